"""Talks named by who led them: "The talks in Muscat were led by A and B", "the ninth round,
led by A and B,": the two who led the sides met (one leader alone names no partner, nor
two of one state).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _mode, _pairwise, _place
from dipgraph.loaders.extract.lexicon import TALK_NOUNS
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["led_talks_rule"]


def led_talks_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """MET_WITH between the people who led talks ('were led by A and B')."""
    if v.lemma_ not in ("lead", "head") or v.tag_ != "VBN":
        return
    talks = [c for c in v.children if c.dep_ == "nsubjpass" and c.lemma_ in TALK_NOUNS] or (
        [v.head] if v.dep_ == "acl" and v.head.lemma_ in TALK_NOUNS else [])
    if not talks or negated(v) or hypothetical(v):
        return
    leaders = [r for a in v.children if a.dep_ == "agent" for o in a.children
               if o.dep_ == "pobj" for r in res.many(o) if r.kind == "Person"]
    states = [res.people.state_of(r) for r in leaders]
    if len(leaders) >= 2 and (None in states or len(set(states)) > 1):  # (not two of one side:
        # "led by Finance Minister A and central bank governor B")
        _pairwise(out, R.MET_WITH, list(dict.fromkeys(leaders)), v, sent,
                  place=_place(v, res) or _place(talks[0], res), mode=_mode(v))
