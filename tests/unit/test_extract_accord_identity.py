"""Which accord node a mention becomes across articles: a named accord is one node
wherever it is named; a described one ('an agreement on fisheries') is one node per set of
parties, or per article when no party is known. Invented sentences."""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.language import Language

from dipgraph.graph import ids
from dipgraph.graph.models import Article
from dipgraph.loaders.extract import extract_article, to_document


def _doc(nlp: Language, text: str, article: str) -> dict[str, Any]:
    art = Article(id=article, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())
    return to_document(extract_article(art, nlp))


def _accord(doc: dict[str, Any]) -> dict[str, Any]:
    (accord,) = [e for e in doc["entities"] if e["type"] == "Accord"]
    return accord


def test_two_pairs_agreements_with_one_wording_are_two_accords(nlp: Language) -> None:
    one = _doc(nlp, "Kenya and Tanzania signed an agreement on fisheries on Monday.", "a1")
    two = _doc(nlp, "Chile and Peru signed an agreement on fisheries on Monday.", "a2")
    a, b = _accord(one), _accord(two)
    assert a["name"] == b["name"] == "agreement on fisheries"
    assert a["id"] != b["id"]
    assert {f["target"] for f in one["facts"] if f["rel"] == "SIGNED"} == {a["name"]}


def test_a_described_accord_carries_its_pairs_name_as_an_alias(nlp: Language) -> None:
    doc = _doc(nlp, "Kenya and Tanzania signed an agreement on fisheries on Monday.", "a1")
    assert "Kenya-Tanzania agreement on fisheries" in _accord(doc)["aliases"]


def test_a_pairs_name_is_an_alias_in_either_order(nlp: Language) -> None:
    doc = _doc(nlp, "Kenya and Tanzania signed an agreement on fisheries on Monday.", "a1")
    assert "Tanzania-Kenya agreement on fisheries" in _accord(doc)["aliases"]


def test_the_same_pair_and_wording_in_two_articles_is_one_accord(nlp: Language) -> None:
    one = _doc(nlp, "Kenya and Tanzania signed an agreement on fisheries on Monday.", "a1")
    two = _doc(nlp, "Tanzania and Kenya signed an agreement on fisheries last year.", "a2")
    assert _accord(one)["id"] == _accord(two)["id"]


def test_a_described_accord_signed_by_a_body_is_keyed_by_it(nlp: Language) -> None:
    one = _doc(nlp, "The African Union signed an agreement on fisheries on Monday.", "a1")
    two = _doc(nlp, "The African Union signed an agreement on fisheries in May.", "a2")
    three = _doc(nlp, "The European Union signed an agreement on fisheries on Monday.", "a3")
    assert _accord(one)["id"] == _accord(two)["id"] != _accord(three)["id"]


def test_a_described_accord_without_a_known_party_stays_in_its_article(
        nlp: Language) -> None:
    text = "Businessman John Okafor signed an agreement on fisheries on Monday."
    one, two = _doc(nlp, text, "a1"), _doc(nlp, text, "a2")
    assert _accord(one)["id"] != _accord(two)["id"]


def test_a_named_accord_is_one_node_across_articles(nlp: Language) -> None:
    one = _doc(nlp, "Kenya signed the Lamu Fisheries Treaty on Monday.", "a1")
    two = _doc(nlp, "Chile signed the Lamu Fisheries Treaty on Monday.", "a2")
    assert _accord(one)["id"] == _accord(two)["id"] == "accord:lamu-fisheries-treaty"


def test_an_accord_id_does_not_depend_on_the_parties_order() -> None:
    assert ids.accord_id("x", ["country:TZA", "country:KEN"]) == \
        ids.accord_id("x", ["country:KEN", "country:TZA", "country:KEN"]) == "accord:x@KEN+TZA"
    assert ids.accord_id("x", [], "a1") != ids.accord_id("x", [], "a2")
    assert ids.accord_id("x") == "accord:x"
