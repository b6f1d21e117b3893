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
from parsers.model import Document, Header, Line, Page
from parsers.readers.ocr import DIGITS_LANG, ZoneLine, fix_ocr_text, ocr_header_zone, ocr_zone_line
from vanban.errors import UnreadableFileError

# digits of a number or date read with less confidence (0..100) than this are taken as handwritten
MIN_DIGIT_CONFIDENCE = 80.0

# the zone's number line, however its digits read: "Số: @§ /CT-UBND", "Số 4ƒ /SNV-VP", "Số:/43ó3 /BTC-THTK",
# "_§ố: 1HỊ /PKTHT-TH" (a speck before it, "S" read as "§")
NUMBER_LINE = re.compile(r"""^[\W_]{0,2}[S§][ốôồổỗộo]\b\s*:?""")

# the zone's place and date line, however its day reads: "Bắc Giang, ngày/J tháng 11 năm 2012",
# "Krông Nó, ngày4Ô tháng 6 năm 2019" (a comma after the place: "Ngày 24 tháng 5 năm 2019, Ủy ban" is body text)
DATE_LINE = re.compile(r""",\s*ng\S{0,3}y.{0,12}?th\S{1,2}ng.{0,8}?n\S{1,2}m\s*\d{2,4}""")

# the zone's place and date with a tone or letter of its words misread, its digits whole: "An Phú, ngày 09
# tháng 6 nắm 2022" ("nắm" for "năm"), "Hà Nội, ngảy 15 tháng 10 năm 2012"
ZONE_DATE = re.compile(
    r"""(?P<place>[^\W\d_][\w.]{0,30}(?:\s+[^\W\d_][\w.]{0,30}){0,4})\s*,\s*
    ng\S{1,3}y\s+(?P<day>\d\s?\d|\d)\s+th\S{1,3}ng\s+(?P<month>\d\s?\d|\d)\s+n\S{1,2}m\s+(?P<year>\d{4})""",
    re.VERBOSE,
)

# the date of a line read three times (zone, alone, ``DIGITS_LANG``), letters that stand for digits allowed in the
# day and month and the words' tones dropped or misread: "Sơn La, ngày l9 tháng 4 năm 2023", "Sơn La, ngày I9 tháng 4
# năm 2023", "Son La, ngay 19 thang 4 ndm 2023"; "Hà Nội, ngày 24 tháng9 năm 2025" (no space before the month)
LOOSE_DATE = re.compile(
    r"""(?:(?P<place>[^\W\d_][\w.]{0,30}(?:\s+[^\W\d_][\w.]{0,30}){0,4})\s*,\s*)?
    ng\S{1,3}y\s*(?P<day>[\dlI|O]\s?[\dlI|O]|[\dlI|O])\s+
    th\S{1,3}ng\s*(?P<month>[\dlIO]{1,2})\s+n\S{1,2}m\s*(?P<year>\d{4})""",
    re.VERBOSE,
)

# the number line of a page whose digits an e-office system draws in a widget: "Số:        /CĐSQG-DVS" (no digit;
# the row may go on with the right column: "Số: /CĐSQG-DVS Hà Nội, ngày 03 tháng 07 năm 2023")
BLANK_NUMBER_LINE = re.compile(r"^S[ốô]\s*:?\s*(?P<symbol>/[A-ZĐ][\wĐđ&]*(?:-[\wĐđ&]+)+)(?:\s|$)")

# digits the zone reads unsure count when the page's reading of the number agrees, down to this confidence
# ("l5" at 54 in "Số: l5 5/PKTHT-TH"); a hand's digits read lower ("4" at 25 in "Số: 4 /UỆND- KSTTHC")
AGREEING_MIN_CONFIDENCE = 50.0

# digits set apart from the symbol: a number filled into the blank of "Số:      /CT-TTg" ("Số: 0 /CT-TTg")
FILLED_BLANK = re.compile(r"\S\s+[/-]\s*[^\W\d_]")

# a word of the number line's second reading that holds the number's digits: "4427", "4427/UBND-NC", "404/QD-UBND"
SECOND_DIGITS = re.compile(r"^(\d+)(?:[/-]|$)")

