"""Words of names: the heads that end an organisation's or a place's name, the words of
places named for a person, regional words and the states they count, bloc seats and the
time zones a live page stamps its entries with."""

from __future__ import annotations

from dipgraph.loaders.extract.lexicon import words

__all__ = ["BLOC_SEATS", "NAMED_FOR_HEADS", "ORG_HEADS", "PLACE_HEADS", "REGION_MEMBERS",
           "TIME_ZONES"]


#: Heads of organisation names the NER may return ("National Security Committee").
ORG_HEADS = words(
    "committee council ministry department agency organization organisation union "
    "commission court conclave league bank fund office forum alliance assembly parliament "
    "congress senate community association bloc group"
)

#: Heads of place names ("Nile River", "Wagah border post", "Essequibo region").
PLACE_HEADS = words(
    "sea ocean strait gulf river peninsula region border island islands strip bank valley "
    "dam canal bay province state city mountains desert"
)


#: States a regional word counts in: "the two Nordic states", "the three Central Asian
#: neighbours", "the Baltic nations" (ISO3 codes).
REGION_MEMBERS: dict[str, frozenset[str]] = {
    "nordic": words("SWE FIN NOR DNK ISL"),
    "scandinavian": words("SWE NOR DNK"),
    "baltic": words("EST LVA LTU"),
    "gulf": words("SAU ARE QAT KWT BHR OMN"),
    "central asian": words("KAZ KGZ TJK TKM UZB"),
    "south caucasus": words("ARM AZE GEO"),
    "balkan": words("ALB BIH BGR HRV GRC XKX MNE MKD ROU SRB SVN"),
    "sahel": words("MLI BFA NER TCD MRT"),
    "sahelian": words("MLI BFA NER TCD MRT"),
    "maghreb": words("MAR DZA TUN LBY MRT"),
    "benelux": words("BEL NLD LUX"),
    "andean": words("BOL COL ECU PER"),
}


#: Seats that stand for the bloc they host, and the state hosting them: "accusing Brussels
#: of blackmail" (the EU, when the story names it and not Belgium), "BRUSSELS - The
#: bloc's ...".
BLOC_SEATS: dict[str, tuple[str, str]] = {"Brussels": ("European Union", "BEL")}


#: Last words of places named for a person: "King Mswati III International Airport".
#: (Not 'Park', 'Hall' or 'Bridge': surnames too, "President Park".)
NAMED_FOR_HEADS = words("airport stadium hospital university street avenue road square "
                        "highway school college library museum")


#: Time zones a live page stamps its entries with ("18:40 CET"), which the NER may take
#: for a body.
TIME_ZONES = frozenset({"CET", "CEST", "GMT", "UTC", "BST", "EST", "EDT", "PST", "PDT", "IST",
                        "JST", "KST", "AEST", "AEDT", "EET", "EEST", "MSK", "WAT", "EAT",
                        "CAT", "SAST", "GST", "AST", "HKT", "SGT", "WIB", "PHT"})
