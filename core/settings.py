"""The one place that resolves settings: environment variables and CLI flags.

Resolution order for the database: an explicit URI (flag or ``NEO4J_URI``, with
``NEO4J_USER``/``NEO4J_PASSWORD``) is used as is; otherwise the managed local
server under the user cache directory is used.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dipgraph.errors import ConfigError

__all__ = [
    "BROWSER_VERSION",
    "NEO4J_VERSION",
    "Neo4jSettings",
    "ServerConfig",
    "cache_dir",
    "resolve_neo4j",
    "server_config",
]

#: The managed server: Neo4j Community 5.26 LTS, assembled from Maven Central.
NEO4J_VERSION = "5.26.30"
#: The Neo4j Browser web app (latest on Maven Central).
BROWSER_VERSION = "5.24.0"


@dataclass(frozen=True)
class ServerConfig:
    """Where and how the managed local Neo4j lives."""

    root: Path  # .../dipgraph/neo4j
    version: str = NEO4J_VERSION
    browser_version: str = BROWSER_VERSION
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "512m"

    @property
    def runtime_dir(self) -> Path:
        """Downloaded jars, shared by every instance of this version."""
        return self.root / f"runtime-{self.version}"

    @property
    def home(self) -> Path:
        """The instance: conf, data, logs, pid and password files."""
        return self.root / f"instance-{self.bolt_port}"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/"


@dataclass(frozen=True)
class Neo4jSettings:
    """How to reach a Neo4j server; ``managed`` is true for our local one."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str | None = None
    managed: bool = False


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$DIPGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/dipgraph``, else ``~/.cache/dipgraph``."""
    env = os.environ if env is None else env
    if env.get("DIPGRAPH_CACHE_DIR"):
        return Path(env["DIPGRAPH_CACHE_DIR"]).expanduser()
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "dipgraph"


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if not raw:
        return default
    try:
        port = int(raw)
    except ValueError as err:
        raise ConfigError(f"{name}={raw!r} is not a port number") from err
    if not 0 < port < 65536:
        raise ConfigError(f"{name}={raw!r} is not a port number")
    return port


def server_config(env: Mapping[str, str] | None = None) -> ServerConfig:
    """The managed server's settings; ports and memory overridable by env vars.

    ``DIPGRAPH_NEO4J_DIR`` (default ``<cache>/neo4j``), ``DIPGRAPH_BOLT_PORT``,
    ``DIPGRAPH_HTTP_PORT``, ``DIPGRAPH_NEO4J_HEAP``, ``DIPGRAPH_NEO4J_PAGECACHE``.
    """
    env = os.environ if env is None else env
    root = Path(env["DIPGRAPH_NEO4J_DIR"]).expanduser() if env.get("DIPGRAPH_NEO4J_DIR") else (
        cache_dir(env) / "neo4j"
    )
    return ServerConfig(
        root=root,
        bolt_port=_port(env, "DIPGRAPH_BOLT_PORT", 7687),
        http_port=_port(env, "DIPGRAPH_HTTP_PORT", 7474),
        heap=env.get("DIPGRAPH_NEO4J_HEAP", "1g"),
        pagecache=env.get("DIPGRAPH_NEO4J_PAGECACHE", "512m"),
    )


def resolve_neo4j(
    env: Mapping[str, str] | None = None,
    *,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> Neo4jSettings | None:
    """The external server named by flags or ``NEO4J_*`` env vars, or ``None``.

    ``None`` means: use the managed local server (see :mod:`dipgraph.connection`).
    """
    env = os.environ if env is None else env
    uri = uri or env.get("NEO4J_URI")
    if not uri:
        return None
    user = user or env.get("NEO4J_USER") or env.get("NEO4J_USERNAME") or "neo4j"
    password = password if password is not None else env.get("NEO4J_PASSWORD")
    if password is None:
        raise ConfigError(f"NEO4J_URI is set to {uri} but NEO4J_PASSWORD is not")
    return Neo4jSettings(
        uri=uri, user=user, password=password, database=database or env.get("NEO4J_DATABASE")
    )
