"""'Ministry spokesman X' and 'Foreign Ministry spokeswoman X' with no state named: the
state of the scene the sentence opens in, of the state the speaker says acts, or of the
last state organ named. Invented sentences and names."""

from __future__ import annotations

from tests.unit.conftest import Run, offices


def test_a_ministry_spokesman_after_a_paragraph_break_serves_the_last_ministry(
        run: Run) -> None:
    doc = run("LONDON, Oct 17 - Kazakhstan's Foreign Ministry on Thursday summoned the Russian "
              "ambassador over a lawmaker's claim.\n\nMinistry spokesman Aibek Tulegen told a "
              "weekly briefing that such statements were provocative.")
    assert ("Aibek Tulegen", "Kazakhstan") in offices(doc)


def test_a_spokesman_saying_what_his_capital_does_serves_that_state(run: Run) -> None:
    doc = run("LONDON, May 3 - Russia's envoy was summoned.\n\nMinistry spokesman Aykhan "
              "Rzayev said on Thursday that Baku was halting work on the document.")
    assert ("Aykhan Rzayev", "Azerbaijan") in offices(doc)


def test_a_spokeswoman_in_the_scene_a_sentence_opens_in_serves_its_state(run: Run) -> None:
    doc = run("Norway protested on Monday. In Moscow, Foreign Ministry spokeswoman Irina "
              "Volkova accused Oslo of discrimination.")
    assert offices(doc) & {("Irina Volkova", "Russia"), ("Irina Volkova", "Norway")} == {
        ("Irina Volkova", "Russia")}


def test_a_long_set_off_title_with_a_portfolio_list_is_the_persons(run: Run) -> None:
    doc = run("MUSCAT, Dec 18 - The agreement was inked by Oman's Minister of Commerce, "
              "Industry and Investment Promotion, Qais Al Harthy, on Thursday.")
    assert ("Qais Al Harthy", "Oman") in offices(doc)


def test_a_hyphenated_set_off_title_is_the_persons(run: Run) -> None:
    doc = run("ABUJA, Dec 18 - Nigeria's Comptroller-General of Customs, Aliyu Mohammed Bello, who "
              "accompanied the minister, warned that Abuja would restrict traffic at Seme.")
    assert ("Aliyu Mohammed Bello", "Nigeria") in offices(doc)


def test_one_sworn_in_as_minister_holds_that_office(run: Run) -> None:
    doc = run("LA PAZ, Dec 18 - On Sunday Marco Quiroga, sworn in as foreign minister on "
              "Saturday, held talks with his Chilean counterpart Ana Rojas.")
    assert ("Marco Quiroga", "Bolivia") in offices(doc)


def test_a_saint_state_written_with_st_is_that_state(run: Run) -> None:
    doc = run("BRIDGETOWN, Dec 18 - Barbados protested on Monday, while St Vincent and the "
              "Grenadines Prime Minister Ralph Lewis denounced the policy as bullying.")
    assert ("Ralph Lewis", "Saint Vincent and the Grenadines") in offices(doc)
