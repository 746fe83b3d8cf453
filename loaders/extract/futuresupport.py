"""Support promised for the future is a pledge too: "Iwaya stated that Japan will continue to
support Sri Lanka's efforts", "Stoere said Oslo would keep supporting Ukraine", "Macron said
France was ready to support Nigeria's efforts" state both that the speaker backs the other
side and that his state undertakes to go on doing so (or stands ready to).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact
from dipgraph.loaders.extract.lexicon import PLEDGE_TARGETS, words
from dipgraph.loaders.extract.mood import conditional
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["future_support_rule"]

_SUPPORTING = words("support help assist stand back")  # ("would stand by / back X")
#: Verbs a supporting verb goes on under: "will continue to support", "would keep supporting".
_GOING_ON = words("continue keep")
_WILL = words("will would 'll shall")
#: Words of declared readiness, a promise as much as 'will': "France is ready to support X".
_READY = words("ready prepared willing")


def _promised_by_state(v: Token, res: Resolver) -> bool:
    """Whether ``v`` is support a state's clause promises: a 'will'/'would' on it or on the
    'continue'/'keep' it goes on under, whose subject is a state (named or by capital)."""
    clause = v.head if v.dep_ == "xcomp" and v.head.lemma_ in _GOING_ON else v
    ready = v.dep_ == "xcomp" and v.head.lower_ in _READY and v.head.dep_ == "acomp"
    clause = v.head.head if ready else clause  # "said France was ready to support X"
    if not (ready or any(c.dep_ == "aux" and c.lower_ in _WILL for c in clause.children)) or \
            any(conditional(t) or any(a.dep_ == "aux" and a.lemma_ == "have" for a in
                                      t.children) for t in (v, clause)):
        return False  # (not on a condition, nor "would have supported X")
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    j = res.dm.owner[subj.i] if subj is not None else -1
    return j >= 0 and res.dm.mentions[j].kind == "Country" and not res.dm.mentions[j].demonym


def future_support_rule(sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """Each SUPPORTED fact a state's promised support states gets a PLEDGED twin (not one
    that backs a body: a pledge is made to a state or a person)."""
    pledged = {(f.source, f.target) for f in out if f.rel == R.PLEDGED}
    for f in list(out):
        if f.rel != R.SUPPORTED or (f.source, f.target) in pledged or \
                f.target.kind not in PLEDGE_TARGETS:
            continue  # (backing a body is no pledge to it)
        anchor = sent.doc[f.anchor]  # the support verb, or the verb that reports it
        said = [t for c in anchor.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree]
        if not any(v.lemma_ in _SUPPORTING and _promised_by_state(v, res)
                   for v in [anchor, *said]):
            continue  # (not the support a clause joined to the fact's own verb promises)
        pledged.add((f.source, f.target))
        out.append(RawFact(R.PLEDGED, f.source, f.target, f.anchor, sent, confidence=0.6))
