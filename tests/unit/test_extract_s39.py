"""Session 39 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, accord_names, dated, offices, triples


def test_a_union_commissions_chair_holds_an_office_of_the_union_too(run: Run) -> None:
    doc = run("ADDIS ABABA - African Union Commission chairman Moussa Faki Mahamat welcomed "
              "the truce on Monday. The African Union will send observers.\n")
    assert {("Moussa Faki Mahamat", "African Union Commission"),
            ("Moussa Faki Mahamat", "African Union")} <= offices(doc)


def test_the_european_commissions_president_is_not_read_as_the_unions(run: Run) -> None:
    doc = run("BRUSSELS - European Commission President Ursula von der Leyen said on Monday "
              "that the European Union would help.\n")
    assert offices(doc) >= {("Ursula von der Leyen", "European Commission")}
    assert ("Ursula von der Leyen", "European Union") not in offices(doc)


def test_a_summit_held_somewhere_between_leaders_is_their_meeting(run: Run) -> None:
    doc = run("CAIRO - The ministers discussed the outcome of the summit held in Asmara on "
              "Monday between Egyptian President Abdel Fattah El-Sisi and Eritrean President "
              "Isaias Afwerki.\n")
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert frozenset(("Abdel Fattah El-Sisi", "Isaias Afwerki")) in met


def test_a_lead_date_the_ner_joined_to_the_datelines_dates_the_act(run: Run) -> None:
    doc = run("ACCRA, Oct 20 - Last month, Ghanaian President John Mahama met Malian President "
              "Assimi Goita.\n", published=date(2024, 10, 21))
    assert dated(doc, "MET_WITH") == {("John Mahama", "Assimi Goita", "2024-09")}


def test_a_loose_topic_runs_on_through_an_article_after_of(run: Run) -> None:
    doc = run("Ghana and the United Arab Emirates signed a memorandum of understanding on the "
              "establishment of a mechanism for political consultations on Monday.\n")
    assert {t[2] for t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on the establishment of a mechanism for political "
        "consultations"}
    assert accord_names(doc) == ["memorandum of understanding on the establishment of a "
                                 "mechanism for political consultations"]


def test_a_closing_between_that_names_only_the_sides_is_no_part_of_the_topic(
        run: Run) -> None:
    doc = run("Ghana and the United Arab Emirates signed a memorandum of understanding on "
              "political consultations between the foreign ministries of the two countries "
              "on Monday.\n")
    assert {t[2] for t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on political consultations"}


def test_a_body_named_for_a_place_is_an_organization(run: Run) -> None:
    doc = run("ACCRA - Ghanaian Foreign Minister Shirley Ayorkor Botchwey urged the Gulf of "
              "Guinea Commission on Tuesday to fund its coordination centres.\n")
    assert ("Organization", "Gulf of Guinea Commission") in {
        (e["type"], e["name"]) for e in doc["entities"]}
    assert ("REQUESTED", "Shirley Ayorkor Botchwey", "Gulf of Guinea Commission") in triples(doc)


def test_a_place_named_after_a_sea_stays_a_place(run: Run) -> None:
    doc = run("ATHENS - Greek Prime Minister Kyriakos Mitsotakis visited the Gulf of Corinth "
              "on Tuesday.\n")
    assert ("Place", "Gulf of Corinth") in {(e["type"], e["name"]) for e in doc["entities"]}


def test_the_doers_of_strikes_on_a_target_are_criticised(run: Run) -> None:
    doc = run("TEHRAN - Iranian President Masoud Pezeshkian on Tuesday denounced the June strikes "
              "on Iranian nuclear facilities by Israel and the United States.\n")
    assert {t[2] for t in triples(doc, "CRITICIZED")} == {"Israel", "United States"}


def test_where_a_leader_arrived_is_the_place_the_where_clause_hangs_on(run: Run) -> None:
    doc = run("BISHKEK - Kyrgyz President Sadyr Japarov and his Tajik counterpart Emomali "
              "Rahmon signed the document in Bishkek, where Rahmon arrived the previous "
              "evening on a state visit.\n")
    assert ("VISITED", "Emomali Rahmon", "Bishkek") in triples(doc)


def test_a_managing_director_holds_an_office_of_the_body_named_before(run: Run) -> None:
    doc = run("ROME - Italian Foreign Minister Antonio Tajani met IMF Managing Director "
              "Kristalina Georgieva on Monday.\n")
    assert ("Kristalina Georgieva", "International Monetary Fund") in offices(doc)


def test_a_bodys_acronym_in_brackets_before_the_name_keeps_the_title(run: Run) -> None:
    doc = run("MOSCOW - Russian President Vladimir Putin on Wednesday held talks with Director "
              "General of the International Atomic Energy Agency (IAEA) Rafael Grossi.\n")
    assert ("Rafael Grossi", "International Atomic Energy Agency") in offices(doc)


def test_a_bodys_acronym_before_a_set_off_name_keeps_the_title(run: Run) -> None:
    doc = run("KINGSTON - Jamaican Prime Minister Andrew Holness met the Secretary-General of "
              "the Caribbean Community (CARICOM), Dr Carla Barnett, on Tuesday.\n")
    assert ("Carla Barnett", "Caricom") in offices(doc)


def test_a_rank_set_off_after_a_title_does_not_hide_the_title(run: Run) -> None:
    doc = run("ABUJA - Nigeria's Chief of Naval Staff, Vice Admiral Emmanuel Ogalla, assured "
              "the minister on Monday.\n")
    assert ("Emmanuel Ogalla", "Nigeria") in offices(doc)


def test_the_eus_border_agency_and_russias_nuclear_corporation_are_bodies(run: Run) -> None:
    doc = run("HELSINKI - Frontex Executive Director Hans Leijtens met Finnish officials on "
              "Monday. Director General of the Rosatom State Corporation Alexei Likhachev "
              "also took part.\n")
    assert {("Hans Leijtens", "Frontex"), ("Alexei Likhachev", "Rosatom")} <= offices(doc)


def test_the_head_of_a_states_named_company_holds_the_companys_office(run: Run) -> None:
    doc = run("MOSCOW - Alexei Likhachev, head of Russia's state nuclear corporation Rosatom, "
              "said on Friday that the plant was Russian.\n")
    assert offices(doc) == {("Alexei Likhachev", "Rosatom")}


def test_a_state_minister_is_still_the_states_office(run: Run) -> None:
    doc = run("KAMPALA - Henry Oryem Okello, Uganda's state minister for foreign affairs, said "
              "on Monday that talks would go on.\n")
    assert {t for _, t in offices(doc)} == {"Uganda"}


def test_a_state_regarded_as_anothers_closest_ally_is_its_ally(run: Run) -> None:
    doc = run("BUDAPEST - Hungary, widely regarded as Beijing's closest ally inside the EU, "
              "blocked the statement on Monday. Serbia is seen as Russia's closest ally in "
              "Europe.\n")
    allies = {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")}
    assert allies == {frozenset(("China", "Hungary")), frozenset(("Russia", "Serbia"))}


def test_a_plan_two_sides_sign_is_an_accord(run: Run) -> None:
    doc = run("MOSCOW - Russian Foreign Minister Sergei Lavrov and his Kyrgyz counterpart Jeenbek "
              "Kulubaev signed a plan of consultations between the two foreign ministries for "
              "2025-2026 on Tuesday.\n")
    assert {t[1] for t in triples(doc, "SIGNED")} >= {"Sergei Lavrov", "Jeenbek Kulubaev"}
    assert {t[2] for t in triples(doc, "SIGNED")} == {"plan of consultations"}


def test_a_lower_case_field_of_a_capitalised_field_stays_in_the_name(run: Run) -> None:
    doc = run("ATHENS - Greece and Egypt signed a Memorandum of Understanding on Cooperation in "
              "the field of Legal Migration and Mobility, which provides for seasonal work.\n")
    assert {t[2] for t in triples(doc, "SIGNED")} == {
        "Memorandum of Understanding on Cooperation in the field of Legal Migration and "
        "Mobility"}


def test_a_quoted_title_keeps_its_listed_fields(run: Run) -> None:
    doc = run('ANKARA - The "Memorandum of Understanding on Cooperation in the Military, '
              'Security and Counter-Terrorism Fields" was signed by Turkey and Iraq on Monday.\n')
    assert {t[2] for t in triples(doc, "SIGNED")} == {
        "Memorandum of Understanding on Cooperation in the Military, Security and "
        "Counter-Terrorism Fields"}


def test_an_unquoted_title_ends_at_its_comma_though_a_quote_follows(run: Run) -> None:
    doc = run("ANKARA - Turkey and Iraq signed the Memorandum of Understanding on Cooperation in "
              'the Military, Security officials said on Monday, calling it "historic".\n')
    assert {t[2] for t in triples(doc, "SIGNED")} == {
        "Memorandum of Understanding on Cooperation in the Military"}

def test_a_courtesy_call_followed_by_a_pledge_is_no_request(run: Run) -> None:
    doc = run("NEW DELHI - Canadian Foreign Minister Melanie Joly called on Prime Minister "
              "Narendra Modi late on Monday, and she assured him that Canada would act.\n")
    assert triples(doc, "REQUESTED") == set()
    assert ("MET_WITH", "Melanie Joly", "Narendra Modi") in triples(doc)


def test_a_call_on_a_leader_to_act_is_still_a_request(run: Run) -> None:
    doc = run("NEW DELHI - Canadian Foreign Minister Melanie Joly called on Indian Prime "
              "Minister Narendra Modi to cooperate with the investigation on Monday.\n")
    assert ("REQUESTED", "Melanie Joly", "Narendra Modi") in triples(doc)


def test_a_summit_held_on_a_day_between_leaders_is_dated_that_day(run: Run) -> None:
    doc = run("CAIRO, Jan 12 - The two sides agreed on Sunday to follow up on the outcome of the "
              "summit held in Asmara on 10 October 2024 between Egyptian President Abdel Fattah "
              "El-Sisi and Eritrean President Isaias Afwerki.\n", published=date(2025, 1, 12))
    assert {d for _, _, d in dated(doc, "MET_WITH")} == {"2024-10-10"}


def test_a_bare_secretary_general_heads_the_one_such_body_named(run: Run) -> None:
    doc = run("BRUSSELS - NATO defence ministers met in Brussels on Thursday. Secretary General "
              "Jens Stoltenberg said the alliance backed Finland.\n")
    assert offices(doc) == {("Jens Stoltenberg", "NATO")}


def test_a_bare_secretary_general_of_no_body_named_is_no_states(run: Run) -> None:
    doc = run("BERLIN - German Chancellor Olaf Scholz met Secretary General Jens Stoltenberg on "
              "Monday.\n")
    assert ("Jens Stoltenberg", "Germany") not in offices(doc)


def test_a_bare_secretary_general_beside_a_body_without_one_is_the_others(run: Run) -> None:
    doc = run("The Arab League and the African Union met in Cairo on Sunday. "
              "Secretary-General Omar Haddad said the talks went well.")
    assert offices(doc) == {("Omar Haddad", "Arab League")}


def test_a_head_of_an_unnamed_state_service_still_serves_the_state(run: Run) -> None:
    doc = run("MOSCOW - Alexander Bortnikov, head of Russia's state security service, said on "
              "Monday that the plot was foiled.\n")
    assert {t for _, t in offices(doc)} == {"Russia"}
