"""Load named Cypher statements from ``queries/cypher/*.cypher`` (package data).

Every file starts with a header comment (name, description, parameters). Some
write statements are per relationship type, because Neo4j 5.26 plans a MERGE on
a dynamic type (``[r:$(row.rel)]``) as a scan of ALL relationships (measured:
``DirectedAllRelationshipsScan``), while a static type uses the relationship key
index. Those files hold the token ``__REL__``, which :func:`typed_statement`
replaces by a member of the closed :class:`RelationType` enum (or one of the
structural types), never by a user value.

A statement whose header declares ``// columns: a, b, c`` may also be run as one record
(:func:`collected`): the Python driver builds one Record per row, which costs more than
the database's work for a report's few hundred small rows.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from dipgraph.errors import QueryError
from dipgraph.graph.relations import RelationType

__all__ = ["REL_TOKEN", "collected", "columns", "names", "statement", "statements",
           "typed_statement"]

REL_TOKEN = "__REL__"
_PACKAGE = "dipgraph.queries"


def _folder() -> resources.abc.Traversable:
    return resources.files(_PACKAGE).joinpath("cypher")


@functools.cache
def names() -> tuple[str, ...]:
    """Every statement name (the file names without ``.cypher``), sorted."""
    return tuple(
        sorted(p.name[: -len(".cypher")] for p in _folder().iterdir() if p.name.endswith(".cypher"))
    )


@functools.cache
def _raw(name: str) -> str:
    if name not in names():
        raise QueryError(f"unknown statement {name!r}; known: {', '.join(names())}")
    return _folder().joinpath(f"{name}.cypher").read_text(encoding="utf-8")


def _strip(text: str) -> str:
    """The text without its comment-only lines (header and notes)."""
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("//")]
    return "\n".join(lines).strip()


@functools.cache
def statement(name: str) -> str:
    """The Cypher of statement ``name`` (header comments removed; cached: a report runs
    up to a dozen statements)."""
    text = _strip(_raw(name))
    if REL_TOKEN in text:
        raise QueryError(f"statement {name!r} is per relationship type: use typed_statement")
    return text


_COLUMNS = re.compile(r"^//\s*columns:\s*(.+)$", re.MULTILINE)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: What a subquery may not hold: query options, a database switch, batched writes.
_UNWRAPPABLE = re.compile(r"^\s*(CYPHER|EXPLAIN|PROFILE|USE)\b|\bIN\s+TRANSACTIONS\b",
                          re.IGNORECASE)


@functools.cache
def columns(name: str) -> tuple[str, ...]:
    """The result columns statement ``name`` declares in its header (none: not declared)."""
    found = _COLUMNS.search(_raw(name))
    if found is None:
        return ()
    cols = tuple(c.strip() for c in found.group(1).split(","))
    if not all(_IDENT.match(c) for c in cols):
        raise QueryError(f"statement {name!r} declares bad columns: {found.group(1)!r}")
    return cols


@functools.cache
def collected(name: str) -> str:
    """Statement ``name`` returning its rows as one record: a ``rows`` list of maps of its
    declared :func:`columns`, in the order the statement returns them (Neo4j 5.26 keeps a
    subquery's row order into ``collect``; the integration tests compare both forms)."""
    cols = columns(name)
    if not cols:
        raise QueryError(f"statement {name!r} declares no columns")
    text = statement(name)
    if _UNWRAPPABLE.search(text) or text.rstrip().endswith(";"):
        raise QueryError(f"statement {name!r} cannot run inside CALL {{ }}")
    fields = ", ".join(f"{c}: {c}" for c in cols)
    return f"CALL () {{\n{text}\n}}\nRETURN collect({{{fields}}}) AS rows"


def statements(name: str) -> list[str]:
    """A file of several ``;``-separated statements (e.g. the schema), in order."""
    return [s.strip() for s in statement(name).split(";") if s.strip()]


@functools.cache
def typed_statement(name: str, rel: RelationType | str) -> str:
    """Statement ``name`` for relationship type ``rel`` (a RelationType or structural type)."""
    allowed = {r.value for r in RelationType} | {"PARTICIPATED_IN", "HELD_IN"}
    rel_name = rel.value if isinstance(rel, RelationType) else rel
    if rel_name not in allowed:
        raise QueryError(f"{rel_name!r} is not a relationship type of dipgraph")
    text = _strip(_raw(name))
    if REL_TOKEN not in text:
        raise QueryError(f"statement {name!r} is not per relationship type")
    return text.replace(REL_TOKEN, rel_name)
