"""Store extractions in Neo4j: batched, idempotent, with per-article provenance.

A batch holds whole articles and is written in ONE managed transaction
(``session.execute_write``, retried by the driver on transient errors), so an
article's facts and provenance are stored atomically. Inside the transaction the
facts the batch touches are merged and write-locked first (a concurrent writer of
the same fact waits), then read; an already stored article's old
evidence is removed, the batch's evidence added (:mod:`dipgraph.graph.evidence`,
one row per fact however many articles of the batch state it), and the results
written back; facts left without evidence are deleted. Evidence lists are kept
sorted, so loading the same article twice changes nothing.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from pydantic import BaseModel, ConfigDict

from dipgraph.errors import DatabaseError
from dipgraph.graph.evidence import add_facts, remove_article
from dipgraph.graph.models import Extraction
from dipgraph.graph.rows import ArticleRows, FactRow, build_rows, merge_entity_rows
from dipgraph.queries.registry import statement, typed_statement

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "GraphWriter",
    "LoadReport",
    "batches",
    "rounds",
    "write_extractions",
]

#: Facts per transaction (a batch closes after the article that reaches it).
DEFAULT_BATCH_SIZE = 2000


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
        if row.article.id in ids:
            yield batch
            batch, ids, size = [], set(), 0
        batch.append(row)
        ids.add(row.article.id)
        size += max(1, len(row.facts))
        if size >= batch_size:
            yield batch
            batch, ids, size = [], set(), 0
    if batch:
        yield batch


def rounds(rows: list[dict[str, Any]], key: str = "key") -> list[list[dict[str, Any]]]:
    """Split rows so that each round holds a relationship key at most once.

    One statement must not touch the same relationship from two rows: Cypher may
    evaluate every row's projections before any row's SET, so the second row would
    read stale evidence lists. Most batches need one round; a dyad repeated in k
    articles of the batch needs k.
    """
    out: list[list[dict[str, Any]]] = []
    seen: dict[str, int] = {}
    for row in rows:
        n = seen.get(row[key], 0)
        seen[row[key]] = n + 1
        if n == len(out):
            out.append([])
        out[n].append(row)
    return out


def _run_rounds(tx: neo4j.ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> None:
    for part in rounds(rows):
        _run(tx, query, rows=part)


def _run(tx: neo4j.ManagedTransaction, query: str, **params: Any) -> None:
    tx.run(query, params).consume()


def _native(value: Any) -> Any:
    if isinstance(value, neo4j.time.Date):
        return value.to_native()
    if isinstance(value, list):
        return [_native(v) for v in value]
    return value


def _by_rel(keys: Iterable[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        out[key.split("|", 1)[0]].append(key)
    return out


def _write_facts(
    tx: neo4j.ManagedTransaction, batch: list[ArticleRows], stored: dict[str, list[str]]
) -> None:
    """Lock-and-read the touched facts, merge evidence in Python (graph.evidence), write back."""
    new_keys = {f.key: (f.source, f.target) for b in batch for f in b.facts}
    states: dict[str, dict[str, Any]] = {}
    for rel, keys in sorted(_by_rel(new_keys).items()):
        lock = [{"source": new_keys[k][0], "target": new_keys[k][1], "key": k}
                for k in sorted(keys)]
        for rec in tx.run(typed_statement("lock_facts", rel), rows=lock):
            states[rec["key"]] = {k: _native(v) for k, v in rec["props"].items()}
    others_only = set().union(*stored.values()) - set(new_keys) if stored else set()
    for rel, keys in sorted(_by_rel(others_only).items()):
        for rec in tx.run(typed_statement("read_fact_state", rel), keys=keys):
            states[rec["key"]] = {k: _native(v) for k, v in rec["props"].items()}
    existed = set(states)  # including the placeholders lock_facts just created
    if stored:  # replaced articles: drop their old evidence first
        others = {a for key in existed for a in states[key].get("articles", [])} - set(stored)
        published = {
            rec["id"]: _native(rec["published"])
            for rec in tx.run(statement("article_published"), ids=sorted(others))
        }
        for article, keys in stored.items():
            for key in keys:
                if key in states and not remove_article(states[key], article, published):
                    states[key] = {}
    grouped: dict[str, list[FactRow]] = defaultdict(list)
    for b in batch:
        for f in b.facts:
            grouped[f.key].append(f)
    for key, rows in grouped.items():
        add_facts(states.setdefault(key, {}), rows)
    writes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    deletes: dict[str, list[str]] = defaultdict(list)
    for key, state in states.items():
        rel = key.split("|", 1)[0]
        if state:
            props = {k: v for k, v in state.items() if v is not None}
            writes[rel].append({"key": key, "props": props})
        elif key in existed:
            deletes[rel].append(key)
    for rel, keys in sorted(deletes.items()):
        _run(tx, typed_statement("delete_facts", rel), keys=keys)
    for rel, params in sorted(writes.items()):
        _run(tx, typed_statement("update_facts", rel), rows=params)


def _write_batch(tx: neo4j.ManagedTransaction, batch: list[ArticleRows]) -> None:
    ids = sorted(b.article.id for b in batch)
    stored = {
        rec["id"]: list(rec["fact_keys"])
        for rec in tx.run(statement("article_fact_keys"), ids=ids)
        if rec["fact_keys"] is not None
    }
    if stored:
        gone = [{"article": a} for a in stored]
        _run(tx, statement("remove_event_links"), rows=gone)
        _run(tx, statement("remove_article_links"), rows=gone)
    _run(tx, statement("write_articles"), rows=[b.article.model_dump() for b in batch])
    entities = merge_entity_rows(e for b in batch for e in b.entities)
    _run(tx, statement("write_entities"), rows=[e.model_dump() for e in entities])
    _run(tx, statement("write_mentions"), rows=[b.mentions.model_dump() for b in batch])
    _write_facts(tx, batch, stored)
    links: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for b in batch:
        for link in b.links:
            links[link.rel].append(link.model_dump())
    for rel, rows in sorted(links.items()):
        _run_rounds(tx, typed_statement("write_event_links", rel), rows)


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
        try:
            with self.driver.session(database=self.database) as session:
                session.execute_write(_write_batch, batch)
        except (ServiceUnavailable, SessionExpired) as err:
            raise DatabaseError(f"Neo4j became unreachable while writing: {err}") from err
        except Neo4jError as err:
            raise DatabaseError(f"Neo4j refused a write batch: {err.code}: {err.message}") from err

    def write(self, extractions: Iterable[Extraction]) -> LoadReport:
        """Store ``extractions`` (streamed) in batches; returns what was written."""
        report = LoadReport()
        started = time.perf_counter()
        for batch in batches((build_rows(x) for x in extractions), self.batch_size):
            self.write_batch(batch)
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
