"""Offices with one holder per state: a state has one foreign minister and one president,
so a title whose state is unknown (or only guessed from the dateline) belongs to the one
main state of the article whose holder of that office is not already named ('Peruvian
President A' ... 'President B' in a Peru-Canada story: B is Canada's president).
"""

from __future__ import annotations

from dipgraph.loaders.extract.gazetteer import MONARCHIES
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.owners import main_states, office_kind
from dipgraph.loaders.extract.persons import People, PersonInfo

__all__ = ["by_exclusion"]

#: Monarchies with no president (the UAE's federation has one).
_NO_PRESIDENT = MONARCHIES - {"ARE"}


def _held_before(dm: DocMentions, info: PersonInfo) -> bool:
    """'then-President X': an office held at the time told, which leaves the post free
    for whoever holds it now."""
    at = info.office_sentence
    doc = dm.doc
    return at is not None and any(doc[k].lower_ == "then" and doc[k + 1].text == "-"
                                  for k in range(max(0, at - 4), at - 1))


def by_exclusion(dm: DocMentions, people: People) -> None:
    """Give each one-holder title of unknown or guessed state the one main state whose
    holder of that office is not named yet (a monarchy has no president at all)."""
    for info in people.persons.values():
        if (info.title or "").lower() == "president" and info.country in _NO_PRESIDENT:
            info.country, info.office_conf = None, 0.0  # ("President X said Kuwait ...")
    kinds = {k: office_kind(p.title) for k, p in people.persons.items()
             if p.title and p.org is None}
    main: list[str] | None = None
    for key, kind in sorted(kinds.items()):
        info = people.persons[key]
        if kind is None or (info.country is not None and info.office_conf > 0.6):
            continue
        taken = {p.country for k, p in people.persons.items() if k != key and p.country
                 and kinds.get(k) == kind and p.office_conf > 0.6 and not _held_before(dm, p)}
        if main is None:
            main = main_states(dm)
        free = [s for s in main if s not in taken and not (
            kind == "state" and s in _NO_PRESIDENT)]
        if info.country in taken:
            info.country = None
        if info.country is None and len(free) == 1 and len(main) >= 2:
            info.country, info.office_conf = free[0], 0.5
