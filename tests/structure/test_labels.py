"""The one label grammar (parsers/labels.py) that layout, structure and tasks share: real lines and how each
is read, printed labels first, then the readings of labels OCR garbled."""

from __future__ import annotations

import pytest

from parsers.labels import read_label, starts_with_label, strip_label
from parsers.tasks.responsibility import LABEL


def first(text: str) -> tuple[str, str, tuple[int, ...]] | None:
    readings = read_label(text)
    return (readings[0].style, readings[0].label, readings[0].key) if readings else None


def garbled(text: str) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(r.style, r.label, r.key) for r in read_label(text) if r.garbled and r.label != "?"]


def next_section(text: str) -> list[tuple[int, ...]]:
    return [r.key for r in read_label(text) if r.label == "?"]


# (line as printed, first reading) from real directives; None: no label.
PRINTED = [
    pytest.param("III. ĐỐI VỚI CHỈ SỐ NÂNG CAO HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)", ("roman", "III", (3,)),
                 id="roman"),
    pytest.param("B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020", ("upper", "B", (2,)), id="upper-part"),
    pytest.param("2.1. Đối với nội dung “Tham gia của người dân ở cấp cơ sở”:", ("num", "2.1", (2, 1)), id="subitem"),
    pytest.param("2.3 Đối với việc giải quyết kiến nghị của một số hộ đồng bào dân tộc thiểu số",
                 ("num", "2.3", (2, 3)), id="subitem-no-last-dot"),
    pytest.param("3) Sở Y tế chủ trì, phối hợp", ("num", "3", (3,)), id="number-paren"),
    pytest.param("đ) Thường xuyên kiểm tra việc giải quyết hồ sơ TTHC tại Bộ phận một cửa.", ("letter", "đ", (5,)),
                 id="letter-đ"),
    pytest.param("b. Tuyên truyền, vận động người dân tham gia", ("letter", "b", (2,)), id="letter-dot"),
    pytest.param("f) Cung cấp thông tin về mộ liệt sĩ có tên trong các nghĩa trang", ("letter", "f", (7,)), id="letter-f-after-e"),
    pytest.param("- Giao Sở Nội vụ tham mưu UBND tỉnh chỉ đạo, phổ biến, quán triệt;", ("dash", "-", ()), id="dash"),
    pytest.param("— Phối hợp UBND các xã, thị trấn tăng cường theo dõi tiến độ sản xuất", ("dash", "-", ()),
                 id="em-dash"),
    pytest.param("• Rà soát, cập nhật danh mục thủ tục hành chính", ("dash", "-", ()), id="bullet"),
    pytest.param("+ đại biểu HĐND tỉnh;", ("plus", "+", ()), id="plus"),
    pytest.param("➢ Quy định chung", ("arrow", "-", ()), id="46-kh-khmt-wingdings-arrow"),
    pytest.param("▪ Giới thiệu về đơn vị đã đến thực tế hoặc thực tập.", ("square", "-", ()), id="46-kh-khmt-square"),
    pytest.param("Ðiều 413. Phạm vi áp dụng", ("article", "413", (413,)), id="article-U+00D0"),
    pytest.param("Phần thứ hai", ("part", "thứ hai", (0,)), id="part"),
    pytest.param("PHỤ LỤC 2", ("appendix", "2", (2,)), id="appendix"),
    pytest.param("(iii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo đơn vị liên quan hoàn thành bàn giao mặt bằng",
                 ("small_roman", "iii", (3,)), id="tb-653-vpcp-small-roman-in-brackets"),
    pytest.param("(Kèm theo Quyết định số 2639/QĐ-TTg ngày 03/12/2025 của Thủ tướng Chính phủ)", None,
                 id="qd-2639-bracketed-note"),
    pytest.param("2025 thực hiện khảo sát trực tuyến", None, id="year"),
    pytest.param("19/63 tỉnh/thành, giảm 07 bậc so với năm 2023;", None, id="rank"),
    pytest.param("-------", None, id="rule"),
    pytest.param("Điều hành của các cơ quan chính quyền", None, id="word-dieu"),
    pytest.param("- a) Xây dựng và triển khai kế hoạch thực hiện Đề án cho cả giai đoạn", ("letter", "a", (1,)),
                 id="146-qd-ttg-stray-dash-before-letter"),
    pytest.param("- Điều 2. Quyết định này có hiệu lực kế từ ngày ban hành. _", ("article", "2", (2,)),
                 id="1740-qd-hatinh-stray-dash-before-article"),
    pytest.param("1.000 chuyên gia chuyển đổi số và các hoạt động của mạng lưới chuyên gia", None,
                 id="146-qd-ttg-amount-wrapped-to-line-start"),
]


@pytest.mark.parametrize(("text", "expected"), PRINTED)
def test_printed_labels(text: str, expected: tuple[str, str, tuple[int, ...]] | None) -> None:
    assert first(text) == expected
    assert starts_with_label(text) is (expected is not None)


