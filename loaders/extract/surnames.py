"""Surnames alone: a one-word mention of a person the article names in full.

'Angus Houston ... Houston urged' (a name the NER or the city list took for a place or
body) and 'Starmer and German Chancellor Olaf Scholz, who ...' (a name the NER left out).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dipgraph.loaders.extract.dates import is_month
from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.gazetteer import Gazetteer
from dipgraph.loaders.extract.places import location_slot
from dipgraph.loaders.extract.spans import NAME_PREFIXES, Mention, is_name_token

__all__ = ["bare_surnames", "surname_forms", "surnames_as_people"]

#: Arabic articles a surname may carry or drop: "al-Sisi" is "Sisi" later.
_ARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-")

#: Entity types of words that are no surname there ('in May', 'a Rice harvest' aside).
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def surname_forms(last: str) -> set[str]:
    """The forms a last name takes alone: itself, and without its article ('al-Sisi':
    'Sisi')."""
    bare = next((last[len(a):] for a in _ARTICLES if last.lower().startswith(a)), "")
    return {last, bare} if bare[:1].isupper() else {last}


def surnames_as_people(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """'Varga, accompanied by aides, held talks': a one-word name the NER or the city
    list took for a place or body is the person of that surname the article names in full
    ('Angus Houston ... Houston urged'), unless it stands where a place stands ('in
    Houston')."""
    surnames = {s for m in mentions if m.kind == "Person" and len(m.text.split()) >= 2
                for s in surname_forms(m.text.split()[-1])}
    for m in mentions:
        if m.kind in ("Place", "Organization") and m.end - m.start == 1 and \
                m.text in surnames and m.text not in gaz.orgs and not (
                    m.text in gaz.cities and location_slot(doc[m.start])):
            m.kind, m.key = "Person", m.text


def bare_surnames(doc: Doc, mentions: list[Mention], owner: list[int],
                   in_body: list[bool]) -> list[int]:
    """'Starmer and German Chancellor Olaf Scholz, who ...', 'by Dr Abiy': a lone
    capitalised word the NER left out or took for an unknown body, which is the surname of
    a person the article names in full (or any of his names after an honorific), is that
    person (not when it runs into another name)."""
    full = [m.text.split() for m in mentions if m.kind == "Person" and len(m.text.split()) >= 2]
    surnames = {s for words in full for s in surname_forms(words[-1])}
    parts = {w for words in full for w in words if w[:1].isupper()}

    def honorific(i: int) -> bool:
        return i >= 0 and doc[i].lower_.rstrip(".") in NAME_PREFIXES

    return [t.i for t in doc_tokens(doc) if owner[t.i] < 0 and in_body[t.i] and t.is_title
            and t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in _NOT_NAMES
            and not is_month(t.text)
            and (t.text in surnames or (t.text in parts and honorific(t.i - 1)))
            and not (t.i > 0 and is_name_token(doc[t.i - 1]) and not honorific(t.i - 1))
            and not (t.i + 1 < len(doc) and is_name_token(doc[t.i + 1]))]
