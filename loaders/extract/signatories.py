"""Signatories listed by a copula: "Among the signatories were A, B and C", "A and B were
among the first signatories (of X)": each one listed signed the text of that signing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.antecedents import one_accord
from dipgraph.loaders.extract.body import sentences_back
from dipgraph.loaders.extract.clauses import R, RawFact, _emit
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["signatories_rule"]

_SIGNATORIES = frozenset({"signatory", "signatories"})


def signatories_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """States or people a copula lists 'among the signatories' signed the accord the
    phrase names ('signatories of X'), else the one accord named in the sentence or the
    two before it."""
    if v.lemma_ != "be":
        return  # (cheap test first: this runs on every verb)
    among = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "among"
             for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _SIGNATORIES]
    if not among or negated(v) or hypothetical(v):
        return
    who = [r for c in v.children if c.dep_ in ("nsubj", "attr") for r in res.many(c)
           if r.kind in ("Country", "Person")]
    texts = [r for c in among[0].children if c.dep_ == "prep" and c.lower_ in ("of", "to")
             for o in c.children if o.dep_ == "pobj" for r in res.one(o) if r.kind == "Accord"]
    texts = texts or one_accord(res, sentences_back(v.doc, sent.start, 2), v.i)
    _emit(out, R.SIGNED, who, texts, v, sent, confidence=0.6)
