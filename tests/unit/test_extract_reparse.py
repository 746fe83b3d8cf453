"""The small model's reading of 'Ruto lauded Somalia's progress' (the verb as an adjective
of the object, the object as the root) is repaired, and well-parsed sentences are left
as they are. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dipgraph.loaders.extract.reparse import repair_parse
from tests.unit.conftest import Run, triples

LEAD = ("Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi "
        "on Monday. ")


@pytest.mark.parametrize(("text", "rel", "target"), [
    ("Ruto lauded Somalia's progress.", "SUPPORTED", "Somalia"),
    ("Ruto backed Mohamud's call for a ceasefire.", "SUPPORTED", "Hassan Sheikh Mohamud"),
])
def test_a_verb_misread_as_an_adjective_still_states_its_relation(
        run: Run, text: str, rel: str, target: str) -> None:
    doc = run(LEAD + text)
    assert (rel, "William Ruto", target) in triples(doc, rel)


def test_the_repair_makes_the_verb_the_root_with_subject_and_object(nlp: Language) -> None:
    doc = nlp(LEAD + "Ruto lauded Somalia's progress.")
    verb = next(t for t in doc if t.text == "lauded")
    assert verb.dep_ == "amod"  # the pinned model's misreading this repair exists for
    repair_parse(doc)
    assert verb.dep_ == "ROOT"
    assert {(c.text, c.dep_) for c in verb.children} >= {("Ruto", "nsubj"), ("progress", "dobj")}


def test_a_well_parsed_sentence_is_left_alone(nlp: Language) -> None:
    doc = nlp("The troubled region saw renewed fighting. Kenya praised Somalia's progress.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(("text", "accord", "signers"), [
    # the clause's subject read as an apposition of the accord, its verb as a participle
    ("Kenya said it still honours the grazing accord the two countries signed in 2011.",
     "grazing accord", {"Kenya", "Somalia"}),
    # the clause's subject left under a stray 'which'
    ("Ties rest on the Treaty of Good Neighbourliness, which the two presidents signed in "
     "2011.", "Treaty of Good Neighbourliness",
     {"William Ruto", "Hassan Sheikh Mohamud", "Kenya", "Somalia"}),
])
def test_a_relative_clause_the_model_broke_still_names_the_signers(
        run: Run, text: str, accord: str, signers: set[str]) -> None:
    doc = run(LEAD + text)
    assert {s for _, s, t in triples(doc, "SIGNED") if t == accord} == signers


def test_the_repair_hangs_the_clause_on_the_accord_with_its_subject(nlp: Language) -> None:
    doc = nlp("Kenya said it still honours the grazing accord the two countries signed in "
              "2011.")
    verb = next(t for t in doc if t.text == "signed")
    assert (verb.dep_, verb.head.text) == ("acl", "countries")  # the pinned model's reading
    repair_parse(doc)
    assert (verb.dep_, verb.head.text) == ("relcl", "accord")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["countries"]


def test_a_relative_clause_the_model_made_the_sentence_is_put_back(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musa Oloo met his Ugandan counterpart Sam Okello in "
              "Kampala on Tuesday. After the meeting, the two ministers agreed to revive the "
              "patrols provided for in the border agreement Nairobi and Kampala concluded "
              "in 2016.")
    assert {s for _, s, t in triples(doc, "SIGNED") if t == "border agreement"} == {
        "Kenya", "Uganda"}
    agreed = [f for f in doc["facts"] if f["rel"] == "AGREED"]
    assert agreed and all(f["date"] == "2024-05-14" for f in agreed)  # not the accord's 2016


def test_a_name_opening_with_a_preposition_is_made_the_subject(nlp: Language) -> None:
    doc = nlp("To Lam asked Indonesia to open its market wider to Vietnamese farm products.")
    name, verb = doc[1], doc[2]
    assert doc[0].dep_ == "prep"  # the pinned model's misreading this repair exists for
    repair_parse(doc)
    assert (name.dep_, name.head.i) == ("nsubj", verb.i)
    assert (doc[0].dep_, doc[0].head.i) == ("compound", name.i)


def test_a_fronted_phrase_with_a_place_is_no_name(nlp: Language) -> None:
    doc = nlp("To Jakarta, the deal matters a great deal, officials said.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
