"""Mentions: spans of the parse that name a state, person, organisation, place or accord.

Sources, in order of precedence: accord noun phrases and treaty acronyms ("the
JCPOA"), the gazetteer (country names and aliases, capitals, organisations, cities,
regions and seas, demonyms), then spaCy's named entities, then names that follow an
office title ("Foreign Minister Wang Yi") even where the NER missed them, and the place
names of :mod:`places` (proper names before a place noun, untagged names where a
venue stands). Overlaps are settled longest-first; every token belongs to at most
one mention.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.extract.body import Body
from dipgraph.loaders.extract.gazetteer import SHARED_NAMES, Gazetteer
from dipgraph.loaders.extract.lexicon import (
    ACCORD_HEADS,
    GOV_NOUNS,
    ORG_HEADS,
    PLACE_HEADS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from dipgraph.loaders.extract.places import (
    MACRO_PHRASES,
    MACRO_REGIONS,
    NOT_PLACE_HEADS,
    NOT_PLACES,
    REGION_NAMES,
    is_region,
    misread_venue,
    place_compound,
    titled_place,
    untagged_venue,
)
from dipgraph.loaders.extract.spans import (
    FORMER_STATES,
    NAME_PREFIXES,
    ORG_NAME_HEADS,
    PARTICLES,
    Mention,
    city_names,
    is_name_token,
    name_after,
    name_head,
    named_persons,
    owned_organs,
    place_bank,
    prefix_word,
    title_word,
    without_brackets,
)


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())


__all__ = ["KNOWN_ACCORDS", "DocMentions", "Mention", "find_mentions", "name_tokens"]

#: Treaties and trade pacts news names by acronym alone ("withdrew from the JCPOA").
KNOWN_ACCORDS = _words("NPT CTBT JCPOA UNCLOS TPNW USMCA NAFTA RCEP CPTPP TPP GATT EDCA "
                       "CFE ABM")

#: Records a candidate mention: start, end, priority, mention.
_Add = Callable[[int, int, int, Mention], None]

_REGION_PREFIX = frozenset({"Latin", "Central", "Pan", "North", "South", "African"})
_ORG_NOT = frozenset({"government", "administration", "authorities"})


@dataclass
class DocMentions:
    """All mentions of a doc and, per token, the index of its mention (or -1)."""

    doc: Doc
    body: Body
    mentions: list[Mention]
    owner: list[int]
    in_body: list[bool]

    def at(self, i: int) -> Mention | None:
        j = self.owner[i]
        return self.mentions[j] if j >= 0 else None


def name_tokens(span: Span) -> tuple[int, int] | None:
    """Token range of ``span`` without honorifics in front or a possessive behind."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019", ",", "(") or
                           doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (
        prefix_word(doc[start]) or (doc[start].lower_ in TITLE_HEADS and title_word(doc[start]))
        or doc[start].lower_ in ("the", "a", "'s")
    ) and doc[start].whitespace_:
        start += 1
    return (start, end) if end > start else None


def _accord_span(tok: Token) -> tuple[int, int]:
    """The accord noun phrase around head ``tok``: modifiers, head, 'of understanding'."""
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nummod", "npadvmod", "nmod", "punct", "hmod",
                          "quantmod", "advmod"):
            start = min(start, child.left_edge.i)
    doc = tok.doc
    while start < tok.i and (doc[start].dep_ in ("det", "poss", "punct", "cc", "case")
                             or doc[start].lower_ in ("several", "two", "other", "both")):
        start += 1
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "on") and child.i == end:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].lower_ == "understanding":
                # "a memorandum of understanding on energy": its topic, not its parties
                end = objs[0].i + 1
                for sub in objs[0].rights:
                    sobjs = [c for c in sub.children if c.dep_ == "pobj"]
                    if sub.dep_ == "prep" and sub.lower_ == "on" and sub.i == end and sobjs \
                            and _topic(sobjs[0]):
                        end = sobjs[0].right_edge.i + 1
                        break
            elif objs and objs[0].is_title and objs[0].ent_type_ not in ("DATE", "TIME"):
                end = objs[0].right_edge.i + 1
            elif objs and child.lower_ == "on" and _topic(objs[0]):
                end = objs[0].right_edge.i + 1  # "an accord on trade and investment"
            elif child.lower_ == "on" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and
                                             c.i == child.i + 1 for c in child.children):
                end = child.i + 2  # "an agreement on patrolling along the border"

    if end == tok.i + 1 and tok.is_title:
        end = _title_tail(tok, end)
    if end == tok.i + 1:
        end = _loose_topic(doc, end)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for k in range(start, end):
        if doc[k].text == "(" and k > tok.i:
            end = k  # "the Simla Agreement (1972)": the bracket follows the name
            break
    return start, end


