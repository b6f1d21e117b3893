"""Header and signature blocks read from real page-1 lines (as a PDF text extractor or vbpl.vn gives them)."""

from __future__ import annotations

import pytest

from parsers.header import parse_header
from parsers.model import Document, Paragraph


def doc_from_lines(lines: list[str]) -> Document:
    """One paragraph per non-empty line, offsets into the joined text (what the placeholder layout gives)."""
    paras: list[Paragraph] = []
    offset = 0
    for line in lines:
        paras.append(Paragraph(text=line, page=1, start=offset, end=offset + len(line)))
        offset += len(line) + 1
    return Document(source="t", format="txt", pages=1, text="\n".join(lines), paragraphs=paras)


# 45/2026/NĐ-CP page 1 as pdfplumber merges the two header columns.
DECREE_45_2026 = [
    "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "---------------",
    "Số: 45/2026/NĐ-CP Hà Nội, ngày 26 tháng 01 năm 2026",
    "NGHỊ ĐỊNH",
    "QUY ĐỊNH QUẢN LÝ ĐẦU TƯ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN SỬ DỤNG",
    "NGUỒN VỐN NGÂN SÁCH NHÀ NƯỚC",
    "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
    "Căn cứ Luật Công nghệ thông tin số 67/2006/QH11;",
]

# congbot-markdown file_data_11 (QĐ 6154/QĐ-UBND of Hà Nội), one line per cell.
DECISION_HANOI = [
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI -------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
    "Số: 6154/QĐ-UBND",
    "Hà Nội, ngày 30 tháng 12 năm 2011",
    "QUYẾT ĐỊNH",
    "VỀ VIỆC THỰC HIỆN CHẾ ĐỘ ĐIỀU DƯỠNG LUÂN PHIÊN ĐỐI VỚI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;",
]

# congbot-markdown file_data_27 (công văn 3354/VPCP-KGVX): number, "V/v" and recipients on one line.
CONG_VAN_VPCP = [
    "VĂN PHÒNG CHÍNH PHỦ -------",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
    "Số: 3354/VPCP-KGVX",
    "V/v ban hành Thông tư hướng dẫn về quy trình xác định, trình tự thủ tục hồ sơ xác nhận nạn nhân",
    "chất độc hóa học/dioxin do Mỹ sử dụng trong chiến tranh tại Việt Nam",
    "Hà Nội, ngày 26 tháng 04 năm 2013",
    "Kính gửi: Bộ Lao động - Thương binh và Xã hội",
    "Tại công văn số 8014/VPCP-KGVX ngày 09 tháng 10 năm 2012 của Văn phòng Chính phủ, Phó Thủ tướng "
    "Nguyễn Thiện Nhân đã giao Bộ Lao động - Thương binh và Xã hội xây dựng, ban hành Thông tư hướng dẫn.",
    "Nơi nhận:",
    "- Như trên;",
    "- TTCP, các PTTg (để b/c);",
    "- Lưu: VT, KGVX (3).",
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
    "PHÓ CHỦ NHIỆM",
    "Nguyễn Khắc Định",
]

# Bộ luật hình sự 2015, Công báo page 1 (number printed as "Luật số:", no place/date on page 1).
PENAL_CODE = [
    "40 CÔNG BÁO/Số 1263 + 1264/Ngày 31-12-2015",
    "QUỐC HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Luật số: 100/2015/QH13",
    "BỘ LUẬT",
    "HÌNH SỰ",
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
]

# vbpl 06/2026/TT-BTС: "Số" without a colon and a Cyrillic "С" in the number.
CIRCULAR_BTC = [
    "BỘ TÀI CHÍNH",
    "Số 06/2026/TT-BTС",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày 26 tháng 01 năm 2026",
    "THÔNG TƯ",
    "Sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC ngày 30 tháng 01 năm 2015",
    "Căn cứ Luật Hải quan số 54/2014/QH13;",
]

# A department under a provincial committee (the seed's "Báo cáo số 93/BC-SNV ngày 05/5/2025").
REPORT_SNV = [
    "UBND TỈNH HƯNG YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc",
    "Số: 93/BC-SNV Hưng Yên, ngày 05 tháng 5 năm 2025",
    "BÁO CÁO",
    "Kết quả Chỉ số PAPI tỉnh Hưng Yên năm 2024",
    "Thực hiện chỉ đạo của UBND tỉnh, Sở Nội vụ báo cáo kết quả như sau:",
]

