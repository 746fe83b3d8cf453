"""Accords a counted list spells out item by item: "signed two memorandums of
understanding, one on health cooperation and another on the X scheme" names a
"memorandum of understanding on health cooperation" and one "on the X scheme".
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import ACCORD_HEADS

__all__ = ["counted_item"]

#: Words that open an item of a counted list ("one on X", "another on Y", "the other on Z").
_ITEM_WORDS = frozenset({"one", "another", "other", "first", "second", "third", "fourth"})
#: Words an item's topic opens with.
_TOPIC_PREPS = ("on", "for")


def counted_item(tok: Token) -> tuple[int, int, str] | None:
    """The span and name of the accord the item word ``tok`` opens when it spells out a
    counted plural accord noun before it ("two agreements, one on X and the other on Y"):
    the span runs over the item's words, the name is the singular noun with the topic."""
    doc = tok.doc
    if tok.lower_ not in _ITEM_WORDS or tok.i + 2 >= len(doc) or \
            doc[tok.i + 1].lower_ not in _TOPIC_PREPS:
        return None
    head = _counted_head(tok)
    end = _topic_end(tok)
    if head is None or end <= tok.i + 2:
        return None  # (no topic: "one on which talks had stalled")
    noun = "MoU" if head.lower_.startswith("mou") else head.lemma_.lower()
    if head.i + 2 < len(doc) and doc[head.i + 1 : head.i + 3].text.lower() == "of understanding":
        noun += " of understanding"
    return tok.i, end, f"{noun} {doc[tok.i + 1 : end].text}"


def _topic_end(tok: Token) -> int:
    """The end of the item's topic after its 'on': nouns, their modifiers and 'of'/'in'
    phrases, up to the next item ('and another', 'and two'), a comma, a date or any other
    word ("one on health cooperation and another on the Lesotho Lowlands water scheme")."""
    doc, k = tok.doc, tok.i + 2
    while k < tok.sent.end and k - tok.i <= 12 and doc[k].text not in (",", ";", ":") and \
            doc[k].ent_type_ not in ("DATE", "TIME") and (  # ("one on Monday": no topic)
            doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc[k].text == "-" or (
                doc[k].lower_ in ("of", "in") or (doc[k].lower_ == "and" and not any(
                    t.lower_ in _ITEM_WORDS or t.like_num for t in doc[k + 1 : k + 3])))):
        k += 1
    while k > tok.i + 2 and doc[k - 1].pos_ not in ("NOUN", "PROPN"):
        k -= 1
    return k


def _counted_head(tok: Token) -> Token | None:
    """The plural accord noun with a count that the list holding ``tok`` spells out: the
    first item ('one', 'the first') follows it after a comma, colon or dash; a later item
    ('another', 'the other', 'a second') follows 'and' or a comma after the first."""
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if before in ("the", "a"):
        before = doc[tok.i - 2].lower_ if tok.i > 1 else ""
    first = tok.lower_ in ("one", "first")
    if before not in ((",", ":", "-", "\u2013", "\u2014") if first else (",", "and")):
        return None
    seen_first = first
    for k in range(tok.i - 1, max(tok.sent.start, tok.i - 30) - 1, -1):
        t = doc[k]
        if t.lower_ in ("one", "first") and doc[k + 1].lower_ in _TOPIC_PREPS:
            seen_first = True
        if t.pos_ in ("VERB", "AUX") or t.text == ";":
            return None
        if t.lower_ in ACCORD_HEADS and t.tag_ in ("NNS", "NNPS") and any(
                c.dep_ == "nummod" for c in t.children):
            return t if seen_first else None
    return None
