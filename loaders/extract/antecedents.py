"""Owners of definite acts named without one, read against what the article said before.

"Qatar condemned the attack" after "Iran's missile attack on the base": the attack is
Iran's; "Y criticised the decision" after "X pulled out of the pact": the decision is
X's. Each looks back for the last act of that kind the article attributed to a named
actor, and gives nothing when that actor is only a pronoun or no such act was told.

Also the accord a relative clause hangs on ("the Lisbon Pact, a framework the two states
signed", "the deal from which X pulled out").
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.clauses import R, _owner, _subjects
from dipgraph.loaders.extract.lexicon import PHRASAL_RELATIONS, VERB_RELATIONS, words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = [
    "act_doers",
    "antecedent_owner",
    "decision_owner",
    "one_accord",
    "outsider_blame",
    "pronoun_accord",
    "relative_leaves",
    "relcl_accord",
    "state_act",
]


def _definite(noun: Token, *, plural: bool = False) -> bool:
    """'the/this/that decision' (and 'these attacks' when ``plural``): a known act."""
    dets = ("the", "this", "that", "these") if plural else ("the", "this", "that")
    return any(c.dep_ == "det" and c.lower_ in dets for c in noun.children)


_HOSTILE = words("attack attacks strike strikes raid assault bombing bombardment incursion "
                  "intrusion invasion aggression offensive shelling")


def antecedent_owner(noun: Token, res: Resolver) -> list[Ref]:
    """'Iran's missile attack on the base ... Qatar condemned the attack': a definite hostile
    act without an owner of its own belongs to the last such act the article attributed."""
    if noun.lemma_ not in _HOSTILE or not _definite(noun, plural=True):
        return []
    window = list(reversed(noun.doc[max(0, noun.i - 600) : noun.i]))
    for same in (True, False):  # the same word first ('the attack' ... 'X's attack')
        for t in window:  # 'the attack' is not 'US strikes': the number must agree too
            if t.pos_ == "NOUN" and t.tag_ == noun.tag_ and t.lemma_ in _HOSTILE and (
                    not same or t.lemma_ == noun.lemma_):
                refs = [r for r in _owner(t, res)
                        if r.kind in ("Country", "Person", "Organization")]
                if refs:
                    return refs[:1]
    return []


_DECISIONS = words("decision move step withdrawal pullout exit suspension")
#: Nouns of a state's act and the verb that states it: "X expelled two diplomats. Y called
#: the expulsions unacceptable" (the act is X's).
_ACT_NOUNS = {"expulsion": "expel", "removal": "remove", "ban": "ban", "closure": "close",
              "detention": "detain", "seizure": "seize", "deployment": "deploy",
              "annexation": "annex", "suspension": "suspend", "arrest": "arrest"}
#: Acts a state takes that the next sentences call 'the move', 'the decision' or 'the step'.
_ACTS = frozenset(_ACT_NOUNS.values()) | {"impose", "recall", "revoke", "cancel", "freeze",
                                          "halt", "shut", "block", "restrict", "sever",
                                          "cut", "suspend", "downgrade", "terminate"}


def state_act(noun: Token) -> bool:
    """Whether ``noun`` names a state's decision or act: 'the move', 'the expulsion'."""
    return noun.lemma_ in _DECISIONS or noun.lemma_ in _ACT_NOUNS


def _leaving(t: Token) -> bool:
    """A deciding or accord-leaving verb, stated as done: 'decided to', 'pulled out of'."""
    if t.pos_ != "VERB" or negated(t) or hypothetical(t):
        return False
    parts = {c.lower_ for c in t.children if c.dep_ in ("prt", "prep")}
    return t.lemma_ == "decide" or VERB_RELATIONS.get(t.lemma_) == R.WITHDREW_FROM or any(
        PHRASAL_RELATIONS.get((t.lemma_, p)) == R.WITHDREW_FROM for p in parts)


