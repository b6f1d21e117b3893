"""What to ingest: files found under the given paths, and the lines of JSONL collections.

A JSONL collection (one JSON object a line with ``text``, ``url``, ``lang_guess``, like
../shared/corpus-real/vbpl-fulltext) gives one text item per Vietnamese line, with source
``<file>#<line>``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPPORTED = {".pdf", ".txt", ".md", ".docx", ".doc"}
COLLECTION = ".jsonl"
WANTED_LANGUAGE = "vi"
# Reasons of paths left out on purpose (counted, not failures): a file of another type in a folder,
# a link to a folder (not followed: no loops), a collection's line in another language or without text.
IGNORED = {"other-type", "not-vietnamese", "no-text", "linked-folder"}


@dataclass(frozen=True)
class Item:
    """One document to ingest: a file, or a text taken from a collection (``text`` set)."""

    source: str
    path: str
    sha256: str
    text: str | None = None


@dataclass(frozen=True)
class Skipped:
    """A path (or a collection's line, ``where`` = ``file:line``) that gives no item, and why."""

    source: str  # as an Item's source would be: the resolved path, or ``<file>#<line>``
    where: str  # what the user reads: the path, or ``<file>:<line>``
    reason: str  # not-found, dangling-symlink, symlink-loop, unreadable, malformed; or one of IGNORED
    detail: str = ""


def find_items(paths: list[str]) -> Iterator[Item | Skipped]:
    """Every item under ``paths`` (folders walked in name order), hashed; a path that cannot give
    one (a dangling symlink, a symlink loop, a malformed line of a collection) as ``Skipped``."""
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            yield Skipped(str(path.resolve()), given, "not-found", "no such file or folder")
            continue
        for file in _files(path):
            problem = _broken_link(file)
            if problem:
                yield Skipped(str(file.absolute()), str(file), *problem)
                continue
            if file.is_dir():  # a link to a folder inside a folder
                yield Skipped(str(file.absolute()), str(file), "linked-folder", "links to folders are not followed")
                continue
            suffix = file.suffix.lower()
            if suffix == COLLECTION:
                yield from collection_items(file)
            elif suffix in SUPPORTED or not path.is_dir():
                yield file_item(file)
            else:
                yield Skipped(str(file.resolve()), str(file), "other-type", f"{suffix or 'no suffix'} is not read")


def _files(path: Path) -> list[Path]:
    """``path`` itself, or the files of a folder (symbolic links included, broken or not; links to
    folders are not followed)."""
    if not path.is_dir():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_symlink() or p.is_file())


def _broken_link(file: Path) -> tuple[str, str] | None:
    """(reason, detail) for a symbolic link that leads nowhere; None for anything else."""
    if not file.is_symlink():
        return None
    try:
        file.resolve(strict=True)
    except FileNotFoundError:
        return "dangling-symlink", f"the link points to {os.readlink(file)}, which does not exist"
    except (RuntimeError, OSError) as exc:  # RuntimeError: Python's "Symlink loop"; OSError: ELOOP
        return "symlink-loop", f"the link leads back to itself ({exc})"
    return None


def file_item(file: Path) -> Item:
    source = str(file.resolve())
    try:
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
    except OSError:
        digest = ""  # the worker reports the reason (not-found, ...)
    return Item(source=source, path=source, sha256=digest)


def collection_items(file: Path) -> Iterator[Item | Skipped]:
    """The Vietnamese documents of a JSONL collection, one item per line (1-based line numbers); a
    line that is not a JSON object with a text is reported (``malformed``) and the others go on."""
    resolved = str(file.resolve())
    try:
        with file.open("rb") as lines:
            for number, raw in enumerate(lines, start=1):
                if raw.strip():
                    yield _collection_item(resolved, number, raw)
    except OSError as exc:
        yield Skipped(resolved, str(file), "unreadable", str(exc))


def _collection_item(resolved: str, number: int, raw: bytes) -> Item | Skipped:
    source, where = f"{resolved}#{number}", f"{resolved}:{number}"
    try:
        row = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return Skipped(source, where, "malformed", f"not a JSON line: {exc}")
    if not isinstance(row, dict) or not isinstance(row.get("text") or "", str):
        return Skipped(source, where, "malformed", 'not a JSON object with a "text" string')
    text = row.get("text") or ""
    if row.get("lang_guess", WANTED_LANGUAGE) != WANTED_LANGUAGE or not text.strip():
        return Skipped(source, where, "not-vietnamese" if text.strip() else "no-text", "")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Item(source=source, path=resolved, sha256=digest, text=text)
