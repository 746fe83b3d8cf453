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

from itertools import pairwise

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
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["RawFact", "sentence_facts"]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())




_ACCORD_VERBS = _words("execute reach strike conclude clinch finalize finalise")


_RECIPROCAL = _words("each one mutual mutually bilateral reciprocal jointly together")


def _reciprocal(v: Token) -> bool:
    """'vowed to defend each other', 'pledged mutual support': a pledge between co-subjects."""
    words = [t.lower_ for t in v.subtree if t.i > v.i]
    if any((a, b) in (("each", "other"), ("one", "another")) for a, b in pairwise(words)):
        return True
    return any(w in ("mutual", "bilateral", "reciprocal") for w in words)


_TALKS = _words("talks meeting summit call conference discussions session")


def _joined_talks(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X joined (part of) the talks by video link': X met the group last talked about."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    objs += [o for d in objs for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    if not any(o.lower_ in _TALKS for o in objs):
        return
    subj = [r for r in _subjects(v, res) if r.kind == "Person"]
    group = [r for r in res.state.group if r.kind == "Person" and r not in subj]
    if subj and len(group) >= 2:
        for a in subj:
            _emit(out, R.MET_WITH, [a], group, v, sent, mode=_mode(v), confidence=0.6)


def _relcl_accord(v: Token, res: Resolver) -> list[Ref]:
    """'the Lisbon Pact, a framework the two states signed in 1990': the accord the
    relative clause hangs on (through an apposition)."""
    if v.dep_ != "relcl":
        return []
    head = v.head
    refs = [r for r in res.one(head) if r.kind == "Accord"]
    if not refs and head.dep_ == "appos":
        refs = [r for r in res.one(head.head) if r.kind == "Accord"]
    return refs


def _beneficiary(v: Token, subj: Ref, res: Resolver) -> list[Ref]:
    """'pledged to provide the Philippines with ...', 'pledged that Chile would respect
    Peru's ...': the state or person the promised act is for (not the pledger's side)."""
    own = {subj}
    if subj.kind == "Person" and res.people.persons.get(subj.key):
        country = res.people.persons[subj.key].country
        if country:
            own.add(Ref("Country", country))
    for c in v.children:
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        own |= {r for s in c.children if s.dep_ == "nsubj" for r in res.many(s)}
        for d in c.children:
            if d.dep_ in ("dobj", "dative"):
                refs = [r for r in res.many(d, target=True)
                        if r.kind in ("Country", "Person") and r not in own]
                if refs:
                    return refs
    return []


_SAY_VERBS = _words("say tell state declare add")
_THREAT_LEMMAS = _words("suffer retaliate retaliation consequence consequences")


def _veiled_threat(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
    """'X said any attempt to ... will be considered an act of war', '"If ..., then Indian
    people will suffer," he said': a stated threat is a warning to the state it names (or,
    unnamed, to the other state of the article's main pair)."""
    for c in v.children:
        if c.dep_ != "ccomp":
            continue
        words = [t.lower_ for t in c.subtree]
        lemmas = {t.lemma_ for t in c.subtree}
        cue = bool(lemmas & _THREAT_LEMMAS) or any(
            words[i : i + 3] == ["act", "of", "war"] for i in range(len(words)))
        if not cue or not any(w in ("if", "any", "will", "would") for w in words):
            continue
        subj = [r for r in _subjects(v, res) if r.kind in ("Country", "Person")]
        own = set(subj)
        for r in subj:
            info = res.people.persons.get(r.key) if r.kind == "Person" else None
            if info and info.country:
                own.add(Ref("Country", info.country))
        tgts = [r for t in c.subtree for r in res.one(t, demonym=True)
                if r.kind == "Country" and r not in own]
        if not tgts:
            pair = res.state.country_pair or res.main_pair()
            tgts = [r for r in pair if r not in own][:1] if set(pair) & own else []
        _emit(out, R.WARNED, subj, list(dict.fromkeys(tgts)), v, sent, confidence=0.5)
        return bool(subj and tgts)
    return False


_PEJORATIVE = _words(
    "corrupt criminal terrorist terrorists dictator tyrant liar thief fascist traitor puppet "
    "illegitimate incompetent rogue murderer murderous war-monger warmonger clown disgrace "
    "threat aggressor butcher")


def _name_calling(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X called Y "a corrupt dictator"': calling someone names is criticism (not a request)."""
    label = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")]
    if not label or _negated(v) or _hypothetical(v):
        return
    if not any(t.lower_ in _PEJORATIVE for c in label for t in c.subtree):
        return
    tgts = [r for c in v.children if c.dep_ == "dobj" for r in res.many(c)]
    _emit(out, R.CRITICIZED, _subjects(v, res), tgts, v, sent, confidence=0.6)


_ALLEGE = _words("accuse charge blame suspect fault")


def _alleged(v: Token) -> bool:
    """'accused Kenya of backing X': the accuser does not back X, and the act is alleged."""
    t = v
    for _ in range(4):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in ("of", "for") and \
                t.head.head.lemma_ in _ALLEGE:
            return True
        if t.dep_ not in ("conj", "pcomp", "pobj", "prep") or t.head == t:
            return False
        t = t.head
    return False


_SUSPEND_VERBS = _words("suspend halt freeze end quit abandon terminate renounce")
_TIES = _words("participation compliance membership involvement obligations adherence")


def _suspended(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'suspended its participation in / compliance with <treaty>' is a withdrawal."""
    for d in v.children:
        if d.dep_ == "dobj" and d.lemma_ in _TIES:
            accords = [t for t in _pobjs(d, ("in", "with", "of", "to", "under"), res)
                       if t.kind == "Accord"]
            _emit(out, R.WITHDREW_FROM, _subjects(v, res), accords, v, sent, confidence=0.7)


_CLAUSE_PREPS = ("with", "by", "against", "on", "to", "from")


def _clause_target(v: Token, res: Resolver) -> list[Ref]:
    """'threatened to sever relations with X', 'warned that it would not accept any move
    by X': with no object, the state or person inside the complement clause."""
    for c in v.children:
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        for t in c.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in _CLAUSE_PREPS:
                refs = [r for r in res.many(t) if r.kind in ("Country", "Person")]
                if refs:
                    return refs
    return []


def _future_clause(v: Token) -> bool:
    return any(c.dep_ == "ccomp" and any(a.lower_ in ("will", "would") for a in c.children)
               for c in v.children)


def _verb_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    rel = VERB_RELATIONS.get(v.lemma_)
    if v.lemma_ in _SAY_VERBS and not _negated(v) and _veiled_threat(v, sent, res, out):
        return
    if rel is None and v.lemma_ == "tell" and _future_clause(v) and not _negated(v):
        _emit(out, R.PLEDGED, _subjects(v, res), _objects(v, res), v, sent, confidence=0.6)
        return
    if rel is None and v.lemma_ == "join" and not _negated(v) and not _hypothetical(v):
        _joined_talks(v, sent, res, out)
        return
    if rel is None and v.lemma_ in _ACCORD_VERBS and not _negated(v):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return  # "met to finalise the declaration": a purpose, not yet an agreement
        accords = [t for t in _objects(v, res) if t.kind == "Accord"]
        subj = _subjects(v, res)
        if accords and len(subj) >= 2:
            _pairwise(out, R.AGREED, subj, v, sent, confidence=0.6)
        return
    parts = {c.lower_ for c in v.children if c.dep_ in ("prt", "prep", "dobj", "advmod")}
    parts |= {p.lower_ for c in v.children if c.dep_ == "prep" for p in c.children}
    if v.lemma_ == "call" and not (v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ in (
            "on", "upon", "for")):
        parts -= {"on", "upon", "for"}  # "called X a liar on Monday" is no "call on"
    for (lemma, word), phrase_rel in WITHDREW_PHRASES.items():
        if v.lemma_ == lemma and word in parts:
            rel = phrase_rel
    if v.lemma_ in _SUSPEND_VERBS and not _negated(v) and any(
            c.dep_ == "dobj" and c.lemma_ in _TIES for c in v.children):
        _suspended(v, sent, res, out)
        return
    if rel is None and v.lemma_ == "call":
        _name_calling(v, sent, res, out)
        return
    if rel is None or _negated(v) or _hypothetical(v) or _alleged(v):
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
        partners = _pobjs(v, ("with",), res) + [
            p for c in v.children if c.dep_ == "dobj" for p in _pobjs(c, ("with",), res)
            if p.kind in ("Country", "Person")]
        accords = [t for t in objs if t.kind == "Accord"] or _relcl_accord(v, res)
        _emit(out, rel, subj + [p for p in partners if p not in subj], accords, v, sent)
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
    if rel == R.WARNED and not tgts:
        tgts = _clause_target(v, res)
    if rel == R.PLEDGED and not tgts and len(subj) == 1:
        tgts = _beneficiary(v, subj[0], res)
    if rel == R.PLEDGED and not tgts and len(subj) >= 2:
        if len(subj) > 2 and not _reciprocal(v):
            return
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
