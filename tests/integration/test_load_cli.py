"""``dipgraph load`` against a real Neo4j: summary, JSON report, exit status, stderr lines."""

from __future__ import annotations

import json
from pathlib import Path

import neo4j
import pytest

from dipgraph.cli import main
from dipgraph.settings import Neo4jSettings

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def db_args(settings: Neo4jSettings) -> list[str]:
    return ["--uri", settings.uri, "--user", settings.user, "--password", settings.password]


def test_load_writes_the_report_and_exits_0_when_all_files_load(
    neo4j_driver: neo4j.Driver,
    neo4j_settings: Neo4jSettings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    report_path = tmp_path / "report.json"
    code = main(["load", str(SEEDS), "--report", str(report_path), *db_args(neo4j_settings)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Load summary" in out and "articles" in out
    report = json.loads(report_path.read_text("utf-8"))
    assert report["articles"] == 1 and report["rejected"] == 0 and report["facts"] > 0
    assert [f["status"] for f in report["files"]] == ["loaded"]
    stored = neo4j_driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records
    assert stored[0]["n"] == 1


def test_load_exits_1_with_one_stderr_line_per_rejected_file(
    neo4j_driver: neo4j.Driver,
    neo4j_settings: Neo4jSettings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code = main(["load", str(SEEDS), str(empty), str(missing), *db_args(neo4j_settings)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip().splitlines() == [
        f"rejected: {empty}: whitespace only",
        f"rejected: {missing}: no such file or directory",
    ]
    assert "Traceback" not in err and "Load summary" in out
    stored = neo4j_driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records
    assert stored[0]["n"] == 1
