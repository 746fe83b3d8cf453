"""The evidence merge rule: order-free, replaceable, batch and one-by-one agree."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from dipgraph.graph.evidence import add_fact, add_facts, remove_article
from dipgraph.graph.rows import FactRow


def row(article: str, published: dt.date | None, *sentences: str, what: str | None = None,
        conf: float = 1.0) -> FactRow:
    return FactRow(
        article=article, published=published, source="person:a", target="person:b",
        key="MET_WITH|person:a|person:b|2023-07", rel="MET_WITH", symmetric=True,
        date="2023-07", date_start=dt.date(2023, 7, 1), date_end=dt.date(2023, 7, 31),
        place=None, what=what, about=None, title=None, mode=None, event=None, cameo="040",
        sentences=list(sentences), starts=[i * 10 for i in range(len(sentences))],
        ends=[i * 10 + 5 for i in range(len(sentences))], confidences=[conf] * len(sentences),
    )


ROWS = [row("article:b", dt.date(2023, 7, 3), "b1", conf=0.5),
        row("article:a", dt.date(2023, 7, 9), "a1", "a2", conf=0.9),
        row("article:c", None, "c1", conf=0.7)]


def test_evidence_is_sorted_by_article_whatever_the_load_order() -> None:
    results = []
    for order in itertools.permutations(ROWS):
        state: dict[str, Any] = {}
        for r in order:
            add_fact(state, r)
        results.append(state)
    assert all(r == results[0] for r in results)
    state = results[0]
    assert state["evidence_articles"] == ["article:a", "article:a", "article:b", "article:c"]
    assert state["evidence_sentences"] == ["a1", "a2", "b1", "c1"]
    assert state["articles"] == ["article:a", "article:b", "article:c"] and state["support"] == 3
    assert state["confidence"] == 0.9
    assert (state["first_seen"], state["last_seen"]) == (dt.date(2023, 7, 3), dt.date(2023, 7, 9))


def test_batch_add_equals_one_by_one_add() -> None:
    one: dict[str, Any] = {}
    add_fact(one, row("article:z", dt.date(2023, 1, 1), "z", what="first"))
    many = dict(one)
    for r in ROWS:
        add_fact(one, r)
    add_facts(many, ROWS)
    assert many == one and many["what"] == "first"


def test_adding_an_article_again_replaces_its_entries() -> None:
    state: dict[str, Any] = {}
    add_facts(state, ROWS)
    before = dict(state)
    add_fact(state, ROWS[0])
    assert state == before
    add_fact(state, row("article:b", dt.date(2023, 7, 3), "new b"))
    assert state["evidence_sentences"] == ["a1", "a2", "new b", "c1"]


def test_removing_articles_recomputes_support_confidence_and_dates() -> None:
    state: dict[str, Any] = {}
    add_facts(state, ROWS)
    published = {"article:b": dt.date(2023, 7, 3), "article:c": None}
    assert remove_article(state, "article:a", published) is True
    assert state["support"] == 2 and state["confidence"] == 0.7
    assert state["first_seen"] == state["last_seen"] == dt.date(2023, 7, 3)
    assert remove_article(state, "article:x", published) is True  # not there: unchanged
    assert remove_article(state, "article:b", published) is True
    assert "first_seen" not in state
    assert remove_article(state, "article:c", published) is False
    assert state["evidence_articles"] == [] and state["support"] == 0
