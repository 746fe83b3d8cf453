"""Bind report parameters: CLI positionals and ``k=v`` options, Python dicts, date bounds.

Pure functions; every mistake is a :class:`~dipgraph.errors.QueryError` that names
the parameter and the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from dipgraph.errors import QueryError
from dipgraph.graph.models import partial_date_bounds
from dipgraph.queries.report_models import ReportSpec

__all__ = [
    "DEFAULT_LIMIT",
    "OVERVIEW_LIMIT",
    "bind_cli_args",
    "coerce_params",
    "page_limit",
    "parse_date_bound",
    "showing",
]

ParamValue = str | int | None
#: Rows per fact list unless the caller passes ``limit``.
DEFAULT_LIMIT = 100
#: Rows per list in the overview reports (bilateral, person), which show several lists
#: next to counts that cover every fact: a first page to read; ``limit`` asks for more.
OVERVIEW_LIMIT = 25


def page_limit(params: Mapping[str, object], default: int = DEFAULT_LIMIT) -> int:
    """The ``limit`` parameter (rows per paged list), ``default`` when unset; below 1 is an
    error."""
    value = params.get("limit")
    limit = default if value is None else int(str(value))
    if limit < 1:
        raise QueryError(f"'limit' must be at least 1, got {limit}")
    return limit


def showing(shown: int, total: int, what: str, order: str = "newest first") -> str:
    """A paged section's description: ``showing 100 of 1,234 meetings, newest first``."""
    return f"showing {shown:,} of {total:,} {what}" + (f", {order}" if order else "")


def _convert(spec: ReportSpec, name: str, value: object) -> ParamValue:
    decl = next(p for p in spec.params if p.name == name)
    if value is None:
        return None
    if decl.type == "int":
        if isinstance(value, bool):
            raise QueryError(f"report {spec.name!r}: parameter {name!r} must be an integer")
        try:
            return int(str(value).strip())
        except ValueError as err:
            raise QueryError(
                f"report {spec.name!r}: parameter {name!r} must be an integer, got {value!r}"
            ) from err
    text = str(value).strip()
    return text or None


def coerce_params(spec: ReportSpec, params: Mapping[str, object]) -> dict[str, ParamValue]:
    """Every declared parameter, typed, with defaults filled; unknown or missing is an error."""
    declared = [p.name for p in spec.params]
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise QueryError(
            f"report {spec.name!r} has no parameter {', '.join(map(repr, unknown))}; "
            f"parameters: {', '.join(declared) or 'none'}"
        )
    out: dict[str, ParamValue] = {}
    for decl in spec.params:
        value = _convert(spec, decl.name, params.get(decl.name, decl.default))
        if value is None and decl.required:
            raise QueryError(f"report {spec.name!r} needs parameter {decl.name!r} ({decl.help})")
        out[decl.name] = value
    return out


def bind_cli_args(
    spec: ReportSpec, positional: Sequence[str], options: Sequence[str]
) -> dict[str, str]:
    """Map positional arguments to the declared parameters in order, then ``k=v`` options.

    ``dipgraph report bilateral "South Korea" China`` binds a='South Korea', b='China'.
    A parameter given twice (positionally and as an option, or as two options) is an error.
    """
    names = [p.name for p in spec.params]
    if len(positional) > len(names):
        raise QueryError(
            f"report {spec.name!r} takes at most {len(names)} positional argument(s) "
            f"({', '.join(names) or 'none'}), got {len(positional)}"
        )
    bound = dict(zip(names, positional, strict=False))
    for item in options:
        key, sep, value = item.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or not key:
            raise QueryError(f"--param expects key=value, got {item!r}")
        if key in bound:
            raise QueryError(f"report {spec.name!r}: parameter {key!r} given twice")
        bound[key] = value
    return bound


def parse_date_bound(value: str | dt.date | None, *, end: bool) -> dt.date | None:
    """A window bound from ``2023``, ``2023-07`` or ``2023-07-14``.

    A start bound takes the first day of a partial date, an end bound its last day, so
    ``--from 2023 --to 2023`` covers the whole year.
    """
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        first, last = partial_date_bounds(text)
    except ValueError as err:
        raise QueryError(
            f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from err
    return last if end else first
