"""Session 36 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way, and the whole-word title
test, which guards against a misreading the session's Council of Ministers rule brought."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, dated, offices, triples


def test_a_sum_pledged_in_aid_for_a_state_goes_to_that_state(run: Run) -> None:
    doc = run("Norwegian Foreign Minister Espen Barth Eide pledged $40 million in new "
              "emergency aid for Yemen on Monday.\n")
    assert ("PLEDGED", "Espen Barth Eide", "Yemen") in triples(doc, "PLEDGED")


def test_a_pledge_made_by_a_clause_of_means_reads_its_aid_recipient(run: Run) -> None:
    doc = run("Irish Foreign Minister Micheal Martin opened the donors' meeting by pledging "
              "€15m in fresh humanitarian assistance for Chad this year.\n")
    assert ("PLEDGED", "Micheal Martin", "Chad") in triples(doc, "PLEDGED")


def test_aid_a_speakers_bloc_will_provide_is_the_speakers_pledge(run: Run) -> None:
    doc = run("EU foreign policy chief Kaja Kallas told reporters the union would give €90m "
              "in relief aid to Myanmar next year.\n")
    assert ("PLEDGED", "Kaja Kallas", "Myanmar") in triples(doc, "PLEDGED")


def test_aid_already_provided_is_no_pledge(run: Run) -> None:
    doc = run("The European Union provided €90m in humanitarian assistance to Myanmar "
              "last year, Commissioner Hadja Lahbib said.\n")
    assert not triples(doc, "PLEDGED")


def test_a_weekday_talks_are_scheduled_for_is_ahead_and_dates_no_scene(run: Run) -> None:
    doc = run("JAKARTA - Japanese Prime Minister Shigeru Ishiba has arrived in Jakarta for a "
              "two-day visit. Formal talks with Prabowo Subianto are scheduled for Sunday. "
              "Ishiba met Indonesian Foreign Minister Sugiono at the airport.\n",
              date(2025, 1, 10))  # a Friday: the Sunday before it is no scene
    assert ("Shigeru Ishiba", "Sugiono", "2025-01-10") in dated(doc, "MET_WITH")


def test_a_possessive_date_on_a_noun_does_not_date_the_act(run: Run) -> None:
    doc = run("DHAKA - Indian Foreign Minister S. Jaishankar met Bangladeshi Foreign Adviser "
              "Touhid Hossain and discussed last month's floods.\n", date(2024, 9, 12))
    assert ("S. Jaishankar", "Touhid Hossain", "2024-09-12") in dated(doc, "MET_WITH")


def test_a_joint_statement_the_two_leaders_sign_is_an_accord(run: Run) -> None:
    doc = run("ANKARA - Turkish President Recep Tayyip Erdogan hosted Kyrgyz President Sadyr "
              "Japarov on Thursday. The two presidents signed a joint statement on expanding "
              "trade links.\n")
    signed = triples(doc, "SIGNED")
    assert ("SIGNED", "Sadyr Japarov", "joint statement on expanding trade links") in signed
    assert ("SIGNED", "Recep Tayyip Erdogan", "joint statement on expanding trade links") in signed


def test_a_statement_one_side_signs_is_no_accord(run: Run) -> None:
    doc = run("Turkish President Recep Tayyip Erdogan signed a statement on trade on Monday.\n")
    assert not triples(doc, "SIGNED")


def test_a_contract_signed_by_two_named_people_is_an_accord(run: Run) -> None:
    doc = run("TASHKENT - The contract was signed by Russian Deputy Prime Minister Alexei "
              "Overchuk and Uzbek Energy Minister Jurabek Mirzamahmudov on Monday.\n")
    signed = triples(doc, "SIGNED")
    assert ("SIGNED", "Alexei Overchuk", "contract") in signed
    assert ("SIGNED", "Jurabek Mirzamahmudov", "contract") in signed


def test_a_topic_whose_object_is_no_topic_leaves_the_bare_name(run: Run) -> None:
    doc = run("ASTANA - Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev "
              "signed an agreement on deepening their strategic partnership on Tuesday.\n")
    assert ("SIGNED", "Xi Jinping", "agreement") in triples(doc, "SIGNED")


def test_a_subject_and_verb_the_ner_ran_into_a_body_are_cut_off(run: Run) -> None:
    doc = run("Slovak Prime Minister Robert Fico blocked the package. Fico met European "
              "Commission President Ursula von der Leyen in Brussels.\n")
    assert ("Ursula von der Leyen", "European Commission") in offices(doc)
    assert ("MET_WITH", "Robert Fico", "Ursula von der Leyen") in triples(doc, "MET_WITH")


def test_a_working_dinner_held_with_someone_is_a_meeting(run: Run) -> None:
    doc = run("Italian Foreign Minister Antonio Tajani held a working dinner with Egyptian "
              "Foreign Minister Badr Abdelatty in Rome on Thursday.\n")
    assert ("MET_WITH", "Antonio Tajani", "Badr Abdelatty") in triples(doc, "MET_WITH")


def test_a_second_guest_joined_to_a_counterparts_name_is_hosted_too(run: Run) -> None:
    doc = run("Spanish Foreign Minister Jose Manuel Albares hosted his Portuguese counterpart "
              "Paulo Rangel and Morocco's Nasser Bourita in Madrid on Monday.\n")
    met = triples(doc, "MET_WITH")
    assert ("MET_WITH", "Jose Manuel Albares", "Nasser Bourita") in met
    assert ("MET_WITH", "Jose Manuel Albares", "Paulo Rangel") in met


def test_the_head_of_a_states_council_of_ministers_holds_its_office(run: Run) -> None:
    doc = run("ROME - Prime Minister Giorgia Meloni received Denis Becirovic on Monday. "
              "Meloni also met Borjana Kristo, Chair of the Council of Ministers of Bosnia and "
              "Herzegovina.\n")
    assert ("Borjana Kristo", "Bosnia and Herzegovina") in offices(doc)


def test_a_name_the_ner_ran_into_a_known_body_after_and_is_cut_off(run: Run) -> None:
    doc = run("The deal, signed in Baku in 2022 by Aliyev and European Commission President "
              "Ursula von der Leyen, doubles gas exports.\n", date(2024, 2, 29))
    assert ("Ursula von der Leyen", "European Commission") in offices(doc)


def test_a_title_does_not_reach_back_over_a_comma_to_another_title(run: Run) -> None:
    doc = run("BRATISLAVA - Slovak Prime Minister Robert Fico lifted his veto. According to the "
              "prime minister, European Commission President Ursula von der Leyen assured him "
              "in a letter that Slovakia would be compensated.\n", date(2025, 7, 17))
    assert ("Ursula von der Leyen", "European Commission") in offices(doc)
    assert ("Ursula von der Leyen", "Slovakia") not in offices(doc)


def test_a_body_inside_a_portfolio_is_not_the_offices_owner(run: Run) -> None:
    doc = run("Ireland's Minister for European Union Affairs Thomas Byrne spoke in "
              "Brussels on Thursday.\n")
    assert ("Thomas Byrne", "Ireland") in offices(doc)
    assert ("Thomas Byrne", "European Union") not in offices(doc)


def test_an_arabic_name_the_ner_split_at_bin_is_one_name(run: Run) -> None:
    doc = run("DOHA - Turkish Foreign Minister Hakan Fidan held talks with H.E. Sheikh Mohammed "
              "bin Abdulrahman bin Jassim Al-Thani, Prime Minister of the State of Qatar, on "
              "Monday.\n")
    assert ("MET_WITH", "Hakan Fidan", "Mohammed bin Abdulrahman bin Jassim Al-Thani") in \
        triples(doc, "MET_WITH")
    assert not any(s.startswith("bin ") for _, s, _ in triples(doc))


def test_adhering_to_a_states_principle_supports_that_state(run: Run) -> None:
    doc = run("Kyrgyz President Sadyr Japarov said Kyrgyzstan firmly adheres to the one-China "
              "principle.\n")
    assert ("SUPPORTED", "Sadyr Japarov", "China") in triples(doc, "SUPPORTED")


def test_adhering_to_a_text_of_no_state_supports_no_one(run: Run) -> None:
    doc = run("Kyrgyz President Sadyr Japarov said Kyrgyzstan adheres to the ceasefire.\n")
    assert not triples(doc, "SUPPORTED")


def test_objecting_to_an_agreement_between_two_states_criticises_both(run: Run) -> None:
    doc = run("Bhutanese Foreign Minister D.N. Dhungyel on Monday objected to an agreement "
              "between India and China to open a new road.\n")
    criticized = triples(doc, "CRITICIZED")
    assert ("CRITICIZED", "D.N. Dhungyel", "India") in criticized
    assert ("CRITICIZED", "D.N. Dhungyel", "China") in criticized


def test_a_state_title_is_matched_by_whole_word_not_inside_council_of_ministers(
        run: Run) -> None:
    doc = run("MOSCOW - Russian Foreign Minister Sergey Lavrov and Togolese Minister of Foreign "
              "Affairs, Regional Integration and Togolese Abroad Yawo Agbeko held talks in "
              "Moscow on Tuesday. Lavrov praised Ama Klassou, President of the Council of "
              "Ministers of Togo.\n", date(2025, 6, 10))
    met = triples(doc, "MET_WITH")
    assert ("MET_WITH", "Sergey Lavrov", "Yawo Agbeko") in met
    assert ("MET_WITH", "Sergey Lavrov", "Ama Klassou") not in met


def test_a_visiting_leader_joined_to_the_host_agrees_with_him(run: Run) -> None:
    doc = run("Indian Prime Minister Narendra Modi and visiting Maldivian President Mohamed "
              "Muizzu agreed on Monday to expand trade in local currencies.\n")
    assert ("AGREED", "Narendra Modi", "Mohamed Muizzu") in triples(doc, "AGREED")


def test_abiding_by_a_states_principle_supports_that_state(run: Run) -> None:
    doc = run("Nepalese Prime Minister K.P. Sharma Oli said Nepal has always abided by the "
              "one-China policy.\n")
    assert ("SUPPORTED", "K.P. Sharma Oli", "China") in triples(doc, "SUPPORTED")


def test_a_withdrawal_a_state_announced_or_will_make_is_told(run: Run) -> None:
    doc = run("VILNIUS - Lithuanian President Gitanas Nauseda announced that Lithuania will "
              "withdraw from the Convention on Cluster Munitions. Estonia will terminate its "
              "fisheries agreement with Norway, the government said on Monday.\n")
    quit_ = {(s, t) for _, s, t in triples(doc, "WITHDREW_FROM")}
    assert ("Lithuania", "Convention on Cluster Munitions") in quit_
    assert any(s == "Estonia" for s, _ in quit_)


def test_a_withdrawal_threatened_or_possible_is_not_told(run: Run) -> None:
    doc = run("Lithuanian President Gitanas Nauseda threatened that Lithuania would withdraw "
              "from the Convention on Cluster Munitions. Estonia could terminate its fisheries "
              "agreement with Norway.\n")
    assert not triples(doc, "WITHDREW_FROM")


def test_a_states_decision_to_suspend_a_treaty_is_its_own_act(run: Run) -> None:
    doc = run("GENEVA - US Secretary of State Antony Blinken criticized Russia's decision last "
              "week to suspend its participation in the New START treaty.\n", date(2023, 3, 1))
    quit_ = {(s, t) for _, s, t in triples(doc, "WITHDREW_FROM")}
    assert ("Russia", "New START treaty") in quit_
    assert not {s for s, _ in quit_} & {"Antony Blinken", "United States"}


def test_a_new_treaty_signed_then_named_by_the_next_sentence_is_one_text(run: Run) -> None:
    doc = run("DUBLIN - Irish Foreign Minister Simon Harris on Monday signed a new bilateral "
              "treaty with Ghanaian Foreign Minister Samuel Ablakwa. The Ireland-Ghana "
              "Education Partnership Treaty opens scholarships to students.\n")
    signed = {t for _, _, t in triples(doc, "SIGNED")}
    assert signed == {"Ireland-Ghana Education Partnership Treaty"}


def test_a_treaty_signed_then_another_named_later_stays_apart(run: Run) -> None:
    doc = run("DUBLIN - Irish Foreign Minister Simon Harris on Monday signed a new treaty with "
              "Ghanaian Foreign Minister Samuel Ablakwa. He praised Ghana's role. The "
              "Ireland-Ghana Education Partnership Treaty of 2019 opened scholarships.\n")
    assert "Ireland-Ghana Education Partnership Treaty" not in {
        t for _, _, t in triples(doc, "SIGNED")}


def test_a_secretary_of_state_for_a_portfolio_is_not_the_us_office(run: Run) -> None:
    doc = run("LONDON - Peter Kyle, the Secretary of State for Science, opened the forum on "
              "Monday.\n")
    assert ("Peter Kyle", "United States") not in offices(doc)
    assert ("Peter Kyle", "United Kingdom") in offices(doc)


# Guards from the read-only review: near misses the rules above must leave alone.


def test_a_well_known_treaty_opening_the_next_sentence_is_not_the_one_signed(
        run: Run) -> None:
    doc = run("DUBLIN - Irish Foreign Minister Simon Harris on Monday signed a new bilateral "
              "treaty with Ghanaian Foreign Minister Samuel Ablakwa. The Lisbon Treaty governs "
              "the EU's trade policy.\n")
    assert "Lisbon Treaty" not in {t for _, _, t in triples(doc, "SIGNED")}


def test_a_withdrawal_asked_about_conditional_or_forecast_is_not_told(run: Run) -> None:
    doc = run("WARSAW - Will Poland withdraw from the Ottawa Convention? Poland will withdraw "
              "from the Ottawa Convention if Russia attacks Lithuania. Analysts say Poland will "
              "withdraw from the Ottawa Convention.\n")
    assert not triples(doc, "WITHDREW_FROM")


def test_a_withdrawal_announced_as_will_is_told_with_its_text(run: Run) -> None:
    doc = run("WARSAW - Polish Prime Minister Donald Tusk announced that Poland will withdraw "
              "from the Ottawa Convention.\n")
    assert ("WITHDREW_FROM", "Poland", "Ottawa Convention") in triples(doc, "WITHDREW_FROM")


def test_a_possessive_date_on_the_occasion_met_at_still_dates_the_meeting(run: Run) -> None:
    doc = run("ROME - US President Donald Trump met Ukrainian President Volodymyr Zelensky at "
              "Saturday's funeral.\n", date(2025, 4, 28))
    assert ("Donald Trump", "Volodymyr Zelensky", "2025-04-26") in dated(doc, "MET_WITH")


def test_a_body_before_a_commissioners_portfolio_still_owns_the_office(run: Run) -> None:
    doc = run("SKOPJE - The European Union's Integration Commissioner Marta Kos arrived on "
              "Monday.\n")
    assert ("Marta Kos", "European Union") in offices(doc)


def test_a_sum_pledged_in_a_speech_for_a_body_is_no_aid_to_it(run: Run) -> None:
    doc = run("Japanese Foreign Minister Takeshi Iwaya pledged $10 million in a speech for the "
              "UN General Assembly.\n")
    assert ("PLEDGED", "Takeshi Iwaya", "UN General Assembly") not in triples(doc, "PLEDGED")


def test_aid_another_said_a_state_would_give_or_given_on_a_condition_is_no_pledge(
        run: Run) -> None:
    doc = run("Analysts said Russia would send $2bn to Syria. EU foreign policy chief Kaja "
              "Kallas said the union would give €90m in relief aid to Myanmar if the junta "
              "freed prisoners.\n")
    assert not triples(doc, "PLEDGED")


def test_one_signer_whose_title_holds_and_signs_no_text_of_two(run: Run) -> None:
    doc = run("TASHKENT - The contract was signed by Uzbek Minister of Trade and Industry Laziz "
              "Kudratov on Monday.\n")
    assert not triples(doc, "SIGNED")


def test_a_sum_announced_for_another_state_in_an_aid_story_goes_there_only(run: Run) -> None:
    doc = run("PORT-AU-PRINCE - Foreign governments pledged emergency assistance to Haiti on "
              "Monday. Canada announced $5 million in new aid for Jamaica.\n")
    pledged = triples(doc, "PLEDGED")
    assert ("PLEDGED", "Canada", "Jamaica") in pledged
    assert ("PLEDGED", "Canada", "Haiti") not in pledged


def test_any_portfolio_naming_a_body_keeps_the_office_with_the_state(run: Run) -> None:
    doc = run("Ghana's Minister of African Union Trade Kwame Mensah spoke in Accra on Monday.\n")
    assert ("Kwame Mensah", "Ghana") in offices(doc)
    assert ("Kwame Mensah", "African Union") not in offices(doc)
