"""Offices of a bloc the title names by a word for it, not by name, and the seats that
stand for a bloc ("relations with Brussels": the EU when the story names it).

"The bloc's foreign policy chief X" serves the bloc whose seat the dateline names, else
the European Union when the story names it, never the dateline's state; "Commission
President X" serves the European Commission when the story is about the European Union,
and "Trade Commissioner X" the European Union (and its Commission, when the story names it).
"""

from __future__ import annotations

from functools import cache

from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.namewords import BLOC_SEATS
from dipgraph.loaders.extract.spans import possessive

__all__ = ["bloc_office", "commissioner_bodies", "general_body", "seat_blocs", "union_of"]

#: The European Union's own institutions: a story naming one is about the EU.
_EU = frozenset({"European Union", "European Commission", "European Council",
                 "European Parliament"})


def bloc_office(dm: DocMentions, m: Mention, words: list[str], start: int) -> str | None:
    """The body a bloc word in the title left of ``m`` (from token ``start``) stands for:
    '' when it names no one body (the office is then left unread, not the dateline's),
    ``None`` when the title has no bloc word. "The bloc's foreign policy chief X said":
    the bloc whose seat the dateline names, else the EU when the story names it."""
    doc = dm.doc
    named = {om.key for om in dm.mentions if om.kind == "Organization"}
    if words and words[0] == "Commission" and len(words) > 1:
        # "Commission President X", "Commission spokesperson X" (not when another body
        # with a commission is named: "AU Commission Chairperson X ... Commission chief")
        if named & (_unions() - _EU):
            return None
        return "European Commission" if named & _EU or _seat_bloc(dm) else None
    left = doc[max(0, start) : m.start]
    if not any(t.lower_ == "bloc" and t.i + 1 < len(doc) and
               possessive(doc[t.i + 1]) for t in left):
        return None
    return _seat_bloc(dm) or ("European Union" if "European Union" in named else "")


def commissioner_bodies(dm: DocMentions, m: Mention, words: list[str],
                        start: int) -> list[str]:
    """The bodies a commissioner of no state serves: "European Commissioner for Enlargement
    X", or "Trade Commissioner X" with no state in the title in a story that names the
    European Commission (not when it names another union's commission: "AU Commissioner
    X"; never a "High Commissioner", an envoy): the European Union, then its Commission
    when the story names that."""
    lo = max(0, start)  # (a title may open the document)
    european = any(t.text == "European" and t.nbor().lower_ == "commissioner"
                   for t in dm.doc[lo : m.start])
    low = [w.lower() for w in words]
    if not european and ("commissioner" not in low or "high" in low):
        return []
    named = {om.key for om in dm.mentions if om.kind == "Organization"}
    if not european and ("European Commission" not in named or named & (_unions() - _EU) or any(
            j >= 0 and dm.mentions[j].kind == "Country" for j in dm.owner[lo : m.start])):
        return []  # (not "Police Commissioner X" in a story that names only the EU, nor
        # "Irish Data Protection Commissioner Y")
    return ["European Union"] + ["European Commission"] * ("European Commission" in named)


def union_of(dm: DocMentions, body: str) -> str | None:
    """The union whose commission ``body`` is, when the story names that union too: "AU
    Commission chairman X" holds an office of the African Union as well (the European
    Commission's president is not read as the EU's: the press keeps the two apart)."""
    parent = gazetteer().org_parent.get(body)
    if parent is None or body not in _unions() - _EU:
        return None
    return parent if any(om.key == parent for om in dm.mentions) else None


#: Bodies a secretary-general heads, by the gazetteer's names.
_GENERAL_BODIES = frozenset({
    "United Nations", "NATO", "ASEAN", "Arab League", "Organization of American States",
    "Caricom", "OPEC", "Gulf Cooperation Council", "Council of Europe", "OSCE",
    "Shanghai Cooperation Organization", "Collective Security Treaty Organization",
    "Commonwealth of Independent States", "Organization of Islamic Cooperation",
    "Pacific Islands Forum", "Interpol", "Organization of Turkic States"})


def general_body(dm: DocMentions, words: list[str]) -> str | None:
    """The body of a 'Secretary General X' whose title names no owner: the one body the
    story names that a secretary-general heads (NATO, the UN, the Arab League; not the
    African Union, whose Commission a chairperson heads); '' when it names none or several,
    so that no state is guessed for the office; None for another title."""
    if " ".join(words).lower().replace("-", " ").split()[-2:] != ["secretary", "general"]:
        return None
    named = {m.key for m in dm.mentions if m.kind == "Organization" and m.key in _GENERAL_BODIES}
    return next(iter(named)) if len(named) == 1 else ""


@cache
def _unions() -> frozenset[str]:
    """Unions with a commission of their own, and their commissions (the AU's, ECOWAS's)."""
    return frozenset(body for child, parent in gazetteer().org_parent.items()
                     if child.endswith(" Commission") for body in (child, parent))


def _seat_bloc(dm: DocMentions) -> str | None:
    """The bloc whose seat the story's dateline names ("BRUSSELS, May 2 -")."""
    return BLOC_SEATS.get((dm.body.dateline_city or "").title(), (None, None))[0]


def seat_blocs(dm: DocMentions) -> dict[str, str]:
    """Seats that stand for the bloc they host when the story names it and not the host
    state: "accusing Brussels of blackmail" (the EU, not Belgium)."""
    named = {m.key for m in dm.mentions if m.kind == "Organization"}
    hosts = {m.key for m in dm.mentions if m.kind == "Country" and not m.capital}
    return {seat: bloc for seat, (bloc, host) in BLOC_SEATS.items()
            if bloc in named and host not in hosts}
