"""Offices of a bloc the title names by a word for it, not by name.

"The bloc's foreign policy chief X" serves the one bloc the story names, wherever it
names it, never the dateline's state; "Commission President X" serves the European
Commission when the story is about the European Union.
"""

from __future__ import annotations

from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.owners import organ_state

__all__ = ["bloc_office"]

#: Seats whose dateline stands for the bloc they host: "BRUSSELS - The bloc's ...".
_SEAT_BLOCS = {"Brussels": "European Union", "Strasbourg": "European Union"}
_EU = frozenset({"European Union", "European Commission", "European Council",
                 "European Parliament"})


def bloc_office(dm: DocMentions, m: Mention, words: list[str], start: int) -> str | None:
    """The body a bloc word in the title left of ``m`` (from token ``start``) stands for:
    '' when it names no one body (the office is then left unread, not the dateline's),
    ``None`` when the title has no bloc word.

    >>> # "The bloc's foreign policy chief Josep Borrell said ..." -> "European Union"
    """
    doc = dm.doc
    if words and words[0] == "Commission" and len(words) > 1:
        # "Commission President X", "Commission spokesperson X" (not when another union
        # with a commission is named: "AU Commission Chairperson X ... Commission chief")
        named = {om.key for om in dm.mentions if om.kind == "Organization"}
        unions = {body for child, parent in gazetteer().org_parent.items()
                  if child.endswith(" Commission") for body in (child, parent)}
        if named & (unions - _EU):
            return None
        return "European Commission" if named & _EU or _seat_bloc(dm) else None
    left = doc[max(0, start) : m.start]
    if not any(t.lower_ == "bloc" and t.i + 1 < len(doc) and
               doc[t.i + 1].text in ("'s", "\u2019s") for t in left):
        return None
    bodies = {om.key for om in dm.mentions if om.kind == "Organization" and
              organ_state(om) is None and not om.text.islower()}
    if len(bodies) == 1:
        return next(iter(bodies))
    seat = _seat_bloc(dm)
    return seat if seat in bodies or (seat and not bodies) else ""


def _seat_bloc(dm: DocMentions) -> str | None:
    """The bloc whose seat the story's dateline names ("BRUSSELS, May 2 -")."""
    return _SEAT_BLOCS.get((dm.body.dateline_city or "").title())
