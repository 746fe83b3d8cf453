"""Where a name the NER found really starts and ends, and what it is.

The NER's spans run too far ("State for External Affairs Pabitra Margherita", "Eleni
Pavlou of Cyprus") or stop short ("Anna van der" + "Berg", "King Mohammed" + "VI"); a
name it labels a place or body may be a person's ("Ana Souza, Brazil's foreign
minister"). :func:`ner_bounds` mends the span and label before the name is typed.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.extract.gazetteer import Gazetteer
from dipgraph.loaders.extract.lexicon import GOV_NOUNS, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_WORDS
from dipgraph.loaders.extract.namewords import NAMED_FOR_HEADS, TIME_ZONES
from dipgraph.loaders.extract.spans import (
    HYPHENED,
    NAME_PREFIXES,
    ORG_NAME_HEADS,
    PARTICLES,
    SUFFIXES,
    TITLE_OBJECTS,
    body_of_state,
    is_name_token,
    name_tokens,
    plural_title,
    possessive,
    prefix_word,
)

__all__ = ["acronym", "given_name", "ner_bounds", "portfolio_end", "title_after", "who_follows"]


#: Offices the NER may take for a name.
_OFFICE_NAMES = frozenset({"heads of state", "head of state", "heads of government",
                           "head of government", "heads of state and government"})



#: Forms of address only a person's name follows ("H.E. X", "Mr. X"), unlike "Prince"
#: or "General", which may open a body's or a place's name.
_ADDRESS = frozenset({"mr", "mrs", "ms", "dr", "h.e", "excellency"})  # (not "Hon Hai")
#: Words joining an Arabic name's lineage: "X bin Y bin Z" is one name the NER may split.
_LINEAGE = frozenset({"bin", "bint", "ibn"})


def ner_bounds(ent: Span, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """(start, end, NER label) of the name in the NER's span ``ent``, mended; None when the
    span holds no name (a title alone)."""
    label = ent.label_
    doc = ent.doc
    if ent.text.lower().removeprefix("the ") in _OFFICE_NAMES or ent.text in TIME_ZONES:
        return None  # "the two Heads of State": an office, no name; "18:40 CET": a clock
    if label == "ORG" and ent.end - ent.start >= 2 and doc[ent.start].tag_ == "PRP$":
        ent = doc[ent.start + 1 : ent.end]  # "Its Foreign Ministry": 'its' names no body
    for k in range(ent.start, ent.end):
        if ent.doc[k].text == "(" and k > ent.start:
            ent = ent.doc[ent.start : k]
            break
        if ent.doc[k].text == "with" and k > ent.start and k + 1 < ent.end and (
                ent.doc[k + 1].lower_ in gaz.demonyms or ent.doc[k + 1].lower_ in TITLE_HEADS
                or ent.doc[k + 1 : ent.end].text in gaz.orgs):  # ("Kyiv with European Council")
            ent = ent.doc[ent.start : k]  # "met at the Department of State with Bahraini
            break  # Crown Prince X": the NER ran the place into whom it was met with
    verb = next((k for k in range(ent.start + 1, ent.end - 1) if doc[k].is_lower and
                 doc[k].tag_ in ("VBD", "VBZ", "VBP")), None) if label == "ORG" else None
    if verb is not None:
        ent = doc[verb + 1 : ent.end]  # "Fico met European Commission (President X)": the
        # NER ran the clause's subject and verb into the body named after them
    if label in ("ORG", "PERSON") and ent.end - ent.start > 2 and \
            doc[ent.start + 1].text == "," and gaz.place_country(doc[ent.start].text) is not None:
        ent = doc[ent.start + 2 : ent.end]  # "In Abuja, ECOWAS Commission President X": the
        # place the sentence opens in is no part of the name after it
    if label == "ORG" and ent.start + 2 < ent.end and doc[ent.start + 1].lower_ == "and" and \
            doc[ent.start + 2 : ent.end].text in gaz.orgs and doc[ent.start].text not in gaz.orgs:
        ent = doc[ent.start + 2 : ent.end]  # "by Aliyev and European Commission (President X)":
        # the NER ran the name before 'and' into the known body after it
    if label == "ORG" and any(doc[k].lower_ == "and" and doc[k + 1 : ent.end].text in gaz.orgs
                              and k - ent.start >= 3 and _person_pair(doc[k - 2 : k])
                              for k in range(ent.start + 1, ent.end - 1)):
        return None  # "the Republic Nikos Christodoulides and European Commission": the
        # NER ran a person's name and its 'and' into a known body's (the gazetteer finds it)
    if label in ("ORG", "GPE", "LOC") and (named := _past_state(ent, gaz)) is not None:
        return *named, "PERSON"
    if label in ("ORG", "GPE", "NORP", "LOC") and ent.end - ent.start >= 3 and \
            doc[ent.start].lower_.rstrip(".") in _ADDRESS and \
            all(is_name_token(t) or prefix_word(t) for t in doc[ent.start + 1 : ent.end]):
        label = "PERSON"  # "..., H.E. Dominique Dupuy,": a form of address opens a name
    dash = next((k for k in range(ent.start + 1, ent.end - 2) if doc[k].text in (
        "-", "\u2013", "\u2014") and doc[k - 1].whitespace_ and doc[k].whitespace_), None)
    if dash is not None and doc[ent.start : dash].text in gaz.country_names and all(
            is_name_token(t) for t in doc[dash + 1 : ent.end]):
        return dash + 1, ent.end, "PERSON"  # "from A, B and Niger - X Y, ...": the NER ran
        # the last listed state over the dash into the first name listed after it
    if label in ("ORG", "GPE", "NORP", "LOC") and (past := _past_portfolio(ent)) is not None:
        return past, ent.end, "PERSON"
    if label == "PERSON" and ent.start >= 3 and (doc[ent.start].lower_ in TITLE_HEADS or
                                                 prefix_word(doc[ent.start])) and \
            doc[ent.start - 1].lower_ == "and" and \
            doc[ent.start - 2].lower_ in TITLE_HEADS and doc[ent.start - 3].lower_ == "the" and \
            ent.end < len(doc) and doc[ent.end].lower_ == "of":
        return None  # "the Sultan and Yang Di-Pertuan of Brunei": a second title, no name
    if label == "PERSON" and ent.start > 0 and doc[ent.start].lower_ in _LINEAGE and \
            doc[ent.start - 1].ent_type_ == "PERSON":
        return None  # "Mohammed bin Abdulrahman" + "bin Jassim Al-Thani": the one name's tail
    rng = name_tokens(ent)
    if rng is None:
        return None
    s, e = rng
    while label == "PERSON" and e + 1 < len(doc) and doc[e].lower_ in _LINEAGE and \
            doc[e].ent_type_ == "PERSON" and doc[e].ent_iob_ == "B":
        e += 1  # (... and the tail joined back on)
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
    if label == "PERSON" and e - s >= 3 and s > 0 and doc[s - 1].lower_ in ("of", "for") and \
            doc[s].lower_ in TITLE_OBJECTS:
        s += 1  # "Secretary of State Li Wei": the title's object is no part of the name
    while label == "PERSON" and e < len(doc) and doc[e - 1].lower_ in PARTICLES and \
            is_name_token(doc[e]):
        e += 1  # "Anna van der" + "Berg": the NER stopped inside the particles
    if label == "PERSON" and e < len(doc) and doc[e].text in SUFFIXES and doc[e - 1].is_title:
        e += 1  # "King Mohammed" + "VI": the NER stopped before the regnal number
    if label == "PERSON" and e + 1 < len(doc) and doc[e].text == "," and \
            doc[e + 1].text in SUFFIXES and doc[e + 1].text[0] in "JS":
        e += 2  # "Gilberto C. Teodoro, Jr.": a generational suffix after a comma
    if label == "PERSON" and e + 1 < len(doc) and doc[e].text == "-" and doc[e + 1].is_lower \
            and doc[e + 1].is_alpha and len(doc[e + 1]) <= 6 and not doc[e - 1].whitespace_ \
            and not doc[e].whitespace_ and doc[e + 1].lower_ not in HYPHENED:
        e += 2  # "Park Yoon" + "-joo": the NER stopped inside a hyphenated given name
    if label == "PERSON" and body_of_state(doc, s):
        label = "ORG"  # "chairman of Turkmenistan's Milli Gengesh": a state's body
    if label == "PERSON" and s > 0 and given_name(doc[s - 1], e) and \
            not _named_before(doc, s, gaz):
        s -= 1  # "Hamid Rafi Osman": the NER dropped the untagged first name
        if s > 0 and e - s == 3 and given_name(doc[s - 1], e) and \
                not _named_before(doc, s, gaz):
            s -= 1  # "Maria Angela Holguin Cuellar": both given names of four
    elif label in ("GPE", "LOC", "ORG", "NORP") and s > 0 and given_name(doc[s - 1], e) and \
            (title_after(doc, e) or who_follows(doc[s:e])) and \
            doc[s:e].text not in gaz.country_names:
        s, label = s - 1, "PERSON"  # "Ana Souza, Brazil's foreign minister": a surname
    if e + 3 < len(doc) and doc[e].text == doc[e + 2].text == "-" and doc[e + 1].is_lower \
            and len(doc[e + 1]) <= 3 and doc[e + 3].is_title and \
            not any(t.whitespace_ for t in doc[e - 1 : e + 3]):
        e += 4  # "Bandar-e-Anzali", "Dar-es-Salaam": the NER stopped at the particle
    for k in range(s + 2, e - 1):
        # "Eleni Pavlou of Cyprus" (ORG): a name, then the state it is of
        if doc[k].lower_ == "of" and doc[k + 1 : e].text in gaz.country_names and \
                doc[k - 1].lower_ not in ORG_NAME_HEADS and label in ("ORG", "PERSON"):
            e = k
            break
    if label == "ORG" and e - s >= 2 and doc[e - 1].lower_ == "party" and \
            doc[e - 1].is_lower and acronym(doc[s : e - 1]):
        e -= 1  # "the SDP-BHS party": the party's name is the acronym
    return s, e, label


#: Last words of a portfolio or a body a title's object ends in ("for European
#: Integration", "of the Sovereignty Council").
_TITLE_OBJECT_HEADS = PORTFOLIO_WORDS | ORG_NAME_HEADS
#: Words of bodies and titles, none of a person's name.
_NO_NAME = ORG_NAME_HEADS | PORTFOLIO_WORDS | TITLE_WORDS | {"of", "subcommittee", "force",
                                                            "command"}


def _named_before(doc: Doc, s: int, gaz: Gazetteer) -> bool:
    """Whether a known state's or body's name ends right before token ``s``: "Secretary-
    General of the United Nations" + "Antonio Guterres", "Special Envoy for Sudan" + "X Y"
    (a one-word state after a preposition only: "Jordan" may be a given name)."""
    def known(text: str) -> bool:
        return text in gaz.orgs or text in gaz.country_names

    return any(known(doc[s - n : s].text) for n in range(2, min(s, 4) + 1)) or (
        s > 1 and doc[s - 2].lower_ in ("for", "of", "to", "in") and known(doc[s - 1].text))


def _of_state(doc: Doc, s: int, k: int, gaz: Gazetteer) -> bool:
    """Whether the body name ``doc[s:k]`` ends in 'of <state>' ("the Sovereignty Council
    of Sudan")."""
    return any(doc[k - n - 1].lower_ == "of" and doc[k - n : k].text in gaz.country_names
               for n in range(1, min(4, k - s)))


def _name_word(t: Token) -> bool:
    return t.text == "-" or t.text in PARTICLES or (is_name_token(t) and t.is_alpha and
                                                    t.lower_ not in _NO_NAME)


def _past_state(ent: Span, gaz: Gazetteer) -> tuple[int, int] | None:
    """Where the name starts and ends in "(President of) the People's Republic of China Xi
    Jinping" or "(Vice President of) the National Assembly Ruben Rubinyan", a span the NER
    ran from a title's state or body into the name after it: the state's or body's name,
    then two or more capitalised words that are none (the last may be past the span: "the
    Republic of Türkiye Recep" + "Tayyip Erdogan")."""
    doc = ent.doc
    s = ent.start + (doc[ent.start].lower_ == "the")
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "to") or \
            doc[ent.start - 2].lower_ not in TITLE_HEADS:
        return None  # (also "Permanent Representative to" + "the UN Al-Harith Mohamed")
    end = ent.end
    while end < len(doc) and not doc[end].ent_type_ and _name_word(doc[end]):
        end += 1
    for k in range(min(ent.end, end - 1) - 1, s, -1):
        if (doc[s:k].text in gaz.country_names or doc[s:k].text in gaz.orgs or
                doc[k - 1].lower_ in ORG_NAME_HEADS or _of_state(doc, s, k, gaz)) and all(
                _name_word(t) for t in doc[k:end]):  # (not "... Congress Standing Committee",
            return k, end  # "the Central Bank Of Kenya X", "the Assembly Foreign Affairs
    return None  # Subcommittee")


