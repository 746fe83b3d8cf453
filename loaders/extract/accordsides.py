"""What an accord's wording says of its parties and company: "the defence pact with
Tanzania" names its own parties, "signed a pact with X" its partner, "the Port Elin
Declaration and a joint protocol" lists a document beside an accord."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["listed_with_accord", "new_parties", "own_parties", "signed_with"]


#: Nouns of written texts that an accord may be listed with.
_DOCUMENTS = frozenset({"declaration", "communique", "communiqu\u00e9", "memorandum", "statement",
                        "protocol", "charter", "roadmap", "plan", "agreement", "accord", "treaty",
                        "pact", "deal", "convention", "mou", "annex"})


def listed_with_accord(dm: DocMentions, root: Token) -> bool:
    """'the Port Elin Declaration and a joint protocol': a document listed beside an accord
    is one too; any other noun beside it ('the treaty and sanctions') is not."""
    if root.lemma_.lower() not in _DOCUMENTS:
        return False
    others = [*root.conjuncts]
    return any(dm.owner[t.i] >= 0 and dm.mentions[dm.owner[t.i]].kind == "Accord"
               and dm.owner[t.i] != dm.owner[root.i] for t in others)


def own_parties(dm: DocMentions, root: Token, start: int, end: int) -> bool:
    """'the defence pact with Tanzania', 'the Kenyan trade deal': a description that names
    its own parties is no mere re-wording of an accord named before."""
    if any(dm.owner[i] >= 0 and dm.mentions[dm.owner[i]].kind == "Country"
           for i in range(start, end)):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("with", "between") for p in root.children)


def new_parties(dm: DocMentions, root: Token, first: Span) -> bool:
    """Whether the party an accord wording names ('its deal with X') is none of the states
    the sentence that first named the earlier accord names."""
    named = {dm.mentions[dm.owner[t.i]].key for t in first if dm.owner[t.i] >= 0 and
             dm.mentions[dm.owner[t.i]].kind == "Country"}
    with_ = {dm.mentions[dm.owner[o.i]].key for p in root.children if p.dep_ == "prep" and
             p.lower_ in ("with", "between") for o in p.subtree if dm.owner[o.i] >= 0 and
             dm.mentions[dm.owner[o.i]].kind == "Country" and
             not dm.mentions[dm.owner[o.i]].demonym}  # (not "with French shipbuilder X")
    return not with_ or not with_ <= named


def signed_with(root: Token) -> bool:
    """'signed a pact with X', 'a pact that X signed with Y': the object of an act that
    names its partner."""
    acts = [root.head] if root.dep_ == "dobj" else []
    acts += [c for c in root.children if c.dep_ == "relcl"]
    return any(p.dep_ == "prep" and p.lower_ == "with" for v in acts for p in v.children)
