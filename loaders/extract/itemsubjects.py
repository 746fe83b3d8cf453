"""The subject a list's lead-in gives its items.

"At the conclusion of the talks, the two Heads of State:" then "ii. Agreed to complete the
border post;": an item that opens with its verb continues the lead-in's sentence, whose
last noun phrase is the item's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.body import item_marker, lead_in, line_first
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["item_subject"]


def item_subject(v: Token, res: Resolver) -> list[Ref]:
    """The lead-in's subject for the verb ``v`` that opens a list item with no subject of
    its own (or is joined to the one that does: "i. Condemned X and urged Y to ..."); []
    for any other verb."""
    if not res.dm.body.items:
        return []
    while v.dep_ == "conj" and v.head.i < v.i:
        v = v.head
    doc, sent = v.doc, v.sent
    if v.i != sent.root.i:
        return []
    first = line_first(sent[0])
    if not all(item_marker(doc, t.i, first.i) for t in doc[first.i : v.i]) or any(
            c.dep_ in ("nsubj", "nsubjpass") and not item_marker(doc, c.i, first.i)
            for c in v.children):
        return []  # (the verb must open the item, "ii. Agreed to ...", with no subject of
        # its own; the parser may take "i." for one)
    lead = lead_in(sent, res.dm.body)
    if lead is None:
        return []
    k = max(t.i for t in lead if t.text == ":")
    if lead.root.pos_ in ("VERB", "AUX"):  # "the two presidents welcomed X:": its subject
        noun = next((c for c in lead.root.children if c.dep_ == "nsubj"), None)
        if noun is None:
            return []
    else:  # "the two Heads of State:": the lead-in's last noun phrase
        noun = doc[k - 1]
        while noun.dep_ in ("pobj", "compound") and noun.head.i < noun.i and \
                noun.head.i > noun.sent.start and noun.head.pos_ in ("ADP", "NOUN", "PROPN"):
            noun = noun.head
        if noun.pos_ == "ADP":
            noun = noun.head
    return [r for r in res.many(noun) if r.kind in ("Person", "Country", "Organization")]
