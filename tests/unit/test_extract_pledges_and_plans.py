"""A pledge verb the tagger read as a noun, a warning's scene that is no target, the
purpose of a planned trip, acts one avoids or refrains from, a consul general, and money
pledged to help a state; a decision backed by others. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_capitals_that_pledge_each_other_aid_pledge_both_ways(run: Run) -> None:
    doc = run("Kenya and Uganda signed the Treaty of Jinja on Friday. Under its terms, Nairobi "
              "and Kampala pledge to contribute to each other's defence in the event of armed "
              "aggression.")
    assert {("PLEDGED", "Kenya", "Uganda"), ("PLEDGED", "Uganda", "Kenya")} <= triples(doc)


def test_a_place_inside_a_warning_is_not_warned(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono urged his partners to spend more, warning that "
              "the rebels will not stop in Uganda if they are allowed to win.")
    assert ("WARNED", "Amos Kiprono", "Uganda") not in triples(doc)


def test_the_purpose_of_a_planned_trip_is_not_yet_done(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono met Ugandan President Peter Okello on Friday. The "
              "two leaders are due to travel to Juba on Saturday together with Tanzanian "
              "President Samia Mrema to press Sudan to accept a ceasefire.")
    assert not triples(doc, "REQUESTED")


def test_the_purpose_of_a_trip_made_stands(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono travelled to Juba on Saturday to press Sudan to "
              "accept a ceasefire.")
    assert ("REQUESTED", "Amos Kiprono", "Sudan") in triples(doc)


def test_refraining_from_criticism_is_no_criticism(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono refrained from criticising Uganda on Monday.")
    assert not triples(doc, "CRITICIZED")


def test_advice_to_avoid_travel_is_no_visit(run: Run) -> None:
    doc = run("Kenya's embassy in Kampala advised Kenyan citizens to avoid travelling to "
              "Uganda in the near future.")
    assert not triples(doc, "VISITED")


def test_a_consul_general_serves_his_state(run: Run) -> None:
    doc = run("Uganda protested a post by Kenyan Consul General Amos Kiprono on Monday.")
    assert ("HOLDS_OFFICE", "Amos Kiprono", "Kenya") in triples(doc, "HOLDS_OFFICE")


def test_a_pronoun_in_a_warnings_condition_is_not_the_warned(run: Run) -> None:
    doc = run("Ugandan President Peter Okello met Kenyan President Amos Kiprono in Nairobi on "
              "Friday. Okello welcomed the offer, saying Kampala was interested in any "
              "strengthening of its security. Kiprono promised Okello that Kenyan troops would "
              "join more drills, and urged fellow members to spend faster, warning that Sudan "
              "will not stop in Juba if it is allowed to win.")
    assert ("WARNED", "Amos Kiprono", "Uganda") not in triples(doc)


def test_money_pledged_to_help_a_state_is_pledged_to_it(run: Run) -> None:
    doc = run("The United States, which has said it will not send troops, has pledged $200 "
              "million to help Haiti pay for the force.")
    assert ("PLEDGED", "United States", "Haiti") in triples(doc)


def test_cooperating_with_a_body_in_a_spirit_of_mutual_respect_is_no_mutual_pledge(
        run: Run) -> None:
    doc = run("Mali, Burkina Faso and Niger quit the court on Monday. The three countries "
              "pledged to keep cooperating with the United Nations on human rights in a spirit "
              "of mutual respect.")
    states = {"Mali", "Burkina Faso", "Niger"}
    assert not {t for t in triples(doc, "PLEDGED") if t[1] in states and t[2] in states}


def test_states_pledging_mutual_support_pledge_it_to_each_other(run: Run) -> None:
    doc = run("Burkina Faso and Niger pledged mutual support on Monday.")
    assert ("PLEDGED", "Burkina Faso", "Niger") in triples(doc, "PLEDGED")


def test_a_decision_backed_by_states_is_support_for_its_maker(run: Run) -> None:
    doc = run("Lithuania on Thursday quit the Convention on Cluster Munitions. The decision has "
              "been backed by Latvia and Estonia.")
    assert {("SUPPORTED", "Latvia", "Lithuania"),
            ("SUPPORTED", "Estonia", "Lithuania")} <= triples(doc)
