"""The document's own number and date stamped into signature widgets, the e-signature stamp kept
apart as signing metadata, and the header zone of scans read again.

Fixtures are made in ``tmp_path``: a page whose "Số:      /TB-UBND" and "ngày    tháng 11 năm
2024" blanks are filled by widgets (reportlab's text field, its field type written /Sig as
e-office systems do), and an image-only header. Real e-signed PDFs are read from
``../shared/corpus-real/directives``; their expected number and date were read from the page
images (the e-office system's widgets show there).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.identity import (
    DATE_LINE,
    NUMBER_LINE,
    ZONE_DATE,
    agrees,
    complete_from_header_zone,
    confident,
    date_read_again,
    number_read_again,
    unanimous_date,
    widget_number,
)
from parsers.model import BBox, Document, Header, Line, Page
from parsers.readers.pdf import read_pdf
from parsers.readers.pdfium import signature_times
from parsers.signing import apply_signing, pdf_time, signing
from tests.inputs.conftest import corpus

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DIRECTIVES = corpus("directives")


def make_signed_pdf(path: Path, day: str | None = "15", hidden: bool = False) -> Path:
    """A notice whose number and day are left blank on the page and drawn by widgets over the blanks,
    with an e-signature stamp of two widgets at the foot ("Ky boi: ...", "Thoi gian ky: ...")."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    pdf.setFont("DejaVu", 13)
    for x, y, text in [
        (80, 770, "ỦY BAN NHÂN DÂN"), (310, 770, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (80, 752, "TỈNH QUẢNG NGÃI"), (350, 752, "Độc lập - Tự do - Hạnh phúc"),
        (80, 725, "Số:"), (150, 725, "/TB-UBND"), (300, 725, "Quảng Ngãi, ngày"), (440, 725, "tháng 11 năm 2024"),
        (250, 680, "THÔNG BÁO"), (150, 662, "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp"),
        (80, 630, "Ngày 12 tháng 11 năm 2024, Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác"),
        (80, 612, "chuyển đổi số; sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:"),
    ]:
        pdf.drawString(x, y, text)
    flags = "hidden" if hidden else "print"
    fields = [("so", "565", 104, 721, 40), ("stamp1", "Ky boi: Nguyen Van An", 300, 120, 200),
              ("stamp2", "Thoi gian ky: 18.11.2024 07:25:14 +07:00", 300, 104, 240)]
    if day:
        fields.append(("ngay", day, 410, 721, 26))
    for name, value, x, y, width in fields:
        pdf.acroForm.textfield(
            name=name, value=value, x=x, y=y, width=width, height=16, fontName="Helvetica", fontSize=12,
            borderWidth=0, fillColor=None, borderColor=None, annotationFlags=flags,
        )
    pdf.save()
    data = path.read_bytes()
    path.write_bytes(data.replace(b"/FT /Tx", b"/FT/Sig"))  # same length: the cross-reference table stays true
    return path


def test_widget_fills_the_number_blank(tmp_path: Path) -> None:
    page = read_pdf(make_signed_pdf(tmp_path / "signed.pdf"))[0]
    lines = {line.text: line for line in page.lines}
    assert lines["Số: 565 /TB-UBND"].origin == "annotation:widget"
    assert lines["Quảng Ngãi, ngày 15 tháng 11 năm 2024"].origin == "annotation:widget"
    assert lines["ỦY BAN NHÂN DÂN"].origin is None
    assert lines["Ky boi: Nguyen Van An"].kind == "stamp"
    assert "annotation:widget" in page.steps


def test_widget_number_and_date_reach_the_header(tmp_path: Path) -> None:
    doc = parse_file(make_signed_pdf(tmp_path / "signed.pdf"))
    header = doc.header
    assert (header.number, header.date, header.date_source) == ("565/TB-UBND", "2024-11-15", "header")
    assert (header.signed_by, header.signed_at) == ("Nguyen Van An", "2024-11-18T07:25:14+07:00")
    assert "Ky boi" not in doc.text and "Thoi gian" not in doc.text
    assert "annotation:widget" in doc.normalisation


def test_signing_day_stands_for_a_missing_date(tmp_path: Path) -> None:
    header = parse_file(make_signed_pdf(tmp_path / "unstamped-day.pdf", day=None)).header
    assert (header.number, header.date, header.date_source) == ("565/TB-UBND", "2024-11-18", "signature")


def test_hidden_widgets_are_not_read(tmp_path: Path) -> None:
    page = read_pdf(make_signed_pdf(tmp_path / "hidden.pdf", hidden=True))[0]
    assert not any("565" in line.text or "Ky boi" in line.text for line in page.lines)
    assert not any(step.startswith("annotation:") for step in page.steps)  # nothing read from a hidden widget


@pytest.mark.parametrize(
    ("name", "number", "date"),
    [
        pytest.param("17738-chq-gsql-2025.pdf", "17738/CHQ-GSQL", "2025-08-05", id="number-day-month-widgets"),
        pytest.param("438-ubnd-vhxh-quangninh-2026.pdf", "438/UBND-VHXH", "2026-02-02", id="day-month-widgets"),
        pytest.param("957-kh-hqkv8-2026.pdf", "957/KH-HQKV8", "2026-03-13", id="kh-widgets"),
        pytest.param("21-hd-btctu-hanoi-2025.pdf", "21-HD/BTCTU", "2025-08-21", id="number-day-pictures-in-widgets"),
        pytest.param("3125-kh-stc-daknong-2018.pdf", "3125/KH-STC", "2018-12-28", id="typed-number-stamp-widget"),
        pytest.param("935-vp-tckt-btp-2019.pdf", "935/VP-TCKT", "2019-11-14", id="typed-number"),
        pytest.param("877-qd-btp-2025.pdf", "877/QĐ-BTP", "2025-03-03", id="typed-number-signed"),
    ],
)
def test_real_e_signed_pdfs(name: str, number: str, date: str) -> None:
    path = DIRECTIVES / name
    if not path.exists():
        pytest.skip("../shared/corpus-real is absent")
    header = parse_file(path).header
    assert (header.number, header.date) == (number, date)


@pytest.mark.parametrize(
    ("stamp", "signed_by", "signed_at"),
    [
        pytest.param(["Người ký: Sở Tài", "chính", "Email:", "stc@daknong.gov.", "vn", "Cơ quan: Tỉnh", "Đắk Nông",
                      "Thời gian ký:", "28.12.2018", "15:38:28 +07:00"],
                     "Sở Tài chính", "2018-12-28T15:38:28+07:00", id="wrapped-widget-stamp"),
        pytest.param(["Ký bởi: CỤC HẢI QUAN", "Cơ quan: Số 9 Dương Đình Nghệ, Yên Hòa, Cầu GIấy, Hà Nội",
                      "Thời gian ký: 21/07/2025 14:31:35 +07:00"],
                     "CỤC HẢI QUAN", "2025-07-21T14:31:35+07:00", id="slashed-date"),
        pytest.param(["Ủy ban", "Nhân dân", "tỉnh Đắk", "Nông", "Tỉnh Đắk", "Nông", "18.07.2019", "14:17:55+07:00"],
                     None, "2019-07-18T14:17:55+07:00", id="unlabelled-widget"),
        pytest.param(["Ký bởi: Lê Minh Quang"], "Lê Minh Quang", None, id="signer-only"),
    ],
)
def test_signing_from_stamp_lines(stamp: list[str], signed_by: str | None, signed_at: str | None) -> None:
    from parsers.model import Line

    kinds = ["stamp" if i == 0 or ":" in text else "annotation" for i, text in enumerate(stamp)]
    page = Page(number=1, lines=[Line(text=t, page=1, kind=k) for t, k in zip(stamp, kinds, strict=True)])
    found = signing([page])
    assert (found.signed_by, found.signed_at) == (signed_by, signed_at)


# A signature dictionary's /M as real signed PDFs write it (../shared/corpus-real/directives).
@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        pytest.param("D:20250403232902+07'00'", "2025-04-03T23:29:02+07:00", id="29-cd-ttg"),
        pytest.param("D:20190718141755Z", "2019-07-18T14:17:55+00:00", id="utc"),
        pytest.param("D:201907181417", "2019-07-18T14:17:00", id="no-seconds-no-zone"),
        pytest.param("Thời gian ký: 21/07/2025", None, id="not-a-pdf-date"),
    ],
)
def test_pdf_signature_time(raw: str, iso: str | None) -> None:
    assert pdf_time(raw) == iso


