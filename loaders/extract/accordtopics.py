"""The topic words of an accord's phrase: what "an agreement on ..." is about, where that
stops (a state, body or person the accord is between, a venue, a clause, the next listed
document) and what it may still hold (a year, 'Soviet-era', 'one-stop', the place a work
is named after or stands in: 'the Rusizi corridor', 'a power plant in Tamale').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.lexicon import ACCORD_HEADS, GROUP_NOUNS, LINK_WORKS, SCHEME_HEADS
from dipgraph.loaders.extract.spans import inner_acronym

__all__ = ["in_named_work", "is_year", "loose_topic", "name_end", "period_end", "site_place",
           "topic_end", "topic_word", "waters"]


#: Dependents that follow a name without being part of it: "the Treaty on X, which ...".
_AFTER_NAME = frozenset({"relcl", "acl", "appos", "advcl", "punct"})


def name_end(tok: Token) -> int:
    """Where the phrase under ``tok`` ends, short of a relative clause, participle,
    apposition or comma hung on it."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in _AFTER_NAME or _venue(child):
            break
        end = max(end, name_end(child))
    return end


def _venue(prep: Token) -> bool:
    """'in Geneva', 'at the Kremlin': where a named text was signed, not part of its name
    (a country or region stays: 'the Treaty on Conventional Armed Forces in Europe', 'the
    Agreement on Peace in Darfur')."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or len(objs) != 1:
        return False
    gaz = gazetteer()  # a known city, no state (not "Peace in Darfur", "Forces in Europe")
    return objs[0].ent_type_ == "FAC" or (objs[0].ent_type_ == "GPE" and gaz.place_country(
        objs[0].text) is not None and gaz.lookup_country(objs[0].text) is None)


#: Nouns of 'on the ... of' that say where or when a text was signed, not what about.
_SCENES = frozenset({"sidelines", "margins", "margin", "eve", "occasion", "heels", "day",
                     "anniversary", "behalf"})
#: Nouns of 'on hold', 'on ice' after an accord: what was done to it, no topic.
_PAUSES = frozenset({"hold", "ice"})


#: Nouns that only point back ('the project', 'the issue'): no topic of their own.
_BACK_NOUNS = frozenset({"project", "issue", "matter", "subject", "question", "programme",
                         "program", "scheme", "plan"})


def loose_topic(doc: Doc, end: int, preps: tuple[str, ...] = ("on",)) -> int:
    """'signed an MoU on maritime cooperation and ...', 'a declaration on the defence of the
    X basin': a topic after 'on' (or 'for', after a scheme: 'a roadmap for the railway')
    that the parser hung on the verb still belongs to the accord's name."""
    if end >= len(doc) or doc[end].lower_ not in preps:
        return end
    k = end + 1
    if any(t.lower_ in _SCENES for t in doc[k : k + 3]) or doc[k].lower_ in _PAUSES:
        return end  # "on the sidelines of the summit": where, not what; "on hold"
    if (named := _named_topic(doc, k)) is not None:
        return named  # "a memorandum on the India-Middle East-Europe Economic Corridor"
    while k < len(doc) and k - end <= 13 and (topic_word(doc[k]) or (
            doc[k].lower_ in ("a", "an") and (k == end + 1 or doc[k - 1].tag_ == "VBG" or
                                              doc[k - 1].lower_ == "of"))) and (
            doc[k].text != "," or _listed(doc, k)):
        k += 1  # ("on a feasibility study", "on health, fisheries and tourism", "on
        # building a pipeline", "on the establishment of a mechanism")
    k = _sides_cut(doc, end + 1, k)
    while k > end + 1 and doc[k - 1].pos_ not in ("NOUN", "PROPN"):
        k -= 1  # "on the defence of": a topic ends in a noun
    k = _vague_cut(doc, end + 1, _goods_end(doc, k))
    nouns = [t for t in doc[end + 1 : k] if (t.pos_ == "NOUN" and not _bare_vague(t)) or (
        t.lower_ in SCHEME_HEADS and t.is_title)]  # ("on promoting the X Initiative")
    if len(nouns) == 1 and nouns[0].lemma_ in _BACK_NOUNS and k - end == 3 and \
            doc[end + 1].lower_ in ("the", "this", "that"):
        return end  # "on the project": a thing told elsewhere
    return k if nouns else end


