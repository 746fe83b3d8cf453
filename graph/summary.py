"""The report summary: per-month counts the bilateral and person reports read instead of
counting a busy dyad's or person's facts on every run (graph/SUMMARY.md).

The summary is derived data, rebuilt as a whole by :func:`build_summary` (``dipgraph
summarize``). Every writing transaction of dipgraph bumps the graph version
(``touch_graph``), and the reports read the summary only while it is fresh: built at
the current version and with the same fact counts (so a fact added or deleted outside
dipgraph, e.g. in the Browser, also makes it stale). A stale or missing summary is never
wrong, only slower: the reports then count the facts themselves.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Mapping
from typing import Any

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from pydantic import BaseModel, ConfigDict

from dipgraph.errors import DatabaseError
from dipgraph.queries.registry import statement

__all__ = [
    "DEFAULT_PERSON_MIN",
    "SummaryBuild",
    "build_summary",
    "fresh_build",
    "month_aligned",
]

#: Persons with at least this many facts get a PersonSummary (fewer are cheap to expand).
DEFAULT_PERSON_MIN = 1000


class SummaryBuild(BaseModel):
    """What one :func:`build_summary` run wrote."""

    model_config = ConfigDict(extra="forbid")

    build: str
    version: int
    countries: int
    dyad_nodes: int
    dyad_cells: int
    accord_nodes: int
    accord_cells: int
    persons: int
    person_cells: int
    seconds: float
    current: bool  # False: a build started later replaced this one before it finished


def fresh_build(state: Mapping[str, Any] | None) -> str | None:
    """The build id of a summary that still describes the graph (``summary_state`` row),
    else None: no summary, or the graph changed since it was built."""
    if not state or not state.get("build"):
        return None
    if state.get("built_version") != state.get("version"):
        return None
    if list(state.get("built_counts") or []) != list(state.get("counts") or []):
        return None
    return str(state["build"])


def month_aligned(date_from: dt.date | None, date_to: dt.date | None) -> bool:
    """Whether a report window is whole months (or open), which the per-month summary
    answers exactly: it starts on a first day and ends on a last day."""
    if date_from is not None and date_from.day != 1:
        return False
    return date_to is None or (date_to + dt.timedelta(days=1)).day == 1


def _rows(session: neo4j.Session, name: str, **params: Any) -> list[dict[str, Any]]:
    def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
        return [dict(rec) for rec in tx.run(statement(name), params)]

    return session.execute_write(work)


def _begin(tx: neo4j.ManagedTransaction, build: str) -> dict[str, Any]:
    """Mark ``build`` as in progress and read the version and counts it will describe."""
    tx.run(statement("summary_begin"), build=build).consume()
    return dict(tx.run(statement("summary_state")).single(strict=True))


def build_summary(
    driver: neo4j.Driver,
    *,
    database: str | None = None,
    person_min: int = DEFAULT_PERSON_MIN,
) -> SummaryBuild:
    """Build a new summary of the whole graph and make the reports read it.

    One write transaction per country (its DyadSummary and AccordSummary nodes) and per
    busy person (``person_min`` facts or more); the old summary stays in use until the
    new one is complete, then its nodes are deleted. Writes made during the build leave
    the new summary stale (the version it records is the one read at the start).
    """
    if person_min < 1:
        raise ValueError("person_min must be at least 1")
    build = f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    started = time.perf_counter()
    totals = dict.fromkeys(
        ("dyad_nodes", "dyad_cells", "accord_nodes", "accord_cells", "person_cells"), 0)
    try:
        with driver.session(database=database) as session:
            begin = session.execute_write(_begin, build)
            countries = [str(r["id"]) for r in _rows(session, "summary_countries")]
            for country in countries:
                for name, prefix in (("summary_dyads", "dyad"), ("summary_accords", "accord")):
                    for made in _rows(session, name, country=country, build=build):
                        totals[f"{prefix}_nodes"] += int(made["nodes"])
                        totals[f"{prefix}_cells"] += int(made["cells"] or 0)
            persons = [str(r["id"]) for r in _rows(session, "summary_dense_persons",
                                                    min=person_min)]
            for person in persons:
                for row in _rows(session, "summary_person", person=person, build=build):
                    totals["person_cells"] += int(row["cells"])
            done = _rows(session, "summary_finish", build=build, version=begin["version"],
                         counts=begin["counts"], person_min=person_min)[0]["done"]
            # the replaced summary, and leftovers of builds that broke off
            session.run(statement("summary_drop")).consume()
    except (ServiceUnavailable, SessionExpired) as err:
        raise DatabaseError(f"Neo4j became unreachable while summarizing: {err}") from err
    except Neo4jError as err:
        raise DatabaseError(f"cannot build the summary: {err.code}: {err.message}") from err
    return SummaryBuild(
        build=build, version=int(begin["version"] or 0), countries=len(countries),
        persons=len(persons), seconds=round(time.perf_counter() - started, 1),
        current=bool(done), **totals,
    )
