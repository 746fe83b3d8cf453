"""Limits a read-only review of session 15's rules found: each sentence here was read wrongly
(or crashed the reader) before the mend. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipgraph.loaders.pipeline import extract_documents
from tests.unit.conftest import Run, offices, triples


def test_an_accord_and_a_date_ending_the_text_read_without_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Peru and Chile held talks in Lima on Friday about trade.\n"
                    "A new trade agreement on Monday\n", encoding="utf-8")
    result = extract_documents([path])
    assert not result.rejected and len(result.documents) == 1


@pytest.mark.parametrize("text", [
    "Peru is not the first country to sign the Andes Water Pact.",
    "Peru wants to become the first country to ratify the Andes Water Pact.",
    "Bolivia could become the first nation to leave the Andes Water Pact.",
])
def test_the_first_nation_to_act_only_if_it_did(run: Run, text: str) -> None:
    found = triples(run(text))
    assert not {t for t in found if t[0] in ("SIGNED", "WITHDREW_FROM")}


def test_urging_another_to_be_the_first_to_sign_is_no_signing(run: Run) -> None:
    doc = run("Peru urged Chile to become the first nation to sign the Andes Water Pact.")
    assert not triples(doc, "SIGNED")


def test_it_named_as_an_act_is_no_state(run: Run) -> None:
    doc = run("Peru condemned the Chilean raid on Bolivia, calling it an act of aggression.")
    assert ("CRITICIZED", "Peru", "Bolivia") not in triples(doc)


def test_a_closing_participle_after_another_states_report_is_not_the_reporters(
        run: Run) -> None:
    doc = run("Peru said Chile would not attend the talks, accusing Bolivia of sabotage.")
    assert ("CRITICIZED", "Peru", "Bolivia") not in triples(doc)


def test_a_passive_participle_after_a_name_stays_a_participle(run: Run) -> None:
    doc = run("Chilean President Ana Rojas, flanked by Peruvian President Luis Vega, in Lima "
              "on Monday.")
    assert {("MET_WITH", "Ana Rojas", "Luis Vega"),
            ("MET_WITH", "Luis Vega", "Ana Rojas")} & triples(doc)


def test_a_bare_ambassador_after_an_attack_is_not_the_attackers(run: Run) -> None:
    doc = run("LIMA, May 3 (Reuters) - Chile launched a missile attack on Lima overnight. "
              "Ambassador Sarah Miller condemned the strikes.")
    assert ("Sarah Miller", "Chile") not in offices(doc)


def test_the_government_after_another_states_leader_is_not_the_speakers(run: Run) -> None:
    doc = run("Peruvian Foreign Minister Ana Rojas met Chilean President Luis Vega in "
              "Santiago. Rojas said the government was calling on Bolivia to release the "
              "hostages.")
    assert not {t for t in triples(doc, "REQUESTED") if t[1] == "Peru"}


def test_brussels_beside_belgium_is_belgiums_capital(run: Run) -> None:
    doc = run("Peru cut ties with Belgium on Monday, accusing Brussels of siding with Chile. "
              "The European Union had imposed sanctions on Peruvian officials.")
    found = triples(doc, "CRITICIZED")
    assert ("CRITICIZED", "Peru", "Belgium") in found
    assert ("CRITICIZED", "Peru", "European Union") not in found


def test_a_communist_party_out_of_power_is_its_own(run: Run) -> None:
    doc = run("Martin Novak, the leader of the Communist Party of the Russian Federation, "
              "criticized the Kremlin.")
    assert ("Martin Novak", "Russia") not in offices(doc)


def test_an_envoy_to_the_united_nations_received_in_a_capital_visited_it(run: Run) -> None:
    doc = run("US Ambassador to the United Nations Sarah Miller was received by Kenyan "
              "President William Ruto in Nairobi.")
    assert ("VISITED", "Sarah Miller", "Kenya") in triples(doc)


def test_the_ministrys_spokesman_after_two_ministries_is_not_the_last(run: Run) -> None:
    doc = run("Chile's Foreign Ministry criticized Peru's Defence Ministry on Monday. The "
              "ministry's spokesman, Martin Novak, said the move was provocative.")
    assert ("Martin Novak", "Peru") not in offices(doc)


def test_the_document_with_no_accord_told_is_no_accord(run: Run) -> None:
    doc = run("Peru and Chile held talks on Monday. The document was signed by Peruvian "
              "Foreign Minister Ana Rojas.")
    assert not [e for e in doc["entities"] if e["type"] == "Accord"]
