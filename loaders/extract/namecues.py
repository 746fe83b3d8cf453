"""What marks a run of capitalised words the NER did not call a person as a name all the
same: a title before it ("Foreign Minister X"), a title and a state's 'of' the NER ran into
it ("Minister of Foreign Affairs of the Kyrgyz Republic X"), an envoy's brief before it
("Special Envoy for Afghanistan X"), a person's name joined to it ("ministers A and B")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.gazetteer import Gazetteer
from dipgraph.loaders.extract.lexicon import ENVOY_WORDS, TITLE_HEADS, TITLE_WORDS
from dipgraph.loaders.extract.places import MACRO_REGIONS, REGION_NAMES
from dipgraph.loaders.extract.spans import NAME_PREFIXES, ORG_NAME_HEADS

__all__ = ["beside_person", "brief_title", "of_state_title", "run_in_state",
           "set_off_after_office", "title_before", "untagged_envoys", "untagged_partners"]

#: Titles whose holder is sent to a state: "Special Envoy for Yemen", "Ambassador to Laos".
_ENVOY_TITLES = ENVOY_WORDS | frozenset({"representative", "coordinator"})


def beside_person(span: Span) -> bool:
    """'ministers Nikos Andreou and Eleni Pavlou': a name coordinated with a person's."""
    root = span.root
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)


def of_state_title(doc: Doc, s: int, gaz: Gazetteer) -> bool:
    """'Minister of Foreign Affairs of the Kyrgyz Republic X', 'Special Envoy for Myanmar X':
    a title and 'of (the)' or an envoy's 'for'/'to' before a span that opens with a state's
    name (the NER ran the state into the name)."""
    k = s - 2 if s >= 2 and doc[s - 1].lower_ == "the" else s - 1
    if k < 1 or not any(doc[s : s + n].text in gaz.country_names for n in (1, 2, 3)):
        return False
    return (doc[k].lower_ == "of" and title_before(doc, k)) or (
        doc[k].lower_ in ("for", "to") and doc[k - 1].lower_ in _ENVOY_TITLES)


def set_off_after_office(doc: Doc, s: int, e: int) -> bool:
    """'The chairperson of the African Union Commission, X,': a name set off by commas right
    after an office 'of' a body or state (the NER may call the name an organisation)."""
    if s < 4 or e >= len(doc) or doc[s - 1].text != "," or doc[e].text not in (",", "("):
        return False
    for k in range(s - 2, max(0, s - 10), -1):
        if doc[k].text in (",", ";") or doc[k].pos_ in ("VERB", "AUX"):
            return False
        if doc[k].lower_ == "of":
            return title_before(doc, k)
    return False


def run_in_state(doc: Doc, s: int, e: int, gaz: Gazetteer) -> int:
    """How many words opening the span ``s``..``e`` are a state's name the NER ran into a
    person's: "Foreign Minister of Ghana Kwame Mensah", "Ambassador to Bangladesh Yao Wen"
    (0 when none; two words of the name stay)."""
    if s >= 2 and doc[s - 1].lower_ == "and" and any(  # "Envoy for the Middle East and
            doc[k].lower_ in ("to", "for") and doc[k - 1].lower_ in _ENVOY_TITLES  # Africa X"
            for k in range(max(1, s - 8), s - 1)):
        return next((n for n in (2, 1) if e - s > n + 1 and (
            doc[s : s + n].text in gaz.country_names or doc[s : s + n].text.lower() in
            REGION_NAMES | MACRO_REGIONS)), 0)  # (a part of the world: "Africa X")
    if s < 2 or not (doc[s - 1].lower_ == "of" or doc[s - 2 : s].text.lower() == "of the" or (
            doc[s - 1].lower_ in ("to", "for") and doc[s - 2].lower_ in _ENVOY_TITLES)):
        return 0
    return next((n for n in (3, 2, 1) if e - s > n + 1 and doc[s : s + n].text in
                 gaz.country_names), 0)


