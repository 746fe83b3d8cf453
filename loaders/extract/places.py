"""Places: named regions, seas and compounds ('the Sahel region'), and the names the NER
misreads as bodies or peoples where a venue stands ('a summit in Al-Ula').

A region is a Place (a city or region where something happens); a multi-word region
name is never anything else, a one-word continent only where it is a location.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.gazetteer import Gazetteer, gazetteer
from dipgraph.loaders.extract.lexicon import PHRASAL_RELATIONS, REPORTING_VERBS, TITLE_WORDS, words
from dipgraph.loaders.extract.namewords import ORG_HEADS, PLACE_HEADS, REGION_MEMBERS

__all__ = [
    "MACRO_PHRASES",
    "MACRO_REGIONS",
    "MORE_PLACE_HEADS",
    "NOT_PLACES",
    "NOT_PLACE_HEADS",
    "REGION_NAMES",
    "is_region",
    "location_slot",
    "misread_venue",
    "non_venue_object",
    "place_compound",
    "speaker_slot",
    "titled_place",
    "untagged_venue",
]


MACRO_REGIONS = words(
    "asia europe africa america americas caribbean gulf pacific indo-pacific west east "
    "north south world south-east southeast north-east northeast"
)
_BORDER_WORDS = frozenset({"border", "frontier", "boundary"})

NOT_PLACES = words(
    "embassy state government capital city region country nation ministry republic "
    "kingdom emirate sultanate federation union principality commonwealth territory"
)

#: Named world regions. A region is a Place (README: "a city or region where something
#: happens"); the multi-word names are never anything else, the one-word ones only
#: where they are a location ("tanks in Europe", not "a deal with Europe").
REGION_NAMES = frozenset(
    {"latin america", "middle east", "south-east asia", "southeast asia", "east asia",
     "south asia", "central asia", "west asia", "west africa", "north africa", "east africa",
     "central africa", "southern africa", "sub-saharan africa", "horn of africa",
     "asia-pacific", "asia pacific", "indo-pacific", "south caucasus", "north caucasus",
     "western balkans", "the balkans", "balkans", "central america", "south america",
     "north america", "eastern europe", "western europe", "central europe",
     "south pacific", "arabian peninsula", "persian gulf", "levant", "sahel", "maghreb",
     "arctic", "antarctica", "scandinavia", "baltics", "latin america and the caribbean"}
)
MACRO_PHRASES = frozenset({"the caribbean", "the gulf", "the west", "the east"})
_LOCATION_PREPS = frozenset({"in", "across", "throughout", "around", "within"})
_NOT_REGIONS = words("west east north south world america americas")


#: Common nouns after a proper name that make it a place: "the Kerem Shalom crossing".
_MORE_PLACE_HEADS = words("crossing coast plateau archipelago shoal reef lake heights corridor "
                           "enclave exclave oblast governorate district")
MORE_PLACE_HEADS = _MORE_PLACE_HEADS


#: Adjectives of continents and seas: "the European region" names no one place (nor a
#: group of states' adjective, :data:`~dipgraph.loaders.extract.lexicon.REGION_MEMBERS`).
_WIDE = REGION_MEMBERS.keys() | words("european african asian arab american latin caribbean "
                                      "pacific atlantic mediterranean eurasian western eastern")


def place_compound(tok: Token) -> tuple[int, int] | None:
    """'Essequibo region', 'Sahel region', 'Wagah border post': the proper-noun part; 'the
    Transnistrian region': an adjective no state's, with its noun."""
    if tok.dep_ == "amod" and tok.is_title and tok.ent_type_ == "NORP" and \
            tok.head.lower_ == "region" and tok.head.i == tok.i + 1 and \
            gazetteer().demonyms.get(tok.lower_) is None and tok.lower_ not in _WIDE:
        return tok.i, tok.i + 2
    if tok.dep_ != "compound" or tok.pos_ != "PROPN" or not tok.is_title:
        return None
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    # "cross-border hub": a word after a hyphen belongs to a compound adjective
    words = {t.lower_ for t in tok.doc[tok.i + 1 : head.i + 1] if t.nbor(-1).text != "-"}
    if not (words & (PLACE_HEADS | _MORE_PLACE_HEADS)) or head.i <= tok.i or any(
            t.is_title for t in tok.doc[tok.i + 1 : head.i + 1]):
        return None
    start = tok.left_edge.i if tok.left_edge.pos_ in ("PROPN", "ADJ") else tok.i
    if words & _BORDER_WORDS:
        return start, head.i + 1
    return start, tok.i + 1


def titled_place(tok: Token) -> tuple[int, int] | None:
    """'the Philadelphi Corridor', 'the Bekaa Valley', 'Idlib Province': a proper name
    whose own last word is a capitalised place noun, found where the NER missed it."""
    low = tok.lower_
    if not tok.is_title or tok.pos_ != "PROPN" or tok.dep_ == "compound" or \
            low not in (PLACE_HEADS | _MORE_PLACE_HEADS) or low in ("state", "bank", "city"):
        return None
    mods = [c for c in tok.lefts if c.dep_ == "compound"]
    if not mods or tok.ent_type_ not in ("", "LOC", "GPE", "FAC"):
        return None
    start = min(c.left_edge.i for c in mods)
    words = tok.doc[start : tok.i]
    if not all((t.is_title and t.pos_ == "PROPN") or t.text == "-" for t in words) or \
            any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in words):
        return None
    return start, tok.i + 1


#: Last words of names the NER may call a place that name no place.
NOT_PLACE_HEADS = words(
    "initiative plan process format platform strategy policy project programme program "
    "declaration summit conference forum talks dialogue framework roadmap"
)
#: Nouns of events a venue follows: "a summit in Al-Ula".
_EVENT_NOUNS = frozenset({"summit", "meeting", "talks", "attack", "ceremony", "conference",
                          "visit", "clashes", "forum", "rally"})


def is_region(span: Span) -> bool:
    """'Central Asia', 'the Middle East', 'South Caucasus neighbours': a named region; a
    one-word continent only as a location ('in Europe')."""
    low = span.text.lower()
    if low in REGION_NAMES and not span[-1].is_lower:
        return True
    root = span.root
    return low in MACRO_REGIONS and low not in _NOT_REGIONS \
        and span[0].is_title and root.dep_ == "pobj" and root.head.lower_ in _LOCATION_PREPS


def misread_venue(span: Span, label: str, gaz: Gazetteer) -> bool:
    """'a summit in Al-Ula', 'met at Gdansk': a one-word proper name the NER calls an
    organisation or a people, standing where a venue stands, is a Place."""
    if label not in ("ORG", "NORP", "PERSON", "FAC") or len(span) > 3 or span.text in gaz.orgs:
        return False
    root = span.root
    if root.pos_ != "PROPN" or not span[0].is_title or root.lower_ in ORG_HEADS or \
            any(t.lower_ in TITLE_WORDS or t.text.isupper() for t in span_tokens(span)):
        return False
    return _venue_slot(root)


def _venue_slot(root: Token) -> bool:
    """True when ``root`` stands after 'in'/'at' on a verb or an event noun ('met in X',
    'the summit in X') or after 'to' on a verb of going ('flew to X'), or is coordinated
    with a name that does ('in X and Y')."""
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_ in _VENUE_PARTS:
        # "welcomed at the forecourt of X": a part of a building names it a venue (not
        # "followed in the steps of X")
        return prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("at", "on", "outside")
    host = prep.head
    if root.dep_ == "pobj" and prep.lower_ == "to" and host.pos_ == "VERB" and \
            host.lemma_ in _GOING:
        return True  # "travelled to Adre": where one goes
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    return (host.pos_ == "VERB" and (host.lemma_ in _VENUE_VERBS or _event_subject(host))) \
        or host.lemma_ in _EVENT_NOUNS


def _event_subject(verb: Token) -> bool:
    """'Attacks were reported in X', 'clashes broke out in X': an event's verb."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in _EVENT_NOUNS | _STRIFE
               for c in verb.children)


