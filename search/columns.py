"""Facet and filter columns of the SQLite store held in memory as numpy arrays indexed by rowid.

A broad query ("2025", "UBND") matches most of a 100,000-document store; counting its facets and
applying its filters row by row in SQL costs a B-tree lookup per match. Here they are array
operations over the matched rowids: ``np.bincount`` of small integer codes for the facet counts,
boolean masks for the filters. The arrays are read again whenever the database changed (its
``data_version`` for other connections' commits, ``total_changes`` for this connection's).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import numpy as np

from search.analyzer import canonical_name

FACETS = ("type", "issuer", "year")
_COLUMNS = "rowid, id, type, issuer, year, type_canon, issuer_canon, date"


@dataclass
class Columns:
    """One entry per rowid (0 .. max rowid); rowids without a document have ``present`` False."""

    present: np.ndarray  # bool
    codes: dict[str, np.ndarray]  # facet -> int32 code into values[facet] (0: no value)
    values: dict[str, list[str]]  # facet -> its values, "" first
    type_canon: np.ndarray  # int32 code into canon_types
    canon_types: list[str]
    issuer_canon: np.ndarray  # int32 code into canon_issuers
    canon_issuers: list[str]
    year: np.ndarray  # int32, 0 when unknown
    date: np.ndarray  # "YYYY-MM-DD" strings, "" when unknown
    ids: dict[str, int]  # document id -> rowid
    newest: np.ndarray  # present rowids, latest date first (then rowid), for queries without words

    @classmethod
    def read(cls, db: sqlite3.Connection) -> Columns:
        rows = db.execute(f"SELECT {_COLUMNS} FROM documents ORDER BY rowid").fetchall()
        size = (rows[-1][0] + 1) if rows else 1
        rowids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        present = np.zeros(size, dtype=bool)
        present[rowids] = True
        codes, values = {}, {}
        for name, position in zip(FACETS, (2, 3, 4), strict=True):
            codes[name], values[name] = _encode(size, rowids, [row[position] for row in rows])
        type_canon, canon_types = _encode(size, rowids, [row[5] for row in rows])
        issuer_canon, canon_issuers = _encode(size, rowids, [row[6] for row in rows])
        year = np.zeros(size, dtype=np.int32)
        year[rowids] = [row[4] or 0 for row in rows]
        date = np.full(size, "", dtype="U10")
        date[rowids] = [row[7] or "" for row in rows]
        order = np.lexsort((rowids, _descending(date[rowids])))
        return cls(present, codes, values, type_canon, canon_types, issuer_canon, canon_issuers, year, date,
                   {row[1]: row[0] for row in rows}, rowids[order])

    def allowed(self, db: sqlite3.Connection, query: Any) -> np.ndarray | None:
        """Rowids passing the query's filters as a boolean mask; None when it has none."""
        masks = [self._equal(self.type_canon, self.canon_types, canonical_name(query.type)) if query.type else None,
                 self._containing(self.issuer_canon, self.canon_issuers, canonical_name(query.issuer))
                 if query.issuer else None,
                 self._with_body(db, canonical_name(query.body)) if query.body else None,
                 self._between(self.year, query.year_from, query.year_to, missing=0),
                 self._between(self.date, query.date_from, query.date_to, missing="")]
        if query.exclude:
            keep = np.ones(len(self.present), dtype=bool)
            keep[[self.ids[doc_id] for doc_id in query.exclude if doc_id in self.ids]] = False
            masks.append(keep)
        found = [mask for mask in masks if mask is not None]
        if not found:
            return None
        out = self.present.copy()
        for mask in found:
            out &= mask
        return out

    def facets(self, rowids: np.ndarray) -> dict[str, dict[str, int]]:
        """Facet -> value -> count over ``rowids``, most first (ties by value)."""
        out = {}
        for name in FACETS:
            counts = np.bincount(self.codes[name][rowids], minlength=len(self.values[name]))
            found = [(self.values[name][code], int(n)) for code, n in enumerate(counts) if code and n]
            out[name] = dict(sorted(found, key=lambda kv: (-kv[1], kv[0])))
        return out

    @staticmethod
    def _equal(codes: np.ndarray, values: list[str], wanted: str) -> np.ndarray:
        return codes == (values.index(wanted) if wanted in values else -1)

    @staticmethod
    def _containing(codes: np.ndarray, values: list[str], part: str) -> np.ndarray:
        hits = [code for code, value in enumerate(values) if code and part in value]
        return np.isin(codes, hits)

    def _with_body(self, db: sqlite3.Connection, part: str) -> np.ndarray:
        mask = np.zeros(len(self.present), dtype=bool)
        rows = db.execute("SELECT DISTINCT doc_id FROM task_bodies WHERE body_canon LIKE ?", (f"%{part}%",))
        mask[[self.ids[doc_id] for (doc_id,) in rows if doc_id in self.ids]] = True
        return mask

    @staticmethod
    def _between(column: np.ndarray, low: Any, high: Any, missing: Any) -> np.ndarray | None:
        """``low <= column <= high`` (either bound may be None); a missing value never passes."""
        if low is None and high is None:
            return None
        mask = column != missing
        if low is not None:
            mask &= column >= low
        if high is not None:
            mask &= column <= high
        return mask


def _encode(size: int, rowids: np.ndarray, column: list[Any]) -> tuple[np.ndarray, list[str]]:
    """Small integer codes of a column's values (0: no value) and the values by code."""
    values = [""] + sorted({str(v) for v in column if v is not None and v != ""})
    index = {value: code for code, value in enumerate(values)}
    codes = np.zeros(size, dtype=np.int32)
    codes[rowids] = [index[str(v)] if v is not None and v != "" else 0 for v in column]
    return codes, values


def _descending(dates: np.ndarray) -> np.ndarray:
    """A sort key putting later dates first and unknown dates last."""
    _, rank = np.unique(dates, return_inverse=True)
    key = -rank.astype(np.int64)
    key[dates == ""] = 1
    return key
