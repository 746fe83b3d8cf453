"""Score an extraction against the annotated corpus, as /work/shared/corpus/README.md says.

Facts are compared as sets of distinct triples ``(rel, source, target)`` in the
space of *gold entities*: each end of a triple is mapped to the gold entity it
names (its ``name`` or any alias, compared by :func:`normalize_mention`), so two
system triples that name the same gold entities are one triple. Decisions the
README leaves open, taken here:

- Names: casefolded (Unicode NFKC), a possessive ``'s`` (any apostrophe)
  dropped, hyphens, dashes and slashes made spaces, every other punctuation
  mark deleted (``U.S.`` = ``US``), a leading ``the`` dropped. Accents are
  kept: the README does not list them among what is ignored.
- A system fact end is matched by the end's name only (the entity's canonical
  name, as the document contract says), not by the system entity's aliases, so
  a long alias list cannot buy matches. A name that names no gold entity counts
  as its own normalised name: ``"?wang"`` is one spurious end however often
  it is written.
- An end that names several gold entities (an alias shared by a country and a
  city) is resolved per triple: candidates allowed by the relation's end types
  are kept when any are; then the triple goes to an unmatched required gold
  triple if it can, else to an already matched one (a duplicate, which counts
  once), else to an optional one (dropped), else it is spurious. Triples with
  the fewest candidates are placed first. Entities are placed the same way,
  preferring a gold entity named by the system entity's canonical name.
- Optional: a gold triple is optional only when every gold fact on it is
  optional. A system triple whose match is an optional triple is dropped from
  both sides. Optional gold entities likewise.
- Relations outside :data:`~dipgraph.graph.relations.RELATIONS` are ignored on
  both sides; a triple whose two ends are one gold entity can only be spurious.
- Dates: for each matched required triple, the distinct dates of its
  non-optional gold facts (two gold facts with one date on one triple are one
  date) are matched one to one against the distinct valid dates of the system
  facts on that triple; a system date fits a gold date when, cut to the gold's
  length (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), it equals it. A coarser
  system date never fits a finer gold date.
- Entities: every type but ``Event``; an entity of another or unknown type is
  ignored. A system entity matches a gold entity of the same type when one of
  its names (name or aliases) equals one of the gold entity's names.
- P, R and F1 are micro over triples; a ratio with a zero denominator is 0.0.
  A corpus score sums the articles' counts (tp, fp, fn, dated, right) and
  computes the ratios from the sums.
- Documents are read leniently: only ``type``/``name``/``aliases``/``optional``
  of entities and ``rel``/``source``/``target``/``date``/``optional`` of facts
  matter; a missing required field is an :class:`~dipgraph.errors.InputError`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from dipgraph.errors import InputError
from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.loaders.scoring_models import (
    ArticleScore,
    CorpusScore,
    DateMiss,
    DateScore,
    EntityRef,
    Prf,
    TripleRef,
    _Doc,
    _EntityIn,
    _FactIn,
)

__all__ = [
    "ArticleScore",
    "CorpusScore",
    "DateMiss",
    "DateScore",
    "EntityRef",
    "Prf",
    "TripleRef",
    "date_fits",
    "normalize_mention",
    "score_article",
    "score_corpus",
]

_POSSESSIVE = re.compile("(?<=\\w)['\u2019\u2018`]s\\b")
_SPACERS = re.compile("[-\u2010-\u2015/\\\\_]+")
_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_RELS = {r.value for r in RelationType}
SCORED_ENTITY_TYPES = ("Person", "Country", "Organization", "Accord", "Place")

Triple = tuple[str, str, str]
K = TypeVar("K", bound=Hashable)
V = TypeVar("V", bound=Hashable)


def normalize_mention(name: str) -> str:
    """The comparison key of a name: case, punctuation, leading 'the', possessive 's ignored."""
    text = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", name).casefold())
    text = _SPACERS.sub(" ", text)
    text = "".join(ch for ch in text if ch.isalnum() or ch.isspace())
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def date_fits(system: str | None, gold: str) -> bool:
    """True when the system date, cut to the gold date's granularity, equals it."""
    if not system or not _PARTIAL_DATE.match(system) or len(system) < len(gold):
        return False
    return system[: len(gold)] == gold


class _Gold:
    """The gold entities of one article and the names that point at them."""

    def __init__(self, entities: list[_EntityIn]) -> None:
        self.entities = entities
        self.by_name: dict[str, set[int]] = defaultdict(set)
        for i, e in enumerate(entities):
            for n in _names(e):
                self.by_name[n].add(i)

    def candidates(self, name: str, allowed: Iterable[str] = ()) -> list[str]:
        """Keys (``g<index>``) of the gold entities ``name`` names, or its own ``?name``."""
        found = sorted(
            self.by_name.get(normalize_mention(name), ()),
            key=lambda i: (self.entities[i].name != name, i),  # the exact canonical name first
        )
        typed = [i for i in found if self.entities[i].type in set(allowed)]
        return [f"g{i}" for i in (typed or found)] or [f"?{normalize_mention(name)}"]

    def label(self, key: str) -> str:
        return self.entities[int(key[1:])].name if key.startswith("g") else key[1:]


