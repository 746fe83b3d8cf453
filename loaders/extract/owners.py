"""Whose office: the title words around a name and the state or body behind them.

The title words themselves are read in ``titles``; when the title names no state,
the sentence does.

"China's Foreign Ministry spokesperson" belongs to China, "the African Union
commission chairman" to the African Union Commission, and a bare "President
Vladimir Putin" to the one state his sentence names as a clause subject
("..., which Russia had already suspended"), never to a state he is only
reported to talk about.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.gazetteer import STATE_ORGANS, Gazetteer, gazetteer
from dipgraph.loaders.extract.lexicon import (
    COUNTERPART_WORDS,
    REPORTING_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.spans import possessive
from dipgraph.loaders.extract.statebodies import (
    generic_house,
    movement_state,
    national_body_state,
)

__all__ = [
    "city_state", "context_state", "counterpart_state", "free_states", "group_state",
    "leading_state", "main_states", "nearest_state", "of_state", "office_kind",
    "organ_country", "organ_state", "owner_state", "reacting_state", "ruling_party",
    "scene_body", "scene_state", "shared_offices", "states_before", "sub_body",
]


_ORGAN_WORDS = frozenset({"ministry", "department", "presidency", "foreign", "office", "embassy",
                          "consulate", "ministers"})  # ("Council of Ministers of Italy")


#: Words that make an organisation a government organ acting for its state.
_ORGAN_HEADS = frozenset({"ministry", "ministries", "department", "presidency", "cabinet",
                          "foreign", "government", "embassy", "consulate", "guard"})


def organ_state(m: Mention) -> str | None:
    """The state a ministry or seat of government acts for: 'the Egyptian Foreign
    Ministry', 'the Ministry of Foreign Affairs of Brazil', 'the Kremlin'."""
    gaz = gazetteer()
    state = STATE_ORGANS.get(m.key)
    words = m.text.replace("\u2019s", " ").replace("'s", " ").split()
    if state is None and {w.lower() for w in words} & _ORGAN_HEADS:
        for k in range(len(words)):
            for n in (3, 2, 1):
                iso = gaz.lookup_country(" ".join(words[k : k + n])) \
                    if k + n <= len(words) else None
                if iso:
                    return iso
        first = m.text.split()[0]
        if first.endswith(("'s", "\u2019s")) and first[:-2] in gaz.capitals:
            return gaz.capitals[first[:-2]]  # "Seoul's Unification Ministry"
    return state


#: States ruled by their communist party, whose chief leads the state.
_RULING_PARTIES = frozenset({"CHN", "VNM", "LAO", "CUB", "PRK"})


def ruling_party(gaz: Gazetteer, name: str) -> str | None:
    """The state a ruling communist party is named for ('the Communist Party of Vietnam',
    'the Chinese Communist Party'); None for any other party ('the Communist Party of the
    Russian Federation' is its own)."""
    named = national_body_state(name)  # ("the Workers' Party of Korea", "the CPC")
    if named is not None or "communist" not in name.lower():
        return named
    words = name.replace("\u2019s", "").replace("'s", "").split()
    iso = next((iso for w in words if (iso := gaz.lookup_country(w))), None)
    return iso if iso in _RULING_PARTIES else None


def owner_state(dm: DocMentions, gaz: Gazetteer, owner: int, title: list[str]) -> str | None:
    """The state a body named as the owner of office ``title`` acts for: 'Kenya Defence
    Forces', 'the Egyptian Foreign Ministry', a ruling party (:func:`ruling_party`), a
    national legislature ('the National People's Congress') or a governing movement's
    government (:func:`movement_state`); not another party ('the X Nationalist Party' is its
    own)."""
    text = dm.mentions[owner].text
    if (run := movement_state(text, title)) is not None:
        return run  # "the Taliban's acting foreign minister"
    if (body := national_body_state(text)) is not None:
        return body  # "chairman of the National People's Congress", "the WPK"
    if text.lower().endswith("party") or "communist" in text.lower():
        return ruling_party(gaz, text)
    words = text.replace("\u2019s", "").replace("'s", "").split()
    return gaz.lookup_country(words[0]) or organ_country(dm, gaz, owner)


#: Words that open the naming of some members of a group: "six X diplomats, including Y".
_GROUP_MARKERS = (("including",), ("among", "them"), ("among", "whom"), ("such", "as"))
#: Plural nouns of people who serve a state: its diplomats, officials, envoys.
_MEMBER_NOUNS = frozenset({"diplomats", "officials", "envoys", "ministers", "officers",
                           "delegates", "negotiators", "ambassadors", "representatives"})


