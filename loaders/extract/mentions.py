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

from dipgraph.loaders.extract.accorditems import counted_item
from dipgraph.loaders.extract.accordphrase import accord_name, accord_span, signed_scheme
from dipgraph.loaders.extract.accordspans import (
    accord_act_object,
    accord_head,
    accord_parts,
    signed_by_two,
)
from dipgraph.loaders.extract.body import Body, body_tokens
from dipgraph.loaders.extract.doctokens import doc_tokens, span_tokens
from dipgraph.loaders.extract.gazetteer import SHARED_NAMES, Gazetteer
from dipgraph.loaders.extract.itemtexts import item_texts
from dipgraph.loaders.extract.knownnames import known_people
from dipgraph.loaders.extract.lexicon import (
    ACCORD_HEADS,
    GOV_NOUNS,
    PORTFOLIO_WORDS,
    SCHEME_HEADS,
    TITLE_HEADS,
    TITLE_WORDS,
    words,
)
from dipgraph.loaders.extract.namecues import (
    beside_person,
    brief_title,
    of_state_title,
    run_in_state,
    set_off_after_office,
    title_before,
    untagged_envoys,
    untagged_partners,
)
from dipgraph.loaders.extract.namewords import NAMED_FOR_HEADS, ORG_HEADS, PLACE_HEADS
from dipgraph.loaders.extract.nerbounds import (
    acronym,
    ner_bounds,
    title_after,
    who_follows,
)
from dipgraph.loaders.extract.places import (
    MACRO_PHRASES,
    MACRO_REGIONS,
    MORE_PLACE_HEADS,
    NOT_PLACE_HEADS,
    NOT_PLACES,
    REGION_NAMES,
    is_region,
    misread_venue,
    non_venue_object,
    place_compound,
    speaker_slot,
    titled_place,
    untagged_venue,
)
from dipgraph.loaders.extract.spans import (
    FORMER_STATES,
    NAME_PREFIXES,
    ORG_NAME_HEADS,
    PARTICLES,
    Mention,
    body_of_state,
    city_names,
    is_name_token,
    name_after,
    name_head,
    named_persons,
    owned_organs,
    place_bank,
    state_forces,
    title_object,
    without_brackets,
)
from dipgraph.loaders.extract.splitnames import (
    hyphenated_persons,
    joined_names,
    nicknamed_persons,
)
from dipgraph.loaders.extract.surnames import bare_surnames, surnames_as_people

__all__ = ["KNOWN_ACCORDS", "DocMentions", "Mention", "find_mentions"]

#: Treaties and trade pacts news names by acronym alone ("withdrew from the JCPOA").
KNOWN_ACCORDS = words("NPT CTBT JCPOA UNCLOS TPNW USMCA NAFTA RCEP CPTPP TPP GATT EDCA "
                       "ABM")

#: Records a candidate mention: start, end, priority, mention.
_Add = Callable[[int, int, int, Mention], None]

#: Where diplomats serve: a name ending in one is no person ("the Russian Embassy").
_POSTS = frozenset({"embassy", "consulate", "legation", "ministry", "chancellery"})
_REGION_PREFIX = frozenset({"Latin", "Central", "Pan", "North", "South", "African"})
_ORG_NOT = frozenset({"government", "administration", "authorities"})
#: Nouns of an area whose name follows 'of': "the province of Hatay", "the town of Kupiansk".
_AREA_NOUNS = frozenset({"province", "region", "city", "town", "district", "county",
                         "governorate", "village", "port", "island"})


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

    def here_then_before(self, at: int, end: int | None = None) -> list[tuple[int, int]]:
        """Token ranges to search for what token ``at`` refers back to: its sentence (up to
        ``end`` if given), then the sentence before it, if any."""
        sent = self.doc[at].sent
        spans = [(sent.start, sent.end if end is None else end)]
        if sent.start > 0:
            prev = self.doc[sent.start - 1].sent
            spans.append((prev.start, prev.end))
        return spans


_GATHERINGS = frozenset({"meeting", "summit", "conference", "forum", "dialogue", "session"})


