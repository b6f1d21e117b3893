"""Tasks: who must do what, by when (placeholder)."""

from __future__ import annotations

from parsers.model import Citation, Document, Task


def extract_tasks(doc: Document, citations: list[Citation]) -> list[Task]:
    return []
