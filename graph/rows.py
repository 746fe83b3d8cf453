"""Turn one :class:`Extraction` into the plain-dict parameter rows of the write statements.

Pure and deterministic: the same extraction always gives the same rows, which is
what makes a reload leave every stored property unchanged. Rows are ``TypedDict``
s built straight from the validated extraction (no model per row: this runs once
per fact on the load path). Facts with the same key inside one article become one
row whose evidence entries are sorted by position.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypedDict

from dipgraph.graph.models import Event, Extraction, Fact, Person, partial_date_bounds
from dipgraph.graph.relations import RELATIONS

__all__ = [
    "DESCRIPTIVE",
    "FACT_FIELDS",
    "ArticleRow",
    "ArticleRows",
    "EntityRow",
    "FactFields",
    "FactRow",
    "LinkRow",
    "MentionRow",
    "build_rows",
    "link_key",
    "merge_entity_rows",
    "office_string",
    "parse_office",
]

Scalar = str | int | float | bool | dt.date


class ArticleRow(TypedDict):
    """An Article node: its fields (nulls left out) and the keys of the facts it supports."""

    id: str
    props: dict[str, Any]


class EntityRow(TypedDict):
    """An entity node: type label, non-null scalar fields, aliases and (Person) offices."""

    id: str
    label: str
    props: dict[str, Scalar]
    aliases: list[str]
    offices: list[str] | None


class MentionRow(TypedDict):
    """Provenance edges of one article: entities it MENTIONS, events it REPORTS."""

    article: str
    entities: list[str]
    events: list[str]


class LinkRow(TypedDict):
    """A PARTICIPATED_IN (Person->Event) or HELD_IN (Event->Place) link stated by an article."""

    rel: str
    article: str
    source: str
    target: str
    key: str


class FactFields(TypedDict):
    """What identifies and describes a fact key; shared by FactRow and EvidenceRow."""

    source: str
    target: str
    key: str
    rel: str
    symmetric: bool
    date: str | None
    place: str | None
    what: str | None
    about: str | None
    title: str | None
    mode: str | None
    event: str | None
    cameo: str | None


class FactRow(FactFields):
    """One fact key as stated by one article, with that article's evidence entries
    (one per sentence start, sorted by position)."""

    article: str
    published: dt.date | None
    date_start: dt.date | None
    date_end: dt.date | None
    sentences: list[str]
    starts: list[int]
    ends: list[int]
    confidences: list[float]


@dataclass(slots=True)
class ArticleRows:
    """Everything one article writes, in one transaction with the rest of its batch."""

    article: ArticleRow
    entities: list[EntityRow]
    mentions: MentionRow
    facts: list[FactRow]
    links: list[LinkRow]


#: Descriptive fact fields; the first known value stays (also in graph.evidence).
DESCRIPTIVE = ("place", "what", "about", "title", "mode", "event", "cameo")
#: Every field of :class:`FactFields`, in declaration order.
FACT_FIELDS: tuple[str, ...] = tuple(FactFields.__annotations__)


def office_string(title: str, org: str) -> str:
    """A Person's office flattened for storage: ``"<org id>|<title>"`` (ids hold no ``|``)."""
    return f"{org}|{title}"


def parse_office(value: str) -> tuple[str, str]:
    """Inverse of :func:`office_string`: ``(title, org)``."""
    org, _, title = value.partition("|")
    return title, org


def link_key(rel: str, source: str, target: str) -> str:
    """The key of an event link, like a fact key: ``PARTICIPATED_IN|person:x|event:y``."""
    return f"{rel}|{source}|{target}"


_SKIP = {"id", "type", "aliases", "offices", "participants"}
_SYMMETRIC = {rel: info.symmetric for rel, info in RELATIONS.items()}


@lru_cache(maxsize=8192)
def _bounds(date: str) -> tuple[dt.date, dt.date]:
    return partial_date_bounds(date)


def _entity_row(entity: Any) -> EntityRow:
    props: dict[str, Scalar] = {}
    is_event = isinstance(entity, Event)
    for name, value in entity.__dict__.items():
        if value is None or name in _SKIP:
            continue
        if is_event and name == "place":
            continue  # stored as HELD_IN
        if name == "status" and value == "unknown":
            continue  # absent means unknown, so a later known status can fill the gap
        props[name] = value
    offices = None
    if isinstance(entity, Person):
        offices = list(dict.fromkeys(office_string(o.title, o.org) for o in entity.offices))
    return {
        "id": entity.id,
        "label": entity.type,
        "props": props,
        "aliases": list(dict.fromkeys(entity.aliases)),
        "offices": offices,
    }


