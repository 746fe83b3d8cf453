"""'Mondino said she had spoken with her Chilean counterpart': an unnamed counterpart is the
person of that state the story names in the same office as the one whose counterpart he is
(the foreign minister, not the last Chilean named)."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.persons import People

__all__ = ["office_key", "same_office"]

#: Portfolios told apart when matching offices ("Foreign Minister" is no "Defence Minister",
#: nor a "Minister of Foreign Trade"), by whole words.
_PORTFOLIOS = (("trade",), ("foreign", "external"), ("defence", "defense"), ("finance",),
               ("interior", "home"))
#: Words of a junior office: an undersecretary is no foreign minister's counterpart.
_JUNIOR = frozenset({"deputy", "vice", "under", "undersecretary", "assistant", "permanent",
                     "principal", "spokesman", "spokeswoman", "spokesperson"})


def office_key(title: str) -> str:
    """A title's office, coarsely: 'foreign' for a foreign minister or secretary (but
    'trade' for foreign trade), 'prime minister', else its last word ('president',
    'minister', 'ambassador'); a junior office is marked so ('junior foreign'). Of two
    offices joined by 'and' ('Deputy Prime Minister and Foreign Minister'), the portfolio."""
    low = title.lower().replace("-", " ")
    parts = low.split(" and ") if "affairs and" not in low else [low]
    for part in [*parts, low]:
        words = part.split()
        rank = "junior " if _JUNIOR & set(words) or "minister of state" in part or \
            "state minister" in part else ""
        for names in _PORTFOLIOS:
            if any(w in words for w in names) and not (
                    names[0] == "trade" and "affairs" in words):  # ("Foreign Affairs and Trade")
                return rank + names[0]
    words = low.split()
    rank = "junior " if _JUNIOR & set(words) else ""
    if "prime minister" in low or "premier" in words:
        return rank + "prime minister"
    return rank + (words[-1] if words else "")


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
                office = office_key(title)
                return [k for k, p in people.persons.items() if p.country == country and
                        p.title and office_key(p.title) == office and k != key]
        if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head == verb:
            break
        verb = verb.head
    return []