def _title_tail(tok: Token, end: int) -> int:
    """'the Treaty on the Non-Proliferation of Nuclear Weapons': a capitalised name after
    'of'/'on' that the parser hung elsewhere still belongs to the accord's name."""
    doc = tok.doc
    if end >= len(doc) or doc[end].lower_ not in ("of", "on"):
        return end
    k, last = end + 1, end
    while k < len(doc) and doc[k].ent_type_ not in ("DATE", "TIME", "CARDINAL") and (
            doc[k].is_title or doc[k].lower_ in ("of", "and", "the", "on", "-")
            or (doc[k].is_upper and doc[k].is_alpha)):
        if doc[k].is_title or doc[k].is_upper:
            last = k + 1
        k += 1
    return last


def _loose_topic(doc: Doc, end: int) -> int:
    """'signed an MoU on maritime cooperation and ...': a common-noun topic after 'on'
    that the parser hung on the verb still belongs to the accord's name."""
    if end >= len(doc) or doc[end].lower_ != "on":
        return end
    k = end + 1
    while k < len(doc) and k - end <= 5 and doc[k].is_lower and doc[k].is_alpha and \
            doc[k].pos_ in ("NOUN", "ADJ") and doc[k].lower_ != "behalf":
        k += 1
    has_noun = any(t.pos_ == "NOUN" for t in doc[end + 1 : k])
    return k if has_noun and doc[k - 1].pos_ == "NOUN" else end


def _topic(tok: Token) -> bool:
    """'trade, economy and investment', 'maritime transport cooperation': a common-noun
    subject matter (no date, name or clause) that names what an accord is about."""
    sub = list(tok.subtree)
    return tok.pos_ == "NOUN" and len(sub) <= 8 and all(
        (t.pos_ in ("NOUN", "ADJ", "CCONJ", "PUNCT") and not t.ent_type_ and t.is_lower) or
        t.text == "," for t in sub) and sub[-1].text != ","


