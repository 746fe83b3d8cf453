"""Every runnable query of the Browser guide runs read-only and answers correctly.

A small known graph (two foreign ministers meeting in Busan, a request and a
pledge, an accord signed and withdrawn from) is written with plain
parameterised Cypher in the shapes the graph writer uses; each canned query of
the guide runs through :func:`run_read_query` with the guide's own ``:param``
values, and its rows are checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import neo4j
import pytest

from dipgraph.queries.adhoc import QueryResult, run_read_query
from dipgraph.queries.browser_server import GuideSlide, guide_slides

pytestmark = pytest.mark.integration

ARTICLE = "article:sample-busan"

_ENTITIES: list[dict[str, Any]] = [
    {"id": "country:CHN", "label": "Country", "props": {"name": "China", "iso3": "CHN"}},
    {"id": "country:KOR", "label": "Country", "props": {"name": "South Korea", "iso3": "KOR"}},
    {"id": "country:PRK", "label": "Country", "props": {"name": "North Korea", "iso3": "PRK"}},
    {"id": "person:wang-yi", "label": "Person",
     "props": {"name": "Wang Yi", "country": "country:CHN", "aliases": ["Wang"],
               "offices": ["country:CHN|Foreign Minister"]}},
    {"id": "person:park-jin", "label": "Person",
     "props": {"name": "Park Jin", "country": "country:KOR", "aliases": ["Park"],
               "offices": ["country:KOR|Foreign Minister"]}},
    {"id": "place:busan", "label": "Place", "props": {"name": "Busan", "country": "country:KOR"}},
    {"id": "accord:comprehensive-military-agreement", "label": "Accord",
     "props": {"name": "Comprehensive Military Agreement", "kind": "agreement",
               "date": "2018-09-19", "status": "suspended"}},
]

# (type, source, target, date, what, symmetric, extra properties)
_FACTS: list[tuple[str, str, str, str, str | None, bool, dict[str, Any]]] = [
    ("MET_WITH", "person:wang-yi", "person:park-jin", "2023-11-26", None, True,
     {"place": "place:busan"}),
    ("VISITED", "person:wang-yi", "country:KOR", "2023-11-26", None, False, {}),
    ("HOLDS_OFFICE", "person:wang-yi", "country:CHN", "2023-11-26", None, False,
     {"title": "Foreign Minister"}),
    ("HOLDS_OFFICE", "person:park-jin", "country:KOR", "2023-11-26", None, False,
     {"title": "Foreign Minister"}),
    ("REQUESTED", "person:park-jin", "country:CHN", "2023-11-26", "a constructive role",
     False, {}),
    ("PLEDGED", "country:CHN", "person:park-jin", "2023-11-26", "help stabilize the situation",
     False, {}),
    ("SIGNED", "country:KOR", "accord:comprehensive-military-agreement", "2018-09-19", None,
     False, {}),
    ("SIGNED", "country:PRK", "accord:comprehensive-military-agreement", "2018-09-19", None,
     False, {}),
    ("WITHDREW_FROM", "country:PRK", "accord:comprehensive-military-agreement", "2023-11-23",
     None, False, {}),
]


@pytest.fixture()
def db(neo4j_driver: neo4j.Driver) -> Iterator[neo4j.Driver]:
    """The empty test database (``neo4j_driver`` empties it before each test)."""
    yield neo4j_driver


def load_sample_graph(driver: neo4j.Driver) -> None:
    """Write the sample graph with parameterised Cypher (no user values in the text)."""
    for ent in _ENTITIES:
        driver.execute_query(
            "MERGE (n:Entity {id: $id}) SET n:$($label) SET n += $props",
            id=ent["id"], label=ent["label"], props=ent["props"],
        )
    driver.execute_query(
        "CREATE (a:Article {id: $id, title: $title, source: 'test', published: $published})",
        id=ARTICLE, title="Sample: Wang Yi meets Park Jin in Busan", published=date(2023, 11, 26),
    )
    driver.execute_query(
        "MATCH (a:Article {id: $article}), (n:Entity) MERGE (a)-[:MENTIONS]->(n)",
        article=ARTICLE,
    )
    for i, (rel, src, dst, day, what, symmetric, extra) in enumerate(_FACTS):
        props = {
            "key": f"{rel}|{src}|{dst}|{day}", "rel": rel, "symmetric": symmetric, "date": day,
            "date_start": date.fromisoformat(day), "date_end": date.fromisoformat(day),
            "what": what, "support": 1, "confidence": 1.0,
            "first_seen": date(2023, 11, 26), "last_seen": date(2023, 11, 26), **extra,
        }
        evidence = {
            "id": f"{props['key']}@{ARTICLE}@{i * 100}", "key": props["key"], "rel": rel,
            "article": ARTICLE, "sentence": f"Sentence {i} about {rel}.", "start": i * 100,
            "end": i * 100 + 40, "confidence": 1.0, "published": date(2023, 11, 26),
        }
        driver.execute_query(
            "MATCH (a:Entity {id: $src}), (b:Entity {id: $dst}) "
            "CREATE (a)-[r:$($rel)]->(b) SET r = $props CREATE (e:Evidence) SET e = $evidence",
            src=src, dst=dst, rel=rel, props=props, evidence=evidence,
        )


def _slide(title: str) -> GuideSlide:
    for slide in guide_slides():
        if slide.title == title:
            return slide
    raise AssertionError(f"the guide has no slide {title!r}")


def _guide_params(driver: neo4j.Driver) -> dict[str, Any]:
    """Every ``:param`` of the guide, evaluated by the server as the Browser would."""
    params: dict[str, Any] = {}
    for slide in guide_slides():
        for name, expr in slide.params.items():
            result = run_read_query(driver, f"RETURN {expr} AS value", {})
            params[name] = result.rows[0]["value"]
    return params


def _run(driver: neo4j.Driver, title: str, index: int = 0) -> QueryResult:
    return run_read_query(driver, _slide(title).queries[index], _guide_params(driver))


def test_every_guide_query_runs_read_only_with_the_guide_params(
    db: neo4j.Driver,
) -> None:
    load_sample_graph(db)
    params = _guide_params(db)
    assert params == {"a": "CHN", "b": "KOR", "person": "Wang Yi", "country": "CHN",
                      "name": "Wang Yi"}
    count = 0
    for slide in guide_slides():
        for query in slide.queries:
            result = run_read_query(db, query, params)
            assert result.columns, (slide.title, query)
            count += 1
    assert count >= 10


def test_who_met_whom_lists_the_busan_meeting_once(db: neo4j.Driver) -> None:
    load_sample_graph(db)
    rows = _run(db, "Who met whom").rows
    assert len(rows) == 1
    assert {rows[0]["person"], rows[0]["met"]} == {"Wang Yi", "Park Jin"}
    assert rows[0]["date"] == "2023-11-26" and rows[0]["place"] == "place:busan"
    paths = _run(db, "Who met whom", 1).rows
    assert len(paths) == 2  # one path per direction of the undirected pattern


def test_bilateral_timeline_has_the_facts_between_china_and_south_korea(
    db: neo4j.Driver,
) -> None:
    load_sample_graph(db)
    rows = _run(db, "Bilateral timeline").rows
    got = sorted((r["source"], r["fact"], r["target"]) for r in rows)
    assert got == [
        ("China", "PLEDGED", "Park Jin"),
        ("Park Jin", "REQUESTED", "China"),
        ("Wang Yi", "MET_WITH", "Park Jin"),
        ("Wang Yi", "VISITED", "South Korea"),
    ]


def test_profile_shows_offices_and_facts_of_wang_yi(db: neo4j.Driver) -> None:
    load_sample_graph(db)
    rows = _run(db, "A person's profile").rows
    assert {r["person"] for r in rows} == {"Wang Yi"}
    assert rows[0]["offices"] == ["Foreign Minister, China"]
    assert sorted((r["fact"], r["direction"], r["other"]) for r in rows) == [
        ("MET_WITH", "to", "Park Jin"),
        ("VISITED", "to", "South Korea"),
    ]


def test_requests_come_with_the_later_responses(db: neo4j.Driver) -> None:
    load_sample_graph(db)
    rows = _run(db, "Requests and responses").rows
    assert len(rows) == 1
    assert rows[0]["asked_by"] == "Park Jin" and rows[0]["asked"] == "China"
    assert rows[0]["request"] == "a constructive role"
    assert rows[0]["responses"] == ["PLEDGED 2023-11-26: help stabilize the situation"]


def test_accords_list_signatories_and_withdrawals(db: neo4j.Driver) -> None:
    load_sample_graph(db)
    rows = _run(db, "Accords").rows
    assert len(rows) == 1
    assert rows[0]["accord"] == "Comprehensive Military Agreement"
    assert sorted(rows[0]["signatories"]) == ["North Korea (2018-09-19)",
                                              "South Korea (2018-09-19)"]
    assert rows[0]["withdrawn"] == ["North Korea (2023-11-23)"]


def test_partners_of_china_count_cooperative_facts(db: neo4j.Driver) -> None:
    load_sample_graph(db)
    rows = _run(db, "A country's partners").rows
    assert [(r["partner"], r["facts"]) for r in rows] == [("South Korea", 3)]
    assert sorted(rows[0]["kinds"]) == ["MET_WITH", "PLEDGED", "VISITED"]


def test_evidence_gives_article_and_sentence_per_fact(db: neo4j.Driver) -> None:
    load_sample_graph(db)
    rows = _run(db, "Evidence of a fact").rows
    assert sorted(r["fact"] for r in rows) == ["HOLDS_OFFICE", "MET_WITH", "VISITED"]
    for row in rows:
        assert row["article_id"] == ARTICLE and row["support"] == 1
        assert row["article"] == "Sample: Wang Yi meets Park Jin in Busan"
        assert row["published"] == "2023-11-26"
        assert row["sentence"].startswith("Sentence ")
    graph = _run(db, "Evidence of a fact", 1).rows
    assert {g["art"]["properties"]["id"] for g in graph} == {ARTICLE}
