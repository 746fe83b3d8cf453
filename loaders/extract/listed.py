"""People listed after a plural noun: "hosted her counterparts -- A of Norway, B of
Denmark and C of Sweden --", "the foreign ministers, A, B and C,".

The parser hangs the items of such a list on one another in several ways (appositions,
conjunctions, even on the countries after 'of'), so the list is read in text order: a
dash, comma or colon (or nothing: "their counterparts A and B.") after a plural person
noun, then person names, each optionally followed by "of <state>", separated by commas and
a final "and", closed by the matching dash, a comma, a full stop or the end of the
sentence ("After talks with their counterparts, A and B said" lists nobody: the names open
the next clause).

"the presidents of Uruguay, A, and Paraguay, B": each state before its holder's name.
Also the one name set off by a comma after a role noun ("his counterpart, Dr X,").
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.lexicon import PERSON_NOUNS, PLURAL_OFFICES
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.owners import of_state
from dipgraph.loaders.extract.spans import name_after, possessive

__all__ = ["listed_counterparts", "listed_offices", "listed_people", "named_next", "office_title",
           "person_at", "respective_states"]

_DASHES = frozenset({"--", "\u2014", "\u2013"})
_CLOSERS = frozenset({",", ".", ";", ":", ")"})


def person_at(dm: DocMentions, i: int) -> int:
    """Index of the Person mention that starts at token ``i``, else -1."""
    if i >= len(dm.doc):
        return -1
    j = dm.owner[i]
    return j if j >= 0 and dm.mentions[j].kind == "Person" and dm.mentions[j].start == i \
        else -1


def listed_people(tok: Token, dm: DocMentions) -> list[int]:
    """Mention indexes of the two or more people listed right after plural person noun
    ``tok`` ("counterparts", "ministers", "leaders"), or none when the list is not closed."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.lower_ not in PERSON_NOUNS or tok.i + 2 >= len(doc):
        return []
    opener = doc[tok.i + 1].text
    bare = person_at(dm, tok.i + 1) >= 0  # a name right after the noun: "counterparts A and B"
    if opener not in _DASHES and opener not in (",", ":") and not bare:
        return []
    i, found, after_and = tok.i + 1 if bare else tok.i + 2, [], False
    while (j := person_at(dm, _after_owner(dm, i))) >= 0:
        found.append(j)
        i = of_state(dm, dm.mentions[j].end)[1]  # "A of Norway"
        after_and = False
        comma = i < len(doc) and doc[i].text == ","
        i += comma
        if i < len(doc) and doc[i].lower_ == "and" and not after_and:
            i, after_and = i + 1, True
        elif not comma:
            break
    closed = i >= tok.sent.end or (doc[i].text in _DASHES if opener in _DASHES
                                   else doc[i - 1].text == "," or doc[i].text in _CLOSERS)
    return found if len(found) >= 2 and not after_and and closed else []


def _after_owner(dm: DocMentions, i: int) -> int:
    """Where a name starts after a state's possessive at ``i`` ("Armenia's X"), else ``i``."""
    j = dm.owner[i] if i < len(dm.doc) else -1
    if j >= 0 and dm.mentions[j].kind == "Country" and dm.mentions[j].start == i:
        end = dm.mentions[j].end
        if end < len(dm.doc) and possessive(dm.doc[end]):
            return end + 1
    return i


def _state_of_listed(dm: DocMentions, p: int) -> int:
    """The Country mention a listed person is 'of' ("A of Norway") or owned by ("Norway's
    A"), else -1."""
    m, doc = dm.mentions[p], dm.doc
    if of_state(dm, m.end)[0] is not None:
        return dm.owner[m.end + 1]  # "A of Norway"
    j = dm.owner[m.start - 2] if m.start >= 2 and possessive(doc[m.start - 1]) \
        else -1
    return j if j >= 0 and dm.mentions[j].kind == "Country" else -1


def listed_counterparts(dm: DocMentions) -> set[int]:
    """Mention indexes of the people listed after a 'counterparts': each holds the office
    of the person whose counterparts they are."""
    return {j for tok in doc_tokens(dm.doc) if tok.lower_ == "counterparts"
            for j in [*listed_people(tok, dm), *_states_then_people(tok, dm)]}


def respective_states(dm: DocMentions) -> dict[int, int]:
    """Person mention index -> state mention index for "his Thai and Lao counterparts, A
    and B," or "the Thai and Lao ministers, A and B": the states before the plural noun
    and the people listed after it, in the same order; one plain demonym before it ("his
    Thai counterparts, A and B") gives its state to them all."""
    out: dict[int, int] = {}
    for tok in doc_tokens(dm.doc):
        if tok.lower_ not in PERSON_NOUNS:
            continue
        out.update(_states_then_people(tok, dm) if tok.tag_ == "NNS" else {})
        people = listed_people(tok, dm)
        if len(people) < 2:
            continue
        states = list(dict.fromkeys(
            j for t in dm.doc[tok.left_edge.i : tok.i] if (j := dm.owner[t.i]) >= 0
            and dm.mentions[j].kind == "Country"))
        if len(states) == len(people):
            out.update(zip(people, states, strict=True))
        elif len(states) == 1 and _sole_demonym(dm, tok, states[0]):
            out.update(dict.fromkeys(people, states[0]))  # "his Thai counterparts, A and B"
    return out