# (line as tesseract read it, the look-alike readings) from the scans of corpus-real/directives.
GARBLED = [
    pytest.param("HI. PHÂN CÔNG NHIỆM VỤ", [("roman", "III", (3,))], id="HI-for-III"),
    pytest.param("LI. NỘI DUNG CÔNG TÁC", [("roman", "II", (2,))], id="LI-for-II"),
    pytest.param("Il. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", [("roman", "II", (2,)), ("num", "11", (11,))],
                 id="Il-for-II"),
    pytest.param("11. TỔ CHỨC THỰC HIỆN", [("roman", "II", (2,))], id="11-for-II"),
    pytest.param("IIL VỀ CÁC KIẾN NGHỊ", [("roman", "III", (3,)), ("num", "11", (11,))], id="IIL-for-III"),
    pytest.param("H. NHIỆM VỤ TRỌNG TÂM", [("roman", "II", (2,))], id="H-for-II"),
    pytest.param("I. Lĩnh vực nông — lâm nghiệp", [("num", "1", (1,))], id="I-for-1"),
    pytest.param("l. Các sở, ban, ngành thuộc UBND tỉnh", [("num", "1", (1,))], id="l-for-1"),
    pytest.param(".1. Phòng Kinh tế - Hạ tầng:", [("num", "0.1", (0, 1))], id="head-lost"),
    pytest.param("1L Đánh giá chung", [("num", "1", (1,))], id="dot-read-as-L"),
    pytest.param("2, 3 và 4 tháng đầu năm", [], id="number-list-no-label"),
    pytest.param("_ 2. Giao Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo thực hiện quyết liệt",
                 [("num", "2", (2,))], id="speck-before-number"),
    pytest.param("$.2. Đề nghị Thanh tra huyện rà soát", [("num", "5.2", (5, 2))], id="dollar-for-5"),
    pytest.param("§. Triển khai xây dựng, nâng cấp, lắp đặt bồ sung hạ tầng mạng viễn thông", [("num", "8", (8,))],
                 id="section-sign-for-8"),
    pytest.param("a} Tổ chức tuyên truyền, phổ biến nội dung Chỉ số PAPI.", [("letter", "a", (1,))], id="a-brace"),
    pytest.param("©) Chỉ đạo các cơ quan thông tin báo chí tăng cường", [("letter", "c", (3,))], id="copyright-for-c"),
    pytest.param("Il lần kiểm tra trong năm", [], id="lower-case-words-no-roman"),
    pytest.param("e) Đối với UBND cấp xã có dịch:", [("letter", "c", (3,))], id="e-for-c"),
    pytest.param("D) Truyền thông cho các tầng lớp lao động dễ bị tác động, ảnh hưởng bởi chuyển đổi số",
                 [("letter", "b", (2,))], id="146-qd-ttg-D-for-b"),
    pytest.param("D. TỔ CHỨC THỰC HIỆN", [], id="D-dot-stays-a-section"),
    pytest.param("e} Thực hiện nghiêm túc việc xin lỗi người dân", [("letter", "e", (6,))], id="e-brace-stays-e"),
]


@pytest.mark.parametrize(("text", "expected"), GARBLED)
def test_garbled_labels(text: str, expected: list[tuple[str, str, tuple[int, ...]]]) -> None:
    assert garbled(text) == expected


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        pytest.param("2. UBND cấp huyện, cấp xã:", "UBND cấp huyện, cấp xã:", id="number"),
        pytest.param("Điều 3. Chánh Văn phòng UBND tỉnh", "Chánh Văn phòng UBND tỉnh", id="article"),
        pytest.param("— Phó Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", id="em-dash"),
        pytest.param("b) Cơ quan phối hợp", "Cơ quan phối hợp", id="letter"),
        pytest.param("(iv) Giao Bộ Công Thương nghiên cứu, xem xét theo thẩm quyền",
                     "Giao Bộ Công Thương nghiên cứu, xem xét theo thẩm quyền", id="tb-653-vpcp-small-roman"),
        pytest.param("2025 thực hiện khảo sát trực tuyến", "2025 thực hiện khảo sát trực tuyến", id="year-kept"),
        pytest.param("Sở Nội vụ", "Sở Nội vụ", id="no-label"),
    ],
)
def test_strip_label_is_the_tasks_label(text: str, stripped: str) -> None:
    assert strip_label(text) == stripped
    assert LABEL.sub("", text, count=1) == stripped


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        pytest.param("1Ï. NHIỆM VỤ TRỌNG TÂM", [(0, 0)], id="unread-label"),
        pytest.param("II. TỎ CHỨC TI", [(0, 2)], id="III-read-as-II"),  # 353/KH-BĐH Bắc Giang, a scan
        pytest.param("I. Lĩnh vực nông — lâm nghiệp", [], id="not-a-capitals-heading"),
        pytest.param("TM. ỦY BAN NHÂN DÂN", [], id="signature-authority"),
        pytest.param("Số: 15/QĐ-BNV", [], id="number-line"),
        pytest.param("số: 01/NQ-CP, 02/NQ-CP", [], id="46-qd-table-cell-of-numbers"),  # a scan's table as text
    ],
)
def test_next_section_reading(text: str, keys: list[tuple[int, ...]]) -> None:
    """A capitals heading whose Roman label is misread or unread may be the section after the open one."""
    assert next_section(text) == keys
