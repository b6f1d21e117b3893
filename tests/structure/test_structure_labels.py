"""The structure tree from tables of real paragraphs: paths, kinds, headings, and what is not a label."""

from __future__ import annotations

import pytest

from parsers.model import Document, Paragraph, StructureNode
from parsers.structure import build_structure, starts_with_label, task_path


def doc_from_paragraphs(texts: list[str], kinds: dict[int, str] | None = None) -> Document:
    paras: list[Paragraph] = []
    offset = 0
    for index, text in enumerate(texts):
        kind = (kinds or {}).get(index, "body")
        paras.append(Paragraph(text=text, page=1 + index // 20, kind=kind, start=offset, end=offset + len(text)))
        offset += len(text) + 1
    return Document(source="t", format="txt", pages=1, text="\n".join(texts), paragraphs=paras)


def flatten(nodes: list[StructureNode]) -> list[StructureNode]:
    out: list[StructureNode] = []
    for node in nodes:
        out.append(node)
        out.extend(flatten(node.children))
    return out


def paths(texts: list[str], kinds: dict[int, str] | None = None) -> list[str]:
    return [node.path for node in flatten(build_structure(doc_from_paragraphs(texts, kinds)))]


SEED_III_2 = [
    "III. ĐỐI VỚI CHỈ SỐ NÂNG CAO HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)",
    "1. Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã:",
    "Tiếp tục quán triệt, thực hiện nghiêm túc các nhiệm vụ được giao tại Kế hoạch số 191/KH-UBND.",
    "2. UBND cấp huyện, cấp xã:",
    "2.1. Đối với nội dung “Tham gia của người dân ở cấp cơ sở”:",
    "a) Tổ chức tuyên truyền, phổ biến nội dung Chỉ số PAPI.",
    "b) Tuyên truyền, vận động người dân tham gia vào các tổ chức chính trị, chính trị - xã hội.",
    "2.2. Đối với nội dung “Công khai, minh bạch”:",
    "a) Thực hiện tốt các nội dung công khai, hình thức công khai theo Luật Thực hiện dân chủ ở cơ sở.",
    "2.3. Đối với nội dung \"Thủ tục hành chính công\":",
    "a) Thực hiện cập nhật kịp thời, đầy đủ, công khai, minh bạch TTHC.",
    "b) Hướng dẫn đầy đủ việc thực hiện TTHC.",
    "c) Ứng dụng công nghệ thông tin trong giải quyết TTHC.",
    "d) Tăng cường công tác tuyên truyền về TTHC và hỗ trợ người dân sử dụng dịch vụ công trực tuyến.",
    "đ) Thường xuyên kiểm tra việc giải quyết hồ sơ TTHC tại Bộ phận một cửa.",
    "e) Thực hiện nghiêm túc việc xin lỗi người dân đối với các trường hợp hồ sơ trễ hạn.",
]

LEGAL = [
    "Chương I",
    "NHỮNG QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Nghị định này quy định cơ chế, chính sách thu hút chuyên gia khoa học, công nghệ.",
    "Điều 2. Đối tượng áp dụng",
    "1. Cá nhân là người Việt Nam định cư ở nước ngoài, người nước ngoài.",
    "2. Tiêu chí chung:",
    "a) Chủ trì hoặc tham gia thực hiện nhiệm vụ khoa học và công nghệ;",
    "b) Có lý lịch rõ ràng, có đạo đức tốt;",
    "Chương II",
    "NHỮNG QUY ĐỊNH CỤ THỂ",
    "Mục 1",
    "TIÊU CHÍ, QUY TRÌNH TUYỂN CHỌN",
    "Ðiều 3. Tiêu chí tuyển chọn chuyên gia",
    "1. Chuyên gia quy định tại Nghị định này là cá nhân đáp ứng tiêu chí.",
]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(
            SEED_III_2,
            ["III", "III.1", "III.2", "III.2.1", "III.2.1.a", "III.2.1.b", "III.2.2", "III.2.2.a",
             "III.2.3", "III.2.3.a", "III.2.3.b", "III.2.3.c", "III.2.3.d", "III.2.3.đ", "III.2.3.e"],
            id="seed-subitems-and-letters",
        ),
        pytest.param(
            ["II. ĐỐI VỚI CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS)",
             "1. Xây dựng và tổ chức thực hiện kế hoạch nâng cao sự hài lòng của người dân.",
             "2. Đối với việc điều tra xã hội học phục vụ xác định Chỉ số PAR INDEX năm 2025:",
             "- Giao Sở Nội vụ tham mưu UBND tỉnh chỉ đạo, phổ biến, quán triệt;",
             "- Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh có trách nhiệm tuyên truyền;",
             "+ đại biểu HĐND tỉnh;",
             "- Các sở, ban, ngành tỉnh, UBND các địa phương chịu trách nhiệm kiểm tra.",
             "3. Các cơ quan thông tin, truyền thông của tỉnh:"],
            ["II", "II.1", "II.2", "II.2.-1", "II.2.-2", "II.2.-2.+1", "II.2.-3", "II.3"],
            id="dashes-and-plus",
        ),
        pytest.param(
            ["I. ĐỐI VỚI CHỈ SỐ CCHC (PAR INDEX)",
             "1. Tiếp tục phát huy vai trò và nâng cao trách nhiệm người đứng đầu.",
             "2025 thực hiện khảo sát trực tuyến đảm bảo theo thời gian quy định.",
             "2025. Năm tiếp tục đẩy mạnh chuyển đổi số.",
             "19/63 tỉnh/thành, giảm 07 bậc so với năm 2023;",
             "2. Các sở, ban, ngành được giao chủ trì thực hiện nhiệm vụ."],
            ["I", "I.1", "I.2"],
            id="years-and-ranks-are-not-labels",
        ),
        pytest.param(
            ["1. Thực hiện theo quy định tại khoản",
             "2. Điều 5 Nghị định số 30/2020/NĐ-CP về công tác văn thư.",
             "2. Giao Sở Nội vụ theo dõi, đôn đốc."],
            ["1", "2"],
            id="number-inside-a-sentence",
        ),
        pytest.param(
            ["1. Sở Y tế:",
             "a) Hướng dẫn, kiểm tra việc tiếp nhận trẻ em vào cơ sở nuôi dưỡng:",
             "1. Đánh giá công tác quản lý nhà nước về nuôi con nuôi.",
             "2. Đánh giá công tác hoàn thiện pháp luật về nuôi con nuôi.",
             "b) Chỉ đạo, hướng dẫn việc quản lý, chăm sóc, nuôi dưỡng trẻ em.",
             "2. Toà án nhân dân tỉnh"],
            ["1", "1.a", "1.a.1", "1.a.2", "1.b", "2"],
            id="numbered-list-inside-letter",
        ),
        pytest.param(
            ["1. Tiếp tục phát huy vai trò người đứng đầu.",
             "2. Đẩy nhanh thực hiện các nhiệm vụ được giao.",
             "4. Tập trung chỉ đạo giải ngân vốn đầu tư công.",
             "9. Một số liệu ở đầu dòng không theo thứ tự."],
            ["1", "2", "4"],
            id="small-gap-kept-large-gap-text",
        ),
        pytest.param(
            LEGAL,
            ["Chương I", "Điều 1", "Điều 2", "Điều 2.1", "Điều 2.2", "Điều 2.2.a", "Điều 2.2.b",
             "Chương II", "Chương II.Mục 1", "Điều 3", "Điều 3.1"],
            id="legal-articles-clauses-points",
        ),
        pytest.param(
            ["A. CÁC QUY TRÌNH NỘI BỘ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ",
             "I. LĨNH VỰC LAO ĐỘNG - TIỀN LƯƠNG",
             "1. Cấp Giấy phép hoạt động cho thuê lại lao động.",
             "II. LĨNH VỰC VIỆC LÀM",
             "B. CÁC QUY TRÌNH NỘI BỘ THUỘC THẨM QUYỀN CỦA UBND CẤP HUYỆN",
             "C. CÁC QUY TRÌNH NỘI BỘ THUỘC THẨM QUYỀN CỦA UBND CẤP XÃ"],
            ["A", "A.I", "A.I.1", "A.II", "B", "C"],
            id="upper-letters-and-roman",
        ),
        pytest.param(
            ["4. Nội dung và quy trình thực hiện",
             "5. Phân công trách nhiệm",
             "5.1. Trung tâm Quản lý chất lượng",
             "— Là đơn vị đầu mối tham mưu ban hành kế hoạch và tổ chức triển khai khảo sát.",
             "5.2. Phòng Đào tạo và Phòng Công tác sinh viên",
             "— Phối hợp cung cấp, rà soát thông tin sinh viên thuộc 05 khoa được chọn khảo sát.",
             "3.3. Các khoa tham gia khảo sát",
             "— Phân công cán bộ đầu mối phối hợp với Trung tâm Quản lý chất lượng: thông báo, hướng dẫn.",
             "6. Tiến độ thực hiện"],
            ["4", "5", "5.1", "5.1.-1", "5.2", "5.2.-1", "5.3", "5.3.-1", "6"],
            id="753-kh-dct-sub-item-head-misread",
        ),
        pytest.param(
            ["Sau khi khảo sát công trường thi công các dự án, Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã có ý kiến "
             "chỉ đạo như sau:",
             "1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4",
             "a) Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn thành xây dựng dự án.",
             "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:",
             "(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo Thủ tướng Chính phủ.",
             "(ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu.",
             "2. Về Dự án Nhà máy điện Hiệp Phước giai đoạn 1",
             "a) Đánh giá cao những nỗ lực của Chủ đầu tư trong thời gian vừa qua.",
             "b) Để đạt được mục tiêu phát điện sớm hơn tiến độ, đề nghị:",
             "(i) Ủy ban nhân dân Thành phố Hồ Chí Minh chỉ đạo các sở, ngành liên quan.",
             "c) Về việc thỏa thuận giao cắt tuyến ống Cái Mép-Phú Mỹ: Ủy ban nhân dân Thành phố Hồ Chí Minh xử lý."],
            ["1", "1.a", "1.b", "1.b.i", "1.b.ii", "2", "2.a", "2.b", "2.b.i", "2.c"],
            id="tb-653-vpcp-small-roman-points",
        ),
        pytest.param(
            ["Điều 1. Phê duyệt Đề án “Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi "
             "số quốc gia đến năm 2025, định hướng đến năm 2030” với những nội dung chủ yếu sau đây:",
             "I. QUAN ĐIỂM",
             "1. Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số là nhiệm vụ trọng tâm.",
             "II. TỔ CHỨC THỰC HIỆN",
             "1. Bộ Thông tin và Truyền thông chủ trì tổ chức triển khai:",
             "a) Chủ trì tổ chức triển khai thực hiện Đề án.",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành."],
            ["Điều 1", "I", "I.1", "II", "II.1", "II.1.a", "Điều 2"],
            id="146-qd-ttg-plan-inside-article-keeps-its-paths",
        ),
        pytest.param(
            ["Điều 1. Phân công nhiệm vụ cho công chức Văn phòng - Thống kê như sau:",
             "1. Ông Nguyễn Văn A, công chức Văn phòng - Thống kê:",
             "a) Tham mưu công tác văn phòng của UBND thị trấn.",
             "Điều 2. Quyết định có hiệu lực kể từ ngày ký."],
            ["Điều 1", "Điều 1.1", "Điều 1.1.a", "Điều 2"],
            id="142-qd-ngaigiao-clauses-keep-the-article",
        ),
    ],
)
def test_paths(texts: list[str], expected: list[str]) -> None:
    assert paths(texts) == expected


def test_labels_in_header_signature_and_footnotes_are_skipped() -> None:
    texts = [
        "- Các sở, ban, ngành tỉnh;",
        "1. Tiếp tục phát huy vai trò người đứng đầu.",
        "1 Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh công tác CCHC.",
        "2. Các cơ quan thông tin, truyền thông của tỉnh.",
        "- Như trên;",
    ]
    kinds = {0: "header", 2: "footnote", 4: "signature"}
    doc = doc_from_paragraphs(texts, kinds)
    nodes = flatten(build_structure(doc))
    assert [n.path for n in nodes] == ["1", "2"]
    assert "Chỉ thị" not in nodes[0].text


def test_headings_text_and_spans() -> None:
    doc = doc_from_paragraphs(SEED_III_2 + ["Ủy ban nhân dân tỉnh yêu cầu nghiêm túc triển khai."])
    nodes = {n.path: n for n in flatten(build_structure(doc))}
    assert nodes["III"].heading == "ĐỐI VỚI CHỈ SỐ NÂNG CAO HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)"
    assert nodes["III.2"].heading == "UBND cấp huyện, cấp xã:"
    assert nodes["III.2.1"].heading == "Đối với nội dung “Tham gia của người dân ở cấp cơ sở”:"
    assert nodes["III.2.1.a"].heading == ""
    assert nodes["III.1"].text.endswith("Kế hoạch số 191/KH-UBND.")
    letter = nodes["III.2.3.đ"]
    assert doc.text[letter.start : letter.end] == SEED_III_2[14]
    assert (letter.kind, letter.label, letter.page) == ("letter", "đ", 1)
    assert nodes["III.2.1"].kind == "subitem"


def test_legal_headings_and_kinds() -> None:
    nodes = {n.path: n for n in flatten(build_structure(doc_from_paragraphs(LEGAL)))}
    assert nodes["Chương I"].heading == "NHỮNG QUY ĐỊNH CHUNG"
    assert nodes["Điều 1"].heading == "Phạm vi điều chỉnh"
    assert nodes["Điều 1"].text == "Phạm vi điều chỉnh\nNghị định này quy định cơ chế, chính sách thu hút chuyên gia khoa học, công nghệ."
    assert nodes["Chương II.Mục 1"].heading == "TIÊU CHÍ, QUY TRÌNH TUYỂN CHỌN"
    assert [nodes[p].kind for p in ("Chương I", "Điều 2", "Điều 2.2", "Điều 2.2.a", "Chương II.Mục 1")] == [
        "chapter", "article", "clause", "point", "section"]
    assert nodes["Điều 3"].label == "Điều 3"


def test_heading_stops_at_a_sentence() -> None:
    texts = ["1. Tăng cường kiểm tra, giám sát và xử lý nghiêm các hành vi vi phạm. Nghiêm cấm cán bộ: dùng tiền "
             "công quỹ vào mục đích riêng."]
    (node,) = build_structure(doc_from_paragraphs(texts))
    assert node.heading == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("III. ĐỐI VỚI CHỈ SỐ NÂNG CAO HIỆU QUẢ", True, id="roman"),
        pytest.param("2.1. Đối với nội dung “Công khai, minh bạch”:", True, id="subitem"),
        pytest.param("đ) Thường xuyên kiểm tra việc giải quyết hồ sơ TTHC", True, id="letter-đ"),
        pytest.param("- Giao Sở Nội vụ tham mưu UBND tỉnh", True, id="dash"),
        pytest.param("Ðiều 413. Phạm vi áp dụng", True, id="article-U+00D0"),
        pytest.param("Phần thứ hai", True, id="part"),
        pytest.param("2025 thực hiện khảo sát trực tuyến", False, id="year"),
        pytest.param("1 Chỉ thị số 28-CT/TU ngày 10/8/2022", False, id="footnote-number"),
        pytest.param("Điều hành của các cơ quan chính quyền", False, id="word-dieu"),
    ],
)
def test_starts_with_label(text: str, expected: bool) -> None:
    assert starts_with_label(text) is expected


