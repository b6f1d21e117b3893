"""Bounds on what one file may cost: bytes, pages, seconds, memory; and reasons for files that fail.

A reader must fail fast with a reason word (``vanban.errors.UnreadableFileError.reason``) so the
batch goes on. The policy, chosen to never return a silently incomplete document:

- more than ``max_bytes`` bytes or ``max_pages`` pages: ``too-large`` error (raise the limit to read it);
- more than ``timeout`` seconds in the readers: ``timeout`` error (a SIGALRM timer in the main thread;
  in other threads the caller's own per-file timeout, e.g. ingest's worker, applies). OCR pages do
  not count against it: each page is bounded by its tools' timeouts (``ocr.PAGE_TIMEOUT``);
- each external tool (pdftoppm, tesseract, antiword, catdoc, pdfinfo) runs with its own timeout and
  an address-space cap, so one bad page cannot take the machine's memory.

Settings come from the environment so the CLI, ingest workers and tests share them:
``VANBAN_MAX_PAGES`` (500), ``VANBAN_MAX_BYTES`` (200 MB), ``VANBAN_TIMEOUT`` (300 s per file),
``VANBAN_TOOL_MEMORY`` (2 GB per external tool).
"""

from __future__ import annotations

import logging
import os
import re
import resource
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vanban.errors import ConfigError, UnreadableFileError


@dataclass(frozen=True)
class Limits:
    max_pages: int = 500
    max_bytes: int = 200 * 1024 * 1024
    timeout: float = 300.0  # seconds for reading one file, OCR included
    tool_memory: int = 2 * 1024 * 1024 * 1024  # address space of one external tool


_ENV = {
    "max_pages": ("VANBAN_MAX_PAGES", int),
    "max_bytes": ("VANBAN_MAX_BYTES", int),
    "timeout": ("VANBAN_TIMEOUT", float),
    "tool_memory": ("VANBAN_TOOL_MEMORY", int),
}


def current_limits() -> Limits:
    """The limits in force: defaults overridden by ``VANBAN_*`` environment variables."""
    values: dict[str, Any] = {}
    for name, (var, kind) in _ENV.items():
        raw = os.environ.get(var)
        if raw is None or raw == "":
            continue
        try:
            values[name] = kind(raw)
        except ValueError as exc:
            raise ConfigError(f"{var}={raw!r} is not a number; example: {var}=600") from exc
    return Limits(**values)


def check_size(path: Path, limits: Limits) -> None:
    size = path.stat().st_size
    if size == 0:
        raise UnreadableFileError(str(path), "empty", "the file has zero bytes")
    if size > limits.max_bytes:
        raise UnreadableFileError(
            str(path), "too-large", f"{size} bytes > VANBAN_MAX_BYTES={limits.max_bytes}; raise it to read this file"
        )


def check_pages(path: Path, pages: int, limits: Limits) -> None:
    if pages > limits.max_pages:
        raise UnreadableFileError(
            str(path), "too-large", f"{pages} pages > VANBAN_MAX_PAGES={limits.max_pages}; raise it to read this file"
        )


# seconds between repeated timer signals once the limit has passed
_REFIRE = 0.01


class _Expired(BaseException):
    """Raised by the timer; a BaseException so that parsers' ``except Exception`` cannot swallow it."""


@contextmanager
def time_limit(seconds: float, path: Path | str) -> Iterator[None]:
    """Raise ``UnreadableFileError(reason="timeout")`` when the block runs longer than ``seconds``.

    Uses a real-time interval timer, so it works only in the main thread of a process (the CLI and
    ingest's worker processes); elsewhere it does nothing. An enclosing limit keeps running.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous_remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    if previous_remaining and previous_remaining < seconds:
        yield  # an outer limit is sooner: let it fire
        return

    expired = finishing = False

    def _expired(signum: int, frame: Any) -> None:
        nonlocal expired
        if finishing:
            return
        expired = True
        # Fire again soon: an exception raised inside a callback Python calls for itself (a gc
        # callback, a __del__) is printed and dropped, so one signal alone may be lost.
        signal.setitimer(signal.ITIMER_REAL, _REFIRE)
        if _inside_logging(frame):  # raising there could leave logging's module lock held for good
            return
        raise _Expired()

    old_handler = signal.signal(signal.SIGALRM, _expired)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
        if expired:  # every raise was swallowed on the way out, but the time was still overrun
            raise _Expired()
    except _Expired:
        finishing = True
        raise UnreadableFileError(
            str(path), "timeout", f"reading and extraction took more than {seconds:g} s (VANBAN_TIMEOUT)"
        ) from None
    finally:
        finishing = True
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if previous_remaining:  # give an outer timer (e.g. pytest-timeout's) what it had left
            signal.setitimer(signal.ITIMER_REAL, max(0.001, previous_remaining - (time.monotonic() - started)))


def _inside_logging(frame: Any) -> bool:
    """True when the interrupted code is the logging module (which takes a module-wide lock)."""
    return frame is not None and frame.f_code.co_filename == logging.__file__


@contextmanager
def paused_time_limit() -> Iterator[None]:
    """Stop the file's timer while the block runs, then give back the time that was left.

    OCR runs inside this: each page is bounded by its tools' own timeouts instead, so a long
    scan is not cut off by a limit meant to catch a parser that hangs.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    remaining, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if remaining:
            signal.setitimer(signal.ITIMER_REAL, remaining)


