"""Whom a style of address stands for when no name follows it.

Palace and ministry releases name a monarch once ("His Majesty King Abdullah II") and go
on with the style alone: "His Majesty called on the President", "Her Majesty was
received". :func:`styled_rulers` maps each bare "His Majesty" / "His Highness" to the one
person of the article it can mean: the one first styled so, else the one ruler whose
title fits the style.
"""

from __future__ import annotations

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.persons import People
from dipgraph.loaders.extract.spans import prefix_word, title_word

__all__ = ["styled_rulers"]

#: Styles and the title words of the rulers they may stand for.
_STYLES = {
    "majesty": frozenset({"king", "queen", "sultan", "emperor", "empress", "monarch"}),
    "highness": frozenset({"emir", "amir", "sultan", "prince", "princess", "sheikh",
                           "president", "ruler"}),  # (the UAE's president is "His Highness")
}


def styled_rulers(dm: DocMentions, people: People) -> dict[int, str]:
    """Token index of each bare style ('Majesty' in "His Majesty conveyed ...") -> the key
    of the person it stands for; styles right before a name are that name's honorific."""
    doc = dm.doc
    bare = [tok for tok in doc_tokens(doc) if tok.lower_ in _STYLES and tok.is_title and
            tok.i > 0 and doc[tok.i - 1].lower_ in ("his", "her") and not (
                tok.i + 1 < len(doc) and (dm.owner[tok.i + 1] >= 0 or doc[tok.i + 1].is_title
                                          or doc[tok.i + 1].lower_ == "the"))]
    if not bare:  # ("His Majesty King X", "His Highness the Amir": a name or title follows)
        return {}
    out: dict[int, str] = {}
    first: dict[str, str] = {}  # style -> the person first named under it
    for j, m in enumerate(dm.mentions):
        key = people.of_mention.get(j)
        if key is None:
            continue
        k = m.start - 1
        while k > 0 and (prefix_word(doc[k]) or title_word(doc[k])) and \
                doc[k].lower_ not in _STYLES:
            k -= 1  # ("His Majesty Sultan Haji X": past the title and honorifics)
        style = doc[k].lower_ if k >= 0 else ""
        if style in _STYLES and style not in first and _fits(
                people.persons[key].title, style):
            first[style] = key
    rulers = {style: [k for k, p in people.persons.items() if p.title and _fits(p.title, style)]
              for style in _STYLES}
    for tok in bare:
        style = tok.lower_
        key = first.get(style) or (rulers[style][0] if len(rulers[style]) == 1 else None)
        if key is not None:
            out[tok.i] = key
    return out


def _fits(title: str | None, style: str) -> bool:
    """Whether a title is a ruler's the style is used for ('King' for 'Majesty'); an
    untitled person may be styled so too."""
    return title is None or any(w in _STYLES[style] for w in title.lower().split())
