"""Graph load benchmark: the batched writer vs one transaction per fact, same data, one run.

Run by hand against a server you may wipe (it DELETES every node), e.g.::

    NEO4J_URI=bolt://127.0.0.1:27687 NEO4J_USER=neo4j NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_load.py --articles 10000 --naive-articles 300

Extractions are generated first (not timed); then the batched writer loads all of
them into an empty graph, then the naive path (one ``execute_write`` per fact, with
the same statements) loads a prefix into an empty graph. Client memory is the
process's max RSS before and after the batched write (tracemalloc would slow the
timed path). Server CPU is the Neo4j JVM's user+system time from ``/proc/<pid>/stat``
when ``--server-pid`` (or ``NEO4J_PID``) names it. ``--floor`` also times plain
``CREATE`` of the same fact relationships (with their aggregates) and Evidence nodes,
with no MERGE, locking or merge logic (entities created first, untimed).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

import neo4j

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import synthetic_extractions
from dipgraph.graph.evidence import evidence_rows
from dipgraph.graph.models import Extraction
from dipgraph.graph.rows import ArticleRows, FactRow, build_rows, merge_entity_rows
from dipgraph.graph.schema import apply_schema
from dipgraph.graph.writer import DEFAULT_BATCH_SIZE, GraphWriter, batches
from dipgraph.queries.registry import statement, typed_statement

FLOOR_FACTS = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.rel)]->(b)
SET r = row.props
"""
FLOOR_EVIDENCE = """
UNWIND $rows AS row
CREATE (e:Evidence)
SET e = row
"""


def server_cpu(pid: int | None) -> float:
    """User+system CPU seconds of process ``pid`` so far (0.0 when unknown)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


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
    (ev,) = evidence_rows([fact])
    row: dict[str, object] = dict(ev)
    nodes = row.pop("evidence")
    row["recount"] = None
    tx.run(typed_statement("write_facts", fact["rel"]), rows=[row]).consume()
    tx.run(statement("write_evidence"), rows=nodes).consume()


def floor(driver: neo4j.Driver, data: list[Extraction], batch_size: int,
          pid: int | None) -> tuple[int, int, float, float]:
    """Plain CREATE of every fact key (aggregates as properties) and Evidence node, in
    batches of ``batch_size`` facts; entities are written first, untimed.
    Returns (fact relationships, evidence nodes, wall s, server CPU s)."""
    all_rows = [build_rows(x) for x in data]
    entities = [dict(e) for e in merge_entity_rows(e for r in all_rows for e in r.entities)]
    with driver.session() as session:
        for i in range(0, len(entities), 5000):
            session.execute_write(lambda tx, rows: tx.run(statement("write_entities"),
                                                          rows=rows).consume(),
                                  entities[i : i + 5000])
    seen: set[str] = set()
    work = []
    for batch in batches(all_rows, batch_size):
        facts, nodes = [], []
        for row in evidence_rows(f for b in batch for f in b.facts):
            nodes.extend(row["evidence"])
            if row["key"] in seen:
                continue  # a stored fact: the floor only counts its evidence
            seen.add(row["key"])
            wire: dict[str, Any] = dict(row)
            props = {k: wire[k] for k in ("key", "rel", "symmetric", "date", "date_start",
                                          "date_end", "place", "what", "about", "title",
                                          "mode", "event", "cameo", "confidence")}
            props.update(support=len(row["articles"]), first_seen=row["first"],
                         last_seen=row["last"])
            facts.append({"source": row["source"], "target": row["target"],
                          "rel": row["rel"], "props": props})
        work.append((facts, nodes))

    def write(tx: neo4j.ManagedTransaction, facts: list[Any], nodes: list[Any]) -> None:
        tx.run(FLOOR_FACTS, rows=facts).consume()
        tx.run(FLOOR_EVIDENCE, rows=nodes).consume()

    cpu = server_cpu(pid)
    started = time.perf_counter()
    with driver.session() as session:
        for facts, nodes in work:
            session.execute_write(write, facts, nodes)
    return (len(seen), sum(len(n) for _, n in work), time.perf_counter() - started,
            server_cpu(pid) - cpu)


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
    parser.add_argument("--server-pid", type=int,
                        default=int(os.environ["NEO4J_PID"]) if "NEO4J_PID" in os.environ
                        else None, help="Neo4j JVM pid, for server CPU time")
    parser.add_argument("--floor", action="store_true",
                        help="also time plain CREATE of the same facts and evidence")
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
    cpu = server_cpu(args.server_pid)
    print(f"load average before the write: {load_average()}")
    report = GraphWriter(driver, batch_size=args.batch_size).write(data)
    cpu = server_cpu(args.server_pid) - cpu
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    nodes, rels = counts(driver)
    evidence = driver.execute_query("MATCH (e:Evidence) RETURN count(e) AS c").records[0]["c"]
    batched = n_facts / report.seconds
    print(f"batched: {n_facts} facts in {report.seconds:.2f}s = {batched:,.0f} facts/s "
          f"({report.batches} transactions, batch {args.batch_size} facts); "
          f"server CPU {cpu:.1f} s; load average after: {load_average()}; "
          f"graph {nodes} nodes ({evidence} Evidence), {rels} relationships; "
          f"client max RSS {rss_before:.0f} MiB "
          f"before the write (generated data held), {rss_after:.0f} MiB after")
    if args.floor:
        clear(driver)
        keys, n_ev, seconds, fcpu = floor(driver, data, args.batch_size, args.server_pid)
        print(f"floor:   plain CREATE of {keys} facts and {n_ev} Evidence nodes in "
              f"{seconds:.2f}s = {n_facts / seconds:,.0f} input facts/s; server CPU "
              f"{fcpu:.1f} s; load average {load_average()}")

    clear(driver)
    prefix = data[: args.naive_articles]
    started = time.perf_counter()
    written = naive(driver, prefix)
    seconds = time.perf_counter() - started
    slow = sum(len(x.facts) for x in prefix) / seconds
    print(f"naive:   {written} fact rows ({sum(len(x.facts) for x in prefix)} facts) in "
          f"{seconds:.2f}s = {slow:,.0f} facts/s")
    print(f"speed-up: {batched / slow:.1f}x; load average {load_average()}")
    clear(driver)
    driver.close()


if __name__ == "__main__":
    main()
