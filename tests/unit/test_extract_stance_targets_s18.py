"""Targets of stances the words leave one step away: the two sides of 'relations between
A and B', the addressee of a letter 'asking' or 'requesting', the object of a gerund or
the doers of efforts one supports, the doer 'by' whom acts of concern were done, and the
speaker of 'X spoke ... and said Athens stood by Y'. Invented sentences and names."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_concern_over_relations_between_two_states_is_about_both(run: Run) -> None:
    doc = run("Egypt voiced concern over the deterioration in relations between Sudan and "
              "Chad, and urged the two neighbours to exercise restraint.")
    assert {("EXPRESSED_CONCERN", "Egypt", "Sudan"), ("EXPRESSED_CONCERN", "Egypt", "Chad"),
            ("REQUESTED", "Egypt", "Sudan"), ("REQUESTED", "Egypt", "Chad")} <= triples(doc)


def test_a_letter_asking_or_requesting_asks_its_addressee(run: Run) -> None:
    for text, asked in (
            ("Congolese Foreign Minister Grace Mbuyi said she had written to the African "
             "Union Commission asking it to investigate arms transfers.",
             "African Union Commission"),
            ("Palauan President Tomas Remeliik said he had written to US Defense Secretary "
             "John Carter requesting more surveillance flights.", "John Carter")):
        assert asked in {t for _, _, t in triples(run(text), "REQUESTED")}, text


def test_support_for_reviving_a_body_or_for_a_states_efforts_backs_it(run: Run) -> None:
    doc = run("Pakistani Foreign Minister Omar Rahim expressed support for reviving SAARC.")
    assert ("SUPPORTED", "Omar Rahim", "SAARC") in triples(doc)
    doc = run("Malaysian Prime Minister Aziz Karim expressed support for efforts by the "
              "Philippines to settle the dispute.")
    assert ("SUPPORTED", "Aziz Karim", "Philippines") in triples(doc)


def test_concern_over_killings_by_a_force_is_about_that_force(run: Run) -> None:
    doc = run("Bangladeshi Foreign Secretary Rafiq Alam conveyed Dhaka's deep concern over "
              "repeated killings of Bangladeshi nationals by the BSF, India's Border "
              "Security Force.")
    assert ("EXPRESSED_CONCERN", "Rafiq Alam", "BSF") in triples(doc)


def test_a_minister_who_spoke_and_said_his_capital_stands_by_y_supports_y(run: Run) -> None:
    doc = run("Greek Foreign Minister Nikos Pappas spoke by phone with his Cypriot counterpart "
              "Andreas Louca and said Athens stood \"fully and unconditionally\" by Cyprus.")
    assert ("SUPPORTED", "Nikos Pappas", "Cyprus") in triples(doc)


def test_the_bloc_is_the_body_named_before_and_standing_behind_backs(run: Run) -> None:
    doc = run("KUWAIT CITY, May 3 - Iraq renewed its claim on Monday. The Gulf Cooperation "
              "Council also weighed in. Its secretary-general, Salem Nasser, said the "
              "six-member bloc stood \"fully behind\" Kuwait.")
    assert ("SUPPORTED", "Salem Nasser", "Kuwait") in triples(doc)


def test_the_bloc_after_a_state_organ_is_not_that_organ(run: Run) -> None:
    doc = run("KUWAIT CITY, May 3 - Kuwait's Foreign Ministry protested on Monday. Its "
              "spokesman, Salem Nasser, said the bloc stood firmly behind Bahrain.")
    assert not triples(doc, "SUPPORTED")


def test_the_international_community_is_no_body_named_before(run: Run) -> None:
    doc = run("KYIV, May 3 - The UN Security Council met on Monday. Ukraine urged the "
              "international community to back its peace plan.")
    assert not triples(doc, "REQUESTED")


def test_calling_on_states_set_off_by_a_description_to_act_asks_them(run: Run) -> None:
    doc = run("SUVA, Dec 18 - Fijian Prime Minister Josefa Vula called on Australia and New "
              "Zealand, the two main partners of Fiji, to back a Pacific solution.")
    assert {("REQUESTED", "Josefa Vula", "Australia"),
            ("REQUESTED", "Josefa Vula", "New Zealand")} <= triples(doc)
