"""The actor reports: ``person``, ``who-met-whom``, ``requests`` (with responses), ``accords``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.graph.rows import parse_office
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
    FACT_COLUMNS,
    Endpoint,
    FactView,
    country_key,
    evidence_text,
    fact_detail,
    fact_from_record,
    fact_row,
    tone,
)
from dipgraph.queries.report_models import Report, Scalar, Section
from dipgraph.queries.report_pair import DATE_NOTE, SIDE_NOTE, page_note, summary_note
from dipgraph.queries.report_params import OVERVIEW_LIMIT, page_limit, showing

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
    limit = page_limit(params, default=OVERVIEW_LIMIT)
    windowed = ctx.date_from is not None or ctx.date_to is not None
    summary = ctx.summary_queries() if windowed else []
    (p,), first = ctx.resolve_then(
        [(str(params["name"]), ["Person"], "person")],
        lambda found: [("report_person", {"person": found[0]["id"]}), *summary])
    person_rows, build = first[0], ctx.summary_build(first[1] if summary else None)
    info = person_rows[0]
    degrees: dict[str, list[int]] = info["degrees"]
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
    covered = False
    org_ids = {org for raw in info["offices"] if (org := parse_office(raw)[1])}
    queries.append(("report_names", {"ids": sorted(org_ids)}))
    if windowed:
        queries.append(("report_person_counts", {"person": p["id"], "rels": _ALL_RELS,
                                                 "lo": lo, "hi": hi, "build": build}))

    def lookups(out: list[list[dict[str, Any]]]) -> list[Query]:
        # The shown facts' evidence and the names of the countries of those met.
        homes = {country_key(e) for f in page_facts(out[1])[0] for e in (f.source, f.target)}
        return [evidence_query(fact_keys(*out[:4])),
                ("report_names", {"ids": sorted(i for i in homes if i)})]

    pages = ctx.read_many(queries, then=[lookups])
    office_f, names = page_facts(pages[0])
    met, met_names = page_facts(pages[1])
    did, did_names = page_facts(pages[2])
    received, rec_names = page_facts(pages[3])
    sources = pages[4]
    names |= met_names | did_names | rec_names
    articles = attach_evidence([*office_f, *met, *did, *received], pages[-2])
    if windowed:
        counts: dict[str, list[int]] = {rel: [0, 0] for rel in degrees}
        for row in pages[6]:
            for rel, out, n in row["cells"]:
                counts[str(rel)][0 if out else 1] += int(n)
        # The summary covers busy persons only; anyone else was counted from the facts.
        covered = any(row["from_summary"] for row in pages[6])
    else:
        counts = {rel: [v[0], v[1]] for rel, v in degrees.items()}
    orgs = {str(r["id"]): str(r["name"]) for r in pages[5]}
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
    country_names = {str(r["id"]): str(r["name"]) for r in pages[-1]}
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
        notes=[DATE_NOTE, "Offices are shown whatever the date window.", page_note(limit),
               *([summary_note(build, covered=covered)] if windowed else [])],
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
                    description=showing(len(meeting_rows), n_met, "meetings")),
            Section(name="actions", title="Requests, pledges, agreements and other statements",
                    columns=FACT_COLUMNS, rows=[fact_row(f, names, articles) for f in did],
                    description=showing(len(did), n_did, "facts with them as the actor")),
            Section(name="received", title="Statements directed at them", columns=FACT_COLUMNS,
                    rows=[fact_row(f, names, articles) for f in received],
                    description=showing(len(received), n_received,
                                         "facts with them as the target")),
            Section(name="sources", title="Articles mentioning them",
                    columns=["published", "title", "source", "url"],
                    description=showing(len(sources), int(info["mentions"]), "articles"),
                    rows=[{k: s[k] for k in ("published", "title", "source", "url")}
                          for s in sources]),
        ],
        graph=draw_graph(f"{p['name']} and counterparts", nodes,
                         [(f.source.id, f.target.id, f.rel) for f in shown], highlight=[p["id"]]),
    )


def who_met_whom_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """Pairs of persons who met in the window, ranked by meetings (counted in the database
    from the fact keys), with first and last date, places and the latest meeting's evidence."""
    side, cname = _side_filter(ctx, params.get("country"))
    limit = page_limit(params)
    persons = [x for x in side if x.startswith("person:")] if side is not None else None
    win = {"limit": limit, **ctx.window_iso}
    ranked: Query = (("report_who_met_whom_side", {"side": persons, **win}) if persons is not None
                     else ("report_who_met_whom", {"side": None, **win}))

    def details(out: list[list[dict[str, Any]]]) -> list[Query]:
        pairs = out[0]
        return [("report_meeting_pairs", {"pairs": [{"a": p["a"], "b": p["b"]} for p in pairs]}),
                evidence_query([str(p["latest_key"]) for p in pairs if p["latest_key"]],
                               per_fact=1)]

    pairs, detail, ev_rows = ctx.read_many([ranked], then=[details])
    articles = attach_evidence([], ev_rows)
    latest = {str(r["key"]): [str(r["id"])] for r in ev_rows}
    homes = [d[e]["country"] for d in detail for e in ("a", "b") if d[e]["country"]]
    names = ctx.names(homes)
    total = int(pairs[0]["total"]) if pairs else 0
    rows: list[dict[str, Scalar]] = []
    nodes: dict[str, tuple[str, str]] = {}
    edges: list[tuple[str, str, str]] = []
    for pair, d in zip(pairs, detail, strict=True):
        a, b = d["a"], d["b"]
        rows.append({
            "person_a": a["name"], "country_a": names.get(a["country"] or "", a["country"]),
            "person_b": b["name"], "country_b": names.get(b["country"] or "", b["country"]),
            "meetings": pair["meetings"], "first": pair["first"], "last": pair["last"],
            "places": ", ".join(list(dict.fromkeys(d["places"]))[:5]) or None,
            "latest evidence": evidence_text(latest.get(str(pair["latest_key"]), []),
                                             articles) or None,
        })
        nodes[a["id"]] = (a["name"], "Person")
        nodes[b["id"]] = (b["name"], "Person")
        edges.append((a["id"], b["id"], _MET))
    title = f"Who met whom{f' (with {cname} officials)' if cname else ''}"
    return Report(
        name="who-met-whom", title=title,
        params={"country": cname, "limit": limit}, date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[DATE_NOTE, SIDE_NOTE] if cname else [DATE_NOTE],
        sections=[Section(
            name="pairs", title="Meeting pairs", rows=rows,
            description=showing(len(rows), total, "pairs of persons who met",
                                "most meetings first, then most recent")
            + "; places: of the pair's newest 20 meetings (at most 5 shown); counts cover "
              "every meeting in the window (counted in the database)",
            columns=["person_a", "country_a", "person_b", "country_b", "meetings", "first",
                     "last", "places", "latest evidence"])],
        graph=draw_graph(title, nodes, edges),
    )


