"""A place named after 'the province of', 'days later' that dates nothing, and private
people of a state ('Kenyan tourists') who do not act for it. Invented sentences."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, dated, triples


def test_a_name_after_the_province_of_is_a_place_one_can_visit(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono visited the flood-hit province of "
              "Zemun on Monday.")
    assert ("VISITED", "Amos Kiprono", "Zemun") in triples(doc, "VISITED")
    assert {"Place"} == {e["type"] for e in doc["entities"] if e["name"] == "Zemun"}


def test_days_later_is_not_the_next_day(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono met Ugandan Foreign Minister Peter Okello "
              "on Monday. Days later, Kiprono visited Tanzania.", date(2024, 5, 15))
    visits = [f for f in doc["facts"] if f["rel"] == "VISITED"]
    assert visits and all(f["date"] != "2024-05-14" for f in visits)


def test_a_states_tourists_are_not_the_state(run: Run) -> None:
    doc = run("Greece extended a visa programme for Turkish tourists visiting Greek islands.")
    assert not triples(doc, "VISITED")


def test_an_honorific_is_no_part_of_a_name_before_a_listed_office(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono spoke on Monday. Earlier on Monday, Mr Kiprono, "
              "French President Emmanuel Macron and German Chancellor Olaf Scholz issued a "
              "joint statement.")
    names = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert names == {"Amos Kiprono", "Emmanuel Macron", "Olaf Scholz"}


def test_an_adjective_between_a_body_and_its_title_keeps_the_body(run: Run) -> None:
    doc = run("Kenya condemned the killing of Hamas political leader Omar Rahim in Cairo.")
    assert ("HOLDS_OFFICE", "Omar Rahim", "Hamas") in triples(doc, "HOLDS_OFFICE")


def test_a_call_during_which_one_urged_the_other_is_a_meeting(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono urged Ugandan President Peter Okello to refrain "
              "from attacking Sudan during a phone call on Monday.")
    assert ("MET_WITH", "Amos Kiprono", "Peter Okello") in triples(doc, "MET_WITH")


def test_planning_to_meet_during_a_summit_is_no_meeting(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono plans to meet Ugandan President Peter Okello "
              "during the summit.")
    assert not triples(doc, "MET_WITH")


def test_a_date_inside_an_apposition_does_not_date_the_act(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono held talks with Ugandan Foreign Minister "
              "Peter Okello, the second such meeting between the countries after the first in "
              "Kampala in April last year.", date(2024, 7, 9))
    dates = {f["date"] for f in doc["facts"] if f["rel"] == "MET_WITH"}
    assert dates and "2023-04" not in dates


def test_a_wire_end_mark_after_the_last_sentence_keeps_that_paragraph(run: Run) -> None:
    doc = run("Kenya and Uganda met on Monday.\n\nGhana, a close ally of Togo, signed a "
              "defence agreement with Lome in February. Enditem\n")
    assert ("SIGNED", "Ghana", "defence agreement") in triples(doc, "SIGNED")
    assert not any("Enditem" in e["name"] for e in doc["entities"])


def test_his_in_a_phrase_before_the_subject_is_the_subjects(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono spoke on Monday. On Tuesday, during his visit to "
              "Rwanda, Ugandan President Peter Okello criticized Tanzania.")
    assert triples(doc, "VISITED") == {("VISITED", "Peter Okello", "Rwanda")}


def test_his_after_a_passive_subject_is_that_subjects(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono spoke on Monday. Ugandan President Peter Okello "
              "was received by Tanzanian President Grace Mwita on his arrival in Dodoma.")
    assert {s for _, s, _ in triples(doc, "VISITED")} == {"Peter Okello"}


def test_him_after_a_call_is_the_other_party_of_the_call(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono spoke by phone with Ugandan President Peter Okello "
              "on Monday. Okello assured him that Uganda would reopen the border, his office "
              "said.")
    assert ("PLEDGED", "Peter Okello", "Amos Kiprono") in triples(doc, "PLEDGED")


def test_him_after_a_named_pair_in_a_conjunct_is_the_object_of_the_first_verb(run: Run) -> None:
    doc = run("Kenya spoke to Ghana. In July 2022, Kenyan Foreign Minister Amos Kiprono called "
              "Ugandan Foreign Minister Peter Okello and pressed him to accept a proposal.")
    assert triples(doc, "REQUESTED") == {("REQUESTED", "Amos Kiprono", "Peter Okello")}


def test_a_when_clause_takes_the_date_it_hangs_on(run: Run) -> None:
    doc = run("It was the first known conversation since July 2022, when Kenyan Foreign "
              "Minister Amos Kiprono called Ugandan Foreign Minister Peter Okello.",
              date(2025, 2, 15))
    assert {f["date"] for f in doc["facts"] if f["rel"] == "MET_WITH"} == {"2022-07"}


def test_each_listed_minister_holds_the_office_of_his_own_state(run: Run) -> None:
    doc = run("Their foreign ministers, Amos Kiprono of Kenya and Uganda's Peter Okello, "
              "initialled the text of a peace agreement.")
    assert {("HOLDS_OFFICE", "Amos Kiprono", "Kenya"),
            ("HOLDS_OFFICE", "Peter Okello", "Uganda")} <= triples(doc, "HOLDS_OFFICE")


def test_a_bare_ministrys_spokeswoman_speaks_for_the_state_of_the_story(run: Run) -> None:
    doc = run("Ghana, a close ally of Togo, was absent from the talks. Foreign Ministry "
              "spokeswoman Ama Owusu said Accra welcomed the steps.")
    assert ("HOLDS_OFFICE", "Ama Owusu", "Ghana") in triples(doc, "HOLDS_OFFICE")


def test_a_date_the_ner_ran_on_past_a_comma_still_dates_the_act(run: Run) -> None:
    doc = run("Kenyan Defence Minister Amos Kiprono visited Kampala in July, days after "
              "Uganda held a general election.", date(2024, 10, 23))
    assert {f["date"] for f in doc["facts"] if f["rel"] == "VISITED"} == {"2024-07"}


def test_a_described_deal_named_by_a_participle_takes_that_name(run: Run) -> None:
    doc = run("Kenya and Uganda signed their most far-reaching defence agreement in decades "
              "on Wednesday. The deal, named the Lake House Agreement after the building "
              "where it was signed, allows joint patrols.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"Lake House Agreement"}


def test_a_name_set_off_by_commas_after_a_long_title_is_its_holder(run: Run) -> None:
    doc = run("Ugandan Prime Minister John Mwita spoke on Monday. Last week, Uganda's Minister "
              "for International Development and the Pacific, Ilo Vasera, flew to Nairobi and "
              "met Kenyan President Amos Kiprono.")
    assert ("VISITED", "Ilo Vasera", "Kenya") in triples(doc, "VISITED")
    assert {s for _, s, _ in triples(doc, "VISITED")} == {"Ilo Vasera"}


def test_a_states_ambassador_to_another_holds_his_own_states_office(run: Run) -> None:
    doc = run("Kiprono decided that Kenya's ambassador to the United States, Amos Mwita, would "
              "return to Washington. Kenya's envoy to Uganda Peter Okello spoke.")
    assert {("HOLDS_OFFICE", "Amos Mwita", "Kenya"),
            ("HOLDS_OFFICE", "Peter Okello", "Kenya")} <= triples(doc, "HOLDS_OFFICE")


def test_its_dated_deal_with_another_party_is_not_the_pact_before(run: Run) -> None:
    doc = run("Kenya joined the 2021 security pact with Uganda. Kenya scrapped its 2016 deal "
              "with shipbuilder Naval Works.")
    assert {t for _, _, t in triples(doc, "WITHDREW_FROM")} == {"2016 deal"}


def test_a_counsellor_is_a_title_not_part_of_the_name(run: Run) -> None:
    doc = run("Kenya's State Counsellor Amina Wanjiru met Ugandan President Peter Okello.")
    assert ("HOLDS_OFFICE", "Amina Wanjiru", "Kenya") in triples(doc, "HOLDS_OFFICE")


def test_a_quoted_nickname_inside_a_name_leaves_one_person(run: Run) -> None:
    doc = run('Indonesian President Budi "Bubu" Santoso met Sultan Hassan Karim. Santoso said '
              "the talks went well.")
    assert {e["name"] for e in doc["entities"] if e["type"] == "Person"} == {
        "Budi Santoso", "Hassan Karim"}


def test_a_future_year_sets_no_date_for_the_next_sentences_act(run: Run) -> None:
    doc = run("Chile and Peru sealed a memorandum that will allow power sales from 2028. In a "
              "separate ceremony, Chilean Foreign Minister Ana Soto and Peruvian Foreign "
              "Minister Luis Paz signed an agreement on fisheries.", date(2026, 2, 9))
    signed = {d for s, _, d in dated(doc, "SIGNED") if s == "Ana Soto"}
    assert signed and "2028" not in signed  # (the old code dated it 2028)
