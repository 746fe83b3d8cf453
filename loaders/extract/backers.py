"""Support stated by a noun of the supporter: "Croatia remains one of the strongest backers
of Montenegro's path to EU membership", "X is a staunch supporter of Y", "X has emerged as
one of the main backers of Y's new authorities alongside A and B" (A and B back Y too);
and by the supported's having it: "Serbia, which counts on the support of Russia".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _owner, _pobjs, _subjects
from dipgraph.loaders.extract.lexicon import words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.stance import speaker_for_state

__all__ = ["backed_rule", "backer_rule"]

_BACKERS = words("backer supporter champion proponent")
#: Verbs that make their subject what the 'as' phrase says: "emerged as one of the backers".
_AS_VERBS = words("emerge serve act remain stand")
_ACTORS = ("Country", "Person", "Organization")
#: What an owner seeks or is, so that backing it backs the owner ("Y's path to membership").
_GOALS = words("path bid membership accession candidacy efforts effort government "
               "authorities sovereignty integrity independence plan proposal position "
               "claim leadership presidency initiative")


def backer_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """SUPPORTED from the subject that is (or remains, emerged as) a backer of something
    to the entity backed, or to the owner of what is backed ('Y's path', 'Y's bid')."""
    if tok.lemma_ not in _BACKERS:
        return
    role = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        role = tok.head.head  # "one of the strongest backers of Y"
    if role.dep_ == "attr":
        verb = role.head
    elif role.dep_ == "pobj" and role.head.lower_ == "as" and role.head.head.lemma_ in _AS_VERBS:
        verb = role.head.head
    else:
        return
    if negated(verb) or hypothetical(verb):
        return
    subj = [r for r in _subjects(verb, res) if r.kind in _ACTORS]
    subj += [r for r in _pobjs(tok, ("alongside",), res) if r.kind in _ACTORS
             and r not in subj]  # "... alongside Qatar and Turkey": they back Y too
    backed: list[Ref] = []
    for o in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"):
        backed += [r for x in (o, *o.conjuncts) for r in res.one(x) if r.kind in _ACTORS] \
            or ([r for r in _owner(o, res) if r.kind in _ACTORS] if o.lemma_ in _GOALS
                else [])  # "of Y's path" backs Y; "of Y's enemies" does not
    backed = [r for r in dict.fromkeys(backed) if r not in subj]
    _emit(out, R.SUPPORTED, speaker_for_state(verb, subj, res), backed, tok, sent,
          confidence=0.6)


#: Nouns of support one may have from another: "the support of Russia".
_SUPPORT = words("support backing")
#: Verbs of having support: "enjoys", "won", "secured"; and of leaning on it: "counts on".
_HAVE = words("enjoy win secure receive gain obtain")
_LEAN = words("count rely depend")


def backed_rule(tok: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'X counts on (enjoys, won) the support of Y', 'X won Y's backing': Y supports X."""
    if tok.lemma_ not in _SUPPORT:
        return
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_ in _LEAN:
        verb = verb.head
    elif tok.dep_ != "dobj" or verb.lemma_ not in _HAVE:
        return
    if negated(verb) or hypothetical(verb):
        return
    givers = [r for c in tok.children if c.dep_ == "poss" for r in res.many(c)
              if r.kind in _ACTORS] + [r for r in _pobjs(tok, ("of", "from"), res)
                                       if r.kind in _ACTORS]
    _emit(out, R.SUPPORTED, givers, [r for r in _subjects(verb, res) if r.kind in _ACTORS
                                     and r not in givers], tok, sent, confidence=0.6)
