"""SQLite-only behaviour: schema versions and migrations, WAL, the in-memory columns, the bm25 cap."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from search import open_store
from search.sqlite import MIGRATIONS, SCHEMA_VERSION, SQLiteStore
from search.store import SearchQuery
from tests.search.records import KE_HOACH, record
from vanban.errors import ConfigError, StoreError


def test_a_v1_store_is_migrated_keeping_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    db.executescript(str(MIGRATIONS[0][2]))
    db.execute("INSERT INTO migrations VALUES (1, 'v1', 'then')")
    blob = zlib.compress(json.dumps({"id": "a", "source": "/a.txt", "document": {}}).encode())
    db.execute("INSERT INTO documents (id, source, sha256, text, record) VALUES ('a', '/a.txt', 'x', ?, ?)",
               ("Văn bản về chuyển đổi số", blob))
    db.commit()
    db.close()
    store = SQLiteStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.source_hash("/a.txt") == ("a", "x")
    assert store._db.execute("SELECT text FROM contents").fetchall() == [("Văn bản về chuyển đổi số",)]
    assert [hit.id for hit in store.search(SearchQuery(text="chuyen doi so")).hits] == ["a"]
    store.close()


def test_a_v6_store_finds_numbers_by_the_v7_tokens(tmp_path: Path) -> None:
    """A store filled before the number tokens of v7 ("150/KH" without the year, a loosely printed
    "178/2024/NĐCP") answers such queries once opened: the migration analyses every record again."""
    path = tmp_path / "v6.sqlite"
    store = SQLiteStore(path)
    store.upsert(dict(KE_HOACH))
    store._db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')")  # v6 had no such tokens
    store._db.execute("DELETE FROM migrations WHERE version = 7")
    store._db.commit()
    assert store.search(SearchQuery(text="150/KH")).total == 0
    store.close()
    store = SQLiteStore(path)
    assert store.schema_version() == SCHEMA_VERSION == 7
    assert [hit.id for hit in store.search(SearchQuery(text="150/KH")).hits] == [KE_HOACH["id"]]
    store.close()


def test_a_newer_store_is_refused(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.sqlite")
    store._db.execute("INSERT INTO migrations VALUES (99, 'future', 'later')")
    store.close()
    with pytest.raises(StoreError, match="newer than this vanban"):
        SQLiteStore(tmp_path / "s.sqlite")


def test_wal_and_reopen(tmp_path: Path) -> None:
    store = open_store(tmp_path / "deep" / "s.sqlite")
    store.upsert(dict(KE_HOACH))
    assert store._db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    store.close()
    assert open_store(str(tmp_path / "deep" / "s.sqlite")).count() == 1


def test_unknown_store_url_names_the_choices() -> None:
    with pytest.raises(ConfigError, match="SQLite file path"):
        open_store("ftp://example/store")


def test_another_connections_write_is_seen(tmp_path: Path) -> None:
    reader, writer = SQLiteStore(tmp_path / "s.sqlite"), SQLiteStore(tmp_path / "s.sqlite")
    writer.upsert(dict(KE_HOACH))
    assert reader.search(SearchQuery(text="hưng yên")).facets["type"] == {"Kế hoạch": 1}
    writer.upsert(record("sha:2", "Công văn của tỉnh Hưng Yên.", type="Công văn"))
    found = reader.search(SearchQuery(text="hưng yên"))
    assert found.total == 2 and found.facets["type"] == {"Công văn": 1, "Kế hoạch": 1}
    reader.close()
    writer.close()


def _notices(count: int) -> list[dict[str, object]]:
    """``count`` notices on fire safety; the first (oldest) says it most often, so it ranks first."""
    first = record("sha:0", "Phòng cháy chữa cháy. " * 5 + "Phòng cháy chữa cháy rừng.", type="Thông báo",
                   date="2020-01-01")
    rest = [record(f"sha:{i}", f"Thông báo số {i} về phòng cháy chữa cháy và cứu nạn, cứu hộ trong mùa khô.",
                   type="Công văn" if i % 2 else "Thông báo", date=f"2025-01-{i:02d}") for i in range(1, count)]
    return [first, *rest]


def test_bm25_ranks_every_match_below_the_cap(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.sqlite")
    store.upsert_many(_notices(10))
    assert [hit.id for hit in store.search(SearchQuery(text="phòng cháy chữa cháy")).hits][:1] == ["sha:0"]


def test_above_the_cap_the_newest_matches_are_ranked_and_all_are_counted(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.sqlite")
    store.score_cap = 4
    store.upsert_many(_notices(10))
    found = store.search(SearchQuery(text="phòng cháy chữa cháy", size=3))
    assert found.total == 10 and sum(found.facets["type"].values()) == 10
    assert {hit.id for hit in found.hits} <= {"sha:6", "sha:7", "sha:8", "sha:9"}  # the 4 added last
    # a filter leaving too few of those widens the window to fill the page
    filtered = store.search(SearchQuery(text="phòng cháy chữa cháy", type="Thông báo", size=4))
    assert filtered.total == 5 and len(filtered.hits) == 4
    assert all(hit.type == "Thông báo" for hit in filtered.hits)
    store.score_cap = None  # every match scored: the oldest, best notice comes back first
    assert [hit.id for hit in store.search(SearchQuery(text="phòng cháy chữa cháy")).hits][:1] == ["sha:0"]


def test_replaced_and_deleted_documents_leave_no_tokens_behind(tmp_path: Path) -> None:
    # the full-text table is contentless: a row is deleted by giving FTS5 the fields it was made from
    store = SQLiteStore(tmp_path / "s.sqlite")
    store.upsert(record("sha:a", "Kế hoạch phòng cháy chữa cháy rừng năm 2025.", source="/a.txt"))
    store.upsert(record("sha:b", "Kế hoạch chuyển đổi số năm 2026.", source="/a.txt"))  # the file changed
    assert store.search(SearchQuery(text="phòng cháy")).total == 0
    assert [hit.id for hit in store.search(SearchQuery(text="chuyển đổi số")).hits] == ["sha:b"]
    store.delete("sha:b")
    store._db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, documents_fts, 'row')")
    assert store._db.execute("SELECT count(*) FROM temp.vocab").fetchone() == (0,)
    store.close()