# A Party directive (the seed's footnote 1: "Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy").
PARTY_DIRECTIVE = [
    "TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM",
    "*",
    "Số 28-CT/TU Hưng Yên, ngày 10 tháng 8 năm 2022",
    "CHỈ THỊ",
    "về đẩy mạnh công tác cải cách hành chính trên địa bàn tỉnh",
    "Thời gian qua, công tác cải cách hành chính trên địa bàn tỉnh đã đạt được nhiều kết quả quan trọng, "
    "góp phần cải thiện môi trường đầu tư kinh doanh.",
]

# Án lệ 30/2020/AL (a footnote marker "1" glued to the number).
PRECEDENT_30 = [
    "ÁN LỆ SỐ 30/2020/AL1",
    "Về hành vi cố ý điều khiển phương tiện giao thông chèn lên bị hại",
    "sau khi xảy ra tai nạn giao thông",
    "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua",
    "ngày 05 tháng 02 năm 2020 và được công bố theo Quyết định số 50/QĐ-CA",
    "ngày 25 tháng 02 năm 2020 của Chánh án Tòa án nhân dân tối cao.",
    "Nguồn án lệ:",
]

# Appendix of NĐ 55/2023/NĐ-CP: the page identifies the decree it is attached to.
APPENDIX_55 = [
    "Phụ lục I",
    "MỨC HƯỞNG TRỢ CẤP, PHỤ CẤP ƯU ĐÃI HẰNG THÁNG",
    "ĐỐI VỚI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VÀ THÂN NHÂN",
    "CỦA NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG",
    "(Kèm theo Nghị định số 55/2023/NĐ-CP",
    "ngày 21 tháng 7 năm 2023 của Chính phủ)",
    "____________",
    "Đơn vị: đồng",
]

FIELDS = ("type", "number", "date", "place", "issuer", "issuer_parent", "province", "subject")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            DECREE_45_2026,
            ("Nghị định", "45/2026/NĐ-CP", "2026-01-26", "Hà Nội", "Chính phủ", None, None,
             "Quy định quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước"),
            id="decree-merged-columns",
        ),
        pytest.param(
            DECISION_HANOI,
            ("Quyết định", "6154/QĐ-UBND", "2011-12-30", "Hà Nội", "UBND thành phố Hà Nội", None, "Hà Nội",
             "Về việc thực hiện chế độ điều dưỡng luân phiên đối với người có công với cách mạng trên địa bàn "
             "thành phố Hà Nội"),
            id="decision-authority-line-after-subject",
        ),
        pytest.param(
            CONG_VAN_VPCP,
            ("Công văn", "3354/VPCP-KGVX", "2013-04-26", "Hà Nội", "Văn phòng Chính phủ", None, None,
             "ban hành Thông tư hướng dẫn về quy trình xác định, trình tự thủ tục hồ sơ xác nhận nạn nhân "
             "chất độc hóa học/dioxin do Mỹ sử dụng trong chiến tranh tại Việt Nam"),
            id="cong-van-vv",
        ),
        pytest.param(
            PENAL_CODE,
            ("Bộ luật", "100/2015/QH13", None, None, "Quốc hội", None, None, "Hình sự"),
            id="luat-so-gazette",
        ),
        pytest.param(
            CIRCULAR_BTC,
            ("Thông tư", "06/2026/TT-BTС", "2026-01-26", "Hà Nội", "Bộ Tài chính", None, None,
             "Sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC ngày 30 tháng 01 năm 2015"),
            id="so-without-colon",
        ),
        pytest.param(
            REPORT_SNV,
            ("Báo cáo", "93/BC-SNV", "2025-05-05", "Hưng Yên", "Sở Nội vụ", "UBND tỉnh Hưng Yên", "Hưng Yên",
             "Kết quả Chỉ số PAPI tỉnh Hưng Yên năm 2024"),
            id="department-with-parent",
        ),
        pytest.param(
            PARTY_DIRECTIVE,
            ("Chỉ thị", "28-CT/TU", "2022-08-10", "Hưng Yên", "Tỉnh ủy Hưng Yên", None, "Hưng Yên",
             "về đẩy mạnh công tác cải cách hành chính trên địa bàn tỉnh"),
            id="party-directive",
        ),
        pytest.param(
            PRECEDENT_30,
            ("Án lệ", "30/2020/AL", "2020-02-05", None, "Hội đồng Thẩm phán Tòa án nhân dân tối cao", None, None,
             "Về hành vi cố ý điều khiển phương tiện giao thông chèn lên bị hại sau khi xảy ra tai nạn giao thông"),
            id="precedent",
        ),
        pytest.param(
            APPENDIX_55,
            ("Phụ lục", "55/2023/NĐ-CP", "2023-07-21", None, "Chính phủ", None, None,
             "Mức hưởng trợ cấp, phụ cấp ưu đãi hằng tháng đối với người có công với cách mạng và thân nhân "
             "của người có công với cách mạng"),
            id="appendix-attached-to-decree",
        ),
    ],
)
def test_header_fields(lines: list[str], expected: tuple[str | None, ...]) -> None:
    header = parse_header(doc_from_lines(lines))
    assert tuple(getattr(header, name) for name in FIELDS) == expected


