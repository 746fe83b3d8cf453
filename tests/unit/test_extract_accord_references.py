"""How later wordings refer to an accord already named: its age says nothing of what it is
('a nearly 40-year-old agreement ... the 1985 agreement on river navigation'), 'the treaty'
is the one convention of the article, and a state that notifies a body that it is leaving
a treaty is the one leaving it. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, accord_names, triples


def test_an_accord_named_first_by_its_age_is_named_by_what_it_covers(run: Run) -> None:
    doc = run("Chile has withdrawn from a nearly 40-year-old agreement that lets Peruvian "
              "boats use its ports. The 1985 agreement on river navigation had survived "
              "several crises.")
    assert accord_names(doc) == ["1985 agreement on river navigation"]
    assert ("WITHDREW_FROM", "Chile", "1985 agreement on river navigation") in triples(doc)


def test_the_treaty_after_a_named_convention_is_that_convention(run: Run) -> None:
    doc = run("Bolivia said it would leave the Andean Convention on Water Rights. Only "
              "Ecuador, which denounced the treaty in 2011, had left it before.")
    assert accord_names(doc) == ["Andean Convention on Water Rights"]
    assert ("WITHDREW_FROM", "Ecuador", "Andean Convention on Water Rights") in triples(doc)


def test_a_state_notifying_a_body_that_it_withdraws_is_the_one_withdrawing(run: Run) -> None:
    for verb in ("notified", "informed"):
        doc = run(f"Bolivia on Monday {verb} the United Nations that it is withdrawing from "
                  "the Andean Convention on Water Rights.")
        assert triples(doc, "WITHDREW_FROM") == {
            ("WITHDREW_FROM", "Bolivia", "Andean Convention on Water Rights")}, verb


def test_backing_or_opposing_a_signing_is_no_signing(run: Run) -> None:
    for text in ("Chile backed concluding the fisheries agreement with Peru.",
                 "Chile opposes signing the fisheries agreement with Peru."):
        assert not triples(run(text), "SIGNED"), text
    done = run("Chile signed a fisheries agreement with Peru and backed extending it.")
    assert ("SIGNED", "Chile", "fisheries agreement") in triples(done)


def test_a_name_with_its_first_words_as_initials_is_the_same_accord(run: Run) -> None:
    doc = run("Chile signed the Andean Fisheries Council Trade Agreement in 1993. The AFC "
              "Trade Agreement was amended in 2004.")
    assert accord_names(doc) == ["Andean Fisheries Council Trade Agreement"]


def test_this_agreement_with_a_purpose_between_peoples_is_the_one_named(run: Run) -> None:
    doc = run("Peru has suspended its part in the Andean Fisheries Council Trade Agreement. "
              '"We signed this agreement to open markets between Andean brothers," the '
              "Peruvian president said.")
    assert accord_names(doc) == ["Andean Fisheries Council Trade Agreement"]


def test_a_treaty_spoken_of_in_general_is_no_accord(run: Run) -> None:
    doc = run("Chile signed the Andean Water Convention in 2021. Lawyers said Congress must "
              "approve any withdrawal from a treaty it has ratified, and Chile will not sign "
              "any treaty on mining.")
    assert accord_names(doc) == ["Andean Water Convention"]


def test_the_regions_first_treaty_after_a_named_one_describes_it(run: Run) -> None:
    doc = run("Bolivia on Monday quit the Andean Water Convention, Latin America and the "
              "Caribbean's first binding treaty on water rights. Bolivia ratified the "
              "agreement in 2019.")
    assert accord_names(doc) == ["Andean Water Convention"]
    assert ("SIGNED", "Bolivia", "Andean Water Convention") in triples(doc)


def test_an_accord_concluded_between_two_states_was_signed_by_both(run: Run) -> None:
    doc = run("The 1976 agreement on river navigation, concluded between Chile and the Soviet "
              "Union at the height of the Cold War, has lapsed.")
    assert {t for t in triples(doc, "SIGNED")} == {
        ("SIGNED", "Chile", "1976 agreement on river navigation"),
        ("SIGNED", "Soviet Union", "1976 agreement on river navigation")}


def test_former_states_are_countries(run: Run) -> None:
    doc = run("Yugoslavia and Czechoslovakia signed a trade agreement with the USSR in 1970.")
    countries = {e["name"] for e in doc["entities"] if e["type"] == "Country"}
    assert countries == {"Yugoslavia", "Czechoslovakia", "Soviet Union"}


def test_a_works_route_from_one_place_to_another_is_part_of_its_name(run: Run) -> None:
    doc = run("NAIROBI, May 15 - Kenya and Uganda on Wednesday signed an intergovernmental "
              "agreement to extend a fuel pipeline from Kisumu to Kampala, as the visit ended.")
    assert accord_names(doc) == [
        "intergovernmental agreement to extend a fuel pipeline from Kisumu to Kampala"]


def test_a_participle_modifier_inside_a_topic_stays_in_the_name(run: Run) -> None:
    doc = run("NAIROBI, May 15 - Kenya and Uganda also signed a memorandum of understanding on "
              "the mutual recognition of driving permits, one of four documents.")
    assert accord_names(doc) == [
        "memorandum of understanding on the mutual recognition of driving permits"]


def test_a_route_across_waters_and_a_gerund_topic_of_an_mou_are_named(run: Run) -> None:
    doc = run("ASHGABAT, Aug 27 - Azerbaijan and Turkmenistan on Tuesday signed a memorandum of "
              "understanding on building a gas pipeline across the Caspian Sea, reviving an "
              "old project.")
    assert accord_names(doc) == [
        "memorandum of understanding on building a gas pipeline across the Caspian Sea"]


def test_signers_of_an_accord_described_by_a_participle_the_tagger_calls_past(
        run: Run) -> None:
    doc = run("BERLIN, June 18 - Germany and Kazakhstan signed a strategic partnership on "
              "critical raw materials on Tuesday.\n\nThe agreement, inked at the Chancellery "
              "by Economy Minister Katrin Adler and Kazakh Foreign Minister Aibek Nurov, "
              "covers the exploration, processing and recycling of rare earths.")
    signers = {s for _, s, _ in triples(doc, "SIGNED")}
    assert {"Katrin Adler", "Aibek Nurov"} <= signers