def group_state(dm: DocMentions, m: Mention) -> str | None:
    """'six Peruvian diplomats, including Ambassador X' (or ', among them acting High
    Commissioner X'): X serves the state whose demonym qualifies the group."""
    doc = dm.doc
    k = m.start - 1
    while k > 0 and dm.owner[k] < 0 and (doc[k].is_title or doc[k].lower_ in ("acting", "-")):
        k -= 1  # (the title before the name)
    for marker in _GROUP_MARKERS:
        at = k - len(marker) + 1
        if at < 2 or tuple(t.lower_ for t in doc[at : k + 1]) != marker or doc[at - 1].text != ",":
            continue
        noun = doc[at - 2]
        if noun.lower_ not in _MEMBER_NOUNS:
            return None
        for t in doc[max(noun.sent.start, noun.i - 3) : noun.i]:
            j = dm.owner[t.i]
            if j >= 0 and dm.mentions[j].kind == "Country" and dm.mentions[j].demonym:
                return dm.mentions[j].key
    return None


def organ_country(dm: DocMentions, gaz: Gazetteer, owner: int) -> str | None:
    """The state of a ministry named as an office's owner: "China's Foreign Ministry
    spokesperson", "the Egyptian Foreign Ministry spokesman"."""
    om = dm.mentions[owner]
    if om.key in STATE_ORGANS:
        return STATE_ORGANS[om.key]  # "White House press secretary"
    words = om.text.split()
    if not {w.lower() for w in words} & _ORGAN_WORDS and not generic_house(
            " ".join(w for w in words if not gaz.lookup_country(w))):  # ("Czech Senate")
        return None
    for w in words:
        iso = gaz.lookup_country(w.removesuffix("'s").removesuffix("\u2019s"))
        if iso:
            return iso
    k = om.start - 1
    if k >= 1 and possessive(dm.doc[k]):
        k -= 1
    j = dm.owner[k] if k >= 0 else -1
    if j >= 0 and dm.mentions[j].kind == "Country":
        return dm.mentions[j].key
    return of_state(dm, om.end)[0]  # "the Council of Ministers of Bosnia and Herzegovina"


def sub_body(gaz: Gazetteer, org: str, words: list[str]) -> tuple[str, str] | None:
    """"the African Union commission chairman": the office is in the body's commission
    when the lexicon knows it ('African Union Commission')."""
    if len(words) < 2:
        return None
    wanted = f"{org} {words[0]}".lower()
    name = next((v for k, v in gaz.orgs.items() if k.lower() == wanted), None)
    if name is None:
        return None
    rest = " ".join(words[1:])
    return name, rest[0].upper() + rest[1:]


def _reported(dm: DocMentions, m: Mention | None) -> set[int]:
    """Tokens of what ``m`` is reported to say ('X said that India was planning ...', '...,
    dismissing reports that Italy would host it'):
    a speaker talks about other states as often as about his own."""
    if m is None:
        return set()
    root = dm.doc[m.end - 1]
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in REPORTING_VERBS:
        return set()
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") or (
        c.dep_ == "advcl" and c.tag_ == "VBG")]  # (", adding that ...")
    said += [c for c in verb.subtree if c.dep_ in ("acl", "advcl", "ccomp") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]  # ("reports that X")
    return {t.i for c in said for t in c.subtree}


def free_states(dm: DocMentions, start: int, end: int, m: Mention | None = None,
                taken: set[int] | None = None) -> tuple[set[str], set[str]]:
    """States acting as a clause subject in tokens [start, end) ('which Russia had
    suspended'), and every state named there, outside what ``m`` is reported to say."""
    doc = dm.doc
    subjects: set[str] = set()
    named: set[str] = set()
    skip = _reported(dm, m)
    for k in range(start, end):
        if k in skip:
            continue
        j = dm.owner[k]
        if j < 0 or k != dm.mentions[j].start or j in (taken or ()):
            continue
        om = dm.mentions[j]
        state = _state_of(om)
        root = doc[om.end - 1]
        if state is None or (om.capital and root.dep_ == "pobj" and root.head.lower_ in (
                "in", "at")):
            continue  # "the authorities in Lima": a venue, not a state taking part
        named.add(state)
        if root.dep_ in ("nsubj", "nsubjpass"):
            subjects.add(state)
    return subjects, named


