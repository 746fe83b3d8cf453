"""Binding report parameters: CLI positionals and k=v options, typed values, date bounds."""

from __future__ import annotations

import datetime as dt

import pytest

from dipgraph.errors import QueryError
from dipgraph.queries.report_params import bind_cli_args, coerce_params, parse_date_bound
from dipgraph.queries.reports import report_spec, run_report


def test_positional_arguments_map_to_declared_parameters_in_order() -> None:
    spec = report_spec("bilateral")
    assert bind_cli_args(spec, ["South Korea", "China"], []) == {"a": "South Korea", "b": "China"}
    assert bind_cli_args(spec, ["KOR"], ["b=CHN", "by=year"]) == {
        "a": "KOR", "b": "CHN", "by": "year"}


def test_option_values_keep_equals_signs_and_dashes_become_underscores() -> None:
    spec = report_spec("network")
    assert bind_cli_args(spec, [], ["path-to=A=B"]) == {"path_to": "A=B"}


def test_too_many_positionals_duplicates_and_malformed_options_are_errors() -> None:
    spec = report_spec("bilateral")
    with pytest.raises(QueryError, match="at most 4 positional"):
        bind_cli_args(spec, ["a", "b", "month", "100", "extra"], [])
    with pytest.raises(QueryError, match="'a' given twice"):
        bind_cli_args(spec, ["KOR"], ["a=CHN"])
    with pytest.raises(QueryError, match="key=value"):
        bind_cli_args(spec, [], ["novalue"])


def test_coerce_fills_defaults_converts_ints_and_rejects_unknown_or_missing() -> None:
    spec = report_spec("country")
    assert coerce_params(spec, {"country": " KOR ", "limit": "5"}) == {
        "country": "KOR", "limit": 5, "by": "month"}
    with pytest.raises(QueryError, match="no parameter 'colour'"):
        coerce_params(spec, {"country": "KOR", "colour": "red"})
    with pytest.raises(QueryError, match="needs parameter 'country'"):
        coerce_params(spec, {"country": "  "})
    with pytest.raises(QueryError, match="must be an integer"):
        coerce_params(spec, {"country": "KOR", "limit": "ten"})


def test_partial_dates_become_first_or_last_day_of_the_window() -> None:
    assert parse_date_bound("2023", end=False) == dt.date(2023, 1, 1)
    assert parse_date_bound("2024-02", end=True) == dt.date(2024, 2, 29)
    assert parse_date_bound("2023-07-14", end=True) == dt.date(2023, 7, 14)
    assert parse_date_bound(None, end=True) is None
    with pytest.raises(QueryError, match="not a date"):
        parse_date_bound("last week", end=False)


def test_unknown_report_and_reversed_window_fail_before_touching_the_database() -> None:
    driver = object()  # never used: both errors come first
    with pytest.raises(QueryError, match="unknown report 'gossip'"):
        run_report(driver, "gossip", {})  # type: ignore[arg-type]
    with pytest.raises(QueryError, match=r"ends .* before it starts"):
        run_report(driver, "accords", {}, date_from="2024", date_to="2023")  # type: ignore[arg-type]
