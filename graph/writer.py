"""Store extractions in Neo4j: batched, idempotent, with per-article provenance.

A batch holds whole articles and is written in ONE managed transaction
(``session.execute_write``, retried by the driver on transient errors), so an
article's facts and evidence are stored atomically. The client sends one row per
fact key (:func:`dipgraph.graph.evidence.evidence_rows`). ``write_facts.cypher``
(one statement per relationship type, so MERGE seeks the key index) merges and
write-locks each fact and updates its support, confidence and first/last seen
incrementally (recounted from the remaining Evidence nodes of a fact that lost
evidence; a fact left without any is deleted).
Then ``write_evidence.cypher`` creates the batch's ``(:Evidence)`` nodes (only
after their facts are locked). A stored article of the batch (a reload) first
loses its own Evidence nodes, provenance edges and event-link entries.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from pydantic import BaseModel, ConfigDict

from dipgraph.errors import DatabaseError
from dipgraph.graph.evidence import EvidenceNode, EvidenceRow, evidence_rows
from dipgraph.graph.models import Extraction
from dipgraph.graph.rows import ArticleRows, FactRow, build_rows, merge_entity_rows
from dipgraph.queries.registry import statement, typed_statement

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "GraphWriter",
    "LoadReport",
    "batches",
    "link_rows",
    "write_extractions",
]

_T = TypeVar("_T")

#: Facts per transaction (a batch closes after the article that reaches it).
DEFAULT_BATCH_SIZE = 5000


class LoadReport(BaseModel):
    """What a load wrote: counts of input items, transactions and wall time."""

    model_config = ConfigDict(extra="forbid")

    articles: int = 0
    entities: int = 0
    facts: int = 0
    batches: int = 0
    seconds: float = 0.0

    @property
    def facts_per_second(self) -> float:
        return self.facts / self.seconds if self.seconds > 0 else 0.0


def batches(rows: Iterable[ArticleRows], batch_size: int) -> Iterator[list[ArticleRows]]:
    """Group whole articles into batches of about ``batch_size`` facts.

    An article id seen again closes the batch first, so one transaction never
    holds two versions of the same article.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    batch: list[ArticleRows] = []
    ids: set[str] = set()
    size = 0
    for row in rows:
        if row.article["id"] in ids:
            yield batch
            batch, ids, size = [], set(), 0
        batch.append(row)
        ids.add(row.article["id"])
        size += max(1, len(row.facts))
        if size >= batch_size:
            yield batch
            batch, ids, size = [], set(), 0
    if batch:
        yield batch


def link_rows(batch: Iterable[ArticleRows]) -> dict[str, list[dict[str, Any]]]:
    """Event-link rows per type, one per link key with the sorted articles stating it."""
    by_key: dict[str, dict[str, Any]] = {}
    for b in batch:
        for link in b.links:
            row = by_key.get(link["key"])
            if row is None:
                by_key[link["key"]] = row = {
                    "rel": link["rel"], "source": link["source"], "target": link["target"],
                    "key": link["key"], "articles": []}
            if link["article"] not in row["articles"]:
                row["articles"].append(link["article"])
    out: dict[str, list[dict[str, Any]]] = {}
    for key in sorted(by_key):
        row = by_key[key]
        row["articles"].sort()
        out.setdefault(row["rel"], []).append(row)
    return out


_Wire = tuple[dict[str, list[dict[str, Any]]], list[EvidenceNode]]


def _wire(rows: Iterable[EvidenceRow]) -> _Wire:
    """Fact rows per type, sorted by key (one lock order for all writers), without their
    Evidence nodes; and the Evidence nodes, in one list."""
    out: dict[str, list[dict[str, Any]]] = {}
    nodes: list[EvidenceNode] = []
    for row in sorted(rows, key=lambda r: r["key"]):
        fact: dict[str, Any] = dict(row)
        nodes.extend(fact.pop("evidence"))
        fact["recount"] = row["key"] if row["drop"] else None
        out.setdefault(row["rel"], []).append(fact)
    return out, nodes


@dataclass
class _Batch:
    """A batch's parameters, built once outside the (retryable) transaction."""

    ids: list[str]
    articles: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    facts: list[FactRow]
    links: dict[str, list[dict[str, Any]]]
    new_facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    new_evidence: list[EvidenceNode] = field(default_factory=list)

    @classmethod
    def of(cls, batch: list[ArticleRows]) -> _Batch:
        facts = [f for b in batch for f in b.facts]
        new_facts, new_evidence = _wire(evidence_rows(facts))
        return cls(
            ids=sorted(b.article["id"] for b in batch),
            articles=[dict(b.article) for b in batch],
            entities=[dict(e) for e in merge_entity_rows(e for b in batch for e in b.entities)],
            mentions=[dict(b.mentions) for b in batch],
            facts=facts,
            links=link_rows(batch),
            new_facts=new_facts,
            new_evidence=new_evidence,
        )


