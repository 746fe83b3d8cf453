"""The country profile report ``country C``: partners ranked by interaction, relation mix,
most active officials and the balance over time.

A country's *side* is the country node plus its officials: persons whose ``country``
is it or who hold an office of it (statement ``report_country_side``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.queries.report_db import (
    Query,
    ReportContext,
    attach_evidence,
    evidence_query,
)
from dipgraph.queries.report_draw import draw_graph
from dipgraph.queries.report_facts import (
    BALANCE_COLUMNS,
    BALANCE_NOTE,
    FACT_COLUMNS,
    balance_counts,
    evidence_text,
    fact_from_record,
    fact_row,
    tone,
)
from dipgraph.queries.report_models import Report, Scalar, Section
from dipgraph.queries.report_pair import DATE_NOTE, SIDE_NOTE, balance_by, key_value
from dipgraph.queries.report_params import page_limit, showing

__all__ = ["COUNTRY_RELS", "country_report", "side_ids"]

#: Facts counted in a country profile.
COUNTRY_RELS = [r.value for r in RelationType if r is not RelationType.HOLDS_OFFICE]


def side_ids(ctx: ReportContext, country: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """A country's side: its id and its officials' ids, and the officials' names by id."""
    officials = ctx.side(country["id"])
    ids = [country["id"], *(p["id"] for p in officials)]
    return ids, {p["id"]: p["name"] for p in officials}


