"""Session-24 readings: styles, republics by short name, state lists the parser read as
appositions, agency datelines, signed names beside a described treaty, meetings told with
a venue or a chaired session, visits read off talks in the host's city, counterparts and
bare titles resolved by office, offices given by election or rank, acronyms in brackets
and allies in coordinated appositions. Invented sentences."""

from __future__ import annotations

from datetime import date

from dipgraph.loaders.extract.agencies import agency_state
from dipgraph.loaders.extract.body import find_body
from dipgraph.loaders.extract.counterparts import office_key as office_of
from dipgraph.loaders.extract.surnames import surname_forms
from tests.unit.conftest import Run, accord_names, offices, triples


def persons(doc: dict[str, object]) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["type"] == "Person"}  # type: ignore[attr-defined,index]


def test_the_style_he_is_no_part_of_a_name(run: Run) -> None:
    doc = run("H.E. Yoweri Museveni met Kenyan President William Ruto in Kampala on Friday.")
    assert "Yoweri Museveni" in persons(doc)
    assert not any(p.startswith("H.E") for p in persons(doc))
    assert ("MET_WITH", "Yoweri Museveni", "William Ruto") in triples(doc)


def test_the_style_he_inside_a_rank_and_name(run: Run) -> None:
    doc = run("Thai Prime Minister Srettha Thavisin spoke by telephone with Senior General "
              "H.E. Soe Win on Monday.")
    assert ("MET_WITH", "Srettha Thavisin", "Soe Win") in triples(doc)
    assert not any("H.E." in p for p in persons(doc))


def test_a_republic_named_by_its_short_name_is_that_state(run: Run) -> None:
    doc = run("The Republic of Togo and the Republic of Niger signed the Lome Transit "
              "Protocol on Tuesday.")
    assert {("SIGNED", "Togo", "Lome Transit Protocol"),
            ("SIGNED", "Niger", "Lome Transit Protocol")} <= triples(doc)


def test_a_state_listed_after_a_state_is_no_apposition(run: Run) -> None:
    doc = run("The governments of Ghana, the Republic of Benin and the Republic of Togo "
              "withdrew from the Abuja Treaty on Monday.")
    assert {("WITHDREW_FROM", s, "Abuja Treaty") for s in ("Ghana", "Benin", "Togo")} <= \
        triples(doc)


def test_a_name_before_the_listed_republics_may_be_read_as_a_person(run: Run) -> None:
    doc = run("Burkina Faso, the Republic of Chad and the Republic of Mali signed the "
              "Ndjamena Charter on Monday.")
    assert {("SIGNED", s, "Ndjamena Charter") for s in ("Burkina Faso", "Chad", "Mali")} <= \
        triples(doc)


def test_a_comma_set_warning_belongs_to_the_whole_statement(run: Run) -> None:
    doc = run("Algerian President Abdelmadjid Tebboune said on Monday that Algeria would "
              "never let anyone destabilise Tunisia, in a thinly veiled warning to Morocco.")
    assert ("WARNED", "Abdelmadjid Tebboune", "Morocco") in triples(doc)


def test_a_warning_without_a_comma_stays_on_its_clause(run: Run) -> None:
    doc = run("Algerian President Abdelmadjid Tebboune said on Monday that Algeria would "
              "not issue a statement in a warning to Morocco.")
    assert ("WARNED", "Abdelmadjid Tebboune", "Morocco") not in triples(doc)


def test_a_surname_without_its_article_is_the_person(run: Run) -> None:
    doc = run("Egyptian President Abdel Fattah al-Sisi arrived in Nairobi on Monday. Sisi "
              "spoke at a joint news conference with Kenyan President William Ruto.")
    assert ("MET_WITH", "Abdel Fattah al-Sisi", "William Ruto") in triples(doc)
    assert "Sisi" not in persons(doc)


def test_surname_forms_drop_only_an_article_before_a_capital() -> None:
    assert surname_forms("al-Sisi") == {"al-Sisi", "Sisi"}
    assert surname_forms("El-Erian") == {"El-Erian", "Erian"}
    assert surname_forms("al-khalifa") == {"al-khalifa"}
    assert surname_forms("Alvarez") == {"Alvarez"}
    assert surname_forms("Tan-Lim") == {"Tan-Lim"}


