"""Pure pieces of the reports: fact records, evidence text, balances, request responses.

Report statements return facts in one shape (``rel``, ``src``, ``dst``, ``props``, and
optionally ``src_country``/``dst_country``); :func:`fact_from_record` turns that into a
:class:`FactView`. Nothing here talks to Neo4j, so all of it is unit-tested.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.queries.report_models import Scalar

__all__ = [
    "BALANCE_COLUMNS",
    "BALANCE_NOTE",
    "FACT_COLUMNS",
    "RESPONSE_RELS",
    "ArticleInfo",
    "Endpoint",
    "FactView",
    "answers",
    "balance_counts",
    "balance_rows",
    "country_key",
    "evidence_text",
    "fact_detail",
    "fact_from_record",
    "fact_row",
    "match_responses",
    "period_of",
    "tone",
]

#: Relation types that count as a response to a request.
RESPONSE_RELS = ("PLEDGED", "AGREED", "SUPPORTED")

FACT_COLUMNS = [
    "date", "rel", "source", "target", "place", "detail", "support", "evidence", "sentence",
]
BALANCE_COLUMNS = ["period", "cooperative", "conflictual", "net", "goldstein", "facts"]

BALANCE_NOTE = (
    "Balance per period: 'cooperative' counts facts whose CAMEO quad class is 1 or 2 "
    "(verbal/material cooperation), 'conflictual' those of quad 3 or 4; net = cooperative - "
    "conflictual; goldstein = sum of the Goldstein weight of each fact's relation type "
    "(dipgraph.graph.relations.RELATIONS[rel].goldstein). Quad 0 types (HOLDS_OFFICE, ALLY_OF) "
    "are left out. A fact falls in the period of its stated date, else of the first "
    "publication date of an article reporting it; facts with neither are left out."
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Endpoint(_Model):
    """One end of a fact: entity id, name, type label and (when known) country id."""

    id: str
    name: str
    type: str
    country: str | None = None


class ArticleInfo(_Model):
    """What an analyst needs to find the source: title, outlet, date, address."""

    id: str
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None


class FactView(_Model):
    """A stored fact as read back, with the fields reports need."""

    rel: str
    source: Endpoint
    target: Endpoint
    key: str | None = None
    symmetric: bool = False
    date: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    place: str | None = None
    what: str | None = None
    about: str | None = None
    title: str | None = None
    mode: str | None = None
    event: str | None = None
    confidence: float = 1.0
    support: int = 0
    #: Filled from ``report_evidence`` (by key) for the facts a report shows.
    articles: list[str] = Field(default_factory=list)
    sentences: list[str] = Field(default_factory=list)

    @property
    def when(self) -> str | None:
        """The stated date (partial ISO), else the first publication date of its articles."""
        if self.date:
            return self.date
        return self.first_seen.isoformat() if self.first_seen else None

    @property
    def start(self) -> dt.date | None:
        return self.date_start or self.first_seen

    @property
    def end(self) -> dt.date | None:
        return self.date_end or self.first_seen


def _endpoint(raw: Mapping[str, Any], country: Any) -> Endpoint:
    etype = str(raw.get("type") or "Entity")
    cid = raw["id"] if etype == "Country" else country
    return Endpoint(
        id=str(raw["id"]), name=str(raw.get("name") or raw["id"]), type=etype,
        country=str(cid) if cid else None,
    )


def fact_from_record(rec: Mapping[str, Any]) -> FactView:
    """A :class:`FactView` from a report statement's row. Dates may be ISO strings (the
    statements return them so: they decode several times faster than Bolt dates)."""
    props = dict(rec["props"])
    fields = {k: props.get(k) for k in (
        "date", "date_start", "date_end", "first_seen", "last_seen", "place", "what", "about",
        "title", "mode", "event",
    )}
    return FactView(
        rel=str(rec["rel"]),
        source=_endpoint(rec["src"], rec.get("src_country")),
        target=_endpoint(rec["dst"], rec.get("dst_country")),
        symmetric=bool(props.get("symmetric", False)),
        confidence=float(props.get("confidence") or 0.0),
        key=str(props["key"]) if props.get("key") else None,
        support=int(props.get("support") or 0),
        **fields,
    )


def country_key(end: Endpoint) -> str | None:
    """The country an endpoint stands for: itself if a Country, else its person's country."""
    return end.id if end.type == "Country" else end.country


def _same_side(x: Endpoint, y: Endpoint) -> bool:
    if x.id == y.id:
        return True
    cx, cy = country_key(x), country_key(y)
    return cx is not None and cx == cy


def answers(request: FactView, response: FactView) -> bool:
    """Whether ``response`` answers ``request``.

    A response is a PLEDGED/AGREED/SUPPORTED fact from the request's target (or its
    country, or a person of its country) to the requester (or its country, or a person
    of its country), whose date range ends on or after the request's date range starts.
    AGREED is symmetric, so either end may be the responder. Undated facts never match.
    """
    if response.rel not in RESPONSE_RELS or request.rel != RelationType.REQUESTED.value:
        return False
    if request.start is None or response.end is None or response.end < request.start:
        return False
    ends = [(response.source, response.target)]
    if response.symmetric:
        ends.append((response.target, response.source))
    return any(
        _same_side(src, request.target) and _same_side(dst, request.source) for src, dst in ends
    )


def _keys(end: Endpoint) -> set[str]:
    return {end.id} | ({end.country} if end.country else set())


