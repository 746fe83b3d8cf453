"""Places, accords, dates and references in general form, each on a short invented
sentence: non-capital cities and named regions or seas as Places, a capital used for
its state, state organs placed "in" a capital, plural titles before several names,
accords named by description, acronym or "known as", and relative dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dipgraph.loaders.extract.dates import resolve_date
from dipgraph.loaders.extract.gazetteer import gazetteer
from tests.unit.conftest import PUB, Run, triples


def typed(doc: dict[str, Any], kind: str) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["type"] == kind}


def accord(doc: dict[str, Any]) -> dict[str, Any]:
    (found,) = [e for e in doc["entities"] if e["type"] == "Accord"]
    return found


def test_gazetteer_knows_major_cities_and_regions_with_their_states() -> None:
    gaz = gazetteer()
    assert gaz.place_country("Mombasa") == "KEN"
    assert gaz.place_country("Tigray") == "ETH"
    assert gaz.place_country("Donbas") is None  # occupied: no one state
    assert gaz.place_country("Kashmir") is None  # disputed
    assert "Houston" not in gaz.cities  # a surname as often as a city
    assert gaz.place_country("Red Sea") is None  # a sea of several states
    assert "Red Sea" in gaz.cities
    assert gaz.lookup_country("Mombasa") is None  # a city names no state


def test_a_non_capital_city_is_the_venue_of_a_meeting(run: Run) -> None:
    doc = run("Kenyan President Daniel Oloo met Ugandan President Samuel Okello in "
              "Mombasa on Monday.")
    assert "Mombasa" in typed(doc, "Place")
    meet = next(f for f in doc["facts"] if f["rel"] == "MET_WITH")
    assert meet["place"] == "Mombasa"


@pytest.mark.parametrize(("text", "place"), [
    ("Shipping in the Red Sea slowed, Egypt said on Monday.", "Red Sea"),
    ("Fighting in Donbas intensified, Ukraine said on Monday.", "Donbas"),
    ("Tensions rose in the Sahel after Mali expelled foreign troops.", "Sahel"),
    ("Patrols in the Strait of Hormuz increased, Oman said.", "Strait of Hormuz"),
])
def test_named_regions_seas_and_straits_are_places(run: Run, text: str, place: str) -> None:
    assert place in typed(run(text), "Place")


def test_a_capital_used_for_its_state_stays_a_country(run: Run) -> None:
    doc = run("Nairobi criticized Uganda on Monday.")
    assert ("CRITICIZED", "Kenya", "Uganda") in triples(doc)
    assert "Nairobi" not in typed(doc, "Place")


@pytest.mark.parametrize("text", [
    "The authorities in Nairobi criticized Uganda on Monday.",
    "The government in Nairobi criticized Uganda on Monday.",
    "A foreign ministry spokesperson in Nairobi criticized Uganda on Monday.",
    "The foreign ministry in Nairobi criticized Uganda on Monday.",
])
def test_state_organs_in_a_capital_act_for_its_state(run: Run, text: str) -> None:
    doc = run(text)
    assert ("CRITICIZED", "Kenya", "Uganda") in triples(doc)
    assert "Nairobi" not in typed(doc, "Place")


def test_a_plural_title_before_two_names_makes_both_the_actors(run: Run) -> None:
    doc = run("The then foreign ministers Amina Wekesa and Joseph Kato signed the accord "
              "in 2016.")
    signers = {s for r, s, _ in triples(doc, "SIGNED")}
    assert {"Amina Wekesa", "Joseph Kato"} <= signers


def test_the_two_sides_are_the_two_states_just_named(run: Run) -> None:
    doc = run("Kenya and Uganda held talks in Kampala on Monday. The two sides agreed to "
              "reopen the border.")
    assert {("AGREED", "Kenya", "Uganda"), ("AGREED", "Uganda", "Kenya")} & triples(doc)


@pytest.mark.parametrize(("phrase", "value"), [
    ("on the 3rd", "2024-05-03"),
    ("the 20th", "2024-04-20"),  # still to come in May: the 20th of April
])
def test_an_ordinal_day_is_of_the_publication_month_or_the_one_before(
        phrase: str, value: str) -> None:
    assert resolve_date(phrase, PUB) == value


@pytest.mark.parametrize("phrase", ["on Tuesday last week", "Tuesday of last week",
                                    "last week on Tuesday"])
def test_a_weekday_of_last_week(phrase: str) -> None:
    assert resolve_date(phrase, PUB) == "2024-05-07"


@pytest.mark.parametrize(("phrase", "value"), [
    ("the first week of March", "2024-03"),
    ("the end of April", "2024-04"),
    ("earlier in May", "2024-05"),
    ("in the first half of June", "2023-06"),  # June has not come yet in May 2024
])
def test_a_part_of_a_named_month_keeps_the_month(phrase: str, value: str) -> None:
    assert resolve_date(phrase, PUB) == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("three months ago", "2024-02"),
    ("a month ago", "2024-04"),
    ("two years ago", "2022"),
    ("last month's", "2024-04"),
])
def test_spans_ago_and_possessive_dates(phrase: str, value: str) -> None:
    assert resolve_date(phrase, date(2024, 5, 15)) == value


def test_relative_dates_reach_the_fact(run: Run) -> None:
    doc = run("Kenyan President Daniel Oloo met Ugandan President Samuel Okello on Tuesday "
              "last week.")
    meet = next(f for f in doc["facts"] if f["rel"] == "MET_WITH")
    assert meet["date"] == "2024-05-07"


def test_a_memorandum_is_named_by_its_topic_not_its_parties(run: Run) -> None:
    doc = run("Kenya signed a memorandum of understanding with Haiti on police training "
              "on Monday.")
    assert accord(doc)["name"] == "memorandum of understanding"
    assert {("SIGNED", "Kenya", "memorandum of understanding"),
            ("SIGNED", "Haiti", "memorandum of understanding")} <= triples(doc)


def test_an_acronym_of_a_hyphenated_name_is_the_same_accord(run: Run) -> None:
    doc = run("Freedonia withdrew from the Short-Range Missile Limits Treaty in 2019. "
              "Sylvania said Freedonia had broken the SML Treaty for years.")
    found = accord(doc)
    assert found["name"] == "Short-Range Missile Limits Treaty"
    assert "SML Treaty" in found["aliases"]


def test_the_name_an_accord_is_known_as_names_it(run: Run) -> None:
    doc = run("Kenya and Uganda signed the 2019 energy deal. Uganda later left the accord, "
              "formally known as the Lake Basin Energy Compact, on Monday.")
    found = accord(doc)  # the proper name is the canonical one, the description an alias
    assert found["name"] == "Lake Basin Energy Compact"
    assert "2019 energy deal" in found["aliases"]


def test_a_definite_description_after_one_accord_of_its_kind_names_it(run: Run) -> None:
    doc = run("Japan and the Philippines signed a reciprocal access agreement on Monday. "
              "The defence pact allows troops to train together.")
    found = accord(doc)
    assert found["name"] == "reciprocal access agreement"
    assert "defence pact" in found["aliases"]


def test_the_two_leaders_are_the_two_named_earlier_in_their_sentence(run: Run) -> None:
    doc = run("Kenyan President Daniel Oloo met Tanzanian President Musa Juma on Monday. "
              "Ugandan President Samuel Okello hosted Rwandan President Eric Mugabo in "
              "Kampala, where the two leaders signed a trade pact.")
    signers = {s for _, s, _ in triples(doc, "SIGNED")}
    assert {"Samuel Okello", "Eric Mugabo"} <= signers
    assert not {"Daniel Oloo", "Musa Juma"} & signers


def test_a_capital_someone_travelled_to_is_a_place(run: Run) -> None:
    doc = run("Kenyan President Daniel Oloo flew to Kampala on Monday.")
    assert "Kampala" in typed(doc, "Place")
    assert ("VISITED", "Daniel Oloo", "Kampala") in triples(doc)


def test_a_brokered_ceasefire_taken_up_again_is_an_accord(run: Run) -> None:
    doc = run("Freedonia and Sylvania agreed on Tuesday to a UN-brokered ceasefire. "
              "Sylvania said the truce would hold.")
    assert accord(doc)["kind"] == "ceasefire"


def test_an_accord_the_text_says_was_signed_is_an_accord(run: Run) -> None:
    doc = run("Somalia condemned the memorandum of understanding signed between Ethiopia "
              "and Kenya in January.")
    assert accord(doc)["name"] == "memorandum of understanding"


def test_an_initiative_the_ner_calls_a_place_is_an_accord(run: Run) -> None:
    doc = run("Moldova pulled out of the Black Sea Grain Initiative in July 2023.")
    assert "Black Sea Grain Initiative" not in typed(doc, "Place")
    assert ("WITHDREW_FROM", "Moldova", "Black Sea Grain Initiative") in triples(doc)


def test_an_accord_is_named_without_praise_and_its_wording_without_year_is_an_alias(
        run: Run) -> None:
    doc = run("Freedonia and Sylvania signed the landmark 2015 water deal in Geneva.")
    found = accord(doc)
    assert found["name"] == "2015 water deal"
    assert "water deal" in found["aliases"]


def test_a_bare_accord_takes_the_name_of_a_later_wording_that_says_what_it_is(
        run: Run) -> None:
    doc = run("Kenya and Uganda reached an agreement on Monday. Uganda said the energy pact "
              "would cut prices.")
    assert accord(doc)["name"] == "energy pact"


def test_an_accord_on_an_activity_is_named_by_it(run: Run) -> None:
    doc = run("Kenya and Uganda reached an agreement on patrolling along their border. "
              "Officials said the patrolling pact would take effect in June.")
    found = accord(doc)
    assert found["name"] == "agreement on patrolling"
    assert "patrolling pact" in found["aliases"]


@pytest.mark.parametrize(("phrase", "value"), [
    ("12-13 December", "2023-12-12"),  # a two-day meeting is dated by its first day
    ("the 3rd of May", "2024-05-03"),
    ("at the beginning of the year", "2024"),
])
def test_day_ranges_day_of_month_and_the_year(phrase: str, value: str) -> None:
    assert resolve_date(phrase, PUB) == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("a week earlier", "2024-04-25"),
    ("two weeks later", "2024-05-16"),
    ("the same day", "2024-05-02"),
])
def test_weeks_and_same_day_count_from_the_last_named_day(phrase: str, value: str) -> None:
    assert resolve_date(phrase, PUB, "2024-05-02") == value
    assert resolve_date(phrase, PUB) is None  # no day named before: no date


@pytest.mark.parametrize("text", [
    "Kenya's then foreign minister, Amina Wekesa, signed the pact in 2016.",
    "The then Kenyan foreign minister Amina Wekesa signed the pact in 2016.",
])
def test_then_before_a_title_keeps_the_office(run: Run, text: str) -> None:
    assert ("HOLDS_OFFICE", "Amina Wekesa", "Kenya") in triples(run(text))


def test_a_capitalised_name_after_treaty_on_is_part_of_the_name(run: Run) -> None:
    doc = run("Freedonia accused Sylvania of violating the Treaty on the Limitation of "
              "Coastal Missiles.")
    assert accord(doc)["name"] == "Treaty on the Limitation of Coastal Missiles"


def test_a_treaty_name_without_its_head_word_is_the_same_treaty(run: Run) -> None:
    doc = run("Russia suspended its part in the New START treaty in February. Moscow said "
              "New START remained in force.")
    assert "New START" not in typed(doc, "Place")
    assert typed(doc, "Accord") == {"New START treaty"}


def test_an_accord_known_by_an_acronym_is_one_accord(run: Run) -> None:
    doc = run("Iran and the United States signed the nuclear deal. The agreement, known as "
              "the JCPOA, lifted sanctions. Washington withdrew from the JCPOA in 2018.")
    assert ("WITHDREW_FROM", "United States", "nuclear deal") in triples(doc)
    assert "JCPOA" in accord(doc)["aliases"]


def test_a_treaty_acronym_is_an_accord_not_a_body(run: Run) -> None:
    doc = run("Mexico and Canada signed the USMCA in 2018.")
    assert ("SIGNED", "Mexico", "USMCA") in triples(doc)
    assert "USMCA" not in typed(doc, "Organization")


def test_a_name_before_crossing_or_governorate_is_a_place(run: Run) -> None:
    doc = run("Aid entered through the Kerem Shalom crossing and reached the Deir al-Balah "
              "governorate, Egypt said.")
    assert {"Kerem Shalom", "Deir al-Balah"} <= typed(doc, "Place")


@pytest.mark.parametrize("text", [
    "Kenya hosted Uganda for talks in Mombasa on Monday. Both sides agreed to reopen the "
    "border.",
    "Kenyan President Daniel Oloo met Ugandan President Samuel Okello on Monday. The two "
    "neighbours agreed to reopen the border.",
    "Kenyan and Ugandan officials met in Ankara on Monday. The two sides agreed to reopen "
    "the border.",
])
def test_the_two_sides_are_the_two_states_of_the_sentence_before(run: Run, text: str) -> None:
    doc = run(text)
    assert {("AGREED", "Kenya", "Uganda"), ("AGREED", "Uganda", "Kenya")} & triples(doc)
    assert not any("Turkey" in t for t in triples(doc, "AGREED"))


def test_a_visitors_bare_title_is_of_the_other_state_of_the_sentence(run: Run) -> None:
    doc = run("Kenya and Uganda agreed on Tuesday to boost trade during a state visit to "
              "Nairobi by President Samuel Okello.")
    assert ("HOLDS_OFFICE", "Samuel Okello", "Uganda") in triples(doc)


def test_a_definite_description_naming_its_own_parties_is_another_accord(run: Run) -> None:
    doc = run("Kenya and Uganda signed a trade agreement on Monday. Kenya also quit the "
              "defence pact with Tanzania.")
    assert typed(doc, "Accord") == {"trade agreement", "defence pact"}
    assert ("WITHDREW_FROM", "Kenya", "defence pact") in triples(doc)


def test_a_bare_president_is_not_given_a_monarchy_of_the_dateline(run: Run) -> None:
    doc = run("DOHA, May 14 (Reuters) - The plan announced by President Tom Carver in May was "
              "welcomed by Qatar, Egypt and the United States.")
    assert ("HOLDS_OFFICE", "Tom Carver", "Qatar") not in triples(doc)


def test_a_name_ending_in_a_capitalised_place_noun_is_a_place(run: Run) -> None:
    doc = run("Israel wants troops along the Philadelphi Corridor, Egypt said on Monday.")
    assert "Philadelphi Corridor" in typed(doc, "Place")


def test_an_accord_listed_beside_a_named_one_is_an_accord(run: Run) -> None:
    doc = run("The leaders signed two documents on Tuesday, the Riverside Declaration and a "
              "final communique.")
    assert typed(doc, "Accord") == {"Riverside Declaration", "final communique"}


def test_a_bare_ordinal_day_dates_the_fact(run: Run) -> None:
    doc = run("Kenyan President Daniel Oloo met Ugandan President Samuel Okello in Mombasa "
              "on the 3rd, officials said.")
    meet = next(f for f in doc["facts"] if f["rel"] == "MET_WITH")
    assert meet["date"] == "2024-05-03"


@pytest.mark.parametrize(("text", "place"), [
    ("The leaders met in Ohrid on Friday.", "Ohrid"),
    ("Attacks were reported in Beit Hanoun and Khuza.", "Khuza"),
])
def test_a_proper_name_where_a_venue_stands_is_a_place(run: Run, text: str,
                                                       place: str) -> None:
    assert place in typed(run(text), "Place")


def test_a_known_body_is_never_read_as_an_accords_acronym(run: Run) -> None:
    doc = run("Members signed the African Union Charter. The AU said the charter was binding.")
    assert "African Union" in typed(doc, "Organization")
    assert typed(doc, "Accord") == {"African Union Charter"}


def test_an_accords_parties_end_with_the_last_party(run: Run) -> None:
    doc = run("Officials discussed the pact between Kenya and Uganda, which expires in "
              "2026. Kenya signed the pact in 2010.")
    names = {accord(doc)["name"], *accord(doc)["aliases"]}
    assert "pact between Kenya and Uganda" in names
    assert not any("expires" in n for n in names)


def test_a_later_description_of_a_named_accord_is_its_alias(run: Run) -> None:
    doc = run("Kenya and Uganda signed the Lake Basin Agreement in 1972. Uganda said it would "
              "review the 1972 pact, and the water deal needed updating.")
    found = accord(doc)
    assert found["name"] == "Lake Basin Agreement"
    assert {"1972 pact", "water deal"} <= set(found["aliases"])


def test_a_brokered_or_accepted_deal_taken_up_again_is_an_accord(run: Run) -> None:
    doc = run("Both sides accepted the ceasefire deal brokered by Qatar. The truce took effect "
              "on Sunday.")
    assert accord(doc)["kind"] == "ceasefire"


def test_a_bare_the_deal_right_after_another_kind_of_accord_is_that_accord(run: Run) -> None:
    doc = run("Kenya and Uganda agreed on Tuesday to a UN-brokered ceasefire. The deal, reached "
              "after three days of talks, takes effect on Friday.")
    assert len(typed(doc, "Accord")) == 1
    assert accord(doc)["kind"] == "ceasefire"


def test_the_two_sides_are_the_states_of_the_two_people_just_named(run: Run) -> None:
    doc = run("Kenya's president Daniel Oloo met Ugandan President Samuel Okello on Monday. "
              "Oloo later hosted Okello at State House. The two sides agreed to reopen the "
              "border.")
    assert {("AGREED", "Kenya", "Uganda"), ("AGREED", "Uganda", "Kenya")} & triples(doc)


def test_a_dateline_naming_a_body_is_no_place(run: Run) -> None:
    doc = run("UNITED NATIONS (AP) - The Security Council met in New York on Monday to "
              "discuss the crisis in Sudan, Kenya said.")
    assert "United Nations" not in typed(doc, "Place")
    assert "New York" in typed(doc, "Place")


def test_wording_variants_do_not_make_a_passing_description_an_accord(run: Run) -> None:
    doc = run("Kenya said the dam broke previous international agreements, Uganda said.")
    assert not typed(doc, "Accord")


def test_an_accords_topic_hung_on_the_verb_is_still_its_name(run: Run) -> None:
    doc = run("Kenya and Uganda signed an MoU on maritime cooperation and an agreement on rice "
              "trade on Monday.")
    assert typed(doc, "Accord") == {"MoU on maritime cooperation", "agreement on rice trade"}


def test_a_states_capital_named_as_a_venue_is_that_city(run: Run) -> None:
    assert "Doha" in typed(run("Negotiators met in the Qatari capital on Sunday, Egypt said."),
                           "Place")
    doc = run("Talks in the Saudi capital ended on Tuesday. Riyadh said the talks were useful.")
    assert "Riyadh" not in typed(doc, "Place")  # the article uses Riyadh for its state


@pytest.mark.parametrize(("phrase", "value"), [
    ("earlier in the month", "2024-05"),
    ("at the start of the month", "2024-05"),
    ("the middle of last month", "2024-04"),
])
def test_parts_of_this_or_last_month(phrase: str, value: str) -> None:
    assert resolve_date(phrase, PUB) == value


def test_a_known_persons_surname_beats_a_city(run: Run) -> None:
    doc = run("Australian envoy Angus Houston met Fijian Prime Minister Sitiveni Rabuka in "
              "Suva on Friday. Houston urged Fiji to back the plan.")
    assert "Houston" not in typed(doc, "Place")
    assert ("REQUESTED", "Angus Houston", "Fiji") in triples(doc, "REQUESTED")


@pytest.mark.parametrize("text", [
    "Milan also said the talks were useful.",
    "Russians believe in God.",
    "Norway invested in Tesla last year.",
])
def test_no_place_outside_a_location_slot(run: Run, text: str) -> None:
    assert not typed(run(text), "Place")


def test_cfe_is_no_accord(run: Run) -> None:
    doc = run("Lopez Obrador said CFE would sign a deal with Spain.")
    assert "CFE" not in typed(doc, "Accord")


def test_a_noun_listed_beside_an_accord_is_not_one_unless_a_document(run: Run) -> None:
    doc = run("Kenya and Ethiopia signed the Nairobi Accord and sanctions were lifted on "
              "Tuesday.")
    assert typed(doc, "Accord") == {"Nairobi Accord"}


def test_a_deadline_dates_no_act(run: Run) -> None:
    doc = run("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi "
              "on Monday. Ruto promised Uganda that Kenya would finish the pipeline by 2028. "
              "Museveni, for his part, asked Kenya to lower its fuel tariffs.")
    (asked,) = [f for f in doc["facts"] if f["rel"] == "REQUESTED"]
    assert asked["date"] == "2024-05-13"
