"""Session 30 rules, one phenomenon per test, on invented articles: offices of "the bloc"
and of the European Commission; criticism by disagreeing and by phrasal verbs; names the
NER breaks (a power plant, a name run into a body, Korean given names, one-word names);
hosts and joined subjects as office holders; meetings a host convened or leaders listed
after "including" attended; listed portfolios; the Taliban as Afghanistan's government;
threats with a condition; "the Gulf state"; a shared possessive. Each test fails without
its rule, except the guards."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples


def test_the_blocs_chief_serves_the_bloc_named_later_not_the_dateline_state(run: Run) -> None:
    doc = run("PARIS, March 4 (Reuters) - The bloc's foreign policy chief Tomas Varga said "
              "on Monday that new sanctions on Belarus were ready. Varga said the European "
              "Union would adopt them this week.\n")
    assert ("Tomas Varga", "European Union") in offices(doc)
    assert ("Tomas Varga", "France") not in offices(doc)


def test_the_blocs_chief_under_a_brussels_dateline_serves_the_eu(run: Run) -> None:
    doc = run("BRUSSELS, March 4 (Reuters) - The bloc's foreign policy chief Tomas Varga said "
              "on Monday that new sanctions on Belarus were ready.\n")
    assert offices(doc) == {("Tomas Varga", "European Union")}


def test_the_blocs_chief_is_left_unread_when_no_bloc_is_named(run: Run) -> None:
    doc = run("PARIS, March 4 (Reuters) - The bloc's foreign policy chief Tomas Varga said "
              "on Monday that the United Nations must act. NATO chief Mark Rutte agreed.\n")
    assert not {o for o in offices(doc) if o[0] == "Tomas Varga"}


def test_commission_president_serves_the_european_commission(run: Run) -> None:
    doc = run("Commission President Ilse Marten met Chinese Premier Li Qiang on Monday and "
              "said the European Union wanted balanced trade. Commission spokesperson Jan "
              "Peeters said the talks went well.\n")
    assert {("Ilse Marten", "European Commission"),
            ("Jan Peeters", "European Commission")} <= offices(doc)
    titles = {(f["source"], f["target"]): f["title"] for f in doc["facts"]
              if f["rel"] == "HOLDS_OFFICE"}
    assert titles[("Ilse Marten", "European Commission")] == "President"
    assert ("Ilse Marten", "European Union") not in titles  # (the office is the body's)


def test_a_commission_with_no_eu_in_the_story_is_not_the_european_one(run: Run) -> None:
    doc = run("Commission President Ilse Marten met Chinese Premier Li Qiang in Beijing on "
              "Monday.\n")
    assert not {o for o in offices(doc) if o[0] == "Ilse Marten"}


def test_disagreeing_with_someone_is_criticism(run: Run) -> None:
    doc = run("Chilean President Gabriel Boric said he disagreed with Brazilian President "
              "Luiz Inacio Lula da Silva about the Venezuelan election.\n")
    assert ("CRITICIZED", "Gabriel Boric", "Luiz Inacio Lula da Silva") in triples(doc)


def test_the_topic_after_on_is_not_whom_a_phrasal_criticism_targets(run: Run) -> None:
    doc = run("Chilean President Gabriel Boric hit out at Brazil on Venezuela.\n")
    assert triples(doc, "CRITICIZED") == {("CRITICIZED", "Gabriel Boric", "Brazil")}


def test_blaming_an_act_on_a_state_still_targets_that_state(run: Run) -> None:
    doc = run("Russia said the move was not linked to an attack on a bridge in Crimea, which "
              "Moscow blamed on Kyiv.\n")
    assert ("CRITICIZED", "Russia", "Ukraine") in triples(doc)


def test_a_power_plant_after_a_citys_possessive_is_no_person(run: Run) -> None:
    doc = run("The two countries also signed agreements on the reconstruction of Ulaanbaatar's "
              "Thermal Power Plant No. 3, officials said.\n")
    assert not [e for e in doc["entities"] if e["type"] == "Person"]


def test_a_name_the_ner_ran_into_a_known_body_stays_a_person(run: Run) -> None:
    doc = run("The aid route could open as early as Sunday, President of the Republic Nikos "
              "Christodoulides and European Commission President Ursula von der Leyen "
              "announced on Friday.\n")
    orgs = {e["name"] for e in doc["entities"] if e["type"] == "Organization"}
    assert "European Commission" in orgs and not any("Nikos" in o for o in orgs)
    assert "Nikos Christodoulides" in {e["name"] for e in doc["entities"]
                                       if e["type"] == "Person"}


def test_president_of_the_named_state_before_a_name_is_that_states(run: Run) -> None:
    doc = run("The meeting brought together President of the Democratic Republic of the Congo "
              "Felix Antoine Tshisekedi Tshilombo and President of the Republic of Rwanda Paul "
              "Kagame.\n")
    assert offices(doc) == {("Felix Antoine Tshisekedi Tshilombo", "DR Congo"),
                            ("Paul Kagame", "Rwanda")}


def test_the_host_of_a_meeting_that_brought_two_together_met_both(run: Run) -> None:
    doc = run("Qatari Emir Tamim bin Hamad Al-Thani hosted a meeting that brought together "
              "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame on "
              "Tuesday.\n")
    met = triples(doc, "MET_WITH")
    assert ("MET_WITH", "Tamim bin Hamad Al-Thani", "Felix Tshisekedi") in met
    assert ("MET_WITH", "Tamim bin Hamad Al-Thani", "Paul Kagame") in met


def test_leaders_listed_after_including_each_met_the_subject_not_each_other(run: Run) -> None:
    doc = run("Russian President Vladimir Putin met several leaders, including Brazilian "
              "President Luiz Inacio Lula da Silva and Chinese President Xi Jinping.\n")
    assert triples(doc, "MET_WITH") == {
        ("MET_WITH", "Vladimir Putin", "Luiz Inacio Lula da Silva"),
        ("MET_WITH", "Vladimir Putin", "Xi Jinping")}


def test_a_lowercase_portfolio_before_minister_after_a_name_is_the_office(run: Run) -> None:
    doc = run("The deals were handled by Rosan Roeslani, Indonesia's investment minister and "
              "chief executive of the sovereign fund.\n")
    assert ("Rosan Roeslani", "Indonesia") in offices(doc)
    doc = run("Joao Costa, Brazil's trade and investment minister, said the deals were "
              "signed.\n")
    assert ("Joao Costa", "Brazil") in offices(doc)


def test_a_host_is_of_the_state_of_the_city_where_the_guest_was_received(run: Run) -> None:
    doc = run("Deputy Foreign Minister Eleni Markou hosted her Turkish counterpart Mehmet "
              "Kemal Bozay in Athens on Monday for a new round of political dialogue.\n")
    assert {("Eleni Markou", "Greece"), ("Mehmet Kemal Bozay", "Turkey")} <= offices(doc)


def test_his_counterpart_joined_to_a_president_is_the_foreigner_just_named(run: Run) -> None:
    doc = run("The snow had turned grey by the time Masoud Pezeshkian's motorcade swept "
              "through the gate on Friday. Inside the Kremlin, the mood was warm.\n\nBy "
              "early afternoon, Russian President Vladimir Putin and his Iranian counterpart "
              "had signed a Treaty on Comprehensive Strategic Partnership.\n")
    assert ("Masoud Pezeshkian", "Iran") in offices(doc)
    assert ("MET_WITH", "Vladimir Putin", "Masoud Pezeshkian") in triples(doc)
    doc = run("Masoud Pezeshkian arrived in Moscow. He was greeted by Yuri Ushakov. Russian "
              "President Vladimir Putin and his Iranian counterpart signed a treaty.\n")
    assert not offices(doc) - {("Vladimir Putin", "Russia")}  # (which of two is open)


def test_a_listed_portfolio_after_a_name_keeps_its_state(run: Run) -> None:
    doc = run("The agreement was signed by Lee Kinyanjui, Cabinet Secretary for Investments, "
              "Trade and Industry of the Republic of Kenya.\n")
    assert ("Lee Kinyanjui", "Kenya") in offices(doc)
    titles = {f["source"]: f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"}
    assert titles["Lee Kinyanjui"] == "Cabinet Secretary for Investments, Trade and Industry"


def test_a_korean_given_name_with_a_lowercase_second_syllable_is_whole(run: Run) -> None:
    doc = run("Minister of Oceans and Fisheries Kang Do-hyung met Chinese Foreign Minister "
              "Wang Yi in Seoul on Monday.\n")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Kang Do-hyung" in people
    assert ("MET_WITH", "Kang Do-hyung", "Wang Yi") in triples(doc)
    doc = run("A Tel Aviv-based think tank said so. The Hong Kong-based paper agreed.\n")
    assert not [e for e in doc["entities"] if e["type"] == "Person"]


def test_a_one_word_name_is_a_person_when_the_sentence_treats_it_as_one(run: Run) -> None:
    doc = run("Foreign Minister Bui Thanh Son held talks with his Indonesian counterpart "
              "Sugiono on Monday.\n")
    assert ("MET_WITH", "Bui Thanh Son", "Sugiono") in triples(doc)
    doc = run("Blinken met his Chinese counterpart Tuesday in Beijing.\n")
    assert "Tuesday" not in {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    doc = run("Lawmakers urged the House to summon Foreign Minister Sugiono, who accompanied "
              "the president on the trip.\n")
    assert "Sugiono" in {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    doc = run("Foreign Minister Sugiono and his Malaysian counterpart Mohamad Hasan joined the "
              "leaders during the talks.\n")
    assert "Sugiono" in {e["name"] for e in doc["entities"] if e["type"] == "Person"}


def test_a_taliban_minister_holds_an_office_of_afghanistan(run: Run) -> None:
    doc = run("Pakistan's envoy held talks in Kabul with Taliban Foreign Minister Amir Khan "
              "Muttaqi on Tuesday.\n")
    assert ("Amir Khan Muttaqi", "Afghanistan") in offices(doc)


def test_a_threat_against_someone_if_he_does_not_act_warns_him(run: Run) -> None:
    doc = run("Paraguayan Migration Director Jorge Kronawetter warned on Friday that Chinese "
              "envoy Xu Wei would be expelled by force if he did not leave within the "
              "deadline.\n")
    assert ("WARNED", "Jorge Kronawetter", "Xu Wei") in triples(doc)


def test_the_gulf_state_is_the_one_gulf_state_just_named(run: Run) -> None:
    doc = run("Somalia's government on Monday annulled all agreements with the United Arab "
              "Emirates, accusing the Gulf state of hostile actions.\n")
    assert ("CRITICIZED", "Somalia", "United Arab Emirates") in triples(doc)
    doc = run("Qatar and Saudi Arabia met on Sunday. Somalia accused the Gulf state of "
              "hostile actions.\n")
    assert not triples(doc, "CRITICIZED")
    doc = run("After meeting Saudi Arabia on Sunday, Iran condemned every Gulf state that "
              "hosts US bases.\n")
    assert not triples(doc, "CRITICIZED")


def test_an_office_in_a_ministry_of_no_known_state_is_left_unread(run: Run) -> None:
    doc = run("The Permanent Secretary in the Ministry of Foreign Affairs, Ambassador Lina "
              "Hadid, said the talks were useful.\n")
    assert not offices(doc)  # (not an office of a body named "Ministry of Foreign Affairs")


def test_a_states_possessive_heads_both_titled_names_joined_by_and(run: Run) -> None:
    doc = run("French President Emmanuel Macron held talks in Port Vila with Vanuatu's "
              "President Nikenike Vurobaravu and Prime Minister Ishmael Kalsakau.\n")
    assert {("Nikenike Vurobaravu", "Vanuatu"), ("Ishmael Kalsakau", "Vanuatu")} <= offices(doc)
    doc = run("Egypt's President Abdel Fattah al-Sisi and Prime Minister Benjamin Netanyahu "
              "spoke by phone.\n")
    assert ("Benjamin Netanyahu", "Israel") in offices(doc)  # (a listed office holder's own)


def test_welcoming_a_decision_in_a_city_says_nothing_of_the_speakers_state(run: Run) -> None:
    doc = run("Deputy Foreign Minister Eleni Markou welcomed the decision in Brussels on "
              "Monday.\n")
    assert not offices(doc)
    doc = run("Deputy Foreign Minister Eleni Markou received the award in Athens on Monday.\n")
    assert not offices(doc)


def test_commission_chief_is_not_the_european_one_when_another_union_is_named(
        run: Run) -> None:
    doc = run("The African Union named Moussa Faki. Commission Chairperson Moussa Faki met EU "
              "envoys.\n")
    assert ("Moussa Faki", "European Commission") not in offices(doc)