def _sole_demonym(dm: DocMentions, tok: Token, state: int) -> bool:
    """Whether the one state before plural ``tok`` is its only qualifier, a plain demonym
    or name ("his Thai counterparts"; not "his Ukrainian and European counterparts" nor
    "his Moscow-friendly counterparts")."""
    mods = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod")]
    return not any(t.dep_ in ("cc", "conj") or t.text == "-" for m in mods for t in m.subtree) \
        and any(dm.owner[t.i] == state for t in mods)


def _states_then_people(tok: Token, dm: DocMentions) -> dict[int, int]:
    """'her counterparts from Latvia, Estonia and Poland, A, B and C': the states listed
    after 'from'/'of' and then as many people, in the same order."""
    doc, i = dm.doc, tok.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("from", "of"):
        return {}
    states: list[int] = []
    i += 1
    while i < len(doc) and (j := dm.owner[i]) >= 0 and dm.mentions[j].kind == "Country" and \
            not dm.mentions[j].demonym:
        states.append(j)
        i = dm.mentions[j].end
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and":
            i += 1  # (a serial comma)
        nxt = dm.owner[i + 1] if i + 1 < len(doc) else -1
        if i < len(doc) and (doc[i].lower_ == "and" or (
                doc[i].text == "," and nxt >= 0 and dm.mentions[nxt].kind == "Country")):
            i += 1  # ("A and B", "A, B")
        else:
            break
    if len(states) < 2 or i >= len(doc) or doc[i].text not in (",", "-", "\u2013", "\u2014",
                                                                "(", ":"):
        return {}  # ("from A, B and C - X, Y and Z -": set off by a dash or a bracket too)
    people: list[int] = []
    i += 1
    while (p := person_at(dm, i)) >= 0:
        people.append(p)
        i = dm.mentions[p].end
        i += i < len(doc) and doc[i].text == ","
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
    return dict(zip(people, states, strict=True)) if len(people) == len(states) else {}


#: Plural offices and the title word each holder of a listed one gets.
_OFFICES = {"leaders": "leader", **PLURAL_OFFICES}


def office_title(tok: Token) -> list[str]:
    """The title words each holder of plural office ``tok`` gets: 'the foreign ministers'
    -> Foreign Minister."""
    return [t.text.capitalize() for t in tok.lefts if t.dep_ in ("amod", "compound")
            and t.is_lower] + [_OFFICES[tok.lower_].capitalize()]


def listed_offices(dm: DocMentions) -> dict[int, tuple[list[str], int]]:
    """Person mention index -> (title words, state mention index) for "the presidents of
    Uruguay, A, and Paraguay, B" (two or more state-name pairs after the plural office)."""
    doc, out = dm.doc, {}
    for tok in doc_tokens(doc):
        if tok.lower_ not in _OFFICES or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        title = office_title(tok)
        i, pairs = tok.i + 2, []
        while i < len(doc) and (j := dm.owner[i]) >= 0 and dm.mentions[j].kind == "Country" \
                and dm.mentions[j].start == i:
            k = dm.mentions[j].end
            p = person_at(dm, k + 1) if k < len(doc) and doc[k].text == "," else -1
            if p < 0:
                break
            pairs.append((p, j))
            i = dm.mentions[p].end
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i < len(doc) and doc[i].lower_ == "and":
                i += 1
            if i < len(doc) and doc[i].lower_ == "of":
                i += 1  # "the foreign ministers of A, X, and of B, Y"
        if len(pairs) >= 2:
            out.update({p: (title, j) for p, j in pairs})
    for tok in doc_tokens(doc):  # "their foreign ministers, A of X and Y's B,"
        if tok.lower_ in _OFFICES:  # ("the defence ministers from A, B and C, X, Y and Z")
            out.update({p: (office_title(tok), j) for p, j in _states_then_people(
                tok, dm).items() if p not in out})
        if tok.lower_ in _OFFICES and tok.i + 1 < len(doc) and doc[tok.i + 1].text != "of":
            people = {p: _state_of_listed(dm, p) for p in listed_people(tok, dm)}
            out.update({p: (office_title(tok), j) for p, j in people.items()
                        if j >= 0 and p not in out})
    return out


def named_next(tok: Token) -> int | None:
    """Where the name set off by a comma after a role noun starts: 'his counterpart, Dr X,'
    (not 'his counterpart, X said')."""
    doc = tok.doc
    span = name_after(doc, tok.i + 2)
    if span is None or (span[1] < len(doc) and doc[span[1]].text not in (",", ".", ";")):
        return None
    return span[0]
