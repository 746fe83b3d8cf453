"""Size limits that keep memory bounded and the run alive: files, article texts,
HTML without an article, values too long for a Neo4j index."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from dipgraph.errors import InputError
from dipgraph.graph.models import Article, Evidence, Extraction, Fact, Person
from dipgraph.graph.relations import RelationType
from dipgraph.loaders.formats import parse_html
from dipgraph.loaders.pipeline import MAX_INDEXED_BYTES, unstorable
from dipgraph.loaders.sources import DEFAULT_MAX_BYTES, iter_articles

TEXT = "Norway Foreign Minister Anna Berg met Chile Foreign Minister Carlos Mendez in Geneva."


def test_a_20_mb_file_is_rejected_unread_in_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"word " * (4 * 1024 * 1024))  # 20 MiB of real text
    tracemalloc.start()
    try:
        items = list(iter_articles([big]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(type(i), getattr(i, "reason", "")) for i in items] == [
        (InputError, f"too large: {20 * 1024 * 1024} bytes (limit {DEFAULT_MAX_BYTES})")
    ]
    assert peak < 1024 * 1024, f"peak {peak} bytes: the file was read"


def test_a_jsonl_record_over_the_character_limit_is_rejected_alone(tmp_path: Path) -> None:
    wire = tmp_path / "wire.jsonl"
    lines = [{"text": TEXT}, {"text": TEXT + " x" * 600}, {"text": TEXT + " Again."}]
    wire.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    items = list(iter_articles([wire], max_chars=1000))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    err = items[1]
    assert isinstance(err, InputError) and err.path == f"{wire}:2"
    assert err.reason == f"text too long: {len(TEXT) + 1200} characters (limit 1000)"


def test_html_of_scripts_styles_and_navigation_only_is_no_article() -> None:
    chrome = (
        b"<html><head><style>p{}</style><script>var t = 'Anna Berg met Carlos Mendez';"
        b"</script></head><body><nav>Home | World</nav><footer>(c) News</footer></body></html>"
    )
    (err,) = parse_html("chrome.html", chrome)
    assert isinstance(err, InputError) and err.reason == "HTML holds no article text"
    (record,) = parse_html("bare.html", f"<html><body>{TEXT}</body></html>".encode())
    assert not isinstance(record, InputError) and record.text.strip() == TEXT


def _extraction(name: str) -> Extraction:
    ev = Evidence(article_id="article:a", sentence=TEXT, start=0, end=len(TEXT))
    return Extraction(
        article=Article(id="article:a", content_hash="h", text=TEXT),
        entities=[Person(id="person:a", name=name), Person(id="person:b", name="Carlos Mendez")],
        facts=[Fact(rel=RelationType.MET_WITH, source="person:a", target="person:b", evidence=ev)],
    )


def test_values_too_long_for_an_index_make_the_extraction_unstorable() -> None:
    assert unstorable(_extraction("Anna Berg")) is None
    assert unstorable(_extraction("\u00e9" * (MAX_INDEXED_BYTES // 2))) is None  # 2 bytes each
    reason = unstorable(_extraction("\u00e9" * (MAX_INDEXED_BYTES // 2 + 1)))
    assert reason == (
        f"Person name too long to store: {MAX_INDEXED_BYTES + 2} bytes "
        f"(limit {MAX_INDEXED_BYTES})"
    )
