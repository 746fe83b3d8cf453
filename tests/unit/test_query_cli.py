"""``dipgraph query`` flag errors and ``dipgraph browser`` serving, without a database."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request

import pytest

from dipgraph.cli import main


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "RETURN 1", "--format", "xml"], "unknown format 'xml'"),
        (["query", "RETURN 1", "--param", "novalue"], "not of the form name=value"),
        (["query", "RETURN 1", "-p", "a=1", "-p", "a=2"], "given twice"),
    ],
)
def test_bad_flags_fail_before_connecting(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")  # would fail if it connected
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_browser_command_serves_assets_and_prints_the_url() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "300"}
    env.pop("NEO4J_URI", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "dipgraph", "browser", "--port", "0",
         "--browser-url", "http://127.0.0.1:17474/browser/"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if "Ctrl-C" in line:
                break
        out = "\n".join(lines)
        open_line = next(ln for ln in lines if ln.startswith("Open:"))
        port = int(open_line.split("localhost%3A", 1)[1].split("%2F", 1)[0])
        assert open_line.split()[1] == (
            "http://127.0.0.1:17474/browser/?cmd=play&arg="
            f"http%3A%2F%2Flocalhost%3A{port}%2Fdipgraph.html"
        )
        assert f":style http://localhost:{port}/style.grass" in out
        assert "Login:  neo4j" in out
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/dipgraph.html", timeout=5) as resp:
            assert resp.headers["Access-Control-Allow-Origin"] == "*"
            assert b'<article class="guide">' in resp.read()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
