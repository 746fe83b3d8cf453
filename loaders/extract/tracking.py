"""What each sentence leaves for the ones after it: the salience the resolver reads
'he', 'the two countries', 'the ministry' and 'the deal' by (who signed, visited, met and
acted last, the latest pair and sets of states, the organs named), and the person a
he/she of the sentence itself means.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.factdates import ASIDE_MARKS
from dipgraph.loaders.extract.lexicon import GATHERING_NOUNS, LINK_WORKS, words
from dipgraph.loaders.extract.refs import Ref, Resolver, Salience, object_verb
from dipgraph.loaders.extract.relations import RawFact

__all__ = ["gov_word", "is_gathering", "own_pronoun", "update_salience"]


_HE = frozenset({"he", "she", "him", "his", "her"})
#: Words for a state's organs that make it the one 'the government' or 'the ministry'
#: means later ("Egypt's foreign ministry ... The ministry also urged").
_GOV_WORDS = frozenset({"government", "junta", "authorities", "regime", "ministry", "military",
                        "administration", "cabinet", "presidency"})


def gov_word(tok: Token) -> bool:
    """A word of :data:`_GOV_WORDS` that names the organ ("Myanmar's military"), not one that
    qualifies another noun ("US military personnel")."""
    if tok.lemma_ != "military":
        return tok.lemma_ in _GOV_WORDS
    return tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod", "nmod")


def _name_set(st: Salience, refs: list[Ref], at: int) -> None:
    """A set of states named (again) in the sentence starting at ``at``: the latest set."""
    if refs in st.country_sets:
        st.country_sets.remove(refs)
    st.country_sets.append(refs)
    st.sets_since = at


def _linked(tok: Token) -> bool:
    """'(the pipeline) between Finland and Estonia': states a work joins; 'through Tanzania
    and Angola': states a route runs through (places, not a pair that acts)."""
    return tok.dep_ == "pobj" and ((tok.head.lower_ == "between" and tok.head.head.lemma_ in
                                    LINK_WORKS) or tok.head.lower_ in ("through", "via"))


def own_pronoun(sent: Span, res: Resolver) -> None:
    """'X arrived in Y, where he held talks with Z': a he/she after a named person subject
    of the same sentence is that person (not the last one of the sentence before), and so
    is one inside a relative clause on a named person; so is a his/her in a phrase that
    opens the sentence before that subject."""
    root = sent.root
    first = next((t for t in span_tokens(sent) if t.lower_ in _HE and t.pos_ == "PRON"), None)
    for a in first.ancestors if first is not None else ():
        host = res.one(a.head) if a.dep_ == "relcl" and a.head.pos_ == "PROPN" else []
        if len(host) == 1 and host[0].kind == "Person":
            res.state.person = host[0]  # "X, who spoke during a visit to Y, where she was
            return  # received by Z": X
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if first is not None and subj is not None and first.dep_ == "poss" and first.i < subj.i \
            and any(a.dep_ == "prep" and a.head == root for a in first.ancestors) and not any(
                t.lower_ in ("him", "her") and t.dep_ != "poss" for t in span_tokens(sent)):
        # (not "On his arrival, X welcomed him": the one welcomed arrived)
        refs = res.one(subj)  # "During his visit to X, Y criticised Z": Y's visit
        if len(refs) == 1 and refs[0].kind == "Person":
            res.state.person = refs[0]
        return
    for tok in span_tokens(sent):
        if tok.lower_ in _HE and tok.pos_ == "PRON":
            return
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN":
            refs = res.one(tok)
            if len(refs) == 1 and refs[0].kind == "Person":
                later = [t for t in sent[tok.i - sent.start + 1 :] if t.lower_ in _HE
                         and t.pos_ == "PRON" and not _object_of(t, tok)]
                if later:
                    res.state.person = refs[0]
                return


def _object_of(pron: Token, subj: Token) -> bool:
    """'Y assured him that ...': an object pronoun of a verb whose subject is ``subj`` is
    someone else (that one would be 'himself')."""
    if pron.lower_ not in ("him", "her") or pron.dep_ == "poss":
        return False
    return any(c == subj for c in object_verb(pron).children
               if c.dep_ in ("nsubj", "nsubjpass"))


