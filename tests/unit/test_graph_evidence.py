"""The evidence rows and merge rule: order-free, replaceable, batch and one-by-one agree."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from dipgraph.graph.evidence import apply_evidence, evidence_id, evidence_rows
from dipgraph.graph.rows import FactRow

KEY = "MET_WITH|person:a|person:b|2023-07"


def row(article: str, published: dt.date | None, *sentences: str, what: str | None = None,
        conf: float = 1.0, key: str = KEY) -> FactRow:
    return {
        "article": article, "published": published, "source": "person:a", "target": "person:b",
        "key": key, "rel": "MET_WITH", "symmetric": True,
        "date": "2023-07", "date_start": dt.date(2023, 7, 1), "date_end": dt.date(2023, 7, 31),
        "place": None, "what": what, "about": None, "title": None, "mode": None, "event": None,
        "cameo": "040",
        "sentences": list(sentences), "starts": [i * 10 for i in range(len(sentences))],
        "ends": [i * 10 + 5 for i in range(len(sentences))],
        "confidences": [conf] * len(sentences),
    }


ROWS = [row("article:b", dt.date(2023, 7, 3), "b1", conf=0.5),
        row("article:a", dt.date(2023, 7, 9), "a1", "a2", conf=0.9),
        row("article:c", None, "c1", conf=0.7)]
PUBLISHED = {r["article"]: r["published"] for r in ROWS}


def load(state: dict[str, Any], facts: list[FactRow],
         replaced: dict[str, list[str]] | None = None,
         published: dict[str, dt.date | None] | None = None) -> bool:
    """One batch: what the writer sends for ``facts``, merged as the server would."""
    pub = {**PUBLISHED, **(published or {}), **{f["article"]: f["published"] for f in facts}}
    (one,) = evidence_rows(facts, replaced)
    return apply_evidence(state, one, pub)


def test_evidence_is_sorted_by_article_whatever_the_load_order() -> None:
    results = []
    for order in itertools.permutations(ROWS):
        state: dict[str, Any] = {}
        for r in order:
            load(state, [r])
        results.append(state)
    assert all(r == results[0] for r in results)
    state = results[0]
    assert state["evidence_articles"] == ["article:a", "article:a", "article:b", "article:c"]
    assert state["evidence_sentences"] == ["a1", "a2", "b1", "c1"]
    assert state["evidence_starts"] == [0, 10, 0, 0]
    assert state["articles"] == ["article:a", "article:b", "article:c"] and state["support"] == 3
    assert state["confidence"] == 0.9
    assert (state["first_seen"], state["last_seen"]) == (dt.date(2023, 7, 3), dt.date(2023, 7, 9))
    assert state["key"] == KEY and state["rel"] == "MET_WITH" and "place" not in state


def test_batch_add_equals_one_by_one_add_and_first_value_stays() -> None:
    one: dict[str, Any] = {}
    load(one, [row("article:z", dt.date(2023, 1, 1), "z", what="first")])
    many = dict(one)
    z = {"article:z": dt.date(2023, 1, 1)}
    for r in ROWS:
        load(one, [r], published=z)
    load(many, ROWS, published=z)
    assert many == one and many["what"] == "first"
    assert many["first_seen"] == dt.date(2023, 1, 1)


def test_one_row_per_key_with_its_evidence_nodes_and_aggregates() -> None:
    other = row("article:a", None, "x", key="MET_WITH|person:a|person:b|2024")
    rows = evidence_rows([*ROWS, other])
    assert [r["key"] for r in rows] == [KEY, other["key"]]
    met = rows[0]
    assert met["articles"] == ["article:a", "article:b", "article:c"] and met["drop"] == []
    assert [(e["article"], e["sentence"], e["start"]) for e in met["evidence"]] == [
        ("article:a", "a1", 0), ("article:a", "a2", 10), ("article:b", "b1", 0),
        ("article:c", "c1", 0)]
    first = met["evidence"][0]
    assert first == {"id": evidence_id(KEY, "article:a", 0), "key": KEY, "rel": "MET_WITH",
                     "article": "article:a", "sentence": "a1", "start": 0, "end": 5,
                     "confidence": 0.9, "published": "2023-07-09"}  # ISO on the wire
    assert len({e["id"] for e in met["evidence"]}) == 4
    assert met["confidence"] == 0.9
    assert (met["first"], met["last"]) == ("2023-07-03", "2023-07-09")
    assert (met["date_start"], met["date_end"]) == ("2023-07-01", "2023-07-31")
    assert "sentences" not in met and "published" not in met
    with pytest.raises(ValueError):
        evidence_rows([ROWS[0], ROWS[0]])


def test_reloading_an_article_replaces_its_entries() -> None:
    state: dict[str, Any] = {}
    load(state, ROWS)
    before = dict(state)
    load(state, [ROWS[0]], {"article:b": [KEY]})
    assert state == before
    load(state, [row("article:b", dt.date(2023, 7, 3), "new b")], {"article:b": [KEY]})
    assert state["evidence_sentences"] == ["a1", "a2", "new b", "c1"]


def test_replaced_article_that_no_longer_states_a_fact_is_removed_from_it() -> None:
    state: dict[str, Any] = {}
    load(state, ROWS)
    other = row("article:a", dt.date(2023, 7, 9), "x", key="MET_WITH|person:a|person:b|2024")
    rows = evidence_rows([other], {"article:a": [KEY]})
    removal = next(r for r in rows if r["key"] == KEY)
    assert removal["articles"] == [] and removal["drop"] == ["article:a"]
    assert removal["evidence"] == [] and removal["first"] is None
    assert (removal["source"], removal["target"], removal["rel"]) == (
        "person:a", "person:b", "MET_WITH")
    assert apply_evidence(state, removal, PUBLISHED) is True
    assert state["support"] == 2 and state["confidence"] == 0.7
    assert state["first_seen"] == state["last_seen"] == dt.date(2023, 7, 3)
    for article, left in (("article:b", True), ("article:c", False)):
        (gone,) = evidence_rows([], {article: [KEY]})
        assert apply_evidence(state, gone, PUBLISHED) is left
    assert "first_seen" not in state
    assert state["evidence_articles"] == [] and state["support"] == 0


def test_a_fact_whose_old_evidence_is_all_replaced_starts_afresh() -> None:
    state: dict[str, Any] = {}
    load(state, [row("article:a", dt.date(2023, 7, 9), "a1", what="old")])
    load(state, [row("article:a", dt.date(2023, 7, 1), "a1", what="new")], {"article:a": [KEY]})
    assert state["what"] == "new" and state["first_seen"] == dt.date(2023, 7, 1)