def test_the_two_ministers_are_no_former_office_holder(run: Run) -> None:
    doc = run("NAIROBI, May 14 - Ugandan Foreign Minister Jeje Odongo met Kenya's Cabinet "
              "Secretary for Foreign Affairs, Musalia Mudavadi, on Tuesday. Mr Odongo said "
              "Uganda backed former Kenyan Prime Minister Raila Odinga's bid. The two "
              "ministers signed a memorandum of understanding on fisheries.")
    signers = {s for r, s, _t in triples(doc) if r == "SIGNED"}
    assert {"Jeje Odongo", "Musalia Mudavadi"} <= signers
    assert "Raila Odinga" not in signers


def test_a_session_chaired_by_two_is_their_meeting(run: Run) -> None:
    doc = run("The session was co-chaired by Zambian Foreign Minister Mulambo Haimbe and "
              "Malawian Foreign Minister Nancy Tembo on Thursday.")
    assert ("MET_WITH", "Mulambo Haimbe", "Nancy Tembo") in triples(doc)


def test_a_committee_one_person_chaired_is_no_meeting(run: Run) -> None:
    doc = run("The committee was chaired by Zambian Foreign Minister Mulambo Haimbe on "
              "Thursday.")
    assert not {t for t in triples(doc) if t[0] == "MET_WITH"}


def test_an_agency_dateline_after_a_comma_places_a_bare_title(run: Run) -> None:
    doc = run("Doha, Rajab 4, 1446, January 4, 2025, QNA -- Minister of State for Foreign "
              "Affairs Mohammed Al-Khulaifi met on Friday with Lebanese Prime Minister Najib "
              "Mikati in Beirut.")
    assert ("Mohammed Al-Khulaifi", "Qatar") in offices(doc)
    assert ("MET_WITH", "Mohammed Al-Khulaifi", "Najib Mikati") in triples(doc)


def test_a_portfolio_of_expatriates_keeps_a_list_of_ministers_together(run: Run) -> None:
    doc = run("Jordanian Foreign Minister Ayman Safadi met in Amman with Palestinian Minister "
              "of Foreign Affairs and Expatriates Varsen Aghabekian and Palestinian Minister "
              "of Finance Omar al-Bitar.")
    met = {frozenset((s, t)) for r, s, t in triples(doc) if r == "MET_WITH"}
    assert {frozenset(("Ayman Safadi", "Varsen Aghabekian")),
            frozenset(("Ayman Safadi", "Omar al-Bitar"))} <= met


def test_a_signed_name_a_treaty_stands_beside_is_the_accord(run: Run) -> None:
    doc = run("Prime Minister Sitiveni Rabuka and his Australian counterpart Anthony Albanese "
              "signed the Australia-Fiji Vuvale Union, a treaty that its architects say has "
              "no precedent.")
    assert "Australia-Fiji Vuvale Union" in accord_names(doc)
    assert ("SIGNED", "Sitiveni Rabuka", "Australia-Fiji Vuvale Union") in triples(doc)
    assert "treaty" not in accord_names(doc)


def test_a_lower_case_signed_object_is_no_described_name(run: Run) -> None:
    doc = run("Fijian Prime Minister Sitiveni Rabuka signed the bilateral compact, a treaty "
              "on labour mobility, on Tuesday.")
    assert "bilateral compact" not in accord_names(doc)


def test_met_at_a_venue_with_someone_is_a_meeting_with_him(run: Run) -> None:
    doc = run("Secretary of State Marco Rubio met on Monday at the Department of State with "
              "Omani Foreign Minister Badr Albusaidi.")
    assert ("MET_WITH", "Marco Rubio", "Badr Albusaidi") in triples(doc)
    assert ("Badr Albusaidi", "Oman") in offices(doc)


