"""Offices told by a relative clause of heading a body: "X, who heads the Brazilian foreign
ministry," heads Brazil's ministry; "X, who chairs the African Union Commission," the
Commission; "X, who holds the rotating chairmanship of ECOWAS," chairs ECOWAS; "the Rapid
Support Forces, led by General X," are X's to command."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import DocMentions, Mention

__all__ = ["heads_body"]

_HEAD_VERBS = frozenset({"head", "lead", "run", "chair"})
#: Verbs of holding a post ("holds the AU chairmanship", "took over the chair of X").
_HOLD_VERBS = frozenset({"hold", "take", "assume"})
#: A body's chair as a post, and the title its holder bears (not a "presidency", which a
#: member state holds: "the rotating EU presidency").
_CHAIR_POSTS = {"chairmanship": "Chairman", "chair": "Chair"}
_POST_VERBS = _HEAD_VERBS | _HOLD_VERBS
#: Passive verbs that make the person after 'by' head the body before them, and his title.
_LED_BY = {"lead": "Leader", "head": "Head", "command": "Commander", "chair": "Chair"}
#: Words that put a leadership in the past: "once led by X", "headed by X until 2004".
_PAST = frozenset({"once", "formerly", "previously", "until", "till", "between", "from"})
_BODY_NOUNS = frozenset({"ministry", "government", "department", "delegation", "commission",
                         "agency", "office", "council", "committee", "mission", "embassy"})


def heads_body(dm: DocMentions, m: Mention) -> tuple[list[str], int] | None:
    """The title words and the mention index of the state or body X is said to head, by a
    relative clause or by a passive after the body."""
    return _who_heads(dm, m) or _led_body(dm, m)


def _who_heads(dm: DocMentions, m: Mention) -> tuple[list[str], int] | None:
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


def _led_body(dm: DocMentions, m: Mention) -> tuple[list[str], int] | None:
    """'the Rapid Support Forces, led by General X', 'the RSF is commanded by X': the title
    and mention index of the named body (not a state's) that X leads."""
    doc = dm.doc
    tok = doc[m.end - 1]
    agent = tok.head
    verb = agent.head
    if tok.dep_ != "pobj" or agent.dep_ != "agent" or verb.lemma_ not in _LED_BY or \
            verb.tag_ != "VBN" or any(c.lower_ in _PAST for c in verb.children):
        return None  # (nor "once led by X", "headed by X until his death")
    bodies = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        k = verb.i - 1 - (doc[verb.i - 1].text == ",")
        near = doc[k].dep_ == "conj" and doc[k].head.i == verb.head.i  # ("the army and
        bodies.append(doc[k] if near else verb.head)  # the RSF, led by X": hung on "army")
    for t in bodies:
        j = dm.owner[t.i]  # the body itself, not a word before it ("the Taliban delegation")
        if j >= 0 and dm.mentions[j].kind == "Organization" and dm.mentions[j].end - 1 == t.i \
                and gazetteer().lookup_country(dm.mentions[j].text.split()[0]) is None:
            return [_LED_BY[verb.lemma_]], j  # (not "the Palestine Liberation Organization",
            # a state's name first: read as the state's own organ downstream)
    return None