def test_signature_closes_the_body_and_an_appendix_opens_its_own_tree() -> None:
    """NĐ 45/2026/NĐ-CP: the last article, the signature, then "Phụ lục" with its own I./1. items."""
    texts = [
        "Điều 43. Tổ chức thực hiện",
        "1. Bộ trưởng Bộ Khoa học và Công nghệ hướng dẫn thi hành Nghị định này.",
        "2. Phụ lục kèm theo Nghị định này gồm các mẫu báo cáo.",
        "KT. THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG",
        "Nguyễn Chí Dũng",
        "Phụ lục",
        "MẪU BÁO CÁO NGHIÊN CỨU KHẢ THI",
        "I. THÔNG TIN CHUNG CỦA DỰ ÁN",
        "1. Tên dự án:",
        "PHỤ LỤC 2",
        "Đề cương Báo cáo tổng kết 15 năm thi hành Luật Nuôi con nuôi",
        "Phần thứ nhất",
        "KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUẢN LÝ NHÀ NƯỚC VỀ NUÔI CON NUÔI",
    ]
    doc = doc_from_paragraphs(texts, {3: "signature", 4: "signature", 5: "signature"})
    nodes = flatten(build_structure(doc))
    assert [n.path for n in nodes] == [
        "Điều 43", "Điều 43.1", "Điều 43.2", "Phụ lục", "Phụ lục.I", "Phụ lục.I.1", "Phụ lục 2", "Phụ lục 2.Phần thứ nhất"]
    by_path = {n.path: n for n in nodes}
    assert by_path["Phụ lục"].heading == "MẪU BÁO CÁO NGHIÊN CỨU KHẢ THI"
    assert by_path["Phụ lục 2"].heading == "Đề cương Báo cáo tổng kết 15 năm thi hành Luật Nuôi con nuôi"
    assert by_path["Phụ lục 2"].kind == "appendix"


