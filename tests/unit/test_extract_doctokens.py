"""The shared token lists: one per parse, live to the repairs' head changes, never mixed
between parses (a blank pipeline: no model needed)."""

from __future__ import annotations

import spacy

from dipgraph.loaders.extract.doctokens import doc_text, doc_tokens, span_tokens


def test_a_doc_lists_its_tokens_once_and_in_order() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Kenya and Uganda signed the accord.")
    tokens = doc_tokens(doc)
    assert [t.text for t in tokens] == [t.text for t in doc]
    assert [t.i for t in tokens] == list(range(len(doc)))
    assert doc_tokens(doc) is tokens


def test_a_span_takes_its_tokens_from_its_doc() -> None:
    doc = spacy.blank("en")("Kenya and Uganda signed the accord.")
    assert [t.text for t in span_tokens(doc[2:5])] == ["Uganda", "signed", "the"]


def test_equal_texts_parsed_twice_keep_apart() -> None:
    nlp = spacy.blank("en")
    first, second = nlp("Ghana met Togo."), nlp("Ghana met Togo.")
    assert doc_tokens(first) is not doc_tokens(second)
    assert all(t.doc is second for t in doc_tokens(second))


def test_many_docs_in_turn_each_get_their_own_tokens() -> None:
    nlp = spacy.blank("en")
    docs = [nlp(f"Text number {n} here.") for n in range(10)]
    for doc in docs + docs[::-1]:
        assert [t.text for t in doc_tokens(doc)] == [t.text for t in doc]
        assert all(t.doc is doc for t in doc_tokens(doc))


def test_listed_tokens_see_a_head_changed_after_listing() -> None:
    doc = spacy.blank("en")("Kenya signed it.")
    tokens = doc_tokens(doc)
    for t in doc:
        t.head = doc[1]  # (a blank pipeline has no parse: set one)
    doc[0].head, doc[0].dep_ = doc[2], "nsubj"  # (a repair writes through a new token)
    assert tokens[0].head.i == 2 and tokens[0].dep_ == "nsubj"


def test_the_text_is_the_docs_text() -> None:
    doc = spacy.blank("en")("Kenya  signed\nthe accord. ")
    assert doc_text(doc) == doc.text == "Kenya  signed\nthe accord. "
    assert doc_text(doc) is doc_text(doc)
