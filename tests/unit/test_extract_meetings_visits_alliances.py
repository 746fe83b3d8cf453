"""Relation rules for n-ary meetings, visits (both ends, no visit home or by the host) and
alliances stated by nouns. Invented sentences, one phenomenon per test."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Run, offices, triples


def _pairs(doc: dict, rel: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for _, s, t in triples(doc, rel)}


def _all_pairs(*names: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for i, a in enumerate(names) for b in names[i + 1:]}


def test_met_a_split_list_of_titled_names_meets_each_of_them(run: Run) -> None:
    doc = run("Chilean President Gabriel Boric met Peruvian President Dina Boluarte, "
              "Bolivian President Luis Arce and Colombian President Gustavo Petro on the "
              "sidelines of the summit.")
    guests = ("Dina Boluarte", "Luis Arce", "Gustavo Petro")
    assert _pairs(doc, "MET_WITH") == {frozenset({"Gabriel Boric", g}) for g in guests}
    events = {f["event"] for f in doc["facts"] if f["rel"] == "MET_WITH"}
    assert len(events) == 1 and None not in events  # (one occasion)


def test_hosted_the_leaders_of_states_named_earlier(run: Run) -> None:
    doc = run("Peruvian President Dina Boluarte and Bolivian President Luis Arce flew in on "
              "Sunday. Chilean President Gabriel Boric hosted the leaders of Peru and Bolivia "
              "in Santiago on Monday.")
    assert _pairs(doc, "MET_WITH") == _all_pairs("Gabriel Boric", "Dina Boluarte",
                                                 "Luis Arce")
    visits = triples(doc, "VISITED")
    assert ("VISITED", "Dina Boluarte", "Chile") in visits
    assert ("VISITED", "Luis Arce", "Santiago") in visits
    assert not any(s == "Gabriel Boric" for _, s, _t in visits)


def test_leaders_of_states_met_in_a_city(run: Run) -> None:
    doc = run("Peruvian President Dina Boluarte, Bolivian President Luis Arce and Chilean "
              "President Gabriel Boric spoke on Sunday. The leaders of Peru, Bolivia and "
              "Chile met in Lima on Monday.")
    assert _pairs(doc, "MET_WITH") >= _all_pairs("Gabriel Boric", "Dina Boluarte",
                                                 "Luis Arce")


def test_met_with_the_leaders_of_states(run: Run) -> None:
    doc = run("Peruvian President Dina Boluarte and Bolivian President Luis Arce spoke on "
              "Sunday. Chilean President Gabriel Boric met with the leaders of Peru and "
              "Bolivia on Monday.")
    assert {frozenset(("Gabriel Boric", "Dina Boluarte")),
            frozenset(("Gabriel Boric", "Luis Arce"))} <= _pairs(doc, "MET_WITH")


def test_arrived_in_a_city_visits_the_city_and_its_country(run: Run) -> None:
    doc = run("Ghanaian President John Mahama arrived in Lome on Tuesday for talks.")
    assert {("VISITED", "John Mahama", "Lome"), ("VISITED", "John Mahama", "Togo")} <= \
        triples(doc, "VISITED")


def test_travelled_to_a_capital_visits_both(run: Run) -> None:
    doc = run("Ghanaian President John Mahama travelled to Abuja on Monday.")
    assert {("VISITED", "John Mahama", "Abuja"), ("VISITED", "John Mahama", "Nigeria")} <= \
        triples(doc, "VISITED")


def test_in_a_city_for_talks_is_a_visit(run: Run) -> None:
    doc = run("Ghanaian President John Mahama was in Lome for talks on Tuesday.")
    assert ("VISITED", "John Mahama", "Togo") in triples(doc, "VISITED")


def test_on_a_trip_to_a_country_is_a_visit(run: Run) -> None:
    doc = run("Ghanaian President John Mahama, on a three-day trip to Togo, said ties were "
              "strong.")
    assert ("VISITED", "John Mahama", "Togo") in triples(doc, "VISITED")


def test_a_visit_named_by_a_metonymic_capital_keeps_the_city(run: Run) -> None:
    doc = run("Accra and Lome signed a trade pact on Monday. The pact was announced during "
              "a state visit to Lome by Ghanaian President John Mahama.")
    visits = triples(doc, "VISITED")
    assert ("VISITED", "John Mahama", "Togo") in visits
    assert ("VISITED", "John Mahama", "Lome") in visits


def test_planned_or_invited_visits_are_not_visits(run: Run) -> None:
    doc = run("Ghanaian President John Mahama plans to visit Togo next month. Togolese "
              "President Faure Gnassingbe invited Ghanaian President John Mahama to visit "
              "Lome. Ahead of a possible visit to Lome, Mahama spoke to reporters.")
    assert not triples(doc, "VISITED")


def test_no_visit_to_ones_own_country(run: Run) -> None:
    doc = run("Ghanaian President John Mahama arrived in Accra on Monday after talks abroad. "
              "Ghanaian President John Mahama visited Ghana.")
    assert not triples(doc, "VISITED")


def test_the_host_is_not_the_visitor(run: Run) -> None:
    doc = run("Togolese President Faure Gnassingbe, who hosted Ghanaian President John "
              "Mahama in Lome, was in Lome for talks on Tuesday.")
    visits = triples(doc, "VISITED")
    assert ("VISITED", "John Mahama", "Togo") in visits
    assert not any(s == "Faure Gnassingbe" for _, s, _t in visits)


def test_greeted_on_arrival_the_guest_visits(run: Run) -> None:
    doc = run("Togolese President Faure Gnassingbe greeted Ghanaian President John Mahama on "
              "arrival in Lome.")
    visits = triples(doc, "VISITED")
    assert ("VISITED", "John Mahama", "Togo") in visits
    assert not any(s == "Faure Gnassingbe" for _, s, _t in visits)


def test_welcomed_to_a_city_is_a_visit_not_support(run: Run) -> None:
    doc = run("Togolese President Faure Gnassingbe welcomed Ghanaian President John Mahama "
              "to Lome on Monday.")
    assert ("VISITED", "John Mahama", "Togo") in triples(doc, "VISITED")
    assert not triples(doc, "SUPPORTED")


def test_received_in_a_city_by_the_host_passive(run: Run) -> None:
    doc = run("Ghanaian President John Mahama was received in Lome by Togolese President "
              "Faure Gnassingbe on Monday.")
    assert {("VISITED", "John Mahama", "Togo"), ("VISITED", "John Mahama", "Lome")} <= \
        triples(doc, "VISITED")


def test_treaty_ally_of_a_state(run: Run) -> None:
    doc = run("Norway, a treaty ally of Denmark, protested the move.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_state_and_its_ally(run: Run) -> None:
    doc = run("Norway and its ally Denmark held joint drills on Monday.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_state_and_its_allies_listed(run: Run) -> None:
    doc = run("Norway and its allies Denmark, Iceland and Estonia condemned the launch.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", x))
                                      for x in ("Denmark", "Iceland", "Estonia")}


def test_allies_a_and_b(run: Run) -> None:
    doc = run("Allies Norway and Denmark condemned the missile launch.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_the_two_allies(run: Run) -> None:
    doc = run("Norway and Denmark pledged to deepen cooperation. The two allies held drills "
              "on Monday.")
    assert frozenset(("Norway", "Denmark")) in _pairs(doc, "ALLY_OF")


def test_a_and_b_are_allies(run: Run) -> None:
    doc = run("Norway and Denmark are close allies.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_three_way_alliance_gives_all_pairs(run: Run) -> None:
    doc = run("The alliance of Mali, Chad and Niger was formed in September. Benin, Togo and "
              "Ghana formed an alliance in May.")
    assert _pairs(doc, "ALLY_OF") == _all_pairs("Mali", "Chad", "Niger") | \
        _all_pairs("Benin", "Togo", "Ghana")


def test_alliance_with_and_between(run: Run) -> None:
    doc = run("Norway's alliance with Denmark remains strong. An alliance between Mali and "
              "Chad was announced on Monday.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark")),
                                      frozenset(("Mali", "Chad"))}


def test_owned_or_negated_alliances_are_not_pairs(run: Run) -> None:
    doc = run("US allies Norway and Denmark protested. Mali, Chad and Niger did not form an "
              "alliance. Former allies Benin and Togo met.")
    pairs = _pairs(doc, "ALLY_OF")
    assert frozenset(("Norway", "Denmark")) not in pairs
    assert not pairs & _all_pairs("Mali", "Chad", "Niger")
    assert frozenset(("Benin", "Togo")) not in pairs


def test_our_ally_said_by_a_minister_is_his_states_alliance(run: Run) -> None:
    doc = run("\"Denmark is our closest ally,\" Norwegian Foreign Minister Espen Eide said "
              "on Monday.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}
    assert not any(s == "Espen Eide" for _, s, _t in triples(doc, "ALLY_OF"))


def test_speaker_substitution_respects_source_types(run: Run) -> None:
    doc = run("Norwegian Prime Minister Jonas Gahr Store said Norway is a key ally of "
              "Denmark.")
    assert all(s in ("Norway", "Denmark") for _, s, _t in triples(doc, "ALLY_OF"))


def test_held_separate_talks_pairs_only_with_the_subject(run: Run) -> None:
    doc = run("Chilean President Gabriel Boric held separate talks with Peruvian President "
              "Dina Boluarte and Bolivian President Luis Arce.")
    assert _pairs(doc, "MET_WITH") == {frozenset(("Gabriel Boric", "Dina Boluarte")),
                                       frozenset(("Gabriel Boric", "Luis Arce"))}


def test_met_his_counterparts_from_states(run: Run) -> None:
    doc = run("Chilean President Gabriel Boric met his counterparts from Peru and Bolivia on "
              "Monday. Peruvian President Dina Boluarte and Bolivian President Luis Arce "
              "later spoke.")
    assert {frozenset(("Gabriel Boric", "Dina Boluarte")),
            frozenset(("Gabriel Boric", "Luis Arce"))} <= _pairs(doc, "MET_WITH")


def test_talks_among_three_leaders(run: Run) -> None:
    doc = run("Talks among Chilean President Gabriel Boric, Peruvian President Dina Boluarte "
              "and Bolivian President Luis Arce ended on Monday.")
    assert _pairs(doc, "MET_WITH") == _all_pairs("Gabriel Boric", "Dina Boluarte",
                                                 "Luis Arce")


def test_attended_a_meeting_with_a_split_list(run: Run) -> None:
    doc = run("Chilean Foreign Minister Alberto van Klaveren attended a trilateral meeting "
              "with Peruvian Foreign Minister Elmer Schialer and US Secretary of State "
              "Antony Blinken.")
    assert _pairs(doc, "MET_WITH") == _all_pairs("Alberto van Klaveren", "Elmer Schialer",
                                                 "Antony Blinken")


def test_plural_title_with_an_apposed_list_met(run: Run) -> None:
    doc = run("The three ministers, Gabriel Boric of Chile, Dina Boluarte of Peru and Luis "
              "Arce of Bolivia, met in Lima.")
    assert _pairs(doc, "MET_WITH") == _all_pairs("Gabriel Boric", "Dina Boluarte",
                                                 "Luis Arce")


def test_called_a_person_is_a_phone_meeting(run: Run) -> None:
    doc = run("Chilean Foreign Minister Alberto van Klaveren called Peruvian Foreign Minister "
              "Elmer Schialer on Monday.")
    assert _pairs(doc, "MET_WITH") == {frozenset(("Alberto van Klaveren", "Elmer Schialer"))}
    assert {f["mode"] for f in doc["facts"] if f["rel"] == "MET_WITH"} == {"phone"}


def test_in_a_phone_call_told(run: Run) -> None:
    doc = run("In a phone call on Monday, Chilean Foreign Minister Alberto van Klaveren told "
              "Peruvian Foreign Minister Elmer Schialer that ties mattered.")
    assert _pairs(doc, "MET_WITH") == {frozenset(("Alberto van Klaveren", "Elmer Schialer"))}


def test_in_a_call_for_calm_is_no_meeting(run: Run) -> None:
    doc = run("In a call for calm, Chilean Foreign Minister Alberto van Klaveren urged "
              "Peruvian Foreign Minister Elmer Schialer to act.")
    assert not triples(doc, "MET_WITH")


def test_two_people_spoke_by_phone(run: Run) -> None:
    doc = run("Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister "
              "Elmer Schialer spoke by phone on Monday.")
    assert _pairs(doc, "MET_WITH") == {frozenset(("Alberto van Klaveren", "Elmer Schialer"))}


def test_apposed_in_a_city_for_talks_is_a_visit(run: Run) -> None:
    doc = run("Ghanaian President John Mahama, in Lome for talks, said ties were strong. "
              "Nigerian President Bola Tinubu, who was in Lome for talks, agreed.")
    visits = triples(doc, "VISITED")
    assert ("VISITED", "John Mahama", "Togo") in visits
    assert ("VISITED", "Bola Tinubu", "Togo") in visits


def test_in_a_city_to_attend_a_summit_is_a_visit(run: Run) -> None:
    doc = run("Ghanaian President John Mahama was in Lome to attend the summit.")
    assert ("VISITED", "John Mahama", "Togo") in triples(doc, "VISITED")


def test_allies_including(run: Run) -> None:
    doc = run("Norway's allies, including Denmark and Iceland, condemned the launch.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark")),
                                      frozenset(("Norway", "Iceland"))}


def test_allies_of_a_bloc_are_allied(run: Run) -> None:
    doc = run("NATO allies Norway and Denmark condemned the launch.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_allied_with(run: Run) -> None:
    doc = run("Norway is allied with Denmark.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_two_of_a_states_allies(run: Run) -> None:
    doc = run("Norway and Denmark, two of Germany's closest allies, signed the pact.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Germany", "Norway")),
                                      frozenset(("Germany", "Denmark"))}


def test_named_alliance_and_its_members(run: Run) -> None:
    triple = _all_pairs("Mali", "Chad", "Niger")
    for text in ("Mali, Chad and Niger formed the Alliance of Desert States in 2023.",
                 "The Alliance of Desert States, grouping Mali, Chad and Niger, left the bloc.",
                 "Mali, Chad and Niger, which form the Alliance of Desert States, quit the "
                 "bloc."):
        assert _pairs(run(text), "ALLY_OF") == triple, text


def test_upon_arrival_in_a_city_is_a_visit(run: Run) -> None:
    doc = run("Upon arrival in Abuja, Ghanaian President John Mahama said ties were strong.")
    assert {("VISITED", "John Mahama", "Abuja"), ("VISITED", "John Mahama", "Nigeria")} <= \
        triples(doc, "VISITED")


def test_a_tour_of_several_states_visits_each(run: Run) -> None:
    doc = run("Ghanaian President John Mahama began a three-nation tour of Togo, Benin and "
              "Nigeria on Monday.")
    assert triples(doc, "VISITED") == {("VISITED", "John Mahama", x)
                                       for x in ("Togo", "Benin", "Nigeria")}


def test_he_in_a_where_clause_is_the_sentence_subject(run: Run) -> None:
    doc = run("Togolese President Faure Gnassingbe spoke on Sunday. Ghanaian President John "
              "Mahama arrived in Abuja, where he held talks with Nigerian President Bola "
              "Tinubu.")
    assert _pairs(doc, "MET_WITH") == {frozenset(("John Mahama", "Bola Tinubu"))}


def test_a_host_of_unknown_state_is_not_the_visitor_but_may_travel_elsewhere(run: Run) -> None:
    doc = run("Faure Gnassingbe, who hosted Ghanaian President John Mahama in Lome, was in "
              "Lome for talks on Tuesday.")
    assert not any(s == "Faure Gnassingbe" for _, s, _t in triples(doc, "VISITED"))
    doc = run("Togolese President Faure Gnassingbe hosted Ghanaian President John Mahama in "
              "Lome on Tuesday, days after Gnassingbe returned from a trip to Abuja.")
    visits = triples(doc, "VISITED")
    assert ("VISITED", "Faure Gnassingbe", "Nigeria") in visits
    assert ("VISITED", "John Mahama", "Togo") in visits


def test_invited_to_a_city_targets_the_guest_not_the_city(run: Run) -> None:
    doc = run("Togolese President Faure Gnassingbe invited Ghanaian President John Mahama to "
              "Lome for a summit.")
    assert triples(doc, "REQUESTED") == {("REQUESTED", "Faure Gnassingbe", "John Mahama")}
    assert not triples(doc, "VISITED")


def test_hyphenated_alliance_names_both_states(run: Run) -> None:
    doc = run("The Norway-Denmark alliance remains strong.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_its_alliance_with_is_the_sentences_state(run: Run) -> None:
    doc = run("Chile spoke first. Oslo said its alliance with Copenhagen was strong.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_a_hypothetical_alliance_is_none(run: Run) -> None:
    doc = run("A Norway-Denmark alliance would worry Sweden.")
    assert not triples(doc, "ALLY_OF")


def test_a_meeting_of_three_leaders(run: Run) -> None:
    doc = run("A meeting of Chilean President Gabriel Boric, Peruvian President Dina Boluarte "
              "and Bolivian President Luis Arce took place on Monday.")
    assert _pairs(doc, "MET_WITH") == _all_pairs("Gabriel Boric", "Dina Boluarte",
                                                 "Luis Arce")


def test_hoping_to_meet_a_list_is_no_meeting(run: Run) -> None:
    doc = run("Chilean President Gabriel Boric hopes to meet Peruvian President Dina Boluarte, "
              "Bolivian President Luis Arce and Colombian President Gustavo Petro.")
    assert not triples(doc, "MET_WITH")


def test_state_and_its_allies_including(run: Run) -> None:
    doc = run("Norway and its allies, including Denmark, held drills. Sweden and its Western "
              "allies condemned the strike.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Norway", "Denmark"))}


def test_allies_in_a_region_listed_after_it(run: Run) -> None:
    doc = run("Germany's allies in Europe, Norway and Denmark, welcomed the move.")
    assert _pairs(doc, "ALLY_OF") == {frozenset(("Germany", "Norway")),
                                      frozenset(("Germany", "Denmark"))}


@pytest.mark.parametrize("text", [
    "Pakistani Prime Minister Shehbaz Sharif visited Punjab province and Kashmir on Monday.",
    "Russian President Vladimir Putin visited Crimea and Mariupol on Tuesday.",
    "Israeli Prime Minister Benjamin Netanyahu visited the Golan Heights on Wednesday.",
    "Cuban President Miguel Diaz-Canel visited Guantanamo on Thursday.",
])
def test_a_visit_to_a_disputed_or_occupied_place_names_no_state(run: Run, text: str) -> None:
    assert not [t for t in triples(run(text), "VISITED") if t[2] in (
        "India", "Ukraine", "Syria", "United States", "Pakistan")]


def test_a_visitor_in_a_visit_by_phrase_does_not_take_a_lone_other_state(run: Run) -> None:
    doc = run("Japan protested on Monday during a visit to Seoul by President Joe Biden.")
    assert ("Joe Biden", "Japan") not in offices(doc)


def test_a_visitor_takes_the_co_subject_state_of_the_host(run: Run) -> None:
    doc = run("Vietnam and the Philippines agreed on Monday to expand coast guard ties "
              "during a state visit to Hanoi by President Ramon Dizon.")
    assert ("Ramon Dizon", "Philippines") in offices(doc)


@pytest.mark.parametrize("text", [
    "China warned against an alliance between Japan and the Philippines.",
    "Poland and Hungary, once close allies, clashed over Ukraine on Monday.",
])
def test_an_opposed_or_past_alliance_is_no_alliance(run: Run, text: str) -> None:
    assert not triples(run(text), "ALLY_OF")


def test_arriving_in_the_kingdom_visits_the_monarchy_the_story_is_about(run: Run) -> None:
    doc = run("Jordan reopened its embassy in Damascus on Monday. Egypt welcomed the step, "
              "and Egypt's foreign ministry said Egypt would follow. Syrian President Ahmed "
              "Khalil landed in the kingdom on Tuesday.")
    assert triples(doc, "VISITED") == {("VISITED", "Ahmed Khalil", "Jordan")}


def test_arriving_in_the_country_visits_the_other_state_not_ones_own(run: Run) -> None:
    doc = run("Kenya reopened its border with Somalia on Monday. Somali President Ali Farah "
              "arrived in the country on Tuesday.")
    assert triples(doc, "VISITED") == {("VISITED", "Ali Farah", "Kenya")}


def test_greeted_with_an_embrace_on_arrival_is_the_guests_arrival(run: Run) -> None:
    doc = run("Oman restored ties with Yemen on Monday. Yemeni President Ali Farah was "
              "greeted with a warm embrace on arrival in the sultanate by Sultan Haitham "
              "bin Tariq.")
    assert ("VISITED", "Ali Farah", "Oman") in triples(doc, "VISITED")


def test_a_demonym_the_ner_took_into_a_titled_name_is_dropped(run: Run) -> None:
    doc = run("Qatari Emir Khalid bin Hamad Al Thani arrived in Riyadh on Tuesday.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert people == {"Khalid bin Hamad Al Thani"}


def test_acting_toward_someone_at_a_joint_press_conference_is_a_meeting(run: Run) -> None:
    doc = run("Chilean President Rosa Vera extended an invitation to Peruvian President Juan "
              "Soto to visit Santiago during the joint media briefing held in Lima.")
    assert ("MET_WITH", "Rosa Vera", "Juan Soto") in triples(doc, "MET_WITH")


def test_a_joint_statement_is_no_meeting(run: Run) -> None:
    doc = run("Chilean President Rosa Vera and Peruvian President Juan Soto said in a joint "
              "statement that they backed the plan.")
    assert triples(doc, "MET_WITH") == set()


def test_offering_to_host_talks_between_two_leaders_is_no_meeting(run: Run) -> None:
    doc = run("Kenyan President Ali Farah offered to host talks between Chadian President "
              "Idriss Mahamat and Sudanese leader Omar Bashir.")
    assert triples(doc, "MET_WITH") == set()


def test_what_would_be_the_first_trip_by_a_minister_is_no_visit(run: Run) -> None:
    doc = run("Peruvian Foreign Minister Ana Soto plans to visit Quito next month, in what "
              "would be the first trip by a Peruvian foreign minister to Ecuador since 2019.")
    assert triples(doc, "VISITED") == set()
