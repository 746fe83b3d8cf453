"""Result models of the corpus scorer, and the lenient readers of gold and system JSON.

The readers take only the fields that are scored and ignore the rest (evidence,
``what``, offices...), so both the gold format and the system document contract
can grow without breaking the scorer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator

__all__ = [
    "ArticleScore",
    "CorpusScore",
    "DateMiss",
    "DateScore",
    "EntityRef",
    "Prf",
    "TripleRef",
]


class _Lenient(BaseModel):
    """Input documents: only the fields scored are read; others (evidence, what, ...) pass."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class _EntityIn(_Lenient):
    type: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    optional: bool = False

    @field_validator("aliases", mode="before")
    @classmethod
    def _no_null(cls, value: Any) -> Any:
        return [] if value is None else value


class _FactIn(_Lenient):
    rel: str
    source: str
    target: str
    date: str | None = None
    optional: bool = False


class _Doc(_Lenient):
    article: dict[str, Any] = Field(default_factory=dict)
    entities: list[_EntityIn] = Field(default_factory=list)
    facts: list[_FactIn] = Field(default_factory=list)


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Prf(_Out):
    """Counts of one comparison and the micro precision, recall and F1 they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Prf) -> Prf:
        return Prf(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class DateScore(_Out):
    """Dated gold facts on found triples (``total``) and how many got their date."""

    total: int = 0
    correct: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: DateScore) -> DateScore:
        return DateScore(total=self.total + other.total, correct=self.correct + other.correct)


class TripleRef(_Out):
    """A triple for people: gold names for missed ones, system names for spurious ones."""

    rel: str
    source: str
    target: str


class EntityRef(_Out):
    type: str
    name: str


class DateMiss(_Out):
    """A found triple whose gold dates the system did not all give."""

    triple: TripleRef
    gold: list[str]
    system: list[str]


class ArticleScore(_Out):
    """The score of one article, with what was missed and what was spurious."""

    article: str
    facts: Prf
    relations: dict[str, Prf]
    entities: Prf
    entity_types: dict[str, Prf]
    dates: DateScore
    missed: list[TripleRef] = Field(default_factory=list)
    spurious: list[TripleRef] = Field(default_factory=list)
    date_misses: list[DateMiss] = Field(default_factory=list)
    missed_entities: list[EntityRef] = Field(default_factory=list)
    spurious_entities: list[EntityRef] = Field(default_factory=list)


def _sum_by_key(parts: Iterable[dict[str, Prf]]) -> dict[str, Prf]:
    total: dict[str, Prf] = {}
    for part in parts:
        for key, prf in part.items():
            total[key] = total.get(key, Prf()) + prf
    return dict(sorted(total.items()))


class CorpusScore(_Out):
    """Micro-averaged scores over a corpus, and each article's own."""

    articles: list[ArticleScore]
    facts: Prf
    relations: dict[str, Prf]
    entities: Prf
    entity_types: dict[str, Prf]
    dates: DateScore

    @classmethod
    def from_articles(cls, articles: list[ArticleScore]) -> CorpusScore:
        """Sum the counts of ``articles``; P/R/F1 follow from the sums (micro average)."""
        return cls(
            articles=articles,
            facts=sum((a.facts for a in articles), Prf()),
            relations=_sum_by_key(a.relations for a in articles),
            entities=sum((a.entities for a in articles), Prf()),
            entity_types=_sum_by_key(a.entity_types for a in articles),
            dates=sum((a.dates for a in articles), DateScore()),
        )
