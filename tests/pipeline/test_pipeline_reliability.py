"""Ingest never loses a document or hides a failure (issue 15): two writers at once, kill -9, a store
that follows its folder (gone, pruned, renamed, stale), every skipped path and malformed line
reported, exit codes, a full disk, reading commands that never create a store."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from search.sqlite import SQLiteStore
from tests.pipeline.test_pipeline_ingest import fake_job
from vanban.cli import cli

ROOT = Path(__file__).resolve().parents[2]

# Real directives' opening lines; each file of a folder holds one, numbered, so ids collide between
# two folders holding the same texts (the id is the document's own number).
OPENINGS = [
    "Số: {n}/KH-UBND\nKẾ HOẠCH cải cách hành chính năm 2025 của UBND tỉnh Hưng Yên",
    "Số: {n}/UBND-NC\nV/v triển khai Nghị quyết số 76/NQ-CP của Chính phủ",
    "Số: {n}/TB-UBND\nTHÔNG BÁO kết luận của Chủ tịch UBND tỉnh về chuyển đổi số",
]


def write_texts(folder: Path, numbers: range) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"van-ban-{n:03d}.txt").write_text(OPENINGS[n % 3].format(n=n), encoding="utf-8")


def stored_sources(at: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{at}?mode=ro", uri=True)) as db:
        try:
            return sorted(row[0] for row in db.execute("SELECT source FROM documents"))
        except sqlite3.OperationalError:  # being created by another process
            return []


def vanban(*args: str) -> list[str]:
    return [sys.executable, "-c", "from vanban.cli import main; main()", *args]


def start(*args: str) -> subprocess.Popen[bytes]:
    """A process running ``args`` (a ``vanban(...)`` command line or any other) from the project root."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = list(args) if args[0] == sys.executable else vanban(*args)
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


# ------------------------------------------------------------------ two writers, kill -9


def two_at_once(tmp_path: Path, command: list[str], attempts: int) -> None:
    """Folders A (texts 0-99) and B (texts 20-119: 80 the same as A's, so 80 ids wanted by both)
    ingested at once by two processes, ``attempts`` times into fresh stores: each store holds every
    file of both, once."""
    write_texts(tmp_path / "A", range(0, 100))
    write_texts(tmp_path / "B", range(20, 120))
    union = sorted(str(p.resolve()) for p in tmp_path.glob("[AB]/*.txt"))
    for attempt in range(attempts):
        at = tmp_path / f"store-{attempt}.sqlite"
        runs = [start(*[str(tmp_path / name) if part == "FOLDER" else str(at) if part == "STORE" else part
                        for part in command]) for name in ("A", "B")]
        outputs = [run.communicate(timeout=600) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        assert stored_sources(at) == union, f"attempt {attempt}"


def test_two_concurrent_vanban_ingests_store_exactly_the_union(tmp_path: Path) -> None:
    """Two ``vanban ingest`` processes (real extraction), five times."""
    two_at_once(tmp_path, vanban("ingest", "FOLDER", "--store", "STORE", "--quiet", "--workers", "1"), 5)


def test_two_concurrent_instant_ingests_store_exactly_the_union(tmp_path: Path) -> None:
    """Two ingest processes writing as fast as they can (instant extraction): before the id was chosen
    inside the write transaction, 1-2 of 300 documents were lost in 2 of 3 such runs."""
    two_at_once(tmp_path, [sys.executable, "-m", "tests.pipeline.fast_ingest", "FOLDER", "STORE"], 5)


def test_kill_9_mid_ingest_then_a_rerun_completes(tmp_path: Path) -> None:
    write_texts(tmp_path / "docs", range(40))
    at = tmp_path / "store.sqlite"
    run = start("ingest", str(tmp_path / "docs"), "--store", str(at), "--quiet", "--workers", "1")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not (at.exists() and 0 < len(stored_sources(at)) < 40):
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    assert 0 < len(stored_sources(at)) < 40
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--store", str(at), "--quiet"])
    assert result.exit_code == 0, result.output
    assert len(stored_sources(at)) == 40 == len(set(stored_sources(at)))
    again = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--store", str(at), "--quiet"])
    assert again.output.startswith("ingested 0, unchanged 40, failed 0")


def test_ctrl_c_mid_ingest_prints_the_summary_of_what_was_committed(tmp_path: Path) -> None:
    write_texts(tmp_path / "docs", range(40))
    at = tmp_path / "store.sqlite"
    run = start("ingest", str(tmp_path / "docs"), "--store", str(at), "--quiet", "--workers", "1")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not (at.exists() and 0 < len(stored_sources(at)) < 40):
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)  # as a terminal sends it, to the whole group
    out, err = (part.decode() for part in run.communicate(timeout=120))
    committed = len(stored_sources(at))
    assert run.returncode == 130, (out, err)
    assert out.startswith(f"ingested {committed}, unchanged 0, failed 0 (stopped: interrupted)")
    assert "vanban: interrupted:" in err and "Traceback" not in err


