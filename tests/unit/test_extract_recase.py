"""Family names official readouts write in capitals are read as names ('H.E. Mr. WANG
Wenbin'), while acronyms, headlines, datelines and regnal numbers keep their capitals; only
the case changes, so offsets and evidence stay the article's. Invented sentences."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract.recase import recase_names
from tests.unit.conftest import Run, offices, triples


@pytest.mark.parametrize(("text", "read"), [
    ("received H.E. Mr. KANG Minhu, the new envoy", "received H.E. Mr. Kang Minhu, the new envoy"),
    ("Samdech Thipadei TEP RATHA, Prime Minister, spoke.",
     "Samdech Thipadei Tep Ratha, Prime Minister, spoke."),
    ("President Ahmed Bello TANKO said so.", "President Ahmed Bello Tanko said so."),
    ("Samdech Techo HUN SEN, President of the Senate, spoke.",  # (two state codes: a name)
     "Samdech Techo Hun Sen, President of the Senate, spoke."),
])
def test_capitalised_family_names_after_a_style_or_title_are_read_as_names(
        text: str, read: str) -> None:
    assert recase_names(text) == read


@pytest.mark.parametrize("text", [
    "Russia suspended New START in February.",  # no style or title before it
    "King Mohammed VI received him.",  # a regnal number
    "Leaders of the Alliance of Sahel States (AES) met. The Minister AES said.",  # defined
    "the ASEAN Secretary-General and the UN chief",  # acronyms of bodies
    "NAIROBI Kenyan President William Ruto said",  # a dateline
    "KENYA AND UGANDA SIGN PACT",  # a headline
    "Vice President JD Vance",  # initials
    "The two leaders met at 3 PM EST Tuesday.",  # a time zone after a time
    "Foreign Minister Penny Wong Visits PNG",  # a headline in title case
    "Mr. Smith said PNG was ready.",  # a state's code, alone
])
def test_acronyms_headlines_datelines_and_numbers_keep_their_capitals(text: str) -> None:
    assert recase_names(text) == text


def test_a_capitalised_name_is_a_person_with_an_office(run: Run) -> None:
    text = ("Phnom Penh, May 3 -- Samdech Thipadei TEP RATHA, Prime Minister of the Kingdom "
            "of Cambodia, received H.E. Mr. KANG Minhu, the new Ambassador of the Republic of "
            "Korea, at the Peace Palace on Friday.")
    doc = run(text)
    assert ("Tep Ratha", "Cambodia") in offices(doc)
    assert ("MET_WITH", "Tep Ratha", "Kang Minhu") in triples(doc)


def test_evidence_quotes_the_article_as_written(run: Run) -> None:
    text = "Samdech Thipadei TEP RATHA, Prime Minister of Cambodia, visited Laos on Friday."
    doc = run(text)
    (fact,) = [f for f in doc["facts"] if f["rel"] == "VISITED"]  # type: ignore[index]
    assert fact["evidence"]["sentence"] == text


def test_a_khmer_style_word_is_still_a_given_name_before_a_name(run: Run) -> None:
    doc = run("Hong Kong lawmaker Lok Wai-kee met Foreign Minister Wang Yi in Beijing on Monday.")
    assert ("MET_WITH", "Lok Wai-kee", "Wang Yi") in triples(doc)
