"""Canned reports against a real Neo4j loaded through the graph layer with a known small graph.

Three invented articles: Korean and Chinese foreign ministers meet in Busan and Seoul
asks Beijing for a constructive role (2023-11); Beijing pledges support, both sign a
fisheries accord, Seoul's minister meets his Japanese counterpart (2024-02); Seoul
withdraws from the accord and warns Beijing, and a hostile-looking name appears (2024-05).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import neo4j
import pytest

from dipgraph.cli import main
from dipgraph.errors import QueryError
from dipgraph.graph.ids import accord_id, country_id, event_id, person_id, place_id
from dipgraph.graph.models import (
    Accord,
    Article,
    Country,
    Event,
    Evidence,
    Extraction,
    Fact,
    Office,
    Organization,
    Person,
    Place,
)
from dipgraph.graph.relations import RelationType as R
from dipgraph.graph.schema import apply_schema
from dipgraph.graph.writer import write_extractions
from dipgraph.queries import report_actors
from dipgraph.queries.registry import statement
from dipgraph.queries.report_models import Report, Scalar
from dipgraph.queries.report_render import render_report
from dipgraph.queries.reports import run_report
from dipgraph.settings import Neo4jSettings

pytestmark = pytest.mark.integration

KOR, CHN, JPN = country_id("KOR"), country_id("CHN"), country_id("JPN")
PARK, WANG, SATO = person_id("Park Min-seo"), person_id("Wang Liqun"), person_id("Sato Hiroki")
NASTY_NAME = '<script>alert("x")</script> Kang'
NASTY_ORG = "'}) DETACH DELETE n //"
NASTY = person_id(NASTY_NAME)
BUSAN, TOKYO = place_id("Busan"), place_id("Tokyo")
ACCORD = accord_id("Yellow Sea Fisheries Accord")
TITLES = [
    "Seoul and Beijing foreign ministers meet in Busan",
    "Beijing pledges support for peninsula dialogue",
    "Seoul suspends Yellow Sea fisheries accord",
]


def _countries() -> list[Country]:
    return [
        Country(id=KOR, name="South Korea", iso3="KOR", aliases=["Republic of Korea", "Seoul"]),
        Country(id=CHN, name="China", iso3="CHN", aliases=["Beijing"]),
        Country(id=JPN, name="Japan", iso3="JPN", aliases=["Tokyo"]),
    ]


def _people() -> list[Person]:
    return [
        Person(id=PARK, name="Park Min-seo", country=KOR, aliases=["Park"],
               offices=[Office(title="Foreign Minister", org=KOR)]),
        Person(id=WANG, name="Wang Liqun", country=CHN,
               offices=[Office(title="Foreign Minister", org=CHN)]),
        Person(id=SATO, name="Sato Hiroki", country=JPN,
               offices=[Office(title="Foreign Minister", org=JPN)]),
    ]


def _fact(rel: R, source: str, target: str, article: str, sentence: str, **kw: Any) -> Fact:
    return Fact(rel=rel, source=source, target=target,
                evidence=Evidence(article_id=article, sentence=sentence, start=0,
                                  end=len(sentence)), **kw)


def extractions() -> list[Extraction]:
    """The three articles of the known graph."""
    a1, a2, a3 = "article:busan", "article:pledge", "article:suspend"
    meeting = event_id("meeting", "2023-11-26", BUSAN, [PARK, WANG])
    one = Extraction(
        article=Article(id=a1, title=TITLES[0], source="Hanbit News",
                        published=dt.date(2023, 11, 27), content_hash="h1"),
        entities=[*_countries(), *_people()[:2], Place(id=BUSAN, name="Busan", country=KOR),
                  Event(id=meeting, name="Park-Wang talks in Busan", kind="meeting",
                        date="2023-11-26", place=BUSAN, participants=[PARK, WANG])],
        facts=[
            _fact(R.HOLDS_OFFICE, PARK, KOR, a1, "Foreign Minister Park Min-seo",
                  title="Foreign Minister"),
            _fact(R.HOLDS_OFFICE, WANG, CHN, a1, "Chinese Foreign Minister Wang Liqun",
                  title="Foreign Minister"),
            _fact(R.MET_WITH, PARK, WANG, a1, "Park met Wang in Busan on Sunday.",
                  date="2023-11-26", place=BUSAN, mode="in_person", event=meeting),
            _fact(R.REQUESTED, PARK, CHN, a1, "Park asked China to play a constructive role.",
                  date="2023-11-26", what="play a constructive role on the peninsula"),
            _fact(R.EXPRESSED_CONCERN, WANG, KOR, a1, "Wang voiced concern over the drills.",
                  date="2023-11-26", about="military drills"),
        ],
    )
    two = Extraction(
        article=Article(id=a2, title=TITLES[1], source="Eastern Wire",
                        published=dt.date(2024, 2, 10), content_hash="h2"),
        entities=[*_countries(), *_people(), Place(id=TOKYO, name="Tokyo", country=JPN),
                  Accord(id=ACCORD, name="Yellow Sea Fisheries Accord", date="2024-02-09",
                         status="signed")],
        facts=[
            _fact(R.PLEDGED, WANG, KOR, a2, "Wang pledged support for dialogue.",
                  date="2024-02-09", what="support dialogue on the peninsula"),
            _fact(R.SIGNED, CHN, ACCORD, a2, "China signed the accord.", date="2024-02-09"),
            _fact(R.SIGNED, KOR, ACCORD, a2, "South Korea signed the accord.",
                  date="2024-02-09"),
            _fact(R.MET_WITH, PARK, SATO, a2, "Park met Sato in Tokyo.", date="2024-02-05",
                  place=TOKYO),
            _fact(R.CRITICIZED, JPN, CHN, a2, "Japan criticised China.", date="2024-02-08"),
        ],
    )
    three = Extraction(
        article=Article(id=a3, title=TITLES[2], source="Morning Ledger",
                        published=dt.date(2024, 6, 1), content_hash="h3"),
        entities=[*_countries(), _people()[0],
                  Accord(id=ACCORD, name="Yellow Sea Fisheries Accord"),
                  Person(id=NASTY, name=NASTY_NAME, country=KOR),
                  Organization(id="org:nasty", name=NASTY_ORG)],
        facts=[
            _fact(R.WITHDREW_FROM, KOR, ACCORD, a3, "Seoul suspended the accord.",
                  date="2024-05-30"),
            _fact(R.WARNED, KOR, CHN, a3, "Seoul warned Beijing.", date="2024-05-30",
                  what="stop incursions"),
            _fact(R.REQUESTED, PARK, JPN, a3, "Park asked Japan to share intelligence.",
                  date="2024-05-31", what="share intelligence"),
            _fact(R.CRITICIZED, NASTY, "org:nasty", a3, "Kang criticised the group.",
                  date="2024-05-31"),
        ],
    )
    return [one, two, three]


@pytest.fixture()
def graph(neo4j_driver: neo4j.Driver) -> neo4j.Driver:
    """The known graph, written by the graph layer (schema left out: three articles need none)."""
    write_extractions(neo4j_driver, extractions())
    return neo4j_driver


def _rows(report: Report, section: str) -> list[dict[str, Scalar]]:
    return report.section(section).rows


def test_bilateral_lists_meeting_with_date_place_officials_and_article(
    graph: neo4j.Driver,
) -> None:
    report = run_report(graph, "bilateral", {"a": "South Korea", "b": "CHN"})
    meetings = _rows(report, "meetings")
    assert len(meetings) == 1
    m = meetings[0]
    assert (m["date"], m["place"]) == ("2023-11-26", "Busan")
    assert (m["South Korea official"], m["China official"]) == ("Park Min-seo", "Wang Liqun")
    assert TITLES[0] in str(m["evidence"]) and "Hanbit News" in str(m["evidence"])


def test_bilateral_resolves_aliases_and_counts_each_relation_type(graph: neo4j.Driver) -> None:
    report = run_report(graph, "bilateral", {"a": "seoul", "b": "Beijing"})
    counts = {r["rel"]: r["total"] for r in _rows(report, "counts")}
    assert counts == {"MET_WITH": 1, "REQUESTED": 1, "EXPRESSED_CONCERN": 1, "PLEDGED": 1,
                      "SIGNED": 2, "WITHDREW_FROM": 1, "WARNED": 1}
    japan = {str(r["source"]) for r in _rows(report, "timeline")}
    assert "Japan" not in japan and "Sato Hiroki" not in japan


def test_bilateral_balance_per_month_follows_the_documented_rule(graph: neo4j.Driver) -> None:
    report = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"})
    balance = {r["period"]: r for r in _rows(report, "balance")}
    assert list(balance) == ["2023-11", "2024-02", "2024-05"]
    nov, feb, may = balance["2023-11"], balance["2024-02"], balance["2024-05"]
    # Facts between the sides only (accord signatures are in the accords section).
    assert (nov["cooperative"], nov["conflictual"], nov["goldstein"]) == (2, 1, 2.0)
    assert (feb["cooperative"], feb["conflictual"], feb["goldstein"]) == (1, 0, 4.0)
    assert (may["cooperative"], may["conflictual"], may["net"], may["goldstein"]) == (
        0, 1, -1, -4.4)
    assert "Goldstein" in report.section("balance").description


def test_bilateral_pairs_request_with_later_pledge_and_flags_abandoned_accord(
    graph: neo4j.Driver,
) -> None:
    report = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"})
    (request,) = _rows(report, "requests")
    assert request["requester"] == "Park Min-seo" and request["of"] == "China"
    assert "PLEDGED by Wang Liqun (2024-02-09)" in str(request["response"])
    (accord,) = _rows(report, "accords")
    assert accord["accord"] == "Yellow Sea Fisheries Accord"
    assert accord["status"] == "abandoned by South Korea"
    assert accord["South Korea withdrew"] == "2024-05-30"
    assert accord["China signed"] == "2024-02-09" and accord["China withdrew"] is None
    assert TITLES[2] in str(accord["latest evidence"])
    assert "showing 1 of 1 accords" in report.section("accords").description


def test_bilateral_lists_are_paged_newest_first_with_totals(graph: neo4j.Driver) -> None:
    full = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"})
    assert [r["rel"] for r in _rows(full, "timeline")] == [
        "WARNED", "PLEDGED", "EXPRESSED_CONCERN", "MET_WITH", "REQUESTED"]
    assert [r["date"] for r in _rows(full, "timeline")] == [
        "2024-05-30", "2024-02-09", "2023-11-26", "2023-11-26", "2023-11-26"]
    one = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN", "limit": 1})
    (newest,) = _rows(one, "timeline")
    assert (newest["rel"], newest["date"], newest["direction"]) == (
        "WARNED", "2024-05-30", "South Korea -> China")
    assert TITLES[2] in str(newest["evidence"]) and "Morning Ledger" in str(newest["evidence"])
    assert one.section("timeline").description.startswith("showing 1 of 5 facts")
    assert one.section("meetings").description.startswith("showing 1 of 1 meetings")
    # Meetings and requests are paged on their own, not cut from the timeline's page.
    assert [r["date"] for r in _rows(one, "meetings")] == ["2023-11-26"]
    assert [r["date"] for r in _rows(one, "requests")] == ["2023-11-26"]
    # Counts cover every fact whatever the limit.
    assert _rows(one, "counts") == _rows(full, "counts")
    assert {r["field"]: r["value"] for r in _rows(one, "summary")}["facts"] == 8
    with pytest.raises(QueryError, match="'limit' must be at least 1"):
        run_report(graph, "bilateral", {"a": "KOR", "b": "CHN", "limit": 0})


def test_date_window_keeps_only_facts_dated_inside_it(graph: neo4j.Driver) -> None:
    report = run_report(graph, "bilateral", {"a": "KOR", "b": "CHN"},
                        date_from="2024", date_to="2024-03")
    assert _rows(report, "meetings") == []
    rels = sorted(str(r["rel"]) for r in _rows(report, "timeline"))
    assert rels == ["PLEDGED"]
    counts = {r["rel"]: r["total"] for r in _rows(report, "counts")}
    assert counts == {"PLEDGED": 1, "SIGNED": 2}
    assert report.date_from == dt.date(2024, 1, 1) and report.date_to == dt.date(2024, 3, 31)


def test_person_report_shows_offices_meetings_actions_and_sources(graph: neo4j.Driver) -> None:
    report = run_report(graph, "person", {"name": "park"})
    assert _rows(report, "offices")[0]["title"] == "Foreign Minister"
    assert _rows(report, "offices")[0]["of"] == "South Korea"
    met = {(r["met"], r["date"], r["place"], r["country"]) for r in _rows(report, "meetings")}
    assert met == {("Wang Liqun", "2023-11-26", "Busan", "China"),
                   ("Sato Hiroki", "2024-02-05", "Tokyo", "Japan")}
    actions = {(r["rel"], r["target"]) for r in _rows(report, "actions")}
    assert actions == {("REQUESTED", "China"), ("REQUESTED", "Japan")}
    assert {r["title"] for r in _rows(report, "sources")} == set(TITLES)


def test_person_lists_are_paged_newest_first_with_counts(graph: neo4j.Driver) -> None:
    report = run_report(graph, "person", {"name": "Park Min-seo", "limit": 1})
    (meeting,) = _rows(report, "meetings")
    assert (meeting["met"], meeting["date"]) == ("Sato Hiroki", "2024-02-05")
    assert report.section("meetings").description.startswith("showing 1 of 2 meetings")
    (action,) = _rows(report, "actions")
    assert (action["rel"], action["target"], action["date"]) == (
        "REQUESTED", "Japan", "2024-05-31")
    assert TITLES[2] in str(action["evidence"])
    counts = {r["rel"]: (r["as source"], r["as target"]) for r in _rows(report, "counts")}
    assert counts == {"MET_WITH": (2, 0), "REQUESTED": (2, 0), "HOLDS_OFFICE": (1, 0)}
    summary = {r["field"]: r["value"] for r in _rows(report, "summary")}
    assert summary["facts"] == 5 and summary["articles mentioning them"] == 3
    windowed = run_report(graph, "person", {"name": "Park Min-seo"}, date_from="2024")
    counts = {r["rel"]: r["total"] for r in _rows(windowed, "counts")}
    assert counts["MET_WITH"] == 1 and counts["REQUESTED"] == 1
    assert [r["met"] for r in _rows(windowed, "meetings")] == ["Sato Hiroki"]


def test_person_index_walk_gives_the_same_rows_as_expanding(
    graph: neo4j.Driver, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The busy-person path (walk the date index newest first) on a small graph: forced on
    for every dated type, it must list exactly what expanding the node lists."""
    expanded = [run_report(graph, "person", {"name": "park", "limit": n}) for n in (1, 100)]
    monkeypatch.setattr(report_actors, "_dense", lambda degree, total, limit: degree > 0)
    walked = [run_report(graph, "person", {"name": "park", "limit": n}) for n in (1, 100)]
    for e, w in zip(expanded, walked, strict=True):
        for section in ("meetings", "actions", "received", "counts"):
            assert _rows(w, section) == _rows(e, section), section
    assert len(_rows(walked[1], "meetings")) == 2


