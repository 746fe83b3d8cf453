"""Names the NER misses or mislabels, found from the wording around them.

A person after a state's possessive ("Argentina's Javier Milei") or before an
office ("Seve Paeniu, Tuvalu's finance minister,"); a ministry named with its
state ("Armenia's Foreign Ministry"); towns after "the city of"; the head word
that types a multi-word name ("the Lake Chad Basin Commission" is a body, whatever
the NER label). :class:`Mention` is the span type all of them produce.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.extract.doctokens import doc_tokens, span_tokens
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.lexicon import (
    ACCORD_HEADS,
    HONORIFICS,
    PORTFOLIO_WORDS,
    SCHEME_HEADS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from dipgraph.loaders.extract.namewords import NAMED_FOR_HEADS, ORG_HEADS, PLACE_HEADS

__all__ = ["FORMER_STATES", "HYPHENED", "MILITARY_RANKS", "NAME_PREFIXES", "ORG_NAME_HEADS",
           "PARTICLES", "RANKS", "SUFFIXES", "TITLE_OBJECTS", "Mention", "body_of_state",
           "city_names", "in_relative_clauses", "inner_acronym", "is_name_token",
           "name_after", "name_head", "name_tokens", "named_persons", "owned_organs",
           "place_bank", "plural_title", "possessive", "prefix_word", "state_forces",
           "title_object", "title_word", "without_brackets"]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())


PARTICLES = _words("bin bint ibn al el de da van von der la le du dos abu ben del di das")
#: Words hyphened to a name that make a modifier, not a given name ("a Kim-led team").
HYPHENED = _words("led era based backed style born run linked allied type like owned made funded "
                  "bound wide")
#: Words after a name that belong to it: generational suffixes and regnal numbers
#: ("Mohammed VI", "Charles III"); not the pronoun "I".
SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr."}) | _words(
    "II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI")
#: Military, academic and clerical ranks: they stand before a name, are not part of it,
#: and name no office ("Colonel Ali Musa", "Professor Karim Hossain").
#: Military ranks among them; with "general" (an honorific too), what makes an officer a
#: state's in "General X of Niger" (see :mod:`~dipgraph.loaders.extract.leaders`).
MILITARY_RANKS = _words(
    "colonel col lieutenant lt captain capt major maj brigadier admiral adm marshal "
    "commander cmdr sergeant sgt")
RANKS = MILITARY_RANKS | _words(
    "professor prof senior field doctor reverend rev cardinal archbishop bishop imam "
    "ayatollah mullah maulana rabbi pastor"
)
NAME_PREFIXES = HONORIFICS | RANKS
#: Words that make 'Yang' a Malay style ("Yang Berhormat", "Yang Di-Pertuan"), not a name.
_MALAY_STYLES = frozenset({"berhormat", "mulia", "amat", "di"})
#: Honorifics that are also given names: "Amir Khan Wardak" but "the Amir Sheikh Salem".
_GIVEN_TOO = frozenset({"amir", "awang", "dayang", "setia", "mulia", "amat", "lok", "bat",
                        "sena", "moha"})  # (also "Lok Wai-kee"; but "Samdech Moha Borvor")


def prefix_word(tok: Token) -> bool:
    """True when ``tok`` is an honorific or rank in front of a name rather than its first
    word: 'Amir' is a title after 'the', a possessive, a demonym or before
    'Sheikh', and a given name elsewhere."""
    low = tok.lower_.rstrip(".")
    if low != "yang" and low not in NAME_PREFIXES:
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if low == "yang":  # "Yang Berhormat X" (a Malay style), but "Yang Jiechi", "Yang He"
        return nxt is not None and nxt.lower_ in _MALAY_STYLES
    if low not in _GIVEN_TOO or tok.i == 0:
        return True
    prev = doc[tok.i - 1]
    return prev.lower_ in ("the", "'s", "\u2019s", "highness", "his") or \
        prev.ent_type_ in ("NORP", "GPE") or (
            nxt is not None and nxt.lower_.rstrip(".") in HONORIFICS)


@dataclass
class Mention:
    """A span naming one thing; ``key`` identifies it within the article."""

    start: int
    end: int
    kind: str
    key: str
    text: str
    strong: bool = True
    demonym: bool = False
    capital: bool = False
    #: An accord mention that names several accords ("agreements on A and B"): their names.
    parts: tuple[str, ...] = ()


def title_word(tok: Token) -> bool:
    """True for an office word before a name ('Chief', 'Adviser'), unless it is a given
    name there ('Amir Khan Wardak', see :func:`prefix_word`)."""
    low = tok.lower_
    if low in _GIVEN_TOO:
        return prefix_word(tok)
    return low in TITLE_WORDS or low in TITLE_HEADS


def is_name_token(tok: Token) -> bool:
    if tok.text in SUFFIXES:
        return True
    return tok.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") and tok.text[:1].isupper() and (
        (tok.is_title and tok.is_alpha) or _apostrophe_name(tok.text))


def _apostrophe_name(text: str) -> bool:
    """'Mata'afa', 'O'Neill': a capitalised name with an apostrophe inside it."""
    bare = text.replace("'", "").replace("\u2019", "")
    return len(bare) < len(text) and text[0].isupper() and text[-1].isalpha() and \
        bare.isalpha() and not bare.isupper()


def name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """A proper name starting at token ``i`` (after honorifics), e.g. 'Mohamed bin Salman'."""
    n = len(doc)
    while i < n and (prefix_word(doc[i]) or (title_word(doc[i]) and doc[i].is_title)) \
            and doc[i].whitespace_:
        # "Chief Adviser Professor Karim Hossain", "Senior General Aung Kyaw"
        if i + 1 < n and is_name_token(doc[i + 1]):
            i += 1
        else:
            break
    j = i
    while j < n:
        tok = doc[j]
        nxt_name = j + 1 < n and is_name_token(doc[j + 1])
        particle = tok.lower_ in PARTICLES and j > i and (nxt_name or (
            j + 1 < n and doc[j + 1].text == "-") or (  # "Ursula von der Leyen"
            j + 2 < n and doc[j + 1].lower_ in PARTICLES and is_name_token(doc[j + 2])))
        hyphen = tok.text == "-" and j > i and not doc[j - 1].whitespace_ and nxt_name
        initial = len(tok) == 2 and tok.text[0].isupper() and tok.text[1] == "." and j > i
        if is_name_token(tok) or particle or hyphen or initial:
            j += 1
        else:
            break
    if (j - i == 1 and title_word(doc[i])) or (j > i and doc[j - 1].lower_ in NAMED_FOR_HEADS):
        return None  # "Chief Adviser of Bangladesh's ...": a title, no name; "King X
        # International Airport": a place named for him
    if j - i >= 2 or (j - i == 1 and doc[i].pos_ == "PROPN"):
        return i, j
    return None


def without_brackets(span: Span) -> str:
    """'Conventional Armed Forces in Europe (CFE) Treaty' -> the name without '(CFE)'."""
    if "(" not in span.text:
        return span.text
    out: list[str] = []
    depth = 0
    doc = span.doc
    for t in span_tokens(span):
        if inner_acronym(doc, t):
            out.append(t.text + t.whitespace_)  # "unregulated (IUU) fishing": mid-topic
        elif t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t.text + t.whitespace_)
    return "".join(out).strip()


def inner_acronym(doc: Doc, t: Token) -> bool:
    """Whether ``t`` is part of a bracketed acronym inside a lower-case topic ("unregulated
    (IUU) fishing"; not a name's "East African Community (EAC) treaties")."""
    k = t.i + (t.text == "(") - (t.text == ")")
    return 2 <= k < len(doc) - 2 and doc[k - 1].text == "(" and doc[k + 1].text == ")" and \
        doc[k].is_upper and doc[k - 2].is_lower and doc[k + 2].is_lower and \
        doc[k + 2].is_alpha and doc[k + 2].lower_ not in ACCORD_HEADS


_SETTLEMENTS = _words("city cities town towns port village villages")


def city_names(tok: Token) -> list[tuple[int, int]]:
    """'the coastal city of El Alamein', 'the cities of Goma and Bukavu': the names."""
    if tok.lower_ not in _SETTLEMENTS or tok.pos_ != "NOUN":
        return []
    out: list[tuple[int, int]] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for name in [obj, *obj.conjuncts]:
                if name.pos_ != "PROPN" or not name.is_title:
                    continue
                s = name.i
                doc = name.doc
                while s > 0 and ((doc[s - 1].dep_ in ("compound", "flat") and
                                  doc[s - 1].head == name and (doc[s - 1].is_title or
                                                               doc[s - 1].lower_ in PARTICLES))
                                 or not doc[s - 1].whitespace_):  # "Al-Ula", "Mar del Plata"
                    if doc[s - 1].text == "of":
                        break
                    s -= 1
                out.append((s, name.i + 1))
    return out


#: Works that are no one's surname ("Thermal Power Plant No. 3"); see :data:`_WORKS`.
_PLANTS = frozenset({"plant", "reactor", "station", "pipeline"})
_NOT_NAME_WORDS = _words(
    "party forces church university company corporation corps guard army navy airlines "
    "news times post daily television radio media network") | _PLANTS
_NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "EVENT",
                              "LAW", "PRODUCT", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})