def _state_lists(sent: Span, res: Resolver) -> list[list[Ref]]:
    """Runs of state names joined by commas and 'and' ('A, B and C'), read off the words
    (the parser may hang the first one elsewhere)."""
    runs: list[list[Ref]] = []
    run: list[Ref] = []
    linked = False  # (the run's first state is a work's end or on a route: the whole run is)
    i = sent.start
    while i < sent.end:
        j = res.dm.owner[i]
        m = res.dm.mentions[j] if j >= 0 else None
        last = res.dm.doc[m.end - 1] if m is not None else None
        if m is not None and last is not None and m.kind == "Country" and not m.demonym and \
                m.start == i and not any(c.dep_ == "case" for c in last.children):
            # (no pipeline's ends; not "support for Ukraine, Poland's ministry said")
            linked = linked or (not run and _linked(last))
            ref = res.mention_ref(j, last)
            if ref is not None and ref.kind == "Country" and ref not in run:
                run.append(ref)
            i = m.end
            if i < sent.end and res.dm.doc[i].text in (",", "and"):
                i += 1 + (i + 1 < sent.end and res.dm.doc[i].text == "," and
                          res.dm.doc[i + 1].text == "and")
                continue
        if len(run) >= 2 and not linked:
            runs.append(run)
        run, linked = [], False
        i += 1
    if len(run) >= 2 and not linked:
        runs.append(run)
    return runs


#: Verbs whose agents took part in the gathering that is their subject ("the summit was
#: chaired by A and attended by B and C", "the meeting was held, hosted by A").
_ATTEND_VERBS = words("attend chair co-chair host hold")


def _gathering_clause(v: Token) -> bool:
    """Whether ``v`` tells of a gathering: its clause (or one it hangs in) has a gathering as
    its subject ("the summit was attended by"), or it modifies one ("a meeting hosted by")."""
    if v.dep_ == "acl" and is_gathering(v.head):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and is_gathering(c)
               for t in (v, *v.ancestors) for c in t.children)


def is_gathering(t: Token) -> bool:
    """A gathering noun by its word or its lemma ("talks", lemmatised "talk")."""
    return t.lower_ in GATHERING_NOUNS or t.lemma_.lower() in GATHERING_NOUNS


def _attendees(sent: Span, res: Resolver) -> list[Ref]:
    """The people a sentence says took part in a gathering ('the summit was chaired by A
    and attended by B and C', 'hosted by A, with the participation of B and C'): the group
    'the leaders' or 'the ministers' means next."""
    people: list[Ref] = []
    for v in span_tokens(sent):
        if v.lemma_ not in _ATTEND_VERBS or v.tag_ != "VBN" or not _gathering_clause(v):
            continue
        names = [o for c in v.children if c.dep_ == "agent" for o in c.children
                 if o.dep_ == "pobj"]
        names += [o for w in v.children if w.dep_ == "prep" and w.lower_ == "with"
                  for p in w.children if p.lemma_ == "participation"
                  for of in p.children if of.lower_ == "of" for o in of.children
                  if o.dep_ == "pobj"]
        for o in names:
            people += [r for r in res.many(o) if r.kind == "Person" and r not in people]
    return people


def _their_states(refs: list[Ref], res: Resolver) -> list[Ref]:
    """The two states of two people who act together ("A's president and B's leader
    signed"), which 'the two countries' may mean next."""
    people = [r.key for r in refs if r.kind == "Person"]
    states = res.people.states_of(people) if len(refs) == len(people) == 2 else None
    return [Ref("Country", s) for s in states] if states and len(states) == 2 else []


