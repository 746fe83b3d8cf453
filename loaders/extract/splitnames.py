"""Persons whose names the NER splits.

"President Joko \"Jokowi\" Widodo", "Ferdinand \"Bongbong\" Marcos Jr.": the NER splits
such a name at the quotes; :func:`nicknamed_persons` adds the person, named without it.
"Minister Kang Do-hyung", "Ahn Duk-geun": a Korean given name's lowercase second syllable
ends the NER's name early; :func:`hyphenated_persons` adds the whole name. "Abdul Karim" +
"Islam Chowdhury" cut in two, or "al-Burhan and Dagalo" run together: :func:`joined_names`
mends the NER's entities.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.spans import (
    HYPHENED,
    Mention,
    is_name_token,
    name_after,
    prefix_word,
    title_word,
)

__all__ = ["hyphenated_persons", "joined_names", "nicknamed_persons"]

_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def nicknamed_persons(doc: Doc, add: object) -> None:
    """'President Joko "Jokowi" Widodo', 'Ferdinand "Bongbong" Marcos Jr.': a quoted nickname
    inside a name; the person is the name without it."""
    assert callable(add)
    for tok in doc_tokens(doc):
        k = tok.i
        if tok.text not in _QUOTES or k < 1 or k + 3 >= len(doc) or \
                doc[k + 2].text not in _QUOTES or not is_name_token(doc[k - 1]) or \
                not doc[k + 1].is_title or not is_name_token(doc[k + 3]):
            continue
        s = k - 1
        while s > 0 and is_name_token(doc[s - 1]) and not prefix_word(doc[s - 1]) and \
                not title_word(doc[s - 1]):
            s -= 1
        after = name_after(doc, k + 3)
        if after is None or prefix_word(doc[s]):
            continue
        text = f"{doc[s:k].text} {doc[after[0] : after[1]].text}"
        add(s, after[1], 6, Mention(s, after[1], "Person", text, text))


def hyphenated_persons(doc: Doc, add: object) -> None:
    """'Kang Do-hyung', 'Ahn Duk-geun': a short capitalised surname, then a given name of
    two syllables joined by a hyphen, the second in lower case."""
    assert callable(add)
    for tok in doc_tokens(doc):
        k = tok.i
        if k < 1 or k + 2 >= len(doc) or doc[k + 1].text != "-" or tok.whitespace_ or \
                doc[k + 1].whitespace_ or not (tok.is_title and tok.is_alpha and
                                               2 <= len(tok) <= 4):
            continue
        tail, surname = doc[k + 2], doc[k - 1]
        if not (tail.is_lower and tail.is_alpha and 2 <= len(tail) <= 5) or \
                tail.tag_ in ("VBN", "VBD", "VBG") or tail.lower_ in HYPHENED or not (
                surname.is_title and surname.is_alpha and len(surname) <= 5 and
                surname.pos_ == "PROPN" and not surname.is_stop and
                not title_word(surname) and not prefix_word(surname) and not title_word(tail)):
            continue
        text = doc[k - 1 : k + 3].text
        add(k - 1, k + 3, 6, Mention(k - 1, k + 3, "Person", text, text))


def joined_names(doc: Doc) -> list[Span]:
    """The NER's entities, with a person's name it cut in two made whole again ('Abdul
    Karim' + 'Islam Chowdhury': two names never touch without a comma or 'and'), two it
    ran together over 'and' split (:func:`_split_pair`), and a
    body's name it cut at its state made whole when an acronym follows ('the UN Mission'
    + 'in' + 'South Sudan' + '(UNMISS)')."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and \
                prev.end == ent.start and all(t.is_title for t in (*prev, *ent)):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        elif prev is not None and prev.label_ == "ORG" and ent.label_ == "GPE" and \
                prev.end + 1 == ent.start and doc[prev.end].lower_ in ("in", "for", "to") and \
                doc[ent.end : ent.end + 1].text == "(" and \
                doc[ent.end + 1 : ent.end + 2].text.isupper() and \
                doc[ent.end + 2 : ent.end + 3].text == ")" and \
                doc[ent.end + 1].text[0] == prev[prev[0].lower_ == "the"].text[0]:
            # (the acronym is the body's: not "the World Bank in the DRC (DRC)")
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
        else:
            out += _split_pair(ent)
    return out


def _split_pair(ent: Span) -> list[Span]:
    """'met al-Burhan and Dagalo': the NER's one PERSON over two names joined by 'and' is
    two persons (each part ends in a capitalised name word)."""
    doc = ent.doc
    ands = [t.i for t in ent if t.lower_ == "and"]
    if ent.label_ != "PERSON" or len(ands) != 1 or not ent.start < ands[0] < ent.end - 1 or \
            not doc[ands[0] - 1].is_title or not doc[ent.end - 1].is_title:
        return [ent]
    return [Span(doc, ent.start, ands[0], label="PERSON"),
            Span(doc, ands[0] + 1, ent.end, label="PERSON")]
