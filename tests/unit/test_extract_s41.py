"""Session 41 rules, one phenomenon per test, on invented articles. Each test fails
without its rule; the guards fail when their guard condition is removed."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, accord_names, dated, pairs


def test_recognising_a_claimant_as_leader_supports_him(run: Run) -> None:
    doc = run("LIMA - Opposition candidate Edmundo Gonzalez claimed victory on Sunday. Chile, "
              "Peru and Uruguay recognised Gonzalez as the elected president of Venezuela on "
              "Tuesday.\n")
    assert {("Chile", "Edmundo Gonzalez"), ("Peru", "Edmundo Gonzalez"),
            ("Uruguay", "Edmundo Gonzalez")} <= pairs(doc, "SUPPORTED")


def test_not_recognising_a_leader_supports_no_one(run: Run) -> None:
    doc = run("LIMA - Opposition candidate Edmundo Gonzalez claimed victory on Sunday. Peru "
              "did not recognise Gonzalez as president, the Peruvian foreign ministry said.\n")
    assert ("Peru", "Edmundo Gonzalez") not in pairs(doc, "SUPPORTED")


def test_coming_to_someones_defence_supports_him(run: Run) -> None:
    doc = run("BRASILIA - Venezuelan President Nicolas Maduro was rebuked at a summit on Tuesday. "
              "Colombian President Gustavo Petro came to Maduro's defence, and Bolivian "
              "President Luis Arce rushed to the defence of Maduro.\n")
    assert {("Gustavo Petro", "Nicolas Maduro"), ("Luis Arce", "Nicolas Maduro")} <= pairs(
        doc, "SUPPORTED")


def test_a_multilateral_deal_between_many_states_is_no_pairwise_agreement(run: Run) -> None:
    doc = run("VIENNA - The 2015 deal between Iran, the United States, China, Russia, Germany, "
              "France and Britain capped enrichment, Iranian Foreign Minister Abbas Araghchi "
              "said on Monday.\n")
    assert not pairs(doc, "AGREED")


def test_a_deal_between_three_states_is_still_their_agreement(run: Run) -> None:
    doc = run("MOSCOW - The ceasefire between Armenia, Azerbaijan and Russia held overnight, the "
              "Kremlin said on Monday.\n")
    assert {frozenset(p) for p in pairs(doc, "AGREED")} == {
        frozenset(("Armenia", "Azerbaijan")), frozenset(("Armenia", "Russia")),
        frozenset(("Azerbaijan", "Russia"))}


def test_an_accord_a_relative_clause_says_was_abandoned_is_left(run: Run) -> None:
    doc = run("VIENNA - Iran and six powers concluded the Joint Comprehensive Plan of Action in "
              "2015. US President Donald Trump met Israeli Prime Minister Benjamin Netanyahu on "
              "Monday. Under the Joint Comprehensive Plan of Action, which Trump abandoned in "
              "2018, Iran could enrich uranium to 3.67%.\n", published=date(2025, 4, 14))
    assert ("Donald Trump", "Joint Comprehensive Plan of Action") in pairs(doc, "WITHDREW_FROM")


def test_a_relative_clause_under_the_accord_leaves_nothing(run: Run) -> None:
    doc = run("MOSCOW - Russia and Georgia signed the Six-Point Ceasefire Agreement in 2008. The "
              "Six-Point Ceasefire Agreement, under which Russia withdrew from Georgia, ended "
              "the war.\n")
    assert not pairs(doc, "WITHDREW_FROM")


def test_a_dated_deal_is_not_the_new_deal_told_before_it(run: Run) -> None:
    doc = run("WASHINGTON - US President Donald Trump wants a new nuclear deal with Tehran, his "
              "envoy said on Monday. Trump abandoned the 2015 nuclear deal in 2018.\n",
              published=date(2025, 4, 14))
    assert ("Donald Trump", "2015 nuclear deal") in pairs(doc, "WITHDREW_FROM")


def test_recognising_a_state_is_no_support_fact(run: Run) -> None:
    doc = run("PRISTINA - Kosovo declared independence in 2008. Serbia refuses to recognise the "
              "move, while the United States and Germany have recognised Kosovo.\n")
    assert not pairs(doc, "SUPPORTED")


def test_applying_to_join_a_body_asks_it_to_admit_the_applicant(run: Run) -> None:
    doc = run("BRUSSELS - Finland and Sweden formally applied to join NATO on Wednesday. "
              "Moldova applied for membership of the European Union in March.\n",
              published=date(2022, 5, 18))
    assert {("Finland", "NATO"), ("Sweden", "NATO"), ("Moldova", "European Union")} <= pairs(
        doc, "REQUESTED")


def test_not_applying_or_joining_asks_nothing(run: Run) -> None:
    doc = run("KYIV - Ukraine has not applied to join NATO, and Austria joined the European Union "
              "in 1995, Ukrainian Foreign Minister Dmytro Kuleba said on Friday.\n")
    assert not pairs(doc, "REQUESTED")


def test_laying_the_blame_on_someone_criticises_him(run: Run) -> None:
    doc = run("BRUSSELS - EU foreign policy chief Josep Borrell on Thursday pinned the blame for "
              "the collapse of the EU-mediated talks on Kosovo's Prime Minister Albin Kurti. "
              "Russian Foreign Minister Sergei Lavrov laid the blame for the crisis on "
              "Washington.\n")
    assert {("Josep Borrell", "Albin Kurti"), ("Sergei Lavrov", "United States")} <= pairs(
        doc, "CRITICIZED")


def test_whoever_hosted_talks_between_others_met_them(run: Run) -> None:
    doc = run("MADRID - Four hours of talks between Turkish President Recep Tayyip Erdogan and "
              "Finnish President Sauli Niinisto, hosted by NATO Secretary General Jens "
              "Stoltenberg, ended the dispute on Tuesday.\n")
    met = {frozenset(p) for p in pairs(doc, "MET_WITH")}
    assert {frozenset(("Jens Stoltenberg", "Recep Tayyip Erdogan")),
            frozenset(("Jens Stoltenberg", "Sauli Niinisto"))} <= met


def test_two_leaders_acting_after_hours_of_talks_met(run: Run) -> None:
    doc = run("MOSCOW - Russian President Vladimir Putin and Turkish President Recep Tayyip "
              "Erdogan announced a truce on Thursday after more than six hours of talks.\n")
    assert {frozenset(p) for p in pairs(doc, "MET_WITH")} == {
        frozenset(("Vladimir Putin", "Recep Tayyip Erdogan"))}


def test_a_titled_name_runs_on_past_an_and_the_parser_split_it_at(run: Run) -> None:
    doc = run("RIYADH - Saudi Arabia and five other countries on Monday signed a charter "
              "establishing a council. The Charter of the Council of Arab and African States "
              "Bordering the Red Sea was signed in Riyadh by foreign ministers and senior "
              "representatives of Saudi Arabia, Egypt, Jordan, Sudan, Eritrea and Yemen.\n")
    assert "Charter of the Council of Arab and African States Bordering the Red Sea" in \
        accord_names(doc)


def test_backed_by_its_ally_x_is_backed_by_x(run: Run) -> None:
    doc = run("BELGRADE - Serbia, backed by its traditional ally Russia, refuses to recognise "
              "the secession, Serbian President Aleksandar Vucic said on Monday.\n")
    assert ("Russia", "Serbia") in pairs(doc, "SUPPORTED")


def test_counting_on_or_winning_the_support_of_a_state_is_its_support(run: Run) -> None:
    doc = run("BELGRADE - Serbia, which counts on the support of Russia and China, rejected the "
              "plan on Monday. Ukraine won the backing of France for its peace formula.\n")
    assert {("Russia", "Serbia"), ("China", "Serbia"), ("France", "Ukraine")} <= pairs(
        doc, "SUPPORTED")


def test_support_not_won_is_no_support(run: Run) -> None:
    doc = run("KYIV - Ukraine did not win the backing of France for its peace formula, "
              "Ukrainian Foreign Minister Dmytro Kuleba said on Monday.\n")
    assert not pairs(doc, "SUPPORTED")


def test_a_timetable_in_the_simple_present_is_no_earlier_day_of_the_story(run: Run) -> None:
    doc = run("Live: NATO summit\n\nTurkish President Recep Tayyip Erdogan agreed to forward "
              "Sweden's protocol to parliament after a meeting with Swedish Prime Minister Ulf "
              "Kristersson. The two-day NATO summit opens in the Lithuanian capital on "
              "Tuesday.\n", published=date(2023, 7, 10))
    assert dated(doc, "MET_WITH") == {("Recep Tayyip Erdogan", "Ulf Kristersson", "2023-07-10")}


def test_an_application_to_join_keeps_the_date_hung_on_the_joining(run: Run) -> None:
    doc = run("HELSINKI - Finland and Sweden applied to join NATO in May 2022, following "
              "Russia's invasion of Ukraine. The alliance meets on Friday.\n",
              published=date(2023, 3, 17))
    assert dated(doc, "REQUESTED") == {("Finland", "NATO", "2022-05"),
                                       ("Sweden", "NATO", "2022-05")}


def test_a_relative_pronoun_object_is_no_facts_content(run: Run) -> None:
    doc = run("CARACAS - Opposition leader Juan Guaido declared himself interim president on "
              "Wednesday. Colombia will deal with Guaido, whom the United States still "
              "recognizes as Venezuela's interim president.\n")
    facts = [f for f in doc["facts"] if f["rel"] == "SUPPORTED"]
    assert [(f["source"], f["target"], f["what"]) for f in facts] == [
        ("United States", "Juan Guaido", None)]


def test_a_capitalised_its_is_no_part_of_a_bodys_name(run: Run) -> None:
    doc = run("DUBAI - Iran has condemned the deal. Its Foreign Ministry on Saturday called "
              "Bahrain's decision shameful.\n")
    assert not any(e["name"].startswith("Its ") for e in doc["entities"])
    assert ("Iran", "Bahrain") in pairs(doc, "CRITICIZED")


def test_a_visit_in_a_when_clause_of_a_future_act_is_still_to_come(run: Run) -> None:
    doc = run("ANKARA - Turkish President Recep Tayyip Erdogan said he and Russian President "
              "Vladimir Putin would discuss the deal, possibly when Putin visits Turkey in "
              "August.\n", published=date(2023, 7, 18))
    assert not pairs(doc, "VISITED")


def test_a_new_deal_is_not_the_dated_one_told_before_it(run: Run) -> None:
    doc = run("TEHRAN - Iran abandoned the 2015 nuclear deal in 2019. On Monday Iran and the "
              "United States signed a new nuclear deal in Muscat.\n", published=date(2025, 6, 16))
    assert ("United States", "2015 nuclear deal") not in pairs(doc, "SIGNED")
    assert ("Iran", "2015 nuclear deal") in pairs(doc, "WITHDREW_FROM")


def test_no_longer_recognising_a_leader_supports_no_one(run: Run) -> None:
    doc = run("MOSCOW - Russian President Vladimir Putin no longer recognises Ukrainian President "
              "Volodymyr Zelensky as Ukraine's leader, the Kremlin said on Monday.\n")
    assert not pairs(doc, "SUPPORTED")


def test_recognising_someone_as_no_leader_supports_no_one(run: Run) -> None:
    doc = run("LYON - Interpol recognised Russian opposition figure Leonid Volkov as a political "
              "refugee on Monday.\n")
    assert not pairs(doc, "SUPPORTED")


def test_seeking_another_states_entry_asks_the_body_nothing(run: Run) -> None:
    doc = run("WARSAW - Poland sought Ukraine's accession to the European Union on Monday.\n")
    assert ("Poland", "European Union") not in pairs(doc, "REQUESTED")


def test_the_blame_falls_on_the_last_on_not_the_blamed_acts_own(run: Run) -> None:
    doc = run("MOSCOW - Russian Foreign Minister Sergei Lavrov laid the blame for the attack on "
              "Kyiv on Moscow's enemies.\n")
    assert ("Sergei Lavrov", "Ukraine") not in pairs(doc, "CRITICIZED")


def test_talks_that_could_take_place_are_no_meeting_of_anyone(run: Run) -> None:
    doc = run("CAIRO - Talks between Israeli Prime Minister Benjamin Netanyahu and Palestinian "
              "President Mahmoud Abbas, hosted by Egyptian President Abdel Fattah al-Sisi, could "
              "take place next month.\n")
    assert not pairs(doc, "MET_WITH")


def test_months_of_talks_are_no_meeting_of_the_actors(run: Run) -> None:
    doc = run("WASHINGTON - After months of talks, Russian President Vladimir Putin and US "
              "President Donald Trump each claimed victory on Monday.\n")
    assert not pairs(doc, "MET_WITH")


def test_a_french_bank_is_no_bangladeshi_party(run: Run) -> None:
    doc = run("PARIS - French President Emmanuel Macron criticised BNP Paribas on Monday.\n")
    assert not any(e["name"] == "Bangladesh Nationalist Party" for e in doc["entities"])


def test_winning_a_states_backing_is_its_support(run: Run) -> None:
    doc = run("KYIV - Ukraine won France's backing for its peace plan on Monday.\n")
    assert ("France", "Ukraine") in pairs(doc, "SUPPORTED")



def test_a_name_after_a_part_of_a_building_is_the_venue_not_a_person(run: Run) -> None:
    doc = run("NEW DELHI - Australian Prime Minister Anthony Albanese met Indian Prime Minister "
              "Narendra Modi on Friday. Earlier, Albanese was accorded a ceremonial welcome at "
              "the forecourt of Rashtrapati Bhavan, where he was received by President Droupadi "
              "Murmu.\n", published=date(2023, 3, 10))
    assert not any(e["type"] == "Person" and e["name"] == "Rashtrapati Bhavan"
                   for e in doc["entities"])
    assert all("Rashtrapati Bhavan" not in p for p in pairs(doc, "MET_WITH"))


def test_an_object_which_is_its_antecedent(run: Run) -> None:
    doc = run("WASHINGTON - The statement stopped short of mentioning Pakistan, which India has "
              "accused of backing the attackers.\n")
    assert ("India", "Pakistan") in pairs(doc, "CRITICIZED")


def test_who_of_a_plural_verb_after_coordinated_names_is_all_of_them(run: Run) -> None:
    doc = run("MEXICO CITY - The US delegation was headed by Secretary of State Antony Blinken and "
              "Homeland Security Secretary Alejandro Mayorkas, who were received by Mexican "
              "President Andres Manuel Lopez Obrador on Friday.\n")
    met = {frozenset(p) for p in pairs(doc, "MET_WITH")}
    assert {frozenset(("Antony Blinken", "Andres Manuel Lopez Obrador")),
            frozenset(("Alejandro Mayorkas", "Andres Manuel Lopez Obrador"))} <= met


def test_who_of_a_singular_verb_is_the_last_name_alone(run: Run) -> None:
    doc = run("MEXICO CITY - Mexican President Andres Manuel Lopez Obrador received Secretary of "
              "State Antony Blinken on Friday and thanked Senator Chris Murphy and Homeland "
              "Security Secretary Alejandro Mayorkas, who was received by Mexican Foreign "
              "Minister Marcelo Ebrard.\n")
    assert frozenset(("Chris Murphy", "Marcelo Ebrard")) not in {
        frozenset(p) for p in pairs(doc, "MET_WITH")}


def test_an_object_which_of_condemning_is_the_act_not_the_last_name(run: Run) -> None:
    doc = run("MOSCOW - The sanctions on Iran, which Russia condemned, took effect on Monday.\n")
    assert ("Russia", "Iran") not in pairs(doc, "CRITICIZED")


def test_the_blame_laid_on_someone_on_a_day_is_on_him(run: Run) -> None:
    doc = run("MOSCOW - Russian Foreign Minister Sergei Lavrov laid the blame on Ukraine on "
              "Monday.\n")
    assert ("Sergei Lavrov", "Ukraine") in pairs(doc, "CRITICIZED")


def test_applying_for_its_own_membership_asks_the_body(run: Run) -> None:
    doc = run("HELSINKI - Finland formally applied for its membership of NATO on Wednesday.\n")
    assert ("Finland", "NATO") in pairs(doc, "REQUESTED")


def test_talks_that_will_continue_were_held(run: Run) -> None:
    doc = run("BEIJING - Talks between US Secretary of State Antony Blinken and Chinese Foreign "
              "Minister Wang Yi will continue on Tuesday.\n")
    assert {frozenset(p) for p in pairs(doc, "MET_WITH")} == {
        frozenset(("Antony Blinken", "Wang Yi"))}


def test_recognising_someone_as_the_winner_supports_him(run: Run) -> None:
    doc = run("LIMA - Opposition candidate Edmundo Gonzalez claimed victory on Sunday. Peru "
              "recognised Gonzalez as the winner of Venezuela's presidential election.\n")
    assert ("Peru", "Edmundo Gonzalez") in pairs(doc, "SUPPORTED")


def test_a_name_on_the_steps_of_is_a_venue_but_not_in_the_steps_of(run: Run) -> None:
    doc = run("NEW DELHI - Australian Prime Minister Anthony Albanese met Indian Prime Minister "
              "Narendra Modi on Friday. Earlier, Albanese was given a ceremonial welcome on the "
              "steps of Rashtrapati Bhavan, where he was received by President Droupadi "
              "Murmu. Ghanaian President John Mahama said he followed in the steps of Kwame "
              "Nkrumah.\n", published=date(2023, 3, 10))
    kinds = {e["name"]: e["type"] for e in doc["entities"]}
    assert kinds.get("Rashtrapati Bhavan") != "Person"
    assert kinds.get("Kwame Nkrumah") != "Place"


def test_no_longer_than_a_week_after_is_no_negation(run: Run) -> None:
    doc = run("WASHINGTON - US President Joe Biden met Chinese President Xi Jinping no longer "
              "than a week after the summit.\n")
    assert pairs(doc, "MET_WITH") == {("Joe Biden", "Xi Jinping")}


def test_who_after_a_plural_noun_is_that_noun_not_the_names_before(run: Run) -> None:
    doc = run("BEIJING - Chinese Premier Li Qiang met Japanese Prime Minister Fumio Kishida and "
              "the South Korean delegates, who were received by Chinese President Xi Jinping "
              "on Monday.\n")
    assert frozenset(("Xi Jinping", "Fumio Kishida")) not in {
        frozenset(p) for p in pairs(doc, "MET_WITH")}


def test_days_of_talks_are_a_meeting(run: Run) -> None:
    doc = run("GENEVA - After two days of talks in Geneva, US Secretary of State Antony Blinken "
              "and Russian Foreign Minister Sergei Lavrov agreed to meet again.\n")
    assert frozenset(("Antony Blinken", "Sergei Lavrov")) in {
        frozenset(p) for p in pairs(doc, "MET_WITH")}


def test_who_of_a_plural_verb_after_coordinated_subjects_acts_for_all(run: Run) -> None:
    doc = run("TOKYO - Chinese Premier Li Qiang hosted Japanese Prime Minister Fumio Kishida and "
              "South Korean President Yoon Suk Yeol, who have criticised China's drills near "
              "Taiwan.\n", published=date(2024, 5, 27))
    assert {("Fumio Kishida", "China"), ("Yoon Suk Yeol", "China")} <= pairs(doc, "CRITICIZED")