def country_report(ctx: ReportContext, params: Mapping[str, Scalar]) -> Report:
    """A country's activity: partners ranked by interaction, relation mix, active officials,
    balance and the newest facts, all counted in the database from the fact keys."""
    by = balance_by(params)
    limit = page_limit(params, default=10)
    c = ctx.resolve(str(params["country"]), ["Country"], "country")
    ids, officials = side_ids(ctx, c)
    side = set(ids)
    recent_n = limit * 3
    win = {"side": ids, **ctx.window_iso}

    def homes(out: list[list[dict[str, Any]]]) -> list[Query]:
        others = sorted({str(r["other"]) for r in out[0]} - side)
        return [("report_entity_homes", {"ids": others})]

    partners: dict[str, Counter[str]] = defaultdict(Counter)
    latest: dict[str, str] = {}
    partner_type: dict[str, str] = {}
    mix: dict[str, Counter[str]] = defaultdict(Counter)
    active: dict[str, Counter[str]] = defaultdict(Counter)
    links_drawn: Counter[tuple[str, str]] = Counter()
    shown_keys: list[str] = []
    recent_keys: list[str] = []

    def tally(out: list[list[dict[str, Any]]]) -> list[Query]:
        # Partners, mix and officials from the counted links; then read the shown facts.
        # (Starts clean: a retried transaction runs this step again.)
        for acc in (partners, latest, partner_type, mix, active, links_drawn):
            acc.clear()
        shown_keys.clear()
        recent_keys.clear()
        home = {str(r["id"]): r for r in out[2]}
        for row in out[0]:
            member, rel, other = str(row["member"]), str(row["rel"]), str(row["other"])
            n, is_out, inside = int(row["n"]), bool(row["out"]), other in side
            if member in officials:
                active[member]["facts"] += n
                active[member][rel] += n
            if inside and not is_out:
                continue  # a fact between two members: counted from its source
            symmetric = RELATIONS[RelationType(rel)].symmetric
            mix[rel]["mutual" if symmetric else "outgoing" if is_out else "incoming"] += n
            mix[rel]["total"] += n
            if inside:
                continue
            info = home.get(other, {})
            key = str(info.get("country") or other)
            partner_type[key] = ("Country" if info.get("country")
                                 else str(info.get("type") or "Entity"))
            partners[key]["interactions"] += n
            partners[key][tone(rel)] += n
            partners[key]["goldstein_x10"] += round(RELATIONS[RelationType(rel)].goldstein * 10) * n
            links_drawn[(key, rel)] += n
            latest[key] = max(latest.get(key, ""), str(row["latest"]))
        ranked = sorted(partners, key=lambda k: (-partners[k]["interactions"], k))[:limit]
        # Most recent: the latest fact of each link (member, type, other end), newest first.
        recent = [x.split("#", 1)[1] for x in sorted(
            {str(r["latest"]) for r in out[0]}, reverse=True)[:recent_n]]
        recent_keys.extend(recent)
        shown_keys.extend(dict.fromkeys(
            [*recent, *(latest[k].split("#", 1)[1] for k in ranked if latest.get(k))]))
        return [("report_facts_by_key", {"keys": shown_keys}), evidence_query(shown_keys),
                ("report_names", {"ids": ranked})]

    _, periods, _, facts_raw, ev_rows, name_rows = ctx.read_many([
        ("report_country_links", win),
        ("report_country_balance", {**win, "size": 4 if by == "year" else 7}),
    ], then=[homes, tally])
    ranked = sorted(partners.items(), key=lambda kv: (-kv[1]["interactions"], kv[0]))[:limit]
    by_key = {f.key: f for f in (fact_from_record(rec) for rec in facts_raw)}
    places = {str(rec["props"]["place"]): str(rec["place_name"]) for rec in facts_raw
              if rec["props"].get("place") and rec.get("place_name")}
    articles = attach_evidence(list(by_key.values()), ev_rows)
    names = {str(r["id"]): str(r["name"]) for r in name_rows} | places
    n_facts = sum(v["total"] for v in mix.values())
    partner_rows: list[dict[str, Scalar]] = []
    for k, v in ranked:
        when, _, fkey = latest.get(k, "#").partition("#")
        lf = by_key.get(fkey)
        partner_rows.append({
            "partner": names.get(k, k), "type": partner_type[k],
            "interactions": v["interactions"], "cooperative": v["coop"],
            "conflictual": v["conflict"], "goldstein": v["goldstein_x10"] / 10,
            "last": when or None,
            "latest evidence": (f"{lf.rel} {lf.source.name} -> {lf.target.name}: "
                                + evidence_text(lf.articles, articles, total=lf.support))
            if lf else None})
    mix_rows: list[dict[str, Scalar]] = [
        {"rel": rel, "tone": tone(rel), "outgoing": v["outgoing"], "incoming": v["incoming"],
         "mutual": v["mutual"], "total": v["total"],
         "share": round(v["total"] / n_facts, 3) if n_facts else 0.0}
        for rel, v in sorted(mix.items(), key=lambda kv: (-kv[1]["total"], kv[0]))
    ]
    top = sorted(active.items(), key=lambda kv: (-kv[1]["facts"], officials[kv[0]]))[:limit]
    official_rows: list[dict[str, Scalar]] = [
        {"official": officials[p], "facts": v["facts"], "meetings": v["MET_WITH"],
         "requests": v["REQUESTED"], "pledges": v["PLEDGED"], "agreements": v["AGREED"],
         "criticism/warnings": v["CRITICIZED"] + v["WARNED"] + v["EXPRESSED_CONCERN"]}
        for p, v in top
    ]
    recent = [by_key[k] for k in recent_keys if k in by_key]
    nodes = {c["id"]: (c["name"], "Country")}
    nodes.update({k: (names.get(k, k), partner_type[k]) for k, _ in ranked})
    shown = {k for k, _ in ranked}
    edges = [(c["id"], k, rel) for (k, rel), _ in sorted(links_drawn.items()) if k in shown]
    return Report(
        name="country", title=f"{c['name']}: activity profile",
        params={"country": c["name"], "limit": limit, "by": by},
        date_from=ctx.date_from, date_to=ctx.date_to,
        notes=[SIDE_NOTE, DATE_NOTE, BALANCE_NOTE,
               "Partners: the country of the other end of each fact (or the entity itself "
               "when it has none, e.g. an organization or accord). Every count covers all "
               "facts in the window (counted in the database); a fact between two officials "
               "of the country counts once in the mix and for each official."],
        sections=[
            key_value("summary", "Summary", [
                ("country", f"{c['name']} ({c['id']})"),
                ("officials", len(officials)),
                ("facts", n_facts),
                ("partners", len(partners)),
            ]),
            Section(name="partners", title="Partners ranked by interaction", rows=partner_rows,
                    description=showing(len(partner_rows), len(partners), "partners",
                                        "most interactions first"),
                    columns=["partner", "type", "interactions", "cooperative", "conflictual",
                             "goldstein", "last", "latest evidence"]),
            Section(name="mix", title="Relation mix", rows=mix_rows,
                    columns=["rel", "tone", "outgoing", "incoming", "mutual", "total", "share"]),
            Section(name="officials", title="Most active officials", rows=official_rows,
                    description=showing(len(official_rows), len(active), "active officials",
                                        "most facts first"),
                    columns=["official", "facts", "meetings", "requests", "pledges",
                             "agreements", "criticism/warnings"]),
            Section(name="balance", title=f"Cooperation vs conflict per {by}",
                    rows=balance_counts(((r["period"], str(r["rel"]), int(r["n"]))
                                         for r in periods), by),
                    columns=BALANCE_COLUMNS, description=BALANCE_NOTE),
            Section(name="recent", title="Most recent facts", columns=FACT_COLUMNS,
                    description="the latest fact of each link (official or country, type, "
                                "other end), newest first: "
                                + showing(len(recent), n_facts, "facts"),
                    rows=[fact_row(f, names, articles) for f in recent]),
        ],
        graph=draw_graph(f"{c['name']} and its partners", nodes, edges, highlight=[c["id"]]),
    )
