"""Rules of session 17 that a review found firing too broadly; each test fails on the code
before its mend. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, accord_names, triples


def test_a_protocol_to_a_convention_is_not_the_convention(run: Run) -> None:
    doc = run("Chile and Peru signed a protocol to the 1992 Arica Convention. Bolivia withdrew "
              "from the Arica Convention in 2010.")
    assert ("WITHDREW_FROM", "Bolivia", "Arica Convention") in triples(doc)
    assert ("SIGNED", "Chile", "protocol to the 1992 Arica Convention") in triples(doc)


def test_a_protocols_name_stops_before_a_date(run: Run) -> None:
    doc = run("Chile and Peru signed a protocol to the Arica Convention on Tuesday.")
    assert ("SIGNED", "Chile", "protocol to the Arica Convention") in triples(doc)


def test_a_video_or_someone_elses_call_is_no_call_with_the_person(run: Run) -> None:
    for text in ("Chilean President Ana Rojas clashed with Peruvian President Luis Soto in a "
                 "video posted on social media.",
                 "Chilean President Ana Rojas sided with Peruvian President Luis Soto in a "
                 "phone call with Bolivian President Juan Paz."):
        met = {frozenset((a, b)) for _, a, b in triples(run(text), "MET_WITH")}
        assert frozenset(("Ana Rojas", "Luis Soto")) not in met, text


def test_the_regions_first_treaty_in_a_list_of_texts_is_its_own(run: Run) -> None:
    doc = run("Kenya signed the Nairobi Agreement, the Mombasa Accord and Africa's first "
              "treaty on plastics.")
    assert len(accord_names(doc)) == 3


def test_its_allies_under_a_verb_another_state_controls_are_the_controlled_states(
        run: Run) -> None:
    doc = run("The United States urged Japan to stand by its allies South Korea and the "
              "Philippines.")
    allied = {frozenset((a, b)) for _, a, b in triples(doc, "ALLY_OF")}
    assert frozenset(("United States", "South Korea")) not in allied


def test_an_agreement_with_a_participle_is_not_spoken_of_in_general(run: Run) -> None:
    doc = run("Chile will reject any changes to an agreement signed with Peru in 2019.")
    assert accord_names(doc) != []


def test_the_treaty_is_not_a_protocol_named_before(run: Run) -> None:
    doc = run("Chile signed the Arica Protocol on trade. Peru signed the treaty with Bolivia "
              "in 2001.")
    assert ("SIGNED", "Peru", "Arica Protocol on trade") not in triples(doc)
