"""Hostile text through the extractor: quotes, Cypher, control, RTL and combining
characters never raise, and every extraction is a valid model pointing into its text."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from dipgraph.graph.models import Article, Extraction
from dipgraph.loaders.extract import extract_article, prepare

#: Fragments an attacker or a broken scraper could put in a name or a sentence.
HOSTILE = [
    "'}) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    "`Person`", "{id: $x}", "$password", "\\u0027", "\\",
    "CALL dbms.components()", "LOAD CSV FROM 'file:///etc/passwd' AS l",
    "\u202eevil\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
    "e\u0301\u0301\u0301", "Z\u0351\u0352\u0353alg\u0300o", "\x00", "\x07\x1b[31m", "\r\n\t",
    "\ufeff", "\U0001f600", "A" * 300,
]
NAMES = ["Anna Berg", "Carlos Mendez", "O'Brien", "Jean-Luc d'Arc"]

fragments = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(NAMES),
    st.text(st.characters(codec="utf-8"), max_size=30),
)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Article-like text: sentences about invented people with hostile bits inside."""
    name = draw(fragments)
    other = draw(fragments)
    lead = f"Norway Foreign Minister {name} met with Chile Foreign Minister {other} in Geneva."
    noise = draw(st.lists(fragments, max_size=6))
    return " ".join([lead, *noise, f"{name} urged Chile to sign the Treaty of {other}."])


@pytest.fixture(scope="module")
def nlp() -> Language:
    return prepare()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_texts())
def test_extractor_never_raises_on_hostile_text_and_evidence_points_into_it(
    nlp: Language, text: str
) -> None:
    stripped = text.strip()
    article = Article(
        id="article:hostile",
        content_hash=hashlib.sha256(stripped.encode()).hexdigest(),
        text=stripped,
    )
    extraction = extract_article(article, nlp)
    again = Extraction.model_validate(extraction.model_dump())  # still a valid model
    assert again == extraction
    for fact in extraction.facts:
        ev = fact.evidence
        assert ev.article_id == article.id
        assert 0 <= ev.start <= ev.end <= len(stripped)
