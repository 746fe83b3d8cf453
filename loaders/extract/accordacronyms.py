"""Accords' short names: the acronyms a name yields ('Joint Comprehensive Plan of Action':
JCPOA), a bracketed '(CFE)' in its wording, and the earlier accord a short name stands
for."""

from __future__ import annotations

import re

from dipgraph.loaders.extract.accordinfo import CLASSES, AccordInfo

__all__ = ["acronym_of", "acronyms_in"]

_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9-]{1,9})\)")


def acronyms_in(raw: str, name: str) -> set[str]:
    """Short forms an accord may be called by: a bracketed '(CFE)' in its wording, and
    the initials of its capitalised name words ('Comprehensive Nuclear-Test-Ban' -> CNTB)."""
    out = set(_BRACKETED.findall(raw))
    for split in (r"[\s-]+", r"\s+"):  # "Intermediate-Range Nuclear Forces": IRNF and INF
        caps = [w for w in re.split(split, name) if w[:1].isupper() and
                w.lower() not in CLASSES]
        if len(caps) >= 2:
            out.add("".join(w[0] for w in caps))
        # "Joint Comprehensive Plan of Action" -> JCPOA: every word, 'of' included
        every = [w for w in re.split(split, name) if w[:1].isupper() or w in ("of", "on")]
        if len(every) >= 3:
            out.add("".join(w[0].upper() for w in every))
    return out


def acronym_of(text: str, accords: dict[str, AccordInfo], order: list[str]) -> str | None:
    """The earlier accord a short name ('the CFE Treaty', 'the CTBT') abbreviates."""
    words = [w for w in text.split() if w.lower() not in CLASSES and w.lower() != "the"]
    if len(words) != 1 or not words[0].isupper():
        return None
    for k in reversed(order):
        if words[0] in accords[k].acronyms:
            return k
    return None
