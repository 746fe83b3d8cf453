"""The name a described accord gets is its phrase as written, short of what is no part of
it: judging or dating words before it, a relative clause, a date, a venue. Invented
sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.conftest import Run, triples


def _signed(doc: dict[str, Any]) -> set[str]:
    return {t for _, _, t in triples(doc, "SIGNED")}


@pytest.mark.parametrize(("text", "name"), [
    # a hyphened judgement or a re-dating word before the phrase names nothing
    ("Chile and Peru signed a long-delayed agreement on fisheries.", "agreement on fisheries"),
    ("Chile and Peru signed a much-criticised migration pact.", "migration pact"),
    ("Chile and Peru signed a refreshed fisheries pact.", "fisheries pact"),
    ("Chile and Peru signed a separate 1998 protocol on river navigation.",
     "1998 protocol on river navigation"),
    # ... nor does 'new' before a phrase that says more
    ("Chile and Peru signed a new policing cooperation memorandum.",
     "policing cooperation memorandum"),
    ("Chile and Peru signed a new agreement on fisheries.", "agreement on fisheries"),
    ("Chile and Peru signed a new agreement.", "new agreement"),
    ("Chile and Peru signed the New START treaty.", "New START treaty"),
    # ... while a hyphened type word is part of it
    ("Chile and Peru signed a long-term gas supply agreement.",
     "long-term gas supply agreement"),
])
def test_words_that_judge_or_date_an_accord_are_no_part_of_its_name(
        run: Run, text: str, name: str) -> None:
    assert _signed(run(text)) == {name}


@pytest.mark.parametrize(("text", "name"), [
    ("Chile and Peru signed an accord on the path to free trade.",
     "accord on the path to free trade"),
    ("Chile and Peru signed the Treaty on the Road to Lasting Peace.",
     "Treaty on the Road to Lasting Peace"),
    ("Chile and Peru signed a protocol on the management of shared aquifers.",
     "protocol on the management of shared aquifers"),
    ("Chile and Peru signed a memorandum on pooling scarce medicines.",
     "memorandum on pooling scarce medicines"),
])
def test_a_topic_runs_through_to_and_through_participles(
        run: Run, text: str, name: str) -> None:
    assert _signed(run(text)) == {name}


@pytest.mark.parametrize(("text", "name"), [
    ("Chile and Peru signed an agreement waiving visa requirements for holders of "
     "diplomatic passports.",
     "agreement waiving visa requirements for holders of diplomatic passports"),
    ("Chile and Peru signed an agreement exempting diplomats from visa requirements.",
     "agreement exempting diplomats from visa requirements"),
    ("Chile and Peru signed an agreement setting up a joint border commission.",
     "agreement setting up a joint border commission"),
])
def test_a_participle_saying_what_an_accord_does_is_part_of_its_name(
        run: Run, text: str, name: str) -> None:
    assert _signed(run(text)) == {name}


def test_a_demonym_inside_the_topic_stays_but_a_relative_clause_does_not(run: Run) -> None:
    part = run("Chile and Peru signed an agreement on building the Peruvian extension of "
               "the railway.")
    post = run("Chile and Peru signed a memorandum on a border post at Arica, which "
               "officials say will cut crossing times.")
    assert _signed(part) == {"agreement on building the Peruvian extension of the railway"}
    assert _signed(post) == {"memorandum on a border post at Arica"}


def test_a_date_between_an_accord_and_its_purpose_is_left_out_of_the_name(run: Run) -> None:
    doc = run("Chile and Peru signed an agreement on Tuesday to dredge the shared harbour.")
    assert _signed(doc) == {"agreement to dredge the shared harbour"}


def test_the_city_of_a_work_is_part_of_the_topic_but_a_venue_is_not(run: Run) -> None:
    work = run("Chile and Peru signed an accord on the expansion of a desalination plant "
               "in Arica.")
    venue = run("Chile and Peru signed an accord on customs cooperation in Arica.")
    bay = run("Chile and Peru signed an accord on shrimp quotas in the Gulf of Arauco.")
    assert _signed(work) == {"accord on the expansion of a desalination plant in Arica"}
    assert _signed(venue) == {"accord on customs cooperation"}
    assert _signed(bay) == {"accord on shrimp quotas"}


def test_a_titled_name_stops_before_a_relative_clause(run: Run) -> None:
    doc = run("Relations rest on the Treaty of Lasting Friendship, which Chile signed in "
              "1929.")
    assert ("SIGNED", "Chile", "Treaty of Lasting Friendship") in triples(doc)


@pytest.mark.parametrize("text", [
    "Lawmakers demanded that Peru scrap the 1998 protocol on river navigation.",
    "Senators insisted that Chile withdraw from the 1998 protocol on river navigation.",
])
def test_a_demanded_withdrawal_is_no_withdrawal(run: Run, text: str) -> None:
    assert not triples(run(text), "WITHDREW_FROM")


def test_a_reported_withdrawal_still_is_one(run: Run) -> None:
    doc = run("Chile said it had withdrawn from the 1998 protocol on river navigation.")
    assert ("WITHDREW_FROM", "Chile", "1998 protocol on river navigation") in triples(doc)


def test_a_region_named_with_the_common_noun_is_named_without_it(run: Run) -> None:
    doc = run("Chilean Foreign Minister Alberto van Klaveren voiced concern over fighting "
              "in the Donbas region.")
    places = {e["name"] for e in doc["entities"] if e["type"] == "Place"}
    assert "Donbas" in places and "Donbas region" not in places


def test_a_protocol_is_named_by_the_accord_it_adds_to_with_that_accords_year(
        run: Run) -> None:
    doc = run("Chile and Peru also signed a protocol to the 1992 Arica Convention that sets "
              "new fishing quotas.")
    assert _signed(doc) == {"protocol to the 1992 Arica Convention"}


def test_a_convention_that_sets_rules_is_named_without_the_clause(run: Run) -> None:
    doc = run("Chile and Peru signed the Arica Convention that sets new fishing quotas.")
    assert _signed(doc) == {"Arica Convention"}


def test_a_letter_of_intent_keeps_its_topic_and_a_text_after_as_well_as_is_signed(
        run: Run) -> None:
    doc = run("Chilean President Ana Rojas met Peruvian President Luis Soto in Arica. "
              "Officials from both governments then signed a letter of intent on a "
              "feasibility study for the rail link, as well as a protocol on the joint "
              "management of the Lauca River.")
    assert _signed(doc) == {"letter of intent on a feasibility study for the rail link",
                            "protocol on the joint management of the Lauca River"}


def test_a_text_signed_along_with_another_is_signed_too(run: Run) -> None:
    doc = run("Chile and Peru on Wednesday signed a framework agreement opening the way for "
              "Chilean investment in a Peruvian hydropower plant, along with a memorandum of "
              "understanding on port access.")
    assert ("SIGNED", "Peru", "memorandum of understanding on port access") in triples(doc)
