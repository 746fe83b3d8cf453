"""Parties, groups, bodies, courtesy calls and names: a party's officers hold office in the
party (a ruling communist party's chief leads its state), a name the NER cut in two is one
person, 'six X diplomats, including Y' makes Y X's, 'the forum's / bloc's secretary
general' serves that body, an unnamed state's Foreign Ministry speaks for the state just
told, 'called on X, ..., who urged Y to ...' is a call on X and X's request, and 'X, who was
received by Y' a meeting. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from dipgraph.loaders.extract.body import find_body
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import find_mentions
from dipgraph.loaders.extract.people import resolve_people
from tests.unit.conftest import Run, offices, triples


def test_a_name_the_ner_cut_in_two_is_one_person(run: Run) -> None:
    doc = run("Minister Ana Rojas met the Peruvian Nationalist Party's secretary-general, "
              "Abdul Karim Islam Chowdhury.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Abdul Karim Islam Chowdhury" in people and "Islam Alamgir" not in people


def test_a_partys_officer_holds_office_in_the_party(run: Run) -> None:
    doc = run("Minister Ana Rojas met the Peruvian Nationalist Party's secretary-general, "
              "Abdul Karim Islam Chowdhury.")
    assert offices(doc) == {("Abdul Karim Islam Chowdhury", "Peruvian Nationalist Party")}


def test_its_secretary_general_after_a_party_in_the_sentence_is_the_partys(run: Run) -> None:
    doc = run("Minister Ana Rojas met a delegation of the Peruvian Nationalist Party led by "
              "its secretary-general, Abdul Karim Islam Chowdhury.")
    assert offices(doc) == {("Abdul Karim Islam Chowdhury", "Peruvian Nationalist Party")}


def test_a_ruling_communist_partys_chief_leads_its_state(run: Run) -> None:
    doc = run("Chile's Ana Rojas held talks with Tran Van Minh, the general secretary of the "
              "Communist Party of Vietnam, in Hanoi.")
    assert ("Tran Van Minh", "Vietnam") in offices(doc)
    assert not {o for o in offices(doc) if "Party" in o[1]}


def test_calling_on_a_leader_whose_aside_urges_is_a_courtesy_call(run: Run) -> None:
    doc = run("Peruvian Foreign Minister Ana Rojas arrived on Saturday. On Sunday, Rojas "
              "called on Luis Vega, the chief adviser of the interim government, who urged "
              "Peru to help revive the regional trade bloc.")
    found = triples(doc)
    assert ("MET_WITH", "Ana Rojas", "Luis Vega") in found
    assert ("REQUESTED", "Ana Rojas", "Luis Vega") not in found
    assert ("REQUESTED", "Luis Vega", "Peru") in found


def test_a_relative_clause_calling_on_a_state_to_act_is_a_request(run: Run) -> None:
    doc = run("UN Secretary-General Ana Rojas, who has repeatedly called on Chile to agree "
              "to a ceasefire, declined to comment.")
    assert ("REQUESTED", "Ana Rojas", "Chile") in triples(doc)


def test_an_agreement_dated_before_its_participle_keeps_what_it_does(run: Run) -> None:
    doc = run("Peru and Chile signed an agreement on Sunday waiving visa requirements for "
              "holders of diplomatic passports.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "agreement waiving visa requirements for holders of diplomatic passports"}


def test_a_member_named_after_a_states_diplomats_serves_that_state(run: Run) -> None:
    doc = run("Chile ordered out six Peruvian diplomats, including Ambassador Luis Vega, "
              "after they declined to waive their immunity. Within hours, Peru said it was "
              "expelling six Chilean diplomats, among them acting Ambassador Ana Rojas.")
    assert {("Luis Vega", "Peru"), ("Ana Rojas", "Chile")} <= offices(doc)
    assert not {("Luis Vega", "Chile"), ("Ana Rojas", "Peru")} & offices(doc)


def test_the_foreign_ministry_unnamed_speaks_for_the_state_just_told(run: Run) -> None:
    doc = run("Peru recalled its envoy on Monday. The Foreign Ministry said it was deeply "
              "concerned about Chile.")
    assert ("EXPRESSED_CONCERN", "Peru", "Chile") in triples(doc)


def test_a_special_envoy_for_a_state_serves_his_own_not_that_one(run: Run) -> None:
    doc = run("Chile's special representative for Bolivia, Martin Novak, who attended the "
              "ceremony, said Santiago remained committed.")
    assert offices(doc) == {("Martin Novak", "Chile")}
    un = run("UN Special Envoy for Bolivia Martin Novak met officials.")
    assert offices(un) == {("Martin Novak", "United Nations")}


def test_the_body_a_chairman_of_a_states_heads_is_no_person(run: Run) -> None:
    doc = run("Martin Novak, chairman of Turkmenistan's Milli Gengesh, crossed into "
              "Afghanistan on Wednesday.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert people == {"Martin Novak"}


def test_the_forums_secretary_general_serves_the_forum_named_before(run: Run) -> None:
    doc = run("Leaders of the Andean Islands Forum endorsed the plan in June. The forum's "
              "secretary general, Martin Novak, has urged Chile to fund it.")
    assert ("Martin Novak", "Andean Islands Forum") in offices(doc)


_REACTED = ("LIMA, Jan 3 (AFP) - Peru lifted its ban on research ships. Santiago reacted "
            "cautiously. High Commissioner Martin Novak, who was received by Peruvian "
            "President Ana Rojas on Friday, reiterated Chile's concerns.")


def test_a_bare_envoy_opening_a_sentence_serves_the_state_that_just_reacted(run: Run) -> None:
    assert ("Martin Novak", "Chile") in offices(run(_REACTED))


def test_one_who_was_received_by_a_host_met_him(run: Run) -> None:
    assert ("MET_WITH", "Ana Rojas", "Martin Novak") in triples(run(_REACTED))


def test_an_envoy_posted_to_the_host_visits_nobody_when_received(run: Run) -> None:
    assert not triples(run(_REACTED), "VISITED")


def test_a_guest_who_was_welcomed_by_a_host_met_him_and_is_not_backed(run: Run) -> None:
    doc = run("Peruvian President Ana Rojas, who was welcomed at the palace by Chilean "
              "President Martin Novak, said Peru would help.")
    found = triples(doc)
    assert ("MET_WITH", "Martin Novak", "Ana Rojas") in found
    assert ("SUPPORTED", "Martin Novak", "Ana Rojas") not in found


def test_lenders_including_named_banks_asks_those_banks(run: Run) -> None:
    doc = run("Peruvian Foreign Minister Ana Rojas called on international lenders, including "
              "the World Bank and the Asian Development Bank, to help finance the railway.")
    asked = {t[2] for t in triples(doc, "REQUESTED")}
    assert asked == {"World Bank", "Asian Development Bank"}


def test_the_blocs_secretary_general_serves_the_bloc_named_before(run: Run) -> None:
    doc = run("Peru closed its border with Chile, defying the East African Community. The "
              "bloc's secretary general, Martin Novak, appealed to both governments.")
    assert ("Martin Novak", "East African Community") in offices(doc)


def test_a_portfolio_ending_in_promotion_is_no_part_of_the_name(run: Run) -> None:
    doc = run("Peru's Minister of Commerce, Industry and Investment Promotion Martin Novak met "
              "officials.")
    assert {e["name"] for e in doc["entities"] if e["type"] == "Person"} == {"Martin Novak"}


def test_a_name_set_before_the_blocs_spokesman_serves_the_bloc(run: Run) -> None:
    doc = run("Peru expelled Chile's ambassador, the European Union said. \"We call on both "
              "sides to show restraint,\" said Martin Novak, the bloc's foreign affairs "
              "spokesman.")
    assert ("Martin Novak", "European Union") in offices(doc)


def test_the_states_leader_of_two_that_fit_is_the_one_named_before(nlp: Language) -> None:
    doc = nlp("Chilean President Ana Rojas met Peruvian President Martin Novak in Lima on "
              "Monday. The Chilean leader sought Peru's support in building a railway. "
              "Chile's then Prime Minister Luis Vega signed a trade pact with Peru in 2015.")
    dm = find_mentions(doc, find_body(doc.text), gazetteer(), nlp)
    people = resolve_people(dm, gazetteer(), None)
    leader = next(t for t in doc if t.lower_ == "leader")
    assert people.nominal.get(leader.i) == "Ana Rojas"


def test_for_his_part_is_no_content_of_a_request(run: Run) -> None:
    doc = run("Chilean President Ana Rojas, for her part, sought Peru's support in building a "
              "railway.")
    fact = next(f for f in doc["facts"] if f["rel"] == "REQUESTED")
    assert "part" not in fact["what"]