def test_header_paragraphs_are_marked_and_body_is_not() -> None:
    doc = doc_from_lines(DECREE_45_2026)
    parse_header(doc)
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[:7] == ["header"] * 7
    assert kinds[7:] == ["body", "body"]  # "Căn cứ ..." lines are the preamble, not the header


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Kính gửi: Bộ Lao động - Thương binh và Xã hội",
             "Tại công văn số 8014/VPCP-KGVX ngày 09 tháng 10 năm 2012 của Văn phòng Chính phủ"],
            ["Bộ Lao động - Thương binh và Xã hội"],
            id="inline",
        ),
        pytest.param(
            ["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- UBND huyện, thị xã, thành phố;",
             "- UBND các xã, phường, thị trấn.", "Theo công bố của các Bộ, ngành Trung ương"],
            ["Các sở, ban, ngành tỉnh", "UBND huyện, thị xã, thành phố", "UBND các xã, phường, thị trấn"],
            id="dash-lines",
        ),
        pytest.param(
            ["Kính gửi:", "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;",
             "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc", "Trung ương.",
             "Thực hiện chỉ đạo của Thủ tướng Chính phủ"],
            ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
             "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
            id="wrapped-dash-line",
        ),
        pytest.param(
            ["Kính gửi: - Sở Nội vụ; - Sở Tài chính.", "Ủy ban nhân dân tỉnh có ý kiến như sau:"],
            ["Sở Nội vụ", "Sở Tài chính"],
            id="dashes-on-one-line",
        ),
        pytest.param(
            ["Kính gửi: - Thủ trưởng các đơn vị thuộc khối Văn phòng",
             "- Tổ trưởng tổ công đoàn các đơn vị thuộc khối Văn phòng",
             "Thực hiện quy định về chế độ tự chủ, tự chịu trách nhiệm trong sử dụng kinh phí quản lý hành chính "
             "đối với các cơ quan nhà nước, Văn phòng Bộ đã ban hành Quy chế chi tiêu nội bộ."],
            ["Thủ trưởng các đơn vị thuộc khối Văn phòng", "Tổ trưởng tổ công đoàn các đơn vị thuộc khối Văn phòng"],
            id="935-vp-btp-last-addressee-without-semicolon",
        ),
    ],
)
def test_recipients(lines: list[str], expected: list[str]) -> None:
    doc = doc_from_lines(lines)
    header = parse_header(doc)
    assert header.recipients == expected
    assert doc.paragraphs[-1].kind == "body"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai./.",
             "Nơi nhận:", "- Như trên;", "- Báo Hưng Yên;", "- Lưu: VT, CVNCNH.",
             "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Duy Hưng"],
            ("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Duy Hưng", ["Như trên", "Báo Hưng Yên", "Lưu: VT, CVNCNH"]),
            id="seed-nested-prefixes",
        ),
        pytest.param(
            ["Điều 6. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này./.",
             "Nơi nhận: KT. THỦ TƯỚNG", "- Ban Bí thư Trung ương Đảng; PHÓ THỦ TƯỚNG",
             "- Thủ tướng, các Phó Thủ tướng Chính phủ;", "- Lưu: Văn thư, KGVX (10). Nguyễn Sinh Hùng"],
            ("KT. THỦ TƯỚNG", "Phó Thủ tướng", "Nguyễn Sinh Hùng",
             ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Lưu: Văn thư, KGVX (10)"]),
            id="merged-columns",
        ),
        pytest.param(
            ["Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 10 "
             "thông qua ngày 27 tháng 11 năm 2015.", "CHỦ TỊCH QUỐC HỘI", "Nguyễn Thị Kim Ngân"],
            (None, "Chủ tịch Quốc hội", "Nguyễn Thị Kim Ngân", []),
            id="no-prefix",
        ),
        pytest.param(
            ["Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026./.",
             "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT.BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Đức Tâm",
             "PHỤ LỤC", "MẪU BÁO CÁO"],
            ("KT. BỘ TRƯỞNG", "Thứ trưởng", "Nguyễn Đức Tâm", ["Như trên", "Lưu: VT"]),
            id="glued-prefix-then-appendix",
        ),
        pytest.param(
            ["Trên đây là hướng dẫn công tác thi và coi thi trực tuyến tại Trường.", "Trân trọng./.", "Nơi nhận:",
             "- Các Khoa, Phòng liên quan (t/h);", "- Lưu: VT, KT&ĐBCL.", "TL. HIỆU TRƯỞNG",
             "PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH", "PHÒNG KT&ĐBCLGD", "(Đã ký)", "ThS. Lê Hà Như Thảo"],
            ("TL. HIỆU TRƯỞNG", "Phó Trưởng phòng phụ trách Phòng KT&ĐBCLGD", "Lê Hà Như Thảo",
             ["Các Khoa, Phòng liên quan (t/h)", "Lưu: VT, KT&ĐBCL"]),
            id="64-hd-vku-title-on-two-lines",
        ),
        pytest.param(
            ["Các sở, ngành phát hiện và xử lý các hành vi xâm phạm quyền sở hữu trí tuệ trong lĩnh vực được phân công./.",
             "Nơi nhận:", "- Như trên;", "- CT, các PCT UBND tỉnh (b/c);", "- Lưu: VT, VX6.", "QCV26.07. KHCN",
             "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Công"],
            ("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Văn Công", ["Như trên", "CT, các PCT UBND tỉnh (b/c)", "Lưu: VT, VX6"]),
            id="438-ubnd-quangninh-filing-code-under-the-list",
        ),
        pytest.param(
            ["Cục Giám sát quản lý về Hải quan thông báo để đơn vị biết và thực hiện./.",
             "Nơi nhận:", "- Như trên;", "- Công ty Luật TNHH Quốc tế", "BMVN;", "(Đ/c: Phòng CP2.04.01, tầng 4,",
             "Tower 2, Capital Place, 29 Đường", "Liệu Giai, quận Ba Đình, Hà Nội)", "- Lưu: VT, GSQL (3b).",
             "TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ", "PHÓ TRƯỞNG BAN", "Nguyễn Anh Tài"],
            ("KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ", "Phó Trưởng ban", "Nguyễn Anh Tài",
             ["Như trên", "Công ty Luật TNHH Quốc tế BMVN; (Đ/c: Phòng CP2.04.01, tầng 4, Tower 2, Capital Place, "
              "29 Đường Liệu Giai, quận Ba Đình, Hà Nội)", "Lưu: VT, GSQL (3b)"]),
            id="17738-chq-address-note-in-brackets",
        ),
        pytest.param(
            ["Yêu cầu các đơn vị khẩn trương triển khai thực hiện./.", "Nơi nhận:", "TL. CHỦ TỊCH",
             "- CT, các PCT UBND huyện:", "CHÁNH VĂN PHÒNG", "- Các cơ quan, đơn vị thuộc UBND huyện;",
             "- UBND các Xã, thị trần:", "nhân dây huyện", "| lÍ", "- Chi cục Thuê: Hạt Kiêm lâm;", "NV",
             "- Công an huyện;", "mm", "- Lãnh đạo VP, các Chuyên viên:", "- Lưu: VT.", "18.06.2019 16:33:44”",
             "+07:00", "Cao Văn Tính"],
            ("TL. CHỦ TỊCH", "Chánh Văn phòng", "Cao Văn Tính",
             ["CT, các PCT UBND huyện:", "Các cơ quan, đơn vị thuộc UBND huyện", "UBND các Xã, thị trần: nhân dây huyện lÍ",
              "Chi cục Thuê: Hạt Kiêm lâm", "Công an huyện"]),
            id="217-tb-krongno-scan-seal-between-title-and-name",
        ),
    ],
)
def test_signature(lines: list[str], expected: tuple[object, ...]) -> None:
    doc = doc_from_lines(lines)
    header = parse_header(doc)
    assert (header.authority, header.signer_title, header.signer, header.distribution) == expected
    assert doc.paragraphs[0].kind == "body"
    assert doc.paragraphs[-1].kind == ("signature" if str(header.signer) in lines[-1] else "body")


