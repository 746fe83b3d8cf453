"""Visits settled per sentence: both ends of a trip, and no visit home or by the host.

A visit to a city is a visit to its country too ("arrived in Nairobi" -> Nairobi and
Kenya), and a visit to a capital the article otherwise uses for its state still names
the city ("a state visit to Hanoi" -> Vietnam and Hanoi). A person or state never visits
its own country (nor a city in it): such a "visit" is the host's side of a trip, or a
domestic tour. Whoever hosts or receives in the sentence is not its visitor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.body import sentences_back
from dipgraph.loaders.extract.clauses import R, RawFact, _place
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.gazetteer import MONARCHIES, ROYAL_NOUNS, gazetteer
from dipgraph.loaders.extract.lexicon import ACCORD_HEADS, HOST_VERBS
from dipgraph.loaders.extract.refgroups import most_named
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["described_host", "home_state", "settle_visits"]

_TRIP_WORDS = frozenset({"visit", "trip", "tour", "arrival", "arrive", "travel", "fly", "land",
                         "go", "head", "jet", "be", "touch"})


def home_state(ref: Ref, res: Resolver) -> str | None:
    """The state a person or a state stands for."""
    if ref.kind == "Country":
        return ref.key
    info = res.people.persons.get(ref.key) if ref.kind == "Person" else None
    return info.country if info else None


#: Definite descriptions of the state a trip goes to: "landed in the kingdom".
_STATE_WORDS = frozenset({"country", "kingdom", "emirate", "sultanate", "archipelago",
                          "republic", "principality"})


def described_host(v: Token, subj: list[Ref], res: Resolver) -> list[Ref]:
    """'X arrived in the country', 'landed in the kingdom': of the states named in the
    sentence or the two before that the visitor does not stand for (monarchies for 'the
    kingdom'), the one the article has named most so far (the last of equals)."""
    homes = {home_state(r, res) for r in subj}
    doc = v.doc
    if any((c.dep_ == "prep" and c.lower_ == "from") or c.lower_ in ("back", "home")
           for c in v.children):
        return []  # "arrived in the country from Mogadishu": perhaps his own, coming home
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into")):
        for o in (o for o in p.children if o.dep_ == "pobj" and o.lemma_ in _STATE_WORDS):
            if [c.lower_ for c in o.lefts] != ["the"]:
                continue  # "his country", "the Gulf country": not this description
            best = most_named(res.dm, o.i, sentences_back(doc, v.sent.start, 2), homes,
                              MONARCHIES if o.lemma_ in ROYAL_NOUNS else None)
            if best:
                return [Ref("Country", best)]
    return []


def _hosts(sent: Span, res: Resolver) -> dict[Ref, set[Ref]]:
    """Subjects of the active host/receive verbs of the sentence, each with where it hosts
    (the venue and its state; empty when not said)."""
    gaz = gazetteer()
    out: dict[Ref, set[Ref]] = {}
    for tok in span_tokens(sent):
        if tok.lemma_ in HOST_VERBS and tok.pos_ == "VERB" and not any(
                c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            venue = _place(tok, res)
            where: set[Ref] = set()
            if venue is not None:
                where.add(venue)
                state = gaz.place_country(venue.key)
                if state:
                    where.add(Ref("Country", state))
            for c in tok.children:
                if c.dep_ == "nsubj":
                    # "X, who hosted Y in Accra, ...": the relative clause's antecedent hosts
                    who = tok.head if c.lower_ in ("who", "that") and tok.dep_ == "relcl" \
                        else c
                    for r in res.many(who):
                        out.setdefault(r, set()).update(where)
    return out


def _capital_places(sent: Span, anchor: Token, state: str, res: Resolver) -> list[Ref]:
    """The capital of ``state`` named as where the trip goes ('a visit to Hanoi',
    'arrived in Hanoi'), when the mention stands for the state elsewhere."""
    out: list[Ref] = []
    for tok in span_tokens(sent):
        j = res.dm.owner[tok.i]
        if j < 0:
            continue
        m = res.dm.mentions[j]
        if m.kind != "Country" or not m.capital or m.key != state or tok.i != m.end - 1:
            continue
        head = tok.head
        near = head.head if tok.dep_ == "pobj" else head
        if not ((tok.dep_ == "pobj" and head.lower_ in ("to", "in", "into")) or (
                tok.dep_ == "dobj" and head.lemma_ in ("visit", "tour"))):
            continue
        if near != anchor and near.lemma_ not in _TRIP_WORDS:
            continue
        name = m.text.title() if m.text.isupper() else m.text
        out.append(Ref("Place", name))
    return out


def settle_visits(facts: list[RawFact], sent: Span, res: Resolver) -> list[RawFact]:
    """``facts`` with each visit's other end added and impossible visits removed."""
    gaz = gazetteer()
    hosts = _hosts(sent, res)
    out: list[RawFact] = []
    seen = {(f.rel, f.source, f.target, f.anchor) for f in facts}  # per act: its own date
    for f in facts:
        if f.rel != R.VISITED:
            out.append(f)
            continue
        if any(c.dep_ == "dobj" and c.lower_ in ACCORD_HEADS for c in sent.doc[f.anchor].children):
            continue  # "has visiting forces agreements with X", misread as a visit
        home = home_state(f.source, res)
        if f.source in hosts and (home is None or f.target in hosts[f.source]):
            continue  # the host is where the guests come (not "hosted X after a trip to Y")
        extra: list[Ref] = []
        if f.target.kind == "Country":
            if f.target.key == home:
                continue
            extra = _capital_places(sent, sent.doc[f.anchor], f.target.key, res)
        elif f.target.kind == "Place":
            where = gaz.place_country(f.target.key)
            if where is not None and where == home:
                continue
            if where is not None and where in gaz.countries:
                extra = [Ref("Country", where)]
        out.append(f)
        for t in extra:
            if (R.VISITED, f.source, t, f.anchor) not in seen:
                seen.add((R.VISITED, f.source, t, f.anchor))
                out.append(replace(f, target=t, confidence=f.confidence * 0.9))
    return out
