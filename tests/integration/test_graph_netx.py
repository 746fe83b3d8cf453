"""NetworkX conversions against a real Neo4j: equality with the in-memory build, round trip,
filters, and export files that re-import equal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import neo4j
import pytest

from dipgraph.graph.export import FORMATS, export, read_export
from dipgraph.graph.netx import (
    extraction_to_networkx,
    from_networkx,
    graphs_equal,
    to_networkx,
)
from dipgraph.graph.schema import apply_schema
from dipgraph.graph.writer import write_extractions
from tests.integration.test_graph_writer import CHN, KOR, PARK, TALKS, WANG, clear, sample

pytestmark = pytest.mark.integration


@pytest.fixture()
def db(neo4j_driver: neo4j.Driver) -> Iterator[neo4j.Driver]:
    apply_schema(neo4j_driver)
    yield neo4j_driver


def corpus() -> list:  # type: ignore[type-arg]
    return [
        sample("article:b", "hb", date(2023, 11, 27), sentence="They met."),
        sample("article:a", "ha", date(2023, 11, 26), extra_alias="FM Wang"),
        sample("article:c", "hc", None, with_request=False),
        sample("article:a", "ha2", date(2023, 11, 25), what="mediate"),  # a changed
    ]


def test_neo4j_graph_equals_the_in_memory_build_of_the_same_extractions(
    db: neo4j.Driver,
) -> None:
    write_extractions(db, corpus(), batch_size=1)
    stored = to_networkx(db)
    built = extraction_to_networkx(corpus())
    assert graphs_equal(stored, built)
    met = stored.edges[PARK, WANG, f"MET_WITH|{PARK}|{WANG}|2023-11-26"]
    assert met["support"] == 3 and met["first_seen"] == date(2023, 11, 25)
    assert type(met["first_seen"]) is date and type(stored.nodes[WANG]["aliases"]) is list
    assert met["date_start"] == date(2023, 11, 26) and met["articles"][0] == "article:a"
    assert stored.nodes[WANG]["type"] == "Person"
    assert stored.nodes[WANG]["aliases"] == ["Wang", "FM Wang"]
    assert stored.has_edge(WANG, TALKS) and stored.has_edge(TALKS, "place:busan")


def test_round_trip_neo4j_networkx_empty_neo4j_networkx_is_equal(db: neo4j.Driver) -> None:
    write_extractions(db, corpus())
    first = to_networkx(db)
    clear(db)
    assert to_networkx(db).number_of_nodes() == 0
    nodes, edges = from_networkx(first, db, batch_size=3)
    assert (nodes, edges) == (first.number_of_nodes(), first.number_of_edges())
    second = to_networkx(db)
    assert graphs_equal(first, second)
    assert second.number_of_edges() == first.number_of_edges() > 5


def test_filters_by_date_relation_and_country(db: neo4j.Driver) -> None:
    write_extractions(db, corpus())
    july = to_networkx(db, date_from=date(2023, 7, 15), date_to=date(2023, 7, 20))
    assert {d["rel"] for _, _, d in july.edges(data=True)} == {"REQUESTED"}
    november = to_networkx(db, date_from=date(2023, 11, 1), date_to=date(2023, 11, 30))
    assert {d["rel"] for _, _, d in november.edges(data=True)} == {
        "MET_WITH", "PARTICIPATED_IN", "HELD_IN"}
    signed = to_networkx(db, rels=["SIGNED"])
    assert [d["date"] for _, _, d in signed.edges(data=True)] == ["2018"]
    assert set(signed.nodes) == {KOR, "accord:military-pact"}
    china = to_networkx(db, countries=["CHN"], rels=["ALLY_OF", "SIGNED", "MET_WITH"])
    assert {d["rel"] for _, _, d in china.edges(data=True)} == {"ALLY_OF", "MET_WITH"}
    assert CHN in china.nodes


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_of_the_stored_graph_reimports_equal(
    db: neo4j.Driver, fmt: str, tmp_path: Path
) -> None:
    write_extractions(db, corpus())
    graph = to_networkx(db)
    target = tmp_path / ("csv" if fmt == "csv" else f"graph.{fmt}")
    export(graph, target, fmt)  # type: ignore[arg-type]
    assert graphs_equal(read_export(target, fmt), graph)  # type: ignore[arg-type]