def _window_dates(ctx: ReportContext) -> dict[str, object]:
    """The window as Date bounds for index range walks (open ends: year 1 / 9999)."""
    return {"lo": ctx.date_from or dt.date(1, 1, 1), "hi": ctx.date_to or dt.date(9999, 12, 31),
            "windowed": ctx.date_from is not None or ctx.date_to is not None}


def _response_groups(requests: list[FactView],
                     members: list[dict[str, Any]]) -> list[dict[str, object]]:
    """report_request_responses groups: requests with the same two sides (a country and
    its officials, else the entity itself), responders = the target's side."""
    sides: dict[str, list[str]] = defaultdict(list)
    for row in members:
        sides[str(row["country"])].append(str(row["id"]))

    def side(end: Endpoint) -> list[str]:
        home = country_key(end)
        return sorted(sides[home]) if home and sides.get(home) else [end.id]

    groups: dict[tuple[str, ...], dict[str, Any]] = {}
    for q in requests:
        if q.key is None or q.start is None:
            continue
        responders, addressees = side(q.target), side(q.source)
        g = groups.setdefault((*responders, "|", *addressees), {
            "responders": responders, "addressees": addressees, "requests": []})
        g["requests"].append({"key": q.key, "start": q.start.isoformat()})
    return list(groups.values())


