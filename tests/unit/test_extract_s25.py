"""Session-25 readings: counted accords whose list of topics the parser lost, a bracketed
acronym between an accord noun and its topics, and a named river inside a topic. Invented
sentences."""

from __future__ import annotations

from dipgraph.loaders.extract.body import find_body
from tests.unit.conftest import Run, accord_names, offices, triples


def test_a_counted_list_of_topics_the_parser_lost_is_one_accord_each(run: Run) -> None:
    doc = run("Belize and Honduras on Friday signed three agreements on fisheries, the "
              "protection of the Sarstoon River and customs cooperation.")
    names = {"agreement on fisheries", "agreement on the protection of the Sarstoon River",
             "agreement on customs cooperation"}
    assert names <= set(accord_names(doc))
    assert {("SIGNED", state, name) for state in ("Belize", "Honduras")
            for name in names} <= triples(doc)


def test_a_bracketed_acronym_stands_between_an_accord_and_its_topics(run: Run) -> None:
    doc = run("Belize and Honduras signed two memoranda of understanding (MoUs) on tourism and "
              "health on Friday.")
    assert {"memorandum of understanding on tourism",
            "memorandum of understanding on health"} <= set(accord_names(doc))


def test_a_list_that_does_not_match_the_count_stays_one_accord(run: Run) -> None:
    doc = run("Belize and Honduras on Friday signed two agreements on fisheries, the "
              "protection of the Sarstoon River and customs cooperation.")
    split = {"agreement on fisheries", "agreement on customs cooperation"}
    assert not split & set(accord_names(doc))
    assert any(f["rel"] == "SIGNED" and f["source"] == "Belize"  # type: ignore[index]
               for f in doc["facts"])  # type: ignore[attr-defined]  # (one accord, signed)


def test_the_list_stops_at_the_clause_after_it(run: Run) -> None:
    doc = run("Belize and Honduras signed two agreements on fisheries, and tourism, at the "
              "close of a meeting in Belmopan.")
    assert {"agreement on fisheries", "agreement on tourism"} <= set(accord_names(doc))


def test_an_adverb_before_a_gerund_topic_stays_in_the_name(run: Run) -> None:
    doc = run("Laos and Cambodia signed a memorandum of understanding on jointly building a "
              "power line on Monday.")
    assert "memorandum of understanding on jointly building a power line" in accord_names(doc)


def test_a_named_scheme_is_the_object_of_a_gerund_topic(run: Run) -> None:
    doc = run("Laos and Cambodia signed a memorandum of understanding on jointly promoting the "
              "Green Corridor Initiative on Monday.")
    name = "memorandum of understanding on jointly promoting the Green Corridor Initiative"
    assert ("SIGNED", "Laos", name) in triples(doc)


def test_an_agency_after_the_year_closes_the_dateline() -> None:
    text = ("Vientiane, March 4, 2025 AKP -- His Excellency Thongloun Sisoulith, President of "
            "Laos, received the credentials of Ambassador Kang Minhu.")
    body = find_body(text)
    assert body.dateline_agency == "AKP" and body.dateline_city == "Vientiane"
    assert body.dateline is not None and text[body.dateline[1]:].startswith("His Excellency")


def test_a_new_ambassador_at_a_venue_is_the_ambassador_named_before(run: Run) -> None:
    doc = run("Ambassador Kang Minhu of South Korea arrived in Vientiane on Monday. Later, Prime "
              "Minister Sonexay Siphandone received a courtesy call from the new ambassador at "
              "his office.")
    assert ("MET_WITH", "Sonexay Siphandone", "Kang Minhu") in triples(doc)


def test_an_envoy_the_state_recalls_is_its_own(run: Run) -> None:
    doc = run("In a statement, the Bolivian foreign ministry said it had called home "
              "ambassador Ramiro Tapia and summoned Chile's charge d'affaires.")
    assert ("Ramiro Tapia", "Bolivia") in offices(doc)
    assert not any("Home" in (f.get("title") or "") for f in doc["facts"])  # type: ignore[attr-defined,union-attr]