def test_issuer_from_signature_collective_and_province_in_text() -> None:
    lines = [
        "Kính gửi: Các sở, ban, ngành tỉnh",
        "Các Chỉ số phản ánh nền hành chính tỉnh Hưng Yên năm 2024 đạt kết quả như sau.",
        "Sở Nội vụ báo cáo kết quả Chỉ số PAPI tỉnh Hưng Yên năm 2024; gửi Báo Thái Bình.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Duy Hưng",
    ]
    header = parse_header(doc_from_lines(lines))
    assert (header.issuer, header.province) == ("UBND tỉnh Hưng Yên", "Hưng Yên")


# congbot-markdown file_data_11 as the markdown reader gives it: the header table row joined into one
# paragraph, and the "Nơi nhận" / signature cells joined to the last article.
MARKDOWN_DECISION = [
    "*Source: https://thuvienphapluat.vn/van-ban/The-thao-Y-te/Quyet-dinh-6154-QD-UBND-che-do-dieu-duong-luan-"
    "phien-133700.aspx* # Về việc thực hiện chế độ điều dưỡng luân phiên | ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI "
    "------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- | |---|---| | "
    "Số: 6154/QĐ-UBND | Hà Nội, ngày 30 tháng 12 năm 2011 |",
    "QUYẾT ĐỊNH",
    "VỀ VIỆC THỰC HIỆN CHẾ ĐỘ ĐIỀU DƯỠNG LUÂN PHIÊN ĐỐI VỚI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố chịu trách nhiệm thi hành Quyết định này./. | Nơi nhận: "
    "- Như Điều 3; - Bộ LĐTB&XH; (để báo cáo) - Các phòng: LĐCSXH, TH, KT; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN "
    "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Huy Tưởng | |---|---|",
]


