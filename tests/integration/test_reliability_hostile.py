"""Hostile names and text through the graph writer and the loader: stored verbatim as
values, never executed; nothing outside the intended nodes is written or removed."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import neo4j
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dipgraph.graph.models import (
    Article,
    Evidence,
    Extraction,
    Fact,
    Organization,
    Person,
)
from dipgraph.graph.relations import RelationType
from dipgraph.graph.writer import GraphWriter
from dipgraph.loaders.pipeline import load_paths
from tests.integration.test_reliability_support import count

pytestmark = pytest.mark.integration

HOSTILE = [
    "'}) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    "x` DETACH DELETE n //", "`Person`", "{id: $x}", "$rows", "\\'", "\\",
    "CALL db.clearQueryCaches()", "MATCH (n) SET n.pwned = true",
    "\u202eevil\u202c", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "e\u0301\u0301\u0301", "\x00\x01\x07\x1b[31m", "\ufeff\U0001f600", "N" * 5000,
]
texts = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=80),
    st.lists(st.sampled_from(HOSTILE), min_size=2, max_size=4).map("".join),
).filter(lambda s: s.strip() != "")

_serial = itertools.count()


def _extraction(uid: str, names: list[str], what: str, sentence: str) -> Extraction:
    a, b = f"person:{uid}:a", f"person:{uid}:b"
    org = f"org:{uid}:" + names[2]  # a hostile id too: ids are values like any other
    evidence = Evidence(article_id=f"article:{uid}", sentence=sentence, start=0, end=len(sentence))
    return Extraction(
        article=Article(id=f"article:{uid}", title=names[0], source=what, content_hash=uid),
        entities=[
            Person(id=a, name=names[0], aliases=[what]),
            Person(id=b, name=names[1]),
            Organization(id=org, name=names[2]),
        ],
        facts=[
            Fact(rel=RelationType.MET_WITH, source=a, target=b, what=what, evidence=evidence),
            Fact(rel=RelationType.SUPPORTED, source=a, target=org, about=what, evidence=evidence),
        ],
    )


def _totals(driver: neo4j.Driver) -> tuple[int, int]:
    # The GraphState node (write counter, graph/SUMMARY.md) appears with the first write.
    return (
        count(driver, "MATCH (n) WHERE NOT n:GraphState RETURN count(n)"),
        count(driver, "MATCH ()-[r]->() RETURN count(r)"),
    )


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(names=st.lists(texts, min_size=3, max_size=3), what=texts, sentence=texts)
def test_writer_stores_hostile_text_verbatim_and_touches_nothing_else(
    neo4j_driver: neo4j.Driver, names: list[str], what: str, sentence: str
) -> None:
    uid = f"h{next(_serial)}"
    extraction = _extraction(uid, names, what, sentence)
    before = _totals(neo4j_driver)
    GraphWriter(neo4j_driver).write([extraction])
    # +1 article, +3 entities, +2 Evidence; +3 MENTIONS, +1 MET_WITH, +1 SUPPORTED;
    # nothing removed
    assert _totals(neo4j_driver) == (before[0] + 6, before[1] + 5)
    stored = {
        r["id"]: (r["name"], r["aliases"])
        for r in neo4j_driver.execute_query(
            "MATCH (:Article {id: $art})-[:MENTIONS]->(n) RETURN n.id AS id, n.name AS name, "
            "n.aliases AS aliases",
            art=extraction.article.id,
        ).records
    }
    assert stored == {e.id: (e.name, e.aliases) for e in extraction.entities}
    facts = neo4j_driver.execute_query(
        "MATCH (:Article {id: $art})-[:MENTIONS]->(:Person)-[r:MET_WITH|SUPPORTED]->() "
        "RETURN type(r) AS rel, r.what AS what, r.about AS about, "
        "COLLECT { MATCH (e:Evidence {key: r.key}) RETURN e.sentence } AS s",
        art=extraction.article.id,
    ).records
    by_rel = {r["rel"]: r for r in facts}
    assert set(by_rel) == {"MET_WITH", "SUPPORTED"}
    clean = extraction.facts[0]
    assert by_rel["MET_WITH"]["what"] == clean.what
    assert by_rel["SUPPORTED"]["about"] == clean.what
    assert by_rel["MET_WITH"]["s"] == [clean.evidence.sentence]
    article = neo4j_driver.execute_query(
        "MATCH (a:Article {id: $art}) RETURN a.title AS title, a.source AS source",
        art=extraction.article.id,
    ).records[0]
    assert (article["title"], article["source"]) == (
        extraction.article.title, extraction.article.source
    )
    assert count(neo4j_driver, "MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n)") == 0


def test_hostile_metadata_of_a_loaded_record_is_stored_verbatim(
    neo4j_driver: neo4j.Driver, tmp_path: Path
) -> None:
    record = {
        "text": "Norway Foreign Minister Anna Berg met with Chile Foreign Minister Carlos Mendez "
        "in Geneva on Monday.",
        "title": "'}) DETACH DELETE n // \u202e`{$x}`",
        "source": "x` SET n.pwned = true //",
        "url": "https://news.example/'}) MATCH (n) DETACH DELETE n //",
        "published": "2024-03-11",
    }
    wire = tmp_path / "wire.jsonl"
    wire.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = load_paths([wire], neo4j_driver)
    assert report.ok and report.articles == 1
    (row,) = neo4j_driver.execute_query(
        "MATCH (a:Article) RETURN a.title AS title, a.source AS source, a.url AS url"
    ).records
    assert (row["title"], row["source"], row["url"]) == (
        record["title"], record["source"], record["url"]
    )
    assert count(neo4j_driver, "MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n)") == 0
    assert count(neo4j_driver, "MATCH (n:Entity) RETURN count(n)") >= 2


def test_article_with_a_name_too_long_to_index_is_rejected_alone(
    neo4j_driver: neo4j.Driver, tmp_path: Path
) -> None:
    """Neo4j cannot index a value over ~8 kB: such a "name" must not fail the whole batch."""
    long_name = "Anna " + "Berg" * 3000
    records = [
        {"text": f"Norway Foreign Minister {long_name} met with Chile Foreign Minister "
                 "Carlos Mendez in Geneva on Monday.", "url": "https://news.example/long"},
        {"text": "Norway Foreign Minister Anna Berg met with Chile Foreign Minister "
                 "Carlos Mendez in Geneva on Monday.", "url": "https://news.example/ok"},
    ]
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = load_paths([wire], neo4j_driver)
    rejected = [(f.path, f.reason or "") for f in report.files if f.status == "rejected"]
    assert len(rejected) == 1 and rejected[0][0] == f"{wire}:1", rejected
    assert "too long to store" in rejected[0][1]
    assert report.articles == 1 and report.rejected == 1
    stored = neo4j_driver.execute_query("MATCH (a:Article) RETURN a.url AS u").records
    urls = [r["u"] for r in stored]
    assert urls == ["https://news.example/ok"]
