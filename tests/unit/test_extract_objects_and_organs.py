"""Who is meant: an object 'it' is not the subject's own state, a label
'described as X's' names X, 'the government' a person reports on is his state's, 'its
spokesman' after a state's ministry serves that state, 'Brussels' is the EU in a story
about the EU, a closing participle after a negated report is the reporter's, and one
after a named clause ('when Chile took Peru to court, accusing Lima of ...') is that clause's.
Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples


def test_an_object_it_after_a_partner_is_that_partner(run: Run) -> None:
    doc = run("Peru broke off relations with Chile on Tuesday, accusing it of arming rebels.")
    assert ("CRITICIZED", "Peru", "Chile") in triples(doc)


def test_an_object_it_leaves_what_was_said_of_it_as_the_content(run: Run) -> None:
    doc = run("Peru cut ties with Chile, accusing it of arming rebels.")
    fact = next(f for f in doc["facts"] if f["rel"] == "CRITICIZED")
    assert fact["what"] == "arming rebels"


def test_what_he_described_as_a_states_act_blames_that_state(run: Run) -> None:
    doc = run("Peruvian President Ana Rojas condemned what she described as Chile's "
              "collective punishment of the border towns.")
    assert ("CRITICIZED", "Ana Rojas", "Chile") in triples(doc)


def test_the_government_a_minister_reports_on_is_his_states(run: Run) -> None:
    doc = run("Peruvian minister Ana Rojas said the government was calling on Chile to end "
              "the blockade.")
    assert ("REQUESTED", "Peru", "Chile") in triples(doc)


def test_its_spokesman_after_a_states_ministry_serves_that_state(run: Run) -> None:
    doc = run("Chile recalled its envoy on Monday. Peru's Foreign Ministry hit back. Its "
              "spokesman, Luis Vega, denounced the decision.")
    assert ("Luis Vega", "Peru") in offices(doc)
    assert ("Luis Vega", "Chile") not in offices(doc)


def test_brussels_stands_for_the_eu_when_the_story_names_the_eu(run: Run) -> None:
    doc = run("Chile froze its bid to join the European Union. Chilean President Ana Rojas "
              "accused Brussels of using the talks to blackmail Chile.")
    assert ("CRITICIZED", "Ana Rojas", "European Union") in triples(doc)
    assert ("CRITICIZED", "Ana Rojas", "Belgium") not in triples(doc)


def test_brussels_without_the_eu_in_the_story_is_belgiums_capital(run: Run) -> None:
    doc = run("Chilean President Ana Rojas accused Brussels of stalling.")
    assert ("CRITICIZED", "Ana Rojas", "Belgium") in triples(doc)


def test_a_closing_participle_after_a_negated_report_is_the_reporters(run: Run) -> None:
    doc = run("Chilean President Ana Rojas announced on Thursday that her government would "
              "not sign the pact, accusing Peru of bad faith.")
    assert ("CRITICIZED", "Ana Rojas", "Peru") in triples(doc)


def test_a_verb_the_parser_hung_on_a_noun_after_an_aside_has_the_name_as_subject(
        run: Run) -> None:
    doc = run("Martin Novak, the EU's trade commissioner, who is overseeing talks with Lima on "
              "a licensing scheme, called on Chile, Bolivia and Peru to refrain from "
              "unilateral measures.")
    asked = {t[2] for t in triples(doc, "REQUESTED") if t[1] == "Martin Novak"}
    assert asked == {"Chile", "Bolivia", "Peru"}


def test_a_bare_ambassador_after_a_states_unnamed_ambassador_is_that_envoy(run: Run) -> None:
    doc = run("Chile's dispute with Peru escalated on Wednesday, a day after Santiago "
              "summoned Peru's ambassador over remarks made by President Luis Vega. "
              "Ambassador Carlos Mena was called in on Tuesday by Deputy Foreign Minister Ana "
              "Rojas.")
    assert ("Carlos Mena", "Peru") in offices(doc)


def test_a_closing_accusation_after_a_named_clause_is_that_clauses_subjects(
        run: Run) -> None:
    doc = run("Ties had been strained since 2024, when Chile took Peru to the regional court, "
              "accusing Lima of breaching the treaties.")
    assert ("CRITICIZED", "Chile", "Peru") in triples(doc)


def test_a_closing_accusation_after_an_expulsion_is_the_expellers(run: Run) -> None:
    doc = run("Tensions rose after Chile expelled Peru's ambassador, accusing Lima of spying.")
    assert ("CRITICIZED", "Chile", "Peru") in triples(doc)
