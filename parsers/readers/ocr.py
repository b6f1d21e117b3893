"""OCR for pages without a real text layer: render the page, read it with tesseract's Vietnamese model.

A scanned page's only text is often a digital-signature stamp ("Người ký: ... Thời gian ký: ..."),
so "has text" is decided on the text left once stamp lines are removed (``needs_ocr``); a text layer a
scanner's OCR wrote without Vietnamese marks ("Thvc hien Chiro'ng trinh") is read again (``unaccented_layer``).
OCR output becomes ``Line`` objects with a bbox in PDF points and a font size estimated from
the line height, so the layout stage treats a scanned page like a text page. Words tesseract is
unsure of (handwritten marks, stamps' scribbles) are dropped; stamp lines get kind ``stamp``.

Public: ``read_pdf_checked`` (``read_file``'s PDF path), ``ocr_fallback``, ``needs_ocr``, ``latin_only_layer``,
``ocr_pdf_page``, ``ocr_image``, ``is_stamp_line`` (also used by the PDF reader), ``fix_ocr_text``,
``ocr_header_zone`` (page 1's header read again, words with their confidence: ``parsers/identity.py``),
``read_widget_image`` (a widget's small picture of digits, for the PDF reader).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from statistics import median

from parsers.model import BBox, Line, Page, Table
from parsers.readers.limits import Limits, current_limits, paused_time_limit, run_tool
from parsers.readers.pdf import mark_page_number
from parsers.readers.tables import OcrWord, ocr_tables, place_tables

OCR_DPI = 300
OCR_LANG = "vie"
# words under this confidence (0..100) are dropped: handwriting, stamp scribbles, speckles
MIN_WORD_CONFIDENCE = 30.0
# a label OCR may be unsure of, kept at the start of a line (``_unsure_label``): "—", "-", "•", "c)", "đ)", "II.", "1.", "2.1."
UNSURE_LABEL = re.compile(r"""^(?:[-–—−•+]|[a-zđ][).]|[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*[.)])$""")
# an unsure Roman label kept only before a capitals heading: "II. PHẠM VI, NỘI DUNG"
UNSURE_ROMAN = re.compile(r"^[IVX]{1,4}\.$")
# the label of a section heading: "I.", "II.", "1.", "2.1." (its capitals words are kept whole: ``_labelled_heading``)
HEADING_LABEL = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.$")
# a dash tesseract read as another sign at the start of a line: "¬ Đẩy mạnh cơ cấu lại ngành nông nghiệp"
DASH_LOOKALIKES = {"¬": "-", "~": "-"}
# a short flat mark tesseract read as a colon or a dot: ": Khuyến khích các cơ sở giáo dục đại học ..." (a box of
# 16 x 6 pixels: a dash; a colon is taller than wide)
FLAT_MARKS = frozenset(":.·")
FLAT_RATIO = 2.0  # a mark at least this many times wider than tall is a dash ...
FLAT_MIN_WIDTH = 0.15  # ... and at least this share of the next word's height wide (not a speckle of 5 x 1 pixels)
# a page whose text, stamps removed, has fewer letters or digits than this is OCRed
MIN_TEXT_CHARS = 40
# a text layer a scanner's OCR without Vietnamese wrote: "Thvc hien Chiro'ng trinh hanh Ong quOc gia vi tre em"
# (1254/KH-BGDĐT); in Vietnamese most words carry a mark, so a page of at least UNACCENTED_MIN_WORDS words
# (2+ letters) of which under UNACCENTED_SHARE carry a non-ASCII letter is OCRed again
UNACCENTED_MIN_WORDS, UNACCENTED_SHARE = 40, 0.1
# the same OCR of a page scanned sideways leaves scattered letters, not words: "H •. <0 , C--3) .0 < C C )-3)";
# a page of at least GARBLED_MIN_LETTERS letters of which under GARBLED_WORD_SHARE stand in words of two
# letters or more is OCRed again (real text layers: 0.93 and more, such pages: 0.30-0.48)
GARBLED_MIN_LETTERS, GARBLED_WORD_SHARE = 30, 0.6
# glyph extent of a Vietnamese line (stacked diacritics to descenders) relative to its font size
LINE_HEIGHT_PER_POINT = 1.15
# a gap wider than this many line heights splits one tesseract line into two (two-column header)
COLUMN_GAP = 2.5
# a page whose words (3+ letters) are mostly taller than wide was scanned sideways
SIDEWAYS_RATIO, SIDEWAYS_SHARE, SIDEWAYS_MIN_WORDS = 1.5, 0.6, 20
# a page scanned upside down reads as wide words of low confidence ("8uon 8ưnI[ ga quịp Ánb"): under this mean
# word confidence tesseract's orientation detection is asked too (upright pages of Cà Mau's Chỉ thị 01/2013: 93-95;
# its page 2, turned 180°: 45.9; poor appendix tables stay upright: 31-38, OSD says "Rotate: 0")
UPSIDE_DOWN_CONFIDENCE = 60.0
TABLE_PSM = "6"  # a table read again, rules erased, as one block of text
STAMP_MARGIN = 8.0  # points around a stamp's recognised lines that still belong to it
PAGE_TIMEOUT = 120.0  # seconds for rendering plus OCR of one page
OCR_CACHE_ENV = "VANBAN_OCR_CACHE"  # folder for tesseract output keyed by image bytes (evaluation runs)

_DATA = Path(__file__).resolve().parents[1] / "data"

# glyphs a text layer cannot map to characters: pdfminer's "(cid:72)(cid:3)", U+FFFD
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)|\ufffd")
# a word of two letters or more: "hien", "Chương"
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class _Word:
    text: str
    conf: float
    left: int
    top: int
    right: int
    bottom: int


@lru_cache(maxsize=1)
def _stamp_pattern() -> re.Pattern[str]:
    """The stamp line patterns as one alternation: one search a line instead of one a pattern."""
    lines = (_DATA / "stamp_lines.txt").read_text(encoding="utf-8").splitlines()
    patterns = [line for line in lines if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _fixes() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = (_DATA / "ocr_fixes.tsv").read_text(encoding="utf-8").splitlines()
    pairs = [row.split("\t") for row in rows if row.strip() and not row.startswith("#")]
    return tuple((re.compile(pattern), replacement) for pattern, replacement in pairs)


def fix_ocr_text(text: str) -> str:
    """Undo tesseract's usual misreadings of header words: "Sô: 188/QĐ-VPCP" -> "Số: 188/QĐ-VPCP"."""
    for pattern, replacement in _fixes():
        text = pattern.sub(replacement, text)
    return text


