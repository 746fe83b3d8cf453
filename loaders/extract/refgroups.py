"""Counted groups: 'the two countries', 'the three ministers', 'both sides', 'the two Nordic
states'. Each is the last set of that size the article named (in its sentence, as the
sentence's subjects, as the pair that acted, as a list of states), or the article's two
leading states; a regional word ('Nordic', 'Baltic', 'Gulf') keeps only sets of its members.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from dipgraph.loaders.extract.body import sentences_back
from dipgraph.loaders.extract.gazetteer import MONARCHIES, ROYAL_NOUNS, gazetteer
from dipgraph.loaders.extract.homestate import story_pair
from dipgraph.loaders.extract.lexicon import (
    GROUP_NOUNS,
    PERSON_NOUNS,
    PLURAL_OFFICES,
    TITLE_WORDS,
    leads,
)
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.mood import verb_above
from dipgraph.loaders.extract.namewords import REGION_MEMBERS
from dipgraph.loaders.extract.persons import UNTITLED, People
from dipgraph.loaders.extract.salience import Ref, Salience
from dipgraph.loaders.extract.spans import possessive

__all__ = ["GroupReader", "most_named"]

#: Nouns for a state's neighbour: "accusing its western neighbour of X".
_NEIGHBOURS = frozenset({"neighbour", "neighbor"})

#: Plural nouns that count people named before: "the two presidents", "the two men" (only
#: with a count: "the men" alone may be any men the story tells of).
_PEOPLE = PERSON_NOUNS | {"men", "women"}
_TITLE_NOUNS = frozenset({"president", "minister", "premier", "chancellor", "king", "emir",
                          "envoy", "ambassador", "secretary"})
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4}


#: Plurals of a body's members that stand for the body: "SCO members", "EU partners".
_MEMBER_NOUNS = frozenset({"members", "partners", "states", "countries"})
#: Nouns a state's 'its' names another state by ("its ally"), not the state itself.
_ITS_OTHERS = frozenset({"ally", "partner", "neighbour", "neighbor", "friend"})


class GroupReader:
    """The counted-group half of :class:`~dipgraph.loaders.extract.refs.Resolver`."""

    dm: DocMentions
    people: People
    state: Salience

    def mention_ref(self, j: int, tok: Token) -> Ref | None:
        """The reference of mention ``j`` read at ``tok`` (the resolver's)."""
        raise NotImplementedError

    def main_pair(self) -> list[Ref]:
        """The article's two most-mentioned states, when they clearly lead the rest."""
        return [Ref("Country", key) for key in story_pair(self.dm)]

    def _previous_pair(self, tok: Token) -> list[Ref]:
        """'Kenya hosted Uganda for talks. Both sides agreed': the two states the sentence
        before names (by name, demonym or the office of a person named), when it names
        exactly two."""
        states = self._states_before(tok)
        return states if len(states) == 2 else []

    def _one_in_region(self, tok: Token, region: frozenset[str]) -> list[Ref]:
        """The one state of ``region`` named in ``tok``'s sentence before it or in the two
        sentences before ('the Gulf state' after 'the United Arab Emirates')."""
        start = sentences_back(self.dm.doc, tok.sent.start, 2)
        found = {m.key for m in self.dm.mentions if start <= m.start < tok.i and
                 m.kind == "Country" and m.key in region}
        return [Ref("Country", found.pop())] if len(found) == 1 else []

    def described_state(self, tok: Token) -> Ref | None:
        """'pledged to help the country', 'support for the integrity of the country' (not 'the
        nation', which a leader says of his own): of the states named in the sentence or the
        two before, those not of the people named before it in its sentence, of the 'he' who
        acts, nor owning something there ('Moscow's support'), the most named so far."""
        if tok.lower_ != "country" or tok.tag_ != "NN" or [
                c.lower_ for c in tok.children] != ["the"]:
            return None
        doc, dm, start = self.dm.doc, self.dm, tok.sent.start  # (a walk: read once)
        homes = {self.people.persons[k].country for i in range(start, tok.i)
                 if (k := self.people.of_mention.get(dm.owner[i])) is not None}
        homes |= {m.key for m in dm.mentions if start <= m.start < tok.i and
                  m.kind == "Country" and m.end < len(doc) and possessive(doc[m.end])}
        if any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for h in tok.ancestors
               for c in h.children) and self.state.person:
            info = self.people.persons.get(self.state.person.key)  # "He urged the nation"
            homes.add(info.country if info else None)
        key = most_named(dm, tok.i, sentences_back(doc, start, 2), homes)
        return Ref("Country", key) if key else None

    def its_neighbour(self, tok: Token) -> Ref | None:
        """'A broke off ties with B, accusing its western neighbour of X': the one state
        named before it in its sentence, outside any relative clause, that is not the
        clause's subject (none when a name follows: 'its neighbour Congo')."""
        if tok.lower_ not in _NEIGHBOURS or not any(c.lower_ == "its" for c in tok.children) \
                or any(c.dep_ in ("appos", "compound") for c in tok.children if c.i > tok.i):
            return None
        doers = {r.key for h in tok.ancestors for c in h.children if c.dep_ == "nsubj" and
                 self.dm.owner[c.i] >= 0 and (r := self.mention_ref(self.dm.owner[c.i], c))
                 is not None and r.kind == "Country"}
        doc = self.dm.doc
        found = {m.key for m in self.dm.mentions if tok.sent.start <= m.start < tok.i and
                 m.kind == "Country" and not m.demonym and m.key not in doers and not any(
                     a.dep_ == "relcl" for a in doc[m.start].ancestors)}
        return Ref("Country", found.pop()) if len(found) == 1 and doers else None

    def _states_before(self, tok: Token) -> list[Ref]:
        """The states the sentence before ``tok``'s names, in order."""
        start = tok.sent.start
        if start == 0:
            return []
        prev = self.dm.doc[start - 1].sent
        states: list[Ref] = []
        for j in sorted({self.dm.owner[i] for i in range(prev.start, prev.end)} - {-1}):
            m = self.dm.mentions[j]
            ref = self.mention_ref(j, self.dm.doc[m.end - 1]) \
                if m.kind in ("Country", "Person") else None
            if ref is not None and ref.kind == "Person":
                # "Oloo met Okello. The two sides agreed": the states of the two people
                info = self.people.persons.get(ref.key)
                ref = Ref("Country", info.country) if info and info.country else None
            if ref is not None and ref.kind == "Country" and ref not in states:
                states.append(ref)
        return states

    def _states_of_subjects(self, tok: Token) -> list[Ref]:
        """The states of a list of people that is the subject of a verb before ``tok`` in
        its sentence, when each person has a known state of his own."""
        out: list[Ref] = []
        for i, refs in self.state.local_groups:
            if i > tok.i or not all(r.kind == "Person" for r in refs):
                continue
            states = self.people.states_of(r.key for r in refs)
            if states is not None:
                out = [Ref("Country", s) for s in states]
        return out

    def _listed_before(self, tok: Token) -> list[Ref]:
        """The states of the list ('A, B and C') that the state named last before ``tok``
        in its sentence belongs to, when it is a list of two or more."""
        doc = self.dm.doc
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            j = self.dm.owner[i]
            t = doc[i]
            if j < 0 or self.dm.mentions[j].kind != "Country" or self.dm.mentions[j].demonym \
                    or not (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)):
                continue
            while t.dep_ == "conj" and t.head.i < t.i:
                t = t.head
            refs = [r for x in (t, *t.conjuncts) if (k := self.dm.owner[x.i]) >= 0
                    and (r := self.mention_ref(k, x)) is not None and r.kind == "Country"]
            return list(dict.fromkeys(refs)) if len(refs) >= 2 else []
        return []

    def _earlier_in_sentence(self, tok: Token, kind: str) -> list[Ref]:
        """Distinct named persons or states (not demonyms) of ``tok``'s sentence before it."""
        out: list[Ref] = []
        seen: set[int] = set()
        for i in range(tok.sent.start, tok.i):
            j = self.dm.owner[i]
            if j < 0 or j in seen:
                continue
            seen.add(j)
            m = self.dm.mentions[j]
            if m.kind != kind or m.demonym or (kind == "Country" and m.capital):
                continue
            ref = self.mention_ref(j, self.dm.doc[m.end - 1])
            if ref is not None and ref.kind == kind and ref not in out:
                out.append(ref)
        return out

    def subject_state(self, tok: Token) -> Ref | None:
        """A possessive 'its' in a clause whose subject is a state named before it is that
        state's ("Iceland would increase its contribution": Iceland's, whatever state the
        text spoke of before; not "X stands with its ally", another state's noun)."""
        if tok.head.lemma_ in _ITS_OTHERS:
            return None
        verb = verb_above(tok)
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        j = self.dm.owner[subj[0].i] if len(subj) == 1 and subj[0].i < tok.i else -1
        m = self.dm.mentions[j] if j >= 0 else None
        if m is None or m.kind != "Country" or m.demonym:
            return None
        ref = self.mention_ref(j, self.dm.doc[m.end - 1])
        return ref if ref is not None and ref.kind == "Country" else None

    def _members_body(self, tok: Token) -> list[Ref]:
        """The body a plural of members is named by: 'SCO members', 'EU member states'."""
        mods = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        for c in mods + [g for m in mods if m.lower_ == "member" for g in m.children
                         if g.dep_ == "compound" and g.i < m.i]:  # (also "EU member states")
            j = self.dm.owner[c.i]
            if j >= 0 and \
                    self.dm.mentions[j].kind == "Organization":
                ref = self.mention_ref(j, self.dm.doc[self.dm.mentions[j].end - 1])
                return [ref] if ref is not None and ref.kind == "Organization" else []
        return []

    def _met_pair(self, tok: Token) -> list[Ref]:
        """'spoke with A and B and urged them': the people or states listed after 'with'
        earlier in the sentence of the object pronoun ``tok``."""
        for o in (t for t in tok.sent if t.i < tok.i and t.dep_ == "pobj" and t.conjuncts
                  and t.head.lower_ == "with"):
            refs = [r for x in (o, *o.conjuncts) if self.dm.owner[x.i] >= 0
                    for r in [self.mention_ref(self.dm.owner[x.i], x)] if r is not None
                    and r.kind in ("Person", "Country")]
            if len(refs) >= 2:
                return refs
        return []

    def _people_before(self, tok: Token) -> list[Ref]:
        """The people the sentence before ``tok``'s names as its main subject ('A and his
        guest expressed support'), when they are people."""
        start = tok.sent.start
        if start == 0:
            return []
        root = self.dm.doc[start - 1].sent.root
        subjects = [x for c in root.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts)]
        refs = [r for x in subjects for r in self.people_at(x)]
        if len(refs) == 1 and len(subjects) == 2 and refs[0].kind == "Person" and \
                subjects[1].lower_ in ("guest", "host", "visitor", "counterpart"):
            met = self.state.met_lately(refs[0], tok.sent.start, len(tok.doc))  # "A and his
            # guest"
            refs += met if len(met) == 1 else []
        return list(dict.fromkeys(refs)) if all(r.kind == "Person" for r in refs) else []

    def _named_together(self, refs: list[Ref], tok: Token) -> bool:
        """Whether the last mentions of ``refs`` before ``tok`` stand in one sentence ("his
        counterparts A of Mali, B of Niger and C of Chad": one list)."""
        last: dict[Ref, int] = {}
        for j, m in enumerate(self.dm.mentions):
            if m.kind == "Person" and m.start < tok.i and (
                    r := self.mention_ref(j, tok)) is not None and r in refs:
                last[r] = max(last.get(r, -1), m.start)
        return len(last) == len(refs) and len(
            {self.dm.doc[i].sent.start for i in last.values()}) == 1

    def people_at(self, tok: Token) -> list[Ref]:
        """The references of one token ('Prabowo', 'his guest') (the resolver's)."""
        raise NotImplementedError

    def _between(self, tok: Token) -> list[Ref]:
        """The states 'between A and B' (or 'among') names earlier in ``tok``'s sentence."""
        for t in self.dm.doc[tok.sent.start : tok.i]:
            if t.lower_ in ("between", "among"):
                objs = [o for o in t.children if o.dep_ == "pobj"]
                refs = [r for o in objs[:1] for x in (o, *o.conjuncts)
                        if (j := self.dm.owner[x.i]) >= 0
                        and (r := self.mention_ref(j, x)) is not None and r.kind == "Country"]
                if len(refs) >= 2:
                    return list(dict.fromkeys(refs))
        return []

    def _titled(self, refs: list[Ref], word: str, qualifier: str = "") -> list[Ref]:
        """The persons of ``refs`` whose title has ``word`` ('president'; a 'premier' is
        also a prime minister); with a ``qualifier`` ('prime' of 'the two prime ministers')
        only those whose title has it too, when any has."""
        out = [r for r in refs if r.key in self.people.persons and _holds(
            (self.people.persons[r.key].title or "").lower(), word)]
        narrow = [r for r in out if f"{qualifier} {word}" in (
            self.people.persons[r.key].title or "").lower()] if qualifier else []
        return narrow or out

    def office_holders(self, tok: Token, states: list[Ref]) -> list[Ref]:
        """'The foreign ministers of France, Germany and Poland pledged ...': the one person
        of each state the story names in that office (or, with no title given, a known
        office holder of that state), when it names one for every state; none otherwise."""
        word = PLURAL_OFFICES.get(tok.lower_)
        if word is None or len(states) < 2 or any(r.kind != "Country" for r in states) or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []  # (not "Ministers from both governments signed": unnamed ones)
        qualifier = " ".join(c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound"))
        out: list[Ref] = []
        for state in states:
            people = [k for k, p in self.people.persons.items() if p.country == state.key]
            titled = [k for k in people if f"{qualifier} {word}".strip() in (
                self.people.persons[k].title or "").lower()]
            bare = [k for k in people if self.people.persons[k].title in (None, "", UNTITLED)
                    and gazetteer().official_state(self.people.persons[k].name) == state.key]
            # (an untitled "France's X" only when X is a known office holder of France)
            holder = titled if titled else bare
            if len(holder) != 1:
                return []
            out.append(Ref("Person", holder[0]))
        return out

    def _group(self, tok: Token) -> list[Ref]:
        """'the three countries', 'both nations', 'the two leaders': the last set of that size;
        'SCO members', 'EU partners': the body."""
        st = self.state
        low = tok.lower_
        if low in _MEMBER_NOUNS and tok.tag_ == "NNS" and (body := self._members_body(tok)):
            return body  # "urged SCO members to", "called on EU partners to": the body
        if low in _REGION_STATE_NOUNS and tok.tag_ == "NN" and (region := _region(tok)) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._one_in_region(tok, region)  # "accusing the Gulf state of X"
        if low in ROYAL_NOUNS and tok.tag_ == "NN" and [c.lower_ for c in tok.children] == [
                "the"]:
            return self._one_in_region(tok, MONARCHIES)  # "the kingdom had urged X"
        if low == "heads" and tok.doc[tok.i + 1 : tok.i + 3].text.lower() in (
                "of state", "of government"):
            low = "leaders"  # "the two Heads of State held talks"
        if low == "both" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            nums = {"both"}
            if tok.dep_ == "nsubj" and len(pair := self._people_before(tok)) == 2:
                return pair  # "A and his guest backed X. Both voiced concern": A and B
            sent = tok.sent
            prev = tok.doc[sent.start - 1].sent.start if sent.start > 0 else -1
            if tok.dep_ == "nsubj" and len(st.group) == 2 and st.group_since == prev and all(
                    r.kind == "Person" for r in st.group):
                return list(st.group)  # "The leaders also discussed Haiti. Both expressed
                # concern": the two leaders, not their states
            low = "sides" if len(st.country_pair) == 2 else "leaders"
        else:
            nums = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet")}
        sizes = {_COUNTS[w] for w in nums if w in _COUNTS}
        if not sizes and low in GROUP_NOUNS and nums & {"those", "these"} and not any(
                c.dep_ in ("relcl", "acl", "prep") for c in tok.children):  # (not "those
            # countries that still buy X", a new group)
            return self._listed_before(tok)  # "withdrew its staff from A, B and C and
            # demanded that those governments ...": A, B and C
        if not sizes and low in ("neighbours", "neighbors", "sides") and "the" in nums and \
                len(st.country_pair) == 2:
            return list(st.country_pair)  # "A and B ... the neighbours agreed": A and B
        if not sizes and "the" in nums and (low in ("presidents", "premiers", "chancellors") or (
                low == "ministers" and not any(c.dep_ in ("compound", "amod") for c in tok.lefts)
                and not any(c.dep_ == "prep" for c in tok.rights))):  # (not "the ministers of
            # the European Union")
            titled = self._titled(st.persons, low[:-1])  # "the premiers agreed": the two
            if len(titled) == 2:  # the article has, no count said
                return list(titled)
            group = [r for r in st.group if r.kind == "Person"]  # "The Ministers agreed"
            return group if len(group) >= 2 and len(group) == len(st.group) and all(
                r in titled for r in group) else []  # after the three ministers who met
        if not sizes and "the" in nums and low == "ministers" and any(
                c.lower_ == "prime" and c.dep_ in ("compound", "amod") for c in tok.lefts):
            narrow = [r for r in self._titled(st.persons, "minister", "prime") if "prime" in (
                self.people.persons[r.key].title or "").lower()]  # "The Prime Ministers
            return narrow if len(narrow) == 2 else []  # agreed": the story's two
        if not sizes and "the" in nums and low == "leaders":
            every = [r for r in st.persons if r.key in self.people.persons and
                     leads(self.people.persons[r.key].title)]
            if len(every) == 2:
                return every  # "the leaders" of a story of two heads
            group = [r for r in st.group if r.kind == "Person"]  # "The summit was attended
            return group if len(group) >= 2 and len(group) == len(st.group) and all(  # by A,
                r in every for r in group) and st.group_since >= sentences_back(  # B and C.
                tok.doc, tok.sent.start, 2) else []  # At its end the leaders signed X"
        if len(sizes) != 1:
            return []
        n = sizes.pop()
        if low in ("men", "women") and any(t.lower_ == low and not any(
                c.lower_ == "the" for c in t.children) for t in tok.doc[: tok.i]):
            return []  # "Police said two men attacked ... The two men": those, no leaders
        same = self._earlier_in_sentence(tok, "Country" if low in GROUP_NOUNS else "Person")
        if low in GROUP_NOUNS and len(same) == n:
            return same  # "Ruritania and Freedonia met, and the two countries agreed"
        if low in GROUP_NOUNS and len(between := self._between(tok)) == n:
            return between  # "concern over relations between A and B; urged the two
            # neighbours to": the pair the sentence set between
        word = low[:-1] if low.endswith("s") else low
        qualifier = " ".join(c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")
                             and c.lower_ in TITLE_WORDS)  # "both prime ministers"
        if low in PERSON_NOUNS and word in _TITLE_NOUNS:  # "the two presidents": presidents
            same = self._titled(same, word, qualifier)
        if low in _PEOPLE and len(same) >= n:
            return same[-n:]  # "A hosted B in Valletta, where the two leaders signed"
        if low in ("sides", "parties") and n == 2 and len(st.country_pair) == 2:
            # "talks between A and B ... both sides": A and B, or the story's own pair when
            # it has one ("A hosted B ... (A and C signed a deal in 2024) ... the two sides")
            return self.main_pair() or list(st.country_pair)
        region = _region(tok)
        if low in GROUP_NOUNS and region:
            before = [r for r in self._states_before(tok) if r.key in region]
            sets = [same, self._states_of_subjects(tok), st.country_pair,
                    *reversed(st.country_sets), before]
            return next((list(g) for g in sets if len(g) == n and all(
                r.key in region for r in g)), [])  # "the two Nordic states"
        if low in GROUP_NOUNS:
            states = self._states_of_subjects(tok)
            if len(states) == n:
                return states  # "A's leader and his guest discussed X, which the two
                # countries signed": the states of the people who act in the sentence
            if n == 2 and len(st.country_pair) == 2 and st.pair_since >= st.sets_since:
                return list(st.country_pair)  # the pair that acted, if none was named since
            for group in reversed(st.country_sets):
                if len(group) == n:
                    return list(group)
            if n == 2 and len(st.country_pair) == 2:
                return list(st.country_pair)
            if n == 2:
                return self.main_pair() or self._previous_pair(tok)
        if low in _OFFICIALS and n >= 3 and len(st.persons) >= n:  # "The three officials
            prev = sentences_back(tok.doc, tok.sent.start)
            group = [r for r in st.group if r.kind == "Person"]  # agreed": the three who
            return group if len(group) == n and st.group_since >= prev else []  # met just
            # before (not "the two officials": a pair is too often a guess)
        if low in _PEOPLE and len(st.persons) >= n:
            # "the two presidents": the last two presidents, not the last two people
            titled = self._titled(st.persons, word, qualifier)
            if word in _TITLE_NOUNS and len(titled) >= n:
                prev = sentences_back(tok.doc, tok.sent.start)
                if len(st.co_subjects) == n and st.co_subjects_since >= prev and all(
                        r in titled for r in st.co_subjects):
                    return list(st.co_subjects)  # "A and his counterpart B met C. The two
                    # ministers signed": the two who acted together just before, not C
                for h in reversed(titled[-n - 1:]):  # "A met his counterpart B. The two
                    met = [r for r in st.met_lately(h, tok.sent.start) if r in titled]
                    if len(met) == n - 1:  # ministers urged ...": the two who met (not a
                        return [*met, h]  # third minister named a paragraph before)
                return list(titled[-n:])
            if word == "leader":  # "the two leaders": heads of state, not their ministers
                every = [r for r in st.persons if r.key in self.people.persons and
                         leads(self.people.persons[r.key].title)]
                heads = every[-n:]
                met = st.met_lately(heads[-1], tok.sent.start) if heads else []
                if len(heads) == n and all(h in met for h in heads[:-1]):
                    return heads  # (heads who met: not heads named in separate stories)
                if len(every) == n and all(h in st.met_lately(every[-1], tok.sent.start,
                                                             len(tok.doc)) for h in every[:-1]):
                    return every  # the story's only two heads, who met (not two ministers
                    # who signed a text since)
                last = st.persons[-n:]
                if len(last) == n and all(p in st.met_lately(last[-1], tok.sent.start)
                                          for p in last[:-1]):
                    return list(last)  # the last two people named met: they are meant
                for h in reversed(every):  # "A met B ... C, an ally of B ... the two leaders"
                    met = [r for r in st.met_lately(h, tok.sent.start, len(tok.doc))
                           if r in every]
                    if len(met) == n - 1:
                        return [*met, h]
                if len(every) == n:
                    return every  # the only two heads the story names (not a minister)
            last = list(st.persons[-n:])
            if n >= 4 and not self._named_together(last, tok):  # "the five leaders": the
                group = [r for r in st.group if r.kind == "Person"]  # group that last met,
                return group if len(group) == n == len(st.group) else []  # or the last
                # five named in one list, never five named apart
            return last
        return []


#: Nouns of people who act for their states, without an office of their own.
_OFFICIALS = frozenset({"officials", "negotiators", "delegates"})

#: Titles of ministers that do not say 'minister' ("Kenya's Cabinet Secretary for Foreign
#: Affairs", "the Foreign Secretary", "Secretary of State X").
_MINISTER_TITLES = ("cabinet secretary", "foreign secretary")
_MINISTER_OPENINGS = ("secretary of state", "secretary for")


def most_named(dm: DocMentions, before: int, first: int, homes: set[str | None],
               keep: frozenset[str] | None = None) -> str | None:
    """Of the states named from token ``first`` to ``before`` (none of ``homes``; only
    those in ``keep``, if given), the one the article has named most so far, the latest of
    equals: what 'the country' or 'the kingdom' there means."""
    named = [m for m in dm.mentions if m.kind == "Country" and m.start < before]
    seen = Counter(m.key for m in named)
    near = [m.key for m in named if m.start >= first and m.key not in homes and (
        keep is None or m.key in keep)]
    return max(reversed(near), key=lambda k: seen[k]) if near else None


def _holds(title: str, word: str) -> bool:
    """Whether a person of (lower-case) ``title`` is one of 'the two <word>s' now: the
    title has the word ('a premier' is also a prime minister; a cabinet or foreign
    secretary a minister), and is not a former office."""
    if title.split()[:1] in (["former"], ["ex"], ["late"]) or title.startswith("ex-"):
        return False  # ("the two ministers" who act are not "former Prime Minister X")
    return word in title.split() or (
        word == "premier" and "prime minister" in title and "deputy" not in title) or (
        word == "minister" and (any(t in title for t in _MINISTER_TITLES) or
                                title.startswith(_MINISTER_OPENINGS)))


#: Singular nouns for a state that a regional word may qualify: "the Gulf state".
_REGION_STATE_NOUNS = frozenset({"state", "country", "nation", "kingdom", "emirate",
                                 "monarchy", "neighbour", "neighbor", "republic"})


def _region(tok: Token) -> frozenset[str]:
    """The members of the region a group noun's modifiers name ('the two Nordic states')."""
    mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    return REGION_MEMBERS.get(" ".join(mods), frozenset()) if mods else frozenset()
