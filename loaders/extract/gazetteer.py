"""Lexicons of states, organisations and cities, and the phrase matcher over them.

Countries come from ``loaders/data/countries.json`` (all ISO 3166 states and three
former ones, with common short names, aliases, capitals and demonyms), organisations from
``organizations.json``, known office holders from ``officials.json``, cities from
``cities.json`` (major cities that are not capitals, each with its state) and named
regions, seas and straits from ``regions.json`` (with their state, or none for a sea
shared by several). Everything is loaded
once per process; the matcher is built once per spaCy vocabulary.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher

__all__ = [
    "MONARCHIES", "ROYAL_NOUNS", "SHARED_NAMES", "STATE_ORGANS", "CountryInfo", "Gazetteer",
    "gazetteer",
    "officials_index", "person_key",
]

#: Seats and organs of government that news uses for their state ("the Kremlin said").
STATE_ORGANS: dict[str, str] = {
    "Kremlin": "RUS", "Pentagon": "USA", "US State Department": "USA", "White House": "USA",
    "Elysee": "FRA", "Élysée": "FRA", "Elysee Palace": "FRA", "Élysée Palace": "FRA",
    "Downing Street": "GBR", "Blue House": "KOR",
    "Zhongnanhai": "CHN", "Quai d'Orsay": "FRA",
}

#: States whose head of state is a monarch (ISO3): "the kingdom" is one of them.
_MONARCHY_CODES = (
    "AND AUS BEL BHR BRN BTN CAN DNK ESP GBR JOR JPN KHM KWT LIE LSO LUX MAR MCO MYS NLD NOR "
    "NZL OMN QAT SAU SWE SWZ THA TON ARE JAM BHS BLZ PNG SLB TUV GRD KNA LCA VCT ATG")
MONARCHIES = frozenset(_MONARCHY_CODES.split())
#: Nouns that mean one of them: "landed in the kingdom", "the emirate said".
ROYAL_NOUNS = frozenset({"kingdom", "emirate", "sultanate", "principality"})

#: Short names two states share, with the state they mean when the article names
#: neither in full first: news usage gives "Congo" to the larger DR Congo.
SHARED_NAMES: dict[str, tuple[str, ...]] = {
    "congo": ("COD", "COG"),
    "the congo": ("COD", "COG"),
}


#: ISO 3166 codes that news prose uses as a state's name ("the USA", "PNG's prime
#: minister"); the others are aliases for the output only.
_CODES_IN_PROSE = frozenset({"USA", "PNG"})


@dataclass(frozen=True)
class CountryInfo:
    """One state: ISO3 code, common name, aliases, capitals, demonyms."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]


