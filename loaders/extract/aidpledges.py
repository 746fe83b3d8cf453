"""Aid pledges made with a giving verb the verb rules leave ("announced $100 million for
Haiti", "offered $5 million to Fiji"), and those that name no recipient.

In a story of aid to one state ("Foreign governments pledged emergency assistance to
Papua New Guinea"), "Germany committed 125 million euros", "Wong announced an initial
A$2.5 million in humanitarian supplies" and "Peters said Wellington would provide NZ$1.5
million" are pledges to that state: the one the story's earlier aid went to. A sum or an
aid noun must be what is given ("sent troops" pledges no aid), and the giver is never
the state aided.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.body import sentences_back
from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.lexicon import AID_NOUNS, words
from dipgraph.loaders.extract.mood import conditional, hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.visits import home_state

__all__ = ["aid_in", "aid_rule"]

#: Verbs that give or promise what a state gives: "pledged", "would provide", "committed".
_GIVING = words("pledge promise commit announce provide give donate offer send allocate "
                "earmark contribute extend deliver")
#: Giving verbs that also announce what is no gift ("announced a $10 billion plan"): they
#: pledge aid only when it is named as aid.
_SAYING_SUMS = words("announce allocate earmark extend")
#: Verbs that report a pledge made in a clause: "said Wellington would provide X".
_REPORTING = words("say tell announce add state declare pledge promise")
#: Where the story keeps the state its aid goes to.
_AIDED = "aided"


def _aid_object(v: Token, *, nouns_only: bool = False) -> bool:
    """Whether what ``v`` gives (its object, or its 'to' clause's) is a sum or aid (with
    ``nouns_only``, aid named as such: 'A$2.5 million in humanitarian supplies')."""
    acts = [v, *(c for c in v.children if c.dep_ == "xcomp" and c.lemma_ in _GIVING)]
    return any(c.dep_ == "dobj" and any((not nouns_only and (t.ent_type_ == "MONEY" or (
        t.lower_ in ("million", "billion") and t.tag_ == "CD"))) or (
        t.lemma_.lower() in AID_NOUNS and t.pos_ == "NOUN") for t in c.subtree)
               for a in acts for c in a.children)


def _names_recipient(v: Token, res: Resolver) -> bool:
    """Whether the act names where the gift goes: any 'to' phrase ('to Fiji', 'to defence')
    or a dative, or a 'for' phrase naming an entity ('for Gaza'; not 'for shelter kits',
    what it buys)."""
    acts = [v, *(c for c in v.children if c.dep_ in ("xcomp", "dobj"))]
    for a in acts:
        for c in a.children:
            if c.dep_ == "dative":
                return True
            objs = [o for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in (
                "DATE", "TIME")] if c.dep_ == "prep" else []
            if objs and (c.lower_ == "to" or (c.lower_ == "for" and any(
                    res.dm.owner[t.i] >= 0 for o in objs for t in o.subtree))):
                return True
    return False


def _elsewhere(sent: Span, aided: list[Ref], here: list[Ref], res: Resolver) -> bool:
    """Whether the sentence turns to another state than the one aided: another state is
    the subject of something other than giving or saying ('the Philippines was hit by a
    typhoon, and South Korea offered $2 million'), or aid goes to another state there
    (``here``: the sentence's own aid recipient)."""
    keys = {a.key for a in aided}
    for t in span_tokens(sent):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ not in _GIVING | _REPORTING \
                and any(r.kind == "Country" and r.key not in keys for r in res.one(t)):
            return True
    return any(r.key not in keys for r in here)


def _lately(sent: Span, aided: list[Ref], res: Resolver) -> bool:
    """Whether the state aided is named in the sentence or the three before it."""
    first = sentences_back(sent.doc, sent.start, 3)
    keys = {a.key for a in aided}
    return any((m := res.dm.at(i)) is not None and m.kind == "Country" and m.key in keys
               for i in range(first, sent.end))


def _body(ref: Ref, res: Resolver) -> str | None:
    """The organisation a person holds office in ('the bloc' for the EU's Kallas)."""
    info = res.people.persons.get(ref.key) if ref.kind == "Person" else None
    return info.org if info else None


def _givers(v: Token, res: Resolver) -> list[Ref]:
    """Who pledges: the act's subject; for 'X said S would provide Y', X when S is X's
    state (or X itself)."""
    subj = [r for r in _subjects(v, res) if r.kind in ("Country", "Person", "Organization")]
    head = v.head
    if v.dep_ == "ccomp" and head.lemma_ in _REPORTING and head.pos_ == "VERB":
        said = [r for c in head.children if c.dep_ == "nsubj" for r in res.many(c)
                if r.kind in ("Country", "Person", "Organization")]
        homes = ({home_state(r, res) for r in said} | {_body(r, res) for r in said} | {
            r.key for r in said}) - {None}  # (the state or the bloc the speaker is of)
        if said and subj and all(r.key in homes or home_state(r, res) in homes for r in subj):
            return said
    return subj


def _recipient_phrase(sent: Span, res: Resolver) -> list[Ref]:
    """'pledged emergency assistance to Papua New Guinea', 'aid to Sudan': the state aid
    goes to, whoever gives it."""
    for t in span_tokens(sent):
        if t.lower_ == "to" and t.dep_ in ("prep", "dative") and (
                t.head.lemma_.lower() in AID_NOUNS or (
                    t.head.lemma_ in _GIVING and _aid_object(t.head))):
            found = [r for o in t.children if o.dep_ == "pobj" for r in res.many(o, target=True)
                     if r.kind == "Country"]
            if found:
                return found[:1]
    return []


#: Giving verbs that offer rather than hand over, which the verb rules leave: "announced
#: $100 million for Haiti" (not "provided", "sent": aid delivered, no pledge).
_OFFERING = words("announce offer contribute donate allocate earmark")
#: Giving verbs that pledge only as a speaker's word of what is to come: "said the bloc
#: would provide EUR270m for Sudan" (but "provided $5 million" is aid delivered).
_HANDING = words("provide give send deliver")


def _promised(v: Token, res: Resolver) -> bool:
    """'Kallas said the union would give EUR90m to X': a handing-over its speaker (or the
    speaker's state or body) says is to come, with no condition (not 'analysts said Russia
    would send', 'would give X if the junta freed prisoners')."""
    if v.dep_ != "ccomp" or v.head.lemma_ not in _REPORTING or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in v.children) or \
            conditional(v):
        return False
    said = [r for c in v.head.children if c.dep_ == "nsubj" for r in res.many(c)]
    givers = _givers(v, res)
    return bool(givers) and all(g in said for g in givers)


def aid_in(tok: Token) -> list[Token]:
    """The aid nouns of ``tok``'s 'in' phrases: 'aid' in "$5m in new aid for X"."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in AID_NOUNS]


def _gift(obj: Token) -> bool:
    """Whether an object is a sum ("$100 million") or aid ("relief supplies", "50 million
    euros in aid"), not a thing a sum is the price of ("a $2.5 billion sale")."""
    return obj.ent_type_ == "MONEY" or obj.lemma_.lower() in AID_NOUNS or (
        obj.lower_ in ("m", "mn", "bn") and any(c.ent_type_ == "MONEY" for c in obj.lefts)) or \
        bool(aid_in(obj))


def _named_gift(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X announced a further $100 million for Haiti', 'Y offered $5 million to Fiji': a sum
    or aid given to the state the act names (verbs the verb rules leave: they read
    'pledged', 'committed')."""
    reported = v.dep_ == "ccomp" and v.head.lemma_ in _REPORTING
    if v.pos_ != "VERB" or negated(v) or (hypothetical(v) and not reported) or \
            v.dep_ in ("relcl", "acl", "amod") or not any(
                c.dep_ == "dobj" and _gift(c) for c in v.children):
        return  # (the object is the sum or the aid itself: not "a $2.5 billion sale")
    acts = [v, *(t for c in v.children if c.dep_ == "dobj" for t in c.subtree),
            *aid_in(v)]  # ("$5m in aid for X")
    to = [r for a in acts for c in a.children if c.dep_ == "dative" or (
        c.dep_ == "prep" and c.lower_ in ("to", "for")) for o in (
        c, *c.children) if o.dep_ in ("pobj", "dative") for r in res.many(o, target=True)
          if r.kind == "Country"]
    _emit(out, R.PLEDGED, _givers(v, res), list(dict.fromkeys(to)),
          v.head if reported else v, sent, confidence=0.6)


def aid_rule(sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """Pledges of a sum or of aid with no recipient named go to the state the story's
    aid went to; then the sentence's own aid recipient, if any, becomes that state."""
    aided = res.state.doers.get(_AIDED, [])
    here = _recipient_phrase(sent, res)
    if aided and (not _lately(sent, aided, res) or _elsewhere(sent, aided, here, res)):
        aided = []  # (the story has moved on, or turned to another state)
    done = {f.anchor for f in out if f.rel == R.PLEDGED}
    for v in span_tokens(sent):
        if v.i not in done and (v.lemma_ in _OFFERING or (
                v.lemma_ in _HANDING and any(c.dep_ == "dobj" and _gift(c) for c in v.children)
                and _promised(v, res))):  # (the cheap gift test before reading who speaks)
            n = len(out)
            _named_gift(v, sent, res, out)  # "announced $100 million for Haiti"
            done |= {f.anchor for f in out[n:]}  # (one pledge per act: not the aided state too)
        if v.lemma_ not in _GIVING or v.pos_ != "VERB" or not aided or v.i in done or (
                v.dep_ == "ccomp" and v.head.i in done) or negated(v) or not _aid_object(v):
            continue
        if v.dep_ == "xcomp" and v.head.lemma_ in _GIVING:
            continue  # ("pledged to provide X": read on the pledge)
        reported = v.dep_ == "ccomp" and v.head.lemma_ in _REPORTING and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in v.children)
        if (hypothetical(v) and not reported) or v.dep_ in ("relcl", "acl", "amod") or (
                v.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in (
                    "while", "whereas") for c in v.children)):
            continue  # (not "the funds it has promised", "if approved, would give"; but
            # "..., while the United States pledged $1 million")
        if _names_recipient(v, res) or (v.lemma_ in _SAYING_SUMS and not _aid_object(
                v, nouns_only=True)):
            continue  # (a recipient named: the verb rules read it; "announced a $10
            # billion plan" pledges no aid)
        givers = [g for g in _givers(v, res) if home_state(g, res) not in
                  {a.key for a in aided} and g not in aided]
        _emit(out, R.PLEDGED, givers, list(aided), v.head if reported else v, sent,
              confidence=0.5)  # (dated by the saying)
    found = here or [
        f.target for f in out if f.rel == R.PLEDGED and f.target.kind == "Country"
        and _aid_object(sent.doc[f.anchor])]
    if found:
        res.state.doers[_AIDED] = found[:1]
