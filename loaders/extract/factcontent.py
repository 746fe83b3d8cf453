"""What a fact is about: the clause or phrase its verb takes ("asked X to free the
detainees": "free the detainees"), kept as the fact's ``what``."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.graph.relations import RelationType

__all__ = ["NO_CONTENT", "content_of"]

R = RelationType

NO_CONTENT = frozenset({R.HOLDS_OFFICE, R.ALLY_OF, R.MET_WITH, R.VISITED, R.SIGNED})
_TOPIC_PREPS = ("over", "about", "on", "regarding", "for")
_CONTENT_PREPS = (*_TOPIC_PREPS, "against", "with", "of", "behind")
_LEADS = ("to ", "that ", "over ", "about ", "on ", "regarding ", "for ", "against ", "of ",
          "with ")


def _when(prep: Token) -> bool:
    """'on Sunday', 'for two days': a time phrase, not a topic (nor 'for his part')."""
    return any(t.ent_type_ in ("DATE", "TIME") or (t.lower_ == "part" and t.head == prep)
               for t in prep.subtree)


def content_of(anchor: Token) -> str | None:
    """What was asked, agreed, pledged or deplored: the clause the verb takes, else the
    topic phrase ('concern over X'), else its object; at most 30 tokens of the text."""
    kids = list(anchor.children)
    parts = [c for c in kids if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    if not parts:
        holders = [anchor, *[c for c in kids if c.dep_ == "dobj"]]
        if anchor.dep_ == "dobj":
            holders.append(anchor.head)
        parts = [c for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and not _when(c)]
    named = [c for c in kids if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in (
        "it", "them", "him", "her", "whom", "which", "who"))]  # ("accusing it of war
    # crimes", "Guaido, whom Washington recognises": the target, no content)
    if not parts and named:
        # "warned Kenya against closing the border": the object is the target, not the content
        parts = [c for c in kids if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS
                 and not _when(c)]
        if not parts:
            return None
    if not parts:
        parts = [c for c in kids if c.dep_ == "dobj"]
    if not parts:
        return None
    lo = min(t.left_edge.i for t in parts)
    hi = min(max(t.right_edge.i for t in parts) + 1, lo + 30)
    span = anchor.doc[lo:hi]
    text = span.text.strip(" ,.;:\"'\u201c\u201d")
    for lead in _LEADS:
        if text.lower().startswith(lead):
            text = text[len(lead):]
            break
    return text or None
