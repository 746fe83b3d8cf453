"""Diplomatic protest idioms: 'objected to X's actions', 'handed X a protest note' (to X's
envoy: against X), 'lodged stern representations over X's comments'; and what they are not:
whom a complaint is sent to, representations for a deadline, criticism of an ambassador
himself. Invented sentences."""

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


def test_whom_a_complaint_is_sent_to_is_not_its_target(run: Run) -> None:
    doc = run("Chile sent the African Union a complaint against Peru.")
    assert {t[2] for t in triples(doc, "CRITICIZED")} == {"Peru"}


def test_representations_for_a_deadline_are_no_protest(run: Run) -> None:
    doc = run("Chile made representations to the World Trade Organization for an extension "
              "of the deadline.")
    assert not triples(doc, "CRITICIZED")


def test_an_objection_at_a_summit_hosted_by_a_state_is_not_against_it(run: Run) -> None:
    doc = run("Chile objected to the wording at the summit hosted by Peru.")
    assert not triples(doc, "CRITICIZED")


def test_a_protest_note_handed_to_an_envoy_is_against_his_state(run: Run) -> None:
    doc = run("The ministry's secretary general, Ana Rojas, handed a protest note to Peruvian "
              "chargé d'affaires Luis Soto, the Chilean ministry said.")
    blamed = {t[2] for t in triples(doc, "CRITICIZED")}
    assert "Peru" in blamed and "Luis Soto" not in blamed


def test_a_curly_apostrophe_still_makes_a_charge_daffaires(run: Run) -> None:
    doc = run("The ministry's secretary general, Ana Rojas, handed a protest note to Peruvian "
              "chargé d\u2019affaires Luis Soto, the Chilean ministry said.")
    assert "Peru" in {t[2] for t in triples(doc, "CRITICIZED")}


def test_criticism_of_an_ambassador_himself_stays_on_him(run: Run) -> None:
    doc = run("Chile voiced strong criticism of Peruvian Ambassador Luis Soto for his remarks.")
    assert ("CRITICIZED", "Chile", "Luis Soto") in triples(doc)
