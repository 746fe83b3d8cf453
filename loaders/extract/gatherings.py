"""Who is in a gathering: the people a meeting verb names as a list, and the office
holders a plural title stands for.

"met A, B and C on the sidelines": the parser often coordinates only part of a list of
titled names (it hangs "Prime Minister C" on B as an apposition); the run of names,
titles, states, commas and "and" after the verb still lists them all. "hosted the
leaders of A, B and C", "the foreign ministers of A and B met": a plural title with
"of" and states stands for the persons of the article who hold that office for each
state (one per state, only when the article names exactly one).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dipgraph.loaders.extract.lexicon import PLURAL_OFFICES, TITLE_WORDS, former, leads, words
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.spans import prefix_word

__all__ = ["hosts_of", "listed_people", "named_people", "office_holders", "party_of",
           "people_run"]


_LIST_WORDS = words("his her their its counterpart counterparts then both respective "
                     "acting")
#: Plural office nouns -> the word their holders' titles contain ("" = any leader title).
_PLURAL_TITLES = {"leaders": "", "heads": "", "counterparts": "", **PLURAL_OFFICES}


def listed_people(start: Token, res: Resolver) -> list[Ref]:
    """The persons named in the run of names, titles, states, commas and 'and' that
    begins at the left edge of ``start`` (a verb's object), in order."""
    # the object's own words, not a later clause
    return people_run(start.doc, start.left_edge.i, start.right_edge.i + 1, res, _LIST_WORDS)


def people_run(doc: Doc, i: int, end: int, res: Resolver,
               list_words: frozenset[str]) -> list[Ref]:
    """The persons named in the run of names, titles, states, commas, 'and' and
    ``list_words`` from token ``i`` (at most to ``end``), in order: lists the parser
    failed to coordinate ("met A of X, B of Y and C")."""
    refs: list[Ref] = []
    while i < end:
        tok = doc[i]
        j = res.dm.owner[i]
        if j >= 0 and res.dm.mentions[j].kind == "Person":
            refs += [r for r in res.one(tok) if r not in refs]
            i = max(res.dm.mentions[j].end, i + 1)
            continue
        if not (tok.lower_ in TITLE_WORDS or tok.text in (",", "'s", "\u2019s")
                or tok.lower_ in list_words or j >= 0
                or prefix_word(tok)):  # "his counterpart, Dr X"
            break
        i += 1
    return refs


def named_people(tok: Token, res: Resolver) -> list[Ref]:
    """Every person named in the phrase of ``tok`` (its whole subtree), in order."""
    out: list[Ref] = []
    for t in tok.subtree:
        j = res.dm.owner[t.i]
        if j >= 0 and res.dm.mentions[j].kind == "Person" and res.dm.mentions[j].start == t.i:
            out += [r for r in res.one(t) if r.kind == "Person" and r not in out]
    return out


def _holds(title: str | None, word: str) -> bool:
    """Whether ``title`` is the office ``word`` names: each of its words is in the title
    ('foreign minister' in 'Deputy Prime Minister and Minister of Foreign Affairs'); a
    bare word (leaders, heads) is a head of state or government."""
    low = (title or "").lower()
    if not low or (former(low) and "former" not in word):
        return False  # (a former holder holds it no more)
    if word:
        return all(w in low for w in word.split())
    return leads(low)


#: Words between the state names of a list: "A, the Republic of B and C".
_STATE_FILLERS = frozenset({"and", "the", "republic", "of", "kingdom", "state", "democratic"})


def _their_states(tok: Token, res: Resolver) -> list[Ref]:
    """'their foreign ministers': the states of the group talked about last (two or more
    states, or people of two or more states)."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
        return []
    states: list[Ref] = []
    for r in res.state.group:
        info = res.people.persons.get(r.key) if r.kind == "Person" else None
        state = r if r.kind == "Country" else (
            Ref("Country", info.country) if info is not None and info.country else None)
        if state is not None and state not in states:
            states.append(state)
    return states if len(states) >= 2 else []


def _listed_states(tok: Token, res: Resolver) -> list[Ref]:
    """The states after 'of'/'from' on ``tok``, read off the words up to the verb (the
    parser may split 'A, the Republic of B and C')."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    if not preps:
        return _their_states(tok, res)
    doc, states = tok.doc, []
    end = tok.head.i if tok.head.i > tok.i else tok.right_edge.i + 1
    for i in range(preps[0].i + 1, end):
        j = res.dm.owner[i]
        m = res.dm.mentions[j] if j >= 0 else None
        if m is not None and m.start == i and m.kind == "Country" and not m.demonym:
            ref = res.mention_ref(j, doc[m.end - 1])
            if ref is not None and ref.kind == "Country" and ref not in states:
                states.append(ref)
        elif m is None and not (doc[i].is_punct or doc[i].lower_ in _STATE_FILLERS):
            break
    return states or [r for p in preps for o in p.children if o.dep_ == "pobj"  # "of both
                      for r in res.many(o) if r.kind == "Country"]  # countries"


def office_holders(tok: Token, res: Resolver, like: Ref | None = None,
                   every: bool = False) -> list[Ref]:
    """'the leaders of A, B and C', 'the foreign ministers of A and B', 'his counterparts
    from A and B' (``like``: whose counterparts): for each state, the one person of the
    article who holds that office for it (states with none or several candidates are left
    out; with ``every``, where a state may act in their place, any such state leaves
    none: "the foreign ministers of A, B and C agreed" are then the three states)."""
    if tok.lower_ not in _PLURAL_TITLES:
        return []
    word = _PLURAL_TITLES[tok.lower_]
    if tok.lower_ == "counterparts":
        info = res.people.persons.get(like.key) if like is not None else None
        if info is None or not info.title:
            return []
        word = info.title.lower()
        for w in ("deputy ", "vice ", "acting ", "former "):
            word = word.replace(w, "")
    if word == "minister":
        mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")]
        if not mods:
            return []  # "the ministers of A and B": which ministry is not said
        word = f"{mods[-1]} minister"
    states = _listed_states(tok, res)
    out: list[Ref] = []
    for state in dict.fromkeys(states):
        found = [key for key, info in sorted(res.people.persons.items())
                 if info.country == state.key and _holds(info.title, word)]
        if len(found) == 1:
            out.append(Ref("Person", found[0]))
        elif every:
            return []
    return out


def party_of(tok: Token, res: Resolver, like: Ref | None = None) -> list[Ref]:
    """The persons an argument token names, read as a list when the parser split it, or
    the office holders a plural title stands for (``like``: whose counterparts)."""
    refs = [r for r in res.many(tok) if r.kind == "Person"]
    more = listed_people(tok, res) if tok.pos_ == "PROPN" else []
    refs += [r for r in more if r not in refs]
    if not refs:
        refs = office_holders(tok, res, like)
    return refs


#: Participles of running talks one takes part in: "talks between A and B, hosted by C".
_RUN_TALKS = words("host chair mediate facilitate convene moderate")


def hosts_of(talks: Token, res: Resolver) -> list[Ref]:
    """The persons a participle after a meeting noun says ran it ("talks between A and B,
    hosted by C"): they sat at the table too."""
    return [r for c in talks.children if c.dep_ == "acl" and c.lemma_ in _RUN_TALKS
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            for r in res.many(o) if r.kind == "Person"]
