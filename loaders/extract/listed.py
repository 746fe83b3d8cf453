"""People listed after a plural noun: "hosted her counterparts -- A of Norway, B of
Denmark and C of Sweden --", "the foreign ministers, A, B and C,".

The parser hangs the items of such a list on one another in several ways (appositions,
conjunctions, even on the countries after 'of'), so the list is read in text order: a
dash, comma or colon after the noun, then person names, each optionally followed by
"of <state>", separated by commas and a final "and".
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["listed_counterparts", "listed_people"]

_OPENERS = frozenset({"--", "\u2014", "\u2013", ",", ":"})


def _mention_at(dm: DocMentions, i: int, kind: str) -> int:
    """Index of the ``kind`` mention that starts at token ``i``, else -1."""
    if i >= len(dm.doc):
        return -1
    j = dm.owner[i]
    return j if j >= 0 and dm.mentions[j].kind == kind and dm.mentions[j].start == i else -1


def listed_people(tok: Token, dm: DocMentions) -> list[int]:
    """Mention indexes of the two or more people listed right after plural noun ``tok``."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in _OPENERS:
        return []
    i, found = tok.i + 2, []
    while (j := _mention_at(dm, i, "Person")) >= 0:
        found.append(j)
        i = dm.mentions[j].end
        if i + 1 < len(doc) and doc[i].lower_ == "of" and \
                (c := _mention_at(dm, i + 1, "Country")) >= 0:
            i = dm.mentions[c].end  # "A of Norway"
        comma = i < len(doc) and doc[i].text == ","
        i += comma
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
        elif not comma:
            break
    return found if len(found) >= 2 else []


def listed_counterparts(dm: DocMentions) -> set[int]:
    """Mention indexes of the people listed after a 'counterparts': each holds the office
    of the person whose counterparts they are."""
    return {j for tok in dm.doc if tok.lower_ == "counterparts"
            for j in listed_people(tok, dm)}
