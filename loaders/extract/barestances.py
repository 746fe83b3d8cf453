"""Warnings and condemnations that name no one they are aimed at.

"Russian Foreign Ministry spokeswoman X said the decision by Reykjavik destroys the
cooperation and warned that all anti-Russian actions would receive a response" warns the
one other state its sentence names before the warning. The warning must say what it warns
of (a clause or an object) and name no recipient, nor any party in its own phrases; the
sentence must name exactly one state besides the warner's own before the verb (not "warned
that X and urged the bloc to let Uganda go", a state of another clause), outside a venue;
or none at all in a story of two states ("Australia expelled Iran's envoy ... Iran's
spokesman warned that any action will have a reciprocal reaction"): the story's other one.
A condemnation of a thing no one is named for ("condemned the decision") is read the same
way, and one whose own next clause asks or warns a state ("condemned the incident and
called on Moscow to ...") is at that state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.antecedents import state_act
from dipgraph.loaders.extract.barepledges import names_recipient, says_what
from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.homestate import story_pair
from dipgraph.loaders.extract.lexicon import (
    CONCERN_ADJECTIVES,
    NOMINAL_RELATIONS,
    REPORTING_VERBS,
    SAYING_NOUNS,
)
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.nominal import _EXPRESS
from dipgraph.loaders.extract.owners import free_states
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.visits import home_state

__all__ = ["bare_concern_rule", "bare_stance_rule"]


def _names_party(v: Token, res: Resolver) -> bool:
    """'warned against Israel's ...', 'warned of Iran's ...': a party named in a phrase of
    the warning (the verb rules read that one), unlike 'warned on Tuesday that ...'."""
    return any(c.dep_ == "prep" and any(
        res.dm.owner[t.i] >= 0 and res.dm.mentions[res.dm.owner[t.i]].kind in (
            "Country", "Person", "Organization") for t in c.subtree) for c in v.children)


#: Verbs of a stance at someone that may leave him unnamed: "warned that ...", "condemned
#: the move".
_BARE = {"warn": R.WARNED, "condemn": R.CRITICIZED, "denounce": R.CRITICIZED,
         "criticize": R.CRITICIZED, "criticise": R.CRITICIZED}


#: What a state says or does that another condemns without naming it, besides the
#: decisions and acts :func:`~dipgraph.loaders.extract.antecedents.state_act` knows:
#: "condemned the statement", "the recognition" (not "the attack", "the killing of
#: civilians", whose doers the story may not say).
_STATE_ACTS = SAYING_NOUNS | {"measure", "conversion", "violation", "recognition",
                             "announcement", "policy", "sanction", "designation"}


#: Acts of violence whose doers a story may leave unsaid: condemning one is no blame of
#: the story's other state.
_VIOLENCE = frozenset({"killing", "bombing", "shooting", "shelling", "kidnapping", "massacre",
                       "beheading", "stabbing"})


def _state_act(v: Token) -> bool:
    """Whether the object of condemning verb ``v`` is an act a state does ("the decision",
    "the reopening of X", "the holding of a meeting"), told with no place of its own (not
    "the attack", nor "the killing of civilians in Gaza")."""
    return any(c.dep_ == "dobj" and (c.lemma_ in _STATE_ACTS or state_act(c) or (
        c.lower_.endswith("ing") and c.tag_ == "NN" and c.lower_ not in _VIOLENCE)) and not any(
        p.dep_ == "prep" and p.lower_ == "in" for p in c.subtree) for c in v.children)


def _called_state(v: Token, res: Resolver, out: list[RawFact], own: str | None) -> str | None:
    """The one state a condemnation's or concern's own next clause asks or warns, when that
    clause names no other: "condemned the incident and called on Moscow to respect ..."
    condemns Moscow; "called on China to use its influence with Moscow" blames neither."""
    then = {c.i: c for c in v.children if c.dep_ == "conj"}
    asked = {f.target.key for f in out if f.anchor in then and f.target.kind == "Country"
             and f.rel in (R.REQUESTED, R.WARNED)} - {own}
    named = {res.dm.mentions[j].key for c in then.values() for t in c.subtree
             if (j := res.dm.owner[t.i]) >= 0 and res.dm.mentions[j].kind == "Country"}
    return asked.pop() if len(asked) == 1 and named - {own} <= asked else None


def bare_stance_rule(sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X warned that ...', 'X condemned the move' with no one named: at the one other state
    named before it. Runs after the verb rules, which read a stance that names its target."""
    done = {f.anchor for f in out if f.rel in (R.WARNED, R.CRITICIZED)}
    pair: list[str] | None = None  # (the story's pair, read once when needed)
    for v in span_tokens(sent):
        rel = _BARE.get(v.lemma_)
        if rel is None or v.pos_ != "VERB" or v.i in done or negated(v) or \
                hypothetical(v) or v.dep_ in ("relcl", "amod", "acl") or not says_what(v) \
                or names_recipient(v, res) or _names_party(v, res):
            continue
        warners = [g for g in _subjects(v, res) if g.kind in ("Person", "Country")]
        own = home_state(warners[0], res) if len(warners) == 1 else None
        if own is None:
            continue
        called = _called_state(v, res, out, own) if rel == R.CRITICIZED else None
        if rel == R.CRITICIZED and not _state_act(v) and called is None:
            continue
        others = {called} if called else free_states(res.dm, sent.start, v.i)[1] - {own}
        pair = pair if pair is not None else story_pair(res.dm)
        if not others and own in pair and not free_states(res.dm, sent.start, sent.end)[1] - {
                own}:  # (a sentence that names no other state: the story's other one)
            others = set(pair) - {own}
        if len(others) == 1:
            _emit(out, rel, warners, [Ref("Country", others.pop())], v, sent,
                  confidence=0.5)


def _concern_verb(t: Token) -> Token | None:
    """The verb a stated concern hangs on: 'expressed [concern]', 'was deeply [concerned]'."""
    if NOMINAL_RELATIONS.get(t.lemma_) == R.EXPRESSED_CONCERN and t.dep_ == "dobj" and \
            t.head.lemma_ in _EXPRESS:
        return t.head
    if t.lower_ not in CONCERN_ADJECTIVES:
        return None
    return t.head if t.dep_ == "acomp" else t if t.dep_ in ("ROOT", "ccomp", "conj") and any(
        c.dep_ in ("auxpass", "cop") for c in t.children) else None  # ("was concerned")


def bare_concern_rule(sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X expressed concern and urged Beijing to ...', 'X said the US was deeply concerned
    and urged Beijing to ...': a concern that names no one is at the one state its holder's
    next clause asks or warns. Runs after the rules that read a concern's own topic."""
    done = {f.anchor for f in out if f.rel == R.EXPRESSED_CONCERN}
    for t in span_tokens(sent):
        v = _concern_verb(t)
        if v is None or {t.i, v.i} & done or negated(v) or hypothetical(v):
            continue
        holders = [g for g in _subjects(v, res) if g.kind in ("Person", "Country")]
        own = home_state(holders[0], res) if len(holders) == 1 else None
        said = v.head if v.dep_ == "ccomp" and v.head.lemma_ in REPORTING_VERBS else None
        if own is not None and (called := _called_state(v, res, out, own) or (
                _called_state(said, res, out, own) if said is not None else None)) is not None:
            _emit(out, R.EXPRESSED_CONCERN, holders, [Ref("Country", called)], v, sent,
                  confidence=0.5)
