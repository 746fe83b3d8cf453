"""Offices whose owner the title itself does not name: adjectives and ranks inside a
title, a union's institutions, travelling companions, a Secretary-General's body and
the one state an article is about. Invented sentences, one phenomenon per test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dipgraph.loaders.extract.body import find_body
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import find_mentions
from dipgraph.loaders.extract.titles import title_left
from tests.unit.conftest import Run, offices


def test_supreme_leader_and_a_rank_keep_the_state_before_them(run: Run) -> None:
    doc = run("Iran's Supreme Leader Ayatollah Hamid Rostami accused Canada of lying.")
    assert ("Hamid Rostami", "Iran") in offices(doc)


def test_an_institution_of_a_union_holds_the_office_not_the_union(run: Run) -> None:
    doc = run("European Commission President Marta Lindqvist met African Union Commission "
              "chief Kofi Mensah Adu in Brussels on Monday.")
    assert offices(doc) >= {("Marta Lindqvist", "European Commission"),
                            ("Kofi Mensah Adu", "African Union Commission")}
    assert ("Marta Lindqvist", "European Union") not in offices(doc)  # (as annotators do)


def test_ministers_accompanying_a_leader_serve_his_state(run: Run) -> None:
    doc = run("BAGHDAD - Turkish President Selim Aksoy arrived in Baghdad on Monday for "
              "talks with Iraqi Prime Minister Karim Jabouri.\n\n"
              "Foreign Minister Deniz Kaya and Defense Minister Murat Ozkan were among the "
              "ministers accompanying Aksoy.")
    held = offices(doc)
    assert ("Deniz Kaya", "Turkey") in held and ("Murat Ozkan", "Turkey") in held
    assert ("Deniz Kaya", "Iraq") not in held


def test_a_bare_secretary_general_belongs_to_the_body_named_before(run: Run) -> None:
    doc = run("The Arab League held an emergency meeting on the dispute on Sunday. "
              "Secretary-General Omar Haddad said the deal violated Somali sovereignty.")
    assert ("Omar Haddad", "Arab League") in offices(doc)


def test_a_bare_secretary_general_between_two_bodies_gets_none(run: Run) -> None:
    # (two bodies a secretary-general heads: the African Union, which has none, would leave
    # the Arab League's the one; see test_extract_s39)
    doc = run("The Arab League and the United Nations met in Cairo on Sunday. "
              "Secretary-General Omar Haddad said the talks went well.")
    assert not any(p == "Omar Haddad" for p, _ in offices(doc))


def test_a_bare_national_title_belongs_to_the_state_the_story_is_about(run: Run) -> None:
    doc = run("Peru said on Tuesday it would leave the pact. Peru's government has long "
              "opposed it, and Lima's lawmakers voted to quit in March.\n\n"
              "Deputy Foreign Minister Raul Quispe said Peru would keep talking to Chile.")
    assert ("Raul Quispe", "Peru") in offices(doc)


def test_no_state_is_guessed_when_two_states_share_the_story(run: Run) -> None:
    doc = run("Peru and Chile traded accusations on Tuesday. Peru said Chile broke the pact; "
              "Chile said Peru did.\n\n"
              "Deputy Foreign Minister Raul Quispe said talks would go on.")
    assert not any(p == "Raul Quispe" for p, _ in offices(doc))


def test_his_counterpart_has_the_possessors_title_not_the_last_one_seen(run: Run) -> None:
    doc = run("ANKARA -- Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister "
              "Mohammed al-Sudani in Baghdad on Monday. Fidan later held talks with his Iraqi "
              "counterpart Fuad Hussein.")
    titles = {f["source"]: f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"}
    assert titles["Fuad Hussein"] == "Foreign Minister"
    assert titles["Mohammed al-Sudani"] == "Prime Minister"


def test_a_companion_with_a_bare_title_serves_whom_he_accompanies(run: Run) -> None:
    doc = run("DAR ES SALAAM -- Rwandan Foreign Minister Olivier Nduhungirehe, accompanied by "
              "Defence Minister Juvenal Marizamunda, held talks with President Samia Suluhu "
              "Hassan and his Tanzanian counterpart January Makamba.")
    assert offices(doc) >= {("Juvenal Marizamunda", "Rwanda"),
                            ("Samia Suluhu Hassan", "Tanzania"),
                            ("January Makamba", "Tanzania")}
    assert ("Juvenal Marizamunda", "Tanzania") not in offices(doc)


def test_his_spokesman_serves_the_state_of_the_person_just_talked_about(run: Run) -> None:
    doc = run("Ghanaian President John Mahama, who has praised former British prime minister "
              "Margaret Thatcher, did not comment. His spokesman, Felix Kwakye Ofosu, said the "
              "talks would continue.")
    assert ("Felix Kwakye Ofosu", "Ghana") in offices(doc)
    assert ("Felix Kwakye Ofosu", "United Kingdom") not in offices(doc)


def test_his_highness_is_a_style_not_an_owner(run: Run) -> None:
    doc = run("Saudi Crown Prince Mohammed bin Salman spoke on Monday. His Highness the Emir "
              "Sheikh Tamim bin Hamad al-Thani of Qatar arrived later.")
    assert ("Tamim bin Hamad al-Thani", "Saudi Arabia") not in offices(doc)


def test_an_appointee_serves_the_state_of_whoever_appointed_him(run: Run) -> None:
    doc = run("BAMAKO, May 14 -- Senegalese President Amadou Ba met Malian officials on "
              "Tuesday.\n\nBa said he had appointed a special envoy, former minister Ousmane "
              "Diallo, to follow the talks.")
    assert ("Ousmane Diallo", "Senegal") in offices(doc)
    assert ("Ousmane Diallo", "Mali") not in offices(doc)


@pytest.mark.parametrize(("text", "person", "state"), [
    ("The accord was signed by Ghanaian Minister for Foreign Affairs and Regional Integration "
     "Kwame Asante, officials said.", "Kwame Asante", "Ghana"),
    ("The deal was signed by Zambian Minister of Mines, Energy and Cooperatives Chanda "
     "Mulenga, officials said.", "Chanda Mulenga", "Zambia"),
    ("Kenya's Minister for Roads and Transport Otieno Kamau met Ugandan officials on Monday.",
     "Otieno Kamau", "Kenya"),
])
def test_a_long_portfolio_ends_before_the_name_and_keeps_its_state(
        run: Run, text: str, person: str, state: str) -> None:
    doc = run(text)
    assert (person, state) in offices(doc)
    assert {e["name"] for e in doc["entities"] if e["type"] == "Person"} == {person}


def test_a_plural_title_gives_each_named_person_the_office(run: Run) -> None:
    doc = run("Trade Ministers Ilham Guliyev of Azerbaijan and Tigran Avetisyan of Armenia met "
              "in Vienna on Monday.")
    assert ("Ilham Guliyev", "Azerbaijan") in offices(doc)
    assert {e["name"] for e in doc["entities"] if e["type"] == "Person"} == {
        "Ilham Guliyev", "Tigran Avetisyan"}


@pytest.mark.parametrize(("text", "person", "state"), [
    ("Sudan's army chief Hamid Osman met Egyptian President Karim Nassar in Cairo. Osman, "
     "who heads the ruling Sovereign Council, flew home on Friday.", "Hamid Osman", "Sudan"),
    ("Niger's junta leader Issa Garba met Chadian President Abakar Tahir in Niamey. Garba, "
     "who heads the ruling National Council, left on Friday.", "Issa Garba", "Niger"),
])
def test_an_army_or_junta_chief_holds_office_in_the_state_named(
        run: Run, text: str, person: str, state: str) -> None:
    assert (person, state) in offices(run(text))


def test_an_ambassador_to_a_state_is_not_that_states_envoy(run: Run) -> None:
    doc = run("The accord was signed by the kingdom's ambassador to Peru, Carlos Rey, in "
              "Lima.")
    assert ("Carlos Rey", "Peru") not in offices(doc)
    named = run("Chile's ambassador to Peru, Carlos Rey, signed the accord in Lima.")
    assert offices(named) == {("Carlos Rey", "Chile")}


def test_the_head_of_a_states_council_holds_an_office_of_that_state(run: Run) -> None:
    doc = run("The chairman of Peru's Presidential Council, Carlos Rey, held talks in "
              "Santiago.")
    assert offices(doc) == {("Carlos Rey", "Peru"), ("Carlos Rey", "Presidential Council")}


def test_an_official_opening_the_sentence_after_a_states_reaction_speaks_for_it(
        run: Run) -> None:
    doc = run("LIMA, Oct. 9 - Peru closed its border with Bolivia on Wednesday.\n\nChile "
              "reacted within hours. Foreign Minister Ana Soto said the closure hurt traders.")
    assert ("Ana Soto", "Chile") in offices(doc)


def test_an_official_after_a_states_denial_speaks_for_it_but_not_after_its_attack(
        run: Run) -> None:
    denied = run("LIMA, Oct. 9 - Peru accused Chile of spying.\n\nChile has denied the "
                 "accusations. Foreign Minister Ana Soto said Chile respected Peru.")
    attack = run("LIMA, Oct. 9 - Chile launched an attack on Peru. Foreign Minister Ana Soto "
                 "condemned the strikes.")
    assert ("Ana Soto", "Chile") in offices(denied)
    assert ("Ana Soto", "Chile") not in offices(attack)



def test_a_plural_title_before_two_names_is_each_ones_title(nlp: Language) -> None:
    doc = nlp("Chile and Peru signed the accord in the presence of Presidents Ana Rojas and "
              "Luis Soto.")
    dm = find_mentions(doc, find_body(doc.text), gazetteer(), nlp)
    people = [m for m in dm.mentions if m.kind == "Person"]
    assert [m.text for m in people] == ["Ana Rojas", "Luis Soto"]
    for m in people:
        found = title_left(dm, m)
        assert found is not None and found[0] == ["President"], m.text
