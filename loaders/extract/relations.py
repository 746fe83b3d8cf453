"""Verb rules over the dependency parse (the per-sentence entry point is :mod:`.sentences`).

For each sentence, every verb whose lemma (or phrasal form: "lashed out at",
"walked away from", "signed off on") is in the lexicon states a relation between
its subjects and its objects (passive voice swaps them; a missing subject is taken
from the governing verb, the noun it qualifies or the author of the message it
hangs on: "issued a statement warning that ..."). Negated, denied, questioned,
planned and conditional acts are skipped. Coordinated subjects and objects give
pairwise facts; "told X that ... will", "said it would stand by X", accord verbs,
"summoned X's ambassador" and a group agreeing inside a meeting's clause have their own
forms. Signings live in :mod:`.signings`, meetings in :mod:`.meetings` (lists of participants in
:mod:`.gatherings`), noun rules in :mod:`.nominal`, alliances in :mod:`.alliances`, idioms
in :mod:`.idioms`, concern in :mod:`.concern`; each sentence's visits are settled by
:mod:`.visits` (both ends of a trip, no visit home or by the host)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.aidpledges import aid_in
from dipgraph.loaders.extract.allegations import alleged_act
from dipgraph.loaders.extract.antecedents import (
    act_doers,
    antecedent_owner,
    decision_owner,
    outsider_blame,
    pronoun_accord,
    relative_leaves,
    relcl_accord,
)
from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _emit,
    _objects,
    _owner,
    _pairwise,
    _phrase,
    _pobjs,
    _stray_agents,
    _subjects,
)
from dipgraph.loaders.extract.concern import (
    concern_targets,
)
from dipgraph.loaders.extract.idioms import (
    RENEW,
    SAY_VERBS,
    SUSPEND_VERBS,
    TIES,
    call_context_rule,
    harmful_act,
    lapsed,
    light_verb_rule,
    name_calling,
    not_ruled_out,
    phone_call_rule,
    rejected_sayings,
    suspended,
    told_off,
    veiled_threat,
)
from dipgraph.loaders.extract.lexicon import (
    GROUP_NOUNS,
    LIGHT_VERB_NOUNS,
    NEEDS_CLAUSE,
    PERSON_NOUNS,
    PHRASAL_RELATIONS,
    VERB_RELATIONS,
)
from dipgraph.loaders.extract.listed import person_at
from dipgraph.loaders.extract.meetings import (
    clause_heads,
    joined_talks,
    met_with,
    phrase_words,
    welcomed_guests,
)
from dipgraph.loaders.extract.mood import decided, hypothetical, joined_clauses, negated, to_clause
from dipgraph.loaders.extract.objects import companion_with, noun_owner, object_refs
from dipgraph.loaders.extract.participles import reduced_relative, set_off_infinitive, take_part
from dipgraph.loaders.extract.recognition import recognised_leader
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.signings import signed_rule
from dipgraph.loaders.extract.spans import in_relative_clauses
from dipgraph.loaders.extract.stance import (
    act_agents,
    called_target,
    force_owner,
    joint_parties,
    object_owners,
    proposer,
    speaker_for_state,
)
from dipgraph.loaders.extract.targets import (
    SAY_PLEDGE,
    THREAT_WORDS,
    _beneficiary,
    _clause_subject,
    _clause_target,
    _own_side,
    _reciprocal,
    _said_pledge,
    addressees,
    blamed_on,
    each_other,
    jailer,
    pledge_partner,
    summoned_states,
    told,
    vowed_rel,
)
from dipgraph.loaders.extract.visits import described_host, home_state

__all__ = ["RawFact", "verb_rule"]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())


_ACCORD_VERBS = _words("execute reach strike conclude clinch finalize finalise")


_SOUGHT = _words("help support assistance backing aid cooperation mediation clarification "
                 "explanation explanations intervention assurance assurances guarantee "
                 "guarantees apology extradition release")


_LABEL_VERBS = _words("brand label describe dub dismiss reject")
_TERMS = _words("proposal offer plan terms compromise initiative")
#: Lemmas any verb rule reads; other verbs are skipped at once (throughput).
_RELEVANT = _LABEL_VERBS | frozenset(VERB_RELATIONS) | {k[0] for k in PHRASAL_RELATIONS} | \
    SAY_PLEDGE | SAY_VERBS | _ACCORD_VERBS | SUSPEND_VERBS | {
        v for verbs, _n, _r in LIGHT_VERB_NOUNS for v in verbs} | {
        "tell", "join", "call", "seek", "come", "commit", "committed", "accept", "let",
        "rule", "summon", "make"} | RENEW


_GROUP_WORDS = PERSON_NOUNS | GROUP_NOUNS | {"they", "we", "both", "all"}


def _meeting_group(v: Token, out: list[RawFact]) -> list[Ref]:
    """'A and B held talks with C, where they agreed ...': a plural subject ('they', 'the
    three ministers', 'both sides') of a clause under a meeting verb is the meeting's group."""
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].lower_ not in _GROUP_WORDS or (
            subj[0].pos_ == "NOUN" and subj[0].tag_ != "NNS"):
        return []
    above = {a.i for a in v.ancestors}
    for f in reversed(out):
        if f.rel == R.MET_WITH and f.anchor in above and len(f.group) >= 2:
            return list(f.group)
    return []


_TARGET_PREPS = ("to", "on", "upon", "for", "against")
#: Others a state has: "promised help for Uganda's neighbours" is no pledge to Uganda.
_OTHERS = _words("neighbour neighbor rival enemy opponent rebel critic foe adversary "
                 "opposition")
#: Verbs whose 'to' after an object is where it goes: "invited X to Nairobi", "welcomed X to Y".
_DESTINATION_VERBS = _words("invite welcome")
#: Requested movements: their 'from' names a place left, not the one asked.
_MOVES = _words("withdrawal pullout pull-out release return removal exit evacuation expulsion "
                "departure retreat transfer extradition deportation")


def verb_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    call_context_rule(v, sent, res, out)  # "raised it with Y in a phone call": any verb
    if v.lemma_ not in _RELEVANT and v.lower_ not in _RELEVANT:
        return
    rel = vowed_rel(v, VERB_RELATIONS.get(v.lemma_))  # ("vowed to retaliate": a threat)
    if v.lemma_ in NEEDS_CLAUSE and not to_clause(v):
        rel = None
    if v.lemma_ == "commit" and not any(c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "prep" and c.lower_ == "to") for c in v.children):
        rel = None  # "committed to X", not "committed crimes against X"
    bound = [c for c in v.children if c.dep_ == "dobj" and c.lower_ not in (
        "itself", "themselves", "himself", "herself")] if v.lemma_ == "commit" else []
    states = [r for r in res.many(bound[0]) if r.kind == "Country"] if bound else []
    if len(states) >= 2 and rel is not None:  # "an accord committing the two countries to
        _pairwise(out, R.AGREED, states, v, sent)  # X": what they agreed on, no pledge
        return  # (not "Japan committed $5 billion to Ukraine", a pledge)
    if v.lemma_ in SAY_VERBS and not negated(v) and veiled_threat(v, sent, res, out):
        return
    if rel is None:
        _said_pledge(v, sent, res, out)
        harmful_act(v, sent, res, out)
    if rel is None and told_off(v, sent, res, out):
        return
    if rel is None and v.lemma_ == "tell" and told(v, sent, res, out):
        return
    if rel is None and v.lemma_ == "seek" and any(
            c.dep_ == "dobj" and c.lemma_ in _SOUGHT for c in v.children):
        rel = R.REQUESTED  # "sought X's help", "sought continued Indian support"
    if rel is None and (v.lemma_ in RENEW or v.lemma_ == "let") and lapsed(v, sent, res, out):
        return
    if v.lemma_ == "rule":
        not_ruled_out(v, sent, res, out)
        return
    if rel is None and v.lemma_ == "join" and not negated(v) and not hypothetical(v):
        joined_talks(v, sent, res, out)
        return
    if light_verb_rule(v, sent, res, out):
        return
    if rel is None and v.lemma_ in _ACCORD_VERBS and not negated(v):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return  # "met to finalise the declaration": a purpose, not yet an agreement
        accords = [t for t in _objects(v, res) if t.kind == "Accord"]
        subj = _subjects(v, res)
        if accords and len(subj) >= 2:
            _pairwise(out, R.AGREED, subj, v, sent, confidence=0.6)
        return
    parts = phrase_words(v) - companion_with(v)
    if v.lemma_ == "call" and not (v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ in (
            "on", "upon", "for")):
        parts -= {"on", "upon", "for"}  # "called X a liar on Monday" is no "call on"
    phrase = None
    for (lemma, word), phrase_rel in PHRASAL_RELATIONS.items():
        if v.lemma_ == lemma and word in parts:
            rel, phrase = phrase_rel, word
    if v.lemma_ in SUSPEND_VERBS and not negated(v) and any(
            c.dep_ == "dobj" and c.lemma_ in TIES for c in v.children):
        suspended(v, sent, res, out)
        return
    summoned = [] if v.lemma_ not in ("call", "summon") else [
        c for c in v.children if c.dep_ == "dobj"] or [  # ("called in X", read as a
        o for p in v.children if p.dep_ == "prep" and p.lower_ == "in" and p.i == v.i + 1
        for o in p.children if o.dep_ == "pobj"]  # preposition)
    called_in = v.lemma_ == "call" and "in" in parts and any(
        t.lower_ in _SUMMONED for c in summoned for t in _phrase(c))  # a summons
    if rel is None and v.lemma_ == "call" and not called_in:
        name_calling(v, sent, res, out)
        if not any(f.anchor == v.i for f in out):  # ('called X "a dictator"': no call)
            phone_call_rule(v, sent, res, out)
        return
    if rel is None and v.lemma_ in _LABEL_VERBS:
        name_calling(v, sent, res, out)
        if not any(f.anchor == v.i for f in out):  # (no label: "rejected X's statements")
            rejected_sayings(v, sent, res, out)
        return
    if ((rel is None and v.lemma_ == "summon") or called_in) and not negated(v) and \
            not hypothetical(v):
        # "summoned X's ambassador over the remarks": a formal protest to the envoy's state
        dm = res.dm  # the envoy the object names ("Ambassador B", not "Algeria's ambassador")
        passive = not summoned and v.lemma_ == "summon"  # "X's ambassador was summoned to
        if passive:  # the Iraqi Foreign Ministry": the ministry's state protests
            summoned = [c for c in v.children if c.dep_ == "nsubjpass"]
        envoys = [r for c in summoned for t in _phrase(c) if person_at(dm, t.i) >= 0
                  for r in res.one(t) if r.kind == "Person"][:1]
        who = _subjects(v, res)
        if passive:
            who = [r for r in who if r.kind != "Person" or r not in envoys] or [
                r for r in _pobjs(v, ("to",), res) if r.kind == "Country"]
        states = summoned_states(v, res) or [
            Ref("Country", s) for r in envoys if (s := home_state(r, res))]
        _emit(out, R.CRITICIZED, who, states, v, sent, confidence=0.6)
        # "Vice Minister A summoned Ambassador B": the two met
        _pairwise(out, R.MET_WITH, [r for r in who if r.kind == "Person"][:1] + envoys, v,
                  sent, mode="in_person", confidence=0.5)
        if any(c.dep_ in ("advcl", "xcomp") and any(
                VERB_RELATIONS.get(d.lemma_) == R.REQUESTED for d in (c, *c.conjuncts, *(
                    k for o in c.children if o.dep_ == "dobj" for k in o.conjuncts
                    if k.tag_ == "VBG"))) for c in v.children):
            # "... to demand an explanation": asked there and then (", lodging a protest and
            # demanding measures", the parser may hang the second on the first's object)
            _emit(out, R.REQUESTED, who, states, v, sent, confidence=0.5)
        return
    if rel is None and v.lemma_ == "make" and not negated(v) and not hypothetical(v):
        # "X made a stop in Y" (a person's stopover, not "made a stop to the talks")
        stops = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("stop", "stopover")]
        people = [r for r in _subjects(v, res) if r.kind == "Person"] if stops else []
        tgts = [t for h in (v, *stops) for t in _pobjs(h, ("in", "at"), res)]
        _emit(out, R.VISITED, people, list(dict.fromkeys(tgts)), v, sent, confidence=0.6)
        return
    if rel is None and v.lemma_ == "accept" and not negated(v) and not hypothetical(v):
        # "X accepted Y's proposal": X consented to what Y put forward
        terms = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in _TERMS]
        owners = [r for c in terms for r in _owner(c, res) if r.kind in ("Country", "Person")]
        subj = _subjects(v, res)
        for a in subj:
            _pairwise(out, R.AGREED, [a, *[o for o in owners if o != a]], v, sent,
                      confidence=0.6)
        return
    if rel is None or negated(v) or (hypothetical(v) and not (
            rel == R.WITHDREW_FROM and decided(v))) or alleged_act(v):  # ("will quit X")
        return
    if v.lemma_ == "call" and "on" not in parts and "upon" not in parts and "for" not in parts:
        return
    aside = in_relative_clauses(v) | joined_clauses(v) if v.lemma_ == "call" else set()
    if v.lemma_ == "call" and rel == R.REQUESTED and "for" not in parts and not any(
            to_clause(t) for t in (v, *v.subtree) if t.i not in aside) and \
            not set_off_infinitive(v):
        rel = R.MET_WITH  # "called on the Vice-President": a courtesy call, not a request
    if any(c.dep_ in ("dobj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ in ("any", "no") for d in c.children)
            for c in v.children):
        return  # "before signing any deal", "signed no accord"
    subj = _subjects(v, res)
    described = v.dep_ == "acl" and (j := res.dm.owner[v.head.i]) >= 0 and \
        res.dm.mentions[j].kind == "Accord"  # "The pact, inked at X by Y": whatever the tag
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
        (v.tag_ == "VBN" or (described and v.tag_ == "VBD")) and v.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("nsubj", "aux") for c in v.children))  # ("Asked about X, ...")
    if v.lemma_ == "commit" and (passive or v.dep_ == "acomp"):  # "X is committed to helping Y"
        subj = [r for c in v.children if c.dep_ == "nsubjpass" for r in res.many(c)] or \
            _subjects(v.head, res)
        tgts = _beneficiary(v, subj[0], res) if len(subj) == 1 else []
        _emit(out, R.PLEDGED, subj, tgts, v, sent, confidence=0.6)
        return
    if (passive and not any(c.dep_ == "agent" for c in v.children) and not _stray_agents(
            v, res)) or (rel == R.AGREED and reduced_relative(v)):  # ("the timetable agreed
        return  # with X": whose agreement is unsaid)
    if rel == R.MET_WITH:
        met_with(v, sent, res, out, subj, passive)
        return
    objs = _objects(v, res)
    if not objs and passive and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.i < v.i and \
            rel == R.SUPPORTED and res.dm.owner[v.head.i] >= 0 and \
            res.dm.mentions[res.dm.owner[v.head.i]].kind in ("Country", "Organization"):
        objs = object_refs(v.head, res)  # "Belgrade, backed by Moscow, refused": Belgrade
    if not objs and passive and v.dep_ == "conj":  # "X refused Y and is backed by Z"
        objs = [r for c in v.head.children if c.dep_ == "nsubj" for r in res.many(c)]
    holders = clause_heads(v)
    if rel == R.AGREED:
        crowd = _meeting_group(v, out)
        if crowd:  # "held talks with X and Y, during which the four ministers agreed ..."
            side = {r: _own_side([r], res) - {r} for r in crowd}
            for i, a in enumerate(crowd):  # an agreement is between the sides, not colleagues
                for b in crowd[i + 1:]:
                    if not side[a] & side[b]:
                        _pairwise(out, rel, [a, b], v, sent)
            return
        partners = _pobjs(v, ("with",), res)
        group = subj + [p for p in partners if p not in subj]
        we = any(c.dep_ == "nsubj" and c.lower_ == "we" for c in v.children)
        if we and len(group) == 1 and group[0].kind == "Person":
            # "We agree," the leader said: the speaker and the counterpart he stands with.
            others = [p for p in res.state.persons if p != group[0]]
            if others:
                _pairwise(out, rel, [group[0], others[-1]], v, sent, confidence=0.5)
            return
        takes = any(c.dep_ == "xcomp" and take_part(c) for c in v.children)
        if len(group) < 4 or partners or not takes:  # (not "A, B, C and D agreed to take
            _pairwise(out, rel, group, v, sent)  # part": each consented, with no one)
        return
    if rel == R.VISITED:
        stop, phrase_deps = v.lemma_ == "stop", {c.dep_ for c in v.children}
        if stop and (not all(r.kind == "Person" for r in subj) or "dobj" in phrase_deps):
            return  # "troops stopped over in X", "stopped the shipment in X": no visit
        tgts = objs + [t for h in holders for t in _pobjs(h, ("in", "to", "into"), res,
                                                            deep=not stop)]
        tgts = tgts or ([] if stop else described_host(v, subj, res))  # "landed in the kingdom"
        _emit(out, rel, subj, list(dict.fromkeys(tgts)), v, sent)
        _emit(out, R.MET_WITH, [r for r in subj if r.kind == "Person"], [  # "visited X", a
            r for c in v.children if c.dep_ == "dobj" and c.pos_ == "PROPN"  # person (not
            for r in res.many(c) if r.kind == "Person"], v, sent, mode="in_person")  # X's grave)
        return
    if rel == R.WITHDREW_FROM:
        tgts = objs + [t for h in holders for t in _pobjs(h, ("from", "of", "out", "on"), res)
                       if v.lemma_ != "end"]  # "ended talks on the accord" left nothing
        tgts = [t for t in tgts if t.kind == "Accord"] or (  # "the deal from which X pulled"
            relcl_accord(v, res) if relative_leaves(v) else []) or pronoun_accord(v, res)
        subj = [r for r in subj if not (r.kind == "Organization" and any(  # a court annuls a
            w in r.key.lower() for w in ("court", "tribunal")))]  # deal it is no party to
        _emit(out, rel, subj, list(dict.fromkeys(tgts)), v, sent)
        return
    if rel == R.SIGNED:
        signed_rule(v, sent, res, out, subj, objs, holders, passive)
        return
    if rel in (R.SUPPORTED, R.CRITICIZED, R.EXPRESSED_CONCERN, R.WARNED):
        subj = speaker_for_state(v, subj, res)  # "X said that Kenya supports Y"
    own = _own_side(subj, res)  # the actors and the states they stand for
    if rel == R.EXPRESSED_CONCERN:  # "worried about X", "feared for X", "fears X may ..."
        tgts = concern_targets(holders, res) or object_owners(v, res) or [
            r for c in v.children if c.dep_ == "dobj" for r in decision_owner(c, res)] or [
            r for r in _clause_subject(v, subj, res) if r not in own]
        _emit(out, rel, subj, tgts, v, sent, confidence=0.7)
        return
    direct = next((c for c in v.children if c.dep_ == "dobj" or (  # ("the move was backed")
        passive and c.dep_ == "nsubjpass")), None)
    if v.lemma_ == "demand":  # "demanded the release of X's citizens": not X that is asked
        objs = [r for c in v.children if c.dep_ == "dobj" for r in res.many(c)] + [
            r for h in holders for r in _pobjs(h, ("from",), res)]
    tgts = list(objs)
    if rel == R.REQUESTED:  # "(called for) the release of X's nationals held in Y"
        freed = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "for"
                 for o in c.children if o.dep_ == "pobj"]
        tgts = [r for o in ([direct] if direct is not None else []) + freed
                for r in jailer(o, res)] or tgts
    if rel == R.PLEDGED and direct is not None and direct.lemma_ == "support":
        extra = _pobjs(direct, ("for", "to"), res)
        _emit(out, R.SUPPORTED, subj, extra, v, sent, confidence=0.6)
        gives = {r for c in direct.children if c.dep_ == "poss" for r in res.many(c)}
        tgts = [t for t in tgts if not extra or t not in gives]  # "the bloc's support to X"
    if rel in (R.PLEDGED, R.SUPPORTED, R.REQUESTED, R.WARNED, R.CRITICIZED):
        # a phrasal verb names its target with its own word: "lashed out at", "rallied behind"
        preps: tuple[str, ...] = (*_TARGET_PREPS, phrase, "at", "behind") if phrase else \
            _TARGET_PREPS
        if v.lemma_ in _DESTINATION_VERBS and direct is not None:
            preps = tuple(p for p in preps if p not in ("to", "for"))  # "invited X to Y"
        if rel == R.CRITICIZED and phrase not in ("on", "upon") and v.lemma_ != "blame":
            preps = tuple(p for p in preps if p not in ("on", "upon"))  # "hit out at X on Y"
            # (but "blamed the attack on Kyiv")
        tgts += [t for h in holders if h != direct for t in _pobjs(h, preps, res)]
        if direct is not None and not tgts:
            tgts += _pobjs(direct, ("for", "to", "with", "behind") + (  # "blamed the
                ("on",) if v.lemma_ == "blame" else ()), res) or blamed_on(direct, res)
        if direct is not None and not tgts and rel == R.PLEDGED:
            # "pledged $50 million in new aid for X": the sum's aid names who gets it
            tgts += [t for h in (direct, v) for o in aid_in(h)
                     for t in _pobjs(o, ("for", "to"), res)]
        if direct is not None and rel == R.PLEDGED and tgts and all(t in own for t in tgts):
            # "promised France's full backing for Ireland's presidency", "... support to X"
            tgts += [r for p in direct.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
                     for o in p.children if o.dep_ == "pobj" and o.lemma_ not in _OTHERS
                     for r in noun_owner(o, res) or res.many(o) if r.kind in ("Country", "Person")
                     and r not in own]
        if direct is not None and not tgts and rel == R.WARNED:
            tgts += _pobjs(direct, ("against",), res)  # "threatened retaliation against X"
        if direct is not None and not tgts and rel == R.SUPPORTED:
            # "backed the plan proposed by X", "welcomed the decision" (X's, told before)
            tgts += proposer(direct, res) or decision_owner(direct, res)
        if direct is not None and not tgts and rel == R.CRITICIZED:
            # "condemned the attack by X", "condemned the attack" (X's, told before)
            tgts += act_agents(v, direct, (), res) or joint_parties(direct, res) or \
                antecedent_owner(direct, res) or force_owner(direct, res) or decision_owner(
                    direct, res) or [
                r for r in act_doers(direct, res) if r not in own]
        if direct is None and rel == R.CRITICIZED and all(t.kind == "Accord" for t in tgts):
            tgts += [r for p in v.children if p.dep_ == "prep" and p.lower_ in (  # "objected
                "to", "against") for o in p.children if o.dep_ == "pobj"  # to an agreement
                     for r in joint_parties(o, res)]  # between A and B": both (not the text)
        if direct is None and not tgts and rel in (R.CRITICIZED, R.SUPPORTED):  # "condemned
            tgts += [r for r in called_target(v, res) if r not in own]  # what it called X's"
        if direct is None and not tgts and rel == R.CRITICIZED and phrase:
            tgts += [r for r in act_agents(v, None, ("at", phrase), res) if r not in own]
    if rel == R.REQUESTED and not tgts:
        # "requested aid from X", "called for more weapons from X": the giver is asked (not
        # "called for the withdrawal of troops from X": a movement's 'from' is a place)
        asked = [t for t in (v, *holders) if t.lemma_ not in _MOVES] + [
            c for c in v.children if c.dep_ == "dobj" and c.lemma_ not in _MOVES]
        if not any(o.lemma_ in _MOVES for h in holders for c in h.children
                   if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"):
            tgts = [t for h in dict.fromkeys(asked) for t in _pobjs(h, ("from",), res)]
    if rel == R.REQUESTED and not tgts:
        tgts = addressees(v, res) or _clause_subject(v, subj, res)
    if rel == R.REQUESTED:  # an official does not ask his own state, nor a state its officials
        asking_states = {r.key for r in subj if r.kind == "Country"}
        tgts = [t for t in tgts if t not in own and home_state(t, res) not in asking_states]
    if rel == R.WARNED and not tgts:
        tgts = _clause_target(v, subj, res)
    if rel == R.WARNED and not tgts and any(
            t.lemma_ in THREAT_WORDS or (t.lower_ in ("responsible", "accountable") and
                                         t.head.lemma_ == "hold")
            for c in v.children if c.dep_ == "ccomp" for t in c.subtree):
        # "warned that X would pay a heavy price": the one the threat falls on
        tgts = [r for r in _clause_subject(v, subj, res) if r not in own]
    if rel == R.PLEDGED and not tgts and len(subj) == 1:
        tgts = _beneficiary(v, subj[0], res)
        if not tgts and any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
            # "met Y ... X promised that Kenya would supply fuel": to whom he was talking
            met = res.state.met_lately(subj[0], sent.start)
            tgts = met if len(met) == 1 else []  # not one of a delegation's hosts
        tgts = tgts or pledge_partner(v, subj[0], res)  # the other state of the story
    if rel == R.PLEDGED and not tgts and len(subj) >= 2:
        tgts = _beneficiary(v, subj[0], res, tuple(subj[1:]))
        if tgts:  # "A and B promised to address X's concerns": a pledge to X
            _emit(out, rel, subj, tgts, v, sent)
            return
        if (len(subj) > 2 and not _reciprocal(v)) or (v.dep_ == "relcl" and not any(
                c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in v.children)):
            return  # (not "the funds they have promised": the thing is what is promised)
        for a in subj:
            _emit(out, rel, [a], [b for b in subj if b != a], v, sent)
        return
    if rel == R.SUPPORTED and v.lemma_ == "welcome":
        tgts = welcomed_guests(v, sent, res, out, subj, tgts)
    tgts = [t for t in tgts if recognised_leader(v, t)]  # (a state recognised: no support)
    if rel == R.CRITICIZED:  # "denounced the deal" it is no party to: blame on the signers
        tgts = list(subj) if len(subj) > 1 and each_other(v) else [  # "blamed each other"
            t for t in outsider_blame(tgts, own, res) if t.kind != "Country" or t not in own]
    _emit(out, rel, subj, tgts, v, sent)


#: Envoys one summons ("called in Ambassador X"; not "the acting police chief").
_SUMMONED = _words("ambassador envoy commissioner charge chargé")
