"""Signings: who signed which texts ("A and B signed X", "signed X with Y", "X was signed
by A and B", "signed two documents: a trade agreement and a security pact"); two or three
people who sign together in a main clause also met."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.accordspans import listed_items
from dipgraph.loaders.extract.antecedents import relcl_accord
from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _emit,
    _pairwise,
    _place,
    _pobjs,
    _stray_agents,
    _with_people,
)
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["signed_rule"]

#: Prepositions of the circumstances of an act, whose 'with' names no partner in it.
_WHEN_PREPS = words("after before during following amid despite since until ahead")
#: Prepositions of a co-signer: "signed the deal with X", "... alongside X".
_CO_SIGNING = ("with", "alongside")


def _noun_phrase(n: Token) -> list[Token]:
    """The nouns of a phrase through its prepositions, not into clauses: 'a plan for a
    partnership with X' gives plan and partnership."""
    out = [n]
    for c in n.children:
        if c.dep_ == "prep":
            out += [t for o in c.children if o.dep_ == "pobj" for t in _noun_phrase(o)]
    return out


def signed_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact], subj: list[Ref],
                objs: list[Ref], holders: list[Token], passive: bool) -> None:
    """The signers and texts of signing verb ``v`` (subjects and objects as read)."""
    if passive:
        # "signed by A, secretary of X's council, B and C": a list the parser splits
        subj = [r for r in subj if r.kind in ("Person", "Country")] or _stray_agents(v, res)
        subj += [r for r in _with_people([v], res, "by") if r not in subj]
    # "signed the deal with X" (or "alongside X"), "signed a plan for a partnership with X"
    phrases = [c for c in v.children if c.dep_ == "dobj"] + [
        o for c in v.children if c.dep_ == "prep" and c.lower_ not in _WHEN_PREPS
        for o in c.children if o.dep_ == "pobj"]  # not "after talks with the mediator"
    partners = [p for p in _pobjs(v, _CO_SIGNING, res) + [
        p for c in phrases for t in _noun_phrase(c) for p in _pobjs(t, _CO_SIGNING, res)]
        if p.kind in ("Country", "Person")]
    signers = subj + [p for p in dict.fromkeys(partners) if p not in subj]
    people = [r for r in signers if r.kind == "Person"]
    if 2 <= len(people) <= 3 and v.dep_ not in ("acl", "relcl", "advcl") and not passive:
        # "A and B signed the deal in X": two or three co-signers in one main clause met
        # at the signing (not "the treaty, signed by A and B in 1990", nor a summit's six)
        _pairwise(out, R.MET_WITH, people, v, sent, place=_place(v, res),
                  mode="in_person", confidence=0.5)
    # "signed two documents: a trade agreement and a security pact"
    objs = objs + [r for c in v.children if c.dep_ in ("dobj", "nsubjpass")
                   for a in listed_items(c) for r in res.one(a) if r not in objs]
    # "signed a memorandum on X, under which ..., and a protocol on Y": the parser hangs a
    # last item after a long clause on the verb
    objs += [r for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
             and c.i > v.i and v.doc[c.left_edge.i - 1].lower_ == "and"
             for r in res.one(c) if r.kind == "Accord" and r not in objs]
    accords = [t for t in objs if t.kind == "Accord"] or [
        t for h in holders for t in _pobjs(h, ("on", "to"), res) if t.kind == "Accord"] \
        or relcl_accord(v, res)
    _emit(out, R.SIGNED, signers, accords, v, sent)
