"""The writer against a real Neo4j: idempotence, evidence accumulation and replacement."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import neo4j
import pytest

from dipgraph.graph.models import Extraction
from dipgraph.graph.schema import apply_schema, schema_state
from dipgraph.graph.writer import GraphWriter, write_extractions

pytestmark = pytest.mark.integration

WANG, PARK, CHN, KOR = "person:wang-yi", "person:park-jin", "country:CHN", "country:KOR"
BUSAN, TALKS, PACT = "place:busan", "event:meeting:1", "accord:military-pact"


def sample(
    article: str = "article:a1",
    content_hash: str = "h1",
    published: date | None = date(2023, 11, 26),
    *,
    sentence: str = "Wang Yi met Park Jin in Busan.",
    what: str | None = "play a constructive role",
    with_request: bool = True,
    extra_alias: str | None = None,
) -> Extraction:
    """One article: a meeting (symmetric, stated reversed), an office, a request, a pact."""
    wang_aliases = ["Wang"] + ([extra_alias] if extra_alias else [])
    facts: list[dict[str, Any]] = [
        {"rel": "MET_WITH", "source": WANG, "target": PARK, "date": "2023-11-26",
         "place": BUSAN, "mode": "in_person", "event": TALKS,
         "evidence": {"article_id": article, "sentence": sentence, "start": 0,
                      "end": len(sentence)}},
        {"rel": "HOLDS_OFFICE", "source": WANG, "target": CHN, "title": "Foreign Minister",
         "confidence": 0.8,
         "evidence": {"article_id": article, "sentence": "Foreign Minister Wang Yi",
                      "start": 40, "end": 64}},
        {"rel": "SIGNED", "source": KOR, "target": PACT, "date": "2018",
         "evidence": {"article_id": article, "sentence": "Seoul signed the pact in 2018.",
                      "start": 70, "end": 100}},
        {"rel": "ALLY_OF", "source": KOR, "target": CHN,
         "evidence": {"article_id": article, "sentence": "allies", "start": 101, "end": 107}},
    ]
    if with_request:
        facts.append(
            {"rel": "REQUESTED", "source": PARK, "target": CHN, "date": "2023-07", "what": what,
             "confidence": 0.6,
             "evidence": {"article_id": article, "sentence": "Park asked China.", "start": 120,
                          "end": 137}})
    return Extraction.model_validate({
        "article": {"id": article, "title": "Talks in Busan", "source": "Wire",
                    "url": f"https://example.org/{article}", "published": published,
                    "content_hash": content_hash, "text": "not stored"},
        "entities": [
            {"type": "Person", "id": WANG, "name": "Wang Yi", "aliases": wang_aliases,
             "country": CHN, "offices": [{"title": "Foreign Minister", "org": CHN}]},
            {"type": "Person", "id": PARK, "name": "Park Jin", "country": KOR},
            {"type": "Country", "id": CHN, "name": "China", "iso3": "CHN", "aliases": ["Beijing"]},
            {"type": "Country", "id": KOR, "name": "South Korea", "iso3": "KOR"},
            {"type": "Place", "id": BUSAN, "name": "Busan", "country": KOR},
            {"type": "Accord", "id": PACT, "name": "Military Pact", "date": "2018-09-19"},
            {"type": "Event", "id": TALKS, "name": "Wang-Park talks", "kind": "meeting",
             "date": "2023-11-26", "place": BUSAN, "participants": [WANG, PARK]},
        ],
        "facts": facts,
    })


def snapshot(driver: neo4j.Driver) -> dict[str, Any]:
    """Every node and relationship with labels/type and all properties, order-free; not the
    GraphState node, whose version counts write transactions (a rewrite of the same data
    counts too: a report summary built before it is then rebuilt, graph/SUMMARY.md)."""
    nodes = driver.execute_query(
        "MATCH (n) WHERE NOT n:GraphState RETURN labels(n) AS labels, properties(n) AS props"
    ).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props"
    ).records
    return {
        "nodes": sorted((repr(sorted(r["labels"])), repr(sorted(r["props"].items())))
                        for r in nodes),
        "rels": sorted((r["a"], r["t"], r["b"], repr(sorted(r["props"].items()))) for r in rels),
    }


def fact(driver: neo4j.Driver, rel_type: str) -> dict[str, Any]:
    records = driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE type(r) = $t RETURN a.id AS a, b.id AS b, properties(r) AS p",
        t=rel_type,
    ).records
    assert len(records) == 1, records
    return {"source": records[0]["a"], "target": records[0]["b"], **records[0]["p"]}


def evidence(driver: neo4j.Driver, key: str) -> list[dict[str, Any]]:
    """The Evidence nodes of a fact key, by article then start."""
    return [r["e"] for r in driver.execute_query(
        "MATCH (e:Evidence {key: $key}) RETURN properties(e) AS e ORDER BY e.article, e.start",
        key=key,
    ).records]


def clear(driver: neo4j.Driver) -> None:
    """Delete all nodes mid-test (the ``neo4j_driver`` fixture empties before each test)."""
    with driver.session() as session:
        session.run("MATCH (n) DETACH DELETE n").consume()


@pytest.fixture()
def db(neo4j_driver: neo4j.Driver) -> Iterator[neo4j.Driver]:
    apply_schema(neo4j_driver)
    yield neo4j_driver


def test_schema_apply_twice_is_a_no_op(neo4j_driver: neo4j.Driver) -> None:
    first = apply_schema(neo4j_driver)
    second = apply_schema(neo4j_driver)
    assert first == second == schema_state(neo4j_driver)
    assert "entity_id" in first.constraints and "met_with_key" in first.constraints
    assert "evidence_id" in first.constraints
    assert "person_name" in first.indexes and "met_with_dates" in first.indexes
    assert {"evidence_key", "evidence_key_published", "evidence_article"} <= set(first.indexes)


def test_loading_the_same_article_twice_changes_nothing(db: neo4j.Driver) -> None:
    write_extractions(db, [sample()])
    before = snapshot(db)
    assert len(before["nodes"]) == 8 + 5 and len(before["rels"]) > 10  # 5 Evidence
    write_extractions(db, [sample()])
    assert snapshot(db) == before
    # also when another article sits in between and in the same batch as a repeat
    write_extractions(db, [sample("article:b2", "hb")])
    middle = snapshot(db)
    write_extractions(db, [sample(), sample("article:b2", "hb")], batch_size=1)
    write_extractions(db, [sample("article:b2", "hb"), sample()])
    assert snapshot(db) == middle


def test_evidence_accumulates_across_articles_reporting_one_meeting(db: neo4j.Driver) -> None:
    write_extractions(db, [sample("article:b", "hb", date(2023, 11, 27), sentence="They met.")])
    write_extractions(db, [sample("article:a", "ha", date(2023, 11, 26))])
    met = fact(db, "MET_WITH")
    assert met["support"] == 2 and met["confidence"] == 1.0
    assert not any(k.startswith("evidence") or k == "articles" for k in met)
    ev = evidence(db, met["key"])
    assert [(e["article"], e["sentence"]) for e in ev] == [
        ("article:a", "Wang Yi met Park Jin in Busan."), ("article:b", "They met.")]
    assert ev[0] == {"id": f"{met['key']}@article:a@0", "key": met["key"], "rel": "MET_WITH",
                     "article": "article:a", "sentence": "Wang Yi met Park Jin in Busan.",
                     "start": 0, "end": 30, "confidence": 1.0,
                     "published": ev[0]["published"]}
    assert ev[0]["published"].to_native() == date(2023, 11, 26)
    assert met["first_seen"].to_native() == date(2023, 11, 26)
    assert met["last_seen"].to_native() == date(2023, 11, 27)
    total = db.execute_query("MATCH (e:Evidence) RETURN count(e) AS c").records[0]["c"]
    assert total == 10  # 5 facts x 2 articles, no link to the Article
    count = db.execute_query("MATCH ()-[r:MET_WITH]->() RETURN count(r) AS c").records[0]["c"]
    assert count == 1
    links = db.execute_query(
        "MATCH (:Person)-[l:PARTICIPATED_IN]->(:Event) RETURN l.support AS s"
    ).records
    assert [r["s"] for r in links] == [2, 2]


def test_same_meeting_from_two_articles_in_one_batch_is_one_edge(db: neo4j.Driver) -> None:
    report = GraphWriter(db, batch_size=10_000).write(
        [sample("article:b", "hb"), sample("article:a", "ha")]
    )
    assert report.batches == 1 and report.articles == 2
    met = fact(db, "MET_WITH")
    assert met["support"] == 2
    assert [e["article"] for e in evidence(db, met["key"])] == ["article:a", "article:b"]


def test_changed_article_replaces_only_its_own_evidence(db: neo4j.Driver) -> None:
    write_extractions(
        db, [sample("article:a", "h1"), sample("article:b", "hb", with_request=False)]
    )
    req = fact(db, "REQUESTED")
    assert req["support"] == 1 and [e["article"] for e in evidence(db, req["key"])] == [
        "article:a"]
    # article a changes: no request any more, and the meeting sentence is new
    write_extractions(db, [sample("article:a", "h2", sentence="Wang and Park met.",
                                  with_request=False)])
    requests = db.execute_query("MATCH ()-[r:REQUESTED]->() RETURN count(r) AS c").records
    assert requests[0]["c"] == 0  # left without evidence: deleted
    assert not evidence(db, req["key"])
    met = fact(db, "MET_WITH")
    assert met["support"] == 2
    assert [(e["article"], e["sentence"]) for e in evidence(db, met["key"])] == [
        ("article:a", "Wang and Park met."),
        ("article:b", "Wang Yi met Park Jin in Busan.")]  # b's evidence untouched
    art = db.execute_query("MATCH (a:Article {id: 'article:a'}) RETURN a").records[0]["a"]
    assert art["content_hash"] == "h2" and "text" not in art
    assert not any(k.startswith("REQUESTED") for k in art["fact_keys"])


def test_partial_dates_and_symmetric_relations_are_stored_as_documented(
    db: neo4j.Driver,
) -> None:
    write_extractions(db, [sample()])
    req = fact(db, "REQUESTED")
    assert req["date"] == "2023-07"
    assert req["date_start"].to_native() == date(2023, 7, 1)
    assert req["date_end"].to_native() == date(2023, 7, 31)
    assert req["confidence"] == 0.6 and req["what"] == "play a constructive role"
    signed = fact(db, "SIGNED")
    assert (signed["date_start"].to_native(), signed["date_end"].to_native()) == (
        date(2018, 1, 1), date(2018, 12, 31))
    met = fact(db, "MET_WITH")  # stated Wang -> Park, stored lower id -> higher id
    assert (met["source"], met["target"]) == (PARK, WANG) and met["symmetric"] is True
    assert met["key"] == f"MET_WITH|{PARK}|{WANG}|2023-11-26"
    assert met["cameo"] == "040" and met["mode"] == "in_person"
    ally = fact(db, "ALLY_OF")
    assert (ally["source"], ally["target"]) == (CHN, KOR) and "date" not in ally
    assert fact(db, "HOLDS_OFFICE")["symmetric"] is False


def test_nodes_carry_model_fields_and_provenance_edges(db: neo4j.Driver) -> None:
    write_extractions(db, [sample()])
    write_extractions(db, [sample("article:b", "hb", extra_alias="FM Wang")])
    wang = db.execute_query("MATCH (n:Person {id: $id}) RETURN n", id=WANG).records[0]["n"]
    assert set(wang.labels) == {"Entity", "Person"}
    assert wang["aliases"] == ["Wang", "FM Wang"]
    assert wang["offices"] == [f"{CHN}|Foreign Minister"] and wang["country"] == CHN
    event = db.execute_query("MATCH (e:Event) RETURN e").records[0]["e"]
    assert event["kind"] == "meeting" and "participants" not in event and "place" not in event
    held = db.execute_query("MATCH (:Event)-[h:HELD_IN]->(p:Place) RETURN p.id AS p").records
    assert [r["p"] for r in held] == [BUSAN]
    mentions = db.execute_query(
        "MATCH (a:Article)-[:MENTIONS]->(n) RETURN a.id AS a, count(n) AS c ORDER BY a"
    ).records
    assert [(r["a"], r["c"]) for r in mentions] == [("article:a1", 7), ("article:b", 7)]
    reports = db.execute_query("MATCH (:Article)-[r:REPORTS]->(:Event) RETURN count(r) AS c")
    assert reports.records[0]["c"] == 2
    art = db.execute_query("MATCH (a:Article {id: 'article:a1'}) RETURN a").records[0]["a"]
    assert art["published"].to_native() == date(2023, 11, 26) and "text" not in art


def test_stored_graph_equals_the_in_memory_rule_with_hubs_and_replaced_articles(
    db: neo4j.Driver,
) -> None:
    """The server-side merge (write_facts/drop_evidence) and graph.evidence in Python agree,
    for any batch size, on a corpus with hub facts and changed articles."""
    from benchmarks.synthetic import synthetic_extractions
    from dipgraph.graph.netx import extraction_to_networkx, graphs_equal, to_networkx

    first = list(synthetic_extractions(40, facts_per_article=6))
    changed = list(synthetic_extractions(15, seed=8, facts_per_article=6))  # same ids, new text
    corpus = first + changed + first[:4]
    built = extraction_to_networkx(corpus)
    support = max(d["support"] for _, _, d in built.edges(data=True))
    assert support >= 5  # hub facts merge evidence from many articles
    for batch_size in (7, 10_000):
        clear(db)
        write_extractions(db, corpus, batch_size=batch_size)
        assert graphs_equal(to_networkx(db), built), batch_size
    before = snapshot(db)
    write_extractions(db, corpus[-20:], batch_size=30)  # reloading what is stored
    assert snapshot(db) == before


def test_a_changed_article_recounts_the_facts_it_supported(db: neo4j.Driver) -> None:
    write_extractions(db, [sample("article:a", "ha", date(2023, 11, 20)),
                           sample("article:b", "hb", date(2023, 11, 27))])
    met = fact(db, "MET_WITH")
    assert (met["support"], met["first_seen"].to_native()) == (2, date(2023, 11, 20))
    write_extractions(db, [sample("article:a", "ha2", date(2023, 11, 28), sentence="Met.")])
    met = fact(db, "MET_WITH")
    assert met["support"] == 2
    assert (met["first_seen"].to_native(), met["last_seen"].to_native()) == (
        date(2023, 11, 27), date(2023, 11, 28))
    count = db.execute_query(
        "MATCH (e:Evidence {article: 'article:a'}) RETURN count(e) AS c").records[0]["c"]
    assert count == 5  # the old five replaced, not added to
