"""Accords and signers that lists and amending texts spell out: "two memorandums, one on
X and another on Y" are two accords; "an addendum to the 2005 agreement" is the addendum,
not the agreement; "a declaration of intent on X" keeps its topic; a one-word name in a
list of ministers is a person of its own, placed by the order the leaders were just
named in. Invented sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.unit.conftest import Run, offices, triples

_TALKS = "NAIROBI, May 6 - Kenyan President Amani Otieno hosted Ugandan President Moses Kato. "


def accords_signed(doc: dict[str, Any], signer: str) -> set[str]:
    return {a for _, s, a in triples(doc, "SIGNED") if s == signer}


def test_a_counted_list_spelled_out_item_by_item_gives_one_accord_each(run: Run) -> None:
    doc = run(_TALKS + "Kenya and Uganda signed two memorandums of understanding, one on "
              "health cooperation and another on the Lake Victoria ferry service.")
    assert accords_signed(doc, "Kenya") == {
        "memorandum of understanding on health cooperation",
        "memorandum of understanding on the Lake Victoria ferry service"}


def test_the_other_and_a_second_open_items_too(run: Run) -> None:
    doc = run(_TALKS + "Kenya and Uganda signed two deals, one on the construction of a road "
              "and the other on tourism and trade.")
    assert accords_signed(doc, "Uganda") == {"deal on the construction of a road",
                                             "deal on tourism and trade"}
    doc = run(_TALKS + "Kenya and Uganda signed three agreements on Friday: one on fisheries, "
              "a second on customs and a third on security.")
    assert accords_signed(doc, "Kenya") == {"agreement on fisheries", "agreement on customs",
                                            "agreement on security"}


def test_items_that_are_days_or_lack_a_topic_are_no_accords(run: Run) -> None:
    for text in ("Kenya and Uganda signed two agreements, one on Monday and another on "
                 "Friday.",
                 "Kenya and Uganda signed two agreements, one on which talks had stalled."):
        assert not {a for a in accords_signed(run(_TALKS + text), "Kenya")
                    if a.startswith("agreement on")}


def test_one_with_no_counted_accords_before_it_is_no_accord(run: Run) -> None:
    doc = run(_TALKS + "The two leaders discussed many issues, one on trade being the most "
              "pressing, and signed a border protocol.")
    assert "trade" not in " ".join(accords_signed(doc, "Kenya"))


def test_an_addendum_to_an_accord_is_the_addendum_that_is_signed(run: Run) -> None:
    doc = run(_TALKS + "Kenya and Uganda signed an addendum to the 2019 provisional agreement "
              "on the land boundary.")
    assert accords_signed(doc, "Kenya") == {
        "addendum to the 2019 provisional agreement on the land boundary"}


def test_an_amendment_to_a_constitution_is_no_accord(run: Run) -> None:
    doc = run(_TALKS + "Kenya signed an amendment to the constitution on Monday.")
    assert not accords_signed(doc, "Kenya")


def test_a_declaration_of_intent_keeps_its_topic(run: Run) -> None:
    doc = run(_TALKS + "Kenyan Foreign Minister Grace Wanjiru and her Ugandan counterpart "
              "Joseph Mugisha signed a joint declaration of intent on green hydrogen "
              "cooperation, under which Kenya will train Ugandan technicians.")
    assert accords_signed(doc, "Grace Wanjiru") == {
        "joint declaration of intent on green hydrogen cooperation"}


def test_a_one_word_name_listed_after_plural_ministers_is_a_person(run: Run) -> None:
    doc = run("JAKARTA, May 22 - Timorese Prime Minister Mateus Soares arrived in Jakarta on "
              "Wednesday. President Budi Santoso received Soares at the palace, where the "
              "two leaders watched their foreign ministers, Suryadi and Adaljiza Magno, "
              "sign a border protocol.")
    assert {("Suryadi", "Indonesia"), ("Adaljiza Magno", "Timor-Leste")} <= offices(doc)


def test_an_accord_named_for_its_day_is_its_own_and_signed_that_day(run: Run) -> None:
    doc = run("ANKARA, Dec 4 (Reuters) - Turkey and Syria signed a military training agreement "
              "in August. Turkish Foreign Minister Hakan Demir said the Kurdish militia was "
              "dragging its feet on the March 10 agreement on integration. The deal was "
              "signed by Syrian President Omar Haddad and militia commander Karim Nouri.",
              date(2025, 12, 4))
    assert ("SIGNED", "Omar Haddad", "March 10 agreement on integration") in triples(doc)
    assert ("SIGNED", "Omar Haddad", "March 10 agreement on integration", "2025-03-10") in {
        (f["rel"], f["source"], f["target"], f.get("date")) for f in doc["facts"]}
    assert ("SIGNED", "Omar Haddad", "military training agreement") not in triples(doc)


def test_plural_ministers_follow_the_counterparts_just_named(run: Run) -> None:
    doc = run("ANKARA, Dec 4 - Turkey and Syria signed a memorandum on counter-terrorism "
              "after talks between Turkish Foreign Minister Hakan Demir and his Syrian "
              "counterpart Sami Khalil. Defence ministers Ahmet Kaya and Faris Hamdan also "
              "took part.")
    assert {("Ahmet Kaya", "Turkey"), ("Faris Hamdan", "Syria")} <= offices(doc)


def test_the_two_sides_are_the_storys_pair_not_a_pair_from_background(run: Run) -> None:
    doc = run("TEHRAN, Oct 21 - Armenian Prime Minister Aram Petrosyan held talks with Iranian "
              "President Reza Karimi in Tehran on Monday. Armenia and Iran discussed "
              "transit. Iran has watched warily since August, when Armenia and Azerbaijan "
              "agreed to open a corridor. Iran said it backed Armenia's sovereignty. Iran "
              "and Armenia also discussed energy. The two sides signed a memorandum on "
              "building a second bridge over the Araks river.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} == {"Armenia", "Iran"}
    assert accords_signed(doc, "Iran") == {
        "memorandum on building a second bridge over the Araks river"}


def test_a_protocol_extending_the_parties_deal_is_named_by_it(run: Run) -> None:
    doc = run(_TALKS + "Kenya and Uganda signed a protocol extending their electricity swap "
              "deal until 2030.")
    assert accords_signed(doc, "Kenya") == {"protocol extending their electricity swap deal"}


def test_plural_ministers_in_a_story_of_many_leaders_serve_its_two_states(run: Run) -> None:
    doc = run("TEHRAN, Oct 21 - Armenian Prime Minister Aram Petrosyan held talks with Iranian "
              "President Reza Karimi in Tehran on Monday. Iran and Armenia discussed trade. "
              "Iran has watched warily since August, when Petrosyan and Azerbaijani "
              "President Elchin Mammadov met US President Tom Harlan. Armenia said it would "
              "keep its sovereignty, and Iran welcomed that. Foreign ministers Levon Hakobyan "
              "and Hossein Rahimi agreed to convene the joint commission.")
    assert {("Levon Hakobyan", "Armenia"), ("Hossein Rahimi", "Iran")} <= offices(doc)


def test_a_described_accord_keeps_its_year_a_named_one_drops_it(run: Run) -> None:
    doc = run(_TALKS + "Kenya withdrew from the 2019 agreement on a one-stop border post at "
              "Busia. Uganda withdrew from the 2015 Paris Agreement. Tanzania withdrew from "
              "the 2017 Arusha climate agreement.")
    assert {(s, a) for _, s, a in triples(doc, "WITHDREW_FROM")} == {
        ("Kenya", "2019 agreement on a one-stop border post at Busia"),
        ("Uganda", "Paris Agreement"), ("Tanzania", "Arusha climate agreement")}


def test_texts_exchanged_after_a_colon_are_each_signed(run: Run) -> None:
    doc = run(_TALKS + "The two presidents later witnessed the exchange of three documents: a "
              "memorandum of understanding on fisheries, an agreement on combating "
              "smuggling, and a protocol on customs.")
    assert accords_signed(doc, "Kenya") == {
        "memorandum of understanding on fisheries", "agreement on combating smuggling",
        "protocol on customs"}


def test_a_memorandum_of_cooperation_keeps_its_topic(run: Run) -> None:
    doc = run(_TALKS + "Kenya and Uganda signed a memorandum of cooperation on maritime "
              "security, under which Kenya will train Ugandan officers.")
    assert accords_signed(doc, "Kenya") == {"memorandum of cooperation on maritime security"}


def test_named_accords_keep_their_period_route_and_area(run: Run) -> None:
    doc = run(_TALKS + "The two ministers signed the Action Plan for the Implementation of the "
              "Strategic Partnership between Kenya and Uganda for 2026-2030. Kenya and "
              "Uganda signed the Agreement on Transit Transport via Mombasa Port. Kenya and "
              "Uganda signed the Agreement on the Use of Water Facilities in the Sio Basin.")
    assert accords_signed(doc, "Kenya") == {
        "Action Plan for the Implementation of the Strategic Partnership between Kenya and "
        "Uganda for 2026-2030",
        "Agreement on Transit Transport via Mombasa Port",
        "Agreement on the Use of Water Facilities in the Sio Basin"}


def test_a_way_of_signing_or_an_objection_is_no_part_of_a_name(run: Run) -> None:
    doc = run(_TALKS + "Kenya and Uganda signed the Lake Victoria Accord via Zoom on Monday. "
              "Kenya and Uganda signed an agreement on an oil pipeline over Tanzania's "
              "objections. Kenya and Uganda signed the Action Plan for the Partnership for "
              "2026 to 2030.")
    assert accords_signed(doc, "Kenya") == {
        "Lake Victoria Accord", "agreement on an oil pipeline",
        "Action Plan for the Partnership for 2026 to 2030"}


def test_a_described_accord_keeps_the_river_basin_it_covers(run: Run) -> None:
    doc = run(_TALKS + "Kenya and Uganda signed an agreement on the joint use of water "
              "facilities in the Sio river basin. Kenya and Uganda signed an agreement on "
              "trade cooperation in Kampala.")
    assert accords_signed(doc, "Uganda") == {
        "agreement on the joint use of water facilities in the Sio river basin",
        "agreement on trade cooperation"}


def test_the_people_a_witnessed_signing_is_by_sign_it(run: Run) -> None:
    doc = run(_TALKS + "The two presidents also witnessed the signing of a memorandum of "
              "understanding on the rehabilitation of the Owen Falls Dam by Kenya's Energy "
              "Minister John Kamau and his Ugandan counterpart, Ruth Nankya.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} == {"John Kamau", "Ruth Nankya",
                                                         "Kenya", "Uganda"}


def test_who_drafted_or_welcomed_a_witnessed_text_did_not_sign_it(run: Run) -> None:
    for text in ("The two presidents witnessed the signing of a ceasefire agreement drafted "
                 "by African Union envoy Jan Berg.",
                 "The two presidents witnessed the signing of an agreement on fisheries, which "
                 "was welcomed by UN Secretary-General Peter Lund."):
        signers = {s for _, s, _ in triples(run(_TALKS + text), "SIGNED")}
        assert signers == {"Kenya", "Uganda"}


def test_a_last_item_after_a_long_clause_is_signed_too(run: Run) -> None:
    doc = run(_TALKS + "Officials said the two sides also signed a memorandum of understanding "
              "on seasonal workers, under which Kenya will take in up to 5,000 Ugandan "
              "labourers a year, and a protocol on civil protection cooperation.")
    assert accords_signed(doc, "Uganda") == {
        "memorandum of understanding on seasonal workers",
        "protocol on civil protection cooperation"}


def test_a_second_topic_the_fight_against_x_belongs_to_the_name(run: Run) -> None:
    doc = run(_TALKS + "Kenya and Uganda signed an agreement on joint border surveillance and "
              "the fight against illegal gold mining along the Sio River.")
    assert accords_signed(doc, "Kenya") == {
        "agreement on joint border surveillance and the fight against illegal gold mining"}


def test_the_three_ministers_listed_between_dashes_serve_the_three_leaders(run: Run) -> None:
    doc = run("GABALA, May 3 - Azerbaijani President Elnur Mammadov hosted Turkish President "
              "Kemal Arslan and Pakistani Prime Minister Imran Qureshi on Monday. The memorandum "
              "was signed by the three defence ministers \u2014 Rauf Aliyev, Murat Demir and Tariq "
              "Malik \u2014 in the presence of the leaders.")
    assert {("Rauf Aliyev", "Azerbaijan"), ("Murat Demir", "Turkey"),
            ("Tariq Malik", "Pakistan")} <= offices(doc)
