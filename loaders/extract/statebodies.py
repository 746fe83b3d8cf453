"""National bodies whose officers hold an office of their state: ruling parties and
legislatures named without the state ("chairman of the National People's Congress
Standing Committee Zhao Leji" holds an office of China; "general secretary of the
Workers' Party of Korea (WPK)" leads North Korea).

Only names that mean one state are listed; "National Assembly" or "Majlis" alone do not.
A state's governing council or administration named by its own name ("the president of
Haiti's Transitional Presidential Council X") is an office of that body too. A movement
that governs a state (the Taliban) holds the state's government offices ("the Taliban's
foreign minister": Afghanistan's), its own officers the movement's ("Taliban spokesman X").
"""

from __future__ import annotations

from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.spans import possessive

__all__ = ["generic_house", "governed_state", "governing_body", "movement_state",
           "national_body_state"]

#: Ruling parties of one-party states and national legislatures, by name and by the
#: acronym the news writes them with (lower case, no leading "the").
_BODIES: dict[str, str] = {
    # ruling parties ('communist' parties named for their state are read from the name)
    "cpc": "CHN", "ccp": "CHN", "cpv": "VNM", "workers' party of korea": "PRK", "wpk": "PRK",
    "lao people's revolutionary party": "LAO", "lprp": "LAO",
    # legislatures
    "national people's congress": "CHN", "npc": "CHN", "supreme people's assembly": "PRK",
    "state duma": "RUS", "duma": "RUS", "federation council": "RUS", "knesset": "ISR",
    "bundestag": "DEU", "verkhovna rada": "UKR", "lok sabha": "IND", "rajya sabha": "IND",
    "sejm": "POL", "storting": "NOR", "riksdag": "SWE", "folketing": "DNK",
    "eduskunta": "FIN", "saeima": "LVA", "seimas": "LTU", "riigikogu": "EST",
    "grand national assembly of turkey": "TUR", "turkish grand national assembly": "TUR",
    "jatiya sangsad": "BGD", "dail": "IRL", "dáil": "IRL", "dail eireann": "IRL",
    "dáil éireann": "IRL", "althing": "ISL", "mazhilis": "KAZ", "oliy majlis": "UZB",
    "milli majlis": "AZE", "jogorku kenesh": "KGZ",
}

#: Movements that govern a state without being its state: their ministers and envoys hold
#: the state's offices ("the Taliban's foreign minister"), their own officers the
#: movement's ("Taliban spokesman X", "the Taliban's political chief").
_MOVEMENTS: dict[str, str] = {"taliban": "AFG"}
#: Title words of a state's government, not of a movement's own ranks.
_GOVERNMENT_TITLES = frozenset({"minister", "ministers", "ambassador", "ambassadors", "consul",
                                "governor", "premier", "government", "chargé", "charge"})


def movement_state(name: str, title: list[str]) -> str | None:
    """ISO3 of the state a governing movement runs when ``title`` is an office of that
    state's government ('the Taliban's acting foreign minister'); None for the movement's
    own officers ('Taliban spokesman X') and for any other body."""
    iso = _MOVEMENTS.get(_key(name))
    return iso if iso and _GOVERNMENT_TITLES & {w.lower() for w in title} else None


#: Organs inside such a body that a name may end with: "the CPC Central Committee".
_INNER = ("central committee", "standing committee", "political bureau", "politburo",
          "secretariat", "presidium")


def national_body_state(name: str) -> str | None:
    """ISO3 of the state whose ruling party or legislature ``name`` is (or an organ of
    one: 'the CPC Central Committee'); None for any other body."""
    key = _key(name)
    for inner in _INNER:
        key = key.removesuffix(" " + inner)
    return _BODIES.get(key)


#: Names any state's legislature may bear ("Senate President X", "the Speaker of the
#: National Assembly"): an office in one is an office of its state, which the name alone
#: does not give.
_HOUSES = frozenset({
    "senate", "parliament", "congress", "national assembly", "house of representatives",
    "chamber of deputies", "house of commons", "house of lords", "legislative assembly",
    "national council", "federal assembly", "upper house", "lower house", "legislature",
    "national parliament", "national congress", "assembly of the republic",
    "people's assembly", "house of the people", "house of councillors",
    "chamber of representatives", "constituent assembly"})


def generic_house(name: str) -> bool:
    """Whether ``name`` is a legislature's name that any state's may bear ('Senate', 'the
    National Assembly')."""
    return _key(name) in _HOUSES


def _key(name: str) -> str:
    """A body's name as the lists hold it: lower case, one space, no leading 'the' nor
    trailing possessive."""
    key = " ".join(name.replace("\u2019", "'").split()).lower().removeprefix("the ")
    return key.removesuffix("'s")


#: Last words of the names of bodies that govern a state, or part of it, in their own name
#: (not its ministries, which serve it): "Transitional Presidential Council", "Tigray
#: Interim Administration", "Kurdistan Regional Government".
_GOVERNING = frozenset({"council", "administration", "government", "authority"})


def governing_body(dm: DocMentions, owner: int) -> str | None:
    """The governing body a title names right after the state ``owner``'s possessive:
    "Haiti's Transitional Presidential Council"."""
    doc, end = dm.doc, dm.mentions[owner].end
    if dm.mentions[owner].kind != "Country" or end + 1 >= len(doc) or \
            not possessive(doc[end]) or (j := dm.owner[end + 1]) < 0:
        return None
    return dm.mentions[j].key if governed_state(dm, j) == dm.mentions[owner].key else None


def governed_state(dm: DocMentions, body: int) -> str | None:
    """The state whose possessive comes right before the governing body ``body``: Sudan
    for "Sudan's Transitional Sovereignty Council" (not "Russia's Security Council" read
    as the UN's, a body the gazetteer knows)."""
    om, doc = dm.mentions[body], dm.doc
    words = om.text.split()
    if om.kind != "Organization" or len(words) < 2 or words[-1].lower() not in _GOVERNING \
            or om.key in gazetteer().orgs or om.start < 2 or \
            not possessive(doc[om.start - 1]):
        return None
    j = dm.owner[om.start - 2]
    return dm.mentions[j].key if j >= 0 and dm.mentions[j].kind == "Country" and \
        dm.mentions[j].end == om.start - 1 else None
