"""Warnings and barbs stated as an aside ('in a veiled warning to X'), and named schemes
that are accords because they are signed or left ('the X Plan of Action', its acronym).
Invented sentences, one phenomenon per test."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Run, triples

LEAD = "Kenyan President William Ruto spoke in Nairobi on Monday. "


@pytest.mark.parametrize(("text", "rel"), [
    ("In a veiled warning to Tanzania, Ruto said no one would block the corridor.", "WARNED"),
    ("In a jab at Tanzania, Ruto said some neighbours had broken their word.", "CRITICIZED"),
    ("Ruto said, in a thinly veiled rebuke of Tanzania, that the talks were over.",
     "CRITICIZED"),
])
def test_an_aside_aimed_at_a_state_is_the_speakers_act(run: Run, text: str, rel: str) -> None:
    doc = run(LEAD + text)
    assert (rel, "William Ruto", "Tanzania") in triples(doc, rel)


def test_an_aside_of_a_negated_statement_is_no_act(run: Run) -> None:
    doc = run(LEAD + "In a jab at Tanzania, Ruto did not say the talks were over.")
    assert not triples(doc, "CRITICIZED")


def test_a_dig_without_in_is_no_criticism(run: Run) -> None:
    doc = run(LEAD + "Ruto toured the dig at Lamu with Tanzania's envoy.")
    assert not triples(doc, "CRITICIZED")


def test_a_named_plan_that_is_signed_is_an_accord(run: Run) -> None:
    doc = run("Peru and Chile signed the Joint Coastal Plan of Action in 2019.")
    assert triples(doc, "SIGNED") == {("SIGNED", "Peru", "Joint Coastal Plan of Action"),
                                      ("SIGNED", "Chile", "Joint Coastal Plan of Action")}


def test_a_named_plan_only_presented_is_no_accord(run: Run) -> None:
    doc = run("Peru presented the National Coastal Development Plan on Monday.")
    assert not [e for e in doc["entities"] if e["type"] == "Accord"]


def test_an_accords_acronym_with_of_is_the_same_accord(run: Run) -> None:
    doc = run("Peru and Chile signed the Joint Coastal Plan of Action in 2019. Lima "
              "withdrew from the JCPOA on Monday.")
    accords = [e for e in doc["entities"] if e["type"] == "Accord"]
    assert len(accords) == 1 and "JCPOA" in accords[0]["aliases"]
    assert ("WITHDREW_FROM", "Peru", "Joint Coastal Plan of Action") in triples(doc)


def test_a_count_before_accords_is_no_part_of_their_name(run: Run) -> None:
    # three topics for three agreements: one accord each (test_extract_accord_lists)
    doc = run("Peru and Chile met on Monday. The two countries inked three agreements on "
              "trade, energy and health.")
    assert {t for _, _s, t in triples(doc, "SIGNED")} == {
        "agreement on trade", "agreement on energy", "agreement on health"}


def test_a_count_unlike_the_topics_keeps_the_bundle_whole_with_its_count(run: Run) -> None:
    doc = run("Peru and Chile met on Monday. The two countries inked four agreements on "
              "trade, energy and health.")
    assert {t for _, _s, t in triples(doc, "SIGNED")} == {
        "four agreements on trade, energy and health"}


@pytest.mark.parametrize(("text", "accord"), [
    ("Ghana and Togo signed a memorandum of understanding on cross-border electricity trade "
     "on Monday.", "memorandum of understanding on cross-border electricity trade"),
    ("Ghana and Togo signed a memorandum of understanding on cooperation in vocational "
     "training on Monday.", "memorandum of understanding on cooperation in vocational training"),
    ("Ghana and Togo signed a joint declaration on the defence of the Volta basin on Monday.",
     "joint declaration on the defence of the Volta basin"),
])
def test_an_accords_topic_is_part_of_its_name(run: Run, text: str, accord: str) -> None:
    doc = run(text)
    assert triples(doc, "SIGNED") == {("SIGNED", "Ghana", accord), ("SIGNED", "Togo", accord)}


def test_a_topic_stops_before_a_partner_state(run: Run) -> None:
    doc = run("Ghana signed an agreement on electricity trade with Togo on Monday.")
    assert {t for _, _s, t in triples(doc, "SIGNED")} == {"agreement on electricity trade"}


def test_reaching_bare_agreement_names_no_accord(run: Run) -> None:
    doc = run("Paraguay and Brazil have reached agreement on the price of electricity.")
    assert not [e for e in doc["entities"] if e["type"] == "Accord"]
    assert {frozenset((s, t)) for _, s, t in triples(doc, "AGREED")} == {
        frozenset(("Paraguay", "Brazil"))}


@pytest.mark.parametrize("text", [
    "The accord was signed in Dakar on Monday by officials from Senegal and Gambia.",
    "The foreign ministers of Senegal and Gambia on Monday signed the accord.",
    "Senegal and Gambia adopted the accord on Monday.",
])
def test_states_sign_through_their_unnamed_officials_or_by_adopting(run: Run,
                                                                   text: str) -> None:
    doc = run(text)
    assert {s for _, s, _t in triples(doc, "SIGNED")} == {"Senegal", "Gambia"}


def test_a_pact_signed_with_other_parties_is_a_new_accord(run: Run) -> None:
    doc = run("Australia and Tonga signed a security agreement on Monday. China signed a "
              "security pact with Vanuatu in 2022.")
    signed = {(s, t) for _, s, t in triples(doc, "SIGNED")}
    assert ("China", "security pact") in signed
    assert ("China", "security agreement") not in signed


def test_a_named_accord_by_another_class_word_is_the_same_accord(run: Run) -> None:
    doc = run("Australia and Tonga signed the Fonua Treaty on Monday. China criticised the "
              "Fonua deal on Tuesday.")
    accords = [e for e in doc["entities"] if e["type"] == "Accord"]
    assert len(accords) == 1 and "Fonua deal" in accords[0]["aliases"]


def test_an_accord_is_named_by_the_subject_matter_it_covers(run: Run) -> None:
    doc = run("Egypt and Sudan signed an agreement covering irrigation and rail transport.")
    assert ("SIGNED", "Egypt", "agreement covering irrigation and rail transport") in \
        triples(doc, "SIGNED")


@pytest.mark.parametrize(("text", "name"), [
    ("Chile and Peru signed an agreement to share seismic monitoring data on Monday.",
     "agreement to share seismic monitoring data"),
    ("Chile and Peru signed a pact to build a new cross-border rail link.",
     "pact to build a new cross-border rail link"),
    ("Chile and Peru signed an agreement on the upgrade of a coastal highway.",
     "agreement on the upgrade of a coastal highway"),
])
def test_an_accord_is_named_by_what_it_binds_the_parties_to(run: Run, text: str,
                                                             name: str) -> None:
    assert ("SIGNED", "Chile", name) in triples(run(text), "SIGNED")


@pytest.mark.parametrize(("text", "name"), [
    ("Chile and Peru signed an agreement on the supply of natural gas and closer ties.",
     "agreement on the supply of natural gas and closer ties"),
    ("Chile and Peru signed an agreement on the 2026 fisheries plan between the two "
     "governments.", "agreement on the 2026 fisheries plan"),
    ("Chile and Peru signed an agreement on port cooperation in Arica on Monday.",
     "agreement on port cooperation"),
    ("Chile and Peru signed an agreement on the repair of a Soviet-era dam.",
     "agreement on the repair of a Soviet-era dam"),
])
def test_an_accords_topic_ends_on_its_last_noun_before_parties_or_venue(
        run: Run, text: str, name: str) -> None:
    assert ("SIGNED", "Chile", name) in triples(run(text), "SIGNED")


def test_two_accords_signed_together_stay_two(run: Run) -> None:
    doc = run("Chile and Peru signed an agreement on the supply of natural gas and an "
              "agreement on the repair of a coastal highway.")
    assert {t for _, s, t in triples(doc, "SIGNED") if s == "Chile"} == {
        "agreement on the supply of natural gas", "agreement on the repair of a coastal highway"}


def test_an_accord_to_act_towards_a_party_keeps_its_bare_name(run: Run) -> None:
    doc = run("Chile and Peru signed an agreement to help Bolivia on Monday.")
    assert ("SIGNED", "Chile", "agreement") in triples(doc, "SIGNED")


def test_a_counted_list_of_accords_by_topic_is_not_one_accord(run: Run) -> None:
    doc = run("Egypt and Sudan signed three agreements covering irrigation, rail and health.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "agreement covering irrigation", "agreement covering rail", "agreement covering health"}


def test_sealing_a_named_agreement_signs_it_and_sealing_a_deal_agrees(run: Run) -> None:
    signed = run("Ghana sealed an agreement on electricity trade with Togo on Monday.")
    assert ("SIGNED", "Togo", "agreement on electricity trade") in triples(signed, "SIGNED")
    agreed = run("Ghana sealed a deal with Togo on Monday.")
    assert triples(agreed, "SIGNED") == set() and triples(agreed, "AGREED")


def test_words_that_judge_an_accord_are_no_part_of_its_name(run: Run) -> None:
    doc = run("Laos signed a controversial railway pact with Thailand on Monday.")
    assert ("SIGNED", "Laos", "railway pact") in triples(doc, "SIGNED")


def test_a_status_of_forces_agreement_keeps_its_whole_name(run: Run) -> None:
    doc = run("Palau and Japan signed a status of forces agreement on Monday.")
    assert ("SIGNED", "Palau", "status of forces agreement") in triples(doc, "SIGNED")
    doc = run("Palau and Japan signed the text of the agreement on Monday.")
    assert not any("text" in t for _, _, t in triples(doc, "SIGNED"))


def test_an_accord_on_a_named_work_takes_its_name(run: Run) -> None:
    doc = run("Kenya and Ethiopia signed a memorandum of understanding on the Lamu Corridor "
              "on Monday.")
    assert ("SIGNED", "Kenya", "memorandum of understanding on the Lamu Corridor") in \
        triples(doc, "SIGNED")


def test_every_state_of_a_comma_list_the_parser_split_signs(run: Run) -> None:
    doc = run("Iraq, Turkey, Jordan and the United Arab Emirates signed a railway accord in "
              "May.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} == {
        "Iraq", "Turkey", "Jordan", "United Arab Emirates"}


def test_sealing_a_trade_deal_agrees_and_a_series_of_accords_is_no_name(run: Run) -> None:
    doc = run("Ghana sealed a trade deal with Togo on Monday.")
    assert triples(doc, "SIGNED") == set() and triples(doc, "AGREED")
    doc = run("Palau and Japan signed a series of fisheries agreements on Monday.")
    assert not any("series" in t for _, _, t in triples(doc, "SIGNED"))


def test_a_mediator_met_before_a_signing_does_not_sign(run: Run) -> None:
    doc = run("Chadian President Idriss Mahamat and Sudanese leader Omar Bashir signed the "
              "Doha Accord on Monday after two days of separate meetings with Qatari Emir "
              "Khalid Al Thani.")
    signers = {s for _, s, _ in triples(doc, "SIGNED")}
    assert "Khalid Al Thani" not in signers and "Qatar" not in signers
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert frozenset(("Idriss Mahamat", "Khalid Al Thani")) in met


def test_a_year_in_an_accords_topic_is_not_the_accords_date(run: Run) -> None:
    doc = run("Chile and Peru signed an agreement on the 1999 border treaty.")
    (accord,) = [e for e in doc["entities"] if e["type"] == "Accord"]
    assert accord["name"] == "agreement on the 1999 border treaty" and not accord.get("date")


def test_an_accord_to_give_a_state_something_keeps_its_bare_name(run: Run) -> None:
    doc = run("Chile signed an agreement to give Peru access to the port.")
    assert triples(doc, "SIGNED") == {("SIGNED", "Chile", "agreement")}