#: Parts of a venue one is met at: "at the forecourt of X", "on the steps of X".
_VENUE_PARTS = frozenset({"forecourt", "courtyard", "ground", "step", "gate", "lawn",
                          "premise", "garden"})  # (lemmas)
_STRIFE = frozenset({"attack", "fighting", "strike", "explosion", "protest", "clash",
                     "shelling", "violence", "battle"})


#: Verbs of going somewhere, whose 'to' object is a place: "travelled to X", "flew to X".
_GOING = frozenset(verb for (verb, prep), rel in PHRASAL_RELATIONS.items()
                   if prep == "to" and rel == R.VISITED)
#: Verbs of meeting, travel and signing whose 'in'/'at' object is a venue ('met in X'),
#: unlike 'believe in God', 'invested in Tesla', 'wrote in The Guardian'.
_VENUE_VERBS = frozenset({"meet", "hold", "arrive", "gather", "sign", "host", "visit",
                          "convene", "land", "stay", "attend", "open", "conclude", "end",
                          "begin", "start", "agree", "travel", "fly", "return", "talk",
                          "speak", "receive", "welcome", "assemble", "negotiate", "stop",
                          "sit", "take", "reach", "launch", "join", "address"})


_MONTHS_DAYS = words("january february march april may june july august september october "
                      "november december monday tuesday wednesday thursday friday saturday "
                      "sunday")


def untagged_venue(tok: Token) -> tuple[int, int] | None:
    """'the leaders met in Brezno': a proper name the NER left untagged, standing where a
    venue stands, is a Place."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ or tok.dep_ == "compound" \
            or tok.lower_ in _MONTHS_DAYS or tok.lower_ in TITLE_WORDS or \
            tok.lower_ in ORG_HEADS or not _venue_slot(tok):
        return None
    start = tok.i
    for c in tok.lefts:
        if c.dep_ == "compound" and c.is_title and c.pos_ == "PROPN" and not c.ent_type_:
            start = min(start, c.i)
    return start, tok.i + 1


#: Verbs of speech and appeal whose subject a city name is not ('Milan also said').
_SPEECH = REPORTING_VERBS | frozenset({"urge", "call", "warn", "ask", "argue", "claim",
                                       "sign", "agree", "accuse", "deny", "welcome"})


def speaker_slot(tok: Token) -> bool:
    """True when a city-like name stands as the subject of a verb of speech: it names a
    person or a company there ('Kobe said', 'Woodside said it had signed')."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ in _SPEECH


def location_slot(tok: Token) -> bool:
    """True when ``tok`` stands after a preposition of place ('in Houston', 'to Perth')."""
    return tok.dep_ == "pobj" and tok.head.lower_ in (
        "in", "at", "to", "from", "near", "outside", "via", "into", "across")


def non_venue_object(tok: Token) -> bool:
    """True for the object of 'in'/'at' on a verb that is no meeting, travel or signing
    ('invested in Tesla', 'believe in God'): no venue stands there."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.pos_ == "VERB" \
        and prep.head.lemma_ not in _VENUE_VERBS and not _event_subject(prep.head)
