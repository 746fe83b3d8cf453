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
