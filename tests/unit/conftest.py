"""Shared set-up for the extractor's unit tests: one spaCy pipeline per session (loading it
is the slow part) and a `run` fixture that extracts one invented article into its JSON
document, plus the small readers the test files use on that document."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, Protocol

import pytest
from spacy.language import Language

from dipgraph.graph.models import Article
from dipgraph.loaders.extract import extract_article, prepare, to_document

__all__ = ["PUB", "Run", "accord_names", "dated", "offices", "triples"]

PUB = date(2024, 5, 15)  # a Wednesday


class Run(Protocol):
    """Extract `text` as an article published on `published`; return its JSON document."""

    def __call__(self, text: str, published: date = ...) -> dict[str, Any]: ...


@pytest.fixture(scope="session")
def nlp() -> Language:
    return prepare()


@pytest.fixture(scope="session")
def run(nlp: Language) -> Run:
    def _run(text: str, published: date = PUB) -> dict[str, Any]:
        art = Article(id="t", published=published, text=text,
                      content_hash=hashlib.sha256(text.encode()).hexdigest())
        return to_document(extract_article(art, nlp))
    return _run


def triples(doc: dict[str, Any], rel: str | None = None) -> set[tuple[str, str, str]]:
    """The document's facts as (relation, source, target), optionally of one relation."""
    return {(f["rel"], f["source"], f["target"]) for f in doc["facts"]
            if rel is None or f["rel"] == rel}


def pairs(doc: dict[str, Any], rel: str) -> set[tuple[str, str]]:
    """(source, target) of the document's facts of one relation."""
    return {(s, t) for _, s, t in triples(doc, rel)}


def dated(doc: dict[str, Any], rel: str) -> set[tuple[str, str, str | None]]:
    """The document's facts of one relation as (source, target, date)."""
    return {(f["source"], f["target"], f["date"]) for f in doc["facts"] if f["rel"] == rel}


def offices(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """The document's HOLDS_OFFICE facts as (person, office-holding entity)."""
    return {(s, t) for _, s, t in triples(doc, "HOLDS_OFFICE")}


def titles(doc: dict[str, Any]) -> set[tuple[str, str, str]]:
    """The document's HOLDS_OFFICE facts as (person, office-holding entity, title)."""
    return {(f["source"], f["target"], f["title"]) for f in doc["facts"]
            if f["rel"] == "HOLDS_OFFICE"}


def accord_names(doc: dict[str, Any]) -> list[str]:
    """The names of the document's Accord entities, in its order."""
    return [e["name"] for e in doc["entities"] if e["type"] == "Accord"]
