"""Place a report's network for drawing: a seeded spring layout computed in Python.

Edges between the same two nodes are merged (their relation types listed, their
count as weight, their tone the majority tone). The same input always gives the
same picture, so HTML reports are reproducible.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx

from dipgraph.queries.report_facts import tone
from dipgraph.queries.report_models import DrawnEdge, DrawnGraph, DrawnNode

__all__ = ["LAYOUT_SEED", "MAX_DRAWN_NODES", "draw_graph"]

LAYOUT_SEED = 7
#: More nodes than this are cut (lowest weighted degree first, highlighted nodes kept).
MAX_DRAWN_NODES = 60


def _scale(pos: Mapping[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    if not pos:
        return {}
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    dx = (max(xs) - min(xs)) or 1.0
    dy = (max(ys) - min(ys)) or 1.0
    if len(pos) == 1:
        return {k: (0.5, 0.5) for k in pos}
    return {
        k: (round((x - min(xs)) / dx, 4), round((y - min(ys)) / dy, 4))
        for k, (x, y) in pos.items()
    }


def draw_graph(
    title: str,
    nodes: Mapping[str, tuple[str, str]],
    edges: Iterable[tuple[str, str, str]],
    highlight: Iterable[str] = (),
    max_nodes: int = MAX_DRAWN_NODES,
) -> DrawnGraph:
    """Lay out ``nodes`` (id -> (name, type)) joined by ``edges`` (source, target, rel)."""
    marked = set(highlight)
    rels: dict[tuple[str, str], list[str]] = defaultdict(list)
    for src, dst, rel in edges:
        if src == dst or src not in nodes or dst not in nodes:
            continue
        a, b = sorted((src, dst))
        rels[(a, b)].append(rel)
    degree: Counter[str] = Counter()
    for (a, b), rs in rels.items():
        degree[a] += len(rs)
        degree[b] += len(rs)
    keep = sorted(nodes, key=lambda n: (n not in marked, -degree[n], n))[:max_nodes]
    kept = set(keep)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(kept))
    for (a, b), rs in sorted(rels.items()):
        if a in kept and b in kept:
            graph.add_edge(a, b, weight=float(len(rs)))
    pos = _scale(nx.spring_layout(graph, seed=LAYOUT_SEED, weight=None)) if len(graph) else {}
    drawn_nodes = [
        DrawnNode(
            id=n, name=nodes[n][0], type=nodes[n][1], x=pos[n][0], y=pos[n][1],
            weight=float(degree[n]), highlight=n in marked,
        )
        for n in sorted(kept)
    ]
    drawn_edges = []
    for (a, b), rs in sorted(rels.items()):
        if a not in kept or b not in kept:
            continue
        tones = Counter(tone(r) for r in rs)
        coop, conflict = tones["coop"], tones["conflict"]
        edge_tone = "coop" if coop > conflict else "conflict" if conflict > coop else "neutral"
        label = ", ".join(f"{r} x{n}" if n > 1 else r for r, n in sorted(Counter(rs).items()))
        drawn_edges.append(
            DrawnEdge(source=a, target=b, label=label, weight=float(len(rs)), tone=edge_tone)
        )
    return DrawnGraph(title=title, nodes=drawn_nodes, edges=drawn_edges)
