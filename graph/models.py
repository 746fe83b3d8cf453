"""The domain model: entities, facts with evidence, articles, and one extraction.

Loaders produce an :class:`Extraction`; the writer stores it in Neo4j; the
NetworkX layer converts it. All models forbid unknown fields, so a typo is an
error that names the field.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from dipgraph.graph.relations import RelationType, relation_info

__all__ = [
    "Accord",
    "AccordStatus",
    "Article",
    "Country",
    "Entity",
    "EntityType",
    "Event",
    "EventKind",
    "Evidence",
    "Extraction",
    "Fact",
    "MeetingMode",
    "Office",
    "Organization",
    "PartialDate",
    "Person",
    "Place",
    "partial_date_bounds",
]

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _check_partial_date(value: str) -> str:
    if not _PARTIAL_DATE.match(value):
        raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if len(value) == 10:
        date.fromisoformat(value)  # rejects 2023-02-30
    return value


#: An ISO date that keeps the granularity that is known: ``2023``, ``2023-07``, ``2023-07-14``.
PartialDate = Annotated[str, AfterValidator(_check_partial_date)]


def partial_date_bounds(value: str) -> tuple[date, date]:
    """First and last day covered by a partial date: '2023-07' -> (2023-07-01, 2023-07-31)."""
    _check_partial_date(value)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(parts[0], parts[1], parts[2])
        return day, day
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return start, date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=True)


EntityType = Literal["Person", "Country", "Organization", "Accord", "Place", "Event"]
EventKind = Literal["meeting", "visit", "call", "summit", "signing"]
AccordStatus = Literal["unknown", "signed", "in_force", "suspended", "withdrawn", "terminated"]
MeetingMode = Literal["in_person", "phone", "video"]


class Office(_Strict):
    """An office a person holds: 'Foreign Minister' of ``country:CHN``."""

    title: str = Field(min_length=1)
    org: str = Field(description="id of the Country or Organization the office belongs to")


class _EntityBase(_Strict):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class Person(_EntityBase):
    type: Literal["Person"] = "Person"
    country: str | None = Field(default=None, description="id of the person's country")
    offices: list[Office] = Field(default_factory=list)


class Country(_EntityBase):
    type: Literal["Country"] = "Country"
    iso3: str = Field(pattern=r"^[A-Z]{3}$")


class Organization(_EntityBase):
    type: Literal["Organization"] = "Organization"


class Accord(_EntityBase):
    type: Literal["Accord"] = "Accord"
    kind: str = "agreement"
    date: PartialDate | None = None
    status: AccordStatus = "unknown"


class Place(_EntityBase):
    type: Literal["Place"] = "Place"
    country: str | None = Field(default=None, description="id of the country it lies in")


class Event(_EntityBase):
    type: Literal["Event"] = "Event"
    kind: EventKind
    date: PartialDate | None = None
    place: str | None = Field(default=None, description="id of the Place")
    participants: list[str] = Field(default_factory=list, description="Person ids")


Entity = Annotated[
    Person | Country | Organization | Accord | Place | Event, Field(discriminator="type")
]


class Evidence(_Strict):
    """Where a fact is stated: the article, the sentence and its character span."""

    article_id: str = Field(min_length=1)
    sentence: str
    start: int = Field(ge=0, description="offset of the sentence's first character")
    end: int = Field(ge=0, description="offset after the sentence's last character")

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("end must not be before start")
        return self


class Fact(_Strict):
    """One stated relation between two entities (by id), with its evidence."""

    rel: RelationType
    source: str = Field(min_length=1, description="entity id")
    target: str = Field(min_length=1, description="entity id")
    date: PartialDate | None = None
    place: str | None = Field(default=None, description="id of the Place")
    what: str | None = None
    about: str | None = None
    title: str | None = Field(default=None, description="the office, for HOLDS_OFFICE")
    mode: MeetingMode | None = None
    event: str | None = Field(default=None, description="id of the Event it belongs to")
    cameo: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: Evidence

    @model_validator(mode="after")
    def _defaults(self) -> Fact:
        if self.source == self.target:
            raise ValueError("source and target must differ")
        if self.cameo is None:
            self.cameo = relation_info(self.rel).cameo
        return self

    @property
    def symmetric(self) -> bool:
        return relation_info(self.rel).symmetric

    def key(self) -> str:
        """The identity of the fact across articles: type, ends, date.

        Symmetric relations have unordered ends. Two articles reporting the same
        meeting give the same key; two meetings on two dates give two keys.
        """
        a, b = self.source, self.target
        if self.symmetric and b < a:
            a, b = b, a
        return "|".join((self.rel.value, a, b, self.date or ""))


class Article(_Strict):
    """A source article; ``text`` is kept for extraction and not stored in the graph."""

    id: str = Field(min_length=1)
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    path: str | None = None
    content_hash: str = Field(min_length=1)
    text: str = Field(default="", repr=False)


class Extraction(_Strict):
    """Everything one article yields: the article, its entities and its facts."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)

    @model_validator(mode="after")
    def _facts_reference_entities(self) -> Extraction:
        ids = {e.id for e in self.entities}
        for i, fact in enumerate(self.facts):
            for end in ("source", "target"):
                if getattr(fact, end) not in ids:
                    raise ValueError(f"facts[{i}].{end}: unknown entity id {getattr(fact, end)!r}")
        return self

    def entity(self, entity_id: str) -> Person | Country | Organization | Accord | Place | Event:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)
