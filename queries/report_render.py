"""Render a :class:`Report` as table, md, json, csv or html text.

Tables, Markdown and CSV cells go through :mod:`dipgraph.queries.formats` (which
escapes control, bidi and markup characters); HTML through
:mod:`dipgraph.queries.report_html`.
"""

from __future__ import annotations

import json
import re

from dipgraph.errors import QueryError
from dipgraph.queries.formats import render_csv, render_markdown, render_table, visible
from dipgraph.queries.report_html import render_html
from dipgraph.queries.report_models import Report

__all__ = ["REPORT_FORMATS", "render_report"]

REPORT_FORMATS = ("table", "md", "json", "csv", "html")
_JSON_SHOWN = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_MD_TEXT = re.compile(r"([\\`*_\[\]|~#<>&])")


def _md_text(text: str) -> str:
    return visible(_MD_TEXT.sub(lambda m: f"&#{ord(m.group(1))};", text))


def _header(report: Report) -> list[str]:
    params = ", ".join(f"{k}={v}" for k, v in report.params.items() if v not in (None, ""))
    window = f"{report.date_from or 'beginning'} to {report.date_to or 'now'}"
    return [report.title, f"report {report.name}; {params}; facts dated {window}"]


def render_report(report: Report, fmt: str, *, section: str | None = None,
                  width: int = 120) -> str:
    """``report`` (or one ``section`` of it) in format ``fmt`` (see REPORT_FORMATS)."""
    if fmt not in REPORT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; formats: {', '.join(REPORT_FORMATS)}")
    sections = [report.section(section)] if section else report.sections
    if fmt == "html":
        if section:
            report = report.model_copy(update={"sections": sections})
        return render_html(report)
    if fmt == "json":
        doc = report.model_dump(mode="json")
        if section:
            doc = doc | {"sections": [s.model_dump(mode="json") for s in sections]}
        text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)
        return _JSON_SHOWN.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n"
    if fmt == "csv":
        if section or len(sections) == 1:
            return render_csv(sections[0].columns, sections[0].rows)
        # Several tables: each preceded by a '# section' line (use --section for one table).
        return "\r\n".join(f"# {visible(s.name)}\r\n{render_csv(s.columns, s.rows)}"
                           for s in sections)
    if fmt == "md":
        title, meta = _header(report)
        out = [f"# {_md_text(title)}", "", _md_text(meta), ""]
        for s in sections:
            out += [f"## {_md_text(s.title)}", "", render_markdown(s.columns, s.rows)]
        if report.notes:
            out += ["## How this is computed", ""] + [f"- {_md_text(n)}" for n in report.notes]
        return "\n".join(out) + "\n"
    title, meta = _header(report)
    out = [visible(title), visible(meta), ""]
    for s in sections:
        out.append(render_table(s.columns, s.rows, title=s.title, width=width))
    out += [visible(f"* {n}") for n in report.notes]
    return "\n".join(out) + "\n"
