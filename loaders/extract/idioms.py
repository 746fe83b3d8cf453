"""Idiomatic relation forms the plain verb table cannot state.

Light verb + noun ("reached consensus", "struck a deal", "came to an agreement",
"put pen to paper on", "put their signatures to"), the adjectival concern ("is
concerned about X", "was alarmed by X"), the phone call stated by the bare
verb ("X called Y on Monday"), a threat stated without a warning verb ("any attempt
... will be considered an act of war") and name-calling ("called Y a dictator")
as criticism. Each rule is written over lemmas and dependency
relations, with the same negation and hypothetical guards as the verb rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _emit,
    _hypothetical,
    _negated,
    _pairwise,
    _place,
    _pobjs,
    _subjects,
)
from dipgraph.loaders.extract.lexicon import CONCERN_ADJECTIVES, LIGHT_VERB_NOUNS
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = [
    "SAY_VERBS",
    "concern_adjective_rule",
    "concern_targets",
    "light_verb_rule",
    "name_calling",
    "phone_call_rule",
    "presence_rule",
    "veiled_threat",
]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())

_AGREE_NOUNS = next(nouns for _verbs, nouns, rel in LIGHT_VERB_NOUNS if rel == R.AGREED)
_CONCERN_PREPS = ("over", "about", "regarding", "on", "at", "by", "with", "for", "concerning")


def _light_noun(v: Token) -> tuple[Token, R] | None:
    """The noun a light verb takes and the relation the pair states."""
    nouns = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if v.lemma_ == "come":  # "came to an agreement / a consensus"
        nouns = [o for p in v.children if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"]
        return next(((n, R.AGREED) for n in nouns if n.lemma_ in _AGREE_NOUNS), None)
    for n in nouns:
        for verbs, heads, rel in LIGHT_VERB_NOUNS:
            if v.lemma_ in verbs and (n.lemma_ in heads or n.lower_ in heads):
                return n, rel
    return None


def light_verb_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
    """'X and Y reached consensus on ...', 'X reached an agreement with Y', 'X and Y put
    pen to paper on the Z Accord': True when the verb was read as such a phrase."""
    found = _light_noun(v)
    if found is None:
        return False
    noun, rel = found
    if _negated(v) or _hypothetical(v) or any(c.dep_ == "det" and c.lower_ == "no"
                                              for c in noun.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and \
            v.head.lemma_ not in ("manage", "succeed"):
        return True  # "met to strike a deal": a purpose, not yet an agreement
    subj = [r for r in _subjects(v, res) if r.kind in ("Person", "Country")]
    partners = [r for h in (v, noun) for r in _pobjs(h, ("with", "between"), res)
                if r.kind in ("Person", "Country") and r not in subj]
    if rel == R.AGREED:
        _pairwise(out, rel, subj + partners, v, sent, confidence=0.7)
        return True
    accords = [r for t in v.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "on")
               for r in res.many(t) if r.kind == "Accord"]
    _emit(out, rel, subj + partners, list(dict.fromkeys(accords)), v, sent, confidence=0.7)
    return True


def concern_targets(heads: list[Token], res: Resolver) -> list[Ref]:
    """The thing a concern is about: the last named entity inside an over/about/by... phrase
    under any of ``heads`` (a demonym only qualifies the topic)."""
    best: list[Ref] = []
    for c in [c for h in heads for c in h.children]:
        if c.dep_ in ("prep", "agent") and c.lower_ in _CONCERN_PREPS:
            for sub in c.subtree:
                j = res.dm.owner[sub.i]
                if j < 0 or res.dm.mentions[j].demonym:
                    continue
                ref = res.mention_ref(j, sub)
                if ref is not None and ref not in best:
                    best.append(ref)
    return best[-1:]


def concern_adjective_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X is deeply concerned about Y', 'X was alarmed by the fighting in Y', 'X remains
    worried over Y': the subject of the copula (or of the passive) expressed concern."""
    if tok.lower_ not in CONCERN_ADJECTIVES or _negated(tok) or _hypothetical(tok):
        return
    if tok.dep_ == "acomp":
        if _negated(tok.head) or _hypothetical(tok.head):
            return
        srcs = _subjects(tok.head, res)
    elif any(c.dep_ in ("nsubjpass", "nsubj") for c in tok.children):
        srcs = [r for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")
                for r in res.many(c)]
    else:
        return
    tgts = concern_targets([tok], res)
    _emit(out, R.EXPRESSED_CONCERN, srcs, tgts, tok, sent, confidence=0.7)


def phone_call_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X called Y on Monday', 'X rang Y': a call to a named person is a phone meeting
    (not 'called on', 'called for', 'called Y a liar', 'called Y to the stand')."""
    if v.lemma_ != "call" or _negated(v) or _hypothetical(v):
        return
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "nsubjpass") for c in v.children):
        return
    if v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ in ("on", "upon", "for"):
        return
    people = [r for c in v.children if c.dep_ == "dobj" for r in res.many(c)
              if r.kind == "Person"]
    subj = [r for r in _subjects(v, res) if r.kind == "Person"]
    if people and subj:
        _pairwise(out, R.MET_WITH, subj + [p for p in people if p not in subj], v, sent,
                  place=_place(v, res), mode="phone", confidence=0.7)


SAY_VERBS = _words("say tell state declare add")
_THREAT_LEMMAS = _words("suffer retaliate retaliation consequence consequences")


def veiled_threat(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
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
    "threat aggressor butcher unacceptable irresponsible provocative reckless outrageous "
    "shameful hostile absurd baseless hypocritical deplorable")


def name_calling(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X called Y "a corrupt dictator"', 'branded Y a rogue state', 'dismissed Y's claims
    as baseless': calling someone or their words names is criticism (not a request)."""
    label = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or (
        c.dep_ == "prep" and c.lower_ == "as")]
    dobjs = [c for c in v.children if c.dep_ == "dobj"]
    label += dobjs[1:]  # "branded X a rogue state" parsed with two objects
    if not label or _negated(v) or _hypothetical(v):
        return
    if not any(t.lower_ in _PEJORATIVE for c in label for t in c.subtree):
        return
    # "called Y's remarks unacceptable": the owner of what is so called
    tgts = [r for c in dobjs[:1] for r in res.many(c, target=True)]
    _emit(out, R.CRITICIZED, _subjects(v, res), tgts, v, sent, confidence=0.6)


def presence_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'A and B signed the deal in the presence of C', 'A met B in C's presence': persons
    acting in someone's presence met that person."""
    hosts: list[Ref] = []
    for p in v.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "under"):
            continue
        for o in p.children:
            if o.dep_ != "pobj" or o.lemma_ not in ("presence", "auspices", "witness"):
                continue
            hosts += [r for c in o.children if c.dep_ == "poss" for r in res.many(c)]
            hosts += [r for r in _pobjs(o, ("of",), res, deep=False)]
    hosts = [r for r in hosts if r.kind == "Person"]
    if not hosts or _negated(v) or _hypothetical(v):
        return
    actors = [r for r in _subjects(v, res) if r.kind == "Person" and r not in hosts]
    for a in actors:
        for h in hosts:
            _pairwise(out, R.MET_WITH, [a, h], v, sent, place=_place(v, res),
                      mode="in_person", confidence=0.6)

