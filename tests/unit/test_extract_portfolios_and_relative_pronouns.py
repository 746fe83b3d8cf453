"""A commissioner's portfolio before the title ('EU Enlargement Commissioner X'), an aide as
a title ('Kremlin foreign policy aide X'), a he/she inside a relative clause on a named
person, who is that person, and a court that annuls an accord, which is no party leaving it.
Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples


def test_a_portfolio_word_before_a_bodys_title_keeps_the_body(run: Run) -> None:
    doc = run("EU Enlargement Commissioner Ana Rojas expressed concern over the rhetoric.")
    assert offices(doc) == {("Ana Rojas", "European Union")}


def test_a_scene_city_does_not_outrank_the_body_of_the_title(run: Run) -> None:
    doc = run("In Brussels, EU Climate Commissioner Ana Rojas urged Chile to act.")
    assert offices(doc) == {("Ana Rojas", "European Union")}


def test_she_in_a_relative_clause_on_a_named_president_is_that_president(run: Run) -> None:
    doc = run("Chilean Foreign Minister Luis Soto spoke on Tuesday. The row was triggered by "
              "Peruvian President Ana Rojas, who spoke during a visit to Berlin on Monday, "
              "where she was received by German President Frank Weber.")
    met = {frozenset(t[1:]) for t in triples(doc, "MET_WITH")}
    assert met == {frozenset(("Ana Rojas", "Frank Weber"))}
    assert not {t for t in triples(doc, "VISITED") if t[1] == "Luis Soto"}


def test_a_court_that_annuls_an_accord_does_not_leave_it(run: Run) -> None:
    doc = run("Chile will seek a new fisheries arrangement after the Andean Court of Justice "
              "annulled the bloc's fisheries agreement with Peru.")
    assert not triples(doc, "WITHDREW_FROM")


def test_an_aide_named_after_a_state_organ_holds_office_in_that_state(run: Run) -> None:
    doc = run("Kremlin foreign policy aide Ivan Petrov told reporters the treaty was fine.")
    assert ("Ivan Petrov", "Russia") in offices(doc)
