"""Files in, graph out: read articles, extract them, write them, and report per file.

:func:`load_paths` is the one library call behind ``dipgraph load``. Files are
read one at a time (:class:`~dipgraph.loaders.sources.ArticleReader`); articles
are extracted and written in batches of ``batch_size`` so memory stays flat on
large inputs. Bad files and records are reported, never raised; database and
model errors (:class:`~dipgraph.errors.DatabaseError`, ``ModelError``) abort the
run, because nothing after them could succeed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import neo4j
from pydantic import BaseModel, ConfigDict, Field

from dipgraph.errors import ConfigError, InputError
from dipgraph.graph.models import Article
from dipgraph.graph.schema import apply_schema
from dipgraph.graph.writer import GraphWriter
from dipgraph.loaders.formats import parse_published
from dipgraph.loaders.scoring import CorpusScore, score_corpus
from dipgraph.loaders.sources import DEFAULT_MAX_BYTES, ArticleReader, expand_paths, iter_articles

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "ExtractResult",
    "FileReport",
    "Progress",
    "RunReport",
    "WarningReport",
    "evaluate_corpus",
    "extract_documents",
    "load_paths",
]

DEFAULT_BATCH_SIZE = 64

#: Called after each input file with (files done, files in all, the file just read).
Progress = Callable[[int, int, str], None]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FileReport(_Strict):
    """What became of one input file, or of one bad record (``file:line``, ``file#n``)."""

    path: str
    status: Literal["loaded", "rejected"]
    reason: str | None = None
    articles: int = 0
    entities: int = 0
    facts: int = 0


class WarningReport(_Strict):
    """A problem that did not reject the article (an unparseable date, say)."""

    path: str
    reason: str


class RunReport(_Strict):
    """The outcome of one load: per-file entries and totals."""

    files: list[FileReport] = Field(default_factory=list)
    warnings: list[WarningReport] = Field(default_factory=list)
    articles: int = 0
    entities: int = 0
    facts: int = 0
    rejected: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when nothing was rejected."""
        return self.rejected == 0

    def write_json(self, path: Path) -> None:
        """Write the report as indented JSON (``--report FILE.json``)."""
        try:
            path.write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")
        except OSError as err:
            raise InputError(str(path), f"cannot write the report: {err.strerror}") from err


class _Batcher:
    """Collects articles, then extracts and writes them a batch at a time."""

    def __init__(
        self,
        driver: neo4j.Driver,
        nlp: Language | None,
        report: RunReport,
        *,
        database: str | None,
        batch_size: int,
        n_process: int,
    ) -> None:
        self.writer = GraphWriter(driver, database=database)
        self.nlp, self.report = nlp, report
        self.batch_size, self.n_process = batch_size, n_process
        self.pending: list[tuple[Article, FileReport]] = []

    def add(self, article: Article, owner: FileReport) -> None:
        self.pending.append((article, owner))
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        from dipgraph.loaders.extract import extract_many

        articles = [a for a, _ in self.pending]
        extractions = list(
            extract_many(articles, self.nlp, batch_size=self.batch_size, n_process=self.n_process)
        )
        self.writer.write(extractions)
        for (_, owner), ex in zip(self.pending, extractions, strict=True):
            owner.articles += 1
            owner.entities += len(ex.entities)
            owner.facts += len(ex.facts)
            self.report.articles += 1
            self.report.entities += len(ex.entities)
            self.report.facts += len(ex.facts)
        self.pending.clear()


def load_paths(
    paths: Sequence[str | Path],
    driver: neo4j.Driver,
    *,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    nlp: Language | None = None,
    database: str | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """Load every article in ``paths`` into the graph and report what became of each file.

    The schema is applied first (idempotent). ``batch_size`` articles are
    extracted together and handed to the graph writer, which commits whole
    articles in transactions of about its own fact batch size.

    ``published``/``source``/``url`` override file metadata (see
    :mod:`dipgraph.loaders.sources`); ``nlp`` defaults to the checked English model.
    """
    if batch_size < 1 or n_process < 1:
        raise ConfigError(f"batch size and processes must be at least 1: {batch_size}, {n_process}")
    started = time.perf_counter()
    apply_schema(driver, database=database)
    report = RunReport()
    reader = ArticleReader(
        published=published,
        source=source,
        url=url,
        max_bytes=max_bytes,
        on_warning=lambda where, why: report.warnings.append(WarningReport(path=where, reason=why)),
    )
    batcher = _Batcher(
        driver, nlp, report, database=database, batch_size=batch_size, n_process=n_process
    )
    items = list(expand_paths(paths))
    for done, item in enumerate(items, start=1):
        if isinstance(item, InputError):
            report.files.append(FileReport(path=item.path, status="rejected", reason=item.reason))
            label = item.path
        else:
            label = str(item)
            owner = FileReport(path=label, status="loaded")
            results = reader.read_file(item)
            bad = [r for r in results if isinstance(r, InputError)]
            good = [r for r in results if isinstance(r, Article)]
            if good:
                report.files.append(owner)
            for err in bad:
                report.files.append(FileReport(path=err.path, status="rejected", reason=err.reason))
            for article in good:
                batcher.add(article, owner)
        if progress is not None:
            progress(done, len(items), label)
    batcher.flush()
    report.rejected = sum(f.status == "rejected" for f in report.files)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


class ExtractResult(_Strict):
    """The system documents of the articles read (``to_document``) and the rejects."""

    documents: list[dict[str, Any]] = Field(default_factory=list)
    rejected: list[FileReport] = Field(default_factory=list)
    warnings: list[WarningReport] = Field(default_factory=list)


def extract_documents(
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    nlp: Language | None = None,
) -> ExtractResult:
    """Extract the articles in ``paths`` without a database (``dipgraph extract``)."""
    result = ExtractResult()
    articles: list[Article] = []
    for item in iter_articles(
        paths,
        published=published,
        source=source,
        url=url,
        on_warning=lambda where, why: result.warnings.append(WarningReport(path=where, reason=why)),
    ):
        if isinstance(item, InputError):
            result.rejected.append(
                FileReport(path=item.path, status="rejected", reason=item.reason)
            )
        else:
            articles.append(item)
    if articles:
        from dipgraph.loaders.extract import extract_many
        from dipgraph.loaders.extract.document import to_document

        result.documents = [to_document(ex) for ex in extract_many(articles, nlp)]
    return result


def evaluate_corpus(corpus_dir: Path, *, nlp: Language | None = None) -> CorpusScore:
    """Extract every annotated article of ``corpus_dir`` and score it (``dipgraph eval``).

    Each article is read with the publication date, source and URL of its gold
    metadata, as the annotators resolved dates against that date.
    """

    def predict(txt: Path, meta: dict[str, Any]) -> dict[str, Any]:
        from dipgraph.loaders.extract import extract_many
        from dipgraph.loaders.extract.document import to_document

        try:
            day = parse_published(meta.get("published"))
        except ValueError as err:
            raise InputError(str(txt), f"gold metadata: {err}") from err
        url = meta.get("url")
        reader = ArticleReader(published=day, url=url if isinstance(url, str) else None)
        (item,) = reader.read_file(txt)
        if isinstance(item, InputError):
            raise item
        (extraction,) = extract_many([item], nlp)
        return dict(to_document(extraction))

    return score_corpus(corpus_dir, predict)
