"""Allies named by a verb of calling ('called X a close ally', 'described X as our closest
ally') and an accord a relative clause gives other signers ('a deal that A signed with B').
Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_calling_a_state_an_ally_allies_it_with_the_speakers_state(run: Run) -> None:
    doc = run("Kenyan Defence Minister Amos Kiprono called Ghana a close ally.")
    assert triples(doc, "ALLY_OF") == {("ALLY_OF", "Kenya", "Ghana")}


def test_our_ally_in_a_description_is_the_speakers_states_ally(run: Run) -> None:
    doc = run("Kenyan Defence Minister Amos Kiprono said Nairobi backed the plan, describing "
              "Ghana as \"our most important ally\".")
    assert triples(doc, "ALLY_OF") == {("ALLY_OF", "Kenya", "Ghana")}


def test_not_calling_a_state_an_ally_allies_nothing(run: Run) -> None:
    doc = run("Kenyan Defence Minister Amos Kiprono did not call Ghana an ally.")
    assert not triples(doc, "ALLY_OF")


def test_a_deal_another_pair_signed_is_another_accord(run: Run) -> None:
    doc = run("Kenya and Uganda signed a security agreement on Thursday. The agreement follows "
              "a security deal that Tanzania signed with Rwanda in April 2022.")
    by_target: dict[str, set[str]] = {}
    for _, s, t in triples(doc, "SIGNED"):
        by_target.setdefault(t, set()).add(s)
    assert sorted(map(sorted, by_target.values())) == [["Kenya", "Uganda"],
                                                       ["Rwanda", "Tanzania"]]


def test_a_name_with_a_described_treaty_in_apposition_names_that_treaty(run: Run) -> None:
    doc = run("Russia on Tuesday suspended its participation in Nova SALT, the last arms "
              "control treaty between Moscow and Washington, and warned of nuclear tests.")
    assert triples(doc, "WITHDREW_FROM") == {("WITHDREW_FROM", "Russia", "Nova SALT")}
    assert not triples(doc, "AGREED")  # the treaty's description is no act of agreeing
    accord = next(e for e in doc["entities"] if e["type"] == "Accord")
    assert any("arms control treaty" in a for a in accord["aliases"])


def test_a_state_before_a_described_deal_stays_a_state(run: Run) -> None:
    doc = run("Kenya signed a trade pact with Uganda, the deal that ends their dispute.")
    assert ("SIGNED", "Uganda", "trade pact") in triples(doc, "SIGNED")
    assert {e["name"] for e in doc["entities"] if e["type"] == "Country"} == {"Kenya",
                                                                               "Uganda"}


def test_its_allies_in_a_participle_on_a_state_are_that_states_allies(run: Run) -> None:
    doc = run("Eritrea declared independence from Ethiopia in 1993. Addis Ababa, backed by its "
              "traditional allies Kenya and Djibouti, refused to recognise the vote.")
    assert triples(doc, "ALLY_OF") == {("ALLY_OF", "Ethiopia", "Kenya"),
                                       ("ALLY_OF", "Ethiopia", "Djibouti")}


def test_a_state_backed_by_others_in_a_participle_is_supported_by_them(run: Run) -> None:
    doc = run("Ethiopia, backed by its allies Kenya and Djibouti, refused to recognise the vote.")
    assert {("SUPPORTED", "Kenya", "Ethiopia"), ("SUPPORTED", "Djibouti", "Ethiopia")} <= \
        triples(doc, "SUPPORTED")


def test_a_plan_backed_by_a_state_supports_no_one(run: Run) -> None:
    doc = run("The plan, backed by Kenya, failed.")
    assert not triples(doc, "SUPPORTED")


def test_announcing_the_end_of_an_accord_is_leaving_it(run: Run) -> None:
    doc = run("Guinea's ruling junta has announced the immediate end of a key 2019 peace "
              "agreement with rebel groups.")
    assert {(s, t) for _, s, t in triples(doc, "WITHDREW_FROM")} == {
        ("Guinea", "2019 peace agreement")}


def test_demanding_the_end_of_an_accord_is_no_withdrawal(run: Run) -> None:
    doc = run("Chad signed a peace agreement with Sudan in 2019. Libya demanded the end of "
              "the peace agreement.")
    assert not triples(doc, "WITHDREW_FROM")


def test_the_junta_is_the_state_whose_junta_was_named(run: Run) -> None:
    doc = run("Guinea's junta met rebels on Monday. Sudan's foreign ministry voiced "
              "regret. Kenya urged the junta to free prisoners.")
    assert triples(doc, "REQUESTED") == {("REQUESTED", "Kenya", "Guinea")}


def test_its_allies_beside_a_subject_are_the_subjects_allies(run: Run) -> None:
    doc = run("Guinea's junta met rebels. Sudan's foreign ministry voiced regret. The junta, "
              "together with its allies in Niger and Chad, has also clashed with the bloc.")
    assert triples(doc, "ALLY_OF") == {("ALLY_OF", "Guinea", "Niger"),
                                       ("ALLY_OF", "Guinea", "Chad")}


def test_a_statement_dubbed_a_declaration_and_signed_by_two_is_their_signing(run: Run) -> None:
    doc = run("In a joint statement dubbed the Arusha Declaration and signed by Kenyan "
              "President Amos Kiprono and Ugandan President Peter Okello, the two leaders "
              "agreed to end the dispute.")
    assert {("SIGNED", "Amos Kiprono", "Arusha Declaration"),
            ("SIGNED", "Peter Okello", "Arusha Declaration")} <= triples(doc, "SIGNED")


def test_a_quoted_plan_one_signs_is_an_accord(run: Run) -> None:
    doc = run('Kenyan President Amos Kiprono signed the "action plan for comprehensive '
              'strategic partnership" during a visit to Beijing in February.')
    assert ("SIGNED", "Amos Kiprono", "action plan for comprehensive strategic partnership") \
        in triples(doc, "SIGNED")


def test_an_unquoted_plan_one_adopts_is_no_accord(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono adopted the action plan on trade in May.")
    assert not triples(doc, "SIGNED")


def test_the_holder_of_a_concern_is_not_what_it_is_about(run: Run) -> None:
    doc = run("Kenya spoke on Monday. Kenyan Foreign Secretary Amos Kiprono said he had "
              "conveyed Kenya's concerns about attacks on minorities as well as its desire to "
              "work together.")
    assert not {t for _, _, t in triples(doc, "EXPRESSED_CONCERN")} & {"Kenya"}


def test_what_an_accord_is_of_is_part_of_its_name(run: Run) -> None:
    doc = run("Kenya and Uganda signed a full treaty of peace and normalization and a "
              "declaration of principles. Ghana signed an agreement of the two sides.")
    assert {t for _, _, t in triples(doc, "SIGNED")} >= {
        "treaty of peace and normalization", "declaration of principles"}
    assert not any("sides" in t for _, _, t in triples(doc, "SIGNED"))


def test_a_framework_two_states_sign_is_an_accord(run: Run) -> None:
    doc = run("Kenya and Uganda on Wednesday signed a long-delayed framework for cooperation "
              "on energy.")
    assert {(s, t) for _, s, t in triples(doc, "SIGNED")} == {
        ("Kenya", "framework for cooperation"), ("Uganda", "framework for cooperation")}


def test_meeting_that_could_happen_to_sign_a_deal_signs_nothing(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono and Ugandan President Peter Okello could meet in "
              "Arusha in the coming weeks to sign an economic agreement, officials said.")
    assert not triples(doc, "SIGNED")


def test_agreements_covering_fields_with_no_count_are_one_set(run: Run) -> None:
    doc = run("Kenya and Uganda signed a raft of agreements covering water, energy, trade and "
              "security.")
    assert len({t for _, _, t in triples(doc, "SIGNED")}) == 1


def test_a_described_treaty_then_named_is_one_accord_by_its_name(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono and Ugandan leader Peter Okello signed a new "
              "strategic partnership treaty in Kampala on Wednesday. After talks, the two "
              "leaders signed the Treaty on Comprehensive Strategic Partnership.")
    signed = triples(doc, "SIGNED")
    assert {t for _, _, t in signed} == {"Treaty on Comprehensive Strategic Partnership"}
    assert {s for _, s, _ in signed} >= {"Kenya", "Uganda"}  # a leader signs for his state
