"""Argument pickers for verbs that take a clause: whom a pledge, a warning or a request
is for when the verb names no object ("pledged to keep channels open with X", "warned
that X would pay", "demanded that X withdraw"), the speaker's own side, and the pledge a
speaker states with "said it would help X", and the state whose envoy is summoned.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from dipgraph.graph.relations import RelationType
from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _objects, _owner, _pobjs, _subjects
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.homestate import story_pair
from dipgraph.loaders.extract.lexicon import GUEST_VERBS, PLEDGE_ACTS, PLEDGE_TARGETS, STANCE_ACTS
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.visits import home_state

__all__ = [
    "SAY_PLEDGE",
    "THREAT_WORDS",
    "addressees",
    "blamed_on",
    "each_other",
    "jailer",
    "membership_backing",
    "pledge_partner",
    "summoned_states",
    "told",
    "vowed_rel",
]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())


def each_other(v: Token) -> bool:
    """'blamed each other', 'vowed to defend one another': an act between co-subjects."""
    words = [t.lower_ for t in v.subtree if t.i > v.i]
    return any((a, b) in (("each", "other"), ("one", "another")) for a, b in pairwise(words))


def _reciprocal(v: Token) -> bool:
    """'vowed to defend each other', 'pledged mutual support': a pledge between co-subjects."""
    if each_other(v):
        return True
    return any(t.lower_ in ("mutual", "bilateral", "reciprocal") and not any(
        a.lower_ in ("spirit", "atmosphere") for a in t.ancestors) for t in v.subtree
        if t.i > v.i)  # ("pledged mutual support", not "in a spirit of mutual respect")


def _beneficiary(v: Token, subj: Ref, res: Resolver, side: tuple[Ref, ...] = ()) -> list[Ref]:
    """'pledged to provide the Philippines with ...', 'pledged that Chile would respect
    Peru's ...', 'vowed to keep channels with X open', 'pledged that Y would work to preserve
    relations with X': the state or person the promised act is for (not the pledger's side,
    nor the others of ``side`` who pledge with him)."""
    own = {subj, *side}
    if subj.kind == "Person" and res.people.persons.get(subj.key):
        country = res.people.persons[subj.key].country
        if country:
            own.add(Ref("Country", country))
    # "pledged $200m to help X ...": the purpose clause too
    clauses = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    ] + [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
         for p in c.children if p.dep_ == "pcomp"]  # "committed to supplying X with ..."
    # "would work to preserve ...", "would continue to help ...": the act under the verb
    clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp" or (
        x.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children))]
    for c in clauses:
        own |= {r for s in c.children if s.dep_ == "nsubj" for r in res.many(s)}
    # "pledged that it would not back X" promises X nothing ("vowed never to attack X" does)
    clauses = [c for c in clauses if c.lemma_ not in PLEDGE_ACTS or not any(
        x.dep_ == "neg" or x.lower_ == "never" for x in c.children)]
    for c in clauses:  # "pledged to help X respond to disasters": X is helped
        if c.lemma_ in PLEDGE_ACTS:
            refs = [r for x in c.children if x.dep_ in ("ccomp", "xcomp")
                    for s in x.children if s.dep_ == "nsubj" for r in res.many(s, target=True)
                    if r.kind in ("Country", "Person") and r not in own]
            if refs:
                return refs
    for c in clauses:
        for d in c.children:
            if d.dep_ not in ("dobj", "dative"):
                continue
            refs = [r for r in res.many(d, target=True)
                    if r.kind in ("Country", "Person") and r not in own]
            # "keep open channels with X", "preserve ties with X", "support X's recovery"
            refs = refs or [r for r in _pobjs(d, ("with", "to", "for"), res)
                            + [r for p in d.children if p.dep_ == "poss" for r in res.many(p)]
                            if r.kind in ("Country", "Person") and r not in own]
            if refs:
                return refs
    for c in clauses:  # "pledged to keep channels open with X", "to provide radars to X",
        # "vowed to stand by X"
        preps = ("with", "to", "for", "by", "behind") if c.lemma_ in PLEDGE_ACTS else (
            "with", "to", "for")
        refs = [r for r in _pobjs(c, preps, res)
                if r.kind in ("Country", "Person") and r not in own]
        if refs:
            return refs
    return _beneficiary_state(clauses, own, res)


#: Prepositions whose object, deep in a promised act, is the state it is for.
_FOR_PREPS = frozenset({"for", "with", "to", "towards", "toward"})


def _beneficiary_state(clauses: list[Token], own: set[Ref], res: Resolver) -> list[Ref]:
    """'pledged that a loan for X would be paid', 'promised the bloc would move towards a
    deal with X', "keep corridors open to X": a state a thing of the promised act is for,
    with or open to, however deep in the clause (not "would stand up to X", nor "would not
    negotiate with X")."""
    return list(dict.fromkeys(
        r for c in clauses if not negated(c) for t in c.subtree
        if t.dep_ == "pobj" and t.head.lower_ in _FOR_PREPS and
        t.head.head.pos_ in ("NOUN", "ADJ")
        for r in res.many(t, target=True) if r.kind == "Country" and r not in own))


_CLAUSE_PREPS = ("with", "by", "against", "on", "to", "from")


#: Prepositions of where something happens: their object is a scene, not a target.
_WHERE_PREPS = frozenset({"in", "at", "inside", "within", "beyond", "across", "near"})


def _clause_target(v: Token, subj: list[Ref], res: Resolver) -> list[Ref]:
    """'threatened to sever relations with X', 'warned that it would not accept any move
    by X', 'warned that Y would act to deter Russian aggression': with no object, the state
    or person inside the complement clause (a named one first, then one a demonym names)."""
    own = _own_side(subj, res)
    # "warned that X would be excluded unless Y withdrew": the condition inside the clause
    inner = [d for c in v.children if c.dep_ == "ccomp" for d in c.children
             if d.dep_ == "advcl"]
    for c in [*v.children, *inner]:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children):
            # "warned of consequences if X closed the border": the one the condition names
            refs = [r for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                    and s.pos_ != "PRON"  # (not "if it is allowed to win": anyone's 'it')
                    for r in res.many(s) if r.kind in ("Country", "Person") and r not in own]
            if not refs and c.head.dep_ == "ccomp" and any(
                    s.dep_ == "nsubj" and s.lower_ in ("he", "she") for s in c.children):
                # "warned that X would be expelled if he did not leave": X, the person the
                # clause threatens, is the one the condition's pronoun means
                refs = [r for s in c.head.children if s.dep_ in ("nsubj", "nsubjpass")
                        for r in res.many(s) if r.kind == "Person" and r not in own]
            if refs:
                return refs
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
            if t.dep_ in ("dobj", "pobj") and _clause_of(t, c) == c and not (
                    t.dep_ == "pobj" and t.head.lower_ in _WHERE_PREPS):  # "not stop in X"
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


