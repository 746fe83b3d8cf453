"""Diplomatic censure told by its steps: 'X declared Y persona non grata' (a state that
declares a person unwelcome censures him, and the state it names with him, whatever words
the parser made of the Latin phrase); 'X recalled its ambassador to Y' (a state that calls
its own envoy home protests against the host)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.clauses import R, RawFact, _emit, _pobjs, _subjects, named_among
from dipgraph.loaders.extract.lexicon import ENVOY_WORDS, words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Resolver

__all__ = ["persona_non_grata_rule", "recall_rule"]

#: Verbs that make someone persona non grata: "declared", "deemed", "named".
_DECLARE = words("declare deem name pronounce")
_PHRASE = ("persona", "non", "grata")
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})


def _phrase_at(v: Token, sent: Span) -> int | None:
    """Where 'persona non grata' starts after ``v`` in its clause (quotes aside)."""
    toks = [t for t in sent if t.i > v.i and t.text not in _QUOTES]
    for n, t in enumerate(toks):
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in _PHRASE:
            return None  # (another verb's clause first)
        if tuple(x.lower_ for x in toks[n : n + 3]) == _PHRASE:
            return t.i
    return None


def persona_non_grata_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'Croatia declared A persona non grata', '... declared three politicians persona non
    grata: A, B and C', 'A was declared persona non grata by Y': Y criticised A."""
    if v.lemma_ not in _DECLARE or v.pos_ != "VERB" or negated(v) or hypothetical(v):
        return
    k = _phrase_at(v, sent)
    if k is None:
        return
    doc = v.doc
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    if passive:
        srcs = [r for h in (v, *doc[k : k + 3]) for r in _pobjs(h, ("by",), res)]  # (the
        # parser hangs the agent's 'by' on the verb or on the Latin words)
        tgts = [r for c in v.children if c.dep_ == "nsubjpass" for r in res.many(c)]
    else:
        srcs = _subjects(v, res)
        tgts = named_among(doc[v.i + 1 : k], res)
        after = k + 3 + sum(doc[i].text in _QUOTES for i in range(k, min(k + 5, len(doc))))
        if after < sent.end and doc[after].text == ":":  # "...: A, B and C"
            tgts += [r for r in named_among(doc[after + 1 : sent.end], res)
                     if r.kind == "Person" and r not in tgts]
    _emit(out, R.CRITICIZED, srcs, [t for t in tgts if t not in srcs], v, sent,
          confidence=0.6)


#: Possessives of a recalling state's own envoy ("its ambassador"); an envoy with no
#: possessive ("recalled the ambassador to X") counts as its own too.
_OWN = frozenset({"its", "their", "his", "her", "our"})
#: Verbs of a withdrawal for safety, not in protest ("recalled its ambassador and
#: evacuated the embassy as fighting spread").
_SAFETY = frozenset({"evacuate", "relocate"})


def recall_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'Chile recalled its ambassador to Israel', 'Paris recalled its ambassadors to the
    United States and Australia in protest', 'recalled its envoy from Rabat': the state
    that recalls criticised the states its envoys were posted to."""
    if v.lemma_ != "recall" or v.pos_ != "VERB" or negated(v) or hypothetical(v):
        return
    envoys = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")
              and c.lemma_.lower() in ENVOY_WORDS and all(
                  p.lower_ in _OWN for p in c.children if p.dep_ == "poss")]
    if not envoys or any(c.dep_ == "appos" for e in envoys for c in e.children) or any(
            t.lemma_ in _SAFETY for t in sent):
        return  # (a named envoy recalled is a staffing move: "his ambassador to Ukraine, X")
    srcs = [r for r in _subjects(v, res) if r.kind in ("Country", "Person")]
    hosts = [r for h in (v, *envoys) for r in _pobjs(h, ("to", "from", "in"), res)
             if r.kind == "Country"]  # (its own capital reads as itself: dropped below)
    recalled = " ".join(t.text for t in envoys[0].subtree if t.i <= envoys[0].i)
    _emit(out, R.CRITICIZED, srcs, [t for t in dict.fromkeys(hosts) if t not in srcs], v,
          sent, confidence=0.6, what=f"recalled {recalled}")  # ("recalled its ambassador")
