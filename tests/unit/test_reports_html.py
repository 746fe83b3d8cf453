"""The HTML page (and the text formats) escape every piece of text, however hostile."""

from __future__ import annotations

import json
import re

from dipgraph.queries.report_draw import draw_graph
from dipgraph.queries.report_html import render_html
from dipgraph.queries.report_models import Report, Section
from dipgraph.queries.report_render import render_report

HOSTILE = [
    '<script>alert("x")</script>',
    "'}) DETACH DELETE n //",
    '" onmouseover="alert(1)',
    "</title><img src=x onerror=alert(2)>",
    "a & b <c>",
]


def _report() -> Report:
    rows = [{"date": "2024-01-0" + str(i + 1), "rel": "MET_WITH", "source": h, "target": h,
             "evidence": h} for i, h in enumerate(HOSTILE)]
    nodes = {f"id{i}": (h, "Person") for i, h in enumerate(HOSTILE)}
    nodes["<id>"] = ("<b>bold</b>", "<Country>")
    edges = [(f"id{i}", f"id{i + 1}", "MET_WITH") for i in range(len(HOSTILE) - 1)]
    edges.append(("id0", "<id>", "CRITICIZED"))
    return Report(
        name="person", title=HOSTILE[3], params={"name": HOSTILE[0], HOSTILE[2]: HOSTILE[1]},
        notes=[HOSTILE[4]],
        sections=[
            Section(name="timeline", title=HOSTILE[0], description=HOSTILE[2],
                    columns=["date", "rel", "source", "target", "evidence"], rows=rows),
            Section(name="balance", title="b", columns=["period", "cooperative", "conflictual",
                                                        "net", "goldstein", "facts"],
                    rows=[{"period": HOSTILE[0], "cooperative": 1, "conflictual": 2, "net": -1,
                           "goldstein": 0.0, "facts": 3}]),
            Section(name=HOSTILE[1], title=HOSTILE[1], columns=[HOSTILE[0]],
                    rows=[{HOSTILE[0]: HOSTILE[3]}]),
        ],
        graph=draw_graph(HOSTILE[0], nodes, edges, highlight=["id0"]),
    )


def test_html_escapes_names_titles_params_columns_tooltips_and_notes() -> None:
    page = render_html(_report())
    for raw in HOSTILE:
        if any(ch in raw for ch in "<>\"'&"):
            assert raw not in page, raw
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&#x27;}) DETACH DELETE n //" in page
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    # Exactly one script element (ours) and no attribute injected from data.
    assert page.count("<script>") == 1
    assert 'onmouseover="' not in page


def test_html_is_self_contained_with_network_and_timeline_drawn() -> None:
    page = render_html(_report())
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page)
    assert "<link" not in page and "@import" not in page
    assert page.count("<svg") == 3  # network, balance, timeline
    assert page.count("<circle") >= len(HOSTILE) * 2  # nodes and timeline dots


def test_layout_is_deterministic_and_inside_the_unit_square() -> None:
    nodes = {f"n{i}": (f"N{i}", "Person") for i in range(12)}
    edges = [(f"n{i}", f"n{(i * 5) % 12}", "MET_WITH") for i in range(12)]
    one, two = draw_graph("g", nodes, edges), draw_graph("g", nodes, edges)
    assert one == two
    assert all(0.0 <= n.x <= 1.0 and 0.0 <= n.y <= 1.0 for n in one.nodes)


def test_drawn_edges_merge_parallel_facts_and_take_the_majority_tone() -> None:
    nodes = {"a": ("A", "Country"), "b": ("B", "Country")}
    graph = draw_graph("g", nodes, [("a", "b", "WARNED"), ("b", "a", "CRITICIZED"),
                                    ("a", "b", "PLEDGED")])
    (edge,) = graph.edges
    assert (edge.weight, edge.tone, edge.label) == (3.0, "conflict", "CRITICIZED, PLEDGED, WARNED")


def test_markdown_json_and_csv_keep_hostile_text_inert() -> None:
    report = _report()
    md = render_report(report, "md")
    assert "<script>" not in md and "</title>" not in md
    assert "&lt;script&gt;" in md and "&#60;/title&#62;" in md
    doc = json.loads(render_report(report, "json"))
    assert doc["sections"][0]["rows"][0]["source"] == HOSTILE[0]
    csv_text = render_report(report, "csv", section="timeline")
    assert csv_text.splitlines()[0] == "date,rel,source,target,evidence"
    assert '"<script>alert(""x"")</script>"' in csv_text
