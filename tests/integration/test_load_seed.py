"""``load_paths`` end to end on a real Neo4j: the seed article in, its key facts out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import neo4j
import pytest

from dipgraph.loaders.pipeline import load_paths

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def one(driver: neo4j.Driver, query: str, **params: Any) -> int:
    records = driver.execute_query(query, params).records
    return int(records[0][0])


def counts(driver: neo4j.Driver) -> tuple[int, int]:
    nodes = one(driver, "MATCH (n) RETURN count(n)")
    rels = one(driver, "MATCH ()-[r]->() RETURN count(r)")
    return nodes, rels


@pytest.fixture()
def seed_loaded(neo4j_driver: neo4j.Driver) -> neo4j.Driver:
    report = load_paths([SEEDS], neo4j_driver)
    assert report.ok, report.files
    assert report.articles == 1 and report.facts > 0
    return neo4j_driver


def test_seed_meeting_in_busan_on_the_publication_sunday(seed_loaded: neo4j.Driver) -> None:
    found = one(
        seed_loaded,
        """MATCH (:Person {name: 'Wang Yi'})-[r:MET_WITH]-(:Person {name: 'Park Jin'})
           WHERE r.date = '2023-11-26' AND r.place = 'place:busan'
           RETURN count(r)""",
    )
    assert found == 1


def test_seed_request_withdrawal_and_agreement(seed_loaded: neo4j.Driver) -> None:
    assert (
        one(
            seed_loaded,
            "MATCH (:Person {name: 'Park Jin'})-[r:REQUESTED]->(:Country {name: 'China'}) "
            "RETURN count(r)",
        )
        >= 1
    )
    assert (
        one(
            seed_loaded,
            """MATCH (:Country {name: 'North Korea'})-[r:WITHDREW_FROM]->(a:Accord)
           WHERE any(n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(n) CONTAINS 'military')
           RETURN count(r)""",
        )
        >= 1
    )
    assert (
        one(
            seed_loaded,
            "MATCH (:Country {name: 'South Korea'})-[r:AGREED]-(:Country {name: 'Japan'}) "
            "RETURN count(r)",
        )
        >= 1
    )


def test_seed_article_node_carries_sidecar_metadata_and_no_text(
    seed_loaded: neo4j.Driver,
) -> None:
    records = seed_loaded.execute_query(
        "MATCH (a:Article) RETURN a.title AS title, a.source AS source, "
        "toString(a.published) AS published, a.text AS text"
    ).records
    assert len(records) == 1
    meta = json.loads((SEEDS / "000-china-south-korea-busan.meta.json").read_text("utf-8"))
    row = records[0]
    assert (row["title"], row["source"]) == (meta["title"], meta["source"])
    assert row["published"] == "2023-11-26" and row["text"] is None


def test_loading_the_seed_twice_changes_nothing(seed_loaded: neo4j.Driver) -> None:
    before = counts(seed_loaded)
    report = load_paths([SEEDS], seed_loaded)
    assert report.ok and counts(seed_loaded) == before


def test_bad_files_are_reported_and_good_ones_still_loaded(
    neo4j_driver: neo4j.Driver, tmp_path: Path
) -> None:
    (tmp_path / "good.txt").write_text(
        "Japanese Foreign Minister Yoko Kamikawa met with Indian External Affairs Minister "
        "Subrahmanyam Jaishankar in Tokyo on Thursday.",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "x"\n', encoding="utf-8")
    report = load_paths([tmp_path], neo4j_driver)
    assert not report.ok and report.rejected == 2
    rejected = {Path(f.path).name: f.reason for f in report.files if f.status == "rejected"}
    assert set(rejected) == {"bad.jsonl:1", "empty.txt"}
    assert rejected["empty.txt"] == "empty file"
    assert (rejected["bad.jsonl:1"] or "").startswith("malformed JSON")
    assert report.articles == 1
    assert one(neo4j_driver, "MATCH (a:Article) RETURN count(a)") == 1