def match_responses(
    requests: list[FactView], responses: list[FactView]
) -> list[list[FactView]]:
    """For each request (same order), its responses sorted by date.

    Responses are indexed by (responder, addressee) keys (ids and countries): a key
    match is exactly the side rule of :func:`answers`, so only the dates remain to check.
    """
    index: dict[tuple[str, str], dict[int, FactView]] = defaultdict(dict)
    for r in responses:
        if r.rel not in RESPONSE_RELS:
            continue
        ends = [(r.source, r.target), (r.target, r.source)] if r.symmetric else [
            (r.source, r.target)]
        for src, dst in ends:
            for key in itertools.product(_keys(src), _keys(dst)):
                index[key][id(r)] = r
    # Requests between the same sides share a pool: sort it once, filter it per request.
    pools: dict[tuple[tuple[str, str], ...], list[tuple[dt.date, FactView]]] = {}
    out: list[list[FactView]] = []
    for req in requests:
        start = req.start
        if req.rel != RelationType.REQUESTED.value or start is None:
            out.append([])
            continue
        keys = tuple(itertools.product(sorted(_keys(req.target)), sorted(_keys(req.source))))
        if keys not in pools:
            pool: dict[int, FactView] = {}
            for key in keys:
                pool.update(index.get(key, {}))
            pools[keys] = sorted(((r.end, r) for r in pool.values() if r.end is not None),
                                 key=lambda er: (er[1].start or dt.date.max, er[1].rel,
                                                 er[1].source.name, er[1].target.name))
        out.append([r for end, r in pools[keys] if end >= start])
    return out


Tone = Literal["coop", "conflict", "neutral"]


def _tone_of(quad: int) -> Tone:
    return "coop" if quad in (1, 2) else "conflict" if quad in (3, 4) else "neutral"


#: Tone and Goldstein weight by relation type, looked up once per count cell.
_TONES: dict[str, Tone] = {r.value: _tone_of(RELATIONS[r].quad) for r in RelationType}
_GOLDSTEIN: dict[str, float] = {r.value: RELATIONS[r].goldstein for r in RelationType}


def tone(rel: str) -> Tone:
    """Cooperative (quad 1-2), conflictual (quad 3-4) or neutral (quad 0) relation type."""
    return _TONES.get(rel, "neutral")


def period_of(when: str | None, by: str) -> str | None:
    """The period key (``YYYY`` or ``YYYY-MM``) of a partial ISO date, or None if too coarse."""
    if not when:
        return None
    size = 4 if by == "year" else 7
    return when[:size] if len(when) >= size else None


def balance_rows(facts: Iterable[tuple[str | None, str]], by: str) -> list[dict[str, Scalar]]:
    """Cooperation-vs-conflict balance per period from ``(when, rel)`` pairs (see BALANCE_NOTE)."""
    return balance_counts(((period_of(when, by), rel, 1) for when, rel in facts), by)


def balance_counts(
    counts: Iterable[tuple[str | None, str, int]], by: str
) -> list[dict[str, Scalar]]:
    """The balance from ``(period, rel, n)`` counts made in the database.

    ``period`` is the first 7 (month) or 4 (year) characters of the fact's date; a date
    coarser than the period (``2023`` by month) or no date is left out, as in balance_rows.
    """
    size = 4 if by == "year" else 7
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for period, rel, n in counts:
        side = tone(rel)
        if not period or len(period) != size or side == "neutral":
            continue
        row = acc[period]
        row[0 if side == "coop" else 1] += n
        row[2] += _GOLDSTEIN[rel] * n
        row[3] += n
    return [
        {
            "period": period,
            "cooperative": int(c),
            "conflictual": int(k),
            "net": int(c - k),
            "goldstein": round(g, 2),
            "facts": int(n),
        }
        for period, (c, k, g, n) in sorted(acc.items())
    ]


def evidence_text(article_ids: Iterable[str], articles: Mapping[str, ArticleInfo],
                  limit: int = 3, total: int | None = None) -> str:
    """``Title (Source, 2023-11-26); ...`` for up to ``limit`` articles, then ``+N more``.

    ``total`` is the number of supporting articles when ``article_ids`` is only a prefix.
    """
    ids = list(article_ids)
    parts = []
    for aid in ids[:limit]:
        info = articles.get(aid)
        if info is None:
            parts.append(aid)
            continue
        meta = ", ".join(x for x in (info.source, info.published and info.published.isoformat())
                         if x)
        title = info.title or info.url or aid
        parts.append(f"{title} ({meta})" if meta else title)
    more = max(len(ids), total or 0) - min(limit, len(ids))
    if more > 0:
        parts.append(f"+{more} more")
    return "; ".join(parts)


def fact_detail(fact: FactView) -> str:
    """The descriptive fields of a fact in one cell: ``what: ...; about: ...; mode: ...``."""
    parts = [f"{k}: {v}" for k, v in (("what", fact.what), ("about", fact.about),
                                       ("title", fact.title), ("mode", fact.mode)) if v]
    return "; ".join(parts)


def fact_row(fact: FactView, names: Mapping[str, str],
             articles: Mapping[str, ArticleInfo]) -> dict[str, Scalar]:
    """A fact as a row of FACT_COLUMNS; ``names`` maps place ids to names."""
    return {
        "date": fact.when,
        "rel": fact.rel,
        "source": fact.source.name,
        "target": fact.target.name,
        "place": names.get(fact.place, fact.place) if fact.place else None,
        "detail": fact_detail(fact),
        "support": fact.support,
        "evidence": evidence_text(fact.articles, articles, total=fact.support),
        "sentence": fact.sentences[0] if fact.sentences else None,
    }
