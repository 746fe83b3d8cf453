"""``dipgraph extract|load|eval``: articles in, documents, graph or scores out.

- ``extract PATH`` needs no database and prints the system JSON document
  (``to_document``) of the article; when PATH yields several articles (a
  directory, a glob, a JSON list, a feed) it prints a JSON list of them, one
  per article, so a single article file always gives a single object.
- ``load PATH...`` writes articles to Neo4j, with a progress bar, a summary and
  one ``path: reason`` line on stderr per rejected file or record; exit 1 if any.
  ``--max-bytes`` (env ``DIPGRAPH_MAX_BYTES``, default 5 MiB) bounds a file and
  ``--max-chars`` (env ``DIPGRAPH_MAX_CHARS``, default 200,000) an article's text;
  bigger ones are rejected with that reason. A database failure is one line that
  names the URI (never the password), exit 1.
- ``eval CORPUS_DIR`` scores extraction against the annotated corpus.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import neo4j
import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dipgraph.cli._common import DATABASE, PASSWORD, URI, USER, console, console_err
from dipgraph.errors import ConfigError, DatabaseError
from dipgraph.loaders.pipeline import (
    DEFAULT_BATCH_SIZE,
    FileReport,
    RunReport,
    WarningReport,
    evaluate_corpus,
    extract_documents,
    load_paths,
)
from dipgraph.loaders.scoring import CorpusScore, Prf
from dipgraph.loaders.sources import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS

__all__ = ["register"]


class ExtractFormat(StrEnum):
    json = "json"
    table = "table"


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def _date(value: str | None) -> date | None:
    """``--published``: parsed here, as our own error (one line, exit 1), not click's."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise ConfigError(f"--published {value!r} is not a date (YYYY-MM-DD)") from err


_PUBLISHED = typer.Option(
    None,
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date, overriding file metadata (dates like 'on Sunday' resolve to it).",
)


def _line(text: str) -> str:
    """``text`` as one line with its markup escaped: paths and reasons come from input files."""
    return escape(" ".join(text.split()))


def _report_problems(rejected: list[FileReport], warnings: list[WarningReport]) -> None:
    for w in warnings:
        console_err.print(
            f"[yellow]warning:[/yellow] {_line(w.path)}: {_line(w.reason)}",
            highlight=False,
            soft_wrap=True,
            markup=True,
        )
    for r in rejected:
        console_err.print(
            f"[red]rejected:[/red] {_line(r.path)}: {_line(r.reason or '')}",
            highlight=False,
            soft_wrap=True,
        )


def _show_document(doc: dict[str, Any]) -> None:
    article = doc.get("article") or {}
    title = article.get("title") or article.get("path") or article.get("id") or "article"
    entities = Table(title=f"Entities: {title}", title_justify="left")
    for col in ("type", "name", "aliases"):
        entities.add_column(col)
    for e in doc.get("entities", []):
        entities.add_row(str(e.get("type")), str(e.get("name")), ", ".join(e.get("aliases", [])))
    facts = Table(title="Facts", title_justify="left")
    for col in ("rel", "source", "target", "date", "evidence"):
        facts.add_column(col, overflow="fold")
    for f in doc.get("facts", []):
        evidence = f.get("evidence")
        sentence = evidence.get("sentence", "") if isinstance(evidence, dict) else evidence or ""
        facts.add_row(
            str(f.get("rel")),
            str(f.get("source")),
            str(f.get("target")),
            str(f.get("date") or ""),
            str(sentence)[:160],
        )
    console.print(entities)
    console.print(facts)


def extract_cmd(
    path: str = typer.Argument(..., help="An article file, a directory or a glob."),
    published: str | None = _PUBLISHED,
    fmt: ExtractFormat = typer.Option(ExtractFormat.json, "--format", help="json or table."),
) -> None:
    """Extract entities and facts from articles, without a database."""
    result = extract_documents([path], published=_date(published))
    if fmt is ExtractFormat.json:
        docs = result.documents
        if docs:
            payload: Any = docs[0] if len(docs) == 1 else docs
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    else:
        for doc in result.documents:
            _show_document(doc)
    _report_problems(result.rejected, result.warnings)
    if result.rejected or not result.documents:
        if not result.rejected:
            console_err.print(f"[red]no article found in {_line(path)}[/red]", highlight=False)
        raise typer.Exit(1)


