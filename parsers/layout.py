"""Layout: pages of lines into a ``Document`` with one normalised text and offsets into it.

Order of work: group footnote lines into notes (a note continued on the next page stays one
note), link the markers in the body (raised ones from the PDF reader, else glued ones found by
the expected number), clean each line (named steps, offsets kept), join body lines into
paragraphs, then append each footnote as a paragraph of kind "footnote". ``Document.text`` is
body paragraphs in reading order, then footnotes, one paragraph a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import median

from parsers import footnotes as fn
from parsers.labels import DASH, starts_with_label
from parsers.model import BBox, Document, Footnote, FootnoteMarker, Line, Page, Paragraph
from parsers.normalize import DEFAULT_LINE_STEPS, JOIN_STEPS, clean_line, line_separator
from parsers.tables import table_spans

# Kinds that make up Document.text; page numbers, running headers and stamps are left out.
CONTENT_KINDS = frozenset({"body", "header", "signature", "table"})

# A signature line that opens its own paragraph: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ".
AUTHORITY_START = re.compile(r"^(?:TM|KT|Q|TL|TUQ)\.\s|^(?:T/M|K/T|T/L)\s")

# A markdown table row: "| Số: 252/KH-BCĐQG1237 | Hà Nội, ngày 11 tháng 11 năm 2013 |", "|---|---|"
MARKDOWN_ROW = re.compile(r"^\s*\|")

# A line that ends a sentence or an introduction: "... năm 2023.", "Kính gửi:", "... tỉnh;", "./.".
ENDS_SENTENCE = re.compile(r"[.:;!?…”\"]\s*$")


def build_document(
    pages: list[Page], source: str, fmt: str, steps: Sequence[str] = DEFAULT_LINE_STEPS
) -> Document:
    """Lay out ``pages`` into a ``Document``; header and structure are filled by their parsers."""
    from parsers.header import parse_header
    from parsers.structure import build_structure

    lines = [line for page in pages for line in page.lines]
    notes = _prepare(lines, steps)
    builder = _Builder()
    for group in _paragraph_groups([ln for ln in lines if ln.kind in CONTENT_KINDS], markdown=fmt == "md"):
        builder.add_paragraph(group)
    for note in notes:
        builder.add_footnote(note)
    doc = builder.document(source, fmt, len(pages))
    doc.tables = table_spans(pages, doc.paragraphs, steps)
    reader_steps = dict.fromkeys(step for page in pages for step in page.steps)  # e.g. "legacy:tcvn3"
    doc.normalisation = [*reader_steps, *steps, *JOIN_STEPS]
    _ocr_fields(doc, pages)
    doc.header = parse_header(doc)
    doc.structure = build_structure(doc)
    return doc


def _prepare(lines: list[Line], steps: Sequence[str]) -> list[fn.NoteDraft]:
    """Find the notes, link markers, then clean every line (so offsets are computed on clean text)."""
    fn.mark_endnotes(lines)
    notes = fn.collect_footnotes(lines)
    labels = {note.marker for note in notes}
    for line in lines:
        fn.restore_unmatched(line, labels if line.kind != "footnote" else set())
    fn.link_glued_markers(lines, notes)
    for line in lines:
        _clean(line, steps)
    return notes


def _clean(line: Line, steps: Sequence[str]) -> None:
    lead = len(line.text) - len(line.text.lstrip())
    text = line.text.strip()
    marks = [(min(max(0, off - lead), len(text)), m) for off, m in line.superscripts]
    line.text, line.superscripts = clean_line(text, sorted(marks), steps)


def _ocr_fields(doc: Document, pages: list[Page]) -> None:
    doc.ocr_pages = [page.number for page in pages if page.ocr]
    scores = [page.ocr_confidence for page in pages if page.ocr and page.ocr_confidence is not None]
    doc.ocr_confidence = round(sum(scores) / len(scores), 1) if scores else None


# ---------------------------------------------------------------- paragraphs


@dataclass
class _Metrics:
    """What a page's body lines look like: margins, usual gap between lines, usual text length."""

    left: float = 0.0
    right: float = 0.0
    gap: float = 0.0
    length: float = 0.0