def test_evidence_shows_newest_articles_first_then_undated_with_first_sentence(
    neo4j_driver: neo4j.Driver,
) -> None:
    """report_evidence on the indexed schema: per fact the newest dated articles (ties by
    id), undated ones only to fill up, and each article's first sentence stating the fact."""
    apply_schema(neo4j_driver)
    met = _fact(R.MET_WITH, PARK, WANG, "x", "x", date="2023-11-26")
    asked = _fact(R.REQUESTED, PARK, CHN, "x", "x", date="2023-11-26")

    def article(aid: str, day: int | None, facts: list[tuple[Fact, str, int]]) -> Extraction:
        return Extraction(
            article=Article(id=aid, title=aid, content_hash=aid,
                            published=dt.date(2024, 1, day) if day else None),
            entities=[*_countries()[:2], *_people()[:2]],
            facts=[f.model_copy(update={"evidence": Evidence(
                article_id=aid, sentence=text, start=start, end=start + len(text))})
                for f, text, start in facts])

    write_extractions(neo4j_driver, [
        article("article:d1", 1, [(met, "d1 met", 0), (asked, "d1 asked", 5)]),
        article("article:d2", 2, [(met, "d2 met", 0)]),
        article("article:d3", 3, [(met, "d3 later", 50), (met, "d3 first", 10)]),
        article("article:d3b", 3, [(met, "d3b met", 0)]),
        article("article:u1", None, [(met, "u1 met", 0), (asked, "u1 asked", 0)]),
        article("article:u2", None, [(asked, "u2 asked", 0)]),
        article("article:u0", None, [(asked, "u0 asked", 0)]),
    ])
    rows = neo4j_driver.execute_query(statement("report_evidence"), keys=[met.key(), asked.key()],
                                      per_fact=3).records
    shown = [(r["key"], r["id"], r["sentence"]) for r in rows]
    assert shown == [
        (met.key(), "article:d3", "d3 first"), (met.key(), "article:d3b", "d3b met"),
        (met.key(), "article:d2", "d2 met"),
        (asked.key(), "article:d1", "d1 asked"), (asked.key(), "article:u0", "u0 asked"),
        (asked.key(), "article:u1", "u1 asked"),
    ]


