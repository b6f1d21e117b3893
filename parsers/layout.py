"""Layout: pages of lines into a ``Document`` (placeholder until the layout work lands)."""

from __future__ import annotations

from parsers.model import Document, Page, Paragraph


def build_document(pages: list[Page], source: str, fmt: str) -> Document:
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    offset = 0
    for page in pages:
        for line in page.lines:
            text = line.text.strip()
            if not text:
                continue
            paragraphs.append(Paragraph(text=text, page=page.number, start=offset, end=offset + len(text)))
            parts.append(text)
            offset += len(text) + 1
    return Document(source=source, format=fmt, pages=len(pages), text="\n".join(parts), paragraphs=paragraphs)
