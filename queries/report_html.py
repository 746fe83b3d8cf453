"""One self-contained HTML page per report: network picture, timeline charts, tables.

No CDN and no external file: CSS, a few lines of JS (sorting and filtering tables by
reading the DOM's text, never writing markup) and SVG drawn here from the report's
laid-out graph and dated rows. Every piece of text goes through :func:`html.escape`.
"""

from __future__ import annotations

import datetime as dt
import math
from html import escape

from dipgraph.graph.models import partial_date_bounds
from dipgraph.queries.report_models import DrawnGraph, Report, Scalar, Section

__all__ = ["balance_svg", "network_svg", "render_html", "timeline_svg"]

_TYPE_COLOURS = {
    "Country": "#1f77b4", "Person": "#ff7f0e", "Organization": "#2ca02c", "Accord": "#9467bd",
    "Place": "#8c564b", "Event": "#e377c2",
}
_TONE_COLOURS = {"coop": "#2a9d4a", "conflict": "#d62728", "neutral": "#999999"}
#: Sections whose dated fact rows are plotted on the timeline, first found wins.
_DATED = ("timeline", "actions", "recent", "path", "ego", "requests", "meetings")

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;
background:#fafafa}h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.15em;margin:28px 0 6px}
.meta{color:#555;font-size:.9em}.card{background:#fff;border:1px solid #ddd;border-radius:6px;
padding:12px;margin:12px 0;overflow-x:auto}table{border-collapse:collapse;font-size:.85em;
width:100%}th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0;cursor:pointer;user-select:none;position:sticky;top:0}
tr:hover td{background:#f7fbff}.note{font-size:.85em;color:#444}
input.filter{margin:4px 0 8px;padding:4px;width:260px}.legend span{margin-right:12px}
svg text{font-size:11px;fill:#222}.empty{color:#888;font-style:italic}
"""

_JS = """
document.querySelectorAll('table.report').forEach(function(t){
  var body=t.tBodies[0];
  t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
    var rows=Array.prototype.slice.call(body.rows);var asc=th.dataset.dir!=='asc';
    th.dataset.dir=asc?'asc':'desc';
    rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent;
      var nx=parseFloat(x),ny=parseFloat(y);
      var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});
    rows.forEach(function(r){body.appendChild(r);});});});
  var f=t.parentNode.querySelector('input.filter');
  if(f){f.addEventListener('input',function(){var q=f.value.toLowerCase();
    Array.prototype.forEach.call(body.rows,function(r){
      r.style.display=r.textContent.toLowerCase().indexOf(q)>=0?'':'none';});});}
});
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def network_svg(graph: DrawnGraph, width: int = 900, height: int = 560) -> str:
    """The laid-out graph as SVG: edges coloured by tone, nodes by type, tooltips escaped."""
    if not graph.nodes:
        return '<p class="empty">No network to draw.</p>'
    pad = 60
    pos = {n.id: (pad + n.x * (width - 2 * pad), pad + n.y * (height - 2 * pad))
           for n in graph.nodes}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="{_e(graph.title)}">']
    for edge in graph.edges:
        (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
        stroke = 1 + 1.5 * math.log1p(edge.weight)
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{_TONE_COLOURS[edge.tone]}" stroke-width="{stroke:.1f}" '
            f'stroke-opacity="0.7"><title>{_e(edge.label)}</title></line>'
        )
    for node in graph.nodes:
        x, y = pos[node.id]
        radius = 5 + 3 * math.log1p(node.weight)
        colour = _TYPE_COLOURS.get(node.type, "#7f7f7f")
        ring = ' stroke="#000" stroke-width="3"' if node.highlight else ' stroke="#fff"'
        bold = ' font-weight="bold"' if node.highlight else ""
        parts.append(
            f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}"{ring}>'
            f'<title>{_e(node.name)} ({_e(node.type)}, {_e(node.id)})</title></circle>'
            f'<text x="{x:.1f}" y="{y + radius + 12:.1f}" text-anchor="middle"{bold}>'
            f'{_e(node.name)}</text></g>'
        )
    parts.append("</svg>")
    legend = "".join(f'<span style="color:{c}">&#9679; {_e(t)}</span>'
                     for t, c in _TYPE_COLOURS.items())
    legend += "".join(f'<span style="color:{c}">&#9472; {_e(t)}</span>'
                      for t, c in _TONE_COLOURS.items())
    return "".join(parts) + f'<div class="legend note">{legend}</div>'


