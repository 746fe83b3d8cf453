"""``dipgraph query`` (one read-only Cypher query) and ``dipgraph browser`` (guide + style).

Thin: parse flags, open the driver through :func:`dipgraph.connection.connect`,
call :func:`~dipgraph.queries.adhoc.run_read_query`, print one format.
"""

from __future__ import annotations

import sys

import typer

from dipgraph.cli._common import DATABASE, PASSWORD, URI, USER, console, console_err
from dipgraph.errors import QueryError

__all__ = ["register"]


def query(
    cypher: str = typer.Argument(..., help="The Cypher query (read-only: writes are refused)."),
    param: list[str] = typer.Option(
        [], "--param", "-p", help="A query parameter name=value (JSON when it parses); repeat."
    ),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, csv or md."),
    limit: int = typer.Option(1000, "--limit", "-n", min=1, help="At most this many rows."),
    timeout: float = typer.Option(30.0, "--timeout", "-t", help="Server-side timeout, seconds."),
    uri: str | None = URI,
    user: str | None = USER,
    password: str | None = PASSWORD,
    database: str | None = DATABASE,
) -> None:
    """Run one read-only Cypher query and print its rows."""
    from dipgraph.connection import connect
    from dipgraph.queries.adhoc import parse_params, run_read_query
    from dipgraph.queries.formats import FORMATS, build_table, render

    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    params = parse_params(param)
    with connect(uri=uri, user=user, password=password, database=database) as (driver, settings):
        result = run_read_query(
            driver, cypher, params, database=settings.database, limit=limit, timeout=timeout
        )
    if fmt == "table":
        console.print(build_table(result.columns, result.rows))
    else:
        sys.stdout.write(render(result, fmt))
        sys.stdout.flush()
    note = f"{len(result.rows)} row(s) in {result.elapsed_ms:.0f} ms"
    if result.truncated:
        note += f"; stopped at --limit {limit}, more rows exist"
    console_err.print(note, highlight=False)


def browser(
    port: int = typer.Option(8765, "--port", help="Port of the asset server (127.0.0.1)."),
    browser_url: str | None = typer.Option(
        None, "--browser-url", help="Neo4j Browser URL (default: the managed server's)."
    ),
) -> None:
    """Serve the Browser guide and stylesheet on 127.0.0.1 and print how to open them."""
    from dipgraph.queries import browser_server as assets
    from dipgraph.settings import resolve_neo4j, server_config

    external = resolve_neo4j()
    base = browser_url or server_config().browser_url
    if external is not None:
        login = f"{external.user} (password from $NEO4J_PASSWORD)"
    else:
        login = "neo4j (password: dipgraph neo4j password)"
    with assets.serve_browser_assets(port=port) as server:
        guide = assets.guide_url(server.port)
        console.print(f"Serving the guide and style on http://127.0.0.1:{server.port}/")
        console.print(f"Open:   {assets.browser_url(base, guide)}", highlight=False, soft_wrap=True)
        console.print(f"Login:  {login}", highlight=False)
        console.print(f"Style:  :style {assets.style_url(server.port)}", highlight=False)
        console.print(f"Guide:  :play {guide}", highlight=False)
        console.print("Ctrl-C to stop.")
        try:
            server.wait()
        except KeyboardInterrupt:
            console.print("stopped")


def register(app: typer.Typer) -> None:
    """Add ``query`` and ``browser`` to ``app``."""
    app.command("query")(query)
    app.command("browser")(browser)
