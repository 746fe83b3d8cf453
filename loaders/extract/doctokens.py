"""The tokens and text of a parse, built once and shared by the rules that read them.

Walking a ``Doc`` or a ``Span`` builds a new ``Token`` object for every position each
time; the rules walk each parse a few dozen times, and those objects were the largest cost
of extraction after the parser. A token reads its head, label and text from the parse on
every access, so one list serves every walk, before and after the parse repairs (which
change heads and labels, never the tokens themselves). ``Doc.text`` joins every token on
each read, so it is kept too.

The last few docs are remembered by identity: a listed doc stays alive while it is
remembered, so its identity cannot pass to a new one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["doc_text", "doc_tokens", "span_tokens"]

#: How many recent docs are remembered (one is extracted at a time; a few spare).
_KEEP = 4
_recent: list[tuple[Doc, list[Token], list[str]]] = []


def _entry(doc: Doc) -> tuple[Doc, list[Token], list[str]]:
    for entry in _recent:
        if entry[0] is doc:
            return entry
    entry = (doc, list(doc), [])
    _recent[:] = [entry, *_recent[: _KEEP - 1]]
    return entry


def doc_tokens(doc: Doc) -> list[Token]:
    """Every token of ``doc``, in order (the same list on every call for a recent doc)."""
    return _entry(doc)[1]


def doc_text(doc: Doc) -> str:
    """The text of ``doc`` (``doc.text``), joined once for a recent doc."""
    text = _entry(doc)[2]
    if not text:
        text.append(doc.text)
    return text[0]


def span_tokens(span: Span) -> list[Token]:
    """The tokens of ``span``, in order, taken from its doc's shared list."""
    return doc_tokens(span.doc)[span.start : span.end]
