"""Subjects and objects of a verb read as entities, with repairs the plain resolver lacks.

'condemned X's launches and its pursuit of Y' gives X for the pronoun of the later
conjunct, not the last state the article named; 'A and B agreed ..., and the two
countries signed' gives the states of A and B; 'the two agreed' the last two persons.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.gatherings import office_holders
from dipgraph.loaders.extract.lexicon import (
    MESSAGE_NOUNS,
    PERSON_NOUNS,
    PRIVATE_PEOPLE,
    TITLE_HEADS,
    words,
)
from dipgraph.loaders.extract.listed import person_at
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.spans import name_after

__all__ = ["added_accords", "companion_with", "included", "noun_owner", "object_refs",
           "subject_refs", "titled_apposite"]


_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_STATE_GROUPS = frozenset({"countries", "nations", "states", "governments", "capitals"})


_ISSUE_VERBS = words("issue release publish send post deliver circulate put")
_ACTORS = ("Country", "Person", "Organization")


def _message_author(c: Token, res: Resolver) -> list[Ref]:
    """'Jordan issued a statement ... The statement urged X': a definite message as subject
    is the one the article last gave an author (its issuer or its named owner)."""
    if c.lemma_ not in MESSAGE_NOUNS or c.tag_ != "NN" or not any(
            d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children):
        return []
    for t in reversed(c.doc[max(0, c.i - 300) : c.i]):
        if t.lemma_ != c.lemma_ or t.pos_ != "NOUN":
            continue
        owners = [r for d in t.children if d.dep_ == "poss" for r in res.many(d)]
        if not owners and t.dep_ == "dobj" and t.head.lemma_ in _ISSUE_VERBS:
            owners = [r for d in t.head.children if d.dep_ == "nsubj" and d.pos_ != "PRON"
                      for r in res.many(d)]
        owners = [r for r in owners if r.kind in _ACTORS]
        if owners:
            return owners
    return []


def _named_owner_first(c: Token, found: list[Ref], res: Resolver) -> list[Ref]:
    """'condemned X's border incursions and its arming of rebels': a pronoun
    owner in a later conjunct is the named owner of the first, not the last state seen."""
    if not any(p.dep_ == "poss" and p.pos_ != "PRON" for p in c.children):
        return found
    later = [k for k in c.conjuncts if k.i > c.i]
    if not any(p.dep_ == "poss" and p.lower_ in ("its", "their") for k in later
               for p in k.children):
        return found
    keep = set(res.one(c, target=True)) | {
        r for k in later if not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in k.children)
        for r in res.one(k, target=True)}
    return [r for r in found if r in keep]


def object_refs(c: Token, res: Resolver) -> list[Ref]:
    """The entities an object token (and its conjuncts) names, with the repairs above.
    'rebuked the four states ... and urged them': 'them' is that state group (what
    it names, if anything), not the last persons the article named; 'urged lenders,
    including X and Y': X and Y; 'condemned the arrest of X': not X, the one harmed."""
    if c.lower_ == "them":
        group = next((t for t in reversed(c.doc[c.sent.start : c.i])
                      if t.lower_ in _STATE_GROUPS), None)
        if group is not None:
            return res.many(group, target=True)
    if c.lemma_ in _HARMS and c.pos_ == "NOUN":
        found = _by_agent(c, res) or [r for d in c.children if d.dep_ == "poss"
                                      for r in res.many(d, target=True)]
        modifier = res._country_modifier(c)  # "the Israeli bombardment"
        found = found or ([modifier] if modifier is not None else [])
        acts = [*c.conjuncts, *(k for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children for k in o.conjuncts if k.pos_ == "NOUN"
                                and any(d.dep_ == "poss" and d.pos_ != "PRON" for d in k.children))]
        for k in (k for k in acts if k.i > c.i):  # ("the arrest of X and Y's build-up": Y's act)
            found += [r for r in object_refs(k, res) if r not in found]
    else:
        found = _by_agent(c, res) or _named_owner_first(c, res.many(c, target=True), res) or \
            included(c, res)
    return found + [r for r in _clause_doers(c, res) if r not in found]


