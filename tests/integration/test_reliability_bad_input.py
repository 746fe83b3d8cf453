"""Bad input through ``dipgraph load`` on one folder that mixes good and bad files.

One load runs over the folder (module fixture); each test then checks one kind of
bad input: one ``rejected: path: reason`` line, its entry in the ``--report``
JSON, the good files fully loaded, exit status 1 and no traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import neo4j
import pytest

import dipgraph.loaders.extract as extract_pkg
from dipgraph.cli import main
from dipgraph.loaders.sources import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, ArticleReader
from dipgraph.settings import Neo4jSettings
from tests.integration.test_reliability_support import cli_env, count, invented_article, wipe

pytestmark = pytest.mark.integration

GERMAN = (
    "Die deutsche Außenministerin traf am Montag in Berlin ihren französischen Amtskollegen. "
    "Beide Seiten vereinbarten, die Gespräche fortzusetzen. 双方同意继续对话。"
)
WEATHER = "The weather stayed mild all week and the rain stopped shortly before noon."
HOSTILE_NAME = "x'}) DETACH DELETE n; MATCH (m) RETURN m \u202e`{$p}`.txt"
SCRIPTS_HTML = (
    "<html><head><style>body{color:red} .x{}</style><script>var a = 'Wang Yi met Park Jin';"
    "</script></head><body><nav>Home | World</nav><script>document.write('ad')</script>"
    "</body></html>"
)
BIG = 20 * 1024 * 1024


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hello " * 100)
    return buf.getvalue()


#: name in the folder -> (content, expected rejection reason)
BAD: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t \n", "whitespace only"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not text"),
    "archive.jsonl": (_zip_bytes(), "binary file (NUL bytes), not text"),
    "latin1.txt": ("Caf\u00e9 talks".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 3)"),
    "broken-utf8.txt": (b"Talks \xff\xfe ended", "not UTF-8 (byte 0xff at offset 6)"),
    "scripts.html": (SCRIPTS_HTML.encode(), "HTML holds no article text"),
    "malformed.json": (b'{"text": "x",', "malformed JSON at line 1: Expecting property name"),
    "notext.json": (b'{"title": "no body here"}', "record has no 'text' or 'body'"),
    "[/red].txt": (b"", "empty file"),  # rich markup in a path is printed, not parsed
}


@dataclass
class Run:
    code: int
    out: str
    err: str
    report: dict[str, Any]
    folder: Path
    stored_paths: list[str]
    published: dict[str, Any]


def _good(folder: Path) -> None:
    (folder / "good.txt").write_text(invented_article(0)["text"], encoding="utf-8")
    lines = [json.dumps(invented_article(1)), "{not json", json.dumps(invented_article(2))]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "weather.txt").write_text(WEATHER, encoding="utf-8")
    (folder / "baddate.txt").write_text(invented_article(3)["text"], encoding="utf-8")
    (folder / "baddate.meta.json").write_text('{"published": "32 Smarch 2024"}', "utf-8")
    (folder / HOSTILE_NAME).write_text(invented_article(4)["text"], encoding="utf-8")


def _run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def db_args(settings: Neo4jSettings) -> list[str]:
    return ["--uri", settings.uri, "--user", settings.user, "--password", settings.password]


@pytest.fixture(scope="module")
def run(
    _session_driver: neo4j.Driver,
    neo4j_settings: Neo4jSettings,
    tmp_path_factory: pytest.TempPathFactory,
) -> Run:
    folder = tmp_path_factory.mktemp("mixed")
    _good(folder)
    for name, (content, _) in BAD.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(content)
    with (folder / "big.txt").open("wb") as fh:
        fh.truncate(BIG)  # sparse: 20 MB of NUL bytes, never read
    (folder / "loop").symlink_to(folder)  # a symlink loop inside the folder
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    wipe(_session_driver)
    report_path = folder.parent / "report.json"
    code, out, err = _run_cli(
        ["load", str(folder), str(folder / "photo.png"), "--report", str(report_path),
         *db_args(neo4j_settings)]
    )
    records = _session_driver.execute_query(
        "MATCH (a:Article) RETURN a.path AS path, a.published AS published"
    ).records
    return Run(
        code=code,
        out=out,
        err=err,
        report=json.loads(report_path.read_text("utf-8")),
        folder=folder,
        stored_paths=sorted(r["path"] for r in records),
        published={r["path"]: r["published"] for r in records},
    )


def _rejected_lines(run: Run) -> list[str]:
    return [line for line in run.err.splitlines() if line.startswith("rejected: ")]


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_one_stderr_line_and_one_report_entry_with_its_reason(
    run: Run, name: str
) -> None:
    path, reason = str(run.folder / name), BAD[name][1]
    matching = [line for line in _rejected_lines(run) if line.startswith(f"rejected: {path}: ")]
    assert len(matching) == 1, run.err
    assert matching[0].startswith(f"rejected: {path}: {reason}")
    entries = [f for f in run.report["files"] if f["path"] == path]
    assert len(entries) == 1 and entries[0]["status"] == "rejected"
    assert entries[0]["reason"].startswith(reason)


def test_20_mb_file_is_rejected_by_the_size_limit(run: Run) -> None:
    path = run.folder / "big.txt"
    line = f"rejected: {path}: too large: {BIG} bytes (limit {DEFAULT_MAX_BYTES})"
    assert line in _rejected_lines(run)


def test_bad_jsonl_line_is_rejected_and_its_good_lines_loaded(run: Run) -> None:
    jsonl = str(run.folder / "mixed.jsonl")
    bad_line = f"rejected: {jsonl}:2: malformed JSON"
    assert any(line.startswith(bad_line) for line in _rejected_lines(run))
    (entry,) = [f for f in run.report["files"] if f["path"] == jsonl]
    assert entry["status"] == "loaded" and entry["articles"] == 2
    resolved = str((run.folder / "mixed.jsonl").resolve())
    assert [p for p in run.stored_paths if p.startswith(resolved)] == [
        f"{resolved}:1", f"{resolved}:3"
    ]


def test_explicit_non_article_file_is_rejected_by_type(run: Run) -> None:
    png = run.folder / "photo.png"
    assert any(
        line.startswith(f"rejected: {png}: unsupported file type '.png'")
        for line in _rejected_lines(run)
    )


def test_good_files_are_all_loaded_once_despite_the_symlink_loop(run: Run) -> None:
    loaded = {Path(f["path"]).name: f for f in run.report["files"] if f["status"] == "loaded"}
    expected = {"good.txt", "mixed.jsonl", "german.txt", "weather.txt", "baddate.txt", HOSTILE_NAME}
    assert set(loaded) == expected
    assert len(run.stored_paths) == len(set(run.stored_paths)) == 7
    assert run.report["articles"] == 7
    assert all("/loop/" not in p for p in run.stored_paths)


def test_exit_status_is_1_and_nothing_but_one_line_per_problem_on_stderr(run: Run) -> None:
    assert run.code == 1
    assert "Traceback" not in run.err + run.out
    lines = [line for line in run.err.splitlines() if line.strip()]
    assert all(line.startswith(("rejected: ", "warning: ")) for line in lines), lines
    assert len(_rejected_lines(run)) == run.report["rejected"] == len(BAD) + 3  # big, jsonl:2, png
    assert "Load summary" in run.out


def test_report_counts_are_the_sums_of_its_entries(run: Run) -> None:
    files = run.report["files"]
    assert run.report["rejected"] == sum(f["status"] == "rejected" for f in files)
    for total in ("articles", "entities", "facts"):
        assert run.report[total] == sum(f[total] for f in files)
    assert all(f["reason"] for f in files if f["status"] == "rejected")
    assert run.report["facts"] > 0


def test_unparseable_date_warns_and_keeps_the_article_without_a_date(run: Run) -> None:
    path = str(run.folder / "baddate.txt")
    assert any(
        line.startswith(f"warning: {path}: published '32 Smarch 2024'")
        for line in run.err.splitlines()
    )
    assert run.published[str((run.folder / "baddate.txt").resolve())] is None


def test_article_without_entities_and_non_english_article_are_stored(
    run: Run, _session_driver: neo4j.Driver
) -> None:
    entries = {Path(f["path"]).name: f for f in run.report["files"]}
    assert entries["weather.txt"]["facts"] == 0 and entries["weather.txt"]["articles"] == 1
    assert entries["german.txt"]["articles"] == 1
    weather = str((run.folder / "weather.txt").resolve())
    assert weather in run.stored_paths


def test_hostile_file_name_is_stored_verbatim_as_a_value(
    run: Run, _session_driver: neo4j.Driver
) -> None:
    hostile = str((run.folder / HOSTILE_NAME).resolve())
    assert hostile in run.stored_paths
    assert count(_session_driver, "MATCH (a:Article {path: $p}) RETURN count(a)", p=hostile) == 1


def test_size_limits_are_configurable_by_flag_and_environment(
    neo4j_driver: neo4j.Driver,
    neo4j_settings: Neo4jSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = tmp_path / "big.txt"  # under the byte limit, over the character limit
    big.write_text("Talks went on. " * (DEFAULT_MAX_CHARS // 15 + 10), encoding="utf-8")
    size, chars = big.stat().st_size, len(big.read_text("utf-8").strip())
    code, _, err = _run_cli(["load", str(big), *db_args(neo4j_settings)])
    assert (code, err.strip()) == (
        1, f"rejected: {big}: text too long: {chars} characters (limit {DEFAULT_MAX_CHARS})"
    )
    code, _, err = _run_cli(["load", str(big), "--max-bytes", "1000", *db_args(neo4j_settings)])
    assert (code, err.strip()) == (1, f"rejected: {big}: too large: {size} bytes (limit 1000)")
    monkeypatch.setenv("DIPGRAPH_MAX_BYTES", "2000")
    code, _, err = _run_cli(["load", str(big), *db_args(neo4j_settings)])
    assert (code, err.strip()) == (1, f"rejected: {big}: too large: {size} bytes (limit 2000)")
    monkeypatch.delenv("DIPGRAPH_MAX_BYTES")
    code, _, err = _run_cli(["load", str(big), "--max-chars", "100", *db_args(neo4j_settings)])
    assert (code, err.strip()) == (
        1, f"rejected: {big}: text too long: {chars} characters (limit 100)"
    )
    assert count(neo4j_driver, "MATCH (a:Article) RETURN count(a)") == 0


def test_file_that_disappears_mid_run_is_rejected_and_the_rest_loaded(
    neo4j_driver: neo4j.Driver,
    neo4j_settings: Neo4jSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second, third = (tmp_path / f"{n}.txt" for n in ("a", "b", "c"))
    for i, path in enumerate((first, second, third)):
        path.write_text(invented_article(i)["text"], encoding="utf-8")
    real_read = ArticleReader.read_file

    def read_then_delete_next(self: ArticleReader, path: Path) -> list[Any]:
        if path.name == "a.txt":
            second.unlink()  # listed already, gone before it is read
        return real_read(self, path)

    monkeypatch.setattr(ArticleReader, "read_file", read_then_delete_next)
    report_path = tmp_path / "report.json"
    code, _, err = _run_cli(
        ["load", str(tmp_path), "--report", str(report_path), *db_args(neo4j_settings)]
    )
    assert code == 1 and "Traceback" not in err
    assert err.strip() == f"rejected: {second}: file vanished before it could be read"
    report = json.loads(report_path.read_text("utf-8"))
    assert [(Path(f["path"]).name, f["status"]) for f in report["files"]] == [
        ("a.txt", "loaded"), ("b.txt", "rejected"), ("c.txt", "loaded")
    ]
    assert count(neo4j_driver, "MATCH (a:Article) RETURN count(a)") == 2


def _break_a_rule_on(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the extraction rules fail, as a bug in them would, on the article ``text``."""
    real_assemble = extract_pkg.assemble

    def assemble_with_a_bug(article: Any, doc: Any, nlp: Any) -> Any:
        if article.text == text:
            raise IndexError("token index out of range")
        return real_assemble(article, doc, nlp)

    monkeypatch.setattr(extract_pkg, "assemble", assemble_with_a_bug)


