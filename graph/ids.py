"""Deterministic entity ids: the same real-world entity gets the same id everywhere.

Country by ISO 3166 alpha-3; Person, Organization and Place by normalised name
(a Person optionally disambiguated by country); Accord and Event by the fields
that define them. Ids are readable (``person:wang-yi``) so Cypher stays legible.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "accord_id",
    "article_id",
    "country_id",
    "event_id",
    "normalize_name",
    "organization_id",
    "person_id",
    "place_id",
    "slug",
]

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize_name(name: str) -> str:
    """Casefold, strip accents and punctuation, collapse spaces: 'Café  Ölü' -> 'cafe olu'."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_ish = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", ascii_ish.casefold()).split())


def slug(name: str) -> str:
    """``normalize_name`` joined by dashes; falls back to a hash for non-Latin names."""
    norm = normalize_name(name)
    if norm:
        return norm.replace(" ", "-")
    return "u" + hashlib.sha256(name.strip().encode("utf-8")).hexdigest()[:16]


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def country_id(iso3: str) -> str:
    return f"country:{iso3.upper()}"


def person_id(name: str, country_iso3: str | None = None) -> str:
    """``person:wang-yi``; ``person:kim-jong-un@PRK`` when a caller must disambiguate."""
    base = f"person:{slug(name)}"
    return f"{base}@{country_iso3.upper()}" if country_iso3 else base


def organization_id(name: str) -> str:
    return f"org:{slug(name)}"


def place_id(name: str) -> str:
    return f"place:{slug(name)}"


def accord_id(name: str, parties: Iterable[str] = (), article: str | None = None) -> str:
    """An accord is defined by its (canonical) name: ``accord:paris-agreement``.

    A described one ("an agreement on trade") is defined by its wording and the states or
    bodies party to it, ``accord:agreement-on-trade@KEN+TZA``, or, no party known, by the article
    describing it, so two pairs' "agreement on trade" never become one node.
    """
    if isinstance(parties, str):
        raise TypeError("parties is a collection of entity ids, not one id")
    base = f"accord:{slug(name)}"
    states = sorted({p.split(":", 1)[-1] for p in parties})
    if states:
        return f"{base}@{'+'.join(states)}"
    return f"{base}@{_digest([article])}" if article else base


def event_id(kind: str, date: str | None, place: str | None, participants: Iterable[str]) -> str:
    """An event is defined by kind, date, place and the set of participant ids."""
    parts = [kind, date or "", place or "", *sorted(set(participants))]
    return f"event:{kind}:{_digest(parts)}"


def article_id(text: str, url: str | None = None, path: str | None = None) -> str:
    """An article is its URL when known, else its file name; never its content.

    The content hash is kept separately so that a changed article keeps its id
    and replaces its own evidence.
    """
    key = url or path
    if key:
        return f"article:{_digest([key])}"
    return f"article:{_digest([text])}"