def test_who_met_whom_counts_pairs_and_filters_by_country(graph: neo4j.Driver) -> None:
    everyone = run_report(graph, "who-met-whom", {})
    pairs = {(r["person_a"], r["person_b"], r["meetings"], r["last"])
             for r in _rows(everyone, "pairs")}
    assert pairs == {("Park Min-seo", "Wang Liqun", 1, "2023-11-26"),
                     ("Park Min-seo", "Sato Hiroki", 1, "2024-02-05")}
    japan = run_report(graph, "who-met-whom", {"country": "Japan"})
    assert [(r["person_b"], r["country_b"]) for r in _rows(japan, "pairs")] == [
        ("Sato Hiroki", "Japan")]


def test_requests_tracker_pairs_request_with_later_pledge_and_leaves_other_open(
    graph: neo4j.Driver,
) -> None:
    report = run_report(graph, "requests", {})
    rows = {r["of"]: r for r in _rows(report, "requests")}
    assert rows["China"]["answered"] is True
    assert rows["China"]["response date"] == "2024-02-09"
    assert str(rows["China"]["response"]).startswith("PLEDGED by Wang Liqun")
    assert TITLES[1] in str(rows["China"]["response evidence"])
    assert rows["Japan"]["answered"] is False and rows["Japan"]["response"] is None


