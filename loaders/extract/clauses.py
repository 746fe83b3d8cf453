"""Clause-level helpers shared by the verb and noun rules.

Who acts (subjects, passive agents, the owner of a noun, a misparsed left
neighbour), on whom (objects, prepositional objects), where (an 'in/at' place),
how (phone, video, in person), and whether the act is real (negation,
hypothetical and planned acts). ``RawFact`` is what the rules produce.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.loaders.extract.lexicon import HYPOTHETICAL_MODS
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["R", "RawFact"]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())




R = RelationType
_CONTROL = _words(
    "plan hope seek want consider intend postpone expect aim try wish invite invitation "
    "ask urge request encourage proposal offer bid intention readiness"
)


@dataclass
class RawFact:
    """A relation found in one sentence, before entities get their ids."""

    rel: RelationType
    source: Ref
    target: Ref
    anchor: int
    sent: Span
    place: Ref | None = None
    mode: str | None = None
    what: str | None = None
    confidence: float = 0.8
    group: tuple[Ref, ...] = field(default_factory=tuple)


def _allowed(rel: RelationType, a: Ref, b: Ref) -> bool:
    info = RELATIONS[rel]
    return a != b and a.kind in info.source_types and b.kind in info.target_types


def _negated(v: Token) -> bool:
    t: Token | None = v
    for _ in range(3):
        if t is None:
            break
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "conj"):
            break
        t = t.head
    return False


def _hypothetical(v: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODS for c in v.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODS for c in v.children):
        return True
    if v.dep_ in ("xcomp", "dobj", "pobj", "acl") and v.head.lemma_ in _CONTROL:
        performative = v.head.lemma_ in ("want", "wish") and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in v.head.children)
        return not performative
    return v.dep_ == "pobj" and v.head.head.lemma_ in _CONTROL


def _left_neighbour(v: Token, res: Resolver) -> list[Ref]:
    """Misparsed clauses ('as X and Y executed ...'): the entity right before the verb."""
    i = v.i - 1
    while i >= 0 and v.doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    if i < 0 or res.dm.owner[i] < 0:
        return []
    tok = v.doc[i]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return res.many(tok)


def _subjects(v: Token, res: Resolver) -> list[Ref]:
    refs = _subjects_parse(v, res)
    return refs or _left_neighbour(v, res)


def _subjects_parse(v: Token, res: Resolver) -> list[Ref]:
    t = v
    for _ in range(4):
        agent = [c for c in t.children if c.dep_ == "agent"]
        if agent:
            objs = [o for o in agent[0].children if o.dep_ == "pobj"]
            refs = res.many(objs[0]) if objs else []
            if refs:
                return refs
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        for c in subj:
            if c.lower_ in ("who", "which", "that") and t.dep_ == "relcl":
                c = t.head  # "X, who arrived in Manila on Monday, ...": the antecedent
            refs = res.many(c)
            if not refs or all(r.kind == "Place" for r in refs):
                # "GENEVA (AP) - Chile and Peru agreed": a dateline parsed as the subject.
                refs = [r for a in c.children if a.dep_ == "appos" for r in res.many(a)
                        if r.kind in ("Country", "Person")] or refs
            if refs:
                return refs
        if subj:
            return []
        agent = [c for c in t.children if c.dep_ == "agent"]
        if agent and any(c.dep_ == "nsubjpass" for c in t.children):
            objs = [o for o in agent[0].children if o.dep_ == "pobj"]
            return res.many(objs[0]) if objs else []
        if t.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp") and t.head != t:
            t = t.head
            if t.pos_ == "ADP":
                t = t.head
            continue
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
            return _owner(t.head, res)
        break
    return []


def _owner(noun: Token, res: Resolver) -> list[Ref]:
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
    for c in noun.children:
        if c.dep_ in ("amod", "compound"):
            refs = res.one(c, demonym=True)
            if refs:
                return refs
    return []


def _pobjs(tok: Token, preps: tuple[str, ...], res: Resolver, *, deep: bool = True) -> list[Ref]:
    out: list[Ref] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            objs = [o for o in c.children if o.dep_ == "pobj"] or [
                o for p in c.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj"]  # "pulled out of X"
            for o in objs:
                if o.lower_ != "part":
                    out += res.many(o, target=deep)
    return out


def _objects(v: Token, res: Resolver) -> list[Ref]:
    out: list[Ref] = []
    for c in v.children:
        if c.dep_ in ("dobj", "nsubjpass", "dative", "attr"):
            out += res.many(c, target=True)
    return out


def _phrase(tok: Token) -> list[Token]:
    """A noun phrase's tokens without the clauses embedded in it."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "ccomp", "advcl", "prep") and c.pos_ != "VERB":
            out += _phrase(c)
    return out


def _venue(tokens: Iterable[Token], res: Resolver) -> Ref | None:
    """The first Place (or capital, as a venue) mentioned among ``tokens``."""
    for sub in tokens:
        j = res.dm.owner[sub.i]
        if j >= 0:
            m = res.dm.mentions[j]
            if m.kind == "Place" or (m.kind == "Country" and m.capital):
                name = m.key if m.kind == "Place" else m.text.title() \
                    if m.text.isupper() else m.text
                return Ref("Place", name)
    return None


def _place(tok: Token, res: Resolver) -> Ref | None:
    """Where an act happens: an 'in/at' phrase on the verb or noun, or on its object."""
    objects = [*[c for c in tok.children if c.dep_ == "dobj"],
               *[o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                 for o in c.children if o.dep_ == "pobj"]]
    # "met with his counterpart X in Busan": the venue may hang from the apposition
    # or a conjunct of the object rather than from the verb.
    heads = [tok, *[d for o in objects for d in _phrase(o)]]
    for c in [c for h in heads for c in h.children]:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            found = _venue(c.subtree, res)
            if found:
                return found
    # The parser sometimes hangs "X in Busan" on a later clause: take the first
    # 'in/at' phrase after the act, before any other verb of the sentence.
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "relcl":
            break
        if t.lower_ in ("in", "at") and t.dep_ == "prep":
            found = _venue(t.subtree, res)
            if found:
                return found
    return None


def _mode(tok: Token) -> str:
    words = {t.lower_ for t in tok.subtree}
    if words & {"phone", "telephone", "call"}:
        return "phone"
    if words & {"video", "virtual", "videoconference"}:
        return "video"
    return "in_person"


def _emit(out: list[RawFact], rel: RelationType, srcs: list[Ref], tgts: list[Ref],
          anchor: Token, sent: Span, **kw: object) -> None:
    for a in srcs:
        for b in tgts:
            if rel == R.CRITICIZED and b.kind == "Accord" and anchor.lemma_ == "denounce":
                out.append(RawFact(R.WITHDREW_FROM, a, b, anchor.i, sent, confidence=0.7))
                continue
            if _allowed(rel, a, b):
                out.append(RawFact(rel, a, b, anchor.i, sent, **kw))  # type: ignore[arg-type]


def _pairwise(out: list[RawFact], rel: RelationType, refs: list[Ref], anchor: Token,
              sent: Span, **kw: object) -> None:
    for i, a in enumerate(refs):
        for b in refs[i + 1 :]:
            if _allowed(rel, a, b):
                out.append(RawFact(rel, a, b, anchor.i, sent, group=tuple(refs), **kw))  # type: ignore[arg-type]