SAY_PLEDGE = _words("say tell announce declare state add stress reiterate reaffirm affirm "
                    "emphasize emphasise underline assure insist")
#: Acts of giving that a speaker's "X will ..." promises another state ("would send a new
#: pair of pandas to Australia"), unless what goes is people or words, not a gift.
_GIVING = _words("send offer extend grant donate deliver")
_NO_GIFT = _words("delegation envoy team mission message letter note signal representative "
                  "official officials minister invitation warning condolences greetings "
                  "congratulations")


def _gives(act: Token) -> bool:
    """'will send two patrol boats', not 'will send a delegation' (no gift)."""
    objs = [c for c in act.children if c.dep_ == "dobj"]
    return act.lemma_ in _GIVING and bool(objs) and objs[0].lemma_ not in _NO_GIFT and \
        objs[0].pos_ == "NOUN"


def _said_pledge(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X said Kenya will help Y rebuild': a speaker who says it will do a helping act for
    another pledges it to that other; 'X said Kenya would continue to stand by Y' backs Y
    (the promise to go on doing so is :mod:`futuresupport`'s PLEDGED twin)."""
    if v.lemma_ not in SAY_PLEDGE or negated(v) or hypothetical(v):
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
        if negated(c):
            continue
        for one in (act, *(x for x in act.conjuncts if x.pos_ == "VERB" and x.i > act.i)):
            # ("will support a port at X and help the Maldives build ...": each act)
            if (one.lemma_ not in PLEDGE_ACTS and not _gives(one)) or negated(one):
                continue
            tgts = [r for d in one.children if d.dep_ in ("dobj", "dative")
                    for r in res.many(d, target=True)] + [
                r for x in one.children if x.dep_ in ("ccomp", "xcomp")
                for d in x.children if d.dep_ == "nsubj" for r in res.many(d, target=True)]
            tgts += _pobjs(one, ("by", "with", "to", "for", "behind"), res)  # ("help X build")
            stance = one.lemma_ in STANCE_ACTS  # (a stance may back a body: "support CELAC")
            tgts = [r for r in dict.fromkeys(tgts) if r not in own and (
                r.kind in PLEDGE_TARGETS or (stance and r.kind == "Organization"))]
            _emit(out, R.SUPPORTED if stance else R.PLEDGED, subj, tgts,
                  v, sent, confidence=0.5)  # (a stance's promise: futuresupport's twin)


def _clause_subject(v: Token, subj: list[Ref], res: Resolver) -> list[Ref]:
    """'demanded that X withdraw its troops': the subject of the that-clause is asked."""
    for c in v.children:
        if c.dep_ == "ccomp":
            for s in c.children:
                if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and c.lemma_ == "hold"):
                    # "demanded that Ruritanian trawlers leave": the state the doers are of
                    # ("warned that Pyongyang would be held responsible": the one warned)
                    return [r for r in res.many(s) or res.many(s, target=True)
                            if r.kind in ("Country", "Person", "Organization")
                            and r not in subj]
    return []


def _future_clause(v: Token) -> bool:
    return any(c.dep_ == "ccomp" and any(a.lower_ in ("will", "would") for a in c.children)
               for c in v.children)


#: Verbs of keeping to a rule: "would abide by the sanctions" undertakes, threatens no one.
_COMPLYING = _words("abide comply respect adhere observe honour honor follow implement")
THREAT_WORDS = _words("face suffer consequence retaliate retaliation pay punish sanction "
                      "regret")
#: Acts of hitting back that make a vow a threat: "vowed to retaliate against X".
_HIT_BACK = _words("retaliate avenge punish attack")


def vowed_rel(v: Token, rel: RelationType | None) -> RelationType | None:
    """``rel`` of verb ``v``, but a warning for a pledge to hit back ('Tehran has vowed to
    retaliate against the United States' threatens the US; it promises it nothing)."""
    hits = [c for c in v.children if c.dep_ == "xcomp" and c.lemma_ in _HIT_BACK and
            not negated(c)]  # (a vow never to attack is a pledge)
    return R.WARNED if rel == R.PLEDGED and hits else rel


#: Acts that commit to nothing: "told Y he would consider the proposal".
_UNSURE = _words("consider weigh study examine review explore think mull ponder assess "
                 "evaluate")


def told(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
    """'told Y that X will help' is a pledge to Y, 'told Y it would face consequences' a
    warning, 'told Y that Washington should stop interfering' a demand on Washington;
    'told Y he would consider it' nothing. True when the telling was read."""
    if negated(v) or v.lemma_ != "tell":
        return False
    if _future_clause(v):
        clauses = [c for c in v.children if c.dep_ == "ccomp"]
        subj = _subjects(v, res)
        rel = R.WARNED if {t.lemma_ for c in clauses for t in c.subtree} & THREAT_WORDS and \
            not _complies(clauses, subj, res) else R.PLEDGED
        if rel == R.WARNED or not any(c.lemma_ in _UNSURE for c in clauses):
            _emit(out, rel, subj, _objects(v, res), v, sent, confidence=0.6)
        return True
    if hypothetical(v) or not any(c.dep_ == "ccomp" and not negated(c) and any(
            a.dep_ == "aux" and a.lower_ in ("should", "must") for a in c.children)
            for c in v.children):
        return False
    subj = _subjects(v, res)
    bidden = [r for r in _clause_subject(v, subj, res) if r not in _own_side(subj, res)]
    _emit(out, R.REQUESTED, subj, bidden, v, sent, confidence=0.5)
    return True


def _complies(clauses: list[Token], subj: list[Ref], res: Resolver) -> bool:
    """'told Y that Kazakhstan would abide by the sanctions': the teller's own side keeps to
    a rule, and the threat word in the clause threatens no one."""
    own = _own_side(subj, res)
    doers = [res.many(s) for c in clauses for s in c.children if s.dep_ == "nsubj"]
    return bool(doers) and all(refs and set(refs) <= own for refs in doers) and all(
        c.lemma_ in _COMPLYING for c in clauses)


_FREEING = _words("release freedom return repatriation")
_HOLDING = _words("detain hold jail imprison arrest capture kidnap abduct seize")


def jailer(noun: Token, res: Resolver) -> list[Ref]:
    """'urged the release of Japanese nationals detained in China': the state that holds
    them is asked (not the one whose nationals they are)."""
    if noun.lemma_ not in _FREEING:
        return []
    for t in noun.subtree:
        if t.lemma_ not in _HOLDING or t.pos_ != "VERB":
            continue
        for o in (o for p in t.children if p.dep_ in ("prep", "agent") and p.lower_ in (
                "in", "by") for o in p.children if o.dep_ == "pobj"):
            refs = [r if r.kind == "Country" else Ref("Country", iso)
                    for r in res.many(o)
                    if r.kind == "Country" or (
                        r.kind == "Place" and (iso := gazetteer().place_country(r.key) or ""))]
            if refs:
                return refs
    return []


_URGE_FOR = _words("press push call lobby campaign argue plead advocate")
_ADMIT = _words("invite admit include accept allow grant welcome integrate")
_ENTRY = _words("entry accession membership admission inclusion")


def membership_backing(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
    """'pressed for Ukraine to be invited to join NATO', 'called for X to be admitted',
    'pushed for Moldova's entry into the EU': urging that a state be let in backs that
    state (it is not asked anything). True when read."""
    if v.lemma_ not in _URGE_FOR or negated(v) or hypothetical(v):
        return False
    fors = [p for p in v.children if p.dep_ == "prep" and p.lower_ == "for"]
    backed: list[Ref] = []
    for c in v.children:
        if c.dep_ in ("advcl", "xcomp", "ccomp") and c.lemma_ in _ADMIT and any(
                a.dep_ == "auxpass" for a in c.children):
            subj = [s for s in c.children if s.dep_ == "nsubjpass"] or [
                o for p in fors for o in p.children if o.dep_ == "pobj"]
            backed += [r for x in subj for r in res.many(x) if r.kind in ("Country", "Person")]
    for o in (o for p in fors for o in p.children if o.dep_ == "pobj" and o.lemma_ in _ENTRY):
        backed += [r for d in o.children if d.dep_ == "poss" for r in res.many(d)
                   if r.kind in ("Country", "Person")]
    if not backed:
        return False
    _emit(out, R.SUPPORTED, _subjects(v, res), list(dict.fromkeys(backed)), v, sent,
          confidence=0.6)
    return True


_ENVOYS = _words("ambassador envoy diplomat diplomats chargé charge representative "
                 "ambassadors envoys")
_ENVOY_WORDS = _ENVOYS | _words("commissioner consul")


def summoned_states(v: Token, res: Resolver) -> list[Ref]:
    """The states whose envoys were summoned: 'summoned X's ambassador', 'summoned the
    Kenyan envoy', 'summoned Ugandan High Commissioner A' (one), 'summoned the ambassadors
    of A, B and C' (each)."""
    states: list[Ref] = []
    plural = False
    for c in v.children:
        if c.dep_ != "dobj" or not any(t.lower_ in _ENVOY_WORDS for t in c.subtree):
            continue
        refs = [r for r in _owner(c, res) if r.kind == "Country"]
        refs += [r for t in c.subtree if t.dep_ in ("amod", "compound")
                 for r in res.one(t, demonym=True) if r.kind == "Country"]
        # "the ambassador of X", "the ambassadors of A, B and C": each state named
        envoys = [t for t in (c, *c.conjuncts) if t.lower_ in _ENVOY_WORDS]
        refs += [r for t in envoys for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" for r in res.many(o)
                 if r.kind == "Country"]
        plural = plural or any(t.tag_ in ("NNS", "NNPS") for t in envoys)
        states += [r for r in refs if r not in states]
    return states if plural else states[:1]


#: Verbs of sending word to someone, whose 'to' names who a participle's request is for.
_WRITE = frozenset({"write", "send", "appeal", "address", "turn"})
_LETTERS = frozenset({"letter", "note", "message", "request", "appeal", "petition"})


def addressees(v: Token, res: Resolver) -> list[Ref]:
    """Whom a request names no one for is made to: whom the letter went to ('X wrote to Y
    asking it to investigate'), or whom the asker met ('X met Y and asked for faster
    deliveries')."""
    if v.dep_ == "conj" and v.lemma_ in ("ask", "request") and \
            v.head.lemma_ in GUEST_VERBS and \
            not any(c.dep_ in ("xcomp", "ccomp") or (
                c.dep_ == "dobj" and v.lemma_ == "ask") for c in v.children):
        # (not "met X and asked the kingdom to ...": whom it asks is told)
        return [r for c in v.head.children if c.dep_ == "dobj" for r in res.many(c)
                if r.kind in ("Person", "Country", "Organization")]
    return _letter_addressees(v, res)


def _letter_addressees(v: Token, res: Resolver) -> list[Ref]:
    """Whom the letter a requesting participle hangs on (or follows) was written to."""
    write = v.head
    if v.dep_ == "acl" and write.lemma_ in _LETTERS and write.dep_ == "dobj":
        write = write.head  # "sent a letter to Y asking it to ...", the participle hung on it
    elif v.dep_ not in ("advcl", "xcomp"):
        return []
    if v.tag_ != "VBG" or write.lemma_ not in _WRITE:
        return []
    if write.lemma_ in ("send", "address") and not any(
            c.dep_ == "dobj" and c.lemma_ in _LETTERS for c in write.children):
        return []  # "sent troops to X, requesting ...": no letter to X
    return [r for r in _pobjs(write, ("to",), res)
            if r.kind in ("Person", "Country", "Organization")]


def pledge_partner(v: Token, subj: Ref, res: Resolver) -> list[Ref]:
    """'Li Qiang pledged to encourage Chinese firms to invest in the port', 'China pledged
    $1 billion in loans' in a story of China and Sri Lanka: a pledge that names no one is
    made to the other state of the story's pair (in a main clause, by one of its side)."""
    pair = story_pair(res.dm)
    own = home_state(subj, res)
    if own not in pair or v.dep_ in ("relcl", "acl", "amod") or negated(v) or hypothetical(v):
        return []
    dm = res.dm  # the other state must come up where a beneficiary stands: in an object or a
    # phrase of what is promised ("invest in the Colombo Port City", "import more Sri Lankan
    # tea"; not "cut its reliance on Chinese loans")
    named = {dm.mentions[dm.owner[t.i]].key for t in v.subtree
             if t.i > v.i and dm.owner[t.i] >= 0 and dm.mentions[dm.owner[t.i]].kind == "Country"
             and _in_beneficiary_phrase(t, v)}
    return [Ref("Country", key) for key in pair if key != own and key in named]


def _in_beneficiary_phrase(t: Token, v: Token) -> bool:
    """Whether ``t`` sits in an object or a prepositional phrase under ``v`` (through the
    nouns around it) that is not what the act is on or against; the nearest slot decides."""
    u = t
    while u.i != v.i and u.head.i != u.i:
        if u.dep_ == "pobj":  # (not what the act is on or against: "reliance on X's loans")
            return u.head.lower_ not in ("on", "against", "over", "about", "than")
        if u.dep_ in ("dobj", "dative"):
            return True
        if u.dep_ not in ("compound", "amod", "poss", "nmod", "conj", "appos"):
            return False
        u = u.head
    return False


def blamed_on(blame: Token, res: Resolver) -> list[Ref]:
    """'laid the blame on X', 'pinned the blame for the collapse of the talks on X': whom an
    object 'blame' is laid on. An 'on' hung on 'blame' or its verb, else the last 'on'
    before another verb, wherever the parser hung it ("the blame for the attack on Kyiv on
    Moscow's enemies": not Kyiv)."""
    if blame.lemma_ != "blame":
        return []
    ons: list[Token] = []
    for t in blame.doc[blame.i + 1 : blame.sent.end]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            break  # (not "the EU-mediated talks")
        if t.dep_ == "prep" and t.lower_ in ("on", "onto") and not any(
                o.ent_type_ in ("DATE", "TIME") for o in t.children):  # (not "on Monday")
            ons.append(t)
    hung = [t for t in ons if t.head in (blame, blame.head)]
    return [r for t in (hung or ons)[-1:] for o in t.children if o.dep_ == "pobj"
            for r in res.many(o)]
