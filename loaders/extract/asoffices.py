"""Offices told with 'as': "her first visit to Slovenia as Austria's foreign minister".

A person's office is often given in passing, after 'as' in a phrase about them: "X
arrives as Austria's foreign minister", "Her first visit ... as Austria's foreign
minister". The office belongs to the named subject of the verb 'as' hangs on, or, for
"his/her <noun> as ...", to the one person the sentence (else the sentence before)
names; with two candidates, to no one. Not "leaders such as German Chancellor X", nor
"as Germany's chancellor, X" (his name follows), nor a past office.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.lexicon import APPOINT_VERBS, TITLE_HEADS, TITLE_WORDS
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.spans import possessive

__all__ = ["as_offices"]

#: Words that make the office a past or hoped-for one: "as former minister", "as a
#: candidate for president".
_NOT_HELD = frozenset({"former", "ex", "then", "candidate", "future", "next", "acting"})


#: Verbs and nouns of putting someone in an office: "elected X as", "the election of X as".
_CHOOSE = APPOINT_VERBS | {"elect", "choose", "confirm", "install"}
#: Verbs whose passive subject takes the office: "X was chosen / sworn in as president".
_TAKING = _CHOOSE | {"swear", "inaugurate"}
_CHOICES = frozenset({"election", "appointment", "nomination", "confirmation"})


def as_offices(dm: DocMentions) -> dict[int, tuple[list[str], int]]:
    """Person mention index -> (title words, mention index of the state) for each
    "as <State>'s <title>" or "as <demonym> <title>" the text gives in passing."""
    doc = dm.doc
    found: dict[int, tuple[list[str], int]] = {}
    for tok in doc_tokens(doc):
        if tok.lower_ != "as" or tok.i + 3 >= len(doc) or not dm.in_body[tok.i] or (
                tok.i > 0 and doc[tok.i - 1].lower_ in ("such", "well", "same", "just")):
            continue  # (not "leaders such as German Chancellor X")
        k = tok.i + 1
        j = dm.owner[k]
        if j < 0 or dm.mentions[j].kind != "Country":
            continue
        k = dm.mentions[j].end
        if k < len(doc) and possessive(doc[k]):
            k += 1
        elif not dm.mentions[j].demonym:
            continue  # ("as Austria said": no office)
        words: list[str] = []
        while k < len(doc) and doc[k].lower_ in TITLE_WORDS and dm.owner[k] < 0 and len(words) < 5:
            words.append(doc[k].text)
            k += 1
        k += k < len(doc) and doc[k].text == ","
        if not words or words[-1].lower() not in TITLE_HEADS or any(
                w.lower() in _NOT_HELD for w in words) or (
                k < len(doc) and dm.owner[k] >= 0 and dm.mentions[dm.owner[k]].kind == "Person"):
            continue  # (not "as Germany's chancellor, Friedrich Merz": his name follows)
        person = _about(dm, tok)
        if person is not None and person not in found:
            found[person] = (words, j)
    return found


def _about(dm: DocMentions, tok: Token) -> int | None:
    """The person mention the 'as' phrase at ``tok`` is about: the named subject of the
    verb it hangs on (in the present or perfect: not "who sent troops as prime minister
    in 2003"; a passive one only when chosen or sworn in: "X was sworn in as", not "X was
    replaced as"), or, for a noun with his/her ("her first visit as ..."), the one person the
    sentence (or, if it names none, the sentence before) names."""
    doc = dm.doc
    head = tok.head
    objects = [c for c in head.children if c.dep_ == "dobj" and head.lemma_ in _CHOOSE] + [
        o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and
        head.lemma_ in _CHOICES for o in c.children if o.dep_ == "pobj"]
    chosen = [dm.owner[t.i] for o in objects for t in (
        o, *(a for a in o.children if a.dep_ == "appos")) if _person(dm, t.i)]
    # (the object itself: not "Raila Odinga" of "appointed Raila Odinga's ally X as")
    if not chosen and _person(dm, head.i) and tok.i > head.i and any(
            t.lemma_ in _CHOOSE or t.lower_ in _CHOICES
            for t in doc[max(0, dm.mentions[dm.owner[head.i]].start - 6) : head.i]):
        chosen = [dm.owner[head.i]]  # ("the election on Thursday of X as ...": the parser
        # hangs the 'as' on the name)
    if chosen:
        return chosen[0]  # "elected X as Lebanon's president", "the election of X as ..."
    if head.pos_ in ("VERB", "AUX"):
        if head.dep_ in ("relcl", "advcl") and head.tag_ == "VBD":
            return None
        people = [dm.owner[t.i] for c in head.children if c.dep_ == "nsubj" or (
            c.dep_ == "nsubjpass" and head.lemma_ in _TAKING)
                  for t in c.subtree if _person(dm, t.i)]  # ("X was sworn in as ...", not
        # "X was ousted as ...")
        return people[0] if people else None
    if head.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
        return None
    sent = tok.sent
    named = sorted({dm.owner[i] for i in range(sent.start, tok.i) if _person(dm, i)})
    if not named and sent.start > 0:
        prev = doc[sent.start - 1].sent
        named = sorted({dm.owner[i] for i in range(prev.start, prev.end) if _person(dm, i)})
    return named[0] if len(named) == 1 else None


def _person(dm: DocMentions, i: int) -> bool:
    return (m := dm.at(i)) is not None and m.kind == "Person"
