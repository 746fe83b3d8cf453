"""How a fact's properties follow from its evidence: batch rows and the one merge rule.

:func:`evidence_rows` turns a batch's per-article fact rows into ONE row per fact
key (the batch's evidence for it, sorted by article, and the articles whose old
evidence goes). The writer sends those rows to ``merge_facts.cypher``, which merges
them into the stored fact on the server; :func:`apply_evidence` is the same rule in
Python, used by :mod:`dipgraph.graph.netx` to build the graph in memory (tests
check that both give equal graphs). Evidence lists are parallel and sorted by
article id (then by position in the article), so any load order gives the same
properties.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, TypedDict

from dipgraph.graph.rows import DESCRIPTIVE, FactRow

__all__ = [
    "DESCRIPTIVE",
    "EVIDENCE_LISTS",
    "EvidenceRow",
    "apply_evidence",
    "evidence_rows",
]

#: Parallel per-evidence lists on a fact.
EVIDENCE_LISTS = (
    "evidence_articles",
    "evidence_sentences",
    "evidence_starts",
    "evidence_ends",
    "evidence_confidences",
)
_ROW_LISTS = ("sentences", "starts", "ends", "confidences")
#: Set when a fact is created; the same for every statement of one key.
_IDENTITY = ("rel", "symmetric", "date", "date_start", "date_end")
_HEAD = ("source", "target", *_IDENTITY, *DESCRIPTIVE)


class EvidenceRow(TypedDict):
    """One fact key's change in a batch: the batch's evidence and the articles it replaces.

    ``articles``: the batch's articles stating the key (sorted); ``drop``: every article
    whose stored evidence goes (those, plus replaced articles that no longer state it);
    ``at``: start offset of each article's entries in the evidence lists (plus the end);
    ``first``/``last``: min/max ``published`` of ``articles``; ``drop_first``/
    ``drop_last``: min/max stored ``published`` of ``drop`` (to know whether first/last
    seen must be recomputed). A row with no ``articles`` only removes evidence. Dates
    are ISO strings (``date_start`` etc.): sending Date values costs the driver a
    Python object per value, the statement converts them with ``date()``.
    """

    key: str
    source: str
    target: str
    rel: str
    symmetric: bool
    date: str | None
    date_start: str | None
    date_end: str | None
    place: str | None
    what: str | None
    about: str | None
    title: str | None
    mode: str | None
    event: str | None
    cameo: str | None
    articles: list[str]
    drop: list[str]
    at: list[int]
    evidence_articles: list[str]
    sentences: list[str]
    starts: list[int]
    ends: list[int]
    confidences: list[float]
    first: str | None
    last: str | None
    drop_first: str | None
    drop_last: str | None


def _span(dates: Iterable[dt.date | None]) -> tuple[dt.date | None, dt.date | None]:
    known = [d for d in dates if d is not None]
    return (min(known), max(known)) if known else (None, None)


def _iso_span(dates: Iterable[dt.date | None]) -> tuple[str | None, str | None]:
    lo, hi = _span(dates)
    return (lo.isoformat(), hi.isoformat()) if lo is not None and hi is not None else (None, None)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _row(key: str, facts: list[FactRow], drop: set[str],
         stored: Mapping[str, dt.date | None]) -> EvidenceRow:
    if not facts:  # removal only: the key names the stored ends (ids hold no "|")
        rel, source, target, _ = key.split("|", 3)
        head: dict[str, Any] = {"source": source, "target": target, "rel": rel,
                                "published": None}
        facts = []
    else:
        head = facts[0]  # type: ignore[assignment]
    row: dict[str, Any] = {name: head.get(name) for name in _HEAD}
    row["key"] = key
    row["date_start"], row["date_end"] = _iso(row["date_start"]), _iso(row["date_end"])
    if len(facts) <= 1:  # the common case: one article states the key
        articles = [f["article"] for f in facts]
        n = len(head["sentences"]) if facts else 0
        row.update(
            {name: head.get(name, []) for name in _ROW_LISTS},
            evidence_articles=articles * n,
            at=[0, n] if facts else [0],
            first=_iso(head["published"]),
        )
        row["last"] = row["first"]
    else:
        for name in DESCRIPTIVE:  # the first value the batch states, in load order
            row[name] = next((v for f in facts if (v := f[name]) is not None), None)  # type: ignore[literal-required]
        ordered = sorted(facts, key=lambda f: f["article"])
        articles = [f["article"] for f in ordered]
        if len(set(articles)) != len(articles):
            raise ValueError(f"{key}: one article stated twice in a batch")
        at = [0]
        ev_articles: list[str] = []
        lists: dict[str, list[Any]] = {name: [] for name in _ROW_LISTS}
        for f in ordered:
            for name in _ROW_LISTS:
                lists[name].extend(f[name])  # type: ignore[literal-required]
            ev_articles.extend([f["article"]] * len(f["sentences"]))
            at.append(len(ev_articles))
        row.update(lists, evidence_articles=ev_articles, at=at)
        row["first"], row["last"] = _iso_span(f["published"] for f in facts)
    row["articles"] = articles
    if drop:
        drop = drop | set(articles)
        row["drop"] = sorted(drop)
        row["drop_first"], row["drop_last"] = _iso_span(stored.get(a) for a in drop)
    else:
        row["drop"] = articles
        row["drop_first"] = row["drop_last"] = None
        if stored:
            row["drop_first"], row["drop_last"] = _iso_span(stored.get(a) for a in articles)
    return row  # type: ignore[return-value]


def evidence_rows(
    facts: Iterable[FactRow],
    replaced: Mapping[str, Iterable[str]] | None = None,
    stored: Mapping[str, dt.date | None] | None = None,
) -> list[EvidenceRow]:
    """One :class:`EvidenceRow` per fact key, keys in first-stated order.

    ``facts``: the batch's fact rows (an article at most once per key);
    ``replaced``: for each stored article of the batch, the keys of the facts it
    supported; ``stored``: those articles' stored publication dates.
    """
    grouped: dict[str, list[FactRow]] = {}
    for fact in facts:
        grouped.setdefault(fact["key"], []).append(fact)
    drops: dict[str, set[str]] = {}
    for article, keys in (replaced or {}).items():
        for key in keys:
            drops.setdefault(key, set()).add(article)
    stored = stored or {}
    out = [_row(key, rows, drops.get(key, set()), stored) for key, rows in grouped.items()]
    out += [_row(key, [], drop, stored) for key, drop in drops.items() if key not in grouped]
    return out


def apply_evidence(
    state: dict[str, Any], row: EvidenceRow, published: Mapping[str, dt.date | None]
) -> bool:
    """Merge ``row`` into a fact's properties ``state`` (empty for a new fact), in place.

    What ``merge_facts.cypher`` does on the server. ``published`` gives the
    publication date of every article of the result. False when no evidence
    remains (the fact is deleted).
    """
    drop = set(row["drop"])
    old = state.get("evidence_articles", [])
    kept_articles = [a for a in state.get("articles", []) if a not in drop]
    entries = [
        (a, i, *(state[name][i] for name in EVIDENCE_LISTS[1:]))
        for i, a in enumerate(old) if a not in drop
    ]
    entries += [
        (row["evidence_articles"][j], j, row["sentences"][j], row["starts"][j], row["ends"][j],
         row["confidences"][j])
        for j in range(len(row["evidence_articles"]))
    ]
    entries.sort(key=lambda e: (e[0], e[1]))  # article sets are disjoint
    fresh = not kept_articles
    if not state:
        state.update({name: row[name] for name in _IDENTITY})  # type: ignore[literal-required]
        for name in ("date_start", "date_end"):
            if state[name] is not None:
                state[name] = dt.date.fromisoformat(state[name])
    state["key"] = row["key"]
    for pos, name in enumerate(EVIDENCE_LISTS):
        state[name] = [e[0 if pos == 0 else pos + 1] for e in entries]
    state["articles"] = sorted(kept_articles + row["articles"])
    state["support"] = len(state["articles"])
    state["confidence"] = max(state["evidence_confidences"], default=0.0)
    state["first_seen"], state["last_seen"] = _span(published.get(a) for a in state["articles"])
    for name in DESCRIPTIVE:
        if fresh or state.get(name) is None:
            state[name] = row[name]  # type: ignore[literal-required]
    for name in [k for k, v in state.items() if v is None]:
        del state[name]  # Neo4j stores no nulls
    return bool(state["articles"])