def _metrics(lines: list[Line]) -> dict[int, _Metrics]:
    typical = max(60.0, _percentile([len(ln.text) for ln in lines if ln.text], 0.75))
    by_page: dict[int, list[BBox]] = {ln.page: [] for ln in lines}
    for ln in lines:
        if ln.bbox and ln.text:
            by_page[ln.page].append(ln.bbox)
    out: dict[int, _Metrics] = {}
    for page, boxes in by_page.items():
        gaps = [b.top - a.bottom for a, b in zip(boxes, boxes[1:], strict=False) if 0 <= b.top - a.bottom < 40]
        out[page] = _Metrics(
            left=_percentile([b.x0 for b in boxes], 0.1),
            right=_percentile([b.x1 for b in boxes], 0.9),
            gap=median(gaps) if gaps else 0.0,
            length=typical,
        )
    return out


def _percentile(values: list[float] | list[int], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, int(q * len(ordered)))])


def _paragraph_groups(lines: list[Line], markdown: bool = False) -> list[list[Line]]:
    """Split body lines into paragraphs; an empty line is a gap hint and is dropped. In markdown a line is a
    paragraph ("A. MỤC ĐÍCH, YÊU CẦU" after "Căn cứ ..."), except the rows of one table ("| Số: ... |")."""
    metrics = _metrics(lines)
    groups: list[list[Line]] = []
    gap = False
    for line in lines:
        if not line.text:
            gap = True
            continue
        prev = groups[-1][-1] if groups else None
        if prev is None or (_markdown_break(prev, line) if markdown else _breaks(prev, line, gap, metrics[line.page])):
            groups.append([])
        groups[-1].append(line)
        gap = False
    return groups


def _markdown_break(prev: Line, line: Line) -> bool:
    return prev.kind != line.kind or not (MARKDOWN_ROW.match(prev.text) and MARKDOWN_ROW.match(line.text))


def _breaks(prev: Line, line: Line, gap: bool, page: _Metrics) -> bool:
    """True when ``line`` starts a new paragraph after ``prev``."""
    if prev.kind != line.kind or line.kind == "table" or AUTHORITY_START.match(line.text):
        return True
    if starts_with_label(line.text) and not _wrapped_dash(prev, line, page):
        return True
    if _same_row(prev, line) or _other_column(prev, line) or (prev.bold != line.bold and prev.page == line.page):
        return True
    # a capital title ends before a line in small letters: "CHỈ THỊ" / "của Ban Thường vụ Tỉnh ủy"
    ends = ENDS_SENTENCE.search(prev.text) is not None or (_capitals(prev.text) and not _capitals(line.text))
    opens = line.text[:1].isupper()
    if prev.bbox and line.bbox and prev.page == line.page:
        return _layout_break(prev, line, page, ends, opens)
    if _capitals(prev.text) and _capitals(line.text) and not ends and len(prev.text) >= 0.5 * page.length:
        return False  # a capital heading over two lines: "II. ĐỐI VỚI ... SỰ PHỤC" / "VỤ CỦA CƠ QUAN ..."
    short = len(prev.text) < 0.8 * page.length
    return (gap or short) and (ends or opens)


def _wrapped_dash(prev: Line, line: Line, page: _Metrics) -> bool:
    """A dash that goes on with a sentence wrapped just before it, not a list item: "... Hội nghị do đồng chí
    Nguyễn Xuân Danh" (to the right margin) / "— Phó Chủ tịch UBND huyện cùng đồng chí ..."."""
    if not (prev.bbox and line.bbox and prev.page == line.page) or not DASH.match(line.text):
        return False
    size = line.font_size or 12.0
    full = page.right - prev.bbox.x1 < size
    close = line.bbox.top - prev.bbox.bottom <= page.gap * 1.35 + 0.15 * size
    return full and close and not ENDS_SENTENCE.search(prev.text) and not _capitals(prev.text)


def _capitals(text: str) -> bool:
    """At least three letters, all capitals ("CHỈ THỊ")."""
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 3 and all(map(str.isupper, letters))


def _other_column(prev: Line, line: Line) -> bool:
    """Side by side, not one under the other: "CỘNG HÒA XÃ HỘI ..." then "TỈNH HƯNG YÊN" on the left."""
    if not (prev.bbox and line.bbox and prev.page == line.page):
        return False
    return line.bbox.x1 < prev.bbox.x0 or line.bbox.x0 > prev.bbox.x1