#: Works a name and a numeral may name: "the Paks II project", "the Nord Stream 2 pipeline".
_WORKS = _PLANTS | {"project", "unit", "field", "dam", "mine", "bridge", "programme", "program"}


def _person_like(doc: Doc, s: int, e: int, known: set[int]) -> bool:
    """Two or more capitalised name words that name no state, body, place or office."""
    span = doc[s:e]
    return e - s >= 2 and not any(
        i in known or doc[i].lower_ in TITLE_WORDS or doc[i].lower_ in ORG_NAME_HEADS
        or doc[i].lower_ in PLACE_HEADS or doc[i].lower_ in _NOT_NAME_WORDS
        or doc[i].lower_ in ACCORD_HEADS or doc[i].lower_ in SCHEME_HEADS  # "X Partnership"
        for i in range(s, e)
    ) and doc[e - 1].ent_type_ not in _NOT_PERSON_ENTS and span[-1].pos_ == "PROPN" and all(
        is_name_token(t) or t.lower_ in PARTICLES or t.text == "-" for t in span) and not (
        e - s == 2 and doc[e - 1].text in SUFFIXES and e < len(doc) and
        doc[e].lower_ in _WORKS)  # ("Hungary's Paks II project": a plant; "Abdullah II" is
    # a king)


def possessive(tok: Token) -> bool:
    """Whether ``tok`` is a possessive ending: "'s", or the bare apostrophe of "Hamas'"."""
    return tok.text in ("'s", "\u2019s") or (tok.tag_ == "POS" and tok.text in ("'", "\u2019"))