def test_the_crown_prince_is_the_one_crown_prince_named(run: Run) -> None:
    doc = run("Secretary of State Marco Rubio met Kuwaiti Crown Prince Sabah Al-Khalid "
              "Al-Sabah in Washington on Monday. The Secretary and the Crown Prince signed "
              "the Kuwait-US Defence Cooperation Agreement.")
    signers = {s for r, s, _t in triples(doc) if r == "SIGNED"}
    assert {"Marco Rubio", "Sabah Al-Khalid Al-Sabah"} <= signers


def test_internal_is_a_portfolio_word(run: Run) -> None:
    doc = run("BELGRADE, Oct 17 - The agreement was signed by Serbian Minister of Internal and "
              "Foreign Trade Tomislav Momirovic and Chinese Commerce Minister Wang Wentao.")
    assert ("Tomislav Momirovic", "Serbia") in offices(doc)
    assert {s for r, s, _t in triples(doc) if r == "SIGNED"} >= {"Tomislav Momirovic",
                                                                   "Wang Wentao"}


def test_a_by_the_parser_gave_an_active_verb_belongs_to_the_trip(run: Run) -> None:
    doc = run("Protests erupted over a trip to Minsk last week by Armenian Defence Minister "
              "Suren Papikyan and General Edward Asryan.")
    assert {("VISITED", "Suren Papikyan", "Minsk"), ("VISITED", "Edward Asryan", "Minsk")} <= \
        triples(doc)


def test_a_true_agent_stays_with_its_passive(run: Run) -> None:
    doc = run("The visit to Minsk was criticised by Armenian Prime Minister Nikol Pashinyan.")
    assert ("VISITED", "Nikol Pashinyan", "Minsk") not in triples(doc)


def test_a_states_rulers_act_for_the_state(run: Run) -> None:
    doc = run("In March 2024, Niger's military rulers, led by General Abdourahamane Tiani, "
              "ended the 2012 Niamey defence accord.")
    assert ("WITHDREW_FROM", "Niger", "Niamey defence accord") in triples(doc)


def test_a_national_agency_filing_abroad_gives_bare_titles_its_own_state(run: Run) -> None:
    doc = run("Jakarta (VNA) - Party General Secretary To Lam held talks with Indonesian "
              "President Prabowo Subianto in Jakarta on Monday.")
    assert ("To Lam", "Vietnam") in offices(doc)
    assert ("To Lam", "Indonesia") not in offices(doc)


def test_a_wire_filing_from_a_capital_gives_bare_titles_that_state(run: Run) -> None:
    doc = run("JAKARTA, May 13 (Reuters) - Foreign Minister Retno Marsudi met Vietnamese Foreign "
              "Minister Bui Thanh Son on Monday.")
    assert ("Retno Marsudi", "Indonesia") in offices(doc)


def test_agency_state_reads_national_agencies_only() -> None:
    assert agency_state("VNA") == "VNM"
    assert agency_state("Kazinform") == "KAZ"
    assert agency_state("Reuters") is None
    assert agency_state("Xinhua") is None
    assert agency_state(None) is None


def test_talks_held_in_the_hosts_city_are_the_guests_visit(run: Run) -> None:
    doc = run("Jordanian Prime Minister Jafar Hassan held talks in Baghdad on Sunday with "
              "Iraqi Prime Minister Mohammed Shia al-Sudani.")
    assert {("VISITED", "Jafar Hassan", "Baghdad"), ("VISITED", "Jafar Hassan", "Iraq")} <= \
        triples(doc)
    assert not {t for t in triples(doc) if t[0] == "VISITED" and t[1] != "Jafar Hassan"}


def test_talks_agreed_for_a_city_later_are_no_visit(run: Run) -> None:
    doc = run("Jordanian Prime Minister Jafar Hassan and Iraqi Prime Minister Mohammed Shia "
              "al-Sudani agreed on Sunday to hold their next talks in Baghdad.")
    assert not {t for t in triples(doc) if t[0] == "VISITED"}


