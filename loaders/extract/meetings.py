"""Meeting rules: who met whom, how and where.

"met (separately) with X", "held (two rounds of) talks with X and Y", "spoke by
telephone with X", "spoke to X", "X was received/joined by Y", "hosted a dinner
for X", "A, B and C met in Z", "X joined the talks": the persons of the clause
pair up (every pair for a joint meeting), with the mode and the venue. Persons who
appear side by side ("told reporters alongside X", "flanked by X") met; a foreign guest
received or hosted by a leader, or "in X for talks", visited. A list of titled names the
parser split ("met A, B and C") and plural titles ("hosted the leaders of A and B", "his
counterparts from A and B") give every participant (see :mod:`.gatherings`). Also the
phrase reading of a verb (particles, prepositions, objects) the verb rules share.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _emit,
    _mode,
    _objects,
    _pairwise,
    _place,
    _pobjs,
    _subjects,
    _with_people,
)
from dipgraph.loaders.extract.gatherings import named_people, office_holders, party_of
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.lexicon import GATHERING_NOUNS, TALK_NOUNS, words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["alongside_rule", "aside_stay_rule", "clause_heads", "joined_talks", "met_with",
           "phrase_words", "stay_rule", "visiting_partner_rule", "welcomed_guests"]


def joined_talks(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X joined (part of) the talks by video link': X met the group last talked about;
    'X was joined by Y for the talks': X met Y."""
    joined = [r for c in v.children if c.dep_ == "nsubjpass" for r in res.many(c)
              if r.kind == "Person"]
    if joined:
        by = [r for r in _pobjs(v, ("by",), res) if r.kind == "Person"]
        _pairwise(out, R.MET_WITH, joined + [b for b in by if b not in joined], v, sent,
                  place=_place(v, res), mode=_mode(v), confidence=0.6)
        return
    objs = [c for c in v.children if c.dep_ == "dobj"]
    objs += [o for d in objs for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    if not any(o.lower_ in GATHERING_NOUNS for o in objs):
        return
    subj = [r for r in _subjects(v, res) if r.kind == "Person"]
    group = [r for r in res.state.group if r.kind == "Person" and r not in subj]
    if subj and 2 <= len(group) <= 3:  # (not "X joined the summit" of a dozen leaders,
        for a in subj:  # whom it gives no talks with each)
            _emit(out, R.MET_WITH, [a], group, v, sent, mode=_mode(v), confidence=0.6)


def phrase_words(v: Token) -> set[str]:
    """Particles, prepositions, adverbs and object heads of ``v`` and the words they
    govern directly ('walked away from', 'took aim at', 'held two hours of talks')."""
    kids = [c for c in v.children if c.dep_ in ("prt", "prep", "dobj", "advmod", "dative")]
    active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    means = [c for c in v.children if c.dep_ == "agent" and active]  # "spoke by phone"
    kids += means
    words = {c.lower_ for c in kids} | {c.lemma_ for c in kids if c.dep_ == "dobj"}
    if any(c.dep_ == "dobj" and c.lemma_ == "conference" and any(
            g.dep_ == "compound" and g.lower_ in _MEANS for g in c.children) for c in kids):
        words.add("videoconference")  # "held a video conference with X" (no press conference)
    for c in kids:
        for p in c.children:
            if c.dep_ in ("prep", "agent") or p.dep_ in ("prep", "pobj"):
                words.add(p.lower_)
            if c.dep_ in ("prep", "agent") and p.dep_ == "pobj":  # "spoke by video call"
                words |= {g.lower_ for g in p.children if g.dep_ == "compound"}
    holders = clause_heads(v)
    words |= {h.lemma_ for h in holders[1:]} | {h.lower_ for h in holders[1:]}
    words |= {p.lower_ for h in holders for p in h.children if p.dep_ == "prep"}
    return words


_MEANS = words("phone telephone video videoconference link video-link call line")


def clause_heads(v: Token) -> list[Token]:
    """``v`` and the particles, adverbs and objects its prepositions may hang from: 'held
    two rounds of talks with X', 'spoke by telephone with X', 'walked away from X'."""
    kids = [c for c in v.children if c.dep_ in ("prt", "advmod", "dobj")]
    talks: list[Token] = []
    heads = [d for d in kids if d.dep_ == "dobj"]
    for _ in range(2):  # "held (dozens of) rounds of talks with X"
        heads = [o for d in heads for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        talks += heads
    means = [o for p in v.children if p.dep_ == "prep" and p.lower_ in ("by", "via", "over")
             for o in p.children if o.dep_ == "pobj" and o.lemma_ in _MEANS]
    topics = [o for d in (*kids, *talks) if d.lemma_ in TALK_NOUNS for p in d.children
              if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
              for o in p.children if o.dep_ == "pobj" and o.lemma_ not in _RELATIONAL]
    # "held talks on X with Y" (not "talks on their negotiations with Y": the topic's 'with')
    return [v, *kids, *talks, *means, *topics]


#: Topics that take their own 'with': "negotiations (relations, ties, a deal) with X".
_RELATIONAL = words("negotiation negotiations relation relations tie ties deal dispute "
                    "cooperation talk talks agreement")



_PHONE_CUES = ("phone", "video")
#: What two co-chairs hold together: "co-chaired the meeting", "a summit chaired by A and B".
_SESSIONS = frozenset({"meeting", "summit", "session", "talks", "talk", "commission",
                       "council", "committee", "dialogue", "consultations", "consultation",
                       "forum"})


def _session(tok: Token) -> bool:
    """'the meeting', 'the talks', 'the first round of consultations': a session."""
    return tok.lower_ in _SESSIONS or tok.lemma_ in _SESSIONS or (tok.lemma_ == "round" and any(
        o.lower_ in _SESSIONS for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"))


def _chaired_session(v: Token) -> list[Token]:
    """'The session was co-chaired by A and B': the subject of a passive chairing (the
    model may hang it on the split-off 'co' or on 'was')."""
    if not any(c.dep_ == "agent" for c in v.children):
        return []
    return [t for c in v.lefts for t in c.subtree if t.dep_ in ("nsubj", "nsubjpass")]


#: Verbs of whoever holds a meeting as its host: "hosted / convened a summit that ...".
_CONVENE = frozenset({"host", "convene", "chair", "hold", "organise", "organize"})


def met_with(v: Token, sent: Span, res: Resolver, out: list[RawFact], subj: list[Ref],
              passive: bool) -> None:
    """Meetings: 'met (with) X', 'held (two hours of) talks with X and Y', 'spoke by phone
    with X', 'spoke to X', 'X was received by Y', 'A, B and C met in Z'; the host of 'a
    meeting that brought together A and B' met both; 'met several leaders, including A and
    B' and 'X met A and B': each met the subject, not each other; 'brought together A with
    B': each side met the other; 'conferred on him the Order of X' is no meeting."""
    if v.lemma_ == "confer" and not any(c.lower_ == "with" for c in v.children) and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                o.dep_ == "pobj" and (o.pos_ == "PRON" or o.ent_type_ == "PERSON")
                for o in c.children)) for c in v.children):
        return  # "conferred on him the Order of X": an honour given, no talks (not
        # "conferred with X on the crisis")
    holders = clause_heads(v)
    light = v.lemma_ in _LIGHT_MEET
    if v.lemma_ == "bring" and v.dep_ == "relcl" and v.head.dep_ == "dobj" and \
            v.head.head.lemma_ in _CONVENE and not any(r.kind == "Person" for r in subj):
        subj = [r for r in _subjects(v.head.head, res) if r.kind == "Person"]
        # "X hosted a meeting that brought together A and B": the host was at it too
    others = [] if light or v.lemma_ == "chair" else [  # ("chaired X's committee")
        o for o in _objects(v, res) if o.kind == "Person"]
    if not light:  # "met A, B and C" (a list the parser split), "hosted the leaders of A, B"
        like = subj[0] if len(subj) == 1 and subj[0].kind == "Person" else None
        others += [o for c in v.children if c.dep_ == "dobj" for o in party_of(c, res, like)
                   if o not in others]
    holders_subj = [r for c in v.children if c.dep_ == "nsubj" for r in office_holders(c, res)]
    holders_subj = holders_subj or [  # "the three ministers, A of X, B of Y and C of Z, met"
        r for c in v.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
        for a in c.children if a.dep_ == "appos" for r in named_people(a, res)]
    if len(holders_subj) > len([r for r in subj if r.kind == "Person"]):
        subj = holders_subj  # "the leaders of A, B and C met in Y"
    withs_of_v = _with_people([v], res)  # (a "brought together A with B" reads it again)
    others += [o for o in withs_of_v + _with_people(holders[1:], res) if o not in others]
    # "met at the Department of State with X": the 'with' hung on the venue
    venues = [o for p in v.children if p.dep_ == "prep" and p.lower_ in ("at", "in")
              for o in p.children if o.dep_ == "pobj"]
    others += [o for o in _with_people(venues, res) if o not in others]
    others += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
               for c in p.children if c.dep_ == "pobj" for o in office_holders(c, res)
               if o not in others]  # "met with the leaders of A and B"
    if v.lemma_ in ("speak", "talk"):
        others += [o for o in _with_people([v], res, "to") if o not in others]
    if v.lemma_ == "shuttle":  # "shuttled between A and B": he met each
        others += [o for o in _with_people([v], res, "between") if o not in others]
    if v.lemma_ == "call":  # "called on the President at State House"
        others += [o for p in ("on", "upon") for o in _with_people([v], res, p)
                   if o not in others]
    if passive:
        others = [r for c in v.children if c.dep_ == "nsubjpass" for r in res.many(c)] or (
            [r for r in _subjects(v.head, res) if r.kind == "Person"]
            if v.dep_ == "conj" and any(c.dep_ == "auxpass" for c in v.children) else [])
        # ("X arrived in Y and was received by Z": X, the subject they share)
    if any(c.dep_ == "dobj" and c.lemma_ in _MEALS for c in v.children):
        # "hosted a dinner for X", "gave a lunch in honour of X"
        meal = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ in _MEALS)
        others += [o for o in _with_people([meal, v], res, "for") if o not in others]
    withs = others or any(p.lower_ == "with" for h in (v, *holders) for p in h.children)
    if any(c.dep_ == "advmod" and (c.lower_ == "individually" or (
            c.lower_ == "separately" and withs)) for c in v.children) or (withs and any(
               a.dep_ == "amod" and a.lower_ in ("separate", "individual")
               for h in holders[1:] for a in h.children)) or (
                                   len(subj) == 1 and (_mode(v) == "phone" or _members(v)
                                                       or v.lemma_ == "shuttle")
                                   and not _all_at_once(holders)):
        # "met separately with A and B": each met the subject, not each other ("A and B
        # held separate talks" or "met separately", with no 'with' partner, met each
        # other); one caller's phone talks with A and B are calls to each, his shuttling visits
        _each_met(out, subj, others, v, sent, _place(v, res), _mode(v))
        return
    joined = withs_of_v if v.lemma_ == "bring" and not any(
        r.kind == "Person" for r in subj) else []  # (a host who brought them met all)
    if joined and (brought := [o for o in others if o not in joined]):
        # "brought together A and B with C and D": each side met the other, as a side
        _each_met(out, brought, joined, v, sent, _place(v, res), _mode(v), together=True)
        return
    group = subj + [o for o in others if o not in subj]
    mode = _mode(v)
    if v.lemma_ in ("telephone", "phone", "ring"):
        mode = "phone"
    pair_ok = light or v.lemma_ in ("meet", "confer", "huddle", "bring", "shake",
                                    "exchange", "discuss") or (
        v.lemma_ in ("speak", "talk") and mode in _PHONE_CUES) or (
        v.lemma_ == "chair" and any(_session(t) for t in (  # "A and B co-chaired
            *(c for c in v.children if c.dep_ == "dobj"), *([v.head] if v.dep_ == "acl"
                                                            else []),  # the summit"
            *_chaired_session(v))))
    if others or (len(subj) >= 2 and pair_ok):
        place = _place(v, res) or next((p for h in holders[1:] if (p := _place(h, res))), None)
        envoys = len(subj) == 1 and len(others) > 1 and all(  # (the cheap tests first)
            o.kind == "Person" and o.key in res.people.persons and
            res.people.persons[o.key].envoy for o in others)
        if len(subj) == 1 and len(others) > 1 and (envoys or v.lemma_ == "meet"):
            # "X received (the letters of) envoys A, B and C", "met ambassadors A and B":
            # each met X; envoys met together meet no one else; "X met A and B": each met X
            # at one occasion
            _each_met(out, subj, others, v, sent, place, mode, together=not envoys)
        else:
            _pairwise(out, R.MET_WITH, group, v, sent, place=place, mode=mode)
        if place is not None and mode == "in_person" and not negated(v) and \
                not hypothetical(v):
            _met_abroad(v, sent, res, out, group, place)
    if v.lemma_ in ("receive", "host") and mode == "in_person" and not (
            v.i > 1 and v.doc[v.i - 1].text == "-" and v.doc[v.i - 2].lower_ == "co"):
        # (not "co-hosted a summit with X": two hosts, neither the other's guest)
        # "X received Y", "Y was received in Z by X": the guest visited the host's state
        _hosted(v, sent, res, out, subj, others)


