"""Recognition as support: recognising a leader backs him ("Brazil recognised Guaido as
interim president", "Guaido, whom Washington recognises"). Recognising a state is another
matter, which annotators leave out or mark optional ("the United States has recognised
Kosovo"), and so is recognising a person as anything but a leader ("as a refugee")."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.refs import Ref

__all__ = ["recognised_leader"]

_RECOGNISE = words("recognize recognise")
#: What a person is recognised as when that backs him: "as interim president".
_LEADER_ROLES = words("president leader head ruler government representative")


def recognised_leader(verb: Token, backed: Ref) -> bool:
    """Whether a SUPPORTED fact anchored on ``verb`` may name ``backed``: any, unless the
    verb is one of recognising, which backs only a person recognised (if 'as' says as
    what) as a leader."""
    if verb.lemma_ not in _RECOGNISE:
        return True
    roles = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
             for o in p.children if o.dep_ == "pobj"]
    return backed.kind == "Person" and all(o.lemma_ in _LEADER_ROLES for o in roles)
