"""Offices, organisations, meetings and dates: titles before and after names, hosts of
gatherings, separate talks, and the dates of found facts. Invented sentences, one
phenomenon per test."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples


def _pairs(doc: dict, rel: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for _, s, t in triples(doc, rel)}


def test_dateline_dash_does_not_hide_the_first_sentence(run: Run) -> None:
    doc = run("ACCRA \u2014 Nigerian President Bola Tinubu arrived in Accra on Tuesday for "
              "talks on regional security.\n\nTinubu later left for Lome.")
    assert ("Bola Tinubu", "Nigeria") in offices(doc)
    assert ("VISITED", "Bola Tinubu", "Ghana") in triples(doc, "VISITED")


def test_title_with_of_object_before_a_name_with_an_initial(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amina Mohamed received United States Secretary of "
              "State Warren K. Halvorsen in Nairobi on Monday.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Warren K. Halvorsen" in people
    assert ("Warren K. Halvorsen", "United States") in offices(doc)


def test_listed_presidents_each_hold_the_office_of_their_own_state(run: Run) -> None:
    doc = run("President Ilse Varga of Hungary, President Tomas Novak of Slovakia and "
              "President Marek Zielinski of Poland attended the summit.")
    got = offices(doc)
    assert ("Marek Zielinski", "Poland") in got
    assert ("Marek Zielinski", "Slovakia") not in got


def _date(doc: dict, rel: str, source: str, target: str) -> str | None:
    return next(f["date"] for f in doc["facts"] if f["rel"] == rel and
                {f["source"], f["target"]} == {source, target})


def test_a_day_after_dates_the_act_to_the_day_before(run: Run) -> None:
    doc = run("An official in Male said on Sunday that ties were strong, a day after "
              "President Ali Hassan visited China.")
    assert _date(doc, "VISITED", "Ali Hassan", "China") == "2024-05-11"


def test_a_visitor_does_not_hold_office_in_the_state_he_visits(run: Run) -> None:
    doc = run("An official in Male said on Sunday that ties were strong, a day after "
              "President Ali Hassan visited China.")
    assert ("Ali Hassan", "China") not in offices(doc)


def test_earlier_does_not_inherit_the_scene_day(run: Run) -> None:
    doc = run("Chilean President Rosa Vera met Peruvian President Juan Soto in Lima on "
              "Monday.\n\nEarlier, Vera criticised Bolivia over the border closure.")
    crit = next(f for f in doc["facts"] if f["rel"] == "CRITICIZED")
    assert crit["date"] != "2024-05-13"


def test_a_signing_keeps_the_day_of_the_earlier_signing_not_a_year_nearby(run: Run) -> None:
    doc = run("Ghana and Togo signed an agreement on a coastal railway on Monday, a project "
              "first proposed in 2016. Ghanaian Foreign Minister Kofi Asante and Togolese "
              "Foreign Minister Yawo Mensah signed the railway agreement on behalf of their "
              "governments.")
    signed = [f for f in doc["facts"] if f["rel"] == "SIGNED" and f["source"] == "Kofi Asante"]
    assert signed and all(f["date"] == "2024-05-13" for f in signed)


def test_state_coast_guard_is_an_organisation_acting_for_its_state(run: Run) -> None:
    doc = run("Vietnam on Monday condemned the China Coast Guard over the ramming of a "
              "fishing boat.")
    orgs = {e["name"] for e in doc["entities"] if e["type"] == "Organization"}
    assert "China Coast Guard" in orgs
    assert ("CRITICIZED", "Vietnam", "China") in triples(doc, "CRITICIZED")


def test_an_official_does_not_back_his_own_state(run: Run) -> None:
    doc = run("Chinese President Xi Jinping hosted the leaders of Kazakhstan and Kyrgyzstan "
              "on Friday. The three leaders said they support the one-China principle.")
    assert ("SUPPORTED", "Xi Jinping", "China") not in triples(doc, "SUPPORTED")


def test_yet_to_visit_is_no_visit(run: Run) -> None:
    doc = run("Maldivian President Ali Hassan has yet to visit India since taking office.")
    assert not triples(doc, "VISITED")


def test_who_heads_the_ministry_of_a_state(run: Run) -> None:
    doc = run("Ana Souza, who heads the Brazilian foreign ministry, arrived in Quito on "
              "Monday.")
    assert ("Ana Souza", "Brazil") in offices(doc)


def test_who_chairs_a_body(run: Run) -> None:
    doc = run("Ana Souza, who chairs the African Union Commission, arrived in Quito on "
              "Monday.")
    assert ("Ana Souza", "African Union Commission") in offices(doc)


def test_surname_the_ner_took_for_a_place_before_an_apposed_title(run: Run) -> None:
    doc = run("Ana Souza, Brazil's foreign minister, met Peruvian Foreign Minister Javier "
              "Gonzalez on the sidelines of the G20 summit on Monday.")
    assert ("Ana Souza", "Brazil") in offices(doc)
    assert frozenset(("Ana Souza", "Javier Gonzalez")) in _pairs(doc, "MET_WITH")


def test_two_apposed_officials_spoke_by_phone(run: Run) -> None:
    doc = run("Ana Souza, Brazil's foreign minister, and Javier Gonzalez, Peru's foreign "
              "minister, spoke by phone on Monday.")
    assert frozenset(("Ana Souza", "Javier Gonzalez")) in _pairs(doc, "MET_WITH")


def test_spokesperson_for_a_state_ministry_after_a_name(run: Run) -> None:
    doc = run("Mao Ning, a spokesperson for China's foreign ministry, criticised Japan on "
              "Monday.")
    assert ("Mao Ning", "China") in offices(doc)


def test_president_of_a_body_before_a_name_with_particles(run: Run) -> None:
    doc = run("The president of the European Commission, Ursula von der Leyen, arrived in "
              "Quito on Monday.")
    assert ("Ursula von der Leyen", "European Commission") in offices(doc)


def test_attending_the_same_event_is_no_meeting(run: Run) -> None:
    doc = run("Peruvian President Dina Boluarte and Bolivian President Luis Arce both "
              "addressed the UN General Assembly on Monday.")
    assert not _pairs(doc, "MET_WITH")


def test_armed_group_named_by_corps_or_brigades_is_an_organisation(run: Run) -> None:
    doc = run("The Islamic Revolutionary Guard Corps seized a tanker on Monday, and the "
              "Qassam Brigades released a statement.")
    orgs = {e["name"] for e in doc["entities"] if e["type"] == "Organization"}
    assert {"Islamic Revolutionary Guard Corps", "Qassam Brigades"} <= orgs
    assert not [e for e in doc["entities"] if e["type"] == "Person"]


def test_the_day_before_set_off_by_a_comma(run: Run) -> None:
    doc = run("Kenyan President Samuel Ruto met Ugandan President Yoweri Museveni in Nairobi "
              "on Monday. The day before, Ruto held talks with Tanzanian President Samia "
              "Suluhu Hassan.")
    assert _date(doc, "MET_WITH", "Samuel Ruto", "Samia Suluhu Hassan") == "2024-05-12"


def test_two_days_after_counts_back_from_the_main_clause(run: Run) -> None:
    doc = run("Kenyan President Samuel Ruto met Ugandan President Yoweri Museveni in Nairobi "
              "on Monday, two days after he visited Kampala.")
    assert _date(doc, "VISITED", "Samuel Ruto", "Kampala") == "2024-05-11"


def test_title_in_brackets_after_a_name(run: Run) -> None:
    doc = run("Ana Souza (Brazil's foreign minister) arrived in Quito on Monday.")
    assert ("Ana Souza", "Brazil") in offices(doc)


def test_newly_appointed_title_of_a_state_after_a_name(run: Run) -> None:
    doc = run("Ana Souza, the newly appointed foreign minister of Brazil, arrived in Quito on "
              "Monday.")
    assert ("Ana Souza", "Brazil") in offices(doc)


def test_a_bare_title_after_a_hosting_state_is_not_of_the_host(run: Run) -> None:
    doc = run("Malaysia hosted the summit in Kuala Lumpur. President Prabowo Subianto said "
              "the region must stay united.")
    assert ("Prabowo Subianto", "Malaysia") not in offices(doc)


def test_a_bare_title_after_a_state_that_acted_is_of_that_state(run: Run) -> None:
    doc = run("Kenya signed the pact in Nairobi on Monday. President William Ruto said it "
              "would help.")
    assert ("William Ruto", "Kenya") in offices(doc)


def test_one_callers_phone_talks_with_two_pair_only_the_caller(run: Run) -> None:
    doc = run("Turkish Foreign Minister Hakan Demir spoke by phone on Monday with Egyptian "
              "Foreign Minister Omar Fathy and Jordanian Foreign Minister Ziad Haddad.")
    pairs = _pairs(doc, "MET_WITH")
    assert frozenset(("Hakan Demir", "Omar Fathy")) in pairs
    assert frozenset(("Omar Fathy", "Ziad Haddad")) not in pairs


def test_a_bare_title_in_a_sentence_opened_by_a_foreign_city_is_of_that_state(run: Run) -> None:
    doc = run("NAIROBI, May 14 -- Kenya reopened its border with Somalia on Tuesday.\n\n"
              "In Mogadishu, Prime Minister Omar Yusuf Abdi welcomed the decision.")
    assert ("Omar Yusuf Abdi", "Somalia") in offices(doc)
    assert ("Omar Yusuf Abdi", "Kenya") not in offices(doc)


def test_a_known_office_holder_with_a_bare_title_serves_his_own_state(run: Run) -> None:
    doc = run("BRASILIA, May 3 -- Brazil and Argentina discussed trade on Friday.\n\n"
              "President Cyril Ramaphosa, who arrived on Thursday, said the talks went well.")
    assert ("Cyril Ramaphosa", "South Africa") in offices(doc)
    assert ("Cyril Ramaphosa", "Brazil") not in offices(doc)


def test_the_state_the_text_gives_wins_over_the_list_of_office_holders(run: Run) -> None:
    doc = run("Kenyan President Cyril Ramaphosa said the talks went well.")
    assert offices(doc) == {("Cyril Ramaphosa", "Kenya")}


def test_a_one_word_name_after_a_states_formal_title_is_a_person(run: Run) -> None:
    doc = run("Indonesian Defence Minister Suryanto met Malaysian Defence Minister Aziz "
              "Rahman in Jakarta on Monday.")
    assert ("Suryanto", "Indonesia") in offices(doc)
    assert _pairs(doc, "MET_WITH") == {frozenset(("Suryanto", "Aziz Rahman"))}


def test_a_one_word_name_after_a_bare_title_is_not_made_a_person(run: Run) -> None:
    doc = run("President Suryanto met Malaysian Defence Minister Aziz Rahman on Monday.")
    assert "Suryanto" not in {e["name"] for e in doc["entities"]}


def test_a_listed_person_with_an_international_bodys_title_serves_the_body(run: Run) -> None:
    doc = run("NATO allies met in Brussels on Monday to discuss air defence.\n\n"
              "Secretary-General Jens Stoltenberg said the alliance would send more systems.")
    assert offices(doc) == {("Jens Stoltenberg", "NATO")}


def test_what_one_does_with_a_person_in_a_phone_call_is_a_call_with_him(run: Run) -> None:
    doc = run("Chilean President Ana Rojas said she had raised the matter with Peruvian "
              "President Luis Soto and Bolivian President Juan Paz in a phone call on Monday.")
    met = {frozenset((a, b)) for _, a, b in triples(doc, "MET_WITH")}
    assert met == {frozenset(("Ana Rojas", "Luis Soto")), frozenset(("Ana Rojas", "Juan Paz"))}
    assert not triples(run("Chilean President Ana Rojas raised the matter with Peruvian "
                           "President Luis Soto in a letter."), "MET_WITH")
