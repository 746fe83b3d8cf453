"""Bids to join a body: "Finland and Sweden applied to join NATO", "applied for NATO
membership", "sought membership of the EU". The applicant asks the body to admit it
(REQUESTED applicant -> body); joining itself, or backing another's bid, is no request."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.visits import home_state

__all__ = ["membership_bid_rule"]

#: Verbs of applying: "applied to join", "sought membership", "requested accession".
_APPLY = words("apply seek request")
#: What an applicant asks for: "membership of X", "X membership", "accession to X".
_ENTRY = words("membership accession admission")


def _bodies(tokens: list[Token], res: Resolver) -> list[Ref]:
    return [r for t in tokens for r in res.many(t) if r.kind == "Organization"]


def _entry_body(entry: Token, own: list[Ref], res: Resolver) -> list[Ref]:
    """The body an entry noun names: "NATO membership", "membership of/in the EU",
    "accession to the WTO", "its membership of NATO"; none for the entry of another than
    the applicants ``own`` ("Poland sought Ukraine's accession to the EU", "requested the
    admission of Ukraine"), which asks the body nothing for them."""
    entrants = [r for c in entry.children if c.dep_ == "poss" for r in res.many(c)] + [
        r for p in entry.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj" for r in res.many(o)
        if r.kind in ("Country", "Person")]
    if any(r not in own for r in entrants):
        return []
    return _bodies([c for c in entry.children if c.dep_ == "compound"] + [
        o for p in entry.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "to")
        for o in p.children if o.dep_ == "pobj"], res)


def membership_bid_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'A and B applied to join NATO', 'A applied for NATO membership', 'A sought
    membership of the EU': A asked the body to admit it."""
    if v.lemma_ not in _APPLY or v.pos_ != "VERB" or negated(v) or hypothetical(v):
        return
    bodies: list[Ref] = []
    anchor = v
    subj = _subjects(v, res)
    own = subj + [Ref("Country", iso) for r in subj if (iso := home_state(r, res))]
    for c in v.children:
        if c.dep_ in ("xcomp", "advcl") and c.lemma_ == "join" and not negated(c):
            bodies += _bodies([o for o in c.children if o.dep_ == "dobj"], res)
            if any(t.ent_type_ == "DATE" for t in c.subtree):
                anchor = c  # "applied to join NATO in May 2022": the date the parser hung
                # on the joining
        elif c.dep_ == "prep" and c.lower_ == "for":
            bodies += [r for o in c.children if o.dep_ == "pobj" and o.lemma_ in _ENTRY
                       for r in _entry_body(o, own, res)]
        elif c.dep_ == "dobj" and c.lemma_ in _ENTRY:
            bodies += _entry_body(c, own, res)
    if bodies:
        _emit(out, R.REQUESTED, [r for r in subj if r not in bodies],
              list(dict.fromkeys(bodies)), anchor, sent, confidence=0.6)