def cap_memory(max_bytes: int) -> Callable[[], None]:
    """A ``preexec_fn`` for subprocesses (or a worker initializer) capping the address space."""

    def _apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))

    return _apply


def capped(args: list[str], max_bytes: int) -> tuple[list[str], Callable[[], None] | None]:
    """``args`` run with an address space of at most ``max_bytes``, and the ``preexec_fn`` that needs.

    util-linux's ``prlimit`` sets the cap in the child before the tool starts, so the parent
    passes no ``preexec_fn`` and Python can start the child with vfork instead of copying the
    whole (often 170 MB) parser process (about 2 ms a call); without ``prlimit``, ``cap_memory``.
    """
    wrapper = shutil.which("prlimit")
    if wrapper is None:
        return args, cap_memory(max_bytes)
    return [wrapper, f"--as={max_bytes}", "--", *args], None


def run_tool(args: list[str], path: Path | str, timeout: float, limits: Limits | None = None) -> bytes:
    """Run an external tool on ``path``; its stdout, or an ``UnreadableFileError`` with a reason."""
    limits = limits or current_limits()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # tesseract: one thread each, the machine is shared
    if shutil.which(args[0], path=env.get("PATH")) is None:
        raise UnreadableFileError(str(path), "unsupported", f"{args[0]} is not installed (scripts/setup.sh installs it)")
    command, preexec = capped(args, limits.tool_memory)
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, env=env, preexec_fn=preexec)
    except FileNotFoundError as exc:
        raise UnreadableFileError(
            str(path), "unsupported", f"{args[0]} is not installed (scripts/setup.sh installs it)"
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise UnreadableFileError(str(path), "timeout", f"{args[0]} ran more than {timeout:g} s") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UnreadableFileError(str(path), "corrupt", f"{args[0]}: {message[-1] if message else done.returncode}")
    return done.stdout


# pdfinfo's answer for a file it cannot open, e.g. "Command Line Error: Incorrect password"
_PDFINFO_ENCRYPTED = re.compile(r"Incorrect\ password", re.IGNORECASE)
# "Pages:          31"
_PDFINFO_PAGES = re.compile(r"^Pages:\s+(?P<pages>\d+)\s*$", re.MULTILINE)


def pdf_page_count(path: Path, limits: Limits) -> int:
    """Count pages with poppler's pdfinfo (fast, robust); classify a file it cannot open.

    A PDF encrypted with only an owner password (printing/copying restrictions) opens without a
    password and is read normally; one that needs a user password is ``encrypted``.
    """
    try:
        out = run_tool(["pdfinfo", str(path)], path, timeout=30, limits=limits)
    except UnreadableFileError as exc:
        if exc.reason == "corrupt" and _PDFINFO_ENCRYPTED.search(exc.detail):
            raise UnreadableFileError(str(path), "encrypted", "the PDF needs a password to open") from exc
        if exc.reason == "corrupt":
            raise UnreadableFileError(str(path), "corrupt", f"not a readable PDF ({exc.detail})") from exc
        raise
    found = _PDFINFO_PAGES.search(out.decode("utf-8", "replace"))
    if not found or int(found["pages"]) == 0:
        raise UnreadableFileError(str(path), "corrupt", "the PDF has no pages")
    return int(found["pages"])


def preflight_pdf(path: Path, limits: Limits | None = None) -> int:
    """Cheap checks before a PDF is parsed: size, password, structure, page count. Returns the page count."""
    limits = limits or current_limits()
    check_size(path, limits)
    pages = pdf_page_count(path, limits)
    check_pages(path, pages, limits)
    return pages


def pdf_error_reason(exc: BaseException) -> str:
    """The reason word for an exception pdfplumber/pdfminer raised while opening or reading a PDF."""
    name = type(exc).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted"
    if isinstance(exc, MemoryError):
        return "too-large"
    return "corrupt"