def _members(v: Token) -> bool:
    """'met several leaders, including A and B': those listed each met the subject."""
    nouns = [c for c in v.children if c.dep_ == "dobj"] + [
        o for p in v.children if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children if o.dep_ == "pobj"]
    return any(n.tag_ == "NNS" and any(p.dep_ == "prep" and p.lower_ == "including"
                                       for p in n.children) for n in nouns)


#: Words of talks all their parties held at once: "three-way phone talks with A and B".
_AT_ONCE = frozenset({"way", "trilateral", "tripartite", "quadrilateral", "conference"})


def _all_at_once(holders: list[Token]) -> bool:
    """'held three-way phone talks with A and B', 'a trilateral call': everyone on the line
    talked with everyone (not one caller's calls to each)."""
    mods = [t for h in holders[1:] for left in h.lefts for t in left.subtree]
    return any(t.lower_ in _AT_ONCE and (t.lower_ != "way" or (
        t.i > 1 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].like_num)) for t in mods)


def _each_met(out: list[RawFact], subj: list[Ref], others: list[Ref], v: Token, sent: Span,
              place: Ref | None, mode: str, together: bool = False) -> None:
    """Each of ``subj`` met each of ``others``, and no one else; ``together``: all were at
    one occasion, which a later 'the three officials' names."""
    group = tuple(subj + [o for o in others if o not in subj]) if together else None
    for a in subj:
        for o in others:
            if o != a:
                _pairwise(out, R.MET_WITH, [a, o], v, sent, group, place=place, mode=mode)


