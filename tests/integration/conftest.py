"""The real Neo4j for integration tests, emptied before each test.

Resolution: ``NEO4J_URI`` (+ ``NEO4J_USER``/``NEO4J_PASSWORD``) if set; else a
Neo4j testcontainer when a Docker engine answers; else dipgraph's managed local
server on test ports (17687/17474, overridable by ``DIPGRAPH_TEST_BOLT_PORT`` and
``DIPGRAPH_TEST_HTTP_PORT``), started if needed. A missing server fails the run.
"""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest

from dipgraph.settings import Neo4jSettings
from tests.integration._server import test_server_settings


@pytest.fixture(scope="session")
def neo4j_settings() -> Iterator[Neo4jSettings]:
    with test_server_settings() as settings:
        yield settings


@pytest.fixture(scope="session")
def _session_driver(neo4j_settings: Neo4jSettings) -> Iterator[neo4j.Driver]:
    driver = neo4j.GraphDatabase.driver(
        neo4j_settings.uri, auth=(neo4j_settings.user, neo4j_settings.password)
    )
    driver.verify_connectivity()
    yield driver
    driver.close()


def _empty(driver: neo4j.Driver) -> None:
    with driver.session() as session:  # CALL IN TRANSACTIONS needs an implicit transaction
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    for record in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        driver.execute_query("DROP CONSTRAINT $name", name=record["name"])
    for record in driver.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
    ).records:
        driver.execute_query("DROP INDEX $name", name=record["name"])


@pytest.fixture()
def neo4j_driver(_session_driver: neo4j.Driver) -> neo4j.Driver:
    """A driver on an empty database: no nodes, no constraints, no indexes."""
    _empty(_session_driver)
    return _session_driver
