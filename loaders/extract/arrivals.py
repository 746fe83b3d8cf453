"""Arrivals that name no destination: the story's dateline is where the visitor came.

"REYKJAVIK, Nov 4 - ... Eide, who flew in on Tuesday morning for a one-day visit": a
person who "arrived" or "flew in" for a visit or talks, with no place named, came to the
dateline's state (a visit there, when it is not his own). A person who "came to" a place
named as such visited it. (An arrival in a 'where' clause is wherestays'.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.visits import home_state

__all__ = ["arrival_rule", "came_to_rule"]

#: Verbs of coming to a place: "arrived", "flew in", "landed".
_ARRIVING = frozenset({"arrive", "fly", "land"})
#: What one comes for: "for a one-day visit", "for talks".
_PURPOSES = frozenset({"visit", "trip", "talks", "meeting", "meetings", "tour"})


def came_to_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X, who came to Riga for the day': a person who came to a place named as such (not
    "came to the aid of Ukraine", "came to power") visited it."""
    if v.lemma_ != "come" or negated(v) or hypothetical(v):
        return
    dm = res.dm
    places = [r for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
              for o in c.children if o.dep_ == "pobj" and dm.owner[o.i] >= 0
              and dm.mentions[dm.owner[o.i]].kind in ("Place", "Country")
              for r in res.one(o) if r.kind in ("Place", "Country")]
    if places:
        visitors = [r for r in _subjects(v, res) if r.kind == "Person"]
        _emit(out, R.VISITED, visitors, places, v, sent, confidence=0.5)


def arrival_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """A person who arrived for a visit with no destination named visited the dateline's
    state (not his own)."""
    came_to_rule(v, sent, res, out)
    city = res.dm.body.dateline_city
    if v.lemma_ not in _ARRIVING or city is None or negated(v) or hypothetical(v):
        return
    if v.lemma_ == "fly" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "in"
                                     for c in v.children):
        return  # ("flew in", not "flew to X")
    if any(c.dep_ == "prep" and c.lower_ in ("in", "to", "into", "at", "from")
           for c in v.children) or any(
            (t.ent_type_ in ("GPE", "LOC", "FAC") and t.text.upper() != city.upper()) or
            t.lower_ in ("there", "home", "back") for t in v.subtree):
        return  # (a place or origin named, even under the purpose: "for talks in Muscat")
    if not any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and (o.lemma_ in _PURPOSES or o.lower_ in _PURPOSES)
            for o in c.children)
               for c in v.children):
        return
    gaz = gazetteer()
    state = gaz.place_country(city) or gaz.lookup_country(city)
    if state is None:
        return
    visitors = [r for r in _subjects(v, res) if r.kind == "Person"
                and home_state(r, res) not in (None, state)]
    _emit(out, R.VISITED, visitors, [Ref("Country", state)], v, sent, confidence=0.5)
