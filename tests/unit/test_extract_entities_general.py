"""Offices, references and entity typing in general form, each on a short invented
sentence: appositive and possessive offices, shared plural titles, bare titles read
from their sentence, role references by title and country, state organs acting for
their state, names typed by their head word, and shared short country names."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from dipgraph.graph.models import Article
from dipgraph.loaders.extract import extract_article, prepare, to_document
from dipgraph.loaders.extract.gazetteer import gazetteer

PUB = date(2024, 5, 15)  # a Wednesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return prepare()


def run(nlp: Language, text: str) -> dict[str, Any]:
    art = Article(id="e", published=PUB, text=text,
                  content_hash=hashlib.sha256(text.encode()).hexdigest())
    return to_document(extract_article(art, nlp))


def triples(doc: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(f["rel"], f["source"], f["target"]) for f in doc["facts"]}


def offices(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(s, t) for r, s, t in triples(doc) if r == "HOLDS_OFFICE"}


def typed(doc: dict[str, Any], kind: str) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["type"] == kind}


@pytest.mark.parametrize("text", [
    "Lena Koss, Estonia's foreign minister, met Latvian President Anders Berg on Monday.",
    "The Foreign Minister of Estonia, Lena Koss, met Latvian President Anders Berg on Monday.",
    "Foreign Minister of Estonia Lena Koss met Latvian President Anders Berg on Monday.",
    "Estonia rejected the plan on Monday. Its foreign minister, Lena Koss, met Latvian "
    "President Anders Berg on Tuesday.",
    "Estonia rejected the plan on Monday. Lena Koss, the country's foreign minister, met "
    "Latvian President Anders Berg on Tuesday.",
])
def test_appositive_and_of_phrase_offices(nlp: Language, text: str) -> None:
    doc = run(nlp, text)
    assert ("Lena Koss", "Estonia") in offices(doc)
    assert ("Anders Berg", "Latvia") in offices(doc)


def test_possessive_names_in_a_list_take_the_listed_title(nlp: Language) -> None:
    doc = run(nlp, "The pact was signed by Peruvian President Ana Rojas, Bolivia's Jorge Mendoza "
                   "and Ecuador's Marta Lema on Monday.")
    got = offices(doc)
    assert {("Jorge Mendoza", "Bolivia"), ("Marta Lema", "Ecuador")} <= got
    person = next(e for e in doc["entities"] if e["name"] == "Jorge Mendoza")
    assert person["title"] == "President"


@pytest.mark.parametrize("text", [
    "Greek and Cypriot foreign ministers Nikos Andreou and Eleni Pavlou met in Athens.",
    "The foreign ministers of Greece and Cyprus, Nikos Andreou and Eleni Pavlou, met in Athens.",
    "Foreign ministers Nikos Andreou of Greece and Eleni Pavlou of Cyprus met in Athens.",
])
def test_a_plural_title_is_shared_by_coordinated_names_in_order(nlp: Language,
                                                                  text: str) -> None:
    assert {("Nikos Andreou", "Greece"), ("Eleni Pavlou", "Cyprus")} <= offices(run(nlp, text))


def test_a_bare_title_takes_the_one_state_its_sentence_makes_an_actor(nlp: Language) -> None:
    doc = run(nlp, "President Omar Saleh signed the decree, which Sudan had long delayed.")
    assert ("Omar Saleh", "Sudan") in offices(doc)


def test_a_bare_title_takes_no_state_its_holder_only_talks_about(nlp: Language) -> None:
    doc = run(nlp, "Defence Minister Omar Saleh said that Chad was massing troops.")
    assert not any(s == "Omar Saleh" for s, _t in offices(doc))


def test_a_counterpart_state_is_not_the_first_persons_state(nlp: Language) -> None:
    doc = run(nlp, "Prime Minister Omar Saleh and his Chadian counterpart Idriss Mahamat "
                   "signed the accord.")
    got = offices(doc)
    assert ("Idriss Mahamat", "Chad") in got
    assert ("Omar Saleh", "Chad") not in got


def test_ministry_spokesperson_belongs_to_the_ministrys_state(nlp: Language) -> None:
    doc = run(nlp, "Japan's Foreign Ministry spokesperson Aiko Mori criticised North Korea.")
    assert ("Aiko Mori", "Japan") in offices(doc)


def test_office_in_a_body_of_an_organisation(nlp: Language) -> None:
    doc = run(nlp, "The African Union commission chairman, Amadou Diallo, welcomed the deal.")
    assert ("Amadou Diallo", "African Union Commission") in offices(doc)


def test_hyphenated_title_of_an_organisation(nlp: Language) -> None:
    doc = run(nlp, "UN Secretary-General Maria Fonseca urged Mali to release the detainees.")
    assert ("Maria Fonseca", "United Nations") in offices(doc)
    person = next(e for e in doc["entities"] if e["name"] == "Maria Fonseca")
    assert person["title"] == "Secretary-General"


def test_name_with_particles_after_a_title(nlp: Language) -> None:
    doc = run(nlp, "Commission President Karl von der Brugge flew to Lisbon on Monday.")
    assert "Karl von der Brugge" in typed(doc, "Person")


def test_the_minister_is_the_one_minister_named(nlp: Language) -> None:
    doc = run(nlp, "Peruvian President Ana Rojas received Chilean Foreign Minister Luis Vera "
                   "on Monday. The minister urged Peru to lower tariffs.")
    assert ("REQUESTED", "Luis Vera", "Peru") in triples(doc)


def test_the_minister_is_nobody_when_two_could_be_meant(nlp: Language) -> None:
    doc = run(nlp, "Peruvian Foreign Minister Ana Rojas met Chilean Foreign Minister Luis Vera "
                   "on Monday. The minister urged Bolivia to lower tariffs.")
    assert not any(r == "REQUESTED" for r, _s, _t in triples(doc))


def test_the_national_leader_is_the_head_not_the_last_compatriot(nlp: Language) -> None:
    doc = run(nlp, "Ghanaian President Kofi Boateng and Ghanaian Foreign Minister Ama Owusu met "
                   "Togolese President Eyadema Kpatcha in Lome on Monday. Owusu spoke first. "
                   "The Ghanaian leader urged Togo to reopen the border.")
    got = triples(doc)
    assert ("REQUESTED", "Kofi Boateng", "Togo") in got
    assert ("REQUESTED", "Ama Owusu", "Togo") not in got


def test_ministry_acts_for_its_state(nlp: Language) -> None:
    doc = run(nlp, "The Egyptian Foreign Ministry condemned the raid on Sunday. Later, "
                   "Jordan's Foreign Ministry criticised Israel.")
    assert ("CRITICIZED", "Jordan", "Israel") in triples(doc)
    assert "Jordan's Foreign Ministry" in typed(doc, "Organization")
    assert "Jordan" in typed(doc, "Country")


def test_seat_of_government_acts_for_its_state(nlp: Language) -> None:
    doc = run(nlp, "The Kremlin criticised Finland on Tuesday.")
    assert ("CRITICIZED", "Russia", "Finland") in triples(doc)


@pytest.mark.parametrize(("text", "name"), [
    ("The Lake Tana Basin Authority urged Sudan to share data.", "Lake Tana Basin Authority"),
    ("The Alliance of Andean States urged Peru to share data.", "Alliance of Andean States"),
    ("The Central Asian Development Bank backed Mongolia.", "Central Asian Development Bank"),
    ("The Collective Security Treaty Organization criticised Russia.",
     "Collective Security Treaty Organization"),
])
def test_multiword_names_are_typed_by_their_head_word(nlp: Language, text: str,
                                                      name: str) -> None:
    doc = run(nlp, text)
    assert name in typed(doc, "Organization")
    assert not typed(doc, "Accord") and name not in typed(doc, "Place")


@pytest.mark.parametrize(("text", "name"), [
    ("The UN Environment Programme backed Kenya.", "UN Environment Programme"),
    ("The U.N. Environment Program backed Kenya.", "UN Environment Programme"),
    ("The United Nations Environment Programme backed Kenya.", "UN Environment Programme"),
])
def test_un_bodies_are_one_organisation_however_written(nlp: Language, text: str,
                                                        name: str) -> None:
    doc = run(nlp, text)
    assert typed(doc, "Organization") == {name}
    assert ("SUPPORTED", name, "Kenya") in triples(doc)


def test_acronym_the_ner_calls_an_organisation(nlp: Language) -> None:
    doc = run(nlp, "Uganda pledged to disarm the ADF, a militia active in the east.")
    assert "ADF" in typed(doc, "Organization")


def test_towns_after_city_of_are_places(nlp: Language) -> None:
    doc = run(nlp, "Rebels seized the eastern towns of Kamanyola and Uvira, and the leaders "
                   "later met in the coastal city of Mar del Plata.")
    assert {"Kamanyola", "Uvira", "Mar del Plata"} <= typed(doc, "Place")


def test_bracketed_acronym_inside_a_treaty_name(nlp: Language) -> None:
    doc = run(nlp, "Belarus pulled out of the Open Skies Consultative (OSC) Treaty on Tuesday.")
    assert "Open Skies Consultative Treaty" in typed(doc, "Accord")


def test_capital_naming_a_process_is_not_its_state(nlp: Language) -> None:
    doc = run(nlp, "Kenya backed the Doha peace process on Monday.")
    assert "Qatar" not in typed(doc, "Country")
    assert not any(t == "Qatar" for _r, _s, t in triples(doc))


def test_congo_is_the_state_the_article_names_in_full() -> None:
    gaz = gazetteer()
    assert gaz.lookup_country("Democratic Republic of Congo") == "COD"
    assert gaz.lookup_country("Republic of Congo") == "COG"


@pytest.mark.parametrize(("text", "state"), [
    ("Congo and Rwanda signed a truce on Friday. The Democratic Republic of Congo accused "
     "Rwanda of backing the rebels.", "DR Congo"),
    ("Congo and Rwanda signed a truce on Friday.", "DR Congo"),
    ("The Republic of Congo and Gabon signed a truce on Friday. Congo then urged Gabon to "
     "open the border.", "Republic of the Congo"),
])
def test_bare_congo_follows_the_full_name(nlp: Language, text: str, state: str) -> None:
    doc = run(nlp, text)
    assert state in typed(doc, "Country")
    congos = {n for n in typed(doc, "Country") if "Congo" in n}
    assert congos == {state}


def test_dateline_state_yields_to_a_state_named_beside_the_title(nlp: Language) -> None:
    doc = run(nlp, "LIMA, May 14 (Wire) -- Foreign Minister Rosa Quispe met envoys from "
                   "Bolivia on the first visit from La Paz since President Jorge Mamani took "
                   "office.")
    got = offices(doc)
    assert ("Rosa Quispe", "Peru") in got
    assert ("Jorge Mamani", "Peru") not in got


def test_an_apposed_description_and_an_acronym_are_the_same_treaty(nlp: Language) -> None:
    doc = run(nlp, "Belarus pulled out of the Open Skies Consultative (OSC) Treaty, a landmark "
                   "Cold War-era security pact, on Tuesday. Moldova then quit the OSC Treaty.")
    assert typed(doc, "Accord") == {"Open Skies Consultative Treaty"}
    got = triples(doc)
    assert ("WITHDREW_FROM", "Moldova", "Open Skies Consultative Treaty") in got


def test_an_alliance_named_pact_is_an_organisation(nlp: Language) -> None:
    doc = run(nlp, "The treaty capped the tanks that NATO and the Warsaw Pact could deploy.")
    assert "Warsaw Pact" in typed(doc, "Organization")
    assert "Warsaw Pact" not in typed(doc, "Accord")
