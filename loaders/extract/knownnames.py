"""Known office holders named in the text are people, whatever the NER made of them.

The small English model misses some names ("Yamandu Orsi" gets no label) or takes them
for bodies ("Santiago Pena" as an ORG). A run of capitalised words that spells, accents
and hyphens aside, the full name of a listed office holder (``officials.json``, two words
or more) is a Person candidate that outranks the NER's organisation or place.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.gazetteer import Gazetteer, person_key
from dipgraph.loaders.extract.spans import Mention

__all__ = ["KNOWN_PERSON_PRIORITY", "known_people"]

#: Above an organisation or country candidate (6), below accords (8, 9).
KNOWN_PERSON_PRIORITY = 7
_LONGEST = 7  # tokens: "Kassym - Jomart Tokayev", "Mohammed bin Abdulrahman Al Thani"


def known_people(doc: Doc, gaz: Gazetteer,
                 add: Callable[[int, int, int, Mention], None]) -> None:
    """Add a Person candidate for each listed office holder's full name in ``doc``."""
    for tok in doc_tokens(doc):
        if not tok.is_title or person_key(tok.text) not in gaz.official_firsts:
            continue
        for n in range(min(_LONGEST, len(doc) - tok.i), 1, -1):
            span = doc[tok.i : tok.i + n]
            if not span[-1].is_title or "\n" in span.text:
                continue
            if person_key(span.text) in gaz.official_names:
                text = span.text
                add(tok.i, tok.i + n, KNOWN_PERSON_PRIORITY,
                    Mention(tok.i, tok.i + n, "Person", text, text))
                break
