"""Markdown scrapes of legal-text pages (parsers/readers/markdown.py): one row per real scrape excerpt.

The excerpts are lines of thuvienphapluat.vn pages saved as markdown (corpus/directives-c: 012/CT-UBND of
Đắk Lắk, 228/CĐ-TTg, 2639/QĐ-TTg, 648/TB-VPCP, 653/TB-VPCP) and of the congbot markdown scrapes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.readers.markdown import clean_inline, scrape_paragraphs

# 012/CT-UBND: the header table as bar lines, then a bold heading wrapped inside its emphasis, blank lines
# between paragraphs
DAKLAK = """|
**ỦY BAN NHÂN
DÂN **
TỈNH ĐẮK LẮK
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 012/CT-UBND
|
*Đắk Lắk, ngày
26 tháng 11 năm 2025*
|


**CHỈ THỊ**

**1. Thủ
trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường**

a) Thực hiện nghiêm việc cải
cách TTHC, nâng cao chất lượng, kiểm soát chặt chẽ bộ TTHC tại các ngành, lĩnh
vực đảm bảo tính pháp lý.

Chủ tịch UBND tỉnh yêu cầu
Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức quán triệt./.


|
*Nơi nhận:*
- UBND các xã, phường;
- Lưu: VT, PVHCC (B_04b).
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Trương Công Thái**
|


