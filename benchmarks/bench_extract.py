"""Extraction throughput: our rules on top of spaCy vs the bare ``nlp.pipe``.

Reads the annotated corpus (``../shared/corpus/dev`` by default), repeats it to
at least ``--articles`` articles, then in one run times (1) the bare
``nlp.pipe`` of the same pipeline over the same texts and (2) the full
extraction (``extract_many``), and prints articles/s and the ratio. Targets:
ratio <= 1.5 and >= 10 articles/s on 2 cores.

    .venv/bin/python benchmarks/bench_extract.py --articles 500 [--n-process 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from datetime import date
from pathlib import Path

from dipgraph.graph.ids import article_id
from dipgraph.graph.models import Article
from dipgraph.loaders.extract import extract_many
from dipgraph.loaders.nlp import load_model

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def corpus_articles(corpus: Path, count: int) -> list[Article]:
    base = []
    for txt in sorted(corpus.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        gold = txt.with_name(txt.name.removesuffix(".txt") + ".gold.json")
        meta = json.loads(gold.read_text())["article"] if gold.exists() else {}
        published = date.fromisoformat(meta["published"]) if meta.get("published") else None
        base.append((txt, text, published, meta.get("title")))
    articles = []
    i = 0
    while len(articles) < count:
        txt, text, published, title = base[i % len(base)]
        path = f"{txt}#{i}"  # distinct ids, same texts
        articles.append(
            Article(
                id=article_id(text, path=path), title=title, published=published, path=path,
                content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text,
            )
        )
        i += 1
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()

    articles = corpus_articles(args.corpus, args.articles)
    nlp = load_model()
    texts = [a.text for a in articles]
    list(nlp.pipe(texts[:20]))  # warm up

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    facts = 0
    for extraction in extract_many(
        articles, nlp, batch_size=args.batch_size, n_process=args.n_process
    ):
        facts += len(extraction.facts)
    full = time.perf_counter() - start

    n = len(articles)
    print(f"articles: {n}  batch_size: {args.batch_size}  n_process: {args.n_process}")
    print(f"bare nlp.pipe : {bare:7.2f} s  {n / bare:7.1f} articles/s")
    print(f"extract_many  : {full:7.2f} s  {n / full:7.1f} articles/s  ({facts} facts)")
    print(f"ratio         : {full / bare:7.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
