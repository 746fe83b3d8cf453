"""How a fact's properties follow from its evidence: batch rows and the one merge rule.

Evidence is stored as ``(:Evidence)`` nodes, one per fact key, article and sentence
start (:class:`EvidenceNode`); the fact relationship keeps only aggregates (support,
confidence, first/last seen). :func:`evidence_rows` turns a batch's per-article fact
rows into ONE row per fact key: the batch's Evidence nodes for it, their aggregates,
and the replaced articles whose old evidence goes. The writer sends those rows to
``write_facts`` and ``write_evidence``; :func:`apply_evidence` is the
same rule in Python on the NetworkX edge format (parallel evidence lists sorted by
article, then position), used by :mod:`dipgraph.graph.netx` to build the graph in
memory (tests check that both give equal graphs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, TypedDict

from dipgraph.graph.rows import DESCRIPTIVE, FACT_FIELDS, FactFields, FactRow

__all__ = [
    "DESCRIPTIVE",
    "EVIDENCE_LISTS",
    "EvidenceNode",
    "EvidenceRow",
    "apply_evidence",
    "evidence_id",
    "evidence_rows",
]

#: Parallel per-evidence lists of a fact in the NetworkX edge format (not stored on it).
EVIDENCE_LISTS = (
    "evidence_articles",
    "evidence_sentences",
    "evidence_starts",
    "evidence_ends",
    "evidence_confidences",
)
#: Set when a fact is created; the same for every statement of one key.
_IDENTITY = ("rel", "symmetric", "date", "date_start", "date_end")


class EvidenceNode(TypedDict):
    """One ``(:Evidence)`` node: a sentence of an article stating a fact key.

    ``published`` is the article's publication date as an ISO string (the statement
    converts it with ``date()``: sending Date values costs the driver a Python object
    per value).
    """

    id: str
    key: str
    rel: str
    article: str
    sentence: str
    start: int
    end: int
    confidence: float
    published: str | None


class EvidenceRow(FactFields):
    """One fact key's change in a batch.

    ``articles``: the batch's articles stating the key (sorted); ``drop``: stored
    articles of the batch (being replaced) that supported the key, whose Evidence
    nodes go; ``evidence``: the batch's new Evidence nodes of the key (by article,
    then position); ``confidence``: their max (0.0 when none); ``first``/``last``:
    min/max ``published`` of ``articles`` (ISO). A row without ``articles`` only
    removes evidence.
    """

    date_start: str | None
    date_end: str | None
    articles: list[str]
    drop: list[str]
    evidence: list[EvidenceNode]
    confidence: float
    first: str | None
    last: str | None


def evidence_id(key: str, article: str, start: int) -> str:
    """The id of the Evidence node of ``key`` in ``article`` at sentence start ``start``."""
    return f"{key}@{article}@{start}"


def _span(dates: Iterable[dt.date | None]) -> tuple[dt.date | None, dt.date | None]:
    known = [d for d in dates if d is not None]
    return (min(known), max(known)) if known else (None, None)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _nodes(f: FactRow) -> list[EvidenceNode]:
    key, rel, art, pub = f["key"], f["rel"], f["article"], _iso(f["published"])
    return [
        {"id": evidence_id(key, art, start), "key": key, "rel": rel, "article": art,
         "sentence": sentence, "start": start, "end": end, "confidence": conf, "published": pub}
        for sentence, start, end, conf in zip(
            f["sentences"], f["starts"], f["ends"], f["confidences"], strict=True)
    ]


def _row(key: str, facts: list[FactRow], drop: set[str]) -> EvidenceRow:
    if not facts:  # removal only: the key names the stored ends (ids hold no "|")
        rel, source, target, _ = key.split("|", 3)
        head: Mapping[str, Any] = {"source": source, "target": target, "rel": rel}
    else:
        head = facts[0]
    row: dict[str, Any] = {name: head.get(name) for name in FACT_FIELDS}
    row["key"] = key
    row["date_start"] = _iso(head.get("date_start"))
    row["date_end"] = _iso(head.get("date_end"))
    if len(facts) > 1:
        for name in DESCRIPTIVE:  # the first value the batch states, in load order
            row[name] = next((v for f in facts if (v := f[name]) is not None), None)  # type: ignore[literal-required]
        facts = sorted(facts, key=lambda f: f["article"])
    articles = [f["article"] for f in facts]
    if len(set(articles)) != len(articles):
        raise ValueError(f"{key}: one article stated twice in a batch")
    evidence = [node for f in facts for node in _nodes(f)]
    lo, hi = _span(f["published"] for f in facts)
    row.update(
        articles=articles,
        drop=sorted(drop),
        evidence=evidence,
        confidence=max((e["confidence"] for e in evidence), default=0.0),
        first=_iso(lo),
        last=_iso(hi),
    )
    return row  # type: ignore[return-value]


def evidence_rows(
    facts: Iterable[FactRow], replaced: Mapping[str, Iterable[str]] | None = None
) -> list[EvidenceRow]:
    """One :class:`EvidenceRow` per fact key, keys in first-stated order.

    ``facts``: the batch's fact rows (an article at most once per key);
    ``replaced``: for each stored article of the batch, the keys of the facts it
    supported (their old evidence goes; keys it no longer states get removal rows).
    """
    grouped: dict[str, list[FactRow]] = {}
    for fact in facts:
        grouped.setdefault(fact["key"], []).append(fact)
    drops: dict[str, set[str]] = {}
    for article, keys in (replaced or {}).items():
        for key in keys:
            drops.setdefault(key, set()).add(article)
    out = [_row(key, rows, drops.get(key, set())) for key, rows in grouped.items()]
    out += [_row(key, [], drop) for key, drop in drops.items() if key not in grouped]
    return out


def apply_evidence(
    state: dict[str, Any], row: EvidenceRow, published: Mapping[str, dt.date | None]
) -> bool:
    """Merge ``row`` into a fact's NetworkX attributes ``state`` (empty for a new fact).

    What the writer's statements do on the server (there the lists are Evidence
    nodes). ``published`` gives the publication date of every article of the result.
    False when no evidence remains (the fact is deleted).
    """
    drop = set(row["drop"]) | set(row["articles"])
    old = state.get("evidence_articles", [])
    entries = [
        (a, i, *(state[name][i] for name in EVIDENCE_LISTS[1:]))
        for i, a in enumerate(old) if a not in drop
    ]
    fresh = not entries
    entries += [
        (e["article"], j, e["sentence"], e["start"], e["end"], e["confidence"])
        for j, e in enumerate(row["evidence"])
    ]
    entries.sort(key=lambda e: (e[0], e[1]))  # article sets are disjoint
    if not state:
        state.update({name: row[name] for name in _IDENTITY})  # type: ignore[literal-required]
        for name in ("date_start", "date_end"):
            if state[name] is not None:
                state[name] = dt.date.fromisoformat(state[name])
    state["key"] = row["key"]
    for pos, name in enumerate(EVIDENCE_LISTS):
        state[name] = [e[0 if pos == 0 else pos + 1] for e in entries]
    state["articles"] = sorted(set(state["evidence_articles"]))
    state["support"] = len(state["articles"])
    state["confidence"] = max(state["evidence_confidences"], default=0.0)
    state["first_seen"], state["last_seen"] = _span(published.get(a) for a in state["articles"])
    for name in DESCRIPTIVE:
        if fresh or state.get(name) is None:
            state[name] = row[name]  # type: ignore[literal-required]
    for name in [k for k, v in state.items() if v is None]:
        del state[name]  # Neo4j stores no nulls
    return bool(state["articles"])
