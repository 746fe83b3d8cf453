"""Requests stated by a need: "stressed the need for X to act" asks X to act."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["need_rule"]

_NEED_NOUNS = words("need necessity")


def need_rule(n: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'stressed the need for X to act': the speaker asks X."""
    if n.lower_ not in _NEED_NOUNS or n.dep_ not in ("dobj", "pobj"):
        return
    gov = n.head if n.dep_ == "dobj" else n.head.head
    if gov.lemma_ not in ("stress", "underline", "emphasize", "emphasise", "underscore",
                          "highlight", "reiterate", "voice", "cite"):
        return
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for o in c.children:
                if o.dep_ == "pobj" and any(x.dep_ in ("relcl", "acl") or x.pos_ == "VERB"
                                            for x in [*o.children, *n.children]):
                    _emit(out, R.REQUESTED, _subjects(gov, res), res.many(o), gov, sent,
                          confidence=0.6)
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            for x in c.children:
                if x.dep_ == "nsubj":
                    _emit(out, R.REQUESTED, _subjects(gov, res), res.many(x), gov, sent,
                          confidence=0.6)
