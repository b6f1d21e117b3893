"""The document's own number and date on scans, when the page's OCR missed them.

Page-level OCR (300 dpi, automatic segmentation) often garbles the header's small print and the
number or day stamped or written into the blanks of "Số:      /CT-UBND", "ngày    tháng 7 năm
2019". ``complete_from_header_zone`` reads the header zone of page 1 again (``ocr_header_zone``:
400 dpi, left and right halves as blocks) and takes the number, date and place the page's header
lacks. A number or date whose digits tesseract is unsure of is left missing rather than guessed:
numbers filled in by hand are read as "@§", "4ƒ", "Số:42đ3" with low confidence.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from parsers.header import NUMBER_FIELD, PLACE_DATE, _iso, _place
from parsers.model import Document, Header, Page

# digits of a number or date read with less confidence (0..100) than this are taken as handwritten
MIN_DIGIT_CONFIDENCE = 80.0


def valid_date(iso: str | None) -> bool:
    """Whether "2019-05-93" is a calendar date (OCR misreads a handwritten day as 93)."""
    try:
        datetime.date.fromisoformat(iso or "")
    except ValueError:
        return False
    return True


def complete_from_header_zone(doc: Document, pages: list[Page], path: Path) -> None:
    """Fill the missing number and date (and place) of an OCRed page 1 from its header zone read again."""
    from parsers.readers.ocr import ocr_header_zone

    header = doc.header
    if header.date and not valid_date(header.date):
        header.date = None
    if 1 not in doc.ocr_pages or (header.number and header.date) or not path.exists():
        return
    first = pages[0]
    zone = ocr_header_zone(path, 1, first.width or 595.0, first.height or 842.0)
    found = Header()
    for read in zone:
        text, trusted = read.line.text, confident(read.words)
        number = NUMBER_FIELD.search(text)
        if number and not found.number and trusted(number.group("number")):
            found.number = re.sub(r"\s+", "", number.group("number")).rstrip(".,;")
        when = PLACE_DATE.search(text)
        if when and not found.date and trusted(when.group(0)):
            iso = _iso(when.group("year"), when.group("month"), when.group("day"))
            if valid_date(iso):
                found.date, found.place = iso, _place(when.group("place"))
    header.number = header.number or found.number
    if not header.date and found.date:
        header.date, header.place = found.date, header.place or found.place
    if found.number or found.date:
        doc.normalisation.append("ocr:header-zone")


def confident(words: list[tuple[str, float]]):  # type: ignore[no-untyped-def]
    """A test of a matched span: every word of the line holding a digit of it was read with confidence."""

    def test(span: str) -> bool:
        digits = [conf for word, conf in words if any(ch.isdigit() for ch in word) and _shares(word, span)]
        return bool(digits) and min(digits) >= MIN_DIGIT_CONFIDENCE

    return test


def _shares(word: str, span: str) -> bool:
    core = re.sub(r"^\W+|\W+$", "", word)
    return bool(core) and (core in span or any(part and part in core for part in re.split(r"[\s/-]+", span)))
