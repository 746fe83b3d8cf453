"""People: one entity per person, their offices, and the mentions that refer to them.

Surname-only and given-name-only mentions join the full name they are part of
("Wang" -> "Wang Yi"); a bare name the NER missed is found again by the same
parts. Offices come from the title around a name: "Chinese Foreign Minister
Wang Yi", "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar",
"Miguel Diaz-Canel, the Cuban President", "his South Korean counterpart Park Jin".
Nominal mentions ("the Iranian foreign minister", "his Saudi counterpart",
"the Sri Lankan leader") resolve to the person of that country.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dipgraph.loaders.extract.asoffices import as_offices
from dipgraph.loaders.extract.bareorgans import (
    bare_body,
    bare_organ_state,
    title_organ_state,
)
from dipgraph.loaders.extract.blocs import bloc_office, commissioner_bodies, general_body, union_of
from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.gazetteer import MONARCHIES, Gazetteer
from dipgraph.loaders.extract.headsbody import heads_body
from dipgraph.loaders.extract.holdercues import is_visitor, possessed
from dipgraph.loaders.extract.homestate import visitor_state
from dipgraph.loaders.extract.hostcities import host_city_state
from dipgraph.loaders.extract.housestates import house_state, national_title_state
from dipgraph.loaders.extract.leaders import leader_of
from dipgraph.loaders.extract.lexicon import (
    COUNTERPART_WORDS,
    SEAT_TITLES,
    TITLE_HEADS,
    former,
)
from dipgraph.loaders.extract.listed import (
    listed_counterparts,
    listed_offices,
    respective_states,
)
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.nominals import read_nominals
from dipgraph.loaders.extract.officecontext import (
    by_lead,
    first_person_before,
    known_officials,
    plural_office_holders,
    president_state,
)
from dipgraph.loaders.extract.oneholder import by_exclusion
from dipgraph.loaders.extract.onenames import OFFICE_WORDS, one_name_person
from dipgraph.loaders.extract.owners import (
    context_state,
    counterpart_state,
    group_state,
    nearest_state,
    of_state,
    organ_country,
    owner_state,
    reacting_state,
    ruling_party,
    scene_body,
    scene_state,
    shared_offices,
    sub_body,
)
from dipgraph.loaders.extract.pairoffices import by_demonyms_order, by_leaders_order
from dipgraph.loaders.extract.persons import UNTITLED, People, PersonInfo
from dipgraph.loaders.extract.places import location_slot
from dipgraph.loaders.extract.sharedowners import shared_possessive
from dipgraph.loaders.extract.spans import NAME_PREFIXES, possessive
from dipgraph.loaders.extract.statebodies import governed_state, governing_body
from dipgraph.loaders.extract.styles import styled_rulers
from dipgraph.loaders.extract.titleowners import posted_to
from dipgraph.loaders.extract.titles import title_for, title_left, title_right

__all__ = ["resolve_people"]

_PARTICLES = frozenset(
    "bin bint ibn al el de da van von der la le du dos abu ben del di das jr sr".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _PARTICLES]


def _honorific_before(dm: DocMentions, m: Mention) -> set[str]:
    out: set[str] = set()
    i = m.start - 1
    while i >= 0 and dm.doc[i].lower_.rstrip(".") in NAME_PREFIXES:
        out.add(dm.doc[i].lower_)
        i -= 1
    return out


#: Title heads an office told with 'as' does not replace (a commander's post yields to it).
_FIRM_HEADS = TITLE_HEADS - {"commander"}
#: Courtesy titles that name no office ("his Saudi counterpart Prince Faisal").
_COURTESY = frozenset({"prince", "princess", "sheikh", "sheikha", "dr", "prof"})

#: Titles before a monarch's regnal name ("King Charles"), which no surname follows.
_REGNAL = frozenset({"King", "Queen", "Emperor", "Empress", "Pope"})


def _cluster(dm: DocMentions) -> tuple[dict[str, PersonInfo], dict[int, str]]:
    persons: dict[str, PersonInfo] = {}
    parts: dict[str, set[str]] = {}
    of_mention: dict[int, str] = {}
    last_seen: dict[str, int] = {}
    titled: set[str] = set()
    idx = [j for j, m in enumerate(dm.mentions) if m.kind == "Person"]
    multi = [j for j in idx if len(_words(dm.mentions[j].text)) >= 2]
    single = [j for j in idx if len(_words(dm.mentions[j].text)) < 2]
    for j in multi:
        m = dm.mentions[j]
        words = set(_words(m.text))
        key = next((k for k, p in parts.items() if words <= p or p <= words), None)
        if key is None:
            key = m.text
            persons[key] = PersonInfo(key, m.text)
            parts[key] = set()
        info = persons[key]
        info.aliases.add(m.text)
        if len(m.text) > len(info.name) and set(_words(info.name)) <= words:
            info.name = m.text
        parts[key] |= words
        info.honorifics |= _honorific_before(dm, m)
        of_mention[j] = key
        last_seen[key] = m.start
        if m.start > 0 and dm.doc[m.start - 1].lower_ in OFFICE_WORDS:
            titled.add(key)  # "President X Y" (not "his wife Z Y"): whom a bare 'Y' means
    for j in sorted(single + multi, key=lambda j: dm.mentions[j].start):
        m = dm.mentions[j]
        if j in of_mention:
            last_seen[of_mention[j]] = m.start
            continue
        first = _words(m.text)
        cands = [k for k, p in parts.items() if first and first[0] in p]
        regnal = dm.doc[m.start - 1].text if m.start > 0 else ""
        if regnal in _REGNAL and not any(regnal.lower() in persons[k].honorifics
                                         or regnal in persons[k].name.split() for k in cands):
            # "King Charles" is not the later "Charles Michel": a monarch by regnal name
            key = f"{regnal} {m.text}"
            persons.setdefault(key, PersonInfo(key, key)).aliases.add(m.text)
            persons[key].honorifics.add(regnal.lower())
            parts.setdefault(key, set()).update(first)
            of_mention[j], last_seen[key] = key, m.start
            continue
        if not cands:
            if one_name_person(dm, m.start):
                # "Indonesian Foreign Minister Sugiono": one name after a state's formal
                # title is a person of its own (one-name people), not a surname
                key = m.text
                persons.setdefault(key, PersonInfo(key, key)).aliases.add(m.text)
                parts.setdefault(key, set()).update(first)
                of_mention[j], last_seen[key] = key, m.start
            continue
        hon = _honorific_before(dm, m)
        cands.sort(key=lambda k: (-len(hon & persons[k].honorifics), k not in titled,
                                  -last_seen.get(k, -1)))
        of_mention[j] = cands[0]
        persons[cands[0]].aliases.add(m.text)
        last_seen[cands[0]] = m.start
    return persons, of_mention


def _find_missed(
    dm: DocMentions, persons: dict[str, PersonInfo], gaz: Gazetteer
) -> list[Mention]:
    """Name parts the NER did not mark: 'Wang said' when 'Wang Yi' is known."""
    variants: dict[str, str] = {}
    for key, info in persons.items():
        for alias in (info.name, *info.aliases):
            toks = alias.split()
            for w in toks:
                if len(w) >= 3 and w.lower() not in _PARTICLES and w[0].isupper() and \
                        w.lower() not in NAME_PREFIXES:  # (not "Haji" of "Haji X")
                    variants.setdefault(w, key)
            if len(toks) >= 2:
                variants.setdefault(" ".join(toks[1:]), key)
    found: list[Mention] = []
    doc = dm.doc
    for m in dm.mentions:
        # an NER guess ('Scholz' as a place) loses to a known name part
        if m.kind in ("Place", "Organization") and m.text in variants and m.key == m.text \
                and m.text not in gaz.orgs and not (
                    m.text in gaz.cities and location_slot(doc[m.end - 1])):
            m.kind, m.key = "Person", m.text
    tokens = doc_tokens(doc)
    i = 0
    while i < len(doc):
        if dm.owner[i] >= 0 or not dm.in_body[i] or not tokens[i].is_title:
            i += 1
            continue
        for k in (4, 3, 2, 1):
            if i + k > len(doc) or any(o >= 0 for o in dm.owner[i : i + k]):
                continue
            text = doc[i : i + k].text
            if text in variants:
                found.append(Mention(i, i + k, "Person", text, text))
                i += k - 1
                break
        i += 1
    return found


def _offices(dm: DocMentions, gaz: Gazetteer, people: People, home: str | None,
             agency: bool) -> dict[str, str]:
    """Read each titled person's office; returns the people whose state is their named
    possessor's, not known yet ("Ramaphosa's spokesperson, X": X's key -> Ramaphosa's)."""
    owed: dict[str, str] = {}
    last_title: str | None = None
    for j, (title, state) in shared_offices(dm, people.of_mention).items():
        info = people.persons[people.of_mention[j]]
        if info.office_conf < 0.8:
            info.title, info.country, info.org, info.office_conf = title, state, None, 0.8
            info.office_sentence = dm.mentions[j].start
    visitors = {people.of_mention[j] for j, m in enumerate(dm.mentions)
                if j in people.of_mention and is_visitor(dm, m)}
    titled = {j: (title_left(dm, m), title_right(dm, m))
              for j, m in enumerate(dm.mentions) if j in people.of_mention}
    taken = {t[1] for pair in titled.values() for t in pair if t and t[1] is not None}
    counterparts, offices_listed = listed_counterparts(dm), listed_offices(dm)
    told_as = as_offices(dm)  # "her first visit ... as Austria's foreign minister"
    respective = respective_states(dm)
    for j, m in enumerate(dm.mentions):
        key = people.of_mention.get(j)
        if key is None:
            continue
        info = people.persons[key]
        left, right = titled[j]
        led = leader_of(dm, m, left, titled=bool(left or right)) if info.country is None else None
        if led is not None:
            info.title = info.title or led[0]
            info.country, info.org, info.office_conf = led[1], None, 0.8
            info.office_sentence = m.start
            continue
        words, owner = (left[0], left[1]) if left else ([], None)
        owner = respective.get(j, owner)  # "his Thai and Lao counterparts, A and B"
        if not words and j in counterparts and (j in respective or (
                owner is None and of_state(dm, m.end)[0])):
            words = ["counterpart"]  # "her counterparts -- A of Norway, B of Denmark --"
        if not words and j in offices_listed and (owner is None or dm.mentions[owner].key == (
                dm.mentions[offices_listed[j][1]].key)):
            words, owner = offices_listed[j]  # "the presidents of Uruguay, A, and Chile, B"
        if owner is None and not right and j in told_as and not any(
                w.lower() in _FIRM_HEADS for w in words):  # (over "army
            # commander X", a post that yields to the office told; not
            # "Foreign Minister X ... as Kenya's envoy")
            words, owner = told_as[j]
        # "His spokesman, X": the state of the person 'his' points back to
        theirs = _pronoun_owner_state(dm, people, m, left[2]) if left and owner is None else None
        boss = _possessor(dm, people, m, left[2]) if left and owner is None else None
        if boss is not None and boss != key:
            held = people.persons[boss]
            theirs = held.country if held.org is None else None
            if theirs is None:
                owed[key] = boss
        if right and (not words or owner is None):
            words, owner = right
        if not words and owner is None:
            words, owner = heads_body(dm, m) or ([], None)  # "X, who heads the Y ministry"
        elif second := next(((w, b) for w, b in (right or ([], None), heads_body(dm, m) or (
                [], None)) if b is not None and dm.mentions[b].kind == "Organization"
                and organ_country(dm, gaz, b) is None
                and ruling_party(gaz, dm.mentions[b].text) is None), None):
            # "Ghanaian President X, the current AU chairman", "Kenyan President X, who
            # chairs the EAC,": a second office (a ruling party's is the state's)
            org_title = " ".join(second[0])
            info.more_offices.setdefault(dm.mentions[second[1]].key,
                                         (org_title[0].upper() + org_title[1:], m.start))
        cut = title_for(dm, m, words)
        if cut is not None:
            # "a spokesperson for Foreign Minister X", "adviser to President X": X holds
            # the title after the preposition; what came before is someone else's office
            words = words[cut[0] :]
            if owner is not None and dm.mentions[owner].start < cut[1]:
                owner = None
        counterpart = any(w.lower() in COUNTERPART_WORDS for w in words)
        # "A met his counterpart X": X is of another state than A (see counterpart_state)
        beside = counterpart_state(dm, m, theirs) if counterpart and owner is None else None
        theirs = None if counterpart else theirs
        words = [w for w in words if w.lower() not in COUNTERPART_WORDS]
        if counterpart and not any(w.lower() in TITLE_HEADS and w.lower() not in _COURTESY
                                   for w in words):  # ("his counterpart Prince X": no office)
            # "Fidan held talks with his Iraqi counterpart Y": Fidan's title, not the last seen
            mine = _possessor_title(dm, people, m, owner) or last_title
            words = mine.split() if mine else words
        conf = 0.9
        if not any(w.lower() in TITLE_HEADS or w.lower() in ("head", "member") for w in words):
            if not (owner is not None and not words and possessed(dm, m, owner)):
                continue
            # "Argentina's Javier Milei": the state's person; the office is the one a
            # titled person listed beside him holds, else the last title seen.
            words = (_sibling_title(dm, people, m) or last_title or UNTITLED).split()
            conf = 0.6
        title = " ".join(words).replace(" - ", "-").replace(" ,", ",")
        title = title[0].upper() + title[1:]
        last_title = title
        country = org = None
        own_state = of_state(dm, m.end)[0] if owner is None else None
        if own_state is not None:
            country = own_state  # "Foreign Minister Ana Lima of Brazil"
        elif owner is not None:
            om = dm.mentions[owner]
            if om.kind == "Country":
                country = om.key
                if (ruling := governing_body(dm, owner)) is not None:  # "Haiti's X Council"
                    info.more_offices.setdefault(ruling, (title, m.start))
            else:
                first = om.text.split()[0].removesuffix("'s").removesuffix("\u2019s")
                iso = owner_state(dm, gaz, owner, words)
                body = sub_body(gaz, om.key, words)
                if iso:
                    country = iso
                    rest = " ".join(om.text.split()[1:] if gaz.lookup_country(first) else
                                    om.text.split())
                    if om.start > m.start and rest:  # ("general secretary of the WPK")
                        the = "the " if dm.doc[om.start - 1].lower_ == "the" else ""
                        title = f"{title} of {the}{rest}"
                    else:
                        title = f"{rest} {title}".strip()
                elif body:
                    org, title = body
                elif organ_home := bare_organ_state(dm, m, om.text, taken) or (
                        home if bare_body(om.text) else None):  # (else the dateline's)
                    country, title = organ_home, f"{om.text} {title}"  # "Foreign Ministry
                    # spokeswoman X" of the state the story is about: its ministry
                elif (governed := governed_state(dm, owner)) is not None:
                    country = governed  # "Sudan's Transitional Sovereignty Council chairman X"
                    info.more_offices.setdefault(om.key, (title, m.start))
                elif not bare_body(om.text):  # (a ministry of no state found: no office)
                    org = om.key
                    if (union := union_of(dm, org)) is not None:  # "AU Commission chair X"
                        info.more_offices.setdefault(union, (f"{om.text} {title}", m.start))
        elif (general := general_body(dm, words)) is not None:
            org, conf = general or None, 0.6  # "Secretary General X": NATO's, no state's
        elif (organ_home := title_organ_state(dm, m, words, taken, home)) is not None:
            country, conf = organ_home, 0.6  # "Ministry spokesman X": a bare organ's
        elif (house := house_state(info.name)) is not None:
            country, conf = house, 0.75  # "Sheikh X
            # Al-Sabah": of the house that rules Kuwait, whatever the dateline
        elif theirs is not None:
            country, conf = theirs, 0.7
        elif beside is not None:
            country, conf = beside, 0.6
        elif (national := national_title_state(title)) is not None:
            country, conf = national, 0.7
        elif (member := group_state(dm, m)) is not None:
            country, conf = member, 0.7  # "six Peruvian diplomats, including X"
        elif key not in visitors and (scene := scene_state(dm, gaz, m)) is not None:
            country, conf = scene, 0.6  # "In Port Vila, Prime Minister X"
        elif left and (shared := shared_possessive(dm, m, left[2])) is not None and \
                gaz.official_state(info.name) in (None, shared):
            country, conf = shared, 0.7  # "Vanuatu's President A and Prime Minister B" (not
            # a listed office holder of another state: "Egypt's President A and Prime
            # Minister Benjamin Netanyahu")
        elif key not in visitors and (hosting := host_city_state(dm, gaz, m)) is not None:
            country, conf = hosting, 0.6  # "X hosted her Turkish counterpart in Athens"
        elif key not in visitors and (reacting := reacting_state(dm, m)) is not None:
            country, conf = reacting, 0.6  # "Honduras reacted. Foreign Minister X said"
        elif home and (agency or key not in visitors) and any(
                w.lower() in ("president", "minister", "secretary", "chief", "undersecretary")
                for w in words) \
                and nearest_state(dm, m) in (None, home) and not (
                    home in MONARCHIES and words[-1].lower() == "president"):
            # the dateline's state, unless another state is named closer to the name (a
            # monarchy has no president of its own: a bare "President X" there is a guest);
            # a national agency's state even for a visitor ("TOKYO (Yonhap) - Minister X,
            # who arrived in Tokyo": the agency's own minister abroad)
            country, conf = home, 0.6
        elif words[0].lower() == "presidential" and (
                pres := president_state(dm, people, m.start)) is not None:
            country, conf = pres, 0.6  # "..., presidential spokesman X said"
        elif not is_visitor(dm, m):
            country = context_state(dm, m, taken)
            conf = 0.55 if country else conf
        else:
            country = visitor_state(dm, gaz, m)
            conf = 0.55 if country else conf
        if owner is None and left and (bloc := bloc_office(dm, m, words, left[2])) is not None:
            country, org = None, bloc or None  # "the bloc's foreign policy chief X"
            if bloc == "European Commission":
                title = title.removeprefix("Commission ")  # "Commission President X"
                title = title[0].upper() + title[1:]
        if owner is None and left and (eu := commissioner_bodies(dm, m, words, left[2] - 1)):
            country, org = None, eu[0]  # "the European Commissioner for X, Y"
            for also in eu[1:]:
                info.more_offices.setdefault(also, (title, m.start))
        if owner is None and country is None and (scene_org := scene_body(dm, m, title)):
            org = scene_org  # "At the United Nations, spokesman X said"
        if owner is None and country is not None and country == posted_to(gaz, title):
            country = None  # "the kingdom's ambassador to Yemen, X": not Yemen's envoy
        had = (info.title or "").split()
        seat = bool(had) and had[-1].lower() in SEAT_TITLES
        better = conf > info.office_conf or (conf == info.office_conf and seat)
        if info.title is None or (better and not former(title) and
                                  title.split()[-1].lower() not in SEAT_TITLES):
            # ("Foreign Minister Penny Wong ... Senator Wong", or the other way round: her
            # office, not her seat; "European Council President X ... X, a former
            # Portuguese prime minister": the office held now)
            info.title, info.country, info.org, info.office_conf = title, country, org, conf
            info.office_sentence = m.start
        elif info.country is None and country is not None and info.org is None and \
                not former(title):
            info.country, info.office_conf = country, conf
    return owed


