"""Session-26 readings. Offices: a national agency's own minister abroad, ruling parties
and legislatures that stand for their state, emperors, a bare ministry's spokesman on a
dateline, a named person's spokesman. Also texts listed after a counted signing, summonses
with a demand, 'Korean', 'stopped short of', 'the two ministers', 'the two allies', 'the
three officials', designated allies, 'where' clauses of stays, bare bundles of texts,
guests run into a venue, and envoys listed after a credentials ceremony. Invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from dipgraph.loaders.extract.body import find_body
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import find_mentions
from dipgraph.loaders.extract.people import resolve_people
from tests.unit.conftest import Run, offices, triples


def test_a_national_agency_minister_abroad_is_of_the_agency_state(nlp: Language) -> None:
    text = ("BERLIN, May 3 -- Trade Minister Park Min-seo, who arrived in Berlin on Thursday "
            "for a two-day trip, met business leaders.")
    doc = nlp(text)
    dm = find_mentions(doc, find_body(text), gazetteer(), nlp)
    abroad = resolve_people(dm, gazetteer(), "KOR", agency=True).persons["Park Min-seo"]
    assert abroad.country == "KOR"  # (the agency's own minister on a trip)
    doc = nlp(text)
    dm = find_mentions(doc, find_body(text), gazetteer(), nlp)
    visitor = resolve_people(dm, gazetteer(), "KOR").persons["Park Min-seo"]
    assert visitor.country is None  # (a visitor to the dateline's city is no official there)


def test_a_national_agency_dateline_gives_bare_titles_its_state(run: Run) -> None:
    doc = run("BERLIN, May 3 (Yonhap) -- Trade Minister Park Min-seo, who arrived in Berlin "
              "on Thursday, met German business leaders.")
    assert ("Park Min-seo", "South Korea") in offices(doc)


def test_a_visitor_on_a_foreign_dateline_without_an_agency_gets_no_state(run: Run) -> None:
    doc = run("BERLIN, May 3 -- Trade Minister Park Min-seo, who arrived in Berlin on "
              "Thursday, met German business leaders.")
    assert ("Park Min-seo", "Germany") not in offices(doc)


def test_an_office_in_a_national_legislature_is_an_office_of_its_state(run: Run) -> None:
    doc = run("Li Hongzhong, vice chairman of the National People's Congress Standing "
              "Committee, arrived in Hanoi on Monday for talks.")
    assert ("Li Hongzhong", "China") in offices(doc)
    (title,) = [f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"
                and f["source"] == "Li Hongzhong"]
    assert title.startswith("Vice chairman of the National People's Congress")


def test_the_chief_of_a_ruling_party_named_without_its_state_leads_the_state(
        run: Run) -> None:
    doc = run("Kim Jong Un, general secretary of the Workers' Party of Korea, received a "
              "delegation from Laos on Monday.")
    assert ("Kim Jong Un", "North Korea") in offices(doc)


def test_a_party_that_rules_no_state_is_its_own(run: Run) -> None:
    doc = run("Ana Ruiz, general secretary of the Workers' Party of Brazil, received a "
              "delegation from Laos on Monday.")
    assert ("Ana Ruiz", "Brazil") not in offices(doc)


def test_an_emperor_of_a_state_holds_its_office(run: Run) -> None:
    doc = run("Emperor Akihito of Japan received King Letsie III of Lesotho in Tokyo.")
    assert {("Emperor Akihito", "Japan"), ("Letsie III", "Lesotho")} <= offices(doc)


def test_a_bare_ministry_spokesman_is_of_the_dateline_state(run: Run) -> None:
    doc = run("NAIROBI, May 3 - The talks with Somalia will resume next month, ministry "
              "spokesman Peter Otieno said on Friday.")
    assert ("Peter Otieno", "Kenya") in offices(doc)


def test_a_named_person_spokesman_serves_that_person_state(run: Run) -> None:
    doc = run("William Ruto held talks with Samia Suluhu Hassan on Monday. Ruto's "
              "spokesman, Hussein Mohamed, said the talks went well. Kenyan President Ruto "
              "flew home on Tuesday.")
    assert ("Hussein Mohamed", "Kenya") in offices(doc)
    assert ("Hussein Mohamed", "Tanzania") not in offices(doc)


_THREE_TEXTS = ("Malawi and Zambia on Monday signed three cooperation instruments at the end "
                "of their joint commission in Lilongwe.\n\nThe instruments were signed by "
                "Foreign Minister Nancy Tembo and her Zambian counterpart Mulambo Haimbe.\n\n"
                "They are a memorandum of understanding on cooperation in fisheries, which "
                "covers Lake Malawi; a memorandum of understanding on the joint management of "
                "a border post at Mwami; and an agreement on cooperation in tourism.")


def test_texts_listed_after_a_counted_signing_are_each_signed_by_its_signers(
        run: Run) -> None:
    doc = run(_THREE_TEXTS)
    names = {"memorandum of understanding on cooperation in fisheries",
             "memorandum of understanding on the joint management of a border post at Mwami",
             "agreement on cooperation in tourism"}
    assert {("SIGNED", who, name) for who in ("Malawi", "Zambia", "Nancy Tembo",
                                              "Mulambo Haimbe")
            for name in names} <= triples(doc)
    assert {t for _, _, t in triples(doc, "SIGNED")} == names


def test_a_they_are_list_with_no_signing_before_is_signed_by_no_one(run: Run) -> None:
    doc = run(_THREE_TEXTS.replace("signed three cooperation instruments", "discussed three "
                                   "cooperation proposals").replace(
        "The instruments were signed by", "The talks were chaired by"))
    assert not triples(doc, "SIGNED")


def test_summoning_a_named_envoy_and_demanding_asks_his_state(run: Run) -> None:
    doc = run("Vice Foreign Minister Kenji Yamada summoned Li Wei, acting Chinese ambassador "
              "to Japan, on Monday evening, lodging a protest and demanding measures to "
              "prevent a recurrence.")
    assert {("REQUESTED", "Kenji Yamada", "China"),
            ("CRITICIZED", "Kenji Yamada", "China")} <= triples(doc)


def test_the_korean_side_is_south_korea(run: Run) -> None:
    doc = run("At the fisheries talks, the Korean delegation urged China to curb illegal "
              "fishing.")
    assert ("REQUESTED", "South Korea", "China") in triples(doc)


def test_inter_korean_ties_name_neither_korea(run: Run) -> None:
    doc = run("China supports the improvement of inter-Korean relations, Vice Minister Sun "
              "Weidong said.")
    assert not any(e["name"] == "South Korea" for e in doc["entities"])


def test_stopping_short_of_an_act_is_not_doing_it(run: Run) -> None:
    doc = run("Jordan and Israel signed a peace treaty in 1994. Amman stopped short, however, "
              "of suspending the treaty.")
    assert not triples(doc, "WITHDREW_FROM")
    doc = run("Jordan and Israel signed a peace treaty in 1994. Amman suspended the treaty on "
              "Monday.")
    assert ("WITHDREW_FROM", "Jordan", "peace treaty") in triples(doc)


def test_the_two_ministers_are_the_two_who_met_a_third_together(run: Run) -> None:
    doc = run("Malawian Defence Minister Harold Mtonga and his Zambian counterpart Ambrose "
              "Lufuma met in Cairo with Egyptian Defence Minister Mohamed Zaki. The two "
              "ministers signed a border security agreement, the statement said.")
    signers = {s for _, s, _ in triples(doc, "SIGNED")}
    assert {"Harold Mtonga", "Ambrose Lufuma"} <= signers
    assert "Mohamed Zaki" not in signers


def test_a_state_designated_an_ally_of_another_is_its_ally(run: Run) -> None:
    doc = run("Ghana has been designated a Major Non-NATO Ally of the United States.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")} == {
        frozenset(("Ghana", "United States"))}
    doc = run("Ghana was not designated a major ally of the United States.")
    assert not triples(doc, "ALLY_OF")


def test_the_two_allies_are_the_pair_just_called_allies(run: Run) -> None:
    doc = run("North Korea and South Korea signed the military pact in 2018, and both sides "
              "later blamed each other for breaking it. The United States, South Korea's key "
              "ally, keeps troops in the country. The two allies have expanded their joint "
              "exercises.")
    pairs = {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")}
    assert pairs == {frozenset(("United States", "South Korea"))}


def test_the_three_officials_are_the_three_who_met(run: Run) -> None:
    doc = run("Deputy Foreign Minister Ana Costa of Portugal met Deputy Foreign Minister Luis "
              "Ortega of Spain and Deputy Foreign Minister Marc Petit of France in Lisbon on "
              "Monday. The three officials agreed to prepare a summit.")
    pairs = {frozenset((s, t)) for _, s, t in triples(doc, "AGREED")}
    assert {frozenset(("Ana Costa", "Luis Ortega")), frozenset(("Ana Costa", "Marc Petit")),
            frozenset(("Luis Ortega", "Marc Petit"))} <= pairs


def test_a_where_clause_of_talks_tells_a_stay_there(run: Run) -> None:
    doc = run("Omani Foreign Minister Badr Albusaidi arrived in Amman from Cairo, where he held "
              "talks with Egyptian officials on Monday.")
    assert ("VISITED", "Badr Albusaidi", "Cairo") in triples(doc)


def test_a_where_clause_of_another_act_tells_no_stay(run: Run) -> None:
    doc = run("Omani Foreign Minister Badr Albusaidi spoke about Cairo, where he holds a "
              "house, on Monday.")
    assert not triples(doc, "VISITED")


def test_a_bare_bundle_beside_named_texts_of_its_kind_is_no_text_of_its_own(
        run: Run) -> None:
    doc = run("Kenya and Tanzania on Monday signed memoranda of understanding. The "
              "memoranda of understanding were signed by the foreign ministers. A memorandum "
              "of understanding on tourism, signed by the two sides on Monday, will boost "
              "travel.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on tourism"}


def test_a_bare_bundle_alone_is_the_text_signed(run: Run) -> None:
    doc = run("Kenya and Tanzania on Monday signed two memoranda of understanding.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"two memoranda of understanding"}


def test_a_guest_run_into_the_venue_is_the_one_received(run: Run) -> None:
    doc = run("Tunisian President Kais Saied received on Monday at Carthage Palace Algerian "
              "President Abdelmadjid Tebboune and Libyan leader Mohamed al-Menfi.")
    pairs = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert {frozenset(("Kais Saied", "Abdelmadjid Tebboune")),
            frozenset(("Kais Saied", "Mohamed al-Menfi"))} <= pairs


def test_envoys_listed_after_a_credentials_ceremony_met_the_receiver(run: Run) -> None:
    doc = run("President Hakainde Hichilema on Tuesday received letters of credence from three "
              "new ambassadors. The envoys who presented their credentials at State House are "
              "Kenyan Ambassador Jane Wanjiru, Indian Ambassador Ravi Menon and Brazilian "
              "Ambassador Paulo Souza.")
    pairs = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert {frozenset(("Hakainde Hichilema", who)) for who in (
        "Jane Wanjiru", "Ravi Menon", "Paulo Souza")} <= pairs


def test_a_visitor_to_a_national_agency_home_is_not_its_official(run: Run) -> None:
    doc = run("SEOUL, May 3 (Yonhap) -- Prime Minister Tran Van Binh, who arrived in Seoul on "
              "Sunday for a three-day visit, met business leaders.")
    assert ("Tran Van Binh", "South Korea") not in offices(doc)


def test_a_call_received_with_the_caller_after_its_date_is_a_meeting(run: Run) -> None:
    doc = run("Egyptian Foreign Minister Badr Abdelatty received a phone call on Sunday from "
              "Algerian Foreign Minister Ahmed Attaf.")
    assert ("MET_WITH", "Badr Abdelatty", "Ahmed Attaf") in triples(doc)


def test_a_post_on_x_ends_its_sentence(run: Run) -> None:
    doc = run("Belgian Foreign Minister Maxime Prevot said the decision was disproportionate. "
              "Belgium would respond in kind, Prevot wrote on X. Belgium has repeatedly called "
              "on Rwanda to withdraw its troops.")
    assert ("REQUESTED", "Belgium", "Rwanda") in triples(doc)
    assert ("REQUESTED", "Maxime Prevot", "Rwanda") not in triples(doc)


def test_a_portfolio_list_set_off_by_commas_is_one_title(run: Run) -> None:
    doc = run("The deal was signed by Cyprus's Minister of Energy, Commerce and Industry, George "
              "Papanastasiou, on Monday.")
    assert ("George Papanastasiou", "Cyprus") in offices(doc)


def test_travellers_named_after_among_them_made_the_trip(run: Run) -> None:
    doc = run("Only a handful of heads of state travelled to Nairobi, among them Qatar's "
              "emir, Sheikh Tamim bin Hamad Al Thani, who left early.")
    assert ("VISITED", "Tamim bin Hamad Al Thani", "Nairobi") in triples(doc)


def test_people_among_them_after_a_trip_not_taken_went_nowhere(run: Run) -> None:
    doc = run("Only a handful of heads of state did not travel to Nairobi, among them Qatar's "
              "emir, Sheikh Tamim bin Hamad Al Thani.")
    assert not triples(doc, "VISITED")
