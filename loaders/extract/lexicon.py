"""Word lists the rules read: reporting verbs, relation verbs, titles, nouns.

Plain frozen tables, built once at import; every rule that needs a word list
takes it from here so that the vocabulary can be reviewed in one place.
"""

from __future__ import annotations

from dipgraph.graph.relations import RelationType as R

__all__ = [
    "ACCORD_HEADS",
    "AID_NOUNS",
    "APPOINT_VERBS",
    "CLAIM_NOUNS",
    "CONCERN_ADJECTIVES",
    "COUNTERPART_WORDS",
    "DENIAL_VERBS",
    "ENVOY_WORDS",
    "GATHERING_NOUNS",
    "GOV_NOUNS",
    "GROUP_NOUNS",
    "GUEST_VERBS",
    "HONORIFICS",
    "HOST_VERBS",
    "HYPOTHETICAL_MODS",
    "LEADER_TITLES",
    "LIGHT_VERB_NOUNS",
    "LINK_WORKS",
    "MESSAGE_NOUNS",
    "NEEDS_CLAUSE",
    "NOMINAL_RELATIONS",
    "NUMBER_WORDS",
    "PAST_TENURE",
    "PERSON_NOUNS",
    "PHRASAL_RELATIONS",
    "PLEDGE_ACTS",
    "PLEDGE_TARGETS",
    "PLURAL_OFFICES",
    "PORTFOLIO_WORDS",
    "PRIVATE_PEOPLE",
    "REPORTING_VERBS",
    "SAYING_NOUNS",
    "SCHEME_HEADS",
    "SEAT_TITLES",
    "SIGNED_SCHEMES",
    "STANCE_ACTS",
    "THAT_VERBS",
    "TITLE_HEADS",
    "TITLE_WORDS",
    "VERB_RELATIONS",
    "WITHDREW_PHRASES",
    "former",
    "leads",
    "words",
]


def words(text: str) -> frozenset[str]:
    """A word set from a space-separated string (the lexicons' notation)."""
    return frozenset(text.split())

