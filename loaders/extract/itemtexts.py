"""Texts a list of signed documents names with no accord noun.

Under a lead-in about texts ("The documents signed after the talks were:"), every item
is a text, whatever its head: "- a plan of action for 2025-2029 to implement the
partnership;" names "plan of action for 2025-2029", "- terms of reference for staff
talks between the two navies;" names itself. The name runs from the item's first word
after its bullet or number and article to a 'to' clause or the first ';', ',', '.', ':'
or '(' (else the line's end); an item that names a person, or a lower-case item that
names a state, is no text (a title-case name may hold states: "Strategic Cooperation
Programme Cabo Verde-Portugal 2026-2030"), and a title-case accord that opens an item is
named to the item's end.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dipgraph.loaders.extract.body import Body, item_marker
from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.spans import Mention

__all__ = ["item_texts"]

#: Records a candidate mention: start, end, priority, mention.
_Add = Callable[[int, int, int, Mention], None]


def item_texts(doc: Doc, body: Body, taken: list[tuple[int, int]], named: list[tuple[int, int]],
               people: list[tuple[int, int]], add: _Add) -> None:
    """Add an Accord mention for each item of a list of texts that holds no accord
    mention of its own (``taken``: the accord candidates' spans), nor a person or state
    (``named``: their spans, ``people``: the persons'; "- a visit by Prime Minister X to
    Accra" is no text, a title-case name may name states), and
    lengthen a title-case accord that opens an item to the item's end."""
    if not body.text_items:
        return
    for tok in doc_tokens(doc):
        if tok.idx not in body.text_items:
            continue
        k = tok.i
        while k < len(doc) and doc[k].idx - tok.idx < 5 and item_marker(doc, k, tok.i):
            k += 1  # past "-", "2.", "3)", "iv." (not "2025-2029 plan of action")
        if k < len(doc) and doc[k].lower_ in ("a", "an", "the"):
            k += 1
        end = k
        while end < len(doc):
            t = doc[end]
            if t.is_space or t.text in (";", ",", ".", ":", "(") or (
                    t.lower_ == "to" and end + 1 < len(doc) and doc[end + 1].tag_ == "VB"):
                break  # ("... for 2025-2029 to implement the partnership;")
            end += 1
            if "\n" in t.text_with_ws:
                break
        inside = [(s, e) for s, e in taken if k <= s < end or s <= k < e]
        if inside:
            e = max((e for s, e in inside if s == k), default=-1)
            if k < e < end and all(s >= k for s, _e in inside) and all(
                    _title_word(t) for t in doc[e:end]):
                name = doc[k:end].text  # "- Memorandum of Understanding on Cooperation in
                add(k, end, 9, Mention(k, end, "Accord", name, name))  # Agriculture;": whole
            continue
        titled = doc[k].is_title and all(_title_word(t) for t in doc[k:end])
        if end - k < 2 or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[k:end]) or any(
                k <= a < end for a, _b in (named if not titled else people)):
            continue  # (a title-case name may hold a state: "Programme Cabo Verde-Portugal")
        name = doc[k:end].text
        add(k, end, 9, Mention(k, end, "Accord", name, name))


def _title_word(t: Token) -> bool:
    """A word of a title-case name: a capitalised word, a number ('2026-2030') or a short
    joining word ('on the Protection of', 'Skadar/Shkodra', 'Hani i Hotit')."""
    return t.is_title or t.is_upper or t.like_num or t.text[:1].isdigit() or t.text in (
        "/", "-", "\u2013", "&") or (
        t.is_lower and (t.pos_ in ("ADP", "DET", "CCONJ") or len(t) <= 2))
