"""Every output format shows hostile values verbatim but safely, and parses back."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipgraph.errors import QueryError
from dipgraph.queries.adhoc import QueryResult
from dipgraph.queries.formats import (
    FORMATS,
    cell_text,
    render,
    render_csv,
    render_json,
    render_markdown,
    render_table,
    visible,
)

HOSTILE = [
    "'}) DETACH DELETE n //",
    'quote " and \'single\' and `backtick`',
    "pipe | and \\ backslash",
    "line one\nline two\r\nthree",
    "\x1b[31mred\x1b[0m and [bold]markup[/bold]",
    "\u202eevil RTL override \u2066isolate\u2069",
    "<script>alert(1)</script> & *bold* _it_ ~~s~~ [link](x)",
    "=cmd|' /C calc'!A0",
    "王毅 and Пак Чин",
]
ROWS = [{"text": t, "n": i} for i, t in enumerate(HOSTILE)]
COLUMNS = ["text", "n"]

# What a terminal or editor would obey instead of showing.
_DANGEROUS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def test_csv_round_trips_every_value_through_the_csv_module() -> None:
    text = render_csv(COLUMNS, ROWS)
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == COLUMNS
    assert [row[0] for row in parsed[1:]] == HOSTILE
    assert [row[1] for row in parsed[1:]] == [str(i) for i in range(len(HOSTILE))]


def test_json_round_trips_and_escapes_bidi_and_escape_characters() -> None:
    text = render_json(COLUMNS, ROWS, truncated=False)
    doc = json.loads(text)
    assert doc == {"columns": COLUMNS, "rows": ROWS, "truncated": False}
    assert not _DANGEROUS.search(text)
    assert "\\u202e" in text and "\\u001b" in text
    assert "王毅" in text  # readable, not \\u-escaped


def test_markdown_keeps_one_row_per_line_and_one_cell_per_column() -> None:
    text = render_markdown(COLUMNS, ROWS)
    lines = text.splitlines()
    assert len(lines) == 2 + len(ROWS)
    for line in lines:
        unescaped_pipes = len(re.findall(r"(?<!\\)\|", line))
        assert unescaped_pipes == len(COLUMNS) + 1, line
    assert not _DANGEROUS.search(text)
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "line one<br>line two<br>three" in text
    assert "pipe \\| and \\\\ backslash" in text
    assert "\\`backtick\\`" in text
    assert "\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\[link\\](x)" in text


def test_table_shows_markup_and_controls_as_text() -> None:
    text = render_table(COLUMNS, ROWS, width=300)
    assert not _DANGEROUS.search(text)
    assert "[bold]markup[/bold]" in text
    assert "\\x1b[31mred" in text
    assert "\\u202eevil" in text
    assert "line one\\nline two\\r\\nthree" in text
    assert "'}) DETACH DELETE n //" in text


def test_visible_escapes_only_invisible_characters() -> None:
    assert visible("a\tb\nc\x00\x7f\u200f\u2028") == "a\\tb\\nc\\x00\\x7f\\u200f\\u2028"
    assert visible("plain 王毅 'q' `b`") == "plain 王毅 'q' `b`"


def test_cells_are_strings_null_empty_and_structures_json() -> None:
    assert cell_text(None) == ""
    assert cell_text("x") == "x"
    assert cell_text(3) == "3"
    assert cell_text(True) == "true"
    assert cell_text(["a", 1]) == '["a", 1]'
    assert cell_text({"k": "王"}) == '{"k": "王"}'


def test_render_takes_a_query_result_or_plain_rows() -> None:
    result = QueryResult(columns=["a"], rows=[{"a": 1}], truncated=True, limit=1, elapsed_ms=1.0)
    assert json.loads(render(result, "json"))["truncated"] is True
    assert render([{"a": 1, "b": 2}, {"b": 3, "c": 4}], "csv").splitlines() == [
        "a,b,c", "1,2,", ",3,4",
    ]
    assert render([{"a": 1}], "md", columns=["a", "z"]).splitlines()[2] == "| 1 |  |"
    for fmt in FORMATS:
        assert render(result, fmt)


def test_unknown_format_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="unknown format"):
        render([], "xml")


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=["Cs"])), max_size=5))
def test_any_text_survives_csv_and_json(texts: list[str]) -> None:
    rows = [{"t": t} for t in texts]
    assert [r[0] for r in csv.reader(io.StringIO(render_csv(["t"], rows), newline=""))][1:] == (
        texts
    )
    assert [r["t"] for r in json.loads(render_json(["t"], rows))["rows"]] == texts


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=["Cs"])), max_size=5))
def test_any_text_stays_in_its_markdown_cell(texts: list[str]) -> None:
    lines = render_markdown(["t"], [{"t": t} for t in texts]).splitlines()
    assert len(lines) == 2 + len(texts)
    for line in lines[2:]:
        assert len(re.findall(r"(?<!\\)\|", line.replace("\\\\", ""))) == 2, line
