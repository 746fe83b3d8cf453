"""Word lists the rules read: reporting verbs, relation verbs, titles, nouns.

Plain frozen tables, built once at import; every rule that needs a word list
takes it from here so that the vocabulary can be reviewed in one place.
"""

from __future__ import annotations

from dipgraph.graph.relations import RelationType as R

__all__ = [
    "ACCORD_HEADS",
    "COUNTERPART_WORDS",
    "GOV_NOUNS",
    "GROUP_NOUNS",
    "HONORIFICS",
    "HYPOTHETICAL_MODS",
    "NOMINAL_RELATIONS",
    "ORG_HEADS",
    "PERSON_NOUNS",
    "PLACE_HEADS",
    "REPORTING_VERBS",
    "TITLE_HEADS",
    "TITLE_WORDS",
    "VERB_RELATIONS",
    "WITHDREW_PHRASES",
]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())

#: Lemma of a verb -> the relation it states when its subject acts on its object.
VERB_RELATIONS: dict[str, R] = {
    "meet": R.MET_WITH, "greet": R.MET_WITH, "receive": R.MET_WITH, "host": R.MET_WITH,
    "visit": R.VISITED, "tour": R.VISITED,
    "ask": R.REQUESTED, "request": R.REQUESTED, "urge": R.REQUESTED, "appeal": R.REQUESTED,
    "implore": R.REQUESTED, "invite": R.REQUESTED, "press": R.REQUESTED,
    "agree": R.AGREED, "consent": R.AGREED,
    "assure": R.PLEDGED, "reassure": R.PLEDGED, "promise": R.PLEDGED, "pledge": R.PLEDGED,
    "vow": R.PLEDGED, "commit": R.PLEDGED,
    "support": R.SUPPORTED, "back": R.SUPPORTED, "endorse": R.SUPPORTED, "welcome": R.SUPPORTED,
    "praise": R.SUPPORTED, "hail": R.SUPPORTED, "applaud": R.SUPPORTED, "commend": R.SUPPORTED,
    "warn": R.WARNED, "threaten": R.WARNED, "caution": R.WARNED,
    "condemn": R.CRITICIZED, "criticize": R.CRITICIZED, "criticise": R.CRITICIZED,
    "denounce": R.CRITICIZED, "accuse": R.CRITICIZED, "slam": R.CRITICIZED,
    "blast": R.CRITICIZED, "protest": R.CRITICIZED, "rebuke": R.CRITICIZED,
    "censure": R.CRITICIZED, "blame": R.CRITICIZED, "decry": R.CRITICIZED,
    "sign": R.SIGNED, "ink": R.SIGNED, "conclude": R.SIGNED, "seal": R.SIGNED,
    "ratify": R.SIGNED,
    "scrap": R.WITHDREW_FROM, "withdraw": R.WITHDREW_FROM, "suspend": R.WITHDREW_FROM,
    "abandon": R.WITHDREW_FROM, "terminate": R.WITHDREW_FROM, "annul": R.WITHDREW_FROM,
    "revoke": R.WITHDREW_FROM, "exit": R.WITHDREW_FROM, "quit": R.WITHDREW_FROM,
    "abrogate": R.WITHDREW_FROM, "cancel": R.WITHDREW_FROM,
}

#: Verb + particle/preposition phrases: (lemma, word) -> relation.
WITHDREW_PHRASES: dict[tuple[str, str], R] = {
    ("pull", "out"): R.WITHDREW_FROM, ("break", "off"): R.WITHDREW_FROM,
    ("put", "hold"): R.WITHDREW_FROM, ("walk", "away"): R.WITHDREW_FROM,
    ("call", "on"): R.REQUESTED, ("call", "upon"): R.REQUESTED, ("call", "for"): R.REQUESTED,
    ("hold", "talks"): R.MET_WITH, ("hold", "talk"): R.MET_WITH,
    ("hold", "meeting"): R.MET_WITH, ("hold", "conversation"): R.MET_WITH,
    ("hold", "call"): R.MET_WITH, ("have", "talks"): R.MET_WITH,
    ("have", "call"): R.MET_WITH, ("have", "conversation"): R.MET_WITH,
    ("have", "meeting"): R.MET_WITH, ("hold", "discussions"): R.MET_WITH,
    ("speak", "with"): R.MET_WITH, ("talk", "with"): R.MET_WITH,
    ("arrive", "in"): R.VISITED, ("travel", "to"): R.VISITED, ("fly", "to"): R.VISITED,
}

