"""What a task is per document type, and the "Nơi nhận" list that never yields one."""

from __future__ import annotations

import pytest

from parsers.tasks import distribution_blocks, yields_tasks


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        pytest.param("Văn bản hợp nhất", "44/VBHN-VPQH", False, id="vbhn-land-law"),
        pytest.param("Luật", "31/2024/QH15", False, id="law"),
        pytest.param("Hiến pháp", None, False, id="constitution"),
        pytest.param("Nghị định", "03/2026/NĐ-CP", False, id="decree"),
        pytest.param("Thông tư liên tịch", "29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", False, id="joint-circular"),
        pytest.param("Án lệ", None, False, id="precedent"),
        pytest.param("Quyết định", "44/2025/QĐ-TTg", False, id="normative-decision"),
        pytest.param("Nghị quyết", "66.15/2026/NQ-CP", False, id="normative-resolution-dotted"),
        pytest.param("Quyết định", "986/QĐ-UBND", True, id="individual-decision"),
        pytest.param("Chỉ thị", "31/CT-TTg", True, id="directive"),
        pytest.param("Công điện", "29/CĐ-TTg", True, id="cong-dien"),
        pytest.param("Thông báo", "217/TB-UBND", True, id="conclusion-notice"),
        pytest.param("Kế hoạch", "252/KH-BCĐQG1237", True, id="plan"),
        pytest.param(None, None, True, id="unknown-type"),
    ],
)
def test_yields_tasks(kind: str | None, number: str | None, expected: bool) -> None:
    assert yields_tasks(kind, number) is expected


# 29/CĐ-TTg (scan): OCR lost "Nơi" and wrote ":" for a dash; 217/TB-UBND Krông Nô: signature lines interleaved.
CD_29 = (
    "11. Văn phòng Chính phủ phối hợp với Bộ Công an theo chức năng, nhiệm\nvụ được giao thường xuyên theo dõi, "
    "đôn đốc, báo cáo Thủ tướng Chính phủ tình\nhình, kết quả thực hiện Công điện này./.\nnhận:\n- Như trên;\n"
    "- Thủ tướng, các Phó Thủ tướng Chính phủ;\n- Ủy ban Pháp luật và Tư pháp của Quốc hội;\n"
    ": Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;\n- VPCP: BTCN, các PCN, Trợ lý TTg,\n"
    "TGĐ Công TTĐT, các Vụ, Cục: KGVX, KTTH, KSTT:\n- Lưu: VT,"
)
TB_217 = (
    "Yêu cầu các đơn vị khân trương\ntriển khai thực hiện./.\nNơi nhận:\nTL. CHỦ TỊCH\n- CT, các PCT UBND huyện:\n"
    "CHÁNH VĂN PHÒNG\n- Các cơ quan, đơn vị thuộc UBND huyện;\n- Lãnh đạo VP, các Chuyên viên:\n- Lưu: VT.\n"
    "18.06.2019 16:33:44”\n"
)

# 267/TB-UBND Đắk R'lấp (scan): "Wơi nhận:", stamp lines inside, "- Lưu VT, H/sơ." without a colon.
TB_267 = (
    "UBND huyện thông báo kết luận tại buổi đối thoại, tiếp công dân để các\ncơ quan, đơn vị liên quan được biết "
    "./.\nTL. CHỦ TỊCH\nWơi nhận:\n- TT. Huyện ủy; (b/cáo)\nHÁNH VÁN PH Ề\n- CT, các PCT huyện;\n- Phòng TN&MT:\n"
    "SÌs:\n- Phòng KT-HT:\n- Thanh Tra huyện; _ | (biết)\n- UBND TT Kiên Đức: (thực hiện)\n- Lưu VT, H/sơ."
)


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        pytest.param(CD_29, ["- VPCP: BTCN", ": Ủy ban Trung ương"], ["11. Văn phòng Chính phủ"], id="29-cd-ttg-noi-lost"),
        pytest.param(TB_217, ["- Lãnh đạo VP, các Chuyên viên:"], ["Yêu cầu các đơn vị"], id="217-tb-krongno"),
        pytest.param(TB_267, ["- Phòng KT-HT:", "- UBND TT Kiên Đức"], ["UBND huyện thông báo"], id="267-tb-dakrlap-ocr"),
    ],
)
def test_distribution_blocks(text: str, inside: list[str], outside: list[str]) -> None:
    blocks = distribution_blocks(text)
    for words in inside:
        assert any(start <= text.index(words) < end for start, end in blocks), words
    for words in outside:
        assert not any(start <= text.index(words) < end for start, end in blocks), words


