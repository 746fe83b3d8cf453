"""Article inputs: files, directories and globs in, :class:`Article` objects out.

Formats by suffix: ``.txt`` (plain text, with an optional metadata sidecar),
``.html``/``.htm`` (trafilatura), ``.json`` (one record or a list), ``.jsonl``
(one record a line), ``.xml``/``.rss``/``.atom`` (feedparser). See
:mod:`dipgraph.loaders.formats` for the record fields.

Decisions:

- Bad input never raises out of :func:`iter_articles`: each bad file or record
  is yielded as an :class:`~dipgraph.errors.InputError` with a one-line reason,
  and the walk goes on.
- Text must be UTF-8 (a BOM is allowed). There is no Latin-1 fallback: Latin-1
  decodes any bytes, so it would turn a mis-encoded file into silent mojibake
  in names and evidence. HTML and feeds are given to trafilatura/feedparser as
  bytes, which honour the charset the document declares.
- Files over ``max_bytes`` (default :data:`DEFAULT_MAX_BYTES`, 5 MiB) are
  rejected unread; a news article is a few kB and a bigger file is a mistake.
  An article whose text is over ``max_chars`` (default :data:`DEFAULT_MAX_CHARS`)
  is rejected too: the spaCy parser needs about 1 GB per 300,000 characters and
  refuses texts over 1,000,000, so such a text would exhaust memory or crash.
- A ``NAME.meta.json``, ``NAME.json`` or ``NAME.gold.json`` next to ``NAME.txt``
  is that article's metadata (for the gold annotation, its ``article`` object),
  never an article itself. A sidecar that is not valid JSON rejects the article.
- An unparseable or partial ``published`` keeps the article, drops the date and
  reports a warning through ``on_warning``.
- The ``published``/``source``/``url`` arguments override file metadata. A URL
  names one article (it becomes the article id), so ``url`` applies to the
  first article only and every further one is rejected with a reason.
- ``Article.path`` is the resolved absolute path (``file:line`` or ``file#n``
  for one record of many); the id is the URL when known, else that path.
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dipgraph.errors import InputError
from dipgraph.graph.ids import article_id
from dipgraph.graph.models import Article
from dipgraph.loaders.formats import (
    META_KEYS,
    Record,
    parse_feed,
    parse_html,
    parse_json,
    parse_jsonl,
    parse_published,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CHARS",
    "ArticleReader",
    "WarningHandler",
    "expand_paths",
    "iter_articles",
    "read_records",
]

log = logging.getLogger(__name__)

#: Files larger than this are rejected unread (5 MiB).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Articles with more characters than this are rejected before extraction.
DEFAULT_MAX_CHARS = 200_000
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom")
_SIDECAR_SUFFIXES = (".meta.json", ".gold.json", ".json")
_GLOB_CHARS = frozenset("*?[")

#: Called with (where, reason) for a problem that does not reject the article.
WarningHandler = Callable[[str, str], None]


def _log_warning(where: str, reason: str) -> None:
    log.warning("%s: %s", where, reason)


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _sidecar_owner(path: Path) -> Path | None:
    """The ``.txt`` whose metadata ``path`` is, when ``path`` is a sidecar."""
    name = path.name
    for suffix in _SIDECAR_SUFFIXES:
        if name.lower().endswith(suffix):
            txt = path.with_name(name[: -len(suffix)] + ".txt")
            if txt.is_file():
                return txt
    return None


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Article files under ``root``, sorted, following symlinks but never a loop.

    A folder that cannot be listed is reported, and the walk goes on.
    """
    seen: set[tuple[int, int]] = set()
    failed: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=failed.append):
        while failed:
            err = failed.pop(0)
            yield InputError(str(err.filename or dirpath), f"cannot list folder: {err.strerror}")
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or _suffix(path) not in ARTICLE_SUFFIXES:
                continue
            yield path
    for err in failed:
        yield InputError(str(err.filename or root), f"cannot list folder: {err.strerror}")


def expand_paths(paths: Sequence[str | Path]) -> Iterator[Path | InputError]:
    """Files named by ``paths`` (files, directories, globs), each once, in order.

    Metadata sidecars are skipped: they are read with their ``.txt``.
    """
    done: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if path.exists():
            found: list[Path] = [path]
        elif _GLOB_CHARS & set(str(raw)):
            found = [Path(p) for p in sorted(glob.glob(str(path), recursive=True))]
            if not found:
                yield InputError(str(raw), "no file matches this pattern")
                continue
        else:
            yield InputError(str(raw), "no such file or directory")
            continue
        for item in found:
            for file in _walk(item) if item.is_dir() else [item]:
                if isinstance(file, InputError):
                    yield file
                    continue
                if _suffix(file) == ".json" and _sidecar_owner(file) is not None:
                    continue  # metadata of a .txt (also when a shell glob names it)
                key = file.resolve()
                if key not in done:
                    done.add(key)
                    yield file