def portfolio_end(doc: Doc, k: int, end: int | None = None) -> int:
    """Where the title words from ``k`` end: 'of State for External Affairs' (then a name)."""
    end = len(doc) if end is None else end
    while k < end and (doc[k].lower_ in ("of", "for", "and", "the", "&") or (
            doc[k].is_title and (doc[k].lower_ in TITLE_WORDS or doc[k].lower_ in TITLE_OBJECTS
                                 or doc[k].lower_ in _TITLE_OBJECT_HEADS or
                                 doc[k + 1 : k + 2].text.lower() in _TITLE_OBJECT_HEADS))):
        k += 1  # (also a portfolio's modifier, "for European Integration", and a body, "of
        # the Sovereignty Council")
    return k


def _past_portfolio(ent: Span) -> int | None:
    """Where a person's name starts in a span the NER took for a body: a title's portfolio
    and then the name ('[Minister of] State for External Affairs Pabitra Margherita')."""
    doc = ent.doc
    k, end = portfolio_end(doc, ent.start, ent.end), ent.end
    titled = any(t.lower_ in TITLE_HEADS for t in doc[max(0, ent.start - 3) : k])
    after_of = ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "for")
    if k == ent.start or not titled or not doc[k - 1].is_title or not (
            after_of or doc[ent.start].lower_ in TITLE_HEADS):
        return None  # (the portfolio ends in its noun: not "Minister for" + "International
        # Development")
    name = doc[k:end]
    if len(name) < 2 or not all(is_name_token(t) and t.lower_ not in TITLE_WORDS for t in name) \
            or name[-1].lower_ in ORG_NAME_HEADS or name[-1].lower_ in NAMED_FOR_HEADS:
        return None  # (not "King Mswati III International Airport": a place named for him)
    return k