def is_stamp_line(text: str) -> bool:
    """True for a line of a signature, copy or incoming-mail stamp ("Người ký: ...", "ĐẾN Giờ: ...")."""
    text = unicodedata.normalize("NFC", text.strip())
    return _stamp_pattern().search(text) is not None


def needs_ocr(text: str) -> bool:
    """True when a page's text layer, stamp lines and unmapped glyphs removed, is too thin to be its content,
    or is a scanner's OCR that lost every Vietnamese mark (``unaccented_layer``) or left no words (``garbled_layer``)."""
    return _thin_layer(text) or unaccented_layer(text) or garbled_layer(text)


def unaccented_layer(text: str) -> bool:
    """True for a text layer whose words almost never carry a Vietnamese mark: "KE HOACH Thtyc hien
    Chiro'ng trinh" (a scanner's OCR without the Vietnamese model), not "Kế hoạch thực hiện Chương trình"."""
    words = _words(text)
    if len(words) < UNACCENTED_MIN_WORDS:
        return False
    marked = len(words) - sum(map(str.isascii, words))
    return marked < UNACCENTED_SHARE * len(words)


def garbled_layer(text: str) -> bool:
    """True for a text layer of scattered letters ("a " Q . S 0 c X,, c•0 , cm X c ttj`,-Z)"), not of words."""
    letters = sum(map(str.isalpha, text))  # every page's text passes here: map, not a generator
    if letters < GARBLED_MIN_LETTERS:
        return False
    return sum(map(len, _words(text))) < GARBLED_WORD_SHARE * letters


@lru_cache(maxsize=2)
def _words(text: str) -> tuple[str, ...]:
    """The words of a page's text layer (``_WORD``), found once for ``unaccented_layer`` and ``garbled_layer``."""
    return tuple(_WORD.findall(text))


def _thin_layer(text: str) -> bool:
    found = 0
    for line in text.splitlines():  # line by line, done once enough is found
        if not is_stamp_line(line):
            found += sum(ch.isalnum() for ch in _UNMAPPED_GLYPH.sub("", line))
            if found >= MIN_TEXT_CHARS:
                return False
    return True


