"""Session 30 rules, one phenomenon per test, on invented articles: a title held by "the
bloc" serves the one bloc the story names (or the bloc whose seat the dateline names),
never the dateline's state; "Commission President X" serves the European Commission in a
story about the European Union. Each test fails without its rule, except the guards."""

from __future__ import annotations

from tests.unit.conftest import Run, offices


def test_the_blocs_chief_serves_the_bloc_named_later_not_the_dateline_state(run: Run) -> None:
    doc = run("BRUSSELS, March 4 (Reuters) - The bloc's foreign policy chief Tomas Varga said "
              "on Monday that new sanctions on Belarus were ready. Varga said the European "
              "Union would adopt them this week.\n")
    assert ("Tomas Varga", "European Union") in offices(doc)
    assert ("Tomas Varga", "Belgium") not in offices(doc)


def test_the_blocs_chief_under_a_brussels_dateline_serves_the_eu(run: Run) -> None:
    doc = run("BRUSSELS, March 4 (Reuters) - The bloc's foreign policy chief Tomas Varga said "
              "on Monday that new sanctions on Belarus were ready.\n")
    assert offices(doc) == {("Tomas Varga", "European Union")}


def test_the_blocs_chief_is_left_unread_when_two_bodies_could_be_the_bloc(run: Run) -> None:
    doc = run("PARIS, March 4 (Reuters) - The bloc's foreign policy chief Tomas Varga said "
              "on Monday that the EU would keep sanctions on Belarus. NATO chief Mark Rutte "
              "agreed.\n")
    assert not {o for o in offices(doc) if o[0] == "Tomas Varga"}


def test_commission_president_serves_the_european_commission(run: Run) -> None:
    doc = run("Commission President Ilse Marten met Chinese Premier Li Qiang on Monday and "
              "said the European Union wanted balanced trade. Commission spokesperson Jan "
              "Peeters said the talks went well.\n")
    assert {("Ilse Marten", "European Commission"),
            ("Jan Peeters", "European Commission")} <= offices(doc)
    titles = {(f["source"], f["target"]): f["title"] for f in doc["facts"]
              if f["rel"] == "HOLDS_OFFICE"}
    assert titles[("Ilse Marten", "European Commission")] == "President"
    assert titles[("Ilse Marten", "European Union")] == "President of the European Commission"


def test_a_commission_with_no_eu_in_the_story_is_not_the_european_one(run: Run) -> None:
    doc = run("Commission President Ilse Marten met Chinese Premier Li Qiang in Beijing on "
              "Monday.\n")
    assert not {o for o in offices(doc) if o[0] == "Ilse Marten"}
