"""Concern stated without a concern verb, and what a concern is about.

The adjectival concern ('is concerned about X', 'was alarmed by X', 'remains worried that
the accord would ...'), taking note 'with concern', and the topic of any concern: the
entity an over/about/by phrase names, its owner, or the owner of the last decision told
('concerned by the move').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.antecedents import antecedent_owner, decision_owner
from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _owner, _subjects
from dipgraph.loaders.extract.lexicon import CONCERN_ADJECTIVES, PRIVATE_PEOPLE, words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.spans import in_relative_clauses

__all__ = ["concern_adjective_rule", "concern_targets", "demonym_state", "topic_refs",
           "with_concern_rule"]


_CONCERN_PREPS = ("over", "about", "regarding", "on", "at", "by", "with", "for", "concerning")


def _named(tok: Token, res: Resolver) -> Ref | None:
    """The entity a token names (not a demonym: 'Chinese' only qualifies the topic)."""
    j = res.dm.owner[tok.i]
    if j < 0 or res.dm.mentions[j].demonym:
        return None
    return res.mention_ref(j, tok)


def _noun_topic(o: Token, res: Resolver) -> list[Ref]:
    """What a topic noun names: itself when it names an entity ('Iran'; for 'X's deal with
    Y', whose deal it is), else its owner ('China's footprint', 'actions by China')."""
    head = _named(o, res)
    owners = [r for x in o.children if x.dep_ == "poss"
              for r in [_named(x, res)] if r is not None]
    if head is not None and head.kind == "Accord":
        head = next((r for r in owners if r.kind != "Accord"), head)
    if head is not None:
        return [head]
    owners += [r for x in o.children if x.dep_ == "prep" and x.lower_ == "by"
               for y in x.children if y.dep_ == "pobj" for r in [_named(y, res)]
               if r is not None]
    return owners[:1]


def topic_refs(preps: list[Token], res: Resolver) -> list[Ref]:
    """What a concern is about, from its over/about/by... phrases: the object itself when it
    names an entity ('over Iran'), else the owner of the topic ('about China's footprint in
    the Pacific'), else the first entity named inside ('over attacks in Benin, near X's
    border'), else the state a demonym names ('over visits by Chinese vessels')."""
    best: list[Ref] = []
    first: Token | None = None
    pair: list[Ref] = []  # "over relations between A and B": both sides
    for c in preps:
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            found = _noun_topic(o, res) or _qualifying_states(o, res)
            if found:
                return found
        aside = in_relative_clauses(c)
        for sub in c.subtree:  # (not in a relative clause: "..., which Nairobi fears")
            ref = _named(sub, res) if sub.i not in aside else None
            if ref is not None and ref not in best:
                if not best and sub.dep_ == "pobj" and sub.head.lower_ in ("between", "among"):
                    pair = [r for x in (sub, *sub.conjuncts)
                            if (r := _named(x, res)) is not None]
                first = first or sub
                best.append(ref)
    if len(pair) >= 2:
        return pair
    if not best:  # "by the move" (the last decision told); "over visits by Chinese
        # research vessels": only a demonym says whose
        return [r for c in preps for o in c.children if o.dep_ == "pobj"
                for r in decision_owner(o, res)][:1] or _demonym_doer(preps, res)
    more = [r for p in first.head.conjuncts if p.pos_ == "ADP" and first.dep_ == "pobj"
            for o in p.children if o.dep_ == "pobj" and (r := _named(o, res)) is not None
            ] if first is not None else []  # "the situation in the Sahel and in Libya"
    return best[:1] + [r for r in more if r not in best[:1]]


def _qualifying_states(o: Token, res: Resolver) -> list[Ref]:
    """'over increased Russian military activity (in the North Atlantic)', 'about flights by
    Chinese and Russian bombers': the states whose act the topic is, by its demonyms."""
    if o.lemma_ in PRIVATE_PEOPLE:
        return []  # "over Indian nationals detained in X": the state's people, not its act
    nouns = [o, *(y for x in o.children if x.dep_ == "prep" and x.lower_ == "by"
                  for y in x.children if y.dep_ == "pobj")]
    out: list[Ref] = []
    for a in (a for n in nouns for a in n.children if a.dep_ == "amod"):
        for x in (a, *a.conjuncts):
            if (ref := demonym_state(x, res)) is not None and ref not in out:
                out.append(ref)
    return out


def demonym_state(t: Token, res: Resolver) -> Ref | None:
    """The state a demonym names ('Russian'), read at the demonym's first word."""
    j = res.dm.owner[t.i]
    m = res.dm.mentions[j] if j >= 0 else None
    return Ref("Country", m.key) if m is not None and m.demonym and m.kind == "Country" and \
        m.start == t.i else None


def _demonym_doer(preps: list[Token], res: Resolver) -> list[Ref]:
    """The state a demonym in the topic names, the doer's ('by Chinese vessels') first."""
    found: list[tuple[bool, Ref]] = []
    for c in preps:
        for sub in c.subtree:
            if (ref := demonym_state(sub, res)) is not None:
                by = any(a.lower_ == "by" and a.dep_ in ("prep", "agent") for a in sub.ancestors
                         if a.i > c.i)
                found.append((by, ref))
    found.sort(key=lambda f: not f[0])  # (stable: text order within each)
    return [found[0][1]] if found else []


def concern_targets(heads: list[Token], res: Resolver) -> list[Ref]:
    """The thing a concern is about, from an over/about/by... phrase under any of ``heads``."""
    return topic_refs([c for h in heads for c in h.children
                       if c.dep_ in ("prep", "agent") and c.lower_ in _CONCERN_PREPS], res)


_WITH_CONCERN = words("concern alarm dismay regret apprehension unease worry disquiet")
_NOTE_VERBS = words("note view watch follow observe greet receive regard see monitor")


def with_concern_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X noted the withdrawal with concern', 'X views Y's drills with alarm': taking note
    of something with concern expresses concern about it (or about whose act it is)."""
    if tok.lower_ not in _WITH_CONCERN:
        return
    topics: list[Token] = []
    if tok.dep_ in ("compound", "amod") and tok.head.dep_ == "pobj" and \
            tok.doc[tok.i - 1].lower_ == "with":
        topics, tok = [tok.head], tok.head  # "noted with concern X's drills" (misparsed)
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return
    verb = tok.head.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":  # "noted the move with concern"
        verb = verb.head
    if verb.lemma_ not in _NOTE_VERBS or negated(verb) or hypothetical(verb):
        return
    srcs = _subjects(verb, res)
    tgts: list[Ref] = []
    for o in topics or [c for c in verb.children if c.dep_ == "dobj"]:
        tgts = _noun_topic(o, res) or [  # ('the Indian decision', 'a request from X')
            r for r in _owner(o, res) if r.kind in ("Country", "Person", "Organization")
        ] or decision_owner(o, res) or antecedent_owner(o, res)
        if not tgts:  # "the situation in Sudan": the last entity named inside
            named = [r for t in o.subtree if (r := _named(t, res)) is not None]
            tgts = named[-1:]
    _emit(out, R.EXPRESSED_CONCERN, srcs, [t for t in tgts if t not in srcs], tok, sent,
          confidence=0.6)


def concern_adjective_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X is deeply concerned about Y', 'X was alarmed by the fighting in Y', 'X remains
    worried over Y': the subject of the copula (or of the passive) expressed concern."""
    if tok.lower_ not in CONCERN_ADJECTIVES or negated(tok) or hypothetical(tok):
        return
    if tok.dep_ == "acomp":
        if negated(tok.head) or hypothetical(tok.head):
            return
        srcs = _subjects(tok.head, res)
    elif any(c.dep_ in ("nsubjpass", "nsubj") for c in tok.children):
        srcs = [r for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")
                for r in res.many(c)]
    else:
        return
    tgts = concern_targets([tok], res) or _feared_actor(
        [tok, *([tok.head] if tok.dep_ == "acomp" else [])], srcs, res)
    _emit(out, R.EXPRESSED_CONCERN, srcs, tgts, tok, sent, confidence=0.7)


def _feared_actor(heads: list[Token], srcs: list[Ref], res: Resolver) -> list[Ref]:
    """'X was worried that the accord would give Y control of X's ports': the first other
    state or person the that-clause names as its subject or object."""
    own = set(srcs)
    for r in srcs:
        info = res.people.persons.get(r.key) if r.kind == "Person" else None
        if info and info.country:
            own.add(Ref("Country", info.country))
    for h in heads:
        for c in h.children:
            if c.dep_ != "ccomp" or negated(c):
                continue
            for d in c.children:
                if d.dep_ in ("nsubj", "nsubjpass", "dative", "dobj"):
                    refs = [r for r in res.many(d, target=d.dep_.startswith("nsubj"))
                            or decision_owner(d, res)  # "that the move could erode X"
                            if r.kind in ("Country", "Person") and r not in own]
                    if refs:
                        return refs[:1]
    return []
