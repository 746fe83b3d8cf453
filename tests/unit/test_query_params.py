"""``parse_params`` turns ``name=value`` pairs into typed query parameters."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipgraph.errors import QueryError
from dipgraph.queries.adhoc import parse_params, plain


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        ("n=3", 3),
        ("x=2.5", 2.5),
        ("ok=true", True),
        ("ok=false", False),
        ("v=null", None),
        ('ids=["a", "b"]', ["a", "b"]),
        ('m={"k": [1, 2]}', {"k": [1, 2]}),
        ('s="3"', "3"),
        ("name=Wang Yi", "Wang Yi"),
        ("name=", ""),
        ("expr=a=b", "a=b"),
        ("q='}) DETACH DELETE n //", "'}) DETACH DELETE n //"),
        ("c=NaN", "NaN"),
        ("c=Infinity", "Infinity"),
        ("d=2023-11-26", "2023-11-26"),
        ("u=王毅", "王毅"),
    ],
)
def test_values_are_json_when_they_parse_else_strings(pair: str, expected: Any) -> None:
    name = pair.split("=", 1)[0]
    assert parse_params([pair]) == {name: expected}


def test_several_pairs_make_one_dict() -> None:
    assert parse_params(["a=1", "b=x", "c=[1]"]) == {"a": 1, "b": "x", "c": [1]}
    assert parse_params([]) == {}


@pytest.mark.parametrize("pair", ["novalue", "=3", " =3", "1a=3", "a-b=3", "a b=3"])
def test_malformed_pairs_are_query_errors(pair: str) -> None:
    with pytest.raises(QueryError):
        parse_params([pair])


def test_a_name_given_twice_is_an_error() -> None:
    with pytest.raises(QueryError, match="twice"):
        parse_params(["a=1", "a=2"])


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40))
def test_any_text_that_is_not_json_comes_back_verbatim(text: str) -> None:
    value = parse_params([f"v={text}"])["v"]
    if isinstance(value, str) and not text.strip().startswith('"'):
        assert value == text


def test_plain_keeps_json_values_and_replaces_non_finite_floats() -> None:
    assert plain({"a": [1, 2.5, None, True, "s"]}) == {"a": [1, 2.5, None, True, "s"]}
    assert plain([float("nan"), float("inf"), float("-inf")]) == ["NaN", "Infinity", "-Infinity"]
    assert plain(b"\x00\xff") == "AP8="
    assert plain((1, 2)) == [1, 2]