def _summary(report: RunReport) -> Table:
    table = Table(title="Load summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    loaded = sum(f.status == "loaded" for f in report.files)
    for what, count in (
        ("files loaded", loaded),
        ("articles", report.articles),
        ("entities", report.entities),
        ("facts", report.facts),
        ("rejected", report.rejected),
        ("warnings", len(report.warnings)),
    ):
        table.add_row(what, str(count))
    table.add_row("seconds", f"{report.seconds:.1f}")
    return table


def _naming_uri(uri: str, message: str) -> DatabaseError:
    """A one-line database error that names the server (settings never hold it in text)."""
    line = " ".join(message.split())
    return DatabaseError(line if uri in line else f"Neo4j at {uri}: {line}")


def load_cmd(
    paths: list[str] = typer.Argument(..., help="Article files, directories or globs."),
    published: str | None = _PUBLISHED,
    source: str | None = typer.Option(None, help="Source name, overriding file metadata."),
    url: str | None = typer.Option(None, help="URL of the (single) article; becomes its id."),
    batch_size: int = typer.Option(
        DEFAULT_BATCH_SIZE, "--batch-size", help="Articles extracted and written together."
    ),
    n_process: int = typer.Option(1, "--n-process", help="spaCy worker processes."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES,
        "--max-bytes",
        envvar="DIPGRAPH_MAX_BYTES",
        help="Reject files larger than this many bytes, unread.",
    ),
    max_chars: int = typer.Option(
        DEFAULT_MAX_CHARS,
        "--max-chars",
        envvar="DIPGRAPH_MAX_CHARS",
        help="Reject articles whose text has more characters (bounds parser memory).",
    ),
    report_path: Path | None = typer.Option(
        None, "--report", metavar="FILE.json", help="Write the per-file report as JSON."
    ),
    uri: str | None = URI,
    user: str | None = USER,
    password: str | None = PASSWORD,
    database: str | None = DATABASE,
) -> None:
    """Load articles into the graph: read, extract, write, report."""
    from dipgraph.connection import connect

    # Server notifications (e.g. "property key does not exist" on an empty database)
    # are not the user's business and would drown the one-line-per-bad-file report.
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    # The driver logs each retry of a transaction as a warning; a run that still fails
    # after its bounded retries ends in our one-line error, which is all the user needs.
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    with connect(uri=uri, user=user, password=password, database=database) as (driver, settings):
        columns = (
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console_err, transient=True) as bar:
            task = bar.add_task("reading", total=None)

            def step(done: int, total: int, label: str) -> None:
                name = escape(Path(label).name[:40])  # a file name is not markup
                bar.update(task, completed=done, total=total, description=name)

            try:
                report = load_paths(
                    paths,
                    driver,
                    published=_date(published),
                    source=source,
                    url=url,
                    max_bytes=max_bytes,
                    max_chars=max_chars,
                    batch_size=batch_size,
                    n_process=n_process,
                    database=settings.database,
                    progress=step,
                )
            except DatabaseError as err:
                raise _naming_uri(settings.uri, str(err)) from err
            except (neo4j.exceptions.DriverError, neo4j.exceptions.Neo4jError) as err:
                detail = getattr(err, "code", None) or type(err).__name__
                raise _naming_uri(settings.uri, f"failed during the load: {detail}") from err
    if report_path is not None:
        report.write_json(report_path)
    console.print(_summary(report))
    _report_problems([f for f in report.files if f.status == "rejected"], report.warnings)
    if not report.ok:
        raise typer.Exit(1)


def _prf_row(table: Table, label: str, prf: Prf, *, bold: bool = False) -> None:
    cells = [label, str(prf.tp), str(prf.fp), str(prf.fn)]
    cells += [f"{x:.3f}" for x in (prf.precision, prf.recall, prf.f1)]
    table.add_row(*(f"[bold]{c}[/bold]" if bold else c for c in cells))


def _prf_table(title: str, rows: dict[str, Prf], total: Prf) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for col in ("tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(col, justify="right")
    for label, prf in rows.items():
        _prf_row(table, label, prf)
    _prf_row(table, "overall", total, bold=True)
    return table


def _show_score(score: CorpusScore, verbose: bool) -> None:
    console.print(_prf_table("Facts (micro over triples)", score.relations, score.facts))
    console.print(_prf_table("Entities", score.entity_types, score.entities))
    d = score.dates
    console.print(f"Dates: {d.correct}/{d.total} found dated facts right ({d.accuracy:.3f})")
    if not verbose:
        return
    for art in score.articles:
        f = art.facts
        console.print(
            f"\n[bold]{art.article}[/bold]  P {f.precision:.2f} R {f.recall:.2f} F1 {f.f1:.2f}",
            highlight=False,
        )
        for m in art.missed:
            console.print(
                f"  [red]missed[/red]   {m.rel} {m.source} -> {m.target}", highlight=False
            )
        for s in art.spurious:
            console.print(
                f"  [yellow]spurious[/yellow] {s.rel} {s.source} -> {s.target}", highlight=False
            )
        for dm in art.date_misses:
            t = dm.triple
            console.print(
                f"  [magenta]date[/magenta]     {t.rel} {t.source} -> {t.target}: gold "
                f"{', '.join(dm.gold)}; system {', '.join(dm.system) or '-'}",
                highlight=False,
            )


def eval_cmd(
    corpus_dir: Path = typer.Argument(..., help="Folder of NNN-slug.txt + NNN-slug.gold.json."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Missed and spurious facts."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", help="table or json."),
) -> None:
    """Score extraction against an annotated corpus: P/R/F1 per relation, entities, dates."""
    score = evaluate_corpus(corpus_dir)
    if fmt is EvalFormat.json:
        typer.echo(score.model_dump_json(indent=2))
    else:
        _show_score(score, verbose)


def register(app: typer.Typer) -> None:
    """Add ``extract``, ``load`` and ``eval`` to ``app``."""
    app.command("extract")(extract_cmd)
    app.command("load")(load_cmd)
    app.command("eval")(eval_cmd)
