"""Leaders who look on at a signing ('witnessed the signing of X', 'oversaw the exchange
of nine agreements, including A and B'): their states signed the texts, they did not (nor
when the deal is between others). Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples

_TALKS = ("Chilean President Ana Rojas held talks with Peruvian President Luis Soto in Lima "
          "on Tuesday. ")


def test_the_states_of_leaders_who_witnessed_a_signing_signed(run: Run) -> None:
    doc = run(_TALKS + "Following the talks, the two leaders witnessed the signing of a "
              "memorandum of understanding on mining and an agreement on fisheries.")
    signed = triples(doc, "SIGNED")
    for text in ("memorandum of understanding on mining", "agreement on fisheries"):
        assert {("SIGNED", "Chile", text), ("SIGNED", "Peru", text)} <= signed
    assert not {t for t in signed if t[1] in ("Ana Rojas", "Luis Soto")}


def test_texts_included_in_an_exchange_were_signed(run: Run) -> None:
    doc = run(_TALKS + "The two presidents then oversaw the exchange of nine other "
              "agreements, including a memorandum on mining, an agreement on fisheries, and "
              "an MoU on setting up a joint working group.")
    signed = {t[2] for t in triples(doc, "SIGNED") if t[1] == "Peru"}
    assert signed == {"memorandum on mining", "agreement on fisheries",
                      "MoU on setting up a joint working group"}


def test_a_signing_not_witnessed_gives_no_signers(run: Run) -> None:
    doc = run(_TALKS + "The two leaders did not witness the signing of the agreement on "
              "fisheries.")
    assert not triples(doc, "SIGNED")



def test_a_deal_between_others_is_not_signed_by_those_looking_on(run: Run) -> None:
    doc = run("US Secretary of State John Miller and Qatari Prime Minister Ali Hassan "
              "witnessed the signing of a peace agreement between Rwanda and Congo.")
    assert not {t for t in triples(doc, "SIGNED") if t[1] in ("United States", "Qatar")}
