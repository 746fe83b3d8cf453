"""Offices settled by the story around a title that names no owner.

Companions serve the state of whom they accompany ("X, accompanied by Defence Minister
Y"), appointees the state of whoever appointed them, a bare Secretary-General the one
international body named nearby, a bare national title the one state whose acts its
holder reports ('"The Somali government has decided ...," Mr X said') or else the one state
the article is plainly about; a known office holder (``officials.json``) the state he serves.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dipgraph.loaders.extract.aides import aides
from dipgraph.loaders.extract.body import sentence_numbers
from dipgraph.loaders.extract.doctokens import doc_text, doc_tokens
from dipgraph.loaders.extract.gazetteer import Gazetteer
from dipgraph.loaders.extract.lexicon import (
    APPOINT_VERBS,
    ENVOY_WORDS,
    PLURAL_OFFICES,
    REPORTING_VERBS,
)
from dipgraph.loaders.extract.listed import listed_people, office_title
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.ownenvoys import own_envoys
from dipgraph.loaders.extract.owners import free_states, leading_state, organ_state
from dipgraph.loaders.extract.persons import People, PersonInfo, title_has
from dipgraph.loaders.extract.spans import in_relative_clauses

__all__ = ["by_lead", "first_person_before", "known_officials", "plural_office_holders",
           "president_state"]


def _accompanied(dm: DocMentions, people: People) -> None:
    """'X, accompanied by Defence Minister Y, held talks in Z': Y travels with X and serves
    X's state, whatever state the dateline or a nearby name suggested for a bare title."""
    if "accompan" not in doc_text(dm.doc).lower():
        return  # (the text first: a scan of every token costs more)
    for tok in doc_tokens(dm.doc):
        if tok.lemma_ != "accompany" or tok.tag_ != "VBN":
            continue
        lead = tok.head if tok.dep_ == "acl" else next(
            (c for c in tok.head.children if c.dep_ == "nsubj"), None) \
            if tok.dep_ == "advcl" else next(  # "The chancellor was accompanied by Y"
                (c for c in tok.children if c.dep_ == "nsubjpass"), None)
        lead_key = (_person_at(dm, people, lead.i) or _titled(people, lead)) \
            if lead is not None else None
        state = people.persons[lead_key].country if lead_key else None
        if state is None:
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            aside = in_relative_clauses(agent)  # (all named there, however the list was
            for o in (o for o in agent.subtree if o.i not in aside):  # parsed; not "who met Y")
                key = _person_at(dm, people, o.i)
                info = people.persons[key] if key else None
                if info and info.org is None and info.office_conf <= 0.6:
                    info.country, info.office_conf = state, 0.6


def _titled(people: People, noun: Token) -> str | None:
    """'The chancellor': the one person of a known state whose title ends in that word."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in noun.children):
        return None
    keys = [k for k, info in people.persons.items() if info.country and
            info.office_conf > 0.6 and title_has({noun.lower_}, info.title)]
    return keys[0] if len(keys) == 1 else None


def _appointed(dm: DocMentions, people: People) -> None:
    """'X appointed former minister Y as special envoy', 'he had appointed a special envoy,
    Y': the appointee serves the state of whoever appointed him, whatever the dateline or
    a nearby state suggested for his bare title."""
    text = doc_text(dm.doc).lower()
    if not any(w in text for w in ("appoint", "named", "nominat", "designat")):
        return
    for tok in doc_tokens(dm.doc):
        if tok.lemma_ not in APPOINT_VERBS or tok.pos_ != "VERB":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        lead = _person_at(dm, people, subj.i)
        if lead is None and subj.lower_ in ("he", "she"):
            lead = first_person_before(dm, people, subj.i)
        leader = people.persons[lead] if lead else None
        if leader is None or leader.country is None or leader.office_conf <= 0.6:
            continue
        state = leader.country
        for o in (c for c in tok.children if c.dep_ == "dobj"):
            for t in (o, *(a for a in o.children if a.dep_ == "appos")):
                key = _person_at(dm, people, t.i)
                info = people.persons[key] if key and key != lead else None
                if info and info.title and info.org is None and info.office_conf <= 0.6:
                    info.country, info.office_conf = state, 0.6


#: Verbs of a state's reaction, after which its envoy speaks: "Lima reacted cautiously".
_REACTIONS = frozenset({"react", "respond", "reply", "protest", "hit"})


def _summoned_envoy(dm: DocMentions, people: People) -> None:
    """'Lima summoned Chile's ambassador ... Ambassador X was called in on Tuesday': a
    bare-titled envoy named after an unnamed '<state>'s ambassador' of the sentence before
    (or his own) is that ambassador, whatever state the dateline suggested; one whose title
    opens a sentence after one state reacted ('Lima reacted. Ambassador X said')
    is that state's."""
    doc = dm.doc
    for j, m in enumerate(dm.mentions):
        key = people.of_mention.get(j)
        info = people.persons.get(key) if key else None
        if info is None or not info.title or info.org is not None or (
                info.country is not None and info.office_conf > 0.6) or \
                not info.envoy:
            continue
        sent = doc[m.start].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        states = {dm.mentions[dm.owner[c.i]].key for t in doc[start : m.start]
                  if t.lower_ in ENVOY_WORDS and t.is_lower
                  for c in t.children if c.dep_ in ("poss", "amod") and dm.owner[c.i] >= 0
                  and dm.mentions[dm.owner[c.i]].kind == "Country"}
        if not states and sent.start > 0 and all(
                dm.owner[i] < 0 for i in range(sent.start, m.start)) and \
                doc[start].sent.root.lemma_ in _REACTIONS:
            # "Lima reacted cautiously. Ambassador X, who ...": the state that
            # reacted in the sentence before, when the title opens its own sentence
            states, _ = free_states(dm, start, sent.start)
        if len(states) == 1:
            info.country, info.office_conf = next(iter(states)), 0.6


