"""Meetings told by what was done during or after them: "During the meeting, X told Y",
"In a phone call, X told Y", "A and B announced the truce after six hours of talks": the
actors of the clause (or the one actor and whom he addressed) met."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _mode, _pairwise, _place, _subjects
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["acted_during"]


def acted_during(n: Token, prep: Token, joint: bool, sent: Span, res: Resolver,
                 out: list[RawFact]) -> None:
    """``n``, a meeting noun (or the span it is counted in), is the object of ``prep``:
    'after', 'during' or 'at' it, or 'in' it when it is a meeting or a phone call (not "in
    a call for calm", nor "X and Y did not meet during the summit")."""
    if not (prep.lower_ in ("after", "during", "at") or (prep.lower_ == "in" and (
            n.lower_ != "call" or any(c.lower_ in ("phone", "telephone", "video")
                                      for c in n.children)))):
        return
    act = prep.head
    if joint and act.dep_ == "acl" and act.head.dep_ == "dobj":
        act = act.head.head  # "invited Y to visit X during the joint briefing"
    while act.dep_ in ("pcomp", "xcomp") and act.head != act:
        # "X urged Y to refrain from attacking Z during a phone call": the urging
        act = act.head.head if act.head.pos_ == "ADP" else act.head
    if negated(act) or hypothetical(act):
        return
    group = [r for r in _subjects(act, res) if r.kind == "Person"]
    if len(group) == 1:  # "During the meeting, X told Y that ...", "X extended an
        # invitation to Y during the talks / the joint briefing" (any meeting noun)
        objs = [c for c in act.children if c.dep_ in ("dobj", "dative")]
        objs += [o for c in objs for p in c.children if p.dep_ == "prep" and
                 p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        group += [r for c in objs for r in res.many(c)
                  if r.kind == "Person" and r not in group]
    if len(group) >= 2:
        _pairwise(out, R.MET_WITH, group, n, sent, place=_place(n, res), mode=_mode(n),
                  confidence=0.6)