def test_quoted_text_of_an_amending_act_stays_in_its_clause() -> None:
    """vbpl row 28 (an amending decree, clause numbers shortened): the inserted "Mục 5" and "Điều 28a" are
    quoted text of the clause that inserts them."""
    texts = [
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 123/2015/NĐ-CP",
        "1. Bổ sung Mục 5 Chương 3 như sau:",
        "\"Mục 5",
        "ĐĂNG KÝ GIÁM SÁT VIỆC GIÁM HỘ, ĐĂNG KÝ CHẤM DỨT GIÁM SÁT VIỆC GIÁM HỘ",
        "Điều 28a. Thẩm quyền đăng ký giám sát việc giám hộ, đăng ký chấm dứt giám sát việc giám hộ",
        "1. Ủy ban nhân dân cấp xã nơi cư trú của người giám sát việc giám hộ thực hiện đăng ký giám sát việc giám hộ.",
        "2. Ủy ban nhân dân cấp xã đã đăng ký giám sát việc giám hộ thực hiện đăng ký chấm dứt giám sát.\".",
        "2. Sửa đổi, bổ sung khoản 2 Điều 32 như sau:",
        "Điều 2. Hiệu lực thi hành",
    ]
    nodes = flatten(build_structure(doc_from_paragraphs(texts)))
    assert [n.path for n in nodes] == ["Điều 1", "Điều 1.1", "Điều 1.2", "Điều 2"]
    assert "Điều 28a. Thẩm quyền đăng ký giám sát" in nodes[1].text


def test_attached_regulation_after_the_signature() -> None:
    """vbpl row 44 (Nghị quyết 99/2025/UBTVQH15): the decision's articles, its signature, then the attached
    "QUY CHẾ" with its own header lines, chapters and articles."""
    texts = [
        "Điều 1. Ban hành Quy chế",
        "Ban hành kèm theo Nghị quyết này Quy chế tổ chức và hoạt động của Đoàn Hội thẩm.",
        "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH", "Trần Thanh Mẫn",
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "---------------",
        "QUY CHẾ",
        "TỔ CHỨC VÀ HOẠT ĐỘNG CỦA ĐOÀN HỘI THẨM",
        "(Ban hành kèm theo Nghị quyết số 99/2025/UBTVQH15 ngày 25 tháng 9 năm 2025 của Ủy ban Thường vụ Quốc hội)",
        "Chương I",
        "NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh",
        "Quy chế này quy định về tổ chức và hoạt động của Đoàn Hội thẩm.",
    ]
    doc = doc_from_paragraphs(texts, {2: "signature", 3: "signature", 4: "signature"})
    nodes = flatten(build_structure(doc))
    assert [n.path for n in nodes] == ["Điều 1", "Quy chế", "Quy chế.Chương I", "Quy chế.Điều 1"]
    assert (nodes[1].kind, nodes[1].heading) == ("appendix", "TỔ CHỨC VÀ HOẠT ĐỘNG CỦA ĐOÀN HỘI THẨM")


def test_attached_plan_type_line_as_ocr_reads_it() -> None:
    """46/QĐ-BCĐCCHC (a scan): the plan after the decision's "Nơi nhận" has its type line read "KÉ HOẠCH"; its
    sections keep their printed paths."""
    texts = ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2021.",
             "Nơi nhận:", "- Lưu: VT, BCĐCCHC (2).", "KÉ HOẠCH",
             "Kiểm tra công tác cải cách hành chính năm 2021 của Ban Chỉ đạo cải cách hành chính của Chính phủ",
             "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]
    assert paths(texts, {1: "signature", 2: "signature"}) == ["Điều 1", "Kế hoạch", "I", "I.1"]


def test_paths_stay_unique_and_root_bullets_are_counted() -> None:
    texts = [
        "- Tình huống án lệ:",
        "- Giải pháp pháp lý:",
        "Điều 1. Phạm vi điều chỉnh",
        "Điều 2. Đối tượng áp dụng",
        "Điều 1. Phạm vi điều chỉnh",
        "1. Quy chế này áp dụng đối với Hội thẩm nhân dân.",
    ]
    assert paths(texts) == ["-1", "-2", "Điều 1", "Điều 2", "Điều 1~2", "Điều 1~2.1"]


