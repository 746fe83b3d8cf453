"""A demand reported as what another must do: "Cavusoglu said Sweden and Finland must stop
supporting terrorist groups", "Singh said the Chinese side should work with India". The
speaker, a state or an official, asks the other to act, as "urged" says; not his own side
("X said Turkey must act"), not a pronoun the clause leaves open, not a passive ("Iran must
not be allowed"), not a judgement ("Ukraine must be behind it").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.lexicon import REPORTING_VERBS, words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["demand_rule"]

#: Verbs that report what another must do: "said", "insisted", "reiterated".
_REPORTS = REPORTING_VERBS | words("reiterate repeat insist stress underline emphasise emphasize")
_ACTORS = ("Country", "Person", "Organization")
#: Heads of a "must" that judge or describe, not demand: "Ukraine must be behind it", "they
#: must have known", "the region should remain calm".
_STATIVE = words("be seem have know become remain")


def _official(ref: Ref, res: Resolver) -> bool:
    info = res.people.persons.get(ref.key)
    return info is not None and (info.country is not None or info.org is not None)


def _own_sides(ref: Ref, res: Resolver) -> set[str]:
    """The state and body a speaker acts for (a chair's bloc too: "the bloc must")."""
    info = res.people.persons.get(ref.key) if ref.kind == "Person" else None
    return {k for k in (ref.key, res.people.state_of(ref), info.org if info else None) if k}


def demand_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X said Y must/should do Z': X asked Y to do Z."""
    if tok.lemma_ not in _REPORTS or negated(tok) or hypothetical(tok):
        return
    musts = [c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ not in _STATIVE and any(
        a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.children) and not any(
        x.dep_ in ("nsubjpass", "auxpass") or (x.dep_ == "aux" and x.lemma_ == "have")
        for x in c.children)]  # (not "should have been": a reproach of the past)
    if not musts:
        return
    speakers = [r for r in _subjects(tok, res) if r.kind == "Country" or (
        r.kind == "Person" and _official(r, res))]  # (not an analyst's "must")
    own = {k for r in speakers for k in _own_sides(r, res)}
    for c in musts:
        tgts = [r for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                for r in res.many(s) if r.kind in _ACTORS and (
                    r.kind != "Organization" or res.dm.owner[s.i] >= 0)]  # (not "the bloc
        # must", a chair's own bloc as often as another's)
        if tgts and not any(r in speakers or _own_sides(r, res) & own for r in tgts):
            _emit(out, R.REQUESTED, speakers, tgts, c, sent, confidence=0.5)