# letters tesseract reads for printed digits when it splits a number at a stroke: "Số: l5 5/PKTHT-TH" for
# "Số: 155/PKTHT-TH" (400 dpi, one block); used only to compare the zone's reading with the page's
DIGIT_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0"})


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
    header = doc.header
    if header.date and not valid_date(header.date):
        header.date = None
    header.number = header.number or widget_number(pages[:1])
    if 1 not in doc.ocr_pages or not pages or not path.exists():
        return
    try:
        zone = ocr_header_zone(path, 1, pages[0].width or 595.0, pages[0].height or 842.0)
    except UnreadableFileError as exc:
        doc.warnings.append(f"header zone not read again: {exc.reason}")
        return
    found, seen = _zone_fields(zone, header.number)
    _read_lines_again(zone, found, seen, path)
    if "number" in seen:
        header.number = found.number
    if "date" in seen:
        header.date, header.place = found.date, found.place or header.place
    doc.normalisation.append("ocr:header-zone")
    for name in sorted(seen):
        if getattr(found, name) is None:
            doc.warnings.append(f"{name} not read: its digits look handwritten (OCR confidence < {MIN_DIGIT_CONFIDENCE:g})")


def widget_number(pages: list[Page]) -> str | None:
    """The number an e-office widget draws away from the blank of the page's number line: "Số:        /CĐSQG-DVS"
    in the header, the signing widget's "934/CĐSQG-DVS" laid over the body ("... đề nghị Quý Sở: 934/CĐSQG-DVS",
    934/CĐSQG-DVS of 2023); only the digits before the very symbol of the blank, in a widget's text."""
    for page in pages:
        blank = next((m for row in _rows_text(page.lines) if (m := BLANK_NUMBER_LINE.match(row))), None)
        if blank is None:
            continue
        pattern = re.compile(r"(?<![\w/.-])\d+" + re.escape(blank.group("symbol")) + r"(?![\w/-])")
        drawn = [line.text for line in page.lines if line.origin == "annotation:widget"]
        found = {m.group(0) for text in drawn for m in pattern.finditer(text)}
        if len(found) == 1:
            return found.pop()
    return None


def _rows_text(lines: list[Line]) -> list[str]:
    """The text of each row of lines that starts with "Số" (a column gap splits "Số:" from "/CĐSQG-DVS")."""
    rows = []
    for line in lines:
        if line.bbox is None or not line.text.startswith("S"):
            continue
        box = line.bbox
        row = [other for other in lines if other.bbox and other.bbox.x0 >= box.x0 and abs(other.bbox.top - box.top) < 3.0]
        rows.append(" ".join(other.text.strip() for other in sorted(row, key=lambda other: other.bbox.x0)))  # type: ignore[union-attr]
    return rows


def _zone_fields(zone: list[ZoneLine], page_number: str | None = None) -> tuple[Header, set[str]]:
    """Number, date and place the zone reads with confidence, and which of the two lines it saw at all;
    ``page_number``: the page's reading of the number, kept when the zone reads the same digits unsure."""
    found, seen = Header(), set()
    for read in zone:
        text, trusted = read.line.text, confident(read.words)
        if "number" not in seen and NUMBER_LINE.match(text):
            seen.add("number")
            number = NUMBER_FIELD.search(text)
            if number and trusted(number.group("number")):
                found.number = re.sub(r"\s+", "", number.group("number")).rstrip(".,;")
            elif agrees(read.words, page_number):
                found.number = page_number
        if "date" not in seen and DATE_LINE.search(text):
            seen.add("date")
            when = PLACE_DATE.search(text) or ZONE_DATE.search(text)
            iso = _iso(when.group("year"), when.group("month"), when.group("day")) if when else None
            if when and trusted(when.group(0)) and valid_date(iso):
                found.date, found.place = iso, _place(when.group("place"))
    return found, seen


def _read_lines_again(zone: list[ZoneLine], found: Header, seen: set[str], path: Path) -> None:
    """The number and date lines whose digits the zone read unsure, read again alone (``ocr_zone_line``):
    kept when the line's reading is confident and gives the digits the zone read ("Số: 17738 /CHQ-GSQL",
    "Só:17738" at 56 in the zone, "17738" at 95 alone). A hand's digits read differently each time
    ("4ƒ", then "42") or as no digits at all ("Z4Z"), and stay missing."""
    number_line = next((read for read in zone if NUMBER_LINE.match(read.line.text)), None)
    date_line = next((read for read in zone if DATE_LINE.search(read.line.text)), None)
    try:
        if "number" in seen and found.number is None and number_line and number_line.line.bbox:
            found.number = _number_again(number_line, path)
        if "date" in seen and found.date is None and date_line and date_line.line.bbox:
            found.date, found.place = _date_again(date_line, path) or (None, None)
    except UnreadableFileError:
        return