def body_of_state(doc: Doc, s: int) -> bool:
    """Whether the name at token ``s`` follows '<title> of <State>'s' ('chairman of
    Turkmenistan's Milli Gengesh'): a state's body, not a person."""
    if s < 2 or s > len(doc) or not possessive(doc[s - 1]):
        return False
    k = s - 2
    while k > 0 and doc[k - 1].is_title and doc[k].ent_type_ == "GPE" and \
            doc[k - 1].ent_type_ == "GPE":
        k -= 1  # (a state of several words: "South Sudan's")
    return k >= 2 and doc[k].ent_type_ == "GPE" and doc[k - 1].lower_ == "of" and \
        doc[k - 2].lower_ in TITLE_WORDS


def named_persons(doc: Doc, cands: list[tuple[int, int, int, Mention]], add: object) -> None:
    """Names the NER missed where the wording marks a person: "Argentina's Javier Milei"
    (a state's possessive right before a name), "Seve Paeniu, Tuvalu's finance
    minister," (a name before a comma and an office)."""
    assert callable(add)
    known = {i for s, e, _p, m in cands if m.kind in ("Country", "Organization", "Place")
             and not m.capital for i in range(s, e)}  # "Santiago Pena" is no capital
    countries = {e: s for s, e, _p, m in cands if m.kind == "Country" and not m.demonym}
    for tok in doc_tokens(doc):
        if possessive(tok) and tok.i in countries and \
                not body_of_state(doc, tok.i + 1):
            span = name_after(doc, tok.i + 1)
            if span and _person_like(doc, span[0], span[1], known) and not _portfolio(doc, *span):
                text = doc[span[0]:span[1]].text
                add(span[0], span[1], 4, Mention(span[0], span[1], "Person", text, text))
        if tok.text == "," and tok.i > 1 and _office_follows(doc, tok.i + 1, countries):
            s = tok.i
            while s > 0 and (is_name_token(doc[s - 1]) or (
                    doc[s - 1].lower_ in PARTICLES and s - 1 > 0)):
                s -= 1
            while s < tok.i and (doc[s].lower_ in PARTICLES or prefix_word(doc[s])):
                s += 1  # (nor "Mr" in "Mr Starmer, French President X and ...")
            if tok.i - s >= 2 and (s == 0 or doc[s - 1].lower_ not in TITLE_WORDS) and \
                    _person_like(doc, s, tok.i, known):
                text = doc[s:tok.i].text
                add(s, tok.i, 3, Mention(s, tok.i, "Person", text, text))
        if tok.text == "," and tok.i > 0 and any(
                t.lower_ in TITLE_HEADS and t.is_title and doc[tok.i - 1] in t.subtree
                for t in doc[max(0, tok.i - 8) : tok.i]):
            span = name_after(doc, tok.i + 1)  # "Australia's Minister for the Pacific, Zed
            # Seselja, flew ...": a name set off by commas after an office
            if span and span[1] - span[0] >= 2 and span[1] < len(doc) and \
                    doc[span[1]].text == "," and _person_like(doc, span[0], span[1], known):
                text = doc[span[0] : span[1]].text
                add(span[0], span[1], 3, Mention(span[0], span[1], "Person", text, text))


