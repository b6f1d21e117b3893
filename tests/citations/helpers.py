"""Shared helpers of the citation tests: Documents from real sentences, and where ../shared is."""

from __future__ import annotations

from pathlib import Path

from parsers.citations import extract_citations
from parsers.citations.textdoc import document_from_text
from parsers.model import Citation, Header, NamedLaw

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "seeds" / "hung-yen-cchc-2025.txt"
SEED_GOLD = SHARED / "gold" / "hung-yen-cchc-2025.json"


def cite(text: str, footnotes: dict[str, str] | None = None, province: str | None = "Hưng Yên",
         number: str | None = None) -> tuple[list[Citation], list[NamedLaw]]:
    """Citations and named laws of ``text`` read as a document of ``province``."""
    header = Header(province=province, number=number)
    return extract_citations(document_from_text(text, footnotes=footnotes, header=header))


def full(text: str, **kwargs: object) -> list[Citation]:
    """The full (not short-form) citations of ``text``."""
    return [c for c in cite(text, **kwargs)[0] if not c.short_form]  # type: ignore[arg-type]