** **"""

# 653/TB-VPCP: the site's metadata table before the header table, paragraphs hard-wrapped with no blank
# line between them, "(i)" items, the page's title and its related-texts list after the signature
VPCP_653 = """**Tình trạng:**
|
Đã biết
|
|
**VĂN PHÒNG CHÍNH
PHỦ**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 653/TB-VPCP
|
*Hà Nội, ngày 28
tháng 11 năm 2025*
|
**THÔNG BÁO**
Ý
KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI CÁC BUỔI LÀM VIỆC TẠI
CÁC DỰ ÁN ĐIỆN TẠI THÀNH PHỐ HỒ CHÍ MINH VÀ TỈNH ĐỒNG NAI
Ngày 20 tháng 11 năm 2025, Phó Thủ tướng Chính phủ
Bùi Thanh Sơn đã đi khảo sát thực tế và làm việc tại Dự án Nhà máy điện Hiệp
Phước giai đoạn 1 tại Thành phố Hồ Chí Minh.
**1. Về Dự án Nhà máy điện Nhơn
Trạch 3 và Nhơn Trạch 4**
b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:
(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt
Nam báo cáo Thủ tướng Chính phủ xem xét về thời gian khánh thành dự án Nhà máy
điện Nhơn Trạch 3 và Nhơn Trạch 4.
(iv) Giao Bộ Công Thương nghiên cứu, xem xét theo
thẩm quyền các đề xuất, kiến nghị của Tập đoàn Công nghiệp-Năng lượng quốc gia
Việt Nam về cơ chế bán điện theo cụm.
Văn phòng Chính phủ thông báo để các bộ, cơ quan và
địa phương biết, thực hiện./.
|
Nơi nhận:
- Các Bộ: CT, XD;
- Lưu: VT,CN (2).
|
**KT. BỘ TRƯỞNG,
CHỦ NHIỆM**
PHÓ CHỦ NHIỆM
Nguyễn Sỹ Hiệp
|
Thông báo 653/TB-VPCP năm 2025 ý kiến chỉ đạo của Phó Thủ tướng Chính phủ Bùi Thanh Sơn do Văn phòng Chính phủ ban hành
Văn bản này chưa cập nhật nội dung Tiếng Anh
## Văn bản liên quan
Ban hành:
15/08/2025"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(DAKLAK, [
            "| ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
            "phúc --------------- |",
            "| Số: 012/CT-UBND | Đắk Lắk, ngày 26 tháng 11 năm 2025 |",
            "CHỈ THỊ",
            "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường",
            "a) Thực hiện nghiêm việc cải cách TTHC, nâng cao chất lượng, kiểm soát chặt chẽ bộ TTHC tại các "
            "ngành, lĩnh vực đảm bảo tính pháp lý.",
            "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức "
            "quán triệt./.",
            "| Nơi nhận: - UBND các xã, phường; - Lưu: VT, PVHCC (B_04b). | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trương "
            "Công Thái |",
        ], id="daklak-012-bar-tables-bold-heading-blank-lines"),
        pytest.param(VPCP_653, [
            "| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- |",
            "| Số: 653/TB-VPCP | Hà Nội, ngày 28 tháng 11 năm 2025 |",
            "THÔNG BÁO",
            "Ý KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI CÁC BUỔI LÀM VIỆC TẠI CÁC DỰ ÁN ĐIỆN "
            "TẠI THÀNH PHỐ HỒ CHÍ MINH VÀ TỈNH ĐỒNG NAI",
            "Ngày 20 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã đi khảo sát thực tế và làm việc "
            "tại Dự án Nhà máy điện Hiệp Phước giai đoạn 1 tại Thành phố Hồ Chí Minh.",
            "1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4",
            "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:",
            "(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo Thủ tướng Chính phủ xem xét về thời "
            "gian khánh thành dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4.",
            "(iv) Giao Bộ Công Thương nghiên cứu, xem xét theo thẩm quyền các đề xuất, kiến nghị của Tập đoàn "
            "Công nghiệp-Năng lượng quốc gia Việt Nam về cơ chế bán điện theo cụm.",
            "Văn phòng Chính phủ thông báo để các bộ, cơ quan và địa phương biết, thực hiện./.",
            "| Nơi nhận: - Các Bộ: CT, XD; - Lưu: VT,CN (2). | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Sỹ "
            "Hiệp |",
        ], id="vpcp-653-site-matter-cut-hard-wrapped"),
        pytest.param(
            "|\n*Nơi nhận:*\n- Như Điều 4;\n- Lưu: VT, KTTH (2b).\n|\n**KT. THỦ TƯỚNG**\nPHÓ THỦ TƯỚNG\n"
            "Hồ Đức Phớc\n|\n**PHỤ LỤC**\nBỔ SUNG CÓ MỤC TIÊU TỪ NGÂN SÁCH TRUNG ƯƠNG\n*Đơn vị: Triệu đồng*\n|\n"
            "**STT**\n|\n**Địa phương**\n|\n**Kinh phí hỗ trợ\ncho các địa phương**\n|\n|\n|\n**TỔNG**\n|\n"
            "**2.615.000**\n|\n|\n1\n|\nTUYÊN QUANG\n|\n152.100\n|",
            ["| Nơi nhận: - Như Điều 4; - Lưu: VT, KTTH (2b). | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Đức Phớc |",
             "PHỤ LỤC", "BỔ SUNG CÓ MỤC TIÊU TỪ NGÂN SÁCH TRUNG ƯƠNG", "Đơn vị: Triệu đồng",
             "| STT | Địa phương | Kinh phí hỗ trợ cho các địa phương |", "|  | TỔNG | 2.615.000 |",
             "| 1 | TUYÊN QUANG | 152.100 |"],
            id="qd-2639-appendix-after-signature-three-columns"),
        pytest.param(
            "**THỦ TƯỚNG CHÍNH PHỦ điện:**\n|\n** **\n|\n- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế.\n"
            "- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực\nthuộc Trung ương: Hà "
            "Tĩnh, Quảng Trị.\n|\nTrong mấy ngày qua, khu vực Trung Bộ đã xảy ra mưa,\nlũ đặc biệt lớn, kết hợp "
            "với thủy triều dâng cao.\n|\nNơi nhận:\n- Như trên;\n|\n**KT. THỦ TƯỚNG**\n|",
            ["THỦ TƯỚNG CHÍNH PHỦ điện:",
             "|  | - Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế. - Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân "
             "dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị. |",
             "Trong mấy ngày qua, khu vực Trung Bộ đã xảy ra mưa, lũ đặc biệt lớn, kết hợp với thủy triều dâng "
             "cao.",
             "| Nơi nhận: - Như trên; | KT. THỦ TƯỚNG |"],
            id="cd-228-addressee-cell-then-body"),
        pytest.param(
            "**Điều 1.** Bổ sung có mục tiêu\ntừ ngân sách trung ương cho 27 địa phương theo quy định tại\n"
            "Điều 2 Nghị quyết số 196/2025/QH15 ngày\n17 tháng 05 năm 2025 của Quốc hội *(chi tiết\ntheo Phụ "
            "lục đính kèm).*\n**Điều 2.** Ủy ban nhân dân các\ntỉnh, thành phố nêu tại Điều 1 căn cứ tình hình "
            "thực tế.\n",
            ["Điều 1. Bổ sung có mục tiêu từ ngân sách trung ương cho 27 địa phương theo quy định tại Điều 2 Nghị "
             "quyết số 196/2025/QH15 ngày 17 tháng 05 năm 2025 của Quốc hội (chi tiết theo Phụ lục đính kèm).",
             "Điều 2. Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1 căn cứ tình hình thực tế."],
            id="qd-2639-article-number-wrapped-to-a-line-start"),
        pytest.param(
            "a) Đánh giá cao những nỗ lực của Chủ đầu tư trong\nthời gian vừa qua, trong đó có thi công cải tạo "
            "nâng cấp xong cầu cảng\n40.000 DWT từ cảng chuyên dụng xăng dầu sang thành cảng xăng dầu và LNG; "
            "đã thi\ncông xong bồn chứa LNG dung tích 75.000 m3.\nb) Để đạt được mục tiêu phát điện sớm hơn, đề "
            "nghị:\n",
            ["a) Đánh giá cao những nỗ lực của Chủ đầu tư trong thời gian vừa qua, trong đó có thi công cải tạo "
             "nâng cấp xong cầu cảng 40.000 DWT từ cảng chuyên dụng xăng dầu sang thành cảng xăng dầu và LNG; đã "
             "thi công xong bồn chứa LNG dung tích 75.000 m3.",
             "b) Để đạt được mục tiêu phát điện sớm hơn, đề nghị:"],
            id="tb-653-amount-wrapped-to-a-line-start"),
        pytest.param(
            "1. Về dự án Bệnh án điện\ntử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì, báo\ncáo cấp có thẩm "
            "quyền xem xét.\n2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu\nthương: Tỉnh căn cứ các quy định hiện "
            "hành để sắp xếp bố trí xe ô tô phục vụ\ncông tác, bảo đảm hiệu quả, tiết kiệm, phù hợp tiêu chuẩn "
            "định mức theo quy định.\nTrường hợp còn thiếu, Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài chính.\n",
            ["1. Về dự án Bệnh án điện tử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì, báo cáo cấp có thẩm "
             "quyền xem xét.",
             "2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ các quy định hiện hành để sắp xếp "
             "bố trí xe ô tô phục vụ công tác, bảo đảm hiệu quả, tiết kiệm, phù hợp tiêu chuẩn định mức theo quy "
             "định. Trường hợp còn thiếu, Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài chính."],
            id="tb-648-sentence-ending-at-the-wrap-width-goes-on"),
        pytest.param(
            "*Source: https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1766-QD-UBND-2020.aspx*\n\n"
            "# Thực hiện chế độ bảo hiểm y tế đối với đối tượng trực tiếp tham gia kháng chiến\n\n"
            "| ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc -------------------- |\n|---|---|\n| Số: 1766/QĐ-UBND | Bình Thuận, ngày 3 tháng 8 năm "
            "2020 |\n\nQUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
            "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành "
            "chính;\n",
            ["| ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
             "Hạnh phúc -------------------- |", "|---|---|",
             "| Số: 1766/QĐ-UBND | Bình Thuận, ngày 3 tháng 8 năm 2020 |", "QUYẾT ĐỊNH",
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
             "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành "
             "chính;"],
            id="congbot-3-one-paragraph-a-line-source-and-title-cut"),
    ],
)
def test_scrape_paragraphs(text: str, expected: list[str]) -> None:
    assert scrape_paragraphs(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("**ỦY BAN NHÂN", "ỦY BAN NHÂN", id="bold-opening"),
        pytest.param("thiểu số và miền núi và Chương trình “*Xóa nhà tạm, nhà dột nát*”; hỗ trợ",
                     "thiểu số và miền núi và Chương trình “Xóa nhà tạm, nhà dột nát”; hỗ trợ", id="italic-inside"),
        pytest.param("**Tắt so sánh [X] **để", "Tắt so sánh [X] để", id="bracket-not-a-link"),
        pytest.param("## Văn bản liên quan", "Văn bản liên quan", id="heading"),
        pytest.param("theo [Quyết định 766/QĐ-TTg](https://thuvienphapluat.vn/van-ban/766.aspx) ngày 23/6/2022",
                     "theo Quyết định 766/QĐ-TTg ngày 23/6/2022", id="link"),
        pytest.param("1\\. Về hỗ trợ kinh phí (\\*)", "1. Về hỗ trợ kinh phí (*)", id="escapes-and-footnote-star"),
    ],
)
def test_clean_inline(raw: str, expected: str) -> None:
    assert clean_inline(raw) == expected


def test_scrape_header_read(tmp_path: Path) -> None:
    """The document's own number, date, type and issuer come from the header table, not the site's matter."""
    path = tmp_path / "653-tb-vpcp-2025.md"
    path.write_text(VPCP_653, encoding="utf-8")
    header = parse_file(path).header
    assert (header.type, header.number, header.date, header.issuer) == (
        "Thông báo", "653/TB-VPCP", "2025-11-28", "Văn phòng Chính phủ")
    assert (header.authority, header.signer) == ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Nguyễn Sỹ Hiệp")