def ocr_fallback(path: Path, pages: list[Page], limits: Limits | None = None) -> list[Page]:
    """Replace every page whose text layer is too thin or a scanner's OCR without Vietnamese (``needs_ocr``)
    and that holds a picture by its OCR; keep the others. Page by page, so a PDF mixing text pages and scanned
    pages reads right.
    Blank pages are not OCRed, nor (a known limit) text drawn as vector outlines without a picture.
    """
    limits = limits or current_limits()
    out = []
    for page in pages:
        own = "\n".join(line.text for line in page.lines if line.kind != "annotation")  # a margin label is no text layer
        if needs_ocr(own) and _has_images(path, page.number, limits):
            width, height = page.width or 595.0, page.height or 842.0
            apart = [line for line in page.lines if line.origin and line.kind in ("stamp", "annotation")]
            with paused_time_limit():  # OCR is slow but bounded page by page
                page = ocr_pdf_page(path, page.number, width, height, limits=limits)
            page.lines += apart  # e-signature widgets' text, read exactly (signing metadata)
        out.append(page)
    return out


def _has_images(path: Path, number: int, limits: Limits) -> bool:
    """Whether page ``number`` holds a picture (a blank page or a lone page number has none)."""
    listing = run_tool(["pdfimages", "-list", "-f", str(number), "-l", str(number), str(path)], path, 30, limits)
    return len(listing.decode("utf-8", "replace").strip().splitlines()) > 2  # two header lines


def ocr_pdf_page(
    path: Path, number: int, width: float, height: float, dpi: int = OCR_DPI, limits: Limits | None = None
) -> Page:
    """OCR page ``number`` (1-based) of the PDF at ``path``; ``width``/``height`` in PDF points."""
    limits = limits or current_limits()
    with tempfile.TemporaryDirectory(prefix="vanban-ocr-") as tmp:
        prefix = Path(tmp) / "page"
        args = ["pdftoppm", "-r", str(dpi), "-f", str(number), "-l", str(number), "-gray", "-png", "-singlefile"]
        run_tool([*args, str(path), str(prefix)], path, timeout=PAGE_TIMEOUT, limits=limits)
        return ocr_image(prefix.with_suffix(".png"), number, width, height, limits=limits, source=path)


def ocr_image(
    image: Path, number: int, width: float, height: float, limits: Limits | None = None, source: Path | None = None,
    turn: bool = True,
) -> Page:
    """OCR one page image into a ``Page`` whose bboxes are scaled to ``width`` x ``height`` points.
    A page scanned sideways (a landscape appendix table) is turned upright first (``turn``)."""
    args = ["tesseract", str(image), "stdout", "-l", OCR_LANG, "--psm", "3", "tsv"]
    tsv = _tesseract_tsv(image, args, source or image, limits)
    words, image_width = _parse_tsv(tsv)
    upright = _upright_copy(image, words, source or image, limits) if turn else None
    if upright is not None:
        turned, quarter = upright
        size = (height, width) if quarter else (width, height)
        return ocr_image(turned, number, *size, limits=limits, source=source, turn=False)
    scale = width / image_width if image_width else 72.0 / OCR_DPI
    confidences = [w.conf for group in words.values() for w in group]
    lines = [line for group in words.values() for line in _lines_of(group, number, scale)]
    lines.sort(key=lambda line: (line.bbox.top if line.bbox else 0.0, line.bbox.x0 if line.bbox else 0.0))
    _mark_stamp_zones(lines)
    mark_page_number(lines, height)  # "2" atop page 2 is not a word of "Ủy ban | nhân dân" run over the break
    tables = _tables(image, words, number, scale, limits, source)
    lines = place_tables(lines, tables)
    confidence = round(sum(confidences) / len(confidences), 1) if confidences else None
    page = Page(number=number, lines=lines, width=width, height=height, ocr=True, ocr_confidence=confidence)
    page.steps.append(f"ocr:{OCR_LANG}")
    page.tables = [table for table, _rows in tables]
    return page


