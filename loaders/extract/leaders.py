"""Leaders named by what they lead rather than by a title: 'Chad is led by Colonel X',
'the juntas are led by X in Chad, Y in Sudan', 'General X of Niger' (a rank, then the
state whose forces, and often whose government, the officer heads).
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import TITLE_HEADS
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.owners import of_state
from dipgraph.loaders.extract.spans import MILITARY_RANKS, possessive

__all__ = ["leader_of", "led_by", "ranked_of"]

#: Military ranks that, before a name and "of <state>", make the officer the state's:
#: "General X of Niger", "Captain Y of Burkina Faso" (not academic or clerical ranks).
_MILITARY_RANKS = MILITARY_RANKS | {"general", "gen"}


def ranked_of(dm: DocMentions, m: Mention) -> tuple[str, str] | None:
    """(rank, state) for 'General X of Niger' and 'Niger's General X': an officer of the
    state named with him."""
    doc = dm.doc
    if m.start == 0 or doc[m.start - 1].lower_.rstrip(".") not in _MILITARY_RANKS or \
            not doc[m.start - 1].is_title:
        return None
    state = of_state(dm, m.end)[0]
    j = dm.owner[m.end + 1] if state is not None else -1
    if state is None and m.start >= 3 and possessive(doc[m.start - 2]):
        j = dm.owner[m.start - 3]  # "Niger's General X"
        state = dm.mentions[j].key if j >= 0 and dm.mentions[j].kind == "Country" else None
    if state is None or dm.mentions[j].demonym or dm.mentions[j].capital:
        return None
    return doc[m.start - 1].text.rstrip("."), state


_RULE_VERBS = frozenset({"lead", "rule", "govern", "head", "represent"})


def _led_by_name(dm: DocMentions, m: Mention, verb: Token) -> bool:
    """Whether the person after a ruling verb's 'by' is said to lead: any who heads or
    rules, but only an office holder represents a state ("represented by Prime Minister
    X"; not "represented by British lawyer X")."""
    doc = dm.doc
    return verb.lemma_ != "represent" or (m.start > 0 and doc[m.start - 1].is_title and
                                          doc[m.start - 1].lower_ in TITLE_HEADS) or \
        _title_after(dm, m)  # ("represented by X, director general of the presidency")


def _title_after(dm: DocMentions, m: Mention) -> bool:
    """Whether a title is set off right after the name ("X, director general of ...")."""
    doc, k = dm.doc, m.end + 1
    k += k < len(doc) and doc[k].lower_ in ("the", "a")
    return m.end < len(doc) and doc[m.end].text == "," and k < len(doc) and \
        doc[k].lower_ in TITLE_HEADS


def _gapped_led(dm: DocMentions, m: Mention) -> str | None:
    """'Mali is led by Colonel X, Burkina Faso by Captain Y': the state right before a
    'by' that a passive 'led'/'ruled' earlier in the sentence governs."""
    doc = dm.doc
    k = m.start - 1
    while k > 0 and m.start - k <= 2 and doc[k].is_title:
        k -= 1  # (past a rank: "by Captain Y")
    j = dm.owner[k - 1] if k > 0 and doc[k].lower_ == "by" else -1
    at = dm.mentions[j].start if j >= 0 else 0
    if j < 0 or dm.mentions[j].kind != "Country" or dm.mentions[j].demonym or (
            at > 0 and doc[at - 1].pos_ == "ADP"):
        return None  # (a gapped clause: not "represented in Russia by X")
    if any(t.lemma_ in _RULE_VERBS and t.tag_ == "VBN" and _led_by_name(dm, m, t)
           for t in doc[doc[k].sent.start : at]):
        return dm.mentions[j].key
    return None


def led_by(dm: DocMentions, m: Mention) -> str | None:
    """'Chad is led by Colonel X', 'the juntas are led by X in Chad, Y in Sudan', 'Chad's
    junta, led by X': the state a person is said to lead."""
    doc = dm.doc
    gapped = _gapped_led(dm, m)
    if gapped is not None:
        return gapped
    tok = doc[m.end - 1]
    for _ in range(6):  # up the list: "by A in Chad, B in Sudan and C in Libya"
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i < tok.i:
            tok = tok.head.head  # the parser may hang "and C" on the place before it
        else:
            break
    agent = tok.head
    if tok.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_ not in _RULE_VERBS:
        return None
    if m.end + 1 < len(doc) and doc[m.end].lower_ == "in":
        j = dm.owner[m.end + 1]
        if j >= 0 and dm.mentions[j].kind == "Country" and not dm.mentions[j].demonym \
                and not dm.mentions[j].capital:
            return dm.mentions[j].key  # "X in Chad, Y in Sudan" (not the venue "in Accra")
    verb = agent.head
    if not _led_by_name(dm, m, verb):
        return None
    led = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        led.append(verb.head)
    for t in led:
        if dm.owner[t.i] >= 0 and dm.mentions[dm.owner[t.i]].kind == "Organization":
            continue  # "Libya's Presidential Council, headed by X": the body's (led_body)
        for k in (t.i, *(c.i for c in t.children if c.dep_ in ("poss", "amod", "compound"))):
            j = dm.owner[k]
            if j >= 0 and dm.mentions[j].kind == "Country":
                return dm.mentions[j].key
    return None


def leader_of(dm: DocMentions, m: Mention, left: tuple[list[str], int | None, int] | None, *,
              titled: bool) -> tuple[str, str] | None:
    """(title, state) of a person named as what a state is led by (the title ``left`` of
    the name, else 'Leader': "represented by Prime Minister X"), or, when no title is
    given (``titled`` false), as an officer of the state named after him."""
    led = led_by(dm, m)
    said = left[0] if left else []
    if led is not None:
        return " ".join(said) if any(w.lower() in TITLE_HEADS for w in said) else "Leader", led
    owned = m.start >= 3 and possessive(dm.doc[m.start - 2])  # "Niger's
    return None if titled and not owned else ranked_of(dm, m)  # General X": a rank, no title
