"""``dipgraph reports`` (list the canned reports) and ``dipgraph report NAME ...`` (run one).

Thin: bind arguments to the report's declared parameters, open the driver through
:func:`dipgraph.connection.connect`, call :func:`~dipgraph.queries.reports.run_report`,
render one format to stdout or ``--out``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from dipgraph.cli._common import DATABASE, PASSWORD, URI, USER, console, console_err
from dipgraph.errors import QueryError

__all__ = ["register"]


def reports() -> None:
    """List the canned reports with their parameters."""
    from dipgraph.queries.formats import build_table
    from dipgraph.queries.reports import report_specs

    rows = []
    for spec in report_specs():
        params = " ".join(
            (f"{p.name}" if p.required else f"[{p.name}={p.default if p.default else ''}]")
            for p in spec.params
        )
        rows.append({"report": spec.name, "parameters": params, "description": spec.description})
    console.print(build_table(["report", "parameters", "description"], rows))
    console_err.print(
        "run: dipgraph report NAME [ARGS...] [--param k=v] [--from DATE --to DATE] "
        "[--format table|md|json|csv|html] [--out FILE]",
        highlight=False,
    )


def report(
    name: str = typer.Argument(..., help="Report name (see `dipgraph reports`)."),
    args: list[str] = typer.Argument(
        None, help="Values of the report's parameters, in declared order."
    ),
    param: list[str] = typer.Option(
        [], "--param", "-p", help="A report parameter key=value; repeat."
    ),
    date_from: str | None = typer.Option(
        None, "--from", help="Facts dated on/after (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
    date_to: str | None = typer.Option(
        None, "--to", help="Facts dated on/before (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
    fmt: str = typer.Option("table", "--format", "-f", help="table, md, json, csv or html."),
    section: str | None = typer.Option(
        None, "--section", "-s", help="Only this section (one clean CSV table)."
    ),
    limit: int | None = typer.Option(
        None, "--limit", "-n",
        help="Rows per list, newest first (default: 25 in bilateral and person, 10 in "
        "country, 100 in the list reports).",
    ),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file."),
    uri: str | None = URI,
    user: str | None = USER,
    password: str | None = PASSWORD,
    database: str | None = DATABASE,
) -> None:
    """Run one canned report: dipgraph report bilateral "South Korea" China --format html."""
    from dipgraph.connection import connect
    from dipgraph.queries.report_params import bind_cli_args, coerce_params
    from dipgraph.queries.report_render import REPORT_FORMATS, render_report
    from dipgraph.queries.reports import report_spec, run_report

    if fmt not in REPORT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(REPORT_FORMATS)}")
    spec = report_spec(name)
    if limit is not None:
        if "limit" not in {p.name for p in spec.params}:
            raise QueryError(f"report {name!r} has no limit parameter")
        param = [*param, f"limit={limit}"]
    params = coerce_params(spec, bind_cli_args(spec, args or [], param))
    if fmt == "html" and out is None:
        out = Path(f"report-{name}.html")
    with connect(uri=uri, user=user, password=password, database=database) as (driver, settings):
        result = run_report(driver, name, params, date_from=date_from, date_to=date_to,
                            database=settings.database)
    text = render_report(result, fmt, section=section, width=max(console.width, 100))
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as err:
        raise QueryError(f"cannot write {out}: {err.strerror}") from err
    console_err.print(f"wrote {out} ({len(text.encode('utf-8'))} bytes)", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``reports`` and ``report`` to ``app``."""
    app.command("reports")(reports)
    app.command("report", context_settings={"allow_interspersed_args": True})(report)