def _same_row(prev: Line, line: Line) -> bool:
    """Side by side on one row (they overlap by more than half a line); OCR lines one under the other overlap
    by a few points where the marks of one line ("Ộ", "ặ") reach into the next."""
    if not (prev.bbox and line.bbox and prev.page == line.page):
        return False
    height = min(prev.bbox.bottom - prev.bbox.top, line.bbox.bottom - line.bbox.top)
    return line.bbox.top < prev.bbox.bottom - max(2.0, 0.5 * height)


def _layout_break(prev: Line, line: Line, page: _Metrics, ends: bool, opens: bool) -> bool:
    """PDF lines: a wider gap than usual, an indented first line, or a short line before."""
    assert prev.bbox is not None and line.bbox is not None
    size = line.font_size or 12.0
    if line.bbox.top - prev.bbox.bottom > page.gap * 1.35 + 0.15 * size:
        return True
    indented = line.bbox.x0 > page.left + 0.8 * size and line.bbox.x0 > prev.bbox.x0 + 0.8 * size
    # a line ends its paragraph when the next line's first word would have fitted after it
    first_word = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
    room = page.right - prev.bbox.x1
    short = room > max(1.0, (len(first_word) + 1) * 0.5) * size
    return (indented and (ends or opens)) or (short and (ends or opens)) or (ends and opens and _both_first(prev, line, page))


def _both_first(prev: Line, line: Line, page: _Metrics) -> bool:
    """Two lines indented alike from the margin are two first lines (a paragraph's next line runs from the margin):
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" / "Căn cứ Luật Ban hành văn bản ..."
    (155/PKTHT-TH, a scan whose first line nearly fills the row)."""
    assert prev.bbox is not None and line.bbox is not None
    size = line.font_size or 12.0
    first = prev.bbox.x0 > page.left + 0.8 * size and line.bbox.x0 > page.left + 0.8 * size
    return first and abs(line.bbox.x0 - prev.bbox.x0) < 0.5 * size


# ---------------------------------------------------------------- text assembly


@dataclass
class _Builder:
    """Appends paragraphs to the document text, keeping every offset."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    notes: list[Footnote] = field(default_factory=list)
    markers: list[FootnoteMarker] = field(default_factory=list)

    def _join(self, lines: Iterable[Line], collect: bool) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        start, text = self.length, ""
        for line in lines:
            if not line.text:
                continue
            if text:
                text += line_separator(text, line.text)
            if collect:
                self.markers += [FootnoteMarker(m, start + len(text) + off, line.page) for off, m in line.superscripts]
            text += line.text
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def add_paragraph(self, lines: list[Line]) -> None:
        start, end = self._join(lines, collect=True)
        first = lines[0]
        sizes = [ln.font_size for ln in lines if ln.font_size]
        self.paragraphs.append(Paragraph(
            text="".join(self.parts[-1:]), page=first.page, kind=first.kind, start=start, end=end,
            bbox=_union([ln.bbox for ln in lines if ln.page == first.page]),
            font_size=median(sizes) if sizes else None,
            bold=sum(ln.bold for ln in lines) * 2 > len(lines), italic=sum(ln.italic for ln in lines) * 2 > len(lines),
        ))

    def add_footnote(self, note: fn.NoteDraft) -> None:
        start, end = self._join(note.lines, collect=False)
        first = note.lines[0]
        pages = sorted({ln.page for ln in note.lines})
        linked = any(marker.marker == note.marker for marker in self.markers)
        text = self.parts[-1]
        self.notes.append(Footnote(note.marker, text, first.page, start, end, pages, linked))
        self.paragraphs.append(Paragraph(
            text=text, page=first.page, kind="footnote", start=start, end=end,
            bbox=_union([ln.bbox for ln in note.lines if ln.page == first.page]),
            font_size=first.font_size,
        ))

    def document(self, source: str, fmt: str, pages: int) -> Document:
        return Document(source=source, format=fmt, pages=pages, text="".join(self.parts),
                        paragraphs=self.paragraphs, footnotes=self.notes, markers=self.markers)


def _union(boxes: list[BBox | None]) -> BBox | None:
    real = [b for b in boxes if b is not None]
    if not real:
        return None
    return BBox(min(b.x0 for b in real), min(b.top for b in real), max(b.x1 for b in real), max(b.bottom for b in real))
