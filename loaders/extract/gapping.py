"""Acts told once for a list of actors with the verb left out: "Bolivia withdrew from the
convention in 2007, Ecuador in 2009 and Venezuela in 2012" (each state left it, each in its
own year). Every dated item after the first actor's dated clause repeats that actor's act."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from dipgraph.loaders.extract.clauses import RawFact
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["gapped_actors"]

#: Prepositions of a date that closes an item of the list: "Ecuador in 2009".
_WHEN = frozenset({"in", "on"})


def gapped_actors(sent: Span, res: Resolver, out: list[RawFact]) -> list[RawFact]:
    """Copies of the facts whose state acts first, one for each '<state> in <date>' item
    the sentence lists after that act's own date; each copy is anchored on its item's date
    so it takes that date."""
    doc, dm = sent.doc, res.dm
    found: list[RawFact] = []
    for fact in out:
        if fact.source.kind != "Country" or fact.target.kind not in ("Accord", "Organization"):
            continue  # ("India condemned Pakistan in 2016, China in 2020": China was condemned)
        verb = doc[fact.anchor]
        if any(p.dep_ == "prep" and p.lower_ == "with" for t in (verb, *verb.children)
               for p in t.children):
            continue  # ("signed a trade deal with Chile in 2005, Peru in 2009": partners)
        first = _date_end(doc, verb.i, sent.end)  # "... in 2007"
        if first is None or first >= sent.end or doc[first].text != ",":
            continue
        k = first
        while k < sent.end and doc[k].lower_ in (",", "and"):
            j = dm.owner[k + 1] if k + 1 < sent.end else -1
            if j < 0 or dm.mentions[j].kind != "Country" or dm.mentions[j].start != k + 1:
                break
            at = dm.mentions[j].end
            end = _date_end(doc, at - 1, sent.end, right_after=True)
            if end is None:
                break
            found.append(replace(fact, source=Ref("Country", dm.mentions[j].key), anchor=at,
                                 group=()))
            k = end
    return [f for f in found if f.source != f.target]


def _date_end(doc: Doc, after: int, stop: int, right_after: bool = False) -> int | None:
    """The end of the first '<in/on> <date>' after token ``after`` (right after it when
    ``right_after``), before ``stop``."""
    for k in range(after + 1, stop - 1):
        if doc[k].lower_ in _WHEN and doc[k + 1].ent_type_ == "DATE":
            end = k + 1
            while end < stop and doc[end].ent_type_ == "DATE" and doc[end].text != ",":
                end += 1
            return end
        if right_after or doc[k].text in (",", ";", "."):
            return None
    return None
