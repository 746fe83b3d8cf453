"""Session 28 rules, one phenomenon per test: datelines (a place alone on a line, closed by
a full stop, an agency after it), contracts and minutes as accords, criticism of joint
acts, readiness as a pledge, listed counterparts, expectations as requests, stances that
name no one, visits by attending; and the guards that keep each from reading too much.
Invented articles."""

from __future__ import annotations

from dipgraph.loaders.extract.body import find_body
from tests.unit.conftest import Run, offices, triples


def test_a_city_alone_on_a_line_above_the_story_is_its_dateline() -> None:
    text = ("Talks on hydropower resume\n\nStaff Reporter\n\nKathmandu\n\n"
            "Nepal and India resumed talks on hydropower trade on Monday, officials said.\n")
    assert find_body(text).dateline_city == "Kathmandu"


def test_the_place_line_may_come_above_a_subhead_and_carry_its_state_or_a_date() -> None:
    for place in ("Nuku'alofa, Tonga", "Jakarta \u25cf Sat, June 28, 2025"):
        text = (f"Envoy presents credentials\n\n{place}\n\n"
                "The new envoy is the first resident ambassador in a decade.\n\n"
                "The ambassador presented her letters of credence to the King on Friday.\n")
        assert find_body(text).dateline_city == place.split(",")[0].split(" \u25cf")[0]


def test_a_lone_word_that_is_no_known_city_or_a_mismatched_state_is_no_dateline() -> None:
    for place in ("Politics", "Jakarta, Malaysia"):
        text = f"Headline here\n\n{place}\n\nThe minister said the talks had gone well today.\n"
        assert find_body(text).dateline_city is None


def test_a_known_city_closed_by_a_full_stop_opens_the_story_as_its_dateline() -> None:
    text = "Baku. The Foreign Ministry on Tuesday summoned the French ambassador over a post.\n"
    body = find_body(text)
    assert body.dateline_city == "Baku" and body.dateline is not None
    assert text[body.dateline[1]:].startswith("The Foreign")


def test_a_full_stop_after_a_title_or_an_unknown_word_is_no_dateline() -> None:
    for text in ("Mr. Ruto met the envoy of Japan in Nairobi on Monday, his office said.\n",
                 "U.S. President Joe Biden spoke to the Kenyan leader by phone on Monday.\n"):
        assert find_body(text).dateline is None


def test_an_agency_after_the_city_and_a_full_stop_or_dash_is_the_datelines_credit() -> None:
    for text, city, agency in (
            ("ASTANA. KAZINFORM \u2013 The heads of state signed a treaty in Astana today.\n",
             "ASTANA", "KAZINFORM"),
            ("YEREVAN, JULY 30, ARMENPRESS. The special envoys met at the border today.\n",
             "YEREVAN", "ARMENPRESS")):
        body = find_body(text)
        assert (body.dateline_city, body.dateline_agency) == (city, agency)


def test_a_weekday_and_date_line_is_no_dateline_city() -> None:
    text = "Friday, March 3, 2023 - 10:02.\n\nThe King received the new envoy at the palace.\n"
    assert find_body(text).dateline_city is None


def test_a_bare_ministers_state_is_the_lone_dateline_citys(run: Run) -> None:
    doc = run("Power deal signed\n\nPost Report\n\nKathmandu\n\nThe power sale agreement was "
              "signed on Thursday. Energy Minister Deepak Khadka attended the ceremony.\n")
    assert ("Deepak Khadka", "Nepal") in offices(doc)


def test_a_contract_two_states_sign_is_an_accord_named_with_its_goods(run: Run) -> None:
    doc = run("France and Armenia signed a contract for the supply of three Ground Master 200 "
              "air defence radars.")
    assert triples(doc, "SIGNED") == {
        ("SIGNED", s, "contract for the supply of three Ground Master 200 air defence radars")
        for s in ("France", "Armenia")}


