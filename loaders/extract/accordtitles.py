"""Where a capitalised accord name ends when the parser hung its tail elsewhere: 'the
Treaty on the Non-Proliferation of Nuclear Weapons', '... on Cooperation in the Field of
Energy', '... in the Isfara Basin', 'the Treaty of Friendship, Good Neighbourliness and
Cooperation' (not a venue, a party or a date after it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dipgraph.loaders.extract.accordinfo import CLASSES
from dipgraph.loaders.extract.accordtopics import period_end
from dipgraph.loaders.extract.spans import possessive

__all__ = ["listed_topics", "parties_cut", "title_tail"]

#: Currency codes before a sum ("a Financing Agreement of EUR 45 million"): no part of a name.
_CURRENCIES = frozenset({"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "RMB", "RUB", "INR", "AED",
                         "SAR", "AUD", "CAD", "XOF", "XAF", "ZAR", "NGN", "KES", "TRY"})


def title_tail(tok: Token, end: int) -> int:
    """'the Treaty on the Non-Proliferation of Nuclear Weapons': a capitalised name after
    'of'/'on' that the parser hung elsewhere still belongs to the accord's name, and so
    does a region after 'in' ('the Treaty on Conventional Armed Forces in Europe'; not a
    city, where it was signed)."""
    doc = tok.doc

    def region(k: int) -> bool:  # (not "in Africa's Great Lakes region")
        return doc[k].lower_ in ("in", "along") and k + 1 < len(doc) and (
            doc[k + 1].ent_type_ == "LOC" or (_area(doc, k + 1) and doc[k - 1].lower_ not in
                                              CLASSES)) \
            and not (k + 2 < len(doc) and possessive(doc[k + 2]))

    def field(k: int) -> bool:  # "... on Cooperation in (the Field of) Energy Security"
        return doc[k].lower_ == "in" and doc[k - 1].is_title and _field(doc, k + 1) and any(
            t.lower_ in ("on", "of") for t in doc[tok.i + 1 : k])

    def party(k: int) -> bool:  # "the Paris Agreement to Uganda's dismay", "... for Ruto"
        if doc[k].lower_ not in ("to", "for") or k + 2 >= len(doc):
            return False
        if doc[k + 1].lower_ == "the":  # (not "for the Avoidance of Double Taxation")
            return doc[k + 2].ent_type_ in ("GPE", "PERSON", "NORP")
        return doc[k + 1].ent_type_ in ("GPE", "ORG", "PERSON", "NORP")

    def via(k: int) -> bool:  # "... Transit Transport via Chabahar Port" (not "via Zoom")
        return doc[k].lower_ == "via" and k + 1 < len(doc) and (
            doc[k + 1].ent_type_ in ("GPE", "LOC", "FAC") or _area(doc, k + 1, _ROUTES))

    def parties(k: int) -> bool:  # "... between the Government of A and the Government of B"
        return _parties_open(doc, k, len(doc)) and doc[k + 3].lower_ in ("of", "for")
        # (states alone: see accords._between)

    opened = any(doc[j].text in ('"', "\u201c") for j in range(max(0, tok.i - 3), tok.i))

    def quoted_list(k: int) -> bool:  # '"... in the Military, Security and X Fields"'
        return opened and doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].is_title \
            and any(t.text in ('"', "\u201d") for t in doc[k + 1 : k + 12])

    def respect(k: int) -> bool:  # "... Fiscal Evasion with respect to Taxes on Income"
        return any(doc[j : j + 3].text.lower() == "with respect to" and j + 3 < len(doc) and
                   doc[j + 3].is_title for j in range(max(0, k - 2), k + 1))

    if doc[end - 1].lower_ == "and" and end - 1 > tok.i:  # "the Charter of the Council of
        if end >= len(doc) or not doc[end].is_title:  # Arab and | African States": the
            return end - 1  # parser hung the second name on the accord
        k, last = end, end - 1
    elif end >= len(doc) or (doc[end].lower_ not in ("of", "on", "to", "for") and
                             not region(end) and not via(end) and not field(end)
                             and not parties(end)) or party(end):
        return end
    else:
        k, last = end + 1, end
    while k < len(doc) and doc[k].ent_type_ not in ("DATE", "TIME", "CARDINAL") and (
            doc[k].is_title or doc[k].lower_ in ("of", "and", "the", "on", "-", "\u2013", "to",
                                                 "for")
            or (doc[k].lower_ in ("a", "an") and k + 1 < len(doc) and doc[k + 1].is_title)
            or via(k) or field(k) or respect(k) or _field_word(doc, k) or quoted_list(k)
            or (  # "the People's Republic of China"
                possessive(doc[k]) and doc[k - 1].is_title and k + 1 < len(doc)
                and doc[k + 1].is_title and not doc[k - 1].whitespace_)
            or (doc[k].is_upper and doc[k].is_alpha) or region(k)) and not (
                party(k) and not respect(k)) and not (  # ("of EUR 45 million": a sum)
                doc[k].text in _CURRENCIES and k + 1 < len(doc) and doc[k + 1].like_num):
        if doc[k].is_title or doc[k].is_upper:
            last = k + 1
        k += 1
    if last < len(doc) and doc[last].pos_ == "NOUN" and doc[last].is_lower and \
            doc[last - 1].ent_type_ == "NORP" and doc[last - 1].is_title:
        last += 1  # "... in the field of European integration": the adjective's noun
    return period_end(doc, last)  # ("the Action Plan for the Partnership for 2026-2030")


#: Bodies that are an accord's parties by its title: "between the Government of A and ...".
_PARTY_BODIES = frozenset({"government", "ministry", "cabinet", "council", "department"})
#: Prepositions that open an accord's topic after its parties ("... and B on Trade").
_TOPIC_PREPS = frozenset({"on", "concerning", "regarding", "for", "in"})


def _parties_open(doc: Doc, k: int, end: int) -> bool:
    """Whether 'between the <Government|Ministry|...>' opens at ``k``, before ``end``."""
    return doc[k].lower_ == "between" and k + 3 < end and doc[k + 1].lower_ == "the" and \
        doc[k + 2].lower_ in _PARTY_BODIES and doc[k + 2].is_title


def parties_cut(tok: Token, end: int) -> int:
    """``end`` before a closing 'between the Government of A and the Government of B' when
    the title names its subject before it: the parties are no words of the accord's name
    ("the Memorandum of Understanding on Political Consultations | between the Ministry of
    Foreign Affairs of A and ..."; a bare "Memorandum of Understanding between ..." keeps
    them, its only telling words)."""
    doc = tok.doc
    k = next((t.i for t in doc[tok.i + 1 : end] if t.lower_ == "between"), None)
    if k is None or not _parties_open(doc, k, end):
        return end
    second_party = next((t.i for t in doc[k + 3 : end - 1] if t.lower_ == "and" and
                         doc[t.i + 1].lower_ == "the"), None)
    subject_words = [t for t in doc[tok.i + 1 : k] if t.pos_ in ("NOUN", "PROPN") and
                     t.lower_ not in ("understanding", "intent")]
    if second_party is None or not subject_words or any(
            t.lower_ in _TOPIC_PREPS for t in doc[second_party:end]):
        return end  # (a topic after the parties: "... and the Ministry of B on X")
    return k


#: Title-case heads of the areas a named accord covers: "... Facilities in the Isfara Basin".
_AREAS = frozenset({"Basin", "Sea", "Region", "Valley", "River", "Gulf", "Strait", "Zone"})
#: Title-case heads of the works a named accord's route runs through: "via Chabahar Port".
_ROUTES = frozenset({"Port", "Corridor", "Canal", "Pass", "Railway", "Highway"})


def _area(doc: Doc, k: int, heads: frozenset[str] = _AREAS) -> bool:
    """Whether a capitalised area (or route) name opens at ``k`` ("the Isfara Basin")."""
    k += k < len(doc) and doc[k].lower_ == "the"
    start = k
    while k < len(doc) and doc[k].is_title and k - start < 4:
        k += 1
    return k - start >= 2 and doc[k - 1].text in heads


#: Entity kinds that make 'in X' after an accord's name a venue or a party, not its field.
_NOT_FIELDS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "DATE", "TIME", "EVENT"})


def _field(doc: Doc, k: int) -> bool:
    """Whether a capitalised field of cooperation opens at ``k`` ("Energy Security", "the
    Field of Education"), not a place or a date ("in Geneva", "in March")."""
    k += k < len(doc) and doc[k].lower_ == "the"
    if _field_word(doc, k):
        return True  # "in the field of Legal Migration and Mobility" (whatever the NER says)
    end = k
    while end < len(doc) and doc[end].is_title:
        end += 1
    return k < len(doc) and doc[k].is_title and doc[k].ent_type_ not in _NOT_FIELDS and \
        doc[end - 1].lower_ not in _VENUE_HEADS  # (not "in State House")


def _field_word(doc: Doc, k: int) -> bool:
    """A lower-case 'field of' before a capitalised field: "in the field of Legal Migration"."""
    return k + 2 < len(doc) and doc[k].lower_ in ("field", "fields", "sphere", "spheres") and \
        doc[k].is_lower and doc[k + 1].lower_ == "of" and doc[k + 2].is_title


#: Heads of the buildings an accord is signed in: "the Agreement on Trade in State House".
_VENUE_HEADS = frozenset({"house", "palace", "hall", "building", "buildings", "centre",
                          "center", "hotel", "residence", "office", "ministry"})


def listed_topics(doc: Doc, end: int) -> int:
    """'the Treaty of Friendship, Good Neighbourliness and Cooperation': a list of
    capitalised topics after a proper name's first one runs on to its 'and' item (each
    item's last word a conjunct in the parse, no state among them, and no verb after the
    list: not "the Treaty of Lima, Merkel and Macron said")."""
    first = end - 1
    while first > 0 and (doc[first].is_title or doc[first].text == "-") and sum(
            t.text != "-" for t in doc[first:end]) <= 3:
        first -= 1  # (the first topic may be up to three words, hyphens aside: "the Treaty
        # of Mutual Respect, Cooperation and Friendship", "on Permanent Good-Neighborliness")
    if first == end - 1 or end >= len(doc) or doc[end].text != "," or \
            doc[first].lower_ not in ("of", "on", "in"):
        return end
    k, seen_and = end, False
    while k < len(doc) and doc[k].text in (",", "and") and not seen_and:
        seen_and = doc[k].lower_ == "and" or (k + 1 < len(doc) and doc[k + 1].lower_ == "and")
        k += 1 + (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "and")
        first = k
        while k < len(doc) and (doc[k].is_title or doc[k].text == "-") and \
                doc[k].ent_type_ not in ("GPE", "NORP", "DATE"):
            k += 1
        if k == first or doc[k - 1].text == "-" or doc[k - 1].dep_ != "conj":
            return end  # (each item a conjunct of the first: not "..., Merkel said")
    if k < len(doc) and doc[k].pos_ in ("VERB", "AUX"):
        return end  # "the Treaty of Lisbon, Merkel and Macron said"
    return k if seen_and else end
