"""Constraints and indexes of the graph (see SCHEMA.md), applied idempotently."""

from __future__ import annotations

import neo4j
from neo4j.exceptions import Neo4jError
from pydantic import BaseModel, ConfigDict

from dipgraph.errors import DatabaseError
from dipgraph.queries.registry import statement, statements

__all__ = ["NODE_LABELS", "SchemaState", "apply_schema", "schema_state"]

#: Every node label; ``Entity`` is shared by all entity nodes (not by Article, Evidence).
NODE_LABELS = (
    "Entity", "Person", "Country", "Organization", "Accord", "Place", "Event", "Article",
    "Evidence",
)


_ALREADY_THERE = frozenset({
    "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
    "Neo.ClientError.Schema.ConstraintAlreadyExists",
    "Neo.ClientError.Schema.IndexAlreadyExists",
})


class SchemaState(BaseModel):
    """The names of the constraints and (non-lookup) indexes in the database."""

    model_config = ConfigDict(extra="forbid")

    constraints: list[str]
    indexes: list[str]


def schema_state(driver: neo4j.Driver, *, database: str | None = None) -> SchemaState:
    """What the database holds now (sorted names)."""
    try:
        cons = driver.execute_query(
            statement("schema_constraints"), database_=database
        )
        idx = driver.execute_query(
            statement("schema_indexes"), database_=database
        )
    except Neo4jError as err:
        raise DatabaseError(f"cannot read the schema: {err.code}") from err
    return SchemaState(
        constraints=sorted(r["name"] for r in cons.records),
        indexes=sorted(r["name"] for r in idx.records),
    )


def apply_schema(driver: neo4j.Driver, *, database: str | None = None) -> SchemaState:
    """Create every constraint and index that is missing (``IF NOT EXISTS``); a no-op twice."""
    for ddl in statements("schema"):
        try:
            driver.execute_query(ddl, database_=database)
        except Neo4jError as err:
            # Another loader created the same rule between our check and our
            # CREATE (IF NOT EXISTS is not atomic across sessions): the state we
            # want exists, so this is success.
            if err.code in _ALREADY_THERE:
                continue
            raise DatabaseError(f"cannot apply the schema: {err.code}: {err.message}") from err
    return schema_state(driver, database=database)