def _candidates(doc: Doc, gaz: Gazetteer, nlp: Language) -> list[tuple[int, int, int, Mention]]:
    cands: list[tuple[int, int, int, Mention]] = []

    def add(start: int, end: int, prio: int, m: Mention) -> None:
        cands.append((start, end, prio, m))

    for tok in doc_tokens(doc):
        low = tok.lower_
        if accord_head(tok):
            s, e, name = counted_item(tok) or (*accord_span(tok), "")
            name = name or accord_name(tok, s, e)
            if name not in gaz.orgs:  # "the Warsaw Pact" is an alliance, not a treaty
                add(s, e, 9, Mention(s, e, "Accord", name, name,
                                     parts=tuple(accord_parts(tok))))
        elif low in SCHEME_HEADS and tok.is_lower and tok.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) and not any(
                c.dep_ == "prep" for c in tok.children) and any(
                m.kind == "Accord" and doc[e0 - 1].text == tok.text.title() for _s, e0, _p, m in
                cands):  # "the partnership": the X Partnership named before
            add(tok.i, tok.i + 1, 8, Mention(tok.i, tok.i + 1, "Accord", tok.text, tok.text))
        elif low in SCHEME_HEADS and tok.pos_ in ("NOUN", "PROPN"):
            # "signed the Joint Comprehensive Plan of Action", "quit the X Framework", signed
            # the "action plan for ...": a named or quoted scheme one signs or leaves
            s, e = accord_span(tok)
            close = next((k for k in range(e, min(len(doc), e + 8)) if doc[k].text in (
                '"', "\u201d")), None) if s > 0 and doc[s - 1].text in ('"', "\u201c") else None
            e = close if close is not None else e  # (the quoted title, whole)
            signed = not signed_scheme(tok) and signed_by_two(tok) and not (
                low == "arrangement" and tok.dep_ == "dobj")  # (accord_head asked for those)
            # a scheme two sides sign is a text, named or not
            if e - s >= 2 and (close or signed or (doc[s].is_title and tok.is_title)) and \
                    accord_act_object(doc[s:e]):
                name = without_brackets(doc[s:e])
                add(s, e, 8, Mention(s, e, "Accord", name, name))
        if tok.text in KNOWN_ACCORDS:
            add(tok.i, tok.i + 1, 6, Mention(tok.i, tok.i + 1, "Accord", tok.text, tok.text))
        described = _described_name(tok)
        if described is not None:
            text = doc[described:tok.i + 1].text
            add(described, tok.i + 1, 9, Mention(described, tok.i + 1, "Accord", text, text))
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
            if iso and not (e < len(doc) and doc[e].lower_ in ("state", "states")
                            and doc[e].is_lower):  # "Kano and Niger states": no country
                add(s, e, 6, Mention(s, e, "Country", iso, text))
        elif label == "CAPITAL":
            iso = gaz.capitals.get(text) or gaz.place_country(text)
            if iso:
                add(s, e, 6, Mention(s, e, "Country", iso, text, capital=True))
        elif label == "ORG":
            add(s, e, 6, Mention(s, e, "Organization", gaz.orgs[text], text))
        elif label == "CITY" and not speaker_slot(doc[e - 1]):
            name = next((c for c in gaz.cities if c.upper() == text.upper()), text)
            add(s, e, 5, Mention(s, e, "Place", name, text))
    for _match_id, s, e in lower(doc):
        text = doc[s:e].text
        iso = gaz.demonyms.get(text.lower())
        if (s > 0 and doc[s - 1].text in _REGION_PREFIX) or (
                s > 1 and doc[s - 1].text == "-" and doc[s - 2].lower_ in ("inter", "intra")):
            continue  # ("inter-Korean relations": between the two, neither alone)
        if iso and not (doc[s].is_lower and s > 0):
            add(s, e, 5, Mention(s, e, "Country", iso, text, strong=False, demonym=True))
    for ent in joined_names(doc):
        _ent_candidates(ent, gaz, add)
    known_people(doc, gaz, add)  # "Yamandu Orsi" unlabelled, "Santiago Pena" as an ORG
    for s, e in [*untagged_partners(doc, gaz), *untagged_envoys(doc, gaz)]:
        # "A and Ilya Shestakov, head of X", "Special Envoy for Libya Abdoulaye Bathily"
        add(s, e, 3, Mention(s, e, "Person", doc[s:e].text, doc[s:e].text))
    country_at = {s: e for s, e, _p, m in cands if m.kind == "Country" and not m.demonym}
    named_persons(doc, cands, add)
    nicknamed_persons(doc, add)
    hyphenated_persons(doc, add)
    owned_organs(doc, cands, add)
    state_forces(doc, cands, add)
    for tok in doc_tokens(doc):
        if tok.lower_ in TITLE_HEADS or tok.lower_ in ("counterpart", "pm", "fm") or (
                tok.lower_[:-1] in TITLE_HEADS and tok.tag_ in ("NNS", "NNPS")):
            nxt = tok.i + 1
            while nxt < len(doc) and doc[nxt].lower_ in ("-", "elect", "designate"):
                nxt += 1  # "President-elect X", "Prime Minister-designate X"
            at = nxt + (2 if doc[nxt + 1 : nxt + 2].text == "the" and nxt + 1 not in country_at
                         else 1)
            if nxt + 1 < len(doc) and doc[nxt].lower_ in ("of", "to") and at in country_at:
                nxt = country_at[at]  # ("President of the Republic of X Y", "Envoy to X Y")
                if body_of_state(doc, nxt + 1):
                    continue  # "chairman of Turkmenistan's Milli Gengesh": a body's name
            elif nxt + 1 < len(doc) and doc[nxt].lower_ in ("of", "for"):
                nxt = title_object(doc, nxt + 1)  # "Secretary of State X", "Chief of Staff X"
            span = name_after(doc, nxt)
            if span:
                add(span[0], span[1], 4,
                    Mention(span[0], span[1], "Person", doc[span[0]:span[1]].text,
                            doc[span[0]:span[1]].text))
    return cands