def _read(path: Path, max_bytes: int) -> bytes | InputError:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(where, f"too large: {size} bytes (limit {max_bytes})")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        if path.is_symlink():
            return InputError(where, "broken symbolic link")
        return InputError(where, "file vanished before it could be read")
    except PermissionError:
        return InputError(where, "permission denied")
    except IsADirectoryError:
        return InputError(where, "is a directory")
    except OSError as err:
        return InputError(where, f"cannot read: {err.strerror or err}")
    if len(data) > max_bytes:
        return InputError(where, f"too large: over {max_bytes} bytes")
    if not data:
        return InputError(where, "empty file")
    if b"\x00" in data[:8192]:
        return InputError(where, "binary file (NUL bytes), not text")
    return data


def _decode(where: str, data: bytes) -> str | InputError:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return InputError(where, f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})")
    if not text.strip():
        return InputError(where, "whitespace only")
    return text


def _sidecar(txt: Path) -> dict[str, Any] | InputError:
    """The metadata of ``txt`` from its first sidecar, ``{}`` when there is none."""
    stem = txt.name[: -len(txt.suffix)]
    for suffix in _SIDECAR_SUFFIXES:
        side = txt.with_name(stem + suffix)
        if not side.is_file():
            continue
        try:
            data = json.loads(side.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as err:
            return InputError(str(txt), f"sidecar {side.name}: malformed JSON at line {err.lineno}")
        except (OSError, UnicodeDecodeError) as err:
            return InputError(str(txt), f"sidecar {side.name}: cannot read ({err})")
        if suffix == ".gold.json" and isinstance(data, dict):
            data = data.get("article")
        if not isinstance(data, dict):
            return InputError(str(txt), f"sidecar {side.name}: not a JSON object")
        return {k: data[k] for k in META_KEYS if k in data}
    return {}


def read_records(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Record | InputError]:
    """The records in one file, or the reasons it or its records are bad.

    Labels (``Record.where``, ``InputError.path``) are the path as given; each
    record's ``ident`` is the resolved absolute path with the same ``:line`` or
    ``#n`` suffix, so that article ids do not depend on the working directory.
    """
    records = _parse_file(path, max_bytes)
    shown = str(path)
    try:
        absolute = str(path.resolve())
    except OSError:
        absolute = shown
    return [
        r.model_copy(update={"ident": absolute + r.where[len(shown) :]})
        if isinstance(r, Record)
        else r
        for r in records
    ]


def _parse_file(path: Path, max_bytes: int) -> list[Record | InputError]:
    where = str(path)
    suffix = _suffix(path)
    if suffix not in ARTICLE_SUFFIXES:
        expected = ", ".join(ARTICLE_SUFFIXES)
        return [InputError(where, f"unsupported file type {suffix!r} (expected {expected})")]
    if suffix == ".json" and (owner := _sidecar_owner(path)) is not None:
        return [InputError(where, f"metadata sidecar of {owner.name}, not an article")]
    data = _read(path, max_bytes)
    if isinstance(data, InputError):
        return [data]
    if suffix in (".html", ".htm"):
        return parse_html(where, data)
    if suffix in (".xml", ".rss", ".atom"):
        return parse_feed(where, data)
    text = _decode(where, data)
    if isinstance(text, InputError):
        return [text]
    if suffix == ".json":
        return parse_json(where, text)
    if suffix == ".jsonl":
        return parse_jsonl(where, text)
    meta = _sidecar(path)
    if isinstance(meta, InputError):
        return [meta]
    return [Record(where=where, text=text, **meta)]


class ArticleReader:
    """Reads files into articles, applying the caller's overrides and limits."""

    def __init__(
        self,
        *,
        published: date | None = None,
        source: str | None = None,
        url: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_chars: int = DEFAULT_MAX_CHARS,
        on_warning: WarningHandler | None = None,
    ) -> None:
        self.published, self.source, self.url = published, source, url
        self.max_bytes, self.max_chars = max_bytes, max_chars
        self.warn = on_warning or _log_warning
        self._url_used = False

    def read_file(self, path: Path) -> list[Article | InputError]:
        """The articles of one file and the reasons for its bad records."""
        out: list[Article | InputError] = []
        for record in read_records(path, max_bytes=self.max_bytes):
            if isinstance(record, InputError):
                out.append(record)
            elif (size := len(record.text.strip())) > self.max_chars:
                reason = f"text too long: {size} characters (limit {self.max_chars})"
                out.append(InputError(record.where, reason))
            elif self.url is not None and self._url_used:
                out.append(InputError(record.where, "--url names one article; this is another"))
            else:
                self._url_used = self.url is not None
                out.append(self._article(record))
        return out

    def _article(self, record: Record) -> Article:
        text = record.text.strip()
        day = self.published
        if day is None:
            try:
                day = parse_published(record.published)
            except ValueError as err:
                self.warn(record.where, f"{err}; the date is dropped")
        url = self.url or record.url
        return Article(
            id=article_id(text, url, record.ident or record.where),
            title=record.title,
            source=self.source or record.source,
            url=url,
            published=day,
            path=record.ident or record.where,
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            text=text,
        )


def iter_articles(
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_warning: WarningHandler | None = None,
) -> Iterator[Article | InputError]:
    """Every article in ``paths``, or an :class:`InputError` for each bad file or record."""
    reader = ArticleReader(
        published=published,
        source=source,
        url=url,
        max_bytes=max_bytes,
        max_chars=max_chars,
        on_warning=on_warning,
    )
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from reader.read_file(item)