def _state_of(m: Mention) -> str | None:
    """The state a mention names outright: a state by name or capital, or one of its organs
    ('the Greek Foreign Ministry', 'the White House'); a demonym alone does not."""
    if m.kind == "Country":
        return None if m.demonym else m.key
    return organ_state(m) if m.kind == "Organization" else None


def context_state(dm: DocMentions, m: Mention, taken: set[int] | None = None) -> str | None:
    """'President Vladimir Putin signed a law ..., which Russia had suspended': a bare
    title's state is the one state its sentence (else the sentence before) names, and
    names as a clause subject or before the name ('the first visit from Dhaka since
    President X took office'); 'his Tuvaluan counterpart' rules that state out, and so
    do the mentions in ``taken``, states already read as another person's office
    ("Oman's de facto leader welcomed the Emir")."""
    doc = dm.doc
    sent = doc[m.start].sent
    subjects, named = free_states(dm, sent.start, sent.end, m, taken)
    if not named and sent.start > 0:
        prev = doc[sent.start - 1].sent
        hosting = any(t.dep_ == "nsubj" and t.head.lemma_ == "host" and dm.owner[t.i] >= 0
                      for t in prev)  # "Norway hosted the talks. President X said":
        # a host's guests speak next as often as its own officials
        if "\n\n" not in doc[prev.end - 1 : sent.start + 1].text and not hosting:
            subjects, named = free_states(dm, prev.start, prev.end, None, taken)
    if len(named) != 1 or len(subjects) > 1:
        return None
    if not subjects and nearest_state(dm, m) not in named:
        return None  # the one state named must then come before the name
    state = next(iter(subjects or named))
    for k in range(m.end, sent.end):  # "X and his Tuvaluan counterpart": X is not Tuvaluan
        j = dm.owner[k]
        if j >= 0 and dm.mentions[j].kind == "Country" and dm.mentions[j].key == state and \
                k + 1 < len(doc) and doc[dm.mentions[j].end].lower_ in COUNTERPART_WORDS:
            return None
    return state


def counterpart_state(dm: DocMentions, m: Mention, mine: str | None) -> str | None:
    """'A visited Peru. A met his counterpart X': X holds office in a state other than A's
    (``mine``): the one other state X's sentence names before X (not a topic after him:
    'to discuss the war in Ukraine'), else the one the sentence before names; else the one
    other state the article is about."""
    doc = dm.doc
    sent = doc[m.start].sent
    spans = [(sent.start, m.start)]
    if sent.start > 0:
        spans.append((doc[sent.start - 1].sent.start, sent.start))
    for start, end in spans:
        states = {dm.mentions[j].key for j in {dm.owner[k] for k in range(start, end)}
                  if j >= 0 and dm.mentions[j].kind == "Country"} - {mine}
        if states:
            return states.pop() if len(states) == 1 else None
    others = [s for s in main_states(dm) if s != mine]
    return others[0] if len(others) == 1 else None


def _scene(dm: DocMentions, m: Mention, preps: tuple[str, ...]) -> Mention | None:
    """The mention a sentence opens on after one of ``preps`` and before a comma ('In Port
    Vila, ...', 'At the United Nations, ...'), before ``m``."""
    sent = dm.doc[m.start].sent
    k = sent.start
    while k < m.start and not dm.doc[k].is_alpha:  # a quote mark or dash first
        k += 1
    if k + 2 >= m.start or dm.doc[k].lower_ not in preps:
        return None
    k += dm.doc[k + 1].lower_ == "the"
    j = dm.owner[k + 1]
    if j < 0 or dm.mentions[j].start != k + 1 or dm.doc[dm.mentions[j].end].text != ",":
        return None
    return dm.mentions[j]


#: Title words of a state's offices, which no body's officer bears.
_STATE_OFFICES = frozenset({"minister", "president", "premier", "king", "emir", "chancellor"})


def scene_body(dm: DocMentions, m: Mention, title: str) -> str | None:
    """The body a sentence opens at ('At the United Nations, spokesman X said'): the one a
    bare ``title`` then serves, unless it is a state's office ('At the World Bank, Finance
    Minister X')."""
    if _STATE_OFFICES & set(title.lower().split()):
        return None
    body = _scene(dm, m, ("at",))
    return body.key if body is not None and body.kind == "Organization" else None


