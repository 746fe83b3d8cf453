"""Attendance of a hosted gathering: "X hosted a consultative meeting in Abu Dhabi, attended
by A, B and C", "the summit, hosted by X, was attended by A and B": each guest known to
serve another state than the host met him, where it was held (by video when the gathering
was virtual), and each guest whose state is known visited the place (visits.settle_visits
drops a visit home). Among themselves the attendees of a summit are not said to have met.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _mode, _pairwise, _place, _subjects
from dipgraph.loaders.extract.gatherings import hosts_of, named_people
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.tracking import is_gathering
from dipgraph.loaders.extract.visits import home_state

__all__ = ["attended_rule"]

#: Verbs whose subject runs the gathering that is their object ("X hosted a meeting").
_RUN_VERBS = words("host convene chair hold organise organize")


def _gathering_of(v: Token) -> tuple[Token, Token | None] | None:
    """The gathering an 'attended by' tells of, and the verb whose subject hosted it."""
    g: Token | None
    if v.dep_ in ("acl", "relcl") and is_gathering(v.head):
        g = v.head  # "a meeting (which was) attended by A"
    elif v.dep_ == "advcl" and v.head.lemma_ in _RUN_VERBS:  # "X hosted a meeting,
        # attended by A": the participle hung on the verb
        g = next((c for c in v.head.children if c.dep_ == "dobj" and is_gathering(c)), None)
    else:  # "the summit was attended by A"
        g = next((c for c in v.children if c.dep_ == "nsubjpass" and is_gathering(c)), None)
    if g is None:
        return None
    host = g.head if g.dep_ == "dobj" and g.head.lemma_ in _RUN_VERBS else None
    return g, host


def attended_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """MET_WITH between the host of a gathering and each who attended it, at its venue."""
    if v.lemma_ != "attend" or v.tag_ != "VBN" or negated(v) or hypothetical(v):
        return
    found = _gathering_of(v)
    if found is None:
        return
    g, host_verb = found
    if host_verb is not None and (negated(host_verb) or hypothetical(host_verb)):
        return
    came = [r for a in v.children if a.dep_ == "agent" for r in named_people(a, res)]
    hosts = hosts_of(g, res) + ([r for r in _subjects(host_verb, res) if r.kind == "Person"]
                                if host_verb is not None else [])
    came = [r for r in dict.fromkeys(came) if r not in hosts]
    place = _place(g, res) or (_place(host_verb, res) if host_verb is not None else None)
    mode = _mode(g)  # ("a virtual meeting, attended by A": no venue, no visit)
    place = place if mode == "in_person" else None
    for host in dict.fromkeys(hosts):
        guests = [r for r in came if _other_side(host, r, res)]
        for guest in guests:
            _pairwise(out, R.MET_WITH, [host, guest], v, sent, group=(host, *guests),
                      place=place, mode=mode, confidence=0.6)
    if place is not None and place.kind == "Place":  # a guest from abroad came there (a
        # visit home is dropped with the others: see visits.settle_visits)
        _emit(out, R.VISITED, [r for r in came if home_state(r, res) is not None], [place],
              v, sent, confidence=0.6)


def _other_side(host: Ref, guest: Ref, res: Resolver) -> bool:
    """Whether a guest is known to serve another state than the host (not the host's own
    ministers at "a meeting of the Security Council, attended by A and B")."""
    states = [home_state(r, res) for r in (host, guest)]
    return None not in states and states[0] != states[1]
