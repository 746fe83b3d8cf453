"""Offices, references and entity typing in general form, each on a short invented
sentence: appositive and possessive offices, shared plural titles, bare titles read
from their sentence, role references by title and country, state organs acting for
their state, names typed by their head word, and shared short country names."""

from __future__ import annotations

from typing import Any

import pytest

from dipgraph.loaders.extract.gazetteer import gazetteer
from tests.unit.conftest import Run, offices, triples


def typed(doc: dict[str, Any], kind: str) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["type"] == kind}


@pytest.mark.parametrize("text", [
    "Lena Koss, Estonia's foreign minister, met Latvian President Anders Berg on Monday.",
    "The Foreign Minister of Estonia, Lena Koss, met Latvian President Anders Berg on Monday.",
    "Foreign Minister of Estonia Lena Koss met Latvian President Anders Berg on Monday.",
    "Estonia rejected the plan on Monday. Its foreign minister, Lena Koss, met Latvian "
    "President Anders Berg on Tuesday.",
    "Estonia rejected the plan on Monday. Lena Koss, the country's foreign minister, met "
    "Latvian President Anders Berg on Tuesday.",
])
def test_appositive_and_of_phrase_offices(run: Run, text: str) -> None:
    doc = run(text)
    assert ("Lena Koss", "Estonia") in offices(doc)
    assert ("Anders Berg", "Latvia") in offices(doc)


def test_possessive_names_in_a_list_take_the_listed_title(run: Run) -> None:
    doc = run("The pact was signed by Peruvian President Ana Rojas, Bolivia's Jorge Mendoza "
              "and Ecuador's Marta Lema on Monday.")
    got = offices(doc)
    assert {("Jorge Mendoza", "Bolivia"), ("Marta Lema", "Ecuador")} <= got
    person = next(e for e in doc["entities"] if e["name"] == "Jorge Mendoza")
    assert person["title"] == "President"


@pytest.mark.parametrize("text", [
    "Greek and Cypriot foreign ministers Nikos Andreou and Eleni Pavlou met in Athens.",
    "The foreign ministers of Greece and Cyprus, Nikos Andreou and Eleni Pavlou, met in Athens.",
    "Foreign ministers Nikos Andreou of Greece and Eleni Pavlou of Cyprus met in Athens.",
])
def test_a_plural_title_is_shared_by_coordinated_names_in_order(run: Run,
                                                                  text: str) -> None:
    assert {("Nikos Andreou", "Greece"), ("Eleni Pavlou", "Cyprus")} <= offices(run(text))


def test_a_bare_title_takes_the_one_state_its_sentence_makes_an_actor(run: Run) -> None:
    doc = run("President Omar Saleh signed the decree, which Sudan had long delayed.")
    assert ("Omar Saleh", "Sudan") in offices(doc)


def test_a_bare_title_takes_no_state_its_holder_only_talks_about(run: Run) -> None:
    doc = run("Defence Minister Omar Saleh said that Chad was massing troops.")
    assert not any(s == "Omar Saleh" for s, _t in offices(doc))


def test_a_counterpart_state_is_not_the_first_persons_state(run: Run) -> None:
    doc = run("Prime Minister Omar Saleh and his Chadian counterpart Idriss Mahamat "
              "signed the accord.")
    got = offices(doc)
    assert ("Idriss Mahamat", "Chad") in got
    assert ("Omar Saleh", "Chad") not in got


def test_ministry_spokesperson_belongs_to_the_ministrys_state(run: Run) -> None:
    doc = run("Japan's Foreign Ministry spokesperson Aiko Mori criticised North Korea.")
    assert ("Aiko Mori", "Japan") in offices(doc)


def test_office_in_a_body_of_an_organisation(run: Run) -> None:
    doc = run("The African Union commission chairman, Amadou Diallo, welcomed the deal.")
    assert ("Amadou Diallo", "African Union Commission") in offices(doc)


def test_hyphenated_title_of_an_organisation(run: Run) -> None:
    doc = run("UN Secretary-General Maria Fonseca urged Mali to release the detainees.")
    assert ("Maria Fonseca", "United Nations") in offices(doc)
    person = next(e for e in doc["entities"] if e["name"] == "Maria Fonseca")
    assert person["title"] == "Secretary-General"


