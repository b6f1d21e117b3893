"""The embedded store: one SQLite file, FTS5 full-text tables, WAL, versioned schema.

Tables: ``documents`` (narrow metadata rows, fast to join and group), ``contents`` (text, the
compressed record and its compressed analysed fields, same rowid), ``documents_fts`` (contentless
FTS5 index of the analyzer's token fields), ``tasks`` + ``tasks_fts`` + ``task_bodies``, ``citations`` (one row per edge, indexed
by cited key), ``migrations`` (schema versions applied).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from search.analyzer import (
    FIELD_WEIGHTS,
    Match,
    Unit,
    analyze_query,
    analyze_record,
    analyze_task,
    boost_matches,
    canonical_name,
    highlight_patterns,
    tokens,
    unit_matches,
)
from search.columns import Columns
from search.highlight import make_snippet
from search.store import SearchHit, SearchQuery, SearchResults, search_with_fallback
from vanban.errors import StoreError

TOKENIZER = "unicode61 remove_diacritics 0 tokenchars '_'"
# The first six fields are the ones of schema v1 (its migrations create that table).
DOC_FIELDS = tuple(FIELD_WEIGHTS)
DOC_WEIGHTS = tuple(FIELD_WEIGHTS.values())  # bm25 weights, in DOC_FIELDS order
_FTS_INSERT = (f"INSERT INTO documents_fts (rowid, {', '.join(DOC_FIELDS)})"
               f" VALUES (?, {', '.join('?' for _ in DOC_FIELDS)})")
_WEIGHTS = ", ".join(map(str, DOC_WEIGHTS))
_FTS_DELETE = (f"INSERT INTO documents_fts (documents_fts, rowid, {', '.join(DOC_FIELDS)})"
               f" VALUES ('delete', ?, {', '.join('?' for _ in DOC_FIELDS)})")

MIGRATIONS: list[tuple[int, str, str | Callable[[SQLiteStore], None]]] = [
    (
        1,
        "documents, tasks, citations and their full-text tables",
        f"""
        CREATE TABLE documents (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            key TEXT,
            source TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            type TEXT, type_canon TEXT, number TEXT, date TEXT, year INTEGER,
            issuer TEXT, issuer_canon TEXT, subject TEXT, title TEXT,
            text TEXT NOT NULL,
            record BLOB NOT NULL
        );
        CREATE INDEX documents_key ON documents(key);
        CREATE VIRTUAL TABLE documents_fts USING fts5({", ".join(DOC_FIELDS[:6])}, tokenize="{TOKENIZER}");
        CREATE TABLE tasks (
            rowid INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL,
            path TEXT, text TEXT, deadline_date TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX tasks_doc ON tasks(doc_id);
        CREATE VIRTUAL TABLE tasks_fts USING fts5(exact, folded, tokenize="{TOKENIZER}");
        CREATE TABLE task_bodies (task_rowid INTEGER NOT NULL, doc_id TEXT NOT NULL, body_canon TEXT NOT NULL,
                                  role TEXT NOT NULL);
        CREATE INDEX task_bodies_body ON task_bodies(body_canon);
        CREATE INDEX task_bodies_doc ON task_bodies(doc_id);
        CREATE TABLE citations (
            rowid INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL,
            key TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX citations_key ON citations(key);
        CREATE INDEX citations_source ON citations(source_id);
        """,
    ),
    (
        2,
        "text and record moved to a contents table: narrow documents rows for joins, facets and sorting",
        """
        CREATE TABLE contents (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL, record BLOB NOT NULL);
        INSERT INTO contents (rowid, text, record) SELECT rowid, text, record FROM documents;
        ALTER TABLE documents DROP COLUMN text;
        ALTER TABLE documents DROP COLUMN record;
        """,
    ),
    (3, "full-text fields rebuilt: the opening of the text joins the title fields", lambda store: store.reindex()),
    (
        4,
        "covering index of the facet columns: facet counts of a broad query scan it, not the table",
        "CREATE INDEX documents_facets ON documents(type, issuer, year, type_canon, date)",
    ),
    (5, "pair fields (neighbouring syllables as one token); a contentless full-text table, its analysed fields"
        " kept compressed in contents (for deletes)", lambda store: store.rebuild_fulltext()),
    (6, "documents.problem: why a stored record may be stale (its file is now unreadable)",
     "ALTER TABLE documents ADD COLUMN problem TEXT"),
    (7, "number tokens by number and code without the year (28/KH) and with the code joined (178/2024/NĐCP):"
        " full-text fields analysed again", lambda store: store.rebuild_fulltext()),
]
# seconds a writer waits for another process's write transaction (a batch of a loaded ingest) to end
BUSY_TIMEOUT = 60.0
# bm25 is computed for at most this many matches of one query (see ``SQLiteStore._ranked``).
SCORE_CAP = 4_000
SCHEMA_VERSION = MIGRATIONS[-1][0]


class SQLiteStore:
    """The ``Store`` protocol over one SQLite file (created, and migrated, on open)."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"no store at {self.path}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = _connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the SQLite store {self.path}: {exc}") from exc
        self._lock = threading.RLock()
        self._cached: tuple[tuple[int, int], Columns] | None = None
        self.score_cap: int | None = SCORE_CAP  # None: bm25 over every match (the benchmark compares)
        self._migrate()

    # ------------------------------------------------------------ schema

    def schema_version(self) -> int:
        row = self._db.execute("SELECT max(version) FROM migrations").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        with self._lock:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
            )
            current = self.schema_version()
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema v{current}, newer than this vanban (v{SCHEMA_VERSION}); upgrade vanban"
                )
            for version, name, sql in MIGRATIONS:
                if version > current:
                    self._apply(version, name, sql)

    def _apply(self, version: int, name: str, step: str | Callable[[SQLiteStore], None]) -> None:
        with self._transaction():
            if self.schema_version() >= version:  # another process migrated it meanwhile
                return
            if callable(step):
                step(self)
            else:
                for statement in (part.strip() for part in step.split(";")):
                    if statement:
                        self._db.execute(statement)
            self._db.execute(
                "INSERT INTO migrations VALUES (?, ?, ?)", (version, name, datetime.now(UTC).isoformat())
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self._lock)

    def reindex(self) -> None:
        """Schema v3's step: the (then content-holding) full-text rows rebuilt from the stored records."""
        columns = [row[1] for row in self._db.execute("PRAGMA table_info(documents_fts)")]
        insert = (f"INSERT INTO documents_fts (rowid, {', '.join(columns)})"
                  f" VALUES (?, {', '.join('?' for _ in columns)})")
        analysed = self._analysed_contents()
        self._db.execute("DELETE FROM documents_fts")
        for rowid, fields in analysed:
            self._db.execute(insert, (rowid, *(fields[name] for name in columns)))

    def rebuild_fulltext(self) -> None:
        """Schema v5's step: a contentless full-text table with today's fields, filled from the stored
        records, each record's analysed fields kept in ``contents.fields`` (a contentless row can only
        be deleted by giving FTS5 the values it was made from)."""
        if "fields" not in [row[1] for row in self._db.execute("PRAGMA table_info(contents)")]:
            self._db.execute("ALTER TABLE contents ADD COLUMN fields BLOB")
        self._db.execute("DROP TABLE documents_fts")
        self._db.execute(f"CREATE VIRTUAL TABLE documents_fts USING fts5({', '.join(DOC_FIELDS)}, content='',"
                         f" tokenize=\"{TOKENIZER}\")")
        for rowid, fields in self._analysed_contents():
            self._db.execute(_FTS_INSERT, (rowid, *(fields[name] for name in DOC_FIELDS)))
            self._db.execute("UPDATE contents SET fields = ? WHERE rowid = ?", (_packed(fields), rowid))

    def _analysed_contents(self) -> list[tuple[int, dict[str, str]]]:
        """(rowid, ``analyze_record`` of its stored record) for every document (migration steps)."""
        rows = self._db.execute("SELECT rowid, record, text FROM contents").fetchall()
        return [(rowid, analyze_record({**_unpacked(blob), "text": text})) for rowid, blob, text in rows]

    # ------------------------------------------------------------ writing

    def upsert(self, record: dict[str, Any], choose_id: Callable[[str | None], str] | None = None) -> None:
        """``choose_id``: called inside the write transaction with the source already holding the
        record's id (None when free) to decide ``record["id"]``, so two writers cannot both take it."""
        if choose_id is None:
            self.upsert_many([record])
            return
        fields = analyze_record(record)
        with self._transaction():
            base = choose_id(None)
            record["id"] = choose_id(self._source_of(base))
            self._remove(record["id"], record["source"])
            self._insert(record, fields)

    def upsert_many(self, records: list[dict[str, Any]], analyzed: list[dict[str, str]] | None = None) -> None:
        """``analyzed``: ``analyze_record`` of each record when the caller ran it already (in workers)."""
        analyses = analyzed if analyzed is not None else [analyze_record(record) for record in records]
        rows = list(zip(records, analyses, strict=True))  # analysed before locking
        with self._transaction():
            for record, fields in rows:
                self._remove(record["id"], record["source"])
                self._insert(record, fields)

    def delete(self, doc_id: str) -> bool:
        with self._transaction():
            return self._remove(doc_id, None)

    def delete_source(self, source: str) -> bool:
        with self._transaction():
            return self._remove(None, source)

    def move_source(self, old: str, new: str) -> bool:
        """The record of ``old`` now comes from ``new`` (a renamed file); False when ``old`` is not stored
        or ``new`` already is."""
        with self._transaction():
            row = self._db.execute("SELECT rowid FROM documents WHERE source = ?", (old,)).fetchone()
            if row is None or self._db.execute("SELECT 1 FROM documents WHERE source = ?", (new,)).fetchone():
                return False
            blob = self._db.execute("SELECT record FROM contents WHERE rowid = ?", (row[0],)).fetchone()[0]
            self._db.execute("UPDATE documents SET source = ? WHERE rowid = ?", (new, row[0]))
            self._db.execute("UPDATE contents SET record = ? WHERE rowid = ?",
                             (_packed({**_unpacked(blob), "source": new}), row[0]))
            return True

    def mark_problem(self, source: str, problem: str | None) -> bool:
        """Flag the record of ``source`` (``problem``: why it may be stale), or clear the flag (None)."""
        with self._transaction():
            return self._db.execute("UPDATE documents SET problem = ? WHERE source = ?",
                                    (problem, source)).rowcount > 0

    def _remove(self, doc_id: str | None, source: str | None) -> bool:
        found = self._db.execute(
            "SELECT rowid, id FROM documents WHERE id = ? OR source = ?", (doc_id, source)
        ).fetchall()
        for rowid, old_id in found:
            task_rows = [r[0] for r in self._db.execute("SELECT rowid FROM tasks WHERE doc_id = ?", (old_id,))]
            self._db.executemany("DELETE FROM tasks_fts WHERE rowid = ?", [(r,) for r in task_rows])
            for table in ("tasks", "task_bodies", "citations"):
                column = "source_id" if table == "citations" else "doc_id"
                self._db.execute(f"DELETE FROM {table} WHERE {column} = ?", (old_id,))
            self._remove_fulltext(rowid)
            for table in ("contents", "documents"):
                self._db.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        return bool(found)

    def _remove_fulltext(self, rowid: int) -> None:
        """FTS5's 'delete' command with the analysed fields the row was indexed from."""
        row = self._db.execute("SELECT fields FROM contents WHERE rowid = ?", (rowid,)).fetchone()
        if row and row[0]:
            fields = _unpacked(row[0])
            self._db.execute(_FTS_DELETE, (rowid, *(fields[name] for name in DOC_FIELDS)))

    def _insert(self, record: dict[str, Any], fields: dict[str, str]) -> None:
        header = record.get("document") or {}
        date = header.get("date")
        rest = {k: v for k, v in record.items() if k != "text"}
        cursor = self._db.execute(
            "INSERT INTO documents (id, key, source, sha256, type, type_canon, number, date, year, issuer,"
            " issuer_canon, subject, title) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                record["id"], record.get("key"), record["source"], record["sha256"], header.get("type"),
                canonical_name(header.get("type") or ""), header.get("number"), date,
                int(date[:4]) if date and date[:4].isdigit() else None, header.get("issuer"),
                canonical_name(header.get("issuer") or ""), header.get("subject"), title_of(record),
            ),
        )
        self._db.execute(
            "INSERT INTO contents (rowid, text, record, fields) VALUES (?, ?, ?, ?)",
            (cursor.lastrowid, record.get("text") or "",
             _packed(rest), _packed(fields)),
        )
        self._db.execute(_FTS_INSERT, (cursor.lastrowid, *(fields[name] for name in DOC_FIELDS)))
        for task in record.get("tasks") or []:
            self._insert_task(record["id"], task)
        self._db.executemany(
            "INSERT INTO citations (source_id, key, data) VALUES (?, ?, ?)",
            [(record["id"], c.get("key") or c.get("number") or "", json.dumps(c, ensure_ascii=False))
             for c in record.get("citations") or []],
        )

    def _insert_task(self, doc_id: str, task: dict[str, Any]) -> None:
        deadline = task.get("deadline") or {}
        cursor = self._db.execute(
            "INSERT INTO tasks (doc_id, path, text, deadline_date, data) VALUES (?,?,?,?,?)",
            (doc_id, task.get("path"), task.get("text"), deadline.get("date"), json.dumps(task, ensure_ascii=False)),
        )
        fields = analyze_task(task)
        self._db.execute(
            "INSERT INTO tasks_fts (rowid, exact, folded) VALUES (?,?,?)",
            (cursor.lastrowid, fields["exact"], fields["folded"]),
        )
        bodies = [(b, "responsible") for b in task.get("responsible") or []]
        bodies += [(b, "coordinating") for b in task.get("coordinating") or []]
        self._db.executemany(
            "INSERT INTO task_bodies VALUES (?,?,?,?)",
            [(cursor.lastrowid, doc_id, canonical_name(body), role) for body, role in bodies],
        )

    # ------------------------------------------------------------ reading

    def get(self, doc_id: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT c.record, c.text, d.problem FROM documents d JOIN contents c ON c.rowid = d.rowid WHERE d.id = ?",
            (doc_id,)
        ).fetchone()
        if row is None:
            return None
        record: dict[str, Any] = _unpacked(row[0])
        record["text"] = row[1]
        if row[2]:
            record["problem"] = row[2]
        return record

    def source_hash(self, source: str) -> tuple[str, str] | None:
        row = self._db.execute("SELECT id, sha256 FROM documents WHERE source = ?", (source,)).fetchone()
        return (row[0], row[1]) if row else None

    def source_of(self, doc_id: str) -> str | None:
        return self._source_of(doc_id)

    def _source_of(self, doc_id: str) -> str | None:
        row = self._db.execute("SELECT source FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def find_key(self, key: str) -> str | None:
        row = self._db.execute("SELECT id FROM documents WHERE key = ? ORDER BY rowid LIMIT 1", (key,)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def citations_from(self, doc_id: str) -> list[dict[str, Any]]:
        return self._edges("source_id = ?", doc_id)

    def citations_to(self, key: str) -> list[dict[str, Any]]:
        return self._edges("key = ?", key)

    def _edges(self, where: str, value: str) -> list[dict[str, Any]]:
        rows = self._db.execute(f"SELECT source_id, data FROM citations WHERE {where} ORDER BY rowid", (value,))
        return [{**json.loads(data), "source_id": source_id} for source_id, data in rows.fetchall()]

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT id, key, source, sha256, type, number, date, issuer, subject, title, problem FROM documents"
            " ORDER BY rowid"
        ).fetchall()
        for row in rows:
            meta = dict(zip(("id", "key", "source", "sha256"), row[:4], strict=True))
            document = dict(zip(("type", "number", "date", "issuer", "subject"), row[4:9], strict=True))
            yield {**meta, "document": document, "title": row[9], **({"problem": row[10]} if row[10] else {})}

    def iter_citations(self) -> Iterator[dict[str, Any]]:
        rows = self._db.execute("SELECT source_id, data FROM citations ORDER BY rowid").fetchall()
        for source_id, data in rows:
            yield {**json.loads(data), "source_id": source_id}

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------ searching

    def search(self, query: SearchQuery) -> SearchResults:
        return search_with_fallback(query, self._search)

    def _search(self, query: SearchQuery, units: list[Unit], mode: str) -> SearchResults:
        """Match once (rowids only), filter and count facets in memory, score the page's candidates."""
        offset = (max(query.page, 1) - 1) * query.size
        need = offset + query.size
        with self._lock:
            columns = self._columns()
            allowed = columns.allowed(self._db, query)
            if units:
                matched = self._matched(fts_expression(units, mode))
                kept = matched if allowed is None else matched[allowed[matched]]
                rows = self._ranked(rank_expression(units, mode), matched, kept, need)[offset:]
            else:  # no words: newest first
                kept = columns.newest if allowed is None else columns.newest[allowed[columns.newest]]
                rows = [(int(rowid), 0.0) for rowid in kept[offset:need]]
            facets = columns.facets(kept)
            patterns = highlight_patterns(units)
            hits = [self._hit(rowid, score, patterns) for rowid, score in rows]
        return SearchResults(total=len(kept), hits=hits, facets=facets, page=query.page, size=query.size)

    def _columns(self) -> Columns:
        """The in-memory facet and filter columns, read again when the database has changed."""
        version = (self._db.execute("PRAGMA data_version").fetchone()[0], self._db.total_changes)
        if self._cached is None or self._cached[0] != version:
            self._cached = (version, Columns.read(self._db))
        return self._cached[1]

    def _matched(self, expression: str) -> np.ndarray:
        """Rowids of every match, ascending (one string from SQLite: far cheaper than a row each)."""
        text = self._db.execute(
            "SELECT group_concat(rowid) FROM documents_fts WHERE documents_fts MATCH ?", (expression,)
        ).fetchone()[0]
        return np.sort(np.fromstring(text, dtype=np.int64, sep=",")) if text else np.zeros(0, dtype=np.int64)

    def _ranked(self, expression: str, matched: np.ndarray, kept: np.ndarray, need: int) -> list[tuple[int, float]]:
        """The best ``need`` of the ``kept`` rowids, best first: by bm25 of ``expression`` (ties by
        rowid), then the unscored ones by rowid.

        bm25 costs microseconds a row, so a query matching more than ``score_cap`` documents is
        scored over its ``score_cap`` most recently added matches (more when the filters leave
        fewer than ``need`` of them); ``total`` and the facets still count every match.
        """
        if not len(kept):
            return []
        cap = self.score_cap or len(matched)
        floor = int(matched[-cap]) if len(matched) > cap else 0
        if len(kept) - int(np.searchsorted(kept, floor)) < min(need, len(kept)):
            floor = int(kept[-min(need, len(kept))])
        wanted = np.zeros(int(kept[-1]) + 1, dtype=bool)
        wanted[kept] = True
        cursor = self._db.execute(
            f"SELECT rowid, -bm25(documents_fts, {_WEIGHTS}) AS score FROM documents_fts"
            " WHERE documents_fts MATCH ? AND rowid >= ? ORDER BY score DESC, rowid", (expression, floor),
        )
        out: list[tuple[int, float]] = []
        for rowid, score in cursor:
            if rowid < len(wanted) and wanted[rowid]:
                out.append((rowid, score))
                wanted[rowid] = False
                if len(out) == need:
                    return out
        rest = kept[wanted[kept]][: need - len(out)]
        return out + [(int(rowid), 0.0) for rowid in rest]

    def _hit(self, rowid: int, score: float, patterns: list[re.Pattern[str]]) -> SearchHit:
        doc_id, title, number, type_, date, issuer, source, text = self._db.execute(
            "SELECT d.id, d.title, d.number, d.type, d.date, d.issuer, d.source, c.text"
            " FROM documents d JOIN contents c ON c.rowid = d.rowid WHERE d.rowid = ?", (rowid,)
        ).fetchone()
        snippet, highlights = make_snippet(text, patterns)
        return SearchHit(
            id=doc_id, score=float(score), title=title, number=number, type=type_, date=date,
            issuer=issuer, snippet=snippet, highlights=highlights, source=source,
        )

    def search_tasks(self, query: SearchQuery) -> list[dict[str, Any]]:
        where, params = ["1"], []
        units = analyze_query(query.text)
        base = "FROM tasks t"
        if units:
            base += " JOIN tasks_fts f ON f.rowid = t.rowid"
            where.append("tasks_fts MATCH ?")
            params.append(fts_expression(units, query.mode, task=True))
        if query.body:
            where.append("t.rowid IN (SELECT task_rowid FROM task_bodies WHERE body_canon LIKE ?)")
            params.append(f"%{canonical_name(query.body)}%")
        for column, op, value in (("t.deadline_date", ">=", query.date_from), ("t.deadline_date", "<=", query.date_to)):
            if value:
                where.append(f"{column} {op} ?")
                params.append(value)
        offset = (max(query.page, 1) - 1) * query.size
        rows = self._db.execute(
            f"SELECT t.doc_id, t.data {base} WHERE {' AND '.join(where)} ORDER BY t.deadline_date IS NULL,"
            " t.deadline_date, t.rowid LIMIT ? OFFSET ?",
            [*params, query.size, offset],
        ).fetchall()
        return [{**json.loads(data), "doc_id": doc_id} for doc_id, data in rows]


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode. Switching a file another process is creating to WAL can answer
    "database is locked" at once, without SQLite's busy handler (two ingests starting on one new store):
    that is tried again, for up to ``BUSY_TIMEOUT`` seconds."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            return db
        except sqlite3.OperationalError as exc:
            db.close()
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on any error) under the store's lock."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock) -> None:
        self._db, self._lock = db, lock

    def __enter__(self) -> None:
        self._lock.acquire()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._lock.release()
            raise StoreError(f"cannot write to the store: {exc}") from exc

    def __exit__(self, kind: object, value: object, trace: object) -> None:
        """COMMIT, or ROLLBACK on any error; an SQLite error (a full disk at COMMIT) becomes a ``StoreError``."""
        try:
            if kind is None:
                try:
                    self._db.execute("COMMIT")
                    return
                except sqlite3.Error as exc:
                    value = exc
            if self._db.in_transaction:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolled back already
            if isinstance(value, sqlite3.Error):
                raise StoreError(f"cannot write to the store: {value}; nothing of this write was kept") from value
        finally:
            self._lock.release()