def _pronoun_owner_state(dm: DocMentions, people: People, m: Mention,
                         start: int) -> str | None:
    """The state of the person a title's 'his'/'her' points back to ("Y did not comment.
    His spokesman, X, said"): the first person named earlier in the sentence, else in the
    sentence before (its topic, not the last name in it). Not 'His Highness the Emir'."""
    toks = dm.doc[max(0, start) : m.start]
    if not any(t.lower_ in ("his", "her") and (t.i + 1 >= len(dm.doc) or dm.doc[
            t.i + 1].lower_ not in _STYLES) for t in toks):
        return None
    key = first_person_before(dm, people, m.start)
    info = people.persons[key] if key else None
    return info.country if info and info.org is None else None


def _possessor(dm: DocMentions, people: People, m: Mention, start: int) -> str | None:
    """The person a title left of ``m`` is the possessive of ("Ramaphosa's spokesperson,
    X"), whose state X serves."""
    for k in range(max(1, start - 1), m.start):
        if possessive(dm.doc[k]) and (j := dm.owner[k - 1]) >= 0 and \
                j in people.of_mention:
            return people.of_mention[j]
    return None


#: Styles of address, not owners: "His Highness", "Her Majesty".
_STYLES = frozenset({"highness", "majesty", "excellency", "holiness", "royal", "grace"})


