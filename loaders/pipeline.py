"""Files in, graph out: read articles, extract them, write them, and report per file.

:func:`load_paths` is the one library call behind ``dipgraph load``. Files are
read one at a time (:class:`~dipgraph.loaders.sources.ArticleReader`); articles
are extracted and written in batches of ``batch_size`` so memory stays flat on
large inputs (a batch also closes at :data:`BATCH_CHARS` characters of text, so
a few long articles never make one huge parse). Bad files and records are
reported, never raised; database and model errors
(:class:`~dipgraph.errors.DatabaseError`, ``ModelError``) abort the run, because
nothing after them could succeed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import neo4j
from pydantic import BaseModel, ConfigDict, Field

from dipgraph.errors import ConfigError, ExtractionError, InputError
from dipgraph.graph.models import Article, Extraction
from dipgraph.graph.schema import apply_schema
from dipgraph.graph.writer import GraphWriter
from dipgraph.loaders.formats import parse_published
from dipgraph.loaders.scoring import CorpusScore, score_corpus
from dipgraph.loaders.sources import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    ArticleReader,
    expand_paths,
    iter_articles,
)

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "BATCH_CHARS",
    "DEFAULT_BATCH_SIZE",
    "MAX_INDEXED_BYTES",
    "ExtractResult",
    "FileReport",
    "Progress",
    "RunReport",
    "WarningReport",
    "evaluate_corpus",
    "extract_documents",
    "load_paths",
    "unstorable",
]

DEFAULT_BATCH_SIZE = 64
#: A batch is extracted once its articles hold this many characters in all.
BATCH_CHARS = 1_000_000
#: Longest id, name or fact key written (UTF-8 bytes); Neo4j indexes at most ~8 kB.
MAX_INDEXED_BYTES = 4000

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


def unstorable(extraction: Extraction) -> str | None:
    """Why Neo4j could not store ``extraction``, or None: an indexed value over the limit.

    Ids, names and fact keys are indexed, and Neo4j refuses to index a value over
    about 8 kB, which would fail the whole write batch; such an article (a hostile
    "name" thousands of characters long) is rejected alone instead.
    """
    values = [(f"{e.type} {field}", v) for e in extraction.entities for field, v in
              (("id", e.id), ("name", e.name))]
    values += [(f"{f.rel.value} fact key", f.key()) for f in extraction.facts]
    for what, value in values:
        size = len(value.encode("utf-8"))
        if size > MAX_INDEXED_BYTES:
            return f"{what} too long to store: {size} bytes (limit {MAX_INDEXED_BYTES})"
    return None


def _as_given(given: str, where: str) -> str | None:
    """``where`` (an article's resolved path, maybe with ``:line``/``#n``) written from
    ``given``, the file or folder as the user typed it; None when it is not under it."""
    absolute = str(Path(given).resolve())
    rest = where[len(absolute) :]
    return given + rest if where.startswith(absolute) and rest[:1] in ("", "/", ":", "#") \
        else None


def _given_label(paths: Sequence[str | Path], where: str) -> str:
    """``where`` as the user wrote it: under the first of ``paths`` that holds it."""
    return next(filter(None, (_as_given(str(p), where) for p in paths)), where)


def _label(owner: FileReport, article: Article) -> str:
    """The report label of ``article``: its file as given, plus ``:line``/``#n`` if any."""
    return _as_given(owner.path, article.path or "") or owner.path


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
        self.chars = 0

    def add(self, article: Article, owner: FileReport) -> None:
        self.pending.append((article, owner))
        self.chars += len(article.text)
        if len(self.pending) >= self.batch_size or self.chars >= BATCH_CHARS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        from dipgraph.loaders.extract import extract_many

        articles = [a for a, _ in self.pending]
        # one outcome per article, in order: its extraction or why the rules failed on it
        # (on_error runs in this process, between the extractions it falls among)
        outcomes: list[Extraction | ExtractionError] = []
        for extraction in extract_many(
            articles, self.nlp, batch_size=self.batch_size, n_process=self.n_process,
            on_error=lambda _article, err: outcomes.append(err),
        ):
            outcomes.append(extraction)
        keep: list[tuple[FileReport, Extraction]] = []
        for (article, owner), outcome in zip(self.pending, outcomes, strict=True):
            ex = outcome if isinstance(outcome, Extraction) else None
            reason = outcome.reason if isinstance(outcome, ExtractionError) else unstorable(
                outcome)
            if ex is not None and reason is None:
                keep.append((owner, ex))
            elif (label := _label(owner, article)) == owner.path:
                owner.status, owner.reason = "rejected", reason
            else:
                self.report.files.append(FileReport(path=label, status="rejected", reason=reason))
        self.writer.write(ex for _, ex in keep)
        for owner, ex in keep:
            owner.articles += 1
            owner.entities += len(ex.entities)
            owner.facts += len(ex.facts)
            self.report.articles += 1
            self.report.entities += len(ex.entities)
            self.report.facts += len(ex.facts)
        self.pending.clear()
        self.chars = 0


def load_paths(
    paths: Sequence[str | Path],
    driver: neo4j.Driver,
    *,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
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

    ``published``/``source``/``url`` override file metadata and ``max_bytes``/
    ``max_chars`` bound a file and an article (see :mod:`dipgraph.loaders.sources`);
    ``nlp`` defaults to the checked English model.
    """
    if batch_size < 1 or n_process < 1:
        raise ConfigError(f"batch size and processes must be at least 1: {batch_size}, {n_process}")
    if max_bytes < 1 or max_chars < 1:
        raise ConfigError(f"size limits must be at least 1: {max_bytes} bytes, {max_chars} chars")
    started = time.perf_counter()
    apply_schema(driver, database=database)  # tolerates a concurrent loader
    report = RunReport()
    reader = ArticleReader(
        published=published,
        source=source,
        url=url,
        max_bytes=max_bytes,
        max_chars=max_chars,
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

        result.documents = [to_document(ex) for ex in extract_many(
            articles, nlp, on_error=lambda _article, err: result.rejected.append(
                FileReport(path=_given_label(paths, err.path), status="rejected",
                           reason=err.reason)))]
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
