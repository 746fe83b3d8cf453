"""The ``network`` report: centrality, communities, ego network and shortest path, in NetworkX.

The graph comes from :func:`dipgraph.graph.netx.to_networkx` (facts only, within the
date window) and is projected onto an undirected simple graph whose edge weight is
the number of facts between two entities. Everything random is seeded.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

import networkx as nx

from dipgraph.errors import QueryError
from dipgraph.graph.netx import to_networkx
from dipgraph.graph.relations import RelationType
from dipgraph.queries.report_db import ReportContext
from dipgraph.queries.report_draw import draw_graph
from dipgraph.queries.report_facts import FACT_COLUMNS, FactView, fact_from_record, fact_row
from dipgraph.queries.report_models import Report, Scalar, Section

__all__ = [
    "BETWEENNESS_SAMPLE",
    "COMMUNITY_SEED",
    "communities",
    "facts_between",
    "network_report",
    "project",
]

COMMUNITY_SEED = 42
#: Above this many nodes betweenness is estimated from this many seeded pivots.
BETWEENNESS_SAMPLE = 1000
_NOTE = (
    "Network: entities joined by facts (all relation types, HOLDS_OFFICE included) in the "
    "window, as an undirected graph whose edge weight is the number of facts. degree = "
    "degree centrality (neighbours / (n-1)); betweenness = unweighted betweenness centrality "
    f"(estimated from {BETWEENNESS_SAMPLE} seeded pivots on larger graphs); communities = "
    f"Louvain modularity (networkx, weight = facts, seed {COMMUNITY_SEED})."
)


def project(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of ``graph``: weight = number of facts between two nodes."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for u, v in graph.edges():
        if u == v:
            continue
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += 1
        else:
            simple.add_edge(u, v, weight=1)
    simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    return simple


def communities(simple: nx.Graph) -> list[list[str]]:
    """Louvain communities (seeded), largest first, members sorted."""
    if simple.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(simple, weight="weight", seed=COMMUNITY_SEED)
    groups = [sorted(c) for c in found]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def _fact(graph: nx.MultiDiGraph, u: str, v: str, attrs: Mapping[str, Any]) -> FactView:
    def end(n: str) -> dict[str, Any]:
        node = graph.nodes[n]
        return {"id": n, "name": node.get("name", n), "type": node.get("type", "Entity")}

    return fact_from_record({
        "rel": attrs["rel"], "src": end(u), "dst": end(v), "props": attrs,
        "src_country": graph.nodes[u].get("country"), "dst_country": graph.nodes[v].get("country"),
    })


def facts_between(graph: nx.MultiDiGraph, u: str, v: str) -> list[FactView]:
    """Every fact between ``u`` and ``v`` in either direction, by date."""
    found = [_fact(graph, a, b, attrs)
             for a, b in ((u, v), (v, u)) if graph.has_edge(a, b)
             for attrs in graph.get_edge_data(a, b).values()]
    return sorted(found, key=lambda f: (f.when or "9999", f.rel, f.source.id))


def _resolve(ctx: ReportContext, value: Scalar, simple: nx.Graph) -> str | None:
    if not value:
        return None
    node = ctx.resolve(str(value), None, "entity")["id"]
    if node not in simple:
        raise QueryError(f"{value!r} has no facts in the chosen window")
    return node


def network_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """Centrality of countries and officials, communities, an ego network, a shortest path."""
    radius = int(params.get("radius") or 2)
    top = int(params.get("top") or 20)
    graph = to_networkx(ctx.driver, date_from=ctx.date_from, date_to=ctx.date_to,
                        rels=[r.value for r in RelationType], database=ctx.database)
    simple = project(graph)
    ego = _resolve(ctx, params.get("ego"), simple)
    start = _resolve(ctx, params.get("path_from"), simple) or ego
    goal = _resolve(ctx, params.get("path_to"), simple)
    n = simple.number_of_nodes()
    degree = nx.degree_centrality(simple) if n > 1 else dict.fromkeys(simple, 0.0)
    between = nx.betweenness_centrality(
        simple, k=min(BETWEENNESS_SAMPLE, n) if n > BETWEENNESS_SAMPLE else None,
        seed=COMMUNITY_SEED,
    )
    groups = communities(simple)
    member_of = {node: i + 1 for i, g in enumerate(groups) for node in g}
    strength = dict(simple.degree(weight="weight"))
    name = {node: str(simple.nodes[node].get("name", node)) for node in simple}
    ntype = {node: str(simple.nodes[node].get("type", "Entity")) for node in simple}
    actors = [x for x in simple if ntype[x] in ("Country", "Person")]
    ranked = sorted(actors, key=lambda x: (-between[x], -degree[x], x))[:top]
    central: list[dict[str, Scalar]] = [
        {"entity": name[x], "type": ntype[x],
         "country": name.get(str(simple.nodes[x].get("country"))),
         "facts": int(strength[x]), "degree": round(degree[x], 4),
         "betweenness": round(between[x], 4), "community": member_of.get(x)}
        for x in ranked
    ]
    group_rows: list[dict[str, Scalar]] = [
        {"community": i + 1, "size": len(g),
         "countries": ", ".join(name[x] for x in g if ntype[x] == "Country") or None,
         "leading members": ", ".join(
             name[x] for x in sorted(g, key=lambda y: (-strength[y], y))[:8])}
        for i, g in enumerate(groups[:top])
    ]
    sections = [
        Section(name="centrality", title="Most central countries and officials", rows=central,
                columns=["entity", "type", "country", "facts", "degree", "betweenness",
                         "community"]),
        Section(name="communities", title="Communities", rows=group_rows,
                columns=["community", "size", "countries", "leading members"]),
    ]
    drawn = set(sorted(simple, key=lambda x: (-strength[x], x))[:40])
    highlight: list[str] = []
    path_facts: list[tuple[int, FactView]] = []
    notes = [_NOTE]
    if ego is not None:
        ego_nodes = set(nx.ego_graph(simple, ego, radius=radius))
        drawn, highlight = ego_nodes, [ego]
        ego_facts = sorted((f for u, v in simple.subgraph(ego_nodes).edges()
                            for f in facts_between(graph, u, v)),
                           key=lambda f: (f.when or "9999", f.rel, f.source.id, f.target.id))
        names, articles = ctx.fact_lookups(ego_facts)
        sections.append(Section(
            name="ego", title=f"Ego network of {name[ego]} (radius {radius})",
            columns=FACT_COLUMNS, rows=[fact_row(f, names, articles) for f in ego_facts]))
    if start is not None and goal is not None:
        try:
            path = nx.shortest_path(simple, start, goal)
        except nx.NetworkXNoPath:
            path = []
            notes.append(f"No path joins {name[start]} and {name[goal]}.")
        path_facts = [(i + 1, f) for i, (u, v) in enumerate(itertools.pairwise(path))
                      for f in facts_between(graph, u, v)]
        names, articles = ctx.fact_lookups(f for _, f in path_facts)
        sections.append(Section(
            name="path", title=f"Shortest path: {' -> '.join(name[x] for x in path) or 'none'}",
            columns=["step", *FACT_COLUMNS],
            rows=[{"step": i, **fact_row(f, names, articles)} for i, f in path_facts]))
        drawn |= set(path)
        highlight += path
    nodes = {x: (name[x], ntype[x]) for x in drawn}
    edges = [(u, v, attrs["rel"]) for u, v, attrs in graph.edges(data=True)
             if u in drawn and v in drawn]
    return Report(
        name="network", title="Network analysis",
        params={"ego": name.get(ego or ""), "radius": radius,
                "path_from": name.get(start or ""), "path_to": name.get(goal or ""),
                "top": top},
        date_from=ctx.date_from, date_to=ctx.date_to, notes=notes,
        sections=[Section(name="summary", title="Summary", columns=["field", "value"], rows=[
            {"field": "entities", "value": n},
            {"field": "links", "value": simple.number_of_edges()},
            {"field": "facts", "value": graph.number_of_edges()},
            {"field": "communities", "value": len(groups)},
        ]), *sections],
        graph=draw_graph("Ego network" if ego else "Network", nodes, edges, highlight=highlight),
    )