def test_requests_tracker_ignores_a_pledge_made_before_the_request(
    neo4j_driver: neo4j.Driver,
) -> None:
    later = extractions()
    req = later[0].facts[3]
    req.date = "2024-03-01"  # the request now comes after the pledge of 2024-02-09
    write_extractions(neo4j_driver, later)
    (row,) = [r for r in _rows(run_report(neo4j_driver, "requests", {}), "requests")
              if r["of"] == "China"]
    assert row["answered"] is False


def test_accords_report_names_signatories_and_withdrawer(graph: neo4j.Driver) -> None:
    report = run_report(graph, "accords", {})
    (row,) = _rows(report, "accords")
    assert (row["signatures"], row["withdrawals"]) == (2, 1)
    assert row["newest signatories"] == "South Korea (2024-02-09); China (2024-02-09)"
    assert row["newest withdrawals"] == "South Korea (2024-05-30)"
    assert TITLES[2] in str(row["latest evidence"])
    actions = _rows(report, "actions")
    assert [(a["rel"], a["date"]) for a in actions] == [
        ("WITHDREW_FROM", "2024-05-30"), ("SIGNED", "2024-02-09"), ("SIGNED", "2024-02-09")]
    assert all(a["evidence"] for a in actions)
    assert _rows(run_report(graph, "accords", {"name": "nonexistent"}), "accords") == []
    assert _rows(run_report(graph, "accords", {"country": "Japan"}), "accords") == []
    later = run_report(graph, "accords", {}, date_from="2024-03", date_to="2024-12")
    (row,) = _rows(later, "accords")
    assert (row["signatures"], row["withdrawals"]) == (0, 1)


