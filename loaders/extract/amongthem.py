"""Travellers a group subject names after 'among them': "Only a handful of heads of state
travelled to Baghdad, among them Qatar's emir, Sheikh Tamim" (the emir went to Baghdad).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _pobjs
from dipgraph.loaders.extract.gatherings import people_run
from dipgraph.loaders.extract.lexicon import PHRASAL_RELATIONS
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["among_them_rule"]


def among_them_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """A travel verb ('travelled to', 'flew to', 'arrived in') with 'among them' after its
    place: each person named there made the trip."""
    among = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "among" and any(
        o.dep_ == "pobj" and o.lower_ == "them" for o in c.children)), None)
    if among is None:
        return  # (cheap test first: this runs on every verb)
    preps = [p.lower_ for p in v.children if p.dep_ == "prep" and
             PHRASAL_RELATIONS.get((v.lemma_, p.lower_)) == R.VISITED]
    if not preps or negated(v) or hypothetical(v):
        return
    travellers = people_run(v.doc, among.i + 2, sent.end, res, frozenset())  # (titles, states,
    # honorifics and commas pass: 'Qatar's emir, Sheikh X')
    places = [r for r in _pobjs(v, tuple(preps), res) if r.kind in ("Place", "Country")]
    _emit(out, R.VISITED, travellers, places, v, sent, confidence=0.5)