#: Lemma of a verb -> the relation it states when its subject acts on its object.
#: British and American spellings both appear; the parser lemmatises "criticised" to
#: "criticise" but leaves some forms ("initialled") as they are, so both are listed.
VERB_RELATIONS: dict[str, R] = {
    "meet": R.MET_WITH, "greet": R.MET_WITH, "receive": R.MET_WITH, "host": R.MET_WITH,
    "chair": R.MET_WITH,  # (two who co-chair a meeting: see meetings.met_with)
    "telephone": R.MET_WITH, "phone": R.MET_WITH, "ring": R.MET_WITH, "confer": R.MET_WITH,
    "huddle": R.MET_WITH,
    "visit": R.VISITED, "tour": R.VISITED,
    "ask": R.REQUESTED, "request": R.REQUESTED, "urge": R.REQUESTED, "appeal": R.REQUESTED,
    "implore": R.REQUESTED, "invite": R.REQUESTED, "press": R.REQUESTED,
    "plead": R.REQUESTED, "beseech": R.REQUESTED, "exhort": R.REQUESTED,
    "entreat": R.REQUESTED, "beg": R.REQUESTED, "petition": R.REQUESTED,
    "demand": R.REQUESTED, "encourage": R.REQUESTED, "push": R.REQUESTED,
    "lobby": R.REQUESTED,
    "agree": R.AGREED, "consent": R.AGREED, "concur": R.AGREED,
    "assure": R.PLEDGED, "reassure": R.PLEDGED, "promise": R.PLEDGED, "pledge": R.PLEDGED,
    "vow": R.PLEDGED, "commit": R.PLEDGED, "guarantee": R.PLEDGED, "undertake": R.PLEDGED,
    "fear": R.EXPRESSED_CONCERN, "regret": R.EXPRESSED_CONCERN, "lament": R.EXPRESSED_CONCERN,
    "support": R.SUPPORTED, "back": R.SUPPORTED, "endorse": R.SUPPORTED, "welcome": R.SUPPORTED,
    "praise": R.SUPPORTED, "hail": R.SUPPORTED, "applaud": R.SUPPORTED, "commend": R.SUPPORTED,
    "champion": R.SUPPORTED, "laud": R.SUPPORTED, "extol": R.SUPPORTED,
    "salute": R.SUPPORTED, "recognize": R.SUPPORTED, "recognise": R.SUPPORTED,
    "warn": R.WARNED, "threaten": R.WARNED, "caution": R.WARNED,
    "condemn": R.CRITICIZED, "criticize": R.CRITICIZED, "criticise": R.CRITICIZED,
    "denounce": R.CRITICIZED, "accuse": R.CRITICIZED, "slam": R.CRITICIZED,
    "blast": R.CRITICIZED, "protest": R.CRITICIZED, "rebuke": R.CRITICIZED,
    "object": R.CRITICIZED,
    "censure": R.CRITICIZED, "blame": R.CRITICIZED, "decry": R.CRITICIZED,
    "deplore": R.CRITICIZED, "castigate": R.CRITICIZED, "chastise": R.CRITICIZED,
    "assail": R.CRITICIZED, "berate": R.CRITICIZED, "reprimand": R.CRITICIZED,
    "scold": R.CRITICIZED, "lambast": R.CRITICIZED, "lambaste": R.CRITICIZED,
    "excoriate": R.CRITICIZED, "upbraid": R.CRITICIZED, "chide": R.CRITICIZED,
    "admonish": R.CRITICIZED, "vilify": R.CRITICIZED, "reproach": R.CRITICIZED,
    "sign": R.SIGNED, "ink": R.SIGNED, "conclude": R.SIGNED, "seal": R.SIGNED,
    "ratify": R.SIGNED, "countersign": R.SIGNED, "co-sign": R.SIGNED, "cosign": R.SIGNED,
    "accede": R.SIGNED, "adopt": R.SIGNED, "initial": R.SIGNED, "initialled": R.SIGNED,
    "initialed": R.SIGNED,
    "scrap": R.WITHDREW_FROM, "withdraw": R.WITHDREW_FROM, "suspend": R.WITHDREW_FROM,
    "abandon": R.WITHDREW_FROM, "terminate": R.WITHDREW_FROM, "annul": R.WITHDREW_FROM,
    "revoke": R.WITHDREW_FROM, "exit": R.WITHDREW_FROM, "quit": R.WITHDREW_FROM,
    "abrogate": R.WITHDREW_FROM, "cancel": R.WITHDREW_FROM, "ditch": R.WITHDREW_FROM,
    "renounce": R.WITHDREW_FROM, "nullify": R.WITHDREW_FROM, "rescind": R.WITHDREW_FROM,
    "repudiate": R.WITHDREW_FROM, "jettison": R.WITHDREW_FROM, "leave": R.WITHDREW_FROM,
    "dump": R.WITHDREW_FROM, "axe": R.WITHDREW_FROM, "end": R.WITHDREW_FROM,
}

#: Verbs that state their relation only with a "to"-clause: "pushed X to release ...",
#: "encouraged X to join" (but not "pushed the cart", "encouraged by the talks").
NEEDS_CLAUSE = frozenset({"push", "encourage", "lobby", "undertake"})

