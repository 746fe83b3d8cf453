"""Session 33 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.namecues import brief_title
from tests.unit.conftest import Run, accord_names, offices, triples


def test_a_name_the_ner_runs_into_an_envoys_brief_is_a_person(run: Run) -> None:
    doc = run("Norway's Special Envoy for Myanmar Anders Holte met the junta's officials.\n")
    assert ("Anders Holte", "Norway") in offices(doc)


def test_the_state_an_envoy_is_sent_for_does_not_own_his_office(run: Run) -> None:
    doc = run("Russian Presidential Special Envoy for Afghanistan Zamir Kabulov met Taliban "
              "officials in Kabul on Monday.\n")
    assert ("Zamir Kabulov", "Afghanistan") not in offices(doc)


def test_a_self_governing_territorys_demonym_and_capital_name_it(run: Run) -> None:
    doc = run("The Faroese Minister of Fisheries Jens Olsen met Greenland's premier, Hans "
              "Enoksen, in Nuuk on Monday. Nuuk said the talks went well.\n")
    assert ("Jens Olsen", "Faroe Islands") in offices(doc)
    assert ("Hans Enoksen", "Greenland") in offices(doc)


def test_a_hyphenated_co_operation_stays_one_word_of_an_accords_name(run: Run) -> None:
    doc = run("Chile and Peru signed a memorandum of understanding on fisheries co-operation "
              "on Thursday.\n")
    assert any(name.endswith("fisheries co-operation") for name in accord_names(doc))


def test_the_four_leaders_are_not_the_last_four_people_named_apart(run: Run) -> None:
    doc = run("President Joe Biden met Kazakh President Kassym-Jomart Tokayev and Uzbek "
              "President Shavkat Mirziyoyev on Tuesday in New York. Russian Foreign Ministry "
              "spokeswoman Maria Zakharova accused Washington of meddling. Secretary of State "
              "Antony Blinken visited Astana in February. China, meanwhile, hosted the four "
              "leaders at its own summit in May.\n", published=date(2023, 9, 20))
    assert not {t for t in triples(doc, "MET_WITH") if "Maria Zakharova" in t}


def test_a_weekday_of_a_meeting_still_to_come_sets_no_story_day(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi will meet his Ugandan counterpart "
              "Jeje Odongo in Kampala on Monday. Mudavadi pledged support to Uganda for the "
              "railway.\n", published=date(2025, 8, 31))  # (a Sunday)
    assert {f["date"] for f in doc["facts"] if f["rel"] == "PLEDGED"} == {"2025-08-31"}


def test_a_day_heading_with_a_note_of_the_pages_clock_dates_its_entries(run: Run) -> None:
    doc = run("LIVE: leaders gather in Tianjin\n\nSaturday, 30 August 2025 - all times local "
              "(GMT+8)\n\n10:20\nChinese President Xi Jinping held talks with Kazakh President "
              "Kassym-Jomart Tokayev. The formal sessions open on Monday.\n",
              published=date(2025, 8, 31))
    met = [f for f in doc["facts"] if f["rel"] == "MET_WITH"]
    assert met and {f["date"] for f in met} == {"2025-08-30"}


def test_the_turkish_cypriot_leader_holds_the_office_of_northern_cyprus(run: Run) -> None:
    doc = run("Turkish Cypriot leader Ersin Tatar met Cypriot President Nikos Christodoulides "
              "at the UN compound on Monday.\n")
    assert ("Ersin Tatar", "Turkish Republic of Northern Cyprus") in offices(doc)
    assert ("Nikos Christodoulides", "Cyprus") in offices(doc)


def test_a_weekday_someone_said_he_would_act_on_sets_no_story_day(run: Run) -> None:
    doc = run("Cypriot President Nikos Christodoulides condemned Turkey's call to recognise "
              "the breakaway north. He said he would raise the matter in his own speech on "
              "Wednesday.\n", published=date(2024, 9, 24))  # (a Tuesday)
    assert {f["date"] for f in doc["facts"] if f["rel"] == "CRITICIZED"} == {"2024-09-24"}


def test_both_given_names_the_ner_left_out_of_a_four_part_name_are_kept(run: Run) -> None:
    doc = run("The foreign minister received the UN envoy on Cyprus, Ms Ana Lucía Holguín "
              "Pérez, who is on her second visit to the island.\n")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Ana Lucía Holguín Pérez" in people


def test_a_state_named_in_passing_does_not_stop_a_description_naming_its_person(
        run: Run) -> None:
    doc = run("Recep Tayyip Erdogan's state visit to Hungary this week was meant to show that "
              "nothing has changed between Ankara and Budapest.\n\nThe Turkish president "
              "landed in Budapest on Wednesday and was met at the airport by Viktor Orban.\n",
              published=date(2024, 11, 29))
    assert ("Recep Tayyip Erdogan", "Turkey") in offices(doc)


def test_a_dateline_with_an_ordinal_day_gives_the_story_its_home_state(run: Run) -> None:
    doc = run("DOHA, 3rd February, 2025 (QNA) -- The meeting was attended by Ahmed bin "
              "Rashid Al Kuwari, Minister of Transport, and other officials.\n",
              published=date(2025, 2, 3))
    assert ("Ahmed bin Rashid Al Kuwari", "Qatar") in offices(doc)


def test_an_untagged_name_joined_to_a_persons_and_set_off_by_an_office_is_a_person(
        run: Run) -> None:
    doc = run("Norwegian Trade Minister Marianne Sivertsen Naess and Ilya Shestakov, head of "
              "the Russian fisheries agency, met in Murmansk on Monday.\n")
    assert ("Ilya Shestakov", "Russia") in offices(doc)
    assert triples(doc, "MET_WITH")


def test_every_titled_name_listed_before_the_verb_is_its_subject(run: Run) -> None:
    doc = run("Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik "
              "President Emomali Rahmon and Turkmen President Serdar Berdimuhamedov also "
              "signed the treaty.\n")
    signers = {t[1] for t in triples(doc, "SIGNED")}
    assert {"Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon",
            "Serdar Berdimuhamedov"} <= signers


def test_stressing_ones_state_would_stand_by_another_backs_it_and_promises_to(
        run: Run) -> None:
    doc = run("Italian Foreign Minister Antonio Tajani stressed that Italy would always stand "
              "by Albania.\n")
    assert ("PLEDGED", "Antonio Tajani", "Albania") in triples(doc, "PLEDGED")
    assert ("SUPPORTED", "Antonio Tajani", "Albania") in triples(doc, "SUPPORTED")


def test_voicing_a_states_rejection_of_anothers_policy_criticises_it(run: Run) -> None:
    doc = run("Egyptian Foreign Minister Badr Abdelatty reiterated Egypt's rejection of "
              "Ethiopia's unilateral policies on the river.\n")
    assert ("CRITICIZED", "Badr Abdelatty", "Ethiopia") in triples(doc, "CRITICIZED")


def test_trinidad_alone_names_the_state_of_trinidad_and_tobago(run: Run) -> None:
    doc = run("Trinidad's Minister of Foreign and CARICOM Affairs Sean Sobers said the "
              "government had received no notice.\n")
    assert ("Sean Sobers", "Trinidad and Tobago") in offices(doc)


def test_an_owners_acronym_in_brackets_before_the_title_keeps_the_owner(run: Run) -> None:
    doc = run("Turkish Republic of Northern Cyprus (TRNC) President Tufan Erhurman paid his "
              "first visit to Ankara on Monday.\n")
    assert ("Tufan Erhurman", "Turkish Republic of Northern Cyprus") in offices(doc)


def test_a_title_of_a_states_unnamed_body_is_an_office_of_the_state(run: Run) -> None:
    doc = run("He received Kenya's Speaker of the National Assembly Moses Wetangula in "
              "Ankara on Monday.\n")
    assert ("Moses Wetangula", "Kenya") in offices(doc)


# Guards the session's review asked for: each failed on the rule as first written.


def test_a_news_agency_in_brackets_after_a_dateline_city_is_no_owners_acronym(
        run: Run) -> None:
    doc = run("MOSCOW (TASS) President Cyril Ramaphosa arrived in Moscow on Monday.\n")
    assert ("Cyril Ramaphosa", "South Africa") in offices(doc)
    assert ("Cyril Ramaphosa", "Russia") not in offices(doc)


def test_a_weekday_someone_said_he_would_travel_on_is_the_nearer_one(run: Run) -> None:
    doc = run("Russian President Vladimir Putin said he would travel to Beijing on Tuesday. "
              "Putin and Chinese President Xi Jinping signed a joint statement.\n",
              published=date(2024, 5, 16))  # (a Thursday: Tuesday two days before)
    assert {f["date"] for f in doc["facts"] if f["rel"] == "SIGNED"} == {"2024-05-14"}


def test_a_dash_and_a_phrase_with_a_zone_code_in_lower_case_make_no_day_heading(
        run: Run) -> None:
    doc = run("Friday, 10 May 2024 - the food we eat\n\nKenyan President William Ruto met "
              "Ugandan President Yoweri Museveni on Tuesday.\n", published=date(2024, 5, 16))
    assert {f["date"] for f in doc["facts"] if f["rel"] == "MET_WITH"} == {"2024-05-14"}


def test_a_description_two_sentences_after_an_untitled_name_gives_him_no_office(
        run: Run) -> None:
    doc = run("Mehmet Simsek met foreign investors in London on Tuesday. Markets rallied "
              "after the meeting. The Turkish president later criticised Israel over Gaza.\n")
    assert ("Mehmet Simsek", "Turkey") not in offices(doc)


def test_standing_by_another_on_a_condition_is_no_pledge(run: Run) -> None:
    doc = run("Kenyan President William Ruto said Kenya would continue to stand by Somalia if "
              "it held elections.\n")
    assert not triples(doc, "PLEDGED")


def test_a_title_of_a_regional_body_is_no_office_of_the_state_named_before(
        run: Run) -> None:
    doc = run("He received Egypt's President of the Arab Parliament Adel Al Asoomi in Cairo "
              "on Monday.\n")
    assert ("Adel Al Asoomi", "Egypt") not in offices(doc)


def test_an_envoys_brief_may_name_a_state_of_three_words(nlp: Language) -> None:
    doc = nlp("Special Envoy for Papua New Guinea Anna Berg met the premier.")
    start = next(t.i for t in doc if t.text == "Anna")
    assert brief_title(doc, start, gazetteer())