def test_attached_plan_items_keep_their_printed_paths() -> None:
    """corpus/gold-real son-la-qd-254-2023: a decision, its signature, then the attached "KẾ HOẠCH" whose
    items are cited by staff as "II.1", not "Kế hoạch.II.1"."""
    texts = [
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện năm 2023.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A",
        "KẾ HOẠCH",
        "Thực hiện chương trình năm 2023",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ chủ trì rà soát thủ tục hành chính.",
    ]
    doc = doc_from_paragraphs(texts, {1: "signature", 2: "signature", 3: "signature"})
    paths = [n.path for n in flatten(build_structure(doc))]
    assert "II.1" in paths and not any(p.startswith("Kế hoạch.") for p in paths)


# Real lines that broke the tree (issue 12), each with the paths the document prints.
KH_252_PARTS = [
    "Căn cứ Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ về việc phê duyệt Đề án;",
    "A. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nhằm cụ thể hóa nội dung Chỉ thị của Bộ Chính trị, Quyết định của Thủ tướng Chính phủ;",
    "2. Yêu cầu",
    "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020",
    "I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN",
    "1. Nội dung, biện pháp",
    "a) Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị số 24-CT/TW ngày 15/5/2013 của Bộ Chính trị;",
    "II. BAN HÀNH CÁC VĂN BẢN QUY PHẠM PHÁP LUẬT, VĂN BẢN CHỈ ĐẠO, HƯỚNG DẪN VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ",
    "1. Nội dung, biện pháp",
    "a) Hoàn thành việc giải mã ký hiệu, phiên hiệu đơn vị quân đội trong chiến tranh;",
    "b) Tổ chức rà soát, kiện toàn hồ sơ liệt sĩ hiện đang quản lý; xác định số lượng liệt sĩ;",
    "c) Thu thập, kết nối, xử lý thông tin về liệt sĩ, mộ liệt sĩ phục vụ công tác tìm kiếm;",
    "d) Xây dựng cơ sở dữ liệu tích hợp quản lý liệt sĩ (thư viện hồ sơ liệt sĩ, mộ liệt sĩ);",
    "đ) Lập Bản đồ tìm kiếm, quy tập hài cốt liệt sĩ ở 3 cấp: cấp xã, cấp huyện, cấp tỉnh;",
    "e) Tổ chức các hoạt động nghiên cứu khoa học, hội thảo về nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ;",
    "f) Cung cấp thông tin về mộ liệt sĩ có tên trong các nghĩa trang cho các thân nhân liệt sĩ;",
    "C. MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM TỪ NAY ĐẾN NĂM 2015",
    "1. Tập trung nghiên cứu hoàn thành việc xây dựng, ban hành các văn bản quy phạm pháp luật.",
]

CD_29_TTG = [  # a scanned công điện: "1." lost by OCR, the addressees and the "Nơi nhận" list as dashes
    "THỦ TƯỚNG CHÍNH PHỦ điện:",
    "- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
    "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.",
    "Thời gian qua, Thủ tướng Chính phủ đã có nhiều văn bản chỉ đạo công tác phòng ngừa, đấu tranh, xử lý tội phạm.",
    "Công điện số 139/CĐ- ~TTg ngày 23 tháng 12 năm 2024 của Thủ tướng Chính phủ về việc tăng cường phòng ngừa, "
    "xử lý hoạt động lừa đảo chiếm đoạt tài sản sử dụng công nghệ cao, trên không gian mạng.",
    "2. Bộ Công an",
    "a) Chỉ đạo công an các đơn vị, địa phương tập trung triển khai có hiệu quả",
    "b) Thường xuyên rà soát, kịp thời phát hiện, ngăn chặn, xóa bỏ các nội",
    "3. Bộ Quốc phòng",
    "a) Chỉ đạo các lực lượng tổ chức trinh sát, giám sát, thu thập thông tin, phân",
    "nhận:",
    "- Như trên;",
    "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
    "- Lưu: VT,",
]

CV_695_ADDRESSEES = [  # a scan: "- Kính gửi:", the addressees, OCR noise between them, then the items
    "- Kính gửi:",
    "- Các Sở, cơ quan thuộc UBND th:",
    "374 lạ :",
    "- UBND các huyện, thành phô.",
    "và",
    "Tiếp tục thực hiện đây mạnh cuộc vật động \"Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”",
    "1. Các Sở, ban, ngành thuộc ƯBND tỉnh trên cơ sở, chức năng, nhiệm vụ",
    "2. UBND các huyện, thành phố kiện tbàn Ban chỉ Bạo phong trào",
]

CV_5115_ROOT_DASHES = [
    "Kính gửi:",
    "- Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ;",
    "- Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên;",
    "Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:",
    "- Phối hợp với Tổng công ty Bưu điện Việt Nam hoàn thiện Đề án thí điểm chi trả trợ cấp ưu đãi;",
    "- Tăng cường công tác kiểm tra, hướng dẫn và chỉ đạo Phòng Lao động - Thương binh và Xã hội cấp huyện;",
    "- Kịp thời giải đáp, hướng dẫn những vướng mắc (nếu có) và thanh quyết toán theo đúng quy định.",
]

QD_254_SON_LA = [  # markdown: the signature row glued to the last article, then the attached plan
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định "
    "này./. | Nơi nhận: - Bộ Công an (Cục A03 - để b/c); - Như Điều 3; - Lưu: VT, NC, ĐH30b. | CHỦ TỊCH Hoàng "
    "Quốc Khánh | |---|---|",
    "KẾ HOẠCH",
    "THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023 (Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023)",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao nhận thức cho cán bộ, đảng viên, công chức, viên chức, người lao động các cơ quan.",
    "II. NỘI DUNG CÔNG TÁC",
    "1. Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục tổ chức tuyên truyền.",
]

TB_217_KRONG_NO = [  # a scan: "1." read as "I.", "2.1." as ".1.", "5.1." lost
    "I. Đánh giá chung",
    "Tình hình kinh tế - xã hội tiếp tục được duy trì phát triển ồn định;",
    "II. Phương hướng, nhiệm vụ tháng 6/2019",
    "Yêu cầu thủ trưởng các cơ quan, đơn vị; Bí thư Đảng ủy, Chủ tịch UBND các xã, thị trấn khân trương chỉ đạo",
    "I. Lĩnh vực nông — lâm nghiệp",
    "1.1. Giao phòng Nông nghiệp và PTNT:",
    "- Tham mưu UBND huyện kế hoạch triển khai thực hiện các Chỉ tiêu, nhiệm vụ Tái cơ cấu ngành nông nghiệp",
    "1.2. Yêu cầu Trung tâm dịch vụ kỹ thuật nông nghiệp huyện:",
    "- Phối hợp phòng Nội vụ đánh giá tình hình hoạt động, công tác chỉ đạo, điều hành nội bộ cơ quan;",
    "2. Lĩnh vực công thương:",
    ".1. Phòng Kinh tế - Hạ tầng:",
    "- Tổ chức làm việc với Công ty TNHH Bá Lộc để giải quyết các vướng mắc trong công tác vận hành",
    "2.2. Vấn đề quản lý đô thị:",
    "5. Lĩnh vực xây dựng cơ bản và giải ngân:",
    "Giao Văn phòng HĐND và UBND huyện rà soát danh mục 57 công trình",
    "5.2. Đề nghị Thanh tra huyện rà soát, kiêm tra danh mục các công trình đã",
]

