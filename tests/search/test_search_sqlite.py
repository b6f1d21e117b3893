"""SQLite-only behaviour: schema versions and migrations, WAL."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from search import open_store
from search.sqlite import MIGRATIONS, SCHEMA_VERSION, SQLiteStore
from search.store import SearchQuery
from tests.search.records import KE_HOACH
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
