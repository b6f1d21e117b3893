"""PDF characters and ruling lines read with PDFium (pypdfium2), as the pdfminer path reads them.

``pdf_pages(path)`` yields, per page, the same plain data ``parsers.readers.pdf`` builds from
pdfminer: characters as dicts {x0, x1, top, bottom, text, fontname, size, space_before} and the
straight segments of the page's paths (lines, then axis-aligned rectangles) as {x0, x1, top,
bottom}, both in pdfplumber's page coordinates (origin top-left, the page's /Rotate applied,
mediabox offset as pdfplumber applies it). PDFium parses a page about twenty times faster than
pdfminer; the values were checked against pdfminer's on the real corpus (``tests/layout``):

- x0/x1 are the character's advance (PDFium's loose box), bottom is the baseline minus the font's
  descent and top is bottom minus the size, as pdfminer computes them; size is the font size
  times the text matrix's vertical scale (pdfminer's ``LTChar.size``), not the glyph's ink.
- PDFium inserts characters of its own: a space where a gap or a line break is (kept as
  ``space_before`` of the next character for a space, dropped for a line break), and a
  line-ending hyphen it reports as U+0002 (read back as "-").
- A glyph without a Unicode mapping (a CID font without ToUnicode: pdfminer's "(cid:72)") reads
  as U+FFFD, the "unmapped" signal ``parsers.readers.ocr.needs_ocr`` looks for.
- Only upright characters are kept (text matrix times page rotation: a*d > 0 and b*c <= 0).

Calls into PDFium go through prototypes without argument conversion (a character costs four
calls); a text object's font, size and orientation are read once per object.
"""

from __future__ import annotations

import ctypes
import re
import struct
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

Char = dict[str, Any]
Glyph = tuple[float | None, str]  # advance in user space (None: PDFium's loose box), text
Glyphs = dict[str, Glyph]

# code points PDFium reports for characters it made up or could not map
GENERATED_HYPHEN = 0x2  # a hyphen at a line end ("kHyphen"), read back as "-"
UNMAPPED = "\ufffd"
LINE_BREAKS = frozenset("\n\r")
# characters that are no character of the page: line breaks, and spaces (which mark the next character)
SKIPPED = LINE_BREAKS | frozenset(ch for ch in map(chr, range(0x20, 0x3000 + 1)) if ch.isspace())
NOT_ALNUM = re.compile(r"[^\w\s]|_")  # characters read again one by one (see ``_Reader.codes``)
WIDTH_SLACK = 0.05  # points an advance may pass PDFium's loose box by (float rounding)
SPACE_ROWS = 12  # baselines (rounded points) searched below and above a left-out space
SPACE_OVERLAP = 0.1  # ... and at most this share of its size inside the previous character (kerning)
SPACE_SLACK = 0.01  # a left-out space object starts at most this far right of the character it precedes
# ... with its baseline inside the character's height: a space drawn raised after a superscript ("m³ trở")
BASELINE_BELOW, BASELINE_ABOVE = 0.25, 0.5
EMPTY_WIDTH = 0.01  # PDFium's text page skips text objects narrower than this (kSizeEpsilon)

_LINEAR = struct.Struct("4f").unpack_from  # a, b, c, d of an FS_MATRIX (single precision) in one call
_LOCK = threading.Lock()  # PDFium is not thread-safe; one file at a time per process


@dataclass(frozen=True)
class PdfiumPage:
    """What the layout needs from one page: characters, segments and the page size in points."""

    number: int  # 1-based
    chars: list[Char]
    segments: list[Char]
    width: float
    height: float
    annotations: int = 0  # annotations on the page (signature widgets ...): pdfplumber reads their text
    curves: list[list[tuple[float, float]]] | None = None  # pdfminer's curves (page coordinates), on ruled pages
    turned: int = 0  # characters left out as not upright (or without a text object)


@dataclass(frozen=True)
class _Style:
    """What the characters of one text object share."""

    fontname: str
    size: float  # pdfminer's size: the font size times the matrix's vertical scale
    font: int  # the FPDF_FONT handle (advance widths are cached per font and code point)
    font_size: float  # the font size set in the content stream (Tf)
    descent: float  # the font's descent for one point of size (negative)
    matrix: tuple[float, float, float, float]  # text matrix times page rotation (a, b, c, d)
    simple: bool  # unrotated page, a > 0, d > 0, b = c = 0: no corner arithmetic needed
    lift: float  # baseline to the box's bottom (d * descent * font size, negative) when simple