def test_minutes_two_sides_sign_are_an_accord_with_what_they_record(run: Run) -> None:
    doc = run("South Korea and China signed the minutes of the meeting on Thursday.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"minutes of the meeting"}


def test_a_contract_a_company_signs_names_no_signer(run: Run) -> None:
    doc = run("Airbus signed a contract for the supply of ten aircraft to the airline.")
    assert triples(doc, "SIGNED") == set()


def test_condemning_the_cooperation_between_two_states_criticises_both(run: Run) -> None:
    doc = run("Chile condemned the military cooperation between North Korea and Russia.")
    assert triples(doc, "CRITICIZED") == {("CRITICIZED", "Chile", "North Korea"),
                                          ("CRITICIZED", "Chile", "Russia")}


def test_condemning_clashes_between_two_states_blames_neither(run: Run) -> None:
    doc = run("Peru condemned the clashes between Chile and Bolivia.")
    assert triples(doc, "CRITICIZED") == set()


def test_the_agreement_after_an_earlier_accord_is_the_storys_own(run: Run) -> None:
    doc = run("Cyprus and Lebanon signed an agreement on Wednesday delimiting their exclusive "
              "economic zones, two decades after an earlier accord was left unratified. The "
              "agreement was signed by Energy Minister George Papanastasiou of Cyprus.")
    assert {(s, t) for _, s, t in triples(doc, "SIGNED")} == {
        ("Cyprus", "agreement"), ("Lebanon", "agreement"), ("George Papanastasiou", "agreement")}


def test_a_portfolio_after_a_states_possessive_is_no_person(run: Run) -> None:
    doc = run("The deal was signed by Lebanon's Public Works and Transport Minister Fayez "
              "Rasamny on Monday.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert people == {"Fayez Rasamny"}
    assert ("Fayez Rasamny", "Lebanon") in offices(doc)


def test_a_part_of_a_pact_between_states_is_no_agreement_told(run: Run) -> None:
    doc = run("Seoul wants to join AUKUS Pillar II, the advanced-capabilities strand of the "
              "pact between Australia, Britain and the United States.")
    assert triples(doc, "AGREED") == set()


def test_a_ceasefire_announced_between_two_sides_is_still_agreed(run: Run) -> None:
    doc = run("Qatar announced a ceasefire between Israel and Iran on Monday.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "AGREED")} == {
        frozenset(("Israel", "Iran"))}



def test_the_two_countries_are_the_pair_that_acted_not_the_pair_condemned(run: Run) -> None:
    doc = run("Australia and South Korea condemned the military cooperation between North "
              "Korea and Russia. The two countries also agreed to explore cooperation with "
              "Japan.")
    assert triples(doc, "AGREED") == {("AGREED", "Australia", "South Korea")}


def test_signers_forming_a_named_alliance_are_allies(run: Run) -> None:
    doc = run("Niger, Mali and Burkina Faso signed a charter on mutual defence in September, "
              "forming the Alliance of Sahel States.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")} == {
        frozenset(p) for p in (("Niger", "Mali"), ("Niger", "Burkina Faso"),
                               ("Mali", "Burkina Faso"))}


def test_a_participle_with_its_own_subject_names_no_members_from_the_main_clause(
        run: Run) -> None:
    doc = run("Kenya and Uganda signed a trade deal on Monday, with Chad forming the Alliance "
              "of Desert States.")
    assert triples(doc, "ALLY_OF") == set()


def test_a_state_ready_to_support_another_pledges_as_well_as_backs(run: Run) -> None:
    doc = run("French President Emmanuel Macron said France was ready to support Nigeria's "
              "efforts to fight terrorism.")
    assert {("PLEDGED", "Emmanuel Macron", "Nigeria"),
            ("SUPPORTED", "Emmanuel Macron", "Nigeria")} <= triples(doc)


def test_a_state_not_ready_to_support_another_pledges_nothing(run: Run) -> None:
    doc = run("French President Emmanuel Macron said France was not ready to support Chad.")
    assert triples(doc, "PLEDGED") == set()


def test_ready_to_help_a_state_do_something_is_a_pledge_to_it_by_the_assurer(
        run: Run) -> None:
    doc = run("Russian Deputy Defense Minister Yunus-Bek Yevkurov held talks in Niamey. "
              "Yevkurov assured his hosts that Russia was ready to help Niger strengthen "
              "its armed forces.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "Yunus-Bek Yevkurov", "Niger")}


def test_a_military_ruler_holds_the_office_of_his_state(run: Run) -> None:
    doc = run("Niger's military ruler General Abdourahamane Tiani met the envoy on Monday.")
    assert offices(doc) == {("Abdourahamane Tiani", "Niger")}


def test_an_adjective_after_a_states_possessive_and_a_rank_keep_the_title_whole(
        run: Run) -> None:
    doc = run("The leaders - Mali's transitional president Colonel Assimi Goita, Burkina "
              "Faso's junta leader Captain Ibrahim Traore and the envoy - met on Monday.")
    assert offices(doc) == {("Assimi Goita", "Mali"), ("Ibrahim Traore", "Burkina Faso")}


def test_counterparts_from_listed_states_set_off_by_dashes_hold_their_offices(
        run: Run) -> None:
    doc = run("Foreign Minister Sergei Lavrov of Russia hosted his counterparts from Mali, "
              "Burkina Faso and Niger - Abdoulaye Diop, Karamoko Traore and Bakary Sangare - "
              "for talks.")
    assert offices(doc) == {("Sergei Lavrov", "Russia"), ("Abdoulaye Diop", "Mali"),
                            ("Karamoko Traore", "Burkina Faso"), ("Bakary Sangare", "Niger")}


def test_talks_with_an_office_then_a_name_set_off_by_commas_meet_that_person(
        run: Run) -> None:
    doc = run("Russian Deputy Defense Minister Yunus-Bek Yevkurov held talks on Monday with the "
              "head of Niger's ruling council, General Abdourahamane Tiani, the broadcaster "
              "reported.")
    assert triples(doc, "MET_WITH") == {
        ("MET_WITH", "Yunus-Bek Yevkurov", "Abdourahamane Tiani")}


def test_an_office_noun_followed_by_a_comma_and_a_clause_names_no_one(run: Run) -> None:
    doc = run("Russian Deputy Defense Minister Yunus-Bek Yevkurov held talks with the head of "
              "the council, Abdourahamane Tiani said on state television.")
    assert triples(doc, "MET_WITH") == set()


def test_the_years_a_signed_programme_runs_are_part_of_its_name(run: Run) -> None:
    doc = run("Uzbekistan and Tajikistan are allies. Foreign Ministers Bakhtiyor Saidov and "
              "Sirojiddin Muhriddin signed a programme of cooperation between their ministries "
              "for 2024-2026.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "programme of cooperation between their ministries for 2024-2026"}


def test_a_state_expecting_another_to_act_requests_it(run: Run) -> None:
    doc = run("Rwandan Foreign Minister Olivier Nduhungirehe said Kigali expected the "
              "Congolese government to dismantle the FDLR.")
    assert triples(doc, "REQUESTED") == {
        ("REQUESTED", "Olivier Nduhungirehe", "DR Congo")}


def test_expecting_something_to_happen_requests_nothing(run: Run) -> None:
    for text in ("Kenya expects China to win the vote.",
                 "Kenya does not expect China to fund the railway.",
                 "Officials in Nairobi expect it to open within months."):
        assert triples(run(text), "REQUESTED") == set()


def test_a_bare_warning_in_a_story_of_two_states_is_at_the_other_one(run: Run) -> None:
    doc = run("Australia expelled Iran's ambassador on Tuesday over attacks in Sydney. Canberra "
              "said Iran had directed the attacks, and Australia cut ties. Iran denied it. "
              "Iranian foreign ministry spokesman Esmaeil Baghaei said the claims were "
              "unfounded and warned that any unjustified action will have a reciprocal "
              "reaction.")
    assert ("WARNED", "Esmaeil Baghaei", "Australia") in triples(doc)


def test_a_bare_warning_in_a_story_of_three_states_is_at_no_one(run: Run) -> None:
    doc = run("Australia expelled Iran's ambassador on Tuesday, and Britain backed Australia. "
              "Canberra said Iran had directed the attacks; London agreed, and Britain and "
              "Australia cut ties. Iran denied it. Iranian foreign ministry spokesman Esmaeil "
              "Baghaei warned that any unjustified action will have a reciprocal reaction.")
    assert triples(doc, "WARNED") == set()


def test_a_bare_condemnation_in_a_story_of_two_states_is_of_the_other_one(run: Run) -> None:
    doc = run("Greek Prime Minister Kyriakos Mitsotakis visited Turkey on Monday. Greece and "
              "Turkey agreed to keep talking, and Turkey hosted the talks. Greece raised the "
              "fate of a monastery. Athens last week condemned the reopening of the building "
              "for worship.")
    assert ("CRITICIZED", "Greece", "Turkey") in triples(doc)


def test_a_climate_change_ministers_title_keeps_its_portfolio(run: Run) -> None:
    doc = run("Vanuatu's Climate Change Minister Ralph Regenvanu spoke on Tuesday.")
    assert [(f["source"], f["target"], f["title"]) for f in doc["facts"]
            if f["rel"] == "HOLDS_OFFICE"] == [
        ("Ralph Regenvanu", "Vanuatu", "Climate Change Minister")]


def test_attending_an_event_in_a_foreign_city_is_a_visit(run: Run) -> None:
    doc = run("Armenian Prime Minister Nikol Pashinyan attended the inauguration of Turkish "
              "President Recep Tayyip Erdogan in Ankara in June 2023.")
    assert {t for _, s, t in triples(doc, "VISITED")} == {"Turkey", "Ankara"}


def test_attending_an_event_at_home_is_no_visit(run: Run) -> None:
    doc = run("Armenian Foreign Minister Ararat Mirzoyan attended a meeting in Yerevan.")
    assert triples(doc, "VISITED") == set()


def test_expecting_another_state_to_launch_or_fund_something_requests_nothing(
        run: Run) -> None:
    for text in ("Ukraine expects Russia to launch a new offensive in the spring.",
                 "Kenyan President William Ruto said he expected China to fund the railway."):
        assert triples(run(text), "REQUESTED") == set()


def test_a_condemned_attack_or_killing_elsewhere_blames_neither_state_of_the_story(
        run: Run) -> None:
    story = ("Greek Prime Minister Kyriakos Mitsotakis visited Turkey on Monday. Greece and "
             "Turkey agreed to keep talking, and Turkey hosted the talks. ")
    for last in ("Athens condemned the killing of civilians in Gaza.",
                 "A bomb killed six people in a market on Sunday. Athens condemned the attack."):
        assert ("CRITICIZED", "Greece", "Turkey") not in triples(run(story + last))


def test_attending_a_summit_abroad_by_video_link_is_no_visit(run: Run) -> None:
    doc = run("Turkish President Recep Tayyip Erdogan attended the summit in Moscow by video "
              "link.")
    assert triples(doc, "VISITED") == set()


def test_condemning_an_exchange_of_fire_between_two_states_blames_neither(run: Run) -> None:
    doc = run("Chile condemned the exchange of fire between India and Pakistan.")
    assert triples(doc, "CRITICIZED") == set()


def test_a_headline_opening_with_a_city_and_a_dash_is_no_dateline() -> None:
    text = ("Moscow \u2013 Kyiv prisoner swap delayed\n\nThe exchange of prisoners was put off "
            "on Monday, officials said.\n")
    assert find_body(text).dateline_city is None


def test_an_ousted_ruler_holds_his_office_no_more(run: Run) -> None:
    doc = run("Syria's ousted ruler Bashar al-Assad fled to Moscow.")
    assert [f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"] == ["Ousted ruler"]
