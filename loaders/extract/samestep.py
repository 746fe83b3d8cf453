"""'Lithuania quit the treaty, and Latvia and Estonia have taken the same step': those who
followed suit did what the clause before them says, to the same party or accord.

The act copied is the last one stated before the phrase ("followed suit", "did the
same", "took the same step"): in its sentence, or in the sentence before when the phrase
opens its own (no verb before it: "Uganda followed suit", not "Uganda recalled its envoy
and did the same"). Only acts of a state or person toward another (signing, leaving,
backing, criticising, ...) are copied, each to every subject of the phrase; a negated,
hypothetical or alleged phrase ("may follow suit") copies nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.allegations import alleged_act
from dipgraph.loaders.extract.clauses import RawFact, _allowed
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["followed_suit"]

#: Acts one party can repeat after another (meetings and alliances are between parties).
_REPEATABLE = frozenset({R.SIGNED, R.WITHDREW_FROM, R.SUPPORTED, R.CRITICIZED, R.WARNED,
                         R.EXPRESSED_CONCERN, R.REQUESTED, R.PLEDGED, R.VISITED})


def _same_act(v: Token) -> bool:
    """'followed suit', 'did the same', 'took the same step/course/action'."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if not objs or negated(v) or hypothetical(v) or alleged_act(v):
        return False
    obj = objs[0]
    if v.lemma_ == "follow":
        return obj.lower_ == "suit"
    same = any(c.lower_ == "same" for c in obj.children) or obj.lower_ == "same"
    return same and v.lemma_ in ("do", "take") and obj.lower_ in (
        "same", "step", "course", "action", "move", "route")


def followed_suit(sent: Span, res: Resolver, facts: list[RawFact],
                  before: list[RawFact]) -> list[RawFact]:
    """Copies of the act stated last before each 'followed suit' in ``sent`` (its own
    ``facts``, else, when no verb precedes the phrase, the previous sentence's
    ``before``), one per subject of the phrase."""
    out: list[RawFact] = []
    for v in span_tokens(sent):
        if v.pos_ not in ("VERB", "AUX") or not _same_act(v):
            continue
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        earlier = [f for f in facts if f.anchor < v.i and f.rel in _REPEATABLE]
        if not earlier and not any(t.pos_ in ("VERB", "AUX") for t in sent[: v.i - sent.start]
                                   if t.i not in {c.i for c in v.children}):
            earlier = [f for f in before if f.rel in _REPEATABLE]
        if not subjects or not earlier:
            continue
        last = max(f.anchor for f in earlier)
        model = [f for f in earlier if f.anchor == last]
        for ref in res.many(subjects[0]):
            for f in model:
                if _allowed(f.rel, ref, f.target) and ref != f.source:
                    out.append(replace(f, source=ref, anchor=v.i, sent=sent,
                                       confidence=f.confidence * 0.85))
    return out
