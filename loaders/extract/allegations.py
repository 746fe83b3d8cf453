"""Accusations told as allegations: "X alleged that Indian agents were behind the murder"
criticises the one whose act the allegation tells (India), as "accused X of" does.

The doer is the agent of the clause the allegation states when it has one ("alleged that
the plot was directed by an Indian official"; not its passive subject, the victim:
"refugees were recruited by X"), else its subject ("Indian agents were linked to the
killing"): an entity, or the state a demonym before the doer's noun names. A negated,
hypothetical or subject-less allegation ("it was alleged") criticises no one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.concern import demonym_state
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["alleged_act", "alleged_rule"]


def _doers(t: Token, res: Resolver) -> list[Ref]:
    """The entities noun ``t`` names, else the state a demonym before it names."""
    named = [r for r in res.many(t) if r.kind in ("Country", "Person", "Organization")]
    return named or [r for c in t.children if c.dep_ == "amod"
                     for r in [demonym_state(c, res)] if r is not None][:1]


def alleged_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X alleged that Y did Z': X criticised Y."""
    if v.lemma_ != "allege" or v.pos_ != "VERB" or v.dep_ in ("amod", "acl") or \
            negated(v) or hypothetical(v):
        return
    accusers = [g for g in _subjects(v, res) if g.kind in ("Person", "Country", "Organization")]
    for clause in (c for c in v.children if c.dep_ == "ccomp"):
        agents = [o for a in clause.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj"]  # (a passive's doer, never its victim)
        doers = [r for s in agents or [s for s in clause.children if s.dep_ in (
            "nsubj", "nsubjpass") and s.lower_ not in ("it", "there")] for r in _doers(s, res)]
        _emit(out, R.CRITICIZED, accusers, [d for d in doers if d not in accusers], v, sent,
              confidence=0.6)


#: Verbs of an allegation whose 'of'/'for' clause tells the act alleged.
_ALLEGE = frozenset({"accuse", "charge", "blame", "suspect", "fault"})


def alleged_act(v: Token) -> bool:
    """'accused Kenya of backing X': the accuser does not back X, and the act is alleged."""
    t = v
    for _ in range(4):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in ("of", "for") and \
                t.head.head.lemma_ in _ALLEGE:
            return True
        if t.dep_ not in ("conj", "pcomp", "pobj", "prep") or t.head == t:
            return False
        t = t.head
    return False
