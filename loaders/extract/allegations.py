"""Accusations told as allegations: "X alleged that Indian agents were behind the murder"
criticises the one whose act the allegation tells (India), as "accused X of" does.

The doer is the subject of the clause the allegation states, or its agent ("alleged that
the plot was directed by an Indian official"): an entity, or the state a demonym before
the doer's noun names ("Indian government agents"). A negated, hypothetical or
subject-less allegation ("it was alleged") criticises no one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["alleged_rule"]


def _doers(t: Token, res: Resolver) -> list[Ref]:
    """The entities noun ``t`` names, else the state a demonym before it names."""
    named = [r for r in res.many(t) if r.kind in ("Country", "Person", "Organization")]
    if named:
        return named
    for c in t.children:
        j = res.dm.owner[c.i]
        m = res.dm.mentions[j] if j >= 0 else None
        if c.dep_ == "amod" and m is not None and m.demonym and m.kind == "Country":
            return [Ref("Country", m.key)]
    return []


def alleged_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X alleged that Y did Z': X criticised Y."""
    if v.lemma_ != "allege" or v.pos_ != "VERB" or v.dep_ in ("amod", "acl") or \
            negated(v) or hypothetical(v):
        return
    accusers = [g for g in _subjects(v, res) if g.kind in ("Person", "Country", "Organization")]
    for clause in (c for c in v.children if c.dep_ == "ccomp"):
        doers = [r for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") and
                 s.lower_ not in ("it", "there") for r in _doers(s, res)] or [
            r for a in clause.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj" for r in _doers(o, res)]
        _emit(out, R.CRITICIZED, accusers, [d for d in doers if d not in accusers], v, sent,
              confidence=0.6)
