"""Session 32 rules, one phenomenon per test, on invented articles: who a gathering's
"the leaders" are, live pages (day headings, bulleted recaps, time zones), accords a
clause signs, parse repairs (a denied charge, a 'since' clause made the sentence, a
cleft), targets listed after 'of' or a second 'for', offices named by description, and
the guards the session's review asked for. Each test fails without its rule, except the
guards, which pass either way."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, dated, offices, triples


def test_the_leaders_after_a_summit_attended_by_them_are_its_attendees(run: Run) -> None:
    doc = run("The summit in Astana was chaired by Kazakh President Kassym-Jomart Tokayev and "
              "attended by Kyrgyz President Sadyr Japarov and Uzbek President Shavkat "
              "Mirziyoyev. At the end of the meeting, the leaders signed the Astana "
              "Declaration.\n")
    signers = {t[1] for t in triples(doc, "SIGNED")}
    assert {"Kassym-Jomart Tokayev", "Sadyr Japarov", "Shavkat Mirziyoyev"} <= signers


def test_the_ministers_after_a_meeting_hosted_with_their_participation_are_its_guests(
        run: Run) -> None:
    doc = run("The trilateral meeting of foreign ministers was held in Kars on Friday, hosted "
              "by Hakan Fidan, Minister of Foreign Affairs of Türkiye, with the participation "
              "of Jeyhun Bayramov, Minister of Foreign Affairs of Azerbaijan, and Maka "
              "Botchorishvili, Minister of Foreign Affairs of Georgia.\n\nThe Ministers agreed "
              "to expand the capacity of the railway line.\n")
    agreed = {frozenset(t[1:]) for t in triples(doc, "AGREED")}
    assert frozenset({"Jeyhun Bayramov", "Maka Botchorishvili"}) in agreed
    assert frozenset({"Hakan Fidan", "Maka Botchorishvili"}) in agreed


def test_the_leaders_are_the_last_group_that_met_not_everyone_named(run: Run) -> None:
    doc = run("Kazakh President Kassym-Jomart Tokayev spoke to Kyrgyz President Sadyr Japarov "
              "on Monday. Uzbek President Shavkat Mirziyoyev was in Paris.\n\nThe leaders "
              "signed the Astana Declaration.\n")  # (a guard: the two who spoke, not a third)
    assert "Shavkat Mirziyoyev" not in {t[1] for t in triples(doc, "SIGNED")}


def test_joining_a_summit_of_many_leaders_is_no_meeting_with_each(run: Run) -> None:
    doc = run("The summit was chaired by Kazakh President Kassym-Jomart Tokayev and attended "
              "by Kyrgyz President Sadyr Japarov, Uzbek President Shavkat Mirziyoyev and "
              "Turkish President Recep Tayyip Erdogan. Hungarian Prime Minister Viktor Orban "
              "joined the meeting as an observer.\n")
    assert not {t for t in triples(doc, "MET_WITH") if "Viktor Orban" in t}


def test_an_agreement_a_request_asks_someone_to_help_reach_is_not_reached(run: Run) -> None:
    doc = run("Jordan's King Abdullah II and Indonesian President Prabowo Subianto met in "
              "New York on Tuesday. The two leaders urged Trump to help secure a ceasefire.\n")
    assert not triples(doc, "AGREED")


def test_a_programme_two_ministers_sign_is_an_accord_named_with_its_topic(run: Run) -> None:
    doc = run("Russian Foreign Minister Sergey Lavrov and his Belarusian counterpart Maxim "
              "Ryzhenkov on Thursday signed a programme of coordinated actions in foreign "
              "policy for 2025-2026.\n")
    assert ("SIGNED", "Sergey Lavrov", "programme of coordinated actions in foreign policy "
            "for 2025-2026") in triples(doc)


def test_a_programme_one_side_presents_is_no_accord(run: Run) -> None:
    doc = run("Russian Foreign Minister Sergey Lavrov on Thursday presented a programme of "
              "coordinated actions in foreign policy.\n")  # (a guard)
    assert not [e for e in doc["entities"] if e["type"] == "Accord"]


def test_a_live_pages_day_heading_dates_the_entries_under_it(run: Run) -> None:
    doc = run("Summit live: leaders meet Xi\n\nWednesday 4 September\n\n15:50 - Togo's "
              "President Faure Gnassingbe held talks with Premier Li Qiang this afternoon.\n\n"
              "Tuesday 3 September\n\n21:30 - Nigeria's Foreign Minister Yusuf Tuggar met his "
              "Chinese counterpart Wang Yi. Nigerian President Bola Tinubu met Chinese "
              "President Xi Jinping on Monday.\n", published=date(2024, 9, 4))
    days = {(f["source"], f["target"]): f["date"] for f in doc["facts"]
            if f["rel"] == "MET_WITH"}
    assert days[("Faure Gnassingbe", "Li Qiang")] == "2024-09-04"
    assert days[("Yusuf Tuggar", "Wang Yi")] == "2024-09-03"
    assert days[("Bola Tinubu", "Xi Jinping")] == "2024-09-02"


def test_a_bulleted_line_that_is_a_sentence_is_read(run: Run) -> None:
    doc = run("That's it from us for today. A quick recap:\n• Azerbaijani President Ilham "
              "Aliyev and Armenian Prime Minister Nikol Pashinyan held talks in Munich, hosted "
              "by German Chancellor Olaf Scholz.\n")
    assert ("MET_WITH", "Ilham Aliyev", "Nikol Pashinyan") in triples(doc)


def test_bulleted_headlines_under_more_stories_are_not_read(run: Run) -> None:
    doc = run("Azerbaijani President Ilham Aliyev held talks in Munich on Saturday.\n\nMore "
              "stories you may have missed:\n• Armenian Prime Minister Nikol Pashinyan met "
              "German Chancellor Olaf Scholz in Berlin.\n")  # (a guard)
    assert not triples(doc, "MET_WITH")


def test_a_described_prime_minister_is_not_the_states_foreign_minister(run: Run) -> None:
    doc = run("Robert Fico struck a conciliatory tone in Uzhhorod on Wednesday. But the Slovak "
              "prime minister did not move.\n\nForeign ministers Juraj Blanar of Slovakia and "
              "Dmytro Kuleba of Ukraine held separate talks.\n")
    assert ("Robert Fico", "Slovakia") in offices(doc)


def test_a_described_foreign_minister_is_the_minister_of_foreign_affairs(run: Run) -> None:
    doc = run("Badr Abdelatty received Osman Saleh, Minister of Foreign Affairs of Eritrea, on "
              "Sunday. The Eritrean Foreign Minister expressed deep concern over the war in "
              "Sudan.\n")  # (a guard)
    assert ("EXPRESSED_CONCERN", "Osman Saleh", "Sudan") in triples(doc)


def test_an_ambassador_to_a_state_named_after_his_title_is_a_person_posted_there(
        run: Run) -> None:
    doc = run("On Tuesday, Russian Deputy Foreign Minister Andrei Rudenko held talks in Moscow "
              "with Chinese Ambassador to Russia Zhang Hanhui.\n")
    assert ("MET_WITH", "Andrei Rudenko", "Zhang Hanhui") in triples(doc)
    assert ("Zhang Hanhui", "China") in offices(doc)
    assert not triples(doc, "VISITED")  # (he lives there)


def test_two_who_held_separate_talks_with_no_one_else_met_each_other(run: Run) -> None:
    doc = run("Slovak Foreign Minister Juraj Blanar and Ukrainian Foreign Minister Dmytro "
              "Kuleba held separate talks on the sidelines.\n")
    assert triples(doc, "MET_WITH") == {("MET_WITH", "Juraj Blanar", "Dmytro Kuleba")}


def test_separate_talks_with_two_others_are_talks_with_each(run: Run) -> None:
    doc = run("Russian President Vladimir Putin held separate talks with Chinese President Xi "
              "Jinping and Indian Prime Minister Narendra Modi.\n")  # (a guard)
    assert {frozenset(t[1:]) for t in triples(doc, "MET_WITH")} == {
        frozenset({"Vladimir Putin", "Xi Jinping"}), frozenset({"Vladimir Putin",
                                                                "Narendra Modi"})}


def test_a_request_set_against_a_reported_stance_is_the_reporters(run: Run) -> None:
    doc = run("In Abuja, ECOWAS Commission President Omar Alieu Touray said the bloc respected "
              "Togo's sovereign choices but urged Lome to coordinate with the Commission.\n")
    assert triples(doc, "REQUESTED") == {("REQUESTED", "Omar Alieu Touray", "Togo")}
    assert "Abuja, ECOWAS Commission" not in {e["name"] for e in doc["entities"]}


def test_a_contrast_inside_a_report_keeps_its_own_subject(run: Run) -> None:
    doc = run("Egyptian Foreign Minister Badr Abdelatty said Ethiopia had signed the deal but "
              "violated it within weeks.\n")  # (a guard: not a request)
    assert not triples(doc, "REQUESTED")


def test_an_accusation_summed_up_as_a_charge_the_target_denies_stands(run: Run) -> None:
    doc = run("Relations between Abidjan and Ouagadougou have been strained since 2023, with "
              "Burkina Faso accusing Cote d'Ivoire of harbouring plotters, a charge Abidjan "
              "denies.\n")
    assert ("CRITICIZED", "Burkina Faso", "Ivory Coast") in triples(doc)


def test_a_date_a_span_starts_from_does_not_date_the_act(run: Run) -> None:
    doc = run("BUDAPEST - On Friday, Austrian Interior Minister Gerhard Karner met his Romanian "
              "counterpart Catalin Predoiu in Budapest.\n\nThe package, which the two ministers "
              "agreed at the meeting, foresees the lifting of border controls from January "
              "1.\n", published=date(2024, 11, 23))
    days = {f["rel"]: f["date"] for f in doc["facts"] if f["rel"] in ("AGREED", "MET_WITH")}
    assert days == {"AGREED": "2024-11-22", "MET_WITH": "2024-11-22"}


def test_a_since_clause_the_parser_made_the_sentence_does_not_date_the_act(run: Run) -> None:
    doc = run("WARSAW, March 5 (Reuters) - Polish Foreign Minister Radoslaw Sikorski met his "
              "Ukrainian counterpart Dmytro Kuleba on Tuesday.\n\nKuleba, on his first trip to "
              "Warsaw since Prime Minister Donald Tusk's government took office in December, "
              "asked Poland to help lift the blockade of border crossings.\n",
              published=date(2024, 3, 5))
    assert dated(doc, "REQUESTED") == {("Dmytro Kuleba", "Poland", "2024-03-05")}


def test_a_trip_set_before_a_request_is_made_not_asked_for(run: Run) -> None:
    doc = run("Ukrainian Foreign Minister Dmytro Kuleba, on his first trip to Warsaw, asked "
              "Poland to help.\n")
    assert ("VISITED", "Dmytro Kuleba", "Warsaw") in triples(doc)


def test_backing_the_accession_of_two_states_backs_both(run: Run) -> None:
    doc = run("Hungarian Interior Minister Sandor Pinter said Hungary backed the accession of "
              "both Romania and Bulgaria.\n")
    assert {t[2] for t in triples(doc, "SUPPORTED")} == {"Romania", "Bulgaria"}


def test_support_for_one_body_and_for_anothers_efforts_backs_both(run: Run) -> None:
    doc = run("Ghanaian Foreign Minister Samuel Ablakwa reiterated Ghana's unwavering support "
              "for ECOWAS and for the African Union's efforts to silence the guns.\n")
    assert {t[2] for t in triples(doc, "SUPPORTED")} == {"ECOWAS", "African Union"}


def test_a_cleft_sentence_puts_its_doer_first(run: Run) -> None:
    doc = run("Russian Foreign Ministry Spokeswoman Maria Zakharova said it was the United "
              "States that withdrew from the INF Treaty in 2019.\n")
    assert triples(doc, "WITHDREW_FROM") == {("WITHDREW_FROM", "United States", "INF Treaty")}


def test_protocols_two_states_signed_are_an_accord(run: Run) -> None:
    doc = run("Turkey and Armenia signed two protocols in Zurich in 2009.\n")
    assert triples(doc, "SIGNED") == {("SIGNED", "Armenia", "two protocols"),
                                      ("SIGNED", "Turkey", "two protocols")}


def test_a_bodys_office_named_without_its_holder_is_its_one_holder(run: Run) -> None:
    doc = run("In a letter to European Commission President Ursula von der Leyen, Slovak Prime "
              "Minister Robert Fico warned the Commission president that Bratislava would "
              "block any further sanctions.\n")
    assert ("WARNED", "Robert Fico", "Ursula von der Leyen") in triples(doc)


def test_gulf_and_royal_styles_are_no_person_and_no_part_of_a_name(run: Run) -> None:
    doc = run("The reception was attended by H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy "
              "Prime Minister and Minister of Foreign Affairs, and by H.M. King Abdullah II.\n")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert people == {"Abdullah bin Zayed Al Nahyan", "Abdullah II"}


def test_a_live_pages_time_zone_is_no_body(run: Run) -> None:
    doc = run("Live updates from the European Council in Brussels, Thursday 26 June 2025. All "
              "times CET.\n\nGerman Chancellor Olaf Scholz arrived at the summit.\n")
    assert "CET" not in {e["name"] for e in doc["entities"]}


def test_brussels_standing_for_the_eu_makes_no_belgium(run: Run) -> None:
    doc = run("ANKARA - Georgian Prime Minister Irakli Kobakhidze held talks in Ankara on "
              "Tuesday, a week after a law that has strained Tbilisi's relations with Brussels "
              "and Washington. EU foreign policy chief Josep Borrell deplored the decision.\n")
    assert "Belgium" not in {e["name"] for e in doc["entities"]}


def test_a_lone_date_line_above_a_dateline_is_no_live_page_heading(run: Run) -> None:
    doc = run("May 15, 2024\n\nBEIJING, May 13 (Xinhua) -- Chinese President Xi Jinping met "
              "Russian President Vladimir Putin on Monday.\n", published=date(2024, 5, 15))
    assert dated(doc, "MET_WITH") == {("Xi Jinping", "Vladimir Putin", "2024-05-13")}  # (a
    # guard)


def test_a_bulleted_sentence_under_a_short_related_line_is_not_read(run: Run) -> None:
    doc = run("Azerbaijani President Ilham Aliyev held talks in Munich on Saturday.\n\n"
              "Related:\n• Armenian Prime Minister Nikol Pashinyan met German Chancellor Olaf "
              "Scholz in Berlin.\n")
    assert not triples(doc, "MET_WITH")


def test_a_states_mediation_of_two_others_is_about_the_mediator(run: Run) -> None:
    doc = run("Saudi Foreign Minister Faisal bin Farhan welcomed the Chinese mediation of Iran "
              "and Saudi Arabia.\n")
    assert {t[2] for t in triples(doc, "SUPPORTED")} == {"China"}


def test_two_who_held_separate_talks_with_officials_did_not_meet_each_other(run: Run) \
        -> None:
    doc = run("Slovak Foreign Minister Juraj Blanar and Ukrainian Foreign Minister Dmytro "
              "Kuleba held separate talks with Chinese officials.\n")
    assert not triples(doc, "MET_WITH")


def test_a_programme_one_leader_signs_into_law_is_no_accord(run: Run) -> None:
    doc = run("Russian President Vladimir Putin signed a programme of support for veterans "
              "into law on Monday.\n")
    assert not triples(doc, "SIGNED")


def test_the_leaders_after_talks_attended_by_them_are_its_attendees(run: Run) -> None:
    doc = run("The talks in Astana were attended by Kazakh President Kassym-Jomart Tokayev, "
              "Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev. At the "
              "end, the leaders signed the Astana Declaration.\n")
    signers = {t[1] for t in triples(doc, "SIGNED")}
    assert {"Kassym-Jomart Tokayev", "Sadyr Japarov", "Shavkat Mirziyoyev"} <= signers


def test_a_sum_after_an_accords_name_is_no_part_of_it(run: Run) -> None:
    doc = run("Ghanaian Foreign Minister Samuel Ablakwa and EU Commissioner Jozef Sikela signed "
              "a Financing Agreement of EUR 45 million in support of sustainable energy.\n")
    assert ("SIGNED", "Samuel Ablakwa", "Financing Agreement") in triples(doc)


def test_signing_on_behalf_of_a_side_signs_the_text_just_told(run: Run) -> None:
    doc = run("Ghanaian Foreign Minister Samuel Ablakwa received EU Commissioner Jozef Sikela "
              "in Accra on Tuesday. At the end of the meeting, a Financing Agreement on "
              "sustainable energy was signed. Ablakwa signed on behalf of the Government of "
              "Ghana, while Commissioner Sikela signed on behalf of the European Union.\n")
    assert {t[1] for t in triples(doc, "SIGNED")} >= {"Samuel Ablakwa", "Jozef Sikela"}


def test_a_region_named_by_an_adjective_of_no_state_is_a_place(run: Run) -> None:
    doc = run("Czech Foreign Minister Jan Lipavsky received Moldovan Foreign Minister Mihai "
              "Popsoi in Prague on Monday. Both ministers expressed concern about the situation "
              "in the Transnistrian region, where Russian troops remain stationed.\n")
    assert {t[2] for t in triples(doc, "EXPRESSED_CONCERN")} == {"Transnistrian region"}


def test_a_reported_agreement_of_two_states_is_not_the_speakers_own(run: Run) -> None:
    doc = run("Hungarian Foreign Minister Peter Szijjarto said Hungary and Slovakia had agreed "
              "to coordinate their positions on energy security.\n")
    assert triples(doc, "AGREED") == {("AGREED", "Hungary", "Slovakia")}


def test_a_speaker_still_condemns_for_his_state(run: Run) -> None:
    doc = run("Bolivian President Luis Arce said Bolivia condemns the attack by Chile.\n")
    assert ("CRITICIZED", "Luis Arce", "Chile") in triples(doc)  # (a guard)


def test_an_act_after_if_were_to_is_conditional(run: Run) -> None:
    doc = run("Slovak Prime Minister Robert Fico met Hungarian Prime Minister Viktor Orban. If "
              "Fico were to side with Orban after all, diplomats said, the goodwill would "
              "evaporate.\n")
    assert not triples(doc, "SUPPORTED")


def test_two_a_visitor_met_on_the_hosts_side_did_not_meet_each_other(run: Run) -> None:
    doc = run("BELGRADE, March 7 (Xinhua) -- During her visit, EU Commissioner Marta Kos also "
              "met Prime Minister Milos Vucevic and Minister for European Integration Nemanja "
              "Starovic.\n", published=date(2025, 3, 7))
    assert {frozenset(t[1:]) for t in triples(doc, "MET_WITH")} == {
        frozenset({"Marta Kos", "Milos Vucevic"}), frozenset({"Marta Kos", "Nemanja Starovic"})}


def test_calling_someone_a_quoted_name_is_no_phone_call(run: Run) -> None:
    doc = run("US President Donald Trump spoke at the UN. Last Wednesday, Mr Trump called "
              "President Volodymyr Zelensky \"a dictator without elections\" and suggested "
              "that Ukraine bore responsibility for the war.\n")
    assert not triples(doc, "MET_WITH")


def test_calling_a_named_leader_is_a_phone_call(run: Run) -> None:
    doc = run("US President Donald Trump called Ukrainian President Volodymyr Zelensky on "
              "Monday.\n")  # (a guard)
    assert triples(doc, "MET_WITH") == {("MET_WITH", "Donald Trump", "Volodymyr Zelensky")}


def test_calling_a_leader_described_between_commas_is_a_call(run: Run) -> None:
    doc = run("US President Donald Trump called Ukrainian President Volodymyr Zelensky, a "
              "former comedian, on Monday.\n")
    assert triples(doc, "MET_WITH") == {("MET_WITH", "Donald Trump", "Volodymyr Zelensky")}


def test_signing_on_behalf_of_a_side_takes_no_text_only_discussed(run: Run) -> None:
    doc = run("Ghanaian Foreign Minister Samuel Ablakwa received EU Commissioner Jozef Sikela. "
              "The two discussed the Cotonou Agreement and trade. Several documents were signed "
              "at the end. Ablakwa signed on behalf of the Government of Ghana.\n")
    assert not triples(doc, "SIGNED")


def test_an_upper_case_word_before_a_year_stays_in_an_accords_name(run: Run) -> None:
    doc = run("Brazil and India signed the Declaration of the BRICS 2025 Summit on Sunday.\n")
    assert "Declaration" not in {t[2] for t in triples(doc, "SIGNED")}


def test_a_continents_region_is_no_place(run: Run) -> None:
    doc = run("Czech Foreign Minister Jan Lipavsky expressed concern about the situation in the "
              "European region.\n")
    assert not triples(doc, "EXPRESSED_CONCERN")


def test_three_who_held_talks_together_all_met(run: Run) -> None:
    doc = run("BELGRADE, March 7 (Xinhua) -- EU Commissioner Marta Kos, Prime Minister Milos "
              "Vucevic and Minister for European Integration Nemanja Starovic held talks.\n",
              published=date(2025, 3, 7))  # (a guard: the order of the names does not matter)
    assert frozenset({"Milos Vucevic", "Nemanja Starovic"}) in {
        frozenset(t[1:]) for t in triples(doc, "MET_WITH")}


def test_a_states_reported_agreement_with_another_is_the_states(run: Run) -> None:
    doc = run("Bolivian President Luis Arce said Bolivia had agreed with Peru to reopen the "
              "border.\n")
    assert triples(doc, "AGREED") == {("AGREED", "Bolivia", "Peru")}
