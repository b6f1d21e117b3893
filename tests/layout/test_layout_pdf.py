"""PDFs made here with reportlab: raised markers detached and linked, footnotes under a rule, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.model import BBox, Line
from parsers.readers import read_file
from parsers.readers.pdf import column_order, read_pdf
from tests.layout.pdfmaker import FONT, make_pdf, make_table_pdf
from vanban.errors import UnreadableFileError

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu font not installed")

BODY = [
    "Tiếp tục phát huy vai trò của Tỉnh uỷ, UBND tỉnh về CCHC^1, đảm bảo",
    "hoàn thành 100% nhiệm vụ được giao tại Kế hoạch CCHC năm 2025.",
    "2. Thực hiện Nghị định số 178/2024/NĐ-CP của Chính phủ^2.",
]
NOTES = [
    "^1 Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh công tác",
    "CCHC trên địa bàn tỉnh.",
    "^2 Kế hoạch số 192/KH-UBND ngày 17/12/2024 của UBND tỉnh.",
]


@pytest.fixture(scope="module")
def notes_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "notes.pdf", [(BODY, NOTES)])


def test_raised_markers_are_detached_from_their_words(notes_pdf: Path) -> None:
    lines = read_pdf(notes_pdf)[0].lines
    first = lines[0]
    assert "CCHC1" not in first.text and "CCHC, đảm bảo" in first.text
    assert first.superscripts == [(first.text.index(", đảm"), "1")]
    assert first.font_size == pytest.approx(13.0, abs=0.1)


def test_lines_under_the_rule_are_footnotes(notes_pdf: Path) -> None:
    kinds = [(line.kind, line.text[:12]) for line in read_pdf(notes_pdf)[0].lines]
    assert [k for k, _ in kinds] == ["body"] * 3 + ["footnote"] * 3


def test_markers_link_to_footnotes(notes_pdf: Path) -> None:
    doc = parse_file(notes_pdf)
    assert [(n.marker, n.linked) for n in doc.footnotes] == [("1", True), ("2", True)]
    assert doc.footnotes[0].text == "Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh công tác CCHC trên địa bàn tỉnh."
    by_marker = {m.marker: m.offset for m in doc.markers}
    assert doc.text[: by_marker["1"]].endswith("về CCHC")
    assert doc.text[: by_marker["2"]].endswith("của Chính phủ")
    assert "Tỉnh ủy" in doc.text and "Tỉnh uỷ" not in doc.text


def test_footnote_continued_on_next_page_is_one_note(tmp_path: Path) -> None:
    pages = [
        (["Triển khai Chỉ thị của Tỉnh ủy^1 trên địa bàn tỉnh."], ["^1 Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh"]),
        (["Thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị^2."],
         ["công tác CCHC trên địa bàn tỉnh.", "^2 Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."]),
    ]
    doc = parse_file(make_pdf(tmp_path / "two-pages.pdf", pages))
    first, second = doc.footnotes
    assert first.pages == [1, 2]
    assert first.text.endswith("về đẩy mạnh công tác CCHC trên địa bàn tỉnh.")
    assert second.pages == [2] and second.linked


def test_page_numbers_and_stamps_are_not_content(tmp_path: Path) -> None:
    body = ["Ủy ban nhân dân tỉnh yêu cầu các cơ quan triển khai thực hiện./."] + [""] * 36 + ["2"]
    stamp = ["Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "Email: thongtinchinhphu@chinhphu.vn"]
    path = make_pdf(tmp_path / "stamp.pdf", [(stamp + body, [])])
    kinds = {line.text: line.kind for line in read_pdf(path)[0].lines}
    assert kinds["2"] == "page_number"
    assert kinds["Email: thongtinchinhphu@chinhphu.vn"] == "stamp"
    assert "thongtinchinhphu" not in parse_file(path).text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"%PDF-1.4\n%garbage that is not a PDF body\n", "corrupt", id="truncated"),
        pytest.param(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF", "corrupt", id="no-pages"),
    ],
)
def test_broken_pdf_gives_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as caught:
        read_file(path)
    assert caught.value.reason == reason


def test_encrypted_pdf_gives_reason(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "locked.pdf", [(BODY, NOTES)], password="mật khẩu")
    with pytest.raises(UnreadableFileError) as caught:
        read_pdf(path)
    assert caught.value.reason == "encrypted"


def _line(text: str, x0: float, top: float, x1: float) -> Line:
    return Line(text=text, page=1, bbox=BBox(x0, top, x1, top + 13.0), font_size=13.0)


def test_two_column_blocks_read_left_column_first() -> None:
    rows = [
        [_line("Nơi nhận:", 70.9, 149.3, 122.3), _line("KT. CHỦ TỊCH", 363.6, 152.5, 461.3)],
        [_line("- Như trên;", 70.9, 162.6, 119.6)],
        [_line("- Bộ Nội vụ (để b/c);", 70.9, 175.1, 162.8)],
        [_line("PHÓ CHỦ TỊCH", 360.3, 169.3, 464.6)],
        [_line("- Lưu: VT, NC.", 70.9, 200.1, 139.5)],
        [_line("Nguyễn Minh Khoa", 353.3, 247.1, 471.6)],
    ]
    assert [ln.text for ln in column_order(rows, 595.0)] == [
        "Nơi nhận:", "- Như trên;", "- Bộ Nội vụ (để b/c);", "- Lưu: VT, NC.",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh Khoa",
    ]


def test_full_width_line_ends_a_column_block() -> None:
    rows = [
        [_line("ỦY BAN NHÂN DÂN", 83.4, 62.1, 205.8), _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 277.8, 61.9, 538.6)],
        [_line("TỈNH HƯNG YÊN", 91.0, 77.7, 198.1), _line("Độc lập - Tự do - Hạnh phúc", 325.6, 77.3, 490.8)],
        [_line("Kính gửi: - Sở Nội vụ;", 155.0, 185.8, 294.3)],
        [_line("Thực hiện Công văn số 1520/BNV-TCBC ngày 03/02/2026 của Bộ Nội vụ", 113.4, 235.9, 552.8)],
    ]
    assert [ln.text[:12] for ln in column_order(rows, 595.0)] == [
        "ỦY BAN NHÂN ", "TỈNH HƯNG YÊ", "CỘNG HÒA XÃ ", "Độc lập - Tự", "Kính gửi: - ", "Thực hiện Cô",
    ]


def test_time_limit_inside_pdfminer_keeps_its_reason(monkeypatch: pytest.MonkeyPatch, notes_pdf: Path) -> None:
    from pdfplumber.utils.exceptions import PdfminerException

    import parsers.readers.pdf as reader

    def slow_page(pdf_page: object, number: int) -> None:
        raise PdfminerException(UnreadableFileError(str(notes_pdf), "timeout", "reading took more than 1 s"))

    monkeypatch.setattr(reader, "page_from_pdfplumber", slow_page)
    with pytest.raises(UnreadableFileError) as caught:
        reader._read_pdfplumber(notes_pdf, None)  # the fallback reader
    assert caught.value.reason == "timeout"


def test_time_limit_inside_the_pdfium_reader_keeps_its_reason(monkeypatch: pytest.MonkeyPatch, notes_pdf: Path) -> None:
    import parsers.readers.pdf as reader

    def slow_page(*args: object) -> None:
        raise UnreadableFileError(str(notes_pdf), "timeout", "reading took more than 1 s")

    monkeypatch.setattr(reader, "page_from_objects", slow_page)
    with pytest.raises(UnreadableFileError) as caught:
        reader.read_pdf(notes_pdf)
    assert caught.value.reason == "timeout"


def test_table_borders_are_not_a_footnote_rule(tmp_path: Path) -> None:
    lines = read_pdf(make_table_pdf(tmp_path / "table.pdf"))[0].lines
    cells = [line for line in lines if "Tỷ lệ hồ sơ TTHC" in line.text or "Sở Nội vụ" in line.text]
    assert len(cells) == 2
    assert all(line.kind in ("body", "table") for line in lines)  # a ruled table's rows are ``table`` lines


@pytest.mark.parametrize("spacing", [pytest.param(0.0, id="normal"), pytest.param(4.0, id="letter-spaced")])
def test_letter_spaced_header_keeps_its_words(tmp_path: Path, spacing: float) -> None:
    path = make_pdf(tmp_path / "spaced.pdf", [(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [])], letter_spacing=spacing)
    assert read_pdf(path)[0].lines[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_non_pdf_given_to_the_pdf_reader_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.pdf"
    path.write_text("Kính gửi: Các sở, ban, ngành tỉnh", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as caught:
        read_pdf(path)
    assert caught.value.reason == "corrupt"


def test_table_with_a_code_column_keeps_its_rows() -> None:
    """Hà Nội QĐ 1072/2024 appendix: "1. Cấp Giấy phép ..." | "QT-01" rows stay together."""
    rows = [
        [_line("1. Cấp Giấy phép hoạt động cho thuê lại lao động.", 91.2, 367.3, 386.7), _line("QT-01", 509.3, 367.3, 546.6)],
        [_line("2. Gia hạn Giấy phép hoạt động cho thuê lại lao động.", 91.2, 411.8, 408.2), _line("QT-02", 509.3, 411.8, 546.6)],
    ]
    assert [ln.text[:6] for ln in column_order(rows, 612.0)] == ["1. Cấp", "QT-01", "2. Gia", "QT-02"]