#: A given name written in camel case: "MaryKay", "JoAnne", "DeShawn".
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def given_name(tok: Token, end: int) -> bool:
    """True for an untagged capitalised proper noun compounded into the name that ends
    at ``end``, which is no title, honorific or month."""
    return tok.pos_ == "PROPN" and (tok.is_title or _CAMEL.fullmatch(tok.text) is not None) \
        and not tok.ent_type_ and \
        tok.dep_ == "compound" and tok.head.i < end and tok.head.i > tok.i and \
        tok.lower_ not in TITLE_WORDS and tok.lower_.rstrip(".") not in NAME_PREFIXES and \
        tok.lower_ not in PORTFOLIO_WORDS and tok.lower_ not in GOV_NOUNS and \
        not prefix_word(tok) and tok.is_alpha and \
        not plural_title(tok)


def acronym(span: Span) -> bool:
    """'FDLR', 'RIA', 'VMRO-DPMNE': capitals only, hyphen-joined parts allowed."""
    text = span.text
    parts = text.split("-")
    return all(p.isalpha() and p.isupper() for p in parts) and 2 <= len(text) <= 14 and \
        len(parts) <= 3 and not any(t.whitespace_ for t in span[:-1])


def who_follows(span: Span) -> bool:
    """True when a relative clause opened by 'who' hangs on the name: a person's name."""
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.i > span.end - 1
                                         for g in c.children) for c in span.root.children)


def title_after(doc: Doc, e: int) -> bool:
    """'Miguel Diaz-Canel, the Cuban President': a title right after a comma."""
    if e + 2 >= len(doc) or doc[e].text != ",":
        return False
    for tok in doc[e + 1 : e + 6]:
        if tok.lower_ in TITLE_HEADS:
            return True
        if not (tok.lower_ in TITLE_WORDS or tok.ent_type_ in ("NORP", "GPE")
                or possessive(tok)):
            return False
    return False


def _person_pair(pair: Span) -> bool:
    """Two name words that end no body's name ("Nikos Christodoulides", not "Trade Union")."""
    return all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in _NO_NAME and
               t.ent_type_ != "GPE" for t in pair)
