"""Suite-wide rules: in CI a skipped test is a failure (a missing Neo4j must not pass)."""

from __future__ import annotations

import os

import pytest


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or not os.environ.get("CI"):
        return
    skipped = reporter.stats.get("skipped", [])
    if skipped and exitstatus == 0:
        reporter.write_line(f"CI: {len(skipped)} test(s) skipped; skips fail the run", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
