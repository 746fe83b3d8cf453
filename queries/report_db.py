"""Read access for reports: named statements in read transactions, name resolution, lookups.

A :class:`ReportContext` carries the driver, database and date window of one report
run; every statement it runs is a registry statement with parameters, run with
``session.execute_read``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import neo4j
import neo4j.time
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from dipgraph.errors import DatabaseError, QueryError
from dipgraph.graph.summary import fresh_build, month_aligned
from dipgraph.queries.registry import collected, columns, statement
from dipgraph.queries.report_facts import ArticleInfo, FactView, fact_from_record

__all__ = [
    "EVIDENCE_PER_FACT",
    "Entity",
    "Query",
    "ReportContext",
    "attach_evidence",
    "evidence_query",
    "fact_keys",
    "native",
    "page_facts",
]

#: A resolved entity: ``id``, ``name`` and ``type`` (its type label).
Entity = dict[str, str]
#: A registry statement name with its parameters.
Query = tuple[str, Mapping[str, Any]]
#: Given the rows read so far in a transaction, the statements to run next in it.
Then = Callable[[list[list[dict[str, Any]]]], Sequence[Query]]
#: Articles shown per fact (the evidence cell says how many more there are).
EVIDENCE_PER_FACT = 3


_SCALARS = frozenset({str, int, float, bool, type(None)})


def native(value: Any) -> Any:
    """Neo4j temporal values to ``datetime`` ones, recursively through lists and maps.

    Scalars return at once (a report converts tens of thousands of values: the exact
    type test is several times cheaper than the isinstance checks against ABCs)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is neo4j.time.Date or kind is neo4j.time.DateTime:
        return value.to_native()
    if kind is dict or isinstance(value, Mapping):  # scalars inline: most values are
        return {k: v if type(v) in _SCALARS else native(v) for k, v in value.items()}
    if kind is list or isinstance(value, list | tuple):
        return [v if type(v) in _SCALARS else native(v) for v in value]
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime):
        return value.to_native()
    return value


def page_facts(rows: Iterable[Mapping[str, Any]]) -> tuple[list[FactView], dict[str, str]]:
    """Facts of a paged statement plus the place names it returned with them (``place_name``)."""
    facts: list[FactView] = []
    places: dict[str, str] = {}
    for rec in rows:
        fact = fact_from_record(rec)
        facts.append(fact)
        if fact.place and rec.get("place_name"):
            places[fact.place] = str(rec["place_name"])
    return facts, places


def fact_keys(*pages: Iterable[Mapping[str, Any]]) -> list[str]:
    """The fact keys (``props.key``) of statement rows in the standard fact shape, once each."""
    return list(dict.fromkeys(
        str(rec["props"]["key"]) for rows in pages for rec in rows
        if rec.get("props") and rec["props"].get("key")))


def evidence_query(keys: Iterable[str], per_fact: int = EVIDENCE_PER_FACT) -> Query:
    """The ``report_evidence`` statement for ``keys``: how every report reads evidence."""
    return ("report_evidence", {"keys": list(dict.fromkeys(keys)), "per_fact": per_fact})


def attach_evidence(facts: Iterable[FactView],
                    rows: Iterable[Mapping[str, Any]]) -> dict[str, ArticleInfo]:
    """Set each fact's ``articles``/``sentences`` from ``report_evidence`` rows (matched by
    key, in row order) and return the articles' metadata by id for evidence cells."""
    by_key: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    articles: dict[str, ArticleInfo] = {}
    for row in rows:
        by_key[str(row["key"])].append(row)
        articles[str(row["id"])] = ArticleInfo(
            **{k: row.get(k) for k in ("id", "title", "source", "published", "url")})
    for fact in facts:
        found = by_key.get(fact.key or "", [])
        fact.articles = list(dict.fromkeys(str(r["id"]) for r in found))
        fact.sentences = [str(r["sentence"]) for r in found if r.get("sentence")]
    return articles