def test_signature_dictionary_dates_a_scan_without_stamp_text() -> None:
    """29/CĐ-TTg: a scan whose only text is "Cơ quan phát hành: Văn phòng Chính phủ"; the day is written
    by hand ("ngày 03 tháng 4 năm 2025", gold 2025-04-03), the signature's /M says when it was issued."""
    path = DIRECTIVES / "29-cd-ttg-2025.pdf"
    if not path.exists():
        pytest.skip("../shared/corpus-real is absent")
    times = signature_times(path)
    assert times == ["D:20250403232902+07'00'"]
    header = Header()
    apply_signing(header, [Page(number=1, lines=[])], times)
    assert (header.signed_at, header.date, header.date_source) == ("2025-04-03T23:29:02+07:00", "2025-04-03", "signature")


def test_stamp_time_wins_over_the_signature_dictionary() -> None:
    from parsers.model import Line

    stamp = ["Ký bởi: CỤC HẢI QUAN", "Thời gian ký: 21/07/2025 14:31:35 +07:00"]
    page = Page(number=1, lines=[Line(text=text, page=1, kind="stamp") for text in stamp])
    header = Header(date="2025-07-18")
    apply_signing(header, [page], ["D:20250722090000+07'00'"])
    assert (header.signed_at, header.date, header.date_source) == ("2025-07-21T14:31:35+07:00", "2025-07-18", "header")


