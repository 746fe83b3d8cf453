"""Article inputs: every format, directory walks, and one clear reason per bad input."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path

import pytest

from dipgraph.errors import InputError
from dipgraph.graph.models import Article
from dipgraph.loaders.sources import iter_articles, read_records

BODY = "Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Park Jin in Busan."


def split(paths: list[str | Path], **kwargs: object) -> tuple[list[Article], list[InputError]]:
    items = list(iter_articles(paths, **kwargs))  # type: ignore[arg-type]
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, InputError)]
    assert len(arts) + len(errs) == len(items)
    return arts, errs


def only_error(path: Path, **kwargs: object) -> str:
    arts, errs = split([path], **kwargs)
    assert not arts and len(errs) == 1
    return errs[0].reason


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_text_with_meta_sidecar_gives_article_with_metadata_hash_and_path_id(
    tmp_path: Path,
) -> None:
    txt = write(tmp_path / "a.txt", f"\n{BODY}\n")
    write(
        tmp_path / "a.meta.json",
        json.dumps({"title": "T", "published": "2023-11-26", "source": "AA", "url": None}),
    )
    (art,), errs = split([txt])
    assert not errs
    assert (art.title, art.source, art.url, art.published) == ("T", "AA", None, date(2023, 11, 26))
    assert art.text == BODY
    assert art.content_hash == hashlib.sha256(BODY.encode()).hexdigest()
    assert art.path == str(txt.resolve())


def test_article_id_does_not_depend_on_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    txt = write(tmp_path / "a.txt", BODY)
    (by_abs,), _ = split([txt])
    monkeypatch.chdir(tmp_path)
    (by_rel,), _ = split(["a.txt"])
    assert by_abs.id == by_rel.id


def test_plain_json_sidecar_is_metadata_not_an_article(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.json", json.dumps({"title": "From sidecar", "published": "2024-01-02"}))
    arts, errs = split([tmp_path])
    assert not errs and [a.title for a in arts] == ["From sidecar"]
    arts, errs = split([tmp_path / "a.txt", tmp_path / "a.json"])  # as a shell glob names them
    assert not errs and len(arts) == 1


def test_flags_override_sidecar_metadata(tmp_path: Path) -> None:
    txt = write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.meta.json", json.dumps({"published": "2023-11-26", "source": "AA"}))
    (art,), _ = split([txt], published=date(2020, 1, 1), source="Flag", url="https://x.org/a")
    assert (art.published, art.source, art.url) == (date(2020, 1, 1), "Flag", "https://x.org/a")


def test_url_flag_names_one_article_only(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.txt", BODY + " Again.")
    arts, errs = split([tmp_path], url="https://x.org/a")
    assert len(arts) == 1 and len(errs) == 1
    assert "url" in errs[0].reason and errs[0].path.endswith("b.txt")


def test_malformed_sidecar_rejects_the_article(tmp_path: Path) -> None:
    txt = write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.meta.json", '{"title": ')
    assert "sidecar a.meta.json: malformed JSON" in only_error(txt)


def test_unparseable_date_keeps_the_article_and_warns(tmp_path: Path) -> None:
    txt = write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.meta.json", json.dumps({"published": "last Sunday-ish"}))
    warnings: list[tuple[str, str]] = []
    (art,), errs = split([txt], on_warning=lambda where, why: warnings.append((where, why)))
    assert not errs and art.published is None
    assert len(warnings) == 1 and "dropped" in warnings[0][1]


def test_html_main_text_and_metadata_come_from_trafilatura(tmp_path: Path) -> None:
    page = write(
        tmp_path / "p.html",
        """<html><head><title>Talks in Busan - Example News</title>
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2023-11-26T10:00:00Z">
        <link rel="canonical" href="https://example.com/busan"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Talks in Busan</h1>
        <p>Chinese Foreign Minister Wang Yi met with his South Korean counterpart Park Jin
        in Busan on Sunday, officials said, in a meeting that lasted two hours.</p>
        <p>The two discussed the situation on the Korean Peninsula and agreed to keep
        talking at all levels in the months ahead.</p></article>
        <footer>Copyright Example News</footer></body></html>""",
    )
    (art,), errs = split([page])
    assert not errs
    assert "Wang Yi met with his South Korean counterpart" in art.text
    assert "Copyright" not in art.text and "Sport" not in art.text
    assert art.published == date(2023, 11, 26)
    assert art.url == "https://example.com/busan" and art.source == "Example News"


def test_html_without_article_text_is_rejected(tmp_path: Path) -> None:
    page = write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    assert "no article text" in only_error(page)


def test_json_record_and_list_with_a_record_missing_text(tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", json.dumps({"body": BODY, "published": "2023-11-26"}))
    many = write(
        tmp_path / "many.json",
        json.dumps([{"text": BODY, "url": "https://x.org/1"}, {"title": "no text"}]),
    )
    arts, errs = split([one, many])
    assert [a.published for a in arts] == [date(2023, 11, 26), None]
    assert arts[1].url == "https://x.org/1"
    assert [(e.path, e.reason) for e in errs] == [(f"{many}#1", "record has no 'text' or 'body'")]


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.json", '{\n "text": "x",\n oops\n}')
    assert "malformed JSON at line 3" in only_error(bad)


def test_jsonl_bad_line_is_rejected_with_its_line_and_good_lines_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": BODY, "url": "https://x.org/1"}),
        "{not json",
        "",
        json.dumps({"text": BODY + " More.", "url": "https://x.org/2"}),
        json.dumps(["a", "list"]),
    ]
    feed = write(tmp_path / "r.jsonl", "\n".join(lines))
    arts, errs = split([feed])
    assert [a.url for a in arts] == ["https://x.org/1", "https://x.org/2"]
    assert [e.path for e in errs] == [f"{feed}:2", f"{feed}:5"]
    assert errs[0].reason.startswith("malformed JSON")
    assert len({a.id for a in arts}) == 2


def test_rss_feed_entries_become_articles_without_html(tmp_path: Path) -> None:
    rss = write(
        tmp_path / "wire.rss",
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
        <item><title>A</title><link>https://e.com/a</link>
        <pubDate>Sun, 26 Nov 2023 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Wang Yi met &lt;b&gt;Park Jin&lt;/b&gt;.&lt;/p&gt;
        &lt;p&gt;They talked.&lt;/p&gt;</description></item>
        <item><title>Empty</title><link>https://e.com/b</link></item>
        </channel></rss>""",
    )
    arts, errs = split([rss])
    assert len(arts) == 1
    art = arts[0]
    assert art.text == "Wang Yi met Park Jin.\nThey talked."
    assert (art.title, art.url, art.source) == ("A", "https://e.com/a", "Example Wire")
    assert art.published == date(2023, 11, 26)
    assert [e.reason for e in errs] == ["feed entry has no content or summary"]