#: Phrasal verbs and verb + particle/preposition/object phrases: (lemma, word) -> relation.
#: The word is a particle, preposition, adverb or direct object of the verb ("lashed out
#: at", "walked away from", "took aim at", "held talks with").
PHRASAL_RELATIONS: dict[tuple[str, str], R] = {
    ("pull", "out"): R.WITHDREW_FROM, ("break", "off"): R.WITHDREW_FROM,
    ("put", "hold"): R.WITHDREW_FROM, ("walk", "away"): R.WITHDREW_FROM,
    ("put", "abeyance"): R.WITHDREW_FROM, ("place", "abeyance"): R.WITHDREW_FROM,
    ("hold", "abeyance"): R.WITHDREW_FROM,
    ("tear", "up"): R.WITHDREW_FROM, ("back", "out"): R.WITHDREW_FROM,
    ("renege", "on"): R.WITHDREW_FROM, ("opt", "out"): R.WITHDREW_FROM,
    ("back", "away"): R.WITHDREW_FROM, ("bow", "out"): R.WITHDREW_FROM,
    ("call", "on"): R.REQUESTED, ("call", "upon"): R.REQUESTED, ("call", "for"): R.REQUESTED,
    ("plead", "with"): R.REQUESTED, ("seek", "from"): R.REQUESTED,
    ("hold", "talks"): R.MET_WITH, ("hold", "talk"): R.MET_WITH,
    ("hold", "meeting"): R.MET_WITH, ("hold", "conversation"): R.MET_WITH,
    ("hold", "call"): R.MET_WITH, ("have", "talks"): R.MET_WITH,
    ("have", "call"): R.MET_WITH, ("have", "conversation"): R.MET_WITH,
    ("have", "meeting"): R.MET_WITH, ("hold", "discussions"): R.MET_WITH,
    ("hold", "consultations"): R.MET_WITH, ("hold", "session"): R.MET_WITH,
    ("have", "discussions"): R.MET_WITH, ("hold", "dialogue"): R.MET_WITH,
    ("conduct", "talks"): R.MET_WITH, ("hold", "videoconference"): R.MET_WITH,
    ("hold", "bilateral"): R.MET_WITH, ("have", "bilateral"): R.MET_WITH,
    ("hold", "summit"): R.MET_WITH, ("accord", "welcome"): R.MET_WITH,
    ("host", "dinner"): R.MET_WITH, ("host", "lunch"): R.MET_WITH,
    ("hold", "dinner"): R.MET_WITH, ("hold", "lunch"): R.MET_WITH,
    ("have", "dinner"): R.MET_WITH, ("have", "lunch"): R.MET_WITH,
    ("speak", "with"): R.MET_WITH, ("talk", "with"): R.MET_WITH,
    ("speak", "to"): R.MET_WITH, ("talk", "to"): R.MET_WITH, ("sit", "down"): R.MET_WITH,
    ("meet", "up"): R.MET_WITH, ("chat", "with"): R.MET_WITH,
    # ("din": as the parser lemmatises "dined")
    ("dine", "with"): R.MET_WITH, ("din", "with"): R.MET_WITH, ("lunch", "with"): R.MET_WITH,
    ("breakfast", "with"): R.MET_WITH,
    ("speak", "phone"): R.MET_WITH, ("speak", "telephone"): R.MET_WITH,
    ("talk", "phone"): R.MET_WITH, ("talk", "telephone"): R.MET_WITH,
    ("speak", "video"): R.MET_WITH, ("talk", "video"): R.MET_WITH,
    ("arrive", "in"): R.VISITED, ("travel", "to"): R.VISITED, ("fly", "to"): R.VISITED,
    ("land", "in"): R.VISITED, ("head", "to"): R.VISITED, ("fly", "into"): R.VISITED,
    ("go", "to"): R.VISITED, ("travel", "in"): R.VISITED, ("jet", "to"): R.VISITED,
    ("lash", "out"): R.CRITICIZED, ("hit", "out"): R.CRITICIZED, ("round", "on"): R.CRITICIZED,
    ("hit", "back"): R.CRITICIZED, ("strike", "back"): R.CRITICIZED,
    ("take", "task"): R.CRITICIZED, ("point", "finger"): R.CRITICIZED,
    ("take", "aim"): R.CRITICIZED, ("speak", "against"): R.CRITICIZED,
    ("disagree", "with"): R.CRITICIZED, ("pin", "blame"): R.CRITICIZED,  # "pinned the blame
    ("lay", "blame"): R.CRITICIZED, ("put", "blame"): R.CRITICIZED,  # for X on Y"
    ("sign", "off"): R.SIGNED,
    ("side", "with"): R.SUPPORTED, ("stand", "by"): R.SUPPORTED, ("adhere", "to"): R.SUPPORTED,
    ("abide", "by"): R.SUPPORTED,
    ("stand", "with"): R.SUPPORTED, ("rally", "behind"): R.SUPPORTED,
    ("stand", "behind"): R.SUPPORTED,
    ("throw", "weight"): R.SUPPORTED, ("get", "behind"): R.SUPPORTED,
    ("come", "defence"): R.SUPPORTED, ("come", "defense"): R.SUPPORTED,  # "came to X's
    ("rush", "defence"): R.SUPPORTED, ("rush", "defense"): R.SUPPORTED,  # defence"
    ("bring", "together"): R.MET_WITH, ("shake", "hands"): R.MET_WITH,
    ("exchange", "views"): R.MET_WITH, ("discuss", "with"): R.MET_WITH,
    ("shuttle", "between"): R.MET_WITH,
    ("touch", "down"): R.VISITED, ("stop", "over"): R.VISITED,  # a person only: relations
    ("stop", "in"): R.VISITED,  # "had stopped in Ulaanbaatar for talks"
    ("worry", "about"): R.EXPRESSED_CONCERN, ("fear", "for"): R.EXPRESSED_CONCERN,
}
WITHDREW_PHRASES = PHRASAL_RELATIONS  # the table's former name