def _candidates(doc: Doc, gaz: Gazetteer, nlp: Language) -> list[tuple[int, int, int, Mention]]:
    cands: list[tuple[int, int, int, Mention]] = []

    def add(start: int, end: int, prio: int, m: Mention) -> None:
        cands.append((start, end, prio, m))

    for tok in doc:
        low = tok.lower_
        if low in ACCORD_HEADS and tok.pos_ in ("NOUN", "PROPN") and not (
                tok.dep_ == "compound" and tok.is_title and tok.head.lower_ in ORG_NAME_HEADS):
            # "the Collective Security Treaty Organization" names a body, not a treaty
            s, e = _accord_span(tok)
            name = without_brackets(doc[s:e])
            if name not in gaz.orgs:  # "the Warsaw Pact" is an alliance, not a treaty
                add(s, e, 9, Mention(s, e, "Accord", name, name))
        if tok.text in KNOWN_ACCORDS:
            add(tok.i, tok.i + 1, 6, Mention(tok.i, tok.i + 1, "Accord", tok.text, tok.text))
        for ps, pe in city_names(tok):
            text = doc[ps:pe].text
            add(ps, pe, 5, Mention(ps, pe, "Place", text, text))
        span = place_compound(tok) or titled_place(tok)
        if span:
            text = doc[span[0]:span[1]].text
            add(span[0], span[1], 3, Mention(span[0], span[1], "Place", text, text))
        span = untagged_venue(tok)
        if span:
            text = doc[span[0]:span[1]].text
            add(span[0], span[1], 1, Mention(span[0], span[1], "Place", text, text))
    exact, lower = gaz.matchers(nlp)
    for match_id, s, e in exact(doc):
        label = doc.vocab.strings[match_id]
        text = doc[s:e].text
        if s > 0 and doc[s - 1].text in _REGION_PREFIX:
            continue
        if label == "COUNTRY":
            iso = gaz.lookup_country(text)
            if iso:
                add(s, e, 6, Mention(s, e, "Country", iso, text))
        elif label == "CAPITAL":
            iso = gaz.capitals.get(text) or gaz.place_country(text)
            if iso:
                add(s, e, 6, Mention(s, e, "Country", iso, text, capital=True))
        elif label == "ORG":
            add(s, e, 6, Mention(s, e, "Organization", gaz.orgs[text], text))
        elif label == "CITY":
            name = next((c for c in gaz.cities if c.upper() == text.upper()), text)
            add(s, e, 5, Mention(s, e, "Place", name, text))
    for _match_id, s, e in lower(doc):
        text = doc[s:e].text
        iso = gaz.demonyms.get(text.lower())
        if s > 0 and doc[s - 1].text in _REGION_PREFIX:
            continue
        if iso and not (doc[s].is_lower and s > 0):
            add(s, e, 5, Mention(s, e, "Country", iso, text, strong=False, demonym=True))
    for ent in doc.ents:
        _ent_candidates(ent, gaz, add)
    country_at = {s: e for s, e, _p, m in cands if m.kind == "Country" and not m.demonym}
    named_persons(doc, cands, add)
    owned_organs(doc, cands, add)
    for tok in doc:
        if tok.lower_ in TITLE_HEADS or tok.lower_ in ("counterpart", "pm", "fm") or (
                tok.lower_[:-1] in TITLE_HEADS and tok.tag_ in ("NNS", "NNPS")):
            nxt = tok.i + 1
            while nxt < len(doc) and doc[nxt].lower_ in ("-", "elect", "designate"):
                nxt += 1  # "President-elect X", "Prime Minister-designate X"
            if nxt + 1 < len(doc) and doc[nxt].lower_ == "of" and nxt + 1 in country_at:
                nxt = country_at[nxt + 1]
            span = name_after(doc, nxt)
            if span:
                add(span[0], span[1], 4,
                    Mention(span[0], span[1], "Person", doc[span[0]:span[1]].text,
                            doc[span[0]:span[1]].text))
    return cands