def test_unsigned_pdf_has_no_signature_times() -> None:
    path = DIRECTIVES / "368-cv-bptt-tubacgiang-2012.pdf"
    if not path.exists():
        pytest.skip("../shared/corpus-real is absent")
    assert signature_times(path) == []


# Header-zone lines of real scans as tesseract read them (word, confidence): the digits written by hand
# come out as garbage with low confidence and must not become a number or a date.
@pytest.mark.parametrize(
    ("words", "span", "trusted"),
    [
        pytest.param([("Số", 85), ("4ƒ", 18), ("/SNV-VP", 92)], "4ƒ /SNV-VP", False, id="handwritten-1185"),
        pytest.param([("Số:", 93), ("đ#4Z/UBND-", 20), ("VX", 92)], "4Z/UBND- VX", False, id="handwritten-695"),
        pytest.param([("Bắc", 96), ("Giang,", 95), ("ngày", 96), ("4Ÿ", 73), ("tháng", 96), ("4", 97), ("năm", 80),
                      ("2012", 84)], "Giang, ngày 4Ÿ tháng 4 năm 2012", False, id="handwritten-day-695"),
        pytest.param([("Số", 93), ("368-CV/BPTT", 85)], "368-CV/BPTT", True, id="typed-368"),
        pytest.param([("Bắc", 96), ("Giang,", 97), ("ngày", 97), ("15", 96), ("tháng", 97), ("10", 96), ("năm", 97),
                      ("2012", 96)], "Bắc Giang, ngày 15 tháng 10 năm 2012", True, id="typed-date-368"),
    ],
)
def test_handwritten_digits_are_not_trusted(words: list[tuple[str, float]], span: str, trusted: bool) -> None:
    assert confident(words)(span) is trusted


# Lines of real header zones (OCR): which are the number line and the place-and-date line, whatever
# their handwritten digits read as.
@pytest.mark.parametrize(
    ("line", "number_line", "date_line"),
    [
        pytest.param("Số: @§ /CT-UBND", True, False, id="number-08"),
        pytest.param("Số 4ƒ /SNV-VP", True, False, id="number-no-colon-1185"),
        pytest.param("Số:/43ó3 /BTC-THTK", True, False, id="number-glued-14364"),
        pytest.param("Bắc Giang, ngày/J tháng 11 năm 2012", False, True, id="date-1185"),
        pytest.param("Krông Nó, ngày4Ô tháng 6 năm 2019", False, True, id="date-glued-43"),
        pytest.param("Ngày 24 tháng 5 năm 2019, Ủy |", False, False, id="body-date-409"),
        pytest.param("16/CT-TTg ngày 25 tháng 6 năm 2019 của Thủ", False, False, id="cited-date-08"),
        pytest.param("Sở Tài chính", False, False, id="issuer"),
        pytest.param("_§ố: 1HỊ /PKTHT-TH", True, False, id="number-speck-141"),
        pytest.param("An Phú, ngày 09 tháng 6 nắm 2022", False, True, id="date-tone-155"),
    ],
)
def test_header_zone_lines(line: str, number_line: bool, date_line: bool) -> None:
    assert (bool(NUMBER_LINE.match(line)), bool(DATE_LINE.search(line))) == (number_line, date_line)


