"""Verb rules over the dependency parse, and the per-sentence entry point.

For each sentence, every verb whose lemma (or phrasal form: "lashed out at",
"walked away from", "signed off on") is in the lexicon states a relation between
its subjects and its objects (passive voice swaps them; a missing subject is taken
from the governing verb, the noun it qualifies or the author of the message it
hangs on: "issued a statement warning that ..."). Negated, denied, questioned,
planned and conditional acts are skipped. Coordinated subjects and objects give
pairwise facts; "told X that ... will", "said it would stand by X", accord verbs
("executed a ceasefire") and co-signers have their own forms. Meetings live in
:mod:`.meetings`, noun rules in :mod:`.nominal`, idioms in :mod:`.idioms`.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import (
    NO_CONTENT,
    R,
    RawFact,
    _content_of,
    _emit,
    _hypothetical,
    _mode,
    _negated,
    _objects,
    _owner,
    _pairwise,
    _place,
    _pobjs,
    _subjects,
)
from dipgraph.loaders.extract.idioms import (
    SAY_VERBS,
    concern_adjective_rule,
    concern_targets,
    light_verb_rule,
    name_calling,
    phone_call_rule,
    presence_rule,
    veiled_threat,
)
from dipgraph.loaders.extract.lexicon import (
    CONCERN_ADJECTIVES,
    LIGHT_VERB_NOUNS,
    NEEDS_CLAUSE,
    PHRASAL_RELATIONS,
    PLEDGE_ACTS,
    VERB_RELATIONS,
)
from dipgraph.loaders.extract.meetings import clause_heads, joined_talks, met_with, phrase_words
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
    clauses = [c for c in v.children if c.dep_ in ("xcomp", "ccomp")] + [
        p for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children if p.dep_ == "pcomp"]  # "committed to supplying X with ..."
    for c in clauses:
        own |= {r for s in c.children if s.dep_ == "nsubj" for r in res.many(s)}
        for d in c.children:
            if d.dep_ in ("dobj", "dative"):
                refs = [r for r in res.many(d, target=True)
                        if r.kind in ("Country", "Person") and r not in own]
                if refs:
                    return refs
    return []


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


def _clause_target(v: Token, subj: list[Ref], res: Resolver) -> list[Ref]:
    """'threatened to sever relations with X', 'warned that it would not accept any move
    by X', 'warned that Y would act to deter Russian aggression': with no object, the state
    or person inside the complement clause (a named one first, then one a demonym names)."""
    own = _own_side(subj, res)
    for c in v.children:
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        for t in c.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in _CLAUSE_PREPS and res.dm.owner[t.i] >= 0:
                refs = [r for r in res.many(t) if r.kind in ("Country", "Person")
                        and r not in own]
                if refs:
                    return refs
        for t in c.subtree:  # named states only, not pronouns or groups ("its members"),
            # objects of this clause only (its subject is often the warner's own side)
            if t.dep_ in ("dobj", "pobj") and _clause_of(t, c) == c:
                named = [x for x in (t, *t.children) if res.dm.owner[x.i] >= 0 and (
                    x == t or x.dep_ in ("amod", "compound", "poss"))]
                refs = [r for x in named for r in res.one(x, demonym=True)
                        if r.kind == "Country" and r not in own]
                if refs:
                    return refs[:1]
    return []


def _clause_of(t: Token, top: Token) -> Token:
    """The clause ``t`` belongs to, counting 'to'-infinitives ('would act to deter X') as
    part of the clause above them, but not coordinated clauses ('... and urged Y')."""
    h = t.head
    while h.pos_ not in ("VERB", "AUX") and h.head != h:
        h = h.head
    while h != top and h.dep_ in ("xcomp", "advcl") and h.head != h:
        h = h.head
    return h


def _own_side(subj: list[Ref], res: Resolver) -> set[Ref]:
    """The actors and the states the acting persons stand for."""
    own = set(subj)
    for r in subj:
        info = res.people.persons.get(r.key) if r.kind == "Person" else None
        if info and info.country:
            own.add(Ref("Country", info.country))
    return own


_SAY_PLEDGE = _words("say tell announce declare state add")
_THREAT_WORDS = _words("face suffer consequence retaliate retaliation pay punish sanction "
                       "regret")
_SOUGHT = _words("help support assistance backing aid cooperation mediation clarification "
                 "explanation intervention")


def _said_pledge(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X said it would continue to stand by Y', 'X said Kenya will help Y rebuild': a
    speaker who says it will do a helping act for another pledges it to that other."""
    if v.lemma_ not in _SAY_PLEDGE or _negated(v) or _hypothetical(v):
        return
    subj = [r for r in _subjects(v, res) if r.kind in ("Country", "Person")]
    own = _own_side(subj, res)
    for c in v.children:
        if c.dep_ != "ccomp" or not any(a.lower_ in ("will", "would", "shall")
                                        for a in c.children if a.dep_ == "aux"):
            continue
        if any(a.dep_ == "mark" and a.lower_ in ("if", "whether") for a in c.children):
            continue
        actors = [r for s in c.children if s.dep_ == "nsubj" for r in res.many(s)]
        if not actors or not set(actors) <= own:
            continue
        act = c
        while act.lemma_ in ("continue", "remain", "keep") and any(
                x.dep_ == "xcomp" for x in act.children):
            act = next(x for x in act.children if x.dep_ == "xcomp")
        if act.lemma_ not in PLEDGE_ACTS:
            continue
        tgts = [r for d in act.children if d.dep_ in ("dobj", "dative")
                for r in res.many(d, target=True)]
        tgts += _pobjs(act, ("by", "with", "to", "for", "behind"), res)
        tgts = [r for r in dict.fromkeys(tgts) if r.kind in ("Country", "Person")
                and r not in own]
        _emit(out, R.PLEDGED, subj, tgts, v, sent, confidence=0.5)


