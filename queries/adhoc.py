"""Run one user-written Cypher query read-only and return plain, JSON-able rows.

The query runs in a READ transaction, so the server itself refuses CREATE,
MERGE, SET, DELETE and administrative writes; nothing here inspects the text.
The timeout is the server-side transaction timeout, and at most ``limit`` rows
are fetched (one more is peeked to tell whether the result was cut).
"""

from __future__ import annotations

import base64
import json
import math
import time
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import Any

import neo4j
import neo4j.time
from neo4j.exceptions import DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import CartesianPoint, Point, WGS84Point
from pydantic import BaseModel, ConfigDict, Field

from dipgraph.errors import DatabaseError, QueryError

__all__ = ["QueryResult", "parse_params", "plain", "run_read_query"]


class QueryResult(BaseModel):
    """The outcome of one ad-hoc query: column names, plain rows, and whether rows were cut."""

    model_config = ConfigDict(extra="forbid")

    columns: list[str]
    rows: list[dict[str, Any]] = Field(description="one dict per row, keyed by column")
    truncated: bool = Field(description="more rows existed than the limit allowed")
    limit: int = Field(ge=1)
    elapsed_ms: float = Field(ge=0.0)


def _point(value: Point) -> dict[str, Any]:
    out: dict[str, Any] = {"srid": value.srid}
    if isinstance(value, WGS84Point):
        out.update(longitude=value.longitude, latitude=value.latitude)
        if len(value) > 2:
            out["height"] = value.height
    elif isinstance(value, CartesianPoint):
        out.update(x=value.x, y=value.y)
        if len(value) > 2:
            out["z"] = value.z
    else:
        out["coordinates"] = [float(c) for c in value]
    return out


def plain(value: Any) -> Any:
    """A JSON-able form of any value the driver returns.

    Nodes, relationships and paths become dicts; temporal values ISO strings;
    points dicts of coordinates; bytes base64; NaN and infinities the strings
    ``"NaN"``, ``"Infinity"``, ``"-Infinity"`` (JSON has no such numbers).
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    if isinstance(value, Node):
        return {
            "element_id": value.element_id,
            "labels": sorted(value.labels),
            "properties": {k: plain(v) for k, v in value.items()},
        }
    if isinstance(value, Relationship):
        return {
            "element_id": value.element_id,
            "type": value.type,
            "start": value.start_node.element_id if value.start_node is not None else None,
            "end": value.end_node.element_id if value.end_node is not None else None,
            "properties": {k: plain(v) for k, v in value.items()},
        }
    if isinstance(value, Path):
        return {
            "nodes": [plain(n) for n in value.nodes],
            "relationships": [plain(r) for r in value.relationships],
        }
    if isinstance(value, neo4j.time.Duration):
        return value.iso_format()
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime | neo4j.time.Time):
        return value.iso_format()
    if isinstance(value, date | datetime | dtime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, Point):
        return _point(value)
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return str(value)


def _one_line(err: Neo4jError) -> str:
    """``code: first line of the server's message`` (syntax errors add a caret block)."""
    message = (err.message or str(err)).strip()
    first = message.splitlines()[0] if message else "no message"
    return f"{err.code}: {first}" if err.code else first


def run_read_query(
    driver: neo4j.Driver,
    cypher: str,
    params: Mapping[str, Any] | None = None,
    *,
    database: str | None = None,
    limit: int = 1000,
    timeout: float = 30.0,
) -> QueryResult:
    """Run ``cypher`` with ``params`` in a READ transaction; at most ``limit`` rows.

    Writes are refused by the server (access mode READ); a query running longer
    than ``timeout`` seconds is stopped by the server. Every Neo4j error becomes
    a :class:`QueryError` carrying the server's code and one-line message.
    """
    if limit < 1:
        raise QueryError(f"limit must be at least 1, not {limit}")
    if timeout <= 0:
        raise QueryError(f"timeout must be positive, not {timeout}")
    if not cypher.strip():
        raise QueryError("the query is empty")

    def fetch(result: neo4j.Result) -> tuple[list[str], list[dict[str, Any]], bool]:
        keys = list(result.keys())
        records = result.fetch(limit + 1)
        rows = [{k: plain(rec[k]) for k in keys} for rec in records[:limit]]
        return keys, rows, len(records) > limit

    started = time.perf_counter()
    try:
        keys, rows, truncated = driver.execute_query(
            neo4j.Query(cypher, timeout=timeout),
            dict(params or {}),
            routing_=neo4j.RoutingControl.READ,
            database_=database,
            result_transformer_=fetch,
        )
    except Neo4jError as err:
        raise QueryError(_one_line(err)) from err
    except DriverError as err:
        raise DatabaseError(f"query failed: {type(err).__name__}: {err}") from err
    except (TypeError, ValueError) as err:  # parameter values the driver cannot send
        raise QueryError(f"bad parameter: {err}") from err
    elapsed = (time.perf_counter() - started) * 1000.0
    return QueryResult(
        columns=keys, rows=rows, truncated=truncated, limit=limit, elapsed_ms=round(elapsed, 3)
    )


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _parse_value(raw: str) -> Any:
    try:
        return json.loads(raw, parse_constant=_no_constants)
    except ValueError:
        return raw


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """``["k=v", ...]`` to a dict; a value that parses as JSON is that JSON, else the string.

    ``n=3`` gives 3, ``ok=true`` True, ``ids=["a","b"]`` a list, ``s="3"`` the
    string "3", ``name=Wang Yi`` the string. Only the first ``=`` splits.
    """
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise QueryError(f"parameter {pair!r} is not of the form name=value")
        if not name.replace("_", "a").isalnum() or name[0].isdigit():
            raise QueryError(f"parameter name {name!r} is not a valid Cypher parameter name")
        if name in out:
            raise QueryError(f"parameter {name!r} is given twice")
        out[name] = _parse_value(raw)
    return out
