"""A state's organs and messages that act for it later in the article ('The ministry also
urged', 'The statement called on'), and quoted speakers who say 'we' for their state
about 'our Iraqi brothers'. Invented sentences, one phenomenon per test."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_the_ministry_later_is_the_state_whose_ministry_spoke(run: Run) -> None:
    doc = run("Ghana's foreign ministry on Monday condemned Togo. The ministry also called "
              "on Benin to reopen the border.")
    assert ("REQUESTED", "Ghana", "Benin") in triples(doc, "REQUESTED")


def test_the_statement_later_is_its_issuers(run: Run) -> None:
    doc = run("Ghana issued a statement on Monday criticising Togo. The statement urged "
              "Benin to reopen the border.")
    assert ("REQUESTED", "Ghana", "Benin") in triples(doc, "REQUESTED")


def test_an_owned_statement_later_is_its_owners(run: Run) -> None:
    doc = run("Ghana's statement on Monday was brief. The statement called on Benin to "
              "reopen the border.")
    assert ("REQUESTED", "Ghana", "Benin") in triples(doc, "REQUESTED")


def test_a_statement_nobody_issued_has_no_author(run: Run) -> None:
    doc = run("A statement was read out on Monday. The statement urged Benin to reopen the "
              "border.")
    assert not triples(doc, "REQUESTED")


def test_our_brothers_of_a_nation_are_that_state(run: Run) -> None:
    doc = run('Ghanaian President John Mahama spoke in Accra on Monday. "We will always '
              'stand with our Togolese brothers," Mahama said.')
    assert ("SUPPORTED", "John Mahama", "Togo") in triples(doc, "SUPPORTED")


def test_a_quote_closed_by_he_added_is_the_last_persons(run: Run) -> None:
    doc = run('Ghanaian President John Mahama spoke in Accra on Monday. "We support our '
              'Togolese brothers," he added.')
    assert ("SUPPORTED", "John Mahama", "Togo") in triples(doc, "SUPPORTED")


def test_a_leaders_government_is_his_state(run: Run) -> None:
    doc = run("Kosovo Prime Minister Albin Kurti spoke on Monday. The European Union "
              "criticised Kurti's government on Tuesday.")
    assert triples(doc, "CRITICIZED") == {("CRITICIZED", "European Union", "Kosovo")}


def test_what_a_speaker_calls_a_bodys_failing_blames_the_body_not_his_state(
        run: Run) -> None:
    doc = run("Ukrainian President Volodymyr Zelensky criticized what he called NATO's absurd "
              "delay on Kyiv's membership.")
    assert triples(doc, "CRITICIZED") == {("CRITICIZED", "Volodymyr Zelensky", "NATO")}
