"""When the reports may read the report summary: freshness and whole-month windows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from dipgraph.graph.summary import fresh_build, month_aligned
from dipgraph.queries.report_pair import summary_periods

STATE: dict[str, Any] = {"build": "b1", "built_version": 7, "version": 7,
                         "built_counts": [3, 1, 0], "counts": [3, 1, 0]}


def test_a_summary_built_at_the_current_version_and_counts_is_fresh() -> None:
    assert fresh_build(STATE) == "b1"


@pytest.mark.parametrize("change", [
    {"version": 8},  # a dipgraph write since the build
    {"counts": [3, 2, 0]},  # a fact added outside dipgraph
    {"counts": [2, 1, 0]},  # a fact deleted outside dipgraph
    {"build": None},  # never built
    {"built_counts": None},
])
def test_any_change_since_the_build_makes_it_stale(change: dict[str, Any]) -> None:
    assert fresh_build({**STATE, **change}) is None


def test_no_graph_state_means_no_summary() -> None:
    assert fresh_build(None) is None and fresh_build({}) is None


@pytest.mark.parametrize(("start", "end", "aligned"), [
    (None, None, True),
    (dt.date(2024, 1, 1), None, True),
    (None, dt.date(2024, 2, 29), True),  # leap year
    (dt.date(2024, 1, 1), dt.date(2024, 3, 31), True),
    (dt.date(2023, 2, 1), dt.date(2023, 2, 28), True),
    (dt.date(2024, 1, 2), None, False),
    (None, dt.date(2024, 2, 28), False),  # not the last day of February 2024
    (dt.date(2024, 1, 1), dt.date(2024, 3, 30), False),
])
def test_only_whole_month_windows_are_answered_from_monthly_cells(
    start: dt.date | None, end: dt.date | None, aligned: bool
) -> None:
    assert month_aligned(start, end) is aligned


def test_accord_periods_read_all_dates_without_a_window_else_the_years_and_months_in_it(
) -> None:
    assert summary_periods({"from_iso": None, "to_iso": None}) == {"lo": "*", "hi": "*"}
    assert summary_periods({"from_iso": "2024-02-01", "to_iso": "2024-03-31"}) == {
        "lo": "2024", "hi": "2024-03-31"}
    # Open ends: every dated period on that side ('*' sorts before the digits).
    assert summary_periods({"from_iso": None, "to_iso": "2020-12-31"}) == {
        "lo": "0000", "hi": "2020-12-31"}
    assert summary_periods({"from_iso": "2021-01-01", "to_iso": None}) == {
        "lo": "2021", "hi": "9999"}
    assert "*" < "0000"