def _entity(row: Mapping[str, Any]) -> Entity:
    return {k: str(row[k]) for k in ("id", "name", "type")}


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
        return self.read_many([(name, params)])[0]

    def read_many(
        self, queries: Sequence[Query], then: Sequence[Then] = ()
    ) -> list[list[dict[str, Any]]]:
        """Rows of several registry statements run in ONE read transaction (one round of
        session and transaction set-up for a report), in order.

        Each step of ``then``, given the rows read so far, names further statements (e.g.
        the evidence of the facts just read) run in the same transaction; their rows are
        appended in order.
        """
        ran = [name for name, _ in queries]

        def run(tx: neo4j.ManagedTransaction, name: str,
                params: Mapping[str, Any]) -> list[dict[str, Any]]:
            if columns(name):  # one record holding every row (see registry.collected)
                record = tx.run(collected(name), dict(params)).single(strict=True)
                return [native(row) for row in record["rows"]]
            result = tx.run(statement(name), dict(params))
            keys = result.keys()
            return [native(dict(zip(keys, rec, strict=True))) for rec in result]

        def work(tx: neo4j.ManagedTransaction) -> list[list[dict[str, Any]]]:
            del ran[len(queries):]  # a retried transaction starts over
            out = [run(tx, name, params) for name, params in queries]
            for step in then:
                for name, params in step(out):
                    ran.append(name)
                    out.append(run(tx, name, params))
            return out

        try:
            with self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                return session.execute_read(work)
        except (ServiceUnavailable, SessionExpired) as err:
            raise DatabaseError(f"Neo4j became unreachable while reading: {err}") from err
        except Neo4jError as err:
            names = ", ".join(dict.fromkeys(ran))
            what = f"statement {names!r}" if len(set(ran)) == 1 else f"statements {names}"
            raise QueryError(f"{what} failed: {err.code}: {err.message}") from err

    def read_parallel(
        self, *batches: tuple[Sequence[Query], Sequence[Then]]
    ) -> list[list[list[dict[str, Any]]]]:
        """:meth:`read_many` of each ``(queries, then)`` batch, each in its own read
        transaction, run at the same time (the database works on them on separate cores).

        A report's statements do not need one transaction to agree: Neo4j's read
        transactions are read-committed, so one transaction's statements may already see
        different commits. The first batch runs in the calling thread.
        """
        if len(batches) < 2:
            return [self.read_many(*b) for b in batches]
        with ThreadPoolExecutor(max_workers=len(batches) - 1) as pool:
            rest = [pool.submit(self.read_many, *b) for b in batches[1:]]
            first = self.read_many(*batches[0])
            return [first, *(f.result() for f in rest)]

    @property
    def window_iso(self) -> dict[str, str | None]:
        """The date window as ISO strings (``from_iso``, ``to_iso``) for key-date filters."""
        return {"from_iso": self.date_from.isoformat() if self.date_from else None,
                "to_iso": self.date_to.isoformat() if self.date_to else None}

    def summary_queries(self) -> list[Query]:
        """``summary_state`` when the window is whole months (a summary could serve it), else
        nothing: pair with :meth:`summary_build`."""
        return [("summary_state", {})] if month_aligned(self.date_from, self.date_to) else []

    @staticmethod
    def summary_build(rows: Sequence[Mapping[str, Any]] | None) -> str | None:
        """The fresh summary build named by ``summary_state`` rows (None: count the facts)."""
        return fresh_build(rows[0] if rows else None)

    def resolve_then(
        self,
        names: Sequence[tuple[str, Sequence[str] | None, str]],
        follow: Callable[[list[Entity]], Sequence[Query]],
    ) -> tuple[list[Entity], list[list[dict[str, Any]]]]:
        """Resolve ``(query, labels, what)`` names as :meth:`resolve` does and read the
        statements ``follow`` names for the entities.

        One read transaction when every name matches exactly one entity by id, name or
        ISO3 (what scripts and most analysts pass); otherwise the names are resolved one by
        one (fuzzy matches, errors) and ``follow`` is read in a second transaction.
        """
        exact: list[Query] = [("report_resolve_exact", self._resolve_params(q, labels))
                              for q, labels, _ in names]

        def step(out: list[list[dict[str, Any]]]) -> Sequence[Query]:
            if all(len(rows) == 1 for rows in out[:len(names)]):
                return follow([_entity(rows[0]) for rows in out[:len(names)]])
            return []

        out = self.read_many(exact, then=[step])
        if all(len(rows) == 1 for rows in out[:len(names)]):
            return [_entity(rows[0]) for rows in out[:len(names)]], out[len(names):]
        entities = [self.resolve(q, labels, what) for q, labels, what in names]
        return entities, self.read_many(follow(entities))

    @staticmethod
    def _resolve_params(query: str, labels: Sequence[str] | None) -> dict[str, Any]:
        return {"q": query.strip(), "labels": list(labels) if labels else None}

    def facts(self, name: str, /, **params: Any) -> list[FactView]:
        """Facts returned by a statement in the standard fact shape (rel, src, dst, props)."""
        return [fact_from_record(rec) for rec in self.read(name, **params)]

    def resolve(self, query: str, labels: Sequence[str] | None, what: str) -> Entity:
        """The one entity named ``query`` (id, name, alias or ISO3), else a QueryError.

        Exact matches (index-backed) win; then a case-insensitive name/alias match; then
        names or aliases containing ``query``. Several different entities matching equally
        well is an error that lists them.
        """
        params = self._resolve_params(query, labels)
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
        return _entity(rows[0])

    def side(self, country_id: str) -> list[Entity]:
        """The officials of a country (persons linked by `country` or HOLDS_OFFICE)."""
        return [
            {"id": str(r["id"]), "name": str(r["name"])}
            for r in self.read("report_country_side", country=country_id)
        ]

    def names(self, ids: Iterable[str | None]) -> dict[str, str]:
        """Entity names by id (places, events); unknown ids are left out."""
        wanted = sorted({i for i in ids if i})
        if not wanted:
            return {}
        return {str(r["id"]): str(r["name"]) for r in self.read("report_names", ids=wanted)}

    def fact_lookups(
        self, facts: Iterable[FactView]
    ) -> tuple[dict[str, str], dict[str, ArticleInfo]]:
        """Place names and evidence for a batch of facts (their ``articles``/``sentences``
        are set from ``report_evidence``), in one read transaction."""
        facts = list(facts)
        places = sorted({f.place for f in facts if f.place})
        names_rows, ev_rows = self.read_many([
            ("report_names", {"ids": places}),
            evidence_query(f.key for f in facts if f.key),
        ])
        names = {str(r["id"]): str(r["name"]) for r in names_rows}
        return names, attach_evidence(facts, ev_rows)