#: Light verb + noun: "reached an agreement", "put pen to paper", "struck a deal",
#: "put their signatures to": (verb lemmas, noun lemmas, relation).
LIGHT_VERB_NOUNS: tuple[tuple[frozenset[str], frozenset[str], R], ...] = (
    (words("reach strike clinch forge hammer broker seal secure finalise finalize"),
     words("agreement consensus deal understanding compromise accord settlement pact "
            "truce ceasefire arrangement"), R.AGREED),
    (words("put affix add set"), words("pen signature signatures name names"), R.SIGNED),
)

#: Acts a speaker pledges when it says it will do them to another: "said it would continue
#: to stand by X", "told Y it would help rebuild ...".
PLEDGE_ACTS = words(
    "support back help assist stand provide give aid supply fund finance protect defend "
    "respect guarantee"
)
#: Of those, the acts that are a stance: "said Berlin would stand by Kyiv", "stands ready to
#: support X" back the other (no pledging verb says a promise).
STANCE_ACTS = words("support back stand")

#: Adjectives that state a concern when an actor "is/was/remains" them: "is concerned
#: about X", "was alarmed by X", "remains worried over X".
CONCERN_ADJECTIVES = words(
    "concerned worried alarmed troubled disturbed dismayed anxious uneasy perturbed "
    "apprehensive fearful"
)

#: Verbs that deny or refuse the act they govern: "denied meeting X", "refused to sign".
DENIAL_VERBS = words(
    "deny refuse decline reject dismiss fail rebuff refute disavow resist"
)

#: Nouns of what someone said, whose owner ('X's remarks', 'claims by X') said it.
SAYING_NOUNS = words("criticism accusation claim remark comment statement allegation charge "
                     "report")

#: Nouns of unconfirmed claims: "reports that X met Y" is not a fact when it is a rumour.
CLAIM_NOUNS = words("rumour rumor rumours rumors speculation allegation allegations claim "
                     "claims")

#: Nouns of a statement a participle may hang from: "issued a statement warning that ...".
MESSAGE_NOUNS = words(
    "statement message letter note communique communiqué post tweet speech address "
    "remarks declaration resolution video interview briefing readout law decree bill order "
    "document"
)

