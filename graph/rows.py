"""Turn one :class:`Extraction` into the parameter rows of the write statements.

Pure and deterministic: the same extraction always gives the same rows, which is
what makes a reload leave every stored property unchanged. Facts with the same
key inside one article become one row whose evidence entries are sorted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict

from dipgraph.graph.models import Event, Extraction, Fact, Person, partial_date_bounds

__all__ = [
    "ArticleRow",
    "ArticleRows",
    "EntityRow",
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


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleRow(_Row):
    """An Article node: its fields (nulls left out) and the keys of the facts it supports."""

    id: str
    props: dict[str, Scalar | list[str]]


class EntityRow(_Row):
    """An entity node: type label, non-null scalar fields, aliases and (Person) offices."""

    id: str
    label: str
    props: dict[str, Scalar]
    aliases: list[str]
    offices: list[str] | None = None


class MentionRow(_Row):
    """Provenance edges of one article: entities it MENTIONS, events it REPORTS."""

    article: str
    entities: list[str]
    events: list[str]


class LinkRow(_Row):
    """A PARTICIPATED_IN (Person->Event) or HELD_IN (Event->Place) link stated by an article."""

    rel: str
    article: str
    source: str
    target: str
    key: str


class FactRow(_Row):
    """One fact key as stated by one article, with that article's evidence entries."""

    article: str
    published: dt.date | None
    source: str
    target: str
    key: str
    rel: str
    symmetric: bool
    date: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    place: str | None
    what: str | None
    about: str | None
    title: str | None
    mode: str | None
    event: str | None
    cameo: str | None
    sentences: list[str]
    starts: list[int]
    ends: list[int]
    confidences: list[float]


class ArticleRows(_Row):
    """Everything one article writes, in one transaction with the rest of its batch."""

    article: ArticleRow
    entities: list[EntityRow]
    mentions: MentionRow
    facts: list[FactRow]
    links: list[LinkRow]


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


def _entity_row(entity: Any) -> EntityRow:
    props: dict[str, Scalar] = {}
    for name, value in entity:
        if name in _SKIP or value is None:
            continue
        if isinstance(entity, Event) and name == "place":
            continue  # stored as HELD_IN
        if name == "status" and value == "unknown":
            continue  # absent means unknown, so a later known status can fill the gap
        props[name] = value
    offices = None
    if isinstance(entity, Person):
        offices = list(dict.fromkeys(office_string(o.title, o.org) for o in entity.offices))
    return EntityRow(
        id=entity.id,
        label=entity.type,
        props=props,
        aliases=list(dict.fromkeys(entity.aliases)),
        offices=offices,
    )


def _first(facts: list[Fact], name: str) -> str | None:
    for fact in facts:
        value = getattr(fact, name)
        if value is not None:
            return str(value)
    return None


def _fact_row(extraction: Extraction, key: str, facts: list[Fact]) -> FactRow:
    head = facts[0]
    source, target = head.source, head.target
    if head.symmetric and target < source:
        source, target = target, source
    bounds = partial_date_bounds(head.date) if head.date else (None, None)
    evidence = sorted(
        (f.evidence.start, f.evidence.end, f.evidence.sentence, f.confidence) for f in facts
    )
    return FactRow(
        article=extraction.article.id,
        published=extraction.article.published,
        source=source,
        target=target,
        key=key,
        rel=head.rel.value,
        symmetric=head.symmetric,
        date=head.date,
        date_start=bounds[0],
        date_end=bounds[1],
        place=_first(facts, "place"),
        what=_first(facts, "what"),
        about=_first(facts, "about"),
        title=_first(facts, "title"),
        mode=_first(facts, "mode"),
        event=_first(facts, "event"),
        cameo=_first(facts, "cameo"),
        sentences=[e[2] for e in evidence],
        starts=[e[0] for e in evidence],
        ends=[e[1] for e in evidence],
        confidences=[e[3] for e in evidence],
    )


def build_rows(extraction: Extraction) -> ArticleRows:
    """The rows that store ``extraction``: article, entities, provenance, facts, event links."""
    art = extraction.article
    grouped: dict[str, list[Fact]] = {}
    for fact in extraction.facts:
        grouped.setdefault(fact.key(), []).append(fact)
    facts = [_fact_row(extraction, key, group) for key, group in grouped.items()]
    props: dict[str, Scalar | list[str]] = {
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
                key = link_key("PARTICIPATED_IN", pid, entity.id)
                links.append(LinkRow(rel="PARTICIPATED_IN", article=art.id, source=pid,
                                     target=entity.id, key=key))
        if entity.place is not None and entity.place in ids:
            key = link_key("HELD_IN", entity.id, entity.place)
            links.append(LinkRow(rel="HELD_IN", article=art.id, source=entity.id,
                                 target=entity.place, key=key))
    entities = merge_entity_rows(_entity_row(e) for e in extraction.entities)
    return ArticleRows(
        article=ArticleRow(id=art.id, props=props),
        entities=entities,
        mentions=MentionRow(
            article=art.id, entities=[e.id for e in entities], events=list(dict.fromkeys(events))
        ),
        facts=facts,
        links=links,
    )


def merge_entity_rows(rows: Iterable[EntityRow]) -> list[EntityRow]:
    """One row per id, as the write statement would merge them in order.

    Scalars: the first value stays; aliases and offices: union in first-seen order.
    """
    merged: dict[str, EntityRow] = {}
    for row in rows:
        seen = merged.get(row.id)
        if seen is None:
            merged[row.id] = row.model_copy(deep=True)
            continue
        for name, value in row.props.items():
            seen.props.setdefault(name, value)
        seen.aliases.extend(a for a in row.aliases if a not in seen.aliases)
        if row.offices is not None:
            if seen.offices is None:
                seen.offices = []
            seen.offices.extend(o for o in row.offices if o not in seen.offices)
    return list(merged.values())
