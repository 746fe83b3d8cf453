"""Idiomatic relation forms the plain verb table cannot state.

Light verb + noun ("reached consensus", "struck a deal", "came to an agreement",
"put pen to paper on", "put their signatures to"), the phone call stated by the bare verb ("X
called Y on Monday"), threats stated without a warning verb ("any attempt ... will be
considered an act of war", "reserves the right to respond", "refused to rule out
force"), criticism stated by name-calling ("called Y a dictator"), by telling someone
their act was a violation, or by saying another's acts "undermine" or "violate"
something; "condemned the attack" read against the last attack the article
attributed; and leaving an accord without a leaving verb ("suspended its participation
in", "will not renew", "let the accord lapse"). Each rule is written over lemmas and
dependency relations, with the same negation and hypothetical guards as the verb rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.accordspans import named_text
from dipgraph.loaders.extract.antecedents import antecedent_owner, decision_owner
from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _emit,
    _owner,
    _pairwise,
    _place,
    _pobjs,
    _subjects,
)
from dipgraph.loaders.extract.lexicon import (
    LIGHT_VERB_NOUNS,
    PERSON_NOUNS,
    SAYING_NOUNS,
    words,
)
from dipgraph.loaders.extract.mood import hypothetical, negated, question
from dipgraph.loaders.extract.objects import noun_owner
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.signings import co_signers_met
from dipgraph.loaders.extract.targets import _own_side

__all__ = [
    "RENEW",
    "SAY_VERBS",
    "SUSPEND_VERBS",
    "TIES",
    "call_context_rule",
    "harmful_act",
    "lapsed",
    "light_verb_rule",
    "name_calling",
    "not_ruled_out",
    "phone_call_rule",
    "rejected_sayings",
    "suspended",
    "told_off",
    "veiled_threat",
]


#: Light verbs of agreeing that sign a text when their object names one ("sealed a
#: deal" is agreeing; "sealed an agreement on fisheries" signs that agreement).
_SIGNING_TOO = frozenset({"seal"})

_AGREE_NOUNS = next(nouns for _verbs, nouns, rel in LIGHT_VERB_NOUNS if rel == R.AGREED)


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
    j = res.dm.owner[noun.i]
    if v.lemma_ in _SIGNING_TOO and j >= 0 and res.dm.mentions[j].kind == "Accord" and \
            named_text(res.dm.mentions[j].text):
        return False  # "sealed an agreement on fisheries": a named text is signed
    if negated(v) or hypothetical(v) or any(c.dep_ == "det" and c.lower_ == "no"
                                              for c in noun.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and \
            v.head.lemma_ not in ("manage", "succeed"):
        return True  # "met to strike a deal": a purpose, not yet an agreement
    subj = [r for r in _subjects(v, res) if r.kind in ("Person", "Country")]
    heads, preps = [v, noun], ["with", "between"]
    if rel == R.SIGNED:  # "put his signature to X alongside Y": Y signed too
        heads += [o for p in v.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                  for o in p.children if o.dep_ == "pobj"]
        preps.append("alongside")
    partners = [r for h in heads for r in _pobjs(h, tuple(preps), res)
                if r.kind in ("Person", "Country") and r not in subj]
    if rel == R.AGREED:
        _pairwise(out, rel, subj + partners, v, sent, confidence=0.7)
        return True
    accords = [r for t in v.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "on")
               for r in res.many(t) if r.kind == "Accord"]
    _emit(out, rel, subj + partners, list(dict.fromkeys(accords)), v, sent, confidence=0.7)
    # co-signers who "put their signatures to" a text in one clause met at the signing
    co_signers_met(out, [r for r in subj if r.kind == "Person"], v, sent, res)
    return True


def phone_call_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X called Y on Monday', 'X rang Y': a call to a named person is a phone meeting
    (not 'called on', 'called for', 'called Y a liar', 'called Y to the stand')."""
    if v.lemma_ != "call" or negated(v) or hypothetical(v):
        return
    # "called X on Monday" may be parsed with X as a predicate: a named person alone is
    # the one called ("called X a liar" has X as the object and 'liar' as the predicate)
    # the same holds after a role noun: "called his counterpart X" (X split off as oprd)
    objs = [c for c in v.children if c.dep_ == "dobj"]
    lone = all(c.lemma_.lower() in PERSON_NOUNS for c in objs)
    called = objs + [c for c in v.children if lone and c.dep_ == "oprd" and c.pos_ == "PROPN"
                     and any(r.kind == "Person" for r in res.one(c))]
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "nsubjpass") and c not in called
           for c in v.children) or any(a.dep_ == "appos" and a.pos_ == "NOUN" and any(
               d.lower_ in ("a", "an") for d in a.children) and a.left_edge.i > 0 and
               v.doc[a.left_edge.i - 1].text in ('"', "\u201c") for c in called
               for a in c.children):
        return  # (nor 'called X "a dictator"', the quoted name hung on X as an apposition;
        # but "called X, an old friend, on Sunday" is a call)
    if v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ in ("on", "upon", "for"):
        return
    people = [r for c in called for r in res.many(c) if r.kind == "Person"]
    subj = [r for r in _subjects(v, res) if r.kind == "Person"]
    if people and subj:
        _pairwise(out, R.MET_WITH, subj + [p for p in people if p not in subj], v, sent,
                  place=_place(v, res), mode="phone", confidence=0.7)


