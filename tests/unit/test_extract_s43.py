"""Session 43 rules, one phenomenon per test, on invented articles. Each rule's test fails
without its rule and each guard's when its condition is removed; the last few pin cases a
review raised (a long first name after 'among them', 'stood together with'), which the
parser already read right."""

from __future__ import annotations

from dipgraph.loaders.extract.body import find_body
from tests.unit.conftest import Run, offices, pairs, titles, triples


def test_between_the_parties_after_an_accords_own_words_is_no_part_of_its_name(
        run: Run) -> None:
    doc = run("NAIROBI - Kenya and Uganda signed a border security protocol between Kenya "
              "and Uganda on Monday. Officials said the protocol would take effect in May.\n")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"border security protocol"}


def test_between_the_parties_after_a_bare_accord_word_stays_in_its_name(run: Run) -> None:
    doc = run("NAIROBI - Kenya and Uganda signed an agreement between Kenya and Uganda on "
              "Monday.\n")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"agreement between Kenya and Uganda"}



def test_who_took_over_a_bodys_chairmanship_chairs_the_body(run: Run) -> None:
    doc = run("LUSAKA - Zambian President Hakainde Hichilema, who took over the rotating SADC "
              "chairmanship in August, said the region would not accept coups.\n")
    assert ("Hakainde Hichilema", "Southern African Development Community", "Chairman") in \
        titles(doc)


def test_who_holds_the_rotating_chairmanship_of_a_body_chairs_it(run: Run) -> None:
    doc = run("NOUAKCHOTT - Mauritanian President Mohamed Ould Ghazouani, who holds the "
              "rotating chairmanship of the African Union, spoke on Monday.\n")
    assert ("Mohamed Ould Ghazouani", "African Union", "Chairman") in titles(doc)


def test_who_holds_a_rotating_presidency_holds_no_office_of_the_body(run: Run) -> None:
    doc = run("BUDAPEST - Hungarian Prime Minister Viktor Orban, who holds the rotating "
              "presidency of the European Union, spoke on Monday.\n")
    assert offices(doc) == {("Viktor Orban", "Hungary")}


def test_taking_a_chairmanship_without_over_is_no_office(run: Run) -> None:
    doc = run("LUSAKA - Zambian President Hakainde Hichilema, who took the SADC chairmanship "
              "seriously, spoke on Monday.\n")
    assert offices(doc) == {("Hakainde Hichilema", "Zambia")}


def test_who_chairs_a_body_is_its_chair(run: Run) -> None:
    doc = run("ARUSHA - Kenyan President William Ruto, who chairs the East African Community, "
              "spoke on Monday.\n")
    assert ("William Ruto", "East African Community", "Chair") in titles(doc)


def test_the_chairman_of_the_n_nation_bloc_chairs_the_bloc_the_story_named(run: Run) -> None:
    doc = run("LUSAKA - SADC leaders met on Monday. Zambian President Hakainde Hichilema, the "
              "current chairman of the 16-nation bloc, opened the summit.\n")
    assert ("Hakainde Hichilema", "Southern African Development Community") in offices(doc)


def test_a_companion_along_with_the_subject_is_no_stand_with(run: Run) -> None:
    doc = run("MOSCOW - Syrian President Bashar al-Assad spoke on Monday. Belarus, along with "
              "Iran, has stood by Assad.\n")
    assert triples(doc, "SUPPORTED") == {("SUPPORTED", "Belarus", "Bashar al-Assad"),
                                         ("SUPPORTED", "Iran", "Bashar al-Assad")}


def test_a_companion_does_not_hide_the_verbs_own_with(run: Run) -> None:
    doc = run("MOSCOW - Belarus, along with Iran, stood with Syria.\n")
    assert triples(doc, "SUPPORTED") == {("SUPPORTED", "Belarus", "Syria"),
                                         ("SUPPORTED", "Iran", "Syria")}


def test_the_secretary_of_state_is_the_one_holder_of_that_title(run: Run) -> None:
    doc = run("LIMA - US Secretary of State Carla Mendes met Peru's President Jose Rivas on "
              "Friday. Foreign Minister Luis Bravo said the visit was historic. The Secretary "
              "of State then travelled to Ecuador.\n")
    assert triples(doc, "VISITED") == {("VISITED", "Carla Mendes", "Ecuador")}


def test_the_secretary_of_another_department_is_not_the_secretary_of_state(run: Run) -> None:
    doc = run("LIMA - US Secretary of State Carla Mendes met Peru's President Jose Rivas on "
              "Friday. The Secretary of Commerce then travelled to Ecuador.\n")
    assert triples(doc, "VISITED") == set()


def test_a_body_the_ner_left_unnamed_is_part_of_the_title_and_its_state_the_owner(
        run: Run) -> None:
    doc = run("VIENTIANE - Hun Sen and General Soe Win, Chairman of the Military "
              "Administration Council of Laos, held talks on Friday.\n")
    assert ("Soe Win", "Laos", "Chairman of Military Administration Council") in titles(doc)


