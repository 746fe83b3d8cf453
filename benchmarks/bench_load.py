"""Graph load benchmark: the batched writer vs one transaction per fact, same data, one run.

Run by hand against a server you may wipe (it DELETES every node), e.g.::

    NEO4J_URI=bolt://127.0.0.1:27687 NEO4J_USER=neo4j NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_load.py --articles 10000 --naive-articles 300

Extractions are generated first (not timed); then the batched writer loads all of
them into an empty graph, then the naive path (one ``execute_write`` per fact, with
the same statements) loads a prefix into an empty graph. Client memory is the
process's max RSS before and after the batched write (tracemalloc would slow the
timed path).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import neo4j

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import synthetic_extractions
from dipgraph.graph.evidence import evidence_rows
from dipgraph.graph.models import Extraction
from dipgraph.graph.rows import ArticleRows, FactRow, build_rows
from dipgraph.graph.schema import apply_schema
from dipgraph.graph.writer import DEFAULT_BATCH_SIZE, GraphWriter
from dipgraph.queries.registry import statement, typed_statement


def clear(driver: neo4j.Driver) -> None:
    with driver.session() as session:
        session.run(statement("clear_graph")).consume()


def counts(driver: neo4j.Driver) -> tuple[int, int]:
    rec = driver.execute_query(statement("graph_counts")).records[0]
    return int(rec["nodes"]), int(rec["relationships"])


def _article(tx: neo4j.ManagedTransaction, rows: ArticleRows) -> None:
    tx.run(statement("write_articles"), rows=[rows.article]).consume()
    tx.run(statement("write_entities"), rows=rows.entities).consume()
    tx.run(statement("write_mentions"), rows=[rows.mentions]).consume()


def _one_fact(tx: neo4j.ManagedTransaction, fact: FactRow) -> None:
    """The same statements as the batched writer, for a single fact."""
    (row,) = evidence_rows([fact])
    found = tx.run(typed_statement("write_facts", fact["rel"]), rows=[row]).single()
    if found is not None:  # a stored fact: merge its evidence on the server
        tx.run(statement("merge_evidence"), rows=[{**row, "id": found["id"]}]).consume()


def naive(driver: neo4j.Driver, extractions: list[Extraction]) -> int:
    """One transaction per fact (and one per article for the article, entities, mentions)."""
    written = 0
    with driver.session() as session:
        for extraction in extractions:
            rows = build_rows(extraction)
            session.execute_write(_article, rows)
            for fact in rows.facts:
                session.execute_write(_one_fact, fact)
                written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--naive-articles", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                        help="facts per transaction")
    parser.add_argument("--facts-per-article", type=int, default=10)
    args = parser.parse_args()
    driver = neo4j.GraphDatabase.driver(
        os.environ["NEO4J_URI"],
        auth=(os.environ.get("NEO4J_USER", "neo4j"), os.environ["NEO4J_PASSWORD"]),
        notifications_min_severity="OFF",
    )
    apply_schema(driver)

    started = time.perf_counter()
    data = list(synthetic_extractions(args.articles, facts_per_article=args.facts_per_article))
    n_facts = sum(len(x.facts) for x in data)
    n_keys = len({f.key() for x in data for f in x.facts})
    print(f"generated {len(data)} articles, {n_facts} facts ({n_keys} distinct keys) "
          f"in {time.perf_counter() - started:.1f}s")

    clear(driver)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = GraphWriter(driver, batch_size=args.batch_size).write(data)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    nodes, rels = counts(driver)
    batched = n_facts / report.seconds
    print(f"batched: {n_facts} facts in {report.seconds:.2f}s = {batched:,.0f} facts/s "
          f"({report.batches} transactions, batch {args.batch_size} facts); "
          f"graph {nodes} nodes, {rels} relationships; client max RSS {rss_before:.0f} MiB "
          f"before the write (generated data held), {rss_after:.0f} MiB after")

    clear(driver)
    prefix = data[: args.naive_articles]
    started = time.perf_counter()
    written = naive(driver, prefix)
    seconds = time.perf_counter() - started
    slow = sum(len(x.facts) for x in prefix) / seconds
    print(f"naive:   {written} fact rows ({sum(len(x.facts) for x in prefix)} facts) in "
          f"{seconds:.2f}s = {slow:,.0f} facts/s")
    print(f"speed-up: {batched / slow:.1f}x")
    clear(driver)
    driver.close()


if __name__ == "__main__":
    main()
