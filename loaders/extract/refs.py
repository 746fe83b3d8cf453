"""Resolving an argument token to the entities it refers to.

A relation's subject or object is a token of the parse; this module turns it into entity
references: the mention it belongs to (a capital at a venue becomes a Place), coordinated
mentions ("South Korea and Japan"), pronouns (he/she: the last person subject; they: the
last group; it: the last state), nominal mentions ("the Iranian foreign minister", "the
Prime Minister of India"), groups ("the two ministers", "both nations"), the state behind
"the Chilean government" or "Ecuadorian police", and, for objects, the owner inside a noun
phrase ("Beijing's support", "Israeli crimes", "the intervention of the Security Council")
or the other state ("accusing its western neighbour").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dipgraph.loaders.extract import pronounobjects as pronouns
from dipgraph.loaders.extract.bareorgans import bare_organ, last_organization
from dipgraph.loaders.extract.blocs import seat_blocs
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.lexicon import (
    ENVOY_WORDS,
    GOV_NOUNS,
    HONORIFICS,
    PERSON_NOUNS,
    STATE_FOES,
    TITLE_HEADS,
    former,
)
from dipgraph.loaders.extract.listed import listed_people, named_next
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.nerbounds import portfolio_end
from dipgraph.loaders.extract.owners import organ_state
from dipgraph.loaders.extract.persons import People, of_words, title_has
from dipgraph.loaders.extract.pronounobjects import conjoined_envoy, object_verb
from dipgraph.loaders.extract.refgroups import GroupReader
from dipgraph.loaders.extract.salience import PARTNER_WINDOW, Ref, Salience
from dipgraph.loaders.extract.venues import SEAT_HEADS, capital_place, state_capitals

__all__ = ["Ref", "Resolver", "Salience", "object_verb", "organ_state"]

#: Plural organs and officials that stand for the states they are 'of'.
_ORGAN_PLURALS = frozenset({"governments", "leaders", "presidents", "administrations",
                            "authorities", "delegations", "officials", "ministers",
                            "representatives", "envoys", "diplomats", "negotiators", "delegates"})
#: A state's organs that a leader's name may own: "Kurti's government".
_STATE_ORGANS = frozenset({"government", "administration", "cabinet", "regime", "junta"})

#: Kinship words a speaker uses for another nation: "our Iraqi brothers".
_FOLK = frozenset({"brothers", "brethren", "sisters", "friends", "neighbours", "neighbors",
                   "partners", "allies", "people"})
#: Who a person just met, named by role: "assured his guest", "told his host".
_PARTNER_NOUNS = frozenset({"guest", "host", "visitor", "interlocutor"})
#: Nouns by which a story refers back to a multilateral body it named ("the bloc").
_BLOC_NOUNS = frozenset({"bloc", "alliance", "grouping", "organisation", "organization",
                         "union", "forum", "community"})
#: Heads of a body's name that 'the <head>' points back to: "the agency", "the bank".
_BODY_HEADS = frozenset({"agency", "commission", "bank", "fund", "court", "programme",
                         "program", "tribunal"})
_LED_GROUPS = frozenset({"delegation", "team", "mission", "entourage"})


class Resolver(GroupReader):
    """Turns argument tokens into entity references for one document."""

    def __init__(self, dm: DocMentions, people: People, accord_of: dict[int, str]) -> None:
        self.dm = dm
        self.people = people
        self.accord_of = accord_of  # accord mention -> the accord it names
        self.state = Salience()
        self._organs: dict[int, str | None] = {}
        self._metonyms = state_capitals(dm)
        self._seat_blocs = seat_blocs(dm)  # "accusing Brussels of blackmail": the EU

    def accord_id(self, ref: Ref) -> str | None:
        """The accord an Accord reference names (its mentions share one id)."""
        if ref.kind != "Accord" or not ref.key.isdigit():
            return None
        return self.accord_of.get(int(ref.key))

    def mention_ref(self, j: int, tok: Token) -> Ref | None:
        m: Mention = self.dm.mentions[j]
        if m.kind == "Person":
            key = self.people.of_mention.get(j)
            return Ref("Person", key) if key else None
        if m.kind == "Country":
            root = self.dm.doc[m.end - 1]
            if capital_place(m, root, self._metonyms):
                return Ref("Place", m.text if not m.text.isupper() else m.text.title())
            if m.capital and m.text.title() in self._seat_blocs:
                return Ref("Organization", self._seat_blocs[m.text.title()])
            return Ref("Country", m.key)
        if m.kind == "Accord":
            return Ref("Accord", str(j)) if j in self.accord_of else None
        if m.kind == "Organization":
            state = self._organ_state(j)
            if state is None and bare_organ(m.key) and self.state.country is not None:
                # "Peru recalled its envoy. The foreign ministry said ...": Peru's
                return self.state.country
            return Ref("Country", state) if state else Ref(m.kind, m.key)
        if m.kind == "Place":
            return Ref(m.kind, m.key)
        return None

    def _organ_state(self, j: int) -> str | None:
        if j not in self._organs:
            self._organs[j] = organ_state(self.dm.mentions[j])
        return self._organs[j]

    def _country_modifier(self, tok: Token) -> Ref | None:
        for child in tok.children:
            if child.dep_ == "poss" and tok.lower_ in _STATE_ORGANS:
                j = self.dm.owner[child.i]  # "Kurti's government": the state he leads
                key = self.people.of_mention.get(j) if j >= 0 else None
                info = self.people.persons.get(key) if key else None
                if info is not None and info.country and info.org is None:
                    return Ref("Country", info.country)
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                j = self.dm.owner[child.i]
                if j >= 0 and self.dm.mentions[j].kind == "Country":
                    if self.dm.mentions[j].capital and child.dep_ != "poss" and \
                            tok.lower_ not in GOV_NOUNS:
                        continue  # "the Doha talks", "the Addis Ababa process": a venue
                    return Ref("Country", self.dm.mentions[j].key)
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    j = self.dm.owner[obj.i]
                    if j >= 0 and self.dm.mentions[j].kind == "Country":
                        return Ref("Country", self.dm.mentions[j].key)
        return None

    def _seat_state(self, tok: Token) -> Ref | None:
        """'the authorities in Nairobi', 'the government in Kabul': the state whose seat
        (its capital or its own name) follows 'in'."""
        if tok.lower_ not in SEAT_HEADS:
            return None
        after = [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) else []
        for prep in [*tok.children, *after]:  # (or on the verb: "urged the government in Juba")
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    j = self.dm.owner[obj.i]
                    if obj.dep_ == "pobj" and j >= 0 and self.dm.mentions[j].kind == "Country":
                        return Ref("Country", self.dm.mentions[j].key)
        return None

    def _title_of(self, tok: Token) -> Ref | None:
        """'the Prime Minister of India' -> the person holding that office."""
        country = self._country_modifier(tok)
        if country is None:
            return None
        best = None
        for key, info in sorted(self.people.persons.items(),
                                key=lambda kv: (-kv[1].office_conf, kv[0])):  # surest first
            if info.country == country.key and not former(info.title):  # (who holds it now)
                if tok.lower_ in (info.title or "").lower().split():  # (not "of Ministers")
                    return Ref("Person", key)
                best = best or Ref("Person", key)
        return best

    def _only_holder(self, tok: Token) -> Ref | None:
        """'the minister', 'the visiting minister', 'the new ambassador at X': the one person
        seen so far whose office has that word; none when two could be meant."""
        if tok.tag_ == "NNS" or not any(c.dep_ == "det" and c.lower_ == "the"
                                        for c in tok.children):
            return None
        words = {tok.lower_, *(c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")
                               and c.lower_ in ("prime", "vice", "foreign", "deputy", "crown",
                                                "secretary"))} | of_words(tok)
        if any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") and c.lower_ not in words
               and not (c.lower_ in ("at", "visiting") or (  # (the visitor named; a
                   tok.lower_ in ENVOY_WORDS and c.lower_ in ("new", "outgoing")))  # new envoy)
               and not (c.lower_ == "of" and tok.head.lemma_ in ("accuse", "suspect"))
               for c in tok.children):  # ("accused the president of X": the charge)
            return None  # "the Kenyan minister", "the minister of X": not a bare title
        holders = [r for r in self.state.persons if r.key in self.people.persons and
                   title_has(words, t := self.people.persons[r.key].title) and not (
                       words == {"minister"} and "prime minister" in (t or "").lower())]
        return holders[0] if len(holders) == 1 else None

    def _participle_owner(self, tok: Token) -> list[Ref]:
        """The state a participle phrase holding ``tok`` describes: 'Belgrade, backed by its
        allies' (a possessive there means the state it hangs on)."""
        t = tok.head
        for _ in range(4):
            noun = t.head.head if t.head.lower_ in ("together", "along") else t.head
            if (t.dep_ == "acl" and t.tag_ in ("VBN", "VBG")) or (
                    t.dep_ == "prep" and t.lower_ == "with" and noun.dep_ == "nsubj"):
                # "Belgrade, backed by its allies", "The junta, together with its allies"
                refs = [r for r in self.one(noun) if r.kind == "Country"] \
                    if noun.i < tok.i else []
                return refs if len(refs) == 1 else []
            if t.head == t:
                break
            t = t.head
        return []

    def _object_pronoun(self, tok: Token) -> Ref | None:
        """An object 'him'/'her' is the one person named earlier in its sentence who is
        not the subject of its verb (a reflexive would be needed for that one)."""
        verb = object_verb(tok)
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [
            c for c in verb.head.children if c.dep_ == "nsubj" and verb.dep_ == "advcl"]
        doers: set[Ref] = set()  # ("A called B, assuring him": A's, the clause's head's)
        for c in subj:
            if c.lower_ in ("who", "that") and verb.dep_ == "relcl":
                c = verb.head
            doers |= set(self.one(c))
        others = [r for r in self._earlier_in_sentence(tok, "Person") if r not in doers]
        if not others and len(doers) == 1:  # "A spoke with B. B assured him ...": A (if
            # nobody else was named since)
            latest = [r for r in self.state.persons if r not in doers][-1:]
            others = [r for r in self.state.met_lately(next(iter(doers)), tok.sent.start)
                      if r in latest]
        return others[0] if len(others) == 1 and doers else None

    def _reporters_state(self, tok: Token) -> Ref | None:
        """'X said the (his) government was calling on Y to ...': 'the government' the subject of
        a clause a person reports, with no state's government told before and no other
        state's leader named just before, is his state's."""
        speaker = self.state.speaker
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp" or speaker is None or \
                speaker.kind != "Person":
            return None
        info = self.people.persons.get(speaker.key)
        if info is None or info.country is None:
            return None
        # not when another state's leader was just named: whose government would it be?
        doc = tok.doc
        start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
        for i in range(start, tok.i):
            j = self.dm.owner[i]
            key = self.people.of_mention.get(j) if j >= 0 else None
            other = self.people.persons.get(key) if key else None
            if other is not None and other.country not in (None, info.country):
                return None
        return Ref("Country", info.country)

    def _object_state(self, tok: Token) -> Ref | None:
        """An object 'it' of an accusation ('accusing it of', 'threatened it with') is the
        nearest state named earlier in its sentence that is not the subject of its verb
        ('X cut ties with Y, accusing it of ...': Y), when that subject is a named state
        (a reflexive would be needed for that one)."""
        verb = object_verb(tok)
        if not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "over")
                   for c in tok.head.children):
            return None  # ('accusing it of', 'threatened it with': not 'calling it X')
        if verb.dep_ in ("advcl", "xcomp") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # ("..., accusing it of": the subject of the main verb)
        doers = {r for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 for r in self.one(c) if r.kind == "Country"}
        others = [r for r in self._earlier_in_sentence(tok, "Country") if r not in doers]
        return others[-1] if doers and others else None

    def one(self, tok: Token, *, target: bool = False, depth: int = 0,
            demonym: bool = False) -> list[Ref]:
        """References of a single token (not its coordinated siblings); a relative 'who',
        'whom', or 'which' a party is the object of, is its antecedent ('X, which Y accused')."""
        if depth < 3 and (antecedent := pronouns.relative_antecedent(tok)) is not None:
            return self.one(antecedent, target=target, depth=depth + 1, demonym=demonym)
        edge = tok
        if (tok.lower_ in TITLE_HEADS or tok.lower_ == "counterpart") and \
                tok.tag_ not in ("NNS", "NNPS"):
            doc = tok.doc  # (the title's last word, as read: "the special envoy of the ASEAN
            edge = next((doc[i - 1] for i in range(tok.i + 1, tok.right_edge.i + 2)  # chair on
                         if i < len(doc) and doc[i].text == ","), tok)  # Myanmar, X,")
        if (tok.lower_ in PERSON_NOUNS or edge != tok) and tok.tag_ not in ("NNS", "NNPS") and \
                edge.i + 1 < len(tok.doc) and tok.doc[edge.i + 1].text == ",":
            k = named_next(edge)  # "his counterpart, Dr X,": X, whoever else fits the role
            # ("X's Minister for the Pacific, Y,": Y)
            nj = self.dm.owner[k] if k is not None else -1
            if k is not None and nj >= 0 and self.dm.mentions[nj].kind == "Person":
                ref = self.mention_ref(nj, tok.doc[k])
                if ref is not None:
                    return [ref]
        j = self.dm.owner[tok.i]
        if j >= 0:
            ref = self.mention_ref(j, tok)
            if ref is not None and (demonym or not (
                    self.dm.mentions[j].demonym and tok.dep_ == "amod")):
                return [ref]
        low = tok.lower_
        if tok.pos_ in ("NOUN", "PROPN") and tok.i + 1 < len(tok.doc) and tok.tag_ not in (
                "NNS", "NNPS") and (low in PERSON_NOUNS or low in TITLE_HEADS):
            k = tok.i + 1  # (past "Prince": "his Saudi counterpart Prince Faisal", the name
            # given, before any guess of whom the noun means)
            k += k + 1 < len(tok.doc) and self.dm.owner[k] < 0 and tok.doc[k].is_title and \
                tok.doc[k].lower_ in HONORIFICS
            past = portfolio_end(tok.doc, k) if self.dm.owner[k] < 0 and \
                tok.doc[k].lower_ in ("of", "for") else k
            if past > k and not any(t.lower_ in TITLE_HEADS and t.lower_ != "state"
                                    for t in tok.doc[k:past]):
                k = min(past, len(tok.doc) - 1)  # "Minister of State for External Affairs
                # X", the name under the portfolio as parsed (not "an envoy of President X")
            if (sj := self.dm.owner[k]) >= 0 and self.dm.mentions[sj].kind == "Country" and \
                    tok.doc[k - 1].lower_ in ("of", "the", "for"):  # "President of Ghana X"
                k = min(self.dm.mentions[sj].end, len(tok.doc) - 1)
            elif sj < 0 and tok.doc[k - 1].lower_ in ("for", "the") and \
                    tok.doc[k].ent_type_ == "LOC":  # "adviser for (the) Sahel X": a brief
                while k + 1 < len(tok.doc) - 1 and tok.doc[k + 1].ent_iob_ == "I":
                    k += 1  # (past the region's other words)
                k += 1
            nj = self.dm.owner[k]
            if nj >= 0 and self.dm.mentions[nj].kind == "Person":
                ref = self.mention_ref(nj, tok.doc[k])
                if ref is not None:
                    return [ref]
        if tok.i in self.people.nominal:
            return [Ref("Person", self.people.nominal[tok.i])]
        listed = [r for j in listed_people(tok, self.dm)
                  if (r := self.mention_ref(j, tok.doc[self.dm.mentions[j].start]))]
        if listed:
            return listed  # "her counterparts -- A of Norway, B of Denmark and C --"
        if tok.pos_ in ("NOUN", "PROPN"):
            for child in tok.children:
                cj = self.dm.owner[child.i]
                if child.dep_ == "appos" and tok.tag_ == "NNS" and cj >= 0 and \
                        self.dm.mentions[cj].kind == "Country" and child.i > tok.i:
                    # "its allies Russia and China": the states named
                    return [r for r in self.many(child) if r.kind == "Country"]
                if child.dep_ in ("appos", "compound", "nmod") and cj >= 0 and \
                        self.dm.mentions[cj].kind == "Person" and child.i > tok.i:
                    if child.dep_ == "appos" and tok.tag_ == "NNS":
                        # "the foreign ministers of the three countries, A, B and C"
                        return [r for r in self.many(child) if r.kind == "Person"]
                    ref = self.mention_ref(cj, child)
                    if ref is not None:
                        return [ref]
            if tok.lemma_ in _LED_GROUPS:  # "a delegation led by X": X
                for acl in tok.children:
                    if acl.dep_ == "acl" and acl.lemma_ in ("lead", "head"):
                        for ag in acl.children:
                            if ag.dep_ == "agent":
                                objs = [o for o in ag.children if o.dep_ == "pobj"]
                                if objs:
                                    return self.many(objs[0])
        low = tok.lower_
        st = self.state
        if (envoy := conjoined_envoy(tok)) is not None:  # "summoned the Belarusian envoy
            return [r for r in [self._country_modifier(envoy)] if r]  # and handed him a note"
        if low in ("him", "her") and tok.dep_ in ("dobj", "dative", "pobj"):
            mine = self._object_pronoun(tok)  # "A was received by B, who assured him"
            if mine is not None:
                return [mine]
        if low in ("her", "his") and tok.dep_ == "poss" and len(
                named := self._earlier_in_sentence(tok, "Person")) == 1:
            return named  # "X's trip ... leaders have criticised her support for Y": X
        if low in ("he", "him", "she", "her", "his") and st.person:
            return [st.person]
        if low in ("i", "me", "my") and st.speaker and st.speaker.kind == "Person":
            return [st.speaker]
        if low in ("we", "us", "our") and st.speaker:
            return [st.speaker]
        if low in ("they", "them"):
            local = [g for i, g in st.local_groups if i < tok.i]
            if local:
                return list(local[-1])
            if low == "them" and tok.dep_ in ("dobj", "dative") and (met := self._met_pair(tok)):
                return met  # "spoke with A and B and urged them": A and B
            if st.group:
                return list(st.group)
        if low in ("its", "their") and tok.dep_ == "poss":
            described = self._participle_owner(tok)
            if described:  # "Belgrade, backed by its allies": Belgrade's allies
                return described
        if low == "it" and tok.dep_ in ("dobj", "dative") and \
                (other := self._object_state(tok)) is not None:
            return [other]
        if low == "its" and tok.dep_ == "poss" and (subj := self.subject_state(tok)):
            return [subj]  # "Iceland would increase its contribution": Iceland's
        if low in ("it", "its") and (st.gov_country or st.country):
            return [st.gov_country or st.country]  # type: ignore[list-item]
        if tok.pos_ in ("NOUN", "PROPN") or low == "both":
            group = self._group(tok)
            if not group and low in _ORGAN_PLURALS:  # "the governments of the two countries",
                # "officials from Senegal and Gambia", "from A and B and from C" (both 'from's)
                group = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in (
                    "of", "from") for p in (c, *c.conjuncts) for o in p.children
                    if o.dep_ == "pobj"
                    for r in self._group(o) or [x for x in self.many(o) if x.kind == "Country"]]
                group = self.office_holders(tok, group) or group  # (the ministers, if named)
                # "Colombia's negotiators", "Kenya's and Uganda's delegations"
                group = group or [r for c in tok.children if c.dep_ == "poss"
                                  for r in self.many(c) if r.kind == "Country"]
            if group:
                return group
            owner = st.person
            if tok.dep_ == "conj":  # "the king and his guest": the king's guest
                joined = [r for r in self.one(tok.head) if r.kind == "Person"]
                owner = joined[0] if len(joined) == 1 else owner
            if low in _PARTNER_NOUNS and owner is not None and any(
                    c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
                met = st.met_lately(owner, tok.sent.start, PARTNER_WINDOW)  # "his guest"
                if len(met) == 1:
                    return met
            if low in _FOLK and any(c.dep_ == "poss" and c.lower_ == "our"
                                    for c in tok.children):
                ref = self._country_modifier(tok)  # "our Iraqi brothers": that state
                if ref is not None:
                    return [ref]
            if low in _BLOC_NOUNS and any(c.lower_ == "the" for c in tok.children) and all(
                    c.dep_ == "det" or any(t.like_num for t in c.subtree)
                    for c in tok.children if c.i < tok.i):
                ref = self._last_body(tok)  # "the GCC ... said the six-nation bloc stood"
                if ref is not None:
                    return [ref]
            if low in _BODY_HEADS and tok.tag_ == "NN" and [c.lower_ for c in tok.children
                                                           if c.i < tok.i] == ["the"]:
                ref = self._last_body(tok, lambda m: m.text.split()[-1].lower() == low)
                if ref is not None:  # "the International Atomic Energy Agency ... the agency"
                    return [ref]
            if low in GOV_NOUNS:
                ref = self._country_modifier(tok) or self._seat_state(tok)
                if ref is None and any(c.lower_ in ("his", "her") for c in tok.children):
                    ref = self._reporters_state(tok)  # "X said his government had asked Y"
                if ref is None and any(c.lower_ in ("the", "his", "her") for c in tok.children):
                    ref = st.organs.get(tok.lemma_) or st.gov_country or \
                        self._reporters_state(tok)
                if ref is not None:
                    return [ref]
            if low in TITLE_HEADS or (low == "general" and tok.i > 0 and tok.doc[
                    tok.i - 1].lower_ in ("secretary", "-")):  # ("the Secretary-General",
                # not "the general")
                ref = self._title_of(tok) or self._only_holder(tok)
                if ref is not None:
                    return [ref]
        if low == "capital" and tok.pos_ == "NOUN":
            # "visited the Greek capital": the capital city of that state, as a Place.
            state = self._country_modifier(tok) or next(
                (r for c in tok.children if c.dep_ in ("amod", "compound")
                 for r in self.one(c, demonym=True) if r.kind == "Country"), None)
            if state is not None:
                caps = gazetteer().countries[state.key].capitals \
                    if state.key in gazetteer().countries else ()
                if caps and caps[0].upper() not in self._metonyms:
                    return [Ref("Place", caps[0])]
                return [state]  # the article uses that capital for its state
        if target and depth < 2 and low != "behalf":  # (not "on behalf of the EU")
            if (poss := next((c for c in tok.children if c.dep_ == "poss"), None)) is not None:
                ref = self.its_neighbour(tok)  # ("its western neighbour": another state)
                return [ref] if ref else self.many(poss, target=True, depth=depth + 1)
            of_list = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in c.children if o.dep_ == "pobj" and o.conjuncts]
            if of_list and not any(c.dep_ in ("amod", "compound", "nmod") and (
                    j := self.dm.owner[c.i]) >= 0 and self.dm.mentions[j].kind == "Country"
                    for c in tok.children):  # "backed the accession of A and B": both (not
                # "the Chinese mediation of A and B": China's)
                return self.many(of_list[0], target=True, depth=depth + 1)
            foe = STATE_FOES & {tok.lemma_, *(c.lemma_ for c in tok.children)}  # Syrian rebels
            ref = None if foe else (self._country_modifier(tok) or self.described_state(tok))
            if ref is not None:
                return [ref]
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return self.many(obj, target=True, depth=depth + 1)
        return []

    def people_at(self, tok: Token) -> list[Ref]:
        """The references of one token (see :meth:`GroupReader.people_at`)."""
        return self.one(tok)

    def _last_body(self, tok: Token, keep: Callable[[Mention], bool] | None = None
                   ) -> Ref | None:
        """The multilateral body (no state's organ) named last before ``tok``, in its
        sentence or the two before (of those ``keep`` takes, if given)."""
        j = last_organization(self.dm, tok.i, lambda m: organ_state(m) is None and
                              not bare_organ(m.text) and (keep is None or keep(m)))
        return self.mention_ref(j, self.dm.doc[self.dm.mentions[j].end - 1]) \
            if j is not None else None

    def many(self, tok: Token, *, target: bool = False, depth: int = 0) -> list[Ref]:
        """References of ``tok`` and of its coordinated siblings ('X and Y'), in order."""
        out: list[Ref] = []
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # "A and Turkish President B signed": A hung on B (or B's title) as an nmod
            for c in (c for h in (tok, *(h for h in tok.children if h.dep_ == "compound"))
                      for c in h.children):
                if c.dep_ == "nmod" and c.i < tok.i and any(
                        k.dep_ == "cc" and k.lower_ == "and" for k in c.children):
                    out += [r for r in self.one(c) if r.kind in ("Person", "Country")]
        tok = pronouns.plural_antecedent(tok)  # ("A and B, who were received by C")
        items = [next((d for d in c.children if d.dep_ == "dobj"), c) if c.lower_ == "visiting"
                 else c for c in [tok, *[c for c in tok.conjuncts if c.i > tok.i]]]  # "and
        items += [c for t in items if t.pos_ == "NOUN" for a in t.children  # visiting B";
                  if a.dep_ == "appos" for c in a.conjuncts if c.ent_type_ == "PERSON"]  # "his
        # counterpart A and B": B too (the parser hangs 'visiting' and B on the names before)
        for t in items:
            if any(c.dep_ == "neg" or c.lower_ == "not" for c in t.children):
                continue
            lo = max(0, t.left_edge.i - 1)
            if any(x.lower_ == "not" for x in t.doc[lo : t.i]):
                continue
            for ref in self.one(t, target=target, depth=depth):
                if ref not in out:
                    out.append(ref)
        return out
