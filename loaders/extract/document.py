"""The JSON document of one extraction, for the scorer and ``dipgraph extract``.

Shape (keys always present, in this order)::

    {"article": {"id", "title", "source", "url", "published", "path"},
     "entities": [{"type", "id", "name", "aliases", ...type fields}],
     "facts": [{"rel", "source", "target", "date", "place", "mode", "what",
                "about", "title", "event", "confidence", "cameo",
                "evidence": {"sentence", "start", "end"}}]}

Entity type fields: Person ``title`` (first office), ``country`` (name) and
``offices`` [{"title", "org"}] (names); Country ``iso3``; Accord ``kind``,
``date``, ``status``; Place ``country``; Event ``kind``, ``date``, ``place``,
``participants``. Fact ``source``/``target``/``place`` are entity canonical
NAMES (not ids), as in the gold files.
"""

from __future__ import annotations

from typing import Any

from dipgraph.graph.models import Accord, Country, Event, Extraction, Person, Place
from dipgraph.loaders.extract.gazetteer import gazetteer

__all__ = ["to_document"]


def to_document(extraction: Extraction) -> dict[str, Any]:
    """A JSON-ready dict of ``extraction`` with entity names in place of ids."""
    names = {e.id: e.name for e in extraction.entities}
    countries = gazetteer().countries

    def name(eid: str | None) -> str | None:
        if not eid:
            return None
        if eid not in names and eid.startswith("country:") and eid[8:] in countries:
            return countries[eid[8:]].name
        return names.get(eid, eid)

    art = extraction.article
    entities: list[dict[str, Any]] = []
    for e in extraction.entities:
        row: dict[str, Any] = {"type": e.type, "id": e.id, "name": e.name,
                               "aliases": list(e.aliases)}
        if isinstance(e, Person):
            row["title"] = e.offices[0].title if e.offices else None
            row["country"] = name(e.country)
            row["offices"] = [{"title": o.title, "org": name(o.org)} for o in e.offices]
        elif isinstance(e, Country):
            row["iso3"] = e.iso3
        elif isinstance(e, Accord):
            row.update(kind=e.kind, date=e.date, status=e.status)
        elif isinstance(e, Place):
            row["country"] = name(e.country)
        elif isinstance(e, Event):
            row.update(kind=e.kind, date=e.date, place=name(e.place),
                       participants=[name(p) for p in e.participants])
        entities.append(row)
    facts = [
        {
            "rel": f.rel.value, "source": name(f.source), "target": name(f.target),
            "date": f.date, "place": name(f.place), "mode": f.mode, "what": f.what,
            "about": f.about, "title": f.title, "event": name(f.event),
            "confidence": f.confidence, "cameo": f.cameo,
            "evidence": {"sentence": f.evidence.sentence, "start": f.evidence.start,
                         "end": f.evidence.end},
        }
        for f in extraction.facts
    ]
    return {
        "article": {"id": art.id, "title": art.title, "source": art.source, "url": art.url,
                    "published": art.published.isoformat() if art.published else None,
                    "path": art.path},
        "entities": entities,
        "facts": facts,
    }
