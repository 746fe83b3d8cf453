"""The domain model's contracts: partial dates, fact keys, validation that names the field."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from dipgraph.graph.models import Evidence, Extraction, Fact, partial_date_bounds

EV = {"article_id": "article:1", "sentence": "s", "start": 0, "end": 1}


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2023", (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
        ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("2023-12", (dt.date(2023, 12, 1), dt.date(2023, 12, 31))),
        ("2023-07-14", (dt.date(2023, 7, 14), dt.date(2023, 7, 14))),
    ],
)
def test_partial_date_bounds_cover_the_known_granularity(
    value: str, bounds: tuple[dt.date, dt.date]
) -> None:
    assert partial_date_bounds(value) == bounds


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "23-01-01", "2023/01", ""])
def test_invalid_partial_dates_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        partial_date_bounds(bad)
    with pytest.raises(ValidationError):
        Fact(rel="MET_WITH", source="a", target="b", date=bad, evidence=Evidence(**EV))


def test_symmetric_fact_keys_ignore_direction_and_directed_keys_do_not() -> None:
    ab = Fact(rel="MET_WITH", source="person:b", target="person:a", date="2023",
              evidence=Evidence(**EV))
    ba = Fact(rel="MET_WITH", source="person:a", target="person:b", date="2023",
              evidence=Evidence(**EV))
    assert ab.key() == ba.key() == "MET_WITH|person:a|person:b|2023"
    req = Fact(rel="REQUESTED", source="country:B", target="country:A", evidence=Evidence(**EV))
    assert req.key() == "REQUESTED|country:B|country:A|" and not req.symmetric
    other_day = Fact(rel="MET_WITH", source="person:a", target="person:b", date="2024",
                     evidence=Evidence(**EV))
    assert other_day.key() != ab.key()


def test_fact_gets_the_default_cameo_code_and_refuses_self_loops() -> None:
    assert Fact(rel="WARNED", source="a", target="b", evidence=Evidence(**EV)).cameo == "130"
    with pytest.raises(ValidationError, match="must differ"):
        Fact(rel="WARNED", source="a", target="a", evidence=Evidence(**EV))


def test_evidence_span_must_be_ordered_and_extra_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="end must not be before start"):
        Evidence(article_id="a", sentence="s", start=5, end=1)
    with pytest.raises(ValidationError, match="colour"):
        Evidence(article_id="a", sentence="s", start=0, end=1, colour="red")  # type: ignore[call-arg]


def test_extraction_refuses_facts_on_unknown_entities() -> None:
    with pytest.raises(ValidationError, match="unknown entity id 'person:ghost'"):
        Extraction.model_validate({
            "article": {"id": "article:1", "content_hash": "h"},
            "entities": [{"type": "Person", "id": "person:a", "name": "A"}],
            "facts": [{"rel": "MET_WITH", "source": "person:a", "target": "person:ghost",
                       "evidence": EV}],
        })
