"""The Neo4j password never leaks from ``dipgraph load``: not in its output, its
``--report`` JSON, its command line or environment-derived process title, nor in
debug logs of the driver and of dipgraph."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

import neo4j
import pytest

from dipgraph.connection import connect
from dipgraph.loaders.pipeline import load_paths
from dipgraph.settings import Neo4jSettings
from tests.integration.test_reliability_support import cli_env, count, write_jsonl

pytestmark = pytest.mark.integration


def test_load_output_report_and_process_title_hold_no_password(
    neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings, tmp_path: Path
) -> None:
    wire = write_jsonl(tmp_path / "wire.jsonl", range(6))
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    report_path = tmp_path / "report.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "dipgraph", "load", str(wire), str(bad), "--report",
         str(report_path)],
        env=cli_env(neo4j_settings), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    titles: list[str] = []
    while proc.poll() is None:  # sample the running loader's command line and title
        for name in ("cmdline", "comm"):
            try:
                raw = Path(f"/proc/{proc.pid}/{name}").read_bytes()
            except OSError:
                continue
            titles.append(raw.replace(b"\x00", b" ").decode(errors="replace"))
        time.sleep(0.2)
    out, err = proc.communicate()
    assert proc.returncode == 1  # bad.json was rejected
    assert titles and any("load" in t for t in titles)
    secret = neo4j_settings.password
    for text in (out, err, report_path.read_text("utf-8"), *titles):
        assert secret not in text
    assert count(neo4j_driver, "MATCH (a:Article) RETURN count(a)") == 6


def test_debug_logs_of_a_load_hold_no_password(
    neo4j_driver: neo4j.Driver,
    neo4j_settings: Neo4jSettings,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    wire = write_jsonl(tmp_path / "wire.jsonl", range(2))
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="neo4j")  # its handshake, LOGON included
    with connect(
        uri=neo4j_settings.uri, user=neo4j_settings.user, password=neo4j_settings.password
    ) as (driver, settings):
        report = load_paths([wire], driver, database=settings.database)
        assert neo4j_settings.password not in repr(settings)
    assert report.ok and report.articles == 2
    assert any("LOGON" in r.getMessage() or "HELLO" in r.getMessage() for r in caplog.records)
    assert neo4j_settings.password not in caplog.text
