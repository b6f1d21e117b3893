"""Tables in the document model: the readers' tables with their cells cleaned like the text and
each row's offsets in ``Document.text``.

A reader puts every row of a table into its page as one line of kind ``table`` (cells joined by
" | ", the header row first) and the table itself into ``Page.tables``; layout makes each such
line a paragraph of kind ``table``, so the rows are found again in order.
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers.model import Page, Paragraph, Table
from parsers.normalize import clean_line
from parsers.readers.tables import row_text


def table_spans(pages: list[Page], paragraphs: list[Paragraph], steps: Sequence[str]) -> list[Table]:
    """Every page's tables, cells cleaned with the line ``steps``, ``row_spans`` from the ``table``
    paragraphs ((0, 0) for a row whose paragraph is not found)."""
    rows = [p for p in paragraphs if p.kind == "table"]
    at = 0
    out = []
    for page in pages:
        for table in page.tables:
            header = _clean(table.header, steps)
            cells = [_clean(row, steps) for row in table.rows]
            if header:
                at = _find(rows, at, row_text(header))[1]
            spans = []
            for row in cells:
                span, at = _find(rows, at, row_text(row))
                spans.append(span)
            out.append(Table(page=table.page, bbox=table.bbox, header=header, rows=cells, source=table.source,
                             pages=table.pages, row_pages=table.row_pages, row_spans=spans))
    return out


def _clean(cells: list[str], steps: Sequence[str]) -> list[str]:
    return [clean_line(cell, [], steps)[0] for cell in cells]


def _find(rows: list[Paragraph], at: int, text: str) -> tuple[tuple[int, int], int]:
    """The span of the first paragraph from ``at`` holding ``text``, and the index after it."""
    key = " ".join(text.split())
    for index in range(at, min(len(rows), at + 50)):
        if " ".join(rows[index].text.split()) == key:
            return (rows[index].start, rows[index].end), index + 1
    return (0, 0), at
