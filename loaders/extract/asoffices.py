"""Offices told with 'as': "her first visit to Slovenia as Austria's foreign minister".

A person's office is often given in passing, after 'as' in a phrase about them: "X, on
her first trip as Austria's foreign minister, ...", "Her first visit ... as Austria's
foreign minister". The office belongs to the person the phrase is about: the first
person named before 'as' in its sentence, or, when a his/her opens the phrase and no one
is named before it, the last person named in the sentence before.
"""

from __future__ import annotations

from dipgraph.loaders.extract.lexicon import TITLE_HEADS, TITLE_WORDS
from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["as_offices"]

#: Words that make the office a past or hoped-for one: "as former minister", "as a
#: candidate for president".
_NOT_HELD = frozenset({"former", "ex", "then", "candidate", "future", "next", "acting"})


def as_offices(dm: DocMentions) -> dict[int, tuple[list[str], int]]:
    """Person mention index -> (title words, mention index of the state) for each
    "as <State>'s <title>" or "as <demonym> <title>" the text gives in passing."""
    doc = dm.doc
    found: dict[int, tuple[list[str], int]] = {}
    for tok in doc:
        if tok.lower_ != "as" or tok.i + 3 >= len(doc) or not dm.in_body[tok.i]:
            continue
        k = tok.i + 1
        j = dm.owner[k]
        if j < 0 or dm.mentions[j].kind != "Country":
            continue
        k = dm.mentions[j].end
        if k < len(doc) and doc[k].text in ("'s", "\u2019s"):
            k += 1
        elif not dm.mentions[j].demonym:
            continue  # ("as Austria said": no office)
        words: list[str] = []
        while k < len(doc) and doc[k].lower_ in TITLE_WORDS and dm.owner[k] < 0 and len(words) < 5:
            words.append(doc[k].text)
            k += 1
        if not words or words[-1].lower() not in TITLE_HEADS or any(
                w.lower() in _NOT_HELD for w in words):
            continue
        person = _about(dm, tok.i)
        if person is not None and person not in found:
            found[person] = (words, j)
    return found


def _about(dm: DocMentions, at: int) -> int | None:
    """The person mention the 'as' phrase at ``at`` is about (see the module docstring)."""
    doc = dm.doc
    sent = doc[at].sent
    before = [m for m in range(len(dm.mentions)) if dm.mentions[m].kind == "Person"
              and sent.start <= dm.mentions[m].start < at]
    if before:
        return before[0]
    if not any(t.lower_ in ("his", "her") for t in doc[sent.start : at]) or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    last = [m for m in range(len(dm.mentions)) if dm.mentions[m].kind == "Person"
            and prev.start <= dm.mentions[m].start < prev.end]
    return last[-1] if last else None
