"""Session 34 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, dated, offices, triples


def test_a_pledge_is_to_the_state_its_promised_act_is_for(run: Run) -> None:
    doc = run("European Commissioner Marta Kos met Armenian Prime Minister Nikol Pashinyan in "
              "Yerevan on Tuesday. Kos pledged that the first tranche of a loan for Armenia "
              "would be disbursed within weeks.\n")
    assert ("PLEDGED", "Marta Kos", "Armenia") in triples(doc, "PLEDGED")
    assert ("PLEDGED", "Marta Kos", "Nikol Pashinyan") not in triples(doc, "PLEDGED")


def test_a_state_named_deep_in_the_promise_is_whom_it_is_made_to(run: Run) -> None:
    doc = run("EU foreign policy chief Kaja Kallas met Norway's Foreign Minister Espen Barth "
              "Eide on Monday. \"Norway is a close partner,\" Kallas said, promising that the "
              "bloc would move quickly towards a deal with Oslo.\n")
    assert ("PLEDGED", "Kaja Kallas", "Norway") in triples(doc, "PLEDGED")


def test_the_doer_a_condemnation_names_in_its_verdict_is_criticised(run: Run) -> None:
    doc = run("Polish Foreign Minister Radoslaw Sikorski condemned the strike as an act of "
              "terror by Russia.\n")
    assert ("CRITICIZED", "Radoslaw Sikorski", "Russia") in triples(doc, "CRITICIZED")


def test_ministers_accompanying_a_leader_named_by_title_serve_his_state(run: Run) -> None:
    doc = run("BEIJING - German Chancellor Olaf Scholz met Chinese President Xi Jinping on "
              "Tuesday. The chancellor was accompanied by Environment Minister Steffi Lemke and "
              "Transport Minister Volker Wissing. Wissing and Chinese Minister of Industry Jin "
              "Zhuanglong signed a memorandum on Tuesday.\n")
    assert {("Steffi Lemke", "Germany"), ("Volker Wissing", "Germany")} <= offices(doc)


def test_a_past_act_hung_on_a_modal_verb_in_a_report_is_the_reporters(run: Run) -> None:
    doc = run("In a video address, President Volodymyr Zelensky said the start of talks showed "
              "that Russia cannot decide the fate of Ukraine and urged the EU to open the first "
              "negotiating clusters without delays.\n")
    asks = triples(doc, "REQUESTED")
    assert ("REQUESTED", "Volodymyr Zelensky", "European Union") in asks
    assert ("REQUESTED", "Russia", "European Union") not in asks


def test_a_live_entry_stamped_with_a_weekday_and_a_clock_is_of_that_day(run: Run) -> None:
    doc = run("LIVE: Blinken in the Gulf\n\nUpdated Wednesday, March 5, 2025\n\n"
              "WEDNESDAY, 4:40 p.m. - Doha talks\n\nSecretary of State Antony Blinken met "
              "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha.\n\n"
              "MONDAY, 1:10 p.m. - Riyadh first\n\nBlinken met Saudi Foreign Minister "
              "Faisal bin Farhan in Riyadh.\n", published=date(2025, 3, 5))
    met = dated(doc, "MET_WITH")
    assert ("Antony Blinken", "Faisal bin Farhan", "2025-03-03") in met
    assert ("Antony Blinken", "Mohammed bin Abdulrahman Al Thani", "2025-03-05") in met


def test_a_foreign_guest_a_leader_welcomed_came_to_the_leaders_state(run: Run) -> None:
    doc = run("Costa Rican President Rodrigo Chaves welcomed U.S. Secretary of State Marco "
              "Rubio on Tuesday.\n")
    assert ("VISITED", "Marco Rubio", "Costa Rica") in triples(doc, "VISITED")


def test_a_guest_a_leader_looks_forward_to_welcoming_has_not_come(run: Run) -> None:
    doc = run("Australian Foreign Minister Penny Wong said Australia looks forward to welcoming "
              "Chinese Premier Li Qiang later this year.\n")
    assert not triples(doc, "VISITED")


def test_a_region_after_for_in_a_title_is_its_brief_before_the_name(run: Run) -> None:
    doc = run("US senior adviser for Africa Massad Boulos, who led the American mediation, "
              "visited Kinshasa and Kigali in April.\n")
    visits = triples(doc, "VISITED")
    assert ("VISITED", "Massad Boulos", "DR Congo") in visits
    assert ("VISITED", "Massad Boulos", "Rwanda") in visits


def test_a_persons_visits_to_several_capitals_are_each_a_visit(run: Run) -> None:
    doc = run("UN envoy María Ángela Holguín briefed the minister on her recent visits to "
              "Athens, Ankara and London.\n")
    visits = triples(doc, "VISITED")
    assert {("VISITED", "María Ángela Holguín", state)
            for state in ("Greece", "Turkey", "United Kingdom")} <= visits


def test_a_guest_the_host_met_in_his_own_capital_after_talks_came_there(run: Run) -> None:
    doc = run("After meeting U.S. Secretary of State Marco Rubio in Panama City, Panamanian "
              "President José Raúl Mulino told reporters that Panama would not renew the "
              "memorandum.\n")
    assert ("VISITED", "Marco Rubio", "Panama") in triples(doc, "VISITED")


def test_a_concern_over_a_states_act_named_by_its_demonym_is_about_that_state(
        run: Run) -> None:
    doc = run("Iceland's Prime Minister Bjarni Benediktsson expressed concern over increased "
              "Russian military activity in the North Atlantic.\n")
    concern = triples(doc, "EXPRESSED_CONCERN")
    assert ("EXPRESSED_CONCERN", "Bjarni Benediktsson", "Russia") in concern
    assert ("EXPRESSED_CONCERN", "Bjarni Benediktsson", "North Atlantic") not in concern


def test_a_name_the_ner_misses_after_an_envoys_brief_is_a_person(run: Run) -> None:
    doc = run("Russian Foreign Minister Sergei Lavrov said Moscow supports the efforts of UN "
              "Special Envoy for Libya Abdoulaye Bathily to bring the parties together.\n")
    assert ("SUPPORTED", "Sergei Lavrov", "Abdoulaye Bathily") in triples(doc, "SUPPORTED")


def test_a_leader_who_chairs_a_bloc_holds_that_office_too(run: Run) -> None:
    doc = run("Kenyan President William Ruto, who chairs the East African Community, met "
              "Rwandan President Paul Kagame on Monday.\n")
    assert {("William Ruto", "Kenya"), ("William Ruto", "East African Community")} <= \
        offices(doc)


def test_a_political_bureau_chief_holds_the_office_of_the_movement_before_it(
        run: Run) -> None:
    doc = run("Hamas political bureau chief Ismail Haniyeh met Turkish President Recep Tayyip "
              "Erdogan in Istanbul.\n")
    assert ("Ismail Haniyeh", "Hamas") in offices(doc)


def test_a_reporters_pronoun_joined_to_a_name_is_the_reporter_and_that_person(
        run: Run) -> None:
    doc = run("European Commission President Ursula von der Leyen met Chinese Premier Li Qiang "
              "in Beijing. After the talks, von der Leyen said she and Li had agreed to meet "
              "again.\n")
    assert ("AGREED", "Ursula von der Leyen", "Li Qiang") in triples(doc, "AGREED")


def test_them_after_a_pair_spoken_with_is_that_pair(run: Run) -> None:
    doc = run("U.S. special envoy for Libya Richard Norland spoke by telephone with Libyan "
              "Prime Minister Abdul Hamid Dbeibah and Libyan parliament speaker Aguila Saleh "
              "last week and urged them to accept a negotiated solution.\n")
    asks = triples(doc, "REQUESTED")
    assert ("REQUESTED", "Richard Norland", "Abdul Hamid Dbeibah") in asks
    assert ("REQUESTED", "Richard Norland", "Aguila Saleh") in asks


def test_an_act_months_before_an_undated_one_falls_in_the_month_counted_back(
        run: Run) -> None:
    doc = run("Turkish President Recep Tayyip Erdogan welcomed Greek Prime Minister Kyriakos "
              "Mitsotakis with a military ceremony, five months after the Turkish leader "
              "traveled to Athens.\n", published=date(2024, 5, 14))
    assert ("Recep Tayyip Erdogan", "Greece", "2023-12") in dated(doc, "VISITED")


def test_four_leaders_who_put_their_signatures_to_a_text_are_not_paired_as_met(
        run: Run) -> None:
    doc = run("Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik "
              "President Emomali Rahmon and Turkmen President Serdar Berdimuhamedov also put "
              "their signatures to the Astana Declaration.\n")
    assert not triples(doc, "MET_WITH")
    assert ("SIGNED", "Sadyr Japarov", "Astana Declaration") in triples(doc, "SIGNED")


def test_a_trip_there_are_no_plans_for_is_no_visit(run: Run) -> None:
    doc = run("Danish Prime Minister Mette Frederiksen met Greenland's premier. Danish officials "
              "said there were no plans for Frederiksen to travel to Washington.\n")
    assert not triples(doc, "VISITED")


def test_a_visit_the_talks_were_ahead_of_has_not_happened(run: Run) -> None:
    doc = run("The two foreign ministers met in Ankara ahead of a visit to Athens by Turkish "
              "President Recep Tayyip Erdogan.\n")
    assert ("VISITED", "Recep Tayyip Erdogan", "Greece") not in triples(doc, "VISITED")


def test_the_western_balkans_is_one_region_not_the_balkans(run: Run) -> None:
    doc = run("EU foreign ministers discussed enlargement to the Western Balkans in Brussels on "
              "Monday.\n")
    places = {e["name"] for e in doc["entities"] if e["type"] == "Place"}
    assert "Western Balkans" in places
    assert "Balkans" not in places


def test_a_headlines_capitalised_words_after_an_envoys_brief_are_no_name(run: Run) -> None:
    doc = run("US Names New Envoy To Sudan As War Rages\n\nThe State Department named a new "
              "envoy on Monday.\n")
    assert not [e for e in doc["entities"] if e["type"] == "Person"]


def test_every_doer_a_verdict_names_is_criticised(run: Run) -> None:
    doc = run("Polish Foreign Minister Radoslaw Sikorski condemned the strike as a hostile act "
              "by Russia and Belarus.\n")
    blamed = triples(doc, "CRITICIZED")
    assert ("CRITICIZED", "Radoslaw Sikorski", "Belarus") in blamed


def test_a_concern_for_a_states_nationals_is_not_about_that_state(run: Run) -> None:
    doc = run("Indian Foreign Minister S. Jaishankar expressed concern over Indian nationals "
              "detained in Russia.\n")
    assert ("EXPRESSED_CONCERN", "S. Jaishankar", "India") not in triples(doc)


def test_an_act_days_before_an_undated_one_is_counted_back_from_the_story_day(
        run: Run) -> None:
    doc = run("Greek Prime Minister Kyriakos Mitsotakis welcomed Turkish President Recep Tayyip "
              "Erdogan in Athens, two days after the Turkish leader traveled to Cyprus.\n",
              published=date(2024, 5, 14))
    assert ("Recep Tayyip Erdogan", "Cyprus", "2024-05-12") in dated(doc, "VISITED")
