"""Verb forms read by where they hang: a speech act's participle set off after a reported
clause about the reporter's own state ("Erdogan said Ankara would not back the bids,
accusing Z of ...") is the reporter's; an infinitive hung on a set-off label of the callee
("called on A and B, the two main partners of X, to back Y") is the call's; an infinitive
of taking part ("agreed to take part") is each one's own consent; a past form right after
a noun with no subject of its own ("the timetable agreed with X") is a reduced relative."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import THAT_VERBS
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["reduced_relative", "reporters_participle", "set_off_infinitive", "take_part"]

#: Speech acts a reporter adds in a participle after what he reports: "X said Y would not
#: back the bids, accusing Z of ...".
_PARTICIPLE_ACTS = frozenset({"accuse", "blame", "urge", "warn", "criticise", "criticize",
                              "condemn", "praise", "thank", "ask", "call"})


def reporters_participle(came: Token, t: Token, said: list[Ref], res: Resolver) -> bool:
    """'Erdogan repeated that Ankara would not back the bids, accusing Z of ...': the parser
    hangs a speech act's participle, set off by a comma, on the reported clause ``t`` whose
    subject is ``said``; it is the act of the one who reports when that clause is about his
    own state (not 'Peru said Chile would not attend, accusing Y': Chile's, or Peru's)."""
    if not (came.dep_ == "advcl" and came.head == t and came.tag_ == "VBG" and
            came.lemma_ in _PARTICIPLE_ACTS and came.i > 0 and came.doc[came.i - 1].text == ","
            and t.dep_ == "ccomp" and t.head.lemma_ in THAT_VERBS | {"repeat"}):
        return False
    states = {r.key for r in said if r.kind == "Country"}
    if len(states) != 1 or len(said) != 1:
        return False
    reporters = [r for c in t.head.children if c.dep_ == "nsubj" for r in res.many(c)]
    return len(reporters) == 1 and res.people.state_of(reporters[0]) in states


def set_off_infinitive(v: Token) -> bool:
    """'called on A and B, the two main partners of X, to back Y': the parser reads the
    set-off noun as the callee's label and hangs the infinitive on it as a relative."""
    return any(c.dep_ in ("oprd", "appos") and any(
        r.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in r.children)
        for r in c.children) for c in v.children)


def take_part(v: Token) -> bool:
    """'agreed to take part (to join the coalition, to participate, to contribute)': an act
    each of many consents to on his own (not 'to take measures', 'to join forces')."""
    objs = {c.lower_ for c in v.children if c.dep_ in ("dobj", "prt")}
    if v.lemma_ == "take":
        return "part" in objs
    return v.lemma_ in ("join", "participate", "contribute") and not objs & {"forces", "hands"}


def reduced_relative(v: Token) -> bool:
    """'in line with the timetable agreed with X': a past form the parser hung on the clause
    above, though it describes the noun before it; its doer is unsaid (no 'by')."""
    return v.dep_ in ("advcl", "acl") and v.tag_ in ("VBD", "VBN") and v.i > 0 and \
        v.doc[v.i - 1].pos_ == "NOUN" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in v.children)
