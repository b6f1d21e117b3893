"""Cited numbers in every written form (domain.md §2): one row per real sentence."""

from __future__ import annotations

import pytest

from parsers.citations.numbers import normalise_number
from tests.citations.helpers import full

# (sentence, [(number, type, date, year, issuer)])
ROWS = [
    pytest.param(
        "chức thuộc tỉnh quản lý theo quy định tại Nghị định số 178/2024/NĐCP, Nghị\n"
        "định số 67/2025/NĐ-CP của Chính phủ3.",
        [("178/2024/NĐ-CP", "Nghị định", None, 2024, "Chính phủ"), ("67/2025/NĐ-CP", "Nghị định", None, 2025, "Chính phủ")],
        id="seed-hyphen-missing-and-type-across-lines",
    ),
    pytest.param(
        "Kết luận số 121-KL/TW ngày 24/01/2025 của BCH Trung ương Đảng khoá XIII về tổng kết Nghị quyết số 18- NQ/TW "
        "ngày 25/10/2017 của BCH Trung ương Đảng khoá XII",
        [("121-KL/TW", "Kết luận", "2025-01-24", 2025, "BCH Trung ương Đảng"),
         ("18-NQ/TW", "Nghị quyết", "2017-10-25", 2017, "BCH Trung ương Đảng")],
        id="seed-party-spaced-hyphen",
    ),
    pytest.param(
        "Kế hoạch 386-KH/TU ngày 13/2/2025 của BTV Tỉnh ủy thực hiện Nghị quyết 57-\nNQ/TW ngày 22/12/2024 của Bộ Chính trị",
        [("386-KH/TU", "Kế hoạch", "2025-02-13", 2025, "BTV Tỉnh ủy"),
         ("57-NQ/TW", "Nghị quyết", "2024-12-22", 2024, "Bộ Chính trị")],
        id="seed-party-broken-across-lines-no-so",
    ),
    pytest.param(
        "Các Công văn của UBND tỉnh: số 235/UBND-KGVX ngày 24/01/2025 về đẩy mạnh triển khai; số 521/UBND-\n"
        "PVHCC&KSTT ngày 28/02/2025 về việc thực hiện nhiệm vụ kiểm soát TTHC",
        [("235/UBND-KGVX", "Công văn", "2025-01-24", 2025, "UBND tỉnh"),
         ("521/UBND-PVHCC&KSTT", "Công văn", "2025-02-28", 2025, "UBND tỉnh")],
        id="seed-list-head-type-and-broken-number",
    ),
    pytest.param(
        "10/3/2025 về việc tiếp tục đẩy mạnh các nhiệm vụ cải cách TTHC theo chỉ tiêu giao tại Nghị quyết số 01/NQ-CP,\n"
        "số 02/NQ-CP năm 2025 của Chính phủ; số 123/UBND-PVHCC&KSTT ngày 14/4/2025",
        [("01/NQ-CP", "Nghị quyết", None, 2025, "Chính phủ"), ("02/NQ-CP", "Nghị quyết", None, 2025, "Chính phủ"),
         ("123/UBND-PVHCC&KSTT", "Công văn", "2025-04-14", 2025, "UBND tỉnh")],
        id="seed-year-given-apart",
    ),
    pytest.param(
        "Sau khi xem xét các báo cáo của Sở Nội vụ (Báo cáo số 93/BC-SNV ngày\n05/5/2025 về kết quả Chỉ số PAPI tỉnh "
        "Hưng Yên năm 2024; số 81/BC-SNV ngày\n21/4/2025 về kết quả PAR INDEX)",
        [("93/BC-SNV", "Báo cáo", "2025-05-05", 2025, "Sở Nội vụ"), ("81/BC-SNV", "Báo cáo", "2025-04-21", 2025, "Sở Nội vụ")],
        id="seed-type-inherited-date-on-next-line",
    ),
    pytest.param(
        "Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26 tháng 5 năm 2006 của Chính phủ hướng dẫn thi hành một số điều",
        [("54/2006/NĐ-CP", "Nghị định", "2006-05-26", 2006, "Chính phủ")],
        id="congbot-date-in-words",
    ),
    pytest.param(
        "28. Quyết định số 769/TTg ngày 18 tháng 9 năm 1997 của Thủ tướng Chính phủ về việc thành lập Ngân hàng",
        [("769/TTg", "Quyết định", "1997-09-18", 1997, "Thủ tướng Chính phủ")],
        id="vbpl-old-style-number-without-type-code",
    ),
    pytest.param(
        "Căn cứ Luật Cán bộ, công chức số 80/2025/QH15; Luật Viên chức số 58/2010/QH12;",
        [("80/2025/QH15", "Luật", None, 2025, "Quốc hội"), ("58/2010/QH12", "Luật", None, 2010, "Quốc hội")],
        id="vbpl-law-name-between-type-and-number",
    ),
    pytest.param(
        "Căn cứ Luật Trợ giúp pháp lý số 11/2017/QH14;\nCăn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 được sửa đổi, "
        "bổ sung bởi Luật số 34/2024/QH15;",
        [("11/2017/QH14", "Luật", None, 2017, "Quốc hội"), ("101/2015/QH13", "Bộ luật", None, 2015, "Quốc hội"),
         ("34/2024/QH15", "Luật", None, 2024, "Quốc hội")],
        id="vbpl-code-after-previous-clause",
    ),
    pytest.param(
        "Sửa đổi, bổ sung một số điều của Thông tư liên tịch số 10/2018/TTLT/BTP-BCA-BQP-BTC-TANDTC-VKSNDTC ngày 29 "
        "tháng 6 năm 2018",
        [("10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "Thông tư liên tịch", "2018-06-29", 2018, "Bộ Tư pháp")],
        id="vbpl-joint-circular-six-issuers-slash",
    ),
    pytest.param(
        "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ",
        [("1237/QĐ-TTg", "Quyết định", "2013-07-27", 2013, "Thủ tướng Chính phủ")],
        id="congbot-title-in-capitals",
    ),
    pytest.param(
        "Ngày 12/3/2012, Văn phòng Chính phủ đã có văn bản số 87/TB-VPCP thông báo kết luận của Phó Thủ tướng",
        [("87/TB-VPCP", "Thông báo", "2012-03-12", 2012, "Văn phòng Chính phủ")],
        id="congbot-date-before-generic-word",
    ),
    pytest.param(
        "Thông tư số 06/2026/TT-BTС hướng dẫn",  # Cyrillic "С" at the end, as in corpus-real
        [("06/2026/TT-BTC", "Thông tư", None, 2026, "Bộ Tài chính")],
        id="corpus-cyrillic-lookalike",
    ),
    pytest.param(
        "Nghị quyết số 66.15/2026/NQ-CP của Chính phủ",
        [("66.15/2026/NQ-CP", "Nghị quyết", None, 2026, "Chính phủ")],
        id="corpus-dotted-serial",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_numbers_types_dates_issuers(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(c.number, c.type, c.date, c.year, c.issuer) for c in full(sentence)]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    pytest.param("Chỉ số hiệu quả quản trị và hành chính công (PAPI) đứng thứ 19/63 tỉnh/thành, giảm 07 bậc", id="seed-rank"),
    pytest.param("đảm bảo điều kiện thực hiện học 2 buổi/ngày đối với cấp tiểu học", id="seed-per-day"),
    pytest.param("Hưng Yên, ngày 05 tháng 5 năm 2025", id="place-date"),
    pytest.param("Số: 07/2026/NĐ-CP", id="vbpl-own-number"),
    pytest.param("giai đoạn 2021-2025, tầm nhìn đến năm 2030", id="seed-period"),
    pytest.param("thông tin điện tử (tại Bộ phận Một cửa, Cổng/Trang thông tin điện tử,...)", id="seed-slash-words"),
])
def test_not_a_citation(sentence: str) -> None:
    assert full(sentence) == []


@pytest.mark.parametrize(("raw", "normalised"), [
    pytest.param("178/2024/NĐCP", "178/2024/NĐ-CP", id="hyphen-missing"),
    pytest.param("18- NQ/TW", "18-NQ/TW", id="party-spaced"),
    pytest.param("09/2026NQ-HĐND", "09/2026/NQ-HĐND", id="year-glued"),
    pytest.param("06/2026/TT-BTС", "06/2026/TT-BTC", id="cyrillic"),
    pytest.param("44/VBHN-VPQH", "44/VBHN-VPQH", id="consolidated"),
    pytest.param("15/2024/QĐ-UBND", "15/2024/QĐ-UBND", id="legal-local"),
    pytest.param("42/2022/NĐ-CP1", "42/2022/NĐ-CP", id="glued-footnote-marker"),
    pytest.param("80/2015/QH13", "80/2015/QH13", id="legislature-number-kept"),
])
def test_normalise_number(raw: str, normalised: str) -> None:
    assert normalise_number(raw) == normalised
