"""Diplomatic protest idioms: 'objected to X's actions', 'handed X a protest note' (to X's
envoy: against X), 'lodged stern representations over X's comments'. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_objecting_to_a_states_acts_criticises_it(run: Run) -> None:
    doc = run("Chile objected to Peru's decision to close the border.")
    assert ("CRITICIZED", "Chile", "Peru") in triples(doc)


def test_a_protest_note_handed_to_a_state_criticises_it(run: Run) -> None:
    doc = run("Chile handed Peru a formal protest note on Monday over a court ruling.")
    assert ("CRITICIZED", "Chile", "Peru") in triples(doc)


def test_stern_representations_over_a_states_comments_criticise_it(run: Run) -> None:
    doc = run("Chilean Foreign Minister Ana Rojas lodged stern representations over Peru's "
              "comments.")
    assert ("CRITICIZED", "Ana Rojas", "Peru") in triples(doc)


def test_a_copy_handed_over_is_no_protest(run: Run) -> None:
    doc = run("Chile handed Peru a copy of the report on Monday.")
    assert not triples(doc, "CRITICIZED")


def test_a_protest_note_handed_to_an_envoy_is_against_his_state(run: Run) -> None:
    doc = run("The ministry's secretary general, Ana Rojas, handed a protest note to Peruvian "
              "chargé d'affaires Luis Soto, the Chilean ministry said.")
    blamed = {t[2] for t in triples(doc, "CRITICIZED")}
    assert "Peru" in blamed and "Luis Soto" not in blamed
