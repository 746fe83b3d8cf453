"""Sets of accords set out later: "A and B signed three agreements on energy, training and
migration. The accords include a protocol on X, a memorandum on Y and an agreement on Z."
The texts listed after 'the accords' are the set's members, in order: each takes the place
of the member told first (its wording an alias), and a set told as one ("three agreements
on energy and flood management") gives way to its listed texts, so whatever was said of the
set holds for each text.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.accordinfo import AccordInfo
from dipgraph.loaders.extract.body import doc_sentences
from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["fold_listed_sets", "rekey"]

#: Verbs that set out a set's members: "The accords include ...", "The texts are ...".
_SETTING_OUT = frozenset({"include", "comprise", "be", "cover"})
#: What stands before an item of a list.
_OPENERS = frozenset({",", "and", ":", "-", "--", "\u2013", "\u2014"})


def _set_of(dm: DocMentions, root: Token) -> int | None:
    """The mention index of the definite plural accord noun whose members the list that
    ``root`` is an item of sets out ("The agreements - A, B and C -", "The accords include
    A, B and C"), else None. The parser hangs later items on earlier ones any way, so the
    item is known by the word before it and the path up to the list's start."""
    doc = root.doc
    before = root.left_edge.i - 1
    if before < 0 or not (doc[before].text in _OPENERS or doc[before].lemma_ in _SETTING_OUT):
        return None
    t, host = root, None
    while t.head.i != t.i and host is None:
        if t.dep_ == "appos" and _definite_plural(t.head):
            host = t.head  # "The agreements - A, B and C -"
        elif t.dep_ in ("dobj", "attr") and t.head.lemma_ in _SETTING_OUT:
            host = next((c for c in t.head.children if c.dep_ == "nsubj"), t)
        elif t.head.pos_ in ("VERB", "AUX"):
            return None
        t = t.head
    if host is not None and host.lower_ in ("they", "these") and host.dep_ == "nsubj":
        return _last_plural(dm, host)  # "They comprise A, B and C"
    if host is None or host.i >= root.i or not _definite_plural(host):
        return None
    j = dm.owner[host.i]
    return j if j >= 0 and dm.mentions[j].kind == "Accord" else None


def _last_plural(dm: DocMentions, pron: Token) -> int | None:
    """The accord mention a 'they' opening a sentence means: the last plural one ("three
    agreements on X, Y and Z") in the two sentences before."""
    sents = list(doc_sentences(dm.doc))
    here = next(n for n, s in enumerate(sents) if s.start <= pron.i < s.end)
    if pron.i != sents[here].start:
        return None
    lo = sents[max(0, here - 2)].start
    found = [j for j, m in enumerate(dm.mentions) if m.kind == "Accord" and lo <= m.start
             < pron.i and dm.doc[m.start : m.end].root.tag_ == "NNS"]
    return found[-1] if found else None


def _definite_plural(tok: Token) -> bool:
    """'the accords', 'these agreements'."""
    return tok.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("the", "these")
                                     for c in tok.children)


def fold_listed_sets(dm: DocMentions, accords: dict[str, AccordInfo], of_mention: dict[int, str],
                     more_of: dict[int, list[str]]) -> None:
    """Make the texts listed after 'the accords' the members of the set it names (see the
    module's docstring), updating the accords and both mention maps in place."""
    items: dict[int, list[int]] = {}
    for j in sorted(of_mention, key=lambda j: dm.mentions[j].start):
        m = dm.mentions[j]
        root = dm.doc[m.start : m.end].root
        owner = _set_of(dm, root)
        if owner is not None and owner in of_mention and of_mention[j] != of_mention[owner]:
            items.setdefault(owner, []).append(j)
    for owner, listed in items.items():
        members = [of_mention[owner], *more_of.get(owner, [])]
        texts = list(dict.fromkeys(of_mention[j] for j in listed))
        if len(texts) < 2:
            continue
        told = [j for j, k in of_mention.items() if k == members[0] and j not in listed]
        # a text the list names that already is a member keeps its place; the others take
        # the places of the members not named again, in order
        fresh = [t for t in texts if t not in members and t in accords]
        free = [k for k in members if k not in texts]
        for n, text in enumerate(fresh):
            if n < len(free):
                _take_place(accords, free[n], text)
                rekey(of_mention, more_of, text, free[n])
            else:  # a set told as fewer: what was said of it holds for this text too
                for j in told:
                    more_of.setdefault(j, []).append(text)


def _take_place(accords: dict[str, AccordInfo], member: str, text: str) -> None:
    """Member ``member`` becomes listed text ``text``: its name (unless that is a bare
    'agreement', which says less than the member's wording), kind and number; the other
    wordings stay as aliases."""
    old, new = accords[member], accords.pop(text)
    name = new.name if " " in new.name else old.name
    aliases = [old.name, *old.aliases, new.name, *new.aliases]
    old.aliases = [a for a in dict.fromkeys(aliases) if a != name]
    old.name, old.cls, old.plural, old.proper = name, new.cls, new.plural, new.proper
    old.year = old.year or new.year
    old.mentions += new.mentions
    old.acronyms |= new.acronyms


def rekey(of_mention: dict[int, str], more_of: dict[int, list[str]], key: str,
          to: str) -> None:
    """Every mention of accord ``key`` now means accord ``to``."""
    for j, k in of_mention.items():
        if k == key:
            of_mention[j] = to
    for j, keys in more_of.items():
        more_of[j] = list(dict.fromkeys(to if k == key else k for k in keys))