# ---------------------------------------------------------------- helpers shared by the queries


def fts_expression(units: list[Unit], mode: str = "all", task: bool = False) -> str:
    """The FTS5 MATCH string deciding what matches: the required units (AND between them for
    ``all``, OR for ``any``) by their folded tokens: '("gia") AND ("dat")'."""
    return _joined([[m for m in unit_matches(unit, task) if m.matches] for unit in units if not unit.optional], mode)


def rank_expression(units: list[Unit], mode: str = "all") -> str:
    """The FTS5 MATCH string whose bm25 ranks: the required units by their exact tokens, with the
    boosts OR-ed into the first: '("gia_dat" OR "giá") AND ("đất")'. A document without the
    exact tokens (typed without diacritics) is not found by it: it ranks after, unscored."""
    parts = [[m for m in unit_matches(unit) if m.ranks] for unit in units if not unit.optional]
    if parts:
        parts[0] = [*boost_matches(units), *parts[0]]
    return _joined(parts, mode)


def _joined(parts: list[list[Match]], mode: str) -> str:
    return (" AND " if mode == "all" else " OR ").join("(" + " OR ".join(map(_fts_match, p)) + ")" for p in parts)


def _packed(data: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 3)


def _unpacked(blob: bytes) -> Any:
    return json.loads(zlib.decompress(blob))


def _fts_match(match: Match) -> str:
    """'{exact} : "hợp tác xã"' (a task phrase); '"thuế"'; '("hợp_tác" AND "tác_xã")' (every token)."""
    columns = f'{{{" ".join(match.fields)}}} : ' if match.fields else ""
    words = match.text.split()
    if match.phrase or len(words) == 1:
        return f'{columns}"{match.text}"'
    return columns + "(" + " AND ".join(f'"{word}"' for word in words) + ")"


def title_of(record: dict[str, Any]) -> str:
    """"Nghị định 178/2024/NĐ-CP: subject", else the first line of the text, else the source name."""
    header = record.get("document") or {}
    head = " ".join(str(header.get(k)) for k in ("type", "number") if header.get(k))
    subject = header.get("subject")
    if head or subject:
        return f"{head}: {subject}" if head and subject else str(head or subject)
    for line in (record.get("text") or "").splitlines():
        if tokens(line):
            return line.strip()[:160]
    return Path(str(record.get("source", ""))).name