def test_requests_accords_and_pairs_are_paged_with_totals(graph: neo4j.Driver) -> None:
    requests = run_report(graph, "requests", {"limit": 1})
    assert len(_rows(requests, "requests")) == 1
    assert requests.section("requests").description.startswith("showing 1 of 2 requests")
    summary = {r["field"]: r["value"] for r in _rows(requests, "summary")}
    assert summary["requests"] == 2 and summary["shown"] == 1
    korea = run_report(graph, "requests", {"country": "South Korea", "limit": 1})
    assert korea.section("requests").description.startswith("showing 1 of 2 requests")
    pairs = run_report(graph, "who-met-whom", {"limit": 1})
    assert len(_rows(pairs, "pairs")) == 1
    assert pairs.section("pairs").description.startswith("showing 1 of 2 pairs")
    (newest,) = _rows(pairs, "pairs")
    assert newest["last"] == "2024-02-05" and newest["latest evidence"]
    actions = _rows(run_report(graph, "accords", {"limit": 1}), "actions")
    assert [a["date"] for a in actions] == ["2024-05-30"]


def test_country_profile_ranks_partners_and_officials(graph: neo4j.Driver) -> None:
    report = run_report(graph, "country", {"country": "South Korea"})
    partners = [(r["partner"], r["interactions"]) for r in _rows(report, "partners")]
    assert partners[0] == ("China", 5)
    assert ("Japan", 2) in partners
    officials = _rows(report, "officials")
    assert officials[0]["official"] == "Park Min-seo" and officials[0]["meetings"] == 2
    recent = _rows(report, "recent")
    assert recent and all(r["evidence"] for r in recent)
    assert [r["date"] for r in recent] == sorted((r["date"] for r in recent), reverse=True)
    china = next(r for r in _rows(report, "partners") if r["partner"] == "China")
    assert china["latest evidence"] and china["last"]