def _tables(
    image: Path, words: dict[tuple[int, int, int], list[_Word]], number: int, scale: float,
    limits: Limits | None = None, source: Path | None = None,
) -> list[tuple[Table, list[Line]]]:
    """The page's ruled tables (``parsers/readers/tables.py``), cells from the confident words;
    each table is read again as one block with its rules erased (``TABLE_PSM``)."""

    def read(crop: Path) -> list[OcrWord]:
        args = ["tesseract", str(crop), "stdout", "-l", OCR_LANG, "--psm", TABLE_PSM, "tsv"]
        return _confident(_parse_tsv(_tesseract_tsv(crop, args, source or image, limits))[0])

    return ocr_tables(image, _confident(words), number, scale, read)


def _confident(words: dict[tuple[int, int, int], list[_Word]]) -> list[OcrWord]:
    return [OcrWord(w.text, w.left, w.top, w.right, w.bottom)
            for group in words.values() for w in group if w.conf >= MIN_WORD_CONFIDENCE]


def _upright_copy(
    image: Path, words: dict[tuple[int, int, int], list[_Word]], source: Path, limits: Limits | None
) -> tuple[Path, bool] | None:
    """A copy of ``image`` turned upright, and whether it turned by a quarter (width and height swap), when most
    words are taller than wide (text read sideways) or the words' mean confidence is low (upside down) and
    tesseract's orientation detection says by how much; None for an upright page."""
    long_words = [w for group in words.values() for w in group if len(w.text) >= 3]
    if len(long_words) < SIDEWAYS_MIN_WORDS:
        return None
    tall = sum(1 for w in long_words if w.bottom - w.top > SIDEWAYS_RATIO * (w.right - w.left))
    confidence = sum(w.conf for group in words.values() for w in group) / sum(map(len, words.values()))
    if tall < SIDEWAYS_SHARE * len(long_words) and confidence >= UPSIDE_DOWN_CONFIDENCE:
        return None
    osd = _tesseract_tsv(image, ["tesseract", str(image), "stdout", "--psm", "0"], source, limits)
    found = re.search(r"Rotate:\s*(\d+)", osd)
    if not found or int(found.group(1)) % 360 == 0:
        return None
    from PIL import Image

    upright = image.with_name(f"{image.stem}-upright.png")
    with Image.open(image) as picture:
        picture.rotate(-int(found.group(1)), expand=True).save(upright)  # PIL turns counter-clockwise
    return upright, int(found.group(1)) % 180 == 90


def _tesseract_tsv(image: Path, args: list[str], source: Path, limits: Limits | None) -> str:
    """tesseract's TSV for ``image``; kept in ``$VANBAN_OCR_CACHE`` (a folder, keyed by the image's
    bytes and the arguments) when that variable is set, so evaluation runs OCR each scan once."""
    cache = os.environ.get(OCR_CACHE_ENV)
    path = None
    if cache:
        key = hashlib.sha256(image.read_bytes() + "\0".join(args[2:]).encode()).hexdigest()
        path = Path(cache) / f"{key}.tsv"
        if path.exists():
            return path.read_text(encoding="utf-8")
    tsv = run_tool(args, source, timeout=PAGE_TIMEOUT, limits=limits).decode("utf-8", "replace")
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(tsv, encoding="utf-8")
        tmp.replace(path)
    return tsv


def _parse_tsv(tsv: str) -> tuple[dict[tuple[int, int, int], list[_Word]], int]:
    """Words grouped by tesseract's (block, paragraph, line), and the image width in pixels."""
    groups: dict[tuple[int, int, int], list[_Word]] = {}
    image_width = 0
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        level, left, top, w, h = (int(cells[i]) for i in (0, 6, 7, 8, 9))
        if level == 1:
            image_width = w
        text = unicodedata.normalize("NFC", cells[11].strip())
        if level != 5 or not text:
            continue
        key = (int(cells[2]), int(cells[3]), int(cells[4]))
        groups.setdefault(key, []).append(_Word(text, float(cells[10]), left, top, left + w, top + h))
    return groups, image_width