def _their_officers(dm: DocMentions, people: People) -> None:
    """'A and B met in X, and their foreign ministers, C and D, prepared the visit': C
    serves A's state and D B's, in the order named (two leaders of two known states)."""
    for tok in doc_tokens(dm.doc):
        if tok.lower_ not in PLURAL_OFFICES or not any(
                c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
            continue
        listed = [people.of_mention.get(j) for j in listed_people(tok, dm)]
        keys = [k for k in listed if k is not None]
        before = list(dict.fromkeys(
            people.of_mention[j] for j, m in enumerate(dm.mentions)
            if j in people.of_mention and tok.sent.start <= m.start < tok.i))
        states = [people.persons[k].country for k in before]
        last = max((m.end for j, m in enumerate(dm.mentions) if people.of_mention.get(j) in
                    before and m.start < tok.i), default=tok.i)
        between = any(t.lower_ in ("countries", "states", "officials", "nations",
                                   "governments", "delegations", "leaders")
                      for t in dm.doc[last : tok.i])  # "... officials, whose countries sent
        if len(keys) != 2 or len(listed) != 2 or len(before) != 2 or None in states or \
                states[0] == states[1] or between:  # their ministers": not the two leaders
            continue
        title = " ".join(office_title(tok))
        for key, state in zip(keys, states, strict=True):
            info = people.persons[key]
            if info.org is None and (info.country is None or info.office_conf < 0.6):
                if info.title is None:
                    info.title, info.office_sentence = title, tok.i  # (its evidence)
                info.country, info.office_conf = state, 0.6


def first_person_before(dm: DocMentions, people: People, at: int,
                        keep: Callable[[PersonInfo], bool] | None = None) -> str | None:
    """The first person named in the sentence of token ``at`` before it, else in the
    sentence before (its topic, not the last name in it): whom 'he'/'his' points back to
    (the first whom ``keep`` takes, if given)."""
    for lo, hi in dm.here_then_before(at, end=at):
        keys = [people.of_mention[j] for j, m in enumerate(dm.mentions)
                if j in people.of_mention and lo <= m.start < hi and (
                    keep is None or keep(people.persons[people.of_mention[j]]))]
        if keys:
            return keys[0]
    return None


def _president(info: PersonInfo) -> bool:
    return bool(info.country) and info.org is None and title_has(
        {"president"}, info.title) and not title_has({"vice"}, info.title)


def president_state(dm: DocMentions, people: People, at: int) -> str | None:
    """The state of the first president named before token ``at`` in its sentence, else in
    the sentence before (the story's subject): whose office a 'presidential spokesman X'
    serves ("A received a call from B, presidential spokesman X said": A's)."""
    key = first_person_before(dm, people, at, keep=_president)
    return people.persons[key].country if key is not None else None


_GOVERNMENT = frozenset({"government", "administration", "authorities", "cabinet"})
#: Decisions a spokesman announces for his own government ("has decided to sever ..."), not
#: what a minister says another government does ("was massing troops").
_OWN_ACTS = frozenset({"decide", "agree", "approve", "recall", "sever", "suspend", "order",
                       "adopt", "resolve", "instruct", "expel", "summon", "withdraw"})


def _voiced_state(dm: DocMentions, people: People, key: str) -> str | None:
    """'"The Somali government has decided ...," Mr Dubbe said': the one state whose
    government a bare-titled person reports acting, as the subject of what he says, is the
    state he speaks for (a state named bare there may be the one he talks about)."""
    states: set[str] = set()
    for j, m in enumerate(dm.mentions):
        tok = dm.doc[m.end - 1]
        if people.of_mention.get(j) != key or tok.dep_ != "nsubj" or \
                tok.head.lemma_ not in REPORTING_VERBS:
            continue
        said = tok.head
        clauses = [c for v in (said, *(a for a in said.children
                                       if a.dep_ == "advcl" and a.lemma_ in REPORTING_VERBS))
                   for c in v.children if c.dep_ == "ccomp"]
        clauses += [r for p in said.children if p.dep_ == "prep" for o in p.children
                    for r in o.children if r.dep_ == "relcl" and r.doc[r.left_edge.i].lower_
                    == "that"]  # "said at the time that Kenya ...", misparsed as a relative
        for c in (c for clause in clauses for c in (clause, *clause.conjuncts)
                  if c.lemma_ in _OWN_ACTS):
            for subj in (t for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                         for t in (s, *s.conjuncts)):
                if subj.lemma_ in _GOVERNMENT:  # not 'X said Chad was massing troops'
                    for t in subj.children:
                        state = _state_of(dm, t.i) if t.dep_ in (
                            "amod", "compound", "poss") else None
                        if state is not None:
                            states.add(state)
    return states.pop() if len(states) == 1 else None


def _state_of(dm: DocMentions, i: int) -> str | None:
    """The state a token names (by name, capital or demonym), if any."""
    j = dm.owner[i]
    return dm.mentions[j].key if j >= 0 and dm.mentions[j].kind == "Country" else None


def _person_at(dm: DocMentions, people: People, i: int) -> str | None:
    j = dm.owner[i]
    return people.of_mention.get(j) if j >= 0 else None


#: Title words of a state's own officials (not of an international body's).
_NATIONAL_HEADS = frozenset({"minister", "president", "chancellor", "premier", "spokesman",
                             "spokeswoman", "spokesperson", "secretary", "king", "emir"})


def _companions(dm: DocMentions, people: People) -> dict[str, str]:
    """'A and B were among the ministers accompanying X', 'X, accompanied by A': people of
    no known state (or one only guessed from the dateline) who travel with the officials
    of one state serve that state."""
    out: dict[str, str] = {}
    if "accompan" not in doc_text(dm.doc).lower():
        return out
    for tok in doc_tokens(dm.doc):
        if tok.lemma_ != "accompany":
            continue
        sent = tok.sent
        keys = [people.of_mention[j] for j, m in enumerate(dm.mentions)
                if j in people.of_mention and sent.start <= m.start < sent.end]
        guessed = {k for k in keys if people.persons[k].org is None and (
            people.persons[k].country is None or people.persons[k].office_conf <= 0.6)}
        states = {people.persons[k].country for k in keys if k not in guessed} - {None}
        if len(states) == 1:
            state = states.pop()
            for k in keys:
                if state and k in guessed:
                    out.setdefault(k, state)
    return out


def _body_nearby(dm: DocMentions, at: int) -> str | None:
    """The one international body (no state's organ) named in the sentence of token
    ``at`` or, failing that, in the sentence before it."""
    for lo, hi in dm.here_then_before(at):
        bodies = {m.key for m in dm.mentions if lo <= m.start < hi
                  and m.kind == "Organization" and organ_state(m) is None}
        if bodies:
            return bodies.pop() if len(bodies) == 1 else None
    return None


def by_lead(dm: DocMentions, people: People) -> None:
    """A national title whose state nothing else settles ('Deputy Foreign Minister X said')
    belongs to the one state the article is plainly about; a companion's is the state of
    the one he accompanies."""
    _accompanied(dm, people)
    _appointed(dm, people)
    _summoned_envoy(dm, people)
    own_envoys(dm, people)
    aides(dm, people)
    _their_officers(dm, people)
    lead: str | None = None
    looked = False
    companions = _companions(dm, people)
    for key, info in people.persons.items():
        if key in companions and info.title:
            info.country, info.office_conf = companions[key], 0.5
            continue
        if info.org is not None or not info.title:
            continue
        words = {w.lower() for w in info.title.replace("-", " ").split()}
        if (info.country is None or info.office_conf < 0.58) and words & _NATIONAL_HEADS \
                and "general" not in words and (voiced := _voiced_state(dm, people, key)):
            info.country, info.office_conf = voiced, 0.58  # above a nearby state's guess
            continue
        if info.country is not None:
            continue
        if {"secretary", "general"} <= words and info.office_sentence is not None:
            info.org = _body_nearby(dm, info.office_sentence)  # "The Arab League met ...
            continue  # Secretary-General X said": the one body named there
        if not words & _NATIONAL_HEADS or "general" in words:
            continue
        if not looked:
            lead, looked = leading_state(dm), True
        if lead is not None:
            info.country, info.office_conf = lead, 0.45


#: Titles of international bodies' officers: a listed person holding one serves the body.
_BODY_TITLE_WORDS = ("general", "high representative", "commission", "council", "chair")


def known_officials(gaz: Gazetteer, people: People) -> None:
    """A titled person whose state the article leaves unsaid or to a guess (the dateline,
    a nearby state, the story's leading state: confidence 0.6 and below), but who is a known
    office holder ('President Mohamed Muizzu' in a story filed from New Delhi), gets the
    state from the list. A state the text gives outright (an adjective, 'of X': 0.7 and
    above) wins, and so does an international body's title ('Secretary-General X')."""
    for info in people.persons.values():
        if info.title is None or info.org is not None or (
                info.country is not None and info.office_conf > 0.6) or any(
                w in info.title.lower() for w in _BODY_TITLE_WORDS):
            continue
        state = gaz.official_state(info.name)
        if state is not None:
            info.country, info.office_conf = state, 0.75


def plural_office_holders(dm: DocMentions, gaz: Gazetteer, people: People) -> None:
    """'The presidents of Costa Rica and Panama met ... Rodrigo Chaves and Jose Raul Mulino
    toured': untitled known office holders of those states, at most one for each and all
    named in one sentence (that one or one of the next two), hold that office."""
    doc = dm.doc
    sents = sentence_numbers(doc)
    offices: list[tuple[int, list[str], set[str]]] = []  # (sentence, title, states)
    for tok in doc_tokens(doc):
        if tok.lower_ not in PLURAL_OFFICES or tok.i + 2 >= len(doc) or \
                doc[tok.i + 1].lower_ != "of":
            continue
        states, i = set(), tok.i + 2  # (the list right after 'of')
        while i < len(doc) and (j := dm.owner[i]) >= 0 and dm.mentions[j].kind == "Country":
            states.add(dm.mentions[j].key)
            i = dm.mentions[j].end
            i += i < len(doc) and doc[i].text == ","
            i += i < len(doc) and doc[i].lower_ == "and"
        if len(states) >= 2:
            offices.append((sents[tok.sent.start], office_title(tok), states))
    for at, title, states in offices:
        # the untitled known officials of those states in that sentence or the next two
        pairs: dict[str, list[tuple[int, str]]] = {}
        for j, m in enumerate(dm.mentions):
            key = people.of_mention.get(j)
            info = people.persons.get(key) if key else None
            end = doc[m.end - 1]
            if info is None or info.title is not None or not 0 <= sents[
                    end.sent.start] - at <= 2:
                continue
            state = gaz.official_state(info.name)
            if state in states and key is not None and key not in {
                    k for v in pairs.values() for _s, k in v}:  # (its first mention)
                pairs.setdefault(state, []).append((m.start, key))
        if pairs and all(len(v) == 1 for v in pairs.values()) and len(
                {doc[start].sent.start for v in pairs.values() for start, _k in v}) == 1:
            for state, [(start, key)] in pairs.items():
                info = people.persons[key]
                info.title, info.country, info.office_conf = " ".join(title), state, 0.75
                info.office_sentence = start