# The zone's number line against the page's reading of the number (real scans of An Phú): a typed number the
# zone splits at a stroke ("l5 5") is the page's; handwritten digits read two ways are no number.
@pytest.mark.parametrize(
    ("words", "page_number", "same"),
    [
        pytest.param([("Số:", 96), ("l5", 54), ("5/PKTHT-TH", 85)], "155/PKTHT-TH", True, id="typed-split-155"),
        pytest.param([("_§ố:", 52), ("1HỊ", 16), ("/PKTHT-TH", 84)], "1/PKTHT-TH", False, id="handwritten-141"),
        pytest.param([("Số:", 93), ("/T§", 42), ("/STTTT-CNTT", 90)], None, False, id="handwritten-275-page-none"),
        pytest.param([("Số:", 87), ("4", 25), ("/UBND-", 22), ("KSTTHC", 92)], "4/UBND-KSTTHC", False,
                     id="handwritten-4532-read-alike-unsure"),
        pytest.param([("Số:", 96), ("0", 72), ("/CT-TTg", 86)], "0/CT-TTg", False, id="stamped-in-the-blank-02"),
    ],
)
def test_zone_number_agrees_with_the_page(words: list[tuple[str, float]], page_number: str | None, same: bool) -> None:
    assert agrees(words, page_number) is same


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param("An Phú, ngày 09 tháng 6 nắm 2022", ("An Phú", "09", "6", "2022"), id="tone-155"),
        pytest.param("Phú Thọ, ngày 4b tháng 12 năm 2011", None, id="handwritten-day-275"),
    ],
)
def test_zone_date_reads_misread_words(line: str, date: tuple[str, ...] | None) -> None:
    found = ZONE_DATE.search(line)
    assert (found.group("place", "day", "month", "year") if found else None) == date


# The zone's number line (its text) and the same line read again alone at 600 dpi (words, confidence), real scans
# of ../shared/corpus-real/directives and corpus/directives-b: a number is kept only when the line alone reads
# it with confidence AND gives the zone's digits. A hand's "43" read "42" twice (58, then 72), a typed "409"
# read "402" alone, a stamped "02" read "0" both times stay missing.
@pytest.mark.parametrize(
    ("zone", "again", "number"),
    [
        pytest.param("Số: 62 /KH-TTTTƯD", [("Số:", 97), ("62", 86), ("/KH-TTTTƯD", 90)], "62/KH-TTTTƯD", id="typed-62"),
        pytest.param("Số: 79/TB-VPCP", [("Số:", 93), ("79/TB-VPCP", 92)], "79/TB-VPCP", id="typed-79"),
        pytest.param("Số: l5 5/PKTHT-TH", [("Số:", 96), ("155/PKTHT-TH", 90)], "155/PKTHT-TH", id="zone-split-at-a-stroke"),
        pytest.param("Số: 42 /TB-VP", [("Số:", 97), ("42", 72), ("/TB-VP", 72)], None, id="handwritten-43-read-42-twice"),
        pytest.param("Số: 409 /TB-VPUBND", [("Số:", 96), ("402", 0), ("/TB-VPUBND", 86)], None, id="read-two-ways-409"),
        pytest.param("Số: 0 /CT-TTg", [("Số:", 95), ("0", 95), ("/CT-TTg", 86)], None, id="stamped-02-read-0"),
        pytest.param("Số: #6 /QD-BCDĐCCHC", [("Số:", 76), ("#6", 55), ("/OD-BCDCCHC", 54)], None, id="handwritten-46"),
        pytest.param("Số 368-CV/BPTT", [("Số", 93), ("36ó§-CV/BPTT", 46)], None, id="line-alone-worse-368"),
        pytest.param("Số: Z4Z/UBND- VX", [("Số:", 92), ("44/UBND-", 90), ("VX", 89)], None, id="zone-no-digits-695"),
        # corpus/directives-d 02-syt-gavi-kiengiang-2018: alone splits the symbol's end off, the zone reads it whole
        pytest.param("Số: 02 /SYT-GAVI", [("Số:", 86), ("02", 89), ("/SYT-GA", 91), ("VI", 96)], "02/SYT-GAVI",
                     id="symbol-split-alone-02-gavi"),
    ],
)
def test_number_line_read_again(zone: str, again: list[tuple[str, float]], number: str | None) -> None:
    assert number_read_again(zone, again) == number