def person_key(name: str) -> str:
    """A person's name compared without accents, case, hyphens, dots or apostrophes:
    'Abdel Fattah el-Sisi' and 'abdel fattah el sisi' are one key."""
    bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[-.'\u2019]", " ", bare).lower().split())


def officials_index(by_state: dict[str, list[str]]) -> dict[str, str]:
    """Name key -> ISO3 of listed office holders; a name listed under two states is left
    out (it would place one of two people wrongly)."""
    listed: dict[str, set[str]] = {}
    for iso, names in by_state.items():
        for name in names:
            listed.setdefault(person_key(name), set()).add(iso)
    return {k: next(iter(v)) for k, v in listed.items() if len(v) == 1}


def _load(name: str) -> Any:
    data = resources.files("dipgraph.loaders").joinpath("data", name).read_text("utf-8")
    return json.loads(data)


_UN_FORMS = ("UN ", "U.N. ", "United Nations ")
_SPELLINGS = (("Organisation", "Organization"), ("Programme", "Program"),
              ("Labour", "Labor"), ("Defence", "Defense"), ("Centre", "Center"),
              ("Co-operation", "Cooperation"))


def _variants(surface: str) -> set[str]:
    """Other ways news writes an organisation name: 'UN'/'U.N.'/'United Nations',
    British/American spelling, the 'UN's' possessive-free form, an acronym in title
    case."""
    forms = {surface}
    for prefix in _UN_FORMS:
        if surface.startswith(prefix):
            rest = surface[len(prefix):]
            forms |= {p + rest for p in _UN_FORMS}
    for a, b in _SPELLINGS:
        forms |= {f.replace(a, b) for f in forms} | {f.replace(b, a) for f in forms}
    if surface.isalpha() and surface.isupper() and len(surface) >= 4:
        forms.add(surface.title())  # an acronym written as a word: "Nato", "Ecowas"
    return forms - {surface}


def _republic_forms(countries: dict[str, CountryInfo]) -> list[tuple[str, str]]:
    """'the Republic of Niger', 'the Republic of Togo': a republic named by its one-word
    short name (the official names listed are 'Republic of the Niger', 'Togolese
    Republic'). Not when the form is part of another listed name ('Republic of China' is
    Taiwan's, and part of 'People's Republic of China')."""
    listed = [n for info in countries.values() for n in (info.name, *info.aliases)]
    out = []
    for info in countries.values():
        form = f"Republic of {info.name}"
        if " " in info.name or not any("Republic" in a for a in info.aliases) or any(
                re.search(rf"\b{re.escape(form)}\b", n) for n in listed):
            continue
        out.append((form, info.iso3))
    return out


@dataclass
class Gazetteer:
    """Surface string -> what it names; ``match_*`` keys for the matcher."""

    countries: dict[str, CountryInfo] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    orgs: dict[str, str] = field(default_factory=dict)
    org_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: A body's parent organisation: "European Commission" -> "European Union".
    org_parent: dict[str, str] = field(default_factory=dict)
    cities: dict[str, str] = field(default_factory=dict)
    #: Known office holders: normalised full name -> ISO3 (see :func:`person_key`).
    officials: dict[str, str] = field(default_factory=dict)
    #: Every listed office holder's name key (those listed for two states too), and the
    #: first words of those keys (a cheap test before a key is built).
    official_names: frozenset[str] = frozenset()
    official_firsts: frozenset[str] = frozenset()
    _upper: dict[str, str] = field(default_factory=dict)
    _places: dict[str, str] = field(default_factory=dict)
    _matchers: dict[int, tuple[PhraseMatcher, PhraseMatcher]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Gazetteer:
        gaz = cls()
        for row in _load("countries.json"):
            info = CountryInfo(
                row["iso3"], row["name"], tuple(row["aliases"]), tuple(row["capitals"]),
                tuple(row["demonyms"]),
            )
            gaz.countries[info.iso3] = info
            for surface in (info.name, *info.aliases):
                gaz.country_names.setdefault(surface, info.iso3)
                if surface.startswith("Saint "):  # "St Lucia", "St. Vincent and the ..."
                    for short in ("St ", "St. "):
                        gaz.country_names.setdefault(short + surface[6:], info.iso3)
            for dem in info.demonyms:
                gaz.demonyms.setdefault(dem.lower(), info.iso3)
            for cap in info.capitals:
                gaz.capitals.setdefault(cap, info.iso3)
        for form, iso3 in _republic_forms(gaz.countries):
            gaz.country_names.setdefault(form, iso3)
        rows = _load("organizations.json")
        for row in rows:
            gaz.org_aliases[row["name"]] = tuple(row["aliases"])
            if row.get("part_of"):
                gaz.org_parent[row["name"]] = row["part_of"]
            for surface in (row["name"], *row["aliases"]):
                gaz.orgs.setdefault(surface, row["name"])
        for row in rows:  # written variants last: a listed surface always wins
            for surface in (row["name"], *row["aliases"]):
                for variant in _variants(surface):
                    gaz.orgs.setdefault(variant, row["name"])
        gaz.cities = dict(_load("cities.json"))
        for name, iso in _load("regions.json").items():
            gaz.cities.setdefault(name, iso)  # "" for a region of several states
        listed = _load("officials.json")["officials"]
        gaz.officials = officials_index(listed)
        gaz.official_names = frozenset(person_key(n) for ns in listed.values() for n in ns)
        gaz.official_firsts = frozenset(k.split()[0] for k in gaz.official_names if " " in k)
        gaz._upper = {name.upper(): iso for name, iso in sorted(gaz.country_names.items())}
        for table in (gaz.capitals, gaz.cities):
            for name, iso in table.items():
                gaz._places.setdefault(name.lower(), iso)
        return gaz

    def matchers(self, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
        """(case-sensitive names matcher, lower-case demonym matcher) for ``nlp``."""
        vocab = nlp.vocab
        key = id(vocab)
        if key not in self._matchers:
            exact = PhraseMatcher(vocab, attr="ORTH")
            for label, table in (
                ("COUNTRY", self.country_names), ("CAPITAL", self.capitals),
                ("ORG", self.orgs), ("CITY", self.cities),
            ):
                patterns = []
                for surface in sorted(table):
                    if label == "COUNTRY" and surface in self.countries and \
                            surface not in _CODES_IN_PROSE:
                        continue  # an ISO code is an alias, no word of the text ("MAC")
                    patterns.append(nlp.make_doc(surface))
                    if surface.upper() != surface and label in ("CAPITAL", "CITY", "COUNTRY"):
                        patterns.append(nlp.make_doc(surface.upper()))
                exact.add(label, patterns)
            lower = PhraseMatcher(vocab, attr="LOWER")
            lower.add("DEMONYM", [nlp.make_doc(d) for d in sorted(self.demonyms)])
            self._matchers[key] = (exact, lower)
        return self._matchers[key]

    def official_state(self, name: str) -> str | None:
        """ISO3 of the state a known office holder serves ('Narendra Modi' -> IND), by the
        full name as written (accents, case, hyphens and dots aside); None otherwise."""
        return self.officials.get(person_key(name))

    def lookup_country(self, surface: str) -> str | None:
        """ISO3 for a country name, alias, upper-cased name or demonym; None otherwise."""
        text = surface.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        if text in self.country_names:
            return self.country_names[text]
        if text.isupper() and text in self._upper:
            return self._upper[text]
        return self.demonyms.get(text.lower())

    def place_country(self, surface: str) -> str | None:
        """ISO3 of the country a city or capital lies in, when known."""
        return self._places.get(surface.lower()) or None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded on first use)."""
    return Gazetteer.load()
