"""Ingest: hashing, skipping, replacing, failures with reasons, timeouts, interrupted runs, JSONL."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline import delete, ingest
from pipeline.sources import Item
from search.sqlite import SQLiteStore
from search.store import SearchQuery
from vanban.cli import cli
from vanban.errors import UnreadableFileError

TEXTS = {
    "ke-hoach.txt": "UBND TỈNH HƯNG YÊN\nKẾ HOẠCH cải cách hành chính năm 2025",
    "cong-van.txt": "Số: 337/UBND-NC\nV/v triển khai Nghị quyết số 76/NQ-CP",
    "thong-bao.txt": "THÔNG BÁO kết luận của Chủ tịch UBND tỉnh về chuyển đổi số",
}


def fake_job(item: Item) -> dict[str, Any]:
    """A record built without the parsers (tests stay independent of extraction quality)."""
    text = item.text if item.text is not None else Path(item.path).read_text(encoding="utf-8")
    if "SLOW" in text:
        time.sleep(30)
    if "CRASH" in text:
        os._exit(3)
    if not text.strip():
        raise UnreadableFileError(item.path, "empty", "the file has zero bytes")
    return {"source": item.source, "format": "txt", "pages": 1, "document": {}, "text": text,
            "citations": [], "tasks": [], "sha256": item.sha256}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in TEXTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    return docs


@pytest.fixture
def store(tmp_path: Path) -> Any:
    opened = SQLiteStore(tmp_path / "store.sqlite")
    yield opened
    opened.close()


def run(paths: list[Path], store: Any, **options: Any) -> Any:
    return ingest([str(p) for p in paths], store, workers=2, progress=False, job=fake_job, **options)


def test_ingest_then_skip_unchanged_then_replace_changed(folder: Path, store: Any) -> None:
    first = run([folder], store)
    assert (len(first.ingested), first.unchanged, first.failed) == (3, 0, [])
    again = run([folder], store)
    assert (len(again.ingested), again.unchanged) == (0, 3)
    (folder / "thong-bao.txt").write_text("THÔNG BÁO lịch tiếp công dân", encoding="utf-8")
    changed = run([folder], store)
    assert (len(changed.ingested), changed.unchanged) == (1, 2)
    assert store.count() == 3
    assert store.search(SearchQuery(text="chuyen doi so")).total == 0
    assert store.search(SearchQuery(text="tiep cong dan")).total == 1


def test_failures_are_counted_with_reasons(folder: Path, store: Any) -> None:
    (folder / "rong.txt").write_text("   ", encoding="utf-8")
    (folder / "hong.txt").write_text("CRASH", encoding="utf-8")
    summary = run([folder], store)
    reasons = {Path(f.source).name: f.reason for f in summary.failed}
    assert reasons == {"rong.txt": "empty", "hong.txt": "crashed"}
    assert len(summary.ingested) == 3
    assert summary.lines()[0] == "ingested 3, unchanged 0, failed 2"


def test_a_hung_worker_is_killed_and_reported(folder: Path, store: Any) -> None:
    (folder / "treo.txt").write_text("SLOW", encoding="utf-8")
    started = time.monotonic()
    summary = run([folder], store, timeout=5)
    assert time.monotonic() - started < 40
    assert [(Path(f.source).name, f.reason) for f in summary.failed] == [("treo.txt", "timeout")]
    assert len(summary.ingested) == 3


class _Interrupting:
    """A store that is interrupted (Ctrl-C) on its second write."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.writes = inner, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def upsert(self, record: dict[str, Any], **options: Any) -> None:
        self.writes += 1
        if self.writes == 2:
            raise KeyboardInterrupt
        self.inner.upsert(record, **options)


def test_an_interrupted_run_is_finished_by_the_next(folder: Path, store: Any) -> None:
    stopped = run([folder], _Interrupting(store))
    assert stopped.interrupted and stopped.lines()[0] == "ingested 1, unchanged 0, failed 0 (stopped: interrupted)"
    assert store.count() == 1
    rerun = run([folder], store)
    assert (len(rerun.ingested), rerun.unchanged) == (2, 1)
    assert store.count() == 3


def test_jsonl_collection_takes_vietnamese_lines(tmp_path: Path, store: Any) -> None:
    lines = [
        {"text": "NGHỊ ĐỊNH quy định chính sách thu hút chuyên gia", "url": "u1", "lang_guess": "vi"},
        {"text": "DECREE on attracting experts", "url": "u2", "lang_guess": "en"},
        {"text": "THÔNG TƯ công bố vùng nước cảng biển", "url": "u3", "lang_guess": "vi"},
    ]
    collection = tmp_path / "vbpl.jsonl"
    collection.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in lines), encoding="utf-8")
    summary = run([collection], store)
    assert len(summary.ingested) == 2
    sources = sorted(store.source_of(doc_id) for doc_id in summary.ingested)
    assert sources == [f"{collection.resolve()}#1", f"{collection.resolve()}#3"]
    assert run([collection], store).unchanged == 2


def test_same_document_in_two_files_stays_two_documents(folder: Path, store: Any) -> None:
    (folder / "copy.txt").write_text(TEXTS["cong-van.txt"], encoding="utf-8")
    summary = run([folder], store)
    assert len(set(summary.ingested)) == 4 and store.count() == 4


def test_delete_by_path_or_id(folder: Path, store: Any) -> None:
    run([folder], store)
    known = store.source_hash(str((folder / "thong-bao.txt").resolve()))
    assert delete([str(folder / "cong-van.txt"), known[0], "nope"], store) == ["nope"]
    assert store.count() == 1


def test_cli_ingest_and_search_with_the_real_parsers(folder: Path, tmp_path: Path) -> None:
    at = str(tmp_path / "cli.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", at, "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "ingested 3, unchanged 0, failed 0" in result.output
    found = CliRunner().invoke(cli, ["search", "cai cach hanh chinh", "--store", at, "--json"])
    data = json.loads(found.output)
    assert data["total"] == 1 and data["hits"][0]["source"].endswith("ke-hoach.txt")
