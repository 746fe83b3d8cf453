"""Export encoding: every format re-imports to an equal graph, dates and lists intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx
import pytest

from dipgraph.errors import InputError
from dipgraph.graph.export import (
    FORMATS,
    decode_value,
    encode_value,
    export,
    kinds_of,
    read_export,
)
from dipgraph.graph.netx import graphs_equal


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("person:a", type="Person", id="person:a", name="Ä Wang", aliases=["W", "王"],
               offices=["country:CHN|Foreign Minister"], country="country:CHN")
    g.add_node("person:b", type="Person", id="person:b", name="Park", aliases=[], offices=[])
    g.add_node("country:CHN", type="Country", id="country:CHN", name="China", iso3="CHN",
               aliases=["Beijing"])
    for key, date in (("MET_WITH|person:a|person:b|2023-11", "2023-11"),
                      ("MET_WITH|person:a|person:b|2024", "2024")):
        g.add_edge("person:a", "person:b", key=key, rel="MET_WITH", key_=None, symmetric=True,
                   date=date, date_start=dt.date(2023, 11, 1), date_end=dt.date(2023, 11, 30),
                   support=2, articles=["article:1", "article:2"], confidence=0.75,
                   evidence_starts=[0, 10], evidence_sentences=["a, \"b\"", "c\nd"],
                   first_seen=dt.date(2023, 11, 26), weight=1.0, label="x", type="t")
    g.add_edge("person:a", "country:CHN", key="HOLDS_OFFICE|person:a|country:CHN|",
               rel="HOLDS_OFFICE", symmetric=False, support=1, articles=["article:1"],
               confidence=1.0)
    for _, _, d in g.edges(data=True):
        d.pop("key_", None)
    for _, _, k, d in g.edges(keys=True, data=True):
        d["key"] = k
    return g


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_reimports_to_an_equal_graph_with_types(fmt: str, tmp_path: Path) -> None:
    g = small_graph()
    target = tmp_path / ("out" if fmt == "csv" else f"out.{fmt}")
    files = export(g, target, fmt)  # type: ignore[arg-type]
    assert all(f.exists() for f in files)
    back = read_export(target, fmt)  # type: ignore[arg-type]
    assert graphs_equal(back, g), (dict(back.nodes(data=True)), list(back.edges(data=True)))
    edge = back.edges["person:a", "person:b", "MET_WITH|person:a|person:b|2024"]
    assert isinstance(edge["first_seen"], dt.date) and edge["articles"] == ["article:1",
                                                                            "article:2"]
    assert isinstance(edge["support"], int) and edge["symmetric"] is True


def test_graphml_stores_dates_as_iso_text_and_lists_as_json(tmp_path: Path) -> None:
    export(small_graph(), tmp_path / "g.graphml", "graphml")
    text = (tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert "2023-11-26" in text and '["article:1", "article:2"]' in text


def test_kinds_mark_mixed_values_as_json_and_refuse_mixed_dates() -> None:
    assert kinds_of([{"a": 1, "b": [1]}, {"a": 1.5}]) == {"a": "json", "b": "list"}
    with pytest.raises(InputError):
        kinds_of([{"a": dt.date(2020, 1, 1)}, {"a": "x"}])


def test_encode_and_decode_are_inverse() -> None:
    for value, kind in ((dt.date(2023, 7, 1), "date"), (["a", 1], "list"), (3, "int"),
                        (0.5, "float"), (True, "bool"), ("x", "str"), ({"k": [1]}, "json")):
        assert decode_value(encode_value(value, kind), kind) == value
    assert decode_value("False", "bool") is False and decode_value("2", "int") == 2


def test_unknown_format_and_missing_file_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        export(small_graph(), tmp_path / "x", "dot")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        read_export(tmp_path / "missing.graphml", "graphml")
