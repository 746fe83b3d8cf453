"""Descriptions set beside a named accord: 'the X Treaty, a landmark pact', '..., a deal
Canberra described as ...', 'the X Agreement, the region's first binding treaty on Y'
name that accord, not a new one."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.accordspans import CALL_VERBS
from dipgraph.loaders.extract.mentions import DocMentions, Mention

__all__ = ["apposed_to", "bracketed"]


def apposed_to(dm: DocMentions, root: Token, of_mention: dict[int, str]) -> str | None:
    """The accord a description stands in apposition to ('X Treaty, a landmark pact'), also
    when the parser hung it on the phrase around the accord ('withdrawal from the X
    Convention, the 1997 treaty ...') or broke it ('signed an agreement that ..., a deal
    Canberra described as ...': a bare 'a deal' after a comma, the sentence's accord)."""
    if root.dep_ == "conj" and (named := _first_of_kind(dm, root, of_mention)) is not None:
        return named  # "the X Agreement, Latin America and the Caribbean's first treaty on Y"
    if root.dep_ != "appos":
        return _set_off_deal(dm, root, of_mention)
    j = dm.owner[root.head.i]
    before, after = root.left_edge.i - 1, root.right_edge.i + 1
    listed = (after < len(dm.doc) and dm.doc[after].dep_ == "cc") or any(
        c.dep_ == "cc" for c in root.children) or (  # "the X Convention, the Y Treaty and"
        root.head.tag_ == "NNS" and root.tag_ == "NN")  # "The agreements - a memorandum on"
    if listed:
        return None  # "signed three texts: a memorandum on A, an agreement on B and ...": items
    if (j < 0 or j not in of_mention) and before > 0 and dm.doc[before].text == "," and \
            not root.is_title:
        j = dm.owner[before - 1]
    return of_mention.get(j) if j >= 0 else None


def _first_of_kind(dm: DocMentions, root: Token, of_mention: dict[int, str]) -> str | None:
    """'the X Agreement, the region's first binding treaty on Y' (the parser made the
    description a conjunct): an owned 'first', 'only' or superlative accord right after a
    named one and its comma describes it."""
    owned = any(c.dep_ == "poss" for c in root.children)
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or
                                        c.lower_ in ("only", "sole")) for c in root.children)
    first, chain = root, []
    while first.dep_ == "conj" and first.head != first:
        first = first.head
        chain.append(first)
    j = dm.owner[first.i]
    if not (owned and ranked) or j < 0 or j not in of_mention or any(
            dm.owner[t.i] in of_mention for t in chain[:-1]):
        return None  # (not "A, B and the region's first treaty": three texts listed)
    end = dm.mentions[j].end
    return of_mention[j] if end < len(dm.doc) and dm.doc[end].text == "," else None


def _set_off_deal(dm: DocMentions, root: Token, of_mention: dict[int, str]) -> str | None:
    """'..., a deal Canberra described as ...': an indefinite bare accord noun right after a
    comma, that someone then describes, is the one accord named before it in its
    sentence (not 'After X left the accord in March, a deal brokered by Y was signed')."""
    doc = dm.doc
    first = root.i - 1
    if first < 2 or doc[first].lower_ not in ("a", "an") or doc[first - 1].text != ",":
        return None
    k = root.i + 1
    if k < len(doc) and doc[k].lower_ in ("that", "which"):
        k += 1
    while k < len(doc) and doc[k].pos_ in ("PROPN", "PRON") and k - root.i <= 4:
        k += 1  # "a deal Canberra described as ...": who describes it
    if k == root.i + 1 or k >= len(doc) or doc[k].lemma_ not in CALL_VERBS:
        return None
    keys = {of_mention[j] for j, m in enumerate(dm.mentions) if j in of_mention
            and m.kind == "Accord" and doc[first].sent.start <= m.start < first}
    return keys.pop() if len(keys) == 1 else None


def bracketed(dm: DocMentions, m: Mention, of_mention: dict[int, str]) -> str | None:
    """'the 1982 United Nations Convention on the Law of the Sea (UNCLOS)': an acronym in
    brackets right after an accord is that accord's short name, not another text."""
    doc = dm.doc
    if m.start < 2 or doc[m.start - 1].text != "(" or m.end >= len(doc) or \
            doc[m.end].text != ")" or not m.text.isupper():
        return None
    j = dm.owner[m.start - 2]
    return of_mention.get(j) if j >= 0 else None