def test_markdown_table_rows() -> None:
    header = parse_header(doc_from_lines(MARKDOWN_DECISION))
    assert (header.number, header.date, header.issuer, header.type, header.province) == (
        "6154/QĐ-UBND", "2011-12-30", "UBND thành phố Hà Nội", "Quyết định", "Hà Nội")
    assert (header.authority, header.signer_title, header.signer) == ("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Huy Tưởng")
    assert header.distribution == ["Như Điều 3", "Bộ LĐTB&XH; (để báo cáo)", "Các phòng: LĐCSXH, TH, KT", "Lưu: VT"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["BỘ TÀI CHÍNH TỔNG CỤC THUẾ -------", "Số: 1414/TCT-CS", "V/v hỗ trợ người có công với cách mạng cải thiện nhà ở.",
             "Hà Nội, ngày 04 tháng 05 năm 2013", "Kính gửi: Cục Thuế tỉnh Hà Tĩnh"],
            ("Tổng cục Thuế", "Bộ Tài chính", "Công văn"),
            id="parent-and-child-on-one-line",
        ),
        pytest.param(
            ["BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH - TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT "
             "NHÂN DÂN TỐI CAO", "Số: 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 31 tháng 12 năm 2025", "THÔNG TƯ LIÊN TỊCH",
             "Sửa đổi, bổ sung một số điều của Thông tư liên tịch số 10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC",
             "Căn cứ Luật Trợ giúp pháp lý số 11/2017/QH14;"],
            ("Bộ Tư pháp - Bộ Công an - Bộ Quốc phòng - Bộ Tài chính - Tòa án nhân dân tối cao - "
             "Viện kiểm sát nhân dân tối cao", None, "Thông tư liên tịch"),
            id="joint-issuers-vbpl",
        ),
        pytest.param(
            ["ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "Số: 494/NQ-UBTVQH13", "Hà Nội, ngày 18 tháng 05 năm 2012", "NGHỊ QUYẾT",
             "Về kết quả giám sát việc thực hiện chính sách, pháp luật về người có công với cách mạng",
             "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Căn cứ Luật Tổ chức Quốc hội;"],
            ("Ủy ban Thường vụ Quốc hội", None, "Nghị quyết"),
            id="issuer-wrapped-over-two-lines",
        ),
    ],
)
def test_issuer_blocks(lines: list[str], expected: tuple[str | None, ...]) -> None:
    header = parse_header(doc_from_lines(lines))
    assert (header.issuer, header.issuer_parent, header.type) == expected
    assert header.province is None


# The motto as a scan reads it ("CỌNG HÒA", "XÃ HỌI"), between the issuer's lines: no part of the issuer.
@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        pytest.param(["ỦY BAN NHÂN DÂN", "CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN ĐẮK R°LÁP", "Độc lập - Tự do - Hạnh phúc",
                      "Số: 12]7TB-UBND", "Đăk R lắp, ngày tháng 7 năm 2019", "THÔNG BÁO"],
                     "UBND huyện Đắk R°láp", id="cong-457-dakrlap"),
        pytest.param(["CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM", "HỘI ĐÔNG NHÂN DÂN", "Độc lập - Tự do - Hạnh phúc",
                      "HUYỆN KRÔNG NÔ", "Krông Nô. ngày O2 tháng 6 năm 2019", "Số: 4/ /TB-HĐND", "THÔNG BÁO"],
                     "HĐND huyện Krông Nô", id="hoi-11-krongno"),  # "ĐÔNG" misread: the body read on its letters
        # a scan's capitals read without tones (672-kh-ubnd-quangbinh-2024, 11-ct-ubnd-hanoi-2025 of directives-c)
        pytest.param(["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TINH QUANG BINH",
                      "Độc lập - Tự do - Hạnh phúc", "Quảng Bình, ngày f7", "/KH-UBND", "Số:", "năm 2024", "KẾ HOẠCH"],
                     "UBND tỉnh Quảng Bình", id="tinh-672-quangbinh-untoned"),
        pytest.param(["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THANH PHO HÀ NỌI",
                      "Độc lập - Tự do - Hạnh phúc", "Số: /CT-UBND", "Hà Nội, ngày tháng 7 năm 2025", "CHỈ THỊ"],
                     "UBND thành phố Hà Nội", id="thanh-pho-11-hanoi-untoned"),
    ],
)
def test_motto_read_by_a_scan_is_not_the_issuer(lines: list[str], issuer: str) -> None:
    assert parse_header(doc_from_lines(lines)).issuer == issuer



