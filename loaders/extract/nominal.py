"""Noun rules: relations stated by nouns and by light verbs with nouns.

"expressed concern over X", "a meeting between X and Y", "a meeting with X and
Y", "talks" after which two leaders agreed, "a visit to X by Y", "X's request",
"the warning issued by X to Y", "X's support for Y", "stressed the need for X
to act", alliances ("Pyongyang's key ally, China", "US-ally the Philippines")
and accords "agreed by" their signatories.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _allowed,
    _emit,
    _hypothetical,
    _mode,
    _negated,
    _owner,
    _pairwise,
    _place,
    _pobjs,
    _subjects,
)
from dipgraph.loaders.extract.lexicon import NOMINAL_RELATIONS, TITLE_WORDS, VERB_RELATIONS
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["agreed_by_rule", "ally_rule", "noun_rule"]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())




_EXPRESS = _words("express voice convey raise reiterate extend give offer issue pay")
_REQUEST_VERBS = _words("request seek ask want need urge demand")
_NEED_NOUNS = _words("need necessity")
_MEET_NOUNS = _words("talks talk conversation call meeting discussions")


def _need_rule(n: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
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


def noun_rule(n: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    _need_rule(n, sent, res, out)
    rel = NOMINAL_RELATIONS.get(n.lower_) or NOMINAL_RELATIONS.get(n.lemma_)
    if rel is None or _hypothetical(n) or _negated(n.head):
        return
    gov = n.head
    express = n.dep_ == "dobj" and gov.lemma_ in _EXPRESS
    if rel in (R.EXPRESSED_CONCERN, R.SUPPORTED, R.CRITICIZED, R.PLEDGED, R.WARNED) and \
            express and not _negated(gov) and not _hypothetical(gov):
        srcs = _subjects(gov, res)
        tgts = _pobjs(n, ("over", "about", "at", "with", "for", "to", "against", "regarding",
                          "on", "of"), res)
        tgts += _pobjs(gov, ("to", "with", "over", "about"), res)
        if rel == R.EXPRESSED_CONCERN:
            tgts = _concern_targets(n, res) or tgts
        _emit(out, rel, srcs, tgts, gov, sent)
        return
    if rel == R.MET_WITH and n.lower_ in _MEET_NOUNS | {"summit"}:
        between = _linear(n, "between", res)
        withs = _linear(n, "with", res)
        if between:
            _pairwise(out, rel, between, n, sent, place=_place(n, res), mode=_mode(n))
        elif withs and gov.lemma_ != "hold":
            owner = _owner(n, res)
            if not owner and n.dep_ == "pobj":
                owner = _subjects(gov.head, res)
            group = owner + [w for w in withs if w not in owner]
            _pairwise(out, rel, group, n, sent, place=_place(n, res), mode=_mode(n))
        elif not withs and n.dep_ == "pobj" and gov.lower_ in ("after", "during", "at"):
            group = [r for r in _subjects(gov.head, res) if r.kind == "Person"]
            if len(group) >= 2:
                _pairwise(out, rel, group, n, sent, place=_place(n, res), mode=_mode(n),
                          confidence=0.6)
        return
    if rel == R.SUPPORTED and n.lower_ == "support" and not express and \
            gov.lemma_ not in _REQUEST_VERBS and gov.lemma_ not in VERB_RELATIONS:
        srcs = [r for c in n.children if c.dep_ == "poss" for r in res.many(c)]
        tgts = _pobjs(n, ("for", "of", "to"), res)
        for sib in n.conjuncts:
            tgts = tgts or _pobjs(sib, ("for", "of", "to"), res)
        _emit(out, rel, srcs, tgts, n, sent, confidence=0.6)
        return
    if rel == R.VISITED and n.lower_ in ("visit", "trip"):
        srcs = _owner(n, res)
        if not srcs and gov.lemma_ in ("pay", "make") and n.dep_ == "dobj":
            srcs = _subjects(gov, res)
        tgts = _pobjs(n, ("to",), res, deep=False) + _pobjs(gov, ("to",), res, deep=False)
        _emit(out, rel, srcs, tgts, n, sent)
        return
    if rel in (R.REQUESTED, R.WARNED) and n.lower_ in ("request", "requests", "warning",
                                                        "appeal"):
        srcs = _owner(n, res)
        tgts = _pobjs(n, ("to",), res) or [
            t for c in n.children if c.dep_ == "acl" for t in _pobjs(c, ("to",), res)]
        if not tgts and n.dep_ == "pobj":
            tgts = _subjects(gov.head, res)
        _emit(out, rel, srcs, tgts, n, sent)


def _linear(n: Token, prep: str, res: Resolver) -> list[Ref]:
    """Objects of ``prep`` under ``n``, plus persons the parser failed to coordinate.

    'a meeting with Cambodian Prime Minister X and Thailand's acting Prime Minister Y':
    after the object, a run of titles, states, commas and 'and' still lists people.
    """
    refs = _pobjs(n, (prep,), res, deep=False)
    preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ == prep]
    if not preps:
        return refs
    doc = n.doc
    i = preps[0].right_edge.i + 1
    while i < min(len(doc), n.sent.end):
        tok = doc[i]
        j = res.dm.owner[i]
        if j >= 0 and res.dm.mentions[j].kind == "Person":
            for r in res.one(tok):
                if r not in refs:
                    refs.append(r)
            i = res.dm.mentions[j].end
            continue
        if not (tok.lower_ in TITLE_WORDS or tok.text in (",", "'s", "\u2019s") or j >= 0):
            break
        i += 1
    return refs


def _concern_targets(n: Token, res: Resolver) -> list[Ref]:
    """The thing a concern is about: named countries/places first, then owners."""
    best: list[Ref] = []
    for c in [*n.children, *(n.head.children if n.dep_ == "dobj" else [])]:
        if c.dep_ == "prep" and c.lower_ in ("over", "about", "regarding", "on", "at"):
            for sub in c.subtree:
                j = res.dm.owner[sub.i]
                if j < 0:
                    continue
                m = res.dm.mentions[j]
                if m.demonym:
                    continue
                ref = res.mention_ref(j, sub)
                if ref is not None and ref not in best:
                    best.append(ref)
    return best[-1:] if best else []


def ally_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    if tok.lemma_ != "ally" or tok.pos_ not in ("NOUN", "PROPN"):
        return
    owners = [r for c in tok.children if c.dep_ in ("poss", "compound", "nmod", "amod")
              for r in res.many(c) if r.kind == "Country"]
    if not owners and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        owners = [r for r in res.one(tok.doc[tok.i - 2]) if r.kind == "Country"]
    if not owners:
        # "Kenya, a key ally of the United States", "remained an ally of Germany".
        owners = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" for r in res.many(o)
                  if r.kind == "Country"]
    partners: list[Ref] = []
    if tok.dep_ == "appos" or tok.dep_ in ("compound", "amod", "nmod"):
        partners = res.many(tok.head)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as":
        partners = _subjects(tok.head.head, res)
    elif tok.dep_ == "attr":
        partners = _subjects(tok.head, res)
    for c in tok.children:
        if c.dep_ == "appos":
            partners += res.many(c)
    if not partners and tok.i + 1 < len(tok.doc):
        partners = res.one(tok.doc[tok.i + 1]) or (
            res.one(tok.doc[tok.i + 2]) if tok.i + 2 < len(tok.doc) else [])
    for a in owners:
        for b in partners:
            if _allowed(R.ALLY_OF, a, b):
                out.append(RawFact(R.ALLY_OF, a, b, tok.i, sent, confidence=0.7))


def agreed_by_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'the Argyle Declaration agreed by both leaders': the agents sign the accord."""
    if v.lemma_ not in ("agree", "sign", "adopt", "endorse", "ink") or _negated(v):
        return
    accord = res.one(v.head) if v.dep_ == "acl" else []
    if not accord and any(c.dep_ == "agent" for c in v.children):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                accord = [r for t in c.subtree for r in res.one(t) if r.kind == "Accord"]
    if not accord or accord[0].kind != "Accord":
        return
    agents = [r for c in v.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj" for r in res.many(o)]
    _emit(out, R.SIGNED, agents, accord[:1], v, sent, confidence=0.6)