def test_its_ambassador_serves_the_state_that_acts(run: Run) -> None:
    doc = run("The Bolivian government recalled its ambassador Ramiro Tapia on Monday.")
    assert ("Ramiro Tapia", "Bolivia") in offices(doc)


def test_an_aide_to_a_leader_serves_the_leaders_state(run: Run) -> None:
    doc = run("Chilean President Gabriel Boric spoke on Monday. Later, Carlos Vergara, the "
              "chief foreign policy adviser to President Gabriel Boric, said ties were strained.")
    assert ("Carlos Vergara", "Chile") in offices(doc)
    titles = {f["source"]: f["title"] for f in doc["facts"]  # type: ignore[attr-defined,index]
              if f["rel"] == "HOLDS_OFFICE"}  # type: ignore[index]
    assert titles["Gabriel Boric"] == "President"
    assert titles["Carlos Vergara"] == "Chief foreign policy adviser to the President"


def test_a_hyphenated_title_after_the_name_is_read_whole(run: Run) -> None:
    doc = run("Juan Perez, the secretary-general of the 35-nation Andean Forum, spoke in Lima "
              "on Monday.")
    assert ("Juan Perez", "Andean Forum") in offices(doc)
    (title,) = [f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"]  # type: ignore[attr-defined,index]
    assert title.lower() == "secretary-general"


def test_a_bare_weekday_between_an_accord_and_its_purpose_is_skipped(run: Run) -> None:
    doc = run("Kenya and the African Union signed an agreement Wednesday to create a joint "
              "border force.")
    assert "agreement to create a joint border force" in accord_names(doc)


def test_a_bare_weekday_before_a_topic_is_skipped(run: Run) -> None:
    doc = run("Kenya and Uganda signed a deal Monday on fisheries.")
    assert "deal on fisheries" in accord_names(doc)


def test_signatures_put_to_the_document_sign_the_accord_just_told(run: Run) -> None:
    doc = run("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday. "
              "Kenya and Uganda signed an agreement on fisheries on Wednesday. Ruto and "
              "Museveni put their signatures to the document in Kampala.")
    assert {("SIGNED", "William Ruto", "agreement on fisheries"),
            ("SIGNED", "Yoweri Museveni", "agreement on fisheries")} <= triples(doc)


def test_a_joint_statement_two_states_sign_is_an_accord(run: Run) -> None:
    doc = run("Vietnam and Laos signed a joint statement on Saturday.")
    assert {("SIGNED", "Vietnam", "joint statement"),
            ("SIGNED", "Laos", "joint statement")} <= triples(doc)


def test_a_joint_statement_issued_is_no_accord(run: Run) -> None:
    doc = run("Vietnam and Laos issued a joint statement on Saturday and signed an agreement "
              "on fisheries.")
    assert "joint statement" not in accord_names(doc)
    assert ("SIGNED", "Vietnam", "agreement on fisheries") in triples(doc)


def test_business_is_a_portfolio_in_a_listed_title(run: Run) -> None:
    doc = run("The texts were signed by Suriname's Minister of Foreign Affairs, International "
              "Business and International Cooperation, Albert Ramdin, on Monday.")
    titles = {f["source"]: f["title"] for f in doc["facts"]  # type: ignore[attr-defined,index]
              if f["rel"] == "HOLDS_OFFICE"}  # type: ignore[index]
    assert titles.get("Albert Ramdin") == ("Minister of Foreign Affairs, International Business "
                                           "and International Cooperation")


def test_other_inside_a_name_is_no_other_accord(run: Run) -> None:
    doc = run("Honduras withdrew from the Convention on the Settlement of Investment Disputes "
              "between States and Nationals of Other States on Monday.")
    name = ("Convention on the Settlement of Investment Disputes between States and Nationals "
            "of Other States")
    assert ("WITHDREW_FROM", "Honduras", name) in triples(doc)


def test_actors_listed_with_the_verb_left_out_act_each_on_their_date(run: Run) -> None:
    doc = run("Peru left the Andean Water Charter on Monday. Bolivia withdrew from the charter "
              "in 2007, Ecuador in 2009 and Chile in 2012.")
    dated = {(f["source"], f.get("date")) for f in doc["facts"]  # type: ignore[attr-defined,index]
             if f["rel"] == "WITHDREW_FROM"}  # type: ignore[index]
    assert {("Bolivia", "2007"), ("Ecuador", "2009"), ("Chile", "2012")} <= dated


def test_a_list_without_dates_is_no_gapped_list(run: Run) -> None:
    doc = run("Bolivia withdrew from the Andean Water Charter in 2007, Ecuador said on Monday.")
    assert ("WITHDREW_FROM", "Ecuador", "Andean Water Charter") not in triples(doc)


def test_the_doer_after_by_is_whom_a_protest_is_about(run: Run) -> None:
    doc = run("Vietnam strongly protests the brutal treatment of Vietnamese fishermen by "
              "Chinese law enforcement forces.")
    assert ("CRITICIZED", "Vietnam", "China") in triples(doc)


def test_a_verb_joined_to_an_adjective_predicate_shares_its_subject(run: Run) -> None:
    doc = run("Vietnam is extremely concerned about and strongly protests this act of China's "
              "coast guard.")
    assert ("CRITICIZED", "Vietnam", "China") in triples(doc)


def test_a_co_host_is_no_guest_of_the_other(run: Run) -> None:
    doc = run("Fijian Prime Minister Sitiveni Rabuka met leaders on Sunday. Indian Prime "
              "Minister Narendra Modi, who was received at the airport by Rabuka on Sunday "
              "evening, co-hosted a summit of the Forum for India-Pacific Islands Cooperation "
              "with his Fijian counterpart on Monday.")
    assert ("VISITED", "Sitiveni Rabuka", "India") not in triples(doc)
    assert ("VISITED", "Narendra Modi", "Fiji") in triples(doc)


def test_allies_set_off_after_a_list_of_states_ally_them(run: Run) -> None:
    doc = run("The leaders agreed that Latvia and Estonia, close allies and neighbours, will "
              "intensify cooperation.")
    assert ("ALLY_OF", "Latvia", "Estonia") in triples(doc)



def test_a_state_condemned_is_no_actor_of_a_gapped_list(run: Run) -> None:
    doc = run("India condemned Pakistan in 2016, China in 2020.")
    assert ("CRITICIZED", "China", "Pakistan") not in triples(doc)
    assert ("CRITICIZED", "India", "Pakistan") in triples(doc)


def test_partners_of_a_signing_are_no_actors_of_a_gapped_list(run: Run) -> None:
    doc = run("China signed a free trade agreement with Chile in 2005, Peru in 2009 and Costa "
              "Rica in 2010.")
    assert ("SIGNED", "Peru", "free trade agreement") not in triples(doc)
    assert ("SIGNED", "China", "free trade agreement") in triples(doc)


def test_a_home_secretary_keeps_the_whole_title(run: Run) -> None:
    doc = run("Britain sent Home Secretary Yvette Cooper to Paris on Monday.")
    titles = {f["source"]: f["title"] for f in doc["facts"]  # type: ignore[attr-defined,index]
              if f["rel"] == "HOLDS_OFFICE"}  # type: ignore[index]
    assert titles.get("Yvette Cooper") == "Home Secretary"


def test_the_new_president_is_not_the_president_named_before(run: Run) -> None:
    doc = run("Ghanaian President Nana Akufo-Addo conceded defeat on Sunday. Nigerian President "
              "Bola Tinubu met the new president on Monday.")
    assert ("MET_WITH", "Bola Tinubu", "Nana Akufo-Addo") not in triples(doc)
    assert ("Bola Tinubu", "Nigeria") in offices(doc)


def test_the_visiting_minister_is_the_minister_named_before(run: Run) -> None:
    doc = run("Indian Foreign Minister Subrahmanyam Jaishankar arrived in Kuwait City on "
              "Tuesday. Kuwaiti Prime Minister Ahmad Abdullah Al-Ahmad Al-Sabah received the "
              "visiting minister on Wednesday.")
    assert ("MET_WITH", "Ahmad Abdullah Al-Ahmad Al-Sabah", "Subrahmanyam Jaishankar") in \
        triples(doc)