def _bare_ruling_party(span: Span) -> bool:
    """'Communist Party chief X' with no state after it ('of Vietnam'): the ruling party
    of the state the story is about, whose chief the office readers place there."""
    doc = span.doc
    return span.text.lower().removeprefix("the ") == "communist party" and not (
        span.end < len(doc) and doc[span.end].lower_ == "of")


def _ent_candidates(ent: Span, gaz: Gazetteer, add: _Add) -> None:
    label = ent.label_
    doc = ent.doc
    found = ner_bounds(ent, gaz)
    if found is None:
        return
    s, e, label = found
    span = doc[s:e]
    text = span.text
    if "\n" in text or any(t.like_url or t.text.startswith(("@", "#")) for t in span_tokens(span)):
        return
    last = doc[e - 1].lower_
    if label in ("GPE", "LOC", "ORG", "NORP") and e - s == 1 and who_follows(span):
        label = "PERSON"  # "Castillo, who fled": only a person takes "who"
    if label == "PERSON" and e - s >= 2 and span[-1].is_title:
        if last in ORG_NAME_HEADS or last in _POSTS:
            label = "ORG"  # "the Russian Embassy": no person
        elif last in PLACE_HEADS or last in MORE_PLACE_HEADS:
            label = "LOC"  # "Scarborough Shoal", "Kerem Valley"
        elif last in TITLE_HEADS or last in _GATHERINGS:
            return  # "African Union Chairperson", "APEC Ministerial Meeting": no name
    if misread_venue(span, label, gaz):
        add(s, e, 2, Mention(s, e, "Place", text, text))
        return
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and s >= 2 and span[-1].is_title and \
            doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in _AREA_NOUNS and \
            gaz.lookup_country(text) is None and gaz.place_country(text) is None:
        add(s, e, 3, Mention(s, e, "Place", text, text))  # "the province of Hatay"
        return
    namelike = label in ("ORG", "GPE", "NORP") and e - s >= 2 and all(
        is_name_token(t) or t.lower_ in PARTICLES or t.text == "-" for t in span_tokens(span)
    ) and last not in ORG_HEADS and last not in PLACE_HEADS and last not in TITLE_HEADS and \
        last not in NAMED_FOR_HEADS and not any(
        t.lower_ in GOV_NOUNS for t in span_tokens(span)) and not (
        last in PORTFOLIO_WORDS and s > 0 and doc[s - 1].text in (",", "and"))
    # (not "..., African Cooperation and ...": a listed portfolio)
    if (label == "PERSON" or namelike) and (
            label == "PERSON" or title_before(doc, s) or title_after(doc, e)
            or beside_person(span) or of_state_title(doc, s, gaz) or brief_title(doc, s, gaz)
            or set_off_after_office(doc, s, e)):
        if lead := run_in_state(doc, s, e, gaz):
            s += lead  # "Foreign Minister of Ghana Kwame Mensah": the NER ran the state in
            text = doc[s:e].text
        if text not in gaz.country_names and text not in gaz.orgs:
            add(s, e, 3, Mention(s, e, "Person", text, text))
        return
    if label in ("GPE", "LOC", "NORP") and e < len(doc) and doc[e].lower_ in (
            "border", "region", "frontier", "province") and not doc[e].is_title and (
            label != "NORP" or "-" in text):
        # "the Thai-Cambodian border" is one; "the Pakistani border" not; "the Donbas region"
        name = text if doc[e].lower_ in ("region", "province") else doc[s : e + 1].text
        add(s, e + 1, 3, Mention(s, e + 1, "Place", name, doc[s : e + 1].text))
        return
    if text in FORMER_STATES:
        return
    head = name_head(span)
    proper_end = span[-1].is_title or (span[-1].is_upper and span[-1].is_alpha)
    if label in ("ORG", "FAC", "LOC", "GPE", "NORP") and e - s >= 2 and proper_end and \
            head in ORG_NAME_HEADS and not place_bank(span, head) and \
            not any(t.lower_ in _ORG_NOT for t in span) and not _bare_ruling_party(span):
        # The head noun types a multi-word name whatever the NER label: "the Lake Chad
        # Basin Commission" (LOC), "the International Organization for Migration".
        _add_org(doc, s, _with_state(doc, e), gaz, add)
    elif label in ("ORG", "FAC") and last in PLACE_HEADS and span[-1].is_title and e - s >= 2:
        add(s, e, 3, Mention(s, e, "Place", text, text))
    elif label == "ORG" and acronym(span) and gaz.lookup_country(text) is None and \
            span[0].lower_ not in TITLE_WORDS and text not in gaz.capitals:
        # "the FDLR", "RIA", "VMRO-DPMNE": an acronym the NER calls an organisation is one
        add(s, e, 2, Mention(s, e, "Organization", gaz.orgs.get(text, text), text))
    elif label == "ORG":
        if any(t.lower_ in _ORG_NOT for t in span_tokens(span)) or not span[-1].is_title:
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
        if last == "initiative" and accord_act_object(span):
            add(s, e, 2, Mention(s, e, "Accord", text, text))  # "quit the X Initiative"
        return  # "the Minsk Format", "the Aqaba Process": no place
    elif label in ("GPE", "LOC"):
        low = text.lower()
        if low in MACRO_PHRASES or low in MACRO_REGIONS or not span[0].is_title or \
                span[-1].is_lower:
            return  # "a Caribbean island state": a proper name ends in a proper word
        if e - s == 1 and (span[0].pos_ != "PROPN" or span[0].lower_ in NOT_PLACES
                           or span[0].lower_ in TITLE_WORDS or speaker_slot(span[0])
                           or non_venue_object(span[0])):
            return  # "Milan said", "invested in Tesla": no place
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
    """An organisation mention over [s, e), keyed by its gazetteer name when it has one;
    a name no body bears that is what someone signed is an accord's ("the Falepili Union
    that Australia signed with Tuvalu")."""
    text = doc[s:e].text
    if text not in gaz.orgs and _signed_name(doc[s:e]):
        add(s, e, 3, Mention(s, e, "Accord", text, text))
        return
    add(s, e, 3, Mention(s, e, "Organization", gaz.orgs.get(text, text), text))