def brief_title(doc: Doc, s: int, gaz: Gazetteer) -> bool:
    """'Special Representative for Afghanistan X', 'Ambassador to the Philippines X': an
    envoy's title and the state he is sent to right before the span."""
    return _brief_at(doc, s, gaz) is not None


def _brief_at(doc: Doc, s: int, gaz: Gazetteer) -> int | None:
    """Where the 'for'/'to' of an envoy's brief ending right before token ``s`` stands."""
    for n in (3, 2, 1):  # ("Papua New Guinea" before "Guinea")
        k = s - n - 1
        if k > 0 and doc[k + 1 : s].text in gaz.country_names:
            k -= k > 1 and doc[k].lower_ == "the"
            if doc[k].lower_ in ("for", "to") and doc[k - 1].lower_ in _ENVOY_TITLES:
                return k
    return None


def title_before(doc: Doc, s: int) -> bool:
    """A title head right before token ``s``, past honorifics and commas ("President Mr.
    X", "Prime Minister-designate X")."""
    i = s - 1
    while i >= 0 and (doc[i].lower_.rstrip(".") in NAME_PREFIXES or doc[i].text == ","
                      or doc[i].lower_ in ("-", "elect", "designate")):
        if doc[i].lower_ in TITLE_HEADS:
            return True
        i -= 1
    return i >= 0 and (doc[i].lower_ in TITLE_HEADS or doc[i].lower_ == "counterpart"
                       or doc[i].lower_ == "affairs")


def untagged_partners(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Names the NER left untagged that are joined to a person's and set off by an office:
    "Minister A B and Ilya Shestakov, head of Russia's fisheries agency," (two or three
    capitalised words, none a state's, a body's or a title's)."""
    out: list[tuple[int, int]] = []
    for tok in doc_tokens(doc):
        if tok.dep_ != "conj" or tok.head.ent_type_ != "PERSON" or tok.ent_type_ or \
                tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or not (
                    doc[tok.i + 2].lower_ in TITLE_HEADS or doc[tok.i + 2].lower_ == "head"):
            continue
        s = tok.i
        while s > tok.i - 2 and s > 0 and doc[s - 1].dep_ == "compound" and \
                doc[s - 1].head.i == tok.i:
            s -= 1
        span = doc[s : tok.i + 1]
        if len(span) >= 2 and all(
                t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_ and
                t.lower_ not in TITLE_WORDS and t.lower_ not in ORG_NAME_HEADS and
                t.lower_.rstrip(".") not in NAME_PREFIXES for t in span) and \
                span.text not in gaz.country_names and span.text not in gaz.orgs and \
                span.text not in gaz.cities:
            out.append((s, tok.i + 1))
    return out


def untagged_envoys(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Names the NER left untagged right after an envoy's brief: "UN Special Envoy for
    Libya Abdoulaye Bathily" (two or three capitalised words, none a state's, a body's or
    a title's, and no capitalised word after them)."""
    out: list[tuple[int, int]] = []
    for tok in doc_tokens(doc):
        if tok.text not in ("for", "to") or tok.i == 0 or \
                doc[tok.i - 1].lower_ not in _ENVOY_TITLES:  # (not a headline's "To")
            continue
        s = next((s for s in range(tok.i + 5, tok.i + 1, -1)  # (the longest state first)
                  if _brief_at(doc, s, gaz) == tok.i), None)
        if s is None:
            continue
        e = s
        while e < len(doc) and e - s < 3 and doc[e].is_title and doc[e].is_alpha and \
                not doc[e].ent_type_ and doc[e].lower_ not in TITLE_WORDS and \
                doc[e].lower_ not in ORG_NAME_HEADS and \
                doc[e].lower_.rstrip(".") not in NAME_PREFIXES:
            e += 1
        name = doc[s:e].text
        if e - s >= 2 and (e == len(doc) or not doc[e].is_title) and \
                name not in gaz.country_names and name not in gaz.orgs and \
                name not in gaz.cities:
            out.append((s, e))
    return out
