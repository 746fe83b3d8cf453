"""Envoys a state calls its own: "Venezuela recalled its ambassador X", "the Venezuelan
foreign ministry said it had called home ambassador X". The 'its' or 'their' before the
title, or the recall itself, makes X the acting state's envoy (or the envoy of the state
whose ministry acts), whatever a nearby state or the dateline suggested."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.lexicon import ENVOY_WORDS, GOV_NOUNS
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.owners import organ_state
from dipgraph.loaders.extract.persons import People

__all__ = ["own_envoys"]


def own_envoys(dm: DocMentions, people: People) -> None:
    """Give the envoy named after 'its/their <envoy title>' the state of the clause's
    subject (a state, or a state's ministry or government; 'it' after one that said so)."""
    for title in doc_tokens(dm.doc):
        if title.lower_ not in ENVOY_WORDS or not (_owned(title) or _recalled(title)):
            continue
        key = _named_after(dm, people, title)
        info = people.persons.get(key) if key else None
        if info is None or info.org is not None or (
                info.country is not None and info.office_conf > 0.6):
            continue
        state = _acting_state(dm, title)
        if state is not None:
            info.country, info.office_conf = state, 0.6


def _owned(title: Token) -> bool:
    """'its ambassador', 'their envoy'."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in title.children)


def _recalled(title: Token) -> bool:
    """'recalled ambassador X', 'called home ambassador X': only a state's own envoy is
    recalled (a summoned one is another state's)."""
    name = title.head if title.dep_ == "compound" else title
    verb = name.head
    return name.dep_ == "dobj" and verb.pos_ == "VERB" and (
        verb.lemma_ == "recall" or (verb.lemma_ == "call" and any(
            t.lower_ == "home" for t in verb.doc[verb.i + 1 : title.i])))


def _named_after(dm: DocMentions, people: People, title: Token) -> str | None:
    """The person named right after the title ('its ambassador Manuel X'), or in
    apposition to it ('its ambassador, Manuel X,')."""
    at = title.i + 1
    if at < len(dm.doc) and dm.doc[at].text == ",":
        at += 1
    j = dm.owner[at] if at < len(dm.doc) else -1
    return people.of_mention.get(j) if j >= 0 and dm.mentions[j].start == at else None


def _acting_state(dm: DocMentions, title: Token) -> str | None:
    """The state of the subject of the verb the title's phrase hangs on."""
    verb = title
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "it" and verb.dep_ in ("ccomp", "conj"):
        said = verb.head  # "the ministry said it had recalled its ambassador"
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    j = dm.owner[subj.i]
    m = dm.mentions[j] if j >= 0 else None
    if m is not None and m.kind == "Country":
        return m.key
    if m is not None and m.kind == "Organization":
        return organ_state(m)
    if subj.lemma_ in GOV_NOUNS:  # "the Venezuelan foreign ministry", "Peru's government"
        states = {dm.mentions[k].key for c in subj.children if c.dep_ in (
            "amod", "compound", "poss") and (k := dm.owner[c.i]) >= 0
            and dm.mentions[k].kind == "Country"}
        return states.pop() if len(states) == 1 else None
    return None
