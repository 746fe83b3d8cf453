"""How a fact's properties follow from its evidence: the one merge rule, in Python.

The writer reads a fact's stored properties, applies these functions and writes
the result back (all in one transaction); :mod:`dipgraph.graph.netx` applies the
same functions in memory. Evidence lists are parallel and sorted by article id
(then in the order the row gives), so any load order gives the same properties.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from dipgraph.graph.rows import FactRow

__all__ = ["DESCRIPTIVE", "EVIDENCE_LISTS", "add_fact", "add_facts", "remove_article"]

#: Parallel per-evidence lists on a fact.
EVIDENCE_LISTS = (
    "evidence_articles",
    "evidence_sentences",
    "evidence_starts",
    "evidence_ends",
    "evidence_confidences",
)
#: Fields that describe a fact beyond its key; the first known value stays.
DESCRIPTIVE = ("place", "what", "about", "title", "mode", "event", "cameo")


def _seen(state: dict[str, Any], published: Mapping[str, dt.date | None]) -> None:
    dates = [d for d in (published.get(a) for a in state["articles"]) if d is not None]
    state.pop("first_seen", None)
    state.pop("last_seen", None)
    if dates:
        state["first_seen"], state["last_seen"] = min(dates), max(dates)


def remove_article(
    state: dict[str, Any], article: str, published: Mapping[str, dt.date | None]
) -> bool:
    """Drop ``article``'s evidence from ``state``; False when no evidence remains.

    ``published`` gives the publication dates of the remaining articles.
    """
    if article not in state.get("articles", []):
        return bool(state.get("articles"))
    keep = [i for i, a in enumerate(state["evidence_articles"]) if a != article]
    for name in EVIDENCE_LISTS:
        state[name] = [state[name][i] for i in keep]
    state["articles"] = [a for a in state["articles"] if a != article]
    state["support"] = len(state["articles"])
    state["confidence"] = max(state["evidence_confidences"], default=0.0)
    _seen(state, published)
    return bool(state["articles"])


def add_fact(state: dict[str, Any], row: FactRow) -> None:
    """Add one article's statement of a fact to ``state`` (empty for a new fact)."""
    articles = [a for a in state.get("articles", []) if a != row.article]
    old = state.get("evidence_articles", [])
    keep = [i for i, a in enumerate(old) if a != row.article]
    at = sum(1 for i in keep if old[i] < row.article)
    new: dict[str, list[Any]] = {
        "evidence_articles": [row.article] * len(row.sentences),
        "evidence_sentences": row.sentences,
        "evidence_starts": row.starts,
        "evidence_ends": row.ends,
        "evidence_confidences": row.confidences,
    }
    for name in EVIDENCE_LISTS:
        kept = [state[name][i] for i in keep]
        state[name] = kept[:at] + list(new[name]) + kept[at:]
    j = sum(1 for a in articles if a < row.article)
    state["articles"] = [*articles[:j], row.article, *articles[j:]]
    state.update(key=row.key, rel=row.rel, symmetric=row.symmetric)
    for name in ("date", "date_start", "date_end"):
        if getattr(row, name) is not None:
            state[name] = getattr(row, name)
    for name in DESCRIPTIVE:
        if state.get(name) is None and getattr(row, name) is not None:
            state[name] = getattr(row, name)
    state["support"] = len(state["articles"])
    state["confidence"] = max(state["evidence_confidences"], default=0.0)
    if row.published is not None:
        if state.get("first_seen") is None or row.published < state["first_seen"]:
            state["first_seen"] = row.published
        if state.get("last_seen") is None or row.published > state["last_seen"]:
            state["last_seen"] = row.published


def add_facts(state: dict[str, Any], rows: list[FactRow]) -> None:
    """Same result as :func:`add_fact` for each row in turn, in one pass (hub facts).

    Each row must come from a different article.
    """
    if len(rows) == 1:
        add_fact(state, rows[0])
        return
    if len({r.article for r in rows}) != len(rows):
        raise ValueError("add_facts takes at most one row per article")
    drop = {r.article for r in rows}
    old = state.get("evidence_articles", [])
    entries = [
        (old[i], n, *(state[name][i] for name in EVIDENCE_LISTS[1:]))
        for n, i in enumerate(i for i, a in enumerate(old) if a not in drop)
    ]
    base = len(entries)
    for r in rows:
        for sentence, start, end, conf in zip(
            r.sentences, r.starts, r.ends, r.confidences, strict=True
        ):
            entries.append((r.article, base, sentence, start, end, conf))
            base += 1
    entries.sort(key=lambda e: (e[0], e[1]))
    for pos, name in enumerate(EVIDENCE_LISTS):
        state[name] = [e[0 if pos == 0 else pos + 1] for e in entries]
    state["articles"] = sorted({*(a for a in state.get("articles", []) if a not in drop), *drop})
    head = rows[0]
    state.update(key=head.key, rel=head.rel, symmetric=head.symmetric)
    for r in rows:
        for name in ("date", "date_start", "date_end"):
            if getattr(r, name) is not None:
                state[name] = getattr(r, name)
        for name in DESCRIPTIVE:
            if state.get(name) is None and getattr(r, name) is not None:
                state[name] = getattr(r, name)
    state["support"] = len(state["articles"])
    state["confidence"] = max(state["evidence_confidences"], default=0.0)
    dates = [r.published for r in rows if r.published is not None]
    dates += [state[k] for k in ("first_seen", "last_seen") if state.get(k) is not None]
    if dates:
        state["first_seen"], state["last_seen"] = min(dates), max(dates)
