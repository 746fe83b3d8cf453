"""Canned relationship reports: the registry and the Python API.

>>> report = run_report(driver, "bilateral", {"a": "South Korea", "b": "CHN"},
...                     date_from="2023-01", date_to="2023-12")  # doctest: +SKIP
>>> report.section("meetings").rows  # doctest: +SKIP

Every report reads through named statements (``queries/cypher/report_*.cypher``) in
read transactions and returns a :class:`~dipgraph.queries.report_models.Report`:
sections of plain rows, the notes that say how figures are computed, and a laid-out
network for the HTML page. Each fact row names its evidence (article title, outlet,
date) so an analyst can check the claim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import neo4j

from dipgraph.errors import QueryError
from dipgraph.queries.network import network_report
from dipgraph.queries.report_actors import (
    accords_report,
    person_report,
    requests_report,
    who_met_whom_report,
)
from dipgraph.queries.report_country import country_report
from dipgraph.queries.report_db import ReportContext
from dipgraph.queries.report_models import ParamSpec, Report, ReportSpec, Scalar
from dipgraph.queries.report_pair import bilateral_report
from dipgraph.queries.report_params import (
    DEFAULT_LIMIT,
    OVERVIEW_LIMIT,
    coerce_params,
    parse_date_bound,
)

__all__ = ["REPORTS", "ReportBuilder", "report_spec", "report_specs", "run_report"]

ReportBuilder = Callable[[ReportContext, Mapping[str, Scalar]], Report]

_BY = ParamSpec(name="by", default="month", help="balance period: month or year")
_LIMIT = ParamSpec(name="limit", type="int", default=DEFAULT_LIMIT,
                   help="rows per list (newest first); counts cover all facts")
_OVERVIEW_LIMIT = ParamSpec(name="limit", type="int", default=OVERVIEW_LIMIT,
                            help="rows per list (newest first); counts cover all facts")
_COUNTRY_FILTER = ParamSpec(name="country", help="only facts with this country's side")
_FACTS = [
    "report_resolve_exact", "report_resolve_fuzzy", "report_resolve_contains", "report_evidence",
    "report_names",
]


@dataclass(frozen=True)
class _Entry:
    spec: ReportSpec
    build: ReportBuilder


def _entry(build: ReportBuilder, name: str, description: str, params: list[ParamSpec],
           statements: list[str]) -> _Entry:
    spec = ReportSpec(name=name, description=description, params=params,
                      statements=[*statements, *_FACTS])
    return _Entry(spec=spec, build=build)


#: Every canned report by name, in the order ``dipgraph reports`` lists them.
REPORTS: dict[str, _Entry] = {e.spec.name: e for e in (
    _entry(bilateral_report, "bilateral",
           "Two countries: officials' meetings, requests, pledges, criticism, accords; "
           "dated timeline, counts by type and cooperation-vs-conflict balance over time.",
           [ParamSpec(name="a", required=True, help="country A: name, alias or ISO3"),
            ParamSpec(name="b", required=True, help="country B: name, alias or ISO3"), _BY,
            _OVERVIEW_LIMIT],
           ["report_side_types", "report_bilateral_counts", "report_bilateral_page",
            "report_bilateral_accords", "summary_state", "report_bilateral_summary_counts",
            "report_bilateral_summary_accords"]),
    _entry(person_report, "person",
           "One official: offices held, whom they met (when, where), what they requested, "
           "pledged or agreed, and the articles that mention them.",
           [ParamSpec(name="name", required=True, help="person: name, alias or id"),
            _OVERVIEW_LIMIT],
           ["report_person", "report_person_page", "report_person_counts",
            "report_person_sources", "summary_state"]),
    _entry(who_met_whom_report, "who-met-whom",
           "Pairs of officials who met in the period, with meeting counts, dates and places.",
           [_COUNTRY_FILTER, ParamSpec(name="limit", type="int", default=DEFAULT_LIMIT,
                                       help="at most this many pairs (most meetings first)")],
           ["report_country_side", "report_who_met_whom", "report_who_met_whom_side",
            "report_meeting_pairs"]),
    _entry(requests_report, "requests",
           "Who asked what of whom, and whether the target later pledged, agreed or supported.",
           [_COUNTRY_FILTER, _LIMIT],
           ["report_country_side", "report_requests", "report_requests_side",
            "report_side_types", "report_request_responses", "report_facts_by_key"]),
    _entry(accords_report, "accords",
           "Accords with their signatories and dates, and who withdrew from them.",
           [ParamSpec(name="name", help="only accords whose name or alias contains this"),
            _COUNTRY_FILTER, _LIMIT],
           ["report_country_side", "report_accords", "report_facts_by_key"]),
    _entry(country_report, "country",
           "A country's activity: partners ranked by interaction, relation mix, most active "
           "officials, balance over time.",
           [ParamSpec(name="country", required=True, help="country: name, alias or ISO3"),
            ParamSpec(name="limit", type="int", default=10, help="rows per ranking"), _BY],
           ["report_country_side", "report_country_links", "report_country_balance",
            "report_entity_homes", "report_facts_by_key"]),
    _entry(network_report, "network",
           "Graph analysis: degree/betweenness centrality of countries and officials, "
           "communities, ego network of a node, shortest path with the facts along it.",
           [ParamSpec(name="ego", help="entity whose ego network to show"),
            ParamSpec(name="radius", type="int", default=2, help="ego network radius"),
            ParamSpec(name="path_from", help="shortest path start (default: ego)"),
            ParamSpec(name="path_to", help="shortest path end"),
            ParamSpec(name="top", type="int", default=20, help="rows per ranking")],
           ["read_entities", "read_links"]),
)}


def report_specs() -> list[ReportSpec]:
    """Every canned report: name, description, parameters."""
    return [e.spec for e in REPORTS.values()]


def report_spec(name: str) -> ReportSpec:
    """The spec of report ``name``; QueryError lists the known ones."""
    entry = REPORTS.get(name)
    if entry is None:
        raise QueryError(f"unknown report {name!r}; reports: {', '.join(REPORTS)}")
    return entry.spec


def run_report(
    driver: neo4j.Driver,
    name: str,
    params: Mapping[str, object] | None = None,
    *,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    database: str | None = None,
) -> Report:
    """Run canned report ``name`` with ``params`` over facts dated in [date_from, date_to].

    Dates may be ``datetime.date`` or partial ISO strings (``2023``, ``2023-07``): a
    start takes the first day, an end the last day. Unknown reports, unknown or missing
    parameters and unresolvable names are :class:`~dipgraph.errors.QueryError`.
    """
    spec = report_spec(name)
    bound = coerce_params(spec, params or {})
    start = parse_date_bound(date_from, end=False)
    end = parse_date_bound(date_to, end=True)
    if start is not None and end is not None and end < start:
        raise QueryError(f"the window ends ({end}) before it starts ({start})")
    ctx = ReportContext(driver, database=database, date_from=start, date_to=end)
    return REPORTS[name].build(ctx, bound)