#: Nouns of a call that carries a contact: "raised it with X in a phone call" (a
#: 'conversation' only by phone: "in a telephone conversation").
_CALL_NOUNS = words("call videoconference")
_LINES = words("phone telephone video")


def call_context_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X raised the matter with Y in a phone call', 'discussed trade with Y during a
    video call': what one does with a named person in a call is a call with him."""
    if v.pos_ != "VERB":
        return
    calls = [o for c in v.children if c.dep_ == "prep" and c.lower_ in (
        "in", "during", "over", "by") for o in c.children
             if o.dep_ == "pobj" and (o.lemma_.lower() in _CALL_NOUNS or (
                 o.lemma_.lower() == "conversation" and any(
                     t.lower_ in _LINES for t in o.lefts)))]
    if not calls or any(c.dep_ == "prep" and c.lower_ == "with" for o in calls
                        for c in o.children):
        return  # (not "sided with Y in a phone call with Z": the call was with Z)
    if negated(v) or hypothetical(v):  # (after the cheap test: this runs on every verb)
        return
    people = list(dict.fromkeys(  # (every person named in the 'with' phrase, however parsed)
        r for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children if o.dep_ == "pobj" for t in o.subtree for r in res.one(t)
        if r.kind == "Person"))
    subj = [r for r in _subjects(v, res) if r.kind == "Person"]
    mode = "video" if any("video" in t.lower_ for o in calls for t in o.subtree) else "phone"
    for a in subj:  # (each person called with the caller, not with one another)
        for b in people:
            if a != b:
                out.append(RawFact(R.MET_WITH, a, b, v.i, sent, place=_place(v, res),
                                   mode=mode, confidence=0.6))


SAY_VERBS = words("say tell state declare add")
_THREAT_LEMMAS = words("suffer retaliate retaliation consequence consequences")


