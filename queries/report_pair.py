"""The relationship report ``bilateral A B`` and the notes the country reports share
(SIDE_NOTE says what a country's side is)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

from dipgraph.errors import QueryError
from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.queries.report_db import (
    Query,
    ReportContext,
    attach_evidence,
    evidence_query,
    fact_keys,
    page_facts,
)
from dipgraph.queries.report_draw import draw_graph
from dipgraph.queries.report_facts import (
    BALANCE_COLUMNS,
    BALANCE_NOTE,
    FACT_COLUMNS,
    RESPONSE_RELS,
    ArticleInfo,
    FactView,
    balance_counts,
    evidence_text,
    fact_detail,
    fact_from_record,
    fact_row,
    match_responses,
    tone,
)
from dipgraph.queries.report_models import Report, Scalar, Section
from dipgraph.queries.report_params import OVERVIEW_LIMIT, page_limit, showing

__all__ = [
    "BILATERAL_RELS",
    "SIDE_NOTE",
    "balance_by",
    "bilateral_report",
    "key_value",
    "page_note",
    "summary_note",
]

#: Facts that link two sides directly (accord facts are read separately).
BILATERAL_RELS = [
    r.value for r in RelationType
    if r not in (RelationType.HOLDS_OFFICE, RelationType.SIGNED, RelationType.WITHDREW_FROM)
]
#: Symmetric relation types (counted as "mutual" in a dyad).
MUTUAL_RELS = [r.value for r in RelationType if RELATIONS[r].symmetric]
#: Candidate responses read for the shown requests (newest first).
RESPONSE_PAGE = 1000
SIGNED, WITHDREW = RelationType.SIGNED.value, RelationType.WITHDREW_FROM.value


def page_note(limit: int) -> str:
    """The note on paged lists, naming the report's ``limit``."""
    return (f"Lists show the newest {limit:,} rows (--limit N) by stated date, undated facts "
            "last, and say how many there are in all; counts and balances cover every fact in "
            "the window (computed in the database). Evidence: the first three articles of each "
            "shown fact and how many more.")


SIDE_NOTE = (
    "A country's side is the country itself plus its officials: persons whose stored "
    "country is it or who hold one of its offices (HOLDS_OFFICE)."
)


def summary_note(build: str | None, *, covered: bool = True) -> str:
    """Where a report's counts came from: the summary (graph/SUMMARY.md) or the facts
    (``covered`` False: a fresh summary that has no entry for this subject)."""
    if build and covered:
        return (f"Counts were read from the report summary (build {build}), which matches "
                "the graph as it is now.")
    if build:
        return ("Counts were computed from the facts (the report summary holds only "
                "officials with many facts; this one is cheap to count).")
    return ("Counts were computed from the facts (no up-to-date report summary for this "
            "window; `dipgraph summarize` builds one, used for whole-month windows).")


DATE_NOTE = (
    "date: the date the article states for the fact, else (no stated date) the first "
    "publication date of an article reporting it. The --from/--to window keeps facts whose "
    "date range overlaps it."
)


def summary_periods(window: Mapping[str, str | None]) -> dict[str, str]:
    """The AccordSummary period range a window reads: '*' (all dates) without a window,
    else the years and months it covers (report_bilateral_summary_accords)."""
    lo, hi = window.get("from_iso"), window.get("to_iso")
    if lo is None and hi is None:
        return {"lo": "*", "hi": "*"}
    return {"lo": lo[:4] if lo else "0000", "hi": hi or "9999"}


def balance_by(params: Mapping[str, Scalar]) -> str:
    by = str(params.get("by") or "month")
    if by not in ("month", "year"):
        raise QueryError(f"'by' must be month or year, got {by!r}")
    return by


def key_value(name: str, title: str, pairs: list[tuple[str, Scalar]]) -> Section:
    return Section(name=name, title=title, columns=["field", "value"],
                   rows=[{"field": k, "value": v} for k, v in pairs])


def _act_cell(acts: list[dict[str, Scalar]], side: str, rel: str) -> str | None:
    for act in acts:
        if act["side"] == side and act["rel"] == rel:
            n, first, last = int(act["n"] or 0), act["first"], act["last"]
            if n == 1 or first == last:
                return str(first or "undated") + (f" ({n} facts)" if n > 1 else "")
            return f"{n} facts, {first or 'undated'} to {last or 'undated'}"
    return None


