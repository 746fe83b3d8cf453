"""Arguments of stance verbs the plain subject and object do not give.

'condemned what it called X's aggression' (the free relative names the target in its
predicate), 'regretted X's decision' (a concern about whoever decided), and the speaker
who says his own state or body takes a stand: 'X said that Kenya supports Y' is X's stand
("when a person acts for a country, the person is the source").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _owner, _subjects
from dipgraph.loaders.extract.lexicon import AID_NOUNS, PLEDGE_ACTS, STANCE_ACTS, words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["act_agents", "called_target", "force_owner", "helped", "joint_parties",
           "object_owners", "proposer", "ready_pledge", "speaker_for_state"]

_ACTORS = ("Country", "Person", "Organization")
_SAY = frozenset({"say", "tell", "state", "declare", "add", "insist", "stress", "note",
                  "reaffirm", "reiterate", "affirm", "emphasise", "emphasize", "underline",
                  "assure"})


def _by_doers(kids: Iterable[Token], preps: tuple[str, ...], res: Resolver, *,
              owned: bool = False) -> list[Ref]:
    """The doers a 'by' phrase names under the object of a ``preps`` phrase among ``kids``
    ("the strikes on X by A and B", "as a hostile step by X"); ``owned`` lets an unnamed
    doer's owner stand ("by its navy")."""
    return [r for p in kids if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" for b in o.children
            if b.dep_ == "prep" and b.lower_ == "by" for y in b.children if y.dep_ == "pobj"
            for x in (y, *y.conjuncts) for r in res.one(x) or (_owner(x, res) if owned else [])
            if r.kind in _ACTORS]


def act_agents(v: Token, direct: Token | None, preps: tuple[str, ...],
               res: Resolver) -> list[Ref]:
    """'condemned a military exercise by X' (the parser hangs 'by' on the verb), 'lashed
    out at a drill by X, Y and Z': the doers of the act criticised."""
    acts = [direct] if direct is not None else [
        o for p in v.children if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children if o.dep_ == "pobj"]
    out = [r for a in acts for r in _owner(a, res) if r.kind in _ACTORS]
    if not out and direct is not None:  # "the strikes on Iranian facilities by X and Y": the
        # parser hangs the doers on the target of the act
        out = _by_doers(direct.children, ("on", "against"), res)
    if out or direct is None or any(c.dep_ == "nsubjpass" for c in v.children):
        return out
    # "condemned the decision as a hostile step by X": the doer the verdict names
    out = _by_doers((*v.children, *direct.children), ("as",), res, owned=True)
    if out:
        return out
    by = [p for p in v.children if p.dep_ == "prep" and p.lower_ == "by"
          and p.i == direct.right_edge.i + 1]
    return [r for p in by for o in p.children if o.dep_ == "pobj"
            for x in (o, *o.conjuncts) for r in res.one(x) if r.kind in _ACTORS]


#: What two parties do together, so that condemning it condemns both: "the military
#: cooperation between X and Y", "the arms dealings between X and Y" (not "the exchange of
#: fire between X and Y", which blames neither).
_JOINT_ACTS = frozenset({"cooperation", "co-operation", "collaboration", "collusion", "trade",
                         "dealing", "tie", "alliance", "partnership", "transfer", "axis",
                         "rapprochement", "coordination", "deal", "agreement", "pact"})


def joint_parties(direct: Token, res: Resolver) -> list[Ref]:
    """'condemned the military cooperation between X and Y': both parties to the joint act
    (not 'the clashes between X and Y', where the speaker need blame neither)."""
    if direct.lemma_ not in _JOINT_ACTS:
        return []
    return [r for p in direct.children if p.dep_ == "prep" and p.lower_ == "between"
            for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)
            for r in res.one(x) if r.kind in ("Country", "Person")]


def called_target(v: Token, res: Resolver) -> list[Ref]:
    """'condemned what it called X's blackmail of its neighbours' (or 'described as',
    'branded as'): the owner of the label the free relative ('what') gives."""
    for c in v.children:
        if c.dep_ != "ccomp" or not any(d.dep_ == "dobj" and d.lower_ == "what"
                                        for d in c.children):
            continue
        labels = [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]  # "what he described as X's"
        for d in [*c.children, *labels]:
            if d.dep_ in ("oprd", "attr", "xcomp", "dobj", "pobj") and d.lower_ != "what":
                refs = [r for r in _owner(d, res) if r.kind in _ACTORS]
                if refs:
                    return refs
    return []


def object_owners(v: Token, res: Resolver) -> list[Ref]:
    """'regretted X's decision': the owner of the direct object."""
    return [r for c in v.children if c.dep_ == "dobj" for r in _owner(c, res)
            if r.kind in _ACTORS]


def speaker_for_state(v: Token, subj: list[Ref], res: Resolver) -> list[Ref]:
    """'X said that Kenya supports Y' (also "X ..., saying Kenya supports Y", "According
    to X, Kenya supports Y"): when the one reported to take a stand is the state or body
    the speaker serves, the speaker is the source."""
    if len(subj) != 1 or subj[0].kind not in ("Country", "Organization"):
        return subj
    cited = [r for p in v.children if p.dep_ == "prep" and p.lower_ == "according"
             for t in p.children if t.lower_ == "to" for o in t.children if o.dep_ == "pobj"
             for r in res.many(o) if r.kind == "Person"]  # "According to X, Kenya supports
    # Y" (not "according to its foreign ministry", a source no speaker)
    if cited:
        speakers = cited
    elif v.dep_ != "ccomp" or v.head.lemma_ not in _SAY:
        return subj
    else:  # "X spoke ... and said", "X welcomed it, saying"
        speakers = [r for c in v.head.children if c.dep_ == "nsubj" for r in res.many(c)] or (
            _subjects(v.head, res) if v.head.dep_ == "conj" or (
                v.head.dep_ == "advcl" and v.head.tag_ == "VBG") else [])
    if len(speakers) != 1 or speakers[0].kind != "Person":
        return subj
    info = res.people.persons.get(speakers[0].key)
    if info is None:
        return subj
    key = subj[0].key
    if (subj[0].kind == "Country" and info.country == key) or (
            subj[0].kind == "Organization" and info.org == key):
        return speakers
    return subj


