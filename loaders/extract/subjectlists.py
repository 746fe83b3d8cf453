"""Subjects listed before their verb that the parser tore apart: in "Uzbek President A,
Kyrgyz President B, Tajik President C and Turkmen President D signed the treaty" the model
may hang A on the verb as a bare noun phrase and C inside D's title, leaving D alone as
the subject. When everything before the subject is such a list of titled names, each
listed name is joined to the subject again."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.lexicon import TITLE_WORDS

__all__ = ["join_listed_subjects"]


def join_listed_subjects(doc: Doc) -> None:
    """Make each name listed before a person subject a conjunct of it, in place."""
    for subj in doc_tokens(doc):
        if subj.dep_ != "nsubj" or subj.ent_type_ != "PERSON" or subj.head.pos_ not in (
                "VERB", "AUX"):
            continue
        names = _listed_names(doc, subj)
        for name in names:
            name.head, name.dep_ = subj, "conj"


def _listed_names(doc: Doc, subj: Token) -> list[Token]:
    """The last words of the names listed from the sentence's start up to ``subj``'s name,
    when that stretch is only titled names, commas and an 'and' (else none)."""
    start, end = subj.sent.start, subj.i
    while end > start and doc[end].ent_iob_ == "I":
        end -= 1  # (the subject's own name)
    segments: list[list[Token]] = [[]]
    for tok in doc[start:end]:
        if tok.text == "," or tok.lower_ == "and":
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append(tok)
    own = segments.pop() if segments[-1] else []  # (the subject's title words)
    if len(segments) < 2 or not all(_titled_name(seg) for seg in segments) or not all(
            _title_word(t) for t in own):
        return []
    names = [seg[-1] for seg in segments]
    if any(n.i in {a.i for a in subj.ancestors} for n in names):
        return []  # (the subject hangs under a listed name: no tree to rebuild safely)
    return [n for n in names if n.dep_ != "conj" or n.head.i != subj.i]


def _titled_name(seg: list[Token]) -> bool:
    """A person's name, perhaps after a demonym and title words ("Tajik President C")."""
    k = len(seg)
    while k > 0 and seg[k - 1].ent_type_ == "PERSON" and seg[k - 1].is_title:
        k -= 1
    return k < len(seg) and all(_title_word(t) or t.ent_type_ == "PERSON" or t.text in (
        "'s", "\u2019s") for t in seg[:k])


def _title_word(tok: Token) -> bool:
    """A word of a title or the demonym before it ("Turkmen", "President")."""
    return tok.lower_ in TITLE_WORDS or tok.ent_type_ in ("NORP", "GPE") or \
        tok.lower_ in gazetteer().demonyms
