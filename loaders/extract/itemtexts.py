"""Texts a list of signed documents names with no accord noun.

Under a lead-in about texts ("The documents signed after the talks were:"), every item
is a text, whatever its head: "- a plan of action for 2025-2029 to implement the
partnership;" names "plan of action for 2025-2029", "- terms of reference for staff
talks between the two navies;" names itself. The name runs from the item's first word
after the article to a 'to' clause, a comma or the item's end.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dipgraph.loaders.extract.body import Body
from dipgraph.loaders.extract.spans import Mention

__all__ = ["item_texts"]

#: Records a candidate mention: start, end, priority, mention.
_Add = Callable[[int, int, int, Mention], None]
#: Marks that open an item line.
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014"})


def item_texts(doc: Doc, body: Body, taken: list[tuple[int, int]], add: _Add) -> None:
    """Add an Accord mention for each item of a list of texts that holds no accord
    mention of its own (``taken``: the accord candidates' spans)."""
    if not body.text_items:
        return
    for tok in doc:
        if tok.idx not in body.text_items:
            continue
        k = tok.i
        while k < len(doc) and (doc[k].text in _BULLETS or doc[k].like_num or
                                doc[k].text in (".", ")")) and doc[k].idx - tok.idx < 4:
            k += 1  # past "-", "2.", "3)"
        if k < len(doc) and doc[k].lower_ in ("a", "an", "the"):
            k += 1
        end = k
        while end < len(doc):
            t = doc[end]
            if t.text in (";", ",", ".", ":", "(") or (
                    t.lower_ == "to" and end + 1 < len(doc) and doc[end + 1].tag_ == "VB"):
                break  # ("... for 2025-2029 to implement the partnership;")
            end += 1
            if "\n" in t.text_with_ws:
                break
        inside = [(s, e) for s, e in taken if k <= s < end or s <= k < e]
        if inside:
            s, e = inside[0]
            if s == k and len(inside) == 1 and k < e < end and all(
                    _title_word(t) for t in doc[e:end]):
                name = doc[k:end].text  # "- Memorandum of Understanding on Cooperation in
                add(k, end, 9, Mention(k, end, "Accord", name, name))  # Agriculture;": whole
            continue
        if end - k < 2 or not any(t.pos_ == "NOUN" for t in doc[k:end]):
            continue
        name = doc[k:end].text
        add(k, end, 9, Mention(k, end, "Accord", name, name))


def _title_word(t: Token) -> bool:
    """A word of a title-case name: a capitalised word or a short joining word ('on the
    Protection of', 'Skadar/Shkodra', 'Hani i Hotit')."""
    return t.is_title or t.is_upper or t.text in ("/", "-", "\u2013", "&") or (
        t.is_lower and (t.pos_ in ("ADP", "DET", "CCONJ") or len(t) <= 2))
