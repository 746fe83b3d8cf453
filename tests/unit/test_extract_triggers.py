"""Relation triggers: verb, phrasal, light-verb, idiom and noun forms, their arguments and
their guards, one phenomenon per test, on short invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.conftest import Run, triples

RUTO = "Kenyan President William Ruto"
MUSEVENI = "Ugandan President Yoweri Museveni"
HASSAN = "Tanzanian President Samia Suluhu Hassan"


def met(doc: dict[str, Any]) -> set[frozenset[str]]:
    return {frozenset((f["source"], f["target"])) for f in doc["facts"]
            if f["rel"] == "MET_WITH"}


def fact(doc: dict[str, Any], rel: str, src: str, tgt: str) -> dict[str, Any]:
    return next(f for f in doc["facts"] if (f["rel"], f["source"], f["target"]) == (rel, src, tgt))


PAIR = frozenset(("William Ruto", "Yoweri Museveni"))


@pytest.mark.parametrize(("text", "mode"), [
    (f"{RUTO} telephoned {MUSEVENI} on Monday to discuss trade.", "phone"),
    (f"{RUTO} called {MUSEVENI} on Monday to discuss trade.", "phone"),
    (f"{RUTO} spoke to {MUSEVENI} by phone on Monday about trade.", "phone"),
    (f"{RUTO} received a phone call from {MUSEVENI} on Monday.", "phone"),
    (f"{RUTO} held a video call with {MUSEVENI} on Monday.", "video"),
    (f"{RUTO} and {MUSEVENI} spoke by video call on Monday.", "video"),
    (f"{RUTO} conferred with {MUSEVENI} in Nairobi on Monday.", "in_person"),
    (f"{RUTO} sat down with {MUSEVENI} in Nairobi on Monday.", "in_person"),
    (f"{RUTO} held three rounds of talks with {MUSEVENI} in Nairobi on Monday.", "in_person"),
    (f"{MUSEVENI} was received by {RUTO} at State House on Monday.", "in_person"),
])
def test_meeting_forms_and_their_mode(run: Run, text: str, mode: str) -> None:
    doc = run(text)
    assert met(doc) == {PAIR}
    f = next(f for f in doc["facts"] if f["rel"] == "MET_WITH")
    assert f["mode"] == mode and f["date"] == "2024-05-13"


def test_with_phrase_lists_every_person_even_when_misparsed(run: Run) -> None:
    doc = run(f"{RUTO} spoke by telephone with {MUSEVENI} and {HASSAN} on Tuesday.")
    people = ["William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"]
    assert met(doc) >= {frozenset(("William Ruto", p)) for p in people[1:]}


def test_n_ary_meeting_gives_every_pair_with_the_venue(run: Run) -> None:
    doc = run(f"{RUTO}, {MUSEVENI} and {HASSAN} met in Arusha on Monday.")
    assert len(met(doc)) == 3
    assert {f["place"] for f in doc["facts"] if f["rel"] == "MET_WITH"} == {"Arusha"}


def test_speaking_to_reporters_or_together_is_no_meeting(run: Run) -> None:
    doc = run(f"{RUTO} and {MUSEVENI} spoke to reporters in Nairobi after the vote.")
    assert not met(doc)


@pytest.mark.parametrize("text", [
    f"{RUTO} landed in Uganda on Monday for a two-day stay.",
    f"{RUTO} travelled to Uganda on Monday for a two-day stay.",
    f"{RUTO} headed to Uganda on Monday for talks on trade.",
    f"{RUTO} was on a two-day trip to Uganda this week.",
])
def test_visit_forms(run: Run, text: str) -> None:
    assert ("VISITED", "William Ruto", "Uganda") in triples(run(text))


@pytest.mark.parametrize("text", [
    "Kenya pleaded with Somalia to release the detained fishermen.",
    "Kenya demanded that Somalia release the detained fishermen.",
    "Kenya sought support from Somalia for its bid to host the summit.",
    "Kenya pushed Somalia to release the detained fishermen.",
])
def test_request_forms(run: Run, text: str) -> None:
    assert ("REQUESTED", "Kenya", "Somalia") in triples(run(text))


def test_push_without_a_clause_is_no_request(run: Run) -> None:
    doc = run("Kenya pushed Somalia out of the regional trade talks last year.")
    assert not triples(doc, "REQUESTED")


@pytest.mark.parametrize("text", [
    "Kenya and Somalia reached consensus on border security after long talks.",
    "Kenya and Somalia came to an agreement on border security after long talks.",
    "Kenya reached an understanding with Somalia on border security on Monday.",
    "Kenya and Somalia concurred that the border should reopen soon.",
])
def test_agreement_forms(run: Run, text: str) -> None:
    agreed = triples(run(text), "AGREED")
    assert agreed & {("AGREED", "Kenya", "Somalia"), ("AGREED", "Somalia", "Kenya")}


def test_failed_or_absent_agreement_is_not_a_fact(run: Run) -> None:
    doc = run("Kenya and Somalia failed to reach an agreement on border security. "
              "Kenya and Somalia reached no deal on fishing rights either.")
    assert not triples(doc, "AGREED")


@pytest.mark.parametrize("text", [
    "Kenya guaranteed Somalia that it would respect the border.",
    "Kenya committed to supplying Somalia with grain this year.",
    "Kenya undertook to supply Somalia with grain this year.",
])
def test_pledge_forms(run: Run, text: str) -> None:
    assert ("PLEDGED", "Kenya", "Somalia") in triples(run(text))


@pytest.mark.parametrize("text", [
    "Kenya threw its weight behind Somalia in the dispute with Ethiopia.",
    "Kenya stood by Somalia during the long dispute with Ethiopia.",
    "Kenya rallied behind Somalia during the long dispute with Ethiopia.",
    "Kenya reaffirmed its support for Somalia during the long dispute.",
    "Kenya lent its support to Somalia during the long dispute.",
])
def test_support_forms_target_the_supported_not_the_adversary(run: Run,
                                                              text: str) -> None:
    assert triples(run(text), "SUPPORTED") == {("SUPPORTED", "Kenya", "Somalia")}


@pytest.mark.parametrize("text", [
    "Kenya is deeply concerned about the fighting in Somalia.",
    "Kenya was alarmed by the violence in Somalia last week.",
    "Kenya voiced alarm over the escalation in Somalia.",
])
def test_concern_forms(run: Run, text: str) -> None:
    assert ("EXPRESSED_CONCERN", "Kenya", "Somalia") in triples(run(text))


def test_concern_carries_its_topic_without_the_preposition(run: Run) -> None:
    doc = run("Kenya expressed deep concern over the situation in Somalia.")
    assert fact(doc, "EXPRESSED_CONCERN", "Kenya", "Somalia")["about"] == \
        "the situation in Somalia"


def test_not_concerned_is_no_concern(run: Run) -> None:
    doc = run("Kenya is not concerned about the election in Somalia, officials said.")
    assert not triples(doc, "EXPRESSED_CONCERN")


@pytest.mark.parametrize("text", [
    "Kenya warned Somalia against closing the border to traders.",
    "Kenya threatened retaliation against Somalia over the border closure.",
    "Kenya issued a statement warning that it would defend itself against Somalia.",
])
def test_warning_forms(run: Run, text: str) -> None:
    assert ("WARNED", "Kenya", "Somalia") in triples(run(text))


def test_warning_content_is_the_clause_not_the_target(run: Run) -> None:
    doc = run("Kenya warned Somalia against closing the border to traders.")
    assert fact(doc, "WARNED", "Kenya", "Somalia")["what"] == "closing the border to traders"


@pytest.mark.parametrize("text", [
    "The British government criticised Somalia over the seizure of the ship.",
    "Kenya lashed out at Somalia over the seizure of the ship.",
    "Kenya hit out at Somalia over the seizure of the ship.",
    "Kenya took aim at Somalia over the seizure of the ship.",
    "Kenya deplored Somalia's seizure of the ship.",
    "Kenya lodged a protest with Somalia over the seizure of the ship.",
    "Kenya strongly condemned the seizure of the ship by Somalia.",
])
def test_criticism_forms(run: Run, text: str) -> None:
    facts = triples(run(text), "CRITICIZED")
    assert {t for t in facts if t[2] == "Somalia"}, facts


def test_criticism_of_crimes_against_a_people_does_not_target_the_victims(
    run: Run,
) -> None:
    doc = run("Kenya condemned the crimes against the Somali people in the region.")
    assert ("CRITICIZED", "Kenya", "Somalia") not in triples(doc)


ACCORD = "Lake Victoria Fisheries Accord"


@pytest.mark.parametrize("text", [
    f"Kenya and Uganda put pen to paper on the {ACCORD} on Monday.",
    f"Kenya and Uganda put their signatures to the {ACCORD} on Monday.",
    f"Kenya and Uganda signed off on the {ACCORD} on Monday.",
    f"Kenya and Uganda countersigned the {ACCORD} on Monday.",
    f"Kenya and Uganda initialled the {ACCORD} on Monday.",
])
def test_signing_forms(run: Run, text: str) -> None:
    doc = run(text)
    assert {("SIGNED", "Kenya", ACCORD), ("SIGNED", "Uganda", ACCORD)} <= triples(doc)
    assert fact(doc, "SIGNED", "Kenya", ACCORD)["date"] == "2024-05-13"


@pytest.mark.parametrize("text", [
    f"Kenya pulled out of the {ACCORD} on Monday.",
    f"Kenya tore up the {ACCORD} on Monday.",
    f"Kenya walked away from the {ACCORD} on Monday.",
    f"Kenya reneged on the {ACCORD} on Monday.",
    f"Kenya ditched the {ACCORD} on Monday.",
    f"Kenya announced its withdrawal from the {ACCORD} on Monday.",
])
def test_withdrawal_forms(run: Run, text: str) -> None:
    assert ("WITHDREW_FROM", "Kenya", ACCORD) in triples(run(text))


@pytest.mark.parametrize("text", [
    f"{RUTO} denied meeting {MUSEVENI} in Kampala last week.",
    f"{RUTO} refused to meet {MUSEVENI} in Kampala last week.",
    f"{RUTO} never met {MUSEVENI} in Kampala, officials said.",
    f"Will {RUTO} meet {MUSEVENI} in Kampala next week?",
    f"Officials dismissed rumours that {RUTO} met {MUSEVENI} in Kampala.",
    f"It is unclear whether {RUTO} met {MUSEVENI} in Kampala.",
    f"If {RUTO} meets {MUSEVENI} in Kampala, trade may resume.",
])
def test_denied_refused_questioned_and_conditional_meetings_are_not_facts(
    run: Run, text: str,
) -> None:
    assert not met(run(text))


@pytest.mark.parametrize("text", [
    f"Kenya refused to sign the {ACCORD} on Monday.",
    f"Kenya denied that it had signed the {ACCORD}.",
    f"Kenya left the talks without signing the {ACCORD}.",
])
def test_refused_or_denied_signing_is_not_a_fact(run: Run, text: str) -> None:
    assert not triples(run(text), "SIGNED")


def test_coordinated_actors_and_targets_give_every_pair(run: Run) -> None:
    doc = run("Kenya and Uganda condemned Somalia and Eritrea over the border raids.")
    assert triples(doc, "CRITICIZED") == {
        ("CRITICIZED", a, b) for a in ("Kenya", "Uganda") for b in ("Somalia", "Eritrea")}


def test_meeting_event_groups_the_participants(run: Run) -> None:
    doc = run(f"{RUTO} held talks with {MUSEVENI} and {HASSAN} in Arusha on Monday.")
    events = [e for e in doc["entities"] if e["type"] == "Event"]
    assert len(events) == 1
    assert sorted(events[0]["participants"]) == sorted(
        ["William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"])


def test_pronoun_subject_of_a_reported_clause_is_the_reporter(run: Run) -> None:
    doc = run(f"{MUSEVENI} arrived on Monday. {RUTO} said he was disappointed by the "
              "vote and accused Somalia of bad faith.")
    assert ("CRITICIZED", "William Ruto", "Somalia") in triples(doc)
    assert ("CRITICIZED", "Yoweri Museveni", "Somalia") not in triples(doc)


def test_saying_ones_state_will_stand_by_another_is_support_and_a_pledge(
    run: Run,
) -> None:
    # annotators read "said Kenya would stand by X" as a stance, a promise, or both (one
    # often optional): both are given
    doc = run(f"{RUTO} said Kenya would continue to stand by Somalia in the dispute.")
    assert ("SUPPORTED", "William Ruto", "Somalia") in triples(doc)
    assert ("PLEDGED", "William Ruto", "Somalia") in triples(doc)


def test_saying_ones_state_will_help_another_is_a_pledge(run: Run) -> None:
    doc = run(f"{RUTO} said Kenya would help Somalia after the floods.")
    assert ("PLEDGED", "William Ruto", "Somalia") in triples(doc)
    assert not triples(doc, "SUPPORTED")


def test_saying_ones_state_will_retaliate_is_no_pledge(run: Run) -> None:
    doc = run(f"{RUTO} said Kenya would retaliate against Somalia.")
    assert not triples(doc, "PLEDGED")


def test_being_committed_to_helping_is_a_pledge(run: Run) -> None:
    doc = run("Kenya is committed to assisting Somalia after the floods, officials said.")
    assert ("PLEDGED", "Kenya", "Somalia") in triples(doc)


def test_signing_any_deal_is_no_signing(run: Run) -> None:
    doc = run("Kenya agreed to consult Uganda before signing any security deal with "
              "Somalia.")
    assert not triples(doc, "SIGNED")


def test_signing_in_the_presence_of_a_person_is_no_meeting_with_them(run: Run) -> None:
    # Being present at a signing is not stated as a meeting (the corpus's rule: a fact is
    # what the article states).
    doc = run(f"{RUTO} and {MUSEVENI} signed the deal on Friday in the presence of "
              f"{HASSAN}.")
    assert not any("Samia Suluhu Hassan" in pair for pair in met(doc))
    assert {s for _, s, _t in triples(doc, "SIGNED")} >= {"William Ruto", "Yoweri Museveni"}


def test_bringing_people_together_is_a_meeting_of_all(run: Run) -> None:
    doc = run(f"{RUTO} brought {MUSEVENI} and {HASSAN} together in Nairobi for talks.")
    assert len(met(doc)) == 3


def test_whose_country_is_an_ally_names_the_persons_state(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi, whose country is Uganda's "
              "closest ally, praised the deal.")
    assert triples(doc, "ALLY_OF") & {("ALLY_OF", "Kenya", "Uganda"),
                                      ("ALLY_OF", "Uganda", "Kenya")}


@pytest.mark.parametrize(("text", "target"), [
    ("Kenya expressed concern that Somalia could close the border.", "Somalia"),
    (f"Poland voiced doubts about the {ACCORD}.", ACCORD),
])
def test_concern_about_a_clause_or_as_doubts(run: Run, text: str, target: str) -> None:
    src = text.split()[0]
    assert ("EXPRESSED_CONCERN", src, target) in triples(run(text))


def test_trip_before_the_main_act_is_a_visit(run: Run) -> None:
    doc = run(f"{RUTO} flew to Tanzania after a four-day trip to Uganda.")
    assert {("VISITED", "William Ruto", "Uganda"), ("VISITED", "William Ruto", "Tanzania")} \
        <= triples(doc)


def test_a_law_denouncing_a_treaty_is_its_signers_withdrawal(run: Run) -> None:
    doc = run(f"Kenya signed a law in May suspending the {ACCORD}.")
    assert ("WITHDREW_FROM", "Kenya", ACCORD) in triples(doc)


def test_a_conjunct_of_an_urged_act_is_not_done(run: Run) -> None:
    doc = run(f"{RUTO} urged Uganda to seize the opportunity and sign the {ACCORD}.")
    assert not triples(doc, "SIGNED")
    assert ("REQUESTED", "William Ruto", "Uganda") in triples(doc)


def test_co_signers_in_one_clause_met(run: Run) -> None:
    doc = run(f"{RUTO} and {MUSEVENI} signed the {ACCORD} in Arusha on Monday.")
    assert met(doc) == {PAIR}


def test_denouncing_a_deal_as_something_is_blame_not_withdrawal(run: Run) -> None:
    doc = run(f"Kenya denounced the {ACCORD} as an attack on its sovereignty.")
    assert not triples(doc, "WITHDREW_FROM")
    doc = run(f"Kenya formally denounced the {ACCORD} on Monday.")
    assert ("WITHDREW_FROM", "Kenya", ACCORD) in triples(doc)


@pytest.mark.parametrize(("text", "rel"), [
    ("Kenya and Somalia are close to reaching a deal on border security, officials said.",
     "AGREED"),
    (f"Kenya and Uganda agreed to sign the {ACCORD} next year.", "SIGNED"),
    (f"Kenya threatened to withdraw from the {ACCORD}.", "WITHDREW_FROM"),
    (f"{RUTO} is scheduled to meet {MUSEVENI} in Kampala next week.", "MET_WITH"),
    (f"{RUTO} and {MUSEVENI} agreed to meet again in Kampala.", "MET_WITH"),
    ("Somalia committed war crimes against Kenya, the report said.", "PLEDGED"),
])
def test_acts_only_agreed_planned_or_threatened_are_not_facts(run: Run, text: str,
                                                              rel: str) -> None:
    assert not triples(run(text), rel)


def test_demanding_the_release_of_ones_citizens_does_not_ask_oneself(run: Run) -> None:
    doc = run("Kenya demanded the release of Kenyan citizens held by Somalia.")
    assert ("REQUESTED", "Kenya", "Kenya") not in triples(doc)
    doc = run("Kenya demanded answers from Somalia over the detentions.")
    assert ("REQUESTED", "Kenya", "Somalia") in triples(doc)


def test_talks_after_which_an_accord_was_agreed_still_happened(run: Run) -> None:
    doc = run(f"{RUTO} and {MUSEVENI} agreed on the {ACCORD} after talks in Arusha.")
    assert met(doc) == {PAIR}


def test_meeting_separately_pairs_only_with_the_subject(run: Run) -> None:
    doc = run(f"{RUTO} met separately with {MUSEVENI} and {HASSAN} in Arusha.")
    assert met(doc) == {PAIR, frozenset(("William Ruto", "Samia Suluhu Hassan"))}


@pytest.mark.parametrize("text", [
    f"{RUTO} held a bilateral with {MUSEVENI} in Arusha on Monday.",
    f"{RUTO} hosted a state dinner for {MUSEVENI} in Nairobi on Monday.",
    f"{RUTO} was joined by {MUSEVENI} for the talks in Arusha on Monday.",
    f"During the meeting on Monday, {RUTO} told {MUSEVENI} that trade must grow.",
])
def test_more_meeting_idioms(run: Run, text: str) -> None:
    assert met(run(text)) == {PAIR}


def test_passive_co_signers_are_no_stated_meeting(run: Run) -> None:
    # "signed by A and B": annotated sets mark the signing, not a meeting of the signers
    # (unlike "A and B signed the deal in X", a clause about the two of them)
    doc = run(f"The {ACCORD} was signed by {RUTO} and {MUSEVENI} in Arusha on Monday.")
    assert not met(doc)
    doc = run(f"The {ACCORD}, signed by {RUTO} and {MUSEVENI} in 2019, expired on "
              "Monday.")
    assert not met(doc)


@pytest.mark.parametrize(("text", "fact_"), [
    ("Kenya's condemnation of Somalia drew a sharp response.", ("CRITICIZED", "Kenya", "Somalia")),
    ("Kenya's pledge to Uganda was welcomed by observers.", ("PLEDGED", "Kenya", "Uganda")),
    ("Observers noted Kenya's concern over the election in Somalia.",
     ("EXPRESSED_CONCERN", "Kenya", "Somalia")),
])
def test_owned_relation_nouns(run: Run, text: str, fact_: tuple[str, str, str]) -> None:
    assert fact_ in triples(run(text))


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto warned Mogadishu that the closure would hurt trade.",
    "Kenya condemned the border closure on Monday, warning Somalia that trade would suffer.",
    "Kenya sounded a warning to Somalia over the border closure.",
    "Kenyan President William Ruto told Somalia it would face consequences.",
])
def test_more_warning_forms(run: Run, text: str) -> None:
    assert {t for t in triples(run(text), "WARNED") if t[2] == "Somalia"}


@pytest.mark.parametrize("text", [
    "Kenya branded Somalia a rogue state after the border closure.",
    "Kenya dismissed Somalia's claims as baseless.",
    "Kenyan President William Ruto called Somalia's remarks unacceptable.",
])
def test_name_calling_is_criticism(run: Run, text: str) -> None:
    assert {t for t in triples(run(text), "CRITICIZED") if t[2] == "Somalia"}


def test_describing_talks_as_constructive_is_no_criticism(run: Run) -> None:
    doc = run("Kenya described the talks with Somalia as constructive.")
    assert not triples(doc, "CRITICIZED")


def test_accepting_a_proposal_is_agreement_with_its_author(run: Run) -> None:
    doc = run("Kenya accepted Somalia's proposal for a joint border commission.")
    assert triples(doc, "AGREED") & {("AGREED", "Kenya", "Somalia"),
                                     ("AGREED", "Somalia", "Kenya")}


def test_warning_target_is_not_taken_from_a_coordinated_clause(run: Run) -> None:
    doc = run(f"{RUTO} warned that the bloc had become a prison for its members and "
              "urged the bloc to allow Uganda to negotiate alone.")
    assert ("WARNED", "William Ruto", "Uganda") not in triples(doc)


def test_a_speech_act_joined_to_a_reported_description_is_the_speakers(run: Run) -> None:
    doc = run(f"{RUTO} spoke in Nairobi on Monday. He said Kenya and Uganda were one people "
              f"and assured {MUSEVENI} that Kenya would keep the border open.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "William Ruto", "Yoweri Museveni")}


def test_a_speech_act_after_a_description_of_one_person_is_that_persons(run: Run) -> None:
    doc = run(f"{RUTO} spoke on Monday. He said {MUSEVENI} was furious and warned Tanzania "
              "against closing the border.")
    assert triples(doc, "WARNED") == {("WARNED", "Yoweri Museveni", "Tanzania")}