def scene_state(dm: DocMentions, gaz: Gazetteer, m: Mention) -> str | None:
    """The state of the city a sentence opens in ('In Port Vila, Prime Minister X said'):
    the scene a bare title then belongs to, wherever the story was filed from."""
    place = _scene(dm, m, ("in",))
    return city_state(gaz, place) if place is not None else None


def city_state(gaz: Gazetteer, place: Mention) -> str | None:
    """The state of a city mention (a place, or a capital written for its state)."""
    in_city = place.kind == "Place" or (place.kind == "Country" and place.capital)
    return gaz.place_country(place.text) if in_city else None


def of_state(dm: DocMentions, end: int) -> tuple[str | None, int]:
    """'<name> of Colombia': the state after a name, and where the phrase ends."""
    doc = dm.doc
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        j = dm.owner[end + 1]
        after = dm.mentions[j].end if j >= 0 else end
        if j >= 0 and dm.mentions[j].kind == "Country" and not (
                after < len(doc) and possessive(doc[after])):
            return dm.mentions[j].key, after  # (not "assured X of Sierra Leone's support")
    return None, end


def states_before(dm: DocMentions, k: int) -> tuple[list[str], int]:
    """States listed right before token ``k`` ('Armenian and Azerbaijani'), in order,
    and the index where the list starts."""
    doc = dm.doc
    out: list[str] = []
    while k >= 0:
        j = dm.owner[k]
        if j >= 0 and dm.mentions[j].kind == "Country":
            out.insert(0, dm.mentions[j].key)
            k = dm.mentions[j].start - 1
        elif doc[k].lower_ in ("and", ",") and out:
            k -= 1
        else:
            break
    return out, k


def shared_offices(dm: DocMentions, holders: dict[int, str]) -> dict[int, tuple[str, str]]:
    """Offices one plural title gives to coordinated names: "Armenian and Azerbaijani
    foreign ministers A and B", "the foreign ministers of Armenia and Azerbaijan, A and
    B,", "Presidents A of Colombia and B of Venezuela". ``holders`` maps a person's
    mention index to its person key; the result maps a mention index to (title, state)."""
    doc = dm.doc
    groups: list[list[int]] = []
    last_end = -1
    for j in sorted(holders, key=lambda j: dm.mentions[j].start):
        m = dm.mentions[j]
        between = {t.lower_ for t in doc[last_end : m.start]} if last_end >= 0 else {"x"}
        if groups and between <= {",", "and"} and m.start > last_end:
            groups[-1].append(j)
        else:
            groups.append([j])
        last_end = of_state(dm, m.end)[1]
    out: dict[int, tuple[str, str]] = {}
    for group in groups:
        if len(group) < 2:
            continue
        first = dm.mentions[group[0]]
        own = [of_state(dm, dm.mentions[j].end)[0] for j in group]
        k = first.start - 1
        states: list[str] = []
        if k >= 0 and doc[k].text in (",", "-", "\u2013", "\u2014"):  # "... of Armenia and
            # Azerbaijan, A and B,", "... - A and B -"
            states, k = states_before(dm, k - 1)
            if not states or k < 0 or doc[k].lower_ != "of":
                continue
            k -= 1
        words: list[str] = []
        while k >= 0 and (doc[k].lower_ in TITLE_WORDS or doc[k].lower_[:-1] in TITLE_HEADS) \
                and doc[k].lower_ not in ("of", "and", "the"):
            words.insert(0, doc[k].text)
            k -= 1
        head = words[-1].lower() if words else ""
        if not (head.endswith("s") and head[:-1] in TITLE_HEADS):
            continue
        if not states:
            states, _ = states_before(dm, k)
        title = " ".join([*words[:-1], words[-1][:-1]])
        title = title[0].upper() + title[1:]
        for n, j in enumerate(group):
            state = own[n] or (states[n] if len(states) == len(group) else None)
            if state:
                out[j] = (title, state)
    return out


#: Verbs that introduce a state's answer, which its officials then give.
_REACT = frozenset({"react", "respond", "reply", "retort", "answer", "protest", "deny",
                    "reject", "dismiss", "rebuff"})


#: Nouns of reacting: "The reaction from Tehran was swift", "Seoul's response came fast".
_REACTION_NOUNS = frozenset({"reaction", "response", "reply", "retort", "answer", "protest",
                        "denial", "rebuttal"})


