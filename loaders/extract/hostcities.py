"""The state of a host: one who receives guests does so at home.

"Deputy Foreign Minister X hosted her Turkish counterpart in Athens" makes X Greek when
nothing else names X's state: the city of the welcome is the host's.
"""

from __future__ import annotations

from dipgraph.loaders.extract.gazetteer import Gazetteer
from dipgraph.loaders.extract.lexicon import COUNTERPART_WORDS, HOST_VERBS, PERSON_NOUNS
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.owners import city_state

__all__ = ["host_city_state"]


def host_city_state(dm: DocMentions, gaz: Gazetteer, m: Mention) -> str | None:
    """The state of the city where the person named by ``m`` hosted someone ("X received
    Y in Athens"), or None."""
    doc = dm.doc
    subj = next((t for t in doc[m.start : m.end] if t.dep_ == "nsubj"), None)
    if subj is None or subj.head.lemma_ not in HOST_VERBS:
        return None
    verb = subj.head
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    guests += [a for g in guests for a in g.children if a.dep_ == "appos"]
    if not any((dm.owner[g.i] >= 0 and dm.mentions[dm.owner[g.i]].kind == "Person") or
               g.lower_ in PERSON_NOUNS or g.lower_ in COUNTERPART_WORDS for g in guests):
        return None  # a guest is received, not "welcomed the decision in Brussels"
    heads = [verb, *guests]
    # ("hosted her counterpart X in Athens": the parser may hang the city on the guest)
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ != "in":
                continue
            for o in p.children:
                j = dm.owner[o.i] if o.dep_ == "pobj" else -1
                if j < 0:
                    continue
                if (state := city_state(gaz, dm.mentions[j])) is not None:
                    return state
    return None
