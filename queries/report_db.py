"""Read access for reports: named statements in read transactions, name resolution, lookups.

A :class:`ReportContext` carries the driver, database and date window of one report
run; every statement it runs is a registry statement with parameters, run with
``session.execute_read``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import neo4j
import neo4j.time
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from dipgraph.errors import DatabaseError, QueryError
from dipgraph.queries.registry import statement
from dipgraph.queries.report_facts import ArticleInfo, FactView, fact_from_record

__all__ = ["Entity", "ReportContext", "native", "page_facts"]

#: A resolved entity: ``id``, ``name`` and ``type`` (its type label).
Entity = dict[str, str]


def native(value: Any) -> Any:
    """Neo4j temporal values to ``datetime`` ones, recursively through lists and maps."""
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime):
        return value.to_native()
    if isinstance(value, Mapping):
        return {k: native(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [native(v) for v in value]
    return value


def page_facts(
    rows: Iterable[Mapping[str, Any]],
) -> tuple[list[FactView], dict[str, str], dict[str, ArticleInfo]]:
    """Facts of a paged statement plus the place names and articles it returned with them.

    Paged statements (``report_*_page``) return each shown fact with ``place_name`` and
    ``evidence`` (article maps), so no lookup query follows.
    """
    facts: list[FactView] = []
    places: dict[str, str] = {}
    articles: dict[str, ArticleInfo] = {}
    for rec in rows:
        fact = fact_from_record(rec)
        facts.append(fact)
        if fact.place and rec.get("place_name"):
            places[fact.place] = str(rec["place_name"])
        for art in rec.get("evidence") or []:
            articles[str(art["id"])] = ArticleInfo(**art)
    return facts, places, articles


class ReportContext:
    """One report run: where to read and which date window applies."""

    def __init__(
        self,
        driver: neo4j.Driver,
        *,
        database: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> None:
        self.driver = driver
        self.database = database
        self.date_from = date_from
        self.date_to = date_to

    @property
    def window(self) -> dict[str, dt.date | None]:
        """The date window as statement parameters."""
        return {"date_from": self.date_from, "date_to": self.date_to}

    def read(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        """Rows of registry statement ``name`` run in a read transaction."""
        query = statement(name)

        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(query, params)
            keys = result.keys()
            return [native(dict(zip(keys, rec, strict=True))) for rec in result]

        try:
            with self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                return session.execute_read(work)
        except (ServiceUnavailable, SessionExpired) as err:
            raise DatabaseError(f"Neo4j became unreachable while reading: {err}") from err
        except Neo4jError as err:
            raise QueryError(f"statement {name!r} failed: {err.code}: {err.message}") from err

    def read_many(
        self, queries: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> list[list[dict[str, Any]]]:
        """Rows of several registry statements run in ONE read transaction (one round of
        session and transaction set-up for a report step), in order."""
        texts = [(statement(name), dict(params)) for name, params in queries]

        def work(tx: neo4j.ManagedTransaction) -> list[list[dict[str, Any]]]:
            out = []
            for query, params in texts:
                result = tx.run(query, params)
                keys = result.keys()
                out.append([native(dict(zip(keys, rec, strict=True))) for rec in result])
            return out

        names = ", ".join(name for name, _ in queries)
        try:
            with self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                return session.execute_read(work)
        except (ServiceUnavailable, SessionExpired) as err:
            raise DatabaseError(f"Neo4j became unreachable while reading: {err}") from err
        except Neo4jError as err:
            raise QueryError(f"statements {names} failed: {err.code}: {err.message}") from err

    @property
    def window_iso(self) -> dict[str, str | None]:
        """The date window as ISO strings (``from_iso``, ``to_iso``) for key-date filters."""
        return {"from_iso": self.date_from.isoformat() if self.date_from else None,
                "to_iso": self.date_to.isoformat() if self.date_to else None}

    def facts(self, name: str, /, **params: Any) -> list[FactView]:
        """Facts returned by a statement in the standard fact shape (rel, src, dst, props)."""
        return [fact_from_record(rec) for rec in self.read(name, **params)]

    def resolve(self, query: str, labels: Sequence[str] | None, what: str) -> Entity:
        """The one entity named ``query`` (id, name, alias or ISO3), else a QueryError.

        Exact matches (index-backed) win; then a case-insensitive name/alias match; then
        names or aliases containing ``query``. Several different entities matching equally
        well is an error that lists them.
        """
        params = {"q": query.strip(), "labels": list(labels) if labels else None}
        rows = self.read("report_resolve_exact", **params)
        if not rows:
            rows = self.read("report_resolve_fuzzy", **params)
        if not rows and len(params["q"] or "") >= 3:
            rows = self.read("report_resolve_contains", **params)
        if not rows:
            raise QueryError(f"no {what} named {query!r} in the graph")
        if len(rows) > 1:
            listed = "; ".join(f"{r['name']} ({r['id']})" for r in rows[:8])
            raise QueryError(f"{what} {query!r} is ambiguous: {listed}; pass an id instead")
        return {k: str(rows[0][k]) for k in ("id", "name", "type")}

    def side(self, country_id: str) -> list[Entity]:
        """The officials of a country (persons linked by `country` or HOLDS_OFFICE)."""
        return [
            {"id": str(r["id"]), "name": str(r["name"])}
            for r in self.read("report_country_side", country=country_id)
        ]

    def articles(self, ids: Iterable[str]) -> dict[str, ArticleInfo]:
        """Article metadata by id, for evidence cells."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        return {r["id"]: ArticleInfo(**r) for r in self.read("report_articles", ids=wanted)}

    def names(self, ids: Iterable[str | None]) -> dict[str, str]:
        """Entity names by id (places, events); unknown ids are left out."""
        wanted = sorted({i for i in ids if i})
        if not wanted:
            return {}
        return {str(r["id"]): str(r["name"]) for r in self.read("report_names", ids=wanted)}

    def fact_lookups(
        self, facts: Iterable[FactView]
    ) -> tuple[dict[str, str], dict[str, ArticleInfo]]:
        """Place names and article metadata for a batch of facts (two queries)."""
        facts = list(facts)
        names = self.names(f.place for f in facts)
        articles = self.articles(a for f in facts for a in f.articles)
        return names, articles
