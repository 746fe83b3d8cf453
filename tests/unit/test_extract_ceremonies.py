"""Signing ceremonies and summit line-ups: several documents set out after a colon, topics
joined by a repeated 'on', who signed which document, offices given by a list of states
and names, and a visit to a person. Invented sentences."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, offices, triples

HOSTS = ("KIGALI, March 4 (Reuters) - Rwandan President Paul Mugenzi hosted Burundian "
         "President Eric Ndayishimiye in Kigali on Monday. Rwandan Foreign Minister Jean "
         "Habimana and Burundian Foreign Minister Alain Nkurunziza also attended. ")


def _signed(doc: dict[str, Any], accord: str) -> set[str]:
    return {s for _, s, t in triples(doc, "SIGNED") if t == accord}


def test_every_document_set_out_after_a_colon_is_signed(run: Run) -> None:
    # the parser chains the items as appositions of one another, the last as a conjunct
    doc = run(HOSTS + "The two sides signed three agreements: a memorandum of understanding "
                      "on fisheries cooperation, an agreement on visa exemption for diplomatic "
                      "passports, and a protocol on customs cooperation.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on fisheries cooperation",
        "agreement on visa exemption for diplomatic passports",
        "protocol on customs cooperation"}


def test_topics_joined_by_a_repeated_on_are_two_accords(run: Run) -> None:
    doc = run(HOSTS + "Habimana and Nkurunziza signed two agreements on road haulage and on "
                      "tourism.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "agreement on road haulage", "agreement on tourism"}


def test_each_document_is_signed_by_those_its_own_clause_names(run: Run) -> None:
    doc = run(HOSTS + "Two documents were signed: an agreement on road haulage, signed by "
                      "Habimana and Nkurunziza; and a memorandum on energy, signed by the two "
                      "presidents.")
    people = {"Paul Mugenzi", "Eric Ndayishimiye", "Jean Habimana", "Alain Nkurunziza"}
    assert _signed(doc, "agreement on road haulage") & people == {
        "Jean Habimana", "Alain Nkurunziza"}
    assert _signed(doc, "memorandum on energy") & people == {
        "Paul Mugenzi", "Eric Ndayishimiye"}


def test_their_foreign_ministers_are_those_of_the_states_just_named(run: Run) -> None:
    doc = run(HOSTS + "Mugenzi and Ndayishimiye signed a joint declaration, and their foreign "
                      "ministers inked a memorandum on consular cooperation.")
    assert _signed(doc, "memorandum on consular cooperation") >= {
        "Jean Habimana", "Alain Nkurunziza"}


def test_a_place_that_names_a_work_is_part_of_the_topic(run: Run) -> None:
    doc = run(HOSTS + "An accord on the Rusizi corridor was signed by Mugenzi and "
                      "Ndayishimiye.")
    assert _signed(doc, "accord on the Rusizi corridor") >= {
        "Paul Mugenzi", "Eric Ndayishimiye"}


def test_a_list_of_states_and_names_gives_each_his_office(run: Run) -> None:
    doc = run("The summit in Arusha was attended by the presidents of Malawi, Peter Banda, "
              "and Zambia, Hakim Tembo.")
    assert {("Peter Banda", "Malawi"), ("Hakim Tembo", "Zambia")} <= offices(doc)


def test_visiting_a_person_is_meeting_them(run: Run) -> None:
    doc = run(HOSTS + "Ndayishimiye also visited former Rwandan President Pascal Bizimana "
                      "at his home.")
    assert ("MET_WITH", "Eric Ndayishimiye", "Pascal Bizimana") in triples(doc, "MET_WITH")


def test_documents_listed_between_dashes_are_signed_by_the_agents(run: Run) -> None:
    doc = run(HOSTS + "The documents - a framework agreement on the Rwanda-Gisenyi rail "
                      "concession, a memorandum of understanding on cross-border fish trade and "
                      "a visa waiver agreement - were signed by Habimana and Nkurunziza.")
    assert {t for _, s, t in triples(doc, "SIGNED") if s == "Jean Habimana"} == {
        "framework agreement on the Rwanda-Gisenyi rail concession",
        "memorandum of understanding on cross-border fish trade", "visa waiver agreement"}


def test_items_the_parser_hangs_inside_the_first_item_are_still_signed(run: Run) -> None:
    doc = run(HOSTS + "Habimana and Nkurunziza signed an agreement establishing a one-stop "
                      "border post at Rusizi-Bugarama, a memorandum of understanding on power "
                      "supply from the Ruzizi dam and a protocol on cooperation in combating "
                      "cattle theft.")
    assert {t for _, s, t in triples(doc, "SIGNED") if s == "Jean Habimana"} == {
        "agreement establishing a one-stop border post at Rusizi-Bugarama",
        "memorandum of understanding on power supply from the Ruzizi dam",
        "protocol on cooperation in combating cattle theft"}


def test_a_topic_stops_before_the_next_listed_document(run: Run) -> None:
    doc = run(HOSTS + "Habimana and Nkurunziza signed a memorandum of understanding on the "
                      "RUBU power interconnector, an agreement on civil protection, and a joint "
                      "declaration on refugees.")
    assert "memorandum of understanding on the RUBU power interconnector" in {
        t for _, _, t in triples(doc, "SIGNED")}


def test_ministers_listed_with_their_states_all_sign(run: Run) -> None:
    doc = run("Foreign Ministers John Mwangi of Kenya, Peter Okello of Uganda and "
              "Paul Kanza of Rwanda signed a memorandum on lake transport in Kigali.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} >= {
        "John Mwangi", "Peter Okello", "Paul Kanza"}


def test_a_relative_clause_on_a_dated_accord_dates_its_signing(run: Run) -> None:
    doc = run(HOSTS + "Ties rest on the 1996 Lake Kivu Declaration, which was signed by "
                      "President Anselme Kayibanda and President Cyprien Ntare.")
    dates = {f["date"] for f in doc["facts"] if f["rel"] == "SIGNED"}
    assert dates == {"1996"}


def test_a_list_chained_on_a_title_all_act(run: Run) -> None:
    doc = run("Kenyan Foreign Minister John Mwangi, Uganda's Peter Okello and their Rwandan "
              "host, Paul Kanza, signed a declaration on lake transport in Kigali.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} >= {
        "John Mwangi", "Peter Okello", "Paul Kanza"}


def test_an_accord_named_by_what_it_founded_is_a_new_accord(run: Run) -> None:
    doc = run(HOSTS + "Both countries pulled out of the treaty that founded the East African "
                      "Payments Union in 2019.")
    assert {t for _, _, t in triples(doc, "WITHDREW_FROM")} == {
        "treaty that founded the East African Payments Union"}


def test_topics_the_parser_read_as_one_noun_are_still_split(run: Run) -> None:
    doc = run(HOSTS + "The two governments signed three agreements on energy, coffee "
                      "and border security.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "agreement on energy", "agreement on coffee", "agreement on border security"}


def test_an_indefinite_accord_is_not_an_earlier_one_with_fewer_words(run: Run) -> None:
    doc = run(HOSTS + "The two governments signed agreements on energy and coffee. Habimana "
                      "and Nkurunziza later signed an agreement on cooperation in coffee "
                      "research.")
    assert ("SIGNED", "Jean Habimana", "agreement on cooperation in coffee research") in \
        triples(doc)
