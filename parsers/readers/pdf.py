"""PDF reader: characters (PDFium's, pdfplumber's as the fallback) into ``Line`` objects that keep their typography.

Characters are grouped into lines by vertical overlap (a raised footnote marker stays on its
line), a line is split where a wide gap separates two columns (the header's issuer and motto),
and words are separated where the gap between two characters is wider than a fifth of the
font size. Fonts are never used to split words: Vietnamese PDFs often draw "ậ" from another
font subset than "Lu" and "t".

Per page, ``page_from_objects`` also marks what is not content: the footnote area under the
short rule at the foot of the page, page numbers, and digital-signature stamp text. Across
pages, ``read_pdf`` marks running headers and footers. Text drawn by annotations (signature
widgets, FreeText, Stamp: ``annotations.py``) is read in place: a number stamped into a blank joins
its line, stamps and margin labels become lines of their own; ``Line.origin`` records it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter, sub
from pathlib import Path
from statistics import median
from typing import Any

from parsers.model import BBox, Line, Page
from parsers.readers.tables import has_rule_grid, pdfium_tables, pdfplumber_tables, place_tables
from vanban.errors import UnreadableFileError

Char = dict[str, Any]

WORD_GAP = 0.2  # a gap wider than this many font sizes between two characters is a space
COLUMN_GAP = 2.5  # a gap wider than this many font sizes splits a row into two lines
SUPERSCRIPT_SIZE = 0.85  # a raised marker is at most this fraction of its line's font size
SUPERSCRIPT_RISE = 0.15  # ... and its baseline is raised by at least this fraction
SUPERSCRIPT_HIGH = 0.3  # a marker raised this much may keep its line's size ("[1]" in VBHN texts)
MARKER_CHARS = frozenset("0123456789*[]")
EDGE_BAND = 0.1  # top and bottom tenth of a page: where page numbers and running headers sit

# Font names that say bold or italic: "TimesNewRomanPS-BoldMT", "Arial,BoldItalic", "Times-Italic".
BOLD_FONT = re.compile(r"Bold|Black|Heavy|Semibold|Demi|,B\b", re.IGNORECASE)
ITALIC_FONT = re.compile(r"Italic|Oblique|,I\b|-It\b", re.IGNORECASE)

# A page number alone on a line: "2", "- 2 -", "Trang 2", "2/9".
PAGE_NUMBER = re.compile(r"^\W{0,3}(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?\W{0,3}$", re.IGNORECASE)


def read_pdf(path: Path, max_pages: int | None = None) -> list[Page]:
    """Read the first ``max_pages`` pages (all when None) of the PDF at ``path``.

    PDFium (``parsers.readers.pdfium``) reads the characters and rules; a file it cannot read is
    read again with pdfplumber, the step ``reader:pdfplumber`` recorded in each page's ``steps``.
    Raises ``UnreadableFileError`` with reason "encrypted" or "corrupt", never a traceback.
    """
    from parsers.readers.pdfium import pdf_pages

    try:
        read = list(pdf_pages(path, max_pages))
        pages = [page_from_objects(p.chars, p.segments, p.width, p.height, p.number, False) for p in read]
    except UnreadableFileError:
        raise
    except Exception:  # PDFium refused the file (password, damage): pdfminer reads it or says why not
        read, pages = [], []
    if not pages:
        pages = _read_pdfplumber(path, list(range(1, max_pages + 1)) if max_pages else None)
        for page in pages:
            page.steps.append(FALLBACK_STEP)
    else:
        pages = _with_plumber_pages(path, pages, read)
    mark_running_headers(pages)
    return pages


FALLBACK_STEP = "reader:pdfplumber"
# a page handed to pdfplumber: its ruled tables found by pdfplumber's table finder, the text its annotations
# draw read by pdfminer, or (a ruled page with turned characters) the whole page read again by pdfminer
PLUMBER_STEP = "reader:pdfplumber-page"


def _with_plumber_pages(path: Path, pages: list[Page], read: list[Any]) -> list[Page]:
    """``pages`` (from the ``PdfiumPage``s ``read``) with what pdfplumber is the better tool for: ruled
    tables (its table finder on PDFium's characters and rules) and the text annotations draw (a number
    stamped into a signature widget: pdfminer runs the annotations' appearance streams only). A ruled
    page with characters that are not upright is read again by pdfminer whole (its cells hold them)."""
    again = {p.number for p in read if p.turned and has_rule_grid(p.segments)}
    annotated = {p.number: p for p in read if p.annotations and p.number not in again}
    for page, objects in zip(pages, read, strict=True):
        if objects.curves is not None and objects.number not in again and objects.number not in annotated:
            page.lines, page.tables = _with_tables(page.lines, pdfium_tables(objects))
            page.steps.append(PLUMBER_STEP)
    if not again and not annotated:
        return pages

    def make(pdf_page: Any, number: int) -> Page:
        return page_from_pdfplumber(pdf_page, number) if number in again else _annotated_page(pdf_page, annotated[number])

    redone = {page.number: page for page in _read_pdfplumber(path, sorted(again | set(annotated)), make)}
    for page in redone.values():
        page.steps.append(PLUMBER_STEP)
    return [redone.get(page.number, page) for page in pages]


def _with_tables(lines: list[Line], tables: list[tuple[Any, list[Line]]]) -> tuple[list[Line], list[Any]]:
    """A page's lines with each ruled table's rows (one ``table`` line a row) in place of the lines they
    cover, and the tables."""
    return place_tables(lines, tables), [table for table, _rows in tables]


def _annotated_page(pdf_page: Any, objects: Any) -> Page:
    """A page PDFium read (``objects``, a ``PdfiumPage``) with the text its annotations draw, read by
    pdfminer from their appearance streams and laid out as ``page_from_pdfplumber`` lays it out."""
    filled, apart, origins = _annotation_text(pdf_page, objects.number, objects.chars)
    width, height = float(pdf_page.width), float(pdf_page.height)  # pdfplumber's, in double precision
    page = page_from_objects(objects.chars + filled, objects.segments, width, height, objects.number, bool(filled))
    lines, page.tables = _with_tables(page.lines, pdfium_tables(objects) if objects.curves is not None else [])
    page.lines = lines + apart
    page.steps += origins
    return page


def _read_pdfplumber(path: Path, wanted: list[int] | None, make: Any = None) -> list[Page]:
    """The pdfminer path (pdfplumber pages ``wanted``, all when None, each made a ``Page`` by ``make``,
    ``page_from_pdfplumber`` by default): for files PDFium cannot read, and pages with annotations."""
    import pdfplumber

    make = make or page_from_pdfplumber
    pages: list[Page] = []
    try:
        with pdfplumber.open(path, pages=wanted) as pdf:
            for pdf_page in pdf.pages:
                pages.append(make(pdf_page, pdf_page.page_number))
                pdf_page.close()
    except UnreadableFileError:
        raise
    except Exception as exc:  # pdfminer raises many types for broken files
        inner = next((arg for arg in exc.args if isinstance(arg, UnreadableFileError)), None)
        if inner is not None:  # pdfplumber wrapped ours (a time limit hit inside pdfminer)
            raise inner from exc
        raise UnreadableFileError(str(path), _reason(exc), _detail(exc)) from exc
    return pages


def _reason(exc: BaseException) -> str:
    """"encrypted", "too-large" or "corrupt"; pdfplumber wraps pdfminer's error in its args."""
    name = type(exc).__name__ + "".join(type(arg).__name__ for arg in exc.args)
    if "Password" in name or "Encrypt" in name:
        return "encrypted"
    if isinstance(exc, MemoryError):
        return "too-large"
    return "corrupt"


def _detail(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:160]


def page_from_pdfplumber(pdf_page: Any, number: int) -> Page:
    """One pdfplumber page into a ``Page`` (``number`` is 1-based), non-content lines marked."""
    chars, segments = _page_objects(pdf_page)
    filled, apart, origins = _annotation_text(pdf_page, number, chars)
    page = page_from_objects(chars + filled, segments, float(pdf_page.width), float(pdf_page.height), number,
                             bool(filled))
    tables = pdfplumber_tables(pdf_page, number, segments)  # ruled tables: one ``table`` line a row
    page.lines = place_tables(page.lines, tables) + apart
    page.tables = [table for table, _rows in tables]
    page.steps += origins
    return page


def page_from_objects(
    chars: list[Char], segments: list[Char], width: float, height: float, number: int, mixed: bool | None = None
) -> Page:
    """A page's characters and straight segments (pdfplumber's coordinates, from either reader) into
    a ``Page`` (``number`` is 1-based): lines in reading order, non-content lines marked. ``mixed``:
    whether some characters were drawn by annotations (they carry an ``origin``); None: look."""
    if mixed is None:
        mixed = any("origin" in c for c in chars)
    rows = [[_origin_line(seg, number, mixed) for seg in _segments(row)] for row in _rows(chars)]
    lines = column_order(rows, width)
    mark_footnote_area(lines, _footnote_rule(segments, width, height))
    mark_page_number(lines, height)
    _mark_stamps(lines)
    return Page(number=number, lines=lines, width=width, height=height)


def _origin_line(chars: list[Char], number: int, mixed: bool = True) -> Line:
    """A ``Line`` that records where its text came from when part of it was drawn by an annotation
    (``mixed``: some characters may carry an ``origin``)."""
    line = _make_line(chars, number, mixed)
    if mixed:
        line.origin = next((c["origin"] for c in chars if "origin" in c), None)
    return line


def _annotation_text(pdf_page: Any, number: int, page_chars: list[Char]) -> tuple[list[Char], list[Line], list[str]]:
    """Characters that annotations draw over the page, split in two: a one-row text filling a blank of
    a page line (the number "565" stamped into "Số:      /TB-UBND") is laid out with the page's
    characters; any other (e-signature stamps "Ký bởi: ...", "Thời gian ký: ...", a portal's label in
    the margin) becomes lines of its own, kind ``stamp`` or ``annotation``, out of the text.
    Also the origins read ("annotation:widget"), for ``Page.steps``.
    """
    from parsers.readers.annotations import annotation_layouts
    from parsers.readers.ocr import is_stamp_line

    height, mb_x0, mb_top = pdf_page.height, pdf_page.mediabox[0], pdf_page.mediabox[1]
    filled: list[Char] = []
    apart: list[Line] = []
    origins: list[str] = []
    for origin, layout in annotation_layouts(pdf_page):
        chars = _layout_objects(layout._objs, height, mb_x0, mb_top, pdf_page.pdf.unicode_norm)[0]
        chars = chars or _picture_digits(layout, height, mb_x0, mb_top)
        if not chars:
            continue
        for char in chars:
            char["origin"] = origin
        rows = _rows(chars)
        own = [_origin_line(seg, number) for row in rows for seg in _segments(row)]
        if len(rows) == 1 and not any(is_stamp_line(ln.text) for ln in own) and _fills_line(chars, page_chars):
            filled += chars
        else:
            for line in own:
                line.kind = "stamp" if is_stamp_line(line.text) else "annotation"
            apart += own
        origins += [origin] if origin not in origins else []
    return filled, apart, origins


# what a widget's picture may say to be read as text: "21", "05", "15.11"
PICTURE_DIGITS = re.compile(r"^\d{1,6}(?:[./-]\d{1,4})?$")
MIN_PICTURE_CONFIDENCE = 80.0


def _picture_digits(layout: Any, height: float, mb_x0: float, mb_top: float) -> list[Char]:
    """A widget that draws only a small picture of digits ("21" stamped into "Số    -HD/BTCTU"):
    the digits OCRed, as one character spanning the picture."""
    from pdfminer.layout import LTContainer, LTImage

    from parsers.readers.ocr import WIDGET_IMAGE_MAX, read_widget_image

    found: list[Char] = []
    stack = [layout]
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTContainer):
            stack.extend(obj._objs)
        elif isinstance(obj, LTImage) and obj.width <= WIDGET_IMAGE_MAX[0] and obj.height <= WIDGET_IMAGE_MAX[1]:
            text, confidence = read_widget_image(obj)
            if PICTURE_DIGITS.match(text) and confidence >= MIN_PICTURE_CONFIDENCE:
                char = _geometry(obj, height, mb_x0, mb_top)
                char.update(text=text, fontname="", size=0.8 * obj.height, space_before=True)
                found.append(char)
    return found


