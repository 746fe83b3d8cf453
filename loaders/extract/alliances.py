"""Alliances stated by plural and coordinated nouns.

"A and its ally B" (the owner is the noun the ally is coordinated with, not the last
state talked about), "allies A and B", "the two allies", "A and B are allies", "the
alliance of A, B and C", "an alliance between A and B", "A's alliance with B", "A, B
and C formed an alliance": every pair of the states named is allied. A person stands
for the state he serves. The singular forms with an owner ("a key ally of X", "X's
closest ally", "described X as a key ally") are read by :func:`ally_rule`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.body import sentences_back
from dipgraph.loaders.extract.clauses import R, RawFact, _allowed, _emit, _subjects, named_among
from dipgraph.loaders.extract.lexicon import former, leads, words
from dipgraph.loaders.extract.mood import hypothetical, negated, verb_above
from dipgraph.loaders.extract.objects import included
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["alliance_rule", "ally_rule", "pronoun_owned_ally"]

_PRONOUNS = frozenset({"its", "their", "his", "her"})
_FORM_VERBS = frozenset({"form", "forge", "create", "establish", "launch", "build", "seal",
                         "cement", "found", "strengthen", "deepen", "renew", "reaffirm"})
_OTHER_SIDE = frozenset({"anti", "against", "rival", "former", "ex", "potential", "possible",
                         "would-be", "future", "new"})


def _state_of(ref: Ref, res: Resolver) -> Ref:
    iso = res.people.state_of(ref) if ref.kind == "Person" else None
    return Ref("Country", iso) if iso else ref


def _leader(ref: Ref, res: Resolver) -> bool:
    """Whether a person leads his state (not an opposition leader or warlord: "Haftar's
    allies" are no state's)."""
    info = res.people.persons.get(ref.key)
    return info is not None and info.country is not None and leads(info.title) and \
        not former(info.title)


def _states(refs: list[Ref], res: Resolver) -> list[Ref]:
    out = [_state_of(r, res) for r in refs]
    return [r for r in dict.fromkeys(out) if r.kind == "Country"]


def _all_pairs(out: list[RawFact], refs: list[Ref], tok: Token, sent: Span,
               confidence: float = 0.6) -> None:
    for i, a in enumerate(refs):
        for b in refs[i + 1 :]:
            if _allowed(R.ALLY_OF, a, b):
                out.append(RawFact(R.ALLY_OF, a, b, tok.i, sent, confidence=confidence))


#: Words that make allies past ones: "once close allies", "erstwhile allies".
_PAST_WORDS = frozenset({"once", "erstwhile", "formerly", "former", "onetime", "one-time"})
#: Verbs and nouns of opposing what follows: "warned against an alliance", "fears of an
#: alliance", "rejected an alliance".
_WARY = frozenset({"warn", "oppose", "reject", "fear", "caution", "condemn", "denounce",
                   "resist", "block", "against", "criticise", "criticize", "rule"})


def _wary(t: Token) -> bool:
    """An opposing word; 'rule' only as 'ruled out' ('a state ruled by an ally' is none)."""
    if t.lemma_.lower() == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
    return t.lemma_.lower() in _WARY


def _guarded(tok: Token) -> bool:
    """A negated, hypothetical, past or opposed alliance ('a possible alliance', 'once
    close allies', 'did not form an alliance', 'warned against an alliance')."""
    if any(c.lower_ in _OTHER_SIDE for c in tok.children if c.dep_ in ("amod", "compound")):
        return True
    if any(t.lower_ in _PAST_WORDS for c in tok.lefts if c.dep_ in ("amod", "advmod", "compound")
           for t in c.subtree):
        return True  # "once close allies": the qualifier hangs on the adjective
    if any(c.dep_ == "advmod" and c.lower_ in ("longer", "once", "formerly") for c in
           tok.head.children):
        return True  # "are no longer allies", "were once allies"
    t = tok
    for _ in range(3):  # "warned against an alliance", "opposed an alliance"
        if t.dep_ not in ("pobj", "dobj", "prep", "nsubjpass") or t.head == t:
            break
        t = t.head
        if _wary(t):
            return True
    return negated(tok.head) or hypothetical(tok.head) or hypothetical(tok)


def pronoun_owned_ally(tok: Token) -> bool:
    """'A and its ally B': the ally noun is a conjunct whose owner is a pronoun."""
    return tok.dep_ == "conj" and any(c.dep_ == "poss" and c.lower_ in _PRONOUNS
                                      for c in tok.children)


def _members(tok: Token, res: Resolver) -> list[Ref]:
    """The states an ally noun is said of: its appositions and its head ('allies A and
    B', 'A and B, allies since 1951')."""
    refs = [r for c in tok.children if c.dep_ == "appos" for r in res.many(c)]
    if tok.dep_ in ("compound", "nmod", "appos"):
        refs += res.many(tok.head)
    elif tok.dep_ == "conj" and tok.doc[tok.left_edge.i - 1].text == "," and any(
            c.dep_ == "conj" and c.i < tok.left_edge.i for c in tok.head.children):
        # "A and B, close allies and neighbours,": set off after a list, read as its item
        refs += [r for t in (tok.head, *tok.head.conjuncts) if t.i < tok.left_edge.i
                 for r in res.one(t)]
    return refs


def _including(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> bool:
    """"X's allies, including A and B", "allies of X such as A": the owner and each one
    listed are allied."""
    listed = included(tok, res, target=False)
    if not listed:
        return False
    owners = [r for c in tok.children if c.dep_ == "poss" and c.lower_ not in _PRONOUNS
              for r in res.many(c)] or [
        r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj" for r in res.many(o)]
    for a in _states(owners, res):
        for b in _states(listed, res):
            if _allowed(R.ALLY_OF, a, b):
                out.append(RawFact(R.ALLY_OF, a, b, tok.i, sent, confidence=0.6))
    return True


def _allied_with(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X is allied with Y', 'X allied itself with Y', 'A and B are allied'."""
    if negated(v) or hypothetical(v):
        return
    subj = [r for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for r in res.many(c)]
    if not subj:
        subj = res.many(v.head) if v.dep_ in ("amod", "acl") else []
    partners = [r for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj" for r in res.many(o)]
    head = v.head if v.dep_ == "acomp" else v
    now = any(t.lemma_ in ("be", "remain") and t.tag_ in ("VBZ", "VBP")
              for t in (head, *head.children))  # (not "were allied in the First World War")
    if not partners and now and not any(c.dep_ == "dobj" or (
            c.dep_ == "prep" and c.lower_ in ("to", "with")) or c.lower_ == "longer"
            for c in (*v.children, *head.children)) and not (head is not v and (
                negated(head) or hypothetical(head))):
        _all_pairs(out, _states(subj or _subjects(head, res), res), v, sent)  # "A, B and C are
        return  # allied (within X)": each pair of them
    for a in _states(subj, res):
        for b in _states(partners, res):
            if _allowed(R.ALLY_OF, a, b):
                out.append(RawFact(R.ALLY_OF, a, b, v.i, sent, confidence=0.6))


_GROUPING = frozenset({"group", "comprise", "include", "unite", "bring", "link", "join",
                       "gather", "compose", "make"})


def _named_alliance(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """A named alliance and its members: 'the Alliance of X, grouping A, B and C', 'A, B
    and C, which form the Alliance of X', 'A, B and C formed the Alliance of X'."""
    j = res.dm.owner[tok.i]
    m = res.dm.mentions[j] if j >= 0 else None
    if m is not None and (m.kind != "Organization" or (
            m.start <= tok.head.i < m.end and tok.head != tok)):
        return  # the name's head only, once
    end = m.end if m is not None else tok.right_edge.i + 1
    members: list[Ref] = []
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_ in _GROUPING and not negated(c):
            # "grouping A, B and C", "made up of A and B", "comprising A and B"
            members += [r for d in c.subtree if d.dep_ in ("dobj", "pobj") and d.i > c.i
                        for r in named_among(d.subtree, res)]
        if c.dep_ == "appos" and c.i >= end:
            members += named_among(c.subtree, res)
    verb = tok.head
    if not members and tok.dep_ in ("dobj", "attr") and verb.lemma_ in _FORM_VERBS | {
            "found", "set", "launch", "be"} and not negated(verb) and not hypothetical(verb):
        if verb.dep_ == "relcl":  # "A, B and C, which form the Alliance of X"
            members = named_among(verb.head.subtree, res)
        else:  # ("A, B and C signed a charter, forming the Alliance of X": the signers')
            doer = verb.head if verb.dep_ in ("advcl", "conj") and not any(
                c.dep_ == "nsubj" for c in verb.children) else verb
            members = [r for c in doer.children if c.dep_ == "nsubj"
                       for r in named_among(c.subtree, res)]
    states = _states([r for r in dict.fromkeys(members)], res)
    if len(states) >= 2:
        _all_pairs(out, states, tok, sent)


def _pronoun_state(pron: Token, res: Resolver) -> list[Ref]:
    """'Tokyo said its alliance with X': 'its' is the state named last before it in the
    sentence (a pronoun's state of the sentence before when none is)."""
    if pron.lower_ != "its":
        return []
    for t in reversed(pron.sent[: pron.i - pron.sent.start]):
        j = res.dm.owner[t.i]
        if j >= 0 and res.dm.mentions[j].kind == "Country":
            return [r for r in res.one(t) if r.kind == "Country"]
    return [r for r in res.many(pron) if r.kind == "Country"]


def _clause_state(pron: Token, res: Resolver) -> list[Ref]:
    """'while Nicaragua has drawn closer to its allies': 'its' is the one state its clause
    names as its own subject, active or passive, or shares with the clause it is joined to
    ('Belgrade refused ... and is backed by its allies') (else what the resolver makes of it)."""
    verb = verb_above(pron)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "Belgrade refused ... and is backed by its allies": its subject
    states = _states([r for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                      for r in res.many(c)], res)
    return states if len(states) == 1 else res.many(pron)  # (not "urged Japan to stand by
    # its allies": a controlled verb's subject is not its own)


_ALLY_WORDS = frozenset({"ally", "allies", "alliance"})


def alliance_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """Alliances stated by 'ally'/'allies' without a named owner, by 'allies, including
    X', by 'allied with', by 'alliance' and by 'the allied relations between A and B'."""
    if tok.lower_ in ("relations", "ties", "relationship") and any(
            c.dep_ == "amod" and c.lower_ == "allied" for c in tok.children) and \
            not _guarded(tok) and not any(c.lower_ in ("no", "not") for c in tok.lefts):
        # "the allied relations between the two countries" (not "no allied relations")
        states = _states([r for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                          for o in c.children if o.dep_ == "pobj" for r in res.many(o)], res)
        if len(states) >= 2:
            _all_pairs(out, states, tok, sent)
        return
    if tok.lemma_.lower() not in _ALLY_WORDS and tok.lower_ not in _ALLY_WORDS:
        return  # (cheap test first: the guards below read the parse around every noun)
    if tok.lemma_ == "ally" and tok.pos_ == "VERB":
        _allied_with(tok, sent, res, out)
        return
    if tok.pos_ not in ("NOUN", "PROPN") or _guarded(tok):
        return
    if tok.lower_ == "allies" and not pronoun_owned_ally(tok) and \
            _including(tok, sent, res, out):
        return
    if tok.lemma_ == "ally" or tok.lower_ in ("ally", "allies"):
        if pronoun_owned_ally(tok):  # "A and its ally B", "A and its allies B and C"
            owners = _states([r for r in res.one(tok.head)], res)
            partners = _states([r for c in tok.children if (c.dep_ == "appos" or (
                c.dep_ == "conj" and tok.nbor().text == ",")) and not any(
                    t.lower_ in ("as", "with") for t in tok.doc[tok.i + 1 : c.left_edge.i])
                # ("its allies, A and B,"; not "its allies, as well as C")
                                for r in res.many(c)] + included(tok, res, target=False), res)
            for a in owners:
                for b in partners:
                    if _allowed(R.ALLY_OF, a, b):
                        out.append(RawFact(R.ALLY_OF, a, b, tok.i, sent, confidence=0.7))
            return
        if tok.lower_ != "allies" or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_
                                         not in ("in", "within", "since"))
                                         for c in tok.children):
            return  # (but "A and B, allies in the X alliance")
        if any(c.dep_ in ("amod", "compound") and r.kind == "Country"
               for c in tok.children for r in res.one(c, demonym=True)):
            return  # "US allies Japan and South Korea": allies of the US, read elsewhere
        group = _members(tok, res)
        if not group and tok.dep_ == "attr":  # "A and B are (close) allies"
            group = _subjects(tok.head, res)
        if not group and any(c.dep_ == "nummod" or c.lower_ == "both" for c in tok.children):
            since, pair = res.state.allies  # "the two allies": the pair called allies in
            recent = since >= sentences_back(tok.doc, tok.sent.start)  # that sentence or
            group = list(pair) if len(pair) == 2 and recent and any(  # the one before, else
                c.lower_ in ("two", "both") for c in tok.children) else res.many(tok)  # the
            # group meant
        states = _states(group, res)
        if len(states) >= 2:
            _all_pairs(out, states, tok, sent)
        return
    if tok.lemma_.lower() != "alliance":
        return
    if res.dm.owner[tok.i] >= 0:
        _named_alliance(tok, sent, res, out)
        return
    members = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "between",
                                                                          "among")
               for o in c.children if o.dep_ == "pobj" for r in res.many(o)]
    owner = [r for c in tok.children if c.dep_ == "poss"
             for r in (_pronoun_state(c, res) if c.lower_ in _PRONOUNS else res.many(c))]
    linked = [r for c in tok.children if c.dep_ in ("compound", "nmod", "amod")
              for t in c.subtree for r in res.one(t, demonym=True)]
    if len(_states(linked, res)) >= 2:  # "the US-Japan alliance"
        members = linked
    partners = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj" for r in res.many(o)]
    if owner and partners:  # "A's alliance with B"
        members = owner + partners
    if not members and tok.dep_ == "dobj" and tok.head.lemma_ in _FORM_VERBS and \
            not negated(tok.head) and not hypothetical(tok.head):
        # "A, B and C formed an alliance" (the parser may make B an apposition of A)
        members = [r for c in tok.head.children if c.dep_ == "nsubj"
                   for r in named_among(c.subtree, res)] or _subjects(tok.head, res)
        members += [r for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with"
                    for o in c.children if o.dep_ == "pobj" for r in res.many(o)]
    states = _states(members, res)
    if len(states) >= 2:
        _all_pairs(out, states, tok, sent)
    elif tok.text[:1].isupper():  # a name the tagger did not take as one
        _named_alliance(tok, sent, res, out)


_BACKERS = words("backer supporter patron sponsor champion")
#: Relative words that stand for the noun a clause hangs on: "A and B, which X described as".
_RELATIVES = frozenset({"which", "that", "whom"})
_SHARES = words("one two three four both all")


def ally_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'Pyongyang's key ally, China', 'X, a key ally of Y', 'described X as a key ally':
    alliances; 'X, Y's main backer', 'X is its biggest supporter': X supports Y."""
    backer = tok.lemma_ in _BACKERS
    if (tok.lemma_ != "ally" and not backer) or tok.pos_ not in ("NOUN", "PROPN"):
        return
    if not backer and not _lapsed(tok) and (pairs := _named_allies(tok, res)):
        # "backed by Chile's Andean allies Peru and Bolivia": the owner's allies
        out += [RawFact(R.ALLY_OF, a, b, tok.i, sent, confidence=0.7) for a, b in pairs]
        return
    if not backer and not _lapsed(tok) and (pairs := _apposed_ally(tok, res)):
        # (a description: the mood of the verb it hangs on is not its own)
        out += [RawFact(R.ALLY_OF, a, b, tok.i, sent, confidence=0.6) for a, b in pairs]
        return
    stated = tok.head.head if tok.head.dep_ == "conj" and tok.head.head.lemma_ == "be" \
        else tok.head  # ("X is and will remain our closest ally": it is one now)
    if negated(stated) or hypothetical(stated) or _lapsed(tok):
        return
    if not backer and pronoun_owned_ally(tok):
        return  # "A and its ally B": read by alliance_rule (the owner is A, not the pronoun)
    kinds = ("Country", "Person", "Organization") if backer else ("Country",)
    # "our closest ally," the minister said: the speaker stands for his state
    named = [r for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and not backer
             for r in res.many(c) if r.kind == "Person" and _leader(r, res)]  # "Assad's allies"
    owners = [r for c in tok.children if c.dep_ in ("poss", "compound", "nmod", "amod")
              for r in (_clause_state(c, res) if c.lower_ == "its" and not backer
                        else res.many(c)) if r.kind in kinds or (
                  not backer and r.kind == "Person" and c.lower_ in ("our", "my"))] + named
    personal = bool(named)  # (a leader's man called his ally is no state's ally)
    if not backer:
        owners = [o for o in map(lambda r: _state_of(r, res), owners) if o.kind == "Country"]
    if backer:
        # a named owner only: "its main backer" leaves too much to the pronoun
        owners = [r for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"
                  for r in res.many(c)] or [
            r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj" for r in res.many(o)]
        partners = _partners(tok, res)
        _emit(out, R.SUPPORTED, partners, owners, tok, sent, confidence=0.6)
        return
    if not owners and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        owners = [r for r in res.one(tok.doc[tok.i - 2]) if r.kind == "Country"]
    if not owners:
        # "Kenya, a key ally of the United States", "remained an ally of Germany".
        # "an ally of President X": a leader's ally is his state's ally
        of = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj" for r in res.many(o)]
        owners = [s for r in of if (s := _state_of(r, res)).kind == "Country"]
        personal = bool(of) and all(r.kind == "Person" for r in of)
    partners = _partners(tok, res)
    if personal and partners and all(r.kind == "Person" for r in partners):
        return  # "ousted President X, an ally of Y": a man's political ally, no state's
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else (
        tok.head if tok.dep_ in ("oprd", "dobj") else None)
    if verb is not None and verb.lemma_ in _NAMING and not negated(verb) and \
            not hypothetical(verb):
        if tok.dep_ != "dobj" and any(c.dep_ == "dobj" for c in verb.children):
            # "X described Y as a key ally", "X called Y a close ally": Y is an ally of the
            # state X speaks for (or of the owner: "described Y as our closest ally")
            owners = owners or [r for r in map(lambda r: _state_of(r, res),
                                               _subjects(verb, res)) if r.kind == "Country"]
            partners = [r for c in verb.children if c.dep_ == "dobj" for r in (
                res.many(verb.head) if verb.dep_ == "relcl" and c.lower_ in _RELATIVES
                else res.many(c))]  # ("A and B, which X described as Y's allies")
        if tok.dep_ != "pobj" or not partners:  # "X was designated a major ally of Y" (the
            # parser may take the title for an object), "X is regarded as Y's closest ally"
            partners = [r for c in verb.children if c.dep_ == "nsubjpass"
                        for r in res.many(c)] or partners
        if not partners and verb.dep_ == "acl" and verb.tag_ == "VBN":
            partners = res.many(verb.head)  # "Hungary, regarded as China's closest ally,"
    # "X, whose country is Y's closest ally": a person stands for the state he serves.
    partners = [_state_of(r, res) for r in partners]
    if not partners and tok.i + 1 < len(tok.doc):
        partners = res.one(tok.doc[tok.i + 1]) or (
            res.one(tok.doc[tok.i + 2]) if tok.i + 2 < len(tok.doc) else [])
    for a in owners:
        for b in partners:
            if _allowed(R.ALLY_OF, a, b):
                out.append(RawFact(R.ALLY_OF, a, b, tok.i, sent, confidence=0.7))


def _named_allies(tok: Token, res: Resolver) -> list[tuple[Ref, Ref]]:
    """'Chile's Andean allies Peru and Bolivia' (the parser hangs 'allies' on the first
    name): each named state is an ally of the state whose allies they are."""
    head = tok.head
    if tok.dep_ != "compound" or head.pos_ != "PROPN":
        return []
    partners = [r for r in res.many(head) if r.kind == "Country"]
    owners = [r for c in head.children if c.dep_ == "poss" for r in res.many(c)
              if r.kind == "Country" and r not in partners]
    return [(o, p) for o in owners[:1] for p in partners] if partners else []


def _apposed_ally(tok: Token, res: Resolver) -> list[tuple[Ref, Ref]]:
    """'... allow Tokyo to act alongside the United States, its only treaty ally': the
    state set off before 'its ally' is the ally of the state that acts there (else of the
    state named last before it); before 'their common ally', of the states of those who
    act ('A and B agreed to strengthen cooperation with the United States, their ...');
    before 'Moscow's closest ally', of Moscow."""
    poss_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
    poss = poss_tok.lower_ if poss_tok is not None else None
    edge = tok.left_edge.i
    dm = res.dm
    j = dm.owner[edge - 2] if poss and edge >= 2 and tok.doc[edge - 1].text == "," else -1
    if j < 0 or dm.mentions[j].kind != "Country" or dm.mentions[j].demonym:
        return []
    ally = res.one(tok.doc[dm.mentions[j].end - 1])
    if len(ally) != 1 or ally[0].kind != "Country":
        return []
    if poss_tok is not None and poss not in ("its", "their"):  # "Belarus, Moscow's
        owner = [r for r in res.many(poss_tok) if r.kind == "Country"]  # closest ally,"
        return [(owner[0], ally[0])] if len(owner) == 1 and owner[0] != ally[0] else []
    verb = verb_above(tok.doc[dm.mentions[j].end - 1])
    owners = [r for r in _states(_subjects(verb, res), res) if r != ally[0]] \
        if verb.pos_ == "VERB" else []
    if poss == "their" or len(owners) == 1:  # ("Kenya will send troops to Somalia
        return [(o, ally[0]) for o in owners]  # alongside Ethiopia, its ally": Kenya's)
    sent_start = tok.sent.start
    before = [k for k in range(j - 1, -1, -1) if dm.mentions[k].start >= sent_start
              and dm.mentions[k].kind == "Country" and not dm.mentions[k].demonym
              and dm.mentions[k].key != dm.mentions[j].key]
    owner = res.one(tok.doc[dm.mentions[before[0]].end - 1]) if before else []
    if len(owner) == 1 and owner[0].kind == "Country":
        return [(owner[0], ally[0])]
    return []


#: Verbs that call their object something: "described X as an ally", "called X an ally".
_NAMING = words("describe call name consider regard see view label hail count term dub "
                "praise treat welcome recognise recognize embrace accept designate")
_LAPSED = words("former once erstwhile onetime one-time ex ex- formerly previously")


def _lapsed(tok: Token) -> bool:
    """'former allies', 'once an ally', 'X and Y were once allies': no longer allied."""
    near = [*tok.children, *(tok.head.children if tok.dep_ == "attr" else ())]
    return any(c.lower_ in _LAPSED and c.dep_ in ("amod", "advmod", "npadvmod", "compound")
               for c in near)


def _partners(tok: Token, res: Resolver) -> list[Ref]:
    """Who an 'ally'/'backer' noun is said of: its head ('X, a key ally'), the subject of
    'X is/was ... ally' or 'X emerged as ... ally', its appositions."""
    partners: list[Ref] = []
    if tok.dep_ == "appos" or tok.dep_ in ("compound", "amod", "nmod"):
        partners = res.many(tok.head)
    elif tok.dep_ == "conj" and tok.head.dep_ == "appos":
        partners = res.many(tok.head.head)  # "X, a NATO member and a long-standing U.S. ally"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as":
        partners = _subjects(tok.head.head, res)
    elif tok.dep_ == "attr":
        partners = _subjects(tok.head, res) or (  # "X is and will remain our ally"
            _subjects(tok.head.head, res) if tok.head.dep_ == "conj" else [])
    elif tok.dep_ == "pobj" and tok.head.lower_ == "among":
        partners = _subjects(tok.head.head, res)  # "X is among Y's closest allies"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _SHARES:
        share = tok.head.head  # "A and B, two of Y's closest allies", "one of Y's allies"
        if share.dep_ == "appos":
            partners = res.many(share.head)
        elif share.dep_ in ("attr", "nsubj"):
            partners = _subjects(share.head, res) if share.dep_ == "attr" else []
        elif share.dep_ in ("ccomp", "oprd", "xcomp"):  # "made A one of Y's allies"
            partners = [r for c in share.children if c.dep_ == "nsubj" for r in res.many(c)]
    for c in tok.children:
        if c.dep_ == "appos":
            partners += res.many(c)
        if c.dep_ == "prep" and c.lower_ == "in":
            # "X's allies in Asia, A and B": the parser coordinates the list with the region
            for o in c.children:
                if o.dep_ == "pobj" and all(r.kind == "Place" for r in res.one(o)):
                    partners += [r for k in o.conjuncts if k.i > o.i
                                 for r in res.one(k) if r.kind == "Country"]
                elif o.dep_ == "pobj" and tok.tag_ == "NNS":  # "its allies in A and B"
                    partners += [r for r in res.many(o) if r.kind == "Country"]
    return partners