#: Nouns that state a relation when an actor "expresses/voices/gives/pays" them or
#: when they carry their ends as by/from/to/with/between phrases.
NOMINAL_RELATIONS: dict[str, R] = {
    "meeting": R.MET_WITH, "talks": R.MET_WITH, "talk": R.MET_WITH,
    "conversation": R.MET_WITH, "call": R.MET_WITH, "summit": R.MET_WITH,
    "visit": R.VISITED, "trip": R.VISITED, "tour": R.VISITED,
    "request": R.REQUESTED, "appeal": R.REQUESTED, "plea": R.REQUESTED,
    "invitation": R.REQUESTED, "demand": R.REQUESTED,
    "agreement": R.AGREED, "consensus": R.AGREED,
    "assurance": R.PLEDGED, "pledge": R.PLEDGED, "promise": R.PLEDGED,
    "commitment": R.PLEDGED,
    "support": R.SUPPORTED, "solidarity": R.SUPPORTED, "backing": R.SUPPORTED,
    "endorsement": R.SUPPORTED,
    "concern": R.EXPRESSED_CONCERN, "worry": R.EXPRESSED_CONCERN,
    "alarm": R.EXPRESSED_CONCERN, "unease": R.EXPRESSED_CONCERN,
    "warning": R.WARNED, "threat": R.WARNED, "ultimatum": R.WARNED,
    "condemnation": R.CRITICIZED, "criticism": R.CRITICIZED, "protest": R.CRITICIZED,
    "denunciation": R.CRITICIZED,
    "decision": R.WITHDREW_FROM, "withdrawal": R.WITHDREW_FROM,
    "suspension": R.WITHDREW_FROM,
}

#: Verbs whose subject is the speaker of a quote or a reported clause.
REPORTING_VERBS = _words(
    "say tell add state write stress announce note declare insist explain post tweet"
)

#: Words that mark an act as not (yet) real: "a potential visit", "plans to meet".
HYPOTHETICAL_MODS = _words(
    "potential possible planned proposed prospective expected future upcoming would could "
    "might may should will shall plan hope seek want consider intend postpone cancel "
    "delay scheduled next"
)

#: Lower-cased words that may form an office title ("Deputy Prime Minister").
TITLE_WORDS = _words(
    "president vice prime minister deputy foreign secretary state defence defense affairs "
    "ambassador envoy crown prince king queen emir amir sultan chancellor premier "
    "spokesman spokeswoman spokesperson chief leader head party communist general acting "
    "former interior finance trade home external commerce senior special representative "
    "commissioner governor mayor speaker chairman chair director minister-president "
    "counsellor adviser advisor national security top diplomat of and the for to "
    "cabinet chairperson chairwoman secretary-general policy ministry department "
    "high commission"
)

#: Words that head a title (the title must contain one of them).
TITLE_HEADS = _words(
    "president minister secretary ambassador envoy prince king queen emir amir sultan "
    "chancellor premier spokesman spokeswoman spokesperson chief leader diplomat "
    "commissioner governor mayor speaker chairman director representative adviser advisor "
    "chairperson chairwoman secretary-general"
)

#: Honorifics dropped from names: "Prince Faisal", "Sheikh Tamim", "Dr Irfaan Ali".
HONORIFICS = _words(
    "mr mrs ms dr prof sheikh sheikha prince princess his her highness excellency he "
    "datuk seri tan sri dato hon honourable honorable sir lord lady general gen president "
    "king queen emir amir crown minister premier pm fm"
)

#: "his South Korean counterpart", "the Iranian foreign minister", "the two leaders".
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
PERSON_NOUNS = _words(
    "minister president leader diplomat premier chancellor counterpart envoy ambassador "
    "secretary king emir amir prince ministers leaders diplomats counterparts presidents "
    "premiers chancellors envoys heads"
)
GROUP_NOUNS = _words(
    "countries nations sides neighbours neighbors states governments parties allies members "
    "capitals partners"
)

#: Nouns that stand for the state when a country modifies them: "the Chilean government".
GOV_NOUNS = _words(
    "government administration authorities authority police military army navy junta "
    "regime cabinet forces troops side delegation ministry embassy leadership state "
    "officials"
)

#: Heads of accord descriptions and names.
ACCORD_HEADS = _words(
    "agreement agreements accord accords treaty treaties pact pacts deal deals "
    "declaration convention charter memorandum memoranda memorandums mou mous communique "
    "communiqué ceasefire truce protocol armistice"
)

#: Heads of organisation names the NER may return ("National Security Committee").
ORG_HEADS = _words(
    "committee council ministry department agency organization organisation union "
    "commission court conclave league bank fund office forum alliance assembly parliament "
    "congress senate community association bloc group"
)

#: Heads of place names ("Nile River", "Wagah border post", "Essequibo region").
PLACE_HEADS = _words(
    "sea ocean strait gulf river peninsula region border island islands strip bank valley "
    "dam canal bay province state city mountains desert"
)
