"""Extraction rules, one phenomenon per test, on short invented news sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.conftest import Run, triples


def entity(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(e for e in doc["entities"] if e["name"] == name)


def test_office_from_demonym_title_before_name(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi arrived for the talks on Monday.")
    assert ("HOLDS_OFFICE", "Musalia Mudavadi", "Kenya") in triples(doc)
    person = entity(doc, "Musalia Mudavadi")
    assert person["title"] == "Foreign Minister" and person["country"] == "Kenya"


def test_office_from_possessive_country_and_apposition_after_name(run: Run) -> None:
    doc = run("Peru's Defence Minister Walter Astudillo spoke first. Later, Javier Milei, "
              "the Argentine President, addressed the meeting.")
    assert ("HOLDS_OFFICE", "Walter Astudillo", "Peru") in triples(doc)
    assert ("HOLDS_OFFICE", "Javier Milei", "Argentina") in triples(doc)


def test_counterpart_inherits_title_and_takes_its_own_country(run: Run) -> None:
    doc = run("Norwegian Foreign Minister Espen Barth Eide met with his Chilean counterpart "
              "Alberto van Klaveren in Geneva on Monday.")
    facts = triples(doc)
    assert ("HOLDS_OFFICE", "Alberto van Klaveren", "Chile") in facts
    assert entity(doc, "Alberto van Klaveren")["title"] == "Foreign Minister"
    met = next(f for f in doc["facts"] if f["rel"] == "MET_WITH")
    assert {met["source"], met["target"]} == {"Espen Barth Eide", "Alberto van Klaveren"}
    assert met["date"] == "2024-05-13"


def test_surname_mention_joins_the_full_name(run: Run) -> None:
    doc = run("Norwegian Foreign Minister Espen Barth Eide arrived on Monday. "
              "Eide expressed concern over the fighting in Sudan.")
    assert ("EXPRESSED_CONCERN", "Espen Barth Eide", "Sudan") in triples(doc)
    assert "Eide" in entity(doc, "Espen Barth Eide")["aliases"]
    assert [e for e in doc["entities"] if e["type"] == "Person"] == [
        entity(doc, "Espen Barth Eide")]


def test_capital_acting_is_the_country_and_capital_as_venue_is_a_place(
    run: Run,
) -> None:
    doc = run("Beijing warned Manila over the dispute. The ministers later met in Hanoi.")
    assert ("WARNED", "China", "Philippines") in triples(doc)
    assert entity(doc, "Hanoi")["type"] == "Place"
    assert not any(e["name"] == "Beijing" for e in doc["entities"])


def test_coordinated_countries_agree_pairwise(run: Run) -> None:
    doc = run("Tokyo and Canberra agreed on Friday to deepen defence cooperation.")
    agreed = [f for f in doc["facts"] if f["rel"] == "AGREED"]
    assert {(f["source"], f["target"]) for f in agreed} <= {
        ("Japan", "Australia"), ("Australia", "Japan")}
    assert agreed and agreed[0]["date"] == "2024-05-10"


def test_negated_meeting_is_not_a_fact(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi did not meet his Ugandan "
              "counterpart Odongo Jeje Abubakhar in Nairobi.")
    assert not [f for f in doc["facts"] if f["rel"] == "MET_WITH"]


def test_hypothetical_visit_is_not_a_fact(run: Run) -> None:
    doc = run("Kenyan President William Ruto met reporters. A potential visit by Ruto to "
              "Uganda was discussed, and Ruto plans to visit Tanzania.")
    assert not [f for f in doc["facts"] if f["rel"] == "VISITED"]


def test_nominal_visit_and_warning_forms(run: Run) -> None:
    doc = run("Indian Prime Minister Narendra Modi paid a visit to Japan last month. "
              "Egypt issued a warning to Ethiopia on Monday.")
    facts = {(f["rel"], f["source"], f["target"]): f for f in doc["facts"]}
    assert facts[("VISITED", "Narendra Modi", "Japan")]["date"] == "2024-04"
    assert facts[("WARNED", "Egypt", "Ethiopia")]["date"] == "2024-05-13"


def test_government_noun_with_demonym_is_the_state(run: Run) -> None:
    doc = run("The Kenyan government urged Somalia to show restraint.")
    assert ("REQUESTED", "Kenya", "Somalia") in triples(doc)


def test_meeting_with_several_people_gives_every_pair_and_one_event(run: Run) -> None:
    doc = run("Kenyan President William Ruto held a meeting with Ethiopian Prime Minister "
              "Abiy Ahmed and Somali President Hassan Sheikh Mohamud on Wednesday.")
    pairs = {frozenset((f["source"], f["target"])) for f in doc["facts"]
             if f["rel"] == "MET_WITH"}
    people = ["William Ruto", "Abiy Ahmed", "Hassan Sheikh Mohamud"]
    assert pairs == {frozenset((a, b)) for a in people for b in people if a < b}
    events = [e for e in doc["entities"] if e["type"] == "Event"]
    assert len(events) == 1 and sorted(events[0]["participants"]) == sorted(people)


def test_accord_descriptions_corefer_and_withdrawal_is_dated(run: Run) -> None:
    doc = run("Nepal and Bhutan signed the Himalayan Water Accord in 2019. "
              "On Sunday, Nepal suspended the accord.")
    accords = [e for e in doc["entities"] if e["type"] == "Accord"]
    assert [a["name"] for a in accords] == ["Himalayan Water Accord"]
    facts = {(f["rel"], f["source"], f["target"]): f for f in doc["facts"]}
    assert facts[("WITHDREW_FROM", "Nepal", "Himalayan Water Accord")]["date"] == "2024-05-12"
    assert facts[("SIGNED", "Bhutan", "Himalayan Water Accord")]["date"] == "2019"


def test_described_accords_share_a_head_and_a_modifier(run: Run) -> None:
    doc = run("Pyongyang scrapped a 2018 naval de-escalation pact with Seoul. Officials "
              "said the March 3 naval pact had kept the peace.")
    accords = [e for e in doc["entities"] if e["type"] == "Accord"]
    assert len(accords) == 1
    assert accords[0]["date"] == "2018-03-03"
    assert ("WITHDREW_FROM", "North Korea", accords[0]["name"]) in triples(doc)


def test_ally_apposition(run: Run) -> None:
    doc = run("As Moscow's closest ally, Belarus has backed Russia.")
    facts = triples(doc)
    assert ("ALLY_OF", "Russia", "Belarus") in facts or ("ALLY_OF", "Belarus", "Russia") in facts


def test_boilerplate_lines_yield_nothing(run: Run) -> None:
    doc = run("Asia China Japan News\n\nAdvertisement\n\nSource : AA\n\nTranslate\n")
    assert doc["entities"] == [] and doc["facts"] == []


def test_output_is_deterministic_and_evidence_points_into_the_text(run: Run) -> None:
    text = ("Egypt issued a warning to Ethiopia on Monday. Kenyan Foreign Minister Musalia "
            "Mudavadi met his Ugandan counterpart Odongo Jeje Abubakhar in Nairobi.")
    first, second = run(text), run(text)
    assert first == second
    for fact in first["facts"]:
        ev = fact["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["sentence"]
        assert 0.0 <= fact["confidence"] <= 1.0


def test_title_of_country_before_name_and_welcome_of_a_guest(run: Run) -> None:
    doc = run("Foreign Minister of Uzbekistan Bakhtiyor Saidov arrived in Ankara on Monday. "
              "Hakan Fidan, the foreign minister of Turkiye, welcomed Saidov.")
    facts = triples(doc)
    assert ("HOLDS_OFFICE", "Bakhtiyor Saidov", "Uzbekistan") in facts
    assert ("HOLDS_OFFICE", "Hakan Fidan", "Turkey") in facts
    assert ("VISITED", "Bakhtiyor Saidov", "Ankara") in facts
    assert ("MET_WITH", "Hakan Fidan", "Bakhtiyor Saidov") in facts
    assert not any(rel == "SUPPORTED" for rel, _, _ in facts)


def test_quoted_first_person_is_the_speaker_named_after_the_quote(run: Run) -> None:
    doc = run("Ghanaian President John Mahama arrived on Monday.\n\n"
              "\u201cI want to reassure our continued support for Togo. We will deepen "
              "trade,\u201d Mahama said.")
    assert ("SUPPORTED", "John Mahama", "Togo") in triples(doc)


def test_phone_talks_carry_the_phone_mode(run: Run) -> None:
    doc = run("German Chancellor Olaf Scholz arrived. Scholz spoke by phone with Polish "
              "Prime Minister Donald Tusk.")
    met = [f for f in doc["facts"] if f["rel"] == "MET_WITH"]
    assert [(m["source"], m["target"], m["mode"]) for m in met] == [
        ("Olaf Scholz", "Donald Tusk", "phone")]


def test_pulled_out_of_a_treaty_is_a_dated_withdrawal(run: Run) -> None:
    doc = run("Russia pulled out of the Open Skies Treaty in 2021.")
    fact = next(f for f in doc["facts"] if f["rel"] == "WITHDREW_FROM")
    assert (fact["source"], fact["target"], fact["date"]) == ("Russia", "Open Skies Treaty", "2021")


def test_meeting_venue_is_the_fact_place_even_after_an_apposition(run: Run) -> None:
    doc = run("Mexican Foreign Minister Alicia Barcena met with her Canadian counterpart "
              "Melanie Joly in the Canadian city of Montreal, the ministry said.")
    (met,) = [f for f in doc["facts"] if f["rel"] == "MET_WITH"]
    assert met["place"] == "Montreal"
    (event,) = [e for e in doc["entities"] if e["type"] == "Event"]
    assert event["place"] == "Montreal"
    assert "Alicia Barcena" in event["name"] and "Melanie Joly" in event["name"]


# --- argument picking across clauses -------------------------------------------------------

RUTO = "Kenyan President William Ruto"


def test_tensed_conjunct_of_a_reported_clause_is_the_reporters_act(run: Run) -> None:
    doc = run("Kenya's foreign ministry said the pact was history and blamed Uganda.")
    assert ("CRITICIZED", "Kenya", "Uganda") in triples(doc)


def test_negation_of_a_reported_clause_does_not_reach_a_tensed_conjunct(run: Run) -> None:
    doc = run(f"{RUTO} told reporters that states do not need blocs and warned Uganda "
              "not to harm the interests of others.")
    assert ("WARNED", "William Ruto", "Uganda") in triples(doc)


def test_bare_conjunct_shares_the_negation(run: Run) -> None:
    doc = run("Kenya did not meet Uganda's envoy or sign the Nile Accord on Monday.")
    assert not triples(doc, "SIGNED")


@pytest.mark.parametrize("text", [
    "The summit comes as Kenya pushes Uganda to normalise relations with Tanzania.",
    "Kenya's foreign ministry said the vote should wait and called on Uganda to mediate.",
])
def test_infinitive_parsed_as_adverbial_clause_still_makes_a_request(run: Run,
                                                                     text: str) -> None:
    assert triples(run(text), "REQUESTED") == {("REQUESTED", "Kenya", "Uganda")}


@pytest.mark.parametrize("text", [
    "Ugandan President Yoweri Museveni regretted the remarks and pledged to keep open "
    "channels with Kenya.",
    "Ugandan President Yoweri Museveni pledged that Kampala would work to preserve "
    "relations with Kenya.",
])
def test_pledge_is_to_the_partner_of_the_promised_act(run: Run, text: str) -> None:
    assert ("PLEDGED", "Yoweri Museveni", "Kenya") in triples(run(text))


def test_group_that_agrees_during_a_meeting_is_its_cross_side_pairs(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi and Kenyan Defence Minister Aden Duale "
              "held talks with Ugandan Foreign Minister Jeje Odongo and Ugandan Defence "
              "Minister Jacob Oboth, during which the four ministers agreed to deepen "
              "cooperation.")
    agreed = {frozenset((s, t)) for _, s, t in triples(doc, "AGREED")}
    assert frozenset(("Musalia Mudavadi", "Jeje Odongo")) in agreed
    assert frozenset(("Aden Duale", "Jacob Oboth")) in agreed
    assert frozenset(("Musalia Mudavadi", "Aden Duale")) not in agreed


# --- nouns: deals, backers, allies, labels, concerns ----------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    (f"Hours later, {RUTO} announced a ceasefire between Uganda and Tanzania.", True),
    ("Talks on a ceasefire between Uganda and Tanzania stalled on Monday.", False),
    ("Kenya is pushing for a truce between Uganda and Tanzania.", False),
    ("A possible deal between Uganda and Tanzania was discussed on Monday.", False),
])
def test_a_settled_deal_between_two_states_is_their_agreement(run: Run, text: str,
                                                             found: bool) -> None:
    agreed = {frozenset((s, t)) for _, s, t in triples(run(text), "AGREED")}
    assert (frozenset(("Uganda", "Tanzania")) in agreed) is found


def test_backer_noun_states_support_only_with_a_named_owner(run: Run) -> None:
    assert ("SUPPORTED", "Kenya", "Uganda") in triples(
        run("Kenya, Uganda's main backer, said nothing on Monday."))
    assert not triples(run("Uganda lost the vote. Kenya, its main backer, said nothing."),
                       "SUPPORTED")


def test_described_as_an_ally_binds_the_speakers_state(run: Run) -> None:
    doc = run("US Ambassador Meg Whitman described Kenya as a key ally in the region.")
    assert ("ALLY_OF", "United States", "Kenya") in triples(doc)


def test_label_names_whom_it_blames(run: Run) -> None:
    doc = run(f"Kenya's opposition leader Raila Odinga called the deal \"a dangerous failure\" "
              f"of {RUTO}'s foreign policy.")
    assert ("CRITICIZED", "Raila Odinga", "William Ruto") in triples(doc)


def test_formal_demarche_is_criticism(run: Run) -> None:
    doc = run("Uganda lodged a formal demarche with Kenya over the remarks on Monday.")
    assert ("CRITICIZED", "Uganda", "Kenya") in triples(doc)


def test_concern_is_about_the_owner_of_the_topic_not_a_place_inside_it(run: Run) -> None:
    doc = run("Kenyan officials voiced concern about Uganda's growing footprint in the "
              "Great Lakes region.")
    assert triples(doc, "EXPRESSED_CONCERN") == {("EXPRESSED_CONCERN", "Kenya", "Uganda")}


# --- accords: leaving them, co-signers -----------------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("Kenya ended the Nile Accord with immediate effect on Monday.", True),
    ("Kenya will not renew its participation in the Nile Accord, Ruto said.", True),
    ("President William Ruto said Kenya would let the Nile Accord lapse.", True),
    ("Kenya renewed the Nile Accord on Monday.", False),
    ("Kenya ended talks with Uganda on the Nile Accord on Monday.", False),
])
def test_ending_or_not_renewing_an_accord_is_withdrawal(run: Run, text: str,
                                                        found: bool) -> None:
    assert (("WITHDREW_FROM", "Kenya", "Nile Accord") in triples(run(text))) is found


def test_passive_signers_listed_with_appositions_all_sign(run: Run) -> None:
    doc = run("The Nile Accord was signed by Musalia Mudavadi, secretary of Kenya's National "
              "Security Council, Ugandan security adviser Jeje Odongo and Stergomena Tax, "
              "Tanzania's most senior diplomat, at a ceremony in Arusha.")
    people = {"Musalia Mudavadi", "Jeje Odongo", "Stergomena Tax"}
    assert {s for _, s, _ in triples(doc, "SIGNED")} >= people


def test_putting_signatures_to_a_text_together_is_a_meeting(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje "
              "Odongo put their signatures to the Nile Accord at a ceremony in Arusha.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")} == {
        frozenset(("Musalia Mudavadi", "Jeje Odongo"))}


# --- threats and criticism stated indirectly ----------------------------------------------

PAIR_CONTEXT = "Kenya and Uganda are at odds over an island in the lake. "


@pytest.mark.parametrize(("text", "found"), [
    (f"{PAIR_CONTEXT}{RUTO} refused to rule out military force to retake the island.", True),
    ("Kenya did not rule out sanctions against Uganda on Monday.", True),
    ("Kenya ruled out military action against Uganda on Monday.", False),
])
def test_keeping_force_on_the_table_is_a_warning(run: Run, text: str, found: bool) -> None:
    warned = {t for _, _, t in triples(run(text), "WARNED")}
    assert ("Uganda" in warned) is found


def test_reserving_the_right_to_respond_is_a_warning(run: Run) -> None:
    doc = run("Kenya's foreign ministry spokesman Korir Sing'oei said Nairobi \"reserves the "
              "right to respond\" to Uganda.")
    assert ("WARNED", "Korir Sing'oei", "Uganda") in triples(doc)


ATTACK = (f"{RUTO} held a call with Ugandan President Yoweri Museveni, who expressed regret "
          "over Uganda's missile attack on a base near Nairobi. Tanzania earlier rejected "
          "US strikes on Somalia. ")


@pytest.mark.parametrize("text", [
    "Rwanda's foreign ministry spokesman Yolande Makolo condemned the attack on Monday.",
    "Rwanda issued a statement condemning the attack.",
])
def test_condemning_the_attack_blames_whoever_the_article_said_attacked(run: Run,
                                                                        text: str) -> None:
    criticized = triples(run(ATTACK + text), "CRITICIZED")
    assert {t for _, _, t in criticized} == {"Uganda"}


def test_telling_someone_their_act_was_a_violation_is_criticism(run: Run) -> None:
    doc = run(ATTACK + "Ruto told Museveni that the attack was \"a flagrant violation\" of "
              "Kenya's sovereignty.")
    assert ("CRITICIZED", "William Ruto", "Uganda") in triples(doc)


def test_concern_about_acts_by_a_state_is_about_that_state(run: Run) -> None:
    doc = run("Kenya voiced concern over \"dangerous actions\" by Uganda in Lake Victoria.")
    assert triples(doc, "EXPRESSED_CONCERN") == {("EXPRESSED_CONCERN", "Kenya", "Uganda")}


def test_pledge_to_provide_something_to_a_state_is_a_pledge_to_it(run: Run) -> None:
    doc = run("Kenya also pledged to provide coastal radar systems to the Ugandan navy.")
    assert ("PLEDGED", "Kenya", "Uganda") in triples(doc)


def test_conjunct_hung_on_an_urged_clause_keeps_the_urger(run: Run) -> None:
    doc = run(f"{RUTO} met Ugandan President Yoweri Museveni. Ruto urged that rhetoric \"that "
              "poisons ties is best avoided\" and reiterated Kenya's support for a \"stable, "
              "peaceful Uganda\".")
    assert ("SUPPORTED", "William Ruto", "Uganda") in triples(doc)


# --- meetings stated by appearing together or signing together ------------------------------

def test_speaking_alongside_or_flanked_by_someone_is_meeting_them(run: Run) -> None:
    doc = run("\"Today marks a milestone,\" European Commission President Ursula von der "
              f"Leyen told reporters alongside {RUTO} and Ugandan President Yoweri Museveni.")
    pairs = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert frozenset(("Ursula von der Leyen", "William Ruto")) in pairs
    assert frozenset(("Ursula von der Leyen", "Yoweri Museveni")) in pairs
    doc = run(f"{RUTO}, flanked by Ugandan President Yoweri Museveni, said it was done.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")} == {
        frozenset(("William Ruto", "Yoweri Museveni"))}


def test_signing_with_a_partner_named_deep_in_the_object(run: Run) -> None:
    doc = run(f"{RUTO} travelled to Kampala in February and signed the Nile Accord for a "
              "strategic partnership with Ugandan President Yoweri Museveni.")
    facts = triples(doc)
    assert ("SIGNED", "Yoweri Museveni", "Nile Accord") in facts
    assert {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")} == {
        frozenset(("William Ruto", "Yoweri Museveni"))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya warned of consequences if Uganda closed the border.", ("WARNED", "Kenya")),
    (f"{RUTO} vowed to stand by Uganda.", ("PLEDGED", "William Ruto")),
    ("Kenya hit back at Uganda over the remarks.", ("CRITICIZED", "Kenya")),
    ("Kenya summoned Uganda's ambassador over the remarks.", ("CRITICIZED", "Kenya")),
    ("Kenya summoned the Ugandan envoy on Monday.", ("CRITICIZED", "Kenya")),
])
def test_general_trigger_forms_reach_uganda(run: Run, text: str,
                                            expected: tuple[str, str]) -> None:
    rel, src = expected
    assert (rel, src, "Uganda") in triples(run(text))


def test_a_planned_summons_is_no_protest(run: Run) -> None:
    assert not triples(run("Kenya would summon a Ugandan diplomat next week."), "CRITICIZED")


@pytest.mark.parametrize(("text", "found"), [
    (f"{RUTO} is in Uganda for talks with Ugandan President Yoweri Museveni.", True),
    (f"{RUTO} was in Uganda on a two-day visit.", True),
    (f"{RUTO} will be in Uganda for talks next week.", False),
    (f"{RUTO} was in Uganda in 1990 as a student.", False),
])
def test_being_somewhere_on_a_diplomatic_errand_is_a_visit(run: Run, text: str,
                                                           found: bool) -> None:
    assert (("VISITED", "William Ruto", "Uganda") in triples(run(text))) is found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya warned that Uganda would pay a heavy price.", ("WARNED", "Kenya", "Uganda")),
    ("Kenya fears Uganda may close the border.", ("EXPRESSED_CONCERN", "Kenya", "Uganda")),
    (f"{RUTO} took Uganda to task over the arrests.", ("CRITICIZED", "William Ruto", "Uganda")),
    ("Kenya pointed the finger at Uganda for the raid.", ("CRITICIZED", "Kenya", "Uganda")),
    ("Kenya sought assurances from Uganda on the border.", ("REQUESTED", "Kenya", "Uganda")),
])
def test_more_general_trigger_forms(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize("text", [
    "Kenya warned that it would retaliate.",
    "Kenya does not fear Uganda.",
])
def test_own_side_or_negated_concern_gives_nothing(run: Run, text: str) -> None:
    assert not triples(run(text)) - triples(run(text), "HOLDS_OFFICE")


def test_a_foreign_guest_received_by_a_leader_visited_the_hosts_country(run: Run) -> None:
    doc = run(f"{RUTO} received Ugandan President Yoweri Museveni at State House on Monday.")
    assert ("VISITED", "Yoweri Museveni", "Kenya") in triples(doc)
    doc = run(f"{RUTO} received a phone call from Ugandan President Yoweri Museveni.")
    assert not triples(doc, "VISITED")


@pytest.mark.parametrize(("text", "found"), [
    (f"{RUTO} spoke on Monday. \"Uganda's actions undermine regional security,\" Ruto said.",
     True),
    ("Kenya said Uganda had violated the ceasefire.", True),
    ("Kenya said Uganda's move did not violate the ceasefire.", False),
    ("Kenya said the floods undermine security in Uganda.", False),
])
def test_saying_anothers_acts_do_harm_is_criticism(run: Run, text: str, found: bool) -> None:
    criticized = {t for _, _, t in triples(run(text), "CRITICIZED")}
    assert ("Uganda" in criticized) is found


@pytest.mark.parametrize("text", [
    ATTACK + "Rwanda's foreign ministry spokesman Yolande Makolo condemned the attack and "
    "said Kigali \"reserves the right to respond\".",
    f"{RUTO} has accused Uganda of charging Kenyan trucks excessive fees and refused to rule "
    "out military force to retake the island.",
])
def test_unaimed_threat_takes_the_target_of_the_coordinated_act(run: Run, text: str) -> None:
    assert {t for _, _, t in triples(run(text), "WARNED")} == {"Uganda"}