def _clause_subject(v: Token, subj: list[Ref], res: Resolver) -> list[Ref]:
    """'demanded that X withdraw its troops': the subject of the that-clause is asked."""
    for c in v.children:
        if c.dep_ == "ccomp":
            for s in c.children:
                if s.dep_ == "nsubj":
                    return [r for r in res.many(s) if r.kind in ("Country", "Person")
                            and r not in subj]
    return []


def _future_clause(v: Token) -> bool:
    return any(c.dep_ == "ccomp" and any(a.lower_ in ("will", "would") for a in c.children)
               for c in v.children)


_LABEL_VERBS = _words("brand label describe dub dismiss reject")
_TERMS = _words("proposal offer plan terms compromise initiative")
#: Lemmas any verb rule reads; other verbs are skipped at once (throughput).
_RELEVANT = _LABEL_VERBS | frozenset(VERB_RELATIONS) | {k[0] for k in PHRASAL_RELATIONS} | \
    _SAY_PLEDGE | SAY_VERBS | _ACCORD_VERBS | _SUSPEND_VERBS | {
        v for verbs, _n, _r in LIGHT_VERB_NOUNS for v in verbs} | {
        "tell", "join", "call", "seek", "come", "commit", "committed", "accept"}


_TARGET_PREPS = ("to", "on", "upon", "for", "against")


