"""The graph as a NetworkX ``MultiDiGraph``: read from Neo4j, built from extractions, written back.

Nodes are entities keyed by id; attributes are the stored properties plus ``type``
(the label). Edges are facts and event links keyed by their ``key``; attributes are
the stored properties (``rel`` is the relationship type). Dates are
``datetime.date``, lists are lists. Article and Evidence nodes and MENTIONS/REPORTS
edges are left out: a fact edge carries its evidence as attributes (``articles`` and
the parallel ``evidence_*`` lists, sorted by article then position), built from its
Evidence nodes on read and written back as Evidence nodes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import neo4j
import networkx as nx
from neo4j.exceptions import Neo4jError

from dipgraph.errors import DatabaseError, InputError
from dipgraph.graph.evidence import EVIDENCE_LISTS, apply_evidence, evidence_id, evidence_rows
from dipgraph.graph.models import Extraction, partial_date_bounds
from dipgraph.graph.relations import RelationType
from dipgraph.graph.rows import EntityRow, build_rows, merge_entity_rows
from dipgraph.graph.schema import NODE_LABELS
from dipgraph.graph.writer import link_rows
from dipgraph.queries.registry import statement, typed_statement

__all__ = [
    "EVENT_LINKS",
    "LINK_TYPES",
    "extraction_to_networkx",
    "from_networkx",
    "graphs_equal",
    "to_networkx",
]

#: Structural relationship types between an Event and its participants / place.
EVENT_LINKS = ("PARTICIPATED_IN", "HELD_IN")
#: Every relationship type between entities.
LINK_TYPES = tuple(r.value for r in RelationType) + EVENT_LINKS


def _native(value: Any) -> Any:
    if isinstance(value, neo4j.time.Date):
        return value.to_native()
    if isinstance(value, list):
        return [_native(v) for v in value]
    if isinstance(value, dict):
        return {k: _native(v) for k, v in value.items()}
    return value


def _country_ids(countries: Iterable[str] | None) -> set[str] | None:
    if countries is None:
        return None
    return {c if ":" in c else f"country:{c.upper()}" for c in countries}


def _overlaps(value: str | None, start: dt.date | None, end: dt.date | None) -> bool:
    if start is None and end is None:
        return True
    if not value:
        return False
    lo, hi = partial_date_bounds(value)
    return (start is None or hi >= start) and (end is None or lo <= end)


def _filter(
    graph: nx.MultiDiGraph,
    date_from: dt.date | None,
    date_to: dt.date | None,
    countries: set[str] | None,
    whole: bool,
) -> nx.MultiDiGraph:
    """Drop event links outside the date window, edges not touching the countries and,
    when any filter is set, nodes without edges."""
    def touches(node: str) -> bool:
        attrs = graph.nodes[node]
        return node in countries or attrs.get("country") in countries  # type: ignore[operator]

    for u, v, key, attrs in list(graph.edges(keys=True, data=True)):
        event = v if attrs["rel"] == "PARTICIPATED_IN" else u
        if (attrs["rel"] in EVENT_LINKS and not _overlaps(
            graph.nodes[event].get("date"), date_from, date_to
        )) or (countries is not None and not (touches(u) or touches(v))):
            graph.remove_edge(u, v, key)
    if not whole:
        graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
    return graph


def to_networkx(
    driver: neo4j.Driver,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    rels: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    database: str | None = None,
) -> nx.MultiDiGraph:
    """Read the graph, or the part of it within a date window, of some types, by country.

    ``countries`` are ids or ISO3 codes; an edge is kept when an end is such a country
    or belongs to one (its ``country``). With any filter, only nodes with edges remain.
    """
    types = [str(r) for r in rels] if rels is not None else list(LINK_TYPES)
    unknown = set(types) - set(LINK_TYPES)
    if unknown:
        raise InputError("--rel", f"unknown relationship types: {', '.join(sorted(unknown))}")
    params = {
        "rels": types,
        "date_from": date_from,
        "date_to": date_to,
        "dated": [r.value for r in RelationType],
    }
    try:
        read = neo4j.RoutingControl.READ  # a read transaction: never writes
        nodes = driver.execute_query(
            statement("read_entities"), database_=database, routing_=read
        ).records
        links = driver.execute_query(
            statement("read_links"), params, database_=database, routing_=read
        ).records
    except Neo4jError as err:
        raise DatabaseError(f"cannot read the graph: {err.code}: {err.message}") from err
    graph = nx.MultiDiGraph()
    for rec in nodes:
        graph.add_node(rec["id"], type=rec["label"], **_native(rec["props"]))
    for rec in links:
        props = _native(rec["props"])
        graph.add_edges_from([(rec["source"], rec["target"], props["key"], props)])
    whole = rels is None and date_from is None and date_to is None and countries is None
    graph = _filter(graph, date_from, date_to, _country_ids(countries), whole)
    _attach_evidence(driver, graph, [t for t in types if t not in EVENT_LINKS], database)
    return graph


def _read_evidence(
    tx: neo4j.ManagedTransaction, rels: list[str], keys: set[str]
) -> dict[str, list[tuple[Any, ...]]]:
    found: dict[str, list[tuple[Any, ...]]] = {}
    for rec in tx.run(statement("read_evidence"), rels=rels):  # streamed
        key, article, start, sentence, end, confidence = rec.values()
        if key in keys:
            found.setdefault(key, []).append((article, start, sentence, end, confidence))
    return found


def _attach_evidence(
    driver: neo4j.Driver, graph: nx.MultiDiGraph, rels: list[str], database: str | None
) -> None:
    """Give every fact edge its evidence lists (sorted by article, then position)."""
    edges = {key: attrs for _, _, key, attrs in graph.edges(keys=True, data=True)
             if attrs["rel"] not in EVENT_LINKS}
    if not edges:
        return
    try:
        with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as s:
            found = s.execute_read(_read_evidence, rels, set(edges))
    except Neo4jError as err:
        raise DatabaseError(f"cannot read the evidence: {err.code}: {err.message}") from err
    for key, attrs in edges.items():
        entries = sorted(found.get(key, []), key=lambda e: (e[0], e[1]))
        attrs["articles"] = sorted({e[0] for e in entries})
        attrs["evidence_articles"] = [e[0] for e in entries]
        attrs["evidence_sentences"] = [e[2] for e in entries]
        attrs["evidence_starts"] = [e[1] for e in entries]
        attrs["evidence_ends"] = [e[3] for e in entries]
        attrs["evidence_confidences"] = [e[4] for e in entries]


def _add_link(attrs: dict[str, Any], row: dict[str, Any]) -> None:
    arts = sorted({*attrs.get("articles", []), *row["articles"]})
    attrs.update({"key": row["key"], "rel": row["rel"], "articles": arts, "support": len(arts)})


def extraction_to_networkx(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """The graph the writer would store for ``extractions`` (in this order), in memory.

    Applies the writer's rule (:func:`dipgraph.graph.evidence.apply_evidence`) one
    article at a time; a repeated article id replaces that article's earlier
    evidence, as in Neo4j.
    """
    entity_rows: list[EntityRow] = []
    edges: dict[str, tuple[str, str, dict[str, Any]]] = {}
    published: dict[str, dt.date | None] = {}
    stated: dict[str, list[str]] = {}  # article -> fact keys it supports
    linked: dict[str, list[str]] = {}  # article -> event-link keys it states
    for extraction in extractions:
        rows = build_rows(extraction)
        art = rows.article["id"]
        for key in linked.pop(art, []):  # replace the article's old event links
            attrs = edges[key][2]
            attrs["articles"] = [a for a in attrs["articles"] if a != art]
            attrs["support"] = len(attrs["articles"])
            if not attrs["articles"]:
                del edges[key]
        old = {art: stated.pop(art)} if art in stated else {}
        published[art] = extraction.article.published
        for row in evidence_rows(rows.facts, old):
            attrs = edges.setdefault(row["key"], (row["source"], row["target"], {}))[2]
            if not apply_evidence(attrs, row, published):
                del edges[row["key"]]
        entity_rows.extend(rows.entities)
        for links in link_rows([rows]).values():
            for link in links:
                _add_link(edges.setdefault(link["key"], (link["source"], link["target"], {}))[2],
                          link)
        stated[art] = sorted({f["key"] for f in rows.facts})
        linked[art] = [link["key"] for link in rows.links]
    graph = nx.MultiDiGraph()
    for ent in merge_entity_rows(entity_rows):
        node: dict[str, Any] = {"type": ent["label"], "id": ent["id"], **ent["props"],
                                "aliases": ent["aliases"]}
        if ent["offices"] is not None:
            node["offices"] = ent["offices"]
        graph.add_node(ent["id"], **node)
    for key, (source, target, attrs) in edges.items():
        graph.add_edges_from([(source, target, key, attrs)])
    return graph


def _node_rows(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    rows = []
    for node, attrs in graph.nodes(data=True):
        label = attrs.get("type")
        if label not in NODE_LABELS or label in ("Entity", "Article", "Evidence"):
            raise InputError("<networkx graph>", f"node {node!r} has no entity type: {label!r}")
        props = {k: v for k, v in attrs.items() if k != "type" and v is not None}
        props["id"] = node
        rows.append({"id": node, "label": label, "props": props})
    return rows


def _restore(tx: neo4j.ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> None:
    tx.run(query, {"rows": rows}).consume()
    tx.run(statement("touch_graph")).consume()  # a summary of the old graph is now stale


def _evidence_row(key: str, rel: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """A fact edge's evidence lists as Evidence node rows (replacing the stored ones)."""
    lists = [attrs.get(name) or [] for name in EVIDENCE_LISTS]
    nodes = [
        {"id": evidence_id(key, article, start), "article": article, "sentence": sentence,
         "start": start, "end": end, "confidence": confidence}
        for article, sentence, start, end, confidence in zip(*lists, strict=True)
    ]
    return {"key": key, "rel": rel, "evidence": nodes}