def requests_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """Who asked what of whom, and whether the target later pledged, agreed or supported:
    the newest ``limit`` requests (with the total), each with its first response."""
    side, cname = _side_filter(ctx, params.get("country"))
    limit = page_limit(params)
    win = {"limit": limit, **_window_dates(ctx)}
    page: Query = (("report_requests_side", {"side": side, **win}) if side is not None
                   else ("report_requests", win))
    shown_requests: list[FactView] = []

    def sides(out: list[list[dict[str, Any]]]) -> list[Query]:
        shown_requests.extend(fact_from_record(rec) for rec in out[0])
        homes = {country_key(e) for q in shown_requests for e in (q.source, q.target)}
        return [("report_side_types", {"countries": sorted(h for h in homes if h)})]

    def responses(out: list[list[dict[str, Any]]]) -> list[Query]:
        return [("report_request_responses",
                 {"groups": _response_groups(shown_requests, out[1])})]

    def details(out: list[list[dict[str, Any]]]) -> list[Query]:
        firsts = [str(r["first"]) for r in out[2]]
        return [("report_facts_by_key", {"keys": firsts}),
                evidence_query([*(q.key for q in shown_requests if q.key), *firsts])]

    rows_raw, _, found, first_raw, ev_rows = ctx.read_many(
        [page], then=[sides, responses, details])
    requests = shown_requests
    total = int(rows_raw[0]["total"]) if rows_raw else 0
    firsts = {f.key: f for f in (fact_from_record(rec) for rec in first_raw)}
    answer = {str(r["request"]): (firsts.get(str(r["first"])), int(r["responses"]))
              for r in found}
    articles = attach_evidence([*requests, *firsts.values()], ev_rows)
    rows: list[dict[str, Scalar]] = []
    answered = 0
    nodes: dict[str, tuple[str, str]] = {}
    edges: list[tuple[str, str, str]] = []
    for q in requests:
        first, n = answer.get(q.key or "", (None, 0))
        answered += first is not None
        rows.append({
            "date": q.when, "requester": q.source.name, "of": q.target.name,
            "what": fact_detail(q) or None, "answered": first is not None,
            "response": (f"{first.rel} by {first.source.name}: {fact_detail(first)}".rstrip(": ")
                         if first else None),
            "response date": first.when if first else None,
            "more responses": max(n - 1, 0),
            "request evidence": evidence_text(q.articles, articles, total=q.support),
            "response evidence": (evidence_text(first.articles, articles, total=first.support)
                                  if first else None),
        })
        for f in [q] + ([first] if first else []):
            nodes[f.source.id] = (f.source.name, f.source.type)
            nodes[f.target.id] = (f.target.name, f.target.type)
            edges.append((f.source.id, f.target.id, f.rel))
    return Report(
        name="requests", title=f"Requests and responses{f' ({cname})' if cname else ''}",
        params={"country": cname, "limit": limit}, date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[RESPONSE_NOTE, DATE_NOTE, page_note(limit)],
        sections=[
            Section(name="summary", title="Summary", columns=["field", "value"], rows=[
                {"field": "requests", "value": total},
                {"field": "shown", "value": len(requests)},
                {"field": "answered (of shown)", "value": answered},
                {"field": "unanswered (of shown)", "value": len(requests) - answered},
            ]),
            Section(name="requests", title="Request -> response tracker", rows=rows,
                    description=showing(len(rows), total, "requests")
                    + "; requests without a stated date are listed only without a window "
                      "and with --country",
                    columns=["date", "requester", "of", "what", "answered", "response",
                             "response date", "more responses", "request evidence",
                             "response evidence"]),
        ],
        graph=draw_graph("Requests and responses", nodes, edges),
    )


