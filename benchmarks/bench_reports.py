"""Report latency benchmark: p50/p95 of each canned report on a large synthetic graph.

Run by hand against a server you may wipe (``--load`` DELETES every node first), e.g.::

    NEO4J_URI=bolt://127.0.0.1:57687 NEO4J_USER=neo4j NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_reports.py --load --articles 110000

The graph comes from ``benchmarks/synthetic.py`` through the graph writer (schema
applied). The report parameters are the busiest dyad, country and person of the
same synthetic stream (counted in Python; the worst cases) and a typical dyad (the
median one). Each report runs once to warm up (plans cached), then ``--runs`` times
(``--slow-runs`` for the untargeted whole-graph reports); the table goes to stdout
and, with ``--results``, replaces the "Report latency" section of
benchmarks/RESULTS.md (other sections are kept).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import neo4j

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import synthetic_extractions
from dipgraph.graph.schema import apply_schema
from dipgraph.graph.summary import build_summary
from dipgraph.graph.writer import write_extractions
from dipgraph.queries.registry import statement
from dipgraph.queries.reports import run_report

SECTION = "## Report latency"


def busiest(articles: int, seed: int) -> tuple[str, str, str, tuple[str, str]]:
    """The most reported dyad's two country ids, the person with most facts, and a typical
    (median) dyad."""
    dyads: Counter[tuple[str, str]] = Counter()
    people: Counter[str] = Counter()
    for ex in itertools.islice(synthetic_extractions(articles, seed=seed), 5000):
        countries = sorted(e.id for e in ex.entities if e.type == "Country")
        if len(countries) == 2:
            dyads[(countries[0], countries[1])] += 1
        people.update(f.source for f in ex.facts if f.source.startswith("person:"))
    ranked = dyads.most_common()
    (a, b), _ = ranked[0]
    typical = ranked[len(ranked) // 2][0]
    return a, b, people.most_common(1)[0][0], typical


def load(driver: neo4j.Driver, articles: int, seed: int, start: int = 0) -> float:
    """Write articles ``start..articles-1`` of the synthetic stream; ``start`` 0 wipes first.

    The stream is deterministic, so growing a graph with ``--extend-from`` gives the graph
    that one ``--load`` of all the articles gives (the writer is idempotent)."""
    if start == 0:
        with driver.session() as session:
            session.run(statement("clear_graph")).consume()
    apply_schema(driver)
    started = time.perf_counter()
    stream = itertools.islice(synthetic_extractions(articles, seed=seed), start, None)
    report = write_extractions(driver, stream)
    print(f"loaded {report.articles} articles, {report.facts} fact rows in {report.seconds:.0f}s")
    return time.perf_counter() - started


def measure(driver: neo4j.Driver, name: str, params: dict[str, Any], runs: int,
            **window: Any) -> tuple[float, float, int, float, str]:
    """(p50 ms, p95 ms, rows over all sections, 1-minute load average at the end, whether
    the counts came from the report summary) over ``runs`` timed runs after one warm-up."""
    first = run_report(driver, name, params, **window)
    rows = sum(len(s.rows) for s in first.sections)
    notes = " ".join(first.notes)
    source = "summary" if "from the report summary" in notes else (
        "facts" if "computed from the facts" in notes else "-")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run_report(driver, name, params, **window)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, rows, os.getloadavg()[0], source


def cpu_reference() -> float:
    """Milliseconds of a fixed pure-Python workload (median of 5), run right after a case:
    a rough gauge of how fast the shared machine's cores were then (its speed varies with
    other jobs); it measures single-threaded Python, not the database's JVM."""
    times = []
    for _ in range(5):
        started = time.perf_counter()
        data = [(i * 7919) % 10007 for i in range(100_000)]
        sorted(data)
        sum(str(x).count("1") for x in data[:20_000])
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def write_results(path: Path, text: str) -> None:
    """Replace (or append) the Report latency section, keeping every other section."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    head, found, rest = old.partition(SECTION)
    tail = ""
    if found:
        nxt = rest.find("\n## ")
        tail = rest[nxt:] if nxt >= 0 else ""
    body = head.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n" + tail
    path.write_text(body, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", action="store_true", help="wipe the database and load")
    parser.add_argument("--articles", type=int, default=110_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--slow-runs", type=int, default=3)
    parser.add_argument("--network-runs", type=int, default=2)
    parser.add_argument("--only", default="", help="run only cases whose label contains this")
    parser.add_argument("--results", type=Path, default=None)
    parser.add_argument("--summarize", action="store_true",
                        help="rebuild the report summary before measuring (timed)")
    parser.add_argument("--extend-from", type=int, default=None, metavar="N",
                        help="write only articles N.. of the stream on top of the graph (no wipe)")
    args = parser.parse_args()
    auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ["NEO4J_PASSWORD"])
    with neo4j.GraphDatabase.driver(os.environ["NEO4J_URI"], auth=auth,
                                    notifications_min_severity="OFF") as driver:
        load_s = None
        if args.load:
            load_s = load(driver, args.articles, args.seed)
        elif args.extend_from is not None:
            load_s = load(driver, args.articles, args.seed, start=args.extend_from)
        if args.summarize:
            apply_schema(driver)  # the summary's indexes, on a graph loaded before them
            made = build_summary(driver)
            print(f"summary: {made.model_dump()}", flush=True)
        counts = driver.execute_query(statement("graph_counts")).records[0]
        facts = sum(driver.execute_query(statement("report_fact_counts")).records[0][
            "facts"].values())
        a, b, person, (ta, tb) = busiest(args.articles, args.seed)
        window = {"date_from": "2022-01", "date_to": "2022-03"}
        slow = args.slow_runs
        cases: list[tuple[str, str, dict[str, Any], dict[str, Any], int]] = [
            ("bilateral A B", "bilateral", {"a": a, "b": b}, {}, args.runs),
            ("bilateral A B, one quarter", "bilateral", {"a": a, "b": b}, window, args.runs),
            ("bilateral C D (typical dyad)", "bilateral", {"a": ta, "b": tb}, {}, args.runs),
            ("person P", "person", {"name": person}, {}, args.runs),
            ("person P, one quarter", "person", {"name": person}, window, args.runs),
            ("who-met-whom --country A", "who-met-whom", {"country": a}, {}, slow),
            ("who-met-whom (all, top 100)", "who-met-whom", {}, {}, slow),
            ("requests --country A", "requests", {"country": a}, {}, slow),
            ("requests (all, newest 100)", "requests", {}, {}, slow),
            ("accords (all, newest 100)", "accords", {}, {}, slow),
            ("accords --country A", "accords", {"country": a}, {}, slow),
            ("country A, one quarter", "country", {"country": a}, window, slow),
            ("country A", "country", {"country": a}, {}, slow),
            ("network ego P, one quarter", "network", {"ego": person, "radius": 1}, window,
             args.network_runs),
        ]
        cases = [c for c in cases if args.only in c[0]]
        lines = [
            SECTION, "",
            f"`benchmarks/bench_reports.py --articles {args.articles} --runs {args.runs}` on "
            f"{time.strftime('%Y-%m-%d')}: synthetic graph (seed {args.seed}) of "
            f"{counts['nodes']:,} nodes and {counts['relationships']:,} relationships of which "
            f"{facts:,} facts, written by the graph writer"
            + (f" in {load_s:.0f} s" if load_s and args.extend_from is None else "")
            + (f" (articles from {args.extend_from} on added in {load_s:.0f} s)"
               if load_s and args.extend_from is not None else "") + ". A = "
            f"`{a}`, B = `{b}` (the busiest dyad), C = `{ta}`, D = `{tb}` (the median dyad), "
            f"P = `{person}` (the busiest person); one quarter = 2022-01..2022-03. Neo4j 5.26 "
            "on the shared 2-core test machine (other jobs running; load average per row), so "
            "figures are upper bounds; cpu ref ms times a fixed pure-Python workload after each "
            "case (higher = a slower machine at that moment). Times are wall-clock per "
            "`run_report` call (Cypher in read transactions + Python assembly, default limit: "
            "25 in bilateral and person, 100 in the list reports), after one warm-up run.",
            "",
            "| report | runs | p50 ms | p95 ms | rows | load avg | cpu ref ms | counts from |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for label, name, params, win, runs in cases:
            p50, p95, rows, load_avg, source = measure(driver, name, params, runs, **win)
            line = (f"| {label} | {runs} | {p50:.0f} | {p95:.0f} | {rows} | {load_avg:.1f} "
                    f"| {cpu_reference():.0f} | {source} |")
            print(line, flush=True)
            lines.append(line)
    text = "\n".join(lines) + "\n"
    print(text)
    if args.results:
        write_results(args.results, text)


if __name__ == "__main__":
    main()
