"""State ministries named without their state: 'the Foreign Ministry', 'Ministry
spokesman X'. Whose they are is read from what the speaker says, the scene, the story's
state, the sentence before, or the same organ named just before.
"""

from __future__ import annotations

from collections.abc import Callable

from dipgraph.loaders.extract.body import sentences_back
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.owners import (
    context_state,
    free_states,
    nearest_state,
    organ_state,
    reacting_state,
    scene_state,
)
from dipgraph.loaders.extract.statebodies import generic_house

__all__ = ["bare_body", "bare_organ", "bare_organ_state", "last_organization", "title_organ_state"]


_BARE_ORGAN = frozenset({"foreign", "ministry", "of", "affairs", "defence", "defense",
                         "interior", "external"})


#: A head of state's or government's own office named without its state.
_LEADERS_OFFICES = frozenset({"presidential office", "presidency"})


def bare_organ(name: str) -> bool:
    """'the Foreign Ministry', 'Ministry of Foreign Affairs', 'the Presidential Office': a
    state's ministry or its leader's office named without its state."""
    words = {w.lower() for w in name.split()}
    return bool(words) and ((words <= _BARE_ORGAN and "ministry" in words) or
                            name.lower() in _LEADERS_OFFICES)


def bare_body(name: str) -> bool:
    """A state's ministry or legislature named without its state ('the Foreign Ministry',
    'Senate'): an office in it is an office of the state the story gives."""
    return bare_organ(name) or generic_house(name)


def bare_organ_state(dm: DocMentions, m: Mention, organ: str,
                     taken: set[int] | None = None) -> str | None:
    """'Foreign Ministry spokeswoman X', 'Senate President Y': an organ or legislature with
    no state named (:func:`bare_body`) is of the state he says acts ('X said Moscow
    welcomed'), else the scene the sentence opens in ('In Moscow,'), else the state the
    story is about there (:func:`context_state`), else the one state acting as a subject
    in the sentence before ('Russia was absent. Foreign Ministry spokeswoman X said ...'),
    else that of the same organ named just before."""
    if not bare_body(organ):
        return None
    said = dm.doc[m.end - 1].head  # "X said Moscow welcomed ...": the state he speaks for
    for c in (c for c in said.children if c.dep_ == "ccomp") if said.dep_ == "ROOT" else ():
        subj = [dm.owner[s.i] for s in c.children if s.dep_ == "nsubj" and dm.owner[s.i] >= 0]
        if subj and dm.mentions[subj[0]].kind == "Country" and not dm.mentions[subj[0]].demonym:
            return dm.mentions[subj[0]].key
    scene = scene_state(dm, gazetteer(), m)  # "In Moscow, Foreign Ministry spokeswoman X"
    if scene is not None:
        return scene
    state = context_state(dm, m, taken)
    sent = dm.doc[m.start].sent
    if state is None and sent.start > 0:
        prev = dm.doc[sent.start - 1].sent
        subjects, _ = free_states(dm, prev.start, prev.end, None, taken)
        state = next(iter(subjects)) if len(subjects) == 1 else None
    return state or reacting_state(dm, m) or _last_organ_state(dm, m.start, organ)


def _last_organ_state(dm: DocMentions, before: int, organ: str) -> str | None:
    """The state of the same organ named in the sentence of token ``before`` or the two
    before it ("Kazakhstan's Foreign Ministry summoned X. Ministry spokesman Y said":
    Kazakhstan's); a portfolio the organ names ('Foreign', 'Defence') must match."""
    portfolio = {w.lower() for w in organ.split()} - {"ministry", "of", "affairs"}
    j = last_organization(dm, before, lambda om: organ_state(om) is not None and
                          portfolio <= {w.lower() for w in om.text.split()})
    return organ_state(dm.mentions[j]) if j is not None else None


def last_organization(dm: DocMentions, before: int,
                      keep: Callable[[Mention], bool]) -> int | None:
    """The mention index of the last organisation named before token ``before``, in its
    sentence or the two before it, that ``keep`` accepts."""
    first = sentences_back(dm.doc, dm.doc[before].sent.start, 2)
    for j in range(len(dm.mentions) - 1, -1, -1):
        om = dm.mentions[j]
        if om.start >= before or om.kind != "Organization":
            continue
        if om.start < first:
            return None
        if keep(om):
            return j
    return None


def title_organ_state(dm: DocMentions, m: Mention, words: list[str],
                      taken: set[int] | None = None, home: str | None = None) -> str | None:
    """'Ministry spokesman X' (the organ a title word, not a named body): the state of
    the bare organ, as for :func:`bare_organ_state`, else ``home`` (the dateline's or the
    filing agency's state: "AMMAN - ... ministry spokesman X said")."""
    organ = [w for w in words if w.lower() in _BARE_ORGAN]
    if not organ or len(organ) >= len(words) or words[: len(organ)] != organ:
        return None
    return bare_organ_state(dm, m, " ".join(organ), taken) or (
        home if bare_organ(" ".join(organ)) and nearest_state(dm, m) in (None, home)
        else None)  # (not when another state is named just before the name)