def test_article_a_rule_fails_on_is_rejected_and_the_rest_loaded(
    neo4j_driver: neo4j.Driver,
    neo4j_settings: Neo4jSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for i, name in enumerate(("a", "b", "c")):
        (tmp_path / f"{name}.txt").write_text(invented_article(i)["text"], encoding="utf-8")
    _break_a_rule_on(invented_article(1)["text"], monkeypatch)
    report_path = tmp_path / "report.json"
    code, _, err = _run_cli(
        ["load", str(tmp_path), "--report", str(report_path), *db_args(neo4j_settings)]
    )
    assert code == 1 and "Traceback" not in err
    assert err.strip().startswith(
        f"rejected: {tmp_path / 'b.txt'}: extraction failed (IndexError: token index out of range)"
    )
    report = json.loads(report_path.read_text("utf-8"))
    assert [(Path(f["path"]).name, f["status"]) for f in report["files"]] == [
        ("a.txt", "loaded"), ("b.txt", "rejected"), ("c.txt", "loaded")
    ]
    assert count(neo4j_driver, "MATCH (a:Article) RETURN count(a)") == 2


def test_records_sharing_an_id_keep_their_own_extractions_when_one_fails(
    neo4j_driver: neo4j.Driver,
    neo4j_settings: Neo4jSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [invented_article(i)["text"] for i in range(3)]
    urls = ["https://example.org/same", "https://example.org/same", "https://example.org/c"]
    (tmp_path / "feed.jsonl").write_text(
        "".join(json.dumps({"text": t, "url": u}) + "\n" for t, u in zip(texts, urls,
                                                                          strict=True)),
        encoding="utf-8")
    _break_a_rule_on(texts[1], monkeypatch)
    report_path = tmp_path / "report.json"
    code, _, err = _run_cli(
        ["load", str(tmp_path), "--report", str(report_path), *db_args(neo4j_settings)]
    )
    assert code == 1 and "Traceback" not in err
    assert "extraction failed (IndexError" in err
    stored = {r["url"] for r in neo4j_driver.execute_query(
        "MATCH (a:Article) RETURN a.url AS url").records}
    assert "https://example.org/c" in stored  # the third record kept its own extraction
    report = json.loads(report_path.read_text("utf-8"))
    rejected = [f for f in report["files"] if f["status"] == "rejected"]
    assert len(rejected) == 1 and rejected[0]["reason"].startswith("extraction failed")


#: Runs ``dipgraph load`` as user nobody. Everything is imported and warmed up as root
#: first, because the interpreter's own files live under /root, out of nobody's reach.
_AS_NOBODY = """
import contextlib, io, os, sys
from dipgraph.cli import main
from dipgraph.loaders.pipeline import extract_documents
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    main(["load", "/nonexistent/warm-up"])
    extract_documents([os.environ["WARM_UP_FILE"]])
os.setgroups([])
os.setgid(65534)
os.setuid(65534)
sys.exit(main(sys.argv[1:]))
"""


def test_unreadable_file_and_unlistable_folder_are_rejected_for_a_non_root_user(
    neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="dipgraph-perm-", dir="/tmp"))
    try:
        folder.chmod(0o755)
        good = folder / "good.txt"
        good.write_text(invented_article(0)["text"], encoding="utf-8")
        good.chmod(0o644)
        secret = folder / "secret.txt"
        secret.write_text(invented_article(1)["text"], encoding="utf-8")
        secret.chmod(0)
        locked = folder / "locked"
        locked.mkdir()
        (locked / "inner.txt").write_text(invented_article(2)["text"], encoding="utf-8")
        locked.chmod(0)
        out = folder / "out"
        out.mkdir()
        out.chmod(0o777)
        report_path = out / "report.json"
        warm_up = out / ".warm-up.txt"  # hidden: the folder walk skips it
        warm_up.write_text(invented_article(3)["text"], encoding="utf-8")
        run = subprocess.run(
            [sys.executable, "-c", _AS_NOBODY, "load", str(folder), "--report", str(report_path)],
            env={**cli_env(neo4j_settings), "HOME": str(out), "WARM_UP_FILE": str(warm_up)},
            capture_output=True, text=True, timeout=300, check=False,
        )
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr
        assert report_path.stat().st_uid == 65534  # the load really ran as nobody
        assert sorted(run.stderr.strip().splitlines()) == [
            f"rejected: {locked}: cannot list folder: Permission denied",
            f"rejected: {secret}: permission denied",
        ]
        report = json.loads(report_path.read_text("utf-8"))
        assert sorted((f["path"], f["status"]) for f in report["files"]) == [
            (str(good), "loaded"), (str(locked), "rejected"), (str(secret), "rejected")
        ]
        stored = neo4j_driver.execute_query("MATCH (a:Article) RETURN a.path AS p").records
        assert [r["p"] for r in stored] == [str(good.resolve())]
    finally:
        for path in (folder / "locked", folder / "secret.txt"):
            path.chmod(0o700)
        shutil.rmtree(folder)
