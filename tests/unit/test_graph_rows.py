"""Row building, batching and the statement registry: pure, no database."""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from collections.abc import Iterator

import pytest

from dipgraph.errors import QueryError
from dipgraph.graph.models import Extraction
from dipgraph.graph.rows import build_rows, link_key, office_string, parse_office
from dipgraph.graph.writer import _ahead, batches, link_rows
from dipgraph.queries.registry import names, statement, statements, typed_statement


def extraction(article: str = "article:1", n_meetings: int = 1) -> Extraction:
    sentence = "Kim met Lee."
    facts = [
        {"rel": "MET_WITH", "source": "person:lee", "target": "person:kim", "date": "2023-07",
         "mode": "phone", "evidence": {"article_id": article, "sentence": f"{sentence} {i}",
                                       "start": 100 - i, "end": 120 - i},
         "confidence": 0.5 + i / 10}
        for i in range(n_meetings)
    ]
    facts.append({"rel": "HOLDS_OFFICE", "source": "person:kim", "target": "country:KOR",
                  "title": "President",
                  "evidence": {"article_id": article, "sentence": "President Kim", "start": 0,
                               "end": 13}})
    return Extraction.model_validate({
        "article": {"id": article, "published": dt.date(2023, 7, 20), "content_hash": "h",
                    "text": "body text is never stored", "url": None},
        "entities": [
            {"type": "Person", "id": "person:kim", "name": "Kim", "aliases": ["K", "K"],
             "offices": [{"title": "President", "org": "country:KOR"}]},
            {"type": "Person", "id": "person:lee", "name": "Lee"},
            {"type": "Country", "id": "country:KOR", "name": "South Korea", "iso3": "KOR"},
            {"type": "Accord", "id": "accord:x", "name": "X"},
            {"type": "Place", "id": "place:seoul", "name": "Seoul"},
            {"type": "Event", "id": "event:call", "name": "Call", "kind": "call",
             "participants": ["person:kim", "person:lee", "person:ghost"],
             "place": "place:seoul"},
        ],
        "facts": facts,
    })


def test_symmetric_fact_row_is_oriented_from_lower_id_and_bounded_dates() -> None:
    (met, office) = build_rows(extraction()).facts
    assert (met["source"], met["target"]) == ("person:kim", "person:lee")
    assert met["key"] == "MET_WITH|person:kim|person:lee|2023-07" and met["symmetric"]
    assert (met["date_start"], met["date_end"]) == (dt.date(2023, 7, 1), dt.date(2023, 7, 31))
    assert met["cameo"] == "040" and met["mode"] == "phone"
    assert (office["source"], office["target"], office["symmetric"]) == (
        "person:kim", "country:KOR", False)
    assert office["date"] is None and office["date_start"] is None


def test_repeated_fact_in_one_article_is_one_row_with_sorted_evidence() -> None:
    rows = build_rows(extraction(n_meetings=3))
    met = rows.facts[0]
    assert len(rows.facts) == 2
    assert met["starts"] == [98, 99, 100]  # sorted by position in the article
    assert met["sentences"] == ["Kim met Lee. 2", "Kim met Lee. 1", "Kim met Lee. 0"]
    assert met["confidences"] == [0.7, 0.6, 0.5]
    assert rows.article["props"]["fact_keys"] == sorted(f["key"] for f in rows.facts)
    assert all(type(v) in (str, int, float, bool, list, dt.date, type(None)) for v in met.values())


def test_entity_rows_flatten_offices_drop_nulls_and_unknown_status() -> None:
    rows = build_rows(extraction())
    by_id = {e["id"]: e for e in rows.entities}
    kim = by_id["person:kim"]
    assert kim["label"] == "Person" and kim["aliases"] == ["K"]
    assert kim["offices"] == [office_string("President", "country:KOR")]
    assert parse_office(kim["offices"][0]) == ("President", "country:KOR")
    assert "country" not in kim["props"] and by_id["person:lee"]["offices"] == []
    assert "status" not in by_id["accord:x"]["props"] and by_id["accord:x"]["offices"] is None
    event = by_id["event:call"]
    assert "participants" not in event["props"] and "place" not in event["props"]
    assert by_id["country:KOR"]["props"] == {"name": "South Korea", "iso3": "KOR"}


