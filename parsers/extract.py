"""Glue of the parsing stage: read, lay out, then run the extractors over the document."""

from __future__ import annotations

import hashlib
from pathlib import Path

from parsers.model import Document, Extraction


def parse_file(path: str | Path) -> Document:
    """Read any supported file into a ``Document`` (raises ``UnreadableFileError`` with a reason)."""
    from parsers.identity import complete_from_header_zone
    from parsers.layout import build_document
    from parsers.readers import read_file
    from parsers.readers.pdfium import signature_times
    from parsers.signing import apply_signing

    source = Path(path)
    pages, fmt = read_file(source)
    doc = build_document(pages, source=str(source), fmt=fmt)
    if fmt == "pdf":  # a scan's number and date from its header zone read again
        complete_from_header_zone(doc, pages, source)
    times = signature_times(source) if fmt == "pdf" else []  # a signed scan without stamp text: its /M
    apply_signing(doc.header, pages, times)  # e-signature stamps: signed_by, signed_at, a missing date
    return doc


def extract(path: str | Path) -> Extraction:
    """Parse ``path`` and extract its citations, named laws and tasks, within ``VANBAN_TIMEOUT``
    seconds (reading and every extractor; OCR pages excepted, see ``parsers.readers.limits``)."""
    from parsers.citations import extract_citations
    from parsers.readers.limits import current_limits, time_limit
    from parsers.tasks import extract_tasks

    with time_limit(current_limits().timeout, path):
        doc = parse_file(path)
        citations, laws = extract_citations(doc)
        tasks = extract_tasks(doc, citations)
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return Extraction(document=doc, citations=citations, named_laws=laws, tasks=tasks, sha256=digest)
