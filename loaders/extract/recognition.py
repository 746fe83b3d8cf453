"""Recognition as support: recognising a leader backs him ("Brazil recognised Guaido as
interim president", "Guaido, whom Washington recognises"). Recognising a state is another
matter, which annotators leave out or mark optional ("the United States has recognised
Kosovo"), and so is recognising a person as anything but a leader ("as a refugee"); but
recognising a state's claim backs the state ("recognized Morocco's sovereignty over X")."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.refs import Ref

__all__ = ["recognised_leader"]

_RECOGNISE = words("recognize recognise")
#: What a person may be recognised as without being backed: "as a refugee".
_OTHER_ROLES = words("refugee terrorist criminal prisoner dissident citizen victim")
#: A state's claims one may recognise, backing the state: "Morocco's sovereignty over X".
_CLAIMS = words("sovereignty claim annexation")


def recognised_leader(verb: Token, backed: Ref) -> bool:
    """Whether a SUPPORTED fact anchored on ``verb`` may name ``backed``: any, unless the
    verb is one of recognising, which backs only a person recognised as a leader, a winner
    ("as the elected president", "as the winner"; not "as a refugee")."""
    if verb.lemma_ not in _RECOGNISE:
        return True
    if backed.kind == "Country" and any(
            c.dep_ == "dobj" and c.lemma_ in _CLAIMS and any(
                d.dep_ in ("poss", "amod") for d in c.children) and not any(
                d.dep_ in ("acl", "ccomp", "relcl") for d in c.children)
            for c in verb.children):
        return True  # "recognized Morocco's sovereignty over X": its claim (not "Israel's
        # claim that the strike was an accident")
    roles = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
             for o in p.children if o.dep_ == "pobj"]
    return backed.kind == "Person" and not any(o.lemma_ in _OTHER_ROLES for o in roles)