def _fills_line(chars: list[Char], page_chars: list[Char]) -> bool:
    """Whether annotation characters sit on a row of the page's text, next to it (in a blank of that line)."""
    top, bottom = min(c["top"] for c in chars), max(c["bottom"] for c in chars)
    x0, x1 = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    reach = COLUMN_GAP * median(c["size"] for c in chars)
    return any(
        top <= (c["top"] + c["bottom"]) / 2 <= bottom and c["x0"] - reach <= x1 and x0 <= c["x1"] + reach
        for c in page_chars
    )


def _page_objects(pdf_page: Any) -> tuple[list[Char], list[Char]]:
    """The page's visible characters and its straight segments (lines, then rects), in one walk
    of pdfminer's layout.

    The values are pdfplumber's (``page.chars``, ``page.lines``, ``page.rects``) for the keys this
    reader uses, without building pdfplumber's full object dicts (colours, matrices, paths), which
    cost a fifth of the parsing time. Only upright non-blank characters are kept; one that follows
    a space character in the content stream is marked ``space_before`` (some PDFs draw "CỦA QUỐC"
    with a space narrower than any gap rule).
    """
    height, mb_x0, mb_top = pdf_page.height, pdf_page.mediabox[0], pdf_page.mediabox[1]
    chars, lines, rects = _layout_objects(pdf_page.layout._objs, height, mb_x0, mb_top, pdf_page.pdf.unicode_norm)
    return chars, lines + rects


