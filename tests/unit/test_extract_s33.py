"""Session 33 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from tests.unit.conftest import Run, accord_names, offices


def test_a_name_the_ner_runs_into_an_envoys_brief_is_a_person(run: Run) -> None:
    doc = run("Norway's Special Envoy for Myanmar Anders Holte met the junta's officials.\n")
    assert ("Anders Holte", "Norway") in offices(doc)


def test_the_state_an_envoy_is_sent_for_does_not_own_his_office(run: Run) -> None:
    doc = run("Russian Presidential Special Envoy for Afghanistan Zamir Kabulov met Taliban "
              "officials in Kabul on Monday.\n")
    assert ("Zamir Kabulov", "Afghanistan") not in offices(doc)


def test_a_self_governing_territorys_demonym_and_capital_name_it(run: Run) -> None:
    doc = run("The Faroese Minister of Fisheries Jens Olsen met Greenland's premier, Hans "
              "Enoksen, in Nuuk on Monday. Nuuk said the talks went well.\n")
    assert ("Jens Olsen", "Faroe Islands") in offices(doc)
    assert ("Hans Enoksen", "Greenland") in offices(doc)


def test_a_hyphenated_co_operation_stays_one_word_of_an_accords_name(run: Run) -> None:
    doc = run("Chile and Peru signed a memorandum of understanding on fisheries co-operation "
              "on Thursday.\n")
    assert any(name.endswith("fisheries co-operation") for name in accord_names(doc))