def update_salience(sent: Span, res: Resolver, facts: list[RawFact]) -> None:
    """What the sentence leaves for the next ones to point back to: the latest signers,
    visitors, pair and sets of states, group, person, state and organs."""
    st = res.state
    for f in facts:
        accord = res.accord_id(f.target) if f.rel == R.SIGNED else None
        if accord is not None:
            signers = st.doers.setdefault(f"accord:{accord}", [])
            if f.source not in signers:
                signers.append(f.source)
    signed = list(dict.fromkeys(f.source for f in facts
                                if f.rel == R.SIGNED and f.source.kind == "Country"))
    if signed:
        st.doers["signing"] = signed  # the states of the story's latest signing
    for f in facts:
        if f.rel == R.MET_WITH and f.source.kind == f.target.kind == "Person":
            for a, b in ((f.source, f.target), (f.target, f.source)):
                start, met = st.partners.get(a, (-1, []))
                met = met if start == sent.start else []
                st.partners[a] = (sent.start, [*met, b] if b not in met else met)
    blamed = list(dict.fromkeys(f.target for f in facts if f.rel == R.CRITICIZED))
    if blamed:
        st.blamed = (sent.start, blamed)
    allied = list(dict.fromkeys(r for f in facts if f.rel == R.ALLY_OF
                                for r in (f.source, f.target)))
    if len(allied) == 2:
        st.allies = (sent.start, allied)  # ("A, B's key ally, ... The two allies")
    visitors = [f.source for f in facts if f.rel == R.VISITED]
    if visitors:
        st.doers["visit"] = visitors[:1]
    for tok in span_tokens(sent):
        j = res.dm.owner[tok.i]
        ref = None
        if j >= 0 and res.dm.mentions[j].kind == "Person":
            ref = res.mention_ref(j, tok)
        elif tok.i in res.people.nominal:
            ref = Ref("Person", res.people.nominal[tok.i])
        if ref is not None and (j < 0 or tok.i == res.dm.mentions[j].start):
            st.saw_person(ref)
        if tok.dep_ in ("nsubj", "nsubjpass"):
            refs = res.many(tok)
            if len(refs) >= 2:
                st.group, st.group_since = refs, sent.start
                st.co_subjects, st.co_subjects_since = refs, sent.start
                countries = [r for r in refs if r.kind == "Country"] or _their_states(refs, res)
                if len(countries) == 2:
                    st.country_pair, st.pair_since = countries, sent.start
            if refs and refs[0].kind == "Person" and tok.lower_ not in ("they", "them") and \
                    not _aside_subject(tok, res):
                st.person = refs[0]
            if refs and refs[0].kind == "Country":
                st.country = refs[0]
        if (tok.dep_ == "conj" or tok.n_rights > 0) and tok.conjuncts and all(
                c.i > tok.i for c in tok.conjuncts) and not _linked(tok):  # (the first test
            # skips reading the conjuncts of a word with none: no right child, no 'conj')
            refs = [r for r in res.many(tok) if r.kind == "Country"]
            if len(refs) >= 2:
                _name_set(st, refs, sent.start)
    for refs in _state_lists(sent, res):  # "Chad, Niger and Libya" the parser split
        _name_set(st, refs, sent.start)
    for tok in span_tokens(sent):
        if tok.dep_ == "pobj" and tok.head.lower_ == "between" and not _linked(tok):
            refs = [r for r in res.many(tok) if r.kind == "Country"]
            if len(refs) == 2 and not (st.pair_since == sent.start and st.co_subjects_since
                                       == sent.start):  # ("A and B condemned the cooperation
                # between C and D. The two countries ...": A and B, who acted)
                st.country_pair, st.pair_since = refs, sent.start
        if gov_word(tok):
            ref = res._country_modifier(tok)
            if ref is not None:
                st.gov_country = st.organs[tok.lemma_] = ref
        elif tok.is_title and tok.lower_ in _GOV_WORDS and (j := res.dm.owner[tok.i]) >= 0 \
                and res.dm.mentions[j].end == tok.i + 1 and \
                res.dm.mentions[j].kind == "Organization":
            ref = res.mention_ref(j, tok)  # "the Iraqi Foreign Ministry ... the ministry"
            if ref is not None and ref.kind == "Country":
                st.organs[tok.lemma_.lower()] = ref
    for f in facts:
        if f.group and all(r.kind == "Person" for r in f.group):
            st.group, st.group_since = list(f.group), sent.start
    if len(came := _attendees(sent, res)) >= 2:
        st.group, st.group_since = came, sent.start


#: Marks of a clause that tells the time or cause of the main one (with 'when', unlike
#: :func:`~dipgraph.loaders.extract.factdates.aside_clause`: a 'when' clause's subject is no
#: main person, though its date may well be the main act's).
_ASIDE_MARKS = ASIDE_MARKS | {"when"}


def _aside_subject(tok: Token, res: Resolver) -> bool:
    """Whether ``tok`` is the subject of a time or cause clause ('since X appointed him')
    after a person the main clause named, or of a clause opened by whether/if ('asked
    whether X would travel'): the next 'he' is not X."""
    v = tok.head
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in v.children):
        return True  # "Asked whether President X would travel, Y said": X is no topic
    if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS
                                    for c in v.children):
        return False
    first = v.left_edge.i
    dm = res.dm
    return any(dm.owner[k] >= 0 and dm.mentions[dm.owner[k]].kind == "Person"
               for k in range(tok.sent.start, first))