def from_networkx(
    graph: nx.MultiDiGraph,
    driver: neo4j.Driver,
    *,
    database: str | None = None,
    batch_size: int = 5000,
) -> tuple[int, int]:
    """Write ``graph`` (as :func:`to_networkx` gives it) to Neo4j, properties as they are.

    Nodes and edges are merged by id and key and their properties replaced; a fact
    edge's evidence lists replace its Evidence nodes (``published`` taken from the
    stored Article, if any). Returns ``(nodes, edges)`` written.
    """
    nodes = _node_rows(graph)
    by_rel: dict[str, list[dict[str, Any]]] = {}
    evidence: list[dict[str, Any]] = []
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        rel = attrs.get("rel")
        if rel not in LINK_TYPES:
            raise InputError("<networkx graph>", f"edge {key!r} has an unknown rel {rel!r}")
        props = {k: v for k, v in attrs.items() if v is not None}
        props["key"] = key
        if rel not in EVENT_LINKS:
            for name in ("articles", *EVIDENCE_LISTS):
                props.pop(name, None)
            try:
                evidence.append(_evidence_row(key, rel, attrs))
            except ValueError as err:
                raise InputError("<networkx graph>", f"edge {key!r}: {err}") from err
        by_rel.setdefault(rel, []).append(
            {"source": u, "target": v, "key": key, "props": props}
        )
    work = [(statement("restore_entities"), nodes)] + [
        (typed_statement("restore_links", rel), rows) for rel, rows in sorted(by_rel.items())
    ] + [(statement("restore_evidence"), evidence)]
    try:
        with driver.session(database=database) as session:
            for query, rows in work:
                for i in range(0, len(rows), batch_size):
                    session.execute_write(_restore, query, rows[i : i + batch_size])
    except Neo4jError as err:
        raise DatabaseError(f"cannot write the graph: {err.code}: {err.message}") from err
    return len(nodes), sum(len(r) for r in by_rel.values())


def graphs_equal(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    """Same nodes, edges and keys (``nx.utils.graphs_equal``) and the same attributes."""
    if not nx.utils.graphs_equal(a, b):
        return False
    if dict(a.nodes(data=True)) != dict(b.nodes(data=True)):
        return False
    edges_a = {(u, v, k): d for u, v, k, d in a.edges(keys=True, data=True)}
    edges_b = {(u, v, k): d for u, v, k, d in b.edges(keys=True, data=True)}
    return edges_a == edges_b
