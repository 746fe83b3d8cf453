"""The shapes of canned reports: declared parameters, sections of rows, a drawn graph.

A :class:`Report` is plain data (pydantic, JSON-able): every renderer (table, md,
json, csv, html) and every caller of the Python API reads the same object.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from dipgraph.errors import QueryError

__all__ = [
    "DrawnEdge",
    "DrawnGraph",
    "DrawnNode",
    "ParamSpec",
    "ParamType",
    "Report",
    "ReportSpec",
    "Scalar",
    "Section",
]

#: A cell of a report row.
Scalar = str | int | float | bool | None
ParamType = Literal["str", "int"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ParamSpec(_Model):
    """One declared parameter of a report; positional CLI arguments map to them in order."""

    name: str
    type: ParamType = "str"
    required: bool = False
    default: str | int | None = None
    help: str = ""


class ReportSpec(_Model):
    """A canned report as listed by ``dipgraph reports``."""

    name: str
    description: str
    params: list[ParamSpec] = Field(default_factory=list)
    statements: list[str] = Field(default_factory=list, description="Cypher files it runs")


class Section(_Model):
    """A titled table of rows; ``columns`` gives the order, rows map column -> cell."""

    name: str
    title: str
    description: str = ""
    columns: list[str]
    rows: list[dict[str, Scalar]] = Field(default_factory=list)


class DrawnNode(_Model):
    """A node of the drawn network, placed by a seeded layout in [0, 1] x [0, 1]."""

    id: str
    name: str
    type: str
    x: float
    y: float
    weight: float = 1.0
    highlight: bool = False


class DrawnEdge(_Model):
    """An edge of the drawn network: ``label`` lists its relation types, ``weight`` its facts."""

    source: str
    target: str
    label: str
    weight: float = 1.0
    tone: Literal["coop", "conflict", "neutral"] = "neutral"


class DrawnGraph(_Model):
    """The network picture of a report (ego network, dyad, top actors)."""

    title: str
    nodes: list[DrawnNode] = Field(default_factory=list)
    edges: list[DrawnEdge] = Field(default_factory=list)


class Report(_Model):
    """What a canned report found: resolved parameters, notes, sections, picture."""

    name: str
    title: str
    params: dict[str, Scalar] = Field(default_factory=dict)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    notes: list[str] = Field(default_factory=list, description="how figures are computed")
    sections: list[Section] = Field(default_factory=list)
    graph: DrawnGraph | None = None

    def section(self, name: str) -> Section:
        """The section called ``name``; QueryError names the ones that exist."""
        for sec in self.sections:
            if sec.name == name:
                return sec
        known = ", ".join(s.name for s in self.sections)
        raise QueryError(f"report {self.name!r} has no section {name!r}; sections: {known}")

    def to_dataframe(self, section: str) -> Any:
        """The rows of ``section`` as a ``pandas.DataFrame`` (needs the ``pandas`` extra)."""
        try:
            pd = importlib.import_module("pandas")
        except ImportError as err:
            raise QueryError(
                "Report.to_dataframe needs pandas: pip install 'dipgraph[pandas]'"
            ) from err
        sec = self.section(section)
        return pd.DataFrame(sec.rows, columns=sec.columns)
