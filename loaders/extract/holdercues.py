"""Cues around an office holder's name that say whose official he is: a state's possessive
right before it ("Armenia's Ararat Mirzoyan"), or a visit he makes (a visitor is not
from the host state).
"""

from __future__ import annotations

from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.spans import possessive

__all__ = ["is_visitor", "possessed"]


def possessed(dm: DocMentions, m: Mention, owner: int) -> bool:
    """True for "Armenia's Ararat Mirzoyan": the state's possessive right before the name."""
    om = dm.mentions[owner]
    return om.kind == "Country" and not om.demonym and m.start >= 2 and \
        possessive(dm.doc[m.start - 1]) and om.end == m.start - 1


_VISIT_VERBS = frozenset({"visit", "arrive", "land", "fly", "travel"})


def is_visitor(dm: DocMentions, m: Mention) -> bool:
    """'a state visit to Hanoi by President X' / 'X visited': X is not from the host state."""
    root = dm.doc[m.end - 1]
    head = root.head
    if head.lower_ == "by" and head.head.lemma_ in ("visit", "trip", "tour"):
        return True
    if any(c.dep_ == "relcl" and c.lemma_ in _VISIT_VERBS for c in root.children):
        return True  # "X, who arrived in Kabul on Thursday,"
    return root.dep_ == "nsubj" and head.lemma_ in _VISIT_VERBS