def decision_owner(noun: Token, res: Resolver) -> list[Ref]:
    """'X pulled out of the pact on Monday. Y criticised the decision': a definite decision
    or withdrawal without an owner of its own is the last one the article attributed, to a
    named subject of a deciding or leaving verb (or of a state's act: 'X expelled two
    diplomats. Y condemned the move / the expulsions') or by an owner of the same noun."""
    act = _ACT_NOUNS.get(noun.lemma_)
    if (noun.lemma_ not in _DECISIONS and act is None) or noun.tag_ not in ("NN", "NNS") or \
            not _definite(noun) or (noun.tag_ == "NNS" and act is None):
        return []
    for t in reversed(noun.doc[max(0, noun.i - 400) : noun.i]):
        if t.pos_ == "NOUN" and t.lemma_ == noun.lemma_ and t.i != noun.i:
            refs = [r for r in _owner(t, res) if r.kind in ("Country", "Person", "Organization")]
            if refs:
                return refs[:1]
        elif _leaving(t) or (t.pos_ == "VERB" and (t.lemma_ == act or (
                act is None and t.lemma_ in _ACTS)) and t.dep_ not in ("relcl", "advcl")
                and not negated(t) and not hypothetical(t)):  # (not "since 2008, when X
            # expelled Y": a background act)
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ == "PRON":
                return []  # 'it decided': whose is too far to tell here
            refs = [r for r in _subjects(t, res) if r.kind in ("Country", "Person",
                                                               "Organization")]
            if refs:
                return refs[:1]
    return []


_VISITS = frozenset({"visit", "trip", "tour", "stopover"})


def act_doers(noun: Token, res: Resolver) -> list[Ref]:
    """'Iran signed a gas deal with Russia ... Azerbaijan denounced the deal': the signers
    of a condemned accord; 'X visited the islands ... Y condemned the visit': the visitor."""
    if noun.lemma_ in _VISITS and noun.tag_ == "NN" and _definite(noun):
        return list(res.state.doers.get("visit", []))
    return next((_signers(r, res) for r in res.one(noun) if r.kind == "Accord"), [])


def _signers(ref: Ref, res: Resolver) -> list[Ref]:
    """Who the article said signed the accord ``ref`` names, so far."""
    accord = res.accord_id(ref)
    return list(res.state.doers.get(f"accord:{accord}", [])) if accord else []


def outsider_blame(tgts: list[Ref], own: set[Ref], res: Resolver) -> list[Ref]:
    """Targets of a condemnation with each accord the condemner did not sign replaced by its
    known signers ('Azerbaijan denounced the deal' Iran and Russia signed); a party's own
    'denounced the treaty' stays (a formal withdrawal)."""
    out: list[Ref] = []
    for t in tgts:
        signers = _signers(t, res)
        if signers and not set(signers) & own:
            out += [s for s in signers if s not in own and s not in out]
        elif t not in out:
            out.append(t)
    return out


def relative_leaves(v: Token) -> bool:
    """'(the deal) from which X pulled out', '(the deal,) which X abandoned', '(the deal) X
    quit': the relative word, or the object the relative clause lacks, is what is left."""
    return any(p.dep_ == "prep" and p.lower_ in ("from", "of") and any(
        o.lower_ in ("which", "that") for o in p.children) for p in v.children) or (
        v.dep_ == "relcl" and all(c.lower_ in ("which", "that") for c in v.children
                                  if c.dep_ == "dobj") and not any(
            o.lower_ in ("which", "whom", "that") for p in v.children if p.dep_ == "prep"
            for o in p.children))  # (not "the accord, under which X withdrew from Y")


def pronoun_accord(v: Token, res: Resolver) -> list[Ref]:
    """'X withdrew its ratification of the treaty after Y signed a law revoking it': 'it',
    the object of an act on an accord, is the one accord named before it in the sentence."""
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in v.children):
        return []
    return one_accord(res, v.sent.start, v.i, v)


def one_accord(res: Resolver, start: int, end: int, at: Token | None = None) -> list[Ref]:
    """The one accord named in tokens [start, end), if just one is (read from token
    ``at``, else from where it is named)."""
    named = {r for j, m in enumerate(res.dm.mentions) if m.kind == "Accord"
             and start <= m.start < end
             for r in [res.mention_ref(j, at if at is not None else res.dm.doc[m.start])] if r}
    return list(named) if len(named) == 1 else []


def relcl_accord(v: Token, res: Resolver) -> list[Ref]:
    """'the Lisbon Pact, a framework the two states signed in 1990': the accord the
    relative clause hangs on (through an apposition); 'a treaty signed in 1965': the accord
    the participle describes; past the topic the accord's phrase ends in."""
    if v.dep_ != "relcl" and not (v.dep_ == "acl" and v.tag_ in ("VBN", "VBD")):
        return []
    head = v.head
    refs = [r for r in res.one(head) if r.kind == "Accord"]
    if not refs and head.dep_ == "appos":
        refs = [r for r in res.one(head.head) if r.kind == "Accord"]
    for _ in range(3):  # "the agreement on the delimitation of the two countries' zones,
        if refs or head.dep_ != "pobj" or head.head.dep_ != "prep":  # which A and B signed"
            break
        head = head.head.head
        refs = [r for r in res.one(head) if r.kind == "Accord"]
    return refs
