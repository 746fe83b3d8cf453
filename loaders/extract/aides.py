"""Aides named by whom they serve: "X, the chief foreign policy adviser to President Y,"
holds that office in Y's state ("adviser to the President"), as the state's official."""

from __future__ import annotations

from dipgraph.loaders.extract.lexicon import HONORIFICS, TITLE_WORDS
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.persons import People

__all__ = ["AIDE_HEADS", "aides"]

#: Offices held as someone's aide: "adviser to", "spokesman for", "chief of staff to".
AIDE_HEADS = frozenset({"adviser", "advisor", "aide", "spokesman", "spokeswoman",
                         "spokesperson", "staff", "counsellor", "counselor"})
#: Words an aide's title may hold before its head: "the chief foreign policy adviser".
_AIDE_WORDS = frozenset({"chief", "senior", "top", "special", "foreign", "policy", "security",
                         "national", "diplomatic", "economic", "political", "principal",
                         "personal", "international", "affairs", "of", "deputy", "press"})


def aides(dm: DocMentions, people: People) -> None:
    """Give 'X, the <aide title> to/for <title> Y' the office '<aide title> to the <Y's
    office>' in Y's state, when X has no office yet and Y's state is known."""
    doc = dm.doc
    for j, m in enumerate(dm.mentions):
        key = people.of_mention.get(j)
        info = people.persons.get(key) if key else None
        if info is None or info.title or m.end + 3 >= len(doc) or doc[m.end].text != ",":
            continue
        k = m.end + 1
        if doc[k].lower_ in ("the", "a", "an"):
            k += 1
        start = k
        while k < len(doc) and k - start < 6 and doc[k].lower_ in _AIDE_WORDS | AIDE_HEADS:
            k += 1
        if k == start or doc[k - 1].lower_ not in AIDE_HEADS or k + 1 >= len(doc) or \
                doc[k].lower_ not in ("to", "for"):
            continue
        after = k + 1
        while after < len(doc) and (doc[after].lower_.rstrip(".") in HONORIFICS or
                                    doc[after].lower_ in TITLE_WORDS):
            after += 1
        chief = dm.owner[after] if after < len(doc) else -1
        served = people.persons.get(people.of_mention.get(chief, "")) if chief >= 0 else None
        if served is None or served is info or served.country is None or not served.title:
            continue
        title = doc[start:k].text
        info.title = f"{title[0].upper()}{title[1:]} to the {served.title}"
        info.country, info.office_conf, info.office_sentence = served.country, 0.7, m.start