def test_name_with_particles_after_a_title(run: Run) -> None:
    doc = run("Commission President Karl von der Brugge flew to Lisbon on Monday.")
    assert "Karl von der Brugge" in typed(doc, "Person")


def test_the_minister_is_the_one_minister_named(run: Run) -> None:
    doc = run("Peruvian President Ana Rojas received Chilean Foreign Minister Luis Vera "
              "on Monday. The minister urged Peru to lower tariffs.")
    assert ("REQUESTED", "Luis Vera", "Peru") in triples(doc)


def test_the_minister_is_nobody_when_two_could_be_meant(run: Run) -> None:
    doc = run("Peruvian Foreign Minister Ana Rojas met Chilean Foreign Minister Luis Vera "
              "on Monday. The minister urged Bolivia to lower tariffs.")
    assert not any(r == "REQUESTED" for r, _s, _t in triples(doc))


def test_the_national_leader_is_the_head_not_the_last_compatriot(run: Run) -> None:
    doc = run("Ghanaian President Kofi Boateng and Ghanaian Foreign Minister Ama Owusu met "
              "Togolese President Eyadema Kpatcha in Lome on Monday. Owusu spoke first. "
              "The Ghanaian leader urged Togo to reopen the border.")
    got = triples(doc)
    assert ("REQUESTED", "Kofi Boateng", "Togo") in got
    assert ("REQUESTED", "Ama Owusu", "Togo") not in got


def test_ministry_acts_for_its_state(run: Run) -> None:
    doc = run("The Egyptian Foreign Ministry condemned the raid on Sunday. Later, "
              "Jordan's Foreign Ministry criticised Israel.")
    assert ("CRITICIZED", "Jordan", "Israel") in triples(doc)
    assert "Jordan's Foreign Ministry" in typed(doc, "Organization")
    assert "Jordan" in typed(doc, "Country")


def test_seat_of_government_acts_for_its_state(run: Run) -> None:
    doc = run("The Kremlin criticised Finland on Tuesday.")
    assert ("CRITICIZED", "Russia", "Finland") in triples(doc)


@pytest.mark.parametrize(("text", "name"), [
    ("The Lake Tana Basin Authority urged Sudan to share data.", "Lake Tana Basin Authority"),
    ("The Alliance of Andean States urged Peru to share data.", "Alliance of Andean States"),
    ("The Central Asian Development Bank backed Mongolia.", "Central Asian Development Bank"),
    ("The Collective Security Treaty Organization criticised Russia.",
     "Collective Security Treaty Organization"),
])
def test_multiword_names_are_typed_by_their_head_word(run: Run, text: str,
                                                      name: str) -> None:
    doc = run(text)
    assert name in typed(doc, "Organization")
    assert not typed(doc, "Accord") and name not in typed(doc, "Place")


@pytest.mark.parametrize(("text", "name"), [
    ("The UN Environment Programme backed Kenya.", "UN Environment Programme"),
    ("The U.N. Environment Program backed Kenya.", "UN Environment Programme"),
    ("The United Nations Environment Programme backed Kenya.", "UN Environment Programme"),
])
def test_un_bodies_are_one_organisation_however_written(run: Run, text: str,
                                                        name: str) -> None:
    doc = run(text)
    assert typed(doc, "Organization") == {name}
    assert ("SUPPORTED", name, "Kenya") in triples(doc)


def test_acronym_the_ner_calls_an_organisation(run: Run) -> None:
    doc = run("Uganda pledged to disarm the CODECO, a militia active in the east.")
    assert "CODECO" in typed(doc, "Organization")


def test_towns_after_city_of_are_places(run: Run) -> None:
    doc = run("Rebels seized the eastern towns of Kamanyola and Uvira, and the leaders "
              "later met in the coastal city of Mar del Plata.")
    assert {"Kamanyola", "Uvira", "Mar del Plata"} <= typed(doc, "Place")