TB_79_VPCP = [  # a scan of a conclusion notice: "1." read as "I." before a sentence, then "2.", "3." as printed
    "I. Đánh giá cao công tác chuẩn bị các tài liệu, báo cáo của Bộ Nội vụ, Cơ quan thường trực của Ban Chỉ đạo, ý "
    "kiến phát biểu tâm huyết, thăng thắn, trách nhiệm; giao Bộ Nội vụ phối hợp với Văn phòng Chính phủ chắt lọc,",
    "tiếp thu ý kiến, hoàn thiện các báo cáo, các dự thảo.",
    "2. Trong năm 2021, trên tinh thần có kế thừa, ôn định, đôi mới và phát triển, phát huy kết quả của những năm "
    "trước, công tác cải cách hành chính đã đạt được một số kết quả cụ thể sau:",
    "3. Về công tác cải cách hành chính năm 2022, Thủ tướng Chính phủ cơ bản thống nhất với báo cáo của Bộ Nội vụ,",
    "a) Mục tiêu, quan điêm:",
    "- Năm 2022 phải tạo ra được bước đột phá trong cải cách hành chính.",
    "b) Các bộ, ngành, địa phương:",
    "- Đồi mới tư duy, nâng cao nhận thức, vai trò, trách nhiệm của người đứng đầu.",
]


CV_368_PARTY = [  # a Party letter (scan): "Kính gửi" garbled in the header, its dashes wrapped into the body,
    # items "1-", "2-"; the "Nơi nhận" list with its "- Như kính gửi;"
    "ửi: - Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;",
    "- Các đồng chí bí thư: huyện ủy, thành ủy, đảng",
    "GIANG",
    "ủy trực thuộc; ban cán sự đảng, đảng đoàn;",
    "- Các đồng chí thủ trưởng các sở, ban, ngành,",
    "đoàn thể tỉnh.",
    "Thực hiện Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương Đảng “Một số vấn đề cấp bách",
    "1- Các đồng chí bí thư huyện ủy, thành ủy, đảng ủy trực thuộc; bí thư ban cán sự đảng, đảng đoàn:",
    "- Phải quán triệt sâu sắc trong tập thể lãnh đạo về nội dung, mục đích, yêu cầu của Nghị quyết;",
    "- Người đứng đầu cơ quan, đơn vị phải thật sự tự giác, cầu thị, nghiêm túc trong việc kiểm điểm.",
    "2- Đề nghị các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy dự chỉ đạo kiểm điểm kiên quyết chưa cho tiến hành",
    "3- Kết thúc mỗi đợt kiểm điểm, các tổ công tác kịp thời gửi báo cáo về Bộ phận Thường trực tỉnh",
    "- Như kính gửi;",
    "- Các ban, cơ quan của Tỉnh ủy;",
]

KH_353_SCAN = [  # "III." read as "II.", the heading broken over two lines; "Nơi" alone (its "nhận:" lost)
    "II. NỘI DUNG THỰC HIỆN",
    "3. Tổ chức Hội nghị sơ kết giai đoạn I thực hiện Chương trình Hỗ trợ pháp lý cho doanh nghiệp",
    "II. TỎ CHỨC TI",
    "IỰC HIỆN",
    "1. Sở Tư pháp",
    "Là cơ quan Thường trực của Ban Điều hành, giúp Trưởng Ban Điều hành",
    "2. Sở Tài chính",
    "4. Các cơ quan, ban, ngành",
    "- Cơ quan Thường trực của Ban Điều hành có trách nhiệm đôn đốc, kiểm tra thực hiện kế hoạch này",
    "Nơi",
    "- Bộ Tư pháp;",
    "- TT Tỉnh ủy, TT HĐND tỉnh;",
]


CV_946_DASH_LEAD_IN = [  # 946/UBND-NN Đắk R'lấp (a scan): "a)" "b)" "c)" (read "e)") under a dash ending in ":"
    "1. UBND các xã, thị trấn.",
    "- Phối hợp với Phòng Tài nguyên và Môi trường để được hướng dẫn cụ thể cách chôn lấp, tiêu hủy theo đúng quy định.",
    "- Thực hiện theo kế hoạch ứng phó các tình huống khẩn cấp khi xảy ra trên địa bàn các xã, thị trấn “Sau khi nhận "
    "được kết quả xét nghiệm: Nếu dương tính với bệnh Dịch tả lợn Châu Phi, UBND cấp xã có dịch khẩn trương tổ chức "
    "xử lý triệt để ổ dịch”:",
    "a) Đối với chủ vật nuôi:",
    "- Cấm điều trị lợn bệnh, lợn nghi mắc bệnh để thực hiện công tác tiêu hủy lợn bệnh.",
    "- Cung cấp thông tin chính xác về dịch bệnh trên đàn lợn theo yêu cầu của cơ quan thú y;",
    "b) Đối với nhân viên thú y cấp xã:",
    "- Hướng dẫn chủ hộ chăn nuôi thực hiện các quy định nêu trên;",
    "e) Đối với UBND cấp xã có dịch:",
    "- Lập hồ sơ tiêu hủy theo các biểu mẫu hướng dẫn của Chi cục Phát triển nông nghiệp.",
    "2. Tổ Kiểm tra, giám sát: phối hợp với UBND các xã, thị trấn có lợn bị tiêu hủy để kiểm tra, giám sát việc xác minh",
]


def garbled_plan(second: str, third: str) -> list[str]:
    """QĐ 254/QĐ-UBND Sơn La's plan with its Roman headings as tesseract garbles them."""
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao nhận thức cho cán bộ, đảng viên, công chức, viên chức, người lao động các cơ quan.",
        f"{second} NỘI DUNG CÔNG TÁC",
        "1. Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục tổ chức tuyên truyền.",
        f"{third} PHÂN CÔNG NHIỆM VỤ",
        "1. Công an tỉnh",
        "a} Đôn đốc, hướng dẫn các cơ quan, tổ chức trên địa bàn tỉnh tiếp tục thực hiện nghiêm túc Luật.",
        "b) Thành lập Đoàn kiểm tra công tác bảo vệ BMNN trên địa bàn tỉnh.",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]


