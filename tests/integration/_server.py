"""Find or start the Neo4j server integration tests run against.

Order: ``NEO4J_URI`` if set; else a testcontainers ``Neo4jContainer`` when a
Docker engine answers ``ping``; else dipgraph's managed server on test ports, so
that tests never empty the user's own managed database.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Iterator

from dipgraph.server.manager import ManagedServer
from dipgraph.settings import Neo4jSettings, resolve_neo4j, server_config

TEST_BOLT_PORT = int(os.environ.get("DIPGRAPH_TEST_BOLT_PORT", "17687"))
TEST_HTTP_PORT = int(os.environ.get("DIPGRAPH_TEST_HTTP_PORT", "17474"))


def docker_answers() -> bool:
    """True only when a Docker engine answers (not merely a docker client on PATH)."""
    try:
        import docker

        client = docker.from_env(timeout=3)
        return bool(client.ping())
    except Exception:
        return False


def test_server() -> ManagedServer:
    """The managed instance reserved for tests (its own ports and data)."""
    config = dataclasses.replace(
        server_config(), bolt_port=TEST_BOLT_PORT, http_port=TEST_HTTP_PORT
    )
    return ManagedServer(config)


@contextlib.contextmanager
def test_server_settings() -> Iterator[Neo4jSettings]:
    external = resolve_neo4j(os.environ)
    if external is not None:
        yield external
        return
    if docker_answers():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer("neo4j:5.26-community") as container:
            yield Neo4jSettings(
                uri=container.get_connection_url(),
                user="neo4j",
                password=container.password,
            )
        return
    server = test_server()
    was_running = server.status().running
    server.start()
    try:
        yield server.settings()
    finally:
        if not was_running and not os.environ.get("DIPGRAPH_TEST_KEEP_SERVER"):
            server.stop()