# The number line read a second time with the English model (``DIGITS_LANG``), real scans: the numbering machine's
# open-top "4" of corpus/directives-c 4427-ubnd-nc-cantho-2023 is read "1" by the Vietnamese model (confidently,
# zone and line alone disagree), the English model reads "4427"; its digits count only when the Vietnamese
# reading alone is confident and has as many. The English model reads hands confidently too ("47" at 89 for the
# handwritten number of 217/TB-UBND, "654" at 82 for 651/SLĐTBXH-VP), where the Vietnamese line alone is unsure.
@pytest.mark.parametrize(
    ("zone", "again", "second", "number"),
    [
        pytest.param("Số: \"27 /UBND-NC", [("Số:", 82), ("1127", 91), ("/UBND-NC", 90)],
                     [("S6:", 91), ("4427", 93), ("/UBND-NC", 91)], "4427/UBND-NC", id="numbering-machine-4427"),
        pytest.param("Số: .⁄2 /TB-UBND", [("Số:4⁄2", 7), ("/TB-UBND", 88)],
                     [("S6:", 90), ("47", 89), ("/TB-UBND", 91)], None, id="handwritten-217-english-sure"),
        pytest.param("Số: C54 /SLĐTBXH-VP.", [("Số:", 24), ("Cóö4", 0), ("/SLĐTBXH-VP,", 0)],
                     [("86:", 10), ("654", 82), ("/SLDTBXH—", 44), ("VP", 66)], None, id="handwritten-651"),
        pytest.param("Số: 42 /TB-VP", [("Số:", 97), ("42", 72), ("/TB-VP", 72)],
                     [("S6:", 62), ("32", 38), ("/TB-VP", 38)], None, id="handwritten-43-both-unsure"),
        pytest.param("Số: \"27 /UBND-NC", [("Số:", 82), ("1127", 91), ("/UBND-NC", 90)],
                     [("S6:", 91), ("427", 93), ("/UBND-NC", 91)], None, id="second-reading-other-length"),
    ],
)
def test_number_line_read_a_second_time(
    zone: str, again: list[tuple[str, float]], second: list[tuple[str, float]], number: str | None
) -> None:
    assert number_read_again(zone, again, second) == number


# The place-and-date line likewise: "02" read at 72 in the zone of a 150-dpi copy of 438/UBND-VHXH and at 86
# alone; the day "09" of 267/TB-UBND read "98" alone (confidently) is a disagreement.
@pytest.mark.parametrize(
    ("zone", "again", "date"),
    [
        pytest.param("Quang Ninh, ngày 02 tháng 02 năm 2026",
                     [("Quảng", 70), ("Ninh,", 93), ("ngày", 97), ("02", 86), ("tháng", 96), ("02", 96), ("năm", 97),
                      ("2026", 96)], ("2026-02-02", "Quảng Ninh"), id="typed-438-poor-copy"),
        pytest.param("Đăk R lấp, ngày 09 thắng 5 năm 2019",
                     [("Đăk", 93), ("R", 93), ("lấp,", 67), ("ngày", 97), ("98", 88), ("thàng", 89), ("3", 84),
                      ("năm", 96), ("2019", 95)], None, id="read-two-ways-267"),
        pytest.param("Bắc Giang, ngày 4Ÿ tháng 4 năm 2012",
                     [("Bắc", 97), ("Giang,", 97), ("ngày", 97), ("14", 90), ("tháng", 97), ("4", 97), ("năm", 97),
                      ("2012", 97)], None, id="handwritten-day-695"),
        pytest.param("Sơn La, ngày 04 tháng 3 năm 2019",
                     [("Sơn", 96), ("La,", 96), ("ngày", 96), ("04", 72), ("tháng", 97), ("3", 96), ("năm", 96),
                      ("2019", 97)], None, id="alone-unsure-62"),
    ],
)
def test_date_line_read_again(zone: str, again: list[tuple[str, float]], date: tuple[str, str] | None) -> None:
    assert date_read_again(zone, again) == date


