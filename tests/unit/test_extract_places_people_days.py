"""A place named after 'the province of', 'days later' that dates nothing, and private
people of a state ('Kenyan tourists') who do not act for it. Invented sentences."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, triples


def test_a_name_after_the_province_of_is_a_place_one_can_visit(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono visited the flood-hit province of "
              "Zemun on Monday.")
    assert ("VISITED", "Amos Kiprono", "Zemun") in triples(doc, "VISITED")
    assert {"Place"} == {e["type"] for e in doc["entities"] if e["name"] == "Zemun"}


def test_days_later_gives_no_day(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono met Ugandan Foreign Minister Peter Okello "
              "on Monday. Days later, Kiprono visited Tanzania.", date(2024, 5, 15))
    visits = [f for f in doc["facts"] if f["rel"] == "VISITED"]
    assert visits and all(f["date"] != "2024-05-14" for f in visits)


def test_a_states_tourists_are_not_the_state(run: Run) -> None:
    doc = run("Greece extended a visa programme for Turkish tourists visiting Greek islands.")
    assert not triples(doc, "VISITED")
