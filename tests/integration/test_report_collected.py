"""The row-heavy report statements run as one record (``registry.collected``): the same
rows, in the same order, as the plain statements an analyst pastes into the Browser."""

from __future__ import annotations

from typing import Any

import neo4j
import pytest

from dipgraph.queries import report_db
from dipgraph.queries.reports import run_report
from tests.integration.test_reports import graph  # noqa: F401  (the known small graph)

pytestmark = pytest.mark.integration

CASES: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    ("bilateral", {"a": "KOR", "b": "CHN"}, {}),
    ("bilateral", {"a": "KOR", "b": "CHN", "limit": 2}, {}),
    ("bilateral", {"a": "KOR", "b": "CHN"}, {"date_from": "2023-11", "date_to": "2024-02"}),
    ("person", {"name": "Park Min-seo"}, {}),
    ("person", {"name": "Park Min-seo", "limit": 1}, {}),
]


def test_collected_statements_give_the_plain_rows_in_order(
        graph: neo4j.Driver, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    wrapped_runs: list[str] = []
    real = report_db.collected

    def spy(name: str) -> str:
        wrapped_runs.append(name)
        return real(name)

    monkeypatch.setattr(report_db, "collected", spy)
    wrapped = [run_report(graph, n, p, **w).model_dump() for n, p, w in CASES]
    assert {"report_bilateral_page", "report_person_page", "report_evidence"} <= set(
        wrapped_runs)
    monkeypatch.setattr(report_db, "columns", lambda name: ())  # every statement plain
    plain = [run_report(graph, n, p, **w).model_dump() for n, p, w in CASES]
    assert wrapped == plain
    assert any(s["rows"] for s in wrapped[0]["sections"] if s["name"] == "timeline")