def test_the_states_leader_is_the_one_titled_leader(run: Run) -> None:
    doc = run("Lebanese Prime Minister Najib Mikati met Syria's new leader Ahmed al-Sharaa "
              "on Saturday. Al-Sharaa's forces toppled President Bashar al-Assad last month. "
              "The Syrian leader also welcomed the election of Joseph Aoun as Lebanon's "
              "president.")
    backers = {s for r, s, _t in triples(doc) if r == "SUPPORTED"}
    assert "Bashar al-Assad" not in backers
    assert "Ahmed al-Sharaa" in backers


def test_him_after_a_summoned_envoy_is_the_envoys_state(run: Run) -> None:
    doc = run("VILNIUS, Oct 27 - Prime Minister Inga Ruginiene announced the closure on "
              "Monday. Foreign Minister Kestutis Budrys on Sunday summoned the Russian charge "
              "d'affaires and handed him a note of protest.", date(2025, 10, 27))
    blamed = {t for r, s, t in triples(doc) if r == "CRITICIZED" and s == "Kestutis Budrys"}
    assert "Russia" in blamed
    assert "Inga Ruginiene" not in blamed


def test_the_minister_is_no_prime_minister(run: Run) -> None:
    doc = run("VILNIUS, Oct 27 - Prime Minister Inga Ruginiene announced the closure on "
              "Monday. Foreign Minister Kestutis Budrys met the Polish ambassador. The same "
              "day, the minister spoke by phone with his Latvian counterpart Baiba Braze.",
              date(2025, 10, 27))
    met = {frozenset((s, t)) for r, s, t in triples(doc) if r == "MET_WITH"}
    assert frozenset(("Kestutis Budrys", "Baiba Braze")) in met
    assert frozenset(("Inga Ruginiene", "Baiba Braze")) not in met


def test_a_name_the_ner_ran_into_of_the_state_is_a_person(run: Run) -> None:
    doc = run("Uzbek Foreign Minister Bakhtiyor Saidov held talks today with Minister of "
              "Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev.")
    assert ("Jeenbek Kulubaev", "Kyrgyzstan") in offices(doc)
    assert ("MET_WITH", "Bakhtiyor Saidov", "Jeenbek Kulubaev") in triples(doc)


def test_received_by_the_president_of_a_state_and_his_name(run: Run) -> None:
    doc = run("Kazakh Foreign Minister Murat Nurtleu was received by President of Ghana John "
              "Mahama on Monday.")
    assert ("MET_WITH", "John Mahama", "Murat Nurtleu") in triples(doc)


def test_talks_held_with_him_are_with_the_one_named_before(run: Run) -> None:
    doc = run("Foreign Minister Lin Chia-lung attended the inauguration of Palau President "
              "Surangel Whipps Jr. on Thursday and held talks with him after the ceremony.")
    assert ("MET_WITH", "Lin Chia-lung", "Surangel Whipps Jr.") in triples(doc)


def test_an_unnamed_counterpart_holds_the_speakers_office(run: Run) -> None:
    doc = run("SANTIAGO, April 26 - Foreign Minister Alberto van Klaveren lodged a protest on "
              "Thursday. Undersecretary of Foreign Affairs Gloria de la Fuente delivered the "
              "note. President Gabriel Boric added his voice. Argentine Foreign Minister Diana "
              "Mondino said she had spoken by telephone with her Chilean counterpart on "
              "Wednesday night.", date(2024, 4, 26))
    met = {frozenset((s, t)) for r, s, t in triples(doc) if r == "MET_WITH"}
    assert frozenset(("Diana Mondino", "Alberto van Klaveren")) in met
    assert not {m for m in met if "Gabriel Boric" in m or "Gloria de la Fuente" in m}


def test_currently_before_an_apposed_title(run: Run) -> None:
    doc = run("Hsiao Bi-khim, currently Taiwan's vice president, met Paraguayan President "
              "Santiago Pena on Monday.")
    assert ("Hsiao Bi-khim", "Taiwan") in offices(doc)


def test_the_office_one_is_elected_to(run: Run) -> None:
    doc = run("The Syrian leader welcomed the election on Thursday of army commander Rudolf "
              "Haykal as Lebanon's president.")
    assert ("Rudolf Haykal", "Lebanon") in offices(doc)