GARBLED_PLAN_PATHS = ["I", "I.1", "II", "II.1", "III", "III.1", "III.1.a", "III.1.b", "IV"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(KH_252_PARTS, ["A", "A.1", "A.2", "B", "B.I", "B.I.1", "B.I.1.a", "B.II", "B.II.1", "B.II.1.a",
                                    "B.II.1.b", "B.II.1.c", "B.II.1.d", "B.II.1.đ", "B.II.1.e", "B.II.1.f", "C", "C.1"], id="capital-parts-and-letter-f"),
        pytest.param(KH_252_PARTS[5:8], ["B", "B.I", "B.I.1"], id="part-B-after-a-lost-A"),
        pytest.param(["B. Các nội dung khác.", "I. TỔ CHỨC THỰC HIỆN"], ["I"], id="letter-B-before-a-sentence-no-part"),
        pytest.param(CD_29_TTG, ["2", "2.a", "2.b", "3", "3.a"], id="cong-dien-addressees-lost-1-noi-nhan"),
        pytest.param(CV_695_ADDRESSEES, ["1", "2"], id="kinh-gui-dash-list-with-noise"),
        pytest.param(["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN điện:",
                      "Thủ trưởng các phòng, ban, đơn vị, đoàn thể:",
                      "- - Trưởng Công an huyện;",
                      "- Chỉ huy trưởng Ban Chỉ huy Quân sự huyện;",
                      "Bệnh Dịch tả lợn Châu Phi là bệnh truyền nhiễm nguy hiểm do vi rút gây ra.",
                      "1. Thực hiện nghiêm túc Công văn số 2171/UBND- KTN, ngày 15/5/2019 của UBND tỉnh",
                      "Nơi",
                      "- Như trên:"], ["1"], id="cong-dien-addressee-group"),
        pytest.param(CV_5115_ROOT_DASHES, ["-1", "-2", "-3"], id="root-dashes-after-addressees"),
        pytest.param(["- Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                      "- Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;",
                      "1. Tình hình thực hiện dự toán năm 2019",
                      "a) Bộ Tài chính hướng dẫn các địa phương"], ["1", "1.a"], id="can-cu-dashes-before-the-body"),
        pytest.param(["- Tình hình thực hiện nhiệm vụ năm 2024 của các cơ quan, đơn vị trên địa bàn tỉnh;",
                      "I. NHIỆM VỤ TRỌNG TÂM",
                      "1. Sở Nội vụ chủ trì rà soát thủ tục hành chính.",
                      "- Phối hợp với Văn phòng UBND tỉnh;",
                      "IV. TỔ CHỨC THỰC HIỆN"], ["-1", "I", "I.1", "I.1.-1", "IV"], id="no-item-under-a-dash"),
        pytest.param(CV_946_DASH_LEAD_IN, ["1", "1.-1", "1.-2", "1.-2.a", "1.-2.a.-1", "1.-2.a.-2", "1.-2.b",
                                           "1.-2.b.-1", "1.-2.c", "1.-2.c.-1", "2"],
                     id="letters-under-a-dash-that-leads-in-and-e-for-c"),
        pytest.param(QD_254_SON_LA, ["Điều 3", "Kế hoạch", "I", "I.1", "II", "II.1"],
                     id="attached-plan-after-a-glued-signature-row"),
        pytest.param([QD_254_SON_LA[0].split(" | ")[0], *QD_254_SON_LA[1:4]], ["Điều 3", "Kế hoạch", "I"],
                     id="attached-plan-after-the-last-sentence"),
        pytest.param(TB_217_KRONG_NO, ["I", "II", "II.1", "II.1.1", "II.1.1.-1", "II.1.2", "II.1.2.-1", "II.2",
                                       "II.2.1", "II.2.1.-1", "II.2.2", "II.5", "II.5.2"], id="ocr-I-for-1-and-lost-heads"),
        pytest.param(TB_79_VPCP, ["1", "2", "3", "3.a", "3.a.-1", "3.b", "3.b.-1"], id="ocr-I-for-1-before-2"),
        pytest.param(garbled_plan("LI.", "HI."), GARBLED_PLAN_PATHS, id="LI-and-HI"),
        pytest.param(garbled_plan("Il.", "IIL"), GARBLED_PLAN_PATHS, id="Il-and-IIL"),
        pytest.param(garbled_plan("11.", "III."), GARBLED_PLAN_PATHS, id="11-for-II"),
        pytest.param(garbled_plan("U.", "1Ï."), GARBLED_PLAN_PATHS, id="U-and-unread-label"),
        # 11/CT-UBND Hà Nội (a scan): "III." read "II." after item "9." of "II.": the section, not an item "11."
        pytest.param(["II. NỌI DUNG", "1. Rà soát, kiện toàn tổ chức bộ máy, chức năng nhiệm vụ.",
                      "2. Bảo đảm 100% xã, phường có lực lượng săn sàng hỗ trợ cán bộ, công chức.",
                      "3. Huy động nguồn nhân lực công nghệ thông tin và viễn thông trên địa bàn Thành phố.",
                      "4. Đẩy mạnh tổ chức triển khai các Điểm “Bình dân học vụ số lưu động”.",
                      "5. 100% thành viên Tổ Chuyên đôi số cộng đồng tại các thôn, tổ dân phố được tập huấn.",
                      "6. 100% cán bộ, công chức, viên chức. tại UBND cấp xã tham gia các khóa tập huấn.",
                      "7. 100% cán bộ, công chức, viên chức được hỗ trợ kịp thời, hiệu quả.",
                      "§. Triển khai xây dựng, nâng cấp, lắp đặt bồ sung hạ tầng mạng viễn thông.",
                      "9. Ứng dụng trí tuệ nhân tạo (AI) để hỗ trợ người dân, doanh nghiệp.",
                      "II. TÓ CHỨC THỰC HIỆN", "1. Giao Sở Khoa học và Công nghệ",
                      "- Đầu mối phối hợp các doanh nghiệp CNTT, viễn thông."],
                     ["II", *(f"II.{n}" for n in range(1, 10)), "III", "III.1", "III.1.-1"],
                     id="III-read-as-II-after-item-9"),
        pytest.param(KH_353_SCAN, ["II", "II.3", "III", "III.1", "III.2", "III.4", "III.4.-1"],
                     id="III-read-as-II-and-noi-alone"),
        pytest.param(["I. NỘI DUNG", "1. Mục đích, yêu cầu", "a, Mục đích:", "b, Nhiệm vụ của đội phòng thủ:"],
                     ["I", "I.1", "I.1.a", "I.1.b"], id="letter-with-comma"),
        pytest.param(["Điều 5. Mở tài khoản",
                      "1. Mở tài khoản để thực hiện thanh toán vốn đầu tư công nguồn ngân sách nhà nước:",
                      "a) Chủ đầu tư nhiệm vụ, dự án sử dụng vốn đầu tư công nguồn ngân sách nhà nước",
                      "2. Mở tài khoản để thanh toán vốn cho nhiệm vụ, dự án đầu tư công bí mật nhà nước"],
                     ["Điều 5", "Điều 5.1", "Điều 5.1.a", "Điều 5.2"], id="article-title-ending-in-khoan"),
        pytest.param(["Điều 11. Nội dung chi và mức chi thực hiện Dự án 4",
                      "Nội dung chi và mức chi hỗ trợ, bổ sung trang thiết bị, phương tiện, sửa chữa:",
                      "a) Chi mua sắm, bổ sung trang thiết bị: thực hiện theo Nghị định số 98/2025/NĐ-CP;",
                      "b) Chi sửa chữa phòng tiếp nhận đăng ký và tư vấn cai nghiện ma túy:",
                      "3. Chi hỗ trợ địa phương:",
                      "a) Chi tập huấn, đào tạo, bồi dưỡng nâng cao năng lực chuyên môn"],
                     ["Điều 11", "Điều 11.a", "Điều 11.b", "Điều 11.3", "Điều 11.3.a"], id="lost-clauses-before-3"),
        pytest.param(["III. MẪU BÁO CÁO", "2. Báo cáo thành tích đề nghị tặng Cờ thi đua",
                      "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "1. Đặc điểm, tình hình:"],
                     ["III", "III.2", "III.2.I", "III.2.I.1"], id="a-form-inside-an-item-restarts-I"),
        pytest.param(["PHỤ LỤC I", "VI. Cam kết:", "Kính đề nghị ............ xem xét giải quyết./.",
                      "BÁO CÁO", "I. Thông tin chung:", "1. Tên nhiệm vụ:"],
                     ["Phụ lục I", "Phụ lục I.VI", "Phụ lục I.VI.I", "Phụ lục I.VI.I.1"], id="forms-in-an-appendix"),
        # 46/QĐ-BCĐCCHC (a scan): "1." read "I.", its sibling "2," with a comma, "c)" read "€)".
        pytest.param(["I. MỤC ĐÍCH, YÊU CẢU", "I. Mục đích",
                      "a) Đánh giá khách quan, toàn diện tình hình triển khai Kế hoạch cải cách hành chính;",
                      "b) Phát hiện những cách làm hay, sáng tạo để có giải pháp nhân rộng trong cả nước;",
                      "€) Nâng cao tinh thần trách nhiệm của người đứng đầu, đội ngũ cán bộ, công chức.",
                      "2, Yêu cầu", "a) Việc kiểm tra bảo đảm chính xác, khách quan.",
                      "II. NỘI DUNG KIỀM TRA",
                      "I. Kiêm tra công tác chỉ đạo, điều hành cải cách hành chính;",
                      "2. Công tác cải cách thể chế: Công tác xây dựng và tổ chức thực hiện văn bản QPPL."],
                     ["I", "I.1", "I.1.a", "I.1.b", "I.1.c", "I.2", "I.2.a", "II", "II.1", "II.2"],
                     id="ocr-I-for-1-before-2"),
        # 46/QĐ-BCĐCCHC: "2." read "3.", then the real "3." follows.
        pytest.param(["V. TỔ CHỨC THỰC HIỆN",
                      "1. Đối với Đoàn kiểm tra do Phó Thủ tướng, Trưởng ban Chỉ đạo làm Trưởng đoàn:",
                      "- Bộ Nội vụ làm đầu mối chủ trì, phối hợp với Văn phòng Chính phủ tổ chức Đoàn kiểm tra;",
                      "3. Đôi với các đoàn kiêm tra do Bộ trưởng Bộ Nội vụ làm Trưởng đoàn:",
                      "a) Vụ Cải cách hành chính - Văn phòng Ban Chỉ đạo",
                      "- Có trách nhiệm thông báo cho các bộ và các địa phương được kiểm tra;",
                      "3. Đối với các đoàn kiêm tra do thành viên Ban Chỉ đạo khác làm đoàn (theo Phụ lục II):",
                      "- Thành lập Đoàn và tiến hành kiểm tra theo nội dung kế hoạch;"],
                     ["V", "V.1", "V.1.-1", "V.2", "V.2.a", "V.2.a.-1", "V.3", "V.3.-1"],
                     id="ocr-3-for-2-then-3"),
        # 46/QĐ-BCĐCCHC (a scan): a clause between two dashes lost its dash.
        pytest.param(["1. Đối với Đoàn kiểm tra do Phó Thủ tướng, Trưởng ban Chỉ đạo làm Trưởng đoàn:",
                      "- Bộ Nội vụ làm đầu mối chủ trì, phối hợp với Văn phòng Chính phủ tổ chức Đoàn kiểm tra;",
                      "Văn phòng Chính phủ chuẩn bị các điều kiện cần thiết cho kế hoạch kiểm tra của Trưởng Ban;",
                      "- Lãnh đạo các bộ, ngành và địa phương thuộc đối tượng kiểm tra có trách nhiệm chuẩn bị;"],
                     ["1", "1.-1", "1.-2", "1.-3"], id="ocr-lost-dash-between-dashes"),
        # kh-stttt-phutho-2011.doc: "Nơi nhận:" of the signature table read after the last sentence.
        pytest.param(["III. TỔ CHỨC THỰC HIỆN", "4. Công ty Cổ phần Công nghệ Tin học EFY Việt Nam",
                      "- Bố trí cán bộ đào tạo, hướng dẫn, vận hành cho các lớp tập huấn.",
                      "5. Các phòng ban tham gia đào tạo",
                      "- Bố trí cán bộ, sắp xếp công việc và tham dự đầy đủ các lớp tập huấn theo kế hoạch đề ra.",
                      "- Các đồng chí Trưởng, Phó các phòng có trách nhiệm tổ chức thực hiện theo thời gian qui định "
                      "để đợt tập huấn đạt hiệu quả./. Nơi nhận:",
                      "GIÁM ĐỐC", "- Giám đốc;", "- Các Phó Giám đốc;", "- Lưu: VT, P.CNTT."],
                     ["III", "III.4", "III.4.-1", "III.5", "III.5.-1", "III.5.-2"],
                     id="doc-noi-nhan-after-last-sentence"),
        # 46/QĐ-BCĐCCHC (a scan): a table row read as text, its "I" number cell first, opens no section.
        pytest.param(["V. KIÊN NGHỊ, ĐỀ XUẤT", "VI. CÁC PHỤ LỤC, BIỂU",
                      "I | Trưởng đoàn: Trưởng Ban | Thời gian và đơn vị |- Kiểm tra tình hình, Chỉ đạo cải cách"],
                     ["V", "VI"], id="ocr-table-row-number-cell"),
        pytest.param(["PHỤ LỤC II", "4. Ủy ban nhân dân tỉnh/thành phố cam kết trả nợ tạm ứng NQNN đầy đủ, đúng hạn.",
                      "Nơi nhận:", "- Như trên;", "5. Ngân hàng thương mại có trách nhiệm thanh toán đầy đủ."],
                     ["Phụ lục II", "Phụ lục II.4", "Phụ lục II.4.-1", "Phụ lục II.5"], id="a-form-s-noi-nhan-in-an-appendix"),
        pytest.param(["1. Thường trực HĐND huyện đánh giá cao sự nỗ lực, cố gắng của các cấp, các ngành.",
                      "2. Để thực hiện ngày càng tốt hơn các chủ trương, chính sách của Nhà nước:",
                      "2.1 Đối với công tác triển khai phương án Lòng hồ chính bổ sung (8.045.415.530 đồng)",
                      "5. Đối với các nội dung còn lại: Công trình trạm bơm Bon K'Tắc xã Quảng Phú"],
                     ["1", "2", "2.1", "5"], id="printed-jump-2-to-5"),
        # 46/KH-KHMT (Word's bullets, private-use codes mapped by lookalikes.tsv): "➢" titles over "•" points, both "-N"
        pytest.param(["II. Các quy định", "1. Đối với sinh viên", "➢ Quy định chung",
                      "• Sinh viên phải thực hiện đầy đủ các nhiệm vụ, yêu cầu và kế hoạch của Trường.",
                      "• Sinh viên cần chủ động tìm đơn vị thực tập và cung cấp thông tin cho Khoa.",
                      "➢ Quy định đánh giá và công nhận kết quả thực tập",
                      "• Sinh viên trình bày báo cáo trước hội đồng để được đánh giá kết quả thực tập.",
                      "2. Đối với giảng viên", "- Hỗ trợ giới thiệu đơn vị thực tập (nếu cần thiết)."],
                     ["II", "II.1", "II.1.-1", "II.1.-1.-1", "II.1.-1.-2", "II.1.-2", "II.1.-2.-1", "II.2", "II.2.-1"],
                     id="46-kh-khmt-wingdings-bullets"),
    ],
)
def test_real_paths(texts: list[str], expected: list[str]) -> None:
    assert paths(texts) == expected


