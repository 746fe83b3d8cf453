"""People listed after a plural noun: "hosted her counterparts -- A of Norway, B of
Denmark and C of Sweden --", "the foreign ministers, A, B and C,".

The parser hangs the items of such a list on one another in several ways (appositions,
conjunctions, even on the countries after 'of'), so the list is read in text order: a
dash, comma or colon after a plural person noun, then person names, each optionally
followed by "of <state>", separated by commas and a final "and", closed by the matching
dash, a comma, a full stop or the end of the sentence ("After talks with their
counterparts, A and B said" lists nobody: the names open the next clause).
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import PERSON_NOUNS
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.owners import of_state

__all__ = ["listed_counterparts", "listed_people"]

_DASHES = frozenset({"--", "\u2014", "\u2013"})
_CLOSERS = frozenset({",", ".", ";", ":", ")"})


def _person_at(dm: DocMentions, i: int) -> int:
    """Index of the Person mention that starts at token ``i``, else -1."""
    if i >= len(dm.doc):
        return -1
    j = dm.owner[i]
    return j if j >= 0 and dm.mentions[j].kind == "Person" and dm.mentions[j].start == i \
        else -1


def listed_people(tok: Token, dm: DocMentions) -> list[int]:
    """Mention indexes of the two or more people listed right after plural person noun
    ``tok`` ("counterparts", "ministers", "leaders"), or none when the list is not closed."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.lower_ not in PERSON_NOUNS or tok.i + 2 >= len(doc):
        return []
    opener = doc[tok.i + 1].text
    if opener not in _DASHES and opener not in (",", ":"):
        return []
    i, found, after_and = tok.i + 2, [], False
    while (j := _person_at(dm, i)) >= 0:
        found.append(j)
        i = of_state(dm, dm.mentions[j].end)[1]  # "A of Norway"
        after_and = False
        comma = i < len(doc) and doc[i].text == ","
        i += comma
        if i < len(doc) and doc[i].lower_ == "and" and not after_and:
            i, after_and = i + 1, True
        elif not comma:
            break
    closed = i >= tok.sent.end or (doc[i].text in _DASHES if opener in _DASHES
                                   else doc[i - 1].text == "," or doc[i].text in _CLOSERS)
    return found if len(found) >= 2 and not after_and and closed else []


def listed_counterparts(dm: DocMentions) -> set[int]:
    """Mention indexes of the people listed after a 'counterparts': each holds the office
    of the person whose counterparts they are."""
    return {j for tok in dm.doc if tok.lower_ == "counterparts"
            for j in listed_people(tok, dm)}
