"""Texts signed: a scheme ('roadmap', 'framework') that named or counted sides sign, with
its topic after 'for' even where the parser hangs 'for' on the verb, and an accord 'of X'
that 'the two sides signed' without a 'which', and texts set out after a plural ('The
agreements - a memorandum on A, ... and an arrangement on C -'), and 'the documents' signed
by two ministers: the texts just told. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_a_roadmap_for_a_work_is_named_with_its_topic(run: Run) -> None:
    doc = run("Chile and Bolivia signed a roadmap for the railway in Lima in March 2021.")
    assert {t[2] for t in triples(doc, "SIGNED")} == {"roadmap for the railway"}


def test_a_roadmap_the_counted_states_signed_is_a_text(run: Run) -> None:
    doc = run("Chile, Peru and Bolivia signed a water accord in Lima on Monday. The three "
              "countries signed a roadmap for the railway in La Paz in March 2021.")
    signers = {t[1] for t in triples(doc, "SIGNED") if t[2] == "roadmap for the railway"}
    assert signers == {"Chile", "Peru", "Bolivia"}


def test_a_plan_officials_drew_up_is_no_text(run: Run) -> None:
    doc = run("Chilean officials presented a plan for the railway in Lima on Monday.")
    assert not triples(doc, "SIGNED")


def test_an_accord_of_principles_the_two_sides_signed_was_signed_by_them(run: Run) -> None:
    doc = run("Chile and Bolivia signed a water accord in Lima on Friday. It builds on a "
              "declaration of principles the two sides signed in La Paz in April.")
    signers = {t[1] for t in triples(doc, "SIGNED") if t[2] == "declaration of principles"}
    assert signers == {"Chile", "Bolivia"}


def test_texts_set_out_after_a_plural_are_each_signed(run: Run) -> None:
    doc = run("Chile and Peru signed three agreements on Thursday. The agreements - a "
              "memorandum of understanding on mining, a framework agreement on power links "
              "and an arrangement on sharing flood data - were signed by ministers from both "
              "countries.")
    signed = {t[2] for t in triples(doc, "SIGNED") if t[1] == "Chile"}
    assert {"memorandum of understanding on mining", "framework agreement on power links",
            "arrangement on sharing flood data"} <= signed


def test_a_bare_arrangement_is_still_no_text(run: Run) -> None:
    doc = run("Chile and Peru agreed on an arrangement on Thursday.")
    assert not triples(doc, "SIGNED")


def test_the_documents_signed_by_two_ministers_are_the_texts_just_told(run: Run) -> None:
    doc = run("Chile and Peru signed a water pact and a mining memorandum on Monday. The "
              "documents were signed by Chilean Foreign Minister Ana Rojas and her Peruvian "
              "counterpart, Luis Soto.")
    signed = {t[2] for t in triples(doc, "SIGNED") if t[1] == "Ana Rojas"}
    assert signed == {"water pact", "mining memorandum"}


def test_a_treaty_name_with_a_two_word_first_topic_runs_to_its_list(run: Run) -> None:
    doc = run("Chile and Peru signed the Treaty of Mutual Respect, Cooperation and Friendship "
              "in 1986.")
    assert {t[2] for t in triples(doc, "SIGNED")} == {
        "Treaty of Mutual Respect, Cooperation and Friendship"}
