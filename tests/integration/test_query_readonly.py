"""``dipgraph query`` and :func:`run_read_query` are read-only, bounded and verbatim.

Writes of every kind are refused by the server (READ access mode), through the
library and through the CLI, with one clean error line and an unchanged graph;
the row limit and the server-side timeout hold; hostile text stored through
parameters comes back byte for byte in every output format.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import neo4j
import pytest

from dipgraph.errors import QueryError
from dipgraph.queries.adhoc import run_read_query
from dipgraph.settings import Neo4jSettings

pytestmark = pytest.mark.integration

WRITES = [
    "CREATE (n:Evil {name: 'x'}) RETURN n",
    "MERGE (n:Person {name: 'Wang Yi'}) RETURN n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Person) SET n.name = 'pwned' RETURN n",
    "MATCH (n:Person) REMOVE n:Person RETURN n",
    "CALL db.createLabel('Evil')",
    "CALL db.createProperty('evil')",
    "CREATE INDEX evil FOR (n:Person) ON (n.evil)",
    "CREATE USER eve SET PASSWORD 'eve-password-123' CHANGE NOT REQUIRED",
    "ALTER USER neo4j SET PASSWORD 'eve-password-123'",
    "CALL dbms.security.createUser('eve', 'eve-password-123', false)",
]

# One of each kind through the CLI (each run is a new process, ~1.5 s).
CLI_WRITES = [WRITES[i] for i in (0, 1, 2, 3, 5, 8, 10)]

HOSTILE = [
    "'}) DETACH DELETE n //",
    'quote " and \'single\' and `backtick`',
    "pipe | and \\ backslash",
    "line one\nline two\r\nthree",
    "\x1b[31mred\x1b[0m and [bold]markup[/bold]",
    "\u202eevil RTL override \u2066isolate\u2069",
    "tab\tand nul-free control \x07 bell",
    "=cmd|' /C calc'!A0",
    "王毅 and Пак Чин",
]


@pytest.fixture()
def db(neo4j_driver: neo4j.Driver) -> Iterator[neo4j.Driver]:
    neo4j_driver.execute_query(
        "CREATE (:Entity:Person {id: 'person:wang-yi', name: 'Wang Yi'})"
        "-[:MET_WITH {date: '2023-11-26'}]->(:Entity:Person {id: 'person:park-jin', name: $n})",
        n="Park Jin",
    )
    yield neo4j_driver


def _state(driver: neo4j.Driver) -> dict[str, Any]:
    """Everything a write could change: nodes, relationships, tokens, schema, users."""

    def column(cypher: str, database: str | None = None) -> list[Any]:
        records = driver.execute_query(cypher, database_=database).records
        return sorted(str(r[0]) for r in records)

    return {
        "nodes": column("MATCH (n) RETURN [labels(n), properties(n)]"),
        "rels": column("MATCH ()-[r]->() RETURN [type(r), properties(r)]"),
        "labels": column("CALL db.labels() YIELD label RETURN label"),
        "keys": column("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey"),
        "indexes": column("SHOW INDEXES YIELD name RETURN name"),
        "users": column("SHOW USERS YIELD user RETURN user", "system"),
    }


def _cli(settings: Neo4jSettings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "NEO4J_URI": settings.uri,
        "NEO4J_USER": settings.user,
        "NEO4J_PASSWORD": settings.password,
        "COLUMNS": "200",
    }
    env.pop("NEO4J_DATABASE", None)
    done = subprocess.run(
        [sys.executable, "-m", "dipgraph", "query", *args],
        env=env, capture_output=True, timeout=120, check=False,
    )
    # decoded by hand: text mode would translate the \r\n inside CSV values
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


@pytest.mark.parametrize("cypher", WRITES)
def test_library_refuses_writes_and_leaves_the_graph_unchanged(
    db: neo4j.Driver, cypher: str
) -> None:
    before = _state(db)
    with pytest.raises(QueryError) as caught:
        run_read_query(db, cypher, {})
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("Neo.ClientError."), message
    assert _state(db) == before


def test_cli_refuses_every_write_with_one_error_line(
    db: neo4j.Driver, neo4j_settings: Neo4jSettings
) -> None:
    before = _state(db)
    for cypher in CLI_WRITES:
        done = _cli(neo4j_settings, cypher)
        assert done.returncode == 1, (cypher, done.stdout, done.stderr)
        assert done.stdout == ""
        lines = done.stderr.splitlines()
        assert len(lines) == 1, done.stderr
        assert lines[0].startswith("error: Neo.ClientError."), lines[0]
        assert "Traceback" not in done.stderr
    assert _state(db) == before


def test_write_refusal_names_the_access_mode(db: neo4j.Driver) -> None:
    with pytest.raises(QueryError, match=r"Statement\.AccessMode: Writing in read access mode"):
        run_read_query(db, "CREATE (n:Evil)", {})


def test_reads_return_plain_json_values(db: neo4j.Driver) -> None:
    result = run_read_query(
        db,
        "MATCH p = (a:Person {name: $name})-[r:MET_WITH]->(b) "
        "RETURN a, r, p, b.name AS other, date('2023-11-26') AS day, "
        "datetime('2023-11-26T10:00:00Z') AS at, duration('P1DT2H') AS span, "
        "point({longitude: 129.07, latitude: 35.18}) AS busan, [1, 2.5, null] AS list",
        {"name": "Wang Yi"},
    )
    assert result.columns == ["a", "r", "p", "other", "day", "at", "span", "busan", "list"]
    row = result.rows[0]
    json.dumps(result.model_dump())  # everything is JSON-able
    assert row["a"]["labels"] == ["Entity", "Person"]
    assert row["a"]["properties"] == {"id": "person:wang-yi", "name": "Wang Yi"}
    assert row["r"]["type"] == "MET_WITH" and row["r"]["properties"] == {"date": "2023-11-26"}
    assert row["r"]["start"] == row["a"]["element_id"]
    assert [n["properties"]["name"] for n in row["p"]["nodes"]] == ["Wang Yi", "Park Jin"]
    assert row["other"] == "Park Jin"
    assert row["day"] == "2023-11-26"
    assert row["at"].startswith("2023-11-26T10:00:00")
    assert row["span"] == "P1DT2H"
    assert row["busan"] == {"srid": 4326, "longitude": 129.07, "latitude": 35.18}
    assert row["list"] == [1, 2.5, None]


@pytest.mark.parametrize(("limit", "rows", "truncated"), [(10, 10, True), (50, 50, False),
                                                          (49, 49, True), (1000, 50, False)])
def test_row_limit_stops_fetching_and_says_so(
    db: neo4j.Driver, limit: int, rows: int, truncated: bool
) -> None:
    result = run_read_query(db, "UNWIND range(1, 50) AS i RETURN i", {}, limit=limit)
    assert len(result.rows) == rows
    assert result.truncated is truncated
    assert [r["i"] for r in result.rows] == list(range(1, rows + 1))


def test_cli_limit_reports_truncation_on_stderr(
    db: neo4j.Driver, neo4j_settings: Neo4jSettings
) -> None:
    done = _cli(neo4j_settings, "UNWIND range(1, 20) AS i RETURN i", "--limit", "5", "-f", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["i", "1", "2", "3", "4", "5"]
    assert "--limit 5" in done.stderr and "more rows exist" in done.stderr


def test_server_side_timeout_stops_a_long_query(db: neo4j.Driver) -> None:
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"TransactionTimedOut"):
        run_read_query(
            db, "UNWIND range(1, 1000000000) AS i WITH i WHERE i = -1 RETURN count(*)", {},
            timeout=1.0,
        )
    assert time.monotonic() - started < 20


def test_syntax_error_is_one_line_with_the_server_code(
    db: neo4j.Driver, neo4j_settings: Neo4jSettings
) -> None:
    done = _cli(neo4j_settings, "MATCH (n RETURN n")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("error: Neo.ClientError.Statement.SyntaxError:")


def test_cli_parameters_are_sent_as_parameters(
    db: neo4j.Driver, neo4j_settings: Neo4jSettings
) -> None:
    done = _cli(
        neo4j_settings,
        "MATCH (p:Person) WHERE p.name IN $names RETURN p.name AS name, $n AS n ORDER BY name",
        "-p", 'names=["Wang Yi", "Park Jin"]', "-p", "n=3", "-f", "json",
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["rows"] == [{"name": "Park Jin", "n": 3}, {"name": "Wang Yi", "n": 3}]


def test_hostile_text_round_trips_verbatim(
    db: neo4j.Driver, neo4j_settings: Neo4jSettings
) -> None:
    db.execute_query(
        "UNWIND range(0, size($texts) - 1) AS i CREATE (:Hostile {i: i, text: $texts[i]})",
        texts=HOSTILE,
    )
    query = "MATCH (h:Hostile) RETURN h.text AS text ORDER BY h.i"
    result = run_read_query(db, query, {})
    assert [r["text"] for r in result.rows] == HOSTILE

    as_json = _cli(neo4j_settings, query, "-f", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert [r["text"] for r in json.loads(as_json.stdout)["rows"]] == HOSTILE
    assert "\u202e" not in as_json.stdout and "\x1b" not in as_json.stdout

    as_csv = _cli(neo4j_settings, query, "-f", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    parsed = list(csv.reader(io.StringIO(as_csv.stdout, newline="")))
    assert parsed == [["text"], *([t] for t in HOSTILE)]

    as_md = _cli(neo4j_settings, query, "-f", "md")
    assert as_md.returncode == 0, as_md.stderr
    lines = as_md.stdout.splitlines()
    assert len(lines) == 2 + len(HOSTILE)  # newlines inside values became <br>
    assert all(line.count("|") - line.count("\\|") == 2 for line in lines[2:])
    assert "\x1b" not in as_md.stdout and "\u202e" not in as_md.stdout

    as_table = _cli(neo4j_settings, query)
    assert as_table.returncode == 0, as_table.stderr
    assert "\x1b" not in as_table.stdout and "\u202e" not in as_table.stdout
    assert "[bold]markup[/bold]" in as_table.stdout  # shown, not interpreted
    assert len(run_read_query(db, "MATCH (n) RETURN n", {}).rows) == 2 + len(HOSTILE)