def _run(tx: neo4j.ManagedTransaction, query: str, **params: Any) -> None:
    tx.run(query, params).consume()


def _write_batch(tx: neo4j.ManagedTransaction, batch: _Batch) -> None:
    replaced: dict[str, list[str]] = {}
    for rec in tx.run(statement("article_fact_keys"), ids=batch.ids):
        if rec["fact_keys"] is not None:
            replaced[rec["id"]] = list(rec["fact_keys"])
    facts, evidence = batch.new_facts, batch.new_evidence
    if replaced:
        gone = [{"article": a} for a in sorted(replaced)]
        _run(tx, statement("remove_event_links"), rows=gone)
        _run(tx, statement("remove_article_links"), rows=gone)
        _run(tx, statement("remove_evidence"), rows=gone)
        facts, evidence = _wire(evidence_rows(batch.facts, replaced))
    _run(tx, statement("write_articles"), rows=batch.articles)
    _run(tx, statement("write_entities"), rows=batch.entities)
    _run(tx, statement("write_mentions"), rows=batch.mentions)
    for rel, rows in sorted(facts.items()):
        _run(tx, typed_statement("write_facts", rel), rows=rows)
    if evidence:
        _run(tx, statement("write_evidence"), rows=evidence)
    for rel, links in sorted(batch.links.items()):
        _run(tx, typed_statement("write_event_links", rel), rows=links)
    _run(tx, statement("touch_graph"))  # last: a summary of the old graph is now stale


_DONE = object()


def _ahead(items: Iterator[_T], depth: int = 1) -> Iterator[_T]:
    """Iterate ``items`` in a helper thread, at most ``depth`` items ahead of the consumer.

    The next batch's rows are built while the server runs the current one (the
    driver releases the GIL while it waits); memory stays bounded by ``depth``.
    An exception in ``items`` is raised here; closing this generator stops the thread.
    """
    out: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(entry: tuple[Any, BaseException | None]) -> bool:
        while not stop.is_set():
            try:
                out.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put((item, None)):
                    return
            put((_DONE, None))
        except BaseException as err:  # handed to the consumer
            put((_DONE, err))

    worker = threading.Thread(target=produce, name="dipgraph-rows", daemon=True)
    worker.start()
    try:
        while True:
            item, err = out.get()
            if item is _DONE:
                if err is not None:
                    raise err
                return
            yield item
    finally:
        stop.set()
        worker.join()


class GraphWriter:
    """Writes extractions through a driver it is given (and closes nothing of it)."""

    def __init__(
        self,
        driver: neo4j.Driver,
        *,
        database: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.driver = driver
        self.database = database
        self.batch_size = batch_size

    def write_batch(self, batch: list[ArticleRows]) -> None:
        """Write whole articles in one transaction; errors become DatabaseError."""
        self._write(_Batch.of(batch))

    def _write(self, params: _Batch) -> None:
        try:
            with self.driver.session(database=self.database) as session:
                session.execute_write(_write_batch, params)
        except (ServiceUnavailable, SessionExpired) as err:
            raise DatabaseError(f"Neo4j became unreachable while writing: {err}") from err
        except Neo4jError as err:
            raise DatabaseError(f"Neo4j refused a write batch: {err.code}: {err.message}") from err

    def write(self, extractions: Iterable[Extraction]) -> LoadReport:
        """Store ``extractions`` (streamed) in batches; returns what was written."""
        report = LoadReport()
        started = time.perf_counter()

        def prepared() -> Iterator[tuple[_Batch, list[ArticleRows]]]:
            for batch in batches((build_rows(x) for x in extractions), self.batch_size):
                yield _Batch.of(batch), batch

        for params, batch in _ahead(prepared()):
            self._write(params)
            report.batches += 1
            report.articles += len(batch)
            report.entities += sum(len(b.entities) for b in batch)
            report.facts += sum(len(b.facts) for b in batch)
        report.seconds = time.perf_counter() - started
        return report


def write_extractions(
    driver: neo4j.Driver,
    extractions: Iterable[Extraction],
    *,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> LoadReport:
    """Convenience: ``GraphWriter(driver, ...).write(extractions)``."""
    return GraphWriter(driver, database=database, batch_size=batch_size).write(extractions)
