"""The JSON document contract, batch extraction, and the country lexicon's coverage."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from spacy.language import Language

from dipgraph.graph.models import Article
from dipgraph.loaders.extract import extract_article, extract_many, prepare, to_document
from dipgraph.loaders.extract.gazetteer import gazetteer, officials_index


@pytest.fixture(scope="module")
def nlp() -> Language:
    return prepare()


def _article(ident: str, text: str) -> Article:
    return Article(id=ident, published=date(2024, 5, 15), text=text,
                   content_hash=hashlib.sha256(text.encode()).hexdigest())


TEXTS = [
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.",
    "Egypt issued a warning to Ethiopia on Tuesday.",
    "Nepal and Bhutan signed the Himalayan Water Accord in 2019.",
]


def test_document_uses_entity_names_for_fact_ends(nlp: Language) -> None:
    doc = to_document(extract_article(_article("a", TEXTS[0]), nlp))
    assert list(doc) == ["article", "entities", "facts"]
    names = {e["name"] for e in doc["entities"]}
    for fact in doc["facts"]:
        assert fact["source"] in names and fact["target"] in names
        assert set(fact["evidence"]) == {"sentence", "start", "end"}
    met = next(f for f in doc["facts"] if f["rel"] == "MET_WITH")
    assert met["place"] == "Nairobi" and met["date"] == "2024-05-13"
    assert doc["article"]["published"] == "2024-05-15"


def test_extract_many_matches_extract_article_in_order(nlp: Language) -> None:
    articles = [_article(str(i), t) for i, t in enumerate(TEXTS)]
    batch = [to_document(x) for x in extract_many(articles, nlp, batch_size=2)]
    single = [to_document(extract_article(a, nlp)) for a in articles]
    assert batch == single
    assert [d["article"]["id"] for d in batch] == ["0", "1", "2"]


def test_country_lexicon_covers_every_iso_state_with_common_names() -> None:
    gaz = gazetteer()
    assert len(gaz.countries) >= 249
    for surface, iso in [("South Korea", "KOR"), ("ROK", "KOR"), ("DPRK", "PRK"),
                         ("U.S.", "USA"), ("UK", "GBR"), ("Russia", "RUS"), ("Iran", "IRN"),
                         ("Vietnam", "VNM"), ("Filipino", "PHL"), ("Emirati", "ARE"),
                         ("Ivory Coast", "CIV"), ("Turkiye", "TUR")]:
        assert gaz.lookup_country(surface) == iso, surface
    assert gaz.capitals["Pyongyang"] == "PRK"
    assert sum(1 for c in gaz.countries.values() if c.capitals) >= 150


def test_no_state_is_named_in_isos_inverted_form() -> None:
    gaz = gazetteer()
    inverted = [c.name for c in gaz.countries.values() if ", " in c.name]
    assert inverted == ["Bonaire, Sint Eustatius and Saba",
                        "Saint Helena, Ascension and Tristan da Cunha"]  # (lists, not inverted)
    assert gaz.countries["FSM"].name == "Micronesia"
    assert gaz.lookup_country("Federated States of Micronesia") == "FSM"


def test_office_holders_are_looked_up_without_accents_case_or_hyphens() -> None:
    gaz = gazetteer()
    assert gaz.official_state("Abdel Fattah el-Sisi") == "EGY"
    assert gaz.official_state("ABDEL FATTAH EL SISI") == "EGY"
    assert gaz.official_state("Luiz Inácio Lula da Silva") == "BRA"
    assert gaz.official_state("Jane Unknown-Person") is None


def test_a_name_listed_for_two_states_places_nobody() -> None:
    index = officials_index({"ESP": ["Ana Ruiz", "Luis Mora"], "COL": ["Ana Ruiz"]})
    assert index == {"luis mora": "ESP"}