# 651/SLĐTBXH-VP Đắk Nông (scan): one OCR line per layout paragraph, body after "Kính gửi", no numbered item.
CV_651 = [
    "Thực hiện Công văn số 1360/UBND-NC ngày 01/4/2019 của UBND tỉnh",
    "Đăk Nông về việc thực hiện đầy đủ pháp luật tố tụng hành chính.",
    "Giám đốc Sở đề nghị các phòng chuyên môn, đơn vị trực thuộc tổ chức",
    "thực hiện nghiêm các quy định của pháp luật về tố tụng hành chính và các nội",
    "dung có liên quan đến đến tố tụng hành chính theo ý kiến chỉ đạo của Bộ Tư",
    "pháp tại Công văn số 901/BTP-TCTHADS ngày 19/3/2019 của Bộ Tư ; pháp (Có",
    "scan kèm theo). Định kỳ báo cáo kết quả thi hành án hành chính (nếu có) vào",
    "một mục riêng của báo cáo 06 tháng, hằng năm gửi về Văn phòng Sở tổng hợp.",
    "Nhận được Công văn này đề nghị các Phòng chuyên môn, đơn vị trực",
    "thuộc triển khai thực hiện./.",
]


def test_unnumbered_paragraph_assigning_work_is_a_task() -> None:
    from parsers.citations.textdoc import document_from_text
    from parsers.model import Header
    from parsers.tasks import extract_tasks

    doc = document_from_text("\n".join(CV_651), header=Header(type="Công văn", date="2019-04-10"))
    tasks = extract_tasks(doc, [])
    assert [(t.path, t.responsible) for t in tasks] == [("¶2", ["Các phòng chuyên môn, đơn vị trực thuộc"])]
    assert tasks[0].text.startswith("Giám đốc Sở đề nghị") and tasks[0].deadline is not None


# 17738/CHQ-GSQL (text layer): the only task sends the addressees a file to act on; the dashes are the
# requests of a company's letter, told as received.
CV_17738 = [
    "Cục Hải quan nhận được công văn số BMVN/51327340/01 ngày 14/07/2025 của Công ty Luật TNHH Quốc tế BMVN đề nghị:",
    "- Gia hạn thời hạn kiểm tra, giám sát hải quan đối với hàng hóa xuất khẩu, nhập khẩu; và",
    "- Cập nhật danh sách các nhà xuất nhập khẩu hợp pháp.",
    "Cục Hải quan gửi bản mềm công văn BMVN/51327340/01 ngày 14/07/2025 của Công ty Luật TNHH Quốc tế BMVN từ hộp",
    "thư điện tử tchq.shtt@customs.gov.vn đến hộp thư điện tử của các đầu mối sở hữu trí tuệ thuộc Chi cục Hải quan",
    "khu vực và Chi cục Điều tra chống buôn lậu để triển khai việc kiểm tra, giám sát về sở hữu trí tuệ.",
    "Cục Giám sát quản lý về Hải quan thông báo để đơn vị biết và thực hiện./.",
]


def test_paragraph_sending_material_to_act_on_is_a_task_of_the_addressees() -> None:
    from parsers.citations.textdoc import document_from_text
    from parsers.model import Header
    from parsers.tasks import extract_tasks

    addressees = ["Các Chi cục Hải quan khu vực", "Chi cục Điều tra chống buôn lậu"]
    doc = document_from_text("\n".join(CV_17738), header=Header(type="Công văn", date="2025-08-05",
                                                                 recipients=addressees))
    tasks = extract_tasks(doc, [])
    assert [(t.path, t.responsible) for t in tasks] == [("¶4", addressees)]


# 275/STTTT-CNTT Phú Thọ (scan): "đề nghị các đơn vị" can only mean the three groups of "Kính gửi" (not the one
# written "Các đơn vị trực thuộc sở"); 141/PKTHT-TH An Phú (scan): "đề nghị các cơ quan, đơn vị gửi về ..." likewise.
CV_275 = [
    "Thực hiện Kế hoạch số 25/KH-STTTT, ngày 6 tháng 12 năm 2011 của sở Thông tin và Truyền thông tỉnh Phú Thọ về tổ",
    "chức Hội thi kỹ năng sử dụng máy tính ngành Thông tin và Truyên thông tỉnh Phú Thọ năm 2011.",
    "Sở Thông tin và Truyền thông đề nghị các đơn vị đăng ký danh sách tham gia Hội thi kỹ năng sử dụng máy tính",
    "(mẫu kèm theo) trước ngày 22/ 12/ 2011 qua phòng Công nghệ thông tin sở để tổng hợp và triển khai tổ chức.",
    "Vậy sở Thông tin và Truyền thông gửi các đơn vị biết và tham gia.",
]
CV_141 = [
    "Thực hiện Công văn số 456/UBND-VX ngày 10/5/2022 của Ủy ban nhân dân huyện An Phú.",
    "Văn bản góp ý đối với dự thảo Quyết định đề nghị các cơ quan, đơn vị gửi về Phòng Kinh tế - Hạ tầng chậm nhất",
    "đến ngày 09/6/2022, để tổng hợp và trình Ủy ban nhân dân huyện ký ban hành.",
]


