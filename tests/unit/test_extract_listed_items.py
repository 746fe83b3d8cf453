"""Texts listed as bullet items under a lead-in ('The texts signed include:'): the items
are body text, and each listed text is signed by the lead-in's signers or, when it names
none, by the states of the latest signing. Invented sentences."""

from __future__ import annotations

from dipgraph.loaders.extract.body import find_body
from tests.unit.conftest import Run, triples

_LEAD = ("LUSAKA, Oct 16 - Zambia and Malawi signed a package of agreements on Wednesday "
         "at their joint commission.\n\nThe texts signed in the presence of the two "
         "presidents include:\n\n")
_ITEMS = ("- a memorandum of understanding on cooperation in tourism;\n"
          "- an agreement on the recognition of driving licences;\n"
          "- a framework agreement on defence cooperation, signed by Defence Minister "
          "Ambrose Lufuma and General Harry Mkandawire.\n")


def signed(doc: dict[str, object]) -> set[tuple[str, str]]:
    return {(s, t) for _, s, t in triples(doc, "SIGNED")}  # type: ignore[arg-type]


def test_items_after_a_lead_in_are_body_lines() -> None:
    text = _LEAD + _ITEMS
    lines = [text[a:b] for a, b in find_body(text).spans]
    assert "- an agreement on the recognition of driving licences;" in lines
    assert "The texts signed in the presence of the two presidents include:" in lines


def test_a_bullet_list_with_no_lead_in_stays_out_of_the_body() -> None:
    text = "LUSAKA, Oct 16 - Zambia and Malawi signed a deal on Wednesday.\n\n" + _ITEMS
    lines = [text[a:b] for a, b in find_body(text).spans]
    assert not any(line.startswith("- an agreement") for line in lines)


def test_each_listed_text_is_signed_by_the_states_of_the_latest_signing(run: Run) -> None:
    doc = run(_LEAD + _ITEMS)
    for state in ("Zambia", "Malawi"):
        assert (state, "memorandum of understanding on cooperation in tourism") in signed(doc)
        assert (state, "agreement on the recognition of driving licences") in signed(doc)


def test_an_item_signed_by_two_ministers_names_its_signers(run: Run) -> None:
    doc = run(_LEAD + _ITEMS)
    assert {("Ambrose Lufuma", "framework agreement on defence cooperation"),
            ("Harry Mkandawire", "framework agreement on defence cooperation")} <= signed(doc)


def test_a_lead_in_that_names_its_signers_gives_them(run: Run) -> None:
    doc = run("LUSAKA, Oct 16 - Officials met on Monday.\n\nZambia and Botswana signed the "
              "following texts on Tuesday:\n\n- a memorandum on cooperation in mining;\n"
              "- an agreement on visa exemption.\n")
    assert {("Zambia", "agreement on visa exemption"),
            ("Botswana", "agreement on visa exemption")} <= signed(doc)


def test_items_under_a_lead_in_about_no_signing_are_not_signed(run: Run) -> None:
    doc = run("LUSAKA, Oct 16 - Zambia and Malawi signed a trade deal on Monday.\n\nThe "
              "ministers then discussed the following subjects:\n\n- a future agreement on "
              "fisheries;\n- the ageing railway line to the border.\n")
    assert not any("fisheries" in t for _, t in signed(doc))


def test_texts_the_two_delegations_signed_are_the_story_pairs(run: Run) -> None:
    doc = run("LUSAKA, Oct 8 - Zambia and Malawi held talks on Monday. Zambia hosted the "
              "commission; Malawi sent ministers. Zambian President Hakainde Hichilema "
              "hosted his Malawian counterpart for the session, and Zambia and Malawi both "
              "praised it. By the end of the day the two delegations had signed three "
              "texts:\n\n- an agreement to establish a one-stop border post at Mwami;\n"
              "- a memorandum on energy cooperation.\n")
    for state in ("Zambia", "Malawi"):
        assert (state, "memorandum on energy cooperation") in signed(doc)


def test_texts_a_lead_in_says_were_not_signed_are_not_signed(run: Run) -> None:
    doc = run("LUSAKA, Oct 16 - Zambia and Malawi signed a trade deal on Monday.\n\nThe two "
              "countries did not sign the following agreements, officials said:\n\n- a "
              "memorandum on cooperation in fisheries;\n- an agreement on visa exemption.\n")
    assert not any("visa" in t for _, t in signed(doc))


def test_a_list_of_headlines_gives_no_facts(run: Run) -> None:
    doc = run("LUSAKA, Oct 16 - Zambia and Malawi signed a trade deal on Monday.\n\nMore "
              "stories from our Africa desk you may have missed today:\n\n- Sudan accuses "
              "Chad of arming rebels.\n- Kenyan President William Ruto meets Ugandan "
              "President Yoweri Museveni in Entebbe.\n")
    assert triples(doc, "CRITICIZED") == set()
    assert triples(doc, "MET_WITH") == set()
