"""Bodies a title names as its owner: one named earlier ('the bloc's spokesman'), the
last state or body before the title, a capitalised body no mention covers ('Chairman of
the State Administration Council of Myanmar'), and one after a few describing words ('the
leader of the far-right X Party').
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.namewords import ORG_HEADS
from dipgraph.loaders.extract.owners import organ_state

__all__ = ["body_name", "body_named", "described_body", "last_body", "last_state"]


def body_named(dm: DocMentions, noun: Token, before: int) -> int | None:
    """The mention index of the one body named before ``before`` whose name holds ``noun``
    ('the forum' after 'the Andean Islands Forum'), or of the one body for 'the bloc'."""
    if not noun.is_lower or noun.pos_ != "NOUN":
        return None
    # "the court's president": the International Court of Justice; "the bloc's secretary
    # general": a body that is no state's ministry; two such bodies leave it open
    found = {om.key: j for j, om in enumerate(dm.mentions) if om.start < before and
             om.kind == "Organization" and (noun.lower_ in om.text.lower().split() or (
                 noun.lower_ == "bloc" and organ_state(om) is None))}
    return next(iter(found.values())) if len(found) == 1 else None


def last_state(dm: DocMentions, before: int) -> int | None:
    """The mention index of the last state named by name before token ``before``."""
    for j in range(len(dm.mentions) - 1, -1, -1):
        om = dm.mentions[j]
        if om.start < before and om.kind == "Country" and not om.demonym:
            return j
    return None


def last_body(dm: DocMentions, before: int, *, organ: bool = False) -> int | None:
    """The mention index of the body named last before token ``before``, if it opens its
    sentence ('The Gulf Cooperation Council also weighed in. Its secretary-general, X') or
    is named in the title's own sentence; with ``organ``, only a state's organ opening its
    sentence ('Peru's Foreign Ministry hit back. Its spokesman, X')."""
    for j in range(len(dm.mentions) - 1, -1, -1):
        om = dm.mentions[j]
        if om.start < before and om.kind in ("Country", "Organization"):
            first = dm.doc[om.start].sent.start  # (or 'a delegation of X led by its')
            here = first == dm.doc[before].sent.start and not organ
            return j if om.kind == "Organization" and (om.start <= first + 1 or here) and (
                not organ or organ_state(om) is not None) else None
    return None


def body_name(dm: DocMentions, i: int, owner: int | None) -> int:
    """The end of a capitalised body name opening at ``i`` that no mention covers, of the
    owner the title read before it ('Myanmar's State Administration Council') or of a state
    named right after it ('the State Administration Council of Myanmar'), else ``i``."""
    doc, k = dm.doc, i
    while k < len(doc) and k - i < 5 and doc[k].is_title and dm.owner[k] < 0:
        k += 1
    after = dm.owner[k + 1] if k + 1 < len(doc) and doc[k].lower_ == "of" else -1
    return k if k > i and doc[k - 1].lower_ in ORG_HEADS and (owner is not None or (
        after >= 0 and dm.mentions[after].kind == "Country")) else i


def described_body(dm: DocMentions, i: int) -> int | None:
    """The organisation named after a few lower-case words that describe it: 'of the
    far-right Nationalist Movement Party', 'of the US-backed Syrian Democratic Forces',
    'of the paramilitary Rapid Support Forces' (the mention index, else None)."""
    doc, k = dm.doc, i
    # (a verb only after a hyphen: "opposition-controlled", not "the committee investigating X")
    while k < len(doc) and k - i < 3 and dm.owner[k] < 0 and (
            (doc[k].is_lower and (doc[k].pos_ in ("ADJ", "ADV", "NOUN") or (
                k > i and doc[k - 1].text == "-"))) or doc[k].text == "-"):
        k += 1
    if k + 2 < len(doc) and k - i < 3 and dm.owner[k] >= 0 and doc[k + 1].text == "-" and \
            doc[k + 2].is_lower:
        k += 3  # "the US-backed", "the Iran-aligned"
    j = dm.owner[k] if k < len(doc) else -1
    if k == i or j < 0 or dm.mentions[j].kind != "Organization" or dm.mentions[j].start != k:
        return None
    return j