class Handle(ctypes.c_void_p):
    """A pointer PDFium returns, kept as a ctypes object (a subclass of ``c_void_p`` is not converted
    to an int), so it is passed back without wrapping it again."""


class _Api:
    """Fast prototypes of the PDFium calls made once per character or per object."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        self.char_count = self._fast(raw.FPDFText_CountChars, ctypes.c_int)
        self.get_text = self._fast(raw.FPDFText_GetText, ctypes.c_int)
        self.unicode = self._fast(raw.FPDFText_GetUnicode, ctypes.c_uint)
        self.loose_box = self._fast(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
        self.origin = self._fast(raw.FPDFText_GetCharOrigin, ctypes.c_int)
        self.glyph_width = self._fast(raw.FPDFFont_GetGlyphWidth, ctypes.c_int)
        self.descent = self._fast(raw.FPDFFont_GetDescent, ctypes.c_int)
        self.text_object = self._fast(raw.FPDFText_GetTextObject, ctypes.c_void_p)
        self.generated = self._fast(raw.FPDFText_IsGenerated, ctypes.c_int)
        self.unmapped = self._fast(raw.FPDFText_HasUnicodeMapError, ctypes.c_int)
        self.char_matrix = self._fast(raw.FPDFText_GetMatrix, ctypes.c_int)
        self.font_size = self._fast(raw.FPDFTextObj_GetFontSize, ctypes.c_int)
        self.font = self._fast(raw.FPDFTextObj_GetFont, ctypes.c_void_p)
        self.font_name = self._fast(raw.FPDFFont_GetBaseFontName, ctypes.c_ulong)
        self.object_count = self._fast(raw.FPDFPage_CountObjects, ctypes.c_int)
        self.object_at = self._fast(raw.FPDFPage_GetObject, Handle)
        self.object_type = self._fast(raw.FPDFPageObj_GetType, ctypes.c_int)
        self.bounds = self._fast(raw.FPDFPageObj_GetBounds, ctypes.c_int)
        self.object_matrix = self._fast(raw.FPDFPageObj_GetMatrix, ctypes.c_int)
        self.form_count = self._fast(raw.FPDFFormObj_CountObjects, ctypes.c_int)
        self.form_object = self._fast(raw.FPDFFormObj_GetObject, Handle)
        self.segment_count = self._fast(raw.FPDFPath_CountSegments, ctypes.c_int)
        self.segment_at = self._fast(raw.FPDFPath_GetPathSegment, Handle)
        self.segment_point = self._fast(raw.FPDFPathSegment_GetPoint, ctypes.c_int)
        self.segment_type = self._fast(raw.FPDFPathSegment_GetType, ctypes.c_int)
        self.segment_close = self._fast(raw.FPDFPathSegment_GetClose, ctypes.c_int)

    @staticmethod
    def _fast(function: Any, restype: Any) -> Any:
        """The same C function, called without ctypes' per-argument conversion (handles as c_void_p)."""
        address = ctypes.cast(function, ctypes.c_void_p).value or 0
        fast = ctypes.CFUNCTYPE(restype)(address)
        fast.argtypes = None  # type: ignore[assignment]  # no conversion: arguments are passed as given
        return fast


@lru_cache(maxsize=1)
def _api() -> _Api:
    return _Api()


def _handle(obj: Any) -> ctypes.c_void_p:
    return ctypes.c_void_p(ctypes.cast(obj.raw, ctypes.c_void_p).value)


def pdf_pages(path: Path, max_pages: int | None = None) -> Iterator[PdfiumPage]:
    """The first ``max_pages`` pages (all when None) of the PDF at ``path``; PDFium's errors propagate."""
    import pypdfium2

    with _LOCK:
        pdf = pypdfium2.PdfDocument(path)
        try:
            count = len(pdf) if max_pages is None else min(len(pdf), max_pages)
            for index in range(count):
                page = pdf[index]
                try:
                    yield read_page(page, index + 1)
                finally:
                    page.close()
        finally:
            pdf.close()