def _accord_section(rows: list[dict[str, object]], a: str, b: str,
                    evidence: Mapping[str, list[str]],
                    articles: Mapping[str, ArticleInfo]) -> Section:
    out: list[dict[str, Scalar]] = []
    for row in rows:
        acts: list[dict[str, Scalar]] = list(row["acts"])  # type: ignore[call-overload]
        accord: dict[str, Scalar] = dict(row["accord"])  # type: ignore[call-overload]
        withdrew = [s for s in ("a", "b") if _act_cell(acts, s, WITHDREW)]
        if withdrew:
            status = "abandoned by " + " and ".join(a if s == "a" else b for s in withdrew)
        elif _act_cell(acts, "a", SIGNED) and _act_cell(acts, "b", SIGNED):
            status = "shared"
        else:
            status = "one side only"
        support = int(row["support"] or 0)  # type: ignore[call-overload]
        shown = evidence.get(str(row["key"]), [])
        out.append({
            "accord": accord["name"],
            f"{a} signed": _act_cell(acts, "a", SIGNED),
            f"{a} withdrew": _act_cell(acts, "a", WITHDREW),
            f"{b} signed": _act_cell(acts, "b", SIGNED),
            f"{b} withdrew": _act_cell(acts, "b", WITHDREW),
            "status": status,
            "latest evidence": evidence_text(shown, articles, total=support) or None,
        })
    total = int(rows[0]["total"]) if rows else 0  # type: ignore[call-overload]
    cols = ["accord", f"{a} signed", f"{a} withdrew", f"{b} signed", f"{b} withdrew",
            "status", "latest evidence"]
    return Section(name="accords", title="Shared and abandoned accords", columns=cols, rows=out,
                   description=f"showing {len(out)} of {total:,} accords both sides signed or "
                               "withdrew from, most recent activity first; cells: date, or "
                               "number of facts and first to last date")


