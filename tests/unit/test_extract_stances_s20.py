"""Stances read through a bare title ('accused the president of X', 'the prime
minister'), co-signers of one state who did not meet, and a state that does not pledge to
its own leader. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples

_P = "CASTRIES, Oct 16 - "


def test_accusing_the_president_of_something_criticises_the_president(run: Run) -> None:
    doc = run(_P + "Saint Lucian President Errol Charles signed the law. Former prime "
              "minister Allen Chastanet accused the president of corruption.")
    assert ("CRITICIZED", "Allen Chastanet", "Errol Charles") in triples(doc, "CRITICIZED")


def test_the_prime_minister_is_the_one_holder_of_that_two_word_title(run: Run) -> None:
    doc = run(_P + "Prime Minister Philip Pierre and Foreign Minister Alva Baptiste of Saint "
              "Lucia spoke. Opposition leader Allen Chastanet accused the prime minister of "
              "signing blank cheques.")
    assert ("CRITICIZED", "Allen Chastanet", "Philip Pierre") in triples(doc, "CRITICIZED")
    assert ("CRITICIZED", "Allen Chastanet", "Alva Baptiste") not in triples(doc, "CRITICIZED")


def test_two_ministers_of_one_state_who_sign_together_did_not_meet(run: Run) -> None:
    doc = run(_P + "Saint Lucian Prime Minister Philip Pierre and Foreign Minister Alva "
              "Baptiste signed the Treaty of Basseterre.")
    assert triples(doc, "MET_WITH") == set()


def test_leaders_of_two_states_who_sign_together_met(run: Run) -> None:
    doc = run(_P + "Saint Lucian Prime Minister Philip Pierre and Barbadian Prime Minister "
              "Mia Mottley signed the Treaty of Basseterre.")
    assert ("MET_WITH", "Philip Pierre", "Mia Mottley") in triples(doc, "MET_WITH")


def test_a_state_does_not_pledge_to_its_own_leader(run: Run) -> None:
    doc = run(_P + "Saint Lucian Prime Minister Philip Pierre met Barbadian Prime Minister "
              "Mia Mottley. Saint Lucia promised Pierre and Mottley 200 tonnes of rice.")
    assert {t for _, s, t in triples(doc, "PLEDGED") if s == "Saint Lucia"} == {"Mia Mottley"}


def test_two_subjects_the_tagger_split_a_name_of_held_talks(run: Run) -> None:
    doc = run("South Korean President Yoon Suk-yeol and Japanese Prime Minister Fumio "
              "Kishida held talks in Busan on Monday.")
    assert ("MET_WITH", "Yoon Suk-yeol", "Fumio Kishida") in triples(doc, "MET_WITH")


def test_two_leaders_who_held_a_summit_met(run: Run) -> None:
    doc = run("President Yoon Suk Yeol and Prime Minister Fumio Kishida held a summit in "
              "Busan on Monday.")
    assert ("MET_WITH", "Yoon Suk Yeol", "Fumio Kishida") in triples(doc, "MET_WITH")


def test_a_chain_of_titled_names_with_a_first_summit_met(run: Run) -> None:
    doc = run("President Yoon Suk-yeol and Prime Minister Fumio Kishida held their first "
              "summit in Busan last October.")
    assert ("MET_WITH", "Yoon Suk-yeol", "Fumio Kishida") in triples(doc, "MET_WITH")



def test_known_officials_named_after_their_plural_office_hold_it(run: Run) -> None:
    doc = run("CHIRUNDU, Zambia, March 14 - The presidents of Zambia and Malawi met on "
              "Thursday at the border. Hakainde Hichilema and Lazarus Chakwera, who had "
              "spoken by phone twice in recent weeks, toured a clinic.")
    assert {("Hakainde Hichilema", "Zambia"), ("Lazarus Chakwera", "Malawi")} <= offices(doc)


def test_a_states_treaty_denounced_with_no_agent_was_left_by_that_state(run: Run) -> None:
    doc = run(_P + "Saint Lucia's 1972 convention with France was denounced in a note verbale "
              "on Monday.")
    assert ("WITHDREW_FROM", "Saint Lucia", "1972 convention") in triples(doc, "WITHDREW_FROM")


def test_a_denounced_official_is_no_treaty_left(run: Run) -> None:
    doc = run(_P + "Saint Lucia's deputy prime minister was formally denounced in a note "
              "on Monday.")
    assert triples(doc, "WITHDREW_FROM") == set()


def test_its_own_treaty_is_named_without_own(run: Run) -> None:
    doc = run(_P + "Saint Lucia denounced its own tax treaty with France in August 2023.")
    assert ("WITHDREW_FROM", "Saint Lucia", "tax treaty") in triples(doc, "WITHDREW_FROM")


def test_calls_between_a_leader_and_two_counterparts_are_his_calls_with_each(
        run: Run) -> None:
    doc = run(_P + "The statement followed phone calls on Wednesday between Saint Lucian "
              "Prime Minister Philip Pierre and his Barbadian and Dominican counterparts, Mia "
              "Mottley and Roosevelt Skerrit, according to officials.")
    met = triples(doc, "MET_WITH")
    assert {("MET_WITH", "Philip Pierre", "Mia Mottley"),
            ("MET_WITH", "Philip Pierre", "Roosevelt Skerrit")} <= met
    assert ("MET_WITH", "Mia Mottley", "Roosevelt Skerrit") not in met


def test_a_european_commissioner_holds_office_in_the_eu(run: Run) -> None:
    doc = run("LONDON, April 15 - Germany committed 125 million euros, while the European "
              "Commissioner for Crisis Management, Hadja Lahbib, pledged 282 million euros.")
    assert ("Hadja Lahbib", "European Union") in offices(doc)
    assert ("Hadja Lahbib", "Germany") not in offices(doc)


def test_two_leaders_who_co_chaired_a_meeting_met(run: Run) -> None:
    doc = run("Saint Lucian Prime Minister Philip Pierre and Barbados's Prime Minister Mia "
              "Mottley on Monday co-chaired the fifth meeting of the Joint Commission.")
    assert ("MET_WITH", "Philip Pierre", "Mia Mottley") in triples(doc, "MET_WITH")


def test_a_summit_chaired_by_two_leaders_is_their_meeting(run: Run) -> None:
    doc = run("Saint Lucia and Barbados signed agreements at their fifth summit, chaired in "
              "Castries by Prime Minister Philip Pierre and Barbadian Prime Minister Mia "
              "Mottley.")
    assert ("MET_WITH", "Philip Pierre", "Mia Mottley") in triples(doc, "MET_WITH")


def test_one_leader_chairing_a_summit_meets_no_one(run: Run) -> None:
    doc = run("Saint Lucian Prime Minister Philip Pierre chaired the summit of Caribbean "
              "leaders in Castries.")
    assert triples(doc, "MET_WITH") == set()


def test_concern_over_the_situation_in_two_places_is_about_each(run: Run) -> None:
    doc = run("Prime Minister Philip Pierre hosted Barbadian Prime Minister Mia Mottley in "
              "Castries on Wednesday. The two leaders expressed concern over the security "
              "situation in Haiti and in Venezuela.")
    about = {(s, t) for _, s, t in triples(doc, "EXPRESSED_CONCERN")}
    assert {("Philip Pierre", "Haiti"), ("Philip Pierre", "Venezuela")} <= about


def test_calling_a_states_decision_disproportionate_criticises_the_state(run: Run) -> None:
    doc = run("BRUSSELS, March 17 - Saint Lucia on Monday cut diplomatic ties with Belgium. "
              "Belgian Foreign Minister Maxime Prevot called the decision "
              "\"disproportionate\".")
    assert ("CRITICIZED", "Maxime Prevot", "Saint Lucia") in triples(doc, "CRITICIZED")


def test_a_treaty_denounced_at_a_rally_was_not_left(run: Run) -> None:
    doc = run(_P + "Saint Lucia's 1972 tax treaty with France was denounced at a rally on "
              "Monday.")
    assert triples(doc, "WITHDREW_FROM") == set()


def test_a_state_may_back_its_own_candidate(run: Run) -> None:
    doc = run(_P + "Saint Lucia strongly backed Philip Pierre's candidacy for the OECS "
              "chair, Saint Lucian officials said.")
    assert ("SUPPORTED", "Saint Lucia", "Philip Pierre") in triples(doc, "SUPPORTED")


def test_its_allies_set_off_by_commas_are_each_its_ally(run: Run) -> None:
    doc = run(_P + "Guinea and its allies, Mali and Niger, quit ECOWAS last year after "
              "forming their own bloc.")
    allied = {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")}
    assert {frozenset(("Guinea", "Mali")), frozenset(("Guinea", "Niger"))} <= allied


def test_a_state_added_with_as_well_as_is_no_ally(run: Run) -> None:
    doc = run(_P + "Guinea and its allies, as well as Ghana, quit ECOWAS last year.")
    assert triples(doc, "ALLY_OF") == set()


def test_is_and_will_remain_our_closest_ally_is_an_alliance_now(run: Run) -> None:
    doc = run(_P + "\"Barbados is and will remain our closest ally,\" Saint Lucian Prime "
              "Minister Philip Pierre said.")
    allied = {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")}
    assert frozenset(("Saint Lucia", "Barbados")) in allied


def test_criticised_support_is_still_support_by_its_owner(run: Run) -> None:
    doc = run(_P + "Prime Minister Philip Pierre visited Barbados. Several leaders have "
              "criticised his outspoken support for the United States' military build-up in "
              "the Caribbean.")
    assert ("SUPPORTED", "Philip Pierre", "United States") in triples(doc, "SUPPORTED")


def test_a_body_named_inside_a_portfolio_is_part_of_the_title(run: Run) -> None:
    doc = run(_P + "The memorandum was inked by Saint Lucia's Minister of Foreign and "
              "Caricom Affairs Alva Baptiste on Monday.")
    assert ("Alva Baptiste", "Saint Lucia") in offices(doc)


def test_her_is_the_one_person_named_before_in_her_sentence(run: Run) -> None:
    doc = run(_P + "Barbadian Prime Minister Mia Mottley hosted a meeting. Saint Lucian "
              "Foreign Minister Alva Baptiste visited Bridgetown on Monday. Prime Minister "
              "Jane Roe's trip to Kingston is seen as an effort to mend fences, after critics "
              "attacked her outspoken support for the United States' military build-up.")
    backers = {s for _, s, t in triples(doc, "SUPPORTED") if t == "United States"}
    assert backers == {"Jane Roe"}
