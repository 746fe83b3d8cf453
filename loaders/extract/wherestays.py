"""Stays a 'where' clause tells: "X arrived in Amman from Abu Dhabi, where he held talks
with UAE officials on Monday" (X was in Abu Dhabi), "... from Atlanta, where he toured the
Carter Center".

A person who met, toured or held talks in the place a 'where' clause hangs on was there;
the visit is anchored on the clause's verb, so the clause's own date ('on Monday') dates
it. Other acts ("Gaza, where the war has killed ...") say nothing of a visit, and a stay
in one's own state is no visit (dropped with the other impossible visits).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _mode, _subjects
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["attended_in_rule", "where_stay_rule"]

#: Acts one does where one is: "met", "toured", "held talks", "attended", "addressed",
#: "arrived", "landed".
_ACTS_THERE = frozenset({"meet", "tour", "attend", "address", "inaugurate", "hold", "arrive",
                         "land"})
#: What one holds in person: "held talks", "held a meeting".
_HELD = frozenset({"talk", "talks", "meeting", "meetings", "discussion", "discussions"})


def where_stay_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """A person who met, toured, held talks in or arrived at the place a 'where' clause opens
    on ("in Bishkek, where X arrived on a state visit") visited that place."""
    if v.dep_ != "relcl" or v.lemma_ not in _ACTS_THERE or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in v.children):
        return  # (cheap tests first: this runs on every verb)
    if v.lemma_ == "hold" and not any(c.dep_ == "dobj" and c.lemma_.lower() in _HELD
                                      for c in v.children):
        return  # ("where he holds a seat": no stay)
    if negated(v) or hypothetical(v):
        return
    visitors = [r for r in _subjects(v, res) if r.kind == "Person"]
    _emit(out, R.VISITED, visitors, _venue(v.head, res), v, sent, confidence=0.5)


def attended_in_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X attended the inauguration of Y in Ankara': one who attended an event in a place
    was there (a stay at home is dropped with the other impossible visits)."""
    if v.lemma_ != "attend" or v.pos_ != "VERB" or negated(v) or hypothetical(v) or \
            _mode(v) != "in_person":
        return  # (not "attended the summit in Moscow by video link")
    heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
    places = [r for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" for r in _venue(o, res)]
    visitors = [r for r in _subjects(v, res) if r.kind == "Person"]
    _emit(out, R.VISITED, visitors, places, v, sent, confidence=0.5)


def _venue(o: Token, res: Resolver) -> list[Ref]:
    """The place token ``o`` names: a city (a capital as the city itself, whose state the
    visit adds) or a state."""
    j = res.dm.owner[o.i]
    m = res.dm.mentions[j] if j >= 0 else None
    if m is not None and m.kind == "Country" and m.capital:
        return [Ref("Place", m.text.title() if m.text.isupper() else m.text)]
    return [r for r in res.one(o) if r.kind in ("Place", "Country")]