def veiled_threat(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
    """'X said any attempt to ... will be considered an act of war', '"If ..., then Indian
    people will suffer," he said': a stated threat is a warning to the state it names (or,
    unnamed, to the other state of the article's main pair)."""
    for c in v.children:
        if c.dep_ != "ccomp":
            continue
        aside = {t.i for a in c.subtree if a.dep_ == "advcl" and a.i > a.head.i and any(
            s.dep_ == "nsubj" for s in a.children) for t in a.subtree}  # ("..., as China
        # imposed penalties in retaliation": another's act, told beside)
        words = [t.lower_ for t in c.subtree if t.i not in aside]
        lemmas = {t.lemma_ for t in c.subtree if t.i not in aside}
        # "act of war", "reserves the right to respond": threats in any mood
        strong = any(words[i : i + 3] == ["act", "of", "war"] for i in range(len(words))) \
            or {"reserve", "right"} <= lemmas
        cue = strong or (bool(lemmas & _THREAT_LEMMAS) and any(
            w in ("if", "any", "will", "would") for w in words))
        answers = [t for t in c.subtree if not cue and _answer_in_kind(t)]
        if not cue and not answers:
            continue
        subj = [r for r in _subjects(v, res) if r.kind in ("Country", "Person")]
        tgts = [r for t in answers for p in t.children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"
                for r in noun_owner(o, res) or decision_owner(o, res) if r.kind == "Country"] \
            if answers else _threatened(list(c.subtree), subj, res, v)  # ("respond to Oslo's
        # decision", "to the Norwegian decision", "to the decision by Oslo")
        _emit(out, R.WARNED, subj, tgts, v, sent, confidence=0.5)
        return bool(subj and tgts)
    return False


#: What a state answers in kind: "Moscow will respond to Oslo's decision".
_PROVOCATIONS = words("decision move action deployment expansion sanction expulsion")


def _answer_in_kind(t: Token) -> bool:
    """'(Moscow) will respond to X's decision': a promised answer to another's act, a
    threat (not 'will not respond', 'will respond positively', 'will respond to the
    proposal'); whom it warns is the owner of that act."""
    if t.lemma_ != "respond" or negated(t) or not any(
            a.dep_ == "aux" and a.lower_ in ("will", "would") for a in t.children) or any(
            c.dep_ == "advmod" and c.lower_ not in ("firmly", "harshly", "decisively",
                                                    "accordingly")
            for c in t.children):
        return False
    return any(o.lemma_ in _PROVOCATIONS for p in t.children if p.dep_ == "prep" and
               p.lower_ == "to" for o in p.children if o.dep_ == "pobj")


def _coordinated_target(v: Token, own: set[Ref], res: Resolver) -> list[Ref]:
    """'X condemned the attack and said Doha reserves the right to respond', 'X accused Y
    of ... and refused to rule out force': the one the coordinated act is aimed at."""
    while v.dep_ == "xcomp" and v.head != v:
        v = v.head
    top = v.head if v.dep_ == "conj" else v
    for u in [top, *top.conjuncts]:
        if u == v:
            continue
        for d in u.children:
            if d.dep_ != "dobj":
                continue
            refs = [r for r in res.many(d, target=True) + _owner(d, res) +
                    antecedent_owner(d, res)
                    if r.kind in ("Country", "Person") and r not in own]
            if refs:
                return refs[:1]
    return []


def _threatened(tokens: list[Token], subj: list[Ref], res: Resolver,
                v: Token | None = None) -> list[Ref]:
    """Whom a threat without a named object is aimed at: a state named in it, else the one
    a coordinated act of the threatener is aimed at, else the other state of the article's
    main pair when the threatener is one of the pair."""
    own = set(subj)
    for r in subj:
        info = res.people.persons.get(r.key) if r.kind == "Person" else None
        if info and info.country:
            own.add(Ref("Country", info.country))
    tgts = [r for t in tokens for r in res.one(t, demonym=True)
            if r.kind == "Country" and r not in own]
    if not tgts and v is not None:
        tgts = _coordinated_target(v, own, res)
    if not tgts:
        pair = res.state.country_pair or res.main_pair()
        tgts = [r for r in pair if r not in own][:1] if set(pair) & own else []
    return list(dict.fromkeys(tgts))


_FORCE = words("force forces action option options strike strikes sanction sanctions tariff "
                "tariffs retaliation measure measures intervention war invasion")


def not_ruled_out(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'refused to rule out military force', 'did not rule out sanctions against X': keeping
    force on the table is a threat."""
    if v.lemma_ != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return
    if question(v) or any(c.dep_ == "mark" and c.lower_ in ("if", "whether")
                           for c in v.children):
        return
    refused = v.dep_ == "xcomp" and v.head.lemma_ in ("refuse", "decline")
    if not refused and not any(c.dep_ == "neg" for c in v.children):
        return
    objs = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in _FORCE]
    if not objs:
        return
    subj = [r for r in _subjects(v, res) if r.kind in ("Country", "Person")]
    named = [t for o in objs for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ in (
        "against", "on", "in")]
    _emit(out, R.WARNED, subj, _threatened(named, subj, res, v), v, sent, confidence=0.5)


_PEJORATIVE = words(
    "corrupt criminal terrorist terrorists dictator tyrant liar thief fascist traitor puppet "
    "illegitimate incompetent rogue murderer murderous war-monger warmonger clown disgrace "
    "threat aggressor butcher unacceptable irresponsible provocative reckless outrageous "
    "shameful hostile absurd baseless hypocritical deplorable failure dangerous disastrous "
    "smear lie lies propaganda betrayal violation aggression blackmail interference "
    "illegal unlawful provocation provocations regrettable unjustified unwarranted "
    "unfriendly insult insulting intolerable inadmissible counterproductive destabilising "
    "destabilizing unfounded groundless fabricated slander sham farce blatant flagrant "
    "unconscionable egregious despicable appalling cynical disproportionate excessive unjust "
    "unfair unhelpful misguided arbitrary ill-advised short-sighted lunatic madman thug "
    "gangster idiot crook bully coward hypocrite rude ignorant arrogant racist bandit hasty "
    "inappropriate improper unreasonable encroachment meddling intimidation coercion coercive "
    "bullying ridiculous unconstitutional undemocratic enemy occupier occupiers")


def _pejorative(t: Token) -> bool:
    """Whether ``t`` is a blaming word, or opens one the tokenizer split at its hyphen
    ('short-sighted', 'ill-advised')."""
    doc = t.doc
    return t.lower_ in _PEJORATIVE or (t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and
                                        f"{t.lower_}-{doc[t.i + 2].lower_}" in _PEJORATIVE)


def _weakness(t: Token) -> bool:
    """'a sign of weakness': a label that blames, though 'weakness' alone need not."""
    return t.lower_ == "weakness" and t.head.lower_ == "of" and t.head.head.lemma_ == "sign"


def name_calling(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X called Y "a corrupt dictator"', 'branded Y a rogue state', 'dismissed Y's claims
    as baseless': calling someone or their words names is criticism (not a request)."""
    label = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or (
        c.dep_ == "prep" and c.lower_ == "as")]
    dobjs = [c for c in v.children if c.dep_ == "dobj"]
    label += dobjs[1:] + [c for d in dobjs for c in d.children if c.dep_ == "prep" and  # (and
                          c.lower_ == "as"]  # "described the move as ..." with 'as' on the move)
    label += [c for d in dobjs for c in d.children if c.dep_ in ("amod", "appos", "npadvmod")
              and c.i > d.i]  # 'called the decision "unacceptable"': an adjective after its
    # noun is the label the parser hung on the noun
    if not label or negated(v) or hypothetical(v):
        return
    if not any(_pejorative(t) or _weakness(t) for c in label for t in c.subtree) or \
            any((t.lower_ == "no" and t.dep_ == "det") or t.dep_ == "neg"
                for c in label for t in c.subtree):
        return  # (not 'called him "no fool"', 'described it as not short-sighted')
    # "called Y's remarks unacceptable": the owner of what is so called
    tgts = [r for c in dobjs[:1] for r in res.many(c, target=True)
            if r.kind in ("Person", "Country", "Organization")] or [
        r for c in dobjs[:1] for r in antecedent_owner(c, res) or decision_owner(c, res)] or [
        r for c in dobjs[:1] if c.lemma_ in SAYING_NOUNS for r in noun_owner(c, res)
        if r.kind in ("Person", "Country", "Organization")]  # "the criticism from Amman"
    subj = _subjects(v, res)
    own = _own_side(subj, res)  # ("NATO's delay on Kyiv's membership": not Kyiv; nor a
    if not tgts:  # speaker's own state) "called the deal a failure of Y's policy": the one
        tgts = [r for c in label for t in c.subtree if t.dep_ == "poss" or (  # the label
            t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head == c)  # blames ("an
                # escalation by Moscow"; not "a sham condemned by France")
                for r in res.one(t) if r.kind in ("Person", "Country", "Organization")
                and r not in own][:1]
    _emit(out, R.CRITICIZED, subj, [t for t in tgts if t not in own], v, sent, confidence=0.6)


#: Verbs that turn down what someone said: "rejected X's statements".
_TURN_DOWN = words("reject dismiss refute rebuff")
#: What a speaker turns down of another's: their words, their telling of events, their
#: reasons or a step they took ("rejected Hanoi's account", "Guaido's move"; not a
#: "version" of a draft, which is a proposal).
_TURNED_DOWN = SAYING_NOUNS | words("account description justification move")


def rejected_sayings(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X rejected the Colombian leader's statements', 'dismissed the claims made by Y':
    turning down what another said, when no label is given, criticises its speaker."""
    if v.lemma_ not in _TURN_DOWN or negated(v) or hypothetical(v):
        return
    said = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in _TURNED_DOWN]
    subj = [r for r in _subjects(v, res) if r.kind in ("Country", "Person")]
    own = _own_side(subj, res)
    tgts = [r for c in said for r in noun_owner(c, res)
            if r.kind in ("Person", "Country") and r not in own]
    _emit(out, R.CRITICIZED, subj, tgts, v, sent, confidence=0.5)


def told_off(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
    """'X told Y that the strike was "a flagrant violation" of X's sovereignty': telling a
    counterpart that their act is wrong is criticism of the one who acted (else of Y)."""
    if v.lemma_ != "tell" or negated(v) or hypothetical(v):
        return False
    told = [r for c in v.children if c.dep_ in ("dobj", "dative")
            for r in res.many(c) if r.kind in ("Country", "Person")]
    for c in v.children:
        if c.dep_ != "ccomp" or not told:
            continue
        labels = [x for x in c.children if x.dep_ in ("attr", "acomp")]
        if not any(_pejorative(t) for x in labels for t in x.subtree):
            continue
        subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
        actor = [r for x in subj for r in _owner(x, res) or antecedent_owner(x, res)
                 if r.kind in ("Country", "Person")]
        _emit(out, R.CRITICIZED, _subjects(v, res), actor or told, v, sent, confidence=0.5)
        return True
    return False


_HARMFUL = words("undermine violate threaten destabilize destabilise endanger jeopardize "
                  "jeopardise breach flout erode damage harm provoke escalate inflame "
                  "sabotage obstruct")


def harmful_act(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'"Russia's actions undermine European security," X said', 'X said Y's presence
    violated the treaty': a speaker who says another's acts do harm criticizes that other."""
    if v.lemma_ not in SAY_VERBS or negated(v) or hypothetical(v):
        return
    for c in v.children:
        # '"X's actions are unacceptable," Y said': a pejorative said of another's acts
        labelled = c.lemma_ == "be" and any(_pejorative(t) for x in c.children
                                            if x.dep_ in ("attr", "acomp") for t in x.subtree)
        if c.dep_ != "ccomp" or (c.lemma_ not in _HARMFUL and not labelled) or \
                negated(c) or hypothetical(c):
            continue
        subj = [r for r in _subjects(v, res) if r.kind in ("Country", "Person")]
        doers = [r for x in c.children if x.dep_ == "nsubj" for r in
                 (res.many(x) if x.pos_ == "PROPN" else _owner(x, res))
                 if r.kind in ("Country", "Person", "Organization")]
        _emit(out, R.CRITICIZED, subj, [d for d in doers if d not in subj], v, sent,
              confidence=0.5)


SUSPEND_VERBS = words("suspend halt freeze end quit abandon terminate renounce")
TIES = words("participation compliance membership involvement obligation obligations adherence "
             "commitment commitments")


def suspended(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'suspended its participation in / compliance with <treaty>' is a withdrawal."""
    for d in v.children:
        if d.dep_ == "dobj" and d.lemma_ in TIES:
            # (the parser may hang 'under the treaty' on the verb)
            accords = [t for t in _pobjs(d, ("in", "with", "of", "to", "under"), res) + _pobjs(
                v, ("under",), res) if t.kind == "Accord"]
            _emit(out, R.WITHDREW_FROM, _subjects(v, res), accords, v, sent, confidence=0.7)


RENEW = words("renew extend prolong")
_LAPSE = words("lapse expire")


def lapsed(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
    """'X will not renew the pact / its participation in the pact', 'X decided not to extend
    the treaty', 'X would let the accord lapse': a party ending its part in an accord."""
    if v.lemma_ in RENEW:
        if not any(c.dep_ == "neg" for c in v.children) or question(v) or any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in v.children):
            return False
    elif v.lemma_ != "let" or negated(v) or question(v) or not any(
            t.lemma_ in _LAPSE for t in v.subtree if t.i > v.i):
        return False
    objs = [c for c in v.children if c.dep_ == "dobj"]
    accords = [r for c in objs for r in res.many(c) if r.kind == "Accord"] or [
        r for c in objs if c.lemma_ in TIES for r in _pobjs(c, ("in", "with", "to", "under"), res)
        if r.kind == "Accord"]
    if not accords and v.lemma_ == "let":  # "let the accord lapse" parsed as one noun phrase
        lapse = next(t for t in v.subtree if t.i > v.i and t.lemma_ in _LAPSE)
        accords = [r for t in v.doc[v.i + 1 : lapse.i] for r in res.one(t) if r.kind == "Accord"]
    if not accords:
        return False
    _emit(out, R.WITHDREW_FROM, _subjects(v, res), accords, v, sent, confidence=0.6)
    return True
