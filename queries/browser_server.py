"""Serve the Neo4j Browser guide and GRASS stylesheet (``queries/browser/``) to the Browser.

The Browser fetches ``:play <url>`` guides and ``:style <url>`` sheets with
XHR from its own origin, so the files need CORS headers (and an answer to the
preflight its ``cache-control``/``pragma`` request headers cause). Only the
known asset names are served, from package data, on a loopback address.

The Browser only fetches remote content from hosts on its allowlist, which is
``guides.neo4j.com, localhost`` unless the server sets
``browser.remote_content_hostname_allowlist`` (our managed runtime does not
declare it), hence guide URLs name ``localhost`` although we bind 127.0.0.1.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import threading
from html.parser import HTMLParser
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from importlib import resources
from types import TracebackType
from typing import cast
from urllib.parse import quote, urlsplit

from pydantic import BaseModel, ConfigDict, Field

from dipgraph.errors import ConfigError

__all__ = [
    "ASSETS",
    "AssetServer",
    "GuideSlide",
    "asset_bytes",
    "browser_url",
    "guide_slides",
    "guide_url",
    "serve_browser_assets",
    "style_url",
]

#: The files served, by name, with their content types.
ASSETS: dict[str, str] = {
    "dipgraph.html": "text/html; charset=utf-8",
    "style.grass": "text/plain; charset=utf-8",
}
GUIDE = "dipgraph.html"
STYLE = "style.grass"
DEFAULT_PORT = 8765
#: How the guide file names the asset server; rewritten to the actual port when served.
DEFAULT_ORIGIN = f"http://localhost:{DEFAULT_PORT}/"


@functools.cache
def asset_bytes(name: str) -> bytes:
    """The content of asset ``name`` (a key of :data:`ASSETS`) from package data."""
    if name not in ASSETS:
        raise KeyError(name)
    return resources.files("dipgraph.queries").joinpath("browser", name).read_bytes()


def guide_url(port: int = DEFAULT_PORT) -> str:
    """Where the Browser finds the guide; ``localhost`` is on its default allowlist."""
    return f"http://localhost:{port}/{GUIDE}"


def style_url(port: int = DEFAULT_PORT) -> str:
    """The URL for ``:style <url>``."""
    return f"http://localhost:{port}/{STYLE}"


def browser_url(browser_base: str, guide: str) -> str:
    """The Browser URL that runs ``:play <guide>`` on load: ``<base>?cmd=play&arg=<guide>``."""
    base = browser_base if browser_base.endswith("/") else browser_base + "/"
    if urlsplit(base).query:
        raise ConfigError(f"browser URL {browser_base!r} already has a query string")
    return f"{base}?cmd=play&arg={quote(guide, safe='')}"


class GuideSlide(BaseModel):
    """One slide of the guide: its title, its ``:param`` settings and its runnable Cypher."""

    model_config = ConfigDict(extra="forbid")

    title: str
    params: dict[str, str] = Field(description="name -> Cypher expression of each :param line")
    queries: list[str] = Field(description="runnable Cypher statements, in order")
    commands: list[str] = Field(description="other runnable Browser commands (:style ...)")


_PARAM = re.compile(r"^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$", re.DOTALL)


class _GuideParser(HTMLParser):
    """Collects ``<slide>`` titles (first ``h3``) and ``<pre class="runnable">`` texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.slides: list[tuple[str, list[str]]] = []
        self._capture: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "slide":
            self.slides.append(("", []))
        elif self.slides and tag == "h3" and not self.slides[-1][0]:
            self._capture, self._buffer = "h3", []
        elif self.slides and tag == "pre" and "runnable" in (dict(attrs).get("class") or ""):
            self._capture, self._buffer = "pre", []

    def handle_endtag(self, tag: str) -> None:
        if tag != self._capture:
            return
        text = "".join(self._buffer).strip()
        _, blocks = self.slides[-1]
        if tag == "h3":
            self.slides[-1] = (text, blocks)
        else:
            blocks.append(text)
        self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._buffer.append(data)


def guide_slides(html: str | None = None) -> list[GuideSlide]:
    """The slides of the guide (ours by default), for tests and for other clients."""
    parser = _GuideParser()
    parser.feed(html if html is not None else asset_bytes(GUIDE).decode("utf-8"))
    parser.close()
    slides = []
    for title, blocks in parser.slides:
        params: dict[str, str] = {}
        queries: list[str] = []
        commands: list[str] = []
        for block in blocks:
            match = _PARAM.match(block)
            if match:
                params[match.group(1)] = match.group(2).strip()
            elif block.startswith(":"):
                commands.append(block)
            else:
                queries.append(block)
        slides.append(GuideSlide(title=title, params=params, queries=queries, commands=commands))
    return slides


class _Handler(BaseHTTPRequestHandler):
    server_version = "dipgraph-assets"

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        requested = self.headers.get("Access-Control-Request-Headers")
        self.send_header("Access-Control-Allow-Headers", requested or "*")
        self.send_header("Access-Control-Allow-Private-Network", "true")
        self.send_header("Access-Control-Max-Age", "600")

    def _asset(self) -> tuple[str, bytes] | None:
        name = urlsplit(self.path).path.lstrip("/") or GUIDE
        if name not in ASSETS:
            return None
        data = asset_bytes(name)
        if name == GUIDE:  # the guide's :style line names the default port; give ours
            port = cast(HTTPServer, self.server).server_port
            data = data.replace(DEFAULT_ORIGIN.encode(), f"http://localhost:{port}/".encode())
        return ASSETS[name], data

    def _head(self, *, body: bool) -> None:
        found = self._asset()
        if found is None:
            self.send_response(HTTPStatus.NOT_FOUND)
            self._cors()
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        ctype, data = found
        self.send_response(HTTPStatus.OK)
        self._cors()
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def do_GET(self) -> None:
        self._head(body=True)

    def do_HEAD(self) -> None:
        self._head(body=False)

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the CLI prints what matters."""


class AssetServer:
    """A started asset server on a loopback address; a context manager that stops it."""

    def __init__(self, host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> None:
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ConfigError(f"the asset server binds a loopback address only, not {host!r}")
        try:
            self._httpd = ThreadingHTTPServer((host, port), _Handler)
        except OSError as err:
            raise ConfigError(f"cannot serve on {host}:{port}: {err.strerror}") from err
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="dipgraph-assets", daemon=True
        )
        self._thread.start()

    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def wait(self) -> None:
        """Block until the server stops (Ctrl-C raises KeyboardInterrupt here)."""
        while self._thread.is_alive():
            self._thread.join(0.5)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def __enter__(self) -> AssetServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def serve_browser_assets(host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> AssetServer:
    """Start serving the guide and stylesheet in a background thread; port 0 picks one."""
    return AssetServer(host, port)