def _number_again(number_line: ZoneLine, path: Path) -> str | None:
    """The number line read alone, then (when that reading holds a number) a second time with ``DIGITS_LANG``."""
    box, zone_text = number_line.line.bbox, number_line.line.text
    assert box is not None
    alone = ocr_zone_line(path, 1, box)
    number = number_read_again(zone_text, alone)
    if number is None and NUMBER_FIELD.search(fix_ocr_text(" ".join(word for word, _conf in alone))):
        number = number_read_again(zone_text, alone, ocr_zone_line(path, 1, box, lang=DIGITS_LANG))
    return number


def _date_again(date_line: ZoneLine, path: Path) -> tuple[str, str | None] | None:
    """The date line read alone, then (when the zone and that reading both give a date, however unsure) a
    second time with ``DIGITS_LANG``: the three readings must give the same date (``date_read_again``)."""
    box, zone_text = date_line.line.bbox, date_line.line.text
    assert box is not None
    alone = ocr_zone_line(path, 1, box)
    again = date_read_again(zone_text, alone)
    if again is None and _loose_date(zone_text) and _loose_date(_joined(alone)):
        again = date_read_again(zone_text, alone, ocr_zone_line(path, 1, box, lang=DIGITS_LANG))
    return again


def number_read_again(
    zone_text: str, words: list[tuple[str, float]], second: list[tuple[str, float]] | None = None
) -> str | None:
    """The number of a line read again alone (its words and their confidence), when every digit of it was
    read with confidence and its digits are the zone's (``zone_text``, look-alike letters read as digits),
    or else the digits of the line's ``second`` reading (``DIGITS_LANG``), as many and read with confidence:
    "Số: 4427 /UBND-NC" in a typewriter face, the zone "\"27", alone "1127" at 91, the second "4427" at 93."""
    text = fix_ocr_text(" ".join(word for word, _conf in words))
    match = NUMBER_FIELD.search(text)
    if not match or not confident(words)(match.group("number")):
        return None
    number = re.sub(r"\s+", "", match.group("number")).rstrip(".,;")
    digits = re.match(r"[^/-]*", number).group(0)  # type: ignore[union-attr]
    if not digits.isdigit() or not digits.strip("0"):
        return None  # "0/CT-TTg": a stamp's "02" half read; no number is 0
    number = _whole_symbol(number, zone_text, text)
    if digits == _zone_digits(zone_text):
        return number
    other = _second_digits(second or [])
    if other and len(other) == len(digits) and other.strip("0"):
        return other + number[len(digits):]
    return None


def _whole_symbol(number: str, zone_text: str, text: str) -> str:
    """The number with the end of its symbol that the line alone (``text``) split off at a space, when the zone
    reads it whole: "Số: 02 /SYT-GA VI" alone, "Số: 02 /SYT-GAVI" in the zone -> "02/SYT-GAVI"."""
    zone = re.sub(r"\s+", "", NUMBER_LINE.sub("", zone_text, count=1)).rstrip(".,;")
    tail = re.match(r"[^\W\d_]+", zone[len(number):]) if zone.startswith(number) else None
    if tail and number + tail.group(0) in re.sub(r"\s+", "", text):
        return number + tail.group(0)
    return number


def _second_digits(words: list[tuple[str, float]]) -> str | None:
    """The digits of the first word after "Số:" that starts with digits, read with confidence: [("S6:", 91),
    ("4427", 93), ("/UBND-NC", 91)] -> "4427"; None when that word is unsure or holds more than digits."""
    for word, conf in words[1:]:
        if any(ch.isdigit() for ch in word):
            digits = SECOND_DIGITS.match(word)
            return digits.group(1) if digits and conf >= MIN_DIGIT_CONFIDENCE else None
    return None


def _zone_digits(zone_text: str) -> str | None:
    """The digits before the symbol on the zone's number line: "Số: 17738 /CHQ-GSQL" -> "17738", "Số: l5 5/PKTHT-TH"
    -> "155"; None when they are not all digits ("Số: Z4Z/UBND- VX", "Số 4ƒ /SNV-VP")."""
    squeezed = re.sub(r"\s+", "", NUMBER_LINE.sub("", zone_text, count=1))
    digits = re.match(r"[^/-]*", squeezed).group(0).translate(DIGIT_LOOKALIKES)  # type: ignore[union-attr]
    return digits if digits.isdigit() else None


