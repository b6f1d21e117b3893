"""Ingest: find items, skip unchanged ones by content hash, extract the rest in worker processes,
write each record to the store in its own transaction.

Each document is committed on its own, so a crash or Ctrl-C leaves the store consistent (every
document either fully old or fully new) and a re-run skips what was done and finishes the job.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.ids import document_id, document_key
from pipeline.sources import IGNORED, Item, Skipped, find_items
from pipeline.workers import WorkerPool, extract_item
from vanban.errors import RejectedError, StoreError

if TYPE_CHECKING:
    from search.store import Store

# Seconds of extraction allowed for one file. The readers stop a text layer at VANBAN_TIMEOUT (300 s);
# OCR of a scan runs page by page outside that limit (about 5 s a page on an idle 2-core machine),
# so the worker gets room for a few dozen scanned pages before it is killed and the file reported.
DEFAULT_TIMEOUT = 900.0


@dataclass
class Failure:
    source: str  # the path, or ``<file.jsonl>:<line>``
    reason: str  # UnreadableFileError.reason, "timeout", "crashed", "error", a Skipped reason, "rejected"
    detail: str = ""


@dataclass
class Summary:
    ingested: list[str] = field(default_factory=list)  # document ids
    unchanged: int = 0
    failed: list[Failure] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old source, new source), same content
    ignored: int = 0  # files of other types in folders, collection lines not in Vietnamese
    gone: list[str] = field(default_factory=list)  # stored sources under the given paths no longer found
    pruned: bool = False  # the gone records were removed (--prune)
    stale: list[str] = field(default_factory=list)  # stored sources whose file failed: marked in the store
    stopped: str = ""  # the store failed (disk full, node down), or Ctrl-C: the run stopped here
    interrupted: bool = False  # Ctrl-C (``stopped`` says so)

    def lines(self) -> list[str]:
        """The summary line, then what disappeared (the failures are in ``failure_lines``)."""
        head = f"ingested {len(self.ingested)}, unchanged {self.unchanged}, failed {len(self.failed)}"
        for count, word in ((len(self.renamed), "renamed"), (self.ignored, "ignored"), (len(self.stale), "stale")):
            if count:
                head += f", {word} {count}"
        if self.gone:
            head += f", {'pruned' if self.pruned else 'gone'} {len(self.gone)}"
        why = "interrupted" if self.interrupted else "the store failed"
        out = [head + (f" (stopped: {why})" if self.stopped else "")]
        out += [f"  renamed {old} -> {new}" for old, new in self.renamed]
        verb = "pruned" if self.pruned else "gone (still stored; --prune removes it)"
        out += [f"  {verb}: {source}" for source in self.gone]
        return out

    def failure_lines(self) -> list[str]:
        return [f"  failed {f.source}: {f.reason}" + (f" ({f.detail})" if f.detail else "") for f in self.failed]


@dataclass
class _Stored:
    """What the store holds, read once: source -> (id, sha256, problem)."""

    rows: dict[str, tuple[str, str, str | None]]

    @classmethod
    def read(cls, store: Store) -> _Stored:
        return cls({row["source"]: (row["id"], row["sha256"], row.get("problem"))
                    for row in store.iter_documents()})


def ingest(
    paths: list[str],
    store: Store,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: bool = True,
    job: Callable[[Item], dict[str, Any]] = extract_item,
    prune: bool = False,
) -> Summary:
    """Ingest files, folders and JSONL collections under ``paths`` into ``store``.

    Stored records under ``paths`` whose file is no longer there are reported as ``gone`` (removed
    with ``prune``); a new file holding the content of a gone one is that record renamed; a stored
    file that now fails is reported and its record marked stale. A ``StoreError`` (disk full, node
    down) or Ctrl-C stops the run: ``summary.stopped`` says why, everything before it is committed."""
    summary = Summary()
    try:
        stored = _Stored.read(store)
        todo, seen = _scan(paths, stored, store, summary)
        gone = [source for source in stored.rows if source not in seen and _within(source, paths)]
        todo = _renames(todo, gone, stored, store, summary)
        summary.gone = gone
        _extract(todo, stored, store, summary, workers or os.cpu_count() or 1, timeout, progress, job)
        if prune and not summary.stopped:
            for source in gone:
                store.delete_source(source)
            summary.pruned = bool(gone)
    except StoreError as exc:
        summary.stopped = str(exc)
    except KeyboardInterrupt:  # what was committed stays; the summary says how far it got
        summary.stopped, summary.interrupted = "interrupted (Ctrl-C); a re-run finishes the job", True
    return summary


def _scan(paths: list[str], stored: _Stored, store: Store, summary: Summary) -> tuple[list[Item], set[str]]:
    """The items to extract (new or changed) and every source seen; counts the rest in ``summary``."""
    todo: list[Item] = []
    seen: set[str] = set()
    for found in find_items(paths):
        if isinstance(found, Skipped):
            if found.reason != "not-found":
                seen.add(found.source)
            if found.reason in IGNORED:
                summary.ignored += 1
            else:
                summary.failed.append(Failure(found.where, found.reason, found.detail))
            continue
        seen.add(found.source)
        known = stored.rows.get(found.source)
        if known and found.sha256 and known[1] == found.sha256:
            summary.unchanged += 1
            if known[2]:  # flagged stale before, readable and unchanged now
                store.mark_problem(found.source, None)
        else:
            todo.append(found)
    return todo, seen


def _within(source: str, paths: list[str]) -> bool:
    """Whether a stored source lies under one of the given paths (a folder, a file, a collection)."""
    for given in paths:
        root = str(Path(given).resolve())
        if source == root or source.startswith((root + os.sep, root + "#")):
            return True
    return False


def _renames(todo: list[Item], gone: list[str], stored: _Stored, store: Store, summary: Summary) -> list[Item]:
    """New sources whose content is a stored record's whose file is gone: that record is moved to
    the new source (no extraction, no duplicate); the other items are returned."""
    if not any(item.source not in stored.rows for item in todo):
        return todo  # nothing new: no rename to look for (and no stored path to check)
    missing = {stored.rows[source][1]: source for source in stored.rows
               if source in gone or not Path(source.split("#")[0]).exists()}
    rest = []
    for item in todo:
        old = missing.get(item.sha256) if item.sha256 and item.source not in stored.rows else None
        if old and store.move_source(old, item.source):
            summary.renamed.append((old, item.source))
            del missing[item.sha256]
            if old in gone:
                gone.remove(old)
        else:
            rest.append(item)
    return rest


def _extract(todo: list[Item], stored: _Stored, store: Store, summary: Summary, workers: int, timeout: float,
             progress: bool, job: Callable[[Item], dict[str, Any]]) -> None:
    outcomes = WorkerPool(workers, timeout, job).run(todo)
    try:
        for item, outcome in _progress(outcomes, len(todo), progress):
            if isinstance(outcome, dict):
                outcome = _write(store, outcome, item, summary)
            if outcome is not None:
                summary.failed.append(_failed(item, outcome[0], outcome[1], stored, store, summary))
    finally:
        outcomes.close()


def _write(store: Store, record: dict[str, Any], item: Item, summary: Summary) -> tuple[str, str] | None:
    """Store ``record``; (reason, detail) when the store refused this document (Elasticsearch says
    why), so it is reported like a file that failed and the others go on."""
    try:
        summary.ingested.append(write_record(store, record, item))
    except RejectedError as exc:
        return "rejected", exc.detail
    return None


def _failed(item: Item, reason: str, detail: str, stored: _Stored, store: Store, summary: Summary) -> Failure:
    """The failure of ``item``; when the store holds an earlier version of it, that record is marked stale."""
    where = item.source.replace("#", ":") if item.text is not None else item.source
    if item.source in stored.rows:
        store.mark_problem(item.source, f"{reason}: {detail}" if detail else reason)
        summary.stale.append(item.source)
        detail = (detail + "; " if detail else "") + "the stored record is of an earlier version: marked stale"
    return Failure(where, reason, detail)


def write_record(store: Store, record: dict[str, Any], item: Item) -> str:
    """Give ``record`` its key, then replace whatever ``item.source`` held before; the id is decided by
    the store inside its write (``choose_id``), so concurrent ingests never take one id twice."""
    record["source"] = item.source
    record["sha256"] = record.get("sha256") or item.sha256
    record["key"] = document_key(record)
    store.upsert(record, choose_id=lambda taken_by: document_id(record, taken_by))
    return str(record["id"])


def delete(targets: list[str], store: Store) -> list[str]:
    """Remove documents named by id or by source path; return the targets not found."""
    missing = []
    for target in targets:
        if not (store.delete(target) or store.delete_source(str(Path(target).resolve()))
                or store.delete_source(target)):
            missing.append(target)
    return missing


def _progress(outcomes: Iterable[Any], total: int, show: bool) -> Iterable[Any]:
    if not show or total == 0:
        return outcomes
    from tqdm import tqdm

    return tqdm(outcomes, total=total, unit="doc", file=sys.stderr, desc="ingest", leave=False)
