"""Offices told by a relative clause of heading a body: "X, who heads the Brazilian foreign
ministry," heads Brazil's ministry; "X, who chairs the African Union Commission," the
Commission."""

from __future__ import annotations

from dipgraph.loaders.extract.mentions import DocMentions, Mention

__all__ = ["heads_body"]

_HEAD_VERBS = frozenset({"head", "lead", "run", "chair"})
_BODY_NOUNS = frozenset({"ministry", "government", "department", "delegation", "commission",
                         "agency", "office", "council", "committee", "mission", "embassy"})


def heads_body(dm: DocMentions, m: Mention) -> tuple[list[str], int] | None:
    """'X, who heads the Brazilian foreign ministry,' / 'X, who chairs the African Union
    Commission,': title words and the mention index of the state or body X heads."""
    doc = dm.doc
    root = doc[m.end - 1]
    for verb in root.children:
        if verb.dep_ != "relcl" or verb.lemma_ not in _HEAD_VERBS or not any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            j = dm.owner[obj.i]
            if j >= 0 and dm.mentions[j].kind == "Organization":
                return ["Head"], j  # "the African Union Commission"
            if obj.lower_ not in _BODY_NOUNS:
                continue
            for c in obj.children:  # "the Brazilian foreign ministry", "Brazil's ministry"
                k = dm.owner[c.i]
                if c.dep_ in ("amod", "poss", "compound", "nmod") and k >= 0 and \
                        dm.mentions[k].kind == "Country":
                    mods = [t.text for t in obj.lefts if t.dep_ in ("amod", "compound")
                            and dm.owner[t.i] < 0]
                    return ["Head", "of", *mods, obj.text], k
    return None