def _described_name(tok: Token) -> int | None:
    """Start of a proper name that was signed and that a described accord stands beside:
    'signed the Australia-Tuvalu Falepili Union, a treaty that ...' (a name no accord word
    ends, which the NER may leave out)."""
    if tok.pos_ != "PROPN" or tok.lower_ in ACCORD_HEADS or not any(
            c.dep_ == "appos" and c.lower_ in ACCORD_HEADS for c in tok.children):
        return None
    start = tok.left_edge.i
    doc = tok.doc
    while start < tok.i and doc[start].dep_ == "det":
        start += 1
    words = doc[start : tok.i + 1]
    return start if _signed_name(words) and all(t.is_title or t.text == "-" for t in words) \
        else None


def _signed_name(span: Span) -> bool:
    """Whether the name is the object of 'signed'/'inked', or what a relative clause says
    was signed ('X that A signed with B')."""
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_ in ("sign", "ink") and root.head.pos_ == "VERB":
        return True
    return any(c.dep_ == "relcl" and c.lemma_ in ("sign", "ink") and not any(
        d.dep_ == "dobj" and d.lower_ not in ("that", "which") for d in c.children) and any(
        d.dep_ == "nsubj" and d.lower_ not in ("that", "which", "who") for d in c.children)
        for c in root.children)  # (not "the X Group, which signed on to Y": the signer)