def _ent_candidates(ent: Span, gaz: Gazetteer, add: _Add) -> None:
    label = ent.label_
    doc = ent.doc
    for k in range(ent.start, ent.end):
        if ent.doc[k].text == "(" and k > ent.start:
            ent = ent.doc[ent.start : k]
            break
    rng = name_tokens(ent)
    if rng is None:
        return
    s, e = rng
    if e + 3 < len(doc) and doc[e].text == doc[e + 2].text == "-" and doc[e + 1].is_lower \
            and len(doc[e + 1]) <= 3 and doc[e + 3].is_title and \
            not any(t.whitespace_ for t in doc[e - 1 : e + 3]):
        e += 4  # "Bandar-e-Anzali", "Dar-es-Salaam": the NER stopped at the particle
    for k in range(s + 2, e - 1):
        # "Eleni Pavlou of Cyprus" (ORG): a name, then the state it is of
        if doc[k].lower_ == "of" and doc[k + 1 : e].text in gaz.country_names and \
                doc[k - 1].lower_ not in ORG_NAME_HEADS and label in ("ORG", "PERSON"):
            e = k
            break
    if label == "ORG" and e - s >= 2 and doc[e - 1].lower_ == "party" and \
            doc[e - 1].is_lower and _acronym(doc[s : e - 1]):
        e -= 1  # "the SDP-BHS party": the party's name is the acronym
    span = doc[s:e]
    text = span.text
    if "\n" in text or any(t.like_url or t.text.startswith(("@", "#")) for t in span):
        return
    last = doc[e - 1].lower_
    if label in ("GPE", "LOC", "ORG", "NORP") and e - s == 1 and _who_follows(span):
        label = "PERSON"  # "Castillo, who fled": only a person takes "who"
    if misread_venue(span, label, gaz):
        add(s, e, 2, Mention(s, e, "Place", text, text))
        return
    namelike = label in ("ORG", "GPE", "NORP") and e - s >= 2 and all(
        is_name_token(t) or t.lower_ in PARTICLES or t.text == "-" for t in span
    ) and last not in ORG_HEADS and last not in PLACE_HEADS and not any(
        t.lower_ in GOV_NOUNS for t in span)
    if (label == "PERSON" or namelike) and (
            label == "PERSON" or _title_before(doc, s) or _title_after(doc, e)
            or _beside_person(span)):
        for n in (3, 2, 1):
            # "Foreign Minister of Ghana Kwame Mensah": the NER ran the state into the name
            if e - s > n + 1 and doc[s - 1].lower_ == "of" and \
                    doc[s : s + n].text in gaz.country_names:
                s += n
                text = doc[s:e].text
                break
        if text not in gaz.country_names and text not in gaz.orgs:
            add(s, e, 3, Mention(s, e, "Person", text, text))
        return
    if label in ("GPE", "LOC", "NORP") and e < len(doc) and doc[e].lower_ in (
            "border", "region", "frontier") and not doc[e].is_title and (
            label != "NORP" or "-" in text):
        # "the Thai-Cambodian border" names a border; "the Pakistani border" does not
        text = doc[s : e + 1].text
        add(s, e + 1, 3, Mention(s, e + 1, "Place", text, text))
        return
    if text in FORMER_STATES:
        return
    head = name_head(span)
    proper_end = span[-1].is_title or (span[-1].is_upper and span[-1].is_alpha)
    if label in ("ORG", "FAC", "LOC", "GPE", "NORP") and e - s >= 2 and proper_end and \
            head in ORG_NAME_HEADS and not place_bank(span, head) and \
            not any(t.lower_ in _ORG_NOT for t in span):
        # The head noun types a multi-word name whatever the NER label: "the Lake Chad
        # Basin Commission" (LOC), "the International Organization for Migration".
        _add_org(doc, s, _with_state(doc, e), gaz, add)
    elif label in ("ORG", "FAC") and last in PLACE_HEADS and span[-1].is_title and e - s >= 2:
        add(s, e, 3, Mention(s, e, "Place", text, text))
    elif label == "ORG" and _acronym(span) and gaz.lookup_country(text) is None and \
            span[0].lower_ not in TITLE_WORDS and text not in gaz.capitals:
        # "the FDLR", "RIA", "VMRO-DPMNE": an acronym the NER calls an organisation is one
        add(s, e, 2, Mention(s, e, "Organization", gaz.orgs.get(text, text), text))
    elif label == "ORG":
        if any(t.lower_ in _ORG_NOT for t in span) or not span[-1].is_title:
            return
        if last in ORG_HEADS or last in _LEGISLATURES:
            _add_org(doc, s, _with_state(doc, e), gaz, add)
    elif label in ("GPE", "LOC", "NORP") and is_region(span):
        for k in (4, 3):  # "Latin America and the Caribbean": a region named by two
            if e + k <= len(doc) and doc[e].lower_ == "and" and \
                    doc[s : e + k].text.lower() in REGION_NAMES:
                e, text = e + k, doc[s : e + k].text
                break
        add(s, e, 2, Mention(s, e, "Place", text, text))
    elif label in ("GPE", "LOC") and e - s >= 2 and span[-1].is_title and \
            last in NOT_PLACE_HEADS:
        if last == "initiative":  # "the Black Sea Grain Initiative": an accord
            add(s, e, 2, Mention(s, e, "Accord", text, text))
        return  # "the Minsk Format", "the Aqaba Process": no place
    elif label in ("GPE", "LOC"):
        low = text.lower()
        if low in MACRO_PHRASES or low in MACRO_REGIONS or not span[0].is_title or \
                span[-1].is_lower:
            return  # "a Caribbean island state": a proper name ends in a proper word
        if e - s == 1 and (span[0].pos_ != "PROPN" or span[0].lower_ in NOT_PLACES
                           or span[0].lower_ in TITLE_WORDS):
            return
        add(s, e, 2, Mention(s, e, "Place", text, text))


def _with_state(doc: Doc, e: int) -> int:
    """End of an organisation name extended by the state it belongs to: 'the Central Bank'
    + 'of Nigeria', 'the Supreme Court' + 'of Kenya'."""
    if e + 1 < len(doc) and doc[e].lower_ == "of" and doc[e + 1].ent_type_ == "GPE":
        e += 2
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
    return e


def _add_org(doc: Doc, s: int, e: int, gaz: Gazetteer, add: _Add) -> None:
    """An organisation mention over [s, e), keyed by its gazetteer name when it has one."""
    text = doc[s:e].text
    add(s, e, 3, Mention(s, e, "Organization", gaz.orgs.get(text, text), text))


