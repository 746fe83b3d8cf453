"""Parsers of the article file formats: plain text, HTML, JSON, JSON Lines, RSS/Atom.

Each parser takes a file's label and its bytes (or text) and returns
:class:`Record` objects, one per article, or an :class:`~dipgraph.errors.InputError`
per bad record, so that one bad record never hides the good ones. Turning
records into :class:`~dipgraph.graph.models.Article` objects (ids, hashes, flag
overrides, dates) is :mod:`dipgraph.loaders.sources`' job.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

import feedparser
import lxml.html  # type: ignore[import-untyped]
import trafilatura
from dateutil import parser as dateparser
from pydantic import BaseModel, ConfigDict

from dipgraph.errors import InputError

__all__ = [
    "META_KEYS",
    "Record",
    "html_to_text",
    "parse_feed",
    "parse_html",
    "parse_json",
    "parse_jsonl",
    "parse_published",
    "record_from_mapping",
]

#: Metadata keys read from sidecars and records; other keys are ignored.
META_KEYS = ("title", "published", "source", "url")
_TEXT_KEYS = ("text", "body")
_DEFAULTS = (datetime(1901, 1, 1), datetime(1902, 2, 2))
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "tr",
        "table",
        "pre",
    ]
)
#: Elements that never hold an article's text: code, styling, navigation, page chrome.
_CHROME = "//script|//style|//noscript|//template|//nav|//header|//footer|//aside|//menu|//form"


class Record(BaseModel):
    """One article as read from a file, before ids, hashes and flag overrides."""

    model_config = ConfigDict(extra="forbid")

    where: str  # the file as given, or file:line / file#n for one record of many
    ident: str | None = None  # the same with the absolute path: the article's identity
    text: str
    title: str | None = None
    published: Any = None  # raw: str, date or None; parsed by parse_published
    source: str | None = None
    url: str | None = None


def parse_published(value: Any) -> date | None:
    """A publication date from an ISO string, an RFC 822 date, a datetime or a date.

    Raises :class:`ValueError` with a short reason when the value is not a date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published {value!r} is not a date string")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    try:
        # Parsed twice with two defaults: a part taken from a default (a missing day,
        # "Sunday" alone) differs between the two and the value is not a full date.
        first = dateparser.parse(value, default=_DEFAULTS[0])
        second = dateparser.parse(value, default=_DEFAULTS[1])
    except (ValueError, OverflowError) as err:
        raise ValueError(f"published {value!r} is not a date") from err
    if first.date() != second.date():
        raise ValueError(f"published {value!r} is not a full date (year, month and day)")
    return first.date()


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def record_from_mapping(where: str, data: Mapping[str, Any]) -> Record | InputError:
    """A record from a JSON object: ``text`` or ``body``, plus ``title``/``published``/...."""
    text = next((data[k] for k in _TEXT_KEYS if data.get(k) is not None), None)
    if text is None:
        return InputError(where, "record has no 'text' or 'body'")
    if not isinstance(text, str):
        return InputError(where, f"record 'text' is a {type(text).__name__}, not a string")
    if not text.strip():
        return InputError(where, "record text is empty or whitespace only")
    return Record(
        where=where,
        text=text,
        title=_opt_str(data.get("title")),
        published=data.get("published"),
        source=_opt_str(data.get("source")),
        url=_opt_str(data.get("url")),
    )


def parse_json(where: str, text: str) -> list[Record | InputError]:
    """A JSON file holding one record or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return [InputError(where, f"malformed JSON at line {err.lineno}: {err.msg}")]
    if isinstance(data, dict):
        return [record_from_mapping(where, data)]
    if isinstance(data, list):
        if not data:
            return [InputError(where, "empty JSON list: no records")]
        return [
            record_from_mapping(f"{where}#{i}", item)
            if isinstance(item, dict)
            else InputError(f"{where}#{i}", "record is not a JSON object")
            for i, item in enumerate(data)
        ]
    return [InputError(where, "JSON is neither a record nor a list of records")]


def parse_jsonl(where: str, text: str) -> list[Record | InputError]:
    """A JSON Lines file: a bad line rejects that line (``file:line``), not the file."""
    out: list[Record | InputError] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        label = f"{where}:{lineno}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            out.append(InputError(label, f"malformed JSON: {err.msg} (column {err.colno})"))
            continue
        if not isinstance(data, dict):
            out.append(InputError(label, "record is not a JSON object"))
            continue
        out.append(record_from_mapping(label, data))
    if not out:
        out.append(InputError(where, "no records"))
    return out


def parse_html(where: str, content: bytes) -> list[Record | InputError]:
    """The main text and metadata of an HTML page, by trafilatura (which reads its charset)."""
    try:
        doc = trafilatura.bare_extraction(content, with_metadata=True, include_tables=False)
    except Exception as err:  # trafilatura raises assorted parser errors
        return [InputError(where, f"HTML could not be parsed: {type(err).__name__}")]
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not text.strip() or not _has_body_text(content):
        return [InputError(where, "HTML holds no article text")]
    return [
        Record(
            where=where,
            text=text,
            title=_opt_str(getattr(doc, "title", None)),
            published=getattr(doc, "date", None),
            source=_opt_str(getattr(doc, "sitename", None) or getattr(doc, "hostname", None)),
            url=_opt_str(getattr(doc, "url", None)),
        )
    ]


def _has_body_text(content: bytes) -> bool:
    """False for a page whose only text is in scripts, styles, navigation or page chrome.

    trafilatura falls back to any text it finds (a menu, a footer), which would
    turn an empty page into an article of boilerplate.
    """
    try:
        root = lxml.html.document_fromstring(content)
    except Exception:  # lxml.etree.ParserError: leave the verdict to trafilatura
        return True
    for chrome in root.xpath(_CHROME):
        chrome.drop_tree()
    body = root.find("body")
    return bool(str((body if body is not None else root).text_content()).strip())


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per block element (feed summaries)."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml.etree.ParserError on empty or broken markup
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in str(root.text_content()).splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date()
    return None


def parse_feed(where: str, content: bytes) -> list[Record | InputError]:
    """Every entry of an RSS or Atom feed saved to disk, by feedparser."""
    feed = feedparser.parse(content)
    if not feed.entries:
        if feed.bozo:
            reason = str(feed.get("bozo_exception", "")).strip() or "malformed"
            return [InputError(where, f"not a readable RSS/Atom feed: {reason}")]
        return [InputError(where, "feed has no entries")]
    source = _opt_str(feed.feed.get("title"))
    out: list[Record | InputError] = []
    for i, entry in enumerate(feed.entries):
        label = f"{where}#{i}"
        parts = [c.get("value", "") for c in entry.get("content") or []]
        raw = next((p for p in parts if p.strip()), None) or entry.get("summary") or ""
        text = html_to_text(raw)
        if not text:
            out.append(InputError(label, "feed entry has no content or summary"))
            continue
        raw_date = entry.get("published") or entry.get("updated")
        out.append(
            Record(
                where=label,
                text=text,
                title=_opt_str(entry.get("title")),
                published=_entry_date(entry) or raw_date,
                source=source,
                url=_opt_str(entry.get("link")),
            )
        )
    return out
