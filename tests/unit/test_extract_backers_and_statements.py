"""Support stated by a noun of the supporter ('one of the strongest backers of Y's path'),
by a statement's participle ('issued a communique backing X'), and by readiness to
support ('stood ready to support X'). Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_one_of_the_backers_of_a_states_path_supports_that_state(run: Run) -> None:
    doc = run("ZAGREB, May 3 - Croatian Prime Minister Ivo Maras has said Croatia remains one "
              "of the strongest backers of Montenegro's path to EU membership.")
    assert ("SUPPORTED", "Ivo Maras", "Montenegro") in triples(doc)


def test_backers_alongside_others_share_the_support(run: Run) -> None:
    doc = run("RIYADH, May 3 - Saudi Arabia has emerged as one of the main backers of Syria's "
              "new authorities alongside Qatar and Turkey.")
    assert {s for _, s, t in triples(doc, "SUPPORTED") if t == "Syria"} == {
        "Saudi Arabia", "Qatar", "Turkey"}


def test_no_backer_is_no_support(run: Run) -> None:
    doc = run("LIMA, May 3 - Chile is not a supporter of Peru's claim, officials said on "
              "Monday.")
    assert not triples(doc, "SUPPORTED")


def test_a_communique_backing_and_condemning_speaks_for_its_issuers(run: Run) -> None:
    doc = run("BAMAKO, May 3 - Algeria protested on Monday. Burkina Faso and Niger issued a "
              "joint communique on Tuesday backing Bamako and condemning Algeria's hostile "
              "posture.")
    assert {("SUPPORTED", "Burkina Faso", "Mali"), ("SUPPORTED", "Niger", "Mali"),
            ("CRITICIZED", "Niger", "Algeria")} <= triples(doc)


def test_standing_ready_to_support_states_backs_them(run: Run) -> None:
    doc = run("BAKU, May 3 - EU Energy Commissioner Lars Holm said on Monday that Brussels "
              "stood ready to support Ashgabat and Baku.")
    assert {("SUPPORTED", "Lars Holm", "Azerbaijan"),
            ("SUPPORTED", "Lars Holm", "Turkmenistan")} <= triples(doc)
