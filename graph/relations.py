"""The closed set of fact types, their direction and their CAMEO codes.

This table is the one mapping from dipgraph relations to the CAMEO event
vocabulary used by GDELT and ICEWS. ``cameo`` is the code a fact of that type
gets by default (the root or the most typical specific code); ``cameo_codes``
lists every code the type may stand for; ``quad`` is the CAMEO quad class
(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict; 0 for structural facts with no CAMEO event) and ``goldstein`` the
Goldstein-scale weight of the default code, used for cooperation/conflict
balances.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["RELATIONS", "RelationInfo", "RelationType", "relation_info"]


class RelationType(StrEnum):
    """A fact's type; the value is also its Neo4j relationship type."""

    HOLDS_OFFICE = "HOLDS_OFFICE"
    MET_WITH = "MET_WITH"
    VISITED = "VISITED"
    REQUESTED = "REQUESTED"
    AGREED = "AGREED"
    PLEDGED = "PLEDGED"
    SUPPORTED = "SUPPORTED"
    EXPRESSED_CONCERN = "EXPRESSED_CONCERN"
    WARNED = "WARNED"
    CRITICIZED = "CRITICIZED"
    SIGNED = "SIGNED"
    WITHDREW_FROM = "WITHDREW_FROM"
    ALLY_OF = "ALLY_OF"


@dataclass(frozen=True)
class RelationInfo:
    """What a relation type means: direction, CAMEO codes, conflict weight."""

    rel: RelationType
    symmetric: bool
    source_types: tuple[str, ...]
    target_types: tuple[str, ...]
    cameo: str | None
    cameo_codes: tuple[str, ...]
    quad: int
    goldstein: float
    description: str


_P, _C, _O, _A, _PL = "Person", "Country", "Organization", "Accord", "Place"
_ACTORS = (_P, _C, _O)

RELATIONS: dict[RelationType, RelationInfo] = {
    info.rel: info
    for info in (
        RelationInfo(RelationType.HOLDS_OFFICE, False, (_P,), (_C, _O), None, (), 0, 0.0,
                     "person holds an office of a country or organization"),
        RelationInfo(RelationType.MET_WITH, True, (_P,), (_P,), "040",
                     ("040", "042", "043", "044"), 1, 1.0,
                     "consult: met, held talks, phoned (042 visit, 043 host, 044 third place)"),
        RelationInfo(RelationType.VISITED, False, (_P, _C), (_C, _PL), "042", ("042",), 1, 1.9,
                     "make a visit"),
        RelationInfo(RelationType.REQUESTED, False, _ACTORS, _ACTORS, "020",
                     ("020", "021", "022", "023", "024", "025", "026", "027", "028"), 1, 3.0,
                     "make an appeal or request"),
        RelationInfo(RelationType.AGREED, True, _ACTORS, _ACTORS, "030",
                     ("030", "031", "032", "033", "034", "035", "036", "057"), 1, 4.0,
                     "express intent to cooperate / agree (057 sign formal agreement)"),
        RelationInfo(RelationType.PLEDGED, False, _ACTORS, _ACTORS, "030",
                     ("030", "031", "032", "033"), 1, 4.0,
                     "express intent to cooperate: assured, promised, pledged"),
        RelationInfo(RelationType.SUPPORTED, False, _ACTORS, _ACTORS, "051", ("050", "051"), 1,
                     3.4, "engage in diplomatic cooperation: praise or endorse"),
        RelationInfo(RelationType.EXPRESSED_CONCERN, False, _ACTORS,
                     (_P, _C, _O, _A, _PL), "112", ("110", "111", "112"), 3, -2.0,
                     "disapprove: voice concern or worry"),
        RelationInfo(RelationType.WARNED, False, _ACTORS, _ACTORS, "130",
                     ("130", "131", "132", "133", "137", "138", "139"), 3, -4.4, "threaten, warn"),
        RelationInfo(RelationType.CRITICIZED, False, _ACTORS, _ACTORS, "111",
                     ("110", "111", "112", "120", "125", "128"), 3, -2.0,
                     "disapprove: condemn, criticise, denounce, accuse, protest"),
        RelationInfo(RelationType.SIGNED, False, _ACTORS, (_A,), "057", ("057",), 2, 8.0,
                     "sign formal agreement"),
        RelationInfo(RelationType.WITHDREW_FROM, False, _ACTORS, (_A,), "161",
                     ("160", "161", "163", "166"), 4, -4.0,
                     "reduce relations: scrap, withdraw from, suspend an accord"),
        RelationInfo(RelationType.ALLY_OF, True, (_C,), (_C,), None, (), 0, 0.0,
                     "standing alliance between two states"),
    )
}


def relation_info(rel: RelationType | str) -> RelationInfo:
    """The table row of ``rel`` (a :class:`RelationType` or its name)."""
    return RELATIONS[RelationType(rel)]