KG_275 = ["Các đơn vị trực thuộc sở", "Các doanh nghiệp Bưu chính - Viễn thông và CNTT", "Các cơ quan báo chí, xuất bản, PTTH"]


@pytest.mark.parametrize(
    ("lines", "addressees", "responsible", "date"),
    [
        pytest.param(CV_275, KG_275, KG_275, "2011-12-22", id="275-stttt-cac-don-vi"),
        pytest.param(CV_141, ["Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện", "Uy ban nhân dân các xã, thị trấn"],
                     ["Các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị trấn"], "2022-06-09",
                     id="141-pktht-cac-co-quan-don-vi"),
    ],
)
def test_units_named_only_as_the_addressees_are_the_addressees(
    lines: list[str], addressees: list[str], responsible: list[str], date: str
) -> None:
    from parsers.citations.textdoc import document_from_text
    from parsers.model import Header
    from parsers.tasks import extract_tasks

    doc = document_from_text("\n".join(lines), header=Header(type="Công văn", recipients=addressees))
    tasks = extract_tasks(doc, [])
    assert [(t.path, t.responsible, t.deadline.date if t.deadline else None) for t in tasks] == [
        ("¶2", responsible, date)]


# 4532/UBND-KSTTHC Phú Thọ (scan): the plans are to be sent in by a date; no verb of request names who sends them.
CV_4532 = [
    "Giao các sở, ban, ngành, UBND các huyện, thành, thị xây dựng Kế hoạch rà soát quy định, thủ tục hành chính",
    "thuộc ngành, lĩnh vực và địa phương quản lý.",
    "Kế hoạch rà soát quy định, thủ tục hành chính của các cơ quan, đơn vị gửi VỆ UBND tỉnh (qua Văn phòng UBND",
    "tỉnh) trước ngày 05/01/2012 đê tổng hợp, báo cáo Văn phòng Chính phủ theo quy định.",
    "Thời gian tổ chức Hội thi ngày 30/ 12/ 2011.",
]


def test_paragraph_sending_in_by_a_date_is_a_task_of_the_addressees() -> None:
    from parsers.citations.textdoc import document_from_text
    from parsers.model import Header
    from parsers.tasks import extract_tasks

    addressees = ["Các sở, ban, ngành", "UBND các huyện, thành, thị"]
    doc = document_from_text("\n".join(CV_4532), header=Header(type="Công văn", recipients=addressees))
    tasks = extract_tasks(doc, [])
    assert [(t.path, t.responsible, t.deadline.date if t.deadline else None) for t in tasks] == [
        ("¶1", addressees, None), ("¶2", addressees, "2012-01-05")]


# 457/TB-UBND Đắk R'lấp (scan): the request is the second sentence of a paragraph of conclusions.
TB_457 = [
    "Thông qua buổi tiếp công dân, UBND huyện ĐắkR'lấp ghi nhận tinh thần đóng xây dựng của bà Trần Thị Thu Hương",
    "trong việc kịp thời kiến nghị cơ quan có thâm quyên xem xét, giải quyết một số tồn tại, hạn chế. Đề nghị các",
    "cơ quan chuyên môn ghi nhận và khắc phục các tồn tại, hạn chế, tạo điều kiện thuận lợi nhất.",
]


def test_paragraph_task_starts_at_its_request() -> None:
    from parsers.citations.textdoc import document_from_text
    from parsers.model import Header
    from parsers.tasks import extract_tasks

    doc = document_from_text("\n".join(TB_457), header=Header(type="Thông báo", date="2019-07-31"))
    tasks = extract_tasks(doc, [])
    assert [(t.path, t.responsible, t.text[:22]) for t in tasks] == [
        ("¶1", ["Các cơ quan chuyên môn"], "Đề nghị các cơ quan ch")
    ]


@pytest.mark.parametrize(
    ("recipient", "bodies"),
    [
        pytest.param("Sở Tài chính các tỉnh, thành phố trực thuộc TW", ["Sở Tài chính các tỉnh, thành phố trực thuộc TW"],
                     id="14364-btc-qualified-addressee-as-written"),
        pytest.param("Thủ trưởng các sở, ban, ngành tỉnh", ["Thủ trưởng các sở, ban, ngành tỉnh"], id="438-quangninh"),
        pytest.param("Tổ trưởng tổ công đoàn các đơn vị thuộc khối Văn phòng",
                     ["Tổ trưởng tổ công đoàn các đơn vị thuộc khối Văn phòng"], id="935-vp-btp-line-without-known-head"),
    ],
)
def test_addressee_line(recipient: str, bodies: list[str]) -> None:
    from parsers.tasks import _addressee

    assert _addressee(recipient, None) == bodies
