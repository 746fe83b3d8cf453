"""Stances toward states named in 'of' and 'from' phrases: summoning "the ambassadors of
A, B and C" protests to each; dismissing "the criticism from Amman" as hypocritical
criticises the critic. Invented sentences."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, offices, triples

_P = "TBILISI, Oct 16 - Officials met on Monday. "


def criticized(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(s, t) for _, s, t in triples(doc, "CRITICIZED")}


def test_summoning_the_ambassador_of_a_state_protests_to_it(run: Run) -> None:
    doc = run(_P + "Georgia on Wednesday summoned the ambassador of Lithuania to protest "
              "against entry bans.")
    assert criticized(doc) == {("Georgia", "Lithuania")}


def test_summoning_the_ambassadors_of_three_states_protests_to_each(run: Run) -> None:
    doc = run(_P + "Georgia on Wednesday summoned the ambassadors of Lithuania, Latvia and "
              "Estonia to protest against entry bans.")
    assert criticized(doc) == {("Georgia", "Lithuania"), ("Georgia", "Latvia"),
                               ("Georgia", "Estonia")}


def test_one_summoned_ambassador_names_one_state(run: Run) -> None:
    doc = run(_P + "Georgia summoned Lithuania's ambassador over remarks by Latvian and "
              "Estonian officials.")
    assert criticized(doc) == {("Georgia", "Lithuania")}


def test_envoys_named_in_a_clause_about_the_summoned_one_are_not_summoned(run: Run) -> None:
    doc = run(_P + "Georgia summoned Lithuania's ambassador, who had met the envoys of "
              "Britain and France on Sunday.")
    assert criticized(doc) == {("Georgia", "Lithuania")}


def test_dismissing_criticism_from_a_state_as_hypocritical_criticises_it(run: Run) -> None:
    doc = run(_P + "Israeli Foreign Minister Gideon Levi dismissed the criticism from Amman "
              "as hypocritical.")
    assert ("Gideon Levi", "Jordan") in criticized(doc)
    doc = run(_P + "Israel rejected the accusations by Jordan as baseless.")
    assert ("Israel", "Jordan") in criticized(doc)


def test_dismissing_criticism_mildly_is_no_criticism(run: Run) -> None:
    doc = run(_P + "Israel noted the criticism from Jordan and promised a reply.")
    assert not criticized(doc)


_TALKS = ("COLOMBO, May 3 - Sri Lankan President Anura Perera held talks with Chinese "
          "President Wu Ming in Beijing on Monday. China and Sri Lanka signed two "
          "agreements. Sri Lanka thanked China for its help. ")


def pledged(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(s, t) for _, s, t in triples(doc, "PLEDGED")}


def test_a_pledge_naming_the_other_state_of_the_story_is_made_to_it(run: Run) -> None:
    doc = run(_TALKS + "Chinese Premier Li Wei pledged to encourage Chinese companies to "
              "invest in the Colombo port.")
    assert ("Li Wei", "Sri Lanka") in pledged(doc)


def test_a_pledge_that_names_no_one_of_the_story_is_made_to_no_one(run: Run) -> None:
    doc = run(_TALKS + "Chinese Premier Li Wei pledged to cut red tape for exporters.")
    assert not {t for s, t in pledged(doc) if s == "Li Wei"}
    doc = run(_TALKS + "China is Sri Lanka's largest lender. Sri Lankan Finance Minister "
              "Nihal Silva pledged to cut Sri Lanka's reliance on Chinese loans.")
    assert not {t for s, t in pledged(doc) if s == "Nihal Silva"}


def test_promising_backing_for_a_states_bid_is_a_pledge_to_it(run: Run) -> None:
    doc = run("DUBLIN, May 3 - Officials met on Monday. French President Jean Morel "
              "promised France's full backing for Ireland's presidency of the Council of "
              "the EU.")
    assert pledged(doc) == {("Jean Morel", "Ireland")}
    doc = run("DUBLIN, May 3 - Officials met on Monday. French President Jean Morel "
              "promised France's help for Ireland's neighbours.")
    assert not pledged(doc)


def test_the_ministers_of_three_states_are_the_ministers_the_story_names(run: Run) -> None:
    # (untitled, they are known office holders of those states: officials.json)
    doc = run("KRAKOW, Dec 8 - The foreign ministers of France, Germany and Poland pledged "
              "on Monday to keep up support for Ukraine. France's Jean-Noel Barrot, Germany's "
              "Johann Wadephul and Poland's Radoslaw Sikorski said in a joint statement that "
              "no decision can be taken without Kyiv.")
    assert {("Jean-Noel Barrot", "Ukraine"), ("Johann Wadephul", "Ukraine"),
            ("Radoslaw Sikorski", "Ukraine")} <= pledged(doc)


def test_untitled_people_of_the_states_are_not_their_ministers(run: Run) -> None:
    doc = run("BERLIN, May 3 - Officials met on Monday. The foreign ministers of France and "
              "Germany condemned Russia on Tuesday. France's Marie Dubois, a tourist, and "
              "Germany's Karl Weber, a student, were wounded in a strike in Kyiv.")
    assert criticized(doc) == {("France", "Russia"), ("Germany", "Russia")}


def test_unnamed_ministers_of_two_governments_stand_for_their_states(run: Run) -> None:
    doc = run("TUMBES, May 3 - Ecuador and Peru held a joint cabinet meeting. Ministers from "
              "both governments signed a memorandum on the power link. Foreign ministers "
              "Ana Vera of Ecuador and Luis Pardo of Peru agreed to open a border crossing.")
    signers = {s for _, s, _ in triples(doc, "SIGNED")}
    assert not {"Ana Vera", "Luis Pardo"} & signers
    assert {"Ecuador", "Peru"} <= signers


_RIYADH = ("RIYADH, May 5 - Saudi Arabia and Iraq signed a power grid agreement on Monday. "
           "The agreement was signed by Saudi Energy Minister Prince Khalid bin Saad and "
           "Iraq's Electricity Minister Omar Jabbar. ")


def test_a_counterpart_named_with_a_courtesy_title_is_that_person(run: Run) -> None:
    doc = run(_RIYADH + "On the sidelines, Iraqi Foreign Minister Salim Kareem met his Saudi "
              "counterpart Prince Turki bin Nasser.")
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert frozenset(("Salim Kareem", "Turki bin Nasser")) in met
    assert frozenset(("Salim Kareem", "Khalid bin Saad")) not in met
    assert ("Turki bin Nasser", "Saudi Arabia") in offices(doc)


def test_the_two_ministers_are_the_two_who_just_met(run: Run) -> None:
    doc = run(_RIYADH + "On the sidelines, Iraqi Foreign Minister Salim Kareem met his Saudi "
              "counterpart Prince Turki bin Nasser. The two ministers urged the European "
              "Union to lift sanctions on Damascus.")
    askers = {s for _, s, t in triples(doc, "REQUESTED") if t == "European Union"}
    assert askers == {"Salim Kareem", "Turki bin Nasser"}


_SEOUL = "SEOUL, Feb 11 - South Korea protested on Wednesday over a structure. "


def test_an_official_who_summons_a_named_envoy_meets_him(run: Run) -> None:
    for text in ("Vice Minister Kim Sung-han summoned Chinese Ambassador Wang Lei on Thursday.",
                 "Vice Minister Kim Sung-han called in Chinese Ambassador Wang Lei on Thursday.",
                 "Vice Minister Kim Sung-han called in Chinese Ambassador Wang Lei to protest "
                 "the structure."):
        doc = run(_SEOUL + text)
        assert ("Kim Sung-han", "China") in criticized(doc)
        assert ("MET_WITH", "Kim Sung-han", "Wang Lei") in triples(doc) or (
            "MET_WITH", "Wang Lei", "Kim Sung-han") in triples(doc)


def test_an_unnamed_summoned_envoy_meets_no_one(run: Run) -> None:
    doc = run(_SEOUL + "Chinese President Li Ming visited Seoul in May. Vice Minister Kim "
              "Sung-han summoned China's ambassador on Thursday.")
    assert ("Kim Sung-han", "China") in criticized(doc)
    assert not {t for _, s, t in triples(doc, "MET_WITH") if s == "Kim Sung-han"} and \
        not {s for _, s, t in triples(doc, "MET_WITH") if t == "Kim Sung-han"}


def test_calling_in_a_police_chief_or_a_loan_is_no_summons(run: Run) -> None:
    for text in ("Interior Minister Park Yoon-joo called in the acting police chief Choi "
                 "Sang-mok to explain the response to the floods.",
                 "Finance Minister Choi Sang-mok called in the loan that the bank had extended "
                 "to Ambassador Koichi Mizushima's company."):
        doc = run(_SEOUL + text)
        assert not triples(doc, "MET_WITH") and not criticized(doc)


def test_a_word_hyphened_to_a_name_is_no_part_of_it(run: Run) -> None:
    doc = run(_SEOUL + "A Kim Min-seok-led delegation travelled to Tokyo. Former President "
              "Moon Jae-in praised the Lee-era policy.")
    names = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Kim Min-seok" in names and not {n for n in names if n.endswith(("-led", "-era"))}


def test_a_hyphenated_given_name_is_whole(run: Run) -> None:
    doc = run(_SEOUL + "First Vice Foreign Minister Park Yoon-joo met the envoy.")
    assert ("Park Yoon-joo", "South Korea") in offices(doc)