def test_bracketed_acronym_inside_a_treaty_name(run: Run) -> None:
    doc = run("Belarus pulled out of the Open Skies Consultative (OSC) Treaty on Tuesday.")
    assert "Open Skies Consultative Treaty" in typed(doc, "Accord")


def test_capital_naming_a_process_is_not_its_state(run: Run) -> None:
    doc = run("Kenya backed the Doha peace process on Monday.")
    assert "Qatar" not in typed(doc, "Country")
    assert not any(t == "Qatar" for _r, _s, t in triples(doc))


def test_congo_is_the_state_the_article_names_in_full() -> None:
    gaz = gazetteer()
    assert gaz.lookup_country("Democratic Republic of Congo") == "COD"
    assert gaz.lookup_country("Republic of Congo") == "COG"


@pytest.mark.parametrize(("text", "state"), [
    ("Congo and Rwanda signed a truce on Friday. The Democratic Republic of Congo accused "
     "Rwanda of backing the rebels.", "DR Congo"),
    ("Congo and Rwanda signed a truce on Friday.", "DR Congo"),
    ("The Republic of Congo and Gabon signed a truce on Friday. Congo then urged Gabon to "
     "open the border.", "Republic of the Congo"),
])
def test_bare_congo_follows_the_full_name(run: Run, text: str, state: str) -> None:
    doc = run(text)
    assert state in typed(doc, "Country")
    congos = {n for n in typed(doc, "Country") if "Congo" in n}
    assert congos == {state}


def test_dateline_state_yields_to_a_state_named_beside_the_title(run: Run) -> None:
    doc = run("LIMA, May 14 (Wire) -- Foreign Minister Rosa Quispe met envoys from "
              "Bolivia on the first visit from La Paz since President Jorge Mamani took "
              "office.")
    got = offices(doc)
    assert ("Rosa Quispe", "Peru") in got
    assert ("Jorge Mamani", "Peru") not in got


def test_an_apposed_description_and_an_acronym_are_the_same_treaty(run: Run) -> None:
    doc = run("Belarus pulled out of the Open Skies Consultative (OSC) Treaty, a landmark "
              "Cold War-era security pact, on Tuesday. Moldova then quit the OSC Treaty.")
    assert typed(doc, "Accord") == {"Open Skies Consultative Treaty"}
    got = triples(doc)
    assert ("WITHDREW_FROM", "Moldova", "Open Skies Consultative Treaty") in got


def test_an_alliance_named_pact_is_an_organisation(run: Run) -> None:
    doc = run("The treaty capped the tanks that NATO and the Warsaw Pact could deploy.")
    assert "Warsaw Pact" in typed(doc, "Organization")
    assert "Warsaw Pact" not in typed(doc, "Accord")


def places(doc: dict[str, Any]) -> set[str]:
    return typed(doc, "Place")


def test_a_capital_used_for_its_state_is_never_also_a_place(run: Run) -> None:
    venue = run("Kenya and Uganda signed a rail pact in Nairobi on Monday.")
    assert "Nairobi" in places(venue)
    both = run("Kenya and Uganda signed a rail pact in Nairobi on Monday. Nairobi said "
               "the line would open in 2027.")
    assert "Nairobi" not in places(both)
    assert "Kenya" in typed(both, "Country")


def test_a_dateline_capital_is_no_use_of_the_state(run: Run) -> None:
    doc = run("NAIROBI, May 14 (Wire) -- Kenya and Uganda held talks in Nairobi on Monday.")
    assert "Nairobi" in places(doc)


@pytest.mark.parametrize(("text", "region"), [
    ("Chile said the pipeline would bring stability to trade in Central Asia.",
     "Central Asia"),
    ("The deal could reshape alliances across a Middle East long split by rivalry.",
     "Middle East"),
    ("Norway said it would keep its tanks in Europe.", "Europe"),
])
def test_named_regions_are_places(run: Run, text: str, region: str) -> None:
    assert region in places(run(text))


