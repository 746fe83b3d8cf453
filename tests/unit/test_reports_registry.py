"""The report registry: every report's Cypher exists, is headed for analysts, and is bound."""

from __future__ import annotations

import re
import sys

import pytest

from dipgraph.errors import QueryError
from dipgraph.graph.relations import RelationType
from dipgraph.queries import registry
from dipgraph.queries.report_models import Report, Section
from dipgraph.queries.reports import REPORTS, report_spec, report_specs

REQUIRED = {"bilateral", "person", "who-met-whom", "requests", "accords", "country", "network"}


def test_all_required_reports_are_registered_with_described_parameters() -> None:
    assert set(REPORTS) >= REQUIRED
    for spec in report_specs():
        assert spec.description and all(p.help for p in spec.params), spec.name
        required = [p.required for p in spec.params]
        assert required == sorted(required, reverse=True), f"{spec.name}: required first"


def test_every_statement_a_report_runs_exists_in_the_registry() -> None:
    for spec in report_specs():
        for name in spec.statements:
            assert name in registry.names(), f"{spec.name}: {name}"
            assert registry.statement(name)


@pytest.mark.parametrize("name", [n for n in registry.names() if n.startswith("report_")])
def test_report_cypher_has_header_and_browser_params_for_every_parameter(name: str) -> None:
    raw = registry._raw(name)
    header = [ln for ln in raw.splitlines() if ln.startswith("//")]
    text = "\n".join(header)
    assert f"// name: {name}" in text
    assert "// description:" in text and "// parameters:" in text and "// example:" in text
    used = set(re.findall(r"\$([a-z_]+)", registry.statement(name)))
    shown = set(re.findall(r":param ([a-z_]+) =>", text))
    assert used <= shown, f"{name}: no :param line for {sorted(used - shown)}"


def test_to_dataframe_without_pandas_raises_a_clear_query_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas -> ImportError
    report = Report(name="x", title="x", sections=[Section(name="s", title="s", columns=["a"])])
    with pytest.raises(QueryError, match=r"pip install 'dipgraph\[pandas\]'"):
        report.to_dataframe("s")


def test_unknown_section_names_the_existing_ones() -> None:
    report = Report(name="x", title="x", sections=[Section(name="s", title="s", columns=["a"])])
    with pytest.raises(QueryError, match="sections: s"):
        report.section("nope")


_EVIDENCE_READ = re.compile(r"\b[a-z]\.(articles|evidence_[a-z]+)\b|\.articles\[")


@pytest.mark.parametrize("name", [n for n in registry.names()
                                  if n.startswith("report_") and n != "report_evidence"])
def test_report_statements_read_no_evidence_off_the_fact(name: str) -> None:
    """Evidence storage may change: only report_evidence reads it (by fact key)."""
    body = registry.statement(name)
    assert not _EVIDENCE_READ.search(body), f"{name} reads evidence itself"


def test_every_report_names_report_evidence_as_a_statement_it_runs() -> None:
    for spec in report_specs():
        assert "report_evidence" in spec.statements, spec.name


def test_person_counts_pattern_names_every_fact_type() -> None:
    """The typed pattern must grow with the relation set, or new facts go uncounted."""
    body = registry.statement("report_person_counts")
    typed = re.search(r"-\[r:([A-Z_|]+)\]-", body)
    assert typed is not None
    assert set(typed.group(1).split("|")) == {r.value for r in RelationType}


def test_overview_reports_show_a_first_page_and_list_reports_a_longer_one() -> None:
    limits = {name: next(p.default for p in report_spec(name).params if p.name == "limit")
              for name in ("bilateral", "person", "requests", "accords", "who-met-whom",
                           "country")}
    assert limits == {"bilateral": 25, "person": 25, "requests": 100, "accords": 100,
                      "who-met-whom": 100, "country": 10}


def _top_level(text: str, pattern: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` outside brackets (subqueries, maps, lists, calls)."""
    depth, found = 0, []
    for m in re.finditer(rf"[{{}}()\[\]]|{pattern}", text):
        if m.group(0) in "{([":
            depth += 1
        elif m.group(0) in "})]":
            depth -= 1
        elif depth == 0:
            found.append(m)
    return found


def _top_level_return(text: str) -> list[str]:
    """The result columns of a statement's last top-level RETURN (aliases, else names)."""
    body = text[_top_level(text, r"\bRETURN\b")[-1].end():]
    ends = _top_level(body, r"\bORDER BY\b|\bLIMIT\b|\bSKIP\b")
    body = body[: ends[0].start()] if ends else body
    cols, last = [], 0
    for m in [*_top_level(body, ","), None]:
        part = body[last : m.start() if m else len(body)].strip()
        alias = re.search(r"\bAS\s+(\w+)$", part)
        cols.append(alias.group(1) if alias else part)
        last = m.end() if m else last
    return cols


@pytest.mark.parametrize("name", [n for n in registry.names() if registry.columns(n)])
def test_declared_columns_are_the_statements_result_columns(name: str) -> None:
    assert list(registry.columns(name)) == _top_level_return(registry.statement(name))
    wrapped = registry.collected(name)
    assert wrapped.startswith("CALL () {") and registry.statement(name) in wrapped
    assert wrapped.endswith("AS rows")


def test_statements_that_declare_columns_are_the_row_heavy_report_reads() -> None:
    declared = {n for n in registry.names() if registry.columns(n)}
    assert declared == {"report_evidence", "report_bilateral_page", "report_person_page"}
    with pytest.raises(QueryError, match="declares no columns"):
        registry.collected("report_names")


@pytest.mark.parametrize("text", [
    "CYPHER runtime=slotted MATCH (n) RETURN n.id AS id",
    "EXPLAIN MATCH (n) RETURN n.id AS id",
    "UNWIND $rows AS r CALL (r) { CREATE (:X) } IN TRANSACTIONS RETURN 1 AS id",
    "MATCH (n) RETURN n.id AS id;",
])
def test_a_statement_a_subquery_cannot_hold_is_not_collected(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"fake_{abs(hash(text))}"  # collected() caches by name
    monkeypatch.setattr(registry, "columns", lambda _n: ("id",))
    monkeypatch.setattr(registry, "statement", lambda _n: text)
    with pytest.raises(QueryError, match="cannot run inside CALL"):
        registry.collected(name)
