"""``dipgraph schema apply``, ``export`` and ``summarize``: thin wrappers over the graph layer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from rich.table import Table

from dipgraph.cli._common import DATABASE, PASSWORD, URI, USER, console
from dipgraph.connection import connect
from dipgraph.errors import InputError
from dipgraph.graph.summary import DEFAULT_PERSON_MIN, build_summary

__all__ = ["register"]

schema_app = typer.Typer(help="The graph schema: constraints and indexes.", no_args_is_help=True)



def _date(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise InputError(flag, f"{value!r} is not a date (YYYY-MM-DD)") from err


@schema_app.command("apply")
def apply(
    uri: str | None = URI,
    user: str | None = USER,
    password: str | None = PASSWORD,
    database: str | None = DATABASE,
) -> None:
    """Create the constraints and indexes that are missing (safe to run again)."""
    from dipgraph.graph.schema import apply_schema

    with connect(uri=uri, user=user, password=password, database=database) as (driver, settings):
        state = apply_schema(driver, database=settings.database)
    console.print(
        f"schema applied: {len(state.constraints)} constraints, {len(state.indexes)} indexes"
    )


def export_cmd(
    out: Path = typer.Option(..., "--out", help="Output file (a folder for csv)."),
    fmt: str = typer.Option("graphml", "--format", help="graphml | gexf | json | csv"),
    date_from: str | None = typer.Option(None, "--from", help="Facts on or after (YYYY-MM-DD)."),
    date_to: str | None = typer.Option(None, "--to", help="Facts on or before (YYYY-MM-DD)."),
    rel: list[str] | None = typer.Option(None, "--rel", help="Relationship type (repeatable)."),
    country: list[str] | None = typer.Option(
        None, "--country", help="Country id or ISO3 code (repeatable)."
    ),
    uri: str | None = URI,
    user: str | None = USER,
    password: str | None = PASSWORD,
    database: str | None = DATABASE,
) -> None:
    """Export the graph (or a filtered part) as GraphML, GEXF, node-link JSON or CSV."""
    from dipgraph.graph.export import FORMATS, export
    from dipgraph.graph.netx import to_networkx

    if fmt not in FORMATS:
        raise InputError("--format", f"{fmt!r}: use one of {', '.join(FORMATS)}")
    start, end = _date(date_from, "--from"), _date(date_to, "--to")
    with connect(uri=uri, user=user, password=password, database=database) as (driver, settings):
        graph = to_networkx(
            driver, date_from=start, date_to=end, rels=rel or None,
            countries=country or None, database=settings.database,
        )
    files = export(graph, out, fmt)  # type: ignore[arg-type]
    table = Table(show_header=False, box=None)
    table.add_row("nodes", str(graph.number_of_nodes()))
    table.add_row("edges", str(graph.number_of_edges()))
    for path in files:
        table.add_row("wrote", str(path))
    console.print(table)


def summarize_cmd(
    person_min: int = typer.Option(
        DEFAULT_PERSON_MIN, "--person-min", min=1, help="Facts a person needs to get a summary."
    ),
    uri: str | None = URI,
    user: str | None = USER,
    password: str | None = PASSWORD,
    database: str | None = DATABASE,
) -> None:
    """Rebuild the report summary (per-month counts per country pair, accord and busy person)
    that the bilateral and person reports read while the graph is unchanged."""
    with connect(uri=uri, user=user, password=password, database=database) as (driver, settings):
        made = build_summary(driver, database=settings.database, person_min=person_min)
    table = Table(show_header=False, box=None)
    table.add_row("build", made.build + ("" if made.current else " (replaced by a later build)"))
    table.add_row("countries", f"{made.countries:,} ({made.dyad_nodes:,} pairs, "
                               f"{made.accord_nodes:,} accord periods)")
    table.add_row("persons", f"{made.persons:,} with {person_min:,}+ facts")
    table.add_row("cells", f"{made.dyad_cells + made.accord_cells + made.person_cells:,}")
    table.add_row("seconds", f"{made.seconds}")
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add ``schema apply``, ``export`` and ``summarize`` to ``app``."""
    app.add_typer(schema_app, name="schema")
    app.command("export")(export_cmd)
    app.command("summarize")(summarize_cmd)
