"""Repairs of one parse error of the small English model that hides whole relations.

"Ruto lauded Somalia's progress", "Ruto voiced concern over X": with a name the model
does not know as the subject, it reads the verb as an adjective of the object noun
("lauded progress") and makes that noun the sentence root. The repair restores the
clause: the verb becomes the root, the noun its direct object and the name its subject.
Only that shape is touched (a past-tense verb tagged as an adjective right after a
subject phrase that opens the sentence and hangs from that verb or its root noun), so
correct parses are left alone.

"DAR ES SALAAM, March 5 (Xinhua) -- Kenya and Tanzania signed ...": the model may take
the dateline for the subject and hang the real subject on it. The repair makes the first
word after the dateline's dash the verb's subject again.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["repair_parse"]

_SUBJECT_DEPS = frozenset({"nsubj", "npadvmod", "compound", "nmod"})


def _root_object(v: Token) -> Token | None:
    """The root noun ``v`` was hung on as an adjective ('lauded progress'), directly or
    through its possessor ('lauded Somalia's progress')."""
    noun = v.head
    if noun.dep_ in ("poss", "compound") and noun.head.dep_ == "ROOT":
        noun = noun.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i <= v.i:
        return None
    return noun


def _misread_verb(v: Token) -> tuple[Token, Token] | None:
    """(subject phrase root, object noun) when ``v`` is a finite verb read as an adjective."""
    if v.tag_ != "VBD" or v.pos_ != "VERB" or v.dep_ != "amod":
        return None
    noun = _root_object(v)
    if noun is None:
        return None
    subj = [c for c in (*noun.lefts, *v.lefts) if c.i < v.i and c.dep_ in _SUBJECT_DEPS
            and c.pos_ in ("PROPN", "NOUN", "PRON") and c.right_edge.i == v.i - 1]
    if len(subj) != 1 or subj[0].left_edge.i != noun.sent.start:
        return None
    return subj[0], noun


#: A dateline's dash; a plain "-" only between spaces ("PORT-AU-PRINCE" is a name).
_DASHES = frozenset({"--", "\u2014", "\u2013", "-"})


def _dateline_subject(sent: Span) -> tuple[Token, Token] | None:
    """(dateline subject, true subject) when the verb's subject is the capitalised dateline
    and the first word after its dash hangs on the dateline."""
    if not sent[0].is_upper or not sent[0].is_alpha:
        return None
    dash = next((t for t in sent[:16] if t.i > sent.start + 1 and (
        t.text in _DASHES and (t.text != "-" or (t.whitespace_ and
                                                t.doc[t.i - 1].whitespace_)))), None)
    if dash is None or dash.i + 1 >= sent.end:
        return None
    first, root = dash.doc[dash.i + 1], sent.root
    wrong = [c for c in root.children if c.dep_ == "nsubj" and c.i < dash.i]
    if not wrong or first.head.i >= dash.i or first.pos_ not in ("PROPN", "NOUN") or \
            first.i >= root.i or not all(  # the subject is the dateline: place, date, agency
                t.is_upper or t.is_punct or t.like_num or t.ent_type_ in ("DATE", "ORG")
                or t.is_title for t in wrong[0].subtree if t.i < dash.i):
        return None
    return wrong[0], first


def repair_parse(doc: Doc) -> None:
    """Fix in place every sentence whose verb the model read as an adjective, or whose
    subject it took from the dateline."""
    for sent in doc.sents:
        found_dl = _dateline_subject(sent)
        if found_dl is not None:
            wrong, first = found_dl
            wrong.dep_ = "npadvmod"
            first.head, first.dep_ = sent.root, "nsubj"
    for v in doc:
        found = _misread_verb(v)
        if found is None:
            continue
        subj, noun = found
        v.head, v.dep_ = v, "ROOT"
        noun.head, noun.dep_ = v, "dobj"
        subj.head, subj.dep_ = v, "nsubj"
        for p in [c for c in noun.rights if c.dep_ == "punct" and c.i == noun.sent.end - 1]:
            p.head = v