#: Acts done to someone: "condemned the arrest of X" is not about X's own doing, so the
#: one named after 'of' is no target (the doer after 'by' or before the noun is).
_HARMS = words("arrest detention killing murder assassination abduction kidnapping "
               "violation invasion occupation annexation shelling bombing bombardment "
               "blockade persecution harassment imprisonment execution jailing siege")


def _clause_doers(c: Token, res: Resolver) -> list[Ref]:
    """'condemned a memorandum that Ethiopia signed with X': the act's doer, named as the
    subject of the clause on the object noun, is whom the stance is about as well (an act
    one does: not "the attack that X suffered", "the hospital that X built")."""
    if c.pos_ != "NOUN" or c.lemma_ in PERSON_NOUNS:
        return []
    nouns = [c, *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj")]  # ("a memorandum of X that")
    return [r for n in nouns for v in n.children if v.dep_ == "relcl" and v.lemma_ in _DOING
            for s in v.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"
            for r in res.many(s) if r.kind in ("Country", "Person")]


#: Verbs of carrying out an act or concluding a text: "the deal that X signed", "the strikes
#: that X launched", "the measures that X imposed".
_DOING = words("sign conclude ink adopt pass impose launch carry conduct announce order "
               "approve deploy stage take make")


def _by_agent(c: Token, res: Resolver) -> list[Ref]:
    """'protested the treatment of Vietnamese fishermen by Chinese forces': the act's doer
    named after 'by' is whom the stance is about, not the people the act was done to."""
    if c.pos_ != "NOUN":
        return []
    return [r for p in c.children if p.dep_ == "prep" and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj" for r in res.many(o, target=True)
            if r.kind in ("Country", "Person")]


def included(c: Token, res: Resolver, *, target: bool = True) -> list[Ref]:
    """'lenders, including the World Bank and X', 'allies such as X': the named members of
    a group noun."""
    if c.pos_ != "NOUN":
        return []
    return [r for p in c.children if p.dep_ == "prep" and p.lower_ in ("including", "like",
                                                                      "as")
            for o in p.children if o.dep_ == "pobj" for r in res.many(o, target=target)]


def _persons_before(tok: Token, res: Resolver) -> list[Ref]:
    """Distinct persons named in ``tok``'s sentence before it, or meant there by a noun
    ("The minister said she had met X, and that the two had agreed": the minister, X)."""
    found: list[tuple[int, Ref]] = []
    for j in sorted({res.dm.owner[i] for i in range(tok.sent.start, tok.i)} - {-1}):
        m = res.dm.mentions[j]
        ref = res.mention_ref(j, tok.doc[m.end - 1]) if m.kind == "Person" else None
        if ref is not None:
            found.append((m.start, ref))
    found += [(i, Ref("Person", res.people.nominal[i])) for i in range(tok.sent.start, tok.i)
              if i in res.people.nominal]
    out: list[Ref] = []
    for _i, ref in sorted(found, key=lambda f: f[0]):
        if ref not in out:
            out.append(ref)
    return out


def _along_withs(near: list[Token]) -> list[Token]:
    """The 'with' of 'along with' / 'together with' among ``near`` tokens, however the parser
    hung the pair."""
    return [w for p in near if p.lower_ in ("along", "together") for w in p.children
            if w.lower_ == "with"] + [w for w in near if w.dep_ == "prep" and w.lower_ == "with"
                                      and any(a.lower_ in ("together", "along")
                                              for a in w.children)]


def _companions(c: Token, res: Resolver) -> list[Ref]:
    """The entities after 'along with' / 'together with' that join subject ``c``: hung on
    it, on the verb between it and the verb, or, for 'together with', after the verb or
    its infinitive ("Sweden applied to join NATO together with Finland")."""
    v = c.head
    after = [t for h in (v, *(x for x in v.children if x.dep_ == "xcomp")) for t in h.children
             if t.i > v.i and t.lower_ == "with" and any(a.lower_ == "together" for a in
                                                        t.children) and not _joins_object(t, res)]
    near = [*c.children, *(t for t in v.children if c.i < t.i < v.i)]
    return [r for w in _along_withs(near) + after for o in w.children if o.dep_ == "pobj" and
            o.pos_ == "PROPN" for r in res.many(o)]  # (named: not "together with other allies")


def _joins_object(w: Token, res: Resolver) -> bool:
    """Whether 'together with' right after a named object of its companion's kind joins
    that object ("condemned Russia together with North Korea"), not the subject."""
    k = w.i - 1 - (w.doc[w.i - 1].lower_ == "together")
    j = res.dm.owner[k] if k >= 0 else -1
    kinds = {res.dm.mentions[res.dm.owner[o.i]].kind for o in w.children
             if o.dep_ == "pobj" and res.dm.owner[o.i] >= 0}
    return j >= 0 and res.dm.mentions[j].kind in kinds


def companion_with(v: Token) -> set[str]:
    """{'with'} when the only 'with' on ``v`` joins a companion to its subject, between the
    two ('A, along with B, has stood by C'), which is no 'stand with' (but 'A stood together
    with B' is)."""
    subj = min((c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), default=-1)
    comp = _along_withs([t for t in v.children if subj < t.i < v.i])
    own = [w for w in v.children if w.dep_ == "prep" and w.lower_ == "with" and w not in comp]
    return {"with"} if subj >= 0 and comp and not own else set()


def _chained_people(c: Token, res: Resolver) -> list[Ref]:
    """The persons named along the appositions and conjuncts from ``c`` (not a possessor's
    or a prepositional phrase's), in text order."""
    found: list[tuple[int, Ref]] = []
    todo = [c]
    while todo:
        t = todo.pop()
        if t.pos_ == "PROPN" or res.dm.owner[t.i] >= 0:
            found += [(t.i, r) for r in res.one(t) if r.kind == "Person"]
        todo += [d for d in t.children if d.dep_ in ("appos", "conj") or (
            d.dep_ in ("amod", "compound", "nmod") and res.dm.owner[d.i] >= 0 and d.i < t.i and
            any(x.dep_ == "cc" for x in d.children))]  # "A and Lebanese Foreign Minister B"
        # (the parser made A and the title modifiers of B)
    out: list[Ref] = []
    for _i, r in sorted(found, key=lambda f: f[0]):
        if r not in out:
            out.append(r)
    return out


def subject_refs(c: Token, res: Resolver) -> list[Ref]:
    """A subject's entities. 'A and B agreed ..., and the two governments initialled': a state
    group after exactly that many persons of the sentence is their states; 'the two
    agreed' (a bare number) is the last persons talked about."""
    n = _NUMBERS.get(c.lower_)
    if n is not None and c.pos_ == "NUM" and c.lower_ != "both" and any(
            d.dep_ == "det" and d.lower_ == "the" for d in c.children):
        people = _persons_before(c, res)
        if len(people) == n:
            return people
        if not people and len(res.state.persons) >= n:
            return list(res.state.persons[-n:])
        if len(people) == n - 1 and res.state.person is not None and \
                res.state.person not in people:
            return [res.state.person, *people]  # "The minister said she had met X, and
            # that the two had agreed": the one the story follows, and X
        return res.many(c)
    if c.lower_ in _STATE_GROUPS:
        sizes = {_NUMBERS[d.lower_] for d in c.children
                 if d.dep_ in ("nummod", "det", "predet") and d.lower_ in _NUMBERS}
        people = _persons_before(c, res)
        if len(sizes) == 1 and len(people) == next(iter(sizes)):
            states = res.people.states_of(p.key for p in people)
            if states is not None and len(states) == len(people):
                return [Ref("Country", s) for s in states]
    holders = office_holders(c, res, every=True) if c.tag_ == "NNS" else []
    found = (holders if len(holders) >= 2 else []) or res.many(c) or _message_author(c, res)
    if not found and c.lower_ in PERSON_NOUNS and c.tag_ == "NNS":
        # "the four heads of government endorsed": the last that many persons talked about
        sizes = {_NUMBERS[d.lower_] for d in c.children
                 if d.dep_ == "nummod" and d.lower_ in _NUMBERS}
        n = sizes.pop() if len(sizes) == 1 else 0
        people = _persons_before(c, res)
        if n and len(people) == n:
            return people
        if n and not people and len(res.state.persons) >= n:
            return list(res.state.persons[-n:])
        group = res.state.group
        if not n and not people and [d.lower_ for d in c.children] == ["the"] and len(
                group) >= 2 and set(res.state.persons[-len(group):]) == set(group):
            return list(group)  # "A, B and C met ... The leaders agreed" (no one since)
    if not found and c.pos_ == "NOUN":  # "Several governments, including A and B, did X"
        found = [r for r in included(c, res, target=False) if r.kind == "Country"]
    if found:  # "Bahrain, along with Egypt and Jordan, cut ties": the companions act too
        found += [r for r in _companions(c, res) if r.kind == found[0].kind and r not in found]
    if len(found) <= 1 and (not found or found[0].kind == "Person"):
        # "Ministers A of Egypt, B of Greece and C of Cyprus signed", "Foreign Minister A,
        # Azerbaijan's B and their host, C, signed": the parser chained the list as
        # appositions and conjuncts (of the title, or of one another)
        listed = _chained_people(c, res)
        if len(listed) >= 2 and all(r in listed for r in found):
            found = listed
    if found and all(r.kind == "Country" for r in found):
        # "Iraq, Turkey, Qatar and the UAE signed": a list the parser split, its second
        # state hung on the first as a modifier
        doc = c.doc
        for d in c.children:
            first = d.left_edge.i  # ("A and other states, among them B and C, did X")
            if d.dep_ in ("npadvmod", "appos") and ((d.i == c.i + 2 and doc[c.i + 1].text == ",")
                                                     or doc[first - 2 : first].text.lower()
                                                     == "among them"):
                found += [r for r in res.many(d) if r.kind == "Country" and r not in found]
    return found


def added_accords(v: Token, res: Resolver) -> list[Ref]:
    """'signed X, as well as a protocol on Y': accords the parser hung as conjuncts after
    'as well as' on the verb or on the object of its own 'on'/'for' ('signed a letter of
    intent on a study ..., as well as a protocol', the 'on' hung on the verb); 'signed X,
    along with a memorandum on Y'."""
    doc = v.doc
    heads = [v, *(o for p in v.children if p.dep_ == "prep" and p.lower_ in ("on", "for")
                  for o in p.children if o.dep_ == "pobj")]
    # "signed X, along with a memorandum on Y" ('along' or 'together' the verb's prep)
    along = [o for p in v.children if p.dep_ == "prep" and p.lower_ in ("along", "together")
             for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
             for o in w.children if o.dep_ == "pobj"]
    return [r for h in heads for k in h.children if k.dep_ == "conj" and k.pos_ == "NOUN"
            and doc[max(0, k.left_edge.i - 3) : k.left_edge.i].text.lower() == "as well as"
            for r in res.one(k) if r.kind == "Accord"] + [
        r for o in along for r in res.one(o) if r.kind == "Accord"]


def noun_owner(noun: Token, res: Resolver) -> list[Ref]:
    """The actor of a noun: 'X's request', 'the Indian decision', 'request from X', 'by X'."""
    for c in noun.children:
        if c.dep_ == "poss":
            return res.many(c)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return res.many(objs[0])
    for c in noun.children:
        if c.dep_ == "acl":
            for a in c.children:
                if a.dep_ == "agent":
                    objs = [o for o in a.children if o.dep_ == "pobj"]
                    if objs:
                        return res.many(objs[0])
    if noun.lemma_ in PRIVATE_PEOPLE:
        return []  # "Turkish tourists visiting X": people of a state, not the state
    for c in noun.children:
        if c.dep_ in ("amod", "compound"):
            refs = res.one(c, demonym=True)
            if refs:
                return refs
    return []


def titled_apposite(o: Token, res: Resolver) -> list[Ref]:
    """'held talks with the head of Niger's ruling council, General X,': the person set
    off by commas right after an office noun (the parser may hang the name anywhere)."""
    if o.lemma_ not in TITLE_HEADS and o.lemma_ != "head":
        return []
    doc = o.doc
    k = o.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return []
    name = name_after(doc, k + 1)  # (after any honorific: "General X", "Mr. X")
    j = person_at(res.dm, name[0]) if name else -1
    end = res.dm.mentions[j].end if j >= 0 else k
    if j < 0 or (end < len(doc) and doc[end].text not in (",", ".", ";")):
        return []
    return [r for r in res.one(doc[res.dm.mentions[j].start]) if r.kind == "Person"]
