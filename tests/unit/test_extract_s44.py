"""Session 44 rules, one phenomenon per test, on invented articles. Each rule's test fails
without its rule and each guard test when its guard is removed; a few pin behaviour that
already held and that a rule must keep (a bare conjunct sharing the negation, a plain
minister's office), and the last ones pin the cases a review of the session raised."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, titles, triples


def test_a_body_after_describing_words_owns_the_title_before_it(run: Run) -> None:
    doc = run("ANKARA - Devlet Bahceli, the chairman of the far-right Nationalist Movement "
              "Party, told lawmakers on Tuesday that the talks should go on.\n")
    assert offices(doc) == {("Devlet Bahceli", "Nationalist Movement Party")}


def test_a_one_word_description_before_a_body_is_read_past(run: Run) -> None:
    doc = run("KHARTOUM - Mohamed Hamdan Dagalo, the commander of the paramilitary Rapid "
              "Support Forces, spoke to reporters on Monday.\n")
    assert offices(doc) == {("Mohamed Hamdan Dagalo", "Rapid Support Forces")}


def test_a_long_description_before_a_body_leaves_the_title_without_it(run: Run) -> None:
    doc = run("KHARTOUM - Mohamed Hamdan Dagalo, the commander of the much feared old "
              "paramilitary Rapid Support Forces, spoke to reporters on Monday.\n")
    assert ("Mohamed Hamdan Dagalo", "Rapid Support Forces") not in offices(doc)


def test_a_rebel_group_known_by_its_acronym_owns_its_negotiators_title(run: Run) -> None:
    doc = run("BOGOTA - The ELN's chief negotiator, Ramon Ortiz, said on Monday that the group "
              "would return to the table.\n")
    assert offices(doc) == {("Ramon Ortiz", "National Liberation Army")}



def test_each_state_in_a_gapped_represented_by_list_is_its_officials(run: Run) -> None:
    doc = run("SKOPJE - At the summit, Albania was represented by Prime Minister Arben Kola and "
              "North Macedonia by Prime Minister Petar Stojanov.\n")
    assert titles(doc) == {("Arben Kola", "Albania", "Prime Minister"),
                            ("Petar Stojanov", "North Macedonia", "Prime Minister")}


def test_a_state_after_in_before_represented_by_is_not_the_officials(run: Run) -> None:
    doc = run("BRASILIA - Lula, who cancelled his trip, was represented in Russia by Foreign "
              "Minister Mauro Vieira.\n")
    assert ("Mauro Vieira", "Russia") not in offices(doc)


def test_a_lower_case_title_with_its_portfolio_after_a_possessive_is_the_owners(
        run: Run) -> None:
    doc = run("ACCRA - Ghana's deputy minister for regional integration and trade, Kwame "
              "Boateng, said on Monday that the border would reopen.\n")
    assert titles(doc) == {("Kwame Boateng", "Ghana",
                             "Deputy minister for regional integration and trade")}


def test_a_lower_case_portfolio_title_without_a_possessive_names_no_owner(run: Run) -> None:
    doc = run("ACCRA - The deputy minister for regional integration and trade, Kwame Boateng, "
              "said on Monday that the border would reopen.\n")
    assert ("Kwame Boateng", "Ghana") not in offices(doc)


def test_who_hands_a_document_over_to_another_person_met_them(run: Run) -> None:
    doc = run("BRUSSELS - Norwegian Foreign Minister Lars Dahl handed over the instrument of "
              "ratification to US Secretary of State Mark Reid on Tuesday.\n")
    assert ("MET_WITH", "Lars Dahl", "Mark Reid") in triples(doc)


def test_who_did_not_hand_a_letter_over_met_no_one(run: Run) -> None:
    doc = run("BRUSSELS - Norwegian Foreign Minister Lars Dahl did not hand the letter to US "
              "Secretary of State Mark Reid on Tuesday.\n")
    assert triples(doc, "MET_WITH") == set()


def test_a_conjunct_with_its_own_auxiliary_does_not_share_the_first_verbs_negation(
        run: Run) -> None:
    doc = run("BOGOTA - Colombian President Ivan Rojas, whose government does not recognize "
              "Venezuelan President Nicolas Maduro and has backed opposition leader Juan "
              "Guaido, spoke on Monday.\n")
    assert ("SUPPORTED", "Ivan Rojas", "Juan Guaido") in triples(doc)


def test_a_bare_conjunct_shares_the_first_verbs_negation(run: Run) -> None:
    doc = run("BOGOTA - Colombian President Ivan Rojas, whose government does not recognize "
              "Venezuelan President Nicolas Maduro or back opposition leader Juan Guaido, "
              "spoke on Monday.\n")
    assert triples(doc, "SUPPORTED") == set()


def test_who_dismisses_anothers_report_criticizes_its_author(run: Run) -> None:
    doc = run("CARACAS - Venezuelan Foreign Minister Jorge Arreaza dismissed Colombian "
              "President Ivan Rojas's report on Wednesday.\n")
    assert ("CRITICIZED", "Jorge Arreaza", "Ivan Rojas") in triples(doc)


def test_who_recognises_a_states_sovereignty_over_a_territory_supports_the_state(
        run: Run) -> None:
    doc = run("LISBON - Portugal recognized Morocco's sovereignty over the disputed territory "
              "on Friday, officials said.\n")
    assert ("SUPPORTED", "Portugal", "Morocco") in triples(doc)


def test_who_recognises_a_states_independence_backs_no_one(run: Run) -> None:
    doc = run("LISBON - Portugal recognized Kosovo's independence on Friday, officials said.\n")
    assert triples(doc, "SUPPORTED") == set()


def test_a_group_set_off_as_backed_by_a_state_is_supported_by_it(run: Run) -> None:
    doc = run("RABAT - The Polisario Front, backed by Algeria, rejected the proposal on "
              "Monday.\n")
    assert ("SUPPORTED", "Algeria", "Polisario Front") in triples(doc)


def test_a_person_set_off_as_backed_by_a_state_is_left_alone(run: Run) -> None:
    doc = run("CARACAS - Opposition leader Juan Guaido, backed by Washington, declared himself "
              "interim president on Wednesday.\n")
    assert triples(doc, "SUPPORTED") == set()


def test_its_neighbour_is_the_other_state_the_sentence_names(run: Run) -> None:
    doc = run("ACCRA - Ghana on Tuesday closed its border with Togo, accusing its eastern "
              "neighbour of hostile actions.\n")
    assert ("CRITICIZED", "Ghana", "Togo") in triples(doc)


def test_its_neighbour_with_two_other_states_named_is_left_open(run: Run) -> None:
    doc = run("ACCRA - Ghana on Tuesday closed its borders with Togo and Burkina Faso, "
              "accusing its neighbour of hostile actions.\n")
    assert triples(doc, "CRITICIZED") == set()


def test_a_movements_governments_minister_is_the_state_it_governs(run: Run) -> None:
    doc = run("DOHA - The Afghan side was headed by the Taliban government's defence minister, "
              "Mullah Ahmad Karimi, officials said.\n")
    assert offices(doc) == {("Ahmad Karimi", "Afghanistan")}


def test_a_body_after_a_noun_and_a_participle_owns_no_title(run: Run) -> None:
    doc = run("JERUSALEM - Ofer Cohen, the head of the committee investigating Hamas, told "
              "lawmakers on Monday that the inquiry would take months.\n")
    assert ("Ofer Cohen", "Hamas") not in offices(doc)


def test_a_body_after_a_hyphenated_participle_owns_the_title(run: Run) -> None:
    doc = run("CARACAS - Juan Guaido, the speaker of the opposition-controlled National "
              "Assembly, spoke on Monday.\n")
    assert ("Juan Guaido", "National Assembly") in offices(doc)


def test_a_lawyer_who_represents_a_state_holds_no_office_of_it(run: Run) -> None:
    doc = run("THE HAGUE - Mauritius, represented by British lawyer Philip Sandes, told the "
              "court on Monday that the islands were its own.\n")
    assert offices(doc) == set()


def test_an_official_set_off_after_the_name_represents_the_state(run: Run) -> None:
    doc = run("NAQOURA - Lebanon was represented by Antoine Khoury, director general of the "
              "presidency, while Israel sent an energy official.\n")
    assert ("Antoine Khoury", "Lebanon") in offices(doc)


def test_who_hands_another_a_victory_meets_no_one(run: Run) -> None:
    doc = run("WASHINGTON - President Donald Trump handed Israeli Prime Minister Benjamin "
              "Netanyahu a major diplomatic victory on Monday.\n")
    assert triples(doc, "MET_WITH") == set()


def test_who_hands_over_a_letter_addressed_to_a_third_meets_only_the_taker(run: Run) -> None:
    doc = run("MOSCOW - US envoy Sam Ward handed Kremlin aide Yuri Orlov a letter addressed "
              "to Russian President Ivan Petrov on Monday.\n")
    assert ("MET_WITH", "Sam Ward", "Ivan Petrov") not in triples(doc)


def test_its_neighbour_is_not_a_state_named_in_a_relative_clause(run: Run) -> None:
    doc = run("ALGIERS - Algeria, which signed a gas deal with France last year, on "
              "Tuesday accused its western neighbour of spying.\n")
    assert ("CRITICIZED", "Algeria", "France") not in triples(doc)


def test_who_recognises_a_states_claim_that_something_happened_backs_no_one(
        run: Run) -> None:
    doc = run("MOSCOW - Russia recognized Israel's claim that the strike had been an "
              "accident, officials said.\n")
    assert triples(doc, "SUPPORTED") == set()


def test_an_infinitive_conjunct_shares_the_negation_above_it(run: Run) -> None:
    doc = run("NAIROBI - Kenyan President Amos Kiprono did not agree to meet Ugandan President "
              "Peter Okello or to visit Uganda.\n")
    assert triples(doc, "VISITED") == set()


def test_adf_alone_is_not_the_ugandan_rebel_group(run: Run) -> None:
    doc = run("CANBERRA - ADF chief Admiral David Johnston said on Monday that the navy would "
              "join the drills.\n")
    assert ("David Johnston", "Allied Democratic Forces") not in offices(doc)