# The date line read a third time with the English model (``DIGITS_LANG``), real scans of corpus/directives-d: a
# typed day the Vietnamese model reads unsure ("l9" at 68, "I9" at 61, "19" at 79 then 69, "24" at 0 under a
# seal) counts when all three readings give the same date; a hand's day reads differently each time ("44+", "12+",
# then "44" at 97 for 14/01/2016; "#s", "#8", then "28" for 28/01/2022; "#$", "*Ÿ", then "43" for 23/3/2016).
@pytest.mark.parametrize(
    ("zone", "again", "second", "date"),
    [
        pytest.param("Sơn La, ngày l9 tháng 4 năm 2023",
                     [("Sơn", 95), ("La,", 87), ("ngày", 96), ("I9", 61), ("tháng", 53), ("4", 97), ("năm", 97),
                      ("2023", 96)],
                     [("Son", 96), ("La,", 93), ("ngay", 92), ("19", 96), ("thang", 97), ("4", 90), ("ndm", 63),
                      ("2023", 96)], ("2023-04-19", "Sơn La"), id="typed-19-read-l9-29-ct-tu"),
        pytest.param("Hà Nội, ngày 19 tháng 09 năm 2025",
                     [("Hà", 96), ("Nội,", 80), ("ngày", 96), ("19", 69), ("tháng", 91), ("09", 97), ("năm", 97),
                      ("2025", 90)],
                     [("Ha", 97), ("Noi,", 65), ("ngay", 91), ("19", 92), ("thang", 92), ("09", 94), ("nam", 82),
                      ("2025", 96)], ("2025-09-19", "Hà Nội"), id="typed-19-unsure-2646"),
        pytest.param("Hà Nội, ngày 24 tháng9 năm 2025",
                     [("Hà", 93), ("Nội", 95), ("ngày", 0), ("24", 0), ("tháng9", 70), ("năm", 97), ("2025", 94)],
                     [("Ha", 96), ("Noi,", 93), ("ngay", 91), ("24", 67), ("thang9", 67), ("nam", 94), ("2025", 94)],
                     ("2025-09-24", "Hà Nội"), id="typed-24-month-glued-2676"),
        pytest.param("Bình Dương, ngày 44+ tháng 01 năm 2016",
                     [("Bình", 78), ("Dương,", 94), ("ngày", 97), ("12+", 46), ("tháng", 93), ("UÌ", 34), ("năm", 97),
                      ("2016", 96)],
                     [("Binh", 96), ("Duong,", 92), ("ngay", 92), ("44", 97), ("thang", 96), ("01", 86), ("nam", 94),
                      ("2016", 94)], None, id="handwritten-14-06-tb"),
        pytest.param("Hà Nội, ngày #s tháng 01 năm 2022",
                     [("Hà", 95), ("Nội,", 96), ("ngày", 96), ("#8", 86), ("tháng", 96), ("01", 94), ("năm", 96),
                      ("2022", 97)],
                     [("Ha", 97), ("Noi,", 67), ("ngay", 91), ("28", 51), ("thang", 96), ("Ol", 50), ("nam", 94),
                      ("2022", 97)], None, id="handwritten-28-146-qd-ttg"),
        pytest.param("Hà Tĩnh, ngày #$ tháng 3 năm 2016",
                     [("Hà", 97), ("Tĩnh,", 97), ("ngày", 93), ("*Ÿ", 0), ("tháng", 96), ("3", 97), ("nắm", 88),
                      ("2016", 97)],
                     [("Ha", 95), ("Tinh,", 92), ("ngay", 83), ("43", 86), ("thang", 86), ("3", 93), ("ndm", 86),
                      ("2016", 96)], None, id="handwritten-23-1177"),
    ],
)
def test_date_line_read_three_times(
    zone: str, again: list[tuple[str, float]], second: list[tuple[str, float]], date: tuple[str, str] | None
) -> None:
    assert unanimous_date(zone, again, second) == date
    assert date_read_again(zone, again, second) == date


