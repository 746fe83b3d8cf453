"""Whose official a bare title is, from the scene rather than the title: a visitor's
state is not the one he goes to ('Ruritania and Freedonia agreed ... during a state
visit to Strelsau by President X').
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.gazetteer import Gazetteer
from dipgraph.loaders.extract.mentions import DocMentions, Mention

__all__ = ["story_pair", "visitor_state"]


def story_pair(dm: DocMentions) -> list[str]:
    """The article's two most-mentioned states, most-mentioned first, when they clearly
    lead the rest (the second has three mentions or more, and at least twice the third's)."""
    counts: dict[str, int] = {}
    for m in dm.mentions:
        if m.kind == "Country":
            counts[m.key] = counts.get(m.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2 or ranked[1][1] < 3 or (
            len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]):
        return []
    return [ranked[0][0], ranked[1][0]]


def visitor_state(dm: DocMentions, gaz: Gazetteer, m: Mention) -> str | None:
    """'Ruritania and Freedonia agreed ... during a state visit to Strelsau by President
    X': a visitor named in a 'visit ... by' phrase holds the bare title of the one state
    named as a co-subject with the host of the visit."""
    doc = dm.doc
    root = doc[m.end - 1]
    if not (root.dep_ == "pobj" and root.head.lower_ == "by" and
            root.head.head.lemma_ in ("visit", "trip", "tour")):
        return None
    visit = root.head.head
    host: str | None = None
    for p in visit.children:  # "a visit to Hanoi"
        if p.dep_ == "prep" and p.lower_ in ("to", "in"):
            for o in p.children:
                j = dm.owner[o.i]
                if o.dep_ == "pobj" and j >= 0:
                    other = dm.mentions[j]
                    host = gaz.place_country(other.key) if other.kind == "Place" else \
                        other.key if other.kind == "Country" else None
    if host is None:
        return None
    subjects = _co_subjects(doc[m.start].sent.root, dm)
    rest = [s for s in subjects if s != host]
    return rest[0] if host in subjects and len(rest) == 1 else None


def _co_subjects(verb: Token, dm: DocMentions) -> list[str]:
    """The states named (not by demonym) as the subjects of ``verb``: 'A and B agreed'."""
    out: list[str] = []
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for t in (c, *(t for t in c.subtree if t.dep_ == "conj")):
            j = dm.owner[t.i]
            if j >= 0 and dm.mentions[j].kind == "Country" and not dm.mentions[j].demonym \
                    and dm.mentions[j].key not in out:
                out.append(dm.mentions[j].key)
    return out