def test_article_row_has_no_text_and_links_skip_unknown_participants() -> None:
    rows = build_rows(extraction())
    assert "text" not in rows.article["props"] and "url" not in rows.article["props"]
    assert rows.article["props"]["published"] == dt.date(2023, 7, 20)
    assert [(link["rel"], link["source"], link["target"]) for link in rows.links] == [
        ("PARTICIPATED_IN", "person:kim", "event:call"),
        ("PARTICIPATED_IN", "person:lee", "event:call"),
        ("HELD_IN", "event:call", "place:seoul"),
    ]
    assert rows.links[2]["key"] == link_key("HELD_IN", "event:call", "place:seoul")
    assert rows.mentions["events"] == ["event:call"] and len(rows.mentions["entities"]) == 6


def test_batches_hold_whole_articles_and_never_one_article_twice() -> None:
    rows = [build_rows(extraction(f"article:{i}")) for i in range(5)]
    assert [len(b) for b in batches(rows, 4)] == [2, 2, 1]  # 2 facts per article
    again = [rows[0], rows[1], rows[0]]
    assert [[r.article["id"] for r in b] for b in batches(again, 100)] == [
        ["article:0", "article:1"], ["article:0"]]
    with pytest.raises(ValueError):
        list(batches(rows, 0))


def test_rows_built_ahead_keep_order_raise_errors_and_stop_when_closed() -> None:
    assert list(_ahead(iter(range(50)), depth=2)) == list(range(50))

    def broken() -> Iterator[int]:
        yield 1
        raise ValueError("bad extraction")

    got = []
    with pytest.raises(ValueError, match="bad extraction"):
        for item in _ahead(broken()):
            got.append(item)
    assert got == [1]
    endless = _ahead(itertools.count())
    assert next(endless) == 0
    endless.close()  # joins the helper thread; would hang if it kept producing
    assert not any(t.name == "dipgraph-rows" for t in threading.enumerate())


def test_link_rows_are_one_per_key_with_sorted_articles() -> None:
    rows = [build_rows(extraction(f"article:{i}")) for i in (3, 1, 2)]
    links = link_rows([*rows, rows[0]])  # an article stated twice counts once
    assert sorted(links) == ["HELD_IN", "PARTICIPATED_IN"]
    assert [r["key"] for r in links["PARTICIPATED_IN"]] == [
        link_key("PARTICIPATED_IN", p, "event:call") for p in ("person:kim", "person:lee")]
    assert all(r["articles"] == ["article:1", "article:2", "article:3"]
               for rs in links.values() for r in rs)


def test_one_evidence_entry_per_sentence_start_the_most_confident() -> None:
    ex = extraction(n_meetings=3)
    ex.facts[1].evidence.start = ex.facts[0].evidence.start = 100  # two at one start
    ex.facts[0].confidence, ex.facts[1].confidence = 0.6, 0.9
    met = build_rows(ex).facts[0]
    assert met["starts"] == [98, 100]  # an Evidence node is one per key, article, start
    assert met["confidences"] == [0.7, 0.9]
    assert met["sentences"] == ["Kim met Lee. 2", "Kim met Lee. 1"]


def test_descriptive_fields_come_from_the_first_fact_in_article_order() -> None:
    ex = extraction(n_meetings=2)
    ex.facts[0].place, ex.facts[1].place = None, "place:seoul"
    ex.facts[0].mode, ex.facts[1].mode = "video", "phone"
    met = build_rows(ex).facts[0]
    assert (met["place"], met["mode"]) == ("place:seoul", "video")


def test_registry_loads_named_statements_and_per_type_templates() -> None:
    assert {"write_facts", "write_entities", "schema", "read_links"} <= set(names())
    assert statement("write_articles").startswith("CYPHER replan=skip\nUNWIND $rows AS row")
    assert "//" not in statement("write_articles")
    ddl = statements("schema")
    assert len(ddl) > 30 and all("IF NOT EXISTS" in s for s in ddl)
    typed = typed_statement("write_facts", "MET_WITH")
    assert "[r:MET_WITH {key: row.key}]" in typed and "__REL__" not in typed
    with pytest.raises(QueryError):
        typed_statement("write_facts", "MET_WITH]->() DETACH DELETE (x")
    with pytest.raises(QueryError):
        statement("write_facts")  # needs a type
    with pytest.raises(QueryError):
        statement("no_such_statement")
