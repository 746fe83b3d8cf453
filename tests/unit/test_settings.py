"""Settings resolution: explicit server first, managed server otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipgraph.errors import ConfigError
from dipgraph.settings import cache_dir, resolve_neo4j, server_config


def test_neo4j_uri_selects_the_external_server_as_is() -> None:
    settings = resolve_neo4j(
        {"NEO4J_URI": "neo4j+s://x.databases.neo4j.io", "NEO4J_USER": "u", "NEO4J_PASSWORD": "p"}
    )
    assert settings is not None
    assert (settings.uri, settings.user, settings.password, settings.managed) == (
        "neo4j+s://x.databases.neo4j.io", "u", "p", False,
    )


def test_flags_win_over_environment() -> None:
    settings = resolve_neo4j(
        {"NEO4J_URI": "bolt://env:7687", "NEO4J_PASSWORD": "envpw"}, uri="bolt://flag:7687"
    )
    assert settings is not None and settings.uri == "bolt://flag:7687"
    assert settings.user == "neo4j"


def test_no_uri_means_managed_server() -> None:
    assert resolve_neo4j({}) is None


def test_uri_without_password_is_a_config_error_naming_the_uri() -> None:
    with pytest.raises(ConfigError, match="bolt://db:7687"):
        resolve_neo4j({"NEO4J_URI": "bolt://db:7687"})


def test_password_is_not_in_the_settings_repr() -> None:
    settings = resolve_neo4j({"NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": "s3cr3t-value"})
    assert "s3cr3t-value" not in repr(settings)


def test_cache_dir_follows_xdg_and_override(tmp_path: Path) -> None:
    assert cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "dipgraph"
    assert cache_dir({"DIPGRAPH_CACHE_DIR": str(tmp_path / "c")}) == tmp_path / "c"


def test_server_config_ports_and_paths(tmp_path: Path) -> None:
    config = server_config(
        {"DIPGRAPH_CACHE_DIR": str(tmp_path), "DIPGRAPH_BOLT_PORT": "17000",
         "DIPGRAPH_HTTP_PORT": "17001"}
    )
    assert config.bolt_uri == "bolt://127.0.0.1:17000"
    assert config.browser_url == "http://127.0.0.1:17001/browser/"
    assert config.runtime_dir.parent == tmp_path / "neo4j"
    assert config.home != config.runtime_dir


@pytest.mark.parametrize("value", ["abc", "0", "70000"])
def test_bad_port_is_a_config_error(value: str) -> None:
    with pytest.raises(ConfigError, match="DIPGRAPH_BOLT_PORT"):
        server_config({"DIPGRAPH_BOLT_PORT": value})