def _portfolio(doc: Doc, s: int, e: int) -> bool:
    """'Lebanon's Public Works and Transport Minister X': a title's portfolio, no name."""
    return doc[e - 1].lower_ in PORTFOLIO_WORDS and doc[e - 1].ent_type_ != "PERSON" and \
        e < len(doc) and (doc[e].lower_ in TITLE_HEADS or (doc[e].lower_ == "and" and any(
            t.lower_ in TITLE_HEADS for t in doc[e + 1 : e + 4])))


_ORGAN_WORDS = _words("ministry department office presidency")


def owned_organs(doc: Doc, cands: list[tuple[int, int, int, Mention]], add: object) -> None:
    """"Armenia's Foreign Ministry": a state's ministry is named with its state."""
    assert callable(add)
    country_end = {e: s for s, e, _p, m in cands if m.kind == "Country" and not m.demonym}
    for s, e, _p, m in list(cands):
        if m.kind != "Organization" or s < 2 or not possessive(doc[s - 1]):
            continue
        if not {t.lower_ for t in doc[s:e]} & _ORGAN_WORDS or (s - 1) not in country_end:
            continue
        cs = country_end[s - 1]
        text = doc[cs:e].text
        add(cs, e, 6, Mention(cs, e, "Organization", text, text))


def _office_follows(doc: Doc, i: int, countries: dict[int, int]) -> bool:
    """'the country's foreign minister', 'Tuvalu's finance minister', 'head of X':
    an office phrase starting at token ``i`` (after a comma)."""
    k = i
    end = min(len(doc), i + 7)
    while k < end:
        tok = doc[k]
        low = tok.lower_
        if low in TITLE_HEADS or (low == "head" and k + 1 < len(doc) and doc[k + 1].lower_ == "of"):
            return True
        if low in ("the", "its", "his", "her", "'s", "\u2019s", "country", "nation", "former",
                   "then") or low in TITLE_WORDS or tok.ent_type_ in ("NORP", "GPE") or \
                tok.i in {s for s in countries.values()} or any(
                    s <= k < e for e, s in countries.items()):
            k += 1
            continue
        return False
    return False


