"""Document identity: the one place that decides a record's ``key`` and ``id``."""

from __future__ import annotations

import hashlib
from typing import Any


def document_key(record: dict[str, Any]) -> str | None:
    """The canonical key of a record's own number ("178/2024/NĐ-CP", "337/UBND-NC@2025@hưng yên")."""
    header = record.get("document") or {}
    number = header.get("number")
    if not number:
        return None
    try:
        from parsers.citations.keys import document_key as key_of
    except ImportError:  # the citations stage is not there: the number as written
        return str(number)
    try:
        return str(key_of(str(number), header.get("date"), header.get("issuer"), header.get("province")))
    except (TypeError, ValueError):
        return str(number)


def document_id(record: dict[str, Any], taken_by: str | None) -> str:
    """The record's id: its key, else ``sha:<16 hex>``; ``<id>~<8 hex of the source>`` when another
    source already holds that id (two files of the same document stay two documents)."""
    key = document_key(record)
    base = key or f"sha:{record['sha256'][:16]}"
    if taken_by is None or taken_by == record["source"]:
        return base
    return f"{base}~{hashlib.sha256(record['source'].encode()).hexdigest()[:8]}"
