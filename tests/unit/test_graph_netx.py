"""In-memory NetworkX build: the writer's evidence rules without a database."""

from __future__ import annotations

import datetime as dt

from dipgraph.graph.netx import extraction_to_networkx, graphs_equal
from tests.unit.test_graph_rows import extraction

MET = "MET_WITH|person:kim|person:lee|2023-07"


def test_two_articles_stating_one_meeting_give_one_edge_with_both() -> None:
    g = extraction_to_networkx([extraction("article:2"), extraction("article:1")])
    edges = g.get_edge_data("person:kim", "person:lee")
    assert list(edges) == [MET]
    met = edges[MET]
    assert met["support"] == 2 and met["articles"] == ["article:1", "article:2"]
    assert met["first_seen"] == met["last_seen"] == dt.date(2023, 7, 20)
    assert met["date_start"] == dt.date(2023, 7, 1) and met["rel"] == "MET_WITH"
    assert g.nodes["person:kim"]["type"] == "Person"
    assert g.nodes["person:kim"]["offices"] == ["country:KOR|President"]
    assert g.has_edge("person:kim", "event:call") and g.has_edge("event:call", "place:seoul")


def test_order_of_articles_does_not_change_the_graph() -> None:
    a = extraction_to_networkx([extraction("article:1"), extraction("article:2", 2)])
    b = extraction_to_networkx([extraction("article:2", 2), extraction("article:1")])
    assert graphs_equal(a, b)


def test_a_repeated_article_replaces_its_evidence() -> None:
    once = extraction_to_networkx([extraction("article:1", 1)])
    again = extraction_to_networkx([extraction("article:1", 3), extraction("article:1", 1)])
    assert graphs_equal(once, again)
    assert once.edges["person:kim", "person:lee", MET]["support"] == 1
