"""Numbers that count texts: "three agreements", "17 memorandums", "some twenty-two deals"."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import NUMBER_WORDS

__all__ = ["count_of", "count_word"]


def count_of(tok: Token) -> int | None:
    """The number a count word says ('three', '3'), None for another word."""
    return int(tok.text) if tok.text.isdigit() else NUMBER_WORDS.get(tok.lower_)


def count_word(tok: Token) -> Token | None:
    """The number word counting noun ``tok`` ("17" in "17 memorandums", "two" in "some
    twenty-two agreements"), not a date ("the 2018 accords") nor "dozens"."""
    return next((c for c in tok.children if c.dep_ == "nummod" and c.ent_type_ != "DATE"
                 and count_of(c) is not None), None)
