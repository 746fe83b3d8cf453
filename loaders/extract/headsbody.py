"""Offices told by a relative clause of heading a body: "X, who heads the Brazilian foreign
ministry," heads Brazil's ministry; "X, who chairs the African Union Commission," the
Commission; "X, who holds the rotating chairmanship of ECOWAS," chairs ECOWAS."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.mentions import DocMentions, Mention

__all__ = ["heads_body"]

_HEAD_VERBS = frozenset({"head", "lead", "run", "chair"})
#: Verbs of holding a post ("holds the AU chairmanship", "took over the chair of X").
_HOLD_VERBS = frozenset({"hold", "take", "assume"})
#: A body's chair as a post, and the title its holder bears (not a "presidency", which a
#: member state holds: "the rotating EU presidency").
_CHAIR_POSTS = {"chairmanship": "Chairman", "chair": "Chair"}
_POST_VERBS = _HEAD_VERBS | _HOLD_VERBS
_BODY_NOUNS = frozenset({"ministry", "government", "department", "delegation", "commission",
                         "agency", "office", "council", "committee", "mission", "embassy"})


def heads_body(dm: DocMentions, m: Mention) -> tuple[list[str], int] | None:
    """'X, who heads the Brazilian foreign ministry,' / 'X, who chairs the African Union
    Commission,' / 'X, who took over the ECOWAS chairmanship,': title words ('Head', 'Chair',
    'Chairman') and the mention index of the state or body X heads."""
    doc = dm.doc
    root = doc[m.end - 1]
    for verb in root.children:
        if verb.dep_ != "relcl" or verb.lemma_ not in _POST_VERBS or not any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if (post := _chair_post(dm, verb, obj)) is not None:
                return post
            if verb.lemma_ not in _HEAD_VERBS:
                continue
            j = dm.owner[obj.i]
            if j >= 0 and dm.mentions[j].kind == "Organization":
                return ["Chair" if verb.lemma_ == "chair" else "Head"], j  # "the AU Commission"
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


def _chair_post(dm: DocMentions, verb: Token, obj: Token) -> tuple[list[str], int] | None:
    """'who holds the rotating chairmanship of ECOWAS', 'who took over the AU chair': the
    chair's title and the body's mention index."""
    title = _CHAIR_POSTS.get(obj.lower_)
    if title is None or verb.lemma_ not in _HOLD_VERBS or (verb.lemma_ == "take" and not any(
            c.dep_ == "prt" and c.lower_ in ("over", "up") for c in verb.children)):
        return None
    for c in obj.children:  # "the ECOWAS chairmanship", "the chairmanship of ECOWAS"
        toks = [c] if c.dep_ in ("compound", "nmod", "poss") else [
            o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" \
            else []
        for t in toks:
            j = dm.owner[t.i]
            if j >= 0 and dm.mentions[j].kind == "Organization":
                return [title], j
    return None
