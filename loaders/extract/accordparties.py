"""Described accords keyed by their parties: 'an agreement on trade' signed by Kenya and
Tanzania is not the 'agreement on trade' of another pair.

Accords are keyed by name across articles, which suits a named one ("the Paris
Agreement") but would merge every pair's "agreement on trade" or "joint declaration"
into one node. A described accord's id therefore carries the states or bodies that
signed or left it (the article, when none is known), and its aliases the name analysts
and the corpus give such accords, 'Kenya-Tanzania agreement on trade'. The article's
wording stays its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dipgraph.graph import ids
from dipgraph.graph.models import Accord, Country, Entity, Fact, Organization, Person
from dipgraph.graph.relations import RelationType as R

__all__ = ["scope_described_accords"]

_PARTY_RELS = (R.SIGNED, R.WITHDREW_FROM)


def _parties(facts: Iterable[Fact], people: dict[str, Person]) -> dict[str, list[str]]:
    """Accord id -> the states and bodies that signed or left it, in the order the article
    names them (a person acts for their country, else for the holder of their office)."""
    out: dict[str, list[str]] = {}
    for fact in facts:
        if fact.rel not in _PARTY_RELS:
            continue
        state: str | None = fact.source
        person = people.get(fact.source)
        if person is not None:
            state = person.country or next((o.org for o in person.offices), None)
        if state is not None and state not in out.setdefault(fact.target, []):
            out[fact.target].append(state)
    return out


def scope_described_accords(entities: list[Entity], facts: list[Fact], described: set[str],
                            article_id: str) -> tuple[list[Entity], list[Fact]]:
    """Give each accord in ``described`` (ids of accords the article names by a
    description) an id scoped by its parties (see :func:`ids.accord_id`) and, with exactly
    two, the aliases 'A-B <wording>' and 'B-A <wording>'; facts follow the new ids. A
    wording that names a state or body of the article ("a ceasefire between Iran and
    Israel") is specific enough to keep its plain id."""
    names = {e.id: e.name for e in entities if isinstance(e, Country | Organization)}
    people = {e.id: e for e in entities if isinstance(e, Person)}
    parties = _parties(facts, people)
    scoped: dict[str, str] = {}
    out: dict[str, Entity] = {}
    pairs: dict[str, str] = {}  # scoped id -> its 'A-B <wording>' alias
    for entity in entities:
        if not isinstance(entity, Accord) or entity.id not in described:
            out[entity.id] = entity
            continue
        if any(re.search(rf"\b{re.escape(n)}\b", entity.name) for n in names.values()):
            out[entity.id] = entity  # "a ceasefire between Iran and Israel" names its parties
            continue
        states = parties.get(entity.id, [])
        new_id = scoped[entity.id] = ids.accord_id(entity.name, states,
                                                   None if states else article_id)
        aliases = list(entity.aliases)
        if len(states) == 2 and all(s in names for s in states):
            first, second = (names[s] for s in states)
            pairs[new_id] = f"{first}-{second} {entity.name}"
            # (either order is how the pair's accord is written: "Chad-France", "France-Chad")
            aliases += [a for a in (pairs[new_id], f"{second}-{first} {entity.name}")
                        if a not in aliases]
        if new_id in out:  # one wording twice, of the same parties: one accord
            aliases = [*out[new_id].aliases, *(a for a in aliases if a not in out[new_id].aliases)]
            entity = out[new_id]
        out[new_id] = entity.model_copy(update={"id": new_id, "aliases": aliases})
    _name_apart(out, pairs)
    moved = [f.model_copy(update={"target": scoped[f.target]}) if f.target in scoped else f
             for f in facts]
    return list(out.values()), moved


def _name_apart(entities: dict[str, Entity], pairs: dict[str, str]) -> None:
    """Two accords of one wording and other parties ('a security pact' of A and B, and
    one of C and D) are named by their pairs, 'A-B security pact', the wording an alias."""
    by_name: dict[str, list[str]] = {}
    for eid, entity in entities.items():
        if isinstance(entity, Accord):
            by_name.setdefault(entity.name, []).append(eid)
    for name, eids in by_name.items():
        if len(eids) < 2:
            continue
        for eid in eids:
            if eid in pairs:
                aliases = [a for a in entities[eid].aliases if a != pairs[eid]] + [name]
                entities[eid] = entities[eid].model_copy(
                    update={"name": pairs[eid], "aliases": aliases})