def _lines_of(words: list[_Word], number: int, scale: float) -> list[Line]:
    """One tesseract line into ``Line`` objects: split at wide gaps, low-confidence words dropped but for
    a label that opens the line (``_unsure_label``)."""
    label = _unsure_label(words)
    if label:
        text = "-" if _flat_mark(label, words[1]) else DASH_LOOKALIKES.get(label.text, label.text)
        words = [_Word(text, 100.0, label.left, label.top, label.right, label.bottom), *words[1:]]
    heading = _labelled_heading(words)
    kept = [w for i, w in enumerate(words) if w.conf >= MIN_WORD_CONFIDENCE or i in heading]
    if not kept:
        return []
    typical = median(w.bottom - w.top for w in kept)
    runs: list[list[_Word]] = [[kept[0]]]
    for word in kept[1:]:
        if word.left - runs[-1][-1].right > COLUMN_GAP * typical:
            runs.append([])
        runs[-1].append(word)
    lines = [_make_line(run, number, scale) for run in runs]
    return [line for line in lines if _is_text(line.text)]


def _labelled_heading(words: list[_Word]) -> set[int]:
    """Indexes of unsure words in capitals between sure ones of a labelled capitals heading, kept: "TIỂU," (at 21) of
    "I. MỤC TIỂU, YÊU CẦU" (its loss split the line in two, and the section's title was lost)."""
    if len(words) < 4 or not HEADING_LABEL.match(words[0].text):
        return set()
    return {i for i in range(2, len(words) - 1) if words[i].conf < MIN_WORD_CONFIDENCE and _caps(words[i].text)
            and all(w.conf >= MIN_WORD_CONFIDENCE and _caps(w.text) for w in (words[i - 1], words[i + 1]))}


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _unsure_label(words: list[_Word]) -> _Word | None:
    """The line's first word when it is a label tesseract is unsure of (a thin dash "—" at 29, "c)" at 25,
    "II." at 0 before capitals) or a dash it read as "¬" or "~", and a confident capitalised word follows it at a word's
    distance: "— Khẩn trương xây dựng kế hoạch", "¬ Đẩy mạnh cơ cấu lại", "II. PHẠM VI, NỘI DUNG". A speckle
    far left of the text, or before a lower-case word, is no label."""
    if len(words) < 2:
        return None
    label, following = words[0], words[1]
    dash = label.text in DASH_LOOKALIKES or _flat_mark(label, following)
    unsure = label.conf < MIN_WORD_CONFIDENCE or dash
    near = following.left - label.right <= following.bottom - following.top
    upper = following.text[:1].isupper() and following.conf >= MIN_WORD_CONFIDENCE
    shaped = UNSURE_LABEL.match(label.text) is not None or dash
    if UNSURE_ROMAN.match(label.text) and not following.text.isupper():
        return None  # "I. Bộ trưởng, Thủ trưởng ..." is an unsure "1.": dropped as before, the structure finds its place
    return label if unsure and near and upper and shaped else None


def _flat_mark(word: _Word, following: _Word) -> bool:
    """A colon or dot whose box is much wider than tall, before a word: a dash misread (": Khuyến khích ..." at 16 x 6
    pixels before a word 65 high)."""
    width = word.right - word.left
    flat = width >= FLAT_RATIO * max(word.bottom - word.top, 1)
    return word.text in FLAT_MARKS and flat and width >= FLAT_MIN_WIDTH * (following.bottom - following.top)


def _is_text(text: str) -> bool:
    """False for OCR noise: rules "—————", speckles "`", "¬-", lone brackets."""
    return sum(ch.isalnum() for ch in text) >= 2 or text.strip().isdigit()


def _mark_stamp_zones(lines: list[Line]) -> None:
    """Lines lying inside a stamp (the box its recognised lines span) are stamp too: "ĐỀN vu", "PHÙ"."""
    for zone in _stamp_zones([line for line in lines if line.kind == "stamp" and line.bbox]):
        for line in lines:
            box = line.bbox
            if line.kind != "body" or box is None:
                continue
            middle = (box.top + box.bottom) / 2
            inside = box.x0 >= zone.x0 - STAMP_MARGIN and box.x1 <= zone.x1 + STAMP_MARGIN
            if inside and zone.top - STAMP_MARGIN <= middle <= zone.bottom + STAMP_MARGIN:
                line.kind = "stamp"


def _stamp_zones(stamps: list[Line]) -> list[BBox]:
    """Stamp lines closer than ``STAMP_MARGIN`` * 3 vertically form one zone (their union)."""
    zones: list[BBox] = []
    for line in stamps:
        box = line.bbox
        assert box is not None
        if zones and box.top - zones[-1].bottom < 3 * STAMP_MARGIN:
            last = zones[-1]
            zones[-1] = BBox(min(last.x0, box.x0), last.top, max(last.x1, box.x1), max(last.bottom, box.bottom))
        else:
            zones.append(box)
    return zones


