"""Pledges that name no one they are made to.

In a story of two states, "Pena told a joint news conference, promising that Bolivian
cargo would be treated as our own", "Japan and Papua New Guinea agreed to deepen ties,
with Japan pledging to provide two patrol vessels" and "Lee promised $15 million for
coastal protection" are pledges to the other state: the state of the one the pledger just
met, else (a state pledging) the other of the story's two states. The pledge must say what
is pledged (a clause or an object), and neither its object nor a 'to' phrase may name a
recipient.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _subjects
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.homestate import story_pair
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.owners import free_states
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.salience import PARTNER_WINDOW
from dipgraph.loaders.extract.visits import home_state

__all__ = ["bare_pledge_rule", "names_recipient", "says_what"]

#: Verbs of pledging whose recipient may go unsaid (of lexicon.VERB_RELATIONS' pledging
#: verbs; 'assured', 'guaranteed' name whom they reassure, 'committed' is mostly a state).
_PLEDGING = words("pledge promise vow")


def says_what(v: Token) -> bool:
    """A clause or an object says what is pledged or warned of: 'promised that X',
    'pledged to send', 'promised compensation', 'warned that X' (not 'pledged that it would
    not back X': see :func:`~dipgraph.loaders.extract.mood.negated`)."""
    return any(c.dep_ == "dobj" or (c.dep_ in ("ccomp", "xcomp") and not negated(c))
               for c in v.children)


def names_recipient(v: Token, res: Resolver) -> bool:
    """The pledge (or warning) itself names whom it is made to: a dative, a 'to' phrase or
    a party as its object ('promised Kenya X'); a 'to' inside what is pledged ('to deploy
    a unit to Buin') is no recipient, unlike in :func:`~dipgraph.loaders.extract.
    aidpledges.names_recipient`, which reads a gift's destination."""
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") or (
        c.dep_ == "dobj" and res.dm.owner[c.i] >= 0 and res.dm.mentions[
            res.dm.owner[c.i]].kind in ("Person", "Country", "Organization"))
        for c in v.children)


def _other_state(giver: Ref, sent: Span, res: Resolver, out: list[RawFact]) -> Ref | None:
    """The state of the one the giver just met (in this sentence too: "spoke by phone with
    Y, pledging that ..."), else, for a state, the other of the story's two states; none
    when the giver's own state is unknown."""
    own = home_state(giver, res)
    if own is None:
        return None
    met = res.state.met_lately(giver, sent.start, PARTNER_WINDOW) if giver.kind == "Person" else []
    met += [f.target if f.source == giver else f.source for f in out
            if f.rel == R.MET_WITH and giver in (f.source, f.target)]
    states = {s for r in met if (s := home_state(r, res)) is not None and s != own}
    if len(states) == 1:
        return Ref("Country", states.pop())
    pair = [Ref("Country", k) for k in story_pair(res.dm)] or res.state.country_pair
    if len(pair) != 2:  # (a story of no clear pair: "A and B agreed ..., with A pledging")
        pair = [Ref("Country", k) for k in sorted(free_states(res.dm, sent.start, sent.end)[1])]
    if giver.kind == "Country" and len(pair) == 2 and own in {r.key for r in pair}:
        return next(r for r in pair if r.key != own)
    return None


def bare_pledge_rule(sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """A pledge that names no recipient is made to the other state of the story. It runs
    after the verb rules (their fallbacks: the one met lately, :func:`~dipgraph.loaders.
    extract.targets.pledge_partner`) and after the aid rule, which knows the state aided
    and comes first (read inside the verb rule, this rule took aid pledges away from it)."""
    done = {f.anchor for f in out if f.rel in (R.PLEDGED, R.WARNED)}  # (a vow to retaliate
    # read as a threat: see targets.vowed_rel)
    for v in span_tokens(sent):
        if v.lemma_ not in _PLEDGING or v.pos_ != "VERB" or v.i in done or negated(v) or \
                hypothetical(v) or v.dep_ in ("relcl", "amod", "acl") or not says_what(v) \
                or names_recipient(v, res):
            continue
        givers = [g for g in _subjects(v, res) if g.kind in ("Person", "Country")]
        if len(givers) != 1 or (givers[0].kind == "Country" and v.dep_ not in (
                "pcomp", "advcl") and not any(c.dep_ in ("dobj", "xcomp") for c in v.children)):
            continue  # (a state's word in a main clause is often to its own people: "Japan
            # pledged that its defence budget would rise"; but "Brasilia pledged $600
            # million", "..., with Japan pledging")
        target = _other_state(givers[0], sent, res, out)
        if target is not None:
            _emit(out, R.PLEDGED, givers, [target], v, sent, confidence=0.5)
