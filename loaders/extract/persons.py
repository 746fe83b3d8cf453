"""What one person of an article is (:class:`PersonInfo`) and the article's persons
(:class:`People`), shared by the reader that finds them and the rules that use them."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["People", "PersonInfo"]


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


@dataclass
class People:
    """Persons by key, mention index -> person key, nominal head token -> person key."""

    persons: dict[str, PersonInfo]
    of_mention: dict[int, str]
    nominal: dict[int, str]