ORG_NAME_HEADS = ORG_HEADS | _words(
    "programme program fund institute bank authority movement front foundation party "
    "centre center secretariat tribunal board mission coalition federation confederation "
    "organisations organizations agencies corps brigades brigade militia directorate"
)
_NAME_LINKS = _words("of for on in to")
#: States that no longer exist: neither an organisation nor a current country.
FORMER_STATES = frozenset({"Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia",
                            "East Germany", "West Germany", "Ottoman Empire"})
_COMPASS = _words("west east north south western eastern northern southern")


def name_head(span: Span) -> str:
    """The head word of a proper name: the last word before 'of'/'for' ('Alliance of
    Sahel States' -> alliance), else the last word; a body's word that closes the name of
    a place ('the Gulf of Guinea Commission' -> commission)."""
    words = [t.lower_ for t in span_tokens(span)]
    for k, w in enumerate(words):
        if w in _NAME_LINKS and k > 0:
            if words[k - 1] in PLACE_HEADS and words[-1] in ORG_HEADS and span[-1].is_title:
                return words[-1]
            return words[k - 1]
    return words[-1]


def place_bank(span: Span, head: str) -> bool:
    """'West Bank' is a place; 'Asian Development Bank' and 'Bank of Japan' are not."""
    return head == "bank" and len(span) <= 2 and span[0].lower_ in _COMPASS


def plural_title(tok: Token) -> bool:
    """'Ministers' in 'Foreign Ministers A of X and B of Y': a title of several people."""
    return tok.is_title and tok.lower_.endswith("s") and tok.lower_[:-1] in TITLE_HEADS


def name_tokens(span: Span) -> tuple[int, int] | None:
    """Token range of ``span`` without honorifics or a title in front (nor a demonym the
    NER ran into them: 'Qatari Emir Tamim ...') or a possessive behind."""
    doc = span.doc

    def titled(k: int) -> bool:
        return prefix_word(doc[k]) or (doc[k].lower_ in TITLE_HEADS and title_word(doc[k])) \
            or plural_title(doc[k])

    start, end = span.start, span.end
    while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019", ",", "(") or
                           doc[end - 1].is_space):
        end -= 1

    def title_ahead(k: int) -> bool:  # ("Indian National Security Advisor X")
        return any(titled(j) for j in range(k + 1, end - 1))

    while start < end - 1 and (
        titled(start) or doc[start].lower_ in ("the", "a", "'s")
        # "Qatari Emir Tamim ...": the NER may take the demonym into the name
        or (start + 1 < end - 1 and doc[start].lower_ in gazetteer().demonyms
            and title_ahead(start))
        or (doc[start].is_title and doc[start].lower_ in TITLE_WORDS and title_ahead(start))
        # "Minister for Roads and Transport Davis Chirchir": the portfolio's last word
        or (end - start > 2 and doc[start].is_title and doc[start].lower_ in PORTFOLIO_WORDS)
    ) and doc[start].whitespace_:
        start += 1
    if all(doc[k].lower_ in gazetteer().demonyms or doc[k].lower_ in PORTFOLIO_WORDS or
           titled(k) for k in range(start, end)):
        return None  # "Moldovan Defence" (then "Minister Ion Rusu"): no name at all
    return (start, end) if end > start else None