def _hosted(v: Token, sent: Span, res: Resolver, out: list[RawFact], hosts: list[Ref],
            guests: list[Ref]) -> None:
    """'X received Y', 'X hosted Y': a foreign guest received by a head of state or
    government came to the host's country (when both states are known and differ)."""
    states = {s for h in hosts if (s := res.people.state_of(h))}
    if len(states) != 1:
        return
    (home,) = states
    venue = _place(v, res)
    where = [Ref("Country", home)]
    venue_state = gazetteer().place_country(venue.key) if venue is not None else None
    if venue is not None and venue_state == home:  # (_place gives a Place or nothing)
        where.append(venue)  # "received X in Nairobi": X came to Nairobi, in Kenya
    elif venue_state is not None:
        return  # "welcomed X in New York": both away from home
    for g in guests:
        away = res.people.state_of(g)
        info = res.people.persons.get(g.key) if g.kind == "Person" else None
        # (an envoy titled bare, 'Ambassador X', is posted to the host's country and lives
        # there: no visit; not 'Ambassador to the United Nations X')
        posted = info is not None and info.envoy
        if g.kind == "Person" and away and away != home and not posted:
            _emit(out, R.VISITED, [g], where, v, sent, confidence=0.5)


def welcomed_guests(v: Token, sent: Span, res: Resolver, out: list[RawFact], hosts: list[Ref],
                    tgts: list[Ref]) -> list[Ref]:
    """'X welcomed Y (to Nairobi)': X met the guest Y, who came to the place named, or else
    to X's state; the targets left for X's welcome as support (no guest, no place)."""
    guests = [r for c in v.children if c.dep_ in ("dobj", "nsubjpass") for r in res.many(c)]
    people = [t for t in tgts if t.kind == "Person" and t in guests]
    if not people:
        return tgts
    mode = _mode(v)
    _pairwise(out, R.MET_WITH, hosts + people, v, sent, place=_place(v, res), mode=mode)
    dest = [r for r in _pobjs(v, ("to",), res, deep=False) if r.kind in ("Country", "Place")]
    _emit(out, R.VISITED, people, dest, v, sent, confidence=0.6)
    if not dest and mode == "in_person" and v.tag_ == "VBD":  # (not "looks forward
        _hosted(v, sent, res, out, hosts, people)  # to welcoming X")
    return [t for t in tgts if t not in dest and t not in people]