def _layout_objects(
    objs: list[Any], height: float, mb_x0: float, mb_top: float, norm: Any
) -> tuple[list[Char], list[Char], list[Char]]:
    """Characters, lines and rects of a pdfminer layout tree, in pdfplumber's page coordinates."""
    from pdfminer.layout import LTChar, LTContainer
    from pdfplumber.page import fix_fontname_bytes

    chars: list[Char] = []
    lines: list[Char] = []
    rects: list[Char] = []
    after_space = False
    stack = [iter(objs)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
        elif isinstance(obj, LTChar):
            text = obj.get_text() if norm is None else unicodedata.normalize(norm, obj.get_text())
            if not text.strip():
                after_space = True
                continue
            if obj.upright:
                fontname = obj.fontname
                if isinstance(fontname, bytes):  # pragma: no cover - rare byte-encoded names
                    fontname = fix_fontname_bytes(fontname)
                char = _geometry(obj, height, mb_x0, mb_top)
                char.update(text=text, fontname=fontname, size=obj.size, space_before=after_space)
                chars.append(char)
            after_space = False
        elif type(obj).__name__ == "LTLine":  # pdfplumber sorts objects by class name
            lines.append(_geometry(obj, height, mb_x0, mb_top))
        elif type(obj).__name__ == "LTRect":
            rects.append(_geometry(obj, height, mb_x0, mb_top))
    return chars, lines, rects


def _geometry(obj: Any, height: float, mb_x0: float, mb_top: float) -> Char:
    """x0, x1, top, bottom of a pdfminer object in pdfplumber's page coordinates."""
    x0, x1 = (obj.x0 + mb_x0, obj.x1 + mb_x0) if mb_x0 != 0 else (obj.x0, obj.x1)
    return {"x0": x0, "x1": x1, "top": (height - obj.y1) + mb_top, "bottom": (height - obj.y0) + mb_top}


@dataclass
class _Row:
    top: float
    bottom: float
    chars: list[Char] = field(default_factory=list)


def _rows(chars: list[Char]) -> list[list[Char]]:
    """Group characters into rows: a character joins the row its vertical middle falls in (one of
    the last three rows started, latest first)."""
    rows: list[_Row] = []
    last: _Row | None = None
    row: _Row | None = None
    before_top = before_bottom = None
    for char in _by_level(chars):
        top, bottom = char["top"], char["bottom"]
        if top == before_top and bottom == before_bottom and row is not None:  # as the character before: its row
            row.chars.append(char)
            continue
        before_top, before_bottom = top, bottom
        middle = (top + bottom) / 2
        row = last if last is not None and last.top <= middle <= last.bottom else _row_at(rows, middle)
        if row is None:
            row = last = _Row(top, bottom)
            rows.append(row)
        else:
            if top < row.top:
                row.top = top
            if bottom > row.bottom:
                row.bottom = bottom
        row.chars.append(char)
    ordered = _merge_marker_rows(sorted(rows, key=lambda r: (r.top + r.bottom) / 2))
    return [sorted(r.chars, key=_X0) for r in ordered]


_X0 = itemgetter("x0")


def _by_level(chars: list[Char]) -> list[Char]:
    """Characters by baseline (bottom rounded to 0.1 pt), then x0, then their order in ``chars``: a
    line's characters share a bottom, so it is rounded once per run of equal bottoms and each level's
    characters sorted on their own (a stable sort by x0 keeps ties in order)."""
    levels: dict[float, list[Char]] = {}
    bottom, group = None, None
    for char in chars:
        if char["bottom"] != bottom or group is None:
            bottom = char["bottom"]
            group = levels.get(level := round(bottom, 1))
            if group is None:
                group = levels[level] = []
        group.append(char)
    ordered: list[Char] = []
    for level in sorted(levels):
        group = levels[level]
        group.sort(key=_X0)
        ordered += group
    return ordered


def _row_at(rows: list[_Row], middle: float) -> _Row | None:
    """The latest of the last three rows whose height holds ``middle``."""
    for back in (1, 2, 3):
        if back > len(rows):
            return None
        row = rows[-back]
        if row.top <= middle <= row.bottom:
            return row
    return None


def _merge_marker_rows(rows: list[_Row]) -> list[_Row]:
    """Fold a row made only of small raised digits ("1") into the larger line it overlaps."""
    out: list[_Row] = []
    for index, row in enumerate(rows):
        host = _marker_host(row, rows[index + 1] if index + 1 < len(rows) else None) or _marker_host(
            row, out[-1] if out else None
        )
        if host is None:
            out.append(row)
            continue
        host.chars.extend(row.chars)
        host.top = min(host.top, row.top)
    return out


def _marker_host(row: _Row, other: _Row | None) -> _Row | None:
    if other is None or not all(c["text"] in MARKER_CHARS for c in row.chars):
        return None
    size = median(c["size"] for c in other.chars)
    largest = max(c["size"] for c in row.chars)
    small = largest <= SUPERSCRIPT_SIZE * size
    high = largest < size and row.bottom < other.bottom - SUPERSCRIPT_HIGH * size
    overlaps = row.bottom > other.top and row.top < other.bottom
    return other if (small or high) and overlaps else None


def _segments(row: list[Char]) -> list[list[Char]]:
    """Split a row where a gap wider than ``COLUMN_GAP`` font sizes separates two columns."""
    gap = COLUMN_GAP * _median(list(map(_SIZE, row)))
    cuts = [i for i, space in enumerate(map(sub, map(_X0, row[1:]), map(_X1, row)), 1) if space > gap]
    return [row[start:end] for start, end in zip([0, *cuts], [*cuts, len(row)], strict=True)]


MAX_COLUMN_ROWS = 15  # two-column blocks (header, signature) are short; longer runs are tables


def column_order(rows: list[list[Line]], width: float | None = None) -> list[Line]:
    """Lines in reading order: a two-column block (issuer | motto, "Nơi nhận" | signature) is read
    left column first, then right column; every other row left to right.

    With the page ``width``, a block is two columns only when its first row splits the page
    into halves (a table's narrow code column "QT-01" stays on its row).
    """
    out: list[Line] = []
    index = 0
    while index < len(rows):
        end, gap = _column_run(rows, index, width)
        block = [line for row in rows[index:end] for line in row]
        if gap is None:
            out += block
        else:
            out += [ln for ln in block if _left_of(ln, gap[1])] + [ln for ln in block if not _left_of(ln, gap[1])]
        index = end
    return out


def _column_run(
    rows: list[list[Line]], start: int, width: float | None = None
) -> tuple[int, tuple[float, float] | None]:
    """End of the two-column block starting at ``start`` and its gutter, or (start + 1, None)."""
    if len(rows[start]) != 2 or not all(ln.bbox for ln in rows[start]):
        return start + 1, None
    left, right = rows[start]
    assert left.bbox is not None and right.bbox is not None
    if width and (left.bbox.x1 > 0.55 * width or right.bbox.x0 > 0.7 * width):
        return start + 1, None
    low, high = left.bbox.x1, right.bbox.x0
    end = start + 1
    while end < len(rows) and end - start < MAX_COLUMN_ROWS and len(rows[end]) <= 2:
        narrowed = _narrow(rows[end], low, high)
        if narrowed is None:
            break
        (low, high), end = narrowed, end + 1
    return end, (low, high)


def _narrow(row: list[Line], low: float, high: float) -> tuple[float, float] | None:
    """The gutter left between the columns once ``row`` is placed, or None if a line crosses it."""
    for line in row:
        box = line.bbox
        if box is None:
            return None
        if box.x1 <= high and box.x0 < low:
            low = max(low, box.x1)
        elif box.x0 >= low and box.x1 > high:
            high = min(high, box.x0)
        else:
            return None
        if low > high:
            return None
    return low, high


def _left_of(line: Line, x: float) -> bool:
    return line.bbox is not None and line.bbox.x1 <= x


def _make_line(chars: list[Char], number: int, mixed: bool = True) -> Line:
    """Characters of one line into a ``Line``: text, raised markers detached, size, style, bbox
    (``mixed``: some characters may carry an ``origin``)."""
    size = _median(list(map(_SIZE, chars)))
    x0s, x1s = list(map(_X0, chars)), list(map(_X1, chars))
    gaps = list(map(sub, x0s[1:], x1s))  # the gap before each character but the first
    spacing = _letter_spacing(gaps, size)
    raised = None if MARKER_CHARS.isdisjoint(map(_TEXT, chars)) else _raised(chars, size)
    if raised is None or not any(raised):  # no raised marker: all characters, their median size
        return _finish_line(_line_text(chars, gaps, size, spacing, mixed), [], chars, number, size,
                            (min(x0s), max(x1s)))
    text, prev = "", None
    marks: list[list[Any]] = []
    for char, up in zip(chars, raised, strict=True):
        if up:
            _add_mark(marks, len(text), char)
        elif prev is None:
            text += char["text"]
        else:
            text = _joined(text, prev, char, spacing + WORD_GAP * min(size, char["size"]), mixed)
        prev = char
    if not marks:
        return _finish_line(text, marks, chars, number, size, (min(x0s), max(x1s)))
    kept = [c for c, up in zip(chars, raised, strict=True) if not up]
    return _finish_line(text, marks, kept or chars, number)


def _raised(chars: list[Char], size: float) -> list[bool]:
    """Which characters of a line are raised markers (``size``: the line's median size)."""
    baseline = _median([c["bottom"] for c in chars if c["size"] >= SUPERSCRIPT_SIZE * size])
    return [c["text"] in MARKER_CHARS and _is_raised(c, size, baseline) for c in chars]


def _line_text(chars: list[Char], gaps: list[float], size: float, spacing: float, mixed: bool) -> str:
    """The text of a line without raised markers: a space where the gap before a character (``gaps``) is
    wider than a word gap, or where the reader saw one (``space_before``), or where an annotation's text
    meets the page's (``mixed``: "Số:" then the stamped "17738", whose widget may overlap the label)."""
    word = spacing + WORD_GAP * size  # the gap for a character at least as large as the line's median
    text = chars[0]["text"]
    for prev, char, gap in zip(chars, chars[1:], gaps, strict=False):
        char_size = char["size"]
        wide = gap > (word if size < char_size else spacing + WORD_GAP * char_size)
        if (wide or char["space_before"] or (mixed and prev.get("origin") != char.get("origin"))) and text \
                and not text.endswith(" "):
            text += " "
        text += char["text"]
    return text


def _joined(text: str, prev: Char, char: Char, gap: float, mixed: bool) -> str:
    """``text`` with ``char`` after ``prev``: a space between them where the gap is wider than ``gap``,
    or where an annotation's text meets the page's ("Số:" then the stamped "17738", whose widget may
    overlap the label)."""
    wide = char["x0"] - prev["x1"] > gap or (mixed and prev.get("origin") != char.get("origin"))
    if text and (wide or char["space_before"]) and not text.endswith(" "):
        text += " "
    return text + char["text"]


def _median(values: list[float]) -> float:
    """``statistics.median`` of a non-empty list, without its generality."""
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def _letter_spacing(gaps: list[float], size: float) -> float:
    """The extra space a letter-spaced line ("C Ộ N G  H Ò A") puts between letters; 0 for normal text.
    ``gaps``: between each two characters of the line (seven characters at least); ``size``: their median size.

    Most gaps in a line are between letters of a word; when even the small ones are wide, the
    line is letter-spaced and words are told apart by a gap wider than that.
    """
    if len(gaps) < 6:
        return 0.0
    ordered = sorted(gaps)
    usual = ordered[len(ordered) * 3 // 10]
    return usual if usual > 0.12 * size else 0.0


def _is_raised(char: Char, size: float, baseline: float) -> bool:
    """A marker character (text in ``MARKER_CHARS``, checked by the caller): smaller and raised ("¹"),
    or raised high ("[1]" at 11.5 pt on 12 pt)."""
    rise = baseline - char["bottom"]
    small = char["size"] <= SUPERSCRIPT_SIZE * size
    return (small and rise > SUPERSCRIPT_RISE * size) or (char["size"] < size and rise > SUPERSCRIPT_HIGH * size)


def _add_mark(marks: list[list[Any]], offset: int, char: Char) -> None:
    """Append ``char`` to the marker at ``offset`` or start a new marker there."""
    if marks and marks[-1][0] == offset:
        marks[-1][1] += char["text"]
    else:
        marks.append([offset, char["text"]])


def _finish_line(
    text: str, marks: list[list[Any]], chars: list[Char], number: int, size: float | None = None,
    across: tuple[float, float] | None = None,
) -> Line:
    """The ``Line``; ``size`` (the characters' median size) and ``across`` (their leftmost x0 and rightmost
    x1) when the caller has them."""
    stripped = text.rstrip()
    superscripts = [
        (min(int(offset), len(stripped)), str(marker).strip("[]")) for offset, marker in marks if str(marker).strip("[]")
    ]
    bold, italic = _line_style(chars)
    left, right = (min(map(_X0, chars)), max(map(_X1, chars))) if across is None else across
    box = BBox(left, min(map(_TOP, chars)), right, max(map(_BOTTOM, chars)))
    size = round(_median([c["size"] for c in chars]) if size is None else size, 2)
    return Line(text=stripped, page=number, bbox=box, font_size=size, bold=bold, italic=italic,
                superscripts=superscripts)


_TOP, _X1, _BOTTOM = itemgetter("top"), itemgetter("x1"), itemgetter("bottom")
_SIZE, _TEXT, _FONTNAME = itemgetter("size"), itemgetter("text"), itemgetter("fontname")


def _line_style(chars: list[Char]) -> tuple[bool, bool]:
    """(bold, italic): whether more than half of the characters are set in a bold (an italic) font."""
    try:
        names = list(map(_FONTNAME, chars))
    except KeyError:  # a character without a font (none of the readers makes one)
        names = [c.get("fontname", "") for c in chars]
    if names.count(names[0]) == len(names):  # one font, as most lines are
        return _font_style(names[0])
    fonts = Counter(names)
    bold = sum(count for name, count in fonts.items() if _font_style(name)[0]) * 2 > len(chars)
    italic = sum(count for name, count in fonts.items() if _font_style(name)[1]) * 2 > len(chars)
    return bold, italic


@lru_cache(maxsize=512)
def _font_style(fontname: str) -> tuple[bool, bool]:
    """(bold, italic) from a font name; a page has a handful of fonts and thousands of characters."""
    return BOLD_FONT.search(fontname) is not None, ITALIC_FONT.search(fontname) is not None


def _footnote_rule(segments: list[Char], width: float, height: float) -> float | None:
    """The top of the short horizontal rule above the footnotes, when the page has one.

    A rule stands alone: no other segment on its level and no vertical segment touching it
    (a table's cell borders are short horizontal segments too).
    """
    flat = [s for s in segments if abs(s["bottom"] - s["top"]) < 2.0]
    upright = [s for s in segments if s["x1"] - s["x0"] < 2.0 and s["bottom"] - s["top"] > 5.0]
    found = []
    for seg in flat:
        length, top = seg["x1"] - seg["x0"], float(seg["top"])
        if not (20.0 <= length <= 0.5 * width and top > 0.4 * height):
            continue
        alone = sum(abs(other["top"] - top) < 1.5 for other in flat) == 1
        touched = any(u["top"] - 2.0 <= top <= u["bottom"] + 2.0 and seg["x0"] - 2.0 <= u["x0"] <= seg["x1"] + 2.0
                      for u in upright)
        if alone and not touched:
            found.append(top)
    return min(found) if found else None


def body_size(lines: list[Line]) -> float | None:
    """The font size most characters of these lines are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.font_size:
            sizes[round(line.font_size)] += len(line.text)
    return float(sizes.most_common(1)[0][0]) if sizes else None


def mark_footnote_area(lines: list[Line], rule: float | None) -> None:
    """Mark smaller lines under the footnote rule (or, without a rule, from a raised label on) as footnotes."""
    above = [ln for ln in lines if rule is None or (ln.bbox is not None and ln.bbox.bottom <= rule + 1.0)]
    size = body_size(above or lines)
    if size is None:
        return
    in_area = False
    for line in sorted(lines, key=lambda ln: ln.bbox.top if ln.bbox else 0.0):
        top = line.bbox.top if line.bbox else 0.0
        smaller = (line.font_size or size) < size - 0.5
        if rule is not None and top >= rule - 1.0 and smaller:
            line.kind = "footnote"
        elif rule is None and smaller and (in_area or _opens_note(line)):
            in_area, line.kind = True, "footnote"
        elif not smaller:
            in_area = False


def _opens_note(line: Line) -> bool:
    return bool(line.superscripts) and line.superscripts[0][0] == 0 and bool(line.text)


def mark_page_number(lines: list[Line], height: float) -> None:
    """A lone number on the page's first or last row, in the page's top or bottom band (text pages and OCR pages)."""
    boxes = [ln.bbox for ln in lines if ln.bbox]
    if not boxes:
        return
    first, last = min(b.top for b in boxes), max(b.bottom for b in boxes)
    for line in lines:
        box = line.bbox
        if box is None or not PAGE_NUMBER.match(_with_marks(line)):
            continue
        on_edge_row = box.top - first < 3.0 or last - box.bottom < 3.0
        in_band = box.bottom < EDGE_BAND * height or box.top > (1 - EDGE_BAND) * height
        if on_edge_row and in_band:
            line.kind = "page_number"


def _with_marks(line: Line) -> str:
    text = line.text
    for offset, marker in reversed(line.superscripts):
        text = text[:offset] + marker + text[offset:]
    return text


def _mark_stamps(lines: list[Line]) -> None:
    from parsers.readers.ocr import is_stamp_line

    for line in lines:
        if line.kind == "body" and is_stamp_line(line.text):
            line.kind = "stamp"


def mark_running_headers(pages: list[Page]) -> None:
    """Lines in a page's top or bottom band whose text (digits aside) recurs on many pages."""
    if len(pages) < 2:
        return
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({key for line in page.lines if (key := _edge_key(line, page)) is not None})
    need = max(2, len(pages) // 2) if len(pages) < 6 else 3
    for page in pages:
        for line in page.lines:
            key = _edge_key(line, page)
            if key is not None and seen[key] >= need and line.kind == "body":
                line.kind = "running_header"


def _edge_key(line: Line, page: Page) -> str | None:
    if line.bbox is None or not page.height or not line.text.strip():
        return None
    band = EDGE_BAND * page.height
    if band < line.bbox.top < page.height - band or not any(c.isalpha() for c in line.text):
        return None  # bare numbers are page numbers or table cells, not running headers
    return re.sub(r"\d+", "#", line.text.strip().lower())