def test_network_ego_and_shortest_path_carry_the_facts(graph: neo4j.Driver) -> None:
    report = run_report(graph, "network", {"ego": "Park Min-seo", "radius": 1,
                                           "path_from": "Sato Hiroki", "path_to": "Wang Liqun"})
    central = {r["entity"]: r for r in _rows(report, "centrality")}
    assert float(central["Park Min-seo"]["betweenness"] or 0) > float(
        central["Sato Hiroki"]["betweenness"] or 0)
    ego_pairs = {(r["source"], r["target"]) for r in _rows(report, "ego")}
    assert ("Park Min-seo", "Sato Hiroki") in ego_pairs
    path = _rows(report, "path")
    assert [(r["step"], r["rel"]) for r in path] == [(1, "MET_WITH"), (2, "MET_WITH")]
    assert "Sato Hiroki -> Park Min-seo -> Wang Liqun" in report.section("path").title
    assert report.graph is not None and any(n.highlight for n in report.graph.nodes)


def test_names_resolve_by_part_when_unique_and_ambiguity_lists_candidates(
    graph: neo4j.Driver,
) -> None:
    assert run_report(graph, "person", {"name": "sato"}).params["name"] == "Sato Hiroki"
    with pytest.raises(QueryError, match=r"'ang' is ambiguous: .*Kang.*Wang Liqun"):
        run_report(graph, "person", {"name": "ang"})


def test_unknown_country_and_ambiguous_requests_are_query_errors(graph: neo4j.Driver) -> None:
    with pytest.raises(QueryError, match="no country named 'Atlantis'"):
        run_report(graph, "bilateral", {"a": "Atlantis", "b": "China"})
    with pytest.raises(QueryError, match="needs parameter 'b'"):
        run_report(graph, "bilateral", {"a": "KOR"})


def test_html_report_escapes_hostile_names_and_is_self_contained(graph: neo4j.Driver) -> None:
    report = run_report(graph, "person", {"name": NASTY_NAME})
    page = render_report(report, "html")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Kang" in page
    assert "&#x27;}) DETACH DELETE n //" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<svg" in page


def test_cli_runs_bilateral_by_positional_args_and_writes_html(
    graph: neo4j.Driver, neo4j_settings: Neo4jSettings, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conn = ["--uri", neo4j_settings.uri, "--user", neo4j_settings.user,
            "--password", neo4j_settings.password]
    out = tmp_path / "kor-chn.html"
    status = main(["report", "bilateral", "South Korea", "China", "--format", "html",
                   "--out", str(out), *conn])
    assert status == 0
    page = out.read_text(encoding="utf-8")
    assert "Park Min-seo" in page and "Busan" in page and TITLES[0] in page
    status = main(["report", "bilateral", "KOR", "--param", "b=CHN", "--format", "csv",
                   "--section", "meetings", *conn])
    assert status == 0
    csv_text = capsys.readouterr().out
    assert csv_text.splitlines()[0].startswith("date,place,South Korea official")
    assert "2023-11-26,Busan,Park Min-seo,Wang Liqun" in csv_text
    status = main(["report", "bilateral", "KOR", "CHN", "--limit", "1", "--format", "csv",
                   "--section", "timeline", *conn])
    assert status == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and lines[1].startswith("2024-05-30,WARNED")
    assert main(["report", "bilateral", "Atlantis", "China", *conn]) == 1
    assert "no country named 'Atlantis'" in capsys.readouterr().err