def proposer(noun: Token, res: Resolver) -> list[Ref]:
    """'backed the plan proposed by X', 'supported the proposal from X': who put forward
    what is backed (not a place or state that only qualifies it: 'the Doha process')."""
    objs: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            break
        if c.dep_ == "acl":
            objs = [o for a in c.children if a.dep_ == "agent" for o in a.children
                    if o.dep_ == "pobj"]
            break
    out: list[Ref] = []
    for o in [x for y in objs for x in (y, *y.conjuncts) if x.i >= y.i]:
        refs = [r for r in res.one(o) if r.kind in _ACTORS]
        out += [r for r in refs if r not in out]
    return out


def helped(act: Token, res: Resolver) -> list[Ref]:
    """Whom a promised helping act is for: 'commitment to supporting Mali', 'to supporting
    the efforts of Mali and Niger', 'to helping Mali's recovery'."""
    if act.lemma_ not in PLEDGE_ACTS:
        return []
    out: list[Ref] = []
    for d in (d for d in act.children if d.dep_ == "dobj"):
        named = [r for r in res.many(d) if r.kind in ("Country", "Person")]
        out += named or [r for x in d.children if d.lemma_ in _CAUSES and (
            x.dep_ == "poss" or (x.dep_ == "prep" and x.lower_ == "of"))
            for o in (x, *x.children) if o.dep_ in ("poss", "pobj")
            for r in res.many(o) if r.kind == "Country"]  # (not "Algeria's rivals")
    return list(dict.fromkeys(out))


#: What a state's helper supports of it: "supporting the efforts of Mali", "Mali's recovery".
_CAUSES = words("effort development recovery reconstruction stability security sovereignty "
                "economy people reform integrity unity independence transition growth defence "
                "defense government")


#: Verbs of giving more of a flow, and the flows: "ready to increase gas supplies to Y".
_RAISE = frozenset({"increase", "expand", "boost", "raise"})
_FLOWS = AID_NOUNS | words("investment support help delivery export import")


def ready_pledge(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X is prepared to assist Y', 'X is ready to supply Y with fuel': declared readiness
    to do a helping act for another is a pledge to that other ('ready to support Y' backs
    Y)."""
    if tok.lower_ != "ready" or tok.dep_ != "acomp" or tok.head.lemma_ not in ("stand", "be"):
        return
    head = tok.head
    if negated(head) or hypothetical(head) or negated(tok):
        return
    acts = [c for c in tok.children if c.dep_ == "xcomp" and (c.lemma_ in PLEDGE_ACTS or (
        c.lemma_ in _RAISE and not any(p.dep_ == "prt" for p in c.children) and any(
            d.dep_ == "dobj" and d.lemma_ in _FLOWS
            for d in c.children)))]  # "ready to boost gas supplies" (not "to scale back")
    subj = [r for r in _subjects(head, res) if r.kind in _ACTORS]
    if not acts or not subj:
        return
    own = set(subj)
    for r in subj:
        info = res.people.persons.get(r.key) if r.kind == "Person" else None
        if info and info.country:
            own.add(Ref("Country", info.country))
    tgts = [r for a in acts for c in a.children if c.dep_ in ("dobj", "dative")
            for r in res.many(c, target=True)]
    tgts += [r for a in acts if a.lemma_ in ("help", "assist") for c in a.children
             if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"
             for r in res.many(s)]  # "ready to help Niger strengthen its army": Niger
    tgts += [r for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ in (
        "to", "for", "by", "with") and a.lemma_ in ("stand", "provide", "give")
        for o in p.children if o.dep_ == "pobj" for r in res.many(o)]
    tgts += [r for a in acts if a.lemma_ in _RAISE for h in (a, *a.children) if h.dep_ in (
        "xcomp", "dobj") for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "in")
        for o in p.children if o.dep_ == "pobj" for r in res.many(o)]  # ("supplies to Y")
    tgts = [r for r in dict.fromkeys(tgts) if r.kind in ("Country", "Person") and r not in own]
    stance = all(a.lemma_ in STANCE_ACTS for a in acts)  # "stands ready to support X"
    _emit(out, R.SUPPORTED if stance else R.PLEDGED, speaker_for_state(head, subj, res),
          tgts, tok, sent, confidence=0.5)


_FORCES = frozenset({"police", "army", "troops", "forces", "military", "navy", "soldiers",
                     "coastguard"})


def force_owner(noun: Token, res: Resolver) -> list[Ref]:
    """'denounced the army incursion' after 'Ruritanian army units crossed the frontier': a bare
    force word modifying the condemned act is that force, when the article gave it one
    state only (as antecedent_owner does for 'the attack')."""
    forces = [c for c in noun.children if c.dep_ in ("compound", "nmod") and
              c.lower_ in _FORCES and not any(d.dep_ in ("amod", "compound", "poss")
                                              for d in c.children)]
    if not forces:
        return []
    word = forces[0].lower_
    states = {r for t in noun.doc[max(0, noun.i - 600) : forces[0].i] if t.lower_ == word
              for c in t.children if c.dep_ in ("amod", "compound", "poss")
              for r in res.one(c, demonym=True) if r.kind == "Country"}
    return list(states) if len(states) == 1 else []  # two states' police: not knowable
