"""The document's own number and date on scans, when the page's OCR missed them.

Page-level OCR (300 dpi, automatic segmentation) often garbles the header's small print and the
number or day stamped or written into the blanks of "Số:      /CT-UBND", "ngày    tháng 7 năm
2019". ``complete_from_header_zone`` reads the header zone of page 1 again (``ocr_header_zone``:
400 dpi, left and right halves as blocks); what it reads with confidence replaces the page's
number, date and place. A number or date whose digits tesseract is unsure of is left missing
rather than guessed: numbers filled in by hand are read as "@§", "4ƒ", "Số:42đ3" with low confidence.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from parsers.header import NUMBER_FIELD, PLACE_DATE, _iso, _place
from parsers.model import Document, Header, Page
from parsers.readers.ocr import ZoneLine

# digits of a number or date read with less confidence (0..100) than this are taken as handwritten
MIN_DIGIT_CONFIDENCE = 80.0

# the zone's number line, however its digits read: "Số: @§ /CT-UBND", "Số 4ƒ /SNV-VP", "Số:/43ó3 /BTC-THTK"
NUMBER_LINE = re.compile(r"""^\W{0,2}S[ốôồổỗộo]\b\s*:?""")

# the zone's place and date line, however its day reads: "Bắc Giang, ngày/J tháng 11 năm 2012",
# "Krông Nó, ngày4Ô tháng 6 năm 2019" (a comma after the place: "Ngày 24 tháng 5 năm 2019, Ủy ban" is body text)
DATE_LINE = re.compile(r""",\s*ng\S{0,3}y.{0,12}?th\S{1,2}ng.{0,8}?n\S{1,2}m\s*\d{2,4}""")


def valid_date(iso: str | None) -> bool:
    """Whether "2019-05-93" is a calendar date (OCR misreads a handwritten day as 93)."""
    try:
        datetime.date.fromisoformat(iso or "")
    except ValueError:
        return False
    return True


def complete_from_header_zone(doc: Document, pages: list[Page], path: Path) -> None:
    """Number, date and place of an OCRed page 1 from its header zone read again.

    What the zone reads with confidence replaces the page's reading; a number (or date) line whose
    digits the zone cannot trust ("Số: @§ /CT-UBND", "ngày 4® tháng 7 năm 2019") leaves the field
    missing, with a warning, rather than the page's guess ("0Ø/KH-CNTT"); a zone without such a line
    keeps the page's reading. A failed zone reading (a tool's time limit) changes nothing.
    """
    from parsers.readers.ocr import ocr_header_zone
    from vanban.errors import UnreadableFileError

    header = doc.header
    if header.date and not valid_date(header.date):
        header.date = None
    if 1 not in doc.ocr_pages or not pages or not path.exists():
        return
    try:
        zone = ocr_header_zone(path, 1, pages[0].width or 595.0, pages[0].height or 842.0)
    except UnreadableFileError as exc:
        doc.warnings.append(f"header zone not read again: {exc.reason}")
        return
    found, seen = _zone_fields(zone)
    if "number" in seen:
        header.number = found.number
    if "date" in seen:
        header.date, header.place = found.date, found.place or header.place
    doc.normalisation.append("ocr:header-zone")
    for name in sorted(seen):
        if getattr(found, name) is None:
            doc.warnings.append(f"{name} not read: its digits look handwritten (OCR confidence < {MIN_DIGIT_CONFIDENCE:g})")


def _zone_fields(zone: list[ZoneLine]) -> tuple[Header, set[str]]:
    """Number, date and place the zone reads with confidence, and which of the two lines it saw at all."""
    found, seen = Header(), set()
    for read in zone:
        text, trusted = read.line.text, confident(read.words)
        if "number" not in seen and NUMBER_LINE.match(text):
            seen.add("number")
            number = NUMBER_FIELD.search(text)
            if number and trusted(number.group("number")):
                found.number = re.sub(r"\s+", "", number.group("number")).rstrip(".,;")
        if "date" not in seen and DATE_LINE.search(text):
            seen.add("date")
            when = PLACE_DATE.search(text)
            iso = _iso(when.group("year"), when.group("month"), when.group("day")) if when else None
            if when and trusted(when.group(0)) and valid_date(iso):
                found.date, found.place = iso, _place(when.group("place"))
    return found, seen


def confident(words: list[tuple[str, float]]):  # type: ignore[no-untyped-def]
    """A test of a matched span: every word of the line holding a digit of it was read with confidence."""

    def test(span: str) -> bool:
        digits = [conf for word, conf in words if any(ch.isdigit() for ch in word) and _shares(word, span)]
        return bool(digits) and min(digits) >= MIN_DIGIT_CONFIDENCE

    return test


def _shares(word: str, span: str) -> bool:
    core = re.sub(r"^\W+|\W+$", "", word)
    return bool(core) and (core in span or any(part and part in core for part in re.split(r"[\s/-]+", span)))
