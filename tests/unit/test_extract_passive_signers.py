"""Who signed: a passive signing whose 'by' the parser hung on a noun or whose signers
stand in a 'with' clause, co-signers at a summit, ministers signing for their states; a
portfolio ending a title, a treaty named by its virtues, leaving a named initiative, and
'July 22 last year'. Invented sentences."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, dated, triples

_SUMMIT = ("The charter was signed at the close of the third Gulf-Horn summit in the Kenyan "
           "capital by Kenyan President Amos Kiprono, Ugandan President Peter Okello, "
           "Tanzanian President Samia Mrema and Rwandan President Jean Habimana.")


def test_a_passive_signing_with_a_stray_by_names_its_signers(run: Run) -> None:
    signed = {t[1] for t in triples(run(_SUMMIT), "SIGNED")}
    assert {"Kenya", "Uganda", "Tanzania", "Rwanda"} <= signed


def test_four_leaders_signing_at_a_summit_are_no_pairwise_meetings(run: Run) -> None:
    assert not triples(run(_SUMMIT), "MET_WITH")


def test_a_by_phrase_after_another_verb_is_not_the_signers(run: Run) -> None:
    doc = run("The charter was signed at a ceremony that was attended by Kenyan President "
              "Amos Kiprono.")
    assert not triples(doc, "SIGNED")


def test_two_cosigners_in_a_main_clause_still_met(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono and Ugandan President Peter Okello signed a trade "
              "agreement in Nairobi on Monday.")
    assert ("MET_WITH", "Amos Kiprono", "Peter Okello") in triples(doc, "MET_WITH")


def test_a_treaty_of_a_hyphened_virtue_and_more_is_named_by_them(run: Run) -> None:
    doc = run("Kenya and Uganda signed a treaty of permanent good-neighbourliness, friendship "
              "and cooperation on Monday.")
    assert {e["name"] for e in doc["entities"] if e["type"] == "Accord"} == {
        "treaty of permanent good-neighbourliness, friendship and cooperation"}


def test_arriving_and_being_received_by_a_host_is_a_meeting(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono arrived in Kampala on Monday and was received by "
              "Ugandan President Peter Okello at State House.")
    met = {frozenset(t[1:]) for t in triples(doc, "MET_WITH")}
    assert frozenset({"Amos Kiprono", "Peter Okello"}) in met


def test_a_passive_conjunct_without_agent_is_not_the_first_subjects_act(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono visited Kampala on Monday and was criticised for "
              "the trip.")
    assert not triples(doc, "CRITICIZED")


def test_ministers_who_sign_for_their_states_make_the_states_parties(run: Run) -> None:
    doc = run("Kenyan Transport Minister Amos Kiprono and Uganda's Transport Minister Peter "
              "Okello signed an agreement on the joint management of the railway on Monday.")
    assert {"Kenya", "Uganda"} <= {t[1] for t in triples(doc, "SIGNED")}


def test_a_portfolio_after_and_ends_the_title_not_the_name(run: Run) -> None:
    doc = run("Kenya's Minister for Home Affairs and Law A. Kiprono met Ugandan President Peter "
              "Okello on Monday.")
    assert ("HOLDS_OFFICE", "A. Kiprono", "Kenya") in triples(doc, "HOLDS_OFFICE")


def test_suspending_participation_in_a_named_initiative_is_withdrawing(run: Run) -> None:
    doc = run("Kenya on Monday suspended its participation in the Lake Basin Fishing "
              "Initiative, the U.N.- and Ugandan-brokered arrangement that let boats cross.")
    assert ("WITHDREW_FROM", "Kenya", "Lake Basin Fishing Initiative") in triples(doc)


def test_signers_in_a_with_clause_of_a_passive_signing(run: Run) -> None:
    doc = run("The fishing deal was signed in Kampala, with Kenya and Tanzania each putting "
              "their names to separate documents with Uganda.")
    assert {"Kenya", "Tanzania"} <= {t[1] for t in triples(doc, "SIGNED")}


def test_a_day_and_month_last_year_is_in_the_year_before(run: Run) -> None:
    doc = run("Kenya signed the fishing deal in Kampala on July 22 last year.",
              date(2023, 7, 17))
    assert {f["date"] for f in doc["facts"] if f["rel"] == "SIGNED"} == {"2022-07-22"}


def test_an_arrangement_that_two_states_signed_is_an_accord_they_signed(run: Run) -> None:
    doc = run("Kenya and Uganda signed a treaty on Monday. Uganda has long depended on Kenyan "
              "money. It has hosted a camp for refugees bound for Kenya under a regional "
              "resettlement arrangement that the two countries signed in 2021, extending a "
              "scheme that dates back a decade.", date(2024, 12, 9))
    signed = dated(doc, "SIGNED")
    assert {("Kenya", "regional resettlement arrangement", "2021"),
            ("Uganda", "regional resettlement arrangement", "2021")} <= signed


def test_a_named_accord_which_two_countries_signed_to_end_a_war(run: Run) -> None:
    doc = run("Kenya and Uganda met on Monday. The thaw follows a pledge by Dr Amos in June that "
              "Kenya would fully implement the Jinja Agreement, which the two countries signed "
              "in December 2000 to end their border war.", date(2018, 7, 9))
    signed = dated(doc, "SIGNED")
    assert {("Kenya", "Jinja Agreement", "2000-12"),
            ("Uganda", "Jinja Agreement", "2000-12")} <= signed
