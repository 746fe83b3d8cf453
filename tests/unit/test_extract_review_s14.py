"""Limits two read-only reviews of session 14's rules found, and two later mends: each
sentence here was read wrongly before the mend. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from dipgraph.loaders.extract.body import find_body
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import find_mentions
from dipgraph.loaders.extract.titles import title_left
from tests.unit.conftest import Run, triples


def test_a_by_after_despite_or_a_proposal_names_no_signer(run: Run) -> None:
    assert not triples(run("The treaty was signed despite objections by Uganda."), "SIGNED")
    assert not triples(run("The memorandum was signed on Monday after a proposal by "
                           "Tanzania."), "SIGNED")


def test_a_guest_in_the_presence_of_whom_it_was_signed_did_not_sign(run: Run) -> None:
    doc = run("The charter was signed at the close of the summit in Nairobi by Kenyan "
              "President Amos Kiprono and Ugandan President Peter Okello in the presence of "
              "Tanzanian President Samia Mrema.")
    signers = {t[1] for t in triples(doc, "SIGNED")}
    assert "Kenya" in signers and not signers & {"Samia Mrema", "Tanzania"}


def test_that_of_a_reported_clause_is_no_relative_word(run: Run) -> None:
    doc = run("Kenya assured Uganda that the agreement signed in 2021 remains valid.")
    assert [e["name"] for e in doc["entities"] if e["type"] == "Accord"] == ["agreement"]


def test_a_purpose_under_a_rejection_is_not_denied(run: Run) -> None:
    doc = run("Kenya rejected the ruling to show solidarity with Somalia.")
    assert ("SUPPORTED", "Kenya", "Somalia") in triples(doc)


def test_they_after_a_state_with_a_relative_clause_is_not_its_partner(run: Run) -> None:
    doc = run("Kenya, whose talks with Uganda stalled last year, said they shared concerns "
              "about Sudan.")
    assert "Uganda" not in {t[1] for t in triples(doc, "EXPRESSED_CONCERN")}


def test_its_ally_belongs_to_the_acting_state_not_the_last_named(run: Run) -> None:
    doc = run("Kenya will send troops to Somalia alongside Ethiopia, its closest ally.")
    allies = {frozenset(t[1:]) for t in triples(doc, "ALLY_OF")}
    assert allies == {frozenset({"Kenya", "Ethiopia"})}


def test_also_signed_after_a_meeting_without_signing_names_no_signer(run: Run) -> None:
    doc = run("Kenya and Uganda met in Nairobi on Monday. The deal was also signed.")
    assert not triples(doc, "SIGNED")


def test_a_named_gulf_a_governing_verb_rules_is_named_whole(run: Run) -> None:
    doc = run("Kenya and Uganda signed a 2012 agreement regulating navigation in the Gulf of "
              "Aden.")
    names = [e["name"] for e in doc["entities"] if e["type"] == "Accord"]
    assert len(names) == 1 and names[0].endswith("in the Gulf of Aden")


def test_a_month_is_no_lone_surname(nlp: Language) -> None:
    doc = nlp("British Prime Minister Theresa May met Kenyan President Amos Kiprono. They "
              "will meet again in May.")
    dm = find_mentions(doc, find_body(doc.text), gazetteer(), nlp)
    assert "May" not in [m.text for m in dm.mentions if m.kind == "Person"]


def test_a_move_described_as_unconscionable_is_criticism_of_its_maker(run: Run) -> None:
    doc = run("Kenya on Monday suspended its participation in the fishing deal. Ugandan "
              "President Peter Okello described the move as \"unconscionable\".")
    assert ("CRITICIZED", "Peter Okello", "Kenya") in triples(doc)


def test_a_deal_set_off_after_an_agreement_is_that_agreement(run: Run) -> None:
    doc = run("Kenya and Uganda signed a defence cooperation agreement on Thursday that will "
              "allow their militaries to operate from each other's territory, a deal Nairobi "
              "described as the most significant security treaty ever concluded between the "
              "two neighbours. Kenyan Defence Minister Amos Kiprono and Ugandan Defence "
              "Minister Peter Okello inked the pact at the military college.")
    assert [e["name"] for e in doc["entities"] if e["type"] == "Accord"] == [
        "defence cooperation agreement"]
    assert ("SIGNED", "Amos Kiprono", "defence cooperation agreement") in triples(doc)


def test_a_deal_after_a_clause_about_another_accord_is_a_new_one(run: Run) -> None:
    doc = run("After Kenya pulled out of the Nairobi Accord in March, a deal brokered by Qatar "
              "was signed by Uganda and Rwanda.")
    assert ("SIGNED", "Uganda", "Nairobi Accord") not in triples(doc)


def test_the_state_of_a_title_of_state_is_no_part_of_the_title(run: Run) -> None:
    doc = run("The Foreign Minister of Ghana, Kwame Mensah, met Togolese President Faure "
              "Gnassingbe.")
    titles = {f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"
              and f["source"] == "Kwame Mensah"}
    assert titles == {"Foreign Minister"}


def test_a_long_title_at_the_start_of_the_text_is_read(nlp: Language) -> None:
    doc = nlp("Minister for Foreign Affairs and the Pacific, Amos Kiprono, said Kenya would "
              "help Uganda.")
    dm = find_mentions(doc, find_body(doc.text), gazetteer(), nlp)
    person = next(m for m in dm.mentions if m.kind == "Person")
    found = title_left(dm, person)
    assert found is not None and found[0][0] == "Minister"


def test_a_speaker_calling_his_own_states_move_a_reply_to_provocation_blames_none_of_it(
        run: Run) -> None:
    doc = run("Kenya on Monday suspended its participation in the fishing deal. Kenyan "
              "President Amos Kiprono described the move as a necessary answer to blatant "
              "provocations.")
    assert ("CRITICIZED", "Amos Kiprono", "Kenya") not in triples(doc)


def test_their_ministers_after_other_officials_are_not_the_leaders(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono and Ugandan President Peter Okello met in Arusha "
              "with Rwandan and Burundian officials, whose countries sent their foreign "
              "ministers, Omar Rahim and John Mugabo, to the talks.")
    assert ("HOLDS_OFFICE", "Omar Rahim", "Kenya") not in triples(doc)


def test_support_for_mutual_defence_is_a_pledge_between_the_states(run: Run) -> None:
    doc = run("Kenya, Uganda and Tanzania pledged support for mutual defence.")
    assert ("PLEDGED", "Uganda", "Tanzania") in triples(doc)
