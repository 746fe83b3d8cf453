"""Whose office: the state or body behind a title when the title does not name it.

"China's Foreign Ministry spokesperson" belongs to China, "the African Union
commission chairman" to the African Union Commission, and a bare "President
Vladimir Putin" to the one state his sentence names as a clause subject
("..., which Russia had already suspended"), never to a state he is only
reported to talk about.
"""

from __future__ import annotations

from dipgraph.loaders.extract.gazetteer import Gazetteer
from dipgraph.loaders.extract.lexicon import (
    COUNTERPART_WORDS,
    REPORTING_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from dipgraph.loaders.extract.mentions import DocMentions, Mention

__all__ = [
    "context_state", "free_states", "nearest_state", "organ_country", "shared_offices",
    "sub_body",
]


_ORGAN_WORDS = frozenset({"ministry", "department", "presidency", "foreign", "office"})


def organ_country(dm: DocMentions, gaz: Gazetteer, owner: int) -> str | None:
    """The state of a ministry named as an office's owner: "China's Foreign Ministry
    spokesperson", "the Egyptian Foreign Ministry spokesman"."""
    om = dm.mentions[owner]
    words = om.text.split()
    if not {w.lower() for w in words} & _ORGAN_WORDS:
        return None
    for w in words:
        iso = gaz.lookup_country(w.removesuffix("'s").removesuffix("\u2019s"))
        if iso:
            return iso
    k = om.start - 1
    if k >= 1 and dm.doc[k].text in ("'s", "\u2019s"):
        k -= 1
    j = dm.owner[k] if k >= 0 else -1
    if j >= 0 and dm.mentions[j].kind == "Country":
        return dm.mentions[j].key
    return None


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
    """Tokens of what ``m`` is reported to say ('X said that India was planning ...'):
    a speaker talks about other states as often as about his own."""
    if m is None:
        return set()
    root = dm.doc[m.end - 1]
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in REPORTING_VERBS:
        return set()
    return {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}


def free_states(dm: DocMentions, start: int, end: int,
                 m: Mention | None = None) -> tuple[set[str], set[str]]:
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
        if j < 0 or k != dm.mentions[j].start or dm.mentions[j].kind != "Country":
            continue
        om = dm.mentions[j]
        if not om.demonym:
            named.add(om.key)
        root = doc[om.end - 1]
        if not om.demonym and root.dep_ in ("nsubj", "nsubjpass"):
            subjects.add(om.key)
    return subjects, named


def context_state(dm: DocMentions, m: Mention) -> str | None:
    """'President Vladimir Putin signed a law ..., which Russia had suspended': a bare
    title's state is the one state its sentence (else the sentence before) names, and
    names as a clause subject; 'his Tuvaluan counterpart' rules that state out."""
    doc = dm.doc
    sent = doc[m.start].sent
    subjects, named = free_states(dm, sent.start, sent.end, m)
    if not named and sent.start > 0:
        prev = doc[sent.start - 1].sent
        if "\n\n" not in doc[prev.end - 1 : sent.start + 1].text:
            subjects, named = free_states(dm, prev.start, prev.end)
    if len(named) != 1 or len(subjects) != 1:
        return None
    state = next(iter(subjects))
    for k in range(sent.start, sent.end):
        j = dm.owner[k]
        if j >= 0 and dm.mentions[j].kind == "Country" and dm.mentions[j].key == state and \
                k + 1 < len(doc) and doc[dm.mentions[j].end].lower_ in COUNTERPART_WORDS:
            return None
    return state


def _of_state(dm: DocMentions, end: int) -> tuple[str | None, int]:
    """'<name> of Colombia': the state after a name, and where the phrase ends."""
    doc = dm.doc
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        j = dm.owner[end + 1]
        if j >= 0 and dm.mentions[j].kind == "Country":
            return dm.mentions[j].key, dm.mentions[j].end
    return None, end


def _states_before(dm: DocMentions, k: int) -> tuple[list[str], int]:
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
        last_end = _of_state(dm, m.end)[1]
    out: dict[int, tuple[str, str]] = {}
    for group in groups:
        if len(group) < 2:
            continue
        first = dm.mentions[group[0]]
        own = [_of_state(dm, dm.mentions[j].end)[0] for j in group]
        k = first.start - 1
        states: list[str] = []
        if k >= 0 and doc[k].text == ",":  # "... of Armenia and Azerbaijan, A and B,"
            states, k = _states_before(dm, k - 1)
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
            states, _ = _states_before(dm, k)
        title = " ".join([*words[:-1], words[-1][:-1]])
        title = title[0].upper() + title[1:]
        for n, j in enumerate(group):
            state = own[n] or (states[n] if len(states) == len(group) else None)
            if state:
                out[j] = (title, state)
    return out


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
        if om.kind != "Country" or om.demonym or om.end > m.start:
            continue
        gap = m.start - om.end
        if best is None or gap < best[0]:
            best = (gap, om.key)
    return best[1] if best else None