#: Nouns that state a relation when an actor "expresses/voices/gives/pays" them or
#: when they carry their ends as by/from/to/with/between phrases.
NOMINAL_RELATIONS: dict[str, R] = {
    "meeting": R.MET_WITH, "talks": R.MET_WITH, "talk": R.MET_WITH,
    "conversation": R.MET_WITH, "call": R.MET_WITH, "summit": R.MET_WITH,
    "discussions": R.MET_WITH, "consultations": R.MET_WITH, "videoconference": R.MET_WITH,
    "phone-call": R.MET_WITH, "dialogue": R.MET_WITH,
    "visit": R.VISITED, "trip": R.VISITED, "tour": R.VISITED, "arrival": R.VISITED,
    "request": R.REQUESTED, "appeal": R.REQUESTED, "plea": R.REQUESTED,
    "invitation": R.REQUESTED, "demand": R.REQUESTED,
    "agreement": R.AGREED, "consensus": R.AGREED,
    "assurance": R.PLEDGED, "pledge": R.PLEDGED, "promise": R.PLEDGED,
    "commitment": R.PLEDGED, "guarantee": R.PLEDGED, "vow": R.PLEDGED,
    "undertaking": R.PLEDGED,
    "support": R.SUPPORTED, "solidarity": R.SUPPORTED, "backing": R.SUPPORTED,
    "endorsement": R.SUPPORTED,
    "concern": R.EXPRESSED_CONCERN, "worry": R.EXPRESSED_CONCERN,
    "alarm": R.EXPRESSED_CONCERN, "unease": R.EXPRESSED_CONCERN,
    "fear": R.EXPRESSED_CONCERN, "apprehension": R.EXPRESSED_CONCERN,
    "anxiety": R.EXPRESSED_CONCERN, "disquiet": R.EXPRESSED_CONCERN,
    "dismay": R.EXPRESSED_CONCERN, "doubts": R.EXPRESSED_CONCERN,
    "reservations": R.EXPRESSED_CONCERN, "misgivings": R.EXPRESSED_CONCERN,
    "qualms": R.EXPRESSED_CONCERN, "scepticism": R.EXPRESSED_CONCERN,
    "skepticism": R.EXPRESSED_CONCERN,
    "warning": R.WARNED, "threat": R.WARNED, "ultimatum": R.WARNED,
    "condemnation": R.CRITICIZED, "criticism": R.CRITICIZED, "protest": R.CRITICIZED,
    "denunciation": R.CRITICIZED, "complaint": R.CRITICIZED, "rebuke": R.CRITICIZED,
    "censure": R.CRITICIZED, "outrage": R.CRITICIZED, "displeasure": R.CRITICIZED,
    "indignation": R.CRITICIZED, "reprimand": R.CRITICIZED, "demarche": R.CRITICIZED,
    "démarche": R.CRITICIZED, "objection": R.CRITICIZED, "objections": R.CRITICIZED,
    "rejection": R.CRITICIZED,
    "decision": R.WITHDREW_FROM, "withdrawal": R.WITHDREW_FROM,
    "suspension": R.WITHDREW_FROM, "exit": R.WITHDREW_FROM, "pullout": R.WITHDREW_FROM,
    "end": R.WITHDREW_FROM, "termination": R.WITHDREW_FROM, "abrogation": R.WITHDREW_FROM,
    "cancellation": R.WITHDREW_FROM,
}

#: Words of resident envoys' titles: an envoy posted to a state lives there ("Ambassador X",
#: "High Commissioner X", "the chargé d'affaires").
ENVOY_WORDS = words("ambassador envoy high commissioner charge chargé d'affaires d\u2019affaires "
                    "acting")

#: Verbs whose subject is the speaker of a quote or a reported clause ("notified the UN
#: that it was withdrawing": the notifier withdraws).
REPORTING_VERBS = words(
    "say tell add state write stress announce note declare insist explain post tweet "
    "inform notify"
)

#: Verbs that take a that-clause as reporting verbs do: "pledged that X would ... and
#: backed Y", "warned that X would ... and urged Y": a tensed conjunct after the clause
#: is still the speaker's act.
THAT_VERBS = REPORTING_VERBS | words(
    "pledge promise vow warn assure confirm insist argue stress reiterate emphasize "
    "emphasise underline announce acknowledge")

#: Words that mark an act as not (yet) real: "a potential visit", "plans to meet".
HYPOTHETICAL_MODS = words(
    "potential possible planned proposed prospective expected future upcoming would could must "
    "might may should will shall plan hope seek want consider intend postpone cancel "
    "delay scheduled next"
)

