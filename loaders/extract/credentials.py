"""Credentials ceremonies: an envoy who presents his credentials to a head of state meets
him ("Y presented his credentials to X", "X accepted the credentials of Y", "Y, who
presented his letters of credence to X"), and so does each envoy a list names after the
ceremony ("X received letters of credence ... The envoys who presented their credentials
are A, B and C")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.body import sentences_back
from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _pobjs, _subjects
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["credentials_rule"]

_PRESENTING = words("present submit hand deliver")
_ACCEPTING = words("accept receive")
_CEREMONY_VERBS = _PRESENTING | _ACCEPTING


def _credentials(v: Token) -> Token | None:
    """The verb's object when it is the credentials ('his credentials', 'letters of
    credence', 'the copy of his credentials')."""
    for c in v.children:
        if c.dep_ != "dobj":
            continue
        if any(t.lower_ in ("credentials", "credence") for t in c.subtree):
            return c  # ("his credentials", "letters of credence", "a copy of his credentials")
    return None


def credentials_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'Y presented his credentials to X' / 'X accepted the credentials of Y': Y met X."""
    if v.pos_ != "VERB" or v.lemma_ not in _CEREMONY_VERBS:
        return
    obj = _credentials(v)  # (the cheap test before the mood's)
    if obj is None or negated(v) or hypothetical(v):
        return
    listed = _listed_envoys(v, res)
    subj = listed or [r for r in _subjects(v, res) if r.kind == "Person"]
    if v.lemma_ in _PRESENTING:
        others = [r for r in _pobjs(v, ("to",), res) if r.kind == "Person"] or (
            _receiver(sent, res) if listed else [])
    else:
        others = [r for r in _pobjs(obj, ("of", "from"), res) + _pobjs(v, ("from",), res)
                  if r.kind == "Person"]
    others = [r for r in others if r not in subj]
    _emit(out, R.MET_WITH, subj, others, v, sent, confidence=0.7)


def _listed_envoys(v: Token, res: Resolver) -> list[Ref]:
    """'The envoys who presented their credentials are A, B and C': A, B and C."""
    noun = v.head
    if v.dep_ != "relcl" or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return []
    return [r for c in noun.head.children if c.dep_ == "attr" for t in (c, *c.conjuncts)
            for r in res.one(t) if r.kind == "Person"]


def _receiver(sent: Span, res: Resolver) -> list[Ref]:
    """Who received credentials in the two sentences before ``sent`` ("President X
    received letters of credence from four new ambassadors. The envoys ... are A, B")."""
    doc = sent.doc
    for t in reversed(doc[sentences_back(doc, sent.start, 2) : sent.start]):
        if t.lemma_ in _ACCEPTING and _credentials(t) is not None and not negated(t):
            found = [r for r in _subjects(t, res) if r.kind == "Person"]
            if found:
                return found
    return []
