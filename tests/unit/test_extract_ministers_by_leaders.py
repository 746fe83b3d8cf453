"""Ministers listed after an unowned plural office ('their foreign ministers, A and B')
serve the states of the leaders named before, one each in order; 'both prime ministers'
are the prime ministers, not the foreign ministers named since. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples

_SUMMIT = ("KIGALI, May 6 - Rwandan President Aline Mukeza hosted Burundian President Didier "
           "Hakizi on Monday. ")


def test_their_ministers_serve_the_leaders_states_in_order(run: Run) -> None:
    doc = run(_SUMMIT + "The two leaders agreed to task their foreign ministers, Claire Uwase "
              "and Jean Bigirimana, with drafting a border protocol.")
    assert {("Claire Uwase", "Rwanda"), ("Jean Bigirimana", "Burundi")} <= offices(doc)


def test_a_bare_plural_title_before_two_names_does_the_same(run: Run) -> None:
    doc = run(_SUMMIT + "Foreign ministers Claire Uwase and Jean Bigirimana signed the "
              "border protocol.")
    assert {("Claire Uwase", "Rwanda"), ("Jean Bigirimana", "Burundi")} <= offices(doc)
    assert ("SIGNED", "Jean Bigirimana", "border protocol") in triples(doc)


def test_no_state_is_handed_out_when_the_counts_differ(run: Run) -> None:
    doc = run("KIGALI, May 6 - Rwandan President Aline Mukeza hosted Burundian President "
              "Didier Hakizi and Ugandan President Paul Okello on Monday. The three leaders "
              "watched their foreign ministers, Claire Uwase and Jean Bigirimana, sign a "
              "border protocol.")
    held = {person for person, _ in offices(doc)}
    assert not {"Claire Uwase", "Jean Bigirimana"} & held


def test_both_prime_ministers_are_not_the_foreign_ministers_named_since(run: Run) -> None:
    doc = run("HONIARA, May 6 - Fijian Prime Minister Tomasi Vanua met Samoan Prime Minister "
              "Lemalu Tuala on Monday. Fijian Foreign Minister Ratu Sela and Samoan Foreign "
              "Minister Fono Leaupepe signed a fisheries accord. Both prime ministers backed "
              "the Pacific Islands Forum's policing initiative.")
    backers = {s for _, s, _ in triples(doc, "SUPPORTED")}
    assert backers == {"Tomasi Vanua", "Lemalu Tuala"}


def test_ministers_the_leaders_watched_sign_are_the_signers(run: Run) -> None:
    doc = run(_SUMMIT + "The two leaders watched their foreign ministers, Claire Uwase and "
              "Jean Bigirimana, put their signatures to the border protocol.")
    signers = {s for _, s, _ in triples(doc, "SIGNED")}
    assert {"Claire Uwase", "Jean Bigirimana"} <= signers
    assert not {"Aline Mukeza", "Didier Hakizi"} & signers


def test_leaders_who_watched_and_then_signed_are_signers(run: Run) -> None:
    doc = run(_SUMMIT + "The two leaders watched a parade and signed the border protocol.")
    assert {"Aline Mukeza", "Didier Hakizi"} <= {s for _, s, _ in triples(doc, "SIGNED")}


def test_one_who_signs_alongside_another_signs_with_him(run: Run) -> None:
    for text in ("Rwandan Trade Minister Claire Uwase signed the border protocol alongside "
                 "Burundian Trade Minister Jean Bigirimana.",
                 "Rwandan Trade Minister Claire Uwase put her signature to the border "
                 "protocol alongside Burundian Trade Minister Jean Bigirimana."):
        signers = {s for _, s, _ in triples(run(text), "SIGNED")}
        assert {"Claire Uwase", "Jean Bigirimana"} <= signers, text


def test_both_leaders_are_the_two_heads_who_met_not_ministers_who_signed_since(
        run: Run) -> None:
    doc = run(_SUMMIT + "The two presidents held talks for three hours at State House.\n\n"
              "The pipeline will carry refined fuel for about 300 kilometres, cutting the "
              "cost of diesel for hauliers, farmers and factories along the corridor, and "
              "engineers expect the first section to open within two years if financing is "
              "secured from regional lenders and private investors on acceptable terms. "
              "The route crosses farmland, wetlands and two national parks, and "
              "environmental groups have asked for a fuller impact study before any work "
              "begins on the most sensitive stretches near the lake shore. Officials said "
              "the tender for the pumping stations would be published next month, with "
              "bids due by the end of the year, and that a joint company owned in equal "
              "shares would operate the line once it is complete and tested.\n\n"
              "Rwandan Trade Minister Claire Uwase and Burundian Trade Minister Jean "
              "Bigirimana signed a trade accord in Kigali.\n\nBoth leaders expressed "
              "concern over the fighting in eastern Congo.")
    worried = {s for _, s, _ in triples(doc, "EXPRESSED_CONCERN")}
    assert worried == {"Aline Mukeza", "Didier Hakizi"}


def test_both_after_a_leader_and_his_guest_are_the_two_people(run: Run) -> None:
    doc = run(_SUMMIT + "Mukeza and his guest expressed support for the African Union's "
              "mediation. Both voiced concern over the violence in Sudan.")
    worried = {s for _, s, _ in triples(doc, "EXPRESSED_CONCERN")}
    assert worried == {"Aline Mukeza", "Didier Hakizi"}