# Scans whose number was written or stamped into the blank of "Số:      /CT-UBND" (page OCR of real directives):
# the number line, its digits junk or lost, is no part of the issuer's name.
@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        pytest.param(["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH ĐẮK NÔNG", "Độc lập - Tự do - Hạnh phúc",
                      "0S /CT-UBND", "Đắk Nông, ngày 4® tháng 7 năm 2019", "CHỈ THỊ"],
                     "UBND tỉnh Đắk Nông", id="handwritten-08-ct"),
        pytest.param(["UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc",
                      "/SNV-VP", "V/v báo cáo tông kết năm và thực hiện công tác bình xét thi đua", "Kính gửi:"],
                     "Sở Nội vụ", id="digits-lost-1185"),
        pytest.param(["UBND TỈNH ĐẮKNÔNG _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VĂN PHÒNG", "Độc lập - Tự do - Hạnh phúc",
                      "Số: A409 /TB-VPUBND", "Đắk Nông, ngày tháng 5 năm 2019", "THÔNG BÁO"],
                     "Văn phòng", id="letter-before-digits-409"),
        pytest.param(["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "Số: Z4Z/UBND- VX", "V/v Chỉ đạo, phối hợp tổ chức thực hiện",
                      "Kính gửi:"],
                     "UBND tỉnh Bắc Giang", id="junk-digits-695"),
        pytest.param(["BỘ TÀI CHÍNH", "Độc lập - Tự do - Hạnh phúc", "CỤC HẢI QUAN", "540 5CHQ-ĐTCBL",
                      "V/v tiếp tục đẩy mạnh công tác", "Kính gửi: Các đơn vị thuộc Cục Hải quan."],
                     "Cục Hải quan", id="stamped-digit-glued-15405"),
    ],
)
def test_number_blank_is_not_the_issuer(lines: list[str], issuer: str) -> None:
    header = parse_header(doc_from_lines(lines))
    assert (header.issuer, header.number) == (issuer, None)


# A scanned công văn whose number and day were written in by hand (page OCR, 275/STTTT-CNTT of Sở TT&TT Phú
# Thọ): no number is read, yet the "V/v" subject and the "Kính gửi" list make it a công văn.
@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        pytest.param(
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "_ UBND TỈNH PHÚ THỌ", "SỞ THÔNG TIN VÀ TRUYEN THÔNG",
             "Độc lập - Tự do - Hạnh phúc", "Phú Thọ, ngày | tháng 12 năm 2011", "Số:", "/STTTT-CNTT",
             "V/v đăng ký danh sách tham gia Hội thi kỹ năng sử dụng máy tính.", "Kính gửi:",
             "- Các đơn vị trực thuộc sở;", "- Các doanh nghiệp Bưu chính - Viễn thông và CNTT;",
             "- Các cơ quan báo chí, xuất bản, PTTH."],
            "Công văn", id="handwritten-number-275",
        ),
        pytest.param(
            ["UBND HUYỆN AN PHÚ", "PHÒNG KINH TẾ - HẠ TẦNG", "Số: 11! /PKTHT-TH", "An Phú, ngày 3Ù tháng 5 năm 2022",
             "V/v lấy ý kiến góp ý dự thảo", "Kính gửi:", "- Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;",
             "- Uy ban nhân dân các xã, thị trân:"],
            "Công văn", id="handwritten-number-141",
        ),
        pytest.param(
            ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 1234/QĐ-UBND", "Phú Thọ, ngày 7 tháng 12 năm 2011", "QUYẾT ĐỊNH",
             "Về việc phê duyệt kế hoạch", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"],
            "Quyết định", id="titled-decision-keeps-its-type",
        ),
    ],
)
def test_letter_without_number_is_a_cong_van(lines: list[str], kind: str) -> None:
    assert parse_header(doc_from_lines(lines)).type == kind


