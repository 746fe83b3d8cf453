"""Secrets and exposure, without a database: docker-compose binds to loopback and ships
no password; hostile paths and values are printed, never parsed as console markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dipgraph.cli import main

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"


def _compose() -> str:
    # pyyaml is not a dependency; these checks read the few lines they need.
    return COMPOSE.read_text(encoding="utf-8")


def test_compose_publishes_ports_on_loopback_only() -> None:
    mappings = re.findall(r'^\s*-\s*"?((?:[\d.]+:)?\d+(?::\d+)?)"?\s*$', _compose(), re.M)
    assert len(mappings) == 2, mappings  # Browser and Bolt
    for mapping in mappings:
        assert mapping.startswith("127.0.0.1:") and mapping.count(":") == 2, mapping


def test_compose_requires_a_password_and_ships_no_default() -> None:
    text = _compose()
    (auth,) = re.findall(r"^\s*NEO4J_AUTH:\s*(.+)$", text, re.M)
    assert re.fullmatch(r'"neo4j/\$\{NEO4J_PASSWORD:\?[^}]*\}"', auth.strip()), auth
    assert "NEO4J_PASSWORD:-" not in text and "NEO4J_PASSWORD-" not in text  # no fallback
    assert "neo4j/neo4j" not in text and "NEO4J_AUTH: none" not in text.replace('"', "")
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    (value,) = re.findall(r"^NEO4J_PASSWORD=(.*)$", example, re.M)
    assert value.strip() == ""


def test_compose_healthcheck_keeps_the_password_off_command_lines() -> None:
    (check,) = re.findall(r"^\s*test:\s*(.+)$", _compose(), re.M)
    assert not re.search(r"(^|\s)(-p|--password)(\s|=)", check), check


def test_rejected_path_with_markup_is_printed_verbatim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "["
    folder.mkdir()
    bad = folder / "red].txt"  # its path reads .../[/red].txt
    bad.write_bytes(b"")
    code = main(["extract", str(bad)])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == f"rejected: {tmp_path}/[/red].txt: empty file"


def test_error_message_with_markup_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["extract", "/nonexistent", "--published", "[/red]"])
    _, err = capsys.readouterr()
    assert code == 1 and err.strip() == "error: --published '[/red]' is not a date (YYYY-MM-DD)"