def _make_line(run: list[_Word], number: int, scale: float) -> Line:
    bbox = BBox(
        x0=min(w.left for w in run) * scale,
        top=min(w.top for w in run) * scale,
        x1=max(w.right for w in run) * scale,
        bottom=max(w.bottom for w in run) * scale,
    )
    text = fix_ocr_text(" ".join(w.text for w in run))
    size = round((bbox.bottom - bbox.top) / LINE_HEIGHT_PER_POINT * 2) / 2
    kind = "stamp" if is_stamp_line(text) else "body"
    return Line(text=text, page=number, bbox=bbox, font_size=size, kind=kind)


def read_pdf_checked(path: Path, limits: Limits | None = None) -> list[Page]:
    """The PDF path of ``read_file``: cheap checks (password, structure, page count), then the
    text layer (legacy encodings converted), then OCR of the pages without one."""
    from parsers.readers.legacy import convert_pages
    from parsers.readers.limits import preflight_pdf
    from parsers.readers.pdf import read_pdf

    limits = limits or current_limits()
    preflight_pdf(path, limits)
    pages = read_pdf(path)
    convert_pages(pages)  # a TCVN3/VNI text layer ("Céng hoµ") before the thin-text check
    return ocr_fallback(path, pages, limits=limits)


# ------------------------------------------------------------------ header zone of a scan

ZONE_DPI = 400  # the header's number and day are small and often stamped or written in: read them finer
ZONE_HEIGHT = 1 / 3  # the header zone: top third of page 1
ZONE_PSM = "6"  # one uniform block per half: tesseract's page segmentation breaks the two header columns
# left half: issuer and "Số: .../..."; right half (a little wider, "Đắk Nông, ngày" may start left of the
# middle): motto, place and date
ZONE_HALVES = ((0.0, 0.5), (0.42, 1.0))


@dataclass
class ZoneLine:
    """A line of the header zone with its words' OCR confidences (0..100), to tell a number printed or
    stamped in the blank from one written by hand."""

    line: Line
    words: list[tuple[str, float]]


def ocr_header_zone(path: Path, number: int, width: float, height: float, limits: Limits | None = None) -> list[ZoneLine]:
    """Page ``number``'s header zone read again at ``ZONE_DPI``, each half as one block (left half's lines
    first); bboxes in PDF points of a ``width`` x ``height`` page."""
    from PIL import Image

    limits = limits or current_limits()
    out: list[ZoneLine] = []
    with tempfile.TemporaryDirectory(prefix="vanban-zone-") as tmp:
        prefix = Path(tmp) / "page"
        args = ["pdftoppm", "-r", str(ZONE_DPI), "-f", str(number), "-l", str(number), "-gray", "-png", "-singlefile"]
        with paused_time_limit():
            run_tool([*args, str(path), str(prefix)], path, timeout=PAGE_TIMEOUT, limits=limits)
            with Image.open(prefix.with_suffix(".png")) as image:
                full_width, full_height = image.size
                for index, (start, end) in enumerate(ZONE_HALVES):
                    left = int(start * full_width)
                    crop = Path(tmp) / f"half{index}.png"
                    image.crop((left, 0, int(end * full_width), int(ZONE_HEIGHT * full_height))).save(crop)
                    out += _zone_lines(crop, left, number, width / full_width, path, limits)
    return out


def _zone_lines(image: Path, offset: int, number: int, scale: float, source: Path, limits: Limits) -> list[ZoneLine]:
    args = ["tesseract", str(image), "stdout", "-l", OCR_LANG, "--psm", ZONE_PSM, "tsv"]
    words, _ = _parse_tsv(_tesseract_tsv(image, args, source, limits))
    out = []
    for group in words.values():
        shifted = [_Word(w.text, w.conf, w.left + offset, w.top, w.right + offset, w.bottom) for w in group]
        runs = _runs(shifted)
        out += [ZoneLine(_make_line(run, number, scale), [(w.text, w.conf) for w in run]) for run in runs]
    return [zone for zone in out if _is_text(zone.line.text)]


