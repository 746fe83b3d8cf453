"""Session 37 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples


def test_a_presidential_envoys_title_keeps_the_word_and_its_state(run: Run) -> None:
    doc = run("MOSCOW - Kazakh Presidential Special Envoy for Afghanistan Yerkin Tokumov "
              "called on the Taliban to reopen girls' schools on Monday.\n")
    assert ("Yerkin Tokumov", "Kazakhstan") in offices(doc)
    assert [f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"] == [
        "Presidential Special Envoy for Afghanistan"]


def test_a_presidential_candidate_holds_no_office(run: Run) -> None:
    doc = run("Presidential candidate Rodrigo Paz met Argentine President Javier Milei in "
              "Buenos Aires on Monday.\n")
    assert "Rodrigo Paz" not in {o[0] for o in offices(doc)}


def test_a_visitor_acting_jointly_with_his_host_met_him(run: Run) -> None:
    doc = run("NAIROBI, March 4 (Reuters) - Kenyan President William Ruto and visiting Ugandan "
              "President Yoweri Museveni agreed on Tuesday to extend the oil pipeline to "
              "Kisumu.\n")
    assert ("MET_WITH", "William Ruto", "Yoweri Museveni") in triples(doc, "MET_WITH")


def test_a_visitor_and_host_who_will_act_later_have_not_met(run: Run) -> None:
    doc = run("Kenyan President William Ruto and visiting Ugandan President Yoweri Museveni "
              "will sign the pipeline accord next month.\n")
    assert not triples(doc, "MET_WITH")


def test_an_envoys_brief_of_two_places_is_no_part_of_his_name(run: Run) -> None:
    doc = run("DOHA - Qatar's prime minister received Turkish Special Envoy for the Gulf and "
              "Africa Mehmet Kemal Bozay on Monday.\n")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Mehmet Kemal Bozay" in people
    assert ("Mehmet Kemal Bozay", "Turkey") in offices(doc)


def test_an_envoy_for_two_states_holds_his_own_states_office(run: Run) -> None:
    doc = run("The British Special Envoy for Sudan and South Sudan Richard Crowder met army "
              "chief Abdel Fattah al-Burhan in Port Sudan on Sunday.\n")
    assert ("Richard Crowder", "United Kingdom") in offices(doc)
    assert ("Richard Crowder", "South Sudan") not in offices(doc)


def test_states_said_to_be_allied_are_each_others_allies(run: Run) -> None:
    doc = run("Russia and Belarus are closely allied, the Kremlin said on Monday.\n")
    assert ("ALLY_OF", "Russia", "Belarus") in triples(doc, "ALLY_OF")


def test_states_said_not_to_be_allied_are_no_allies(run: Run) -> None:
    doc = run("Russia and Iran are not allied, the Kremlin said on Monday.\n")
    assert not triples(doc, "ALLY_OF")


def test_a_hyphened_blaming_word_the_tokenizer_split_still_blames(run: Run) -> None:
    doc = run("KYIV - Ukrainian Foreign Minister Dmytro Kuleba described Mali's decision as "
              "short-sighted on Monday.\n")
    assert ("CRITICIZED", "Dmytro Kuleba", "Mali") in triples(doc, "CRITICIZED")


def test_solidarity_of_a_group_with_a_state_supports_that_state(run: Run) -> None:
    doc = run("DOHA - Kuwaiti Foreign Minister Abdullah Al-Yahya affirmed the full solidarity "
              "of the GCC states with the State of Qatar on Tuesday.\n")
    assert ("SUPPORTED", "Abdullah Al-Yahya", "Qatar") in triples(doc, "SUPPORTED")


def test_a_plural_office_of_states_gives_each_name_set_off_by_dashes_its_state(run: Run) -> None:
    doc = run("The foreign ministers of Sudan, Chad and Libya - Ali Youssef al-Sharif, Abderaman "
              "Koulamallah and Taher al-Baour - met in Ndjamena on Monday.\n")
    assert {("Ali Youssef al-Sharif", "Sudan"), ("Abderaman Koulamallah", "Chad"),
            ("Taher al-Baour", "Libya")} <= offices(doc)


def test_a_trip_told_in_the_present_after_before_is_still_to_come(run: Run) -> None:
    doc = run("The call comes days before Prime Minister Narendra Modi travels to Washington "
              "for talks with President Donald Trump.\n")
    assert not triples(doc, "VISITED")
    assert not triples(doc, "MET_WITH")  # nor the talks the trip is for


def test_a_trip_told_in_the_past_after_before_was_made(run: Run) -> None:
    doc = run("The call came days before Prime Minister Narendra Modi travelled to Washington "
              "for talks with President Donald Trump.\n")
    assert ("VISITED", "Narendra Modi", "United States") in triples(doc, "VISITED")


def test_readiness_to_raise_supplies_to_a_state_is_a_pledge_to_it(run: Run) -> None:
    doc = run("ASTANA - Russian President Vladimir Putin said Russia was ready to increase oil "
              "supplies to Kyrgyzstan next year.\n")
    assert ("PLEDGED", "Vladimir Putin", "Kyrgyzstan") in triples(doc, "PLEDGED")


def test_readiness_to_scale_back_supplies_to_a_state_is_no_pledge(run: Run) -> None:
    doc = run("Russian President Vladimir Putin said Russia was ready to scale back gas "
              "supplies to Moldova.\n")
    assert not triples(doc, "PLEDGED")


def test_a_commitment_to_supporting_a_states_efforts_is_a_pledge_to_it(run: Run) -> None:
    doc = run("RABAT - Moroccan Foreign Minister Nasser Bourita reiterated Morocco's commitment "
              "to supporting the efforts of Chad to achieve stability on Monday.\n")
    assert ("PLEDGED", "Nasser Bourita", "Chad") in triples(doc, "PLEDGED")


def test_a_commitment_to_supporting_a_states_rivals_is_no_pledge_to_it(run: Run) -> None:
    doc = run("Moroccan King Mohammed VI reiterated Morocco's commitment to supporting "
              "Algeria's rivals in the Sahel.\n")
    assert not triples(doc, "PLEDGED")


def test_two_leaders_who_met_separately_from_the_others_met_each_other(run: Run) -> None:
    doc = run("TURKU - Finnish Prime Minister Petteri Orpo and Danish Prime Minister Mette "
              "Frederiksen also met separately and agreed to speed up work on rail links.\n")
    assert ("MET_WITH", "Petteri Orpo", "Mette Frederiksen") in triples(doc, "MET_WITH")


def test_a_presidential_spokesman_serves_the_president_the_sentence_is_about(run: Run) -> None:
    doc = run("Kenyan President William Ruto received a phone call from Ugandan President "
              "Yoweri Museveni on Monday, presidential spokesman Hussein Mohamed said.\n")
    assert ("Hussein Mohamed", "Kenya") in offices(doc)


def test_a_commander_of_a_named_force_holds_its_office(run: Run) -> None:
    doc = run("KHARTOUM - Sudan protested the invitation of Rapid Support Forces commander "
              "Mohamed Hamdan Dagalo to the summit on Monday.\n")
    assert ("Mohamed Hamdan Dagalo", "Rapid Support Forces") in offices(doc)


def test_a_signing_one_is_due_to_travel_for_is_still_to_come(run: Run) -> None:
    doc = run("For Meloni, the next step comes on Friday, when she is due to travel to Nancy to "
              "sign a migration treaty with Albanian Prime Minister Edi Rama.\n")
    assert not triples(doc, "SIGNED")


def test_the_two_men_who_met_are_the_ones_who_agreed(run: Run) -> None:
    doc = run("Gazprom chief executive Alexei Miller met Kazakh Energy Minister Almasadam "
              "Satkaliyev on the sidelines of the visit, and the two men agreed to raise "
              "Russian gas deliveries.\n")
    assert ("AGREED", "Alexei Miller", "Almasadam Satkaliyev") in triples(doc, "AGREED")


def test_a_leader_who_stopped_in_a_capital_for_talks_visited_it(run: Run) -> None:
    doc = run("Three months earlier, German Chancellor Olaf Scholz had stopped in Astana for "
              "talks with Kazakh President Kassym-Jomart Tokayev.\n")
    assert ("VISITED", "Olaf Scholz", "Kazakhstan") in triples(doc, "VISITED")


def test_stopping_a_shipment_in_a_state_is_no_visit(run: Run) -> None:
    doc = run("Hungarian Prime Minister Viktor Orban stopped the gas shipment in Austria.\n")
    assert not triples(doc, "VISITED")


def test_a_promised_answer_to_a_states_decision_warns_that_state(run: Run) -> None:
    doc = run("Russia will respond to Finland's decision to close its border crossings, "
              "Russian Foreign Ministry Spokeswoman Maria Zakharova said on Tuesday.\n")
    assert ("WARNED", "Maria Zakharova", "Finland") in triples(doc, "WARNED")


def test_a_promised_answer_to_a_proposal_is_no_warning(run: Run) -> None:
    doc = run("Russian Foreign Ministry Spokeswoman Maria Zakharova said Russia would respond "
              "to Finland's proposal in writing.\n")
    assert not triples(doc, "WARNED")


def test_two_leaders_who_met_separately_with_another_did_not_meet_each_other(run: Run) -> None:
    doc = run("Finnish Prime Minister Petteri Orpo and Danish Prime Minister Mette Frederiksen "
              "met separately with the king on Monday.\n")
    assert ("MET_WITH", "Petteri Orpo", "Mette Frederiksen") not in triples(doc, "MET_WITH")


def test_a_refusal_to_respond_to_a_decision_is_no_warning(run: Run) -> None:
    doc = run("Russia will not respond to Finland's decision to close its border, Russian "
              "Foreign Ministry Spokeswoman Maria Zakharova said.\n")
    assert not triples(doc, "WARNED")


def test_states_no_longer_allied_or_once_allied_are_no_allies(run: Run) -> None:
    doc = run("Armenia and Azerbaijan are no longer allied with anyone. Russia and France were "
              "allied in the First World War.\n")
    assert not triples(doc, "ALLY_OF")


def test_a_visitor_named_after_the_object_of_another_verb_met_no_one(run: Run) -> None:
    doc = run("Kenyan President William Ruto praised Tanzanian President Samia Suluhu Hassan "
              "and visiting Ugandan President Yoweri Museveni criticized the plan.\n")
    assert not triples(doc, "MET_WITH")


def test_a_blaming_word_under_not_blames_no_one(run: Run) -> None:
    doc = run("KYIV - Ukrainian Foreign Minister Dmytro Kuleba described Mali's decision as "
              "not short-sighted on Monday.\n")
    assert not triples(doc, "CRITICIZED")


def test_readiness_to_raise_exports_to_a_state_is_a_pledge_to_it(run: Run) -> None:
    doc = run("Russian President Vladimir Putin said Russia was ready to increase gas exports "
              "to China.\n")
    assert ("PLEDGED", "Vladimir Putin", "China") in triples(doc, "PLEDGED")


def test_the_men_of_a_crime_story_are_not_the_leaders_who_met(run: Run) -> None:
    doc = run("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi "
              "on Monday. Police said three men attacked the Ugandan embassy and the men "
              "criticized Museveni. Police said two men had attacked the Tanzanian embassy. "
              "The two men were later criticised by Tanzania.\n")
    assert not triples(doc, "CRITICIZED")


def test_a_promised_answer_to_a_states_decision_named_by_demonym_warns_it(run: Run) -> None:
    doc = run("Russia will respond to the Norwegian decision to open new bases, Russian "
              "Foreign Ministry Spokeswoman Maria Zakharova said on Tuesday.\n")
    assert ("WARNED", "Maria Zakharova", "Norway") in triples(doc, "WARNED")


def test_readiness_to_raise_a_delivery_to_a_state_is_a_pledge_to_it(run: Run) -> None:
    doc = run("Russian President Vladimir Putin said Russia was ready to increase the "
              "delivery of grain to Egypt.\n")
    assert ("PLEDGED", "Vladimir Putin", "Egypt") in triples(doc, "PLEDGED")
