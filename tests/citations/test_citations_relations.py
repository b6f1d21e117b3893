"""Relations (domain.md §4), where, short forms and keys: one row per real sentence."""

from __future__ import annotations

import pytest

from parsers.citations.keys import document_key
from tests.citations.helpers import cite, full

RELATIONS = [
    pytest.param("Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ;\nQUYẾT ĐỊNH:",
                 {"42/2022/NĐ-CP": ("căn cứ", "preamble")}, id="preamble-can-cu"),
    pytest.param("Bãi bỏ quy định về phụ cấp chức vụ lãnh đạo của chức danh Chủ tịch Ủy ban nhân dân cấp xã và Phó Chủ "
                 "tịch Ủy ban nhân dân cấp xã tại Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ.",
                 {"33/2023/NĐ-CP": ("bãi bỏ", "body")}, id="vbpl-bai-bo-far-before"),
    pytest.param("Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 204/2004/NĐ-CP ngày 14 "
                 "tháng 12 năm 2004 của Chính phủ về chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng "
                 "vũ trang được sửa đổi, bổ sung bởi Nghị định số 76/2009/NĐ-CP, Nghị định số 14/2012/NĐ-CP.",
                 {"204/2004/NĐ-CP": ("sửa đổi", "body"), "76/2009/NĐ-CP": ("dẫn chiếu", "body"),
                  "14/2012/NĐ-CP": ("dẫn chiếu", "body")}, id="vbpl-amends-and-earlier-amendments"),
    pytest.param("số 44/KH-UBND ngày 03/3/2025 về thực hiện Nghị quyết 03/NQ-CP ngày\n9/1/2025 của Chính phủ",
                 {"44/KH-UBND": ("dẫn chiếu", "body"), "03/NQ-CP": ("thực hiện", "body")}, id="seed-thuc-hien"),
    pytest.param("Điều 1. Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ\n"
                 "1. Quyết định số 104/2000/QĐ-TTg ngày 25 tháng 8 năm 2000 của Thủ tướng Chính phủ về việc phê duyệt "
                 "Chiến lược quốc gia về cấp nước sạch.\n"
                 "2. Quyết định số 63/2002/QĐ-TTg ngày 20 tháng 5 năm 2002 của Thủ tướng Chính phủ về công tác phòng, chống lụt.",
                 {"104/2000/QĐ-TTg": ("bãi bỏ", "body"), "63/2002/QĐ-TTg": ("bãi bỏ", "body")}, id="vbpl-article-list"),
    pytest.param("Luật ban hành văn bản quy phạm pháp luật số 17/2008/QH12 và Luật ban hành văn bản quy phạm pháp luật "
                 "của Hội đồng nhân dân, Ủy ban nhân dân số 31/2004/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực.",
                 {"17/2008/QH12": ("bãi bỏ", "body"), "31/2004/QH11": ("bãi bỏ", "body")}, id="vbhn-het-hieu-luc-after"),
    pytest.param("Căn cứ Luật Giáo dục ngày 14/6/2019; Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 01/8/2023 của Bộ Giáo dục "
                 "và Đào tạo; Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 107/TTr-SGDĐT ngày 10/9/2024.\n"
                 "QUYẾT ĐỊNH:",
                 {"2045/QĐ-BGDĐT": ("căn cứ", "preamble"), "107/TTr-SGDĐT": ("dẫn chiếu", "preamble")},
                 id="congbot-preamble-joined-on-one-line"),
    pytest.param("Căn cứ đề xuất của các địa phương và báo cáo của Tổng công ty Bưu điện Việt Nam về việc khắc phục các "
                 "tồn tại (Công văn số 4736/BĐVN-TCBC ngày 30/11/2018), Bộ đề nghị:",
                 {"4736/BĐVN-TCBC": ("dẫn chiếu", "body")}, id="congbot-can-cu-de-xuat-is-body"),
    pytest.param("- Quy trình nội bộ giải quyết thủ tục hành chính có liên quan thực hiện theo Quyết định số 2669/QĐ-UBND "
                 "ngày 26/10/2019",
                 {"2669/QĐ-UBND": ("dẫn chiếu", "body")}, id="congbot-thuc-hien-theo"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_relation_and_where(text: str, expected: dict[str, tuple[str, str]]) -> None:
    got = {c.number: (c.relation, c.where) for c in full(text)}
    assert got == expected


def test_consolidated_text_opening_lists_its_acts() -> None:
    text = ("VĂN PHÒNG QUỐC HỘI\nSố: 44/VBHN-VPQH\nLUẬT\nĐẤT ĐAI\n"
            "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 8 năm "
            "2024, được sửa đổi, bổ sung bởi:\n1. Luật số 43/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội sửa đổi, bổ "
            "sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, có hiệu lực kể từ ngày 01 "
            "tháng 8 năm 2024;\n2. Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15 ngày 26 tháng 11 năm 2024 của Quốc "
            "hội;\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
    got = {c.number: c.relation for c in full(text, number="44/VBHN-VPQH")}
    assert got == {"31/2024/QH15": "hợp nhất", "43/2024/QH15": "hợp nhất", "27/2023/QH15": "dẫn chiếu",
                   "47/2024/QH15": "hợp nhất"}


def test_footnote_where_and_page() -> None:
    citations, _ = cite("hiệu quả văn bản chỉ đạo của Tỉnh uỷ, UBND tỉnh về CCHC,",
                        footnotes={"1": "Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh công tác CCHC"})
    [found] = citations
    assert (found.where, found.page, found.type, found.issuer) == ("footnote 1", 1, "Chỉ thị", "Tỉnh ủy")
    assert found.key == "28-CT/TU@2022@hưng yên"
    assert "đẩy mạnh công tác CCHC" in found.sentence


def test_span_and_raw_point_into_the_text() -> None:
    text = "theo quy định tại Nghị định số 178/2024/NĐCP, Nghị\nđịnh số 67/2025/NĐ-CP của Chính phủ"
    for found in full(text):
        assert text[found.span[0] : found.span[1]] == found.raw


@pytest.mark.parametrize(("text", "short", "number"), [
    pytest.param("Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ;\nQUYẾT ĐỊNH:\n"
                 "Điều 1. Trình tự theo Điều 5 Nghị định 34 và các quy định khác.", "Nghị định 34", "34/2016/NĐ-CP",
                 id="domain-short-mention"),
    pytest.param("các Quyết định của Thủ tướng Chính phủ số 62/2011/QĐ-TTg ngày 09/11/2011. Kinh phí chi trả theo "
                 "Quyết định số 62/QĐ-TTg được xây dựng dự toán.", "62/QĐ-TTg", "62/2011/QĐ-TTg", id="congbot-year-dropped"),
])
def test_short_forms_resolve_to_the_full_citation(text: str, short: str, number: str) -> None:
    citations, _ = cite(text)
    later = [c for c in citations if c.short_form]
    assert later and later[0].raw == short and later[0].number == number
    assert later[0].key == next(c.key for c in citations if not c.short_form)


@pytest.mark.parametrize(("args", "key"), [
    pytest.param(("178/2024/NĐCP",), "178/2024/NĐ-CP", id="national-with-year"),
    pytest.param(("337/UBND-NC", "2025-02-11", "UBND tỉnh", "Hưng Yên"), "337/UBND-NC@2025@hưng yên", id="cong-van-local"),
    pytest.param(("1042/QĐ-UBND", "2025-05-07", "UBND tỉnh", "Tỉnh Hưng Yên"), "1042/QĐ-UBND@2025@hưng yên",
                 id="four-digit-serial-is-not-a-year"),
    pytest.param(("01/NQ-CP", 2025, "Chính phủ", "Hưng Yên"), "01/NQ-CP@2025", id="national-without-year"),
    pytest.param(("28-CT/TU", "2022-08-10", "Tỉnh ủy", "Hưng Yên"), "28-CT/TU@2022@hưng yên", id="party-local"),
    pytest.param(("121-KL/TW", "2025-01-24", None, "Hưng Yên"), "121-KL/TW@2025", id="party-national"),
    pytest.param(("93/BC-SNV", "2025-05-05", None, "Hưng Yên"), "93/BC-SNV@2025@hưng yên", id="department-local"),
    pytest.param(("15/QĐ-BNV", "2025-01-02", None, "Hưng Yên"), "15/QĐ-BNV@2025", id="ministry-national"),
])
def test_document_key(args: tuple[object, ...], key: str) -> None:
    assert str(document_key(*args)) == key  # type: ignore[arg-type]
