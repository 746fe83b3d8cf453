"""A state's stated expectation of another is a request: "Pretoria expected the United
States to hand over what it had", "Kigali expects the Congolese government to dismantle
the FDLR" ask the other to act, as "urged" does; so does expecting another to support or
help the expecting side ("expected Russia to support its fight"). Not what one expects to
happen ("expects China to win", "expects Russia to launch an offensive", "expected China
to fund the railway", "expects Beijing to back Moscow"): the other must be an actor, its
act one a state is asked to do.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.stance import speaker_for_state

__all__ = ["expectation_rule"]

#: Acts a state is asked to do (not one it is merely expected to do, "launch", "fund"):
#: hand over, dismantle, withdraw, respect, honour, refrain, punish, explain.
_ASKED_ACTS = words("hand dismantle withdraw release respect honour honor adhere refrain stop "
                    "halt cease end comply abide implement fulfil fulfill return extradite "
                    "investigate punish explain apologise apologize clarify reverse lift "
                    "reconsider ensure guarantee disarm disband expel surrender")
#: Acts a state may forecast of another ("expects Beijing to back Moscow") but asks for
#: when they are for the expecting side itself: "expected Y to support its fight".
_HELPING = words("support back help assist")
_ACTORS = ("Country", "Person")


def expectation_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X expected Y to do Z': X asked Y to do Z."""
    if tok.lemma_ != "expect" or negated(tok) or hypothetical(tok):
        return
    subj = [r for r in _subjects(tok, res) if r.kind in _ACTORS]
    acts = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and not negated(c) and (
        c.lemma_ in _ASKED_ACTS or (c.lemma_ in _HELPING and _for_self(c, subj, res)))]
    others = [s for a in acts for s in a.children if s.dep_ == "nsubj"] or [
        c for c in tok.children if c.dep_ == "dobj" and acts]
    if not others or not subj:
        return
    tgts = [r for o in others if o.pos_ != "PRON" for r in res.many(o)  # (not "expect it
            if r.kind in _ACTORS and r not in subj]  # to open soon": a thing, as often)
    _emit(out, R.REQUESTED, speaker_for_state(tok, subj, res), tgts, tok, sent,
          confidence=0.5)


def _for_self(act: Token, subj: list[Ref], res: Resolver) -> bool:
    """Whether ``act`` is done for the expecting side: its object is that side ('to help
    Kenya') or its own ('to support its fight', 'our efforts')."""
    return any(any(r in subj for r in res.many(o)) or any(
        p.dep_ == "poss" and p.lower_ in ("its", "their", "our", "his", "her")
        for p in o.children) for o in act.children if o.dep_ == "dobj")