def _met_abroad(v: Token, sent: Span, res: Resolver, out: list[RawFact], group: list[Ref],
                place: Ref) -> None:
    """'X held talks in Damascus with Syria's leader Y': a guest who meets the host's
    people in a city of the host's state came there (not an envoy posted there)."""
    home = gazetteer().place_country(place.key) if place.kind == "Place" else None
    heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
    said_in = any(p.lower_ == "in" and res.dm.at(o.i) is not None and o.text in place.key
                  for h in heads for p in h.children if p.dep_ == "prep"
                  for o in p.children if o.dep_ == "pobj")  # (the city said of this act,
    # not of "the next session in Belgrade" the two agreed to hold)
    done = v.tag_ in ("VBD", "VBN") or (v.tag_ == "VBG" and v.dep_ == "pcomp" and
                                        v.head.lower_ in ("after", "following"))
    if home is None or not said_in or not done or not any(
            res.people.state_of(r) == home for r in group if r.kind == "Person"):
        return
    for g in group:
        info = res.people.persons.get(g.key) if g.kind == "Person" else None
        away = res.people.state_of(g)
        if info is not None and not info.envoy and away is not None and away != home:
            _emit(out, R.VISITED, [g], [Ref("Country", home), place], v, sent,
                  confidence=0.5)