def bilateral_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """The relationship between two countries: counts, balance, newest meetings, requests,
    accords and timeline (each list paged: newest ``limit`` rows and the total)."""
    by = balance_by(params)
    limit = page_limit(params, default=OVERVIEW_LIMIT)
    state_q = ctx.summary_queries()
    (a, b), sides_rows = ctx.resolve_then(
        [(str(params["a"]), ["Country"], "country"), (str(params["b"]), ["Country"], "country")],
        lambda ab: [("report_side_types", {"countries": [ab[0]["id"], ab[1]["id"]]}),
                    *state_q])
    if a["id"] == b["id"]:
        raise QueryError(f"bilateral needs two different countries, got {a['name']} twice")
    members, build = sides_rows[0], ctx.summary_build(sides_rows[1] if state_q else None)
    officials_a = {str(r["id"]): str(r["name"]) for r in members
                   if r["country"] == a["id"] and not r["is_country"]}
    officials_b = {str(r["id"]): str(r["name"]) for r in members
                   if r["country"] == b["id"] and not r["is_country"]}
    side_a = [a["id"], *sorted(officials_a)]
    side_b = [b["id"], *sorted(officials_b)]
    # Per type, only members with facts of that type are paired (node degrees).
    active: dict[str, dict[str, list[str]]] = {a["id"]: {}, b["id"]: {}}
    for r in members:
        for rel in r["types"]:
            active[str(r["country"])].setdefault(str(rel), []).append(str(r["id"]))
    sides = {"side_a": side_a, "side_b": side_b, "active_a": active[a["id"]],
             "active_b": active[b["id"]], **ctx.window_iso}
    size = 4 if by == "year" else 7
    met, req = RelationType.MET_WITH.value, RelationType.REQUESTED.value

    def lists(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], ...]:
        # The timeline (first `limit` rows), then the newest `limit` meetings and requests.
        return (rows[:limit], [r for r in rows if r["rel"] == met][:limit],
                [r for r in rows if r["rel"] == req][:limit])

    def responses_step(out: list[list[dict[str, Any]]]) -> list[Query]:
        # Responses to the shown requests: the other side's pledges/agreements/support
        # dated on or after the oldest shown request (newest RESPONSE_PAGE of them).
        shown = [fact_from_record(rec) for rec in lists(out[0])[2]]
        if not shown:
            return []
        win = dict(ctx.window_iso)
        starts = [q.start for q in shown if q.start]
        if starts and len(starts) == len(shown):
            oldest = min(starts).isoformat()
            win["from_iso"] = max(oldest, win["from_iso"] or oldest)
        return [("report_bilateral_page", {**sides, **win, "rels": list(RESPONSE_RELS),
                                           "split": [], "limit": RESPONSE_PAGE})]

    def evidence_step(out: list[list[dict[str, Any]]]) -> list[Query]:
        # The shown facts only: timeline, meetings and requests.
        return [evidence_query(fact_keys(out[0]))]

    def latest_evidence_step(out: list[list[dict[str, Any]]]) -> list[Query]:
        # Each shown accord's latest fact.
        latest = [str(row["key"]) for row in out[1] if row.get("key")]
        return [evidence_query(latest)] if latest else []

    counts_q: Query = ("report_bilateral_counts",
                       {**sides, "rels": BILATERAL_RELS, "size": size})
    accords_q: Query = ("report_bilateral_accords", {**sides, "limit": limit})
    if build:  # the same rows, from the summary's per-month cells
        pair = {"build": build, "a": a["id"], "b": b["id"], **ctx.window_iso}
        counts_q = ("report_bilateral_summary_counts",
                    {**pair, "rels": BILATERAL_RELS, "size": size, "mutual": MUTUAL_RELS})
        accords_q = ("report_bilateral_summary_accords",
                     {**pair, **summary_periods(ctx.window_iso), "limit": limit})
    # Two transactions at once: the pages (then responses and evidence), and the counts and
    # accords (then their latest facts' evidence).
    paged, summed = ctx.read_parallel(
        ([("report_bilateral_page",
           {**sides, "rels": BILATERAL_RELS, "split": [met, req], "limit": limit})],
         [responses_step, evidence_step]),
        ([counts_q, accords_q], [latest_evidence_step]))
    # the evidence of the page's facts, then of the accords' latest (signing or withdrawal,
    # never on the page: BILATERAL_RELS holds neither)
    evidence = [*paged[-1], *(summed[2] if len(summed) > 2 else [])]
    results = [summed[0], paged[0], summed[1], *paged[1:-1], evidence]
    counts_raw, pages_raw, acc_rows = results[:3]
    page_raw, met_raw, req_raw = lists(pages_raw)
    if build:
        counts_raw = [dict(zip(("rel", "dir", "period", "n", "first", "last"), cell, strict=True))
                      for row in counts_raw
                      for cell in zip(row["rels"], row["dirs"], row["periods"], row["ns"],
                                      row["firsts"], row["lasts"], strict=True)]
    timeline, names = page_facts(page_raw)
    meetings_f, met_names = page_facts(met_raw)
    requests, req_names = page_facts(req_raw)
    names |= met_names | req_names
    responses = page_facts(results[3])[0] if len(results) == 5 else []
    articles = attach_evidence([*timeline, *meetings_f, *requests], results[-1])
    latest_evidence: dict[str, list[str]] = defaultdict(list)
    for r in results[-1]:
        latest_evidence[str(r["key"])].append(str(r["id"]))
    an, bn = a["name"], b["name"]
    label = {"ab": f"{an} -> {bn}", "ba": f"{bn} -> {an}", "mutual": f"{an} <-> {bn}"}
    in_a = set(side_a)

    def direction(f: FactView) -> str:
        if f.symmetric:
            return label["mutual"]
        return label["ab"] if f.source.id in in_a else label["ba"]

    # Counts: dyad facts (by direction) plus facts on shared accords (by side); balance:
    # dyad facts.
    per_rel: dict[str, Counter[str]] = defaultdict(Counter)
    periods: list[tuple[str | None, str, int]] = []
    first_when: list[str] = []
    last_when: list[str] = []
    for row in counts_raw:
        rel, n = str(row["rel"]), int(row["n"])
        per_rel[rel]["total"] += n
        per_rel[rel][str(row["dir"])] += n
        periods.append((row["period"], rel, n))
        first_when += [str(row["first"])] if row["first"] else []
        last_when += [str(row["last"])] if row["last"] else []
    for row in acc_rows[0]["sums"] if acc_rows else []:
        rel, n = str(row["rel"]), int(row["n"])
        if n:
            per_rel[rel]["total"] += n
            per_rel[rel]["ab" if row["side"] == "a" else "ba"] += n
    total = sum(c["total"] for c in per_rel.values())
    dyad_total = sum(c["total"] for rel, c in per_rel.items()
                     if rel not in (SIGNED, WITHDREW))
    count_rows: list[dict[str, Scalar]] = [
        {"rel": rel, "description": RELATIONS[RelationType(rel)].description,
         "tone": tone(rel), "total": c["total"], f"by {an}": c["ab"], f"by {bn}": c["ba"],
         "mutual": c["mutual"]}
        for rel, c in sorted(per_rel.items(), key=lambda kv: (-kv[1]["total"], kv[0]))
    ]
    balance = balance_counts(periods, by)
    net = sum(int(r["net"] or 0) for r in balance)
    rows = [{**fact_row(f, names, articles), "direction": direction(f)} for f in timeline]
    cols = [*FACT_COLUMNS[:2], "direction", *FACT_COLUMNS[2:]]
    meeting_rows = [
        {"date": f.when, "place": names.get(f.place or "", f.place),
         f"{an} official": f.source.name if f.source.id in in_a else f.target.name,
         f"{bn} official": f.target.name if f.source.id in in_a else f.source.name,
         "mode": f.mode, "evidence": evidence_text(f.articles, articles, total=f.support)}
        for f in meetings_f
    ]
    matched = match_responses(requests, responses)
    request_rows: list[dict[str, Scalar]] = []
    for q, rs in zip(requests, matched, strict=True):
        first = rs[0] if rs else None
        request_rows.append({
            "date": q.when, "requester": q.source.name, "of": q.target.name,
            "what": fact_detail(q),
            "response": (f"{first.rel} by {first.source.name} ({first.when})"
                         + (f" +{len(rs) - 1} more" if len(rs) > 1 else "")) if first else None,
            "evidence": evidence_text(q.articles, articles, total=q.support)})
    summary = key_value("summary", "Summary", [
        ("country A", f"{an} ({a['id']})"),
        ("country B", f"{bn} ({b['id']})"),
        (f"{an} officials", ", ".join(sorted(officials_a.values())) or None),
        (f"{bn} officials", ", ".join(sorted(officials_b.values())) or None),
        ("facts", total),
        ("first", min(first_when, default=None)),
        ("last", max(last_when, default=None)),
        ("net cooperation (all periods)", net),
    ])
    nodes = {a["id"]: (an, "Country"), b["id"]: (bn, "Country")}
    for f in timeline:
        nodes[f.source.id] = (f.source.name, f.source.type)
        nodes[f.target.id] = (f.target.name, f.target.type)
    edges = [(f.source.id, f.target.id, f.rel) for f in timeline]
    edges += [(p, a["id"], "HOLDS_OFFICE") for p in officials_a if p in nodes]
    edges += [(p, b["id"], "HOLDS_OFFICE") for p in officials_b if p in nodes]
    return Report(
        name="bilateral", title=f"{an} and {bn}: bilateral relationship",
        params={"a": an, "b": bn, "by": by, "limit": limit},
        date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[SIDE_NOTE, DATE_NOTE, BALANCE_NOTE, page_note(limit), summary_note(build)],
        sections=[
            summary,
            Section(name="counts", title="Facts by relation type", rows=count_rows,
                    columns=["rel", "description", "tone", "total", f"by {an}", f"by {bn}",
                             "mutual"],
                    description="all facts in the window (counted in the database): by X: "
                                "facts whose source is X or one of its officials; mutual: "
                                "symmetric facts (met, agreed, allied); SIGNED/WITHDREW_FROM: "
                                "on accords both sides signed or withdrew from"),
            Section(name="balance", title=f"Cooperation vs conflict per {by}", rows=balance,
                    columns=BALANCE_COLUMNS,
                    description=BALANCE_NOTE + " Here: the facts between the two sides "
                                "(accord signatures and withdrawals are in the accords "
                                "section)."),
            Section(name="meetings", title="Meetings of officials", rows=meeting_rows,
                    columns=["date", "place", f"{an} official", f"{bn} official", "mode",
                             "evidence"],
                    description=showing(len(meeting_rows), per_rel[met]["total"], "meetings")),
            Section(name="requests", title="Requests and responses", rows=request_rows,
                    columns=["date", "requester", "of", "what", "response", "evidence"],
                    description=showing(len(request_rows), per_rel[req]["total"], "requests")
                    + "; response: the first pledge, agreement or support by the other "
                      "side on or after the request"),
            _accord_section(acc_rows, an, bn, latest_evidence, articles),
            Section(name="timeline", title="Timeline", rows=rows, columns=cols,
                    description=showing(len(rows), dyad_total,
                                         "facts between the sides (accord facts: see accords)")),
        ],
        graph=draw_graph(f"{an} - {bn}", nodes, edges, highlight=[a["id"], b["id"]]),
    )
