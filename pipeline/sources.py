"""What to ingest: files found under the given paths, and the lines of JSONL collections.

A JSONL collection (one JSON object a line with ``text``, ``url``, ``lang_guess``, like
../shared/corpus-real/vbpl-fulltext) gives one text item per Vietnamese line, with source
``<file>#<line>``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPPORTED = {".pdf", ".txt", ".md", ".docx", ".doc"}
COLLECTION = ".jsonl"
WANTED_LANGUAGE = "vi"


@dataclass(frozen=True)
class Item:
    """One document to ingest: a file, or a text taken from a collection (``text`` set)."""

    source: str
    path: str
    sha256: str
    text: str | None = None


def find_items(paths: list[str]) -> Iterator[Item]:
    """Every item under ``paths`` (folders walked in name order), hashed."""
    for given in paths:
        path = Path(given)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix == COLLECTION:
                yield from collection_items(file)
            elif suffix in SUPPORTED or not path.is_dir():
                yield file_item(file)


def file_item(file: Path) -> Item:
    source = str(file.resolve())
    try:
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
    except OSError:
        digest = ""  # the worker reports the reason (not-found, ...)
    return Item(source=source, path=source, sha256=digest)


def collection_items(file: Path) -> Iterator[Item]:
    """The Vietnamese documents of a JSONL collection, one item per line (1-based line numbers)."""
    resolved = str(file.resolve())
    with file.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            text = row.get("text") or ""
            if row.get("lang_guess", WANTED_LANGUAGE) != WANTED_LANGUAGE or not text.strip():
                continue
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            yield Item(source=f"{resolved}#{number}", path=resolved, sha256=digest, text=text)
