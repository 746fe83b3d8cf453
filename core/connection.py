"""Open a ``neo4j.Driver`` from resolved settings: an external server or the managed one.

This is the only module that turns settings into a live driver; the graph layer
takes the driver from its caller and never reads settings itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping

import neo4j
from neo4j.exceptions import AuthError, ServiceUnavailable

from dipgraph.errors import DatabaseError
from dipgraph.settings import Neo4jSettings, resolve_neo4j

__all__ = ["connect", "open_driver"]


def open_driver(settings: Neo4jSettings) -> neo4j.Driver:
    """A verified driver for ``settings``; errors name the URI, never the password."""
    driver = neo4j.GraphDatabase.driver(
        settings.uri,
        auth=(settings.user, settings.password),
        notifications_min_severity="OFF",  # server hints are not user-facing output
        max_transaction_retry_time=15.0,  # bounded backoff for transient errors
    )
    try:
        driver.verify_connectivity()
    except AuthError as err:
        driver.close()
        raise DatabaseError(
            f"Neo4j at {settings.uri} refused the credentials of user {settings.user!r}"
        ) from err
    except (ServiceUnavailable, OSError) as err:
        driver.close()
        raise DatabaseError(f"Neo4j at {settings.uri} is unreachable") from err
    except neo4j.exceptions.Neo4jError as err:
        driver.close()
        raise DatabaseError(f"Neo4j at {settings.uri} failed: {err.code}") from err
    return driver


@contextlib.contextmanager
def connect(
    env: Mapping[str, str] | None = None,
    *,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    start: bool = True,
) -> Iterator[tuple[neo4j.Driver, Neo4jSettings]]:
    """Yield a driver and the settings it was opened with, closing it afterwards.

    An explicit URI (flags or ``NEO4J_URI``) is used as is; otherwise the managed
    local server, started first when ``start`` is true and it is not running.
    """
    settings = resolve_neo4j(env, uri=uri, user=user, password=password, database=database)
    if settings is None:
        from dipgraph.server.manager import managed_settings

        settings = managed_settings(env, start=start)
    driver = open_driver(settings)
    try:
        yield driver, settings
    finally:
        driver.close()