#: Lower-cased words that may form an office title ("Deputy Prime Minister").
TITLE_WORDS = words(
    "president vice prime minister deputy foreign secretary state defence defense affairs "
    "ambassador envoy crown prince king queen emir amir sultan chancellor premier "
    "spokesman spokeswoman spokesperson chief leader head party communist general acting "
    "comptroller managing former interior finance trade home external commerce senior special "
    "representative "
    "commissioner governor mayor speaker chairman chair director minister-president "
    "counsellor adviser advisor national security top diplomat of and the for to consul "
    "chargé charge d'affaires d\u2019affaires aide bureau politburo "
    "cabinet chairperson chairwoman secretary-general policy ministry department "
    "high commission supreme grand first executive permanent assistant principal "
    "energy mines oil intelligence agriculture health education transport environment "
    "justice labour labor industry fisheries tourism culture information economy planning "
    "army military junta undersecretary internal expatriates diaspora emigrants cooperation "
    "integration worship ruler senator congressman congresswoman police navy customs "
    "councillor councilor federal presidential commander negotiator"
)

#: Whom the rules make a pledge to: a state or a person, as the corpus README's PLEDGED
#: targets are (the graph would take a body too; backing a body stays a stance).
PLEDGE_TARGETS = ("Country", "Person")

#: Titles of heads of state or government: what "leaders" means.
LEADER_TITLES = ("president", "prime minister", "king", "emperor", "emir", "amir", "crown prince",
                 "chancellor", "premier", "sultan", "leader", "head of state", "ruler")


#: Plural office nouns and the office word a holder's title carries ("the foreign ministers
#: of A and B", "the presidents of A, X, and B, Y").
PLURAL_OFFICES = {"presidents": "president", "premiers": "premier",
                  "chancellors": "chancellor", "ministers": "minister",
                  "ambassadors": "ambassador", "envoys": "envoy", "secretaries": "secretary"}

#: Works that run between places: "a pipeline between A and B" names no pair of actors,
#: "the Rusizi corridor" a work named after a place.
LINK_WORKS = frozenset({"pipeline", "cable", "bridge", "railway", "line", "road", "link",
                        "interconnector", "connector", "route", "corridor", "tunnel",
                        "highway", "flight", "canal", "grid"})


#: Words before a title that say its holder holds it no more: "ousted President X".
PAST_TENURE = frozenset({"ousted", "deposed", "toppled", "exiled", "late"})


def former(title: str | None) -> bool:
    """Whether an office title is one held no more ("Former President", "Ousted ruler")."""
    return bool({"former", *PAST_TENURE} & set((title or "").lower().split()))


def leads(title: str | None) -> bool:
    """Whether an office title is a head of state's or government's (not a deputy's)."""
    low = f" {(title or '').lower()} "
    return any(f" {w} " in low for w in LEADER_TITLES) and " deputy " not in low and \
        " vice " not in low


#: Words that end a ministry's portfolio: "Minister for Foreign Affairs and East African
#: Cooperation X", "Minister of Trade, Industry and Cooperatives X" (never a given name).
PORTFOLIO_WORDS = words(
    "affairs cooperation cooperatives investment integration development relations "
    "communications resources works housing youth sports welfare technology innovation "
    "commerce finance treasury planning industry trade security defence defense transport "
    "roads lands mining aviation ports law justice rights health education energy environment "
    "agriculture tourism culture information economy immigration promotion enlargement "
    "neighbourhood neighborhood migration competition climate fisheries oil petroleum gas "
    "water labour labor interior employment power electricity mines minerals hydrocarbons "
    "telecommunications digital infrastructure irrigation forestry maritime diaspora "
    "expatriates abroad worship business change shipping railways waterways coal steel "
    "textiles revenue science"
)

#: Words that head a title (the title must contain one of them).
TITLE_HEADS = words(
    "president minister secretary ambassador envoy prince king queen emir amir sultan emperor "
    "chancellor premier spokesman spokeswoman spokesperson chief leader diplomat "
    "commissioner governor mayor speaker chairman chair director representative adviser "
    "advisor counsellor counselor consul d'affaires d\u2019affaires aide "
    "chairperson chairwoman secretary-general comptroller undersecretary ruler senator "
    "congressman congresswoman councillor councilor commander negotiator"
)

#: Titles of a seat in a legislature: the office of one who holds no other.
SEAT_TITLES = frozenset({"senator", "congressman", "congresswoman"})

#: Verbs of putting someone in an office: "appointed X as envoy", "named Y minister".
APPOINT_VERBS = frozenset({"appoint", "name", "nominate", "designate"})

