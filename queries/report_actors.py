"""The actor reports: ``person``, ``who-met-whom``, ``requests`` (with responses), ``accords``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from dipgraph.graph.relations import RelationType
from dipgraph.graph.rows import parse_office
from dipgraph.queries.report_db import ReportContext
from dipgraph.queries.report_draw import draw_graph
from dipgraph.queries.report_facts import (
    FACT_COLUMNS,
    FactView,
    country_key,
    evidence_text,
    fact_detail,
    fact_from_record,
    fact_row,
    match_responses,
)
from dipgraph.queries.report_models import Report, Scalar, Section
from dipgraph.queries.report_pair import DATE_NOTE, SIDE_NOTE

__all__ = ["accords_report", "person_report", "requests_report", "who_met_whom_report"]

_ALL_RELS = [r.value for r in RelationType]
_MET, _OFFICE = RelationType.MET_WITH.value, RelationType.HOLDS_OFFICE.value
RESPONSE_NOTE = (
    "A response is a PLEDGED, AGREED or SUPPORTED fact from the request's target (or its "
    "country, or an official of that country) back to the requester (or its country, or an "
    "official of it), whose date is on or after the request's date. Facts without any date "
    "are never paired."
)


def _side_filter(ctx: ReportContext, country: Scalar) -> tuple[list[str] | None, str | None]:
    if not country:
        return None, None
    c = ctx.resolve(str(country), ["Country"], "country")
    return [c["id"], *(p["id"] for p in ctx.side(c["id"]))], c["name"]


def person_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """One official: offices, whom they met (when, where), what they did, sources."""
    p = ctx.resolve(str(params["name"]), ["Person"], "person")
    info = ctx.read("report_person", person=p["id"])[0]
    facts = ctx.facts("report_person_facts", person=p["id"], rels=_ALL_RELS, **ctx.window)
    names, articles = ctx.fact_lookups(facts)
    orgs = ctx.names(parse_office(o)[1] for o in info["offices"])
    offices: dict[tuple[str, str], list[str]] = {}
    for raw in info["offices"]:
        title, org = parse_office(raw)
        offices.setdefault((title, orgs.get(org, org)), [])
    for f in facts:
        if f.rel == _OFFICE:
            offices.setdefault((f.title or "", f.target.name), []).extend(f.articles)
    office_rows: list[dict[str, Scalar]] = [
        {"title": t or None, "of": org, "evidence": evidence_text(arts, articles) or None}
        for (t, org), arts in sorted(offices.items())
    ]
    met = [f for f in facts if f.rel == _MET]
    country_names = ctx.names(country_key(e) for f in met for e in (f.source, f.target))
    meeting_rows: list[dict[str, Scalar]] = []
    for f in met:
        other = f.target if f.source.id == p["id"] else f.source
        meeting_rows.append({
            "date": f.when, "met": other.name,
            "country": country_names.get(other.country or "", other.country),
            "place": names.get(f.place or "", f.place), "mode": f.mode,
            "evidence": evidence_text(f.articles, articles, total=f.support),
        })
    did = [f for f in facts if f.rel not in (_MET, _OFFICE)
           and (f.source.id == p["id"] or f.symmetric)]
    done = {id(f) for f in did}
    received = [f for f in facts if f.rel not in (_MET, _OFFICE) and id(f) not in done]
    sources = ctx.read("report_person_sources", person=p["id"], limit=50)
    nodes = {p["id"]: (p["name"], "Person")}
    for f in facts:
        nodes[f.source.id] = (f.source.name, f.source.type)
        nodes[f.target.id] = (f.target.name, f.target.type)
    return Report(
        name="person", title=f"{p['name']}: offices, meetings and statements",
        params={"name": p["name"]}, date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[DATE_NOTE, "Offices are shown whatever the date window."],
        sections=[
            Section(name="summary", title="Summary", columns=["field", "value"], rows=[
                {"field": "person", "value": f"{p['name']} ({p['id']})"},
                {"field": "country", "value": info["country_name"] or info["country"]},
                {"field": "aliases", "value": ", ".join(info["aliases"]) or None},
                {"field": "facts", "value": len(facts)},
            ]),
            Section(name="offices", title="Offices held", rows=office_rows,
                    columns=["title", "of", "evidence"]),
            Section(name="meetings", title="Meetings", rows=meeting_rows,
                    columns=["date", "met", "country", "place", "mode", "evidence"]),
            Section(name="actions", title="Requests, pledges, agreements and other statements",
                    columns=FACT_COLUMNS, rows=[fact_row(f, names, articles) for f in did]),
            Section(name="received", title="Statements directed at them", columns=FACT_COLUMNS,
                    rows=[fact_row(f, names, articles) for f in received]),
            Section(name="sources", title="Articles mentioning them",
                    columns=["published", "title", "source", "url"],
                    rows=[{k: s[k] if k != "published" or s[k] is None else s[k].isoformat()
                           for k in ("published", "title", "source", "url")} for s in sources]),
        ],
        graph=draw_graph(f"{p['name']} and counterparts", nodes,
                         [(f.source.id, f.target.id, f.rel) for f in facts], highlight=[p["id"]]),
    )


def who_met_whom_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """Pairs of persons who met in the window, with meeting counts, last date and places."""
    side, cname = _side_filter(ctx, params.get("country"))
    limit = int(params.get("limit") or 100)
    pairs = ctx.read("report_who_met_whom", side=side, limit=limit, **ctx.window)
    names = ctx.names([p["a"]["country"] for p in pairs] + [p["b"]["country"] for p in pairs]
                      + [pl for p in pairs for pl in p["places"]])
    articles = ctx.articles(p["articles"][-1] for p in pairs if p["articles"])
    rows: list[dict[str, Scalar]] = []
    nodes: dict[str, tuple[str, str]] = {}
    edges: list[tuple[str, str, str]] = []
    for pair in pairs:
        a, b = pair["a"], pair["b"]
        dates = [d for d in pair["dates"] if d]
        rows.append({
            "person_a": a["name"], "country_a": names.get(a["country"] or "", a["country"]),
            "person_b": b["name"], "country_b": names.get(b["country"] or "", b["country"]),
            "meetings": pair["meetings"], "first": min(dates, default=None),
            "last": max(dates, default=None),
            "places": ", ".join(dict.fromkeys(names.get(x, x) for x in pair["places"])) or None,
            "latest evidence": evidence_text(pair["articles"][-1:], articles) or None,
        })
        nodes[a["id"]] = (a["name"], "Person")
        nodes[b["id"]] = (b["name"], "Person")
        edges += [(a["id"], b["id"], _MET)] * int(pair["meetings"])
    title = f"Who met whom{f' (with {cname} officials)' if cname else ''}"
    return Report(
        name="who-met-whom", title=title,
        params={"country": cname, "limit": limit}, date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[DATE_NOTE, SIDE_NOTE] if cname else [DATE_NOTE],
        sections=[Section(
            name="pairs", title="Meeting pairs", rows=rows,
            columns=["person_a", "country_a", "person_b", "country_b", "meetings", "first",
                     "last", "places", "latest evidence"])],
        graph=draw_graph(title, nodes, edges),
    )


def requests_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """Who asked what of whom, and whether the target later pledged, agreed or supported."""
    side, cname = _side_filter(ctx, params.get("country"))
    limit = int(params.get("limit") or 200)
    requests = ctx.facts("report_requests", side=side, limit=limit, **ctx.window)
    targets: set[str] = set()
    for q in requests:
        targets.add(q.target.id)
        home = country_key(q.target)
        if home:
            targets.add(home)
            targets.update(p["id"] for p in ctx.side(home))
    starts = [q.start for q in requests if q.start]
    candidates = ctx.facts("report_responses", ids=sorted(targets),
                           after=min(starts) if starts else None) if requests else []
    responses = match_responses(requests, candidates)
    articles = ctx.articles(a for f in requests + candidates for a in f.articles)
    rows: list[dict[str, Scalar]] = []
    answered = 0
    for q, rs in zip(requests, responses, strict=True):
        answered += bool(rs)
        first = rs[0] if rs else None
        rows.append({
            "date": q.when, "requester": q.source.name, "of": q.target.name,
            "what": fact_detail(q) or None, "answered": bool(rs),
            "response": (f"{first.rel} by {first.source.name}: {fact_detail(first)}".rstrip(": ")
                         if first else None),
            "response date": first.when if first else None,
            "more responses": len(rs) - 1 if rs else 0,
            "request evidence": evidence_text(q.articles, articles, total=q.support),
            "response evidence": (evidence_text(first.articles, articles, total=first.support)
                                  if first else None),
        })
    nodes: dict[str, tuple[str, str]] = {}
    edges: list[tuple[str, str, str]] = []
    for f in requests + [r for rs in responses for r in rs]:
        nodes[f.source.id] = (f.source.name, f.source.type)
        nodes[f.target.id] = (f.target.name, f.target.type)
        edges.append((f.source.id, f.target.id, f.rel))
    return Report(
        name="requests", title=f"Requests and responses{f' ({cname})' if cname else ''}",
        params={"country": cname, "limit": limit}, date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[RESPONSE_NOTE, DATE_NOTE],
        sections=[
            Section(name="summary", title="Summary", columns=["field", "value"], rows=[
                {"field": "requests", "value": len(requests)},
                {"field": "answered", "value": answered},
                {"field": "unanswered", "value": len(requests) - answered},
            ]),
            Section(name="requests", title="Request -> response tracker", rows=rows,
                    columns=["date", "requester", "of", "what", "answered", "response",
                             "response date", "more responses", "request evidence",
                             "response evidence"]),
        ],
        graph=draw_graph("Requests and responses", nodes, edges),
    )


def accords_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """Accords with their signatories (and dates) and who withdrew from them."""
    side, cname = _side_filter(ctx, params.get("country"))
    rows_raw = ctx.read("report_accords", name=params.get("name"), **ctx.window)
    accords: dict[str, dict[str, Scalar]] = {}
    acts: dict[str, list[FactView]] = defaultdict(list)
    for rec in rows_raw:
        acc = rec["accord"]
        accords.setdefault(acc["id"], acc)
        if rec["rel"] is not None:
            acts[acc["id"]].append(fact_from_record(rec))
    keep = [
        a for a in accords
        if (side is None or any(f.source.id in side or f.source.country == side[0]
                                for f in acts[a]))
        and ((ctx.date_from is None and ctx.date_to is None) or bool(acts[a]))
    ]
    facts = [f for a in keep for f in acts[a]]
    names, articles = ctx.fact_lookups(facts)
    rows: list[dict[str, Scalar]] = []
    for a in keep:
        acc = accords[a]
        signed = [f for f in acts[a] if f.rel == RelationType.SIGNED.value]
        left = [f for f in acts[a] if f.rel == RelationType.WITHDREW_FROM.value]
        rows.append({
            "accord": acc["name"], "kind": acc.get("kind"), "date": acc.get("date"),
            "status": acc.get("status") or "unknown",
            "signatories": "; ".join(f"{f.source.name} ({f.when or 'undated'})"
                                     for f in signed) or None,
            "withdrawn by": "; ".join(f"{f.source.name} ({f.when or 'undated'})"
                                      for f in left) or None,
            "evidence": evidence_text(dict.fromkeys(x for f in acts[a] for x in f.articles),
                                      articles) or None,
        })
    nodes = {a: (str(accords[a]["name"]), "Accord") for a in keep}
    for f in facts:
        nodes[f.source.id] = (f.source.name, f.source.type)
    return Report(
        name="accords", title=f"Accords{f' ({cname})' if cname else ''}",
        params={"name": params.get("name"), "country": cname},
        date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[DATE_NOTE, "With a date window, only accords with a signature or withdrawal in "
                          "it are listed."],
        sections=[
            Section(name="accords", title="Accords, signatories and withdrawals", rows=rows,
                    columns=["accord", "kind", "date", "status", "signatories", "withdrawn by",
                             "evidence"]),
            Section(name="actions", title="Signatures and withdrawals", columns=FACT_COLUMNS,
                    rows=[fact_row(f, names, articles)
                          for f in sorted(facts, key=lambda f: (f.when or "9999", f.rel))]),
        ],
        graph=draw_graph("Accords", nodes, [(f.source.id, f.target.id, f.rel) for f in facts]),
    )
