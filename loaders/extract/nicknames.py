"""Persons named with a quoted nickname inside the name.

"President Joko \"Jokowi\" Widodo", "Ferdinand \"Bongbong\" Marcos Jr.": the NER splits
such a name at the quotes; :func:`nicknamed_persons` adds the person, named without it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.spans import (
    Mention,
    is_name_token,
    name_after,
    prefix_word,
    title_word,
)

__all__ = ["nicknamed_persons"]

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
