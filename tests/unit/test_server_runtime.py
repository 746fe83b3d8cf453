"""Java detection and its one-line errors (no server is started here)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dipgraph.errors import ServerError
from dipgraph.server.runtime import _java_major, find_java


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "1.8.0_381"', 8),
        ("garbage", None),
    ],
)
def test_java_major_parses_version_banners(output: str, major: int | None) -> None:
    assert _java_major(output) == major


def _fake_java(tmp_path: Path, banner: str) -> Path:
    home = tmp_path / "jdk"
    (home / "bin").mkdir(parents=True)
    java = home / "bin" / "java"
    java.write_text(f"#!/bin/sh\necho '{banner}' >&2\n")
    java.chmod(java.stat().st_mode | stat.S_IEXEC)
    return home


def test_too_old_java_is_refused_with_what_to_do(tmp_path: Path) -> None:
    home = _fake_java(tmp_path, 'java version "1.8.0_381"')
    with pytest.raises(ServerError, match=r"Java 17 or 21 .* Java 8"):
        find_java({"JAVA_HOME": str(home), "PATH": ""})


def test_missing_java_is_one_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    old = os.environ.get("PATH", "")
    os.environ["PATH"] = str(empty)
    try:
        with pytest.raises(ServerError, match="Java not found"):
            find_java({"PATH": str(empty)})
    finally:
        os.environ["PATH"] = old


def test_supported_java_is_found(tmp_path: Path) -> None:
    home = _fake_java(tmp_path, 'openjdk version "21.0.2" 2024-01-16')
    java = find_java({"JAVA_HOME": str(home)})
    assert java.major == 21 and java.path.startswith(str(home))