_LIGHT_MEET = words("hold have conduct sit shake exchange")
_MEALS = words("dinner lunch luncheon banquet breakfast reception")


_SIDE_BY_SIDE = ("alongside", "beside")


def alongside_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X told reporters alongside Y and Z', 'X spoke beside Y', 'X, flanked by Y, said':
    persons who appear side by side are together in person."""
    heads = [v, *[c for c in v.children if c.dep_ == "dobj"]]
    if not any(c.dep_ == "prep" and c.lower_ in _SIDE_BY_SIDE for h in heads
               for c in h.children) and not (v.lemma_ == "flank" and any(
                   c.dep_ == "agent" for c in v.children)):
        return
    if negated(v) or hypothetical(v):
        return
    others = [r for p in _SIDE_BY_SIDE for r in _with_people(heads, res, p)]
    if v.lemma_ == "flank":  # "X, flanked by Y, said": the flanked one is the noun above
        others += _with_people([v], res, "by")
        subj = [r for r in res.many(v.head) if r.kind == "Person"] if v.dep_ == "acl" else \
            [r for c in v.children if c.dep_ == "nsubjpass" for r in res.many(c)]
    else:
        subj = [r for r in _subjects(v, res) if r.kind == "Person"]
    for a in subj:
        _emit(out, R.MET_WITH, [a], [o for o in dict.fromkeys(others) if o != a], v, sent,
              place=_place(v, res), mode="in_person", confidence=0.6)


def visiting_partner_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'A and visiting B agreed (signed, discussed ...) X': a visitor who acts jointly with
    his host is with him in person, whatever the act."""
    if v.pos_ != "VERB":
        return
    marks = [t for t in sent.doc[sent.start : v.i] if t.lower_ == "visiting"]
    if not marks or negated(v) or hypothetical(v):
        return
    subj = [r for r in _subjects(v, res) if r.kind == "Person"]
    for t in marks:
        guest = _person_after(t, v, res)
        k = t.i - 1 - (t.doc[t.i - 1].lower_ in ("his", "her", "their"))
        host = res.dm.at(k - 1) if k > sent.start and t.doc[k].lower_ == "and" else None
        if guest is None or guest not in subj or host is None or host.kind != "Person" or \
                t.doc[host.end - 1].dep_ in ("dobj", "pobj", "dative", "attr"):
            continue  # (not "X praised A and visiting B criticised ...": A is an object)
        host_ref = Ref("Person", host.key)
        if host_ref != guest:
            _emit(out, R.MET_WITH, [host_ref], [guest], v, sent, place=_place(v, res),
                  mode="in_person", confidence=0.6)


