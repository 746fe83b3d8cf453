"""What one person of an article is (:class:`PersonInfo`) and the article's persons
(:class:`People`), shared by the reader that finds them and the rules that use them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.lexicon import ENVOY_WORDS
from dipgraph.loaders.extract.salience import Ref

__all__ = ["UNTITLED", "People", "PersonInfo", "of_words", "title_has"]

#: The title of a state's person whose office the story does not give ("France's X").
UNTITLED = "Representative"


def title_has(words: set[str], title: str | None) -> bool:
    """Whether ``title`` has all the words of a bare noun phrase that names its holder
    ('the foreign minister'); 'the envoy' names any envoy ('High Commissioner X')."""
    low = (title or "").lower()
    return words <= set(low.replace("-", " ").split()) or (words == {"envoy"} and any(
        w in low for w in ("ambassador", "envoy", "high commissioner", "d'affaires",
                           "d\u2019affaires")))


def of_words(tok: Token) -> set[str]:
    """The words of a title's own 'of' phrase ('the Secretary of State', 'the Minister of
    Foreign Affairs'), which a holder's title must have too."""
    for prep in tok.children:
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ == "of" and objs and objs[0].is_title:
            return {"of", *(t.lower_ for t in objs[0].subtree if t.is_alpha)}
    return set()


@dataclass
class PersonInfo:
    """One person of the article: canonical name, the ways it is written, office."""

    key: str
    name: str
    aliases: set[str] = field(default_factory=set)
    title: str | None = None
    country: str | None = None
    org: str | None = None
    office_conf: float = 0.0
    honorifics: set[str] = field(default_factory=set)
    office_sentence: int | None = None
    #: Offices in bodies beside the main one: "Ghanaian President X, the AU chairman".
    more_offices: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def envoy(self) -> bool:
        """Titled only as an envoy ('Ambassador', 'Charge d'affaires'): posted abroad, he
        speaks and is spoken to for his state."""
        if self.title is None:
            return False
        office, to, post = self.title.partition(" to ")  # "Ambassador to Russia": posted in
        # a state (not "Ambassador to the United Nations", a seat he leaves to travel)
        return {w.lower() for w in office.split()} <= ENVOY_WORDS and (
            not to or gazetteer().lookup_country(post) is not None)


@dataclass
class People:
    """Persons by key, mention index -> person key, nominal head token -> person key."""

    persons: dict[str, PersonInfo]
    of_mention: dict[int, str]
    nominal: dict[int, str]

    def states_of(self, keys: Iterable[str]) -> list[str] | None:
        """The states of the persons ``keys`` (distinct, in order), or None when one of
        them has no known state."""
        states: list[str] = []
        for key in keys:
            info = self.persons.get(key)
            if info is None or not info.country:
                return None
            if info.country not in states:
                states.append(info.country)
        return states

    def state_of(self, ref: Ref) -> str | None:
        """The state an actor stands for: a state itself, a person his known country."""
        if ref.kind == "Country":
            return ref.key
        info = self.persons.get(ref.key) if ref.kind == "Person" else None
        return info.country if info is not None else None
