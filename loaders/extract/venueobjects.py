"""A guest the parser ran into the venue: "Saied received at Carthage Palace Algerian
President Abdelmadjid Tebboune" is read as "received at (Carthage Palace Algerian President
Tebboune)"; the name is the object of 'received', the palace where. "X received in Algiers
the Deputy Chairman of Y, Mr. Z," is read with the title as the city's apposition and the
name apart; the title is the object, the name its apposition.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import GUEST_VERBS, TITLE_HEADS

__all__ = ["seat_guest"]

#: Last words of a venue's name: "Carthage Palace", "the State House".
_VENUE_WORDS = frozenset({"palace", "house", "hall", "residence", "building", "centre",
                          "center", "headquarters", "office"})


def _venue_object(p: Token) -> tuple[Token, Token] | None:
    """For an 'at' under a guest verb with no object, whose object is a person's name
    with a venue's name run into it: (the venue's last word, the name's head)."""
    if p.lower_ != "at" or p.dep_ != "prep" or p.head.lemma_ not in GUEST_VERBS or any(
            c.dep_ == "dobj" for c in p.head.children):
        return None
    name = next((o for o in p.children if o.dep_ == "pobj"), None)
    if name is None or name.ent_type_ != "PERSON":
        return None
    venue = [t for t in name.subtree if t.i < name.i and t.is_title and t.ent_type_ != "PERSON"
             and t.lower_ in _VENUE_WORDS]
    return (venue[-1], name) if venue else None


def _city_guest(p: Token) -> tuple[Token, Token | None] | None:
    """For an 'in' under a guest verb with no object, whose city has a title as its
    apposition: (the title, the name set off by a comma after it, if any)."""
    if p.lower_ != "in" or p.dep_ != "prep" or p.head.lemma_ not in GUEST_VERBS or any(
            c.dep_ == "dobj" for c in p.head.children):
        return None
    title = next((a for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")
                  for a in o.children if a.dep_ == "appos" and a.lower_ in TITLE_HEADS), None)
    if title is None:
        return None
    k = title.right_edge.i + 1
    name = next((c for c in p.head.children if c.i > k and c.ent_type_ == "PERSON" and
                 c.dep_ in ("npadvmod", "appos", "dep") and c.left_edge.i == k + 1), None)
    return title, name if k < len(p.doc) and p.doc[k].text == "," else None


def seat_guest(p: Token) -> None:
    """Mend the parse at ``p`` when it is such an 'at' (the name becomes the verb's object
    and the venue the object of 'at') or such an 'in' (the title becomes the object)."""
    guest = _city_guest(p)
    if guest is not None:
        title, name = guest
        title.head, title.dep_ = p.head, "dobj"
        if name is not None:
            name.head, name.dep_ = title, "appos"
        return
    found = _venue_object(p)
    if found is None:
        return
    venue, name = found
    venue.head, venue.dep_ = p, "pobj"  # (first: no word it governs may govern it then)
    for t in venue.doc[p.i + 1 : venue.i]:
        t.head = venue  # ("Carthage" of "Carthage Palace")
    name.head, name.dep_ = p.head, "dobj"