@pytest.mark.parametrize("text", [
    "Brazil said the deal with Europe was fair.",
    "Fiji is a Pacific island nation of 900,000 people, Fiji's prime minister said.",
    "Saudi Crown Prince Salem bin Fahd voiced the Kingdom's full support for Jordan.",
    "Peru raised the case of Castillo, who fled to Mexico in 2023.",
    "The line would run to Kharan on the Afghan border, Pakistan said on Monday.",
])
def test_no_place_for_metonyms_descriptions_and_people(run: Run, text: str) -> None:
    got = places(run(text))
    assert not got & {"Europe", "Pacific island", "Kingdom", "Castillo", "Afghan border"}


def test_wire_credits_and_multi_city_datelines_name_no_place_or_home(run: Run) -> None:
    doc = run("LAGOS/ACCRA, May 3 (Reuters) - President Kofi Mensah said on Monday that "
              "talks with Togo would resume.\n"
              "Reporting by Ada Obi in Abuja; Editing by Tom Hart")
    assert "Abuja" not in places(doc)
    assert ("Kofi Mensah", "Nigeria") not in offices(doc)


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Kenya's ambassador in Tokyo, Jane Wambui, said the talks went well.",
     "Jane Wambui", "Kenya"),
    ("A spokesman for the Peruvian foreign ministry, Luis Ortega, said on Monday that "
     "Lima would respond.", "Luis Ortega", "Peru"),
    ("Li Wen, China's most senior diplomat, said the talks were frank.", "Li Wen", "China"),
    ("The Chilean Foreign Ministry said it had lodged a protest, and Foreign Minister Rosa "
     "Vidal cancelled a planned visit.", "Rosa Vidal", "Chile"),
    ("It was the first ministerial visit from Dhaka since President Rahim Uddin took "
     "office.", "Rahim Uddin", "Bangladesh"),
    ("Prime Minister Tom Baxter flew to Fiji on Monday, the first visit by an Australian "
     "prime minister since 2010.", "Tom Baxter", "Australia"),
])
def test_offices_read_from_the_words_around_the_title(run: Run, text: str, holder: str,
                                                       state: str) -> None:
    assert (holder, state) in offices(run(text))


def test_the_title_after_for_is_the_holders(run: Run) -> None:
    doc = run("A spokesperson for Foreign Minister Ana Lima of Brazil said the visit "
              "was off.")
    person = next(e for e in doc["entities"] if e["name"] == "Ana Lima")
    assert person["offices"][0]["title"] == "Foreign Minister"


def test_a_title_before_the_next_name_is_not_the_previous_persons(run: Run) -> None:
    doc = run("Deputy Prime Minister Omar Khan, Kazakh Foreign Minister Aidos Serik and "
              "Turkmen Foreign Minister Rashid Meredov signed the accord.")
    got = offices(doc)
    assert ("Aidos Serik", "Kazakhstan") in got
    assert ("Omar Khan", "Kazakhstan") not in got


def test_a_state_has_one_president(run: Run) -> None:
    doc = run("Peruvian President Ana Ruiz spoke with President Tom Hale on Monday. Peru "
              "and Mexico agreed to talk again. Mexico said Peru had been frank. Peru "
              "said Mexico had been fair.")  # (a kingdom such as Canada has no president)
    assert ("Tom Hale", "Mexico") in offices(doc)


def test_a_state_named_as_another_persons_office_is_not_the_guests(run: Run) -> None:
    doc = run("Crown Prince Fahd bin Nayef, Saudi Arabia's de facto leader, welcomed the "
              "Emir Sheikh Salem al-Sabah in Riyadh on Monday.")
    got = offices(doc)
    assert ("Fahd bin Nayef", "Saudi Arabia") in got
    assert ("Salem al-Sabah", "Saudi Arabia") not in got


def test_the_states_a_list_of_rulers_lead(run: Run) -> None:
    doc = run("The two countries are led by Colonel Ali Musa in Chad and General Idris "
              "Kabo in Sudan.")
    got = offices(doc)
    assert ("Ali Musa", "Chad") in got
    assert ("Idris Kabo", "Sudan") in got


def test_a_second_office_in_an_international_body(run: Run) -> None:
    doc = run("Ghanaian President Kwame Asante, the current African Union chairman, "
              "said the bloc would act.")
    got = offices(doc)
    assert ("Kwame Asante", "Ghana") in got
    assert ("Kwame Asante", "African Union") in got


