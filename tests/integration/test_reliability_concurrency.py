"""Two ``dipgraph load`` processes writing overlapping articles at the same time end
with the same graph as one sequential load: constraints, MERGE and locked
read-modify-write of facts (deadlocks are transient errors, retried by the driver)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import neo4j
import pytest

from dipgraph.loaders.pipeline import load_paths
from dipgraph.settings import Neo4jSettings
from tests.integration.test_reliability_support import (
    cli_env,
    count,
    dump,
    half_written,
    wipe,
    write_jsonl,
)

pytestmark = pytest.mark.integration


@pytest.mark.slow
def test_two_concurrent_loaders_give_the_graph_of_one_sequential_load(
    neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings, tmp_path: Path
) -> None:
    # f2 is loaded by both; f1 and f3 state many of the same facts as f2 and each other.
    f1 = write_jsonl(tmp_path / "f1.jsonl", range(0, 24))
    f2 = write_jsonl(tmp_path / "f2.jsonl", range(24, 48))
    f3 = write_jsonl(tmp_path / "f3.jsonl", range(48, 72))
    env = cli_env(neo4j_settings)
    # Both start on an empty database without a schema: both also create it at once.
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "dipgraph", "load", *map(str, files), "--batch-size", "4"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for files in ((f2, f1), (f2, f3))
    ]
    results = [p.communicate(timeout=600) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    concurrent = dump(neo4j_driver)
    assert half_written(neo4j_driver) == []
    assert count(neo4j_driver, "MATCH (n) RETURN count(n) - count(DISTINCT n.id)") == 0
    assert count(neo4j_driver, "MATCH (a:Article) RETURN count(a)") == 72

    wipe(neo4j_driver)
    report = load_paths([f1, f2, f3], neo4j_driver)
    assert report.ok and report.articles == 72
    sequential = dump(neo4j_driver)
    assert concurrent == sequential