def _possessor_title(dm: DocMentions, people: People, m: Mention,
                     owner: int | None) -> str | None:
    """The title of the last titled person of another state named earlier in the
    sentence: whose counterpart 'his Iraqi counterpart' is."""
    state = dm.mentions[owner].key if owner is not None else None
    return _sibling_title(dm, people, m,
                          lambda info: info.country != state and info.org is None)


def _sibling_title(dm: DocMentions, people: People, m: Mention,
                   keep: Callable[[PersonInfo], bool] = lambda info: bool(info.country),
                   ) -> str | None:
    """The office of the nearest titled person named earlier in the same sentence (of a
    known state, or as ``keep`` says)."""
    sent = dm.doc[m.start].sent
    for j in range(len(dm.mentions) - 1, -1, -1):
        other = dm.mentions[j]
        if other.start >= m.start or other.start < sent.start:
            continue
        key = people.of_mention.get(j)
        if key is not None and people.persons[key].title and keep(people.persons[key]):
            return people.persons[key].title
    return None


def resolve_people(dm: DocMentions, gaz: Gazetteer, home: str | None, *,
                   agency: bool = False) -> People:
    """Cluster person mentions, recover missed ones, read offices and nominal mentions.
    ``home`` is the state a bare title falls back to: the dateline's, or that of the
    national agency that filed the story (``agency``: filed from abroad)."""
    persons, _ = _cluster(dm)
    extra = _find_missed(dm, persons, gaz)
    if extra:
        dm.mentions.extend(extra)
        dm.mentions.sort(key=lambda m: m.start)
        dm.owner[:] = [-1] * len(dm.doc)
        for j, m in enumerate(dm.mentions):
            for i in range(m.start, m.end):
                dm.owner[i] = j
    persons, of_mention = _cluster(dm)
    for j, m in enumerate(dm.mentions):
        if m.kind == "Person" and j not in of_mention:
            m.kind = "Dropped"
    people = People(persons, of_mention, {})
    owed = _offices(dm, gaz, people, home, agency)
    by_lead(dm, people)
    by_leaders_order(dm, people)  # "their foreign ministers, A and B"
    by_demonyms_order(dm, people)  # "the Azerbaijani and Armenian foreign ministers, A and B"
    known_officials(gaz, people)  # after by_lead: a bare 'Secretary-General' is the body's
    for key, boss in owed.items():  # "Ramaphosa's spokesperson, X", Ramaphosa's state known
        info, held = persons[key], persons[boss]  # only now
        if info.country is None and info.org is None and held.org is None and held.country:
            info.country, info.office_conf = held.country, 0.7
    plural_office_holders(dm, gaz, people)  # "the presidents of A and B ... X and Y"
    by_exclusion(dm, people)
    read_nominals(dm, people)
    for at, key in styled_rulers(dm, people).items():  # "His Majesty conveyed ..."
        people.nominal.setdefault(at, key)
    return people