def _verb_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    if v.lemma_ not in _RELEVANT and v.lower_ not in _RELEVANT:
        return
    rel = VERB_RELATIONS.get(v.lemma_)
    if v.lemma_ in NEEDS_CLAUSE and not any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
        rel = None
    if v.lemma_ == "commit" and not any(c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "prep" and c.lower_ == "to") for c in v.children):
        rel = None  # "committed to X", not "committed crimes against X"
    if v.lemma_ in SAY_VERBS and not _negated(v) and veiled_threat(v, sent, res, out):
        return
    if rel is None:
        _said_pledge(v, sent, res, out)
    if rel is None and v.lemma_ == "tell" and _future_clause(v) and not _negated(v):
        # "told Y that X will help" is a pledge; "told Y it would face consequences" a warning
        said = {t.lemma_ for c in v.children if c.dep_ == "ccomp" for t in c.subtree}
        told = R.WARNED if said & _THREAT_WORDS else R.PLEDGED
        _emit(out, told, _subjects(v, res), _objects(v, res), v, sent, confidence=0.6)
        return
    if rel is None and v.lemma_ == "seek" and any(
            c.dep_ == "dobj" and c.lemma_ in _SOUGHT for c in v.children):
        rel = R.REQUESTED  # "sought X's help", "sought continued Indian support"
    if rel is None and v.lemma_ == "join" and not _negated(v) and not _hypothetical(v):
        joined_talks(v, sent, res, out)
        return
    if light_verb_rule(v, sent, res, out):
        return
    if rel is None and v.lemma_ in _ACCORD_VERBS and not _negated(v):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return  # "met to finalise the declaration": a purpose, not yet an agreement
        accords = [t for t in _objects(v, res) if t.kind == "Accord"]
        subj = _subjects(v, res)
        if accords and len(subj) >= 2:
            _pairwise(out, R.AGREED, subj, v, sent, confidence=0.6)
        return
    parts = phrase_words(v)
    if v.lemma_ == "call" and not (v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ in (
            "on", "upon", "for")):
        parts -= {"on", "upon", "for"}  # "called X a liar on Monday" is no "call on"
    phrase = None
    for (lemma, word), phrase_rel in PHRASAL_RELATIONS.items():
        if v.lemma_ == lemma and word in parts:
            rel, phrase = phrase_rel, word
    if v.lemma_ in _SUSPEND_VERBS and not _negated(v) and any(
            c.dep_ == "dobj" and c.lemma_ in _TIES for c in v.children):
        _suspended(v, sent, res, out)
        return
    if rel is None and v.lemma_ == "call":
        name_calling(v, sent, res, out)
        phone_call_rule(v, sent, res, out)
        return
    if rel is None and v.lemma_ in _LABEL_VERBS:
        name_calling(v, sent, res, out)
        return
    if rel is None and v.lemma_ == "accept" and not _negated(v) and not _hypothetical(v):
        # "X accepted Y's proposal": X consented to what Y put forward
        terms = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in _TERMS]
        owners = [r for c in terms for r in _owner(c, res) if r.kind in ("Country", "Person")]
        subj = _subjects(v, res)
        for a in subj:
            _pairwise(out, R.AGREED, [a, *[o for o in owners if o != a]], v, sent,
                      confidence=0.6)
        return
    if rel is None or _negated(v) or _hypothetical(v) or _alleged(v):
        return
    if v.lemma_ == "call" and "on" not in parts and "upon" not in parts and "for" not in parts:
        return
    if v.lemma_ == "call" and rel == R.REQUESTED and "for" not in parts and not any(
            c.dep_ in ("xcomp", "ccomp") for t in (v, *v.subtree) for c in t.children):
        rel = R.MET_WITH  # "called on the Vice-President": a courtesy call, not a request
    if any(c.dep_ in ("dobj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ in ("any", "no") for d in c.children)
            for c in v.children):
        return  # "before signing any deal", "signed no accord"
    subj = _subjects(v, res)
    passive = any(c.dep_ == "nsubjpass" for c in v.children) or (
        v.tag_ == "VBN" and v.dep_ in ("advcl", "acl") and not any(
            c.dep_ in ("nsubj", "aux") for c in v.children))  # "Asked about X, he said"
    if v.lemma_ == "commit" and (passive or v.dep_ == "acomp"):
        # "X is committed to helping Y": the state of commitment is a pledge.
        subj = [r for c in v.children if c.dep_ == "nsubjpass" for r in res.many(c)] or \
            _subjects(v.head, res)
        tgts = _beneficiary(v, subj[0], res) if len(subj) == 1 else []
        _emit(out, R.PLEDGED, subj, tgts, v, sent, confidence=0.6)
        return
    if passive and not any(c.dep_ == "agent" for c in v.children):
        return
    if rel == R.MET_WITH:
        met_with(v, sent, res, out, subj, passive)
        return
    objs = _objects(v, res)
    holders = clause_heads(v)
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
        tgts = objs + [t for h in holders for t in _pobjs(h, ("in", "to", "into"), res)]
        _emit(out, rel, subj, list(dict.fromkeys(tgts)), v, sent)
        return
    if rel == R.WITHDREW_FROM:
        tgts = objs + [t for h in holders for t in _pobjs(h, ("from", "of", "out", "on"), res)]
        _emit(out, rel, subj, list(dict.fromkeys(t for t in tgts if t.kind == "Accord")),
              v, sent)
        return
    if rel == R.SIGNED and v.dep_ not in ("acl", "relcl", "advcl"):
        # "A and B signed the deal in X", "the deal was signed by A and B": co-signers in
        # one main clause met at the signing (not "the treaty, signed by A and B in 1990")
        people = [r for r in subj if r.kind == "Person"]
        if len(people) >= 2:
            _pairwise(out, R.MET_WITH, people, v, sent, place=_place(v, res),
                      mode="in_person", confidence=0.5)
    if rel == R.SIGNED:
        partners = _pobjs(v, ("with",), res) + [
            p for c in v.children if c.dep_ == "dobj" for p in _pobjs(c, ("with",), res)
            if p.kind in ("Country", "Person")]
        accords = [t for t in objs if t.kind == "Accord"] or [
            t for h in holders for t in _pobjs(h, ("on", "to"), res) if t.kind == "Accord"] \
            or _relcl_accord(v, res)
        _emit(out, rel, subj + [p for p in partners if p not in subj], accords, v, sent)
        return
    if rel == R.EXPRESSED_CONCERN:  # "worried about X", "feared for X"
        _emit(out, rel, subj, concern_targets(holders, res), v, sent, confidence=0.7)
        return
    direct = next((c for c in v.children if c.dep_ == "dobj"), None)
    if v.lemma_ == "demand":  # "demanded the release of X's citizens": not X that is asked
        objs = [r for c in v.children if c.dep_ == "dobj" for r in res.many(c)] + [
            r for h in holders for r in _pobjs(h, ("from",), res)]
    tgts = list(objs)
    if rel == R.PLEDGED and direct is not None and direct.lemma_ == "support":
        extra = _pobjs(direct, ("for", "to"), res)
        _emit(out, R.SUPPORTED, subj, extra, v, sent, confidence=0.6)
    if rel in (R.PLEDGED, R.SUPPORTED, R.REQUESTED, R.WARNED, R.CRITICIZED):
        # a phrasal verb names its target with its own word: "lashed out at", "rallied behind"
        preps = (*_TARGET_PREPS, phrase, "at", "behind") if phrase else _TARGET_PREPS
        tgts += [t for h in holders if h != direct for t in _pobjs(h, preps, res)]
        if direct is not None and not tgts:
            tgts += _pobjs(direct, ("for", "to", "with", "behind"), res)
        if direct is not None and not tgts and rel == R.WARNED:
            tgts += _pobjs(direct, ("against",), res)  # "threatened retaliation against X"
        if direct is not None and not tgts and rel == R.CRITICIZED:
            tgts += _owner(direct, res)  # "condemned the attack by X"
    if rel == R.REQUESTED and not tgts:
        tgts = _clause_subject(v, subj, res)
    if rel == R.WARNED and not tgts:
        tgts = _clause_target(v, subj, res)
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
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_.startswith(
                "VB")) or (tok.lower_ == "committed" and tok.dep_ == "acomp"):
            _verb_rule(tok, sent, res, out)
            agreed_by_rule(tok, sent, res, out)
            presence_rule(tok, sent, res, out)
        elif tok.pos_ in ("NOUN", "PROPN"):
            noun_rule(tok, sent, res, out)
            ally_rule(tok, sent, res, out)
        if tok.lower_ in CONCERN_ADJECTIVES:
            concern_adjective_rule(tok, sent, res, out)
    for fact in out:
        if fact.what is None and fact.rel not in NO_CONTENT:
            fact.what = _content_of(sent.doc[fact.anchor])
    return out
