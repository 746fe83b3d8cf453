"""Signings that leaders look on at: "the two leaders witnessed the signing of a memorandum
on X and an agreement on Y", "the prime ministers oversaw the exchange of nine agreements,
including A, B and C". The leaders sign nothing themselves; their states are the parties
that signed the texts.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.listed import person_at
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["witnessed_signing_rule"]

#: Verbs of looking on at a ceremony (not 'attend': guests attend signings of others).
_WATCH = words("witness oversee preside")
#: Nouns of the ceremony at which texts change hands.
_CEREMONIES = words("signing exchange signature")


def _texts(obj: Token, res: Resolver) -> list[Ref]:
    """The accords a ceremony's 'of' phrase lists, read off the words (the parser hangs
    the items anywhere): the object and each accord after a comma, 'and' or 'including'
    ("nine agreements, including A, B, and C"; the counted "nine agreements" names none)."""
    doc, dm = obj.doc, res.dm
    i, end, out = obj.left_edge.i, obj.sent.end, []
    while i < end:
        j = next((dm.owner[k] for k in range(i, min(i + 3, end)) if dm.owner[k] >= 0 and
                  dm.mentions[dm.owner[k]].start == k), -1)  # (past 'a', 'an', 'the')
        if j >= 0 and dm.mentions[j].kind == "Accord":
            out += [r for r in res.one(doc[dm.mentions[j].start]) if r.kind == "Accord"]
            i = dm.mentions[j].end
        elif i == obj.left_edge.i:
            i = obj.i + 1  # "nine other agreements, including ..."
        else:
            break
        comma = i < end and doc[i].text in (",", ":")  # ("three documents: a memorandum")
        i += comma
        if i < end and doc[i].lower_ in ("and", "including"):
            i += 1
        elif not comma:
            break
    return list(dict.fromkeys(out))


def _states(people: list[Ref], res: Resolver) -> list[Ref]:
    """The states of the people (or states) who look on, each with a known state."""
    if not all(r.kind in ("Person", "Country") for r in people):
        return []
    states = res.people.states_of(r.key for r in people if r.kind == "Person")
    own = [r for r in people if r.kind == "Country"]
    return [] if states is None else list(dict.fromkeys(
        [*(Ref("Country", s) for s in states), *own]))


def witnessed_signing_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'A and B witnessed the signing of X': the states of A and B signed X."""
    if v.lemma_ not in _WATCH or v.pos_ != "VERB" or negated(v) or hypothetical(v):
        return
    for obj in v.children:
        if obj.dep_ != "dobj" and not (obj.dep_ == "prep" and obj.lower_ == "over"):
            continue  # ("presided over the signing of")
        event = obj if obj.dep_ == "dobj" else next(
            (c for c in obj.children if c.dep_ == "pobj"), obj)
        if event.lemma_ not in _CEREMONIES:
            continue
        texts = [r for p in event.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" for r in _texts(o, res)]
        states = _states(_subjects(v, res), res)
        named = {r for t in event.subtree for r in res.one(t) if r.kind == "Country"}
        if texts and len(states) >= 2 and named <= set(states):  # (not "the signing of
            _emit(out, R.SIGNED, states, texts, v, sent, confidence=0.6)  # a deal between
            # A and B" that others looked on at)
            _emit(out, R.SIGNED, _signed_by(event, res), texts, v, sent, confidence=0.6)


def _signed_by(event: Token, res: Resolver) -> list[Ref]:
    """'the signing of X by Minister A and his counterpart, B': the people who signed
    (read off the words after 'by', however the parser hung them)."""
    dm, doc = res.dm, event.doc
    by = next((t for t in event.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"
               and (t.head.i == event.i or (dm.owner[t.head.i] >= 0 and dm.mentions[
                   dm.owner[t.head.i]].kind == "Accord"))), None)  # on the ceremony or the
    # text's words (not "a deal drafted by X", nor "which was welcomed by Y")
    if by is None:
        return []
    return list(dict.fromkeys(r for k in range(by.i + 1, by.right_edge.i + 1)
                              if person_at(dm, k) >= 0 for r in res.one(doc[k])
                              if r.kind == "Person"))
