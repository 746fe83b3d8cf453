"""Session 38 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, offices, triples


def _signed(doc: dict[str, Any]) -> set[str]:
    return {t[2] for t in triples(doc, "SIGNED")}


def test_a_long_topic_the_parser_hung_on_the_verb_stays_whole(run: Run) -> None:
    doc = run("Chile and Japan signed a memorandum of understanding on a strategic partnership "
              "in the field of critical raw materials on Monday.\n")
    assert _signed(doc) == {"memorandum of understanding on a strategic partnership in the "
                            "field of critical raw materials"}


def test_the_two_parties_after_a_topic_are_no_part_of_the_name(run: Run) -> None:
    doc = run("Laos and Vietnam signed an agreement on economic and technical cooperation "
              "between the two governments on Friday.\n")
    assert _signed(doc) == {"agreement on economic and technical cooperation"}


def test_the_sea_a_topic_applies_to_is_part_of_the_accords_name(run: Run) -> None:
    doc = run("Greece and Egypt signed an agreement on fisheries in the Aegean Sea in Cairo on "
              "Monday.\n")
    assert _signed(doc) == {"agreement on fisheries in the Aegean Sea"}


def test_a_city_after_a_topic_is_the_venue_not_the_name(run: Run) -> None:
    doc = run("Greece and Egypt signed an agreement on fisheries in Cairo on Monday.\n")
    assert _signed(doc) == {"agreement on fisheries"}


def test_a_bare_vague_plural_is_no_topic_of_the_accord(run: Run) -> None:
    doc = run("Nepal and China signed nine memorandums of understanding on areas including "
              "trade, health and infrastructure on Monday.\n")
    assert _signed(doc) == {"nine memorandums of understanding"}


def test_a_named_sector_stays_in_the_topic(run: Run) -> None:
    doc = run("Chile and Peru signed an accord on cooperation in the mining sector on "
              "Monday.\n")
    assert _signed(doc) == {"accord on cooperation in the mining sector"}


def test_a_state_department_rank_is_a_us_office_without_a_country_word(run: Run) -> None:
    doc = run("NIAMEY - Assistant Secretary of State for African Affairs Molly Phee met "
              "Nigerien officials on Monday.\n")
    assert ("Molly Phee", "United States") in offices(doc)


def test_a_bare_secretary_of_state_for_a_portfolio_is_not_made_american(run: Run) -> None:
    doc = run("LONDON - Secretary of State for Defence Grant Shapps met Nigerien officials on "
              "Monday.\n")
    assert ("Grant Shapps", "United States") not in offices(doc)


def test_a_letter_asking_it_to_act_asks_the_letters_addressee(run: Run) -> None:
    doc = run("Poland, Lithuania write to Commission over border costs\n\nPolish Foreign "
              "Minister Radoslaw Sikorski and his Lithuanian counterpart Kestutis Budrys have "
              "sent a joint letter to the European Commission asking it to cover more of the "
              "costs of border fences.\n")
    assert {("REQUESTED", "Radoslaw Sikorski", "European Commission"),
            ("REQUESTED", "Kestutis Budrys", "European Commission")} <= triples(doc)


def test_a_request_joined_to_a_meeting_is_made_to_whom_was_met(run: Run) -> None:
    doc = run("Indian Defence Minister Rajnath Singh met Russian Defence Minister Andrei "
              "Belousov on Friday and asked for faster delivery of the air defence units.\n")
    assert ("REQUESTED", "Rajnath Singh", "Andrei Belousov") in triples(doc)


def test_a_request_after_a_meeting_that_names_whom_it_asks_keeps_that_target(run: Run) -> None:
    doc = run("Yemeni Prime Minister Ahmed Awad bin Mubarak met the Saudi ambassador, Mohammed "
              "Al Jaber, on Sunday and asked Saudi Arabia to continue its economic support.\n")
    asked = {t[2] for t in triples(doc, "REQUESTED")}
    assert "Saudi Arabia" in asked
    assert "Mohammed Al Jaber" not in asked


def test_a_minister_saying_his_state_supports_a_bid_is_the_supporter(run: Run) -> None:
    doc = run("US Secretary of State Antony Blinken welcomed the decision on Tuesday, saying "
              "Washington strongly supported the European aspirations of Moldova.\n")
    assert ("SUPPORTED", "Antony Blinken", "Moldova") in triples(doc)


def test_according_to_a_minister_his_state_supports_means_he_does(run: Run) -> None:
    doc = run("According to Russian Foreign Minister Sergei Lavrov, Russia supports "
              "Kyrgyzstan's bid for a seat on the UN Security Council.\n")
    assert ("SUPPORTED", "Sergei Lavrov", "Kyrgyzstan") in triples(doc)


def test_according_to_a_ministry_the_state_itself_stays_the_supporter(run: Run) -> None:
    doc = run("Chinese Foreign Minister Qin Gang met the two ministers on Friday. Beijing "
              "supported Iran in improving relations, according to China's foreign "
              "ministry.\n")
    assert ("SUPPORTED", "China", "Iran") in triples(doc)


def test_a_state_that_will_go_on_backing_a_body_supports_it(run: Run) -> None:
    doc = run("BEIJING - Chinese President Xi Jinping said on Monday that China will continue "
              "to support CELAC in playing a bigger role.\n")
    assert ("SUPPORTED", "Xi Jinping", "CELAC") in triples(doc)
    assert not triples(doc, "PLEDGED")  # (a pledge goes to a state or a person)


def test_pledging_ones_states_support_to_another_pledges_to_that_other(run: Run) -> None:
    doc = run("Colombian President Gustavo Petro on Friday pledged Colombia's full support to "
              "Honduras during its presidency of the bloc.\n")
    assert ("PLEDGED", "Gustavo Petro", "Honduras") in triples(doc)
    assert ("PLEDGED", "Gustavo Petro", "Colombia") not in triples(doc)


def test_an_announced_withdrawal_in_would_is_a_withdrawal(run: Run) -> None:
    doc = run("WARSAW - In March, Polish Prime Minister Donald Tusk announced that Poland would "
              "withdraw from the Ottawa Convention.\n")
    assert ("WITHDREW_FROM", "Poland", "Ottawa Convention") in triples(doc)


def test_a_withdrawal_said_in_would_on_a_condition_is_none(run: Run) -> None:
    doc = run("WARSAW - Polish Prime Minister Donald Tusk announced that Poland would withdraw "
              "from the Ottawa Convention if Russia attacked.\n")
    assert not triples(doc, "WITHDREW_FROM")


def test_one_who_met_two_others_met_each_not_they_each_other(run: Run) -> None:
    doc = run("BEIJING - Chinese President Xi Jinping on Thursday met German Chancellor Olaf "
              "Scholz and French President Emmanuel Macron in Beijing.\n")
    met = triples(doc, "MET_WITH")
    assert {("MET_WITH", "Xi Jinping", "Olaf Scholz"),
            ("MET_WITH", "Xi Jinping", "Emmanuel Macron")} <= met
    assert not {("MET_WITH", "Olaf Scholz", "Emmanuel Macron"),
                ("MET_WITH", "Emmanuel Macron", "Olaf Scholz")} & met


def test_a_host_receiving_two_guests_together_leaves_them_met(run: Run) -> None:
    doc = run("ABU DHABI - UAE President Mohamed bin Zayed Al Nahyan received Azerbaijani "
              "President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan on Thursday.\n")
    met = triples(doc, "MET_WITH")
    assert {("MET_WITH", "Ilham Aliyev", "Nikol Pashinyan"),
            ("MET_WITH", "Nikol Pashinyan", "Ilham Aliyev")} & met


def test_a_gathering_that_brought_one_side_together_with_another_pairs_across(run: Run) -> None:
    doc = run("SAMARKAND - The summit brought together European Council President Antonio Costa "
              "and European Commission President Ursula von der Leyen with Kazakh President "
              "Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov on Friday.\n")
    pairs = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert frozenset(("Antonio Costa", "Kassym-Jomart Tokayev")) in pairs
    assert frozenset(("Antonio Costa", "Ursula von der Leyen")) not in pairs
    assert frozenset(("Kassym-Jomart Tokayev", "Sadyr Japarov")) not in pairs


def test_conferring_an_honour_on_a_guest_is_no_meeting_by_itself(run: Run) -> None:
    doc = run("DUSHANBE - Tajik President Emomali Rahmon held talks with Chinese President Xi "
              "Jinping and conferred on him the Order of the Crown on Friday.\n")
    assert {t[2] for t in triples(doc, "MET_WITH")} == {"Xi Jinping"}


def test_conferring_with_a_guest_is_a_meeting(run: Run) -> None:
    doc = run("DUSHANBE - Tajik President Emomali Rahmon conferred with Chinese President Xi "
              "Jinping on Friday.\n")
    assert ("MET_WITH", "Emomali Rahmon", "Xi Jinping") in triples(doc)


def test_a_ministry_spokeswoman_set_off_after_her_name_holds_her_states_office(run: Run) -> None:
    doc = run("Maria Zakharova, the Russian Foreign Ministry spokeswoman, said on Monday that "
              "Moscow would respond.\n")
    assert ("Maria Zakharova", "Russia") in offices(doc)


def test_demonyms_before_a_plural_office_give_each_listed_minister_his_state(run: Run) -> None:
    doc = run("MUNICH - The Azerbaijani and Armenian foreign ministers, Jeyhun Bayramov and "
              "Ararat Mirzoyan, travelled with their leaders on Friday.\n")
    assert {("Jeyhun Bayramov", "Azerbaijan"), ("Ararat Mirzoyan", "Armenia")} <= offices(doc)


def test_demonyms_before_a_capitalised_plural_title_give_states_in_order(run: Run) -> None:
    doc = run("ANTALYA - Azerbaijani and Armenian Foreign Ministers Jeyhun Bayramov and Ararat "
              "Mirzoyan met in Antalya on Friday.\n")
    assert {("Jeyhun Bayramov", "Azerbaijan"), ("Ararat Mirzoyan", "Armenia")} <= offices(doc)
    assert ("Jeyhun Bayramov", "Armenia") not in offices(doc)


def test_telling_another_that_ones_own_state_will_abide_by_sanctions_is_a_pledge(run: Run) -> None:
    doc = run("BERLIN - Kazakh President Kassym-Jomart Tokayev told German Chancellor Olaf "
              "Scholz on Monday that Kazakhstan would abide by Western sanctions.\n")
    assert ("PLEDGED", "Kassym-Jomart Tokayev", "Olaf Scholz") in triples(doc)
    assert not triples(doc, "WARNED")


def test_telling_another_that_ones_state_will_retaliate_is_a_warning(run: Run) -> None:
    doc = run("MOSCOW - Russian President Vladimir Putin told Finnish President Sauli Niinisto "
              "on Monday that Russia would retaliate.\n")
    assert ("WARNED", "Vladimir Putin", "Sauli Niinisto") in triples(doc)


def test_a_place_the_ner_ran_into_a_known_body_after_with_is_cut_off(run: Run) -> None:
    doc = run("EU foreign policy chief Kaja Kallas visited Kyiv with European Council President "
              "Antonio Costa on Monday.\n")
    assert ("VISITED", "Kaja Kallas", "Kyiv") in triples(doc)
    assert ("Antonio Costa", "European Council") in offices(doc)


def test_a_vague_plural_closing_a_topic_is_cut_off(run: Run) -> None:
    doc = run("Italy and Germany signed an action plan to deepen cooperation in areas such as "
              "defence on Monday.\n")
    assert _signed(doc) == {"action plan to deepen cooperation"}


def test_conferring_with_a_guest_on_a_topic_is_a_meeting(run: Run) -> None:
    doc = run("US Secretary of State Antony Blinken conferred with Indian Foreign Minister "
              "Subrahmanyam Jaishankar on the crisis in Gaza on Friday.\n")
    assert ("MET_WITH", "Antony Blinken", "Subrahmanyam Jaishankar") in triples(doc)


def test_a_host_who_brought_two_leaders_together_met_both(run: Run) -> None:
    doc = run("MOSCOW - Russian President Vladimir Putin brought together Azerbaijani President "
              "Ilham Aliyev with Armenian Prime Minister Nikol Pashinyan on Monday.\n")
    assert {("MET_WITH", "Vladimir Putin", "Ilham Aliyev"),
            ("MET_WITH", "Vladimir Putin", "Nikol Pashinyan")} <= triples(doc)


def test_telling_another_that_ones_state_will_impose_sanctions_is_a_warning(run: Run) -> None:
    doc = run("MOSCOW - Russian President Vladimir Putin told Lithuanian President Gitanas "
              "Nauseda on Monday that Russia would impose sanctions on Lithuania.\n")
    assert ("WARNED", "Vladimir Putin", "Gitanas Nauseda") in triples(doc)
    assert not triples(doc, "PLEDGED")


def test_helping_others_toward_a_treaty_is_no_signing(run: Run) -> None:
    doc = run("MOSCOW - Russia will continue to assist Azerbaijan and Armenia in concluding a "
              "peace treaty, Russian Foreign Minister Sergey Lavrov said on Monday.\n")
    assert not triples(doc, "SIGNED")


def test_keeping_a_body_from_ratifying_a_text_is_no_signing(run: Run) -> None:
    doc = run("ATHENS - Greek Foreign Minister George Gerapetritis urged Haftar on Monday to "
              "prevent the House of Representatives from ratifying the Turkey-Libya "
              "memorandum.\n")
    assert not triples(doc, "SIGNED")


def test_succeeding_in_concluding_a_treaty_is_a_signing(run: Run) -> None:
    doc = run("TOKYO - Russia succeeded in concluding a peace treaty with Japan in 2024.\n")
    assert ("SIGNED", "Russia", "peace treaty") in triples(doc)
