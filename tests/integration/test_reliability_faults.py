"""Faults during ``dipgraph load``: SIGKILL mid-run, Neo4j unreachable, wrong password,
the server stopped mid-run. Nothing is lost, duplicated or half-written, and every
database failure is one line that names the URI and never the password."""

from __future__ import annotations

import dataclasses
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest

from dipgraph.loaders.pipeline import load_paths
from dipgraph.server.manager import ManagedServer
from dipgraph.settings import Neo4jSettings, server_config
from tests.integration.test_reliability_support import (
    cli,
    cli_env,
    count,
    dump,
    half_written,
    wipe,
    write_jsonl,
)

pytestmark = pytest.mark.integration

N_ARTICLES = 120
ARTICLES = "MATCH (a:Article) RETURN count(a)"
Dump = tuple[list[Any], list[Any]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def wire(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON Lines file of many small invented articles."""
    return write_jsonl(tmp_path_factory.mktemp("wire") / "wire.jsonl", range(N_ARTICLES))


@pytest.fixture(scope="module")
def reference(_session_driver: neo4j.Driver, wire: Path) -> Dump:
    """The canonical dump of one uninterrupted load of ``wire`` into an empty graph."""
    wipe(_session_driver)
    report = load_paths([wire], _session_driver, batch_size=8)
    assert report.ok and report.articles == N_ARTICLES and report.facts > N_ARTICLES
    snapshot = dump(_session_driver)
    wipe(_session_driver)
    return snapshot


def _driver(settings: Neo4jSettings) -> neo4j.Driver:
    return neo4j.GraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password), notifications_min_severity="OFF"
    )


def _start_load(env: dict[str, str], wire: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dipgraph", "load", str(wire), "--batch-size", "8"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for_articles(driver: neo4j.Driver, proc: subprocess.Popen[str]) -> int:
    """Poll until the loader has committed some articles; fail if it ended first."""
    deadline = time.monotonic() + 180
    while (stored := count(driver, ARTICLES)) == 0:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the loader committed nothing in 180 s"
        time.sleep(0.05)
    return stored


def _assert_no_duplicates(driver: neo4j.Driver) -> None:
    assert count(driver, "MATCH (n) RETURN count(n) - count(DISTINCT n.id)") == 0
    assert count(
        driver, "MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN count(r) - count(DISTINCT r.key)"
    ) == 0


@pytest.mark.slow
def test_sigkill_mid_load_then_rerun_gives_the_graph_of_an_uninterrupted_load(
    neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings, wire: Path, reference: Dump
) -> None:
    env = cli_env(neo4j_settings)
    proc = _start_load(env, wire)
    try:
        _wait_for_articles(neo4j_driver, proc)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    stored = count(neo4j_driver, ARTICLES)
    assert 0 < stored < N_ARTICLES, "the kill did not land mid-load"
    assert half_written(neo4j_driver) == []
    rerun = cli(env, "load", str(wire), "--batch-size", "8")
    assert rerun.returncode == 0, rerun.stderr
    _assert_no_duplicates(neo4j_driver)
    assert dump(neo4j_driver) == reference


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def test_unreachable_neo4j_is_one_line_naming_the_uri(tmp_path: Path) -> None:
    uri = f"bolt://127.0.0.1:{_free_port()}"
    secret = "never-shown-pw-1"
    article = write_jsonl(tmp_path / "a.jsonl", [0])
    env = {**os.environ, "NEO4J_URI": uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": secret}
    run = cli(env, "load", str(article), "--report", str(tmp_path / "r.json"), timeout=120)
    assert run.returncode == 1
    line = _one_error_line(run.stderr)
    assert uri in line and "unreachable" in line
    assert secret not in run.stdout + run.stderr


def test_wrong_password_is_one_line_naming_the_uri_not_the_password(
    neo4j_settings: Neo4jSettings, tmp_path: Path
) -> None:
    secret = "wrong-pw-Zq81x"
    article = write_jsonl(tmp_path / "a.jsonl", [0])
    env = {**cli_env(neo4j_settings), "NEO4J_PASSWORD": secret}
    run = cli(env, "load", str(article), "--report", str(tmp_path / "r.json"), timeout=120)
    assert run.returncode == 1
    line = _one_error_line(run.stderr)
    assert neo4j_settings.uri in line and "credentials" in line
    assert secret not in run.stdout + run.stderr
    assert neo4j_settings.password not in run.stdout + run.stderr
    assert not (tmp_path / "r.json").exists()


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ManagedServer]:
    """A managed Neo4j of this module's own (shared runtime, own ports and data)."""
    root = tmp_path_factory.mktemp("own-neo4j")
    shared = server_config()
    (root / shared.runtime_dir.name).symlink_to(shared.runtime_dir)
    config = dataclasses.replace(
        server_config({"DIPGRAPH_NEO4J_DIR": str(root)}),
        bolt_port=_free_port(), http_port=_free_port(), heap="512m", pagecache="64m",
    )
    server = ManagedServer(config)
    server.start()
    yield server
    server.stop()


@pytest.mark.slow
def test_server_stopped_mid_load_fails_in_one_line_and_a_rerun_completes(
    own_server: ManagedServer, wire: Path, reference: Dump
) -> None:
    settings = own_server.settings()
    env = cli_env(settings)
    with _driver(settings) as d:
        wipe(d)
        proc = _start_load(env, wire)
        try:
            _wait_for_articles(d, proc)
            own_server.stop()
            stopped = time.monotonic()
            _, stderr = proc.communicate(timeout=120)
        finally:
            proc.kill()
        waited = time.monotonic() - stopped
    assert proc.returncode == 1
    line = _one_error_line(stderr)
    assert settings.uri in line and settings.password not in stderr
    assert waited < 120, f"retries are not bounded: {waited:.0f} s after the stop"

    own_server.start()
    with _driver(settings) as d:
        stored = count(d, ARTICLES)
        assert stored < N_ARTICLES, "the stop did not land mid-load"
        assert half_written(d) == []
        rerun = cli(env, "load", str(wire), "--batch-size", "8")
        assert rerun.returncode == 0, rerun.stderr
        _assert_no_duplicates(d)
        assert dump(d) == reference