def test_collective_and_title_run_together() -> None:
    lines = ["Điều 4. Nghị định này có hiệu lực thi hành kể từ ngày ký./.", "TM. CHÍNH PHỦ THỦ TƯỚNG", "Nguyễn Tấn Dũng"]
    header = parse_header(doc_from_lines(lines))
    assert (header.authority, header.signer_title, header.signer) == ("TM. CHÍNH PHỦ", "Thủ tướng", "Nguyễn Tấn Dũng")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "(Đã ký)", "Nguyễn Hòa Bình"],
            ("KT. THỦ TƯỚNG", "Phó Thủ tướng", "Nguyễn Hòa Bình"),
            id="signed-note-line-vbpl-nd-249-2025",
        ),
        pytest.param(
            ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG (Đã ký)", "Phạm Thị T"],
            ("KT. THỦ TƯỚNG", "Phó Thủ tướng", "Phạm Thị T"),
            id="signed-note-on-title-line-vbpl-nd-07-2026",
        ),
        pytest.param(
            ["KT. BỘ TRƯỞNG", "BỘ CÔNG AN", "THỨ TRƯỞNG (Đã ký)", "Thượng tướng Lê Quốc Hùng",
             "KT. BỘ TRƯỞNG", "BỘ TƯ PHÁP", "THỨ TRƯỞNG (Đã ký)", "Nguyễn Thanh Ngọc"],
            ("KT. BỘ TRƯỞNG BỘ CÔNG AN", "Thứ trưởng", "Lê Quốc Hùng"),
            id="joint-signatures-rank-before-name-vbpl-ttlt-29-2025",
        ),
        pytest.param(
            ["| Nơi nhận: - Như trên; - Lưu: VT, KHTC. | TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH Phạm Quang "
             "Phụng | |---|---|"],
            ("TL. BỘ TRƯỞNG", "Vụ trưởng Vụ Kế hoạch - Tài chính", "Phạm Quang Phụng"),
            id="markdown-cell-title-with-its-unit-congbot-16",
        ),
        pytest.param(
            ["Ủy ban thường vụ Quốc hội, Chính phủ có trách nhiệm quy định chi tiết các điều, khoản được giao trong "
             "Luật./.", "VĂN PHÒNG QUỐC HỘI", "XÁC THỰC VĂN BẢN HỢP NHẤT", "Nguyễn Hạnh Phúc"],
            (None, None, "Nguyễn Hạnh Phúc"),
            id="consolidated-text-authentication",
        ),
    ],
)
def test_signature_blocks(lines: list[str], expected: tuple[str | None, ...]) -> None:
    header = parse_header(doc_from_lines(["Nghị định này có hiệu lực thi hành kể từ ngày ký./.", *lines]))
    assert (header.authority, header.signer_title, header.signer) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH - TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN "
             "DÂN TỐI CAO Số: 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 31 tháng 12 năm 2025", "THÔNG TƯ LIÊN TỊCH"],
            ("29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "2025-12-31",
             "Bộ Tư pháp - Bộ Công an - Bộ Quốc phòng - Bộ Tài chính - Tòa án nhân dân tối cao - "
             "Viện kiểm sát nhân dân tối cao", []),
            id="issuer-and-number-joined-by-layout",
        ),
        pytest.param(
            ["*Source: https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-773-QD-TTg-2018.aspx* # Ban hành "
             "Kế hoạch | THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
             "--------------- | |---|---| | Số: 773 /QĐ-TTg | Hà Nội, ngày 26 tháng 0 6 năm 2018 |", "QUYẾT ĐỊNH"],
            ("773/QĐ-TTg", "2018-06-26", "Thủ tướng Chính phủ", []),
            id="split-digits-in-date-congbot-4",
        ),
        pytest.param(
            ["*Source: https://thuvienphapluat.vn/cong-van/Cong-van-5115-LDTBXH-KHTC-2018.aspx* # Công văn số "
             "5115/LĐTBXH-KHTC | BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc "
             "lập - Tự do - Hạnh phúc --------------- | |---|---| | Số: 5115/LĐTBXH-KHTC V/v thí điểm thực hiện chi "
             "trả trợ cấp ưu đãi người có công với cách mạng qua hệ thống Bưu điện | Hà Nội, ngày 03 tháng 12 năm "
             "2018 | | Kính gửi: | - Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ; - Sở Lao động - Thương "
             "binh và Xã hội tỉnh Hưng Yên. | |---|---|",
             "Qua Sơ kết đánh giá kết quả thực hiện thí điểm Phương thức chi trả qua hệ thống Bưu điện tại 06 địa "
             "phương, Bộ đã có Công văn số 3395/LĐTBXH-KHTC."],
            ("5115/LĐTBXH-KHTC", "2018-12-03", "Bộ Lao động - Thương binh và Xã hội",
             ["Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ",
              "Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên"]),
            id="recipients-in-table-row-congbot-28",
        ),
    ],
)
def test_joined_header_rows(lines: list[str], expected: tuple[object, ...]) -> None:
    header = parse_header(doc_from_lines(lines))
    assert (header.number, header.date, header.issuer, header.recipients) == expected


