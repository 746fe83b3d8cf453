"""Session 40 rules, one phenomenon per test, on invented articles. Each test fails
without its rule; the guards fail when their guard condition is removed."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, accord_names, dated, offices, pairs


def test_the_governments_a_titled_accord_is_between_are_no_part_of_its_name(run: Run) -> None:
    doc = run("SUVA - Fijian Foreign Minister Sitiveni Rabuka and Samoan Foreign Minister Fiame "
              "Naomi Mataafa signed a Memorandum of Understanding on the Establishment of a "
              "Joint Commission between the Government of Fiji and the Government of the "
              "Republic of Samoa.\n")
    assert "Memorandum of Understanding on the Establishment of a Joint Commission" in \
        accord_names(doc)


def test_a_bare_memorandum_between_two_ministries_keeps_its_parties(run: Run) -> None:
    doc = run("SUVA - Fijian Foreign Minister Sitiveni Rabuka and Samoan Foreign Minister Fiame "
              "Naomi Mataafa signed a Memorandum of Understanding between the Ministry of "
              "Foreign Affairs of Fiji and the Ministry of Foreign Affairs of Samoa.\n")
    assert any(n.startswith("Memorandum of Understanding between the Ministry")
               for n in accord_names(doc))


def test_its_in_a_clause_whose_subject_is_a_state_is_that_states(run: Run) -> None:
    doc = run("OSLO - Rwanda would remain a reliable partner, Paul Kagame said on Monday. "
              "Norwegian "
              "Prime Minister Jonas Gahr Store promised that Norway would increase its "
              "contribution to Ukraine's defence this year.\n")
    assert ("Jonas Gahr Store", "Ukraine") in pairs(doc, "PLEDGED")
    assert ("Jonas Gahr Store", "Rwanda") not in pairs(doc, "PLEDGED")


def test_its_ally_is_still_another_state_than_the_subject(run: Run) -> None:
    doc = run("MANILA - The Philippines protested on Monday after Chinese vessels fired water "
              "cannon. US Ambassador MaryKay Carlson said Washington stands with its treaty "
              "ally.\n")
    assert ("MaryKay Carlson", "Philippines") in pairs(doc, "SUPPORTED")


def test_a_day_in_a_since_gerund_is_background_not_the_storys_day(run: Run) -> None:
    doc = run("BRUSSELS - It is Antonio Costa's first summit since taking office on 1 December. "
              "EU foreign policy chief Kaja Kallas held talks with Serbian President Aleksandar "
              "Vucic on the margins.\n", published=date(2024, 12, 18))
    assert dated(doc, "MET_WITH") == {("Kaja Kallas", "Aleksandar Vucic", "2024-12-18")}


def test_a_weekday_alone_on_its_line_heads_a_live_pages_day(run: Run) -> None:
    doc = run("LIVE: leaders in Dushanbe\n\nFRIDAY\n\n14:20 - Russian President Vladimir Putin "
              "held talks with Kazakh President Kassym-Jomart Tokayev.\n\nTHURSDAY\n\n18:10 - "
              "Putin held talks with Azerbaijani President Ilham Aliyev.\n",
              published=date(2025, 10, 10))
    assert dated(doc, "MET_WITH") == {
        ("Vladimir Putin", "Kassym-Jomart Tokayev", "2025-10-10"),
        ("Vladimir Putin", "Ilham Aliyev", "2025-10-09")}


def test_a_name_the_parser_read_as_an_adverb_after_met_is_its_object(run: Run) -> None:
    doc = run("WASHINGTON - South Africa's finance minister Enoch Godongwana flew into Washington "
              "this week. US Treasury Secretary Scott Bessent spoke on Wednesday. Godongwana met "
              "Bessent on Thursday, the first face-to-face encounter between the two since the "
              "American skipped the G20 meeting in Cape Town in February.\n")
    assert ("Enoch Godongwana", "Scott Bessent") in pairs(doc, "MET_WITH")


def test_met_b_and_the_two_did_something_is_a_meeting_with_b(run: Run) -> None:
    doc = run("RIO DE JANEIRO - Indian Prime Minister Narendra Modi met Italian Prime Minister "
              "Giorgia Meloni and the two unveiled a Joint Strategic Action Plan for 2025-2029, "
              "covering trade, defence, clean energy and space.\n")
    assert ("Narendra Modi", "Giorgia Meloni") in pairs(doc, "MET_WITH")


def test_pledging_the_blocs_support_to_states_is_a_pledge_to_those_states(run: Run) -> None:
    doc = run("BRUSSELS - European Council President Antonio Costa pledged the bloc's support "
              "to Armenia and Azerbaijan in implementing the agreement.\n")
    pledged = pairs(doc, "PLEDGED")
    assert {("Antonio Costa", "Armenia"), ("Antonio Costa", "Azerbaijan")} <= pledged
    assert not any(t in ("European Union", "European Council") for _, t in pledged)


def test_a_titled_accords_field_runs_on_to_the_noun_of_its_demonym(run: Run) -> None:
    doc = run("TIRANA - Albanian Foreign Minister Igli Hasani and Italian Foreign Minister Antonio "
              "Tajani signed a Memorandum of Understanding on cooperation in the field of "
              "European integration.\n")
    assert "Memorandum of Understanding on cooperation in the field of European integration" \
        in accord_names(doc)


def test_declaring_people_persona_non_grata_criticises_them(run: Run) -> None:
    doc = run("ZAGREB - On Thursday, Croatia declared three of Montenegro's most senior "
              "politicians persona non grata: parliament speaker Andrija Mandic, Deputy Prime "
              "Minister Aleksa Becic and lawmaker Milan Knezevic.\n")
    assert {("Croatia", "Andrija Mandic"), ("Croatia", "Aleksa Becic"),
            ("Croatia", "Milan Knezevic")} <= pairs(doc, "CRITICIZED")


def test_not_declaring_an_envoy_persona_non_grata_criticises_nobody(run: Run) -> None:
    doc = run("OSLO - Norway did not declare Russian Ambassador Teimuraz Ramishvili persona non "
              "grata on Monday.\n")
    assert not pairs(doc, "CRITICIZED")


def test_telling_a_joint_news_conference_with_someone_is_meeting_them(run: Run) -> None:
    doc = run("ASTANA - US Secretary of State Antony Blinken told a joint news conference with "
              "Kazakh Foreign Minister Mukhtar Tileuberdi that the US supports Kazakhstan.\n")
    assert ("Antony Blinken", "Mukhtar Tileuberdi") in pairs(doc, "MET_WITH")


def test_his_highness_is_the_ruler_styled_so_before(run: Run) -> None:
    doc = run("ABU DHABI - President His Highness Sheikh Mohamed bin Zayed Al Nahyan today "
              "received President Shavkat Mirziyoyev of Uzbekistan. His Highness affirmed the "
              "UAE's support for Uzbekistan's development journey.\n")
    assert ("Mohamed bin Zayed Al Nahyan", "Uzbekistan") in pairs(doc, "SUPPORTED")


def test_states_a_relative_clause_describes_as_allies_are_allies(run: Run) -> None:
    doc = run("MOSCOW - Russian Foreign Ministry spokeswoman Maria Zakharova welcomed the "
              "decision of Kyrgyzstan and Tajikistan, which she described as Moscow's allies in "
              "the Collective Security Treaty Organization.\n")
    assert {("Russia", "Kyrgyzstan"), ("Russia", "Tajikistan")} <= pairs(doc, "ALLY_OF")


def test_a_title_of_a_states_named_body_set_off_before_a_name_is_the_states(run: Run) -> None:
    doc = run("TIRANA - Edi Rama met the President of the Council of Ministers of Italy, Giorgia "
              "Meloni, on Monday.\n")
    assert ("Giorgia Meloni", "Italy") in offices(doc)


def test_a_memorandum_on_a_named_corridor_is_named_with_it(run: Run) -> None:
    doc = run("NEW DELHI - Leaders of India, the United States and Saudi Arabia signed a "
              "memorandum of understanding on the India-Middle East-Europe Economic Corridor "
              "(IMEC), a rail and shipping network, on Saturday.\n")
    assert "memorandum of understanding on the India-Middle East-Europe Economic Corridor" in \
        accord_names(doc)


def test_a_states_formal_name_with_an_adjective_names_the_state(run: Run) -> None:
    doc = run("ABU DHABI - The minister received Hugh Hilton Todd, Minister of Foreign Affairs "
              "and International Cooperation of the Co-operative Republic of Guyana, on "
              "Monday.\n")
    assert ("Hugh Hilton Todd", "Guyana") in offices(doc)


def test_well_known_companies_and_groups_are_organisations(run: Run) -> None:
    doc = run("BENGHAZI - Saddam Haftar, chief of staff of the Libyan National Army (LNA), met "
              "Gazprom officials and Human Rights Watch researchers on Monday.\n")
    orgs = {e["name"] for e in doc["entities"] if e["type"] == "Organization"}
    assert {"Libyan National Army", "Gazprom", "Human Rights Watch"} <= orgs


def test_a_past_act_joined_to_an_infinitive_is_the_subjects_second_act(run: Run) -> None:
    doc = run("RIYADH - Saudi Foreign Minister Prince Faisal bin Farhan stressed the need to "
              "preserve the security of maritime navigation and called on Tehran to help "
              "prevent a wider escalation.\n")
    assert ("Faisal bin Farhan", "Iran") in pairs(doc, "REQUESTED")


def test_a_bodys_members_stand_for_the_body(run: Run) -> None:
    doc = run("ASTANA - Chinese President Xi Jinping urged SCO members to firmly resist external "
              "interference. Lithuanian Foreign Minister Gabrielius Landsbergis called on EU "
              "member states to impose sanctions.\n")
    asked = pairs(doc, "REQUESTED")
    assert {("Xi Jinping", "Shanghai Cooperation Organization"),
            ("Gabrielius Landsbergis", "European Union")} <= asked


def test_blaming_an_act_on_someone_criticises_them(run: Run) -> None:
    doc = run("MOSCOW - Russian foreign ministry spokeswoman Maria Zakharova blamed the violence "
              "on Kosovo Prime Minister Albin Kurti.\n")
    assert ("Maria Zakharova", "Albin Kurti") in pairs(doc, "CRITICIZED")


def test_a_dateline_crediting_a_national_agency_after_a_comma_is_read(run: Run) -> None:
    doc = run("Ghana, Ivory Coast agree to revive joint commission\n\nAbidjan, March 18, GNA - "
              "President John Dramani Mahama on Monday held talks with his Ivorian counterpart, "
              "President Alassane Ouattara. The two Heads of State agreed to revive the joint "
              "commission.\n", published=date(2025, 3, 18))
    assert dated(doc, "MET_WITH") == {("John Dramani Mahama", "Alassane Ouattara",
                                       "2025-03-17")}


def test_an_adverb_before_an_accords_article_is_no_part_of_its_name(run: Run) -> None:
    doc = run("WASHINGTON - Their foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan, "
              "initialled the text of the peace treaty - formally the Agreement on the "
              "Establishment of Peace and Interstate Relations - which Baku and Yerevan "
              "finalised in March.\n")
    assert "Agreement on the Establishment of Peace and Interstate Relations" in \
        accord_names(doc)
    assert not any(n.startswith("formally") for n in accord_names(doc))


def test_its_in_a_verbless_sentence_ends_its_walk_at_the_root(run: Run) -> None:
    doc = run("OSLO - Norway agreed on Monday. Iceland and its support for Ukraine.\n")
    assert doc["facts"] is not None  # (the walk up to a verb once never stopped here)


def test_a_weekday_after_met_is_no_object(run: Run) -> None:
    doc = run("BEIJING - US Secretary of State Antony Blinken met Tuesday with Chinese Foreign "
              "Minister Wang Yi.\n")
    assert ("Antony Blinken", "Wang Yi") in pairs(doc, "MET_WITH")
    assert not any("Tuesday" in (s, t) for s, t in pairs(doc, "MET_WITH"))


def test_a_day_in_an_after_gerund_still_dates_the_scene(run: Run) -> None:
    doc = run("MOSCOW - After meeting Chinese President Xi Jinping on Monday, Russian President "
              "Vladimir Putin flew to Pyongyang.\n", published=date(2024, 5, 10))
    assert ("Vladimir Putin", "North Korea", "2024-05-06") in dated(doc, "VISITED")


def test_a_named_body_used_as_a_modifier_is_no_whole_topic(run: Run) -> None:
    doc = run("ABUJA - Nigeria and Ghana signed an agreement on the African Development Bank "
              "financing of the project.\n")
    assert "agreement on the African Development Bank" not in accord_names(doc)


def test_a_person_declared_persona_non_grata_by_a_state_is_criticised_by_it(run: Run) -> None:
    doc = run("TALLINN - Russian Ambassador Vladimir Lipayev was declared persona non grata by "
              "Estonia on Monday.\n")
    assert ("Estonia", "Vladimir Lipayev") in pairs(doc, "CRITICIZED")