def test_a_states_ranked_officer_holds_office_there(run: Run) -> None:
    doc = run("Guinea's Colonel Mamadi Doumbouya met Mali's General Assimi Goita in Bamako "
              "on Monday.")
    assert {("Mamadi Doumbouya", "Guinea"), ("Assimi Goita", "Mali")} <= offices(doc)


def test_an_acronym_in_brackets_after_an_accord_is_its_short_name(run: Run) -> None:
    doc = run("The two leaders pledged to uphold the 1982 United Nations Convention on the Law "
              "of the Sea (UNCLOS). Manila ratified UNCLOS in 1984.")
    assert accord_names(doc) == ["United Nations Convention on the Law of the Sea"]


def test_an_ally_in_a_coordinated_apposition(run: Run) -> None:
    doc = run("Norway, a NATO member and a long-standing U.S. ally, summoned a Russian envoy "
              "on Monday.")
    assert ("ALLY_OF", "United States", "Norway") in triples(doc) or \
        ("ALLY_OF", "Norway", "United States") in triples(doc)


def test_the_appointee_is_the_object_not_a_name_inside_it(run: Run) -> None:
    doc = run("Kenyan President William Ruto appointed Raila Odinga's ally John Mbadi as "
              "Kenya's finance minister.")
    assert ("Raila Odinga", "Kenya") not in offices(doc)


def test_an_as_office_does_not_replace_a_held_title(run: Run) -> None:
    doc = run("Foreign Minister Musalia Mudavadi of Kenya attended the summit as Kenya's "
              "envoy.")
    titles = {f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"}
    assert titles and all("Minister" in str(t) for t in titles)


def test_stood_by_after_talks_is_no_trip_by(run: Run) -> None:
    doc = run("After the talks in Paris, Germany stood by Ukraine.")
    assert ("SUPPORTED", "Germany", "Ukraine") in triples(doc)


def test_a_comma_and_capitals_before_a_hyphen_are_no_agency_dateline() -> None:
    body = find_body("Beijing, US - China trade talks resumed on Monday after a long pause.")
    assert body.dateline is None
    body = find_body("Riyadh, April 27, 2025, SPA -- Saudi Arabia and Qatar announced today "
                     "that they will pay.")
    assert body.dateline_agency == "SPA"


def test_offices_compare_by_whole_words_and_rank() -> None:
    assert office_of("Minister of Foreign Trade") != office_of("Foreign Minister")
    assert office_of("Minister of Public Service") == "service"
    assert office_of("Deputy Prime Minister and Foreign Minister") == office_of(
        "Minister of Foreign Affairs")
    assert office_of("Undersecretary of Foreign Affairs") != office_of("Foreign Minister")


def test_codes_other_bodies_share_set_no_state() -> None:
    assert agency_state("KNA") is None
    assert agency_state("MAP") is None


def test_a_signing_clause_after_an_accords_topic_is_the_accords(run: Run) -> None:
    doc = run("The two leaders agreed to implement the agreement on the delimitation of the "
              "two countries' continental shelves, which Malaysia and Brunei signed in "
              "March 2009.")
    name = "agreement on the delimitation of the two countries' continental shelves"
    assert name in accord_names(doc)
    assert {("SIGNED", "Malaysia", name), ("SIGNED", "Brunei", name)} <= triples(doc)


def test_an_accord_between_the_two_countries_names_no_parties(run: Run) -> None:
    doc = run("Kenya and Uganda signed an agreement on trade between the two countries on "
              "Monday.")
    assert "agreement on trade" in accord_names(doc)


def test_the_arrangement_signed_is_the_accord_just_told(run: Run) -> None:
    doc = run("Russia said on Monday it was quitting the Black Sea Grain Initiative. Russia "
              "and Ukraine signed the arrangement in Istanbul in July 2022.",
              date(2023, 7, 17))
    assert {("SIGNED", "Russia", "Black Sea Grain Initiative"),
            ("SIGNED", "Ukraine", "Black Sea Grain Initiative")} <= triples(doc)
    assert accord_names(doc) == ["Black Sea Grain Initiative"]
