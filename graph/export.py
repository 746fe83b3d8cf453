"""Write a NetworkX graph as GraphML, GEXF, node-link JSON or CSV, and read it back.

GraphML, GEXF and CSV cannot hold dates or lists, so values are encoded by the
kind of their attribute: dates as ISO strings, lists as JSON text. The kinds
travel with the file (graph attribute ``dipgraph_kinds``; in CSV the column
header ``name:kind``), and :func:`read_export` decodes them, so a graph survives
the trip with its types.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, get_args

import networkx as nx

from dipgraph.errors import InputError

__all__ = ["ExportFormat", "decode_value", "encode_value", "export", "kinds_of", "read_export"]

ExportFormat = Literal["graphml", "gexf", "json", "csv"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
_KINDS_ATTR = "dipgraph_kinds"
_PREFIX = "dg_"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "str"
    return "json"


def kinds_of(items: Iterable[dict[str, Any]]) -> dict[str, str]:
    """The kind of each attribute over ``items``; mixed kinds become ``json``."""
    kinds: dict[str, str] = {}
    for attrs in items:
        for name, value in attrs.items():
            if value is None:
                continue
            kind = _kind(value)
            if kinds.setdefault(name, kind) != kind:
                if "date" in (kind, kinds[name]):
                    raise InputError(name, "attribute mixes dates and other values")
                kinds[name] = "json"
    return kinds


def encode_value(value: Any, kind: str) -> Any:
    """A value as the file stores it: dates ISO, lists and mixed values JSON text."""
    if kind == "date":
        return value.isoformat()
    if kind in ("list", "json"):
        return json.dumps(value, ensure_ascii=False)
    return value


def decode_value(value: Any, kind: str) -> Any:
    """Inverse of :func:`encode_value` (also parses CSV's text cells)."""
    if kind == "date":
        return dt.date.fromisoformat(str(value))
    if kind in ("list", "json"):
        return json.loads(value)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        return value if isinstance(value, bool) else str(value).lower() == "true"
    return str(value)


def _encoded(graph: nx.MultiDiGraph, style: str = "plain") -> nx.MultiDiGraph:
    """A copy with encoded values; ``style`` names attributes for the format.

    ``plain``: names as they are; ``json``: the edge attribute ``key`` (node-link's own
    field) stored as ``dg_key``; ``gexf``: every name as ``name:kind``, since GEXF keeps
    no graph attributes for the kinds and reserves names such as ``id`` and ``type``.
    """
    nkinds = kinds_of(d for _, d in graph.nodes(data=True))
    ekinds = kinds_of(d for _, _, d in graph.edges(data=True))

    def name(n: str, kind: str) -> str:
        if style == "gexf":
            return f"{n}:{kind}"
        return _PREFIX + n if style == "json" and n == "key" else n

    out = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        out.add_node(node, **{name(k, nkinds[k]): encode_value(v, nkinds[k])
                              for k, v in attrs.items() if v is not None})
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        out.add_edges_from([(u, v, key, {name(k, ekinds[k]): encode_value(x, ekinds[k])
                                         for k, x in attrs.items() if x is not None})])
    if style != "gexf":
        out.graph[_KINDS_ATTR] = json.dumps({"node": nkinds, "edge": ekinds}, sort_keys=True)
    return out


def _decoded(graph: Any, style: str = "plain") -> nx.MultiDiGraph:
    """Inverse of :func:`_encoded`; attributes the writer did not make are dropped."""
    kinds = json.loads(graph.graph.get(_KINDS_ATTR, '{"node": {}, "edge": {}}'))

    def decode(attrs: dict[str, Any], known: dict[str, str]) -> dict[str, Any]:
        out = {}
        for raw, value in attrs.items():
            if style == "gexf":
                name, _, kind = raw.rpartition(":")
                if name and kind:
                    out[name] = decode_value(value, kind)
                continue
            name = raw[len(_PREFIX):] if style == "json" and raw == _PREFIX + "key" else raw
            if name in known:
                out[name] = decode_value(value, known[name])
        return out

    out = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        out.add_node(str(node), **decode(attrs, kinds["node"]))
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        out.add_edges_from([(str(u), str(v), str(key), decode(attrs, kinds["edge"]))])
    return out


def _write_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    nkinds = kinds_of(d for _, d in graph.nodes(data=True))
    ekinds = kinds_of(d for _, _, d in graph.edges(data=True))
    nodes, edges = folder / "nodes.csv", folder / "edges.csv"

    def cell(value: Any, kind: str) -> str:
        return "" if value is None else str(encode_value(value, kind))

    with nodes.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow([":ID", *(f"{k}:{t}" for k, t in nkinds.items())])
        for node, attrs in graph.nodes(data=True):
            out.writerow([node, *(cell(attrs.get(k), t) for k, t in nkinds.items())])
    with edges.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow([":START_ID", ":END_ID", ":KEY", *(f"{k}:{t}" for k, t in ekinds.items())])
        for u, v, key, attrs in graph.edges(keys=True, data=True):
            out.writerow([u, v, key, *(cell(attrs.get(k), t) for k, t in ekinds.items())])
    return [nodes, edges]


def _read_csv(folder: Path) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()

    def attrs(header: list[str], row: list[str]) -> dict[str, Any]:
        out = {}
        for column, value in zip(header, row, strict=True):
            name, _, kind = column.rpartition(":")
            if name and value != "":
                out[name] = decode_value(value, kind)
        return out

    with (folder / "nodes.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        for row in reader:
            graph.add_node(row[0], **attrs(header[1:], row[1:]))
    with (folder / "edges.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        for row in reader:
            graph.add_edges_from([(row[0], row[1], row[2], attrs(header[3:], row[3:]))])
    return graph


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(fmt, f"unknown export format; use one of {', '.join(FORMATS)}")


def export(graph: nx.MultiDiGraph, path: Path | str, format: ExportFormat) -> list[Path]:
    """Write ``graph`` to ``path`` (a folder for csv: nodes.csv, edges.csv); the files."""
    _check(format)
    path = Path(path)
    if format == "csv":
        return _write_csv(graph, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if format == "json":
        encoded = _encoded(graph, "json")
        data = nx.node_link_data(encoded, edges="edges", name="_node", key="_key")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    elif format == "graphml":
        nx.write_graphml(_encoded(graph), path)
    else:
        nx.write_gexf(_encoded(graph, "gexf"), path)
    return [path]


def read_export(path: Path | str, format: ExportFormat) -> nx.MultiDiGraph:
    """Read a file written by :func:`export` back, decoding dates and lists."""
    _check(format)
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    if format == "csv":
        return _read_csv(path)
    if format == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        raw = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges",
                                 name="_node", key="_key")
        return _decoded(raw, "json")
    if format == "graphml":
        return _decoded(nx.read_graphml(path, force_multigraph=True))
    return _decoded(_gexf_keys(nx.read_gexf(path)), "gexf")


def _gexf_keys(graph: Any) -> Any:
    """GEXF keeps no edge keys: rebuild the multigraph keyed by the stored ``key``."""
    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, attrs in graph.edges(data=True):
        out.add_edges_from([(u, v, attrs.get("key:str"), attrs)])
    return out