# ------------------------------------------------------------------ the store follows the folder


def ingest_cli(*args: str) -> Any:
    from pipeline import ingest as real_ingest

    def with_fake_job(*a: Any, **k: Any) -> Any:
        return real_ingest(*a, **{**k, "job": fake_job})

    import pipeline

    original, pipeline.ingest = pipeline.ingest, with_fake_job
    try:
        return CliRunner().invoke(cli, ["ingest", *args, "--quiet", "--workers", "1"])
    finally:
        pipeline.ingest = original


def test_gone_files_are_reported_then_pruned(tmp_path: Path) -> None:
    docs, at = tmp_path / "docs", str(tmp_path / "s.sqlite")
    write_texts(docs, range(6))
    assert ingest_cli(str(docs), "--store", at).exit_code == 0
    (docs / "van-ban-002.txt").unlink()
    rerun = ingest_cli(str(docs), "--store", at)
    assert rerun.exit_code == 0
    assert rerun.stdout.splitlines()[0] == "ingested 0, unchanged 5, failed 0, gone 1"
    assert f"gone (still stored; --prune removes it): {(docs / 'van-ban-002.txt').resolve()}" in rerun.stdout
    assert len(stored_sources(Path(at))) == 6
    pruned = ingest_cli(str(docs), "--store", at, "--prune")
    assert pruned.stdout.splitlines()[0] == "ingested 0, unchanged 5, failed 0, pruned 1"
    assert len(stored_sources(Path(at))) == 5


def test_a_renamed_file_is_moved_not_duplicated(tmp_path: Path) -> None:
    docs, at = tmp_path / "docs", str(tmp_path / "s.sqlite")
    write_texts(docs, range(3))
    ingest_cli(str(docs), "--store", at)
    (docs / "van-ban-001.txt").rename(docs / "ke-hoach-moi.txt")
    rerun = ingest_cli(str(docs), "--store", at)
    assert rerun.stdout.splitlines()[0] == "ingested 0, unchanged 2, failed 0, renamed 1"
    assert stored_sources(Path(at)) == sorted(str((docs / n).resolve())
                                              for n in ("van-ban-000.txt", "ke-hoach-moi.txt", "van-ban-002.txt"))


def test_a_stored_file_that_became_unreadable_is_reported_and_marked(tmp_path: Path) -> None:
    docs, at = tmp_path / "docs", tmp_path / "s.sqlite"
    write_texts(docs, range(3))
    ingest_cli(str(docs), "--store", str(at))
    (docs / "van-ban-001.txt").write_text("   ", encoding="utf-8")  # fake_job: "empty"
    rerun = ingest_cli(str(docs), "--store", str(at))
    assert rerun.exit_code == 1
    assert rerun.stdout.splitlines()[0] == "ingested 0, unchanged 2, failed 1, stale 1"
    assert "van-ban-001.txt: empty" in rerun.stderr and "marked stale" in rerun.stderr
    store = SQLiteStore(at)
    try:
        flagged = {row["source"]: row.get("problem") for row in store.iter_documents()}
        assert flagged[str((docs / "van-ban-001.txt").resolve())].startswith("empty")
        assert store.get(store.source_hash(str((docs / "van-ban-001.txt").resolve()))[0])["problem"]
    finally:
        store.close()
    (docs / "van-ban-001.txt").write_text(OPENINGS[1].format(n=1), encoding="utf-8")  # readable again
    assert ingest_cli(str(docs), "--store", str(at)).exit_code == 0
    store = SQLiteStore(at)
    try:
        assert not any(row.get("problem") for row in store.iter_documents())
    finally:
        store.close()