def test_atom_feed_content_is_read(tmp_path: Path) -> None:
    atom = write(
        tmp_path / "f.atom",
        """<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
        <entry><title>E</title><link href="https://e.com/e"/><updated>2024-02-03T08:00:00Z</updated>
        <content type="html">&lt;p&gt;Park Jin visited Tokyo.&lt;/p&gt;</content></entry></feed>""",
    )
    (art,), errs = split([atom])
    assert not errs and art.text == "Park Jin visited Tokyo." and art.published == date(2024, 2, 3)


def test_broken_feed_is_rejected(tmp_path: Path) -> None:
    assert "not a readable RSS/Atom feed" in only_error(write(tmp_path / "x.xml", "<<<not xml"))


def test_directories_are_walked_recursively_sorted_and_symlink_loops_are_safe(
    tmp_path: Path,
) -> None:
    write(tmp_path / "b" / "2.txt", BODY + " Two.")
    write(tmp_path / "b" / "1.txt", BODY + " One.")
    write(tmp_path / "a.txt", BODY + " Zero.")
    write(tmp_path / "b" / "notes.md", "ignored")
    write(tmp_path / ".hidden" / "h.txt", "ignored")
    os.symlink(tmp_path, tmp_path / "b" / "loop")
    arts, errs = split([tmp_path])
    assert not errs
    assert [Path(a.path or "").name for a in arts] == ["a.txt", "1.txt", "2.txt"]


def test_globs_expand_and_a_glob_matching_nothing_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "x1.txt", BODY)
    write(tmp_path / "x2.txt", BODY)
    arts, errs = split([str(tmp_path / "x*.txt"), str(tmp_path / "zz*.txt")])
    assert len(arts) == 2
    assert [e.reason for e in errs] == ["no file matches this pattern"]


def test_missing_path_and_unsupported_type_have_reasons(tmp_path: Path) -> None:
    arts, errs = split([tmp_path / "nope.txt", write(tmp_path / "a.pdf", "x")])
    assert not arts
    assert errs[0].reason == "no such file or directory"
    assert errs[1].reason.startswith("unsupported file type '.pdf'")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \n", "whitespace only"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (NUL bytes), not text"),
        ("Caf\u00e9 talks".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_text_files_are_rejected_with_a_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert only_error(path) == reason


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.encode())
    (art,), _ = split([path])
    assert art.text == BODY


def test_too_large_file_is_rejected_unread(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "x" * 2000)
    assert only_error(path, max_bytes=1000) == "too large: 2000 bytes (limit 1000)"


def test_unreadable_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", BODY)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make the open fail as it would for a user
        real_open = Path.open

        def denied(self: Path, *args: object, **kwargs: object) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", denied)
    try:
        assert only_error(path) == "permission denied"
    finally:
        path.chmod(0o644)


def test_a_file_that_vanished_before_reading_is_rejected(tmp_path: Path) -> None:
    (err,) = read_records(tmp_path / "gone.txt")
    assert isinstance(err, InputError) and err.reason == "file vanished before it could be read"


def test_bad_input_never_raises_out_of_the_iterator(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt", BODY)
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    write(tmp_path / "bad.jsonl", "{")
    write(tmp_path / "bad.html", "<html></html>")
    arts, errs = split([tmp_path, tmp_path / "missing"])
    assert len(arts) == 1 and len(errs) == 4


def test_a_broken_symlink_in_a_folder_is_rejected_as_such(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt", BODY)
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    arts, errs = split([tmp_path])
    assert len(arts) == 1
    assert [(Path(e.path).name, e.reason) for e in errs] == [
        ("dangling.txt", "broken symbolic link")
    ]