#: Entity kinds whose name may be a loose topic whole: a corridor, a dam, a body, a law.
_TOPIC_NAMES = frozenset({"FAC", "ORG", "LOC", "LAW", "EVENT", "PRODUCT"})


def _named_topic(doc: Doc, k: int) -> int | None:
    """The end of a name opening at ``k`` ('the X Economic Corridor') that the NER read as
    a work, area, body or law (not a state, a person or a date)."""
    if k >= len(doc) or doc[k].ent_type_ not in _TOPIC_NAMES or doc[k].ent_iob_ != "B":
        return None
    e = k + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    if e < len(doc) and doc[e].pos_ == "NOUN" and doc[e].is_lower:
        return None  # a name used as a modifier: "on the African Development Bank financing"
    return e if e - k >= 2 and doc[e - 1].is_title else None


#: Words of 'between the foreign ministries of the two countries': the sides, no topic.
_SIDES = frozenset({"the", "two", "both", "their", "respective", "of", "foreign", "ministries",
                    "ministry", "governments", "countries", "sides", "parties", "nations",
                    "states"})


def _sides_cut(doc: Doc, start: int, end: int) -> int:
    """``end`` before a closing 'between' phrase that only names the two sides ("on
    political consultations | between the foreign ministries of the two countries")."""
    between = next((t.i for t in doc[start:end] if t.lower_ == "between"), None)
    # (the phrase may run past the topic's word limit: "of the" still names only sides)
    if between is None or between == start or period_end(doc, end) > end or not all(
            t.lower_ in _SIDES for t in doc[between + 1 : end]):
        return end  # (not before the years a plan runs: "a programme of cooperation
        # between their ministries for 2024-2026" is the plan's whole name)
    return between


#: Plural nouns that only say there are topics ("on areas such as trade"): none of their own.
_VAGUE = frozenset({"area", "field", "sector", "sphere", "domain", "issue", "matter", "topic",
                    "subject"})


def _bare_vague(t: Token) -> bool:
    """'areas', 'sectors' with no word before them that says which."""
    return t.lemma_ in _VAGUE and t.tag_ == "NNS" and t.n_lefts == 0


def _vague_cut(doc: Doc, start: int, end: int) -> int:
    """``end`` before a bare vague plural that closes a topic ("cooperation in areas such
    as X": the list that follows names the topics, not the accord)."""
    while end - start >= 1 and _bare_vague(doc[end - 1]):
        end -= 1
        if end - start >= 1 and doc[end - 1].lower_ in ("in", "on", "across"):
            end -= 1
    return end


#: Nouns of trade whose 'of' phrase is what a contract is for: "a contract for the supply
#: of three radars", "for the purchase of 36 howitzers".
_TRADE = frozenset({"supply", "delivery", "purchase", "sale", "procurement", "acquisition",
                    "export", "import", "provision", "lease"})


def _goods_end(doc: Doc, k: int) -> int:
    """The end of the goods after a trade noun that ends a topic at ``k`` ("for the supply
    | of three Ground Master 200 radars"): the whole 'of' phrase, numbers and names too."""
    if k >= len(doc) or doc[k].lower_ != "of" or doc[k - 1].lemma_ not in _TRADE or \
            doc[k].head.i != k - 1:
        return k
    right = doc[k].right_edge.i + 1
    return right if right - k <= 12 and not any(
        t.text in (",", ";", "(") for t in doc[k:right]) else k


