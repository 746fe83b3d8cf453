"""The subject a list's lead-in gives its items.

"At the conclusion of the talks, the two Heads of State:" then "ii. Agreed to complete the
border post;": an item that opens with its verb continues the lead-in's sentence, whose
last noun phrase is the item's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.body import line_first
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["item_subject"]


def item_subject(v: Token, res: Resolver) -> list[Ref]:
    """The lead-in's subject for the verb ``v`` that opens a list item with no subject of
    its own; [] for any other verb."""
    items = res.dm.body.items
    if not items or v.i != v.sent.root.i:
        return []
    doc, sent = v.doc, v.sent
    first = line_first(sent[0])
    if any(c.dep_ in ("nsubj", "nsubjpass") and not (first.i <= c.i < v.i and len(c) <= 4)
           for c in v.children):
        return []  # (a subject of its own; the parser may take "i." for one)
    if first.idx not in items or not all(t.is_punct or t.like_num or len(t) <= 4
                                         for t in doc[first.i : v.i]):
        return []  # (the verb must open the item: "ii. Agreed to ...")
    k = sent.start - 1
    while k > 0 and (doc[k].is_space or line_first(doc[k].sent[0]).idx in items):
        k = k - 1 if doc[k].is_space else doc[k].sent.start - 1  # back over the items
    if k < 1 or doc[k].text != ":":
        return []
    noun = doc[k - 1]
    while noun.dep_ in ("pobj", "compound") and noun.head.i < noun.i and noun.head.i > \
            noun.sent.start and noun.head.pos_ in ("ADP", "NOUN", "PROPN"):
        noun = noun.head  # "the two Heads of State": Heads
    if noun.pos_ == "ADP":
        noun = noun.head
    return [r for r in res.many(noun) if r.kind in ("Person", "Country", "Organization")]
