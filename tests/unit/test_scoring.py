"""The corpus scorer on small hand-made gold and system documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dipgraph.errors import InputError
from dipgraph.loaders.scoring import (
    date_fits,
    normalize_mention,
    score_article,
    score_corpus,
)


def ent(typ: str, name: str, *aliases: str, optional: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"type": typ, "name": name, "aliases": list(aliases)}
    if optional:
        out["optional"] = True
    return out


def fact(rel: str, source: str, target: str, **extra: Any) -> dict[str, Any]:
    return {"rel": rel, "source": source, "target": target, **extra}


GOLD_ENTITIES = [
    ent("Person", "Wang Yi", "Wang"),
    ent("Person", "Park Jin", "Park"),
    ent("Country", "China", "CHN", "Beijing"),
    ent("Country", "South Korea", "KOR", "Seoul", "Republic of Korea"),
    ent("Country", "North Korea", "PRK", "DPRK"),
    ent("Accord", "Comprehensive Military Agreement", "Sept. 19 military agreement"),
    ent("Organization", "Anadolu Agency", "AA", optional=True),
    {"type": "Event", "kind": "meeting", "name": "Wang-Park talks", "participants": []},
]


def gold(*facts: dict[str, Any], entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "article": {"title": "t", "published": "2023-11-26"},
        "entities": GOLD_ENTITIES if entities is None else entities,
        "facts": list(facts),
    }


def system(*facts: dict[str, Any], entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"article": {}, "entities": entities or [], "facts": list(facts)}


def test_normalize_mention_ignores_case_punctuation_leading_the_and_possessive() -> None:
    assert normalize_mention("The U.S.") == normalize_mention("us")
    assert normalize_mention("South Korea\u2019s") == "south korea"
    assert normalize_mention("Sept. 19 military-agreement") == "sept 19 military agreement"
    assert normalize_mention("the") == "the"
    assert normalize_mention("Türkiye") != normalize_mention("Turkiye")  # accents are kept


def test_perfect_match_scores_one() -> None:
    g = gold(
        fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-11-26"),
        fact("WITHDREW_FROM", "North Korea", "Comprehensive Military Agreement"),
    )
    score = score_article(g, system(*g["facts"]))
    assert (score.facts.tp, score.facts.fp, score.facts.fn) == (2, 0, 0)
    assert score.facts.f1 == 1.0
    assert score.dates.total == 1 and score.dates.accuracy == 1.0
    assert set(score.relations) == {"MET_WITH", "WITHDREW_FROM"}


def test_missing_and_spurious_facts_are_counted_and_listed() -> None:
    g = gold(fact("REQUESTED", "Park Jin", "China"), fact("ALLY_OF", "China", "North Korea"))
    s = system(fact("REQUESTED", "Park Jin", "China"), fact("WARNED", "Kim Jong Un", "Seoul"))
    score = score_article(g, s)
    assert (score.facts.tp, score.facts.fp, score.facts.fn) == (1, 1, 1)
    assert score.facts.precision == 0.5 and score.facts.recall == 0.5
    assert [(m.rel, m.source, m.target) for m in score.missed] == [
        ("ALLY_OF", "China", "North Korea")
    ]
    assert [(m.rel, m.source, m.target) for m in score.spurious] == [
        ("WARNED", "Kim Jong Un", "Seoul")
    ]
    assert score.relations["WARNED"].fp == 1 and score.relations["ALLY_OF"].fn == 1


def test_alias_and_normalised_names_match_the_gold_entity() -> None:
    g = gold(fact("WITHDREW_FROM", "North Korea", "Comprehensive Military Agreement"))
    s = system(fact("WITHDREW_FROM", "the DPRK", "Sept 19 Military Agreement"))
    assert score_article(g, s).facts.tp == 1


def test_symmetric_relation_matches_reversed_but_directed_does_not() -> None:
    g = gold(fact("MET_WITH", "Wang Yi", "Park Jin"), fact("REQUESTED", "Park Jin", "China"))
    s = system(fact("MET_WITH", "Park Jin", "Wang Yi"), fact("REQUESTED", "China", "Park Jin"))
    score = score_article(g, s)
    assert score.relations["MET_WITH"].tp == 1
    assert (score.relations["REQUESTED"].tp, score.relations["REQUESTED"].fp) == (0, 1)


def test_optional_fact_is_neither_rewarded_nor_punished() -> None:
    g = gold(
        fact("MET_WITH", "Wang Yi", "Park Jin"),
        fact("VISITED", "Wang Yi", "South Korea", optional=True),
        fact("WARNED", "North Korea", "South Korea", optional=True),
    )
    found_optional = score_article(
        g, system(fact("MET_WITH", "Wang", "Park"), fact("VISITED", "Wang Yi", "Seoul"))
    )
    missed_optional = score_article(g, system(fact("MET_WITH", "Wang", "Park")))
    for score in (found_optional, missed_optional):
        assert (score.facts.tp, score.facts.fp, score.facts.fn) == (1, 0, 0)
        assert "VISITED" not in score.relations and "WARNED" not in score.relations


def test_a_triple_required_by_one_gold_fact_stays_required() -> None:
    g = gold(
        fact("REQUESTED", "Park Jin", "China", optional=True),
        fact("REQUESTED", "Park Jin", "China"),
    )
    assert score_article(g, system()).facts.fn == 1


def test_relations_outside_the_closed_set_are_ignored() -> None:
    g = gold(fact("MET_WITH", "Wang Yi", "Park Jin"), fact("HUGGED", "Wang Yi", "Park Jin"))
    s = system(fact("MET_WITH", "Wang Yi", "Park Jin"), fact("PRAISED", "Park Jin", "China"))
    score = score_article(g, s)
    assert (score.facts.tp, score.facts.fp, score.facts.fn) == (1, 0, 0)
    assert set(score.relations) == {"MET_WITH"}


def test_duplicate_system_triples_naming_the_same_gold_entities_count_once() -> None:
    g = gold(fact("MET_WITH", "Wang Yi", "Park Jin"))
    s = system(fact("MET_WITH", "Wang", "Park Jin"), fact("MET_WITH", "Wang Yi", "Park"))
    assert (score_article(g, s).facts.tp, score_article(g, s).facts.fp) == (1, 0)


def test_unknown_names_count_as_their_own_normalised_name() -> None:
    g = gold(fact("MET_WITH", "Wang Yi", "Park Jin"))
    s = system(fact("MET_WITH", "Wang Yi", "Kim Jong-un"), fact("MET_WITH", "Kim Jong Un", "Wang"))
    score = score_article(g, s)
    assert (score.facts.tp, score.facts.fp, score.facts.fn) == (0, 1, 1)


def test_a_name_naming_two_gold_entities_matches_only_one_gold_triple() -> None:
    entities = [
        ent("Person", "Wang Yi"),
        ent("Country", "South Korea", "Seoul"),
        ent("Place", "Seoul"),
    ]
    g = gold(
        fact("VISITED", "Wang Yi", "South Korea"),
        fact("VISITED", "Wang Yi", "Seoul"),
        entities=entities,
    )
    one = score_article(g, system(fact("VISITED", "Wang Yi", "Seoul")))
    assert (one.facts.tp, one.facts.fp, one.facts.fn) == (1, 0, 1)
    both = score_article(
        g, system(fact("VISITED", "Wang Yi", "Seoul"), fact("VISITED", "Wang Yi", "South Korea"))
    )
    assert (both.facts.tp, both.facts.fp, both.facts.fn) == (2, 0, 0)


def test_date_fits_cuts_the_system_date_to_the_gold_granularity() -> None:
    assert date_fits("2023-11-26", "2023-11")
    assert date_fits("2023-11-26", "2023")
    assert not date_fits("2023-11", "2023-11-26")
    assert not date_fits("2023-10-26", "2023-11")
    assert not date_fits(None, "2023") and not date_fits("Sunday", "2023")


def test_dates_are_scored_on_found_triples_at_the_gold_granularity() -> None:
    g = gold(
        fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-11"),
        fact("REQUESTED", "Park Jin", "China", date="2023-11-26"),
        fact("ALLY_OF", "China", "North Korea", date="1961"),  # not found: not in the total
    )
    s = system(
        fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-11-26"),
        fact("REQUESTED", "Park Jin", "China", date="2023-11"),
    )
    score = score_article(g, s)
    assert (score.dates.total, score.dates.correct) == (2, 1)
    assert [m.triple.rel for m in score.date_misses] == ["REQUESTED"]


def test_two_dated_meetings_need_two_dated_facts() -> None:
    g = gold(
        fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-11-26"),
        fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-07"),
    )
    one = score_article(g, system(fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-11-26")))
    assert one.facts.tp == 1
    assert (one.dates.total, one.dates.correct) == (2, 1)
    two = score_article(
        g,
        system(
            fact("MET_WITH", "Park", "Wang", date="2023-07-12"),
            fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-11-26"),
        ),
    )
    assert (two.dates.total, two.dates.correct) == (2, 2)


def test_one_system_date_does_not_serve_two_gold_dates_of_different_granularity() -> None:
    g = gold(
        fact("MET_WITH", "Wang Yi", "Park Jin", date="2023"),
        fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-07"),
    )
    s = system(fact("MET_WITH", "Wang Yi", "Park Jin", date="2023-07-12"))
    assert score_article(g, s).dates.correct == 1


def test_entities_scored_by_type_and_gold_entity_with_events_and_optionals_aside() -> None:
    g = gold()
    s = system(
        entities=[
            ent("Person", "Wang Yi"),
            ent("Person", "Wang"),  # the same gold entity again: counts once
            ent("Country", "Republic of Korea"),
            ent("Person", "China"),  # wrong type: spurious, and China stays missed
            ent("Organization", "AA"),  # optional gold entity: dropped
            ent("Event", "some meeting"),  # events are not scored
            ent("Accord", "the 2018 accord", "Sept. 19 military agreement"),  # alias match
        ]
    )
    score = score_article(g, s)
    assert (score.entities.tp, score.entities.fp, score.entities.fn) == (3, 1, 3)
    assert {(e.type, e.name) for e in score.missed_entities} == {
        ("Person", "Park Jin"),
        ("Country", "China"),
        ("Country", "North Korea"),
    }
    assert [(e.type, e.name) for e in score.spurious_entities] == [("Person", "China")]
    assert score.entity_types["Accord"].tp == 1
    assert "Event" not in score.entity_types


def test_malformed_system_document_is_an_input_error() -> None:
    with pytest.raises(InputError, match="facts"):
        score_article(gold(), {"facts": [{"rel": "MET_WITH"}]})


def test_score_corpus_pairs_texts_with_gold_and_micro_averages(tmp_path: Path) -> None:
    for stem, facts in (
        ("a", [fact("MET_WITH", "Wang Yi", "Park Jin")]),
        ("b", [fact("REQUESTED", "Park Jin", "China"), fact("ALLY_OF", "China", "North Korea")]),
    ):
        (tmp_path / f"{stem}.txt").write_text("text", encoding="utf-8")
        (tmp_path / f"{stem}.gold.json").write_text(json.dumps(gold(*facts)), encoding="utf-8")
    seen: list[tuple[str, Any]] = []

    def predict(txt: Path, meta: dict[str, Any]) -> dict[str, Any]:
        seen.append((txt.name, meta.get("published")))
        return system(fact("MET_WITH", "Wang Yi", "Park Jin"), fact("ALLY_OF", "China", "PRK"))

    score = score_corpus(tmp_path, predict)
    assert seen == [("a.txt", "2023-11-26"), ("b.txt", "2023-11-26")]
    assert [a.article for a in score.articles] == ["a", "b"]
    assert (score.facts.tp, score.facts.fp, score.facts.fn) == (2, 2, 1)
    assert score.relations["MET_WITH"].tp == 1 and score.relations["MET_WITH"].fp == 1


def test_score_corpus_rejects_a_gold_without_its_text(tmp_path: Path) -> None:
    (tmp_path / "x.gold.json").write_text(json.dumps(gold()), encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.txt"):
        score_corpus(tmp_path, lambda _txt, _meta: system())
