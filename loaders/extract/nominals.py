"""Persons named by a noun and a state: 'the Iranian foreign minister', 'his Saudi
counterpart', 'the Sri Lankan leader' point to the person of that state whose office fits
(the one titled by the noun itself first; an unnamed counterpart in the speaker's office)."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.body import sentences_back
from dipgraph.loaders.extract.counterparts import same_office
from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.lexicon import (
    COUNTERPART_WORDS,
    LEADER_TITLES,
    PERSON_NOUNS,
    TITLE_WORDS,
)
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.persons import People, title_has

__all__ = ["read_nominals"]


def read_nominals(dm: DocMentions, people: People) -> None:
    """'the Iranian foreign minister', 'his Saudi counterpart', 'the Sri Lankan leader'."""
    doc = dm.doc
    recent: dict[str, str] = {}
    seen: dict[str, int] = {}  # person key -> where last named
    for tok in doc_tokens(doc):
        j = dm.owner[tok.i]
        if j >= 0 and j in people.of_mention:
            key = people.of_mention[j]
            seen[key] = tok.i
            if people.persons[key].country:
                recent[people.persons[key].country or ""] = key
            continue
        if tok.lower_ not in PERSON_NOUNS or not dm.in_body[tok.i] or tok.tag_ == "NNS":
            continue
        if tok.dep_ == "appos" or not any(
                c.lower_ in ("the", "his", "her", "this", "a", "an") for c in tok.lefts):
            continue
        # "the first visit by an Australian prime minister": no reference to one person,
        # but still says which state's prime minister the visitor is
        generic = any(c.lower_ in ("a", "an") for c in tok.lefts)
        nxt = dm.owner[tok.i + 1] if tok.i + 1 < len(doc) else -1
        if nxt >= 0 and nxt in people.of_mention:
            continue
        country = None
        for child in tok.lefts:
            cj = dm.owner[child.i]
            if cj >= 0 and dm.mentions[cj].kind == "Country":
                country = dm.mentions[cj].key
        if country is None:
            body = _body_holder(dm, people, tok, generic)
            if body is not None:  # "warned the Commission president": its one president
                people.nominal[tok.i] = body
            continue
        fitting = [k for k, p in people.persons.items() if p.country == country and p.title
                   and _fits(tok.lower_, p.title)]  # (one titled by the noun itself first)
        fitting = [k for k in fitting if tok.lower_ in str(people.persons[k].title).lower(
        ).split()] or fitting or (same_office(dm, people, tok, country)
                                  if tok.lower_ in COUNTERPART_WORDS else [])
        office = {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod")
                  and dm.owner[c.i] < 0 and c.lower_ in TITLE_WORDS}
        if office:  # "the Slovak prime minister": not its foreign minister (but "the
            # Eritrean foreign minister" may be its Minister of Foreign Affairs)
            fitting = [k for k in fitting if title_has(office, people.persons[k].title)]
        if fitting or (country in recent and generic):
            named = [k for k in fitting if k in seen]
            if not generic and (len(fitting) == 1 or named):
                # "the Kenyan leader": the Kenyan whose office fits, not the last Kenyan
                # (of two that fit, the one named last)
                people.nominal[tok.i] = fitting[0] if len(fitting) == 1 else max(
                    named, key=lambda k: seen[k])
            continue
        if country in recent:
            people.nominal[tok.i] = recent[country]
            continue
        phrase = " ".join([*(c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod")
                             and dm.owner[c.i] < 0), tok.lower_])
        loose = [k for k, p in people.persons.items() if p.country is None and p.title
                 and (tok.lower_ == "leader" or phrase in p.title.lower())
                 and any(t in p.title.lower() for t in (*LEADER_TITLES, tok.lower_))]
        if len(loose) == 1:
            people.persons[loose[0]].country = country
            people.persons[loose[0]].office_conf = 0.7
            recent[country] = loose[0]
            if not generic:
                people.nominal[tok.i] = loose[0]
        elif not loose and not generic and (
                just := _last_untitled(dm, people, seen, tok, country)):
            # "Emmanuel Macron landed on Thursday ... The French president held talks": the
            # one person just named, of no known office, is the one the description means
            info = people.persons[just]
            info.title = _partner_title(dm, people, tok) or " ".join(
                w.title() for w in phrase.split())
            info.country, info.office_conf, info.office_sentence = country, 0.6, tok.i
            recent[country] = just
            people.nominal[tok.i] = just


def _fits(noun: str, title: str) -> bool:
    """True when ``noun`` can name the holder of ``title``: 'leader' a head of state or
    government, 'minister' any minister, 'president' a president."""
    low = title.lower()
    if noun == "leader":
        return any(t in low for t in LEADER_TITLES) and "minister" not in low.replace(
            "prime minister", "")
    return noun in low.split()


#: Office nouns a description of a just-named person may give him ("the French president").
_DESCRIBED_OFFICES = frozenset({"president", "minister", "premier", "chancellor", "king",
                                "emir", "ambassador", "envoy", "secretary"})


def _last_untitled(dm: DocMentions, people: People, seen: dict[str, int], tok: Token,
                   country: str) -> str | None:
    """The person named last before ``tok``, in its sentence or the one before, when that
    person has no office or state yet, ``tok`` heads a clause subject naming an office of
    ``country`` whose clause does not act on a 'him' or 'her', and nothing named between
    them is that state or in it (in both cases the one described is the host: "X arrived
    in Nairobi. The Kenyan president received him"). A subject joined to another state's
    person ("Putin and his Iranian counterpart signed") may look three sentences back."""
    partner = _partner(dm, people, tok)  # "Putin and his Iranian counterpart signed"
    if not (tok.lower_ in _DESCRIBED_OFFICES or _partner_title(dm, people, tok)) or \
            not (tok.dep_ in ("nsubj", "nsubjpass") or partner) or not seen:
        return None
    key, at = max(((k, a) for k, a in seen.items() if k != partner), key=lambda kv: kv[1],
                  default=("", -1))
    if not key:
        return None
    info = people.persons[key]
    start = sentences_back(dm.doc, tok.sent.start, 3 if partner else 1)
    if at < start or info.title is not None or info.country is not None or info.org:
        return None
    if partner and len({k for k, a in seen.items() if a >= start and k != partner and not (
            people.persons[k].title or people.persons[k].country)}) != 1:
        return None  # (two untitled people named lately: which one is meant is open)
    clause = tok.head.head if partner else tok.head  # (a joined subject: its verb's clause)
    if any(t.lower_ in ("him", "her", "them") for t in clause.subtree):
        return None  # ("X arrived on Monday. The Kenyan president received her": the host)
    gaz = gazetteer()
    for m in dm.mentions:
        if at <= m.start < tok.left_edge.i and country == (
                m.key if m.kind == "Country" and _whereabouts(dm, m.start) else
                gaz.place_country(m.text) if m.kind == "Place" else None):
            return None
    return key


def _whereabouts(dm: DocMentions, start: int) -> bool:
    """Whether the state named at ``start`` is where someone is or goes ("arrived in Kenya",
    "a visit to Kenya"), not a party named in passing ("ties between Moscow and Astana")."""
    k = start - 1 - (start > 1 and dm.doc[start - 1].lower_ == "the")
    return k >= 0 and dm.doc[k].lower_ in ("in", "to", "at")


def _partner(dm: DocMentions, people: People, tok: Token) -> str | None:
    """The person a subject ``tok`` is coordinated with ("Putin and the Iranian president
    signed"), who is someone other than the one ``tok`` describes."""
    if tok.dep_ != "conj" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    j = dm.owner[tok.head.i]
    return people.of_mention.get(j) if j >= 0 else None


def _partner_title(dm: DocMentions, people: People, tok: Token) -> str | None:
    """The partner's title, which 'his counterpart' shares ("President Putin and his
    Iranian counterpart": a president)."""
    key = _partner(dm, people, tok) if tok.lower_ in COUNTERPART_WORDS else None
    return people.persons[key].title if key else None


def _body_holder(dm: DocMentions, people: People, tok: Token, generic: bool) -> str | None:
    """The one person of the body named before ``tok`` ('the Commission president', 'the
    AU chairperson') whose title has ``tok``: a body's office named without the name."""
    bodies = [dm.mentions[j] for c in tok.lefts if c.dep_ == "compound" and
              (j := dm.owner[c.i]) >= 0 and dm.mentions[j].kind == "Organization"]
    if generic or len(bodies) != 1:
        return None
    name = bodies[0].text
    fitting = [k for k, p in people.persons.items() if p.org and p.title and (
        p.org == bodies[0].key or p.org.endswith(f" {name}")) and _fits(tok.lower_, p.title)]
    return fitting[0] if len(fitting) == 1 else None