#: Names of parliaments that carry no 'parliament' word: "the National Diet", "the Knesset".
_LEGISLATURES = frozenset({"diet", "duma", "knesset", "majlis", "sejm", "rada", "bundestag",
                           "bundesrat", "storting", "riksdag", "folketing", "althing",
                           "oireachtas", "dail", "cortes", "seimas", "saeima", "sabor",
                           "skupstina", "sobranie", "jirga", "shura", "khural", "hluttaw"})


def _settle_shared_names(mentions: list[Mention]) -> None:
    """'Congo' is the state of that name the article also names unambiguously
    ('Democratic Republic of Congo', 'Kinshasa', 'Brazzaville'), else the usual one."""
    named = {m.key for m in mentions
             if m.kind == "Country" and m.text.lower() not in SHARED_NAMES}
    for m in mentions:
        options = SHARED_NAMES.get(m.text.lower()) if m.kind == "Country" else None
        if options:
            m.key = next((iso for iso in options if iso in named), options[0])


def _surnames_like_states(doc: Doc, mentions: list[Mention]) -> None:
    """'Prime Minister Luis Montenegro ... Mr. Montenegro arrived': a state's name right
    after a title or honorific is the surname of a person the article names in full."""
    full = {m.text.split()[-1]: m for m in mentions if m.kind == "Person" and " " in m.text}
    for m in mentions:
        person = full.get(m.text) if m.kind == "Country" and not m.demonym else None
        if person is not None and m.start > 0 and m.end - m.start == 1 and (
                doc[m.start - 1].lower_.rstrip(".") in NAME_PREFIXES or
                doc[m.start - 1].lower_ in TITLE_HEADS or
                (doc[m.start - 1].text == "." and m.start > 1 and
                 doc[m.start - 2].lower_ in NAME_PREFIXES)):
            m.kind, m.key = "Person", person.key


def find_mentions(doc: Doc, body: Body, gaz: Gazetteer, nlp: Language) -> DocMentions:
    """Every non-overlapping mention in the body text of ``doc``."""
    in_body = body_tokens(doc, body)
    owner = [-1] * len(doc)
    mentions: list[Mention] = []
    cands = _candidates(doc, gaz, nlp)
    if body.text_items:  # "- a plan of action for X;"
        item_texts(doc, body, [(s, e) for s, e, _p, m in cands if m.kind == "Accord"],
                   [(s, e) for s, e, _p, m in cands if m.kind in ("Person", "Country")],
                   [(s, e) for s, e, _p, m in cands if m.kind == "Person"],
                   lambda s, e, p, m: cands.append((s, e, p, m)))
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
    _surnames_like_states(doc, mentions)
    surnames_as_people(doc, mentions, gaz)
    for i in bare_surnames(doc, mentions, owner, in_body):
        owner[i] = len(mentions)
        mentions.append(Mention(i, i + 1, "Person", doc[i].text, doc[i].text))
    order = sorted(range(len(mentions)), key=lambda j: mentions[j].start)
    remap = {old: new for new, old in enumerate(order)}
    mentions = [mentions[j] for j in order]
    owner = [remap[o] if o >= 0 else -1 for o in owner]
    return DocMentions(doc, body, mentions, owner, in_body)