def _person_after(t: Token, v: Token, res: Resolver) -> Ref | None:
    """The first person named after ``t`` and before ``v`` ('visiting Sri Lankan President
    X', 'his visiting counterpart X')."""
    m = next((m for m in (res.dm.at(i) for i in range(t.i + 1, v.i))
              if m is not None and m.kind == "Person"), None)
    return Ref("Person", m.key) if m is not None else None


_ERRANDS = words("talks visit meeting meetings summit consultations discussions trip tour")
#: "X was in Y to attend the summit": acts that bring a visitor to a place.
_PURPOSES = words("attend meet hold sign discuss join negotiate open inaugurate")


def stay_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X is in Y for talks', 'X was in Y on a two-day visit', 'X was in Y to attend the
    summit', 'X, in Y for talks, said': a person present in a place on a diplomatic
    errand is visiting it; so is one the story places there on a day ('X was in Y on
    Thursday')."""
    named = v.pos_ == "PROPN" and res.dm.owner[v.i] >= 0 and \
        res.dm.mentions[res.dm.owner[v.i]].kind == "Person" and \
        v.dep_ in ("nsubj", "nsubjpass") and v.i + 1 < len(v.doc) and v.doc[v.i + 1].text == ","
    if not named and (v.lemma_ != "be" or negated(v) or hypothetical(v)):
        return
    preps = [c for c in v.children if c.dep_ == "prep"]
    purpose = any(c.dep_ in ("xcomp", "advcl") and c.lemma_ in _PURPOSES and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children)
    dated = not named and any(_dated(c) for c in v.children)  # "X was in Y on Thursday"
    if not purpose and not dated and not any(
            o.lower_ in _ERRANDS or o.lemma_ in _ERRANDS for c in preps
            if c.lower_ in ("for", "on") for o in c.children if o.dep_ == "pobj"):
        return
    if named:
        subj = [r for r in res.one(v) if r.kind == "Person"]
    else:  # "X, who was in Y for talks": the antecedent
        subj = [r for r in _subjects(v, res) if r.kind == "Person"]
    if dated and not purpose and not any(_errand(c) for c in preps):
        subj = [r for r in subj if not (r.key in res.people.persons and
                                        res.people.persons[r.key].envoy)]  # (a resident
        # envoy "was in Moscow on Thursday": posted there, no visitor)
    _emit(out, R.VISITED, subj, _pobjs(v, ("in",), res, deep=False), v, sent,
          confidence=0.6)


def _dated(c: Token) -> bool:
    """A day phrase on a verb: 'on Thursday', 'last week'."""
    if c.dep_ == "npadvmod":
        return c.ent_type_ == "DATE"
    return c.dep_ == "prep" and c.lower_ == "on" and any(o.ent_type_ == "DATE"
                                                         for o in c.children)


def _errand(prep: Token) -> bool:
    """A 'for talks' / 'on a visit' phrase."""
    return prep.dep_ == "prep" and prep.lower_ in ("for", "on") and any(
        o.dep_ == "pobj" and (o.lower_ in _ERRANDS or o.lemma_ in _ERRANDS)
        for o in prep.children)


def aside_stay_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X, in Y for talks, said ...': a set-off 'in Y for talks' the parser hangs on the
    main verb still says where its subject is on an errand."""
    if v.pos_ != "VERB" or negated(v):
        return
    for p in v.children:
        if p.dep_ != "prep" or p.lower_ != "in" or p.i == 0 or v.doc[p.i - 1].text != "," \
                or p.i > v.i or not any(_errand(c) for c in p.children):
            continue
        subj = [r for r in _subjects(v, res) if r.kind == "Person"]
        places = [r for o in p.children if o.dep_ == "pobj" for r in res.many(o)]
        _emit(out, R.VISITED, subj, places, v, sent, confidence=0.6)
