"""Pairs of people and states: 'the two countries' after two leaders of two states acted
together are their states; 'her A and B counterparts, X and Y' hold office in that order;
'the foreign ministers of A, B and C' who act are the states unless the story names each
state's minister; 'her counterpart X' is of another state than hers (not one the talks are
about); an accord 'committing the two countries to X' is their agreement; states a route
runs through are no pair that 'the two governments' means. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples


def test_the_two_countries_are_the_states_of_two_leaders_who_signed(run: Run) -> None:
    doc = run("Chilean President Ana Rojas and Peruvian President Luis Soto signed a new "
              "border treaty in Lima on Wednesday. Rojas said the treaty would serve both "
              "peoples. The pact replaces a friendship treaty the two countries signed in "
              "1999.")
    old = {t[1] for t in triples(doc, "SIGNED") if t[2] == "friendship treaty"}
    assert old == {"Chile", "Peru"}


def test_counterparts_listed_after_their_states_hold_office_in_that_order(run: Run) -> None:
    doc = run("Chilean Foreign Minister Ana Rojas held talks with her Peruvian and Bolivian "
              "counterparts, Luis Soto and Juan Mamani, in Arica.")
    assert {("Luis Soto", "Peru"), ("Juan Mamani", "Bolivia")} <= offices(doc)
    assert ("Luis Soto", "Bolivia") not in offices(doc)


def test_ministers_of_states_not_all_named_are_the_states(run: Run) -> None:
    doc = run("Chilean Foreign Minister Ana Rojas hosted Peruvian Foreign Minister Luis Soto "
              "in Arica on Monday. The foreign ministers of Chile, Peru and Bolivia agreed to "
              "deepen border cooperation.")
    agreed = {frozenset(t[1:]) for t in triples(doc, "AGREED")}
    assert agreed == {frozenset(p) for p in (("Chile", "Peru"), ("Chile", "Bolivia"),
                                              ("Peru", "Bolivia"))}


def test_his_counterpart_holds_office_in_another_state(run: Run) -> None:
    doc = run("Chilean Foreign Minister Ana Rojas visited Peru on Monday. Rojas met her "
              "counterpart Luis Soto for nearly three hours.")
    assert ("Luis Soto", "Peru") in offices(doc)
    assert ("Luis Soto", "Chile") not in offices(doc)


def test_a_state_the_talks_are_about_is_no_counterparts_state(run: Run) -> None:
    doc = run("Chilean Foreign Minister Ana Rojas met her counterpart Luis Soto on Tuesday to "
              "discuss the war in Ukraine.")
    assert ("Luis Soto", "Ukraine") not in offices(doc)


def test_an_accord_committing_two_states_is_their_agreement_not_a_pledge(run: Run) -> None:
    doc = run("Chile and Peru signed a memorandum on food security on Monday, committing the "
              "two countries to jointly farm land in the Atacama.")
    assert {frozenset(t[1:]) for t in triples(doc, "AGREED")} == {
        frozenset(("Chile", "Peru"))}
    assert not triples(doc, "PLEDGED")


def test_a_state_committing_itself_still_pledges(run: Run) -> None:
    doc = run("Chile committed itself to sending engineers to Peru.")
    assert ("PLEDGED", "Chile", "Peru") in triples(doc)
    doc = run("Chile committed $5 billion to Peru's reconstruction on Friday.")
    assert ("PLEDGED", "Chile", "Peru") in triples(doc)


def test_states_a_route_runs_through_are_not_the_two_governments(run: Run) -> None:
    doc = run("Chile and Peru agreed on Thursday to lift trade curbs. Chile had warned it "
              "would divert its exports through Bolivia and Argentina. SADC Executive "
              "Secretary Ana Rojas urged the two governments to set up a joint committee.")
    asked = {t[2] for t in triples(doc, "REQUESTED")}
    assert asked == {"Chile", "Peru"}
    doc = run("Chile and Peru agreed on Thursday to lift trade curbs. Chile had warned it "
              "would divert its exports through Bolivia, Brazil and Argentina. SADC Executive "
              "Secretary Ana Rojas urged the two governments to set up a joint committee.")
    assert {t[2] for t in triples(doc, "REQUESTED")} == {"Chile", "Peru"}


def test_the_premiers_or_presidents_without_a_count_are_the_articles_two(run: Run) -> None:
    doc = run("Chilean Prime Minister Ana Rojas hosted Peruvian Prime Minister Luis Soto in "
              "Arica. Chilean Transport Minister Eva Paz and Peruvian Transport Minister Juan "
              "Vega signed a memorandum. The premiers agreed to set up a joint company.")
    agreed = {frozenset((a, b)) for _, a, b in triples(doc, "AGREED")}
    assert frozenset(("Ana Rojas", "Luis Soto")) in agreed
    assert frozenset(("Eva Paz", "Juan Vega")) not in agreed
