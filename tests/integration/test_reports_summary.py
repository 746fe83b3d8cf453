"""The report summary against a real Neo4j: the bilateral and person reports give the same
counts from it as from the facts, use it only while it matches the graph, and a rebuild
replaces it. Also: windowed lists find undated facts (dated by their first report).

The graph is the known graph of test_reports plus one article with an undated meeting
(dated by its publication), a year-only agreement and an official's own signature.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import neo4j
import pytest

from dipgraph.cli import main
from dipgraph.graph.models import Accord, Article, Extraction
from dipgraph.graph.relations import RelationType as R
from dipgraph.graph.summary import build_summary
from dipgraph.graph.writer import write_extractions
from dipgraph.queries.report_models import Report
from dipgraph.queries.reports import run_report
from dipgraph.settings import Neo4jSettings
from tests.integration.test_reports import (
    ACCORD,
    CHN,
    KOR,
    PARK,
    WANG,
    _countries,
    _fact,
    _people,
    extractions,
)

pytestmark = pytest.mark.integration

FROM_SUMMARY = "read from the report summary"
FROM_FACTS = "computed from the facts"


def _extra() -> Extraction:
    article = "article:extra"
    return Extraction(
        article=Article(id=article, title="More talks", source="Harbour Post",
                        published=dt.date(2024, 3, 15), content_hash=article),
        entities=[*_countries(), *_people()[:2],
                  Accord(id=ACCORD, name="Yellow Sea Fisheries Accord")],
        facts=[
            _fact(R.MET_WITH, WANG, PARK, article, "Park and Wang met again."),  # undated
            _fact(R.AGREED, KOR, CHN, article, "The two agreed to keep talking.", date="2024",
                  what="keep talking"),
            _fact(R.SIGNED, PARK, ACCORD, article, "Park signed it too.", date="2024-03-01"),
            _fact(R.SUPPORTED, CHN, KOR, article, "China backed Seoul's bid.",
                  date="2023-12-30", what="Seoul's bid"),
        ],
    )


@pytest.fixture()
def graph(neo4j_driver: neo4j.Driver) -> neo4j.Driver:
    write_extractions(neo4j_driver, [*extractions(), _extra()])
    return neo4j_driver


def _counted(report: Report) -> dict[str, Any]:
    """The sections a report computes from counts (not the paged lists)."""
    names = {"counts", "balance", "accords"} & {s.name for s in report.sections}
    return {name: report.section(name).rows for name in sorted(names)}


def _source(report: Report) -> str:
    notes = " ".join(report.notes)
    assert (FROM_SUMMARY in notes) != (FROM_FACTS in notes), notes
    return "summary" if FROM_SUMMARY in notes else "facts"


WINDOWS: list[dict[str, Any]] = [
    {}, {"date_from": "2024"}, {"date_from": "2023-12", "date_to": "2024-03"},
    {"date_to": "2023-11"},
]


@pytest.mark.parametrize("window", WINDOWS, ids=["all", "2024-", "dec-mar", "-nov"])
def test_bilateral_counts_from_the_summary_equal_the_counts_from_the_facts(
    graph: neo4j.Driver, window: dict[str, Any]
) -> None:
    live = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"}, **window)
    assert _source(live) == "facts"
    build_summary(graph)
    summed = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"}, **window)
    assert _source(summed) == "summary"
    assert _counted(summed) == _counted(live)
    # The other way round reads the same summary nodes with the directions swapped.
    reverse = run_report(graph, "bilateral", {"a": "CHN", "b": "KOR"}, **window)
    assert _source(reverse) == "summary"
    assert _counted(reverse) == _live_reversed(graph, window)


def _live_reversed(graph: neo4j.Driver, window: dict[str, Any]) -> dict[str, Any]:
    """CHN-KOR counted from the facts (the summary made stale by a harmless write)."""
    with graph.session() as session:
        session.run("MATCH (g:GraphState) SET g.version = g.version + 1").consume()
    report = run_report(graph, "bilateral", {"a": "CHN", "b": "KOR"}, **window)
    assert _source(report) == "facts"
    return _counted(report)


def test_summary_counts_the_undated_year_only_and_official_facts(graph: neo4j.Driver) -> None:
    build_summary(graph)
    report = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"})
    assert _source(report) == "summary"
    counts = {r["rel"]: r["total"] for r in report.section("counts").rows}
    assert counts["MET_WITH"] == 2 and counts["AGREED"] == 1 and counts["SIGNED"] == 3
    balance = {r["period"]: r for r in report.section("balance").rows}
    assert "2024-03" in balance  # the undated meeting, dated by its article (2024-03-15)
    (accord,) = report.section("accords").rows
    assert "2024-02-09" in str(accord["South Korea signed"])
    assert "2024-03-01" in str(accord["South Korea signed"])  # Park's own signature


def test_a_window_that_is_not_whole_months_is_counted_from_the_facts(
    graph: neo4j.Driver,
) -> None:
    build_summary(graph)
    report = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"},
                        date_from=dt.date(2024, 2, 9), date_to=dt.date(2024, 5, 30))
    assert _source(report) == "facts"
    counts = {r["rel"]: r["total"] for r in report.section("counts").rows}
    assert counts["PLEDGED"] == 1 and counts["WARNED"] == 1


def test_a_write_after_the_build_makes_reports_count_the_facts_again(
    graph: neo4j.Driver,
) -> None:
    build_summary(graph)
    later = "article:later"
    write_extractions(graph, [Extraction(
        article=Article(id=later, title="Third round", source="Harbour Post",
                        published=dt.date(2024, 8, 2), content_hash=later),
        entities=[*_countries(), *_people()[:2]],
        facts=[_fact(R.MET_WITH, PARK, WANG, later, "Park met Wang again on Thursday.",
                     date="2024-08-01")],
    )])
    report = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"})
    assert _source(report) == "facts"
    counts = {r["rel"]: r["total"] for r in report.section("counts").rows}
    assert counts["MET_WITH"] == 3  # the new meeting counts
    build_summary(graph)
    again = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"})
    assert _source(again) == "summary" and _counted(again) == _counted(report)


def test_a_fact_deleted_outside_dipgraph_makes_the_summary_stale(graph: neo4j.Driver) -> None:
    build_summary(graph)
    graph.execute_query("MATCH ()-[r:WARNED]->() DELETE r")
    report = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"})
    assert _source(report) == "facts"
    assert "WARNED" not in {r["rel"] for r in report.section("counts").rows}


def test_person_window_counts_from_the_summary_equal_the_counts_from_the_facts(
    graph: neo4j.Driver,
) -> None:
    window = {"date_from": "2024-02", "date_to": "2024-03"}
    live = run_report(graph, "person", {"name": "Park Min-seo"}, **window)
    assert _source(live) == "facts"
    made = build_summary(graph, person_min=1)
    assert made.persons >= 2 and made.current
    summed = run_report(graph, "person", {"name": "Park Min-seo"}, **window)
    assert _source(summed) == "summary"
    assert summed.section("counts").rows == live.section("counts").rows
    met = {r["rel"]: r for r in summed.section("counts").rows}["MET_WITH"]
    assert met["total"] == 2  # Sato (2024-02-05) and the undated one (2024-03-15)


def test_a_rebuild_replaces_the_old_summary_nodes(graph: neo4j.Driver) -> None:
    first = build_summary(graph, person_min=1)
    second = build_summary(graph, person_min=1)
    assert first.build != second.build and second.current
    builds, _, _ = graph.execute_query(
        "MATCH (s:DyadSummary|AccordSummary|PersonSummary) RETURN DISTINCT s.build AS b")
    assert [r["b"] for r in builds] == [second.build]
    assert (second.dyad_nodes, second.accord_nodes, second.persons) == (
        first.dyad_nodes, first.accord_nodes, first.persons)


def test_summarize_command_builds_the_summary_the_next_report_reads(
    graph: neo4j.Driver, neo4j_settings: Neo4jSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = ["--uri", neo4j_settings.uri, "--user", neo4j_settings.user,
            "--password", neo4j_settings.password]
    assert main(["summarize", "--person-min", "2", *conn]) == 0
    out = capsys.readouterr().out
    assert "countries" in out and "persons" in out and "replaced" not in out
    assert main(["report", "bilateral", "KOR", "CHN", "--format", "md", *conn]) == 0
    assert FROM_SUMMARY in capsys.readouterr().out
    assert main(["summarize", "--person-min", "0", *conn]) != 0


def test_a_person_the_summary_does_not_cover_is_counted_from_the_facts(
    graph: neo4j.Driver,
) -> None:
    made = build_summary(graph)  # default: only persons with 1,000+ facts
    assert made.current and made.persons == 0
    bilateral = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"})
    assert _source(bilateral) == "summary"
    person = run_report(graph, "person", {"name": "Park Min-seo"}, date_from="2024-02",
                        date_to="2024-03")
    assert _source(person) == "facts"
    met = {r["rel"]: r for r in person.section("counts").rows}["MET_WITH"]
    assert met["total"] == 2


def test_undated_and_year_only_facts_are_listed_in_a_window_they_overlap(
    graph: neo4j.Driver,
) -> None:
    # The timeline seeks each pair's keys from the window's first month on; an undated key
    # and a year-only key of that year sort before it, so each is found by an exact seek.
    march = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"}, date_from="2024-03",
                       date_to="2024-03")
    rows = march.section("timeline").rows
    # The year-only agreement overlaps March too; undated facts come last.
    assert [(r["date"], r["rel"]) for r in rows] == [("2024", "AGREED"),
                                                      ("2024-03-15", "MET_WITH")]
    assert [r["South Korea official"] for r in march.section("meetings").rows] == [
        "Park Min-seo"]
    later = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"},
                       date_from=dt.date(2024, 3, 16), date_to=dt.date(2024, 4, 30))
    assert [r["rel"] for r in later.section("timeline").rows] == ["AGREED"]
