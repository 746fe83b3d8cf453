"""Verb rules over the dependency parse, and the per-sentence entry point.

For each sentence, every verb whose lemma is in the lexicon states a relation
between its subjects and its objects (passive voice swaps them; a missing
subject is taken from the governing verb or the noun it qualifies: "the Indian
decision to suspend the treaty"). Negated and hypothetical acts are skipped.
Coordinated subjects give pairwise facts ("South Korea and Japan agreed");
"held talks with", "told X that ... will" and accord verbs ("executed a
ceasefire") have their own forms. Noun rules live in :mod:`.nominal`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _emit,
    _hypothetical,
    _mode,
    _negated,
    _objects,
    _pairwise,
    _place,
    _pobjs,
    _subjects,
)
from dipgraph.loaders.extract.lexicon import VERB_RELATIONS, WITHDREW_PHRASES
from dipgraph.loaders.extract.nominal import agreed_by_rule, ally_rule, noun_rule
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["RawFact", "sentence_facts"]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())




_ACCORD_VERBS = _words("execute reach strike conclude clinch finalize finalise")


def _future_clause(v: Token) -> bool:
    return any(c.dep_ == "ccomp" and any(a.lower_ in ("will", "would") for a in c.children)
               for c in v.children)


def _verb_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    rel = VERB_RELATIONS.get(v.lemma_)
    if rel is None and v.lemma_ == "tell" and _future_clause(v) and not _negated(v):
        _emit(out, R.PLEDGED, _subjects(v, res), _objects(v, res), v, sent, confidence=0.6)
        return
    if rel is None and v.lemma_ in _ACCORD_VERBS and not _negated(v):
        accords = [t for t in _objects(v, res) if t.kind == "Accord"]
        subj = _subjects(v, res)
        if accords and len(subj) >= 2:
            _pairwise(out, R.AGREED, subj, v, sent, confidence=0.6)
        return
    parts = {c.lower_ for c in v.children if c.dep_ in ("prt", "prep", "dobj", "advmod")}
    parts |= {p.lower_ for c in v.children if c.dep_ == "prep" for p in c.children}
    for (lemma, word), phrase_rel in WITHDREW_PHRASES.items():
        if v.lemma_ == lemma and word in parts:
            rel = phrase_rel
    if rel is None or _negated(v) or _hypothetical(v):
        return
    if v.lemma_ == "call" and "on" not in parts and "upon" not in parts and "for" not in parts:
        return
    subj = _subjects(v, res)
    passive = any(c.dep_ == "nsubjpass" for c in v.children)
    if passive and not any(c.dep_ == "agent" for c in v.children):
        return
    objs = _objects(v, res) if rel not in (R.MET_WITH,) or v.lemma_ != "hold" else []
    if rel == R.MET_WITH and v.lemma_ in ("hold", "have", "speak", "talk"):
        dobj = next((c for c in v.children if c.dep_ == "dobj"), v)
        others = _pobjs(dobj, ("with",), res) + _pobjs(v, ("with",), res)
        group = subj + [o for o in others if o not in subj]
        _pairwise(out, rel, group, v, sent, place=_place(v, res) or _place(dobj, res),
                  mode=_mode(v))
        return
    if rel == R.MET_WITH:
        others = objs + _pobjs(v, ("with",), res)
        if passive:
            others = [r for c in v.children if c.dep_ == "nsubjpass" for r in res.many(c)]
        group = subj + [o for o in others if o not in subj]
        if others or len(subj) >= 2:
            _pairwise(out, rel, group, v, sent, place=_place(v, res), mode=_mode(v))
        return
    if rel == R.AGREED:
        partners = _pobjs(v, ("with",), res)
        group = subj + [p for p in partners if p not in subj]
        we = any(c.dep_ == "nsubj" and c.lower_ == "we" for c in v.children)
        if we and len(group) == 1 and group[0].kind == "Person":
            # "We agree," the leader said: the speaker and the counterpart he stands with.
            others = [p for p in res.state.persons if p != group[0]]
            if others:
                _pairwise(out, rel, [group[0], others[-1]], v, sent, confidence=0.5)
            return
        _pairwise(out, rel, group, v, sent)
        return
    if rel == R.VISITED:
        tgts = objs + _pobjs(v, ("in", "to"), res)
        _emit(out, rel, subj, tgts, v, sent)
        return
    if rel == R.WITHDREW_FROM:
        tgts = objs + _pobjs(v, ("from", "of", "out"), res)
        _emit(out, rel, subj, [t for t in tgts if t.kind == "Accord"], v, sent)
        return
    if rel == R.SIGNED:
        partners = _pobjs(v, ("with",), res)
        accords = [t for t in objs if t.kind == "Accord"]
        _emit(out, rel, subj + [p for p in partners if p not in subj], accords, v, sent)
        if len(subj) + len(partners) >= 2 and accords:
            _pairwise(out, R.AGREED, subj + partners, v, sent, confidence=0.5)
        return
    direct = next((c for c in v.children if c.dep_ == "dobj"), None)
    tgts = list(objs)
    if rel == R.PLEDGED and direct is not None and direct.lemma_ == "support":
        extra = _pobjs(direct, ("for", "to"), res)
        _emit(out, R.SUPPORTED, subj, extra, v, sent, confidence=0.6)
    if rel in (R.PLEDGED, R.SUPPORTED, R.REQUESTED, R.WARNED, R.CRITICIZED):
        tgts += _pobjs(v, ("to", "on", "upon", "for", "against"), res)
        if direct is not None and not tgts:
            tgts += _pobjs(direct, ("for", "to", "with"), res)
    if rel == R.PLEDGED and not tgts and len(subj) >= 2:
        for a in subj:
            _emit(out, rel, [a], [b for b in subj if b != a], v, sent)
        return
    if rel == R.SUPPORTED and v.lemma_ == "welcome":
        guests = [r for c in v.children if c.dep_ in ("dobj", "nsubjpass")
                  for r in res.many(c)]
        people = [t for t in tgts if t.kind == "Person" and t in guests]
        if people:
            _pairwise(out, R.MET_WITH, subj + people, v, sent, place=_place(v, res),
                      mode=_mode(v))
        tgts = [t for t in tgts if t not in people]
    _emit(out, rel, subj, tgts, v, sent)


def sentence_facts(sent: Span, res: Resolver) -> list[RawFact]:
    """All relations stated in one sentence."""
    out: list[RawFact] = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
            _verb_rule(tok, sent, res, out)
            agreed_by_rule(tok, sent, res, out)
        elif tok.pos_ in ("NOUN", "PROPN"):
            noun_rule(tok, sent, res, out)
            ally_rule(tok, sent, res, out)
    for fact in out:
        if fact.what is None and fact.rel not in (R.HOLDS_OFFICE, R.ALLY_OF, R.MET_WITH):
            fact.what = _content_of(sent.doc[fact.anchor])
    return out


_TOPIC_PREPS = ("over", "about", "on", "regarding", "for")


def _content_of(anchor: Token) -> str | None:
    """What was asked, agreed, pledged or deplored: the clause the verb takes, else the
    topic phrase ('concern over X'), else its object; at most 30 tokens of the text."""
    kids = list(anchor.children)
    parts = [c for c in kids if c.dep_ in ("xcomp", "ccomp")]
    if not parts:
        holders = [anchor, *[c for c in kids if c.dep_ == "dobj"]]
        if anchor.dep_ == "dobj":
            holders.append(anchor.head)
        parts = [c for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
    if not parts:
        parts = [c for c in kids if c.dep_ == "dobj"]
    if not parts:
        return None
    lo = min(t.left_edge.i for t in parts)
    hi = min(max(t.right_edge.i for t in parts) + 1, lo + 30)
    span = anchor.doc[lo:hi]
    text = span.text.strip(" ,.;:\"'\u201c\u201d")
    for lead in ("to ", "that "):
        if text.lower().startswith(lead):
            text = text[len(lead):]
    return text or None
