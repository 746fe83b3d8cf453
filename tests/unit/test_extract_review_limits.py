"""Where this session's rules stop, as a review of them found (invented sentences): a town
is no treaty's name, a nickname is no accord's, a law is no accord, a body announcing a
truce's end is no party to it, a participle's agents back only a state, 'the two leaders'
who just met, pronouns that point elsewhere, narrative 'would', and more."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.conftest import Run, triples


def _targets(doc: dict[str, object], rel: str) -> set[str]:
    return {t for _, _, t in triples(doc, rel)}  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a border pact in Kapsabet, the deal that ends their long dispute.",
    "Kenya and Uganda signed a trade pact on Monday at Lake Bunyonyi, the first agreement of "
    "its kind.",
])
def test_a_place_before_a_described_deal_is_no_accord_name(run: Run, text: str) -> None:
    assert not _targets(run(text), "SIGNED") & {"Kapsabet", "Lake Bunyonyi"}


def test_a_nickname_a_deal_is_called_is_no_accord_name(run: Run) -> None:
    doc = run("Kenya and Uganda signed a border pact on Monday. The deal, dubbed East Africa's "
              "Schengen by officials, opens the frontier.")
    assert _targets(doc, "SIGNED") == {"border pact"}


def test_a_plan_one_leader_signs_into_law_is_no_accord(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono signed the national health plan into law on "
              "Monday.")
    assert not triples(doc, "SIGNED")


@pytest.mark.parametrize("text", [
    "The United Nations announced the end of the ceasefire between Kenya and Uganda on "
    "Monday.",
    "Kenya and Uganda signed the Lake Victoria Accord in 2019. Uganda announced the end of "
    "the suspension of the Lake Victoria Accord.",
])
def test_announcing_the_end_of_something_else_leaves_no_accord(run: Run, text: str) -> None:
    assert not triples(run(text), "WITHDREW_FROM")


@pytest.mark.parametrize("text", [
    "A Ugandan journalist, criticised by Kenyan President Amos Kiprono, fled the country.",
    "Ugandan farmers, supported by Kenya, protested.",
])
def test_a_participles_agents_act_on_no_state_a_demonym_names(run: Run, text: str) -> None:
    doc = run(text)
    assert not {t for _, _, t in triples(doc)} & {"Uganda"}


def test_the_two_leaders_who_just_met_are_those_two(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono hosted Ugandan President Peter Okello on Friday. "
              "Separately, Kenyan opposition leader John Mwita met Ugandan singer and "
              "politician Sam Kato in Kisumu. The two leaders agreed to campaign together.")
    assert ("AGREED", "Amos Kiprono", "Peter Okello") not in triples(doc, "AGREED")


def test_him_after_another_person_was_named_is_not_the_old_partner(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono spoke by phone with Ugandan President Peter Okello "
              "on Monday. Tanzanian President John Mwita flew to Kampala on Tuesday. Okello "
              "received him at State House.")
    assert ("VISITED", "Amos Kiprono", "Uganda") not in triples(doc, "VISITED")


def test_on_his_arrival_with_an_object_him_is_the_one_welcomed(run: Run) -> None:
    doc = run("Ugandan President Peter Okello flew to Kenya on Monday. On his arrival in "
              "Nairobi, Kenyan President Amos Kiprono welcomed him at the airport.")
    met = triples(doc, "MET_WITH")
    assert ("MET_WITH", "Amos Kiprono", "Peter Okello") in met or \
        ("MET_WITH", "Peter Okello", "Amos Kiprono") in met


def test_treating_a_state_as_an_ally_allies_it(run: Run) -> None:
    doc = run("Kenya has long treated Uganda as a close ally.")
    assert triples(doc, "ALLY_OF") == {("ALLY_OF", "Kenya", "Uganda")}


def test_would_go_on_to_sign_is_a_signing(run: Run) -> None:
    doc = run("Kiprono and Okello first met in 2017. Kenya and Uganda would go on to sign the "
              "Lake Victoria Accord in 2019.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} >= {"Kenya", "Uganda"}


def test_a_bare_foreign_ministry_spokesman_speaks_for_the_state_he_reports(run: Run) -> None:
    doc = run("Kenya summoned the Ugandan envoy on Monday. Foreign Ministry spokesman Peter "
              "Okello said Kampala regretted the decision.")
    assert ("HOLDS_OFFICE", "Peter Okello", "Uganda") in triples(doc, "HOLDS_OFFICE")


def test_its_deal_with_a_party_of_the_pact_is_that_pact(run: Run) -> None:
    doc = run("Kenya and Uganda signed a trade pact in March 2021. On Friday, Uganda withdrew "
              "from its 2021 deal with Kenya.", date(2024, 5, 10))
    assert _targets(doc, "WITHDREW_FROM") == {"trade pact"}


def test_a_comma_in_a_list_after_a_title_opens_no_name(run: Run) -> None:
    doc = run("Kenyan Trade Minister Amos Kiprono met Safaricom, Twiga Foods, Kenya Power and "
              "Equity Bank on Monday.")
    assert "Twiga Foods" not in {e["name"] for e in doc["entities"] if e["type"] == "Person"}


def test_a_hyphened_judging_word_stays_in_the_name(run: Run) -> None:
    doc = run("Kenya and Uganda signed a short-range missile pact.")
    assert _targets(doc, "SIGNED") == {"short-range missile pact"}
