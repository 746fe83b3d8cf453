"""The country reports: ``bilateral A B`` (one relationship) and ``country C`` (a profile).

A country's *side* is the country node plus its officials: persons whose ``country``
is it or who hold an office of it (statement ``report_country_side``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from dipgraph.errors import QueryError
from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.queries.report_db import ReportContext
from dipgraph.queries.report_draw import draw_graph
from dipgraph.queries.report_facts import (
    BALANCE_COLUMNS,
    BALANCE_NOTE,
    FACT_COLUMNS,
    ArticleInfo,
    FactView,
    country_key,
    evidence_text,
    fact_detail,
    fact_row,
    match_responses,
    tone,
)
from dipgraph.queries.report_facts import balance_rows as _balance_rows
from dipgraph.queries.report_models import Report, Scalar, Section

__all__ = ["BILATERAL_RELS", "COUNTRY_RELS", "SIDE_NOTE", "bilateral_report", "country_report"]

#: Facts that link two sides directly (accord facts are read separately).
BILATERAL_RELS = [
    r.value for r in RelationType
    if r not in (RelationType.HOLDS_OFFICE, RelationType.SIGNED, RelationType.WITHDREW_FROM)
]
#: Facts counted in a country profile.
COUNTRY_RELS = [r.value for r in RelationType if r is not RelationType.HOLDS_OFFICE]

SIDE_NOTE = (
    "A country's side is the country itself plus its officials: persons whose stored "
    "country is it or who hold one of its offices (HOLDS_OFFICE)."
)
DATE_NOTE = (
    "date: the date the article states for the fact, else (no stated date) the first "
    "publication date of an article reporting it. The --from/--to window keeps facts whose "
    "date range overlaps it."
)


def _by(params: Mapping[str, Scalar]) -> str:
    by = str(params.get("by") or "month")
    if by not in ("month", "year"):
        raise QueryError(f"'by' must be month or year, got {by!r}")
    return by


def _side_ids(ctx: ReportContext, country: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    officials = ctx.side(country["id"])
    ids = [country["id"], *(p["id"] for p in officials)]
    return ids, {p["id"]: p["name"] for p in officials}


def _key_value(name: str, title: str, pairs: list[tuple[str, Scalar]]) -> Section:
    return Section(name=name, title=title, columns=["field", "value"],
                   rows=[{"field": k, "value": v} for k, v in pairs])


def _accord_section(acts: list[FactView], in_a: set[str], a: str, b: str,
                    articles: Mapping[str, ArticleInfo]) -> Section:
    per: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    names: dict[str, str] = {}
    arts: dict[str, list[str]] = defaultdict(list)
    for f in acts:
        side = "a" if f.source.id in in_a else "b"
        verb = "signed" if f.rel == RelationType.SIGNED.value else "withdrew"
        per[f.target.id][f"{side}_{verb}"].append(f"{f.source.name} ({f.when or 'undated'})")
        names[f.target.id] = f.target.name
        arts[f.target.id].extend(f.articles)
    rows: list[dict[str, Scalar]] = []
    for acc, acts_by in sorted(per.items(), key=lambda kv: names[kv[0]]):
        withdrew = [s for s in ("a", "b") if acts_by.get(f"{s}_withdrew")]
        if withdrew:
            status = "abandoned by " + " and ".join(a if s == "a" else b for s in withdrew)
        elif acts_by.get("a_signed") and acts_by.get("b_signed"):
            status = "shared"
        else:
            status = "one side only"
        rows.append({
            "accord": names[acc],
            f"{a} signed": "; ".join(acts_by.get("a_signed", [])) or None,
            f"{a} withdrew": "; ".join(acts_by.get("a_withdrew", [])) or None,
            f"{b} signed": "; ".join(acts_by.get("b_signed", [])) or None,
            f"{b} withdrew": "; ".join(acts_by.get("b_withdrew", [])) or None,
            "status": status,
            "evidence": evidence_text(dict.fromkeys(arts[acc]), articles),
        })
    cols = ["accord", f"{a} signed", f"{a} withdrew", f"{b} signed", f"{b} withdrew",
            "status", "evidence"]
    return Section(name="accords", title="Shared and abandoned accords", columns=cols, rows=rows,
                   description="accords both sides signed or withdrew from")


def bilateral_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """The relationship between two countries: timeline, counts, meetings, requests, balance."""
    by = _by(params)
    a = ctx.resolve(str(params["a"]), ["Country"], "country")
    b = ctx.resolve(str(params["b"]), ["Country"], "country")
    if a["id"] == b["id"]:
        raise QueryError(f"bilateral needs two different countries, got {a['name']} twice")
    ids_a, officials_a = _side_ids(ctx, a)
    ids_b, officials_b = _side_ids(ctx, b)
    facts = ctx.facts("report_bilateral_facts", side_a=ids_a, side_b=ids_b,
                      rels=BILATERAL_RELS, **ctx.window)
    acts = ctx.facts("report_bilateral_accords", side_a=ids_a, side_b=ids_b, **ctx.window)
    names, articles = ctx.fact_lookups(facts + acts)
    in_a = set(ids_a)
    an, bn = a["name"], b["name"]

    def direction(f: FactView) -> str:
        if f.symmetric:
            return f"{an} <-> {bn}"
        if f.target.type == "Accord":
            return f"by {an}" if f.source.id in in_a else f"by {bn}"
        return f"{an} -> {bn}" if f.source.id in in_a else f"{bn} -> {an}"

    timeline = sorted(facts + acts, key=lambda f: (f.when or "9999", f.rel, f.source.name))
    rows = [{**fact_row(f, names, articles), "direction": direction(f)} for f in timeline]
    cols = [*FACT_COLUMNS[:2], "direction", *FACT_COLUMNS[2:]]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for f in timeline:
        counts[f.rel]["total"] += 1
        counts[f.rel][direction(f)] += 1
    count_rows: list[dict[str, Scalar]] = [
        {"rel": rel, "description": RELATIONS[RelationType(rel)].description,
         "tone": tone(rel), "total": c["total"],
         f"by {an}": c[f"{an} -> {bn}"] + c[f"by {an}"],
         f"by {bn}": c[f"{bn} -> {an}"] + c[f"by {bn}"],
         "mutual": c[f"{an} <-> {bn}"]}
        for rel, c in sorted(counts.items(), key=lambda kv: (-kv[1]["total"], kv[0]))
    ]
    meetings = [
        {"date": f.when, "place": names.get(f.place or "", f.place),
         f"{an} official": f.source.name if f.source.id in in_a else f.target.name,
         f"{bn} official": f.target.name if f.source.id in in_a else f.source.name,
         "mode": f.mode, "evidence": evidence_text(f.articles, articles, total=f.support)}
        for f in timeline if f.rel == RelationType.MET_WITH.value
    ]
    requests = [f for f in timeline if f.rel == RelationType.REQUESTED.value]
    responses = match_responses(requests, facts)
    request_rows: list[dict[str, Scalar]] = [
        {"date": q.when, "requester": q.source.name, "of": q.target.name, "what": fact_detail(q),
         "response": "; ".join(f"{r.rel} by {r.source.name} ({r.when})" for r in rs) or None,
         "evidence": evidence_text(q.articles, articles, total=q.support)}
        for q, rs in zip(requests, responses, strict=True)
    ]
    balance = _balance_rows(((f.when, f.rel) for f in timeline), by)
    net = sum(int(r["net"] or 0) for r in balance)
    summary = _key_value("summary", "Summary", [
        ("country A", f"{an} ({a['id']})"),
        ("country B", f"{bn} ({b['id']})"),
        (f"{an} officials", ", ".join(sorted(officials_a.values())) or None),
        (f"{bn} officials", ", ".join(sorted(officials_b.values())) or None),
        ("facts", len(timeline)),
        ("first", timeline[0].when if timeline else None),
        ("last", max((f.when for f in timeline if f.when), default=None)),
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
        params={"a": an, "b": bn, "by": by}, date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[SIDE_NOTE, DATE_NOTE, BALANCE_NOTE],
        sections=[
            summary,
            Section(name="counts", title="Facts by relation type", rows=count_rows,
                    columns=["rel", "description", "tone", "total", f"by {an}", f"by {bn}",
                             "mutual"],
                    description="by X: facts whose source is X or one of its officials; "
                                "mutual: symmetric facts (met, agreed, allied)"),
            Section(name="balance", title=f"Cooperation vs conflict per {by}", rows=balance,
                    columns=BALANCE_COLUMNS, description=BALANCE_NOTE),
            Section(name="meetings", title="Meetings of officials", rows=meetings,
                    columns=["date", "place", f"{an} official", f"{bn} official", "mode",
                             "evidence"]),
            Section(name="requests", title="Requests and responses", rows=request_rows,
                    columns=["date", "requester", "of", "what", "response", "evidence"]),
            _accord_section(acts, in_a, an, bn, articles),
            Section(name="timeline", title="Timeline", rows=rows, columns=cols),
        ],
        graph=draw_graph(f"{an} - {bn}", nodes, edges, highlight=[a["id"], b["id"]]),
    )


def country_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """A country's activity: partners ranked by interaction, relation mix, active officials."""
    by = _by(params)
    limit = int(params.get("limit") or 10)
    c = ctx.resolve(str(params["country"]), ["Country"], "country")
    ids, officials = _side_ids(ctx, c)
    side = set(ids)
    facts = ctx.facts("report_country_facts", side=ids, rels=COUNTRY_RELS, **ctx.window)
    partner_ids = {country_key(e) or e.id for f in facts for e in (f.source, f.target)}
    names = ctx.names(partner_ids | {f.place for f in facts if f.place})
    partners: dict[str, Counter[str]] = defaultdict(Counter)
    last: dict[str, str] = {}
    last_fact: dict[str, FactView] = {}
    partner_type: dict[str, str] = {}
    mix: dict[str, Counter[str]] = defaultdict(Counter)
    active: dict[str, Counter[str]] = defaultdict(Counter)
    links: list[tuple[str, str]] = []
    for f in facts:
        src_in, dst_in = f.source.id in side, f.target.id in side
        mix[f.rel]["mutual" if f.symmetric else "outgoing" if src_in else "incoming"] += 1
        mix[f.rel]["total"] += 1
        for end in (f.source, f.target):
            if end.id in officials:
                active[end.id]["facts"] += 1
                active[end.id][f.rel] += 1
        if src_in and dst_in:
            continue
        other = f.target if src_in else f.source
        key = country_key(other) or other.id
        partner_type[key] = "Country" if country_key(other) else other.type
        partners[key]["interactions"] += 1
        links.append((key, f.rel))
        partners[key][tone(f.rel)] += 1
        partners[key]["goldstein_x10"] += round(RELATIONS[RelationType(f.rel)].goldstein * 10)
        if f.when and f.when > last.get(key, ""):
            last[key] = f.when
            last_fact[key] = f
    ranked = sorted(partners.items(), key=lambda kv: (-kv[1]["interactions"], kv[0]))[:limit]
    partner_rows: list[dict[str, Scalar]] = [
        {"partner": names.get(k, k), "type": partner_type[k], "interactions": v["interactions"],
         "cooperative": v["coop"], "conflictual": v["conflict"],
         "goldstein": v["goldstein_x10"] / 10, "last": last.get(k), "latest evidence": None}
        for k, v in ranked
    ]
    mix_rows: list[dict[str, Scalar]] = [
        {"rel": rel, "tone": tone(rel), "outgoing": v["outgoing"], "incoming": v["incoming"],
         "mutual": v["mutual"], "total": v["total"],
         "share": round(v["total"] / len(facts), 3) if facts else 0.0}
        for rel, v in sorted(mix.items(), key=lambda kv: (-kv[1]["total"], kv[0]))
    ]
    top = sorted(active.items(), key=lambda kv: (-kv[1]["facts"], officials[kv[0]]))[:limit]
    official_rows: list[dict[str, Scalar]] = [
        {"official": officials[p], "facts": v["facts"], "meetings": v["MET_WITH"],
         "requests": v["REQUESTED"], "pledges": v["PLEDGED"], "agreements": v["AGREED"],
         "criticism/warnings": v["CRITICIZED"] + v["WARNED"] + v["EXPRESSED_CONCERN"]}
        for p, v in top
    ]
    articles = ctx.articles(a for f in facts for a in f.articles)
    for row, (k, _) in zip(partner_rows, ranked, strict=True):
        if k in last_fact:
            lf = last_fact[k]
            row["latest evidence"] = (f"{lf.rel} {lf.source.name} -> {lf.target.name}: "
                                      + evidence_text(lf.articles, articles, total=lf.support))
    recent = sorted(facts, key=lambda f: (f.when or "", f.rel), reverse=True)[: limit * 3]
    nodes = {c["id"]: (c["name"], "Country")}
    nodes.update({k: (names.get(k, k), partner_type[k]) for k, _ in ranked})
    shown = {k for k, _ in ranked}
    edges = [(c["id"], k, rel) for k, rel in links if k in shown]
    return Report(
        name="country", title=f"{c['name']}: activity profile",
        params={"country": c["name"], "limit": limit, "by": by},
        date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[SIDE_NOTE, DATE_NOTE, BALANCE_NOTE,
               "Partners: the country of the other end of each fact (or the entity itself "
               "when it has none, e.g. an organization or accord)."],
        sections=[
            _key_value("summary", "Summary", [
                ("country", f"{c['name']} ({c['id']})"),
                ("officials", len(officials)),
                ("facts", len(facts)),
                ("partners", len(partners)),
            ]),
            Section(name="partners", title="Partners ranked by interaction", rows=partner_rows,
                    columns=["partner", "type", "interactions", "cooperative", "conflictual",
                             "goldstein", "last", "latest evidence"]),
            Section(name="mix", title="Relation mix", rows=mix_rows,
                    columns=["rel", "tone", "outgoing", "incoming", "mutual", "total", "share"]),
            Section(name="officials", title="Most active officials", rows=official_rows,
                    columns=["official", "facts", "meetings", "requests", "pledges",
                             "agreements", "criticism/warnings"]),
            Section(name="balance", title=f"Cooperation vs conflict per {by}",
                    rows=_balance_rows(((f.when, f.rel) for f in facts), by),
                    columns=BALANCE_COLUMNS, description=BALANCE_NOTE),
            Section(name="recent", title="Most recent facts", columns=FACT_COLUMNS,
                    rows=[fact_row(f, names, articles) for f in recent]),
        ],
        graph=draw_graph(f"{c['name']} and its partners", nodes, edges, highlight=[c["id"]]),
    )
