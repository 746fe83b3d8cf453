"""The managed Neo4j: start, status, Browser, secrets, loopback only, stop.

Runs a throwaway instance on its own ports and home (sharing the downloaded
runtime), so it proves the first-start path: password generation included.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dipgraph.errors import ServerError
from dipgraph.server.manager import ManagedServer, _pid_alive
from dipgraph.settings import server_config

pytestmark = pytest.mark.integration

BOLT, HTTP = 17787, 17574
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dipgraph", *args],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    root = tmp_path_factory.mktemp("neo4j")
    shared = server_config()
    ManagedServer(shared)  # the shared runtime is installed by `make neo4j-runtime`
    (root / shared.runtime_dir.name).symlink_to(shared.runtime_dir)
    env = {
        **os.environ,
        "DIPGRAPH_NEO4J_DIR": str(root),
        "DIPGRAPH_BOLT_PORT": str(BOLT),
        "DIPGRAPH_HTTP_PORT": str(HTTP),
    }
    env.pop("NEO4J_URI", None)
    started = _cli(env, "neo4j", "start")
    assert started.returncode == 0, started.stderr
    yield env
    _cli(env, "neo4j", "stop")


def test_status_reports_a_ready_server(instance: dict[str, str]) -> None:
    status = _cli(instance, "neo4j", "status")
    assert status.returncode == 0
    assert "ready" in status.stdout and f"bolt://127.0.0.1:{BOLT}" in status.stdout


def test_password_file_is_private_and_never_printed_by_start(instance: dict[str, str]) -> None:
    server = ManagedServer(server_config(instance))
    mode = stat.S_IMODE(server.password_file.stat().st_mode)
    assert mode == 0o600
    password = server.password()
    assert len(password) >= 24
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True)
    assert password not in ps.stdout
    for log in (server.home / "logs").iterdir():
        assert password not in log.read_text(errors="replace"), log
    status = _cli(instance, "neo4j", "status")
    assert password not in status.stdout + status.stderr


def _listen_addresses(port: int) -> set[str]:
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, hexport = local.rsplit(":", 1)
            if state == "0A" and int(hexport, 16) == port:
                found.add(addr)
    return found


def test_server_listens_on_loopback_only(instance: dict[str, str]) -> None:
    for port in (BOLT, HTTP):
        addresses = _listen_addresses(port)
        assert addresses, f"nothing listens on {port}"
        assert addresses <= {"0100007F", "0000000000000000FFFF00000100007F"}, addresses


def test_browser_page_loads_in_headless_chromium(instance: dict[str, str]) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        try:
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{HTTP}/browser/", wait_until="load")
            page.wait_for_selector("text=Connect", timeout=30_000)
            page.screenshot(path=str(ARTIFACTS / "managed-browser.png"))
            assert "Neo4j Browser" in page.title()
        finally:
            browser.close()


def test_port_in_use_is_one_clear_error(instance: dict[str, str], tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**instance, "DIPGRAPH_NEO4J_DIR": str(tmp_path), "DIPGRAPH_BOLT_PORT": str(port)}
        with pytest.raises(ServerError, match=rf"port {port} .* already in use"):
            ManagedServer(server_config(env)).start()
        failed = _cli(env, "neo4j", "start")
        assert failed.returncode == 1
        assert failed.stderr.count("\n") == 1 and "Traceback" not in failed.stderr


def test_stop_ends_the_server_and_status_says_so(instance: dict[str, str]) -> None:
    server = ManagedServer(server_config(instance))
    pid = server.status().pid
    assert pid is not None
    assert _cli(instance, "neo4j", "stop").returncode == 0
    assert not _pid_alive(pid)  # gone, or a zombie awaiting its reaper
    assert _cli(instance, "neo4j", "status").returncode == 3
    restarted = _cli(instance, "neo4j", "start")  # warm start reuses data and password
    assert restarted.returncode == 0, restarted.stderr
    assert server.status().ready
