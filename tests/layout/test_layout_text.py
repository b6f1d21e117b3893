"""Tables of real sentences: cleaning steps, marker detachment and line joining."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from parsers import normalize
from parsers.layout import build_document
from parsers.model import Line, Page
from parsers.readers import read_text
from vanban.errors import VanbanError


@pytest.mark.parametrize(
    ("step", "raw", "clean"),
    [
        pytest.param("tone_style", "văn bản chỉ đạo của Tỉnh uỷ, UBND tỉnh", "văn bản chỉ đạo của Tỉnh ủy, UBND tỉnh", id="uỷ"),
        pytest.param("tone_style", "Đề nghị Uỷ ban Mặt trận Tổ quốc", "Đề nghị Ủy ban Mặt trận Tổ quốc", id="Uỷ-capital"),
        pytest.param("tone_style", "văn hoá công vụ, hoà giải ở cơ sở", "văn hóa công vụ, hòa giải ở cơ sở", id="hoá-hoà"),
        pytest.param("tone_style", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", id="HOÀ"),
        pytest.param("tone_style", "đảm bảo hoàn thành 100% nhiệm vụ", "đảm bảo hoàn thành 100% nhiệm vụ", id="hoàn-kept"),
        pytest.param("tone_style", "quý III/2025", "quý III/2025", id="quý-kept"),
        pytest.param("tone_style", "BCH Trung ương Đảng khoá XIII", "BCH Trung ương Đảng khóa XIII", id="khoá"),
        pytest.param("lookalikes", "Thông tư số 06/2026/TT-BTС", "Thông tư số 06/2026/TT-BTC", id="cyrillic-С"),
        pytest.param("lookalikes", "Nghị định số 178/2024/NÐ-CP", "Nghị định số 178/2024/NĐ-CP", id="eth-Ð"),
        pytest.param("lookalikes", "số 337/UBND\u2011NC ngày\u00a011/2/2025", "số 337/UBND-NC ngày 11/2/2025", id="dash-space"),
        pytest.param("lookalikes", "Москва", "Москва", id="cyrillic-word-kept"),
        pytest.param("spaces", "tại Bộ phận một cửa,  việc thực hiện", "tại Bộ phận một cửa, việc thực hiện", id="double-space"),
        pytest.param("spaced_syllables", "ĐIỀ U KHO ẢN THI HÀNH", "ĐIỀU KHOẢN THI HÀNH", id="split-syllables"),
        pytest.param("spaced_syllables", "QUY ƯỚC ĐỐI ỨNG", "QUY ƯỚC ĐỐI ỨNG", id="real-words-kept"),
        pytest.param("dehyphenate", "số 521/UBND-\nPVHCC&KSTT ngày 28/02/2025", "số 521/UBND-PVHCC&KSTT ngày 28/02/2025", id="unit-code"),
        pytest.param("join_lines", "Nghị quyết 57-\nNQ/TW ngày 22/12/2024 của Bộ Chính\ntrị", "Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", id="party-number"),
        pytest.param("join_lines", "sự phát triển kinh tế -\nxã hội", "sự phát triển kinh tế - xã hội", id="spaced-dash-kept"),
    ],
)
def test_cleaning_step(step: str, raw: str, clean: str) -> None:
    assert normalize.clean(raw, [step]) == clean


def test_nfc_composes_decomposed_text() -> None:
    decomposed = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh")
    assert normalize.clean(decomposed, ["nfc"]) == "Ủy ban nhân dân tỉnh"


def test_unknown_step_lists_valid_names() -> None:
    with pytest.raises(VanbanError, match="tone_style"):
        normalize.resolve(["nfc", "tone-style"])


def test_clean_line_keeps_marker_offsets() -> None:
    text = unicodedata.normalize("NFD", "của Tỉnh uỷ, UBND tỉnh về CCHC, đảm bảo")
    offset = text.index(unicodedata.normalize("NFD", ", đảm"))
    cleaned, marks = normalize.clean_line(text, [(offset, "1")])
    assert cleaned[: marks[0][0]].endswith("về CCHC")
    assert "Tỉnh ủy" in cleaned


def _doc_from_text(tmp_path: Path, text: str):  # noqa: ANN202
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return build_document(read_text(path), str(path), "txt")


@pytest.mark.parametrize(
    ("body", "note", "before"),
    [
        pytest.param("quả văn bản chỉ đạo của Tỉnh uỷ, UBND tỉnh về CCHC1, đảm bảo hoàn thành",
                     "1 Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy", "về CCHC", id="glued-comma"),
        pytest.param("học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh1.",
                     "1 Các Công văn của UBND tỉnh: số 235/UBND-KGVX", "Đề án 06 tỉnh", id="glued-full-stop"),
        pytest.param("điều hành của các cơ quan chính quyền tỉnh Hưng Yên lên môi trường số 1.",
                     "1 Các Kế hoạch của UBND tỉnh: số 200/KH-UBND", "lên môi trường số", id="spaced"),
        pytest.param("(PAPI) đứng thứ 19/63 tỉnh/thành, giảm 07 bậc; theo Luật số 80/2015/QH1 ngày 22/6/2015 của Chính phủ1.",
                     "1 Nghị định số 34/2016/NĐ-CP", "của Chính phủ", id="number-not-a-marker"),
    ],
)
def test_glued_marker_detached(tmp_path: Path, body: str, note: str, before: str) -> None:
    doc = _doc_from_text(tmp_path, f"{body}\n \n{note}\n tiếp tục văn bản.\n")
    assert [m.marker for m in doc.markers] == ["1"]
    assert doc.text[: doc.markers[0].offset].endswith(before)
    assert doc.footnotes[0].text == note[2:] and doc.footnotes[0].linked


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        pytest.param(["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- UBND huyện, thị xã, thành phố."],
                     ["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- UBND huyện, thị xã, thành phố."], id="dash-items"),
        pytest.param(["1. Tiếp tục phát huy vai trò và nâng cao trách nhiệm người đứng đầu trong",
                      "lãnh đạo, chỉ đạo triển khai nhiệm vụ CCHC.", "2. Các sở, ban, ngành thực hiện."],
                     ["1. Tiếp tục phát huy vai trò và nâng cao trách nhiệm người đứng đầu trong lãnh đạo, chỉ đạo triển khai nhiệm vụ CCHC.",
                      "2. Các sở, ban, ngành thực hiện."], id="numbered-items"),
        pytest.param(["II. ĐỐI VỚI CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN",
                      "HÀNH CHÍNH NHÀ NƯỚC (SIPAS)", "1. Xây dựng và tổ chức thực hiện kế hoạch."],
                     ["II. ĐỐI VỚI CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (SIPAS)",
                      "1. Xây dựng và tổ chức thực hiện kế hoạch."], id="capital-heading"),
        pytest.param(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Duy Hưng"],
                     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Duy Hưng"], id="signature"),
    ],
)
def test_lines_join_into_paragraphs(lines: list[str], paragraphs: list[str]) -> None:
    page = Page(number=1, lines=[Line(text=t, page=1) for t in lines])
    doc = build_document([page], "table", "txt")
    assert [p.text for p in doc.paragraphs] == paragraphs
    assert all(doc.text[p.start : p.end] == p.text for p in doc.paragraphs)


def test_trailing_endnote_block_links_bracket_markers() -> None:
    body = [
        "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024 của Quốc hội, có hiệu lực kể từ ngày",
        "01 tháng 8 năm 2024, được sửa đổi, bổ sung bởi:",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
        "Quốc hội ban hành Luật Đất đai.",
        "Điều 1. Phạm vi điều chỉnh",
        "Luật này quy định về chế độ sở hữu đất đai.",
    ]
    notes = [
        "[1] Luật Đất đai số 31/2024/QH15 có hiệu lực kể từ ngày 01 tháng 01 năm 2025 được sửa đổi",
        "hiệu lực thành ngày 01 tháng 8 năm 2024.",
        "[2] Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15.",
    ]
    lines = [Line(text=t, page=1) for t in body] + [Line(text=t, page=9) for t in notes]
    lines[1].superscripts = [(len("01 tháng 8 năm 2024"), "1")]
    lines[3].superscripts = [(len("Quốc hội ban hành Luật Đất đai"), "2")]
    doc = build_document([Page(number=1, lines=lines[:6]), Page(number=9, lines=lines[6:])], "vbhn", "pdf")
    assert [(n.marker, n.linked, n.page) for n in doc.footnotes] == [("1", True, 9), ("2", True, 9)]
    assert doc.footnotes[0].text.endswith("được sửa đổi hiệu lực thành ngày 01 tháng 8 năm 2024.")
    assert "[1]" not in doc.text


def test_numbered_list_in_body_is_not_an_endnote_block() -> None:
    lines = [Line(text=t, page=1) for t in ["Điều 1.", "[1] trích dẫn trong thân văn bản.", "Điều 2.", "Điều 3."]]
    doc = build_document([Page(number=1, lines=lines)], "body", "txt")
    assert doc.footnotes == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("thông báo cho người dân trên địa bàn vào hồi 20 giờ ngày 26 tháng 7.", id="date-month"),
        pytest.param("được thực hiện theo quy định tại khoản 1.", id="clause-number"),
    ],
)
def test_number_of_its_word_is_not_a_marker(tmp_path: Path, body: str) -> None:
    doc = _doc_from_text(tmp_path, f"{body}\n \n1 Nghị định số 55/2023/NĐ-CP ngày 21 tháng 7 năm 2023.\n tiếp tục văn bản.\n")
    assert doc.markers == []
    assert body in doc.text
    assert [(n.marker, n.linked) for n in doc.footnotes] == [("1", False)]


def test_bracket_marker_links_a_markdown_endnote(tmp_path: Path) -> None:
    text = (
        "Bộ Lao động - Thương binh và Xã hội hướng dẫn như sau:[1]\n\n"
        "Điều 1. Đối tượng\n\nĐiều 5. Tổ chức thực hiện[2]\n\n"
        "[1] Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023.\n\n"
        "[2] Điều 5 Thông tư số 08/2023/TT-BLĐTBXH sửa đổi, bổ sung.\n"
    )
    doc = _doc_from_text(tmp_path, text)
    assert [(n.marker, n.linked) for n in doc.footnotes] == [("1", True), ("2", True)]
    first = next(m for m in doc.markers if m.marker == "1")
    assert doc.text[: first.offset].endswith("hướng dẫn như sau:")
    assert "[1]" not in doc.text and "[2]" not in doc.text


def test_page_numbers_at_form_feeds_are_not_content(tmp_path: Path) -> None:
    text = (
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh\n- 1 -\n\f2\n"
        "triển khai các nhiệm vụ trọng tâm sau:\n2. Các sở thực hiện 2 nhiệm vụ.\n"
    )
    doc = _doc_from_text(tmp_path, text)
    assert doc.pages == 2
    assert doc.paragraphs[0].text == "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh triển khai các nhiệm vụ trọng tâm sau:"
    assert "- 1 -" not in doc.text and "\n2\n" not in doc.text


def _boxed(text: str, x0: float, top: float, x1: float) -> Line:
    from parsers.model import BBox

    return Line(text=text, page=2, bbox=BBox(x0, top, x1, top + 12.0), font_size=12.0)


def test_ragged_right_line_ending_with_colon_continues() -> None:
    """Nghị định 45/2026/NĐ-CP, Điều 3.8: "... như:" stops short of the margin but the sentence goes on."""
    lines = [
        _boxed("7. Hồ sơ hoàn thành là tập hợp các hồ sơ cần được lưu trữ khi kết thúc thuê", 72.0, 587.4, 534.1),
        _boxed("sử dụng hoặc sau khi kết thúc thuê dịch vụ công nghệ thông tin.", 72.0, 601.3, 378.4),
        _boxed("8. Mô hình tổng thể của hệ thống thông tin là mô hình mức cao nhất của một hệ thống thông tin.", 72.0, 621.1, 534.1),
        _boxed("Mô hình này thể hiện đầy đủ kiến trúc, các lớp/thành phần của một hệ thống thông tin như:", 72.0, 634.9, 509.1),
        _boxed("người dùng, nghiệp vụ, ứng dụng, dữ liệu, hạ tầng công nghệ thông tin (bao gồm bảo đảm an", 72.0, 648.7, 518.4),
        _boxed("toàn, an ninh mạng) và mối quan hệ giữa chúng cùng với các hệ thống bên ngoài có tương tác,", 72.0, 662.5, 525.1),
        _boxed("tích hợp, kết nối, chia sẻ thông tin với hệ thống đó.", 72.0, 676.3, 316.6),
        _boxed("9. Mô hình lô-gic của hệ thống thông tin là mô hình thể hiện mức chi tiết.", 72.0, 696.1, 460.0),
    ]
    doc = build_document([Page(number=2, lines=lines)], "nd-45", "pdf")
    assert [p.text[:14] for p in doc.paragraphs] == ["7. Hồ sơ hoàn ", "8. Mô hình tổn", "9. Mô hình lô-"]
    assert "hệ thống thông tin như: người dùng, nghiệp vụ" in doc.paragraphs[1].text


def test_lines_indented_alike_are_first_lines_of_their_paragraphs() -> None:
    """155/PKTHT-TH (scan, OCR boxes and sizes): "Căn cứ ..." lines whose first line nearly fills the row; each is
    its own paragraph, while a line run from the margin goes on with the one before."""
    from parsers.model import BBox

    rows = [
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày l9 tháng 6 năm 2015;", 106.8, 258.0, 512.1, 278.4, 17.5),
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm", 106.8, 282.2, 537.5, 300.2, 15.5),
        ("2015;", 78.2, 298.8, 109.2, 314.6, 14.0),
        ("Căn cứ Nghị định số 37/2014/NĐ-CP ngày 05 tháng 5 năm 2014 của Chính", 107.0, 318.0, 537.8, 336.7, 16.5),
        ("phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;", 77.8, 333.8, 537.3, 352.8, 16.5),
    ]
    lines = [Line(text=t, page=2, bbox=BBox(x0, top, x1, bottom), font_size=size) for t, x0, top, x1, bottom, size in rows]
    doc = build_document([Page(number=2, lines=lines)], "cv-155", "pdf")
    assert [p.text[:22] for p in doc.paragraphs] == ["Căn cứ Luật Tổ chức ch", "Căn cứ Luật Ban hành v",
                                                     "Căn cứ Nghị định số 37"]


def test_capital_type_name_is_its_own_paragraph() -> None:
    """Chỉ thị 05-CT/TU: the centred type name, then the subject in small letters over two lines."""
    lines = [
        _boxed("CHỈ THỊ", 291.1, 138.2, 346.7),
        _boxed("của Ban Thường vụ Tỉnh ủy", 234.4, 157.7, 403.4),
        _boxed("về tăng cường sự lãnh đạo của Đảng đối với công tác cải cách hành chính và", 92.3, 175.2, 545.5),
        _boxed("chuyển đổi số năm 2026", 247.7, 192.7, 390.1),
    ]
    for line in lines:
        line.bold = True
    lines += [
        _boxed("Thời gian qua, công tác cải cách hành chính (CCHC) và chuyển đổi số trên", 113.4, 224.2, 552.8),
        _boxed("địa bàn tỉnh đạt nhiều kết quả quan trọng; bộ máy chính quyền địa phương hai cấp", 85.0, 241.7, 552.8),
    ]
    doc = build_document([Page(number=2, lines=lines)], "ct-05", "pdf")
    assert [p.text[:22] for p in doc.paragraphs][:2] == ["CHỈ THỊ", "của Ban Thường vụ Tỉnh"]


def test_numbered_form_fields_are_not_footnotes(tmp_path: Path) -> None:
    """A tax form in the vbpl full texts: "01 Trường hợp ...", "02 Tên người nộp thuế: ..."."""
    text = "Kính gửi: Cục Thuế tỉnh\n\n01 Trường hợp hoàn trả thuế trước, kiểm tra sau\n\n02 Tên người nộp thuế: ......\n"
    doc = _doc_from_text(tmp_path, text)
    assert doc.footnotes == []
    assert "01 Trường hợp hoàn trả thuế trước" in doc.text


def test_numbered_paragraphs_of_a_precedent_are_body() -> None:
    """Án lệ số 40/2021/AL numbers its own paragraphs "[1]", "[2]": body, not an endnote block."""
    texts = [
        "ÁN LỆ SỐ 40/2021/AL",
        "Về công nhận việc chuyển đổi quyền sử dụng đất trên thực tế",
        "NỘI DUNG VỤ ÁN:",
        "[1] Cụ Lê Văn U và cụ Nguyễn Thị T có 06 người con.",
        "[2] Quá trình giải quyết vụ án, các đương sự thống nhất khai nguồn gốc đất.",
        "[3] Tòa án cấp sơ thẩm chấp nhận yêu cầu khởi kiện.",
    ]
    lines = [Line(text=t, page=1) for t in texts]
    lines[0].superscripts = [(len(texts[0]), "1")]
    note = Line(text="Án lệ này do Vụ Pháp chế và Quản lý khoa học Tòa án nhân dân tối cao đề xuất.", page=1,
                kind="footnote", superscripts=[(0, "1")])
    doc = build_document([Page(number=1, lines=[*lines, note])], "an-le-40", "pdf")
    assert [(n.marker, n.linked) for n in doc.footnotes] == [("1", True)]
    assert "[2] Quá trình giải quyết vụ án" in doc.text