def read_page(page: Any, number: int) -> PdfiumPage:
    """One ``pypdfium2.PdfPage`` into characters and segments in pdfplumber's coordinates."""
    from parsers.readers.tables import has_rule_grid

    frame = _Frame.of(page)
    handle = _handle(page)
    segments, spaces = _walk(handle, frame)
    curves = _curves(handle, frame) if has_rule_grid(segments) else None  # edges of a table finder
    textpage = page.get_textpage()
    try:
        reader = _Reader(_handle(textpage), frame)
        chars = reader.chars(spaces)
    finally:
        textpage.close()
    annotations = int(_api().raw.FPDFPage_GetAnnotCount(page.raw))
    return PdfiumPage(number=number, chars=chars, segments=segments, width=frame.width, height=frame.height,
                      annotations=annotations, curves=curves, turned=reader.turned)


@dataclass(frozen=True)
class _Frame:
    """pdfminer's page transform (rotation, mediabox origin) and pdfplumber's offsets after it."""

    rotation: int
    ctm: tuple[float, float, float, float, float, float]
    width: float
    height: float
    x_offset: float  # pdfplumber adds the mediabox's x0 back ...
    top_offset: float  # ... and measures top from its inverted mediabox

    @classmethod
    def of(cls, page: Any) -> _Frame:
        x0, y0, x1, y1 = page.get_mediabox()
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        rotation = page.get_rotation() % 360
        ctm = {
            90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
            180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
            270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
        }.get(rotation, (1.0, 0.0, 0.0, 1.0, -x0, -y0))
        if rotation in (90, 270):  # pdfplumber's mediabox of a turned page: (y0, x0, y1, x1)
            width, height, x_offset, top_offset = y1 - y0, x1 - x0, y0, -x0
        else:
            width, height, x_offset, top_offset = x1 - x0, y1 - y0, x0, -y0
        return cls(rotation, ctm, width, height, x_offset, top_offset)

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """A user-space box into pdfminer's page space (x0, y0, x1, y1), the rotation applied."""
        a, b, c, d, e, f = self.ctm
        xs = (a * x0 + c * y0 + e, a * x1 + c * y1 + e)
        ys = (b * x0 + d * y0 + f, b * x1 + d * y1 + f)
        return min(xs), min(ys), max(xs), max(ys)

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A user-space point into pdfminer's page space (x, y), the rotation applied."""
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, b * x + d * y + f

    def turn(self, m: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """A text matrix's linear part times the page rotation (pdfminer multiplies it into the CTM)."""
        a, b, c, d = m
        ra, rb, rc, rd = self.ctm[:4]
        return (a * ra + b * rc, a * rb + b * rd, c * ra + d * rc, c * rb + d * rd)


class _Reader:
    """One text page's characters; font facts are cached per object, per font and per (font, code point)."""

    def __init__(self, text: ctypes.c_void_p, frame: _Frame) -> None:
        self.api = _api()
        self.text = text
        self.frame = frame
        self.objects: dict[int, tuple[_Style | None, Glyphs]] = {}
        self.kinds: dict[tuple[float, float, float, float, float, int], tuple[_Style | None, Glyphs]] = {}
        self.fonts: dict[int, tuple[str, float]] = {}
        self.widths: dict[int, dict[str, float]] = {}  # font -> character -> advance for one point of size
        self.glyphs: dict[tuple[int, float, float], Glyphs] = {}  # (font, a, font size) -> character -> glyph
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self.origin_x = ctypes.c_void_p(ctypes.addressof(self._x))
        self.origin_y = ctypes.c_void_p(ctypes.addressof(self._y))
        self._rect = self.api.raw.FS_RECTF()
        self._matrix = self.api.raw.FS_MATRIX()
        self._matrix_p = ctypes.c_void_p(ctypes.addressof(self._matrix))
        self._size = ctypes.c_float()
        self._size_p = ctypes.c_void_p(ctypes.addressof(self._size))
        self._one = ctypes.c_float(1.0)
        self.turned = 0  # characters left out: not upright, or without a text object

    def codes(self) -> str:
        """Every character of the text page, one string (index i is character i).

        One call reads them all (``FPDFText_GetText``); it writes PDFium's line-end hyphen as
        U+FFFE and has been seen to drop a character, so a character that is not a letter or a
        digit is read again on its own, and the whole page when the count disagrees.
        """
        api, text = self.api, self.text
        count = api.char_count(text)
        buffer = ctypes.create_string_buffer(2 * (2 * count + 1))
        written = api.get_text(text, 0, count, ctypes.c_void_p(ctypes.addressof(buffer)))
        page = buffer.raw[:2 * max(written - 1, 0)].decode("utf-16-le", "surrogatepass")
        if len(page) != count:
            return "".join(_code_text(api.unicode(text, index)) for index in range(count))
        codes = list(page)
        for found in NOT_ALNUM.finditer(page):
            index = found.start()
            codes[index] = _code_text(api.unicode(text, index))
        return "".join(codes)

    def chars(self, spaces: list[tuple[float, float]] = ()) -> list[Char]:  # type: ignore[assignment]
        """The page's upright characters in PDFium's order (content order; objects of a line by x);
        ``spaces`` are the user-space positions of space objects PDFium left out.

        A character's top and bottom are computed once per baseline of a run of text objects alike, and its
        user-space origin kept (for ``_mark_spaces``) only on baselines near a left-out space."""
        api, text, frame = self.api, self.text, self.frame
        text_object, origin = api.text_object, api.origin
        ox, oy, out_x, out_y = self._x, self._y, self.origin_x, self.origin_y
        objects_get = self.objects.get
        kind: tuple[_Style | None, Glyphs] | None = None  # the (style, glyphs) of the characters at hand
        height, x_off, top_off = frame.height, frame.x_offset, frame.top_offset
        shift_x, shift_y = frame.ctm[4], frame.ctm[5]
        chars: list[Char] = []
        after_space, last_object = False, None
        style: _Style | None = None
        glyphs: Glyphs = {}
        simple, lift, style_size, fontname = True, 0.0, 0.0, ""
        piece_object, piece_x, piece_y = None, 0.0, 0.0
        near = _space_levels(spaces)
        rows: dict[int, list[tuple[float, int]]] = {}
        origins: dict[int, Origin] = {}
        row: list[tuple[float, int]] | None = None
        row_y: float | None = None  # the baseline whose top and bottom (and row) are at hand
        top = bottom = 0.0
        add = chars.append
        for index, code in enumerate(self.codes()):
            if code in SKIPPED:
                if code not in LINE_BREAKS:  # a space; PDFium's own spaces do not count
                    after_space = after_space or not api.generated(text, index)
                continue
            obj = text_object(text, index)
            if obj != last_object or style is None:
                last_object = obj
                found = objects_get(obj) or self.style(index, obj)
                if found is not kind:  # objects alike share one (style, glyphs): the baseline at hand stays
                    kind, row_y = found, None
                    style, glyphs = found
                    if style is not None:
                        simple, lift, style_size, fontname = style.simple, style.lift, style.size, style.fontname
                if style is None:
                    after_space = False
                    self.turned += 1
                    continue
            origin(text, index, out_x, out_y)
            x, y = ox.value, oy.value
            if x == piece_x and y == piece_y and obj == piece_object and chars and not after_space:
                chars[-1]["text"] += self.char_text(index, code)  # one glyph mapped to several code points
                continue
            piece_object, piece_x, piece_y = obj, x, y
            glyph = glyphs.get(code)
            if glyph is None:
                glyph = self.glyph(index, style, glyphs, code)
            advance, char_text = glyph
            if simple:
                if y != row_y:
                    row_y = y
                    y0 = y + shift_y + lift
                    top, bottom = height - (y0 + style_size) + top_off, height - y0 + top_off
                    row = rows.setdefault(level, []) if (level := round(y)) in near else None
                x0 = x + shift_x
                x1 = x0 + advance if advance is not None else self.loose_right(index) + shift_x
                size = style_size
            else:
                x0, y0, x1, size = self.corners(index, style, self.widths[style.font][code])
                top, bottom = height - (y0 + size) + top_off, height - y0 + top_off
                row = rows.setdefault(level, []) if (level := round(y)) in near else None
            if row is not None:
                origins[len(chars)] = (y, x, x + (x1 - x0), size)
                row.append((x, len(chars)))
            add({
                "x0": x0 + x_off, "x1": x1 + x_off, "top": top, "bottom": bottom, "text": char_text,
                "fontname": fontname, "size": size, "space_before": after_space,
            })
            after_space = False
        if rows:
            _mark_spaces(chars, rows, origins, spaces)
        return chars

    def char_text(self, index: int, code: str) -> str:
        if code == "-":
            return "-"
        if code == "\x00" or self.api.unmapped(self.text, index):
            return UNMAPPED
        return code

    def glyph(self, index: int, style: _Style, glyphs: Glyphs, code: str) -> Glyph:
        """What every drawing of ``code`` in this font, size and scale shares: its advance in user
        space (None: take PDFium's loose box) and its text (U+FFFD when PDFium could not map it)."""
        width = self.widths.get(style.font, {}).get(code)
        if width is None:
            width = self.width(index, style, code)
        glyph = (style.matrix[0] * width * style.font_size if width else None, self.char_text(index, code))
        glyphs[code] = glyph
        return glyph

    def loose_right(self, index: int) -> float:
        """PDFium's loose box right edge, for a glyph whose advance width cannot be looked up."""
        self.api.loose_box(self.text, index, ctypes.c_void_p(ctypes.addressof(self._rect)))
        return float(self._rect.right)

    def width(self, index: int, style: _Style, code: str) -> float:
        """Advance width of ``code`` in the style's font for one point of size, checked on its first
        character; 0 (use PDFium's loose box) when PDFium maps the code point back to another glyph
        (a glyph read as two code points, "ô" + U+0300, has no code of its own for "ô")."""
        found = self.api.glyph_width(ctypes.c_void_p(style.font), ord(code), self._one, self._size_p)
        width = float(self._size.value) if found else 0.0
        if width and style.simple:  # the advance lies inside the loose box (advance and ink)
            advance = style.matrix[0] * width * style.font_size
            if self._x.value + advance > self.loose_right(index) + WIDTH_SLACK:
                width = 0.0
        self.widths.setdefault(style.font, {})[code] = width
        return width

    def corners(self, index: int, style: _Style, width: float) -> tuple[float, float, float, float]:
        """x0, y0, x1 and size of a turned or skewed character: pdfminer's box of its four corners."""
        a, b, c, d = style.matrix
        fs = style.font_size
        ox, oy = self._x.value, self._y.value
        ctm = self.frame.ctm
        px, py = ctm[0] * ox + ctm[2] * oy + ctm[4], ctm[1] * ox + ctm[3] * oy + ctm[5]
        advance = width * fs if width else 0.0
        low, high = style.descent * fs, style.descent * fs + fs
        xs, ys = [], []
        for tx, ty in ((0.0, low), (advance, low), (0.0, high), (advance, high)):
            xs.append(px + a * tx + c * ty)
            ys.append(py + b * tx + d * ty)
        return min(xs), min(ys), max(xs), max(ys) - min(ys)

    def style(self, index: int, obj: int | None) -> tuple[_Style | None, Glyphs]:
        """Font name, sizes and matrix of the text object of character ``index`` (None when not
        upright), with the glyph table its characters share; objects alike share one."""
        if obj is None:
            return None, {}
        api = self.api
        handle = ctypes.c_void_p(obj)
        api.char_matrix(self.text, index, self._matrix_p)
        api.font_size(handle, self._size_p)
        key = _LINEAR(self._matrix) + (self._size.value, api.font(handle) or 0)
        found = self.kinds.get(key)
        if found is None:
            found = self.kinds[key] = self.new_style(key)
        self.objects[obj] = found
        return found

    def new_style(self, key: tuple[float, float, float, float, float, int]) -> tuple[_Style | None, Glyphs]:
        *linear, font_size, font = key
        a, b, c, d = self.frame.turn((linear[0], linear[1], linear[2], linear[3]))
        if not (a * d > 0 and b * c <= 0):
            return None, {}
        name, descent = self.fonts[font] if font in self.fonts else self.font(font)
        simple = self.frame.rotation == 0 and b == 0 and c == 0 and a > 0 and d > 0
        scale = abs(d) if b == 0 else (b * b + d * d) ** 0.5
        style = _Style(name, font_size * scale, font, font_size, descent, (a, b, c, d), simple, d * descent * font_size)
        return style, self.glyphs.setdefault((font, a, font_size), {})

    def font(self, font: int) -> tuple[str, float]:
        """The font's /BaseFont name without its subset tag ("TimesNewRomanPS-BoldMT") and its descent."""
        api = self.api
        name, descent = "", 0.0
        if font:
            handle = ctypes.c_void_p(font)
            length = api.font_name(handle, None, ctypes.c_ulong(0))
            buffer = ctypes.create_string_buffer(max(length, 1))
            api.font_name(handle, buffer, ctypes.c_ulong(length))
            name = buffer.value.decode("utf-8", "replace")
            value = ctypes.c_float()
            if api.descent(handle, ctypes.c_float(1.0), ctypes.c_void_p(ctypes.addressof(value))):
                descent = float(value.value)
        self.fonts[font] = (name, descent)
        return name, descent


def _code_text(code: int) -> str:
    """A code point PDFium reports as a one-character string; its line-end hyphen as "-"."""
    return "-" if code == GENERATED_HYPHEN else chr(code)


Origin = tuple[float, float, float, float]  # user-space baseline y, x0, x1 and size of a character


def _space_levels(spaces: list[tuple[float, float]]) -> frozenset[int]:
    """The rounded baselines searched for the characters around the left-out spaces (``_neighbours``)."""
    levels = {round(sy) for _, sy in spaces}
    return frozenset(level + step for level in levels for step in range(-SPACE_ROWS, SPACE_ROWS + 1))


def _mark_spaces(
    chars: list[Char], rows: dict[int, list[tuple[float, int]]], origins: dict[int, Origin],
    spaces: list[tuple[float, float]],
) -> None:
    """Give ``space_before`` to the character that follows each left-out space object on its line.
    ``rows``: (user-space x, index) of the characters on each rounded baseline near a space, whose
    ``origins`` are at hand.

    The space must sit in the gap between two characters (kerning may pull it a little into the
    previous one), not inside a glyph: a zero-width object there is not a word break.
    """
    for row in rows.values():
        row.sort()
    keys = sorted(rows)
    for sx, sy in spaces:
        after, before = _neighbours(rows, keys, origins, sx, sy)
        if after is None:
            continue
        if before is not None and sx < origins[before][2] - SPACE_OVERLAP * origins[before][3]:
            continue
        chars[after]["space_before"] = True


def _neighbours(
    rows: dict[int, list[tuple[float, int]]], keys: list[int], origins: dict[int, Origin], sx: float, sy: float
) -> tuple[int | None, int | None]:
    """The characters right after and right before (sx, sy) on the line whose height holds sy
    (``keys``: the rows' baselines in order)."""
    after: tuple[float, int] | None = None
    before: tuple[float, int] | None = None
    level = round(sy)
    for key in keys[bisect_left(keys, level - SPACE_ROWS):bisect_right(keys, level + SPACE_ROWS)]:
        row = rows[key]
        at = bisect_left(row, (sx - SPACE_SLACK, -1))
        if at < len(row) and (after is None or row[at][0] < after[0]) and _on_line(origins[row[at][1]], sy):
            after = row[at]
        if at > 0 and (before is None or row[at - 1][0] > before[0]) and _on_line(origins[row[at - 1][1]], sy):
            before = row[at - 1]
    return (after[1] if after else None), (before[1] if before else None)


def _on_line(origin: Origin, sy: float) -> bool:
    y, _, _, size = origin
    return -BASELINE_BELOW * size <= sy - y <= BASELINE_ABOVE * size


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _walk(page: ctypes.c_void_p, frame: _Frame) -> tuple[list[Char], list[tuple[float, float]]]:
    """Straight lines, then axis-aligned rectangles, of the page's paths (form XObjects included);
    and where the text objects PDFium's text page leaves out are: objects without width, in
    practice a lone space (Word draws "Hồ" " " "Chí" as three objects), user space (x, baseline y)."""
    walker = _Walker(frame)
    walker.objects(walker.api.object_at, page, walker.api.object_count(page), IDENTITY)
    return walker.lines + walker.rects, walker.spaces


class _Walker:
    """One page's objects in content order, forms entered where they are drawn."""

    def __init__(self, frame: _Frame) -> None:
        self.api = _api()
        self.frame = frame
        self.lines: list[Char] = []
        self.rects: list[Char] = []
        self.spaces: list[tuple[float, float]] = []
        self.bounds = [ctypes.c_float() for _ in range(4)]
        self.pointers = [ctypes.c_void_p(ctypes.addressof(value)) for value in self.bounds]
        self._x, self._y = ctypes.c_float(), ctypes.c_float()
        self.point = (ctypes.c_void_p(ctypes.addressof(self._x)), ctypes.c_void_p(ctypes.addressof(self._y)))

    def objects(self, getter: Any, holder: ctypes.c_void_p, total: int, outer: Matrix) -> None:
        """Objects ``0 .. total - 1`` of ``holder`` (a page or a form object) drawn with ``outer``."""
        api = self.api
        object_type, bounds = api.object_type, api.bounds
        p_left, p_bottom, p_right, p_top = self.pointers
        left, _, right, _ = self.bounds
        for index in range(total):
            obj = getter(holder, index)
            kind = object_type(obj)
            if kind == 1:  # FPDF_PAGEOBJ_TEXT
                bounds(obj, p_left, p_bottom, p_right, p_top)
                if abs(right.value - left.value) < EMPTY_WIDTH:
                    x, y = left.value, self.bounds[1].value
                    a, b, c, d, e, f = outer
                    self.spaces.append((a * x + c * y + e, b * x + d * y + f))
            elif kind == 2:  # FPDF_PAGEOBJ_PATH
                self.path(obj, outer)
            elif kind == 5:  # FPDF_PAGEOBJ_FORM: its objects in its own space (PDFium caps the nesting)
                self.objects(api.form_object, obj, api.form_count(obj), _compose(_object_matrix(api, obj), outer))

    def path(self, obj: ctypes.c_void_p, outer: Matrix) -> None:
        """pdfminer's reading of a painted path: each subpath "m l" is a line, "m l l l h" with square
        corners a rectangle; curves and other shapes are left out. A subpath is read point by point
        only when it can be one of those: a move then at most four lines (five with a redundant
        closing line), no curve."""
        api = self.api
        count = api.segment_count(obj)
        if count < 2:
            return
        segment_at, segment_type = api.segment_at, api.segment_type
        matrix: Matrix | None = None
        subpath: list[ctypes.c_void_p] = []
        alive = False  # the subpath read so far can still be a line or a rectangle (a path starts with a move)
        for index in range(count):
            segment = segment_at(obj, index)
            kind = segment_type(segment)
            if kind == MOVETO:
                if alive:
                    matrix = matrix or _compose(_object_matrix(api, obj), outer)
                    self.subpath(subpath, matrix)
                subpath, alive = [segment], True
            elif alive:
                subpath.append(segment)
                alive = kind == LINETO and len(subpath) <= MAX_SHAPE_SEGMENTS
        if alive:
            self.subpath(subpath, matrix or _compose(_object_matrix(api, obj), outer))

    def subpath(self, segments: list[ctypes.c_void_p], matrix: Matrix) -> None:
        api, (xp, yp), x, y = self.api, self.point, self._x, self._y
        points: list[tuple[float, float]] = []
        ops = ""
        for segment in segments:
            api.segment_point(segment, xp, yp)
            points.append((x.value, y.value))
            ops += "m" if not ops else "l"
            if api.segment_close(segment):
                ops += "h"
                points.append(points[0])
        _classify(ops, points, matrix, self.frame, self.lines, self.rects)


def _curves(page: ctypes.c_void_p, frame: _Frame) -> list[list[tuple[float, float]]]:
    """pdfminer's curves of the page (every painted subpath that is neither a line nor a rectangle,
    its points the ends of its segments), as pdfplumber's ``pts`` in page coordinates: with the lines
    and rectangles, the edges pdfplumber's table finder starts from."""
    walker = _CurveWalker(frame)
    walker.objects(walker.api.object_at, page, walker.api.object_count(page), IDENTITY)
    return walker.curves


class _CurveWalker(_Walker):
    """A walk of the page's paths that reads every subpath point by point and keeps its curves."""

    def __init__(self, frame: _Frame) -> None:
        super().__init__(frame)
        self.curves: list[list[tuple[float, float]]] = []

    def path(self, obj: ctypes.c_void_p, outer: Matrix) -> None:
        api, (xp, yp), x, y = self.api, self.point, self._x, self._y
        matrix = _compose(_object_matrix(api, obj), outer)
        ops, points = "", []  # type: tuple[str, list[tuple[float, float]]]  # one subpath: operators and end points
        bezier = 0  # PDFium gives a Bézier segment as three points: pdfminer keeps the last
        for index in range(api.segment_count(obj)):
            segment = api.segment_at(obj, index)
            kind = api.segment_type(segment)
            if kind == MOVETO:
                self.keep(ops, points, matrix)
                ops, points = "", []
            bezier = bezier + 1 if kind == BEZIERTO else 0
            if kind == BEZIERTO and bezier % 3:
                continue
            api.segment_point(segment, xp, yp)
            points.append((x.value, y.value))
            ops += "m" if kind == MOVETO else ("c" if kind == BEZIERTO else "l")
            if api.segment_close(segment):
                ops += "h"
                points.append(points[0])
        self.keep(ops, points, matrix)

    def keep(self, ops: str, points: list[tuple[float, float]], matrix: Matrix) -> None:
        if not ops.startswith("m"):
            return
        a, b, c, d, e, f = matrix
        pts = [(a * px + c * py + e, b * px + d * py + f) for px, py in points]
        if len(ops) > 3 and ops.endswith("lh") and pts[-2] == pts[0]:  # a redundant "l" closing the path
            ops, pts = ops[:-2] + "h", pts[:-2] + pts[-1:]
        if ops in ("ml", "mlh"):
            return  # a line
        if ops in ("mlllh", "mllll") and len(pts) == 5:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
            if pts[0] == pts[4] and square:
                return  # a rectangle
        frame = self.frame
        self.curves.append([(px + frame.x_offset, frame.height - py + frame.top_offset)
                            for px, py in (frame.point(qx, qy) for qx, qy in pts)])


def _object_matrix(api: _Api, obj: ctypes.c_void_p) -> tuple[float, float, float, float, float, float]:
    matrix = api.raw.FS_MATRIX()
    if not api.object_matrix(obj, ctypes.c_void_p(ctypes.addressof(matrix))):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def _compose(
    inner: tuple[float, float, float, float, float, float], outer: tuple[float, float, float, float, float, float]
) -> tuple[float, float, float, float, float, float]:
    """``inner`` then ``outer`` (PDF's row-vector convention: inner x outer)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer  # noqa: N806 - matrix names
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


MOVETO, LINETO, BEZIERTO = 2, 0, 1  # FPDF_SEGMENT_*
MAX_SHAPE_SEGMENTS = 5  # "m l l l l" (a rectangle closed by a line); longer subpaths are neither line nor rectangle


def _classify(
    ops: str, points: list[tuple[float, float]], matrix: tuple[float, float, float, float, float, float],
    frame: _Frame, lines: list[Char], rects: list[Char],
) -> None:
    a, b, c, d, e, f = matrix
    pts = [(a * px + c * py + e, b * px + d * py + f) for px, py in points]
    if len(ops) > 3 and ops.endswith("lh") and pts[-2] == pts[0]:  # a redundant "l" closing the path
        ops, pts = ops[:-2] + "h", pts[:-2] + pts[-1:]
    if ops in ("ml", "mlh"):
        lines.append(_box(pts[:2], frame, "line"))
    elif ops in ("mlllh", "mllll") and len(pts) == 5:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            rects.append(_box([pts[0], pts[2]], frame, "rect"))


def _box(points: list[tuple[float, float]], frame: _Frame, kind: str) -> Char:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, y0, x1, y1 = frame.box(min(xs), min(ys), max(xs), max(ys))
    height = frame.height
    return {"x0": x0 + frame.x_offset, "x1": x1 + frame.x_offset,
            "top": height - y1 + frame.top_offset, "bottom": height - y0 + frame.top_offset, "object_type": kind}


def signature_times(path: Path) -> list[str]:
    """The signing time (/M) of each digital signature of the PDF at ``path``, as written: "D:20250403232902+07'00'"
    (a scan signed by the issuing office carries no stamp text, only its signature dictionary); [] for a file
    PDFium cannot open or that has no signature."""
    import pypdfium2
    import pypdfium2.raw as raw

    times: list[str] = []
    with _LOCK:
        try:
            pdf = pypdfium2.PdfDocument(path)
        except pypdfium2.PdfiumError:
            return times
        try:
            for index in range(raw.FPDF_GetSignatureCount(pdf.raw)):
                signature = raw.FPDF_GetSignatureObject(pdf.raw, index)
                size = raw.FPDFSignatureObj_GetTime(signature, None, 0)
                buffer = ctypes.create_string_buffer(size)
                if size and raw.FPDFSignatureObj_GetTime(signature, buffer, size):
                    times.append(buffer.value.decode("latin-1"))
        finally:
            pdf.close()
    return times
