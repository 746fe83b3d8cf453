"""A state list read as an apposition, 'the first nation to leave X', a concern about 'the
move' (the last decision told), a speech act hung two reports deep, a second 'as well as by'
agent, and ', a proposal backed by A' summing up a clause. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_a_state_list_opening_a_sentence_keeps_its_first_state(run: Run) -> None:
    doc = run("Mali, Sierra Leone and Togo quit the Lagos Water Pact on Monday.")
    leavers = {t[1] for t in triples(doc, "WITHDREW_FROM")}
    assert leavers == {"Mali", "Sierra Leone", "Togo"}


def test_a_capitalised_dateline_before_a_list_is_still_no_actor(run: Run) -> None:
    doc = run("LIMA, May 3 (Reuters) - Chile and Bolivia signed the Andes Water Pact on "
              "Monday.")
    assert {t[1] for t in triples(doc, "SIGNED")} == {"Chile", "Bolivia"}


def test_the_first_nation_to_leave_an_accord_left_it(run: Run) -> None:
    doc = run("Bolivia on Thursday became the first nation to abandon the Andes Water Pact.")
    assert ("WITHDREW_FROM", "Bolivia", "Andes Water Pact") in triples(doc)


def test_the_first_nation_of_a_place_phrase_is_no_actor(run: Run) -> None:
    doc = run("Peru is the best place to sign the Andes Water Pact, Chile said.")
    assert not triples(doc, "SIGNED")


def test_concern_about_the_move_is_concern_about_who_decided(run: Run) -> None:
    doc = run("Bolivia quit the Andes Water Pact on Monday. Chile said it was deeply "
              "concerned by the move.")
    assert ("EXPRESSED_CONCERN", "Chile", "Bolivia") in triples(doc)


def test_concern_that_the_exit_could_spread_is_about_who_left(run: Run) -> None:
    doc = run("Bolivia quit the Andes Water Pact on Monday. Chilean Foreign Minister Ana "
              "Rojas said she was concerned that the exit could encourage other states to "
              "follow.")
    assert ("EXPRESSED_CONCERN", "Ana Rojas", "Bolivia") in triples(doc)


def test_an_urging_hung_two_reports_deep_is_the_reporters(run: Run) -> None:
    doc = run("Bolivia quit the Andes Water Pact on Monday. Chilean Foreign Minister Ana "
              "Rojas said Santiago was deeply concerned that the move could weaken the "
              "region and urged Bolivia to rejoin the pact.")
    assert ("REQUESTED", "Ana Rojas", "Bolivia") in triples(doc)


def test_a_second_by_after_as_well_as_adds_an_agent(run: Run) -> None:
    doc = run("Bolivia quit the Andes Water Pact on Monday. The decision has been backed "
              "by Bolivia's allies Paraguay and Uruguay, as well as by neighbouring Brazil.")
    backers = {t[1] for t in triples(doc, "SUPPORTED")}
    assert backers == {"Paraguay", "Uruguay", "Brazil"}


def test_a_proposal_backed_by_states_after_a_clause_backs_its_subject(run: Run) -> None:
    doc = run("Chile has been pressing the Andean Council to declare the border safe, a "
              "proposal backed by Peru, Bolivia and Ecuador.")
    backers = {t[1] for t in triples(doc, "SUPPORTED") if t[2] == "Chile"}
    assert backers == {"Peru", "Bolivia", "Ecuador"}


def test_a_move_criticised_by_a_state_after_a_clause_criticises_its_subject(
        run: Run) -> None:
    doc = run("Chile proposed a ceasefire on Monday, a move criticised by Peru.")
    assert ("CRITICIZED", "Peru", "Chile") in triples(doc)


def test_a_proposal_backed_after_a_possible_act_backs_nothing_done(run: Run) -> None:
    doc = run("Chile could propose a ceasefire, a move backed by Peru.")
    assert not triples(doc, "SUPPORTED")
