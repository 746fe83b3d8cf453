"""Session-23 readings: portfolios listed with commas, royal styles, officers named by rank
and state, accords named by what they establish, and colleagues of one state who do not
meet each other. Invented sentences."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dipgraph.loaders.extract.body import find_body
from dipgraph.loaders.extract.dates import sentence_dates
from tests.unit.conftest import Run, accord_names, dated, offices, triples


def persons(doc: dict[str, object]) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["type"] == "Person"}  # type: ignore[attr-defined,index]


def test_a_listed_portfolio_the_ner_calls_a_body_is_no_person(run: Run) -> None:
    doc = run("The agreements were signed by Minister of Foreign Affairs, African Cooperation "
              "and Moroccan Expatriates Nasser Bourita and his French counterpart Jean-Noel "
              "Barrot.")
    assert "African Cooperation" not in persons(doc)
    assert ("Nasser Bourita", "Morocco") in offices(doc)


def test_a_portfolio_listed_with_commas_and_a_demonym_stays_in_the_title(run: Run) -> None:
    doc = run("The accords were signed by Minister of Foreign Affairs, Regional Integration "
              "and Ghanaian Abroad Kofi Mensah and his Togolese counterpart Ama Dogbe.")
    assert "Kofi Mensah" in persons(doc)
    assert "Regional Integration" not in persons(doc)
    assert ("Kofi Mensah", "Ghana") in offices(doc)
    title = next(f["title"] for f in doc["facts"]
                 if f["rel"] == "HOLDS_OFFICE" and f["source"] == "Kofi Mensah")
    assert title == "Minister of Foreign Affairs, Regional Integration and Ghanaian Abroad"


def test_royal_styles_abbreviated_are_no_organization(run: Run) -> None:
    doc = run("King Hassan of Freedonia was accompanied by HRH Crown Prince Omar Hassan when "
              "he received Ghanaian President Kofi Mensah in Accra on Monday.")
    orgs = {e["name"] for e in doc["entities"] if e["type"] == "Organization"}
    assert "HRH" not in orgs
    assert "Omar Hassan" in persons(doc)


def test_head_of_government_is_no_given_name(run: Run) -> None:
    doc = run("Ghana and Togo signed a trade deal in Accra on Monday. Head of Government Kofi "
              "Mensah and several members of the Togolese delegation attended the ceremony.")
    assert "Kofi Mensah" in persons(doc)
    assert "Government Kofi Mensah" not in persons(doc)


def test_an_officer_named_by_rank_and_state_holds_office_there(run: Run) -> None:
    doc = run("General Ali Musa of Niger, Captain Omar Sidibe of Mali and Colonel Paul Kabore "
              "of Chad met in Niamey on Saturday.")
    assert {("Ali Musa", "Niger"), ("Omar Sidibe", "Mali"), ("Paul Kabore", "Chad")} <= \
        offices(doc)


def test_a_professor_of_a_state_holds_no_office_there(run: Run) -> None:
    doc = run("Professor Ali Musa of Niger met Ghanaian President Kofi Mensah in Accra on "
              "Saturday.")
    assert ("Ali Musa", "Niger") not in offices(doc)


def test_a_treaty_establishing_a_named_body_is_named_by_it(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah and Togolese President Ama Dogbe signed a "
              "treaty establishing a Confederation of Gulf of Guinea States on Saturday.")
    name = "treaty establishing a Confederation of Gulf of Guinea States"
    assert accord_names(doc) == [name]
    assert ("SIGNED", "Kofi Mensah", name) in triples(doc)


def test_officials_of_one_state_who_join_talks_do_not_meet_each_other(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah met Togolese President Ama Dogbe in Lome on "
              "Monday. On the Ghanaian side, Ghanaian Foreign Minister Yaw Boateng and Finance "
              "Minister Esi Owusu joined the talks.")
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert frozenset(("Kofi Mensah", "Ama Dogbe")) in met
    assert frozenset(("Yaw Boateng", "Esi Owusu")) not in met
    assert frozenset(("Yaw Boateng", "Kofi Mensah")) not in met


def test_a_pronoun_read_as_a_colleague_of_the_one_met_gives_no_meeting(run: Run) -> None:
    doc = run("Chinese Premier Li Wei arrived in Accra on Sunday for talks with Ghanaian "
              "President Kofi Mensah. For Mensah, the visit returns a favour. Last year he "
              "travelled to Beijing, where he met Chinese President Zhang Min.")
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert frozenset(("Li Wei", "Zhang Min")) not in met


def test_a_state_in_reports_a_spokesman_dismisses_is_not_his(run: Run) -> None:
    doc = run("Iranian Foreign Minister Ali Rezaei spoke by phone with Omani Foreign Minister "
              "Said Harthi on Sunday. Foreign Ministry spokesman Reza Karimi told reporters "
              "on Monday that the venue has not been finalised, dismissing some media "
              "reports that Italy would host it.")
    assert ("Reza Karimi", "Italy") not in offices(doc)
    doc = run("Iranian Foreign Minister Ali Rezaei spoke by phone with Omani Foreign Minister "
              "Said Harthi on Sunday. Foreign Ministry spokesman Reza Karimi told reporters "
              "on Monday that the venue has not been finalised and denied reports that "
              "Italy would host it.")
    assert ("Reza Karimi", "Italy") not in offices(doc)


def test_a_bare_foreign_ministry_is_the_datelines_states(run: Run) -> None:
    doc = run("ACCRA, May 6 (GNA) -- Ghanaian Foreign Minister Kofi Mensah spoke by phone "
              "with Togolese Foreign Minister Ama Dogbe and Beninese Foreign Minister Paul "
              "Hounkpe on Sunday.\n\nThe Foreign Ministry said in a statement on Monday that "
              "talks would resume. Foreign Ministry spokesman Yaw Boateng told reporters "
              "that no venue had been chosen.")
    assert ("Yaw Boateng", "Ghana") in offices(doc)
    assert not any(s == "Yaw Boateng" and t == "Foreign Ministry" for s, t in offices(doc))


def test_a_town_the_ner_calls_a_person_is_a_place_one_travels_to(run: Run) -> None:
    doc = run("French Foreign Minister Jean Dupont met Chadian President Ali Musa in "
              "N'Djamena on Thursday. Dupont also travelled to Adre on the Sudanese border.")
    assert ("VISITED", "Jean Dupont", "Adre") in triples(doc)
    assert "Adre" not in persons(doc)


def test_memoranda_on_cooperation_in_listed_fields_are_one_set(run: Run) -> None:
    doc = run("Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Ama Dogbe "
              "signed memoranda of understanding on cooperation in the fields of mining, "
              "trade and investment promotion, and arts and culture on Monday.")
    assert len(accord_names(doc)) == 1


def test_a_leader_threatening_one_of_his_states_allies_does_not_warn_his_state(
        run: Run) -> None:
    doc = run("The standoff ended after Ghanaian President Kofi Mensah threatened sweeping "
              "tariffs against one of Accra's closest allies in West Africa.")
    assert ("Kofi Mensah", "Ghana") in offices(doc)
    assert not any(rel == "WARNED" and t == "Ghana" for rel, _, t in triples(doc))


def test_a_warning_with_no_one_warned_is_at_the_one_other_state_named(run: Run) -> None:
    doc = run("Moscow reacted angrily. Russian Foreign Ministry spokeswoman Anna Petrova said "
              "the decision by Reykjavik destroys all cooperation and warned that hostile "
              "actions would receive a response.")
    assert ("WARNED", "Anna Petrova", "Iceland") in triples(doc)


def test_a_general_warning_in_a_sentence_of_two_other_states_is_at_no_one(run: Run) -> None:
    doc = run("Russian Foreign Ministry spokeswoman Anna Petrova said Iceland and Norway had "
              "erred and warned that hostile actions would receive a response.")
    assert not any(rel == "WARNED" for rel, _, _ in triples(doc))


def test_a_contact_clause_after_an_accord_of_principles_names_its_signers(run: Run) -> None:
    doc = run("Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Ama Dogbe "
              "signed a peace agreement on Friday. The accord builds on a declaration of "
              "principles the two ministers signed in Accra in April, in which both sides "
              "committed to draft a peace deal and recognised each other's sovereignty.")
    assert {("SIGNED", "Kofi Mensah", "declaration of principles"),
            ("SIGNED", "Ama Dogbe", "declaration of principles")} <= triples(doc)


def test_a_state_that_remains_committed_to_helping_another_pledges_to_it(run: Run) -> None:
    doc = run("Ghana remains committed to helping Togo restore peace and stability.")
    assert ("PLEDGED", "Ghana", "Togo") in triples(doc)
    doc = run("Ghana remained committed to maintaining constructive relations with Togo.")
    assert ("PLEDGED", "Ghana", "Togo") in triples(doc)


def test_a_commitment_to_a_partnership_with_a_state_is_a_pledge_to_it(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah met Togolese President Ama Dogbe in Lome on "
              "Thursday. Mensah reaffirmed Ghana's commitment to an exemplary partnership "
              "with Togo.")
    assert ("PLEDGED", "Kofi Mensah", "Togo") in triples(doc)


def test_a_pledge_after_a_call_in_the_same_sentence_is_to_the_one_called(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah spoke by phone with Togolese President Ama Dogbe "
              "on Tuesday, pledging that his country would place all its capabilities at "
              "Lome's disposal.")
    assert ("PLEDGED", "Kofi Mensah", "Togo") in triples(doc)


def test_each_helping_act_a_speaker_says_his_state_will_do_is_a_pledge(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah met Togolese President Ama Dogbe in Accra on "
              "Monday. Mensah said Ghana will support the development of a new port at Aneho "
              "and help Togo build its maritime capacities.")
    assert ("PLEDGED", "Kofi Mensah", "Togo") in triples(doc)
    doc = run("Ghanaian President Kofi Mensah met Togolese President Ama Dogbe in Accra on "
              "Monday. Mensah announced that Ghana would send two patrol boats to Togo.")
    assert ("PLEDGED", "Kofi Mensah", "Togo") in triples(doc)


def test_a_helping_act_said_negated_is_no_pledge(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah met Togolese President Ama Dogbe in Accra on "
              "Monday. Mensah said Ghana will support the port project but will not send "
              "patrol boats to Togo.")
    assert not any(rel == "PLEDGED" for rel, _, _ in triples(doc))


def test_sending_a_delegation_is_no_pledge(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah met Togolese President Ama Dogbe in Accra on "
              "Monday. Mensah said Ghana would send a delegation to Togo next month to "
              "discuss the border dispute.")
    assert not any(rel == "PLEDGED" for rel, _, _ in triples(doc))


def test_a_day_first_date_the_ner_split_is_read_whole(nlp: Language) -> None:
    doc = nlp("President Kofi Mensah today, Tuesday, 03 December 2024, hosted Togolese "
              "President Ama Dogbe in Accra.")
    values = [d.value for s in doc.sents for d in sentence_dates(s, date(2025, 2, 1))]
    assert "2024-12-03" in values
    assert "2024-12" not in values


def test_what_two_people_did_together_is_dated_by_their_meeting(run: Run) -> None:
    doc = run("On Sunday morning, Chinese Premier Li Wei visited a zoo in Adelaide.\n\n"
              "Li held talks with Australian Prime Minister Tom Walsh in Canberra on Monday."
              "\n\nThe two leaders agreed to improve communication between their militaries.",
              published=date(2024, 6, 17))
    assert ("Li Wei", "Tom Walsh", "2024-06-17") in dated(doc, "AGREED") or \
        ("Tom Walsh", "Li Wei", "2024-06-17") in dated(doc, "AGREED")


def test_a_paragraph_set_during_the_meeting_keeps_its_day(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah addressed the summit on Tuesday.\n\n"
              "On Monday, Mensah received Togolese President Ama Dogbe in Accra.\n\n"
              "During the meeting, the two presidents agreed to resume cooperation. Mensah "
              "criticized the sanctions imposed on Togo by France.",
              published=date(2024, 5, 29))
    assert ("Kofi Mensah", "France", "2024-05-27") in dated(doc, "CRITICIZED")


def test_a_date_on_a_coordinated_verb_dates_the_act_before_it(run: Run) -> None:
    doc = run("Ghana recalled its ambassador to Israel on Wednesday.\n\nGhanaian Foreign "
              "Minister Kofi Mensah denounced the Israeli attack as state terrorism and told a "
              "news conference on Tuesday evening that Ghana would respond.",
              published=date(2025, 9, 10))
    assert ("Kofi Mensah", "Israel", "2025-09-09") in dated(doc, "CRITICIZED")


def test_a_date_after_the_story_is_no_story_day(run: Run) -> None:
    doc = run("REYKJAVIK, June 9 - Iceland will suspend the operations of its embassy in "
              "Moscow from Aug. 1, the foreign ministry said on Friday.\n\nForeign Minister "
              "Anna Jonsdottir condemned Russia's brutal war of aggression against Ukraine.",
              published=date(2023, 6, 9))
    assert ("Anna Jonsdottir", "Russia", "2023-06-09") in dated(doc, "CRITICIZED")


def test_counterparts_from_listed_states_then_listed_names_pair_in_order(run: Run) -> None:
    doc = run("Ghanaian Defence Minister Kofi Mensah and his counterparts from Togo, Benin and "
              "Niger, Ama Dogbe, Paul Hounkpe and Ali Musa, on Tuesday issued a joint "
              "statement.")
    assert {("Ama Dogbe", "Togo"), ("Paul Hounkpe", "Benin"), ("Ali Musa", "Niger")} <= \
        offices(doc)


def test_counterparts_from_more_states_than_names_pair_no_one(run: Run) -> None:
    doc = run("Ghanaian Defence Minister Kofi Mensah and his counterparts from Togo, Benin and "
              "Niger, Ama Dogbe and Paul Hounkpe, on Tuesday issued a joint statement.")
    assert ("Ama Dogbe", "Togo") not in offices(doc)


def test_a_blessing_after_a_monarchs_name_leaves_him_the_subject(run: Run) -> None:
    doc = run("His Majesty King Idris II, may God assist Him, and President of the Ghanaian "
              "Republic, Kofi Mensah, signed the Declaration on the Strategic Partnership on "
              "Monday.")
    assert {("SIGNED", "Idris II", "Declaration on the Strategic Partnership"),
            ("SIGNED", "Kofi Mensah", "Declaration on the Strategic Partnership")} <= \
        triples(doc)


def test_an_accord_held_back_past_the_adverbials_is_what_was_signed(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah and Togolese President Ama Dogbe signed, on "
              "Monday at the State House in Accra, the Declaration on the Strategic "
              "Partnership.")
    assert ("SIGNED", "Kofi Mensah", "Declaration on the Strategic Partnership") in \
        triples(doc)


def test_a_title_case_known_city_then_a_hyphen_is_a_dateline(run: Run) -> None:
    doc = run("Rabat - His Majesty King Idris II, may God assist Him, and President of the "
              "Ghanaian Republic, Kofi Mensah, signed, on Monday at the Royal Palace in Rabat, "
              "the Declaration on the Strategic Partnership.")
    assert ("SIGNED", "Idris II", "Declaration on the Strategic Partnership") in triples(doc)
    assert find_body("Rabat - His Majesty King Idris II received the envoy.").dateline_city \
        == "Rabat"


def test_a_features_news_peg_after_its_scene_setting_dates_the_story(run: Run) -> None:
    doc = run("A new treaty gives Ghana a say over Togo's security partners. What it means "
              "for the region.\n\nYou can drive around the island in half an hour. The "
              "island republic has spent the past year watching its last bank prepare to "
              "leave.\n\nOn Monday it tied its future more tightly to Ghana.\n\nTogolese "
              "President Ama Dogbe and Ghanaian President Kofi Mensah held talks in Accra "
              "and then signed the Accra Treaty.", published=date(2024, 12, 10))
    assert ("Ama Dogbe", "Accra Treaty", "2024-12-09") in dated(doc, "SIGNED")


def test_the_islamic_emirate_is_afghanistan(run: Run) -> None:
    doc = run("Chinese President Li Wei on Tuesday accepted the credentials of Bilal Ahmadi, "
              "the Islamic Emirate's ambassador to China.")
    assert ("Bilal Ahmadi", "Afghanistan") in offices(doc)


def test_presenting_or_accepting_credentials_is_a_meeting(run: Run) -> None:
    doc = run("Chinese President Li Wei on Tuesday accepted the credentials of Bilal Ahmadi, "
              "the Islamic Emirate's ambassador to China.")
    assert ("MET_WITH", "Li Wei", "Bilal Ahmadi") in triples(doc)
    doc = run("Ambassador Zhao Min presented his credentials to Togolese President Ama Dogbe "
              "at the presidential palace in September.")
    assert ("MET_WITH", "Zhao Min", "Ama Dogbe") in triples(doc)


def test_a_bare_title_at_a_body_the_sentence_opens_at_serves_it(run: Run) -> None:
    doc = run("At the United Nations, spokesman Paul Dubois said the observers had told "
              "Israel that its actions were a violation.")
    assert ("Paul Dubois", "United Nations") in offices(doc)


def test_a_second_act_after_a_report_is_the_reporters(run: Run) -> None:
    doc = run("Deputy Foreign Minister Ali Rahimi of Afghanistan told a gathering in Kabul on "
              "Wednesday that the move showed the country's isolation was ending, and called "
              "on Washington to release Afghanistan's frozen central bank assets.")
    assert ("REQUESTED", "Ali Rahimi", "United States") in triples(doc)


def test_an_affirmed_commitment_to_relations_with_a_state_is_a_pledge(run: Run) -> None:
    doc = run("Togolese Foreign Minister Ama Dogbe, for his part, affirmed Togo's commitment "
              "to its international agreements and to good-neighbourly relations with Ghana.")
    assert ("PLEDGED", "Ama Dogbe", "Ghana") in triples(doc)


def test_a_union_a_state_signed_is_an_accord_and_both_signed_it(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah signed the Accra Treaty with Togo on Monday. "
              "The treaty borrows heavily from the Volta Union that Ghana signed with Benin "
              "in November last year.", published=date(2024, 12, 10))
    assert "Volta Union" in accord_names(doc)
    assert {("SIGNED", "Ghana", "Volta Union"), ("SIGNED", "Benin", "Volta Union")} <= \
        triples(doc)


def test_a_body_one_joined_stays_a_body(run: Run) -> None:
    doc = run("Ghana and Togo signed the Accra Treaty on Monday. Both joined the Volta Union "
              "in 1963.")
    assert "Volta Union" not in accord_names(doc)


def test_the_envoy_is_the_high_commissioner_named_before(run: Run) -> None:
    doc = run("Ghana on Sunday summoned Togolese High Commissioner Ama Dogbe to the foreign "
              "ministry. Ghanaian Foreign Secretary Kofi Mensah received the envoy at his "
              "office, officials said.")
    assert ("MET_WITH", "Kofi Mensah", "Ama Dogbe") in triples(doc)


def test_a_relative_that_read_as_a_conjunction_still_names_what_was_signed(run: Run) -> None:
    doc = run("Ghanaian President Kofi Mensah signed the Accra Treaty with Togo on Monday. "
              "The deal draws on the Kente Union that Ghana signed with Benin in 2019.")
    assert {("SIGNED", "Ghana", "Kente Union"), ("SIGNED", "Benin", "Kente Union")} <= \
        triples(doc)


def test_a_company_that_signed_on_is_no_accord(run: Run) -> None:
    doc = run("The Acme Group, which signed on to the initiative with Ghana, opened an office "
              "in Accra on Monday.")
    assert "Acme Group" not in accord_names(doc)


def test_an_apposition_to_a_treaty_left_is_no_second_treaty(run: Run) -> None:
    doc = run("Mali withdrew from the defence pact with Niger, a treaty signed in 2020, on "
              "Monday.")
    assert not any(rel == "WITHDREW_FROM" and t == "treaty" for rel, _, t in triples(doc))


def test_a_commitment_to_a_bloc_is_a_pledge_to_it(run: Run) -> None:
    doc = run("Polish President Jan Nowak reaffirmed Poland's commitment to NATO on Monday.")
    assert ("PLEDGED", "Jan Nowak", "NATO") in triples(doc)


def test_a_minister_at_a_body_does_not_serve_it(run: Run) -> None:
    doc = run("At the World Bank, Finance Minister Kofi Mensah said the loan was ready.")
    assert ("Kofi Mensah", "World Bank") not in offices(doc)


def test_the_envoy_is_no_european_commissioner(run: Run) -> None:
    doc = run("Ghana on Sunday summoned European Commissioner for Trade Jan Kowal. Ghanaian "
              "Foreign Minister Kofi Mensah received the envoy at his office.")
    assert ("MET_WITH", "Kofi Mensah", "Jan Kowal") not in triples(doc)

