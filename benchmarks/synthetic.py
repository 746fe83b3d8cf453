"""Realistic synthetic extractions for load benchmarks (streamed, deterministic by seed).

About 250 countries from pycountry, thousands of persons holding offices, a few
hundred places and accords; each article picks a country dyad from a Zipf-like
distribution (a few pairs dominate, as in real news), so the same facts recur
across articles and evidence accumulates. Every relation type occurs, with
partial dates (day, month, year or none).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pycountry

from dipgraph.graph.models import Extraction
from dipgraph.graph.relations import RelationType

__all__ = ["synthetic_extractions"]

_DAY0 = date(2020, 1, 1)
_RELS = [  # (relation, weight)
    (RelationType.MET_WITH, 20), (RelationType.HOLDS_OFFICE, 15), (RelationType.VISITED, 8),
    (RelationType.REQUESTED, 8), (RelationType.AGREED, 8), (RelationType.PLEDGED, 6),
    (RelationType.SUPPORTED, 6), (RelationType.EXPRESSED_CONCERN, 6), (RelationType.WARNED, 5),
    (RelationType.CRITICIZED, 6), (RelationType.SIGNED, 5), (RelationType.WITHDREW_FROM, 2),
    (RelationType.ALLY_OF, 3),
]
_DATED = {RelationType.HOLDS_OFFICE, RelationType.ALLY_OF}


def _zipf_weights(n: int, s: float) -> list[float]:
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


class _World:
    """The fixed cast: countries, persons per country, places, accords."""

    def __init__(self, rng: random.Random, n_persons: int, n_places: int, n_accords: int):
        self.countries: list[dict[str, Any]] = [
            {"type": "Country", "id": f"country:{c.alpha_3}", "name": c.name, "iso3": c.alpha_3,
             "aliases": [c.alpha_3]}
            for c in pycountry.countries
        ]
        rng.shuffle(self.countries)
        n = len(self.countries)
        self.persons: list[list[dict[str, Any]]] = [[] for _ in range(n)]
        for i in range(n_persons):
            k = i % n
            cid = self.countries[k]["id"]
            title = rng.choice(["Foreign Minister", "President", "Prime Minister",
                                "Defence Minister", "Ambassador"])
            self.persons[k].append({
                "type": "Person", "id": f"person:p{i}", "name": f"Person {i}", "country": cid,
                "aliases": [f"P{i}"], "offices": [{"title": title, "org": cid}]})
        self.places: list[dict[str, Any]] = [
            {"type": "Place", "id": f"place:pl{i}", "name": f"City {i}",
             "country": self.countries[i % n]["id"]}
            for i in range(n_places)
        ]
        self.accords: list[dict[str, Any]] = [
            {"type": "Accord", "id": f"accord:a{i}", "name": f"Accord {i}",
             "date": f"{2000 + i % 24}", "status": "signed"}
            for i in range(n_accords)
        ]
        weights = _zipf_weights(n, 1.1)
        self.country_weights = weights
        self.dyads = [(a, b) for a in range(min(n, 80)) for b in range(a + 1, min(n, 80))]
        self.dyad_weights = _zipf_weights(len(self.dyads), 1.05)


def _partial(rng: random.Random, day: date) -> str | None:
    roll = rng.random()
    if roll < 0.6:
        return day.isoformat()
    if roll < 0.85:
        return day.isoformat()[:7]
    if roll < 0.95:
        return day.isoformat()[:4]
    return None


def synthetic_extractions(
    n_articles: int,
    *,
    seed: int = 7,
    facts_per_article: int = 10,
    n_persons: int = 5000,
    n_places: int = 400,
    n_accords: int = 300,
) -> Iterator[Extraction]:
    """Yield ``n_articles`` valid extractions, one at a time."""
    rng = random.Random(seed)
    world = _World(rng, n_persons, n_places, n_accords)
    rels, rel_w = zip(*_RELS, strict=True)
    for i in range(n_articles):
        a, b = rng.choices(world.dyads, world.dyad_weights)[0]
        if rng.random() < 0.2:  # some articles involve a long-tail country
            b = rng.choices(range(len(world.countries)), world.country_weights)[0]
            if b == a:
                b = (a + 1) % len(world.countries)
        ca, cb = world.countries[a], world.countries[b]
        pa = world.persons[a][: 1 + int(rng.paretovariate(1.5)) % max(1, len(world.persons[a]))]
        pb = world.persons[b][: 1 + int(rng.paretovariate(1.5)) % max(1, len(world.persons[b]))]
        persons = {p["id"]: p for p in pa + pb if p}
        place = rng.choice(world.places)
        accord = rng.choice(world.accords)
        published = _DAY0 + timedelta(days=rng.randrange(5 * 365))
        article_id = f"article:s{i}"
        entities: dict[str, dict[str, Any]] = {
            ca["id"]: ca, cb["id"]: cb, place["id"]: place, accord["id"]: accord, **persons}
        person_ids = list(persons)
        facts: list[dict[str, Any]] = []
        for n in range(facts_per_article):
            rel = rng.choices(rels, rel_w)[0]
            day = published - timedelta(days=rng.randrange(3))
            left, right = (ca, cb) if rng.random() < 0.5 else (cb, ca)
            pl = next((p for p in person_ids if persons[p]["country"] == left["id"]), None)
            pr = next((p for p in person_ids if persons[p]["country"] == right["id"]), None)
            actor = pl if pl and rng.random() < 0.6 else left["id"]
            src: str | None
            tgt: str | None
            src, tgt = actor, right["id"]
            if rel is RelationType.HOLDS_OFFICE:
                src, tgt = pl, left["id"]
            elif rel is RelationType.MET_WITH:
                src, tgt = pl, pr
            elif rel is RelationType.VISITED:
                tgt = rng.choice([right["id"], place["id"]])
            elif rel in (RelationType.AGREED, RelationType.ALLY_OF):
                src = left["id"]
            elif rel is RelationType.EXPRESSED_CONCERN:
                tgt = rng.choice([right["id"], place["id"]])
            elif rel in (RelationType.SIGNED, RelationType.WITHDREW_FROM):
                tgt = accord["id"]
            if src is None or tgt is None or src == tgt:
                continue
            start = n * 100
            sentence = f"{src} {rel.value.lower()} {tgt} (synthetic sentence {n})."
            facts.append({
                "rel": rel.value, "source": src, "target": tgt,
                "date": None if rel in _DATED else _partial(rng, day),
                "what": "cooperation" if rel in (RelationType.REQUESTED,
                                                 RelationType.PLEDGED) else None,
                "about": "the situation" if rel is RelationType.EXPRESSED_CONCERN else None,
                "place": place["id"] if rel is RelationType.MET_WITH else None,
                "title": "minister" if rel is RelationType.HOLDS_OFFICE else None,
                "confidence": round(rng.uniform(0.5, 1.0), 2),
                "evidence": {"article_id": article_id, "sentence": sentence, "start": start,
                             "end": start + len(sentence)},
            })
        if len(person_ids) >= 2:
            entities[f"event:e{i}"] = {
                "type": "Event", "id": f"event:e{i}", "name": f"Talks {i}", "kind": "meeting",
                "date": published.isoformat(), "place": place["id"],
                "participants": person_ids[:4]}
        yield Extraction.model_validate({
            "article": {"id": article_id, "title": f"Synthetic {i}", "source": "synthetic",
                        "url": f"https://example.org/s/{i}", "published": published,
                        "content_hash": f"h{i}"},
            "entities": list(entities.values()),
            "facts": facts,
        })