def date_read_again(
    zone_text: str, words: list[tuple[str, float]], second: list[tuple[str, float]] | None = None
) -> tuple[str, str | None] | None:
    """The date and place of a line read again alone, when its digits were read with confidence and the zone's
    reading of the line (``zone_text``) gives the same date; or else, when the line alone was unsure, the date
    its three readings give alike (``unanimous_date``: the zone, alone and the ``second`` reading)."""
    text = _joined(words)
    when = PLACE_DATE.search(text) or ZONE_DATE.search(text)
    if not when or not confident(words)(when.group(0)):
        return unanimous_date(zone_text, words, second) if second else None
    iso = _iso(when.group("year"), when.group("month"), when.group("day"))
    zone = PLACE_DATE.search(zone_text) or ZONE_DATE.search(zone_text)
    if not valid_date(iso) or not zone or _iso(zone.group("year"), zone.group("month"), zone.group("day")) != iso:
        return None
    return iso, _place(when.group("place"))


def unanimous_date(
    zone_text: str, words: list[tuple[str, float]], second: list[tuple[str, float]]
) -> tuple[str, str | None] | None:
    """The date that the zone's reading of the date line, the line read alone (``words``) and its ``second``
    reading (``DIGITS_LANG``) all give, letters that stand for digits read as digits, when the second reading's
    day was read with some confidence (``AGREEING_MIN_CONFIDENCE``): a typed "19" read "l9" at 68, "I9" at 61 and
    "19" at 96 (29-CT/TU); a hand's day reads differently each time ("44+", "12+", then "44" at 97)."""
    readings = [_loose_date(text) for text in (zone_text, _joined(words), _joined(second))]
    dates = {found[0] for found in readings if found}
    day = readings[2][1] if readings[2] else ""
    unsure = [conf for word, conf in second if day and word.strip(".,;").translate(DIGIT_LOOKALIKES) == day]
    if None in readings or len(dates) != 1 or not unsure or min(unsure) < AGREEING_MIN_CONFIDENCE:
        return None
    iso = dates.pop()
    place = next((found[2] for found in readings[:2] if found and found[2]), None)
    return (iso, place) if valid_date(iso) else None


def _loose_date(text: str) -> tuple[str, str, str | None] | None:
    """ISO date, day digits and place of a date line read with look-alike letters: "Sơn La, ngày l9 tháng 4 năm 2023"
    -> ("2023-04-19", "19", "Sơn La")."""
    when = LOOSE_DATE.search(fix_ocr_text(text))
    if not when:
        return None
    day, month = (re.sub(r"\s", "", when.group(name)).translate(DIGIT_LOOKALIKES) for name in ("day", "month"))
    if not (day.isdigit() and month.isdigit()):
        return None
    place = _place(when.group("place")) if when.group("place") else None
    return _iso(when.group("year"), month, day), day, place


def _joined(words: list[tuple[str, float]]) -> str:
    return fix_ocr_text(" ".join(word for word, _conf in words))


def agrees(words: list[tuple[str, float]], page_number: str | None) -> bool:
    """Whether the zone's number line (its words and their confidence) reads the page's number, spaces aside
    and letters that stand for digits read as digits: "Số: l5 5/PKTHT-TH" (l5 at 54) and the page's
    "155/PKTHT-TH". Two readings of a typed number at two resolutions agree; handwritten digits read
    differently each time ("1HỊ /PKTHT-TH", the page "11!") or with no confidence at all ("4" at 25). Digits
    apart from the "/" were filled into the blank of "Số:      /CT-TTg" by hand or stamp: "Số: 0 /CT-TTg"
    (a stamped "02" read as "0" on both readings) is no agreement."""
    if not page_number or not any(ch.isdigit() for ch in page_number):
        return False
    line = " ".join(word for word, _conf in words)
    if FILLED_BLANK.search(line):
        return False
    squeezed = re.sub(r"\s+", "", NUMBER_LINE.sub("", line, count=1)).rstrip(".,;")
    digits, rest = re.match(r"([^/-]*)(.*)", squeezed).groups()  # type: ignore[union-attr]
    unsure = [conf for word, conf in words[1:] if word.translate(DIGIT_LOOKALIKES)[:1].isdigit()]
    if not unsure or min(unsure) < AGREEING_MIN_CONFIDENCE:
        return False
    return digits.translate(DIGIT_LOOKALIKES) + rest == re.sub(r"\s+", "", page_number)


def confident(words: list[tuple[str, float]]):  # type: ignore[no-untyped-def]
    """A test of a matched span: every word of the line holding a digit of it was read with confidence."""

    def test(span: str) -> bool:
        digits = [conf for word, conf in words if any(ch.isdigit() for ch in word) and _shares(word, span)]
        return bool(digits) and min(digits) >= MIN_DIGIT_CONFIDENCE

    return test


def _shares(word: str, span: str) -> bool:
    core = re.sub(r"^\W+|\W+$", "", word)
    return bool(core) and (core in span or any(part and part in core for part in re.split(r"[\s/-]+", span)))
