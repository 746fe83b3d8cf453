"""Alliances stated by a mutual defence pact: "A and B signed a mutual defense pact", "A
has a mutual defense treaty with B", "A has separate defence treaties with B and C", "the
defence treaty between A and B". Every state the pact binds to another is its ally; a
plain "defence cooperation agreement" or "defense pact" binds no one to fight for another
and makes no allies.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.alliances import _states
from dipgraph.loaders.extract.clauses import R, RawFact, _allowed, _pobjs, _subjects
from dipgraph.loaders.extract.lexicon import HYPOTHETICAL_MODS
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["defence_pact_rule"]

_DEFENCE = frozenset({"defense", "defence"})
#: Words of a defence pact that binds no one to fight for another.
_NOT_MUTUAL = frozenset({"cooperation", "co-operation", "industrial", "procurement",
                         "technical", "technology", "trade"})
#: Words of a pact that binds no more: "the defunct (former, lapsed) defence treaty".
_GONE = frozenset({"defunct", "former", "old", "lapsed", "expired", "abrogated", "once"})
#: Verbs by which states hold a pact: signed, concluded, have.
_HOLD = frozenset({"sign", "conclude", "ink", "seal", "have", "agree", "reach"})


def _mutual_defence(tok: Token) -> bool:
    """'a mutual defense pact', 'a defence treaty', 'mutual security treaties' (not 'no
    defence treaty', 'a proposed defence treaty', 'the now-defunct defence treaty')."""
    lemma = tok.lemma_.lower()  # ("Treaty" in a name)
    if lemma not in ("treaty", "treaties", "pact", "pacts"):
        return False  # (the cheap test first: this runs on every noun)
    mods = {t.lower_ for t in tok.doc[tok.left_edge.i : tok.i]}  # ("mutual" on "defense")
    if mods & (_NOT_MUTUAL | HYPOTHETICAL_MODS | _GONE | {"no"}):
        return False  # "the defence cooperation treaty between A and B"
    if lemma in ("treaty", "treaties"):
        return bool(mods & _DEFENCE) or {"mutual", "security"} <= mods
    return "mutual" in mods and bool(mods & (_DEFENCE | {"security"}))


def defence_pact_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """ALLY_OF between the states a mutual defence pact binds together."""
    if tok.pos_ not in ("NOUN", "PROPN") or not _mutual_defence(tok):
        return  # ("the 1951 Mutual Defense Treaty between A and B")
    between = _states(_pobjs(tok, ("between",), res), res)
    pairs: list[tuple[Ref, Ref]] = [(a, b) for i, a in enumerate(between)
                                    for b in between[i + 1 :]]
    verb = tok.head
    if not pairs and tok.dep_ == "dobj" and verb.lemma_ in _HOLD and not negated(verb) and \
            not hypothetical(verb):
        holders = _states(_subjects(verb, res), res)
        partners = _states(_pobjs(tok, ("with",), res) or _pobjs(verb, ("with",), res), res)
        if partners:  # "A has treaties with B and C": A with each, not B with C
            pairs = [(a, b) for a in holders for b in partners]
        else:  # "A, B and C signed a mutual defence pact"
            pairs = [(a, b) for i, a in enumerate(holders) for b in holders[i + 1 :]]
    for a, b in pairs:
        if _allowed(R.ALLY_OF, a, b):
            out.append(RawFact(R.ALLY_OF, a, b, tok.i, sent, confidence=0.7))