def test_a_capitalised_run_that_ends_in_no_body_word_is_no_title(run: Run) -> None:
    doc = run("VIENTIANE - Hun Sen and General Soe Win, Chairman of the Golden Lotus Holdings "
              "of Laos, held talks on Friday.\n")
    assert not any("Golden" in title for _, _, title in titles(doc))


def test_an_iso_code_in_the_text_names_no_state(run: Run) -> None:
    doc = run("TAIPEI - MAC spokesman Lin Wei-min said on Monday that the drills were a "
              "provocation.\n")
    assert offices(doc) == set()


def test_usa_in_the_text_still_names_the_united_states(run: Run) -> None:
    doc = run("GENEVA - The USA and Canada signed the Lake Charter on Monday.\n")
    assert ("SIGNED", "United States", "Lake Charter") in triples(doc, "SIGNED")


def test_a_passive_conjunct_takes_the_shared_subject_as_its_patient(run: Run) -> None:
    doc = run("MINSK - Minsk has rejected the ruling and is backed by Moscow.\n")
    assert ("SUPPORTED", "Russia", "Belarus") in triples(doc, "SUPPORTED")


def test_a_passive_conjunct_with_its_own_subject_keeps_it(run: Run) -> None:
    doc = run("MINSK - Minsk has rejected the ruling, and Ukraine is backed by Moscow.\n")
    assert triples(doc, "SUPPORTED") == {("SUPPORTED", "Russia", "Ukraine")}


def test_states_a_group_subject_includes_act_with_it(run: Run) -> None:
    doc = run("LA PAZ - Opposition leader Luis Camacho declared himself interim president on "
              "Monday. Several governments, including Peru and Chile, recognized Camacho as "
              "interim leader.\n")
    assert pairs(doc, "SUPPORTED") == {("Peru", "Luis Camacho"), ("Chile", "Luis Camacho")}


def test_states_named_among_them_after_a_subject_act_with_it(run: Run) -> None:
    doc = run("LA PAZ - Opposition leader Luis Camacho declared himself interim president on "
              "Monday. Canada and a string of Latin American governments, among them Peru, "
              "Ecuador and Chile, recognized Camacho as interim leader.\n")
    assert pairs(doc, "SUPPORTED") == {("Canada", "Luis Camacho"), ("Peru", "Luis Camacho"),
                                       ("Ecuador", "Luis Camacho"), ("Chile", "Luis Camacho")}


def test_saying_anothers_words_were_inappropriate_criticizes_them(run: Run) -> None:
    doc = run("OSLO - Norwegian Prime Minister Jonas Lund said on Monday that Chinese Foreign "
              "Minister Li Wen's remarks were inappropriate.\n")
    assert pairs(doc, "CRITICIZED") == {("Jonas Lund", "Li Wen")}


def test_saying_anothers_accession_was_an_encroachment_criticizes_it(run: Run) -> None:
    doc = run("MOSCOW - Kremlin spokesman Ivan Orlov said Norway's accession was an "
              "encroachment on Russia's security.\n")
    assert pairs(doc, "CRITICIZED") == {("Ivan Orlov", "Norway")}


def test_an_unknown_wire_code_after_a_dateline_date_closes_the_dateline() -> None:
    body = find_body("BRIDGETOWN, Barbados, Mar 27, CMC \u2013 Jamaican Foreign Minister "
                     "Kamina Smith on Thursday warned Venezuela against any attack on Guyana.")
    assert (body.dateline_city, body.dateline_agency) == ("BRIDGETOWN", "CMC")


def test_a_state_code_after_a_dateline_date_is_no_wire() -> None:
    body = find_body("WASHINGTON, March 5, US - China trade talks resumed on Monday.")
    assert body.dateline is None


def test_a_retaliation_told_of_another_beside_a_statement_is_no_threat_of_the_speaker(
        run: Run) -> None:
    doc = run("OSLO - Norwegian Prime Minister Jonas Lund said on Monday that Norway will not "
              "abandon its commitment to Finland, as Russia began drills and imposed penalties "
              "in retaliation for the visit.\n")
    assert triples(doc, "WARNED") == set()


def test_a_retaliation_in_a_clause_with_no_subject_of_its_own_is_the_speakers_threat(
        run: Run) -> None:
    doc = run("MOSCOW - Russian Deputy Foreign Minister Ivan Orlov said Moscow will act firmly, "
              "retaliating against any deployment in Norway.\n")
    assert pairs(doc, "WARNED") == {("Ivan Orlov", "Norway")}


def test_a_meeting_that_was_called_off_is_no_meeting(run: Run) -> None:
    doc = run("WASHINGTON - A meeting between Kenyan President Paul Otieno and Somali President "
              "Ali Hassan at the White House, planned for June 27, was called off.\n")
    assert triples(doc, "MET_WITH") == set()