#: Honorifics dropped from names: "Prince Faisal", "Sheikh Tamim", "Dr Irfaan Ali".
HONORIFICS = words(
    "mr mrs ms dr prof sheikh sheikha prince princess his her highness majesty excellency he "
    "datuk seri tan sri dato hon honourable honorable sir lord lady general gen president "
    "king queen emperor empress emir amir crown minister premier pm fm haji hajji alhaji alhaja "
    "berhormat mulia amat awang dayang setia hrh hm hh h.e h.h h.m h.r.h utama datin "
    # Bhutanese styles: "Lyonpo D.N. Dhungyel", "Dasho Karma"
    "lyonpo dasho "
    # Khmer styles: "Samdech Moha Borvor Thipadei Hun Manet", "Preah Bat Samdech ..."
    "samdech thipadei moha borvor akka sena padei techo preah bat boromneath lok chumteav"
)

#: "his South Korean counterpart", "the Iranian foreign minister", "the two leaders".
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
#: Nouns of a state's people, not the state: "Turkish tourists visiting X" is no visit by
#: Turkey, a concern "over Indian nationals detained in X" is not about India.
PRIVATE_PEOPLE = words(
    "tourist visitor citizen national resident student worker migrant refugee pilgrim fan "
    "traveller traveler holidaymaker businessman investor family people civilian passenger "
    "fisherman community minority prisoner detainee hostage")
#: Groups that stand against or apart from a state its demonym names: "backed Syrian
#: opposition factions" backs no Syria.
STATE_FOES = words(
    "opposition rebel faction militia insurgent separatist dissident protester exile "
    "insurgency rebellion")
#: Counts spelled out, two to twelve ("three agreements", "the four ministers").
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
PERSON_NOUNS = words(
    "minister president leader diplomat premier chancellor counterpart envoy ambassador "
    "secretary king emir amir prince ministers leaders diplomats counterparts presidents "
    "premiers chancellors envoys heads"
)
GROUP_NOUNS = words(
    "countries nations sides neighbours neighbors states governments parties allies members "
    "capitals partners cabinets delegations"
)

#: Nouns that stand for the state when a country modifies them: "the Chilean government".
GOV_NOUNS = words(
    "government administration authorities authority police military army navy junta "
    "regime cabinet forces troops side delegation ministry embassy leadership state "
    "officials rulers"
)

#: Heads of accord descriptions and names.
ACCORD_HEADS = words(
    "agreement agreements accord accords treaty treaties pact pacts deal deals "
    "declaration convention charter memorandum memoranda memorandums mou mous communique "
    "communiqué ceasefire truce protocol protocols armistice"
)

#: Heads of named schemes that are accords only as what is signed or left ("signed the
#: Joint Comprehensive Plan of Action"; not "presented the National Development Plan").
SCHEME_HEADS = words("plan framework initiative programme program roadmap compact arrangement "
                     "partnership statute covenant statement contract minutes")

#: What aid is, when no sum is named: "emergency cash assistance", "relief supplies".
AID_NOUNS = words("aid assistance relief funding grant loan financing supply donation credit")

#: Common nouns for texts that are an accord when a clause signs one ("signed a programme
#: of coordinated actions", "the contract the two countries signed in 2018"); unsigned,
#: they are one side's plans.
SIGNED_SCHEMES = words("programme program roadmap contract contracts statement")

#: Verbs of receiving a guest: "X hosted / received / welcomed / greeted Y".
HOST_VERBS = words("host receive welcome greet")
#: Verbs whose object met the subject as its guest: "hosted X", "received X", "met X".
GUEST_VERBS = (HOST_VERBS - {"greet"}) | {"meet"}


#: Words for a gathering of people: "joined the talks", "the summit was attended by A and B".
GATHERING_NOUNS = words("talks meeting summit call conference discussions session")
#: Nouns of talks between sides: "talks on the border with X", "talks led by A and B".
TALK_NOUNS = words("talk talks meeting consultation consultations discussion discussions round "
                   "rounds dialogue call conversation negotiation negotiations session")
