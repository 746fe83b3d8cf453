"""A monarch's regnal number, the state a bare-titled speaker reports for, and 'only last
month'. Invented sentences."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, triples


def test_a_regnal_number_is_part_of_a_monarchs_name(run: Run) -> None:
    doc = run("Only last month, in a speech marking his accession to the throne, Moroccan "
              "King Mohammed VI had urged Algerian President Omar Rahim to reopen the border.")
    assert ("HOLDS_OFFICE", "Mohammed VI", "Morocco") in triples(doc, "HOLDS_OFFICE")
    assert ("REQUESTED", "Mohammed VI", "Omar Rahim") in triples(doc, "REQUESTED")


def test_the_pronoun_i_is_no_regnal_number(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono said I would not travel.")
    assert {e["name"] for e in doc["entities"] if e["type"] == "Person"} == {"Amos Kiprono"}


def test_a_bare_minister_speaks_for_the_state_whose_acts_he_reports(run: Run) -> None:
    text = ("Kenya hosted the leader of Jubaland on Monday. Kenya said the talks went well. "
            "Kenya and Kenya's allies backed the visit. Information Minister Amos Kiprono "
            "announced the decision on television. \"The Somali government has decided to "
            "sever relations,\" Mr Kiprono said, adding that Mogadishu was recalling its "
            "diplomats from Kenya.")
    assert ("HOLDS_OFFICE", "Amos Kiprono", "Somalia") in triples(run(text), "HOLDS_OFFICE")


def test_said_at_the_time_that_reports_for_the_government_in_the_clause(run: Run) -> None:
    doc = run("Somalia accused Kenya of meddling. Somalia recalled its envoy. Somalia closed "
              "the border. Foreign Affairs Cabinet Secretary Peter Okello said at the time "
              "that the Kenyan government respected Somalia's sovereignty.")
    assert ("HOLDS_OFFICE", "Peter Okello", "Kenya") in triples(doc, "HOLDS_OFFICE")


def test_a_speaker_reporting_two_states_acts_speaks_for_neither(run: Run) -> None:
    doc = run("Kenya hosted the leader of Jubaland on Monday. Kenya said the talks went well. "
              "Information Minister Amos Kiprono said the Ugandan government and the Somali "
              "government had recalled their envoys.")
    assert {t[2] for t in triples(doc, "HOLDS_OFFICE")} <= {"Kenya"}


def test_a_state_a_bare_minister_talks_about_is_not_his(run: Run) -> None:
    doc = run("Somalia accused Kenya of meddling. Somalia recalled its envoy. Somalia closed "
              "the border. Defence Minister Peter Okello said Kenya was massing troops.")
    assert ("HOLDS_OFFICE", "Peter Okello", "Kenya") not in triples(doc, "HOLDS_OFFICE")


def test_only_last_month_is_last_month(run: Run) -> None:
    doc = run("Only last month, Kenyan President Amos Kiprono urged Ugandan President Peter "
              "Okello to reopen the border.", date(2021, 8, 25))
    dates = {f["date"] for f in doc["facts"] if f["rel"] == "REQUESTED"}
    assert dates == {"2021-07"}