def _reacts(tok: Token) -> bool:
    """'Honduras reacted', 'the reaction from Tehran', 'Seoul's response': a state that
    reacts, read at its mention's last token."""
    head = tok.head
    return (tok.dep_ == "nsubj" and head.lemma_ in _REACT) or (
        tok.dep_ == "poss" and head.lemma_ in _REACTION_NOUNS) or (
        tok.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_ in _REACTION_NOUNS)


def reacting_state(dm: DocMentions, m: Mention) -> str | None:
    """'Honduras reacted within hours. Foreign Minister X said ...': a titled name with no
    other name before it in its sentence speaks for the one state the sentence before (same
    paragraph, no person in it) has as the subject of a verb of reacting or denying (not
    'Chile launched an attack. Ambassador X condemned it')."""
    doc = dm.doc
    sent = doc[m.start].sent
    if sent.start == 0 or any(dm.owner[k] >= 0 and dm.mentions[dm.owner[k]].kind !=
                              "Organization" for k in range(sent.start, m.start)):
        return None  # (a body may be in the title: "Foreign Ministry spokesman X")
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc[prev.end - 1 : sent.start + 1].text:
        return None
    found = [dm.mentions[j] for k in range(prev.start, prev.end)
             if (j := dm.owner[k]) >= 0 and k == dm.mentions[j].start]
    subjects = {om.key for om in found if om.kind == "Country" and not om.demonym
                and _reacts(doc[om.end - 1])}
    return subjects.pop() if len(subjects) == 1 and not any(
        om.kind == "Person" for om in found) else None


def nearest_state(dm: DocMentions, m: Mention) -> str | None:
    """The state named (not by demonym) nearest before ``m`` in its sentence: 'a visit
    from Male since President X took office'. States named after the name are mostly
    whom the person deals with ('X met envoys from Bolivia'), so they do not count."""
    sent = dm.doc[m.start].sent
    skip = _reported(dm, m)
    best: tuple[int, str] | None = None
    for k in range(sent.start, sent.end):
        j = dm.owner[k]
        if k in skip or j < 0 or k != dm.mentions[j].start:
            continue
        om = dm.mentions[j]
        state = _state_of(om)
        if state is None or om.end > m.start:
            continue
        gap = m.start - om.end
        if best is None or gap < best[0]:
            best = (gap, state)
    return best[1] if best else None


#: Offices a state has one holder of at a time, by the words that name them.
_SINGLE_OFFICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("foreign", ("foreign minister", "foreign secretary", "minister of foreign affairs",
                 "foreign affairs minister", "secretary of state", "top diplomat")),
    ("defence", ("defence minister", "defense minister", "defence secretary",
                 "defense secretary", "minister of defence", "minister of defense")),
    ("government", ("prime minister", "premier")),
    ("state", ("president",)),
)
_NOT_SINGLE = ("deputy", "vice", "former", "ex-", "spokes", "adviser", "advisor", "envoy",
               "ambassador", "commission", "bank", " and ", "party", "opposition", "elect")


def office_kind(title: str) -> str | None:
    """The one-holder office a title names ('Foreign Secretary' and 'Foreign Minister' are
    both the foreign office); none for shared or compound titles."""
    low = title.lower()
    if any(w in low for w in _NOT_SINGLE):
        return None
    for kind, names in _SINGLE_OFFICES:
        if any(n == low or low.endswith(" " + n) or low.startswith(n) for n in names):
            return kind
    return None


def _ranked_states(dm: DocMentions) -> list[tuple[str, int]]:
    """States named in the article (by name, capital or organ), most-named first."""
    counts: dict[str, int] = {}
    for m in dm.mentions:
        state = _state_of(m)
        if state is not None:
            counts[state] = counts.get(state, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def leading_state(dm: DocMentions) -> str | None:
    """The one state the article is plainly about: named at least three times and at least
    twice as often as any other."""
    ranked = _ranked_states(dm)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def main_states(dm: DocMentions) -> list[str]:
    """The states the article is about: its two most-named states when they clearly lead,
    else every state it names (by name, capital or organ) at least twice."""
    ranked = _ranked_states(dm)
    if len(ranked) >= 2 and ranked[1][1] >= 3 and (
            len(ranked) == 2 or ranked[2][1] * 2 <= ranked[1][1]):
        return [ranked[0][0], ranked[1][0]]
    return [k for k, n in ranked if n >= 2]