#: Capitalised words that complete a title after 'of'/'for' ("Secretary of State",
#: "Chief of Staff", "Minister for the Interior").
TITLE_OBJECTS = _words("state staff interior justice health energy economy "
                        "education agriculture cabinet government")
#: Words a portfolio may hold between its capitalised words.
_PORTFOLIO_JOINS = frozenset({"and", "of", "the", ",", "&"})


def title_object(doc: Doc, k: int) -> int:
    """Where a name may start after a title's 'of'/'for' object ('of State X'), or
    ``len(doc)`` (then no name is read) when no capitalised title object follows. A longer
    portfolio ('for Foreign Affairs and East African Cooperation X') ends at its last
    portfolio word."""
    start = k
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    while k < len(doc) and doc[k].is_title and k - start < 3 and (
            doc[k].lower_ in TITLE_OBJECTS or doc[k].lower_ in TITLE_WORDS
            or doc[k].lower_ in PORTFOLIO_WORDS or doc[k + 1 : k + 2].text.lower() in
            PORTFOLIO_WORDS):  # ("for European Integration X": a portfolio's modifier)
        k += 1
    if k == start or doc[k - 1].lower_ == "the":
        return len(doc)
    end, j = k, k
    while j < len(doc) and j - start < 10 and (doc[j].is_title or doc[j].lower_ in
                                                _PORTFOLIO_JOINS or (  # "of State for X"
            doc[j].lower_ == "for" and j + 1 < len(doc) and doc[j + 1].is_title)):
        if doc[j].lower_ in TITLE_HEADS:
            break  # "Minister of State X and Trade Minister Y": a second title begins
        if doc[j].is_title and (doc[j].lower_ in PORTFOLIO_WORDS or doc[j].lower_ in
                                ORG_NAME_HEADS) and not (
                j + 1 < len(doc) and doc[j + 1].lower_ in TITLE_HEADS):
            end = j + 1  # (a body's name ends it too: "of the National Assembly X")
        j += 1
    return end


def in_relative_clauses(tok: Token) -> set[int]:
    """Indexes of the tokens in relative clauses below ``tok`` (not ``tok``'s own, when it
    heads one): asides on a phrase ("..., which Nairobi fears", "an agreement that replaces
    X") that say nothing of its own topic or items."""
    return {t.i for r in tok.subtree if r.dep_ == "relcl" and r.i != tok.i for t in r.subtree}


#: Last words of a state's own services named with the state: "the Ruritania Coast Guard",
#: "the Ruritanian Embassy".
_SERVICES = _words("guard coastguard embassy consulate")


def state_forces(doc: Doc, cands: list[tuple[int, int, int, Mention]], add: object) -> None:
    """A state (by name or demonym) and up to two capitalised words before a service noun:
    an organisation of that state, whatever the NER made of it."""
    assert callable(add)
    state_end = {e: s for s, e, _p, m in cands if m.kind == "Country" and not m.capital}
    for tok in doc_tokens(doc):
        if not tok.is_title or tok.pos_ not in ("PROPN", "NOUN") or (
                tok.lower_ not in _SERVICES and not (tok.lower_ == "forces" and tok.i > 0 and
                                                     doc[tok.i - 1].text == "Armed")):
            continue  # (also "the Sudanese Armed Forces": a body, not the state)
        k = tok.i
        while k not in state_end and k > 0 and tok.i - k < 3 and doc[k - 1].is_title and \
                doc[k - 1].lower_ not in TITLE_WORDS:
            k -= 1
        if k in state_end and k < tok.i + 1:
            s = state_end[k]
            text = doc[s : tok.i + 1].text
            add(s, tok.i + 1, 7, Mention(s, tok.i + 1, "Organization", text, text))