def test_a_cancelled_trip_is_no_visit(run: Run) -> None:
    doc = run("BRASILIA - Brazilian President Carlos Lima cancelled his trip to Kazan after an "
              "injury.\n")
    assert triples(doc, "VISITED") == set()


def test_a_desire_for_a_meeting_is_no_meeting(run: Run) -> None:
    doc = run("HANOI - The minister said there was a strong desire on both sides for a meeting "
              "between Kenyan President Paul Otieno and Somali President Ali Hassan.\n")
    assert triples(doc, "MET_WITH") == set()


def test_the_agreement_after_the_one_accord_named_is_that_accord_however_far(
        run: Run) -> None:
    doc = run("DOHA - Kenya and Somalia agreed to an immediate ceasefire on Saturday. The two "
              "sides also agreed to hold follow-up meetings in the coming days. The Kenyan "
              "delegation was led by Defence Minister Paul Otieno. The Somali side was headed "
              "by Defence Minister Ali Hassan. Otieno and Hassan signed the agreement in the "
              "presence of Qatari mediators.\n")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"immediate ceasefire"}


def test_the_agreement_far_after_two_accords_is_neither(run: Run) -> None:
    doc = run("DOHA - Kenya and Somalia agreed to an immediate ceasefire on Saturday. They also "
              "adopted a joint declaration. The two sides agreed to hold follow-up meetings in the "
              "coming days. The Kenyan delegation was led by Defence Minister Paul Otieno. "
              "The Somali side was headed by Defence Minister Ali Hassan. Otieno and Hassan "
              "signed the agreement in the presence of Qatari mediators.\n")
    assert {t for s, t in pairs(doc, "SIGNED") if s == "Paul Otieno"} == {"agreement"}


def test_an_act_another_is_expected_to_do_is_not_done(run: Run) -> None:
    doc = run("ANKARA - Erdogan said Turkey expected Russia and Iran to support its fight "
              "against terrorism.\n")
    assert triples(doc, "SUPPORTED") == set()


def test_states_one_considers_to_be_allies_are_allies(run: Run) -> None:
    doc = run("COPENHAGEN - \"I still consider Denmark and the United States to be close "
              "allies,\" the minister said.\n")
    assert ("ALLY_OF", "Denmark", "United States") in triples(doc, "ALLY_OF")


def test_expecting_another_state_to_support_you_asks_it_to(run: Run) -> None:
    doc = run("ANKARA - Turkish President Kemal Aydin said Turkey expected Russia and Iran to "
              "support its fight against terrorism.\n")
    assert pairs(doc, "REQUESTED") == {("Kemal Aydin", "Russia"), ("Kemal Aydin", "Iran")}


def test_a_reduced_relative_agreed_names_no_agreement_of_the_clause_subject(
        run: Run) -> None:
    doc = run("BAMAKO - Russian Foreign Minister Ivan Orlov said Moscow supported the efforts of "
              "the Malian authorities to hold elections in line with the timetable agreed with "
              "ECOWAS.\n")
    assert triples(doc, "AGREED") == set()


def test_an_agreement_after_a_noun_with_its_own_subject_still_counts(run: Run) -> None:
    doc = run("BAMAKO - Mali will hold elections in 2024 after the Malian government agreed "
              "with ECOWAS on a new timetable.\n")
    assert pairs(doc, "AGREED") == {("Mali", "ECOWAS")}


def test_each_state_of_a_listed_office_repeated_with_of_gives_its_holder(run: Run) -> None:
    doc = run("LIMA - The foreign ministers of Chile, Alberto Soto, and of Peru, Javier "
              "Gonzalez, met on Thursday.\n")
    assert offices(doc) == {("Alberto Soto", "Chile"), ("Javier Gonzalez", "Peru")}


def test_a_deal_scrapped_later_was_still_agreed_between_its_parties(run: Run) -> None:
    doc = run("WASHINGTON - Trump scrapped the 2015 deal between Iran and the United States in "
              "2018.\n")
    assert pairs(doc, "AGREED") == {("Iran", "United States")}


def test_a_companion_after_the_verb_is_a_stand_with(run: Run) -> None:
    doc = run("MINSK - Belarus stood together with Syria on Monday.\n")
    assert pairs(doc, "SUPPORTED") == {("Belarus", "Syria")}


def test_states_named_among_them_count_from_the_first_word_of_a_long_name(run: Run) -> None:
    doc = run("LA PAZ - Opposition leader Luis Camacho declared himself interim president on "
              "Monday. Canada and other governments, among them the United States and Chile, "
              "recognized Camacho as interim leader.\n")
    assert ("United States", "Luis Camacho") in pairs(doc, "SUPPORTED")


def test_expecting_another_state_to_back_a_third_is_a_forecast(run: Run) -> None:
    doc = run("WASHINGTON - US officials said Washington expects Beijing to back Moscow.\n")
    assert triples(doc, "REQUESTED") == set()
