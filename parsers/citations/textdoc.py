"""A ``Document`` from plain text, for tests, benchmarks and texts that have no layout (jsonl, markdown).

One paragraph per line; the texts given in ``footnotes`` (marker -> text) become
footnotes placed after the body, as the layout stage places them.
"""

from __future__ import annotations

from parsers.model import Document, Footnote, Header, Paragraph


def document_from_text(
    text: str,
    footnotes: dict[str, str] | None = None,
    header: Header | None = None,
    source: str = "<text>",
    page: int = 1,
) -> Document:
    """Build a Document: body paragraphs from the lines of ``text``, then each footnote as a paragraph."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    notes: list[Footnote] = []
    offset = 0
    for line in text.split("\n"):
        paragraphs.append(Paragraph(text=line, page=page, kind="body", start=offset, end=offset + len(line)))
        parts.append(line)
        offset += len(line) + 1
    for marker, note in (footnotes or {}).items():
        paragraphs.append(Paragraph(text=note, page=page, kind="footnote", start=offset, end=offset + len(note)))
        notes.append(Footnote(marker=marker, text=note, page=page, start=offset, end=offset + len(note),
                              pages=[page], linked=True))
        parts.append(note)
        offset += len(note) + 1
    return Document(source=source, format="txt", pages=page, text="\n".join(parts), paragraphs=paragraphs,
                    footnotes=notes, header=header or Header())
