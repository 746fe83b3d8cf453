"""Stance and commitment relations (support, criticism, warnings, pledges, concern,
agreement, signing): one phenomenon per test, on short invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Run, triples

RUTO = "Kenyan President William Ruto"
MUSEVENI = "Ugandan President Yoweri Museveni"
HASSAN = "Tanzanian President Samia Suluhu Hassan"


def test_tensed_conjunct_after_a_pledge_clause_is_the_pledgers_act(run: Run) -> None:
    doc = run(f"{RUTO} pledged that Kenya would keep its troops in Somalia and backed "
              f"{MUSEVENI}'s plan for a regional force.")
    got = triples(doc, "SUPPORTED")
    assert ("SUPPORTED", "William Ruto", "Yoweri Museveni") in got
    assert ("SUPPORTED", "Kenya", "Yoweri Museveni") not in got


def test_pronoun_owner_in_a_later_conjunct_is_the_named_owner(run: Run) -> None:
    doc = run("Kenya hosted Uganda for talks. Kenya and Ethiopia condemned Somalia's missile "
              "tests and its continued shelling of border towns.")
    got = triples(doc, "CRITICIZED")
    assert ("CRITICIZED", "Kenya", "Somalia") in got
    assert ("CRITICIZED", "Ethiopia", "Kenya") not in got and (
        "CRITICIZED", "Ethiopia", "Uganda") not in got


def test_summoned_named_envoy_stands_for_his_state(run: Run) -> None:
    doc = run("Kenya summoned Ugandan High Commissioner John Okello on Monday to lodge a "
              "strong protest over the remarks.")
    assert ("CRITICIZED", "Kenya", "Uganda") in triples(doc)


def test_free_relative_label_names_the_target(run: Run) -> None:
    doc = run(f"{RUTO} condemned what he called Uganda's blackmail of its neighbours.")
    assert ("CRITICIZED", "William Ruto", "Uganda") in triples(doc)


def test_regretting_anothers_decision_is_concern_about_it(run: Run) -> None:
    doc = run(f"{RUTO} said he deeply regretted Uganda's decision to close the border.")
    assert ("EXPRESSED_CONCERN", "William Ruto", "Uganda") in triples(doc)


def test_speaker_for_his_own_state_is_the_source(run: Run) -> None:
    doc = run(f"{RUTO} said that Kenya supports the peace plan proposed by {MUSEVENI}.")
    assert triples(doc, "SUPPORTED") == {("SUPPORTED", "William Ruto", "Yoweri Museveni")}


def test_backing_a_place_named_process_backs_no_state(run: Run) -> None:
    doc = run("Kenya backed the Nairobi peace process on Monday.")
    assert not triples(doc, "SUPPORTED")


def test_acceding_to_a_treaty_is_signing_it(run: Run) -> None:
    doc = run("Kenya acceded to the Treaty of Amity and Cooperation on Monday.")
    assert ("SIGNED", "Kenya", "Treaty of Amity and Cooperation") in triples(doc)


def test_pledge_to_help_another_act_is_a_pledge_to_the_helped(run: Run) -> None:
    doc = run("Under the accord, Kenya pledged to help Uganda respond to floods and droughts.")
    assert ("PLEDGED", "Kenya", "Uganda") in triples(doc)


def test_concern_that_clause_names_the_other_party(run: Run) -> None:
    doc = run(f"{RUTO} said he was concerned that the clause gave Uganda a veto over Kenyan "
              "trade policy.")
    assert ("EXPRESSED_CONCERN", "William Ruto", "Uganda") in triples(doc)


def test_state_group_after_two_leaders_of_the_sentence_is_their_states(run: Run) -> None:
    doc = run(f"{RUTO} and {MUSEVENI} agreed to deepen ties, and the two countries signed "
              "a trade agreement.")
    signers = {s for _, s, _ in triples(doc, "SIGNED")}
    assert {"Kenya", "Uganda"} <= signers


def test_bare_number_subject_is_the_last_persons(run: Run) -> None:
    doc = run(f"{RUTO} held a video call with {MUSEVENI} on Monday. The two agreed to work "
              "closely on climate finance.")
    assert {("William Ruto", "Yoweri Museveni"), ("Yoweri Museveni", "William Ruto")} & {
        (s, t) for _, s, t in triples(doc, "AGREED")}


def test_numbered_heads_of_state_sign_as_the_last_persons(run: Run) -> None:
    doc = run(f"{RUTO} welcomed {MUSEVENI} and {HASSAN} to Nairobi on Monday. The three "
              "heads of state signed the Nairobi Declaration.")
    signers = {s for _, s, _ in triples(doc, "SIGNED")}
    assert {"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"} <= signers


def test_commitment_to_a_principle_is_no_pledge_to_its_state(run: Run) -> None:
    doc = run("Kenya reaffirmed its commitment to the Uganda-led peace process. Kenya also "
              "reaffirmed its commitment to the Ugandan people.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "Kenya", "Uganda")}


def test_they_in_a_group_report_is_the_reporting_group(run: Run) -> None:
    doc = run(f"{HASSAN} met Rwandan President Paul Kagame in Kigali. {RUTO} and {MUSEVENI} "
              "said they condemned the attack by Somalia.")
    got = {s for _, s, t in triples(doc, "CRITICIZED") if t == "Somalia"}
    assert got == {"William Ruto", "Yoweri Museveni"}


def test_signing_documents_listed_after_a_colon(run: Run) -> None:
    doc = run("Kenya and Uganda signed two documents: a trade agreement and a security pact.")
    accords = {t for _, s, t in triples(doc, "SIGNED") if s == "Kenya"}
    assert len(accords) == 2


def test_quoted_pejorative_about_anothers_acts_is_criticism(run: Run) -> None:
    doc = run(f"\"Uganda's actions are unacceptable,\" {RUTO} said. {RUTO} said the "
              "weather was dangerous.")
    assert triples(doc, "CRITICIZED") == {("CRITICIZED", "William Ruto", "Uganda")}


def test_demand_that_a_states_vessels_leave_is_a_request_to_the_state(run: Run) -> None:
    doc = run("Kenya demands that Ugandan vessels leave the lake immediately.")
    assert ("REQUESTED", "Kenya", "Uganda") in triples(doc)


def test_warning_with_a_condition_inside_the_reported_clause(run: Run) -> None:
    doc = run("Somalia warned that Ethiopian troops would be expelled from the mission "
              "unless Addis Ababa withdrew from the deal.")
    assert ("WARNED", "Somalia", "Ethiopia") in triples(doc)


def test_standing_ready_to_help_another_is_a_pledge(run: Run) -> None:
    doc = run(f"\"Kenya stands ready to help Uganda,\" {RUTO} said. Tanzania is not ready "
              "to support Rwanda.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "William Ruto", "Uganda")}


def test_the_leaders_after_a_named_group_is_that_group(run: Run) -> None:
    doc = run(f"{RUTO}, {MUSEVENI} and {HASSAN} met in Arusha on Monday. The leaders agreed "
              "to build a new railway.")
    pairs = {frozenset((s, t)) for _, s, t in triples(doc, "AGREED")}
    assert frozenset(("William Ruto", "Samia Suluhu Hassan")) in pairs
    assert len(pairs) == 3


def test_pledging_not_to_help_is_no_pledge_but_never_to_harm_is(run: Run) -> None:
    doc = run("Kenya pledged that it would not back Uganda's bid. Tanzania vowed never to "
              "attack Rwanda.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "Tanzania", "Rwanda")}


def test_condemned_force_act_is_the_force_named_before_with_one_state(run: Run) -> None:
    doc = run("Ugandan police raided the Kenyan embassy in Kampala on Friday. Tanzania "
              "condemned the police raid on the embassy.")
    assert ("CRITICIZED", "Tanzania", "Uganda") in triples(doc)
    doc = run("Ugandan police raided the Kenyan embassy on Friday. Rwandan police detained "
              "two men. Tanzania condemned the police raid.")
    assert not triples(doc, "CRITICIZED")


def test_stopping_over_is_a_visit_by_a_person_only(run: Run) -> None:
    doc = run(f"{RUTO} stopped over in Cairo on his way home. Ugandan troops stopped in "
              "Juba, Kenya said.")
    assert triples(doc, "VISITED") >= {("VISITED", "William Ruto", "Egypt")}
    assert not {s for _, s, _ in triples(doc, "VISITED")} - {"William Ruto"}


def test_making_a_stop_in_a_city_is_a_visit(run: Run) -> None:
    doc = run(f"{MUSEVENI} made a stop in Athens on Friday.")
    assert ("VISITED", "Yoweri Museveni", "Greece") in triples(doc)


def test_former_allies_are_no_allies(run: Run) -> None:
    doc = run("The US and Britain are former allies of Iran. Israel, an erstwhile ally of "
              "Turkey, warned Ankara.")
    assert not triples(doc, "ALLY_OF")


def test_them_after_an_unresolved_state_group_names_no_persons(run: Run) -> None:
    doc = run(f"{RUTO} hosted {MUSEVENI} and {HASSAN} in Nairobi on Monday. Rwandan "
              "President Paul Kagame criticized the three countries and warned them "
              "against new tariffs.")
    assert not {t for _, _, t in triples(doc, "WARNED")} & {
        "William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}


def test_a_commitment_to_a_states_defence_is_a_pledge_to_that_state(run: Run) -> None:
    doc = run("French Foreign Minister Anne Durand reiterated the commitment of France to "
              "the defence of Estonia.")
    assert ("PLEDGED", "Anne Durand", "Estonia") in triples(doc, "PLEDGED")
    doc = run("French Foreign Minister Anne Durand reiterated France's commitment to "
              "Estonia's security.")
    assert ("PLEDGED", "Anne Durand", "Estonia") in triples(doc, "PLEDGED")


def test_a_state_does_not_ask_its_own_official(run: Run) -> None:
    doc = run("Lima urged Peruvian Foreign Minister Ana Soto to cut short her trip to Chile.")
    assert ("REQUESTED", "Peru", "Ana Soto") not in triples(doc, "REQUESTED")


@pytest.mark.parametrize(("text", "target"), [
    # the first place named in the topic, not one named in an aside after it
    ("Chadian Foreign Minister Abakar Tahir voiced concern over a rise in attacks in "
     "northern Niger, close to Nigeria's border.", "Niger"),
    # not an entity named in a relative clause on the topic
    ("Chad voiced concern over visits by Libyan militia convoys to border towns, which "
     "N'Djamena fears could be used for raids.", "Libya"),
    # only a demonym says whose act it is: the doer's ('by Libyan convoys')
    ("Chad voiced concern over visits by Libyan militia convoys to Sudanese markets.", "Libya"),
])
def test_a_concern_is_about_the_first_thing_its_topic_names(
        run: Run, text: str, target: str) -> None:
    assert {t for _, _, t in triples(run(text), "EXPRESSED_CONCERN")} == {target}


def test_a_country_name_before_states_is_a_state_of_a_federation(run: Run) -> None:
    doc = run("Nigerian Foreign Minister Musa Bello voiced concern over raids in Kano and "
              "Niger states.")
    assert "Niger" not in {e["name"] for e in doc["entities"] if e["type"] == "Country"}


def test_concern_for_ones_own_people_somewhere_is_about_that_place(run: Run) -> None:
    doc = run("Chilean Foreign Minister Ana Soto voiced concern for the safety of Chilean "
              "fishermen working in the Bay of Arauco.")
    assert triples(doc, "EXPRESSED_CONCERN") == {
        ("EXPRESSED_CONCERN", "Ana Soto", "Bay of Arauco")}


def test_the_funds_two_people_have_promised_are_no_pledge_between_them(run: Run) -> None:
    doc = run("Chilean Foreign Minister Ana Soto and her Peruvian counterpart Luis Paz signed a "
              "memorandum on fisheries. They urged donors to release the funds they have "
              "promised.")
    assert not triples(doc, "PLEDGED")
    mutual = run("Chilean Foreign Minister Ana Soto and her Peruvian counterpart Luis Paz met "
                 "in Lima, where they pledged to reopen the border.")
    assert ("PLEDGED", "Ana Soto", "Luis Paz") in triples(mutual)
