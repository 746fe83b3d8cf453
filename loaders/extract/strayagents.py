"""Agents of a passive that the parser hung elsewhere or the story told before.

'signed in X, with A and B each putting their names to it', 'a separate agreement was also
signed' (by the last two signers), 'signed at the close of the summit in X by A, B and C'
(a 'by' hung on the scene's noun); 'backed by A, as well as by B' (B too).
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.lexicon import VERB_RELATIONS
from dipgraph.loaders.extract.objects import noun_owner
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["added_agents", "also_signed", "issuers", "late_by", "owner_left", "watched_doers",
           "with_signers"]


#: Texts whose words are their issuers' acts: "issued a communique backing X".
_STATEMENTS = frozenset({"communique", "communiqué", "statement", "declaration", "letter",
                         "resolution", "note"})
_ISSUE = frozenset({"issue", "release", "publish", "adopt", "send", "sign", "deliver"})


def issuers(v: Token, res: Resolver) -> list[Ref]:
    """'A and B issued a joint communique backing X and condemning Y': the participle says
    what the text does, and the text speaks for whoever issued it."""
    u = v
    while u.dep_ == "conj" and u.head.i < u.i:
        u = u.head
    text = u.head
    if u.dep_ != "acl" or u.tag_ != "VBG" or text.lemma_ not in _STATEMENTS or \
            text.dep_ != "dobj" or text.head.lemma_ not in _ISSUE:
        return []
    author = [r for r in noun_owner(text, res)  # ("released a letter from X")
              if r.kind in ("Country", "Person", "Organization")]
    return author or [r for c in text.head.children if c.dep_ == "nsubj"
                      for r in res.many(c)]


#: Verbs of looking on: "watched A sign", "saw A and B put their names to it".
_LOOK_ON = frozenset({"watch", "see", "witness", "look"})


def watched_doers(v: Token, res: Resolver) -> list[Ref]:
    """'the leaders watched their ministers, A and B, put their signatures to X': the
    parser makes the bare infinitive a conjunct of 'watched'; its doers are the ones
    watched, not the onlookers."""
    up = v.head
    if v.dep_ != "conj" or v.tag_ != "VB" or up.lemma_ not in _LOOK_ON or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in v.children) or any(
            c.dep_ == "cc" and c.i < v.i for c in up.children):
        return []  # ("watched the ceremony and signed": the onlookers' own act)
    seen = [c for c in up.children if c.dep_ == "dobj" and c.i < v.i]
    return [r for c in seen for r in res.many(c)]


def with_signers(v: Token, res: Resolver) -> list[Ref]:
    """'The deal was signed in X, with A and B each putting their names to ...': A and B."""
    for c in (c for p in v.children if p.dep_ == "prep" and p.lower_ == "with"
              for c in p.children if c.dep_ == "pcomp"):
        if c.lemma_ == "sign" or (c.lemma_ == "put" and any(
                o.dep_ == "dobj" and o.lemma_ in ("name", "signature") for o in c.children)):
            return [r for s in c.children if s.dep_ == "nsubj" for r in res.many(s)
                    if r.kind in ("Person", "Country")]
    return []


def also_signed(v: Token, res: Resolver) -> list[Ref]:
    """'A separate agreement was also signed': by the two states that signed last."""
    last = res.state.doers.get("signing", [])
    if len(last) == 2 and VERB_RELATIONS.get(v.lemma_) == R.SIGNED and any(
            c.dep_ == "advmod" and c.lower_ == "also" for c in v.children) and any(
            c.dep_ == "nsubjpass" for c in v.children):
        return list(last)
    return []


#: Prepositions between a passive verb and a 'by' the parser hung too low: where, when, how
#: ("received with full military honours by X").
_SCENE_PREPS = frozenset({"at", "in", "on", "during", "of", "with"})


def late_by(v: Token, res: Resolver) -> list[Ref]:
    """'The treaty was signed at the close of the summit in X by A, Kazakh President B and
    C': a 'by' hung on the scene's noun; the run of names after it (not 'a proposal by X',
    nor a guest 'in the presence of' C)."""
    by = next((p for p in v.subtree if p.i > v.i and p.lower_ == "by" and p.dep_ == "prep"
               and p.head.pos_ in ("NOUN", "PROPN")), None)
    doc = v.doc
    if by is None or any(t.pos_ in ("VERB", "AUX") for t in doc[v.i + 1 : by.i]):
        return []
    up = by.head
    while up != v:  # only through the scene: "at the close of the summit in X"
        if up.dep_ == "prep" and up.lower_ not in _SCENE_PREPS:
            return []
        up = up.head
    dm = res.dm
    refs: list[Ref] = []
    for k in range(by.i + 1, v.sent.end):
        j = dm.owner[k]
        m = dm.mentions[j] if j >= 0 else None
        if m is None and not (doc[k].text in (",", "and") or doc[k].is_title):
            break  # (a list of names, titles, commas and 'and' only)
        if m is not None and m.end - 1 == k and m.kind in ("Person", "Country") and \
                not m.demonym and (ref := res.mention_ref(j, doc[k])) and ref not in refs:
            refs.append(ref)
    return refs


def added_agents(agent: Token, res: Resolver) -> list[Ref]:
    """'backed by A and B, as well as by neighbouring C': the agents a second 'by' adds
    after 'as well as' or 'and' (the parser hangs it as an agent or a plain 'by')."""
    out: list[Ref] = []
    v = agent.head
    for c in v.subtree:  # (on the verb, or on its 'as' read as a conjunction)
        if c.i > agent.i and c.lower_ == "by" and c.dep_ in ("agent", "prep") and \
                c.doc[c.i - 1].lower_ in ("as", "and") and (
                    c.head == v or (c.head.dep_ == "cc" and c.head.head == v)):
            out += next((refs for o in c.subtree if o.i > c.i and (refs := [
                r for r in res.many(o) if r.kind in ("Person", "Country", "Organization")])), [])
    return out


def owner_left(v: Token, res: Resolver) -> list[Ref]:
    """'Mali's convention with France was denounced on Monday': with no agent named, the
    state whose accord was ended is the one that left it."""
    formal = v.lemma_ == "denounce" and any(t.lower_ in ("note", "formally", "officially")
                                            for t in v.subtree)  # ("in a note verbale")
    if VERB_RELATIONS.get(v.lemma_) != R.WITHDREW_FROM and not formal:
        return []  # (a treaty formally denounced is one left; not "denounced at a rally")
    return [r for s in v.children if s.dep_ == "nsubjpass" and any(
        a.kind == "Accord" for a in res.one(s)) for c in s.children
            if c.dep_ == "poss" for r in res.many(c) if r.kind == "Country"]
