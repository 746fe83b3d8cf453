"""The Browser guide, the GRASS stylesheet and the CORS asset server that serves them."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from dipgraph.errors import ConfigError
from dipgraph.graph.relations import RelationType
from dipgraph.queries.browser_server import (
    ASSETS,
    AssetServer,
    asset_bytes,
    browser_url,
    guide_slides,
    guide_url,
    serve_browser_assets,
    style_url,
)

LABELS = ["Person", "Country", "Organization", "Accord", "Place", "Event", "Article"]
CANNED = [
    "Who met whom",
    "Bilateral timeline",
    "A person's profile",
    "Requests and responses",
    "Accords",
    "A country's partners",
    "Evidence of a fact",
]


def _grass() -> dict[str, dict[str, str]]:
    """Parse GRASS as the Browser does: braces inside quoted captions do not count."""
    text = asset_bytes("style.grass").decode("utf-8")
    rules: dict[str, dict[str, str]] = {}
    selector, body, in_body, in_quote = "", "", False, False
    for ch in text:
        if ch == "'":
            in_quote = not in_quote
        if ch == "{" and not in_quote:
            in_body = True
        elif ch == "}" and not in_quote:
            props = {}
            for decl in body.split(";"):
                if ":" in decl:
                    key, value = decl.split(":", 1)
                    props[key.strip()] = value.strip()
            rules[selector.strip()] = props
            selector, body, in_body = "", "", False
        elif in_body:
            body += ch
        else:
            selector += ch
    assert not in_quote and not in_body
    return rules


def test_guide_has_intro_schema_and_one_slide_per_canned_query() -> None:
    titles = [s.title for s in guide_slides()]
    assert titles[0] == "dipgraph"
    assert {"Schema: nodes", "Schema: facts", "Schema: provenance"} <= set(titles)
    for title in CANNED:
        assert title in titles
        slide = next(s for s in guide_slides() if s.title == title)
        assert slide.queries, title


def test_guide_is_in_the_browser_guide_format() -> None:
    html = asset_bytes("dipgraph.html").decode("utf-8")
    assert html.lstrip().startswith('<article class="guide">')
    assert html.count("<slide") == html.count("</slide>") == len(guide_slides())
    assert '<carousel class="deck container-fluid">' in html
    runnable = re.findall(r'<pre mode="cypher" class="runnable">', html)
    assert len(runnable) == html.count("<pre")
    assert "<script" not in html


def test_guide_schema_names_every_relation_type_and_symmetry() -> None:
    html = asset_bytes("dipgraph.html").decode("utf-8")
    facts = html.split("<h3>Schema: facts</h3>", 1)[1].split("</slide>", 1)[0]
    for rel in RelationType:
        assert f"<code>{rel.value}</code>" in facts, rel
    for symmetric in ("MET_WITH", "AGREED", "ALLY_OF"):
        row = facts.split(f"<code>{symmetric}</code>", 1)[1].split("</tr>", 1)[0]
        assert "symmetric" in row
    for label in LABELS:
        assert f"<code>{label}</code>" in html


def test_guide_params_are_browser_param_lines_used_by_their_queries() -> None:
    for slide in guide_slides():
        for name in slide.params:
            assert any(f"${name}" in q for q in slide.queries), (slide.title, name)
        for query in slide.queries:
            for name in re.findall(r"\$(\w+)", query):
                defined = {n for s in guide_slides() for n in s.params}
                assert name in defined, (slide.title, name)


def test_guide_queries_match_symmetric_types_without_an_arrow() -> None:
    for slide in guide_slides():
        for query in slide.queries:
            for rel in ("MET_WITH", "AGREED", "ALLY_OF"):
                assert not re.search(rf"\[\w*:{rel}[^\]]*\]->", query), (slide.title, query)


def test_style_colours_each_label_and_captions_by_name_or_title() -> None:
    rules = _grass()
    colours = [rules[f"node.{label}"]["color"] for label in LABELS]
    assert len(set(colours)) == len(LABELS)
    for label in LABELS:
        expected = "'{title}'" if label == "Article" else "'{name}'"
        assert rules[f"node.{label}"]["caption"] == expected, label


def test_style_captions_facts_by_type_and_date() -> None:
    rules = _grass()
    assert rules["relationship"]["caption"] == "'<type>'"
    for rel in RelationType:
        caption = rules[f"relationship.{rel.value}"]["caption"]
        assert caption in ("'{rel} {date}'", "'<type>'", "'{title}'"), rel
    assert rules["relationship.MET_WITH"]["caption"] == "'{rel} {date}'"


def test_browser_url_plays_the_guide() -> None:
    url = browser_url("http://127.0.0.1:7474/browser/", guide_url(8765))
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "http://127.0.0.1:7474/browser/"
    assert parse_qs(parts.query) == {
        "cmd": ["play"], "arg": ["http://localhost:8765/dipgraph.html"]
    }
    assert browser_url("http://h:1/browser", "x") == "http://h:1/browser/?cmd=play&arg=x"
    with pytest.raises(ConfigError):
        browser_url("http://h:1/browser/?cmd=x", "y")
    assert style_url(9) == "http://localhost:9/style.grass"


@pytest.fixture()
def server() -> Iterator[AssetServer]:
    with serve_browser_assets(port=0) as srv:
        yield srv


def _request(srv: AssetServer, path: str, method: str = "GET", **headers: str) -> tuple[
    int, dict[str, str], bytes
]:
    req = urllib.request.Request(f"http://127.0.0.1:{srv.port}{path}", method=method)
    for key, value in headers.items():
        req.add_header(key.replace("_", "-"), value)
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_server_serves_both_assets_with_cors(server: AssetServer) -> None:
    assert server.host == "127.0.0.1"
    for name, ctype in ASSETS.items():
        status, headers, body = _request(server, f"/{name}", Origin="http://127.0.0.1:7474")
        assert status == 200
        assert headers["Access-Control-Allow-Origin"] == "*"
        assert headers["Content-Type"] == ctype
        if name == "dipgraph.html":  # the :style line names this server's port
            assert b"http://localhost:8765/" in asset_bytes(name)
            expected = asset_bytes(name).replace(
                b"http://localhost:8765/", f"http://localhost:{server.port}/".encode()
            )
            assert body == expected and f":style {style_url(server.port)}".encode() in body
        else:
            assert body == asset_bytes(name)


def test_server_answers_the_browser_preflight(server: AssetServer) -> None:
    status, headers, _ = _request(
        server, "/dipgraph.html", "OPTIONS",
        Origin="http://127.0.0.1:7474",
        Access_Control_Request_Method="GET",
        Access_Control_Request_Headers="pragma,cache-control",
    )
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert headers["Access-Control-Allow-Headers"] == "pragma,cache-control"
    assert "GET" in headers["Access-Control-Allow-Methods"]


@pytest.mark.parametrize(
    "path", ["/pyproject.toml", "/../adhoc.py", "/%2e%2e/adhoc.py", "/browser/style.grass", "/x"]
)
def test_server_serves_nothing_but_the_assets(server: AssetServer, path: str) -> None:
    status, _, body = _request(server, path)
    assert status == 404 and body == b""


def test_server_binds_loopback_only() -> None:
    for host in ("0.0.0.0", "192.168.1.2", "example.com", "::"):
        with pytest.raises(ConfigError, match="loopback"):
            AssetServer(host, 0)