# one line of the header zone read again alone (``ocr_zone_line``): the number or the date line whose digits the
# zone read unsure ("Só:17738" at 56 as one word, the day "05" at 25 in a line the zone split badly)
LINE_DPI = 600
LINE_PSM = "7"  # a single text line
LINE_MARGIN = (12.0, 4.0)  # points added left/right and above/below the zone's box of the line
# the model that reads a number's digits a second time: the Vietnamese model reads the open-top "4" of typewriter
# and numbering-machine faces as "1" ("Số: 4427 /UBND-NC" read "1127" at 91), the English one reads "4427" at 93
DIGITS_LANG = "eng"


def ocr_zone_line(
    path: Path, number: int, box: BBox, limits: Limits | None = None, lang: str = OCR_LANG
) -> list[tuple[str, float]]:
    """The words (text, confidence 0..100) of one line of page ``number``, ``box`` in PDF points, rendered
    alone at ``LINE_DPI`` and read as one text line with tesseract's model ``lang`` (``DIGITS_LANG``: a
    second reading of a number's digits)."""
    limits = limits or current_limits()
    scale = LINE_DPI / 72.0
    x_margin, y_margin = LINE_MARGIN
    left, top = max(0.0, box.x0 - x_margin) * scale, max(0.0, box.top - y_margin) * scale
    width, height = (box.x1 - box.x0 + 2 * x_margin) * scale, (box.bottom - box.top + 2 * y_margin) * scale
    with tempfile.TemporaryDirectory(prefix="vanban-line-") as tmp:
        prefix = Path(tmp) / "line"
        args = ["pdftoppm", "-r", str(LINE_DPI), "-f", str(number), "-l", str(number), "-gray", "-png", "-singlefile"]
        args += ["-x", str(int(left)), "-y", str(int(top)), "-W", str(int(width)), "-H", str(int(height))]
        with paused_time_limit():
            run_tool([*args, str(path), str(prefix)], path, timeout=PAGE_TIMEOUT, limits=limits)
            image = prefix.with_suffix(".png")
            read = ["tesseract", str(image), "stdout", "-l", lang, "--psm", LINE_PSM, "tsv"]
            words, _ = _parse_tsv(_tesseract_tsv(image, read, path, limits))
    return [(w.text, w.conf) for group in words.values() for w in group]


def _runs(words: list[_Word]) -> list[list[_Word]]:
    """Words of one tesseract line split at wide gaps; none dropped (confidence is judged by the caller)."""
    typical = median(w.bottom - w.top for w in words)
    runs: list[list[_Word]] = [[words[0]]]
    for word in words[1:]:
        if word.left - runs[-1][-1].right > COLUMN_GAP * typical:
            runs.append([])
        runs[-1].append(word)
    return runs


# ------------------------------------------------------------------ pictures of digits in widgets

WIDGET_IMAGE_SCALE = 6  # a widget's picture of "21" is about 42 x 47 pixels: enlarged before OCR
WIDGET_IMAGE_MAX = (120.0, 40.0)  # points: larger pictures in widgets are signatures and seals


def read_widget_image(image: object, limits: Limits | None = None) -> tuple[str, float]:
    """The text of a small picture an annotation draws (pdfminer ``LTImage``: e-office systems stamp
    the number "21" into "Số    -HD/BTCTU" as a picture) and its lowest word confidence; ("", 0.0)
    when it cannot be read."""
    from pdfminer.image import ImageWriter
    from PIL import Image

    from vanban.errors import UnreadableFileError

    with tempfile.TemporaryDirectory(prefix="vanban-widget-") as tmp:
        try:
            name = ImageWriter(tmp).export_image(image)  # type: ignore[arg-type]
            with Image.open(Path(tmp) / name) as picture:
                grey = picture.convert("L")
                grey = grey.resize((grey.width * WIDGET_IMAGE_SCALE, grey.height * WIDGET_IMAGE_SCALE))
                grey.save(Path(tmp) / "widget.png")
            args = ["tesseract", str(Path(tmp) / "widget.png"), "stdout", "-l", OCR_LANG, "--psm", "7", "tsv"]
            words, _ = _parse_tsv(_tesseract_tsv(Path(tmp) / "widget.png", args, Path(tmp) / name, limits))
        except (OSError, ValueError, UnreadableFileError):
            return "", 0.0
    found = [w for group in words.values() for w in group]
    if not found:
        return "", 0.0
    return " ".join(w.text for w in found), min(w.conf for w in found)
