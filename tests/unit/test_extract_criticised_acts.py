"""Criticism of an act names its doers: 'lashed out at a drill by A, B and C', 'condemned
a military exercise by X' (a 'by' the parser hangs on the verb), and a capital after
'lashed out at' is the state criticised, not a venue. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_lashing_out_at_an_act_by_several_states_criticises_each(run: Run) -> None:
    doc = run("North Korea on Tuesday lashed out at a three-way naval drill by the United "
              "States, South Korea and Japan, calling it a rehearsal for invasion.")
    assert {t for _, _, t in triples(doc, "CRITICIZED")} == {
        "United States", "South Korea", "Japan"}


def test_condemning_an_exercise_by_a_state_criticises_that_state(run: Run) -> None:
    doc = run("North Korea on Tuesday condemned a military exercise by Japan.")
    assert ("CRITICIZED", "North Korea", "Japan") in triples(doc)


def test_a_by_phrase_of_the_criticised_act_names_only_its_doer(run: Run) -> None:
    doc = run("SEOUL, June 23 - China protested on Monday. North Korea on Tuesday condemned a "
              "naval exercise by Japan.")
    assert {t for _, _s, t in triples(doc, "CRITICIZED")} == {"Japan"}


def test_a_capital_one_lashes_out_at_is_its_state(run: Run) -> None:
    for verb in ("lashed out at", "hit out at"):
        doc = run(f"Brazilian Foreign Minister Mauro Lemos {verb} Tokyo on Monday.")
        assert ("CRITICIZED", "Mauro Lemos", "Japan") in triples(doc), verb


def test_a_note_of_protest_to_a_state_criticises_it(run: Run) -> None:
    doc = run("LIMA, May 3 - Officials met on Monday. Peru on Thursday delivered a formal note "
              "of protest to Colombia over the island.")
    assert ("CRITICIZED", "Peru", "Colombia") in triples(doc)
    doc = run("LIMA, May 3 - Officials met on Monday. Peru sent a note of thanks to Colombia "
              "on Thursday.")
    assert not triples(doc, "CRITICIZED")


_EXPEL = "TALLINN, May 3 - Russia expelled two Estonian diplomats on Monday. "


def test_condemning_the_move_after_a_states_act_criticises_that_state(run: Run) -> None:
    for object_ in ("the move", "the expulsions"):
        doc = run(_EXPEL + f"Estonian Foreign Minister Kaja Tamm condemned {object_} on "
                  "Tuesday.")
        assert ("CRITICIZED", "Kaja Tamm", "Russia") in triples(doc), object_


def test_calling_the_decision_unacceptable_in_quotes_criticises_its_maker(run: Run) -> None:
    doc = run(_EXPEL + 'Estonian Foreign Minister Kaja Tamm called the decision '
              '"unacceptable" on Tuesday.')
    assert ("CRITICIZED", "Kaja Tamm", "Russia") in triples(doc)


def test_a_background_or_denied_act_is_not_the_move_condemned(run: Run) -> None:
    for lead in ("Russia has had no envoy in Tallinn since 2008, when Moscow expelled two "
                 "Estonian diplomats. ", "Russia did not expel any diplomats on Monday. "):
        doc = run("TALLINN, May 3 - " + lead + "Estonian Foreign Minister Kaja Tamm condemned "
                  "the move on Tuesday.")
        assert not triples(doc, "CRITICIZED"), lead