@pytest.mark.parametrize(("text", "name"), [
    ("Chief Adviser Professor Karim Hossain met Indian Prime Minister Raj Mehta.",
     "Karim Hossain"),
    ("Senior General Aung Kyaw attended the summit in Bangkok on Friday.", "Aung Kyaw"),
    ("The Taliban's acting foreign minister, Amir Khan Wardak, met Pakistani Foreign "
     "Minister Ali Shah on Monday.", "Amir Khan Wardak"),
])
def test_ranks_are_not_part_of_a_name_but_a_given_name_is(run: Run, text: str,
                                                            name: str) -> None:
    assert name in typed(run(text), "Person")


@pytest.mark.parametrize(("text", "org"), [
    ("Ecowas urged Guinea to hold elections.", "ECOWAS"),
    ("Leaders of the seven-member Bimstec met in Colombo.", "BIMSTEC"),
    ("The nationalist SDP-BHS party won the vote, Bosnia said.", "SDP-BHS"),
    ("The deal must still be ratified by the Knesset, Israel said.", "Knesset"),
    ("Omar Sylla, president of the ECOWAS Commission, spoke first.", "ECOWAS Commission"),
])
def test_acronyms_parliaments_and_commissions_are_organisations(run: Run, text: str,
                                                                 org: str) -> None:
    assert org in typed(run(text), "Organization")


@pytest.mark.parametrize(("text", "accord"), [
    ("Chile and Peru agreed to revive a 1998 accord on trade and investment.",
     "1998 accord on trade and investment"),
    ("Oman and Yemen will activate a security cooperation agreement signed in 2001.",
     "security cooperation agreement"),
    ("The United States announced a ceasefire between Armenia and Azerbaijan on Monday.",
     "ceasefire between Armenia and Azerbaijan"),
])
def test_accords_named_by_topic_date_or_parties(run: Run, text: str, accord: str) -> None:
    assert accord in typed(run(text), "Accord")


def test_a_visitor_named_anywhere_is_not_from_the_dateline_state(run: Run) -> None:
    doc = run("QUITO, May 14 (Wire) -- Foreign Minister Ana Lopez, who arrived in Quito on "
              "Tuesday, met President Luis Mora. Peru and Ecuador signed a trade pact.")
    got = offices(doc)
    assert ("Luis Mora", "Ecuador") in got
    assert ("Ana Lopez", "Ecuador") not in got


def test_a_title_only_one_state_uses_names_that_state(run: Run) -> None:
    doc = run("LIMA, May 14 (Wire) -- Secretary of State Tom Reed said he had suspended "
              "visa processing, and Foreign Minister Rosa Quispe said Peru would respond.")
    got = offices(doc)
    assert ("Tom Reed", "United States") in got
    assert ("Rosa Quispe", "Peru") in got


def test_kosovo_is_a_state(run: Run) -> None:
    doc = run("Kosovar Prime Minister Arben Krasniqi met Serbian President Milan Jovic in "
              "Brussels on Monday.")
    assert ("Arben Krasniqi", "Kosovo") in offices(doc)


def test_a_demonym_and_a_portfolio_the_ner_calls_a_person_are_no_person(run: Run) -> None:
    doc = run("Moldovan Defence Minister Ion Rusu met Chadian Defence Minister Abakar Tahir "
              "in Chisinau.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert people == {"Ion Rusu", "Abakar Tahir"}


def test_the_holder_of_a_named_office_is_the_current_surest_one(run: Run) -> None:
    doc = run("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi "
              "on Monday. Uganda's Aaron Obbo also attended. Later, Ruto visited former "
              "Ugandan President Abel Kato. Ruto criticized Uganda's president over fuel "
              "tariffs.")
    assert ("CRITICIZED", "William Ruto", "Yoweri Museveni") in triples(doc)
    kato = next(e for e in doc["entities"] if e["name"] == "Abel Kato")
    assert "Former President" in str(kato)  # the office he held, marked as held no more
    assert not {("CRITICIZED", "William Ruto", p) for p in ("Abel Kato", "Aaron Obbo")} & \
        triples(doc)