#: Names of parliaments that carry no 'parliament' word: "the National Diet", "the Knesset".
_LEGISLATURES = frozenset({"diet", "duma", "knesset", "majlis", "sejm", "rada", "bundestag",
                           "bundesrat", "storting", "riksdag", "folketing", "althing",
                           "oireachtas", "dail", "cortes", "seimas", "saeima", "sabor",
                           "skupstina", "sobranie", "jirga", "shura", "khural", "hluttaw"})


def _acronym(span: Span) -> bool:
    """'FDLR', 'RIA', 'VMRO-DPMNE': capitals only, hyphen-joined parts allowed."""
    text = span.text
    parts = text.split("-")
    return all(p.isalpha() and p.isupper() for p in parts) and 2 <= len(text) <= 14 and \
        len(parts) <= 3 and not any(t.whitespace_ for t in span[:-1])


def _who_follows(span: Span) -> bool:
    """True when a relative clause opened by 'who' hangs on the name: a person's name."""
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.i > span.end - 1
                                         for g in c.children) for c in span.root.children)


def _beside_person(span: Span) -> bool:
    """'ministers Nikos Andreou and Eleni Pavlou': a name coordinated with a person's."""
    root = span.root
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)


def _title_after(doc: Doc, e: int) -> bool:
    """'Miguel Diaz-Canel, the Cuban President': a title right after a comma."""
    if e + 2 >= len(doc) or doc[e].text != ",":
        return False
    for tok in doc[e + 1 : e + 6]:
        if tok.lower_ in TITLE_HEADS:
            return True
        if not (tok.lower_ in TITLE_WORDS or tok.ent_type_ in ("NORP", "GPE")):
            return False
    return False


def _title_before(doc: Doc, s: int) -> bool:
    i = s - 1
    while i >= 0 and (doc[i].lower_.rstrip(".") in NAME_PREFIXES or doc[i].text == ","
                      or doc[i].lower_ in ("-", "elect", "designate")):
        if doc[i].lower_ in TITLE_HEADS:
            return True
        i -= 1
    return i >= 0 and (doc[i].lower_ in TITLE_HEADS or doc[i].lower_ == "counterpart"
                       or doc[i].lower_ == "affairs")


def _settle_shared_names(mentions: list[Mention]) -> None:
    """'Congo' is the state of that name the article also names unambiguously
    ('Democratic Republic of Congo', 'Kinshasa', 'Brazzaville'), else the usual one."""
    named = {m.key for m in mentions
             if m.kind == "Country" and m.text.lower() not in SHARED_NAMES}
    for m in mentions:
        options = SHARED_NAMES.get(m.text.lower()) if m.kind == "Country" else None
        if options:
            m.key = next((iso for iso in options if iso in named), options[0])


def find_mentions(doc: Doc, body: Body, gaz: Gazetteer, nlp: Language) -> DocMentions:
    """Every non-overlapping mention in the body text of ``doc``."""
    in_body = [body.contains(t.idx) for t in doc]
    for sent in doc.sents:
        if sent[0].text in ("*", "\u2022", "#", "-", "\u2014"):
            for t in sent:
                in_body[t.i] = False
    owner = [-1] * len(doc)
    mentions: list[Mention] = []
    cands = _candidates(doc, gaz, nlp)
    cands.sort(key=lambda c: (-(c[2] == 9), -(c[1] - c[0]), -c[2], c[0]))
    for s, e, _prio, m in cands:
        if e <= s or not all(in_body[s:e]) or any(o >= 0 for o in owner[s:e]):
            continue
        if m.kind == "Place" and m.key.lower().startswith("the "):
            m.key = m.key[4:]
        if m.kind == "Organization" and m.key.lower().startswith("the "):
            m.key = m.key[4:]
        for i in range(s, e):
            owner[i] = len(mentions)
        mentions.append(m)
    _settle_shared_names(mentions)
    order = sorted(range(len(mentions)), key=lambda j: mentions[j].start)
    remap = {old: new for new, old in enumerate(order)}
    mentions = [mentions[j] for j in order]
    owner = [remap[o] if o >= 0 else -1 for o in owner]
    return DocMentions(doc, body, mentions, owner, in_body)
