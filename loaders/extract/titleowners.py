"""Whose office a title names when a state ends it: "the Foreign Minister of Ghana, X,"
(Ghana owns the office), "France's ambassador to the United States, X," (the state is
the envoy's posting, not his own), "the special envoy of the ASEAN chair on Myanmar, X,"
(the state is his brief)."""

from __future__ import annotations

from spacy.tokens import Doc

from dipgraph.loaders.extract.lexicon import PORTFOLIO_WORDS, TITLE_WORDS
from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["ENVOYS", "envoy_brief", "envoy_to", "titled_owner"]

#: Titles of someone sent to deal with a state: "special envoy for Afghanistan".
ENVOYS = frozenset({"envoy", "representative", "coordinator"})


def titled_owner(dm: DocMentions, i: int) -> bool:
    """True when token ``i`` ends a state or body named as an office's owner:
    'the Foreign Minister of Ghana' (then ', Kwame Mensah,' names the holder)."""
    j = dm.owner[i]
    if j < 0 or dm.mentions[j].kind not in ("Country", "Organization") or \
            dm.mentions[j].end != i + 1:
        return False
    k = dm.mentions[j].start - 1
    if k > 1 and dm.doc[k].text in ("'s", "\u2019s") and dm.owner[k - 1] >= 0 and \
            dm.mentions[dm.owner[k - 1]].kind == "Country":
        k = dm.mentions[dm.owner[k - 1]].start - 1  # "the head of Yemen's Council, X"
    if k > 0 and dm.doc[k].lower_ == "the":
        k -= 1  # "a spokesman for the Peruvian foreign ministry, X"
    if k > 0 and dm.doc[k].lower_ in ("in", "to") and \
            dm.doc[k - 1].lower_ in ("ambassador", "envoy"):
        return True  # "Kenya's ambassador in Tokyo, X"
    return k > 0 and dm.doc[k].lower_ in ("of", "for") and (
        dm.doc[k - 1].lower_ in TITLE_WORDS or (dm.doc[k - 1].is_title and dm.doc[k - 1].lower_
                                                in PORTFOLIO_WORDS))  # ("... Cooperation of X")


def envoy_brief(doc: Doc, k: int) -> bool:
    """Whether the 'for'/'on' at ``k`` opens an envoy's brief: "special envoy for
    Afghanistan", "the special envoy (of the ASEAN chair) on Myanmar"."""
    if k < 1:
        return False
    if doc[k].lower_ == "on":
        return any(t.lower_ in ENVOYS for t in doc[max(0, k - 6) : k])
    return doc[k].lower_ == "for" and doc[k - 1].lower_ in ENVOYS


def envoy_to(dm: DocMentions, i: int) -> bool:
    """Token ``i`` ends 'ambassador to <state>' ("France's ambassador to the United States,
    X,"): a title, though its last word is a state's."""
    j = dm.owner[i]
    if j < 0 or dm.mentions[j].kind != "Country" or dm.mentions[j].end != i + 1:
        return False
    k = dm.mentions[j].start - 1
    k -= k >= 0 and dm.doc[k].lower_ == "the"
    if envoy_brief(dm.doc, k):
        return True  # "the special envoy (of the ASEAN chair) on Myanmar, X,": the brief
    return k >= 1 and dm.doc[k].lower_ in ("to", "in") and \
        dm.doc[k - 1].lower_ in ("ambassador", "envoy")
