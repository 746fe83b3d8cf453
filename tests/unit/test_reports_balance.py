"""Pure report pieces: the cooperation/conflict balance and the request -> response rule."""

from __future__ import annotations

import datetime as dt

from dipgraph.graph.models import partial_date_bounds
from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.queries.report_facts import (
    ArticleInfo,
    Endpoint,
    FactView,
    answers,
    balance_counts,
    balance_rows,
    evidence_text,
    match_responses,
    period_of,
)

KOR = Endpoint(id="country:KOR", name="South Korea", type="Country", country="country:KOR")
CHN = Endpoint(id="country:CHN", name="China", type="Country", country="country:CHN")
JPN = Endpoint(id="country:JPN", name="Japan", type="Country", country="country:JPN")
PARK = Endpoint(id="person:park", name="Park", type="Person", country="country:KOR")
WANG = Endpoint(id="person:wang", name="Wang", type="Person", country="country:CHN")
LI = Endpoint(id="person:li", name="Li", type="Person", country="country:CHN")


def _fact(rel: str, src: Endpoint, dst: Endpoint, day: str | None) -> FactView:
    start, end = partial_date_bounds(day) if day else (None, None)
    return FactView(rel=rel, source=src, target=dst, date=day, date_start=start, date_end=end,
                    symmetric=RELATIONS[RelationType(rel)].symmetric)


def test_balance_counts_quads_and_sums_goldstein_per_month() -> None:
    rows = balance_rows([("2023-11-26", "MET_WITH"), ("2023-11-02", "CRITICIZED"),
                         ("2024-02-09", "SIGNED"), ("2024-02-10", "WITHDREW_FROM")], "month")
    assert rows == [
        {"period": "2023-11", "cooperative": 1, "conflictual": 1, "net": 0,
         "goldstein": -1.0, "facts": 2},
        {"period": "2024-02", "cooperative": 1, "conflictual": 1, "net": 0,
         "goldstein": 4.0, "facts": 2},
    ]


def test_balance_leaves_out_neutral_types_undated_and_too_coarse_dates() -> None:
    rows = balance_rows([("2023-11-26", "HOLDS_OFFICE"), ("2023-11-26", "ALLY_OF"),
                         (None, "WARNED"), ("2023", "WARNED"), ("2023-05", "WARNED")], "month")
    assert rows == [{"period": "2023-05", "cooperative": 0, "conflictual": 1, "net": -1,
                     "goldstein": -4.4, "facts": 1}]


def test_balance_by_year_groups_months_of_a_year() -> None:
    rows = balance_rows([("2023-01-02", "PLEDGED"), ("2023-12", "SUPPORTED"),
                         ("2024", "WARNED")], "year")
    assert [(r["period"], r["cooperative"], r["conflictual"], r["goldstein"]) for r in rows] == [
        ("2023", 2, 0, 7.4), ("2024", 0, 1, -4.4)]


def test_balance_from_database_counts_equals_balance_from_the_facts() -> None:
    facts = [("2023-11-26", "MET_WITH"), ("2023-11-02", "CRITICIZED"), ("2023-11", "WARNED"),
             ("2023", "PLEDGED"), (None, "AGREED"), ("2024-02-09", "ALLY_OF"),
             ("2024-02-10", "WITHDREW_FROM"), ("2024-02-11", "WITHDREW_FROM")]
    for by, size in (("month", 7), ("year", 4)):
        counted: dict[tuple[str | None, str], int] = {}
        for when, rel in facts:  # what report_bilateral_counts returns: left(when, size), n
            key = (when[:size] if when else None, rel)
            counted[key] = counted.get(key, 0) + 1
        rows = balance_counts([(p, rel, n) for (p, rel), n in counted.items()], by)
        assert rows == balance_rows(facts, by), by
    assert balance_counts([("2024-02", "WITHDREW_FROM", 3)], "month") == [
        {"period": "2024-02", "cooperative": 0, "conflictual": 3, "net": -3,
         "goldstein": -12.0, "facts": 3}]


def test_period_of_truncates_to_the_requested_granularity() -> None:
    assert period_of("2023-11-26", "month") == "2023-11"
    assert period_of("2023-11-26", "year") == "2023"
    assert period_of("2023", "month") is None
    assert period_of(None, "year") is None


def test_a_pledge_from_a_target_country_official_after_the_request_answers_it() -> None:
    request = _fact("REQUESTED", PARK, CHN, "2023-11-26")
    assert answers(request, _fact("PLEDGED", WANG, KOR, "2024-02-09"))
    assert answers(request, _fact("SUPPORTED", CHN, PARK, "2023-11-26"))  # same day counts


def test_earlier_wrong_direction_or_other_country_facts_do_not_answer() -> None:
    request = _fact("REQUESTED", PARK, CHN, "2023-11-26")
    assert not answers(request, _fact("PLEDGED", WANG, KOR, "2023-11-25"))  # before
    assert not answers(request, _fact("PLEDGED", PARK, CHN, "2024-01-01"))  # requester pledged
    assert not answers(request, _fact("PLEDGED", JPN, KOR, "2024-01-01"))  # someone else
    assert not answers(request, _fact("WARNED", WANG, KOR, "2024-01-01"))  # not a response type
    assert not answers(request, _fact("PLEDGED", WANG, KOR, None))  # undated


def test_symmetric_agreement_answers_whichever_end_is_stored_first() -> None:
    request = _fact("REQUESTED", PARK, CHN, "2023-11-26")
    stored = _fact("AGREED", KOR, LI, "2023-12-01")  # source/target sorted, requester first
    assert answers(request, stored)


def test_match_responses_keeps_request_order_and_sorts_responses_by_date() -> None:
    asks = [_fact("REQUESTED", PARK, CHN, "2023-11-26"), _fact("REQUESTED", PARK, JPN, "2024")]
    late = _fact("PLEDGED", WANG, KOR, "2024-03-01")
    early = _fact("SUPPORTED", LI, PARK, "2024-01-01")
    assert match_responses(asks, [late, early]) == [[early, late], []]


def test_evidence_text_names_title_outlet_and_date_and_counts_the_rest() -> None:
    arts = {f"a{i}": ArticleInfo(id=f"a{i}", title=f"T{i}", source="Wire",
                                 published=dt.date(2024, 1, i + 1)) for i in range(5)}
    text = evidence_text([f"a{i}" for i in range(5)], arts, limit=2)
    assert text == "T0 (Wire, 2024-01-01); T1 (Wire, 2024-01-02); +3 more"
    assert evidence_text(["missing"], arts) == "missing"


def test_match_responses_agrees_with_answers_on_every_pair() -> None:
    ends = [KOR, CHN, JPN, PARK, WANG, LI]
    days = ["2023-11-25", "2023-11-26", "2024", None]
    asks = [_fact("REQUESTED", s, t, d) for s in ends for t in ends if s != t for d in days]
    replies = [_fact(rel, s, t, d) for rel in ("PLEDGED", "AGREED", "SUPPORTED", "WARNED")
               for s in ends for t in ends if s != t for d in days]
    matched = match_responses(asks, replies)
    for ask, found in zip(asks, matched, strict=True):
        assert {id(r) for r in found} == {id(r) for r in replies if answers(ask, r)}