def accords_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """Accords with their signatures and withdrawals (counted in the database), most recent
    activity first, the newest signers of each, and the newest acts with their evidence."""
    side, cname = _side_filter(ctx, params.get("country"))
    limit = page_limit(params)
    newest: list[str] = []

    def acts(out: list[list[dict[str, Any]]]) -> list[Query]:
        # The newest `limit` acts overall lie within the shown accords' newest `limit`.
        merged = sorted((x for row in out[0] for x in row["newest"] or []), reverse=True)
        newest.extend(x.split("#", 1)[1] for x in merged[:limit])
        latest = [str(r["latest_key"]) for r in out[0] if r["latest_key"]]
        return [("report_facts_by_key", {"keys": newest}),
                evidence_query(dict.fromkeys([*newest, *latest]))]

    rows_raw, facts_raw, ev_rows = ctx.read_many([("report_accords", {
        "name": params.get("name"), "side": side, "limit": limit, **ctx.window_iso})],
        then=[acts])
    facts = [fact_from_record(rec) for rec in facts_raw]
    places = {str(rec["props"]["place"]): str(rec["place_name"]) for rec in facts_raw
              if rec["props"].get("place") and rec.get("place_name")}
    articles = attach_evidence(facts, ev_rows)
    by_key: dict[str, list[str]] = {str(r["key"]): [] for r in ev_rows}
    for r in ev_rows:
        by_key[str(r["key"])].append(str(r["id"]))
    total = int(rows_raw[0]["total"]) if rows_raw else 0
    rows: list[dict[str, Scalar]] = []
    nodes: dict[str, tuple[str, str]] = {}
    for rec in rows_raw:
        acc = rec["accord"]
        latest = rec["latest"] or []
        signers = [x for x in latest if x["rel"] == RelationType.SIGNED.value]
        left = [x for x in latest if x["rel"] == RelationType.WITHDREW_FROM.value]
        signed, withdrew = int(rec["signed"]), int(rec["withdrew"])
        rows.append({
            "accord": acc["name"], "kind": acc.get("kind"), "date": acc.get("date"),
            "status": acc.get("status") or "unknown", "signatures": signed,
            "withdrawals": withdrew,
            "newest signatories": "; ".join(f"{x['signer']} ({x['when'] or 'undated'})"
                                            for x in signers) or None,
            "newest withdrawals": "; ".join(f"{x['signer']} ({x['when'] or 'undated'})"
                                            for x in left) or None,
            "latest evidence": evidence_text(by_key.get(str(rec["latest_key"]), []),
                                             articles) or None,
        })
        nodes[str(acc["id"])] = (str(acc["name"]), "Accord")
    for f in facts:
        nodes[f.source.id] = (f.source.name, f.source.type)
        nodes.setdefault(f.target.id, (f.target.name, f.target.type))
    who = f" by {cname} or its officials" if cname else ""
    return Report(
        name="accords", title=f"Accords{f' ({cname})' if cname else ''}",
        params={"name": params.get("name"), "country": cname, "limit": limit},
        date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[DATE_NOTE, "With a date window or --country, only accords with a signature or "
                          f"withdrawal{who} in the window are listed.", page_note(limit)],
        sections=[
            Section(name="accords", title="Accords, signatories and withdrawals", rows=rows,
                    description=showing(len(rows), total, "accords",
                                        "most recent signature or withdrawal first")
                    + f"; counts: signatures and withdrawals{who} in the window; newest: "
                      "the latest 10 acts",
                    columns=["accord", "kind", "date", "status", "signatures", "withdrawals",
                             "newest signatories", "newest withdrawals", "latest evidence"]),
            Section(name="actions", title="Signatures and withdrawals", columns=FACT_COLUMNS,
                    description=showing(len(facts), sum(int(r["acts"]) for r in rows_raw),
                                        "signatures and withdrawals of the listed accords"),
                    rows=[fact_row(f, places, articles) for f in facts]),
        ],
        graph=draw_graph("Accords", nodes, [(f.source.id, f.target.id, f.rel) for f in facts]),
    )
