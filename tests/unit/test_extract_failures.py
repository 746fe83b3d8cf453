"""A rule that fails on one article costs that article only: ``extract_many`` names it
(``ExtractionError``) or hands it to ``on_error`` and goes on; ``dipgraph extract`` lists it
as rejected. Plus the end-of-text title that once made a rule index past the document."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import dipgraph.loaders.extract as extract_pkg
from dipgraph.errors import ExtractionError
from dipgraph.graph.models import Article
from dipgraph.loaders.extract import extract_article, extract_many, prepare, to_document
from dipgraph.loaders.pipeline import extract_documents


@pytest.fixture(scope="module")
def nlp() -> Language:
    return prepare()


def _article(ident: str, text: str) -> Article:
    return Article(id=ident, path=f"/in/{ident}.txt", published=date(2024, 5, 15), text=text,
                   content_hash=hashlib.sha256(text.encode()).hexdigest())


TEXTS = {"a": "Kenya and Tanzania signed an agreement on fisheries on Monday.",
         "b": "BROKEN Egypt issued a warning to Ethiopia on Tuesday.",
         "c": "Chile and Peru signed an agreement on trade on Monday."}


@pytest.fixture
def broken_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule with a bug that only the text starting 'BROKEN' reaches."""
    real = extract_pkg.assemble

    def assemble(article: Article, doc: Any, nlp: Language) -> Any:
        if article.text.startswith("BROKEN"):
            raise IndexError("token index out of range")
        return real(article, doc, nlp)

    monkeypatch.setattr(extract_pkg, "assemble", assemble)


@pytest.mark.usefixtures("broken_rule")
def test_a_failing_article_is_reported_and_the_others_extracted(nlp: Language) -> None:
    failed: list[tuple[str, ExtractionError]] = []
    done = list(extract_many([_article(k, t) for k, t in TEXTS.items()], nlp,
                             on_error=lambda art, err: failed.append((art.id, err))))
    assert [x.article.id for x in done] == ["a", "c"]
    ((ident, err),) = failed
    assert ident == "b" and err.path == "/in/b.txt"
    assert err.reason.startswith("extraction failed (IndexError: token index out of range)")


@pytest.mark.usefixtures("broken_rule")
def test_without_a_handler_the_failure_names_the_article(nlp: Language) -> None:
    with pytest.raises(ExtractionError, match=r"^/in/b\.txt: extraction failed"):
        list(extract_many([_article(k, t) for k, t in TEXTS.items()], nlp))


@pytest.mark.usefixtures("broken_rule")
def test_extract_documents_rejects_the_failing_file_and_keeps_the_rest(
        nlp: Language, tmp_path: Path) -> None:
    for key, text in TEXTS.items():
        (tmp_path / f"{key}.txt").write_text(text, encoding="utf-8")
    result = extract_documents([tmp_path], published=date(2024, 5, 15), nlp=nlp)
    assert [Path(d["article"]["path"]).name for d in result.documents] == ["a.txt", "c.txt"]
    ((rejected),) = result.rejected
    assert Path(rejected.path).name == "b.txt" and rejected.status == "rejected"
    assert rejected.reason.startswith("extraction failed (IndexError")


@pytest.mark.usefixtures("broken_rule")
def test_extract_documents_names_the_failing_file_as_the_user_wrote_its_folder(
        nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    for key, text in TEXTS.items():
        (tmp_path / "in" / f"{key}.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = extract_documents(["in"], published=date(2024, 5, 15), nlp=nlp)
    assert [r.path for r in result.rejected] == ["in/b.txt"]


def test_an_office_of_a_state_that_ends_the_text_is_read(nlp: Language) -> None:
    text = ("Kazakh President Kassym-Jomart Tokayev visited Uzbekistan on Monday.\n"
            "Press service of the President of Kazakhstan")
    extraction = extract_article(_article("t", text), nlp)  # (raised IndexError before)
    doc = to_document(extraction)
    assert ("VISITED", "Kassym-Jomart Tokayev", "Uzbekistan") in {
        (f["rel"], f["source"], f["target"]) for f in doc["facts"]}


def test_a_failure_is_reported_on_one_line(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    def assemble(article: Article, doc: Any, nlp: Language) -> Any:
        raise ValueError("line one\nline two")

    monkeypatch.setattr(extract_pkg, "assemble", assemble)
    with pytest.raises(ExtractionError) as caught:
        list(extract_many([_article("a", TEXTS["a"])], nlp))
    assert "\n" not in str(caught.value)
    assert "(ValueError: line one line two)" in str(caught.value)
