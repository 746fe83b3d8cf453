"""Noun rules: relations stated by nouns and by light verbs with nouns.

"expressed concern over X", "a meeting between X and Y", "a meeting with X and
Y", "talks" after which two leaders agreed, "a visit to X by Y", "X's request",
"the warning issued by X to Y", "X's support for Y", "stressed the need for X
to act", alliances ("Pyongyang's key ally, China", "US-ally the Philippines",
"described X as a key ally"), backers ("X, Y's main backer"), settled deals between
two parties ("a ceasefire between X and Y") and accords "agreed by" their signatories.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _emit,
    _mode,
    _owner,
    _pairwise,
    _place,
    _pobjs,
    _subjects,
)
from dipgraph.loaders.extract.concern import topic_refs
from dipgraph.loaders.extract.duringtalks import acted_during
from dipgraph.loaders.extract.gatherings import hosts_of, listed_people
from dipgraph.loaders.extract.lexicon import (
    HOST_VERBS,
    NOMINAL_RELATIONS,
    TITLE_WORDS,
    VERB_RELATIONS,
    words,
)
from dipgraph.loaders.extract.mood import hypothetical, negated, upcoming
from dipgraph.loaders.extract.needs import need_rule
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.stance import helped
from dipgraph.loaders.extract.visits import described_host

__all__ = ["noun_rule"]


_EXPRESS = words(
    "express voice convey raise reiterate extend give offer issue pay reaffirm lend show "
    "declare renew signal lodge file register sound deliver send repeat make underline "
    "underscore stress air share hand affirm")
_REQUEST_VERBS = words("request seek ask want need urge demand")
_STERN = words("stern solemn strong serious")
_MEET_NOUNS = words("talks talk conversation call meeting discussions consultations "
                    "videoconference dialogue phone-call")
_MET_NOUNS = _MEET_NOUNS | {"summit", "meetings", "calls", "conversations"}  # (of A and B)
#: Events two sides hold in one room: "a joint press conference", "the joint media briefing"
#: (not "a joint statement", which may be written apart).
_JOINT_EVENTS = words("conference briefing appearance")
#: Nouns of a verbal attack, read only in 'in a jab at X' (not 'a dig at the site').
_JABS = words("jab swipe dig barb broadside rebuke")
_MEET_GOVS = words("hold have receive take make conduct join attend")
#: Verbs of speaking to a joint event: "told a joint news conference with X".
_ADDRESS = words("tell address brief")
_EXIT_NOUNS = words("withdrawal exit pullout")
#: Nouns of ending an accord, read only as the object of a verb of declaring.
_END_NOUNS = words("end termination abrogation cancellation")
_DECLARE_VERBS = words("announce declare proclaim order decide confirm formalise formalize")
#: Verbs that tell someone of one's own act: "notified the UN of its withdrawal".
_NOTIFY_VERBS = words("notify inform advise apprise")
_TRIP_PREPS = words("on upon during after following from")
_OWNED_RELS: dict[R, tuple[str, ...]] = {
    R.CRITICIZED: ("of", "against", "at"), R.PLEDGED: ("to",), R.EXPRESSED_CONCERN: (),
    R.WARNED: ("to", "against"), R.REQUESTED: ("to",),
}
#: Verbs that make a request or warning noun their subject's own: "X made an appeal to Y".
_MAKE_VERBS = frozenset({"make", "issue", "renew", "repeat", "reiterate", "send", "submit",
                         "deliver", "lodge"})


def _envoys_state(ref: Ref, res: Resolver) -> Ref | None:
    """The state of an envoy (an ambassador, a charge d'affaires), who only carries a
    protest home."""
    info = res.people.persons.get(ref.key) if ref.kind == "Person" else None
    return Ref("Country", info.country) if info and info.country and info.envoy else None


_DEAL_NOUNS = words("agreement deal accord pact treaty ceasefire truce settlement "
                     "consensus armistice understanding")
_PENDING = words("on for toward towards over about regarding")
#: Spans of time a meeting noun may be counted in: "after six hours of talks" (not "after
#: months of talks", negotiations that need not have met).
_SPANS = words("hour day round")
#: Verbs of a meeting's taking place: "talks between A and B could take place".
_HAPPEN = words("take happen occur begin start")
#: The most parties a deal "between" them is read as their agreeing.
_MOST_PARTIES = 3


def _deal_between(n: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'announced a ceasefire between X and Y', 'the 2015 deal between X and Y': the parties
    a settled deal lies between agreed (not 'talks on a deal between', 'a possible truce')."""
    if n.lemma_ not in _DEAL_NOUNS or hypothetical(n) or negated(n.head):
        return
    if (n.dep_ == "pobj" and n.head.lower_ in _PENDING) or n.dep_ == "appos" or (
            n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN"):
        return  # (nor "New START, the last treaty between A and B": what it is, not an act;
        # nor "a strand of the pact between A, B and C": a part of a thing that exists)
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in n.children):
        return
    parties = [r for r in _linear(n, "between", res) if r.kind in ("Country", "Person")]
    if 2 <= len(parties) <= _MOST_PARTIES:  # (not "the 2015 deal between Iran, the US, China,
        # Russia, ...": a multilateral accord's parties, named to say what it is)
        _pairwise(out, R.AGREED, parties, n, sent, confidence=0.6)


#: What a state is promised the care of: "commitment to the defence of X".
_CARE_NOUNS = words("defence defense security protection sovereignty safety independence "
                    "integrity")
_PEOPLES = words("people peoples government nation country citizens state leadership "
                  "population")


def _parties(n: Token, preps: tuple[str, ...], res: Resolver) -> list[Ref]:
    """Parties a pledge is made to: 'to Uganda', 'to the Ugandan people', not the state that
    only qualifies a topic ('to the two-state solution', 'to the X-led process')."""
    objs = [o for c in n.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]
    # "its commitment to the defence of the Philippines", "to Ukraine's security": the state
    # whose safety is promised
    objs += [x for o in objs if o.lemma_ in _CARE_NOUNS for x in o.children
             if x.dep_ == "poss"] + [x for o in objs if o.lemma_ in _CARE_NOUNS
                                     for p in o.children if p.dep_ == "prep" and
                                     p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
    return [r for o in objs for r in res.many(o, target=o.lemma_ in _PEOPLES)
            if o.lemma_ not in _CARE_NOUNS]


#: Nouns that sum up the clause before them: "X pressed Y to ..., a proposal backed by A".
_SUMMARY_NOUNS = words("proposal plan idea move initiative step demand request")


def _summed_up(n: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X has been pressing Y to do Z, a proposal backed by A and B': a noun set off by a
    comma that sums up the clause before it, with a participle of backing or criticism and
    its agents, is A and B backing (or criticising) that clause's subject."""
    if n.lemma_ not in _SUMMARY_NOUNS or n.i < 2 or n.doc[n.i - 2].text != "," or \
            n.doc[n.i - 1].lower_ not in ("a", "an") or n.head.pos_ not in ("VERB", "AUX"):
        return
    gov = n.head
    for v in (c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        rel = VERB_RELATIONS.get(v.lemma_)
        if rel not in (R.SUPPORTED, R.CRITICIZED) or negated(v) or hypothetical(gov):
            continue
        srcs = [r for a in v.children if a.dep_ == "agent" for o in a.children
                if o.dep_ == "pobj" for r in res.many(o) if r.kind in ("Country", "Person",
                                                                        "Organization")]
        tgts = [r for r in _subjects(gov, res) if r not in srcs]
        _emit(out, rel, srcs, tgts, v, sent, confidence=0.6)


def noun_rule(n: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    need_rule(n, sent, res, out)
    _deal_between(n, sent, res, out)
    _summed_up(n, sent, res, out)
    kinds = [k for c in n.children if n.lemma_ in ("note", "letter") for k in (
        [c] if c.dep_ == "compound" else [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ == "of" else [])]  # "a protest note", "a note of
    # protest"
    rel = NOMINAL_RELATIONS.get(n.lower_) or NOMINAL_RELATIONS.get(n.lemma_) or next((
        NOMINAL_RELATIONS[k.lemma_] for k in kinds if k.lemma_ in NOMINAL_RELATIONS), None)
    if n.lower_ == "representations" and n.dep_ == "dobj" and n.head.lemma_ in (
            "lodge", "make") and any(c.lower_ in _STERN for c in n.children):
        rel = R.CRITICIZED  # "lodged stern representations over X's remarks": a protest
    if n.lemma_ in _JABS and n.dep_ == "pobj" and n.head.lower_ == "in":
        rel = R.CRITICIZED
    joint = n.lemma_ in _JOINT_EVENTS and any(t.lower_ == "joint" for t in n.subtree
                                              if t.i < n.i)
    if joint:
        rel = R.MET_WITH  # "during the joint press conference, X invited Y": they met
    if rel is None or hypothetical(n) or negated(n.head) or (
            n.dep_ == "dobj" and hypothetical(n.head)) or (n.dep_ == "nsubj" and n.head.lemma_ in
                                                           _HAPPEN and hypothetical(n.head)) or (
            n.dep_ == "pobj" and n.head.lower_ == "for" and hypothetical(n.head.head)):
        return  # (nor "offered to host talks between A and B", "talks between A and B could
        # take place", "before X travels for talks")
    gov = n.head
    if rel in (R.WARNED, R.CRITICIZED) and n.dep_ == "pobj" and gov.lower_ == "in" and any(
            c.lower_ in ("a", "an") for c in n.children) and gov.head.pos_ == "VERB":
        # "In a veiled warning to X, Y said ...", "in a jab at X": the speaker's act (set
        # off by a comma, of the whole statement: "said Egypt would not let anyone
        # threaten Y, in a veiled warning to X")
        act = gov.head
        while gov.i > 0 and sent.doc[gov.i - 1].text == "," and act.dep_ in (
                "ccomp", "xcomp") and act.head.pos_ == "VERB":
            act = act.head
        if not negated(act) and not hypothetical(act):
            _emit(out, rel, _subjects(act, res),
                  _pobjs(n, ("to", "at", "against", "on") + (
                      ("of",) if rel == R.CRITICIZED else ()), res), n, sent, confidence=0.6)
        return
    express = n.dep_ == "dobj" and gov.lemma_ in _EXPRESS
    if rel in (R.EXPRESSED_CONCERN, R.SUPPORTED, R.CRITICIZED, R.PLEDGED, R.WARNED) and \
            express and not negated(gov) and not hypothetical(gov):
        srcs = _subjects(gov, res)
        tgts = _pobjs(n, ("over", "about", "at", "with", "for", "to", "against", "regarding",
                          "on", "of"), res)
        tgts += _pobjs(gov, ("to", "with", "over", "about"), res) + [
            r for k in kinds for r in _pobjs(k, ("to", "with", "against"), res)]
        if rel == R.SUPPORTED and n.lower_ == "solidarity":  # "the solidarity of the Gulf
            tgts = [r for p in n.subtree if p.dep_ == "prep" and p.lower_ == "with" for o in
                    p.children if o.dep_ == "pobj" for r in res.many(o)] or tgts  # (Qatar)
        if rel == R.SUPPORTED and not tgts:
            tgts = _backed_cause(n, res)  # "support for reviving X", "for efforts by X"
        tgts = tgts or [r for c in gov.children if c.dep_ == "dative"  # "handed X a note"
                        for r in res.many(c)]  # (not "sent the AU a complaint against X")
        if rel == R.PLEDGED:  # "its commitment to the Kenya-led process" binds to no party
            tgts = [r for r in _parties(n, ("to", "for", "with"), res) + _parties(
                gov, ("to", "with"), res) if r.kind != "Accord"]  # (not "to its
            # international agreements", a text)
            tgts = tgts or [r for c in n.children if c.dep_ == "prep" and c.lower_ == "to"
                            for p in (c, *c.conjuncts)  # ("to X and to relations with Y")
                            for o in p.children if o.dep_ in ("pobj", "pcomp")
                            for r in _parties(o, ("with",), res) + helped(o, res) + [
                                r for d in o.children if d.dep_ == "dobj"
                                for r in _parties(d, ("with",), res)]]
            # "commitment to a partnership with X", "to deepening ties with X": X's
        if rel == R.EXPRESSED_CONCERN:
            tgts = _concern_targets(n, res) or tgts or _that_clause_subject(n, srcs, res)
            holders = {r for c in n.children if c.dep_ == "poss" for r in res.many(c)}
            tgts = [t for t in tgts if t not in holders]  # (nor "conveyed India's concerns
            # about X as well as its desire ...": India holds the concern)
            tgts = tgts or [r for p in gov.children if p.dep_ == "prep" and p.lower_ == "by"
                            and p.i == n.right_edge.i + 1 for o in p.children
                            if o.dep_ == "pobj" for r in res.many(o)
                            if r not in holders]  # "concern over killings of X by Y"
        if not tgts and rel in (R.CRITICIZED, R.EXPRESSED_CONCERN):
            tgts = _joined_blame(n, rel, srcs, sent, res)
        if rel == R.CRITICIZED and (n.lemma_ in ("note", "letter", "protest", "demarche") or
                                    gov.lemma_ in ("hand", "deliver", "lodge")):
            # "handed a protest note to Russia's charge d'affaires": against his state
            tgts = [_envoys_state(t, res) or t for t in tgts]
        _emit(out, rel, srcs, tgts, gov, sent)
        return
    if rel == R.MET_WITH and (n.lower_ in _MET_NOUNS or joint) and not any(
            c.lower_ == "no" for c in n.lefts):  # "no talks"
        held = _held(n)
        between = _linear(n, "between", res, held) or _linear(n, "among", res, held)
        if not between:  # "a meeting of A, B and C" (persons only: not "of the council")
            members = [r for r in _linear(n, "of", res, held) if r.kind == "Person"]
            between = members if len(members) >= 2 else []
        withs = _linear(n, "with", res, held)
        caller = [r for r in _pobjs(n, ("from",), res) + (_pobjs(gov, ("from",), res) if (
            n.dep_ == "dobj" and n.lower_ == "call") else []) if r.kind == "Person"]  # (also
        # "received a phone call on Sunday from Y": the parser hangs 'from' on the verb)
        if between and n.lower_ == "calls" and len(between) > 2 and any(
                t.lower_ == "counterparts" for t in n.subtree):
            for other in between[1:]:  # "calls between A and his counterparts, B and C":
                # A's call with each
                _pairwise(out, rel, [between[0], other], n, sent, mode=_mode(n))
        elif between:  # (dated by the verb that held it: "the summit held on 10 October")
            between += [r for r in hosts_of(n, res) if r not in between]  # ("hosted by C")
            _pairwise(out, rel, between, held[0] if held else n, sent, place=_place(n, res),
                      mode=_mode(n))
        elif withs and gov.lemma_ != "hold":
            owner = _owner(n, res)
            if not owner and n.dep_ == "pobj":
                act = gov.head
                for _ in range(2):  # "after eight hours of meetings with X": who acted
                    if act.pos_ == "NOUN" and act.dep_ == "pobj" and act.head.dep_ == "prep":
                        act = act.head.head
                owner = _subjects(act, res)
            if not owner and n.dep_ == "dobj" and (gov.lemma_ in _MEET_GOVS or (
                    joint and gov.lemma_ in _ADDRESS)) and \
                    not negated(gov) and not hypothetical(gov):
                owner = [r for r in _subjects(gov, res) if r.kind == "Person"]  # "attended
                # a meeting with X
            group = owner + [w for w in withs if w not in owner]
            _pairwise(out, rel, group, n, sent, place=_place(n, res), mode=_mode(n))
        elif n.lower_ == "call" and n.dep_ == "dobj" and gov.lemma_ in ("pay", "make") and \
                not negated(gov) and not hypothetical(gov):
            # "paid a courtesy call on X": an in-person visit to X
            hosts = [r for r in _pobjs(n, ("on", "upon"), res) if r.kind == "Person"]
            group = [r for r in _subjects(gov, res) if r.kind == "Person"]
            if hosts:
                _pairwise(out, rel, group + [h for h in hosts if h not in group], n, sent,
                          place=_place(n, res), mode="in_person")
        elif caller and n.dep_ == "dobj" and gov.lemma_ in _MEET_GOVS and \
                not negated(gov) and not hypothetical(gov):
            # "X received a phone call from Y", "X took a call from Y".
            group = [r for r in _subjects(gov, res) if r.kind == "Person"]
            _pairwise(out, rel, group + [c for c in caller if c not in group], n, sent,
                      mode=_mode(n))
        elif not withs and n.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lemma_ in \
                _SPANS and gov.head.dep_ == "pobj":  # "after six hours of talks"
            acted_during(gov.head, gov.head.head, joint, sent, res, out)
        elif not withs and n.dep_ == "pobj":
            acted_during(n, gov, joint, sent, res, out)
        return
    if rel == R.SUPPORTED and n.lower_ in ("support", "solidarity") and not express and \
            gov.lemma_ not in _REQUEST_VERBS and VERB_RELATIONS.get(gov.lemma_) in (
                None, R.CRITICIZED):  # ("criticised her support for X": she backs X)
        srcs = [r for c in n.children if c.dep_ == "poss" for r in res.many(c)]
        tgts = _pobjs(n, ("for", "of", "to", "with"), res)
        for sib in n.conjuncts:
            tgts = tgts or _pobjs(sib, ("for", "of", "to"), res)
        _emit(out, rel, srcs, tgts, n, sent, confidence=0.6)
        return
    if rel == R.VISITED and n.lemma_ in ("visit", "trip", "tour", "arrival"):
        if (n.dep_ in ("attr", "nsubj") and hypothetical(n.head)) or upcoming(n):
            return  # "in what would be the first trip by a minister to X since 2018"
        srcs = _owner(n, res)
        if not srcs and n.lemma_ != "tour":  # "the visit of X to Y" (a tour of A is where)
            srcs = [r for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj" for r in res.many(o)
                    if r.kind == "Person"]
        if not srcs and gov.lemma_ in ("pay", "make", "undertake", "begin", "start",
                                       "conclude", "wrap") and n.dep_ == "dobj":
            srcs = _subjects(gov, res)
        if not srcs and n.dep_ == "pobj" and gov.lower_ in _TRIP_PREPS and \
                not hypothetical(gov.head):
            # "X was on a trip to Y", "X, on a state visit to Y, said ...".
            host = gov.head
            if host.pos_ == "NOUN" and host.dep_ == "pobj" and host.head.head.pos_ == "VERB":
                host = host.head.head  # "was greeted with an embrace on arrival in Y"
            srcs = [r for c in host.children if c.dep_ == "nsubjpass" for r in res.many(c)]
            if not srcs and host.lemma_ in HOST_VERBS:  # "Y greeted X on arrival in Z"
                srcs = [r for c in host.children if c.dep_ == "dobj" for r in res.many(c)]
            elif not srcs:  # "X was greeted by Y on arrival in Z": X arrived
                srcs = _subjects(host, res) if host.pos_ in ("VERB", "AUX") else \
                    res.many(host)
        # "on arrival in X", "a tour of A and B"
        to = ("in",) if n.lemma_ == "arrival" else ("to", "of") if n.lemma_ == "tour" else ("to",)
        tgts = _pobjs(n, to, res, deep=False) + _pobjs(gov, ("to",), res, deep=False)
        tgts = tgts or described_host(n, srcs, res)  # "on arrival in the kingdom"
        for took in (c for c in n.children if c.dep_ == "relcl" and c.lemma_ in (
                "take", "bring") and not negated(c) and not hypothetical(c)):
            # "at the end of a trip that also took him to X"
            srcs = srcs or [r for d in took.children if d.dep_ == "dobj" for r in res.many(d)]
            tgts += _pobjs(took, ("to",), res, deep=False)
        _emit(out, rel, srcs, tgts, n, sent)
        return
    if rel == R.WITHDREW_FROM and (n.lower_ in _EXIT_NOUNS or (
            n.lower_ in _END_NOUNS and n.dep_ == "dobj" and gov.lemma_ in _DECLARE_VERBS)):
        # "X announced its withdrawal from Y", "the US exit from the pact", "X announced
        # the end of the accord" (not "X demanded the end of the accord").
        srcs = _owner(n, res)
        if (not srcs or n.dep_ == "dobj") and n.dep_ in ("dobj", "nsubjpass") and \
                not negated(gov) and not hypothetical(gov):
            srcs = srcs or _subjects(gov, res)
        elif not srcs and n.dep_ == "pobj" and gov.lower_ == "of":
            # "X notified the UN of its withdrawal from Y" ('of' on the verb or its object)
            tell = gov.head.head if gov.head.dep_ == "dobj" else gov.head
            if tell.lemma_ in _NOTIFY_VERBS and not negated(tell) and \
                    not hypothetical(tell):
                srcs = _subjects(tell, res)
        accords = [r for r in _pobjs(n, ("from", "of", "to") if n.lower_ == "end" else (
            "from", "of"), res, deep=n.lower_ not in _END_NOUNS) if r.kind == "Accord"]
        # ("ordered an end to the treaty")
        if n.lower_ in _END_NOUNS:  # (a body announcing a truce's end is no party to it)
            srcs = [r for r in srcs if r.kind != "Organization"]
        _emit(out, rel, srcs, accords, n, sent, confidence=0.7)
        return
    if rel in (R.REQUESTED, R.WARNED) and n.lower_ in ("request", "requests", "warning",
                                                        "appeal"):
        srcs = _owner(n, res)
        if not srcs and n.dep_ == "dobj" and gov.lemma_ in _MAKE_VERBS:
            srcs = _subjects(gov, res)  # "X made an appeal to Y"
        tgts = _pobjs(n, ("to",), res) or [
            t for c in n.children if c.dep_ == "acl" for t in _pobjs(c, ("to",), res)] or [
            r for p in gov.children if p.dep_ == "prep" and p.lower_ == "to" and  # (hung on
            p.i == n.right_edge.i + 1 for o in p.children if o.dep_ == "pobj"  # the verb:
            for t in (o, *o.conjuncts) for r in res.many(t)]  # "renewed his appeal to X")
        if not tgts and n.dep_ == "pobj":
            tgts = _subjects(gov.head, res)
        _emit(out, rel, srcs, tgts, n, sent)
        return
    if rel in _OWNED_RELS and any(c.dep_ == "poss" for c in n.children) and \
            not negated(gov) and not hypothetical(gov):
        # "Kenya's condemnation of Somalia", "Kenya's pledge to Uganda", "its concern over X"
        srcs = [r for c in n.children if c.dep_ == "poss" for r in res.many(c)]
        tgts = _concern_targets(n, res) if rel == R.EXPRESSED_CONCERN else \
            _pobjs(n, _OWNED_RELS[rel], res)
        _emit(out, rel, srcs, [t for t in tgts if t not in srcs], n, sent, confidence=0.6)


def _joined_blame(n: Token, rel: R, srcs: list[Ref], sent: Span, res: Resolver) -> list[Ref]:
    """'A condemned X's raid. B expressed its strongest condemnation (and its concern about
    the violation)': a condemnation of nothing named joins the one party the sentence just
    before condemned; a concern does only beside such a condemnation in its own sentence."""
    st = res.state
    if rel == R.EXPRESSED_CONCERN:
        start, who = st.joined
        return list(who) if start == sent.start else []
    if any(c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
           for c in n.children):
        return []  # "condemnation of the plan", not "condemnation on Saturday"
    start, who = st.blamed
    before = sent.doc[sent.start - 1].sent.start if sent.start > 0 else -1
    blamed = [r for r in who if r not in srcs]
    if start != before or len(blamed) != 1:
        return []
    st.joined = (sent.start, blamed)
    return blamed


def _held(n: Token) -> list[Token]:
    """The participles that tell where and when an occasion was held ("the summit held in
    Asmara on Monday"), on which the parser may hang its parties ("... between A and B")."""
    return [c for c in n.children if c.dep_ == "acl" and c.lemma_ in ("hold", "convene")]


def _linear(n: Token, prep: str, res: Resolver, held: list[Token] | None = None) -> list[Ref]:
    """Objects of ``prep`` under ``n`` (or under its venue or the participle that held it:
    "talks in Reykjavik between A and B", "the summit held in Asmara between A and B"),
    plus persons the parser failed to coordinate.

    'a meeting with Cambodian Prime Minister X and Thailand's acting Prime Minister Y':
    after the object, a run of titles, states, commas and 'and' still lists people.
    """
    venues = [o for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for o in c.children if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "FAC", "LOC")
                                                           or o.lemma_ in ("capital", "city"))]
    held = _held(n) if held is None else held
    refs = _pobjs(n, (prep,), res, deep=False) + [
        r for o in (*venues, *held) for r in _pobjs(o, (prep,), res, deep=False)]
    preps = [c for h in (n, *venues, *held) for c in h.children if c.dep_ in (
        "prep", "agent") and c.lower_ == prep]
    if not preps:
        return refs
    # "with Japanese Foreign Minister A and US Secretary of State B": the parser may hang
    # A under B's title; the run of names inside the phrase still lists both
    refs += [r for p in preps for o in p.children if o.dep_ == "pobj"
             for x in (o, *o.conjuncts)  # ("between A and his counterparts, B and C")
             for r in listed_people(x, res) if r not in refs]
    doc = n.doc
    i = preps[0].right_edge.i + 1
    while i < min(len(doc), n.sent.end):
        tok = doc[i]
        j = res.dm.owner[i]
        if j >= 0 and res.dm.mentions[j].kind == "Person":
            for r in res.one(tok):
                if r not in refs:
                    refs.append(r)
            i = res.dm.mentions[j].end
            continue
        if not (tok.lower_ in TITLE_WORDS or tok.text in (",", "'s", "\u2019s") or j >= 0):
            break
        i += 1
    return refs


def _that_clause_subject(n: Token, srcs: list[Ref], res: Resolver) -> list[Ref]:
    """'expressed concern that the pact could ...': what the that-clause is about."""
    clauses = [c for c in n.children if c.dep_ in ("acl", "ccomp")]
    if n.dep_ == "dobj":
        clauses += [c for c in n.head.children if c.dep_ == "ccomp"]
    for c in clauses:
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            continue
        for s in c.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                return [r for r in res.many(s, target=True) if r not in srcs][:1]
    return []


def _concern_targets(n: Token, res: Resolver) -> list[Ref]:
    """The thing a concern is about: the topic of its over/about/on... phrase."""
    heads = [n, *([n.head] if n.dep_ == "dobj" else [])]
    return topic_refs([c for h in heads for c in h.children if c.dep_ == "prep" and
                       c.lower_ in ("over", "about", "regarding", "on", "at", "for")], res)


def _backed_cause(n: Token, res: Resolver) -> list[Ref]:
    """What support 'for' a cause backs when the cause names no entity itself: the
    object of a gerund ('support for reviving SAARC'), the doers of an act ('support for
    efforts by the Philippines')."""
    out: list[Ref] = []
    for p in (p for p in n.children if p.dep_ == "prep" and p.lower_ == "for"):
        for c in p.children:
            if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_ in _BUILDING:
                out += [r for o in c.children if o.dep_ == "dobj" for r in res.many(o)]
            elif c.dep_ == "pobj":
                out += [r for r in _owner(c, res) if r.kind in ("Country", "Organization")]
    return out


#: Gerunds whose object support helps ("support for reviving SAARC"; not "for isolating X").
_BUILDING = frozenset({"revive", "strengthen", "help", "rebuild", "restore", "support",
                       "deepen", "expand", "resume", "boost", "develop", "reform", "enlarge",
                       "relaunch", "reinvigorate"})
