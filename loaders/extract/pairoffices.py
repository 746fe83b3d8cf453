"""Offices a plural title hands out by the order of the leaders: "the two leaders tasked
their foreign ministers, A and B," "Foreign ministers A and B signed the deal" or "the
three defence ministers - A, B and C -" names one minister of each leader's state, in the
order reporters list them: the order the office's own sentence names the leaders in, else
the order they were first named; failing leaders, the story's two leading states, or two
counterparts named just before ("Foreign Minister X and his Syrian counterpart Y"). Demonyms
listed before the office ("the Azerbaijani and Armenian foreign ministers, A and B") hand
out their states in their own order.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.homestate import story_pair
from dipgraph.loaders.extract.lexicon import (
    NUMBER_WORDS,
    PERSON_NOUNS,
    PLURAL_OFFICES,
    TITLE_WORDS,
    leads,
)
from dipgraph.loaders.extract.listed import listed_people
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.owners import states_before
from dipgraph.loaders.extract.persons import People

__all__ = ["by_demonyms_order", "by_leaders_order"]


def by_leaders_order(dm: DocMentions, people: People) -> None:
    """Give people listed after an unowned plural office, none of whom has a state yet,
    the states of the leaders named before (see the module), one each in order, when the
    counts match."""
    for tok in doc_tokens(dm.doc):
        if tok.lower_ not in PLURAL_OFFICES or not dm.in_body[tok.i]:
            continue
        listed = _listed(dm, tok)
        keys = [people.of_mention.get(j) for j in listed]
        if len(keys) < 2 or any(k is None for k in keys):
            continue
        infos = [people.persons[k] for k in keys if k is not None]
        if any(info.country or info.org for info in infos):
            continue
        states = _leader_states(dm, people, tok.i, len(infos))
        if len(states) != len(infos):
            continue
        title = _title(tok)
        for info, state in zip(infos, states, strict=True):
            info.title, info.country, info.office_conf = title, state, 0.6
            info.office_sentence = tok.i


def _listed(dm: DocMentions, tok: Token) -> list[int]:
    """People 'their' plural office lists ("their foreign ministers, A and B,") or who
    follow a bare one ("Foreign ministers A and B signed"); none when a state or other
    owner qualifies the office."""
    lefts = list(tok.lefts)
    counted = any(t.lower_ == "the" for t in lefts) and any(
        t.dep_ == "nummod" and t.lower_ in NUMBER_WORDS for t in lefts)  # "the three ministers"
    if any(t.dep_ in ("poss", "det") and t.lower_ not in ("their", "the") for t in lefts) or (
            any(t.lower_ == "the" for t in lefts) and not counted) or any(
            dm.owner[t.i] >= 0 for t in tok.subtree if t.i < tok.i):
        return []
    if counted:  # "signed by the three defence ministers - A, B and C -": one of each
        listed = listed_people(tok, dm)
        count = next(NUMBER_WORDS[t.lower_] for t in lefts if t.lower_ in NUMBER_WORDS)
        return listed if len(listed) == count else []
    if any(t.lower_ == "their" for t in lefts):
        return listed_people(tok, dm) if _leaders_own(dm, tok) else []
    if tok.i + 1 >= len(dm.doc) or (
            not dm.doc[tok.i - 1].is_title and tok.i != tok.sent.start):
        return []
    return _names_after(dm, tok)


def _names_after(dm: DocMentions, tok: Token) -> list[int]:
    """"Foreign ministers A and B": the people named right after the title (none when an
    'of' or 'from' follows them: "Finance ministers A and B of the eurozone")."""
    out, i = [], tok.i + 1
    while (j := dm.owner[i] if i < len(dm.doc) else -1) >= 0 and \
            dm.mentions[j].kind == "Person" and dm.mentions[j].start == i:
        out.append(j)
        i = dm.mentions[j].end
        if i < len(dm.doc) and dm.doc[i].lower_ in (",", "and"):
            i += 1 + (dm.doc[i].text == "," and i + 1 < len(dm.doc)
                      and dm.doc[i + 1].lower_ == "and")
        else:
            break
    return [] if i < len(dm.doc) and dm.doc[i].lower_ in ("of", "from") else out


def by_demonyms_order(dm: DocMentions, people: People) -> None:
    """"The Azerbaijani and Armenian foreign ministers, A and B,": the states a plural
    office's demonyms name, one to each person listed after it, in order (when the counts
    match), whatever each title alone seemed to say."""
    for tok in doc_tokens(dm.doc):
        if tok.lower_ not in PLURAL_OFFICES or not dm.in_body[tok.i]:
            continue
        owners = _demonyms_before(dm, tok.i - 1)
        if len(owners) < 2:
            continue
        listed = listed_people(tok, dm) or _names_after(dm, tok)
        keys = [k for j in listed if (k := people.of_mention.get(j)) is not None]
        if len(keys) != len(owners) or len(listed) != len(owners):
            continue
        title = _title(tok)
        for key, state in zip(keys, owners, strict=True):
            info = people.persons[key]
            info.title, info.country, info.office_conf = title, state, 0.6
            info.office_sentence = tok.i


#: Title words between demonyms and a plural office ("Azerbaijani and Armenian | Foreign").
_OFFICE_WORDS = TITLE_WORDS - {"and", "the"}


def _demonyms_before(dm: DocMentions, k: int) -> list[str]:
    """The states of the demonyms listed before the office's other title words ending at
    ``k`` ("Azerbaijani and Armenian | Foreign"), in order, whatever the parser hung them
    on (:func:`.owners.states_before` reads the list)."""
    while k >= 0 and dm.owner[k] < 0 and dm.doc[k].lower_ in _OFFICE_WORDS:
        k -= 1
    j = dm.owner[k] if k >= 0 else -1
    return states_before(dm, k)[0] if j >= 0 and dm.mentions[j].demonym else []


def _leaders_own(dm: DocMentions, tok: Token) -> bool:
    """Whether 'their' before ``tok`` is the leaders': the subject of the nearest clause
    above is people ('the two leaders', 'A and B'), not 'whose countries'."""
    head = tok
    while head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            j = dm.owner[subject.i]
            return subject.lower_ in PERSON_NOUNS or (
                j >= 0 and dm.mentions[j].kind == "Person")
    return False


def _leader_states(dm: DocMentions, people: People, before: int, count: int) -> list[str]:
    """The states of the heads of state or government named before token ``before``, in
    the order the office's own sentence names them when it names ``count`` ("Prabowo
    received Gusmao, where the two leaders watched their ministers, A and B"), else in the
    order first named."""
    states: list[str] = []
    here: list[str] = []
    start = dm.doc[before].sent.start
    for j, m in enumerate(dm.mentions):
        key = people.of_mention.get(j)
        if m.start >= before or key is None:
            continue
        info = people.persons[key]
        if leads(info.title) and info.country:
            for seen in [states] + [here] * (m.start >= start):
                if info.country not in seen:
                    seen.append(info.country)
    if len(here) == count or len(states) == count:
        return here if len(here) == count else states
    return _story_pair(dm, states, count) or _pair_before(dm, people, before, count)


def _story_pair(dm: DocMentions, leaders: list[str], count: int) -> list[str]:
    """The story's two leading states, in the order their leaders (else they) were first
    named, for a pair of ministers in a story that names other leaders in passing."""
    pair = story_pair(dm)
    if count != 2 or not pair:
        return []
    named = [s for s in leaders if s in pair]
    if len(named) == 2:
        return named
    first = [m.key for m in dm.mentions if m.kind == "Country" and m.key in pair]
    return list(dict.fromkeys(first))


def _pair_before(dm: DocMentions, people: People, before: int, count: int) -> list[str]:
    """The states of the counterparts named in this sentence and the one before, in the
    order named, when there are ``count`` of them with one title ("Foreign Minister A and
    his Syrian counterpart B ... Defence ministers C and D": C is A's, D is B's)."""
    sent = dm.doc[before].sent
    start = dm.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    states: list[str] = []
    titles: set[str] = set()
    for j, m in enumerate(dm.mentions):
        key = people.of_mention.get(j)
        if start <= m.start < before and key is not None:
            info = people.persons[key]
            if info.country and info.country not in states:
                states.append(info.country)
                titles.add((info.title or "").lower())
    # counterparts, one title between them (not a president and a trade minister)
    return states if len(states) == count and len(titles) == 1 and "" not in titles else []


def _title(tok: Token) -> str:
    """'foreign ministers' -> 'Foreign Minister'."""
    words = [t.text.capitalize() for t in tok.lefts
             if t.dep_ in ("amod", "compound") and t.lower_ in TITLE_WORDS]
    return " ".join([*words, PLURAL_OFFICES[tok.lower_].capitalize()])
