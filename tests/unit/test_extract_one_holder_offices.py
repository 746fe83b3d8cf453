"""Whose office a bare title is: a member of a Gulf ruling house is of the state it rules,
whatever the dateline (not a common 'Al-Said'); a 'then-President' (not a plain 'then')
leaves the post to whoever holds it now; and a monarchy has no president to be given by
exclusion. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, offices


def test_a_ruling_house_name_outranks_the_dateline(run: Run) -> None:
    doc = run("MANILA - The Philippines and Kuwait signed a labour protocol on Wednesday. "
              "Labour Secretary Ana Cruz also called on Interior Minister Sheikh Fahad "
              "Yousef Al-Sabah, who assured her that abusers would be prosecuted.")
    assert ("Fahad Yousef Al-Sabah", "Kuwait") in offices(doc)
    assert ("Fahad Yousef Al-Sabah", "Philippines") not in offices(doc)


def test_a_then_president_leaves_the_presidency_to_the_one_named_now(run: Run) -> None:
    doc = run("MANILA - The Philippines and Kuwait signed a labour protocol on Wednesday, the "
              "labour ministry said. Kuwait's foreign ministry welcomed it. President Ramon "
              "Cruz welcomed the signing, saying workers' safety is not negotiable. The two "
              "countries first agreed on the rules in 2018, after then-President Rodrigo "
              "Duterte banned deployments to Kuwait.")
    assert ("Ramon Cruz", "Philippines") in offices(doc)


def test_a_monarchy_is_given_no_president_by_exclusion(run: Run) -> None:
    doc = run("The Philippines and Kuwait signed a labour protocol on Wednesday. Philippine "
              "President Ramon Cruz welcomed it. Kuwait's foreign ministry said the protocol "
              "would protect workers. President Jose Reyes said Kuwait had been a partner.")
    assert ("Jose Reyes", "Kuwait") not in offices(doc)


def test_a_plain_then_before_a_title_is_no_past_office(run: Run) -> None:
    doc = run("BRASILIA - Brazil and Peru signed a trade deal on Monday, and then Brazilian "
              "President Carlos Mendes hosted a dinner. President Jorge Ortega thanked him.")
    assert ("Jorge Ortega", "Brazil") not in offices(doc)


def test_a_common_al_said_surname_is_no_ruling_house(run: Run) -> None:
    doc = run("KUWAIT CITY - Kuwait and Egypt held talks. Prime Minister Ahmed Al-Said met "
              "Egyptian officials.")
    assert ("Ahmed Al-Said", "Oman") not in offices(doc)
