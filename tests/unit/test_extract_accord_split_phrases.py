"""What an accord's name holds when the parser or the NER splits its phrase: a date between
head and topic, a lower-case word the NER took for a name, a particle verb, 'their' after
'between', a capitalised kind word ('Antarctic'), a plant's city; and what it leaves out:
'on the sidelines of', 'on behalf of', 'more than a dozen', the venue 'in the X capital'.
Invented sentences, one phenomenon per test."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, triples


def _signed(doc: dict[str, Any]) -> set[str]:
    return {t for _, _, t in triples(doc, "SIGNED")}


def test_a_date_between_an_agreement_and_its_topic_is_left_out(run: Run) -> None:
    doc = run("Peru and Chile signed an agreement on Thursday on the joint management of "
              "shared aquifers, hoping to avoid shortages.")
    assert _signed(doc) == {"agreement on the joint management of shared aquifers"}


def test_a_lower_case_word_the_ner_called_a_body_stays_in_the_topic(run: Run) -> None:
    doc = run("Samoa and Fiji signed a memorandum on coast guard cooperation on Friday.")
    assert _signed(doc) == {"memorandum on coast guard cooperation"}


def test_on_the_sidelines_of_a_summit_is_where_not_what(run: Run) -> None:
    for text in ("Peru and Chile signed an agreement on the sidelines of the summit.",
                 "Peru and Chile signed an agreement on Monday on the margins of the summit.",
                 "Peru and Chile signed an agreement on behalf of their governments."):
        assert _signed(run(text)) == {"agreement"}, text


def test_an_undertaking_with_a_particle_verb_names_the_agreement(run: Run) -> None:
    doc = run("Samoa and Fiji signed an agreement to step up cooperation between their "
              "maritime forces.")
    assert _signed(doc) == {
        "agreement to step up cooperation between their maritime forces"}


def test_a_capitalised_kind_word_opens_the_topic(run: Run) -> None:
    doc = run("Peru and Chile signed a memorandum of understanding on Antarctic logistics.")
    assert _signed(doc) == {"memorandum of understanding on Antarctic logistics"}


def test_a_venue_in_a_national_capital_is_no_part_of_the_topic(run: Run) -> None:
    doc = run("Peru and Chile signed a joint declaration on defence cooperation in the "
              "Chilean capital on Monday.")
    assert _signed(doc) == {"joint declaration on defence cooperation"}


def test_a_listed_agreement_keeps_the_city_its_plant_stands_in(run: Run) -> None:
    doc = run("Peru and Chile signed two agreements on the supply of jet fuel and on the "
              "upgrading of a thermal power plant in Arica, and discussed trade.")
    assert _signed(doc) == {"agreement on the supply of jet fuel",
                            "agreement on the upgrading of a thermal power plant in Arica"}


def test_more_than_a_dozen_is_a_count_not_a_name(run: Run) -> None:
    doc = run("Peru and Chile signed more than a dozen agreements on Monday.")
    assert _signed(doc) == {"agreements"}


def test_the_one_agreement_told_after_a_plural_is_not_the_set(run: Run) -> None:
    doc = run("Peru and Chile signed more than a dozen agreements, including one on a new "
              "gas pipeline. The pipeline agreement was signed by Peruvian Foreign Minister "
              "Ana Rojas.")
    assert ("SIGNED", "Ana Rojas", "pipeline agreement") in triples(doc)


def test_a_date_after_of_understanding_is_left_out_too(run: Run) -> None:
    doc = run("Peru and Chile signed a memorandum of understanding on Thursday covering the "
              "section of the gas pipeline.")
    assert _signed(doc) == {"memorandum of understanding covering the section of the gas "
                            "pipeline"}


def test_a_topic_that_only_points_back_is_no_part_of_the_name(run: Run) -> None:
    doc = run("Peru and Chile signed an intergovernmental agreement on the project in 2010.")
    assert _signed(doc) == {"intergovernmental agreement"}


def test_the_document_signed_by_ministers_is_the_accord_just_told(run: Run) -> None:
    doc = run("Peru, Chile and Bolivia signed a framework agreement in Lima on Thursday. The "
              "document was signed by Peruvian Foreign Minister Ana Rojas and Chilean Foreign "
              "Minister Martin Novak.")
    assert {("SIGNED", "Ana Rojas", "framework agreement"),
            ("SIGNED", "Martin Novak", "framework agreement")} <= triples(doc)
    assert {e["name"] for e in doc["entities"] if e["type"] == "Accord"} == {
        "framework agreement"}


def test_named_rivers_stay_in_the_topic_whatever_the_ner_called_them(run: Run) -> None:
    doc = run("Peru and Chile signed an agreement on managing the waters of the Lauca and "
              "Caquena rivers on Monday.")
    assert _signed(doc) == {
        "agreement on managing the waters of the Lauca and Caquena rivers"}


def test_a_bare_plural_topic_is_no_pointing_back(run: Run) -> None:
    doc = run("Peru and Chile signed an agreement on projects on Monday.")
    assert _signed(doc) == {"agreement on projects"}
