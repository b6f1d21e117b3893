"""Header and signature blocks (domain.md §1) (placeholder: filled in by the header work)."""

from __future__ import annotations

from parsers.model import Document, Header


def parse_header(doc: Document) -> Header:
    """Read issuer, number, place, date, type, subject, recipients, signature and "Nơi nhận".

    May set ``kind`` of the paragraphs it consumes to "header" or "signature".
    """
    return Header()