def _listed(doc: Doc, comma: int) -> bool:
    """Whether the comma at ``comma`` joins a list of lower-case topics that an 'and' closes
    at the clause's end: 'on skills, traditional medicine and standardisation.'"""
    k, joined = comma + 1, False
    while k < len(doc) and k - comma <= 8 and (doc[k].text == "," or (
            doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ", "CCONJ"))):
        joined = joined or doc[k].lower_ in ("and", "or")
        k += 1
    return joined and (k == len(doc) or doc[k].text in (".", ";", ")")) and \
        doc[k - 1].pos_ == "NOUN"


#: Function words a topic may contain: "cooperation in vocational training", "the
#: defence of the X basin", "the path to normalisation" (not 'with', which names a
#: partner).
_TOPIC_FUNCTION = frozenset({"the", "of", "in", "for", "between", "among", "along", "across",
                             "against", "and", "or", "to", "from"})
#: Names a topic may not swallow: the states, bodies and people the accord is between.
_NOT_IN_TOPIC = frozenset({"GPE", "NORP", "ORG", "PERSON", "DATE", "TIME", "CARDINAL",
                           "MONEY", "PERCENT"})


def topic_word(t: Token) -> bool:
    """A word that may be part of an accord's topic."""
    if t.text in ("-", ",") or (t.lower_ == "the" and t.pos_ == "DET"):
        return True  # (also inside a name: "the Arica-Tacna railway")
    if inner_acronym(t.doc, t):
        return True  # "on combating illegal, unreported and unregulated (IUU) fishing"
    if t.dep_ == "amod" and t.is_title and t.ent_type_ not in ("PERSON", "GPE") \
            and t.head.pos_ == "NOUN" and t.head.is_lower and t.head.i > t.i and not (
            t.ent_type_ == "NORP" and (t.head.head.lower_ in (
                "in", "at", "between", "among", "with") or t.i == 0
                                         or t.doc[t.i - 1].lower_ != "the")):
        # "Antarctic logistics": what kind; "the Zambian extension of the railway": whose
        # part, a demonym only right after 'the' (not "on Zambian copper", nor "in the
        # Albanian capital", a venue, nor "between Melanesian states")
        return True
    if t.ent_type_ in _NOT_IN_TOPIC and not (t.is_lower and t.is_alpha and (
            (t.ent_type_ in ("ORG", "GPE", "NORP") and t.pos_ in ("NOUN", "PROPN", "ADJ")) or (
            t.ent_type_ == "DATE" and t.pos_ == "ADJ" and t.dep_ == "amod"))):
        return False  # (a lower-case word is no name: "coast guard cooperation", "seasonal
        # workers" that the tagger took for a date)
    if t.lower_ in ("their", "its") and t.i > 0 and t.doc[t.i - 1].lower_ in (
            "between", "among", "of"):
        return True  # "cooperation between their maritime forces"
    if t.lower_ in _TOPIC_FUNCTION and t.pos_ in ("DET", "ADP", "CCONJ"):
        return True
    if t.dep_ == "advmod" and t.is_lower and t.lower_.endswith("ly") and t.head.i == t.i + 1 \
            and t.head.tag_ == "VBG":
        return True  # "on jointly promoting X": how the parties act on it
    if (t.pos_ in ("NOUN", "ADJ", "PROPN") or (
            t.dep_ in ("amod", "compound") and t.tag_ in ("VBN", "VBG"))
            or (t.dep_ == "pcomp" and t.tag_ == "VBG")) and t.is_lower:
        return True  # "shared rivers", "overlapping claims", "cooperation in combating X"
    return t.pos_ == "PROPN" and t.is_title  # "the X basin" (a place the NER left alone)


#: Heads of named works and places an accord may be about: "on the Development Road".
_WORK_HEADS = frozenset({"road", "corridor", "project", "pipeline", "railway", "canal", "dam",
                         "current", "basin", "zone", "gap", "river", "sea", "strait", "port",
                         "bridge", "tunnel", "link", "highway", "route"})


def _named_work(tok: Token) -> bool:
    """'the Development Road', 'the Nile Basin': a named work or place (not a state, body
    or person) that an accord is about."""
    sub = list(tok.subtree)
    return tok.pos_ == "PROPN" and tok.lower_ in _WORK_HEADS and len(sub) <= 6 and \
        sub[0].lower_ == "the" and tok.ent_type_ not in ("NORP", "PERSON") and all(
            t.ent_type_ not in ("PERSON", "DATE") and (t.is_title or t.i == sub[0].i)
            for t in sub)


def in_named_work(t: Token) -> bool:
    """Whether ``t`` is a word of a named work or place an accord is about ('the
    Corentyne River', 'the Development Road')."""
    head = t.head if t.dep_ in ("compound", "det") else t
    lefts = list(head.lefts)  # (a list may hang on the head: "... River and consular X")
    return head.pos_ == "PROPN" and head.lower_ in _WORK_HEADS and head.ent_type_ not in (
        "NORP", "PERSON") and any(c.is_title for c in lefts) and all(
        c.is_title or c.lower_ == "the" for c in lefts)


#: Works that stand somewhere: "the reconstruction of a power plant in Tamale" names
#: the plant's city, while "cooperation in La Paz" names where it was agreed.
_SITES = frozenset({"plant", "station", "port", "terminal", "airport", "refinery", "mine",
                    "dam", "pipeline", "railway", "bridge", "hospital", "factory", "facility",
                    "reactor", "highway", "base", "park", "field", "crossing", "checkpoint",
                    "post"})
#: Heads of works a place or project name may modify: "the Rusizi corridor".
_NAMED_WORKS = _WORK_HEADS | _SITES | LINK_WORKS


#: Common nouns a name modifies in the scope of cooperation, not in a place: "cooperation
#: in the Development Road project", "in the Arctic Council framework".
_SCOPES = frozenset({"project", "programme", "program", "initiative", "framework", "field",
                     "sector", "sphere", "domain", "format"})


def _names_place(words: Span) -> bool:
    """'La Paz', 'the Gulf of Thailand': the words after 'in' open a proper name."""
    return len(words) > 0 and (words[0].pos_ == "PROPN" or (
        len(words) > 1 and words[0].lower_ == "the" and words[1].pos_ == "PROPN"))


def route_end(doc: Doc, k: int) -> int:
    """The end of the route after a work that runs between places, read off the words
    (the parser hangs it anywhere): 'a pipeline from Kisumu to Kampala', 'a cable across
    the Baltic Sea', 'a bridge over the Araks river'; ``k`` when none follows."""
    if k >= len(doc):
        return k
    word = doc[k].lower_
    if word == "from":
        origin = _name_run(doc, k + 1)
        if origin == k + 1 or origin >= len(doc) or doc[origin].lower_ != "to":
            return k
        end = _name_run(doc, origin + 1)
        return end if end > origin + 1 else k
    if word in ("across", "through", "under", "along", "over"):
        start = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        end = _name_run(doc, start)
        if word == "over" and (end == start or not (doc[end - 1].lower_ in _WATERS or (
                doc[start].ent_type_ == "LOC")) or (end < len(doc) and doc[end].text in (
                "'s", "\u2019s"))):
            return k  # "a bridge over the Araks river" (not "over Kenya's objections")
        return end if end > start else k
    return k


def _name_run(doc: Doc, k: int) -> int:
    """The end of the run of up to three capitalised proper nouns from token ``k``."""
    start = k
    while k < len(doc) and k - start < 3 and doc[k].is_title and doc[k].pos_ == "PROPN" \
            and doc[k].ent_type_ not in ("DATE", "TIME"):
        k += 1
    if start < k < len(doc) and doc[k].lower_ in _WATERS:
        k += 1  # "over the Araks river": the common noun the name goes with
    return k


#: Lower-case nouns of waters and lands that follow their proper name ("the Araks river").
_WATERS = frozenset({"river", "sea", "lake", "strait", "gulf", "bay", "canal", "valley"})


def site_place(prep: Token) -> int | None:
    """The end of 'at <Name>' or 'in <Name>' hung on a work that stands there ('a border post
    at X', 'the reconstruction of a plant in Tamale'). 'in' only on the object of
    'of': 'an agreement on a new railway in Beijing' names where it was signed."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    site = prep.head
    if site.lower_ not in _SITES or site.i != prep.i - 1 or not objs or (
            prep.lower_ == "in" and not (site.dep_ == "pobj" and site.head.lower_ == "of")):
        return None
    place = [t for t in objs[0].subtree if t.i <= objs[0].i or (t.dep_ != "punct" and t.i <
             next((c.i for c in objs[0].rights if c.dep_ == "punct"), len(prep.doc)))]
    if any(not (t.is_title or t.lower_ in ("the", "-")) for t in place) or len(place) > 4:
        return None
    return place[-1].i + 1


#: Common nouns of waters an accord may govern ('navigation in the Khor Abdullah waterway').
_WATER_NOUNS = frozenset({"waterway", "strait", "straits", "sea", "gulf", "river", "channel",
                          "lake", "bay", "basin", "estuary"})


def waters(prep: Token) -> int | None:
    """The end of 'in the X waterway' on a verb that governs ('regulating navigation in the
    X waterway'): the waters the accord rules, not a venue (elsewhere, as in 'an accord on
    quotas in the Gulf of X', the waters may be where it was signed)."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs or objs[0].lower_ not in _WATER_NOUNS or prep.head.pos_ not in ("NOUN", "VERB"):
        return None
    return name_end(objs[0]) if objs[0].is_title else objs[0].i + 1  # ("the Gulf of Aden")


def _placed(t: Token) -> bool:
    """A name modifying the work or waters it names ('the Rusizi corridor', 'the RUBU
    interconnector', 'the Tigris and Euphrates rivers'), whatever the NER called it."""
    if t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    if t.is_title and t.lemma_.lower() in _NAMED_WORKS and any(
            c.dep_ in ("compound", "nmod") and c.is_title for c in t.children):
        return True  # "the Adriatic Power Cable": the capitalised head of a named work
    while t.dep_ in ("compound", "nmod") and (t.is_title or t.is_upper) and t.head.i > t.i \
            and (t.head.is_title or t.head.is_upper) and t.head.dep_ in ("compound", "nmod"):
        t = t.head  # "the Arica-Tacna railway": the name's first half
    return t.dep_ in ("compound", "nmod") and (t.is_title or t.is_upper) and (
        t.head.lower_ in _NAMED_WORKS or t.head.lemma_ in _NAMED_WORKS | _WATER_NOUNS)


#: Endings of nouns only ('neighbourliness', 'friendship', 'normalisation').
_NOUN_ENDINGS = ("ness", "ship", "tion", "sion", "ment")


def topic_end(tok: Token) -> int | None:
    """Where the subject matter under ``tok`` ends, or None: 'trade, economy and
    investment', 'cooperation in vocational training', 'the construction of a pipeline',
    'the Development Road'. The phrase runs from its first word while the words may name a
    topic (no state, body, person or clause; a year, a 'Soviet-era' after ``tok``, or the
    place that names a work, 'the Rusizi corridor') and
    ends on a noun at or after ``tok``: 'the 2025 cooperation plan between the two
    governments' names 'the 2025 cooperation plan', 'border cooperation in La Paz' leaves the
    venue out."""
    if tok.lower_ in _SCENES or tok.lower_ in _PAUSES:
        return None  # "on the sidelines of the summit", "on behalf of", "put X on hold"
    kids = list(tok.children)
    if tok.lemma_ in _BACK_NOUNS and kids and all(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids):
        return None  # "an intergovernmental agreement on the project": told elsewhere
    if _named_work(tok):
        return name_end(tok)
    if tok.pos_ != "NOUN" and not (tok.pos_ == "ADJ" and tok.lower_.endswith(_NOUN_ENDINGS)):
        return None  # (but 'good-neighbourliness', which the tagger may call an adjective)
    doc = tok.doc
    # (not into an apposition: "on the X interconnector, an agreement on Y" lists two texts;
    # nor into a relative clause: "a border post at X, which officials say ...")
    cut = min([c.left_edge.i for c in tok.subtree if c.dep_ in ("appos", "relcl")
               and c.i > tok.i], default=len(doc))
    sub = [t for t in tok.subtree if t.i < cut]
    end: int | None = None
    skip = -1
    for t in sub:
        if t.i < skip:
            continue
        first = t.left_edge.i
        if t.i > sub[0].i and t.lower_ in ACCORD_HEADS and first > sub[0].i and (
                doc[first].lower_ in ("a", "an") or (t.tag_ == "NNS" and first == t.i)) and \
                doc[first - 1].lower_ in ("and", ","):
            end = min(end or first - 1, first - 1)  # "a memorandum on X and an
            break  # intergovernmental agreement on Y": two texts (not "... and the Paris
            # Agreement", a topic)
        if t.lower_ == "in" and (area := _lower_area(doc, t.i + 1) or _region(doc, t.i + 1)):
            end = skip = area  # "water facilities in the Isfara river basin", "maritime
            continue  # zones in the Aegean Sea": where it applies
        if t.lower_ in ("in", "at") and _names_place(doc[t.i + 1 : t.i + 3]) and not any(
                o.dep_ == "pobj" and o.lemma_ in _SCOPES for o in t.children):
            # (not "cooperation in the Development Road project": its scope, no venue)
            site = site_place(t)
            if site is None:
                break  # "cooperation in La Paz": a venue
            end = skip = site  # "a power plant in Tamale": where the work stands
            continue
        # "a Soviet-era plant", "the Kenya-Kisumu railway", "a one-stop post": a state or
        # number joined by a hyphen inside the phrase is a modifier, no party
        joined = (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and t.i > sub[0].i and (
            t.ent_type_ in ("NORP", "GPE") or t.like_num)) or (
            t.i > 1 and doc[t.i - 1].text == "-" and t.i - 2 >= sub[0].i and (
                t.is_lower or doc[t.i - 2].ent_type_ in ("NORP", "GPE")))  # (its second half)
        placed = _placed(t)  # "the Rusizi corridor", "the Tigris and Euphrates rivers"
        owner = next((o for o in (t, t.head) if o.dep_ == "poss" and o.lower_ in GROUP_NOUNS and
                      o.i > sub[0].i), None)  # "the delimitation of the two countries' zones"
        if owner is not None and t.dep_ not in ("poss", "nummod", "det", "case"):
            owner = None
        if not (topic_word(t) or placed or joined or owner is not None or (
                t.lower_ in ("a", "an") and t.pos_ == "DET") or (
                t.lower_ == "their" and t.i == sub[0].i and tok.lower_ in ACCORD_HEADS) or (
                # ("a protocol extending their gas swap deal": the parties' own accord)
                t.ent_type_ == "DATE" and t.dep_ in ("nummod", "compound")
                and t.head.pos_ == "NOUN" and t.head.i > t.i > sub[0].i)):
            break  # a year inside the phrase is no date
        if t.i >= tok.i and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_title)):
            end = t.i + 1
    end = _goods_end(doc, end) if end is not None else None
    end = _vague_cut(doc, sub[0].i, end) if end is not None else None
    end = _sides_cut(doc, sub[0].i, end) if end is not None else None
    if end is None or end - sub[0].i > 14 or not any(
            t.pos_ == "NOUN" and t.is_lower and not _bare_vague(t) for t in doc[sub[0].i : end]):
        return None
    return route_end(doc, end) if doc[end - 1].lemma_ in LINK_WORKS else end


#: Lower-case nouns of areas a topic covers ("in the Isfara river basin").
_AREA_NOUNS = frozenset({"basin", "region", "valley", "delta", "corridor"})


def _lower_area(doc: Doc, k: int) -> int | None:
    """The end of 'the <Name> (river) basin' opening at ``k``: an area, no venue."""
    start = k + (k < len(doc) and doc[k].lower_ == "the")
    k = _name_run(doc, start)  # ("the Isfara river", its water noun too)
    return k + 1 if start < k < len(doc) and doc[k].lower_ in _AREA_NOUNS else None


def _region(doc: Doc, k: int) -> int | None:
    """The end of a sea or region the NER names after 'the' at ``k`` ('the Mediterranean',
    'the Black Sea'): where a topic applies; a city or state after 'in' is rather a venue."""
    start = k + 1
    if start >= len(doc) or doc[k].lower_ != "the" or doc[start].ent_type_ != "LOC" or \
            not doc[start].is_title or (doc[start].ent_iob_ != "B" and doc[k].ent_type_ != "LOC"):
        return None  # (not "in Arctic waters", a kind of waters)
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def is_year(tok: Token) -> bool:
    """'a 2012 agreement': a year, not a count."""
    return tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100


def period_end(doc: Doc, k: int) -> int:
    """The end of 'for 2026-2030' at ``k``: the years an action plan or programme runs,
    part of its name; ``k`` when no such period follows."""
    if k + 1 >= len(doc) or doc[k].lower_ != "for":
        return k
    if k + 3 < len(doc) and is_year(doc[k + 1]) and doc[k + 2].text in ("-", "\u2013", "to") \
            and is_year(doc[k + 3]):
        return k + 4
    parts = doc[k + 1].text.replace("\u2013", "-").split("-")
    if len(parts) == 2 and all(p.isdigit() and len(p) == 4 for p in parts):
        return k + 2
    return k
