"""Citations: every document cited by number, and laws cited by name (placeholder)."""

from __future__ import annotations

from parsers.model import Citation, Document, NamedLaw


def extract_citations(doc: Document) -> tuple[list[Citation], list[NamedLaw]]:
    return [], []
