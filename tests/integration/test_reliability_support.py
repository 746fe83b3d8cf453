"""Shared helpers of the reliability tests: invented articles, CLI runs, graph dumps.

No tests here. The invented articles are built from a small cast so that the
extractor turns each into several facts and many facts recur across articles
(evidence accumulates), which is what interrupted and concurrent loads can break.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import neo4j

from dipgraph.settings import Neo4jSettings

__all__ = [
    "cli",
    "cli_env",
    "count",
    "dump",
    "half_written",
    "invented_article",
    "wipe",
    "write_jsonl",
]

_CAST = [
    ("Anna Berg", "Norway"), ("Carlos Mendez", "Chile"), ("Dmitri Volkov", "Brazil"),
    ("Elena Rossi", "Japan"), ("Farid Haddad", "Egypt"), ("Greta Lund", "Kenya"),
    ("Hiro Tanaka", "France"), ("Ines Costa", "Germany"),
]
_CITIES = ["Geneva", "Vienna", "Nairobi", "Lisbon"]


def invented_article(i: int) -> dict[str, str]:
    """Article ``i`` of the invented corpus: a JSON record with text, URL and date."""
    a, ca = _CAST[i % 8]
    b, cb = _CAST[(i * 3 + 1) % 8]
    if a == b:
        b, cb = _CAST[(i + 1) % 8]
    city = _CITIES[i % 4]
    text = (
        f"{ca} Foreign Minister {a} met with {cb} Foreign Minister {b} in {city} on Monday. "
        f"{a} urged {cb} to sign the Treaty of {city}. "
        f"{cb} and {ca} agreed to expand trade ties."
    )
    return {
        "text": text,
        "title": f"Talks in {city} #{i}",
        "url": f"https://news.example/{i}",
        "published": f"2024-03-{10 + i % 4:02d}",
    }


def write_jsonl(path: Path, indices: Sequence[int]) -> Path:
    path.write_text(
        "".join(json.dumps(invented_article(i)) + "\n" for i in indices), encoding="utf-8"
    )
    return path


def cli_env(settings: Neo4jSettings) -> dict[str, str]:
    """The environment of a ``dipgraph`` subprocess: the server via env, never argv."""
    env = {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_USER": settings.user}
    env["NEO4J_PASSWORD"] = settings.password
    return env


def cli(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m dipgraph ARGS`` to completion."""
    return subprocess.run(
        [sys.executable, "-m", "dipgraph", *args],
        env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )


def count(driver: neo4j.Driver, query: str, **params: Any) -> int:
    return int(driver.execute_query(query, params).records[0][0])


def wipe(driver: neo4j.Driver) -> None:
    """Delete every node and relationship (constraints stay: the schema is idempotent)."""
    driver.execute_query("MATCH (n) DETACH DELETE n")


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_plain(v) for v in value)
    if hasattr(value, "iso_format"):  # neo4j.time.Date / DateTime
        return value.iso_format()
    return value


def _props(props: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, _plain(v)) for k, v in props.items()))


def dump(driver: neo4j.Driver) -> tuple[list[Any], list[Any]]:
    """A canonical dump: every node (labels, properties) and relationship, sorted.

    Relationships are named by their type and the ``id`` of both ends, so two
    graphs built in different orders (hence different internal ids) compare equal. The
    GraphState node is left out: its version counts write transactions, which differ
    between one load and two concurrent ones of the same articles (graph/SUMMARY.md).
    """
    nodes = sorted(
        (tuple(sorted(r["labels"])), _props(r["props"]))
        for r in driver.execute_query(
            "MATCH (n) WHERE NOT n:GraphState RETURN labels(n) AS labels, properties(n) AS props"
        ).records
    )
    rels = sorted(
        (r["type"], r["a"], r["b"], _props(r["props"]))
        for r in driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, "
            "properties(r) AS props"
        ).records
    )
    return nodes, rels


def half_written(driver: neo4j.Driver) -> list[str]:
    """Signs of a half-written article: a fact key it lists without its evidence, evidence
    citing an article that is not stored or a fact that is not stored, a fact whose support
    is not its number of evidence articles, or a stored article without its MENTIONS."""
    problems = [
        f"{r['id']} lists {r['key']} but that fact or its evidence is missing"
        for r in driver.execute_query(
            "MATCH (a:Article) UNWIND a.fact_keys AS k "
            "OPTIONAL MATCH (e:Evidence {key: k, article: a.id}) "
            "OPTIONAL MATCH ()-[r {key: k}]->() "
            "WITH a, k, e, r WHERE e IS NULL OR r IS NULL RETURN a.id AS id, k AS key"
        ).records
    ]
    problems += [
        f"{r['key']} cites {r['id']}, which is not stored"
        for r in driver.execute_query(
            "MATCH (e:Evidence) OPTIONAL MATCH (a:Article {id: e.article}) "
            "WITH e, a WHERE a IS NULL RETURN e.key AS key, e.article AS id"
        ).records
    ]
    problems += [
        f"{r['key']} has support {r['support']} but evidence from {r['n']} articles"
        for r in driver.execute_query(
            "MATCH ()-[r]->() WHERE r.confidence IS NOT NULL "
            "OPTIONAL MATCH (e:Evidence {key: r.key}) "
            "WITH r, count(DISTINCT e.article) AS n WHERE n <> r.support "
            "RETURN r.key AS key, r.support AS support, n"
        ).records
    ]
    problems += [
        f"{r['id']} has facts but mentions nothing"
        for r in driver.execute_query(
            "MATCH (a:Article) WHERE size(a.fact_keys) > 0 AND NOT (a)-[:MENTIONS]->() "
            "RETURN a.id AS id"
        ).records
    ]
    return problems
