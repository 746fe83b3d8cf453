"""The actor reports: ``person``, ``who-met-whom``, ``requests`` (with responses), ``accords``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.graph.rows import parse_office
from dipgraph.queries.report_db import ReportContext, page_facts
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
    tone,
)
from dipgraph.queries.report_models import Report, Scalar, Section
from dipgraph.queries.report_pair import DATE_NOTE, PAGE_NOTE, SIDE_NOTE, _limit, _showing

__all__ = [
    "DENSE_MIN",
    "SOURCES",
    "accords_report",
    "person_report",
    "requests_report",
    "who_met_whom_report",
]

_ALL_RELS = [r.value for r in RelationType]
_MET, _OFFICE = RelationType.MET_WITH.value, RelationType.HOLDS_OFFICE.value
#: What a person did or had done to them, other than meeting and holding office.
_ACTS = [r for r in _ALL_RELS if r not in (_MET, _OFFICE)]
#: Types stored without a date (never walked through the date index).
_UNDATED = {_OFFICE, RelationType.ALLY_OF.value}
#: Below this many facts of a type a person's facts are expanded, never index-walked.
DENSE_MIN = 500
#: Articles listed in the person report's sources.
SOURCES = 50
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


def _dense(degree: int, graph_total: int, limit: int) -> bool:
    """Whether walking the type's date index beats expanding the node: the walk reads about
    ``limit * graph_total / degree`` index entries, the expansion ``degree`` facts."""
    return degree >= DENSE_MIN and limit * graph_total < degree * degree


def person_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """One official: counts by type, offices, newest meetings, actions and statements
    received, and the newest articles mentioning them (each list paged, with totals)."""
    limit = _limit(params)
    p = ctx.resolve(str(params["name"]), ["Person"], "person")
    info = ctx.read("report_person", person=p["id"])[0]
    degrees: dict[str, list[int]] = info["degrees"]
    windowed = ctx.date_from is not None or ctx.date_to is not None
    lo, hi = ctx.date_from or dt.date(1, 1, 1), ctx.date_to or dt.date(9999, 12, 31)
    directed = [r for r in _ACTS if not RELATIONS[RelationType(r)].symmetric]
    symmetric = [r for r in _ACTS if RELATIONS[RelationType(r)].symmetric]

    def page(out: list[str], inn: list[str], **extra: object) -> tuple[str, dict[str, object]]:
        # Types the person has no fact of in a role are left out (degree 0: nothing to
        # read); a type's date index is walked only where the person is busy in the role.
        out = [rel for rel in out if degrees[rel][0]]
        inn = [rel for rel in inn if degrees[rel][1]]
        dense = [rel for rel, (o, i, total) in degrees.items() if rel not in _UNDATED
                 and _dense(o * (rel in out) + i * (rel in inn), total, limit)]
        return ("report_person_page", {"person": p["id"], "out": out, "in": inn,
                                       "dense": dense, "lo": lo, "hi": hi,
                                       "windowed": windowed, "limit": limit, **extra})

    queries: list[tuple[str, dict[str, object]]] = [
        page([_OFFICE], [], windowed=False),
        page([_MET], [_MET]),
        page(_ACTS, symmetric),
        page([], directed),
        ("report_person_sources", {"person": p["id"], "limit": SOURCES,
                                   "dense": info["mentions"] >= DENSE_MIN}),
    ]
    if windowed:
        queries.append(("report_person_counts", {"person": p["id"], "rels": _ALL_RELS,
                                                 "lo": lo, "hi": hi}))
    pages = ctx.read_many(queries)
    office_f, names, articles = page_facts(pages[0])
    met, met_names, met_articles = page_facts(pages[1])
    did, did_names, did_articles = page_facts(pages[2])
    received, rec_names, rec_articles = page_facts(pages[3])
    sources = pages[4]
    names |= met_names | did_names | rec_names
    articles |= met_articles | did_articles | rec_articles
    if windowed:
        counts: dict[str, list[int]] = {rel: [0, 0] for rel in degrees}
        for row in pages[5]:
            counts[str(row["rel"])][0 if row["out"] else 1] += int(row["n"])
    else:
        counts = {rel: [v[0], v[1]] for rel, v in degrees.items()}
    orgs = ctx.names(parse_office(o)[1] for o in info["offices"])
    offices: dict[tuple[str, str], list[str]] = {}
    for raw in info["offices"]:
        title, org = parse_office(raw)
        offices.setdefault((title, orgs.get(org, org)), [])
    for f in office_f:
        offices.setdefault((f.title or "", f.target.name), []).extend(f.articles)
    office_rows: list[dict[str, Scalar]] = [
        {"title": t or None, "of": org, "evidence": evidence_text(arts, articles) or None}
        for (t, org), arts in sorted(offices.items())
    ]
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
    count_rows: list[dict[str, Scalar]] = [
        {"rel": rel, "tone": tone(rel), "as source": c[0], "as target": c[1],
         "total": c[0] + c[1]}
        for rel, c in sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0])) if sum(c)
    ]
    n_met = sum(counts.get(_MET, [0, 0]))
    n_did = sum(counts[r][0] for r in _ACTS) + sum(counts[r][1] for r in symmetric)
    n_received = sum(counts[r][1] for r in directed)
    nodes = {p["id"]: (p["name"], "Person")}
    shown = office_f + met + did + received
    for f in shown:
        nodes[f.source.id] = (f.source.name, f.source.type)
        nodes[f.target.id] = (f.target.name, f.target.type)
    return Report(
        name="person", title=f"{p['name']}: offices, meetings and statements",
        params={"name": p["name"], "limit": limit}, date_from=ctx.date_from,
        date_to=ctx.date_to,
        notes=[DATE_NOTE, "Offices are shown whatever the date window.", PAGE_NOTE],
        sections=[
            Section(name="summary", title="Summary", columns=["field", "value"], rows=[
                {"field": "person", "value": f"{p['name']} ({p['id']})"},
                {"field": "country", "value": info["country_name"] or info["country"]},
                {"field": "aliases", "value": ", ".join(info["aliases"]) or None},
                {"field": "facts", "value": sum(sum(c) for c in counts.values())},
                {"field": "articles mentioning them", "value": info["mentions"]},
            ]),
            Section(name="counts", title="Facts by relation type", rows=count_rows,
                    columns=["rel", "tone", "as source", "as target", "total"],
                    description="every fact in the window (counted in the database)"),
            Section(name="offices", title="Offices held", rows=office_rows,
                    columns=["title", "of", "evidence"]),
            Section(name="meetings", title="Meetings", rows=meeting_rows,
                    columns=["date", "met", "country", "place", "mode", "evidence"],
                    description=_showing(len(meeting_rows), n_met, "meetings")),
            Section(name="actions", title="Requests, pledges, agreements and other statements",
                    columns=FACT_COLUMNS, rows=[fact_row(f, names, articles) for f in did],
                    description=_showing(len(did), n_did, "facts with them as the actor")),
            Section(name="received", title="Statements directed at them", columns=FACT_COLUMNS,
                    rows=[fact_row(f, names, articles) for f in received],
                    description=_showing(len(received), n_received,
                                         "facts with them as the target")),
            Section(name="sources", title="Articles mentioning them",
                    columns=["published", "title", "source", "url"],
                    description=_showing(len(sources), int(info["mentions"]), "articles"),
                    rows=[{k: s[k] if k != "published" or s[k] is None else s[k].isoformat()
                           for k in ("published", "title", "source", "url")} for s in sources]),
        ],
        graph=draw_graph(f"{p['name']} and counterparts", nodes,
                         [(f.source.id, f.target.id, f.rel) for f in shown], highlight=[p["id"]]),
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
