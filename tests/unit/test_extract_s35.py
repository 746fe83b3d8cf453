"""Session 35 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, accord_names, dated, offices, triples


def test_an_eu_commissioner_serves_the_union_and_the_commission_it_names(run: Run) -> None:
    doc = run(
        "BRUSSELS - Trade Commissioner Maros Sefcovic spoke with Chinese Commerce "
        "Minister Wang Wentao on Friday. The European Commission said the European "
        "Union would keep talking.\n"
    )
    assert {
        ("Maros Sefcovic", "European Union"),
        ("Maros Sefcovic", "European Commission"),
    } <= offices(doc)


def test_a_commissioner_of_another_union_is_not_the_eus(run: Run) -> None:
    doc = run(
        "ADDIS ABABA - AU Commissioner Bankole Adeoye met European Union envoy Annette "
        "Weber on Monday. The African Union Commission said talks were useful.\n"
    )
    assert not {
        ("Bankole Adeoye", "European Union"),
        ("Bankole Adeoye", "European Commission"),
    } & offices(doc)


def test_a_condemnation_whose_next_clause_asks_a_state_is_at_that_state(run: Run) -> None:
    doc = run("Latvian Foreign Minister Baiba Braze condemned the incident as a reckless "
              "provocation and called on Minsk to stop the flights.\n")
    assert ("CRITICIZED", "Baiba Braze", "Belarus") in triples(doc, "CRITICIZED")


def test_a_condemnation_with_a_call_on_no_state_blames_no_one(run: Run) -> None:
    doc = run("Latvian Foreign Minister Baiba Braze condemned the shooting and called on "
              "the police to find the gunman.\n")
    assert not triples(doc, "CRITICIZED")


def test_a_generational_suffix_after_a_comma_stays_in_the_name(run: Run) -> None:
    doc = run("Philippine Defense Secretary Gilberto C. Teodoro, Jr., met Australian Defence "
              "Minister Richard Marles in Manila on Monday.\n")
    assert ("Gilberto C. Teodoro, Jr.", "Philippines") in offices(doc)
    assert not any(s == "Jr." or t == "Jr." for _, s, t in triples(doc))


def test_a_name_after_a_form_of_address_is_a_person_not_a_body(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi today held talks with the Minister of "
              "Foreign Affairs of the Republic of Haiti, H.E. Dominique Dupuy, in Nairobi.\n")
    assert ("Dominique Dupuy", "Haiti") in offices(doc)
    assert ("MET_WITH", "Musalia Mudavadi", "Dominique Dupuy") in triples(doc, "MET_WITH")


def test_the_kurdistan_regions_officials_serve_its_government_not_iraq(run: Run) -> None:
    doc = run("Kurdistan Region President Nechirvan Barzani met Turkish Foreign Minister Hakan "
              "Fidan in Erbil on Monday.\n")
    assert ("Nechirvan Barzani", "Kurdistan Regional Government") in offices(doc)
    assert ("Nechirvan Barzani", "Iraq") not in offices(doc)


def test_a_title_set_off_after_a_name_behind_a_possessive_is_still_its_title(run: Run) -> None:
    doc = run("Canadian Prime Minister Justin Trudeau spoke on Monday. Nathalie Drouin, "
              "Trudeau's national security adviser, met Indian National Security Adviser Ajit "
              "Doval in Singapore on Saturday.\n")
    assert ("Nathalie Drouin", "Canada") in offices(doc)


def test_a_counterpart_of_the_possessor_is_not_of_his_state(run: Run) -> None:
    doc = run("Russian Foreign Minister Sergey Lavrov arrived in Beijing. He met Wang Yi, "
              "Lavrov's Chinese counterpart, on Monday.\n")
    assert ("Wang Yi", "Russia") not in offices(doc)


def test_a_concern_naming_no_one_is_at_the_state_its_next_clause_asks(run: Run) -> None:
    doc = run("Australian Foreign Minister Penny Wong expressed concern and called on Beijing "
              "to release the detained writer.\n")
    assert ("EXPRESSED_CONCERN", "Penny Wong", "China") in triples(doc, "EXPRESSED_CONCERN")


def test_a_concern_said_of_a_state_is_at_the_state_then_urged(run: Run) -> None:
    doc = run("State Department spokesman Matthew Miller said the United States was deeply "
              "concerned and urged Beijing to act with restraint.\n")
    assert ("EXPRESSED_CONCERN", "Matthew Miller", "China") in triples(doc, "EXPRESSED_CONCERN")


def test_a_call_on_parsed_as_a_particle_still_names_whom_it_asks(run: Run) -> None:
    doc = run("Polish President Karol Nawrocki met Ukrainian President Volodymyr Zelensky in "
              "Warsaw on Monday. Nawrocki also called on Kyiv to allow exhumations.\n")
    assert ("REQUESTED", "Karol Nawrocki", "Ukraine") in triples(doc, "REQUESTED")


def test_a_memorandum_on_cooperation_keeps_the_field_it_covers(run: Run) -> None:
    doc = run("Turkish Foreign Minister Hakan Fidan and Iraqi Foreign Minister Fuad Hussein "
              "signed a memorandum on cooperation in the field of energy on Monday.\n")
    assert "memorandum on cooperation in the field of energy" in accord_names(doc)


def test_cooperation_in_a_named_project_is_its_scope_not_a_venue(run: Run) -> None:
    doc = run("Turkey and Iraq signed a memorandum of understanding on cooperation in the "
              "Development Road project on Monday.\n")
    assert "memorandum of understanding on cooperation in the Development Road project" in \
        accord_names(doc)


def test_both_titled_names_a_guest_is_received_by_are_his_hosts(run: Run) -> None:
    doc = run("Hungarian Foreign Minister Péter Szijjártó visited Podgorica on Monday. During "
              "the visit, Minister Szijjártó was also received by the Prime Minister of "
              "Montenegro, Milojko Spajić, and the President of Montenegro, Jakov Milatović.\n")
    met = triples(doc, "MET_WITH")
    assert ("MET_WITH", "Jakov Milatović", "Péter Szijjártó") in met
    assert ("MET_WITH", "Milojko Spajić", "Péter Szijjártó") in met


def test_the_head_of_a_states_governing_council_holds_its_office_too(run: Run) -> None:
    doc = run("Kenyan President William Ruto held talks with Edgard Leblanc Fils, the president "
              "of Haiti's Transitional Presidential Council, in Port-au-Prince on Monday.\n")
    assert {("Edgard Leblanc Fils", "Haiti"),
            ("Edgard Leblanc Fils", "Transitional Presidential Council")} <= offices(doc)


def test_a_states_body_the_gazetteer_knows_as_international_is_no_second_office(
        run: Run) -> None:
    doc = run("Dmitry Medvedev, the deputy chairman of Russia's Security Council, warned "
              "Georgia on Monday.\n")
    assert ("Dmitry Medvedev", "UN Security Council") not in offices(doc)


def test_a_states_governing_council_named_before_the_title_gives_the_state_too(
        run: Run) -> None:
    doc = run("Sudan's Transitional Sovereignty Council chairman Abdel Fattah al-Burhan met "
              "Turkish President Recep Tayyip Erdogan on Monday.\n")
    assert {("Abdel Fattah al-Burhan", "Sudan"),
            ("Abdel Fattah al-Burhan", "Transitional Sovereignty Council")} <= offices(doc)


def test_an_allegation_criticises_the_state_whose_agents_it_blames(run: Run) -> None:
    doc = run("Canadian Prime Minister Justin Trudeau alleged on Monday that Indian government "
              "agents were linked to the killing of a Sikh separatist leader.\n")
    assert ("CRITICIZED", "Justin Trudeau", "India") in triples(doc, "CRITICIZED")


def test_an_allegation_denied_or_an_alleged_person_criticises_no_one(run: Run) -> None:
    doc = run("Canadian Prime Minister Justin Trudeau did not allege that India was behind the "
              "murder. Police arrested the alleged plotter, an Indian national, in Prague.\n")
    assert not triples(doc, "CRITICIZED")


def test_a_sum_announced_for_a_state_is_pledged_to_it(run: Run) -> None:
    doc = run("US Secretary of State Antony Blinken announced a further $100 million for "
              "Haiti on Monday. Germany announced 50 million euros in aid for Sudan.\n")
    pledged = triples(doc, "PLEDGED")
    assert ("PLEDGED", "Antony Blinken", "Haiti") in pledged
    assert ("PLEDGED", "Germany", "Sudan") in pledged


def test_a_plan_announced_for_a_state_or_troops_sent_pledge_nothing(run: Run) -> None:
    doc = run("China announced a $10 billion plan for Kenya. Russia sent troops to Mali.\n")
    assert not triples(doc, "PLEDGED")


def test_a_camel_case_given_name_stays_in_the_name(run: Run) -> None:
    doc = run("MANILA - US Ambassador to the Philippines MaryKay Carlson denounced the "
              "dangerous actions on Monday.\n")
    assert ("MaryKay Carlson", "United States") in offices(doc)


def test_an_office_one_is_sworn_in_as_is_held(run: Run) -> None:
    doc = run("TAIPEI - When Lai Ching-te was sworn in as Taiwan's president on May 20, he "
              "chose his words carefully.\n")
    assert ("Lai Ching-te", "Taiwan") in offices(doc)


def test_a_spokesperson_of_a_bare_presidential_office_serves_the_storys_state(
        run: Run) -> None:
    doc = run("TAIPEI - Taiwan's government welcomed the US decision on Monday. Presidential "
              "Office spokesperson Karen Kuo said it showed Washington's commitment.\n")
    assert ("Karen Kuo", "Taiwan") in offices(doc)


def test_stances_and_offices_the_review_found_misread_are_not_read(run: Run) -> None:
    doc = run("LONDON - Metropolitan Police Commissioner Mark Rowley said British ministers "
              "raised the issue with the European Union. Pakistani Foreign Minister Ishaq Dar "
              "alleged that Afghan refugees were recruited by Indian agents. French President "
              "Emmanuel Macron condemned the strike and called on China to use its influence "
              "with Moscow. Dmytro Kuleba was replaced as Ukraine's foreign minister on "
              "Thursday. The State Department announced a $2.5 billion sale of F-16 jets to "
              "Turkey.\n")
    assert ("Mark Rowley", "European Union") not in offices(doc)
    assert ("CRITICIZED", "Ishaq Dar", "Afghanistan") not in triples(doc, "CRITICIZED")
    assert ("CRITICIZED", "Ishaq Dar", "India") in triples(doc, "CRITICIZED")
    assert ("CRITICIZED", "Emmanuel Macron", "China") not in triples(doc, "CRITICIZED")
    assert ("Dmytro Kuleba", "Ukraine") not in offices(doc)
    assert not triples(doc, "PLEDGED")


def test_a_count_back_in_digits_is_counted(run: Run) -> None:
    doc = run("Italian Prime Minister Giorgia Meloni met French President Emmanuel Macron in "
              "Paris on Tuesday, 8 days after Meloni visited Berlin.\n", date(2024, 5, 10))
    assert ("Giorgia Meloni", "Germany", "2024-04-29") in dated(doc, "VISITED")


def test_a_visit_a_meeting_came_before_is_still_to_come(run: Run) -> None:
    doc = run("French Foreign Minister Stephane Sejourne met Italian Foreign Minister Antonio "
              "Tajani in Paris on Thursday before a visit to India by Tajani.\n")
    assert not any(t == "India" for _, s, t in triples(doc, "VISITED"))


def test_a_concern_over_a_states_tourists_is_about_where_they_are_held(run: Run) -> None:
    doc = run("Indian External Affairs Minister S. Jaishankar expressed concern on Monday "
              "over Indian tourists detained in Russia.\n")
    assert ("EXPRESSED_CONCERN", "S. Jaishankar", "Russia") in triples(doc, "EXPRESSED_CONCERN")


def test_a_concern_reported_with_any_reporting_verb_goes_to_the_state_then_urged(
        run: Run) -> None:
    doc = run("State Department spokesman Matthew Miller told reporters the United States "
              "was deeply concerned, and he urged Beijing to act with restraint.\n")
    assert ("EXPRESSED_CONCERN", "Matthew Miller", "China") in triples(doc, "EXPRESSED_CONCERN")


def test_a_count_back_starts_from_the_day_its_paragraph_set(run: Run) -> None:
    doc = run("ANKARA - Greek Prime Minister Kyriakos Mitsotakis held talks with Turkish "
              "President Recep Tayyip Erdogan on Monday.\n\nMitsotakis had arrived in Ankara "
              "on March 3 for talks. Erdogan welcomed Mitsotakis at the presidential complex, "
              "two days after Erdogan traveled to Cyprus.\n", date(2024, 5, 7))
    assert ("Recep Tayyip Erdogan", "Cyprus", "2024-03-01") in dated(doc, "VISITED")