# ------------------------------------------------------------------ failures shown, exit codes


@pytest.mark.parametrize(("args", "code", "stderr"), [
    pytest.param(["/nonexistent.pdf"], 1, "failed /nonexistent.pdf: not-found", id="missing-file"),
    pytest.param(["--delete", "/khong-co/van-ban.pdf"], 1, "failed /khong-co/van-ban.pdf: not-found",
                 id="delete-unknown"),
    pytest.param(["--delete", "337/UBND-NC"], 1, "failed 337/UBND-NC: not-found", id="delete-unknown-id"),
])
def test_failures_exit_non_zero_on_stderr(tmp_path: Path, args: list[str], code: int, stderr: str) -> None:
    at = str(tmp_path / "s.sqlite")
    write_texts(tmp_path / "docs", range(1))
    assert ingest_cli(str(tmp_path / "docs"), "--store", at).exit_code == 0
    result = ingest_cli(*args, "--store", at)
    assert result.exit_code == code
    assert stderr in result.stderr and stderr not in result.stdout
    assert result.stdout.strip()  # the summary is always printed


def test_every_file_failing_exits_non_zero(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt"):
        (docs / name).write_text(" ", encoding="utf-8")
    result = ingest_cli(str(docs), "--store", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 1 and result.stdout.startswith("ingested 0, unchanged 0, failed 2")


@pytest.mark.parametrize(("line", "detail"), [
    pytest.param('{"text": "NGHỊ ĐỊNH về thuế", "lang_guess": "vi"', "not a JSON line", id="cut-short"),
    pytest.param('["THÔNG TƯ công bố vùng nước cảng biển"]', 'not a JSON object with a "text" string',
                 id="not-an-object"),
    pytest.param('{"text": 178, "lang_guess": "vi"}', 'not a JSON object with a "text" string', id="text-a-number"),
    pytest.param("\udcff", "not a JSON line", id="not-utf8"),
])
def test_a_malformed_jsonl_line_is_reported_and_the_batch_goes_on(tmp_path: Path, line: str, detail: str) -> None:
    good = [{"text": "NGHỊ ĐỊNH quy định chính sách thu hút chuyên gia", "lang_guess": "vi"},
            {"text": "THÔNG TƯ công bố vùng nước cảng biển", "lang_guess": "vi"}]
    collection = tmp_path / "vbpl.jsonl"
    rows = [json.dumps(good[0], ensure_ascii=False), line, json.dumps(good[1], ensure_ascii=False)]
    collection.write_bytes("\n".join(rows).encode("utf-8", "surrogateescape"))
    other = tmp_path / "ke-hoach.txt"
    other.write_text(OPENINGS[0].format(n=28), encoding="utf-8")
    at = tmp_path / "s.sqlite"
    result = ingest_cli(str(collection), str(other), "--store", str(at))
    assert result.exit_code == 1
    assert f"failed {collection.resolve()}:2: malformed ({detail}" in result.stderr
    assert stored_sources(at) == sorted([f"{collection.resolve()}#1", f"{collection.resolve()}#3", str(other)])


def test_dangling_symlinks_and_loops_are_reported(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_texts(docs, range(2))
    (docs / "da-xoa.txt").symlink_to(tmp_path / "khong-con.txt")
    (docs / "vong.txt").symlink_to(docs / "vong.txt")
    result = ingest_cli(str(docs), "--store", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 1 and result.stdout.startswith("ingested 2, unchanged 0, failed 2")
    assert f"failed {docs / 'da-xoa.txt'}: dangling-symlink" in result.stderr
    assert f"failed {docs / 'vong.txt'}: symlink-loop" in result.stderr


def test_control_bytes_named_md_are_refused_with_a_reason(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ghi-chu.md").write_bytes(bytes(range(1, 32)) * 100)
    result = CliRunner().invoke(cli, ["ingest", str(docs), "--store", str(tmp_path / "s.sqlite"), "--quiet",
                                      "--workers", "1"])
    assert result.exit_code == 1
    assert "ghi-chu.md: unsupported (not text: 2600 of 3100 characters are control bytes)" in result.stderr
    assert stored_sources(tmp_path / "s.sqlite") == []


# ------------------------------------------------------------------ a full disk


class _SmallDisk(SQLiteStore):
    """A store whose database may not grow past a few pages beyond what it holds (SQLITE_FULL)."""

    def __init__(self, path: Any, create: bool = True) -> None:
        super().__init__(path, create)
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        self._db.execute(f"PRAGMA max_page_count = {pages + 12}")


def test_a_full_disk_ends_with_one_line_the_summary_and_exit_3(tmp_path: Path, monkeypatch: Any) -> None:
    docs = tmp_path / "docs"
    write_texts(docs, range(30))
    (docs / "van-ban-001.txt").write_text("Số: 1/KH-UBND\n" + "cải cách hành chính " * 3000, encoding="utf-8")
    import search.sqlite

    monkeypatch.setattr(search.sqlite, "SQLiteStore", _SmallDisk)
    at = tmp_path / "s.sqlite"
    result = ingest_cli(str(docs), "--store", str(at))
    assert result.exit_code == 3, result.output
    committed = len(stored_sources(at))
    assert result.stdout.splitlines()[0].startswith(f"ingested {committed}, unchanged 0, failed 0")
    assert "(stopped: the store failed)" in result.stdout.splitlines()[0]
    errors = [line for line in result.stderr.splitlines() if line.startswith("vanban: error:")]
    assert errors == [errors[0]] and "database or disk is full" in errors[0]
    assert "Traceback" not in result.output


def test_a_full_tmpfs_disk(tmp_path: Path) -> None:
    """The same through a real process on a 3 MB tmpfs (needs root to mount): two documents fit."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        docs = tmp_path / "docs"
        write_texts(docs, range(12))
        for n in range(12):  # about 250 KB each in the store (text and analysed fields, compressed)
            words = " ".join(f"từ{n}x{i}" for i in range(12000))
            (docs / f"van-ban-{n:03d}.txt").write_text(f"Số: {n}/KH-UBND\n{words}", encoding="utf-8")
        run = start("ingest", str(docs), "--store", str(disk / "s.sqlite"), "--quiet", "--workers", "1")
        out, err = (part.decode() for part in run.communicate(timeout=600))
        assert run.returncode == 3, (out, err)
        committed = len(stored_sources(disk / "s.sqlite"))
        assert out.startswith(f"ingested {committed}, unchanged 0, failed 0") and committed > 0
        assert "(stopped: the store failed)" in out
        assert err.strip().splitlines()[-1].startswith("vanban: error: cannot write to the store")
        assert "Traceback" not in err
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=False)


# ------------------------------------------------------------------ reading never creates a store


@pytest.mark.parametrize("command", [
    pytest.param(["search", "cai cach hanh chinh"], id="search"),
    pytest.param(["related", "178/2024/NĐ-CP"], id="related"),
    pytest.param(["graph", "cites", "28/KH-UBND"], id="graph-cites"),
    pytest.param(["graph", "chain", "28/KH-UBND"], id="graph-chain"),
    pytest.param(["ingest", "--delete", "28/KH-UBND"], id="delete"),
    pytest.param(["check", "../shared/seeds/hung-yen-cchc-2025.txt"], id="check"),
    pytest.param(["export", "--format", "spacy", "-o", "/dev/null"], id="export"),
    pytest.param(["tasks", "--from-store", "--format", "ics"], id="tasks-from-store"),
])
def test_reading_commands_never_create_a_store(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "typo" / "dir" / "s.sqlite"
    result = subprocess.run(vanban(*command, "--store", str(typo)), cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 3
    assert result.stderr.strip() .startswith(f"vanban: error: no store at {typo}")
    assert not (tmp_path / "typo").exists()


# ------------------------------------------------------------------ the whole hostile batch


def hostile_batch(folder: Path) -> dict[str, str]:
    """Bad inputs beside good ones, as a user's inbox holds them: name -> the reason ingest must give."""
    folder.mkdir(parents=True, exist_ok=True)
    bad = {
        "rong.txt": ("empty", b""),
        "khoang-trang.txt": ("no-text", b"   \n\t\n"),
        "ghi-chu.md": ("unsupported", bytes(range(1, 32)) * 100),
        "cp1258.txt": ("unsupported", "Kế hoạch cải cách hành chính".encode("cp1258", "replace") + b"\xff\xfe"),
        "trang-web.pdf": ("unsupported", "<html><body>404 Không tìm thấy văn bản</body></html>".encode()),
        "hong.pdf": ("corrupt", b"%PDF-1.4\n" + bytes(range(256)) * 20),
        "hong.docx": ("corrupt", b"PK\x03\x04" + bytes(range(256)) * 20),
    }
    for name, (_, data) in bad.items():
        (folder / name).write_bytes(data)
    (folder / "da-xoa.txt").symlink_to(folder / "khong-con.txt")
    (folder / "vong.md").symlink_to(folder / "vong.md")
    good = [{"text": OPENINGS[n % 3].format(n=n), "lang_guess": "vi"} for n in range(3)]
    lines = [json.dumps(good[0], ensure_ascii=False), '{"text": "NGHỊ ĐỊNH', json.dumps(good[1], ensure_ascii=False),
             "[1, 2]", json.dumps(good[2], ensure_ascii=False)]
    (folder / "vbpl.jsonl").write_text("\n".join(lines), encoding="utf-8")
    write_texts(folder, range(100, 105))
    return {**{name: reason for name, (reason, _) in bad.items()}, "da-xoa.txt": "dangling-symlink",
            "vong.md": "symlink-loop", "vbpl.jsonl:2": "malformed", "vbpl.jsonl:4": "malformed"}


def test_a_hostile_batch_reports_every_bad_input_and_loses_nothing(tmp_path: Path) -> None:
    expected = hostile_batch(tmp_path / "hop-thu")
    at = tmp_path / "s.sqlite"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "hop-thu"), "--store", str(at), "--quiet",
                                      "--workers", "2", "--timeout", "120"])
    assert result.exit_code == 1
    failed = [line.strip() for line in result.stderr.splitlines() if line.strip().startswith("failed ")]
    reported = {name: reason for name, reason in expected.items()
                if any(f"{name}: {reason}" in line for line in failed)}
    assert reported == expected and len(failed) == len(expected)
    assert result.stdout.startswith(f"ingested 8, unchanged 0, failed {len(expected)}")
    assert len(stored_sources(at)) == 8  # 5 files and 3 good lines: lost 0


OPEN_AND_WRITE = """
import os, sys, time
from search.sqlite import SQLiteStore
while not os.path.exists(sys.argv[3]):  # all start together
    time.sleep(0.001)
store = SQLiteStore(sys.argv[1])
store.upsert({"id": sys.argv[2], "source": "/" + sys.argv[2], "sha256": sys.argv[2], "text": "Văn bản",
              "document": {}})
store.close()
"""


def test_processes_opening_one_new_store_at_once_all_write(tmp_path: Path) -> None:
    """Eight processes creating the same new SQLite store at once: none fails with "database is locked"
    (switching a new file to WAL can answer busy without SQLite's busy handler), all six rows are there."""
    for attempt in range(5):
        at, go = tmp_path / f"new-{attempt}.sqlite", tmp_path / f"go-{attempt}"
        runs = [start(sys.executable, "-c", OPEN_AND_WRITE, str(at), f"doc{n}", str(go)) for n in range(8)]
        time.sleep(1.5)  # every process imported and waiting
        go.touch()
        outputs = [run.communicate(timeout=120) for run in runs]
        assert [run.returncode for run in runs] == [0] * 8, outputs
        assert len(stored_sources(at)) == 8
