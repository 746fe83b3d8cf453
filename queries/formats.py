"""Render rows (a :class:`QueryResult` or any list of row dicts) as table, JSON, CSV or Markdown.

Values are shown verbatim but made safe for the format: the terminal table
shows control and bidirectional-override characters as visible escapes (so an
ANSI sequence or U+202E cannot repaint the screen) and never reads rich
markup; CSV goes through :mod:`csv`; Markdown escapes ``|``, backticks,
emphasis and HTML characters and turns newlines into ``<br>``; JSON is
:func:`json.dumps` with bidi controls and line separators escaped as well.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal, get_args

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dipgraph.errors import QueryError
from dipgraph.queries.adhoc import QueryResult

__all__ = [
    "FORMATS",
    "Format",
    "build_table",
    "cell_text",
    "render",
    "render_csv",
    "render_json",
    "render_markdown",
    "render_table",
    "visible",
]

Format = Literal["table", "json", "csv", "md"]
FORMATS: tuple[str, ...] = get_args(Format)

Rows = Sequence[Mapping[str, Any]]

# C0/C1 controls, DEL, bidi embeddings/overrides/isolates, line/paragraph separators.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Characters that are safe in JSON strings but reorder or break lines when displayed.
_JSON_SHOWN = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with control and bidi characters written as escapes: ``a\\nb``, ``\\u202e``."""
    return _INVISIBLE.sub(_escape_char, text)


def cell_text(value: Any) -> str:
    """The raw text of one cell: strings as they are, null empty, the rest as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


def _columns(rows: Rows, columns: Sequence[str] | None) -> list[str]:
    if columns is not None:
        return list(columns)
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(str(key), None)
    return list(seen)


def build_table(columns: Sequence[str], rows: Rows, *, title: str | None = None) -> Table:
    """A rich :class:`Table`; cells are :class:`Text`, so ``[red]`` is shown, not obeyed."""
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in columns:
        table.add_column(Text(visible(col)), overflow="fold")
    for row in rows:
        table.add_row(*(Text(visible(cell_text(row.get(col)))) for col in columns))
    return table


def render_table(
    columns: Sequence[str], rows: Rows, *, title: str | None = None, width: int = 120
) -> str:
    """The table as plain text (no colour codes), ``width`` characters wide at most."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    console.print(build_table(columns, rows, title=title))
    return buffer.getvalue()


def render_json(
    columns: Sequence[str], rows: Rows, *, truncated: bool | None = None, indent: int | None = 2
) -> str:
    """``{"columns": [...], "rows": [{...}], "truncated": ...}`` as JSON text."""
    doc: dict[str, Any] = {"columns": list(columns), "rows": [dict(r) for r in rows]}
    if truncated is not None:
        doc["truncated"] = truncated
    text = json.dumps(doc, ensure_ascii=False, indent=indent, allow_nan=False)
    return _JSON_SHOWN.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n"


def render_csv(columns: Sequence[str], rows: Rows) -> str:
    """RFC 4180 CSV with a header row; quoting and embedded newlines by :mod:`csv`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(list(columns))
    for row in rows:
        writer.writerow([cell_text(row.get(col)) for col in columns])
    return buffer.getvalue()


def _md_cell(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = text.replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")
    return visible(text)


def render_markdown(columns: Sequence[str], rows: Rows) -> str:
    """A GitHub-flavoured Markdown table; every cell escaped so it stays one cell."""
    lines = [
        "| " + " | ".join(_md_cell(c) for c in columns) + " |",
        "|" + "|".join("---" for _ in columns) + "|",
    ]
    for row in rows:
        lines.append("| " + " | ".join(_md_cell(cell_text(row.get(c))) for c in columns) + " |")
    return "\n".join(lines) + "\n"


def render(
    data: QueryResult | Rows,
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    width: int = 120,
) -> str:
    """``data`` in format ``fmt`` (one of :data:`FORMATS`); columns default to the result's."""
    if isinstance(data, QueryResult):
        cols = list(columns) if columns is not None else data.columns
        rows: Rows = data.rows
        truncated: bool | None = data.truncated
    else:
        rows = data
        cols = _columns(rows, columns)
        truncated = None
    if fmt == "table":
        return render_table(cols, rows, title=title, width=width)
    if fmt == "json":
        return render_json(cols, rows, truncated=truncated)
    if fmt == "csv":
        return render_csv(cols, rows)
    if fmt == "md":
        return render_markdown(cols, rows)
    raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