def _names(entity: _EntityIn) -> set[str]:
    return {n for n in (normalize_mention(x) for x in [entity.name, *entity.aliases]) if n}


def _canon(rel: str, a: str, b: str) -> Triple:
    if RELATIONS[RelationType(rel)].symmetric and b < a:
        a, b = b, a
    return (rel, a, b)


def _place(options: Mapping[K, list[V]], required: set[V], optional: set[V]) -> dict[K, V]:
    """Give each system item one of its candidate gold items (see the module docstring)."""
    claimed: set[V] = set()
    chosen: dict[K, V] = {}
    order = sorted(options, key=lambda k: (sum(c in required for c in options[k]), repr(k)))
    for key in order:
        cands = options[key]

        def rank(c: V, cands: list[V] = cands) -> tuple[int, int]:
            if c in required:
                return (1 if c in claimed else 0), cands.index(c)
            return (2 if c in optional else 3), cands.index(c)

        best = min(cands, key=rank)
        chosen[key] = best
        claimed.add(best)
    return chosen


def _prf(system: set[Any], required: set[Any], optional: set[Any]) -> Prf:
    return Prf(
        tp=len(system & required),
        fp=len(system - required - optional),
        fn=len(required - system),
    )


def _max_matching(golds: list[str], systems: list[str]) -> int:
    """Size of a maximum one-to-one matching of gold dates to fitting system dates."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for s, sdate in enumerate(systems):
            if s in seen or not date_fits(sdate, golds[g]):
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen):
                owner[s] = g
                return True
        return False

    return sum(augment(g, set()) for g in range(len(golds)))


def _parse(doc: Mapping[str, Any], what: str) -> _Doc:
    try:
        return _Doc.model_validate(doc)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(what, f"not a valid document: {where}: {first['msg']}") from err


def _score_facts(gold: _Doc, system: _Doc, index: _Gold, score: dict[str, Any]) -> None:
    def resolve(fact: _FactIn) -> list[Triple]:
        info = RELATIONS[RelationType(fact.rel)]
        srcs = index.candidates(fact.source, info.source_types)
        tgts = index.candidates(fact.target, info.target_types)
        return [_canon(fact.rel, a, b) for a in srcs for b in tgts]

    required: set[Triple] = set()
    optional: set[Triple] = set()
    gold_dates: dict[Triple, set[str]] = defaultdict(set)
    for fact in (f for f in gold.facts if f.rel in _RELS):
        triple = resolve(fact)[0]
        (optional if fact.optional else required).add(triple)
        if fact.date and not fact.optional:
            gold_dates[triple].add(fact.date)
    optional -= required

    options: dict[Triple, list[Triple]] = {}
    sys_dates: dict[Triple, set[str]] = defaultdict(set)
    shown: dict[Triple, TripleRef] = {}
    for fact in (f for f in system.facts if f.rel in _RELS):
        a, b = normalize_mention(fact.source), normalize_mention(fact.target)
        key = _canon(fact.rel, a, b)
        options.setdefault(key, resolve(fact))
        shown.setdefault(key, TripleRef(rel=fact.rel, source=fact.source, target=fact.target))
        if fact.date and _PARTIAL_DATE.match(fact.date):
            sys_dates[key].add(fact.date)
    chosen = _place(options, required, optional)
    found = set(chosen.values())

    def ref(t: Triple) -> TripleRef:
        return TripleRef(rel=t[0], source=index.label(t[1]), target=index.label(t[2]))

    rels = sorted({t[0] for t in required | (found - optional)})
    score["relations"] = {
        rel: _prf(
            {t for t in found if t[0] == rel},
            {t for t in required if t[0] == rel},
            optional,
        )
        for rel in rels
    }
    score["facts"] = _prf(found, required, optional)
    score["missed"] = [ref(t) for t in sorted(required - found)]
    score["spurious"] = sorted(
        (shown[k] for k, t in chosen.items() if t not in required and t not in optional),
        key=lambda r: (r.rel, r.source, r.target),
    )

    by_triple: dict[Triple, set[str]] = defaultdict(set)
    for key, triple in chosen.items():
        by_triple[triple] |= sys_dates[key]
    total = correct = 0
    misses: list[DateMiss] = []
    for triple in sorted(required & found):
        golds = sorted(gold_dates.get(triple, ()))
        if not golds:
            continue
        systems = sorted(by_triple[triple])
        hit = _max_matching(golds, systems)
        total, correct = total + len(golds), correct + hit
        if hit < len(golds):
            misses.append(DateMiss(triple=ref(triple), gold=golds, system=systems))
    score["dates"] = DateScore(total=total, correct=correct)
    score["date_misses"] = misses


def _score_entities(gold: _Doc, system: _Doc, index: _Gold, score: dict[str, Any]) -> None:
    required: set[tuple[str, str]] = set()
    optional: set[tuple[str, str]] = set()
    for i, e in enumerate(gold.entities):
        if e.type in SCORED_ENTITY_TYPES:
            (optional if e.optional else required).add((e.type, f"g{i}"))

    options: dict[tuple[str, str], list[tuple[str, str]]] = {}
    shown: dict[tuple[str, str], EntityRef] = {}
    for e in system.entities:
        own = normalize_mention(e.name)
        if e.type not in SCORED_ENTITY_TYPES or not own:
            continue
        names, by_canon = _names(e), index.by_name.get(own, set())
        cands = sorted(
            (i for i, g in enumerate(index.entities) if g.type == e.type and names & _names(g)),
            key=lambda i: (i not in by_canon, i),  # named by its canonical name first
        )
        merged = options.setdefault((e.type, own), [])
        merged += [(e.type, f"g{i}") for i in cands if (e.type, f"g{i}") not in merged]
        shown.setdefault((e.type, own), EntityRef(type=e.type, name=e.name))
    for (typ, own), placed in options.items():
        if not placed:
            placed.append((typ, f"?{own}"))
    chosen = _place(options, required, optional)
    found = set(chosen.values())

    types = sorted({x[0] for x in required | (found - optional)})
    score["entity_types"] = {
        typ: _prf({x for x in found if x[0] == typ}, {x for x in required if x[0] == typ}, optional)
        for typ in types
    }
    score["entities"] = _prf(found, required, optional)
    score["missed_entities"] = [
        EntityRef(type=t, name=index.label(k)) for t, k in sorted(required - found)
    ]
    score["spurious_entities"] = sorted(
        (shown[k] for k, x in chosen.items() if x not in required and x not in optional),
        key=lambda r: (r.type, r.name),
    )


def score_article(
    gold: Mapping[str, Any], system: Mapping[str, Any], *, name: str | None = None
) -> ArticleScore:
    """Score one system document against one gold annotation (both as parsed JSON)."""
    gold_doc = _parse(gold, f"{name or 'article'} (gold)")
    system_doc = _parse(system, f"{name or 'article'} (system)")
    index = _Gold(gold_doc.entities)
    title = gold_doc.article.get("title")
    score: dict[str, Any] = {"article": name or (title if isinstance(title, str) else "")}
    _score_facts(gold_doc, system_doc, index, score)
    _score_entities(gold_doc, system_doc, index, score)
    return ArticleScore.model_validate(score)


def gold_files(corpus_dir: Path) -> list[tuple[Path, Path]]:
    """``(text, gold)`` path pairs under ``corpus_dir``, sorted; a gold without text is an error."""
    if not corpus_dir.is_dir():
        raise InputError(str(corpus_dir), "not a directory")
    pairs = []
    for gold_path in sorted(corpus_dir.rglob("*.gold.json")):
        txt = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        if not txt.is_file():
            raise InputError(str(gold_path), f"no article text {txt.name} next to it")
        pairs.append((txt, gold_path))
    if not pairs:
        raise InputError(str(corpus_dir), "no *.gold.json annotations found")
    return pairs


def load_gold(path: Path) -> dict[str, Any]:
    """A gold annotation as parsed JSON; errors name the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(str(path), f"cannot read: {err}") from err
    except json.JSONDecodeError as err:
        raise InputError(str(path), f"malformed JSON at line {err.lineno}: {err.msg}") from err
    if not isinstance(data, dict):
        raise InputError(str(path), "a gold annotation must be a JSON object")
    return data


def score_corpus(
    corpus_dir: Path, predict: Callable[[Path, dict[str, Any]], dict[str, Any]]
) -> CorpusScore:
    """Score ``predict(txt_path, gold_article_meta)`` on every annotated article, micro-averaged."""
    articles = []
    for txt, gold_path in gold_files(corpus_dir):
        gold = load_gold(gold_path)
        meta = gold.get("article")
        system = predict(txt, dict(meta) if isinstance(meta, dict) else {})
        name = str(txt.relative_to(corpus_dir).with_suffix(""))
        articles.append(score_article(gold, system, name=name))
    return CorpusScore.from_articles(articles)
