"""'Mondino said she had spoken with her Chilean counterpart': an unnamed counterpart is the
person of that state the story names in the same office as the one whose counterpart he is
(the foreign minister, not the last Chilean named)."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.persons import People

__all__ = ["same_office"]

#: Portfolios told apart when matching offices ("Foreign Minister" is no "Defence Minister").
_PORTFOLIOS = (("foreign", "external"), ("defence", "defense"), ("finance",), ("trade",),
               ("interior", "home"))


#: Words of a junior office: an undersecretary is no foreign minister's counterpart.
_JUNIOR = ("deputy", "vice", "under", "assistant", "state minister", "minister of state",
           "permanent", "principal", "spokes")


def _office(title: str) -> str:
    """A title's office, coarsely: 'foreign' for a foreign minister or secretary, 'prime
    minister', else its last word ('president', 'minister', 'ambassador'); a junior
    office is marked so ('junior foreign')."""
    low = title.lower()
    rank = "junior " if any(w in low for w in _JUNIOR) else ""
    for words in _PORTFOLIOS:
        if any(w in low for w in words):
            return rank + words[0]
    if "prime minister" in low or "premier" in low:
        return rank + "prime minister"
    return rank + (low.split()[-1] if low.split() else "")


def same_office(dm: DocMentions, people: People, tok: Token, country: str) -> list[str]:
    """Keys of the people of ``country`` in the office of the subject of the clause
    ``tok`` ('counterpart') is in; none when that subject is no titled person."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for _ in range(3):  # ("Mondino said she had spoken with her counterpart": Mondino)
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            j = dm.owner[subj.i]
            key = people.of_mention.get(j) if j >= 0 else None
            title = people.persons[key].title if key else None
            if title:
                office = _office(title)
                return [k for k, p in people.persons.items() if p.country == country and
                        p.title and _office(p.title) == office and k != key]
        if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head == verb:
            break
        verb = verb.head
    return []