def test_ocr_lines_of_scanned_vpcp_documents() -> None:
    """Tesseract output of two scanned VPCP documents (pdf-scanned/AVG-Team__VN-Law 153 and 188)."""
    notice = parse_header(doc_from_lines([
        "VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 10 tháng 4 năm 2024", "3Š", "THÔNG BẢO",
        "Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại Phiên họp của Hội đồng Quốc gia Giáo dục",
        "Ngày 19 tháng 3 năm 2024, tại trụ sở Chính phú, Phó Thủ tướng Chính phủ Trần Hồng Hà, Chủ tịch Hội đồng "
        "Quốc gia Giáo dục và Phát triển nhân lực chủ trì Phiên họp.",
    ]))
    assert (notice.type, notice.date, notice.issuer) == ("Thông báo", "2024-04-10", "Văn phòng Chính phủ")
    decision = parse_header(doc_from_lines([
        "Điều 3. Các thành viên Tổ Biên tập chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:", "- Như Điều 3;", "- UBND TP. Hồ Chí Minh;", "- Lưu: VT; KSTT (3). $5", "\"Trần Văn Sơn",
    ]))
    assert (decision.signer_title, decision.signer) == (None, "Trần Văn Sơn")


def test_party_subject_acting_head_and_recipients_on_one_line() -> None:
    """Lines of the corpus/pdf fixtures hy-tu-ct-05-2026, hy-skhcn-tb-35-2026 and hy-ubnd-cv-1105-2026."""
    party = parse_header(doc_from_lines([
        "TỈNH ỦY HƯNG YÊN", "*", "Số 05-CT/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Yên, ngày 15 tháng 01 năm 2026",
        "CHỈ THỊ", "của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác cải cách hành chính",
        "Thời gian qua, công tác cải cách hành chính (CCHC) và chuyển đổi số trên địa bàn tỉnh đạt nhiều kết quả.",
    ]))
    assert party.subject == "về tăng cường sự lãnh đạo của Đảng đối với công tác cải cách hành chính"
    acting = parse_header(doc_from_lines(["Thông báo này thay thế Thông báo số 30/TB-SKHCN./.", "Q. GIÁM ĐỐC",
                                          "Hoàng Văn Tùng"]))
    assert (acting.authority, acting.signer_title, acting.signer) == ("Q. GIÁM ĐỐC", "Quyền Giám đốc", "Hoàng Văn Tùng")
    letter = parse_header(doc_from_lines(["Kính gửi: Các sở, ban, ngành tỉnh; UBND các xã, phường.",
                                          "Thực hiện các Kế hoạch của UBND tỉnh: số 28/KH-UBND ngày 06/02/2026."]))
    assert letter.recipients == ["Các sở, ban, ngành tỉnh", "UBND các xã, phường"]


def test_distribution_list_ends_at_an_attached_plan_header() -> None:
    """46/QĐ-BCĐCCHC (a scan): the "Nơi nhận" list's last line "- Lưu: VT, BCĐCCHC (2). 54" has no closing
    stop; the next page's motto (read "CỘNG HÒA XÃ HỌI") opens the attached plan, which stays body."""
    lines = [
        "Điều 2. Các thành viên Ban Chỉ đạo cải cách hành chính của Chính phủ chịu trách nhiệm thi hành Quyết định này.",
        "Nơi nhận: _", "- Như Điều 3", "- Lưu: VT, BCĐCCHC (2). 54",
        "CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KÉ HOẠCH",
        "I. MỤC ĐÍCH, YÊU CẢU",
    ]
    doc = doc_from_lines(lines)
    parse_header(doc)
    assert [p.kind for p in doc.paragraphs[1:]] == ["signature"] * 3 + ["body"] * 4


def test_subject_stops_at_the_first_section_heading() -> None:
    """kh-stttt-phutho-2011.doc: a lower-case subject, then "I. MỤC ĐÍCH, YÊU CẦU" opens the body."""
    lines = ["UBND TỈNH PHÚ THỌ", "SỞ THÔNG TIN VÀ TRUYỂN THÔNG", "Số: /KH-STTTT", "Phú Thọ, ngày tháng 12 năm 2011",
             "KẾ HOẠCH", "Triển khai cài đặt, đào tạo hướng dẫn sử dụng phần mềm Quản lý văn bản và điều hành",
             "I. MỤC ĐÍCH, YÊU CẦU", "- Nâng cao trình độ CNTT cho đội ngũ cán bộ công chức, viên chức."]
    doc = doc_from_lines(lines)
    header = parse_header(doc)
    assert header.subject == lines[5]
    assert doc.paragraphs[6].kind == "body"
