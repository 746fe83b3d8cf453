"""Several accords in one phrase ('agreements on A and B'), the accord a description in
apposition stands for, what 'followed suit' copies, and a dateline the parser took for
the subject. Invented sentences, one phenomenon per test."""

from __future__ import annotations

from spacy.language import Language

from dipgraph.loaders.extract.body import find_body
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.listed import listed_people
from dipgraph.loaders.extract.mentions import find_mentions
from tests.unit.conftest import Run, triples


def test_agreements_on_two_topics_are_two_accords(run: Run) -> None:
    doc = run("Kenya and Tanzania signed two agreements on the construction of a gas pipeline "
              "and the joint management of their shared border posts on Monday.")
    assert triples(doc, "SIGNED") == {
        ("SIGNED", state, f"agreement on {topic}")
        for state in ("Kenya", "Tanzania")
        for topic in ("the construction of a gas pipeline",
                      "the joint management of their shared border posts")}


def test_a_count_of_agreements_covering_as_many_topics_names_each(run: Run) -> None:
    doc = run("Chile and Peru signed three agreements covering fisheries, mining and "
              "tourism on Monday.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "agreement covering fisheries", "agreement covering mining",
        "agreement covering tourism"}


def test_a_count_unlike_the_topics_keeps_one_phrase(run: Run) -> None:
    doc = run("Chile and Peru signed two agreements on fisheries, mining and tourism.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "two agreements on fisheries, mining and tourism"}


def test_a_modifier_of_listed_agreements_keeps_its_hyphen(run: Run) -> None:
    doc = run("Kenya and Tanzania signed two cross-border agreements on fisheries and tourism.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "cross-border agreement on fisheries", "cross-border agreement on tourism"}


def test_the_agreements_later_are_all_of_them(run: Run) -> None:
    doc = run("Kenya and Tanzania signed two agreements on fisheries and tourism on Monday. "
              "The agreements were signed by Kenyan Foreign Minister Amina Odhiambo and "
              "Tanzanian Foreign Minister Juma Mwita.")
    signed = triples(doc, "SIGNED")
    for person in ("Amina Odhiambo", "Juma Mwita"):
        assert ("SIGNED", person, "agreement on fisheries") in signed
        assert ("SIGNED", person, "agreement on tourism") in signed


def test_the_agreements_after_other_accords_are_not_the_listed_ones(run: Run) -> None:
    doc = run("Kenya and Tanzania signed agreements on fisheries and tourism on Monday. "
              "Chile and Peru signed a mining pact on Tuesday. "
              "Bolivia criticized the agreements.")
    assert not {t for _, s, t in triples(doc) if s == "Bolivia"} & {
        "agreement on fisheries", "agreement on tourism"}


def test_the_two_agreements_are_not_a_list_of_three(run: Run) -> None:
    doc = run("Chile and Peru signed agreements on fisheries, mining and tourism on Monday. "
              "The two agreements were signed by Chilean Foreign Minister Ana Rojas.")
    listed = {("SIGNED", "Ana Rojas", f"agreement on {t}")
              for t in ("fisheries", "mining", "tourism")}
    assert len(triples(doc, "SIGNED") & listed) < 2  # not the three listed ones


def test_memoranda_on_two_topics_are_two_memoranda(run: Run) -> None:
    doc = run("Ghana and Togo signed two memoranda of understanding on health and energy.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on health", "memorandum of understanding on energy"}


def test_a_description_in_apposition_to_an_accord_is_that_accord(run: Run) -> None:
    doc = run("Chile's withdrawal from the Lima Convention, the 1990 treaty banning "
              "drift nets, took effect on Friday. Peru quit the treaty in March.")
    assert ("WITHDREW_FROM", "Peru", "Lima Convention") in triples(doc, "WITHDREW_FROM")


def test_those_who_followed_suit_did_the_same(run: Run) -> None:
    doc = run("Kenya signed the Lamu Treaty in May, and Uganda and Rwanda followed suit.")
    assert triples(doc, "SIGNED") == {("SIGNED", s, "Lamu Treaty")
                                      for s in ("Kenya", "Uganda", "Rwanda")}


def test_the_same_step_in_the_next_sentence_copies_the_act(run: Run) -> None:
    doc = run("Chile criticized Bolivia on Monday. Peru took the same step on Tuesday.")
    assert ("CRITICIZED", "Peru", "Bolivia") in triples(doc, "CRITICIZED")


def test_not_following_suit_is_no_act(run: Run) -> None:
    doc = run("Kenya signed the Lamu Treaty in May. Uganda did not follow suit.")
    assert triples(doc, "SIGNED") == {("SIGNED", "Kenya", "Lamu Treaty")}


def test_a_suit_that_may_be_followed_is_no_act(run: Run) -> None:
    doc = run("Kenya signed the Lamu Treaty in May, and Uganda may follow suit.")
    assert triples(doc, "SIGNED") == {("SIGNED", "Kenya", "Lamu Treaty")}


def test_doing_the_same_after_an_act_of_its_own_copies_nothing_from_before(
        run: Run) -> None:
    doc = run("Chile criticized Bolivia on Monday. Argentina recalled its ambassador, and "
              "Peru did the same.")
    assert ("CRITICIZED", "Peru", "Bolivia") not in triples(doc)


def test_a_dateline_is_not_the_subject(run: Run) -> None:
    doc = run("DAR ES SALAAM, March 5 (Xinhua) -- Kenya and Tanzania on Tuesday signed "
              "agreements on the construction of a gas pipeline and the joint management "
              "of their shared border posts, as the two East African neighbors seek to "
              "ease years of trade frictions.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} == {"Kenya", "Tanzania"}


_NORDIC = ("Estonian Foreign Minister Kadri Tamm hosted her Nordic counterparts -- Kari "
           "Nordmann of Norway, Lars Jensen of Denmark, Eva Berg of Sweden and Mikko "
           "Virtanen of Finland -- for a day of talks in Tallinn.")
_GUESTS = {"Kari Nordmann": "Norway", "Lars Jensen": "Denmark", "Eva Berg": "Sweden",
           "Mikko Virtanen": "Finland"}


def test_counterparts_listed_between_dashes_all_met_the_host(run: Run) -> None:
    people = ("Kadri Tamm", *_GUESTS)
    met = {frozenset((s, t)) for _, s, t in triples(run(_NORDIC), "MET_WITH")}
    assert met == {frozenset((a, b)) for a in people for b in people if a < b}


def test_listed_counterparts_hold_the_hosts_office_in_their_states(run: Run) -> None:
    doc = run(_NORDIC)
    offices = {(e["name"], o["org"], o["title"]) for e in doc["entities"]
               if e["type"] == "Person" for o in e.get("offices", [])}
    assert {(name, state, "Foreign Minister") for name, state in _GUESTS.items()} <= offices


def _listed(nlp: Language, text: str, noun: str) -> list[str]:
    doc = nlp(text)
    dm = find_mentions(doc, find_body(doc.text), gazetteer(), nlp)
    tok = next(t for t in doc if t.lower_ == noun)
    return [dm.mentions[j].text for j in listed_people(tok, dm)]


def test_a_list_between_dashes_is_read_in_text_order(nlp: Language) -> None:
    assert _listed(nlp, _NORDIC, "counterparts") == list(_GUESTS)


def test_names_opening_the_next_clause_are_no_list(nlp: Language) -> None:
    text = ("After talks with their counterparts, Kari Nordmann and Lars Jensen said the "
            "border would reopen.")
    assert _listed(nlp, text, "counterparts") == []


def test_a_list_that_breaks_off_is_no_list(nlp: Language) -> None:
    text = ("The ministers, Kari Nordmann, Lars Jensen and the Swedish envoy, signed the "
            "text in Oslo.")
    assert _listed(nlp, text, "ministers") == []


def test_listed_counterparts_without_a_state_get_no_office(run: Run) -> None:
    doc = run("TALLINN, May 14 (AP) -- Estonian Foreign Minister Kadri Tamm hosted her "
              "counterparts -- Kari Nordmann, Lars Jensen and Eva Berg -- for talks.")
    offices = {e["name"]: e.get("offices") for e in doc["entities"] if e["type"] == "Person"}
    assert not any(offices.get(n) for n in ("Kari Nordmann", "Lars Jensen", "Eva Berg"))


def test_a_year_after_publication_is_not_the_date_of_a_reported_act(run: Run) -> None:
    doc = run("President Jan Nowak of Poland assured Lithuanian President Rasa Kairys that "
              "Poland would finish its border fortifications by 2028, and backed "
              "Lithuania's call for higher defence spending.")  # published 2024-05-15
    backed = [f for f in doc["facts"] if f["rel"] == "SUPPORTED"]
    assert backed and all(f["date"] != "2028" for f in backed)


def test_listed_office_holders_are_people_whatever_the_ner_says(run: Run) -> None:
    doc = run("Santiago Peña received Yamandú Orsi in Asuncion on Monday to discuss the "
              "river waterway.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert {"Santiago Peña", "Yamandú Orsi"} <= people
    assert ("MET_WITH", "Santiago Peña", "Yamandú Orsi") in triples(doc, "MET_WITH")
