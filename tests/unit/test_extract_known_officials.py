"""The list of known office holders (``loaders/data/officials.json``) places a person whose
title the article gives without a state, in place of a guess from the dateline, and it
lists no name under two states."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.conftest import Run, offices

_DATA = Path(__file__).resolve().parents[2] / "loaders" / "data" / "officials.json"


def test_no_name_is_listed_under_two_states_but_the_known_clash() -> None:
    seen: dict[str, str] = {}
    clashes = set()
    for state, names in json.loads(_DATA.read_text())["officials"].items():
        assert len(state) == 3 and state.isupper()
        for name in names:
            if name in seen:
                clashes.add(name)
            seen[name] = state
    assert clashes <= {"Pedro Sanchez"}


def test_a_listed_foreign_minister_is_placed_by_the_list_not_the_dateline(run: Run) -> None:
    doc = run("MANILA, March 5 - The two presidents witnessed the signing of a memorandum of "
              "understanding on critical minerals by Foreign Minister Cho Hyun and Foreign "
              "Affairs Secretary Theresa Lazaro.")
    assert {("Cho Hyun", "South Korea"), ("Theresa Lazaro", "Philippines")} <= offices(doc)
