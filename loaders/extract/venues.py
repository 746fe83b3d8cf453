"""Capitals and other place names as venues: where something happens ('met in Hanoi')
rather than the state they stand for ('Hanoi said'), and the capitals an article uses
for their state throughout."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.mentions import DocMentions, Mention

__all__ = ["SEAT_HEADS", "capital_place", "is_venue", "state_capitals"]

_VENUE_PREPS = frozenset({"in", "at", "inside", "near"})
#: Words whose 'at' names a target, not a venue: "took aim at", "a swipe at".
_AIMED = frozenset({"aim", "swipe", "jab", "dig", "snipe", "rail"})
#: Words of travel after which "to <capital>" is where someone went: "flew to Hanoi".
_TRAVEL = frozenset({"visit", "trip", "travel", "fly", "journey", "tour", "voyage", "head"})
#: Organs of a state that news places "in" its capital when it means the state.
SEAT_HEADS = frozenset({"authorities", "government", "administration", "regime", "leadership",
                        "junta", "cabinet"})
_PERSONAL_HEADS = frozenset(
    {"official", "officials", "diplomat", "diplomats", "spokesman", "spokeswoman", "people",
     "citizens", "residents", "envoy", "ambassador", "reporters", "journalists",
     "spokesperson", "ministry"}
)


def is_venue(tok: Token) -> bool:
    """True when a place name is where something happens: 'in Hanoi', 'the capital, Quito',
    'in Accra and Lome' (a coordinated name stands where the first one stands)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "at" and (head.head.lemma_ in _AIMED or any(
            (c.dep_ == "prt" and c.lower_ == "out") or (c.dep_ == "dobj" and c.lemma_ in _AIMED)
            for c in head.head.children)):
        return False  # "lashed out at Tokyo", "took aim at Washington": a target
    if tok.dep_ == "pobj" and head.lower_ in _VENUE_PREPS:
        # "the authorities in Nairobi", "the government in Kabul": the seat names the state
        return head.head.lower_ not in _PERSONAL_HEADS and head.head.lower_ not in SEAT_HEADS
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in _TRAVEL:
        return True
    if tok.dep_ == "dobj" and head.lemma_ in ("visit", "tour"):
        return True
    if tok.dep_ == "appos" and head.lower_ == "capital":
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "city"


#: Prepositions of motion or position: a capital after them is a place, not its state.
_PLACE_PREPS = frozenset({"from", "to", "into", "via", "through", "across", "near", "outside",
                          "around", "within", "toward", "towards"})


def state_capitals(dm: DocMentions) -> frozenset[str]:
    """Capitals the article uses for their state ('Nairobi said', 'ties with Lima', 'urged
    Quito'): such a name is the state's throughout the article, even where it is also
    the venue, so one name never stands for two entities."""
    out: set[str] = set()
    for m in dm.mentions:
        if m.kind != "Country" or not m.capital:
            continue
        tok = dm.doc[m.end - 1]
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        if m.text.isupper() or tok.dep_ == "ROOT":
            continue  # a dateline ("LIMA, May 6 (AFP) -") says where it was written
        if is_venue(tok) or tok.dep_ in ("compound", "nmod", "appos") or (
                tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS):
            continue
        out.add(m.text.upper())
    return frozenset(out)


def capital_place(m: Mention, root: Token, metonyms: frozenset[str]) -> bool:
    """True when capital mention ``m`` (last token ``root``) is a Place: a venue, in an
    article that never uses that capital for its state."""
    return m.capital and m.text.upper() not in metonyms and is_venue(root)
