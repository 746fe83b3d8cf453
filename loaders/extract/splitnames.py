"""Persons whose names the NER splits.

"President Joko \"Jokowi\" Widodo", "Ferdinand \"Bongbong\" Marcos Jr.": the NER splits
such a name at the quotes; :func:`nicknamed_persons` adds the person, named without it.
"Minister Kang Do-hyung", "Ahn Duk-geun": a Korean given name's lowercase second syllable
ends the NER's name early; :func:`hyphenated_persons` adds the whole name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.spans import (
    HYPHENED,
    Mention,
    is_name_token,
    name_after,
    prefix_word,
    title_word,
)

__all__ = ["hyphenated_persons", "nicknamed_persons"]

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