def balance_svg(section: Section, width: int = 900, height: int = 260) -> str:
    """Bars per period: cooperative up (green), conflictual down (red), net as dots."""
    rows = section.rows
    if not rows:
        return '<p class="empty">No dated facts to plot.</p>'
    peak = max(max(int(r["cooperative"] or 0), int(r["conflictual"] or 0)) for r in rows) or 1
    left, mid = 40, (height - 20) / 2
    step = (width - left - 10) / len(rows)
    bar = max(2.0, step * 0.6)
    scale = (mid - 12) / peak
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="{_e(section.title)}">',
             f'<line x1="{left}" y1="{mid}" x2="{width - 10}" y2="{mid}" stroke="#555"/>',
             f'<text x="2" y="16">+{peak}</text><text x="2" y="{height - 24}">-{peak}</text>']
    for i, r in enumerate(rows):
        x = left + i * step + (step - bar) / 2
        coop, conf = int(r["cooperative"] or 0), int(r["conflictual"] or 0)
        tip = _e(f"{r['period']}: cooperative {coop}, conflictual {conf}, net {r['net']}, "
                 f"goldstein {r['goldstein']}")
        parts.append(f'<g><title>{tip}</title>'
                     f'<rect x="{x:.1f}" y="{mid - coop * scale:.1f}" width="{bar:.1f}" '
                     f'height="{coop * scale:.1f}" fill="{_TONE_COLOURS["coop"]}"/>'
                     f'<rect x="{x:.1f}" y="{mid:.1f}" width="{bar:.1f}" '
                     f'height="{conf * scale:.1f}" fill="{_TONE_COLOURS["conflict"]}"/>'
                     f'<circle cx="{x + bar / 2:.1f}" cy="{mid - int(r["net"] or 0) * scale:.1f}" '
                     f'r="3" fill="#000"/></g>')
        if len(rows) <= 24 or i % math.ceil(len(rows) / 24) == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - 4}" text-anchor="middle">'
                         f'{_e(r["period"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _day(value: Scalar) -> dt.date | None:
    try:
        return partial_date_bounds(str(value))[0] if value else None
    except ValueError:
        return None


def timeline_svg(section: Section, width: int = 900) -> str:
    """Dated rows as dots on one lane per relation type; hover shows who, what, evidence."""
    dated = [(d, r) for r in section.rows if (d := _day(r.get("date"))) is not None]
    if not dated:
        return '<p class="empty">No dated facts to plot.</p>'
    lanes = sorted({str(r.get("rel") or section.name) for _, r in dated})
    lo = min(d for d, _ in dated).toordinal()
    hi = max(d for d, _ in dated).toordinal()
    span = max(hi - lo, 1)
    left, lane_h = 150, 26
    height = 40 + lane_h * len(lanes)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="{_e(section.title)}">']
    for i, lane in enumerate(lanes):
        y = 20 + i * lane_h
        parts.append(f'<text x="4" y="{y + 4}">{_e(lane)}</text>'
                     f'<line x1="{left}" y1="{y}" x2="{width - 10}" y2="{y}" stroke="#eee"/>')
    for d, r in dated:
        x = left + (d.toordinal() - lo) / span * (width - left - 20)
        y = 20 + lanes.index(str(r.get("rel") or section.name)) * lane_h
        tip = " | ".join(f"{k}: {v}" for k, v in r.items() if v not in (None, ""))
        parts.append(f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="#1f77b4" fill-opacity="0.7">'
                     f'<title>{_e(tip)}</title></circle>')
    parts.append(f'<text x="{left}" y="{height - 4}">{_e(dt.date.fromordinal(lo))}</text>'
                 f'<text x="{width - 90}" y="{height - 4}">{_e(dt.date.fromordinal(hi))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(section: Section) -> str:
    if not section.rows:
        return '<p class="empty">Nothing found.</p>'
    head = "".join(f"<th>{_e(c)}</th>" for c in section.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_e(row.get(c))}</td>" for c in section.columns) + "</tr>"
        for row in section.rows
    )
    return ('<input class="filter" type="search" placeholder="filter rows">'
            f'<table class="report"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def render_html(report: Report) -> str:
    """The whole report as one HTML document (UTF-8, no external resources)."""
    params = ", ".join(f"{k} = {v}" for k, v in report.params.items() if v not in (None, ""))
    window = f"{report.date_from or 'beginning'} to {report.date_to or 'now'}"
    out = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(report.title)}</h1>",
        f'<div class="meta">report <b>{_e(report.name)}</b>; {_e(params)}; '
        f"facts dated {_e(window)}</div>",
    ]
    if report.graph is not None:
        out.append(f'<h2>{_e(report.graph.title)}</h2><div class="card">'
                   f"{network_svg(report.graph)}</div>")
    names = {s.name: s for s in report.sections}
    if "balance" in names:
        out.append(f'<h2>{_e(names["balance"].title)}</h2><div class="card">'
                   f'{balance_svg(names["balance"])}</div>')
    dated = next((names[n] for n in _DATED if n in names and names[n].rows
                  and "date" in names[n].columns), None)
    if dated is not None:
        out.append(f'<h2>Timeline: {_e(dated.title)}</h2><div class="card">'
                   f"{timeline_svg(dated)}</div>")
    for section in report.sections:
        desc = f'<p class="note">{_e(section.description)}</p>' if section.description else ""
        out.append(f'<h2 id="{_e(section.name)}">{_e(section.title)} '
                   f'<span class="meta">({len(section.rows)})</span></h2>'
                   f'<div class="card">{desc}{_table(section)}</div>')
    if report.notes:
        out.append("<h2>How this is computed</h2><div class=\"card\">"
                   + "".join(f'<p class="note">{_e(n)}</p>' for n in report.notes) + "</div>")
    out.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(out) + "\n"
