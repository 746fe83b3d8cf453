"""Session 42 rules, one phenomenon per test, on invented articles. Each test fails
without its rule; the guards fail when their guard condition is removed."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, offices, pairs


def test_a_chief_negotiator_holds_an_office_of_his_state(run: Run) -> None:
    doc = run("BELGRADE - Talks were held on Monday between Serbia's chief negotiator Marko "
              "Lazic and Kosovo's First Deputy Prime Minister Arben Gashi.\n")
    assert ("Marko Lazic", "Serbia") in offices(doc)


def test_a_bare_apostrophe_names_the_body_whose_officer_follows(run: Run) -> None:
    doc = run("LONDON - Hamas' chief negotiator, Khalil Nasser, said on Monday that the talks "
              "had stalled.\n")
    assert offices(doc) == {("Khalil Nasser", "Hamas")}


def test_a_governing_movements_spokesman_holds_the_movements_office(run: Run) -> None:
    doc = run("KABUL - Taliban spokesman Ahmad Rahimi said on Sunday that the talks would "
              "resume.\n")
    assert offices(doc) == {("Ahmad Rahimi", "Taliban")}


def test_a_governing_movements_minister_holds_an_office_of_the_state(run: Run) -> None:
    doc = run("KABUL - The Taliban's acting foreign minister, Karim Wardak, met Chinese "
              "officials on Monday.\n")
    assert ("Karim Wardak", "Afghanistan") in offices(doc)
    assert ("Karim Wardak", "Taliban") not in offices(doc)


def test_a_participle_after_a_report_on_his_own_state_is_the_reporters_act(run: Run) -> None:
    doc = run("ANKARA - Turkish President Recep Tayyip Erdogan repeated on Wednesday that Ankara "
              "would not back the bids, accusing Stockholm and Helsinki of harbouring "
              "militants.\n")
    assert {("Recep Tayyip Erdogan", "Sweden"), ("Recep Tayyip Erdogan", "Finland")} <= pairs(
        doc, "CRITICIZED")
    assert ("Turkey", "Sweden") not in pairs(doc, "CRITICIZED")
    # (the guard, another state's report: tests/unit/test_extract_review_s15.py)


def test_a_bare_apostrophe_names_the_body_whose_title_follows_a_name(run: Run) -> None:
    doc = run("SANAA - Hussein al-Amri, the Houthis' deputy foreign minister, said the strikes "
              "were an aggression.\n")
    assert offices(doc) == {("Hussein al-Amri", "Houthis")}


def test_signing_a_mutual_defence_pact_makes_the_signers_allies(run: Run) -> None:
    doc = run("NIAMEY - The military governments of Mali, Burkina Faso and Niger on Saturday "
              "signed a mutual defense pact, pledging to come to each other's aid.\n")
    assert {frozenset(p) for p in pairs(doc, "ALLY_OF")} == {
        frozenset({"Mali", "Burkina Faso"}), frozenset({"Mali", "Niger"}),
        frozenset({"Burkina Faso", "Niger"})}


def test_separate_defence_treaties_ally_the_holder_with_each_partner_only(run: Run) -> None:
    doc = run("WASHINGTON - The United States has separate defence treaties with both Japan and "
              "South Korea, officials said on Monday.\n")
    assert {frozenset(p) for p in pairs(doc, "ALLY_OF")} == {
        frozenset({"United States", "Japan"}), frozenset({"United States", "South Korea"})}


def test_a_defence_cooperation_treaty_or_plain_defence_pact_makes_no_allies(run: Run) -> None:
    doc = run("BAMAKO - Mali said on Monday it was ending the 2014 defence cooperation treaty "
              "between Mali and France. Japan and the Philippines signed a defense pact on "
              "Monday.\n")
    assert not pairs(doc, "ALLY_OF")


def test_a_mutual_defence_pact_not_signed_makes_no_allies(run: Run) -> None:
    doc = run("SEOUL - South Korea and Japan have not signed a mutual defense pact, the ministry "
              "said on Monday.\n")
    assert not pairs(doc, "ALLY_OF")


def test_its_allies_in_a_conjoined_clause_are_the_shared_subjects(run: Run) -> None:
    doc = run("BELGRADE - Belgrade has refused to recognise the move and is backed by its allies "
              "Russia and China, officials said on Monday.\n")
    assert {frozenset(p) for p in pairs(doc, "ALLY_OF")} == {
        frozenset({"Serbia", "Russia"}), frozenset({"Serbia", "China"})}


def test_a_leaders_allies_are_his_states_allies(run: Run) -> None:
    doc = run("DOHA - Syrian President Bashar al-Assad fled on Sunday. Turkey has backed some "
              "rebel factions, while Russia and Iran have been Assad's main allies.\n")
    assert {frozenset(p) for p in pairs(doc, "ALLY_OF")} == {
        frozenset({"Syria", "Russia"}), frozenset({"Syria", "Iran"})}


def test_a_mans_ally_named_by_his_leaders_possessive_makes_no_state_allies(run: Run) -> None:
    doc = run("MOSCOW - Syrian President Bashar al-Assad fled on Sunday. Russian President "
              "Vladimir Putin, Assad's closest ally, gave him asylum.\n")
    assert not pairs(doc, "ALLY_OF")


def test_backing_a_states_rebels_is_no_support_for_the_state(run: Run) -> None:
    doc = run("ANKARA - Turkey has backed some Syrian opposition factions during the war, "
              "officials said on Monday.\n")
    assert ("Turkey", "Syria") not in pairs(doc, "SUPPORTED")


def test_talks_on_a_topic_with_someone_are_a_meeting_with_him(run: Run) -> None:
    doc = run("NEW DELHI - Chinese Foreign Minister Wang Yi held talks on the boundary question "
              "with Indian National Security Adviser Ajit Doval on Tuesday.\n")
    assert pairs(doc, "MET_WITH") == {("Wang Yi", "Ajit Doval")}


def test_a_call_on_a_topic_with_someone_is_a_call_with_him(run: Run) -> None:
    doc = run("BEIJING - Chinese Foreign Minister Wang Yi had a phone call on trade with Indian "
              "Prime Minister Narendra Modi on Tuesday.\n")
    assert pairs(doc, "MET_WITH") == {("Wang Yi", "Narendra Modi")}


def test_views_on_negotiations_with_someone_are_no_meeting_with_him(run: Run) -> None:
    doc = run("TOKYO - Japanese Prime Minister Shigeru Ishiba hosted South Korean President Lee "
              "Jae-myung on Saturday. The two leaders exchanged views on their trade "
              "negotiations with U.S. President Donald Trump.\n")
    assert not {p for p in pairs(doc, "MET_WITH") if "Donald Trump" in p}


def test_two_surnames_the_ner_ran_together_over_and_are_two_people(run: Run) -> None:
    doc = run("KHARTOUM - Sudanese army chief Abdel Rahman al-Burhan and RSF leader Mohamed "
              "Hamid Dagalo clashed. Russian Foreign Minister Sergey Lavrov visited Khartoum in "
              "February 2023 and met al-Burhan and Dagalo, who were then allies.\n",
              date(2025, 1, 10))
    assert {("Sergey Lavrov", "Abdel Rahman al-Burhan"),
            ("Sergey Lavrov", "Mohamed Hamid Dagalo")} <= pairs(doc, "MET_WITH")


def test_three_way_phone_talks_join_everyone_on_the_line(run: Run) -> None:
    doc = run("SEOUL - South Korean nuclear envoy Kim Gunn held three-way phone talks on "
              "Wednesday with US Deputy Assistant Secretary Jung Pak and Japanese Director "
              "General Hiroyuki Namazu.\n")
    assert {frozenset(p) for p in pairs(doc, "MET_WITH")} == {
        frozenset({"Kim Gunn", "Jung Pak"}), frozenset({"Kim Gunn", "Hiroyuki Namazu"}),
        frozenset({"Jung Pak", "Hiroyuki Namazu"})}


def test_one_callers_phone_talks_with_two_are_two_calls(run: Run) -> None:
    doc = run("SEOUL - South Korean nuclear envoy Kim Gunn held phone talks on Wednesday with "
              "US Deputy Assistant Secretary Jung Pak and Japanese Director General Hiroyuki "
              "Namazu.\n")
    assert {frozenset(p) for p in pairs(doc, "MET_WITH")} == {
        frozenset({"Kim Gunn", "Jung Pak"}), frozenset({"Kim Gunn", "Hiroyuki Namazu"})}


def test_the_two_who_led_talks_met(run: Run) -> None:
    doc = run("MUSCAT - The talks in Muscat on Saturday were led by Iranian Foreign Minister "
              "Hamid Karimi and US envoy Mark Doyle.\n")
    assert {frozenset(p) for p in pairs(doc, "MET_WITH")} == {
        frozenset({"Hamid Karimi", "Mark Doyle"})}


def test_a_delegation_led_by_two_names_no_meeting(run: Run) -> None:
    doc = run("MUSCAT - The Iranian delegation was led by Foreign Minister Hamid Karimi and "
              "Deputy Foreign Minister Reza Najafi on Saturday.\n")
    assert not pairs(doc, "MET_WITH")


def test_a_name_set_off_after_an_office_of_a_body_is_its_holder(run: Run) -> None:
    doc = run("ADDIS ABABA, Jan 2 (Reuters) - The chairperson of the African Union Commission, "
              "Moussa Faki Mahamat, called on Ethiopia and Somalia to exercise calm and mutual "
              "respect.\n")
    assert ("Moussa Faki Mahamat", "African Union Commission") in offices(doc)
    assert {("Moussa Faki Mahamat", "Ethiopia"), ("Moussa Faki Mahamat", "Somalia")} <= pairs(
        doc, "REQUESTED")


def test_saying_another_state_must_act_asks_it_to(run: Run) -> None:
    doc = run("ANKARA - Turkish Foreign Minister Ali Demir said on Monday that Sweden and "
              "Finland must stop supporting militant groups.\n")
    assert {("Ali Demir", "Sweden"), ("Ali Demir", "Finland")} <= pairs(doc, "REQUESTED")


def test_saying_ones_own_state_and_another_must_act_asks_no_one(run: Run) -> None:
    doc = run("ANKARA - Turkish Foreign Minister Ali Demir said on Monday that Turkey and "
              "Azerbaijan must stay vigilant.\n")
    assert not pairs(doc, "REQUESTED")


def test_saying_another_should_have_acted_is_a_reproach_not_a_request(run: Run) -> None:
    doc = run("GUATEMALA CITY - Mexican Foreign Minister Ana Ruiz said on Monday that "
              "Guatemala should have consulted its neighbours.\n")
    assert not pairs(doc, "REQUESTED")


def test_a_chair_saying_the_bloc_must_act_asks_no_one(run: Run) -> None:
    doc = run("VIENTIANE - The Association of Southeast Asian Nations opened its summit on "
              "Tuesday. Laotian Prime Minister Sonexay Siphandone, who chairs ASEAN this year, "
              "said the bloc must maintain its unity.\n")
    assert not pairs(doc, "REQUESTED")


def test_many_states_agreeing_to_take_part_agree_with_no_one(run: Run) -> None:
    doc = run("MANAMA - US Defense Secretary John Hale said on Monday that Britain, Bahrain, "
              "Canada, France and Spain had agreed to take part in the naval patrols.\n")
    assert not pairs(doc, "AGREED")


def test_many_states_agreeing_to_act_together_agree_with_each_other(run: Run) -> None:
    doc = run("SAMARKAND - Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan agreed on Friday "
              "to deepen cooperation on water.\n")
    assert len(pairs(doc, "AGREED")) == 6


def test_a_leader_calling_a_person_our_closest_ally_allies_their_states(run: Run) -> None:
    doc = run("BRATISLAVA - Hungarian Prime Minister Viktor Orban visited on Monday. \"Orban is "
              "our closest ally,\" Slovak Prime Minister Robert Fico said.\n")
    assert {frozenset(p) for p in pairs(doc, "ALLY_OF")} == {frozenset({"Slovakia", "Hungary"})}


def test_a_warlords_allies_are_no_allies_of_his_state(run: Run) -> None:
    doc = run("BENGHAZI - Eastern commander Khalifa Haftar met Egyptian officials on Monday. The "
              "United Arab Emirates and Egypt are Haftar's main allies.\n")
    assert not {p for p in pairs(doc, "ALLY_OF") if "Libya" in p}


def test_no_proposed_or_defunct_defence_treaty_makes_allies(run: Run) -> None:
    doc = run("WASHINGTON - The United States has no formal defence treaty with Taiwan. A "
              "proposed mutual defence treaty between the United States and Saudi Arabia is "
              "under discussion, and the defunct mutual defense treaty between the United "
              "States and Taiwan lapsed in 1980.\n")
    assert not pairs(doc, "ALLY_OF")


def test_a_named_mutual_defense_treaty_makes_allies(run: Run) -> None:
    doc = run("MANILA - The 1951 Mutual Defense Treaty between the Philippines and the United "
              "States binds both, officials said on Monday.\n")
    assert {frozenset(p) for p in pairs(doc, "ALLY_OF")} == {
        frozenset({"Philippines", "United States"})}


def test_many_states_agreeing_to_take_measures_agree_with_each_other(run: Run) -> None:
    doc = run("SAMARKAND - Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan agreed on Friday "
              "to take joint measures against drought.\n")
    assert len(pairs(doc, "AGREED")) == 6


def test_saying_another_must_be_to_blame_is_a_judgement_not_a_request(run: Run) -> None:
    doc = run("MOSCOW - Russian Foreign Minister Pavel Orlov said on Monday that Ukraine must be "
              "behind the attack and that Iran must not be allowed to build a bomb.\n")
    assert not pairs(doc, "REQUESTED")


def test_backing_a_states_opposition_groups_is_no_support_for_the_state(run: Run) -> None:
    doc = run("ANKARA - Turkey has backed Syrian opposition groups, while Russia backed the "
              "Syrian government, officials said on Monday.\n")
    assert ("Turkey", "Syria") not in pairs(doc, "SUPPORTED")
    assert ("Russia", "Syria") in pairs(doc, "SUPPORTED")


def test_two_of_one_state_who_led_talks_did_not_meet_each_other(run: Run) -> None:
    doc = run("ATHENS - Greek Finance Minister Nikos Petrou and Greek central bank governor "
              "Yannis Stournaras spoke on Monday. The talks with the creditors were led by Greek "
              "Finance Minister Nikos Petrou and Greek Deputy Finance Minister Eleni Vlachou.\n")
    assert not pairs(doc, "MET_WITH")


def test_talks_on_negotiations_with_someone_are_no_meeting_with_him(run: Run) -> None:
    doc = run("TOKYO - Japanese Prime Minister Shigeru Ishiba held talks on their trade "
              "negotiations with U.S. President Donald Trump, officials said.\n")
    assert not {p for p in pairs(doc, "MET_WITH") if "Donald Trump" in p}
