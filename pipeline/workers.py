"""Worker processes that run extraction with a per-item timeout.

Each worker is a process fed one item at a time over a pipe. A worker that runs past the
timeout is killed and replaced, and its item reported as ``timeout``; a worker that dies is
replaced and its item reported as ``crashed``. Workers ignore Ctrl-C: the parent stops them.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import tempfile
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from pipeline.sources import Item
from vanban.errors import UnreadableFileError

# (item, record) on success, (item, (reason, detail)) on failure
Outcome = tuple[Item, dict[str, Any] | tuple[str, str]]


def extract_item(item: Item) -> dict[str, Any]:
    """The record of one item: ``Extraction.to_dict()`` with the item's source and sha256."""
    from parsers import extract

    if item.text is None:
        record = extract(item.path).to_dict()
    else:
        record = _extract_text(item.text)
    record["source"] = item.source
    record["sha256"] = record.get("sha256") or item.sha256
    return record


def _extract_text(text: str) -> dict[str, Any]:
    """A text goes through the same path as a .txt file: written to a temporary file, then read."""
    from parsers import extract

    handle, name = tempfile.mkstemp(suffix=".txt", prefix="vanban-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        return extract(name).to_dict()
    finally:
        Path(name).unlink(missing_ok=True)


def _worker_main(conn: Connection, job: Callable[[Item], dict[str, Any]]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn.send(("ready", None))  # the clock of an item starts once its worker is up
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        conn.send(_run(job, item))


def _run(job: Callable[[Item], dict[str, Any]], item: Item) -> tuple[str, Any]:
    try:
        return "ok", job(item)
    except UnreadableFileError as exc:
        return "fail", (exc.reason, exc.detail)
    except Exception as exc:  # noqa: BLE001 - any parser bug is reported for this file, never stops the batch
        return "fail", ("error", f"{type(exc).__name__}: {exc}")


@dataclass
class _Slot:
    process: Any
    conn: Connection
    item: Item | None = None
    started: float = 0.0
    ready: bool = False


class WorkerPool:
    """``size`` worker processes (forkserver) running ``job`` over items, at most ``timeout`` s each."""

    def __init__(self, size: int, timeout: float, job: Callable[[Item], dict[str, Any]] = extract_item) -> None:
        self.size = max(1, size)
        self.timeout = timeout
        self.job = job
        self._ctx = multiprocessing.get_context("forkserver")
        self._slots: list[_Slot] = []

    def run(self, items: Iterable[Item]) -> Generator[Outcome, None, None]:
        """Outcomes in completion order; the workers are stopped when the iteration ends or breaks."""
        pending = deque(items)
        self._slots = [self._start() for _ in range(min(self.size, len(pending)))]
        try:
            while pending or any(slot.item for slot in self._slots):
                self._feed(pending)
                yield from self._collect()
        finally:
            self.stop()

    def _start(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(child, self.job), daemon=True)
        process.start()
        child.close()
        return _Slot(process=process, conn=parent)

    def _feed(self, pending: deque[Item]) -> None:
        for slot in self._slots:
            if slot.ready and slot.item is None and pending:
                slot.item, slot.started = pending.popleft(), time.monotonic()
                slot.conn.send(slot.item)

    def _collect(self) -> Iterator[Outcome]:
        busy = [slot for slot in self._slots if slot.item]
        starting = [slot for slot in self._slots if not slot.ready]
        left = min((self.timeout - (time.monotonic() - slot.started) for slot in busy), default=self.timeout)
        ready = wait([slot.conn for slot in busy + starting], timeout=max(0.0, left))
        for slot in starting:
            if slot.conn in ready:
                self._greet(slot)
        for slot in busy:
            item = slot.item
            assert item is not None
            if slot.conn in ready:
                yield item, self._receive(slot)
            elif time.monotonic() - slot.started >= self.timeout:
                self._replace(slot)
                yield item, ("timeout", f"extraction ran over {self.timeout:g} s; the worker was killed")

    def _greet(self, slot: _Slot) -> None:
        try:
            slot.conn.recv()
            slot.ready = True
        except (EOFError, OSError):
            self._replace(slot)  # died while starting: start another

    def _receive(self, slot: _Slot) -> dict[str, Any] | tuple[str, str]:
        try:
            status, payload = slot.conn.recv()
        except (EOFError, OSError):
            code = slot.process.exitcode
            self._replace(slot)
            return "crashed", f"the worker process died (exit code {code})"
        slot.item = None
        return payload if status == "ok" else (payload[0], payload[1])

    def _replace(self, slot: _Slot) -> None:
        self._kill(slot)
        fresh = self._start()
        slot.process, slot.conn, slot.item, slot.ready = fresh.process, fresh.conn, None, False

    def _kill(self, slot: _Slot) -> None:
        slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    def stop(self) -> None:
        """Ask idle workers to leave, kill busy ones."""
        for slot in self._slots:
            if slot.item is None and slot.process.is_alive():
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
                slot.process.join(2)
            if slot.process.is_alive():
                self._kill(slot)
            slot.conn.close()
        self._slots = []
