"""``dipgraph extract|load|eval`` through the console entry point, without a database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dipgraph.cli import main

ARTICLE = (
    "Japanese Foreign Minister Yoko Kamikawa met with Indian External Affairs Minister "
    "Subrahmanyam Jaishankar in Tokyo on Thursday. Kamikawa urged India to join the "
    "initiative."
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_prints_one_json_document_for_one_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    txt = write(tmp_path / "a.txt", ARTICLE)
    code, out, err = run(capsys, "extract", str(txt), "--published", "2024-03-08")
    assert code == 0, err
    doc = json.loads(out)
    assert isinstance(doc, dict) and set(doc) >= {"article", "entities", "facts"}
    names = {e["name"] for e in doc["entities"]}
    assert "Yoko Kamikawa" in names
    for fact in doc["facts"]:
        assert {fact["source"], fact["target"]} <= names  # ends are entity names


def test_extract_prints_a_list_when_the_path_holds_several_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE.replace("Tokyo", "Osaka"))
    code, out, _ = run(capsys, "extract", str(tmp_path))
    assert code == 0
    docs = json.loads(out)
    assert isinstance(docs, list) and len(docs) == 2


def test_extract_table_format_shows_entities_and_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    txt = write(tmp_path / "a.txt", ARTICLE)
    code, out, _ = run(capsys, "extract", str(txt), "--format", "table")
    assert code == 0
    assert "Entities" in out and "Facts" in out and "Kamikawa" in out


def test_extract_bad_file_is_one_line_on_stderr_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    code, out, err = run(capsys, "extract", str(bad))
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [f"rejected: {bad}: binary file (NUL bytes), not text"]


def test_bad_published_flag_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    txt = write(tmp_path / "a.txt", ARTICLE)
    code, _, err = run(capsys, "extract", str(txt), "--published", "2023-13-01")
    assert code == 1
    assert err.strip() == "error: --published '2023-13-01' is not a date (YYYY-MM-DD)"
    assert "Traceback" not in err


def test_load_with_unreachable_database_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    txt = write(tmp_path / "a.txt", ARTICLE)
    code, _, err = run(
        capsys, "load", str(txt), "--uri", "bolt://127.0.0.1:1", "--password", "secret-pw"
    )
    assert code == 1
    assert err.strip() == "error: Neo4j at bolt://127.0.0.1:1 is unreachable"
    assert "secret-pw" not in err


def _tiny_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    write(corpus / "001-tokyo.txt", ARTICLE)
    gold: dict[str, Any] = {
        "article": {"title": "t", "published": "2024-03-08", "source": "s", "url": None},
        "entities": [
            {"type": "Person", "name": "Yoko Kamikawa", "aliases": ["Kamikawa"]},
            {"type": "Person", "name": "Subrahmanyam Jaishankar", "aliases": ["Jaishankar"]},
            {"type": "Country", "name": "Japan", "aliases": ["JPN"]},
            {"type": "Country", "name": "India", "aliases": ["IND"]},
            {"type": "Place", "name": "Tokyo", "aliases": []},
        ],
        "facts": [
            {
                "rel": "MET_WITH",
                "source": "Yoko Kamikawa",
                "target": "Subrahmanyam Jaishankar",
                "date": "2024-03-07",
            },
            {"rel": "REQUESTED", "source": "Yoko Kamikawa", "target": "India"},
            {"rel": "ALLY_OF", "source": "Japan", "target": "India"},
        ],
    }
    write(corpus / "001-tokyo.gold.json", json.dumps(gold))
    return corpus


def test_eval_json_scores_every_relation_entities_and_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _tiny_corpus(tmp_path)
    code, out, err = run(capsys, "eval", str(corpus), "--format", "json")
    assert code == 0, err
    score = json.loads(out)
    assert score["facts"]["fn"] >= 1  # nothing in the text states the alliance
    assert score["facts"]["tp"] + score["facts"]["fn"] == 3
    assert {"precision", "recall", "f1"} <= set(score["facts"])
    assert [a["article"] for a in score["articles"]] == ["001-tokyo"]
    assert "ALLY_OF" in score["relations"] and "dates" in score


def test_eval_verbose_table_lists_missed_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _tiny_corpus(tmp_path)
    code, out, _ = run(capsys, "eval", str(corpus), "--verbose")
    assert code == 0
    assert "overall" in out and "Dates:" in out
    assert "missed   ALLY_OF Japan -> India" in out


def test_eval_on_a_folder_without_gold_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "eval", str(tmp_path))
    assert code == 1
    assert err.strip() == f"error: {tmp_path}: no *.gold.json annotations found"
