"""More ways news states an alliance: 'The two countries, allies in X', 'its allies A and
B' (its = the state its clause is about), 'made A one of Y's closest allies'. Invented
sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def _allies(text: str, run: Run) -> set[frozenset[str]]:
    return {frozenset((a, b)) for _, a, b in triples(run(text), "ALLY_OF")}


def test_two_countries_called_allies_in_a_bloc_are_allied(run: Run) -> None:
    text = ("Chilean President Ana Rojas spoke with Peruvian President Luis Soto. The two "
            "countries, allies in the Andean defence pact, have quarrelled over fishing.")
    assert _allies(text, run) == {frozenset(("Chile", "Peru"))}


def test_its_allies_belong_to_the_state_the_clause_is_about(run: Run) -> None:
    text = ("Chile has taken in many Bolivians, while Peru has drawn closer to its allies "
            "Ecuador and Colombia.")
    assert _allies(text, run) == {frozenset(("Peru", "Ecuador")),
                                  frozenset(("Peru", "Colombia"))}


def test_a_state_made_one_of_anothers_closest_allies_is_its_ally(run: Run) -> None:
    text = ("Milei, who has made Argentina one of Washington's closest allies in the region, "
            "kept ties cordial.")
    assert _allies(text, run) == {frozenset(("Argentina", "United States"))}


def test_allies_of_someone_else_are_no_alliance_of_the_two(run: Run) -> None:
    text = "Chile and Peru, allies of the United States, met in Lima."
    assert frozenset(("Chile", "Peru")) not in _allies(text, run)
