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
from typing import TYPE_CHECKING, Any

from pipeline.ids import document_id, document_key
from pipeline.sources import Item, find_items
from pipeline.workers import WorkerPool, extract_item

if TYPE_CHECKING:
    from search.store import Store

# Seconds of extraction allowed for one file. The readers stop a text layer at VANBAN_TIMEOUT (300 s);
# OCR of a scan runs page by page outside that limit (about 5 s a page on an idle 2-core machine),
# so the worker gets room for a few dozen scanned pages before it is killed and the file reported.
DEFAULT_TIMEOUT = 900.0


@dataclass
class Failure:
    source: str
    reason: str  # UnreadableFileError.reason, "timeout", "crashed" or "error"
    detail: str = ""


@dataclass
class Summary:
    ingested: list[str] = field(default_factory=list)  # document ids
    unchanged: int = 0
    failed: list[Failure] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"ingested {len(self.ingested)}, unchanged {self.unchanged}, failed {len(self.failed)}"]
        out += [f"  failed {f.source}: {f.reason}" + (f" ({f.detail})" if f.detail else "") for f in self.failed]
        return out


def ingest(
    paths: list[str],
    store: Store,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: bool = True,
    job: Callable[[Item], dict[str, Any]] = extract_item,
) -> Summary:
    """Ingest files, folders and JSONL collections under ``paths`` into ``store``."""
    summary = Summary()
    todo: list[Item] = []
    for item in find_items(paths):
        known = store.source_hash(item.source)
        if known and item.sha256 and known[1] == item.sha256:
            summary.unchanged += 1
        else:
            todo.append(item)
    pool = WorkerPool(workers or os.cpu_count() or 1, timeout, job)
    for item, outcome in _progress(pool.run(todo), len(todo), progress):
        if isinstance(outcome, dict):
            summary.ingested.append(write_record(store, outcome, item))
        else:
            summary.failed.append(Failure(item.source, outcome[0], outcome[1]))
    return summary


def write_record(store: Store, record: dict[str, Any], item: Item) -> str:
    """Give ``record`` its key and id, then replace whatever ``item.source`` held before."""
    record["source"] = item.source
    record["sha256"] = record.get("sha256") or item.sha256
    record["key"] = document_key(record)
    record["id"] = document_id(record, store.source_of(document_id(record, None)))
    store.upsert(record)
    return str(record["id"])


def delete(targets: list[str], store: Store) -> list[str]:
    """Remove documents named by id or by source path; return the targets not found."""
    from pathlib import Path

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