def test_addressees_read_by_the_header_go_on_in_the_body() -> None:
    """368-CV/BPTT Bắc Giang: the header took the garbled "Kính gửi" line, its other dashes are body paragraphs."""
    assert paths(CV_368_PARTY, {0: "header"}) == ["1", "1.-1", "1.-2", "2", "3"]


def test_distribution_list_glued_under_the_last_item_is_dropped() -> None:
    """Thông báo 153/TB-VPCP (a scan): "Nơi nhận" lost, its dashes read under item 6 up to "- Lưu: VT"."""
    texts = ["4. Giáo dục, đào tạo phải là tiền đề, động lực cho phát triển kinh tế.",
             "5. Bộ Giáo dục và Đào tạo nghiên cứu, tiếp thu ý kiến các thành viên Hội đồng:",
             "- Có lộ trình, kế hoạch nguồn lực, giải pháp rõ ràng, đồng bộ, toàn diện.",
             "6. Bộ Giáo dục và Đào tạo bám sát nội dung tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW./.",
             "TM mồng Chính phủ (để be)", "- Thủ tướng", "Chính phủ (để b/e);", "- PTTg Trần Hồng Hà (để b/c);",
             "- Ban Tuyên giáo Trung ương;", "- Lưu: VT, KGVX (2b).Sơn. 8"]
    assert paths(texts) == ["4", "5", "5.-1", "6"]


