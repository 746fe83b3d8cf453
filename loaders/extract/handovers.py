"""Hand-overs in person: "X handed over the instrument of accession to Y", "X handed Y the
documents", "X handed the chairmanship over to Y": a person who hands something to another
person met them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["handover_rule"]


#: What one hands another only in a figure of speech: "handed X a diplomatic victory".
_FIGURATIVE = frozenset({"victory", "win", "defeat", "setback", "blow", "boost", "lifeline",
                         "mandate", "majority", "opportunity", "chance", "reprieve"})


def _to_whom(v: Token, thing: Token) -> list[Token]:
    """Who is handed something: the dative ('handed Y the documents') or the object of a
    'to' on the verb, on 'over', on the thing handed or on its 'of' complement ('the
    instrument of accession to Y'; not 'a letter addressed to Y')."""
    got = [c for c in v.children if c.dep_ == "dative" and c.lower_ != "to"]
    ofs = [o for p in thing.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for h in (v, *(c for c in v.children if c.lower_ == "over"), thing, *ofs):
        for t in h.children:
            if t.lower_ == "to" and t.dep_ in ("prep", "dative"):
                got += [o for o in t.children if o.dep_ == "pobj"]
    return got


def handover_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """MET_WITH between a person who hands (over) a thing and the person it is handed to."""
    thing = next((c for c in v.children if c.dep_ == "dobj"), None)
    if v.lemma_ != "hand" or v.pos_ != "VERB" or thing is None or thing.lemma_ in _FIGURATIVE:
        return
    if negated(v) or hypothetical(v):
        return
    givers = _subjects(v, res)  # (a fact only between persons: see clauses._allowed)
    takers = [r for t in _to_whom(v, thing) for r in res.one(t) if r not in givers]
    _emit(out, R.MET_WITH, givers, list(dict.fromkeys(takers)), v, sent, confidence=0.6)