def _fact_row(article: str, published: dt.date | None, key: str, facts: list[Fact]) -> FactRow:
    head = facts[0]
    source, target = head.source, head.target
    symmetric = _SYMMETRIC[head.rel]
    if symmetric and target < source:
        source, target = target, source
    bounds = _bounds(head.date) if head.date else (None, None)
    ordered = facts if len(facts) == 1 else _one_per_start(facts)
    row: dict[str, Any] = {
        "article": article,
        "published": published,
        "source": source,
        "target": target,
        "key": key,
        "rel": head.rel.value,
        "symmetric": symmetric,
        "date": head.date,
        "date_start": bounds[0],
        "date_end": bounds[1],
        "sentences": [f.evidence.sentence for f in ordered],
        "starts": [f.evidence.start for f in ordered],
        "ends": [f.evidence.end for f in ordered],
        "confidences": [f.confidence for f in ordered],
    }
    for name in DESCRIPTIVE:  # the first fact of the article that states it
        row[name] = next((str(v) for f in facts if (v := getattr(f, name)) is not None), None)
    return row  # type: ignore[return-value]


def _one_per_start(facts: list[Fact]) -> list[Fact]:
    """Sorted by position, one per sentence start (an Evidence node is one per
    key, article and start): the most confident, then the shortest span, wins."""
    best: dict[int, Fact] = {}
    for f in sorted(facts, key=lambda f: (f.evidence.start, -f.confidence, f.evidence.end,
                                          f.evidence.sentence)):
        best.setdefault(f.evidence.start, f)
    return list(best.values())


def build_rows(extraction: Extraction) -> ArticleRows:
    """All parameter rows of one extraction (plain dicts)."""
    art = extraction.article
    grouped: dict[str, list[Fact]] = {}
    for fact in extraction.facts:  # Fact.key(), without its per-call table lookups
        a, b = fact.source, fact.target
        if b < a and _SYMMETRIC[fact.rel]:
            a, b = b, a
        grouped.setdefault(f"{fact.rel.value}|{a}|{b}|{fact.date or ''}", []).append(fact)
    facts = [_fact_row(art.id, art.published, key, group) for key, group in grouped.items()]
    props: dict[str, Any] = {
        name: value
        for name, value in (
            ("id", art.id),
            ("title", art.title),
            ("source", art.source),
            ("url", art.url),
            ("published", art.published),
            ("path", art.path),
            ("content_hash", art.content_hash),
        )
        if value is not None
    }
    props["fact_keys"] = sorted(grouped)
    ids = {e.id for e in extraction.entities}
    links: list[LinkRow] = []
    events: list[str] = []
    for entity in extraction.entities:
        if not isinstance(entity, Event):
            continue
        events.append(entity.id)
        for pid in dict.fromkeys(entity.participants):
            if pid in ids:
                links.append({"rel": "PARTICIPATED_IN", "article": art.id, "source": pid,
                              "target": entity.id,
                              "key": link_key("PARTICIPATED_IN", pid, entity.id)})
        if entity.place is not None and entity.place in ids:
            links.append({"rel": "HELD_IN", "article": art.id, "source": entity.id,
                          "target": entity.place,
                          "key": link_key("HELD_IN", entity.id, entity.place)})
    entities = [_entity_row(e) for e in extraction.entities]
    if len({e["id"] for e in entities}) < len(entities):
        entities = merge_entity_rows(entities)
    return ArticleRows(
        article={"id": art.id, "props": props},
        entities=entities,
        mentions={"article": art.id, "entities": [e["id"] for e in entities],
                  "events": list(dict.fromkeys(events))},
        facts=facts,
        links=links,
    )


def merge_entity_rows(rows: Iterable[EntityRow]) -> list[EntityRow]:
    """One row per id, as the write statement would merge them in order.

    Scalars: the first value stays; aliases and offices: union in first-seen order.
    The input rows are not modified (a row is copied when a second one merges into it).
    """
    merged: dict[str, EntityRow] = {}
    copied: set[str] = set()
    for row in rows:
        ident = row["id"]
        seen = merged.get(ident)
        if seen is None:
            merged[ident] = row
            continue
        if ident not in copied:
            copied.add(ident)
            merged[ident] = seen = {
                "id": ident, "label": seen["label"], "props": dict(seen["props"]),
                "aliases": list(seen["aliases"]),
                "offices": None if seen["offices"] is None else list(seen["offices"]),
            }
        props = seen["props"]
        for name, value in row["props"].items():
            props.setdefault(name, value)
        aliases = seen["aliases"]
        aliases.extend(a for a in row["aliases"] if a not in aliases)
        if row["offices"] is not None:
            offices = seen["offices"] if seen["offices"] is not None else []
            offices.extend(o for o in row["offices"] if o not in offices)
            seen["offices"] = offices
    return list(merged.values())