def test_distribution_list_yields_no_items() -> None:
    """No node of the "Nơi nhận" list, whether the header found the signature or not."""
    nodes = flatten(build_structure(doc_from_paragraphs(CD_29_TTG)))
    assert not any("Như trên" in n.text or "Lưu: VT" in n.text for n in nodes)


@pytest.mark.parametrize(
    ("texts", "outside"),
    [
        pytest.param(["1. Giao phòng Tài nguyên và Môi trường chủ trì, phối hợp với Thanh tra huyện kiểm tra lại hồ sơ, "
                      "giải quyết các nội dung sau:",
                      "- Việc cấp đổi phần diện tích tăng thêm cho hộ ông Huỳnh Ngọc Thuần.",
                      "- Việc ông Thuần lắn chiếm đất của bà Thị Djong.",
                      "Giao Thanh tra huyện tham mưu UBND huyện có văn bản trả lời cho bà Hương trước ngày 25/8/2019."],
                     True, id="457-tb-dakrlap-assignment-after-the-last-dash"),
        pytest.param(["b) Các bộ, ngành, địa phương:",
                      "- Đổi mới tư duy, nâng cao nhận thức, vai trò, trách nhiệm của người đứng đầu.",
                      "Yêu cầu các bộ, ngành, Ủy ban nhân dân cấp tỉnh thực hiện nghiêm túc việc phân cấp, phân quyền.",
                      "- Tiếp tục đẩy mạnh rà soát, hoàn thiện thể chế về cải cách hành chính."],
                     False, id="79-tb-vpcp-paragraph-between-dashes-stays"),
        pytest.param(["1. Tiếp tục thực hiện Công văn số 5842/BGDĐT-GDTrH ngày 01/9/2011 của Bộ GDĐT.",
                      "Đối với các môn học Mĩ thuật, Âm nhạc, Thể dục, cơ sở giáo dục trung học chủ động điêu chỉnh.",
                      "2. Không kiểm tra, đánh giá đối với những nội dung kiến thức đã tỉnh giản.",
                      "Bộ GDĐT yêu cầu các Sở GDĐT chỉ đạo các cơ sở giáo dục trung học thực hiện điều chỉnh nội dung "
                      "dạy học theo hướng dẫn tại Công văn này."],
                     True, id="1113-bgddt-issuer-request-after-the-last-item"),
        pytest.param(["1. Tiếp tục thực hiện Công văn số 5842/BGDĐT-GDTrH ngày 01/9/2011 của Bộ GDĐT.",
                      "2. Không kiểm tra, đánh giá đối với những nội dung kiến thức đã tỉnh giản.",
                      "Bộ GDĐT yêu cầu các Sở GDĐT chỉ đạo các cơ sở giáo dục trung học thực hiện điều chỉnh.",
                      "3. Tổ chức dạy học qua Internet, trên truyền hình cho học sinh phổ thông."],
                     False, id="1113-bgddt-request-inside-the-list-stays"),
    ],
)
def test_assignment_after_a_dash_list(texts: list[str], outside: bool) -> None:
    """An unlabelled "Giao X ..." after the last dash of a list is a body paragraph, not the dash's continuation."""
    nodes = flatten(build_structure(doc_from_paragraphs(texts)))
    probe = texts[-1] if outside else texts[2]
    inside = any(probe[:30] in node.text for node in nodes)
    assert inside is not outside


def test_items_after_a_paragraph_that_left_the_list_keep_their_section() -> None:
    """issue 12: the "Giao X ..." paragraph after a dash list (457/TB-UBND Đắk R'lấp) closed every open item, so the
    next "2." opened a new sequence at the root ("2", not "II.2") and a "5." or later opened none: it was dropped."""
    texts = ["II. NỘI DUNG",
             "1. Giao phòng Tài nguyên và Môi trường chủ trì, phối hợp với Thanh tra huyện kiểm tra lại hồ sơ, "
             "giải quyết các nội dung sau:",
             "- Việc cấp đổi phần diện tích tăng thêm cho hộ ông Huỳnh Ngọc Thuần.",
             "- Việc ông Thuần lắn chiếm đất của bà Thị Djong.",
             "Giao Thanh tra huyện tham mưu UBND huyện có văn bản trả lời cho bà Hương trước ngày 25/8/2019.",
             "2. Giao Thanh tra huyện theo dõi, rà soát các vụ khiếu nại, khiếu kiện trên địa bàn huyện."]  # 217/TB II.6.2
    assert paths(texts) == ["II", "II.1", "II.1.-1", "II.1.-2", "II.2"]
    nodes = flatten(build_structure(doc_from_paragraphs(texts)))
    assert not any("Giao Thanh tra huyện tham mưu" in node.text for node in nodes)


@pytest.mark.parametrize(("texts", "expected"), [
    pytest.param(["PHẦN I. KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2022", "I. KẾT QUẢ ĐẠT ĐƯỢC",
                  "PHẦN II. KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2023", "VI. TỔ CHỨC THỰC HIỆN",
                  "1. Giao Sở Thông tin và Truyền thông – cơ quan thường trực Ban Chỉ đạo Chuyển đổi số tỉnh chủ trì"],
                 ["Phần I", "I", "Phần II", "VI", "VI.1"], id="1914-kh-part-over-roman-sections"),
    pytest.param(["Phần thứ nhất", "1. Tổng kết 15 năm thi hành Luật Nuôi con nuôi."],
                 ["Phần thứ nhất", "Phần thứ nhất.1"], id="part-holding-its-own-items-keeps-its-name"),
])
def test_task_paths_leave_out_a_rank_over_roman_sections(texts: list[str], expected: list[str]) -> None:
    """1914/KH-UBND Hải Dương prints "PHẦN II." over "VI. TỔ CHỨC THỰC HIỆN": its items read "VI.1", as an
    article reads "Điều 5" without its chapter."""
    assert [task_path(path) for path in paths(texts)] == expected