def make_image_header_pdf(path: Path) -> Path:
    """A page that is only a picture of a header: issuer and number left, motto and date right."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas

    image = Image.new("L", (2480, 3508), 255)  # A4 at 300 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 46)
    for x, y, text in [
        (260, 250, "ỦY BAN NHÂN DÂN"), (1250, 250, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (260, 320, "TỈNH QUẢNG NGÃI"), (1420, 320, "Độc lập - Tự do - Hạnh phúc"),
        (300, 460, "Số: 565/TB-UBND"), (1300, 460, "Quảng Ngãi, ngày 15 tháng 11 năm 2024"),
        (1050, 640, "THÔNG BÁO"),
    ]:
        draw.text((x, y), text, font=font, fill=0)
    picture = path.with_suffix(".png")
    image.save(picture)
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    pdf.drawImage(str(picture), 0, 0, width=595.0, height=842.0)
    pdf.save()
    return path


def test_header_zone_fills_a_scan_number_and_date(tmp_path: Path) -> None:
    path = make_image_header_pdf(tmp_path / "scan.pdf")
    doc = Document(source=str(path), format="pdf", pages=1, text="", ocr_pages=[1])
    complete_from_header_zone(doc, [Page(number=1, lines=[], width=595.0, height=842.0, ocr=True)], path)
    assert (doc.header.number, doc.header.date, doc.header.place) == ("565/TB-UBND", "2024-11-15", "Quảng Ngãi")
    assert "ocr:header-zone" in doc.normalisation


# Real scans, page 1: number and date after the header zone is read again, against the page images
# (../shared gold). Handwritten numbers are left missing; a handwritten day gives way to the e-signature
# widget's signing day where there is one (08: "Tỉnh Đắk Nông 18.07.2019 14:17:55+07:00").
@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "number", "date", "date_source"),
    [
        pytest.param("368-cv-bptt-tubacgiang-2012.pdf", "368-CV/BPTT", "2012-10-15", "header", id="typed-number"),
        pytest.param("08-ct-ubnd-daknong-2019.pdf", None, "2019-07-18", "signature", id="handwritten-08"),
        pytest.param("1185-snv-vp-bacgiang-2012.pdf", None, None, None, id="handwritten-1185-unsigned"),
        # no stamp text; the day is handwritten ("ngày 03 tháng 4"), the signature dictionary's /M dates it
        pytest.param("29-cd-ttg-2025.pdf", None, "2025-04-03", "signature", id="handwritten-29-signature-dictionary"),
        pytest.param("62-kh-tttud-sonla-2019.pdf", "62/KH-TTTTƯD", "2019-03-04", "header", id="typed-four-t-symbol"),
    ],
)
def test_real_scans_header_zone(name: str, number: str | None, date: str | None, date_source: str | None) -> None:
    path = DIRECTIVES / name
    if not path.exists():
        pytest.skip("../shared/corpus-real is absent")
    header = parse_file(path).header
    assert (header.number, header.date, header.date_source) == (number, date, date_source)


def test_zone_line_is_read_again_where_the_zone_found_it(tmp_path: Path) -> None:
    """The crop of one zone line (its box in PDF points) rendered alone holds that line: the number reads again."""
    from parsers.readers.ocr import ocr_header_zone, ocr_zone_line

    path = make_image_header_pdf(tmp_path / "scan.pdf")
    line = next(read for read in ocr_header_zone(path, 1, 595.0, 842.0) if NUMBER_LINE.match(read.line.text))
    assert line.line.bbox is not None
    assert number_read_again(line.line.text, ocr_zone_line(path, 1, line.line.bbox)) == "565/TB-UBND"


# A number an e-office signing widget draws away from the blank (corpus/directives-d 934-cdsqg-dvs-2023: the header
# prints "Số:        /CĐSQG-DVS", the widget's "934/CĐSQG-DVS" lands after "đề nghị Quý Sở:" in the body): kept
# only in a widget's text and before the blank's very symbol; the body's own citations are never read.
@pytest.mark.parametrize(
    ("rows", "number"),
    [
        pytest.param([("Số:", 115, 93, None), ("/CĐSQG-DVS", 172, 93, None),
                      ("Hà Nội, ngày 03 tháng 07 năm 2023", 420, 93, "annotation:widget"),
                      ("nghị Quý Sở: 934/CĐSQG-DVS", 85, 365, "annotation:widget")], "934/CĐSQG-DVS",
                     id="widget-in-the-body-934"),
        pytest.param([("Số:", 115, 93, None), ("/CĐSQG-DVS", 172, 93, None),
                      ("Phúc đáp Văn bản số 886/CĐSQG-DVS ngày 12/6/2023", 85, 300, None)], None,
                     id="citation-of-the-same-symbol-not-a-widget"),
        pytest.param([("Số:", 115, 93, None), ("/CĐSQG-DVS", 172, 93, None),
                      ("934/STTTT-BCVTCNTT", 85, 365, "annotation:widget")], None, id="widget-of-another-symbol"),
    ],
)
def test_widget_number_away_from_the_blank(rows: list[tuple[str, float, float, str | None]], number: str | None) -> None:
    lines = [Line(text=text, page=1, bbox=BBox(x, top, x + 80, top + 12), origin=origin) for text, x, top, origin in rows]
    assert widget_number([Page(number=1, lines=lines, width=595.0, height=842.0)]) == number
