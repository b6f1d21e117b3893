"""extract_tasks over hand-built structure trees: what is a task, inheritance, merging, cites."""

from __future__ import annotations

import pytest

from parsers.model import Citation, Document, FootnoteMarker, Header, StructureNode, Task
from parsers.tasks import document_type, extract_tasks

OPENING = (
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh; Ủy ban nhân dân cấp huyện, cấp xã triển khai "
    "các nhiệm vụ trọng tâm sau:\n"
)


class Builder:
    """Appends node texts to one document text, so spans are real offsets."""

    def __init__(self, preamble: str = OPENING) -> None:
        self.text = preamble

    def node(self, path: str, kind: str, label: str, text: str, heading: str = "",
             children: list[StructureNode] | None = None) -> StructureNode:
        start = len(self.text)
        self.text += text + "\n"
        node = StructureNode(path=path, kind=kind, label=label, heading=heading, text=text, page=1,
                             start=start, end=start + len(text), children=[])
        node.children = children or []
        return node


def _doc(b: Builder, roots: list[StructureNode], recipients: list[str] | None = None) -> Document:
    header = Header(province="Hưng Yên", date="2025-05-20", recipients=recipients or [])
    return Document(source="t.txt", format="txt", pages=1, text=b.text, header=header, structure=roots)


def _by_path(doc: Document, citations: list[Citation] | None = None) -> dict[str, Task]:
    return {t.path: t for t in extract_tasks(doc, citations or [])}


def test_heading_of_bodies_is_inherited_and_not_a_task() -> None:
    b = Builder()
    section = b.node("III", "roman", "III", "ĐỐI VỚI CHỈ SỐ PAPI", heading="ĐỐI VỚI CHỈ SỐ PAPI")
    item = b.node("III.2", "item", "2", "UBND cấp huyện, cấp xã:", heading="UBND cấp huyện, cấp xã:")
    sub = b.node("III.2.1", "subitem", "2.1", "Đối với nội dung “Công khai, minh bạch”:",
                 heading="Đối với nội dung “Công khai, minh bạch”:")
    sub.children = [
        b.node("III.2.1.a", "letter", "a", "Thực hiện tốt các nội dung công khai theo Luật Tiếp cận thông tin."),
        b.node("III.2.1.b", "letter", "b", "Chính quyền địa phương tích cực, chủ động thực hiện tốt Luật Khiếu nại."),
    ]
    item.children = [sub]
    section.children = [item]
    tasks = _by_path(_doc(b, [section]))
    assert sorted(tasks) == ["III.2.1.a", "III.2.1.b"]
    assert all(t.responsible == ["UBND cấp huyện", "UBND cấp xã"] for t in tasks.values())
    assert tasks["III.2.1.a"].responsible_source == "heading"


def test_opening_sentence_covers_items_without_bodies() -> None:
    b = Builder()
    section = b.node("I", "roman", "I", "ĐỐI VỚI CHỈ SỐ CCHC", heading="ĐỐI VỚI CHỈ SỐ CCHC")
    section.children = [b.node("I.1", "item", "1", "Tiếp tục phát huy vai trò người đứng đầu về CCHC.")]
    task = extract_tasks(_doc(b, [section]), [])[0]
    assert task.responsible == ["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]
    assert task.responsible_source == "addressees"


def test_recipients_when_no_opening_sentence() -> None:
    b = Builder(preamble="Để triển khai kịp thời, nghiêm túc các nội dung nêu trên:\n")
    root = b.node("1", "item", "1", "Rà soát, cập nhật danh mục thủ tục hành chính trước ngày 30/6.")
    doc = _doc(b, [root], recipients=["Các sở, ban, ngành tỉnh", "UBND huyện, thị xã, thành phố"])
    task = extract_tasks(doc, [])[0]
    assert task.responsible == ["Các sở, ban, ngành tỉnh", "UBND huyện, thị xã, thành phố"]
    assert task.deadline is not None and task.deadline.date == "2025-06-30"


def test_dash_items_are_tasks_with_their_own_bodies() -> None:
    b = Builder()
    item = b.node("II.2", "item", "2", "Đối với việc điều tra xã hội học phục vụ xác định Chỉ số PAR INDEX:",
                  heading="Đối với việc điều tra xã hội học phục vụ xác định Chỉ số PAR INDEX:")
    item.children = [
        b.node("II.2.-1", "dash", "-", "Giao Sở Nội vụ tham mưu UBND tỉnh chỉ đạo, đôn đốc cán bộ."),
        b.node("II.2.-2", "dash", "-", "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh có trách nhiệm tuyên truyền."),
    ]
    tasks = _by_path(_doc(b, [item]))
    assert sorted(tasks) == ["II.2.-1", "II.2.-2"]
    assert tasks["II.2.-1"].responsible == ["Sở Nội vụ"]
    assert tasks["II.2.-1"].responsible_source == "item"


def test_single_dash_is_merged_into_its_heading() -> None:
    b = Builder()
    item = b.node("II.3", "item", "3", "Các cơ quan thông tin, truyền thông của tỉnh:",
                  heading="Các cơ quan thông tin, truyền thông của tỉnh:")
    item.children = [b.node("II.3.-1", "dash", "-", "Thông tin, tuyên truyền kịp thời, đầy đủ hằng năm.")]
    tasks = extract_tasks(_doc(b, [item]), [])
    assert [t.path for t in tasks] == ["II.3"]
    assert tasks[0].responsible == ["Các cơ quan thông tin, truyền thông của tỉnh"]
    assert "Thông tin, tuyên truyền kịp thời" in tasks[0].text
    assert tasks[0].span == (item.start, item.children[0].end)
    assert tasks[0].deadline is not None and tasks[0].deadline.recurrence == "hằng năm"


@pytest.mark.parametrize("title", [
    pytest.param("MỤC ĐÍCH, YÊU CẦU", id="printed"),
    pytest.param("MỤC TIỂU, YÊU CẦU", id="11-ct-hanoi-ocr-tone-of-tieu-misread"),
])
def test_purpose_section_holds_no_tasks(title: str) -> None:
    b = Builder(preamble="")
    purpose = b.node("I", "roman", "I", title, heading=title)
    purpose.children = [b.node("I.1", "item", "1", "Tổ chức triển khai đồng bộ, hiệu quả các nhiệm vụ.")]
    work = b.node("II", "roman", "II", "NHIỆM VỤ", heading="NHIỆM VỤ")
    work.children = [b.node("II.1", "item", "1", "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu.")]
    tasks = extract_tasks(_doc(b, [purpose, work]), [])
    assert [(t.path, t.responsible, t.coordinating) for t in tasks] == [("II.1", ["Sở Y tế"], ["Sở Tài chính"])]


@pytest.mark.parametrize(
    ("title", "tasks_kept"),
    [
        pytest.param("CHỈ TIỂU PHÁN ĐẦU", False, id="154-ctph-angiang-targets-ocr"),
        pytest.param("CHỈ TIÊU, NHIỆM VỤ", True, id="targets-and-duties-section"),
    ],
)
def test_targets_section_holds_no_tasks(title: str, tasks_kept: bool) -> None:
    b = Builder(preamble="")
    targets = b.node("II", "roman", "II", title, heading=title)
    targets.children = [b.node("II.-1", "dash", "-", "Xây dựng ít nhất 01 - 02 thiết chế văn hóa, thể thao nhà ở, nhà "
                               "trẻ và 01 nhà văn hóa lao động.")]
    tasks = extract_tasks(_doc(b, [targets]), [])
    assert bool(tasks) is tasks_kept


def test_conclusion_notice_assessment_holds_no_tasks_directions_do() -> None:
    """43/TB-VP Krông Nô: "2. Các tồn tại, hạn chế" states past shortcomings; "3. Nhiệm vụ ..." directs."""
    b = Builder(preamble="")
    weak = b.node("2", "item", "2", "Các tồn tại, hạn chế", heading="Các tồn tại, hạn chế")
    weak.children = [b.node("2.-1", "dash", "-", "Công tác thông tin tuyên truyền chưa làm chuyển biến nhận thức "
                            "trong một bộ phận nhân dân."),
                     b.node("2.-2", "dash", "-", "Xây dựng kế hoạch triển khai, phát và thu phiếu mẫu số 01 trong "
                            "nhân dân còn chậm.")]
    work = b.node("3", "item", "3", "Nhiệm vụ thời gian tới", heading="Nhiệm vụ thời gian tới")
    work.children = [b.node("3.-1", "dash", "-", "Đài Truyền thanh huyện tiếp tục đẩy mạnh công tác thông tin "
                            "tuyên truyền về công tác tìm kiếm, quy tập hài cốt liệt sĩ."),
                     b.node("3.-2", "dash", "-", "Phòng Lao động - Thương binh và Xã hội huyện chủ động phối hợp "
                            "với Ban CHQS huyện.")]
    tasks = extract_tasks(_doc(b, [weak, work], recipients=["Đảng ủy - UBND các xã, thị trấn"]), [])
    assert [(t.path, t.responsible) for t in tasks] == [
        ("3.-1", ["Đài Truyền thanh huyện"]), ("3.-2", ["Phòng Lao động - Thương binh và Xã hội huyện"])]


def test_land_recovery_notice_schedule_holds_no_tasks() -> None:
    """04/TB-UBND An Phú: "3. Dự kiến kế hoạch thực hiện" is the planned schedule; "4. Tổ chức thực hiện" directs:
    its headings "a) Chủ đầu tư có trách nhiệm:", "c) Ủy ban nhân dân xã Đa Phước và xã Vĩnh Trường có trách nhiệm
    thực hiện:" name the bodies of their dashes."""
    b = Builder(preamble="")
    plan = b.node("3", "item", "3", "Dự kiến kế hoạch thực hiện:", heading="Dự kiến kế hoạch thực hiện:")
    plan.children = [b.node("3.b", "letter", "b", "Thu hồi đất và bàn giao mặt bằng:\nCơ quan nhà nước có thẩm quyền "
                            "quyết định thu hồi đất sau 90 ngày đối với đất nông nghiệp.",
                            heading="Thu hồi đất và bàn giao mặt bằng:")]
    work = b.node("4", "item", "4", "Tổ chức thực hiện:", heading="Tổ chức thực hiện:")
    investor = b.node("4.a", "letter", "a", "Chủ đầu tư có trách nhiệm:", heading="Chủ đầu tư có trách nhiệm:")
    investor.children = [b.node("4.a.-1", "dash", "-", "Phối hợp với Tổ chức làm nhiệm vụ bồi thường, Ủy ban nhân dân "
                                "xã nơi có đất tiến hành kiểm kê đất đai và tài sản gắn liền với đất."),
                         b.node("4.a.-2", "dash", "-", "Phối hợp với Tổ chức làm nhiệm vụ bồi thường lập phương án "
                                "bồi thường, hỗ trợ và tái định cư theo quy định.")]
    communes = b.node("4.c", "letter", "c", "Ủy ban nhân dân xã Đa Phước và xã Vĩnh Trường có trách nhiệm thực hiện:",
                      heading="Ủy ban nhân dân xã Đa Phước và xã Vĩnh Trường có trách nhiệm thực hiện:")
    communes.children = [b.node("4.c.-1", "dash", "-", "Thông báo chủ trương thu hồi đất trên phương tiện thông tin "
                                "đại chúng của địa phương."),
                         b.node("4.c.-2", "dash", "-", "Gửi thông báo này đến từng chủ sử dụng đất có ảnh hưởng bị "
                                "thu hồi.")]
    work.children = [investor, communes]
    tasks = extract_tasks(_doc(b, [plan, work]), [])
    assert [(t.path, t.responsible) for t in tasks] == [
        ("4.a.-1", ["Chủ đầu tư"]), ("4.a.-2", ["Chủ đầu tư"]),
        ("4.c.-1", ["UBND xã Đa Phước", "UBND xã Vĩnh Trường"]), ("4.c.-2", ["UBND xã Đa Phước", "UBND xã Vĩnh Trường"])]


def test_article_needs_a_named_body() -> None:
    b = Builder(preamble="")
    art1 = b.node("Điều 1", "article", "Điều 1", "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.")
    art3 = b.node("Điều 3", "article", "Điều 3", "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu "
                  "trách nhiệm thi hành Quyết định này./.")
    tasks = extract_tasks(_doc(b, [art1, art3]), [])
    assert [t.path for t in tasks] == ["Điều 3"]
    assert tasks[0].responsible == ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Nội vụ"]


def test_closing_sentence_is_cut_from_last_task() -> None:
    b = Builder()
    leaf = b.node("1", "item", "1", "Tăng cường tuyên truyền về TTHC.\nỦy ban nhân dân tỉnh yêu cầu các cơ quan, "
                  "đơn vị, địa phương nghiêm túc triển khai thực hiện các nội dung nêu trên./.")
    task = extract_tasks(_doc(b, [leaf]), [])[0]
    assert task.text == "Tăng cường tuyên truyền về TTHC."
    assert task.responsible == ["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]


def test_cites_from_body_span_and_from_footnote_markers() -> None:
    b = Builder()
    leaf = b.node("I.4", "item", "4", "Thực hiện theo quy định tại Nghị định số 178/2024/NĐ-CP của Chính phủ.")
    number_at = b.text.index("178/2024")
    marker_at = leaf.end - 1
    doc = _doc(b, [leaf])
    doc.markers = [FootnoteMarker(marker="3", offset=marker_at, page=1)]

    def cite(number: str, where: str, span: tuple[int, int]) -> Citation:
        return Citation(number=number, type=None, date=None, year=None, issuer=None, relation="dẫn chiếu",
                        where=where, page=1, span=span, sentence="", key=number, raw=number)

    citations = [cite("178/2024/NĐ-CP", "body", (number_at, number_at + 14)),
                 cite("48-CTr/TU", "footnote 3", (900, 910)), cite("57-NQ/TW", "footnote 4", (950, 960))]
    task = extract_tasks(doc, citations)[0]
    assert task.cites == ["178/2024/NĐ-CP", "48-CTr/TU"]


def test_no_structure_no_tasks() -> None:
    assert extract_tasks(Document(source="x", format="txt", pages=1, text="Kính gửi: Sở Nội vụ"), []) == []


def test_plan_section_takes_bodies_from_its_lead_and_coordination_lists() -> None:
    b = Builder(preamble="")
    section = b.node("B.III", "roman", "III", "ĐẨY MẠNH THÔNG TIN, TUYÊN TRUYỀN", heading="ĐẨY MẠNH THÔNG TIN, TUYÊN TRUYỀN")
    content = b.node("B.III.1", "item", "1", "Nội dung, biện pháp")
    content.children = [b.node("B.III.1.a", "letter", "a", "Tổ chức các diễn đàn, trao đổi, chia sẻ thông tin;")]
    lists = b.node("B.III.2", "item", "2", "Cơ quan chủ trì, phối hợp")
    lead = b.node("B.III.2.a", "letter", "a", "Cơ quan chủ trì")
    lead.children = [b.node("B.III.2.a.-1", "dash", "-", "Bộ Thông tin và Truyền thông; Ban Tuyên giáo Trung ương.")]
    helper = b.node("B.III.2.b", "letter", "b", "Cơ quan phối hợp")
    helper.children = [b.node("B.III.2.b.-1", "dash", "-", "Các đơn vị, địa phương.")]
    lists.children = [lead, helper]
    timing = b.node("B.III.3", "item", "3", "Thời gian thực hiện: Từ tháng 11/2013 trở đi.")
    section.children = [content, lists, timing]
    tasks = extract_tasks(_doc(b, [section]), [])
    assert [(t.path, t.responsible, t.coordinating) for t in tasks] == [
        ("B.III.1.a", ["Bộ Thông tin và Truyền thông", "Ban Tuyên giáo Trung ương"], ["Các đơn vị, địa phương"])
    ]


def test_if_difficulties_item_and_unassigned_duties_are_no_tasks() -> None:
    b = Builder(preamble="")
    duties = b.node("II", "roman", "II", "NHIỆM VỤ, GIẢI PHÁP", heading="NHIỆM VỤ, GIẢI PHÁP")
    duties.children = [b.node("II.1", "item", "1", "Rà soát, hoàn thiện hệ thống chính sách về ưu đãi người có công.")]
    work = b.node("III", "roman", "III", "TỔ CHỨC THỰC HIỆN", heading="TỔ CHỨC THỰC HIỆN")
    work.children = [
        b.node("III.1", "item", "1", "Giao Công an tỉnh chủ trì phối hợp với Văn phòng UBND tỉnh hướng dẫn, đôn đốc."),
        b.node("III.2", "item", "2", "Quá trình thực hiện nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương "
               "báo cáo về UBND tỉnh để phối hợp, hướng dẫn./."),
    ]
    tasks = extract_tasks(_doc(b, [duties, work]), [])
    assert [(t.path, t.responsible, t.coordinating) for t in tasks] == [
        ("III.1", ["Công an tỉnh"], ["Văn phòng UBND tỉnh"])
    ]


def test_decision_article_with_nested_plan_is_a_task_and_not_inherited() -> None:
    b = Builder(preamble="")
    art = b.node("Điều 3", "article", "Điều 3", "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh chịu "
                 "trách nhiệm thi hành Quyết định này./.")
    section = b.node("Điều 3.II", "roman", "II", "NỘI DUNG CÔNG TÁC", heading="NỘI DUNG CÔNG TÁC")
    section.children = [
        b.node("Điều 3.II.1", "item", "1", "Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố "
               "tiếp tục tổ chức tuyên truyền."),
        b.node("Điều 3.II.2", "item", "2", "Tiếp tục thực hiện tốt các quy định về xác định BMNN."),
    ]
    art.children = [section]
    tasks = {t.path: t.responsible for t in extract_tasks(_doc(b, [art]), [])}
    assert tasks["Điều 3"] == ["Chánh Văn phòng UBND tỉnh", "Giám đốc Công an tỉnh"]
    assert tasks["Điều 3.II.2"] == ["Các sở, ban, ngành trực thuộc UBND tỉnh", "UBND các huyện, thành phố"]


def test_implementation_article_names_nobody_for_the_items_of_the_decision() -> None:
    # issue 12: once "các thành viên", "các cá nhân" were read as bodies, a decision's implementation article was its
    # only named task and every item that names nobody (its attached plan's work) was dropped as "not assigned yet".
    b = Builder(preamble="")
    art = b.node("Điều 3", "article", "Điều 3", "Quyết định này có hiệu lực kể từ ngày ký. Các thành viên Tổ Biên tập "
                 "và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    plan = b.node("Kế hoạch", "appendix", "Kế hoạch", "KẾ HOẠCH")
    work = b.node("II", "roman", "II", "NỘI DUNG CÔNG TÁC", heading="NỘI DUNG CÔNG TÁC")
    work.children = [
        b.node("II.1", "item", "1", "Rà soát, hoàn thiện hệ thống chính sách, pháp luật về ưu đãi người có công."),
        b.node("II.2", "item", "2", "Tiếp tục thực hiện tốt các quy định về xác định BMNN."),
    ]
    plan.children = [work]
    header = Header(type="Quyết định", date="2024-03-01")
    doc = Document(source="t.txt", format="txt", pages=1, text=b.text, header=header, structure=[art, plan])
    assert [(t.path, t.responsible) for t in extract_tasks(doc, [])] == [
        ("Điều 3", ["Các thành viên Tổ Biên tập", "Các cá nhân có tên tại Điều 1"]),
        ("II.1", []),
        ("II.2", []),
    ]


def _plan(b: Builder, roots: list[StructureNode], kind: str | None = "Kế hoạch", issuer: str | None = None) -> Document:
    header = Header(type=kind, issuer=issuer, date="2026-03-13")
    return Document(source="t.txt", format="txt", pages=1, text=b.text, header=header, structure=roots)


def test_body_after_a_section_title_on_its_own_line() -> None:
    # 05/KH-CNTT (scan): "II. TỔ CHỨC THỰC HIỆN" then one paragraph naming the lead body.
    b = Builder(preamble="")
    work = b.node("II", "roman", "II", "TỔ CHỨC THỰC HIỆN\nCục Công nghệ thông tin chủ trì, phối hợp với các đơn vị "
                  "liên quan tổ chức triển khai diễn tập thực chiến đảm bảo an toàn thông tin mạng tại Bộ Tư pháp "
                  "năm 2024.", heading="TỔ CHỨC THỰC HIỆN")
    tasks = extract_tasks(_plan(b, [work]), [])
    assert [(t.path, t.responsible) for t in tasks] == [("II", ["Cục Công nghệ thông tin"])]


def test_procedure_step_names_its_body_after_the_step_label() -> None:
    # 753/KH-DCT (scan): "4. Nội dung và quy trình thực hiện" with "– Bước N: <body> <action>" dashes.
    b = Builder(preamble="")
    steps = b.node("4", "item", "4", "Nội dung và quy trình thực hiện")
    steps.children = [
        b.node("4.-1", "dash", "-", "Bước 1: Phòng Đào tạo cung cấp danh sách sinh viên các khóa đang học của 05 "
               "khoa được chọn khảo sát."),
        b.node("4.-4", "dash", "-", "Bước 4: Khoa phổ biến và hướng dẫn cố vấn học tập và sinh viên được chọn mẫu."),
        b.node("4.-5", "dash", "-", "Bước 5: Sinh viên truy cập hệ thống khảo sát trực tuyến bằng đường dẫn/tài "
               "khoản được cấp để thực hiện khảo sát."),
        b.node("4.-6", "dash", "-", "Bước 6: Các khoa phối hợp theo dõi, đôn đốc sinh viên được chọn mẫu hoàn "
               "thành khảo sát trong thời gian quy định."),
        b.node("4.-7", "dash", "-", "Bước 7: : Trung tâm Quản lý chất lượng tổng hợp tình hình thực hiện, rà soát "
               "tỷ lệ tham gia."),
    ]
    school = "Trường Đại học Công Thương Thành phố Hồ Chí Minh"
    tasks = extract_tasks(_plan(b, [steps], issuer=school), [])
    assert [(t.path, t.responsible) for t in tasks] == [
        ("4.-1", ["Phòng Đào tạo"]), ("4.-4", ["Khoa"]), ("4.-5", ["Sinh viên"]), ("4.-6", ["Các khoa"]),
        ("4.-7", ["Trung tâm Quản lý chất lượng"])
    ]


def test_plan_items_without_body_are_work_of_the_implementers_named_in_its_requirements() -> None:
    # 957/KH-HQKV8: I.2 names who implements the plan; II.1 measures name nobody; II.2.1 is a unit ("Đội").
    b = Builder(preamble="")
    purpose = b.node("I", "roman", "I", "MỤC ĐÍCH, YÊU CẦU", heading="MỤC ĐÍCH, YÊU CẦU")
    purpose.children = [b.node("I.2.-1", "dash", "-", "Các đơn vị thuộc Chi cục tổ chức quán triệt và triển khai "
                               "thực hiện nghiêm Kế hoạch, đảm bảo hiệu quả.")]
    work = b.node("II", "roman", "II", "NỘI DUNG, BIỆN PHÁP THỰC HIỆN", heading="NỘI DUNG, BIỆN PHÁP THỰC HIỆN")
    measure = b.node("II.1.3", "subitem", "1.3", "Thường xuyên rà soát các thông tin hàng hóa do doanh nghiệp khai "
                     "báo trên tờ khai hải quan.")
    unit = b.node("II.2.1", "subitem", "2.1", "Đội Kiểm soát hải quan")
    unit.children = [
        b.node("II.2.1.-1", "dash", "-", "Là đơn vị đầu mối thường trực giúp Lãnh đạo Chi cục trong việc triển "
               "khai, kiểm tra việc thực hiện Kế hoạch này."),
        b.node("II.2.1.-2", "dash", "-", "Trực tiếp điều tra, xác minh đối với các chuyên án, vụ án, vụ việc trọng "
               "điểm."),
    ]
    work.children = [measure, unit]
    tasks = extract_tasks(_plan(b, [purpose, work], issuer="Chi cục Hải quan khu vực VIII"), [])
    assert [(t.path, t.responsible) for t in tasks] == [
        ("II.1.3", ["Các đơn vị thuộc Chi cục"]),
        ("II.2.1.-1", ["Đội Kiểm soát hải quan"]),
        ("II.2.1.-2", ["Đội Kiểm soát hải quan"]),
    ]


OWN_PLAN = "Trung tâm Thông tin và Ứng dụng KHCN"


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        pytest.param(OWN_PLAN, [("II.2.2.-1", [OWN_PLAN]), ("II.2.2.-2", [OWN_PLAN]), ("II.3.1", [OWN_PLAN]),
                                ("III.1", ["Phòng Tổng hợp"])], id="62-kh-sonla-own-plan"),
        pytest.param("UBND tỉnh Bắc Giang", [("III.1", ["Phòng Tổng hợp"])], id="2668-kh-plan-of-a-governing-body"),
    ],
)
def test_plan_items_without_body_are_work_of_the_issuer_unless_it_governs_others(
    issuer: str, expected: list[tuple[str, list[str]]]
) -> None:
    # 62/KH-TTTƯD Sơn La: "2.2. Phương pháp, biện pháp thực hiện" dashes; "3.1. Nội dung nhiệm vụ Quán triệt ..."
    # (a run-in title before the sentence); III names the bodies of its items.
    b = Builder(preamble="")
    work = b.node("II", "roman", "II", "NỘI DUNG CÔNG TÁC TRỌNG TÂM", heading="NỘI DUNG CÔNG TÁC TRỌNG TÂM")
    ways = b.node("II.2.2", "subitem", "2.2", "Phương phúp, biện pháp thực hiện")
    ways.children = [
        b.node("II.2.2.-1", "dash", "-", "Rà soát, điều chỉnh bổ sung nội quy bảo vệ cơ quan và các quy định liên "
               "quan đến công tác bảo vệ bí mật nhà nước."),
        b.node("II.2.2.-2", "dash", "-", "Tiến hành rà soát, xây dựng, củng cố kiện toàn đội ngũ bảo vệ chuyên "
               "trách, bán chuyên trách."),
    ]
    work.children = [ways, b.node("II.3.1", "subitem", "3.1", "Nội dung nhiệm vụ Quán triệt, phổ biến Thông tư số "
                                  "23/2012/TT-BCA ngày 27/4/2012 của Bộ Công an.")]
    duties = b.node("III", "roman", "III", "TỔ CHỨC THỰC HIỆN", heading="TỔ CHỨC THỰC HIỆN")
    duties.children = [b.node("III.1", "item", "1", "Phòng Tổng hợp chủ trì, làm đầu mối tham mưu giúp Ban lãnh "
                              "đạo Trung tâm hướng dẫn, triển khai Kế hoạch.")]
    tasks = extract_tasks(_plan(b, [work, duties], issuer=issuer), [])
    assert [(t.path, t.responsible) for t in tasks] == expected


def test_guidance_procedure_sections_hold_only_explicit_assignments() -> None:
    # 21-HD/BTCTU Hà Nội: sections I-IV describe the standing procedure; V. TỔ CHỨC THỰC HIỆN assigns.
    b = Builder(preamble="")
    steps = b.node("II.1.5", "subitem", "1.5", "Ban Thường vụ Thành ủy")
    steps.children = [
        b.node("II.1.5.-1", "dash", "-", "Ban Tổ chức Thành ủy có trách nhiệm thẩm định, tham mưu Ban Thường vụ "
               "Thành ủy xét tặng Huy hiệu Đảng."),
        b.node("II.1.5.-2", "dash", "-", "Giao Ban Tổ chức Thành ủy tổng hợp danh sách đảng viên được tặng Huy hiệu "
               "Đảng sau mỗi đợt để quản lý."),
    ]
    procedure = b.node("II", "roman", "II", "VỀ QUY TRÌNH XÉT TẶNG, TRUY TẶNG HUY HIỆU ĐẢNG",
                       heading="VỀ QUY TRÌNH XÉT TẶNG, TRUY TẶNG HUY HIỆU ĐẢNG", children=[steps])
    work = b.node("V", "roman", "V", "TỔ CHỨC THỰC HIỆN", heading="TỔ CHỨC THỰC HIỆN")
    work.children = [b.node("V.3", "item", "3", "Ban Tổ chức Thành ủy tổng hợp, tham mưu thành lập các đoàn Thường "
                            "trực Thành ủy dự và trao tặng Huy hiệu Đảng.")]
    tasks = extract_tasks(_plan(b, [procedure, work], kind="Hướng dẫn", issuer="Ban Tổ chức Thành ủy Hà Nội"), [])
    assert [t.path for t in tasks] == ["II.1.5.-2", "V.3"]


@pytest.mark.parametrize(
    ("first_lines", "expected"),
    [
        pytest.param("CỤC CÔNG NGHỆ THÔNG TIN\nSố: 0Ø /KH-CNTT\nHà Nội,\nKẺ HOẠCH\nTổ chức triển khai diễn tập",
                     "kehoach", id="05-kh-cntt-ocr-tone"),
        pytest.param("Bắc Giang, ngàÊ£ tháng 3 năm 2012\nKÉHOẠCH ..\nket fĩnh nghiệp", "kehoach",
                     id="353-kh-bdh-ocr-glued"),
        pytest.param("SỞ THÔNG TIN & TRUYÈN THÔNG\nSố: 2ô/TB-STTTT\nTHÔNG BÁO\nthuộc Sở", "thongbao",
                     id="20-tb-stttt"),
    ],
)
def test_document_type_from_an_ocr_title_line(first_lines: str, expected: str) -> None:
    doc = Document(source="t.pdf", format="pdf", pages=1, text=first_lines + "\nI. MỤC ĐÍCH\n", header=Header())
    assert document_type(doc) == expected


def test_dashes_listing_documents_to_act_on_are_points_of_their_item() -> None:
    # 62/KH-TTTƯD Sơn La: "- Tiếp tục tổ chức tuyên truyền ... các văn bản sau:" then "+ Chỉ thị số ..." lines.
    b = Builder(preamble="")
    item = b.node("II.1.1.-1", "dash", "-", "Tiếp tục tổ chức tuyên truyền, phổ biến, quán triệt thực hiện các văn "
                  "bản sau:", heading="Tiếp tục tổ chức tuyên truyền, phổ biến, quán triệt thực hiện các văn bản sau:")
    item.children = [
        b.node("II.1.1.-1.+1", "dash", "+", "Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư Trung ương Đảng về "
               "“Tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ ANTQ”;"),
        b.node("II.1.1.-1.+2", "dash", "+", "Thông tư số 23/2012/TT- BCA ngày 27/4/2012 của Bộ Công an quy định về "
               "khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp đạt tiêu chuẩn “An toàn về an ninh, trật tự”;"),
        b.node("II.1.1.-1.+3", "dash", "+", "Kế hoạch sỐ 03-KH/TU ngày 05/11/2010 của Ban Thường vụ tỉnh ủy về thực "
               "hiện Chỉ thị số 48-CT/TW."),
    ]
    tasks = extract_tasks(_plan(b, [item], issuer=OWN_PLAN), [])
    assert [(t.path, t.responsible) for t in tasks] == [("II.1.1.-1", [OWN_PLAN])]


def test_single_dash_under_an_item_with_its_own_sentence_is_the_task() -> None:
    # 62/KH-TTTƯD Sơn La: "2.1. Nội dung nhiệm vụ Triển khai thực hiện tốt ..." then one dash "- Tăng cường ...".
    b = Builder(preamble="")
    item = b.node("II.2.1", "subitem", "2.1", "Nội dung nhiệm vụ Triển khai thực hiện tốt các quy định của pháp luật "
                  "trong công tác bảo vệ bí mật nhà nước có liên quan đến cơ quan.")
    item.children = [b.node("II.2.1.-1", "dash", "-", "Tăng cường công tác bảo vệ chính trị nội bộ, phòng ngừa, ngăn "
                            "chặn, giải quyết kịp thời các vụ việc.")]
    tasks = extract_tasks(_plan(b, [item], issuer=OWN_PLAN), [])
    assert [t.path for t in tasks] == ["II.2.1.-1"]


@pytest.mark.parametrize(
    ("text", "is_task"),
    [
        pytest.param("Quá trình thực hiện, tổng hợp và kiến nghị các khó khăn, vướng mắc, đề xuất hướng xử lý về "
                     "Chi cục.", True, id="957-kh-hqkv8-duty-of-a-unit"),
        pytest.param("Quá trình thực hiện nếu có khó khăn, vướng mắc các đơn vị báo cáo về Chi cục để hướng dẫn.",
                     False, id="if-difficulties-closing"),
    ],
)
def test_difficulties_line_or_duty(text: str, is_task: bool) -> None:
    b = Builder(preamble="")
    unit = b.node("II.2.2", "subitem", "2.2", "Các đơn vị Hải quan cửa khẩu")
    unit.children = [
        b.node("II.2.2.-1", "dash", "-", "Tổ chức quán triệt, triển khai thực hiện nghiêm các văn bản chỉ đạo."),
        b.node("II.2.2.-3", "dash", "-", text),
    ]
    tasks = extract_tasks(_plan(b, [unit], issuer="Chi cục Hải quan khu vực VIII"), [])
    assert ("II.2.2.-3" in [t.path for t in tasks]) is is_task


def test_expected_effects_of_a_plan_are_no_tasks() -> None:
    # 2668/KH-UBND Bắc Giang (scan): "VIII. DỰ KIÉN HIỆU QUẢ CỦA KÉ HOẠCH" (OCR tones).
    b = Builder(preamble="")
    effects = b.node("VIII", "roman", "VIII", "DỰ KIÉN HIỆU QUẢ CỦA KÉ HOẠCH", heading="DỰ KIÉN HIỆU QUẢ CỦA KÉ HOẠCH")
    effects.children = [b.node("VIII.1", "item", "1", "Về cơ sở hạ tầng CNTT:\nTrung tâm tích hợp dữ liệu được xây "
                               "dựng và đưa vào sử dụng.", heading="Về cơ sở hạ tầng CNTT:")]
    work = b.node("IX", "roman", "IX", "TỔ CHỨC THỰC HIỆN", heading="TỔ CHỨC THỰC HIỆN")
    work.children = [b.node("IX.4", "item", "4", "Sở Nội vụ:\nChủ trì, phối hợp với Sở Thông tin và Truyền thông "
                            "trong đào tạo, bồi dưỡng kiến thức tin học.", heading="Sở Nội vụ:")]
    tasks = extract_tasks(_plan(b, [effects, work], issuer="UBND tỉnh Bắc Giang"), [])
    assert [(t.path, t.responsible) for t in tasks] == [("IX.4", ["Sở Nội vụ"])]


def test_all_the_bodies_after_a_title() -> None:
    # 2668/KH-UBND Bắc Giang: "b. Xây dựng CSDL dùng riêng:" then "Tất cả các cơ quan cấp sở, UBND huyện, ...".
    b = Builder(preamble="")
    item = b.node("V.4.b", "letter", "b", "Xây dựng CSDL dùng riêng:\nTất cả các cơ quan cấp sở, UBND huyện, thành phố "
                  "tiến hành xây dựng các CSDL nội bộ, phục vụ cho việc quản lý.", heading="Xây dựng CSDL dùng riêng:")
    tasks = extract_tasks(_plan(b, [item], issuer="UBND tỉnh Bắc Giang"), [])
    assert [t.path for t in tasks] == ["V.4.b"]
    assert tasks[0].responsible[-1] == "UBND huyện, thành phố"


def test_describing_dashes_are_points_of_their_items_duty() -> None:
    # 957/KH-HQKV8: "1.1. Thu thập, phân tích thông tin và xác định trọng điểm Tiến hành rà soát ...:" then
    # dashes of focus goods, routes and subjects (one of them opens with "Thành lập công ty “ma”").
    b = Builder(preamble="")
    item = b.node("II.1.1", "subitem", "1.1", "Thu thập, phân tích thông tin và xác định trọng điểm Tiến hành rà soát, "
                  "xác định rõ đối tượng, tuyến đường và mặt hàng trọng điểm để chủ động xây dựng các phương án, kế "
                  "hoạch đấu tranh cụ thể, sát với thực tế tại địa bàn quản lý:")
    item.children = [
        b.node("II.1.1.-3", "dash", "-", "Địa bàn tuyến biên giới, cửa khẩu đường bộ: Các xã (Hoành Mô, Quảng Đức, "
               "Hải Sơn)."),
        b.node("II.1.1.-4", "dash", "-", "Địa bàn tuyến biển: Tập trung vào hàng hóa nhập khẩu của các doanh nghiệp."),
        b.node("II.1.1.-7", "dash", "-", "Các đối tượng đầu lậu; đối tượng cư dân biên giới; đối tượng buôn lậu, "
               "vận chuyển hàng cấm."),
        b.node("II.1.1.-8", "dash", "-", "Thành lập công ty “ma”, giả mạo chữ ký số, giả mạo giấy tờ để nhập khẩu "
               "hàng cấm."),
    ]
    tasks = extract_tasks(_plan(b, [item], issuer="Chi cục Hải quan khu vực VIII"), [])
    assert [(t.path, t.responsible) for t in tasks] == [("II.1.1", ["Chi cục Hải quan khu vực VIII"])]


def test_dashes_that_name_their_body_under_an_assignment_are_tasks() -> None:
    # 418/KH-UBND Hà Tĩnh: "2. Phân công nhiệm vụ cho các sở, ngành và đơn vị liên quan:" then a dash per body.
    b = Builder(preamble="")
    item = b.node("2", "item", "2", "Phân công nhiệm vụ cho các sở, ngành và đơn vị liên quan:")
    item.children = [
        b.node("2.-1", "dash", "-", "Sở Lao động, Thương binh và Xã hội chủ trì, phối hợp các ngành liên quan tham mưu "
               "báo cáo tình hình triển khai Chương trình mục tiêu quốc gia Giảm nghèo bền vững;"),
        b.node("2.-2", "dash", "-", "Văn phòng Điều phối nông thôn mới tỉnh chủ trì, phối hợp các cơ quan, địa phương "
               "liên quan đón tiếp, dẫn Đoàn đi kiểm tra, khảo sát;"),
        b.node("2.-3", "dash", "-", "Sở Thông tin và Truyền thông phối hợp với Văn phòng Điều phối nông thôn mới tỉnh tổ "
               "chức đón tiếp, bố trí đi thực địa và làm việc với Đoàn."),
        b.node("2.-6", "dash", "-", "Đài Phát thanh và Truyền hình tỉnh, Báo Hà Tĩnh bố trí phóng viên dự và đưa tin "
               "trong thời gian Đoàn làm việc tại Hà Tĩnh."),
    ]
    tasks = extract_tasks(_plan(b, [item], issuer="UBND tỉnh Hà Tĩnh"), [])
    assert [t.path for t in tasks] == ["2.-1", "2.-2", "2.-3", "2.-6"]


def test_report_channels_and_contacts_are_no_tasks() -> None:
    # 957/KH-HQKV8: "3.1. Chế độ báo cáo" dashes are duties; "3.2. Về đầu mối và hình thức báo cáo" dashes are not.
    b = Builder(preamble="")
    duties = b.node("III.3.1", "subitem", "3.1", "Chế độ báo cáo")
    duties.children = [
        b.node("III.3.1.-3", "dash", "-", "Báo cáo đột xuất: Theo chỉ đạo của Lãnh đạo Chi cục."),
        b.node("III.3.1.-4", "dash", "-", "Giao Đội KSHQ theo dõi, đôn đốc, tổng hợp kết quả thực hiện của các đơn "
               "vị thuộc Chi cục."),
    ]
    channels = b.node("III.3.2", "subitem", "3.2", "Về đầu mối và hình thức báo cáo")
    channels.children = [
        b.node("III.3.2.-1", "dash", "-", "Báo cáo (tháng, 6 tháng) gửi về Chi cục qua hệ thống Quản lý văn bản và "
               "điều hành."),
        b.node("III.3.2.-2", "dash", "-", "Báo cáo tổng kết Kế hoạch; đầu mối đ/c Nguyễn Mạnh Cường - Công chức Đội "
               "KSHQ."),
    ]
    tasks = extract_tasks(_plan(b, [duties, channels], issuer="Chi cục Hải quan khu vực VIII"), [])
    assert [t.path for t in tasks] == ["III.3.1.-3", "III.3.1.-4"]


@pytest.mark.parametrize(
    ("text", "is_task"),
    [
        pytest.param("Về huy động nguồn lực cho đầu tư phát triển: Tăng cường huy động các nguồn lực xã hội.", True,
                     id="08-daknong-topic-then-colon"),
        pytest.param("Về công tác đối ngoại, quốc phòng, an ninh\nTăng cường củng cố quốc phòng an ninh.", True,
                     id="08-daknong-title-then-capitalised-action"),
        pytest.param("Đối với kế hoạch đầu tư nguồn ngân sách nhà nước: Thực hiện theo điểm b, khoản 4, Mục I.", True,
                     id="08-daknong-doi-voi-topic"),
        pytest.param("Áp dụng công nghệ thông tin trong công tác xây dựng, tổng hợp, giao kế hoạch.", True,
                     id="08-daknong-ap-dung"),
        pytest.param("Về kinh tế: tăng trưởng GRDP đạt 7,5%; thu ngân sách đạt 105% dự toán.", False,
                     id="topic-then-figures-no-action"),
    ],
)
def test_item_opening_with_a_topic(text: str, is_task: bool) -> None:
    b = Builder()
    section = b.node("II", "roman", "II", "NHIỆM VỤ CHỦ YẾU", heading="NHIỆM VỤ CHỦ YẾU")
    section.children = [b.node("II.1", "item", "1", text)]
    assert ("II.1" in _by_path(_doc(b, [section]))) is is_task


def test_yeu_cau_naming_a_body_is_no_requirements_section() -> None:
    """217/TB-UBND Krông Nô: "1.2. Yêu cầu Trung tâm dịch vụ kỹ thuật nông nghiệp huyện:" asks that body to act."""
    b = Builder()
    item = b.node("II.1.2", "subitem", "1.2", "Yêu cầu Trung tâm dịch vụ kỹ thuật nông nghiệp huyện:",
                  heading="Yêu cầu Trung tâm dịch vụ kỹ thuật nông nghiệp huyện:")
    item.children = [
        b.node("II.1.2.-1", "dash", "-", "- Phối hợp phòng Nội vụ đánh giá tình hình hoạt động, công tác chỉ đạo;"),
        b.node("II.1.2.-2", "dash", "-", "- Khẩn trương triển khai khai trương quầy trưng bày, giới thiệu sản phẩm."),
    ]
    tasks = _by_path(_doc(b, [item]))
    assert sorted(tasks) == ["II.1.2.-1", "II.1.2.-2"]
    assert tasks["II.1.2.-1"].responsible == ["Trung tâm dịch vụ kỹ thuật nông nghiệp huyện"]


def test_inspection_methods_hold_no_tasks_a_long_lead_in_dash_is_one() -> None:
    """46/QĐ-BCĐCCHC (a scan): "III. PHƯƠNG PHÁP KIỀM TRA" describes how the teams work (no task); a dash whose
    sentence opens with "Căn cứ vào ..." and ends with ":" (for ";") is a duty of its heading's bodies."""
    b = Builder(preamble="")
    method = b.node("III", "roman", "III", "PHƯƠNG PHÁP KIỀM TRA", heading="PHƯƠNG PHÁP KIỀM TRA")
    method.children = [b.node("III.2", "item", "2", "Đoàn Kiểm tra làm việc trực tiếp với lãnh đạo các cơ quan, "
                                                    "đơn vị của bộ, tỉnh được lựa chọn kiểm tra thực tế về các nội dung")]
    units = "Các đơn vị có liên quan thuộc Bộ Nội vụ và các đơn vị ngoài Bộ Nội vụ được mời tham gia đoàn kiểm tra"
    lead = ("Căn cứ vào kế hoạch kiểm tra đã được phê duyệt, các đơn vị chủ động liên hệ với Vụ Cải cách hành "
            "chính cử lãnh đạo, công chức tham gia đoàn kiểm tra:")
    work = b.node("V", "roman", "V", "TỔ CHỨC THỰC HIỆN", heading="TỔ CHỨC THỰC HIỆN")
    group = b.node("V.2.b", "letter", "b", units)
    second = ("Chuẩn bị nội dung theo các lĩnh vực thuộc chức năng, nhiệm vụ quản lý nhà nước của mình để làm việc "
              "với các đơn vị được kiểm tra theo sự phân công của Trưởng đoàn.")
    group.children = [b.node("V.2.b.-1", "dash", "-", lead, heading=lead), b.node("V.2.b.-2", "dash", "-", second)]
    work.children = [group]
    assert [t.path for t in extract_tasks(_doc(b, [method, work]), [])] == ["V.2.b.-1", "V.2.b.-2"]


def test_item_whose_children_are_its_fields_is_one_task() -> None:
    # 353/KH-BĐH Bắc Giang writes an item's fields as lines under it ("Đơn vị chủ trì: ...", "Thời gian thực hiện:
    # ..."; the year moved to the test plan's); written as dashes they are the item's bodies and time, not tasks.
    b = Builder(preamble="")
    work = b.node("II", "roman", "II", "NỘI DUNG THỰC HIỆN", heading="NỘI DUNG THỰC HIỆN")
    item = b.node("II.2", "item", "2", "Khảo sát nhu cầu hỗ trợ pháp lý cho doanh nghiệp",
                  heading="Khảo sát nhu cầu hỗ trợ pháp lý cho doanh nghiệp")
    item.children = [
        b.node("II.2.-1", "dash", "-", "Đơn vị chủ trì: Sở Tư pháp."),
        b.node("II.2.-2", "dash", "-", "Đơn vị phối hợp thực hiện: Sở Kế hoạch và Đầu tư, Ban Quản lý các khu công "
               "nghiệp tỉnh."),
        b.node("II.2.-3", "dash", "-", "Thời gian thực hiện: Quý IV/2026."),
    ]
    work.children = [item]
    tasks = extract_tasks(_plan(b, [work], issuer="Ban Điều hành Chương trình hỗ trợ pháp lý cho doanh nghiệp"), [])
    assert [(t.path, t.responsible, t.coordinating) for t in tasks] == [
        ("II.2", ["Sở Tư pháp"], ["Sở Kế hoạch và Đầu tư", "Ban Quản lý các khu công nghiệp tỉnh"])
    ]
    assert tasks[0].deadline is not None and tasks[0].deadline.date == "2026-12-31"


def test_time_field_and_lead_in_time_go_to_the_items_beside_and_below() -> None:
    # issue 12: a plan's time written once for a group of items, as a field beside them or in their lead-in.
    b = Builder(preamble="")
    work = b.node("II", "roman", "II", "NHIỆM VỤ CỤ THỂ", heading="NHIỆM VỤ CỤ THỂ")
    web = b.node("II.1", "item", "1", "Tuyên truyền trên Trang thông tin điện tử của Sở",
                 heading="Tuyên truyền trên Trang thông tin điện tử của Sở")
    web.children = [
        b.node("II.1.-1", "dash", "-", "Đăng tải các văn bản chỉ đạo của Trung ương, của tỉnh về cải cách hành chính."),
        b.node("II.1.-2", "dash", "-", "Thời gian thực hiện: Quý II/2026."),
    ]
    quarter = b.node("II.2", "item", "2", "Trong quý III/2026:", heading="Trong quý III/2026:")
    quarter.children = [b.node("II.2.a", "letter", "a", "Tổ chức hội nghị tập huấn kỹ năng tuyên truyền cho công chức.")]
    work.children = [web, quarter]
    tasks = extract_tasks(_plan(b, [work], issuer="Sở Tài chính"), [])
    assert [(t.path, t.deadline.date if t.deadline else None) for t in tasks] == [
        ("II.1.-1", "2026-06-30"), ("II.2.a", "2026-09-30")
    ]


def test_propaganda_topics_and_means_hold_no_tasks() -> None:
    # 3125/KH-STC Đắk Nông: II and III say what to publicise and how; V assigns the work.
    b = Builder(preamble="")
    topics = b.node("II", "roman", "II", "NỘI DUNG TUYÊN TRUYỀN:", heading="NỘI DUNG TUYÊN TRUYỀN:")
    topics.children = [b.node("II.1", "item", "1", "Tuyên truyền các văn bản quy định về cải cách hành chính")]
    means = b.node("III", "roman", "III", "HÌNH THỨC TUYÊN TRUYỀN:", heading="HÌNH THỨC TUYÊN TRUYỀN:")
    means.children = [b.node("III.-1", "dash", "-", "Xây dựng chuyên mục “Cải cách hành chính” trên Trang thông tin "
                             "điện tử của Sở Tài chính.")]
    work = b.node("V", "roman", "V", "TỔ CHỨC THỰC HIỆN", heading="TỔ CHỨC THỰC HIỆN")
    work.children = [b.node("V.2", "item", "2", "Văn phòng Sở chủ trì, phối hợp với các phòng, ban có liên quan "
                            "thường xuyên kiểm tra, giám sát việc thực hiện Kế hoạch này.")]
    tasks = extract_tasks(_plan(b, [topics, means, work], issuer="Sở Tài chính"), [])
    assert [(t.path, t.responsible) for t in tasks] == [("V.2", ["Văn phòng Sở"])]


def test_contents_of_an_emulation_movement_hold_no_tasks() -> None:
    # 08/KH-STTTT Hà Tĩnh: II says what the movement strives for; IV assigns the work.
    b = Builder(preamble="")
    topics = b.node("II", "roman", "II", "NỘI DUNG PHONG TRÀO THI ĐUA", heading="NỘI DUNG PHONG TRÀO THI ĐUA")
    topics.children = [b.node("II.1", "item", "1", "Tiếp tục quán triệt sâu sắc tư tưởng của Chủ tịch Hồ Chí Minh về "
                              "thi đua ái quốc, các chủ trương, chính sách của Đảng.")]
    work = b.node("IV", "roman", "IV", "TỔ CHỨC THỰC HIỆN", heading="TỔ CHỨC THỰC HIỆN")
    work.children = [b.node("IV.7", "item", "7", "Văn phòng Sở chịu trách nhiệm theo dõi, đôn đốc việc thực hiện; tổ "
                            "chức đánh giá, sơ, tổng kết kịp thời.")]
    tasks = extract_tasks(_plan(b, [topics, work], issuer="Sở Thông tin và Truyền thông"), [])
    assert [(t.path, t.responsible) for t in tasks] == [("IV.7", ["Văn phòng Sở"])]


def test_an_action_programme_is_a_plan_whose_items_without_body_are_its_issuers() -> None:
    # issue 12: "Chương trình hành động", "Kế hoạch hành động" are plans (task_words.tsv "plan"), as "Chương trình" is.
    b = Builder(preamble="")
    work = b.node("II", "roman", "II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", heading="NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")
    work.children = [b.node("II.1", "item", "1", "Rà soát, điều chỉnh bổ sung nội quy bảo vệ cơ quan và các quy định "
                            "liên quan đến công tác bảo vệ bí mật nhà nước.")]
    tasks = extract_tasks(_plan(b, [work], kind="Chương trình hành động", issuer=OWN_PLAN), [])
    assert [(t.path, t.responsible) for t in tasks] == [("II.1", [OWN_PLAN])]


def test_present_state_of_a_plan_holds_no_tasks() -> None:
    # 2668/KH-UBND Bắc Giang: "II. HIỆN TRẠNG ỨNG DỤNG CNTT ..." tells who has what, background to the plan.
    b = Builder(preamble="")
    state = b.node("II", "roman", "II", "HIỆN TRẠNG ỨNG DỤNG CNTT TRONG CÁC CƠ QUAN NHÀ NƯỚC",
                   heading="HIỆN TRẠNG ỨNG DỤNG CNTT TRONG CÁC CƠ QUAN NHÀ NƯỚC")
    state.children = [b.node("II.4.b", "letter", "b", "Cán bộ chuyên trách CNTT: Các cơ quan thuộc UBND tỉnh và UBND "
                             "các huyện, thành phố bố trí cán bộ chuyên trách CNTT.")]
    assert extract_tasks(_plan(b, [state], issuer="UBND tỉnh Bắc Giang"), []) == []


def test_propaganda_content_under_a_task_heading_is_the_work() -> None:
    # 62/KH-TTTTƯD Sơn La: "1. Đẩy mạnh công tác tuyên truyền, vận động" then "1.1. Nội dung tuyên truyền, vận động"
    # whose dashes are the centre's own work (an item, not a section of the plan's topics).
    b = Builder(preamble="")
    work = b.node("II", "roman", "II", "NỘI DUNG CÔNG TÁC TRỌNG TÂM", heading="NỘI DUNG CÔNG TÁC TRỌNG TÂM")
    push = b.node("II.1", "item", "1", "Đẩy mạnh công tác tuyên truyền, vận động")
    topics = b.node("II.1.1", "subitem", "1.1", "Nội dung tuyên truyền, vận động")
    topics.children = [
        b.node("II.1.1.-2", "dash", "-", "Tuyên truyền về âm mưu, phương thức, thủ đoạn hoạt động chống phá của các "
               "thế lực thù địch."),
        b.node("II.1.1.-3", "dash", "-", "Tuyên truyền về quyền lợi, nghĩa vụ, trách nhiệm của cán bộ, đảng viên."),
    ]
    push.children = [topics]
    work.children = [push]
    tasks = extract_tasks(_plan(b, [work], issuer=OWN_PLAN), [])
    assert [(t.path, t.responsible) for t in tasks] == [("II.1.1.-2", [OWN_PLAN]), ("II.1.1.-3", [OWN_PLAN])]


def test_shared_head_before_a_colon_is_no_title_of_bodies() -> None:
    """648/TB-VPCP II.8: "Các Bộ, cơ quan:" heads the names after it, each one a lead body."""
    b = Builder()
    section = b.node("II", "roman", "II", "MỘT SỐ KIẾN NGHỊ CỦA TỈNH", heading="MỘT SỐ KIẾN NGHỊ CỦA TỈNH")
    section.children = [b.node(
        "II.8", "item", "8",
        "Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Ngoại giao, Tập đoàn Điện lực Việt Nam theo "
        "chức năng, nhiệm vụ được giao khẩn trương rà soát lại việc thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, "
        "báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 05 tháng 12 năm 2025.")]
    tasks = _by_path(_doc(b, [section]))
    assert tasks["II.8"].responsible == ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường", "Bộ Ngoại giao",
                                         "Tập đoàn Điện lực Việt Nam"]


def test_the_province_a_notice_is_sent_to_acts_as_tinh() -> None:
    """648/TB-VPCP: "Tỉnh ..." in the items of a notice sent "để Ủy ban nhân dân tỉnh Điện Biên ... biết, thực
    hiện" is that People's Committee; "Tỉnh ủy" stays a body of its own."""
    b = Builder(preamble="")
    section = b.node("II", "roman", "II", "MỘT SỐ KIẾN NGHỊ CỦA TỈNH", heading="MỘT SỐ KIẾN NGHỊ CỦA TỈNH")
    section.children = [b.node(
        "II.2", "item", "2",
        "Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe ô tô "
        "phục vụ công tác, bảo đảm hiệu quả, tiết kiệm. Trường hợp còn thiếu, Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài "
        "chính để được hướng dẫn.")]
    b.text += ("Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Điện Biên và các Bộ, cơ quan liên quan biết, "
               "thực hiện./.\n")
    tasks = _by_path(_doc(b, [section]))
    assert tasks["II.2"].responsible == ["UBND tỉnh Điện Biên"]


def test_lead_in_pointing_at_the_units_is_the_opening_s_bodies() -> None:
    """11/CT-UBND Hà Nội: "II. NỘI DUNG ... Chủ tịch UBND Thành phố yêu cầu các đơn vị khẩn trương thực hiện các nhiệm
    vụ trọng tâm sau:" points back at the opening's "các sở, ban, ngành, UBND xã, phường và các đơn vị có liên quan"."""
    b = Builder("Chủ tịch UBND Thành phố yêu cầu các sở, ban, ngành, UBND xã, phường và các đơn vị có liên quan "
                "nghiêm túc tổ chức triển khai Chiến dịch, với các nội dung trọng tâm sau:\n")
    lead = ("NỘI DUNG\nĐể hỗ trợ 126 xã, phường trên địa bàn thành phố Hà Nội, Chủ tịch UBND Thành phố yêu cầu các đơn vị "
            "khẩn trương thực hiện các nhiệm vụ trọng tâm sau:")
    section = b.node("II", "roman", "II", lead, heading="NỘI DUNG")
    section.children = [b.node("II.1", "item", "1", "1. Rà soát, kiện toàn tổ chức bộ máy, chức năng nhiệm vụ.")]
    tasks = _by_path(_doc(b, [section]))
    assert tasks["II.1"].responsible == ["Các sở, ban, ngành", "UBND xã, phường", "Các đơn vị có liên quan"]


def test_dated_steps_of_a_schedule_and_a_funding_request_are_tasks() -> None:
    """1445/SLĐTBXH-LĐVLDN Quảng Bình: the dashes of "2. Tiến độ thực hiện:" say who does what by when (the last one
    names nobody: the addressees); "4. Kinh phí thực hiện: ..., đề nghị UBND các huyện ... bố trí" asks a body. A
    campaign's duration (11/CT-UBND Hà Nội, "V. THỜI GIAN THỰC HIỆN") stays no task."""
    b = Builder(preamble="Sở Lao động - Thương binh và Xã hội hướng dẫn thực hiện một số nội dung cụ thể như sau:\n")
    schedule = b.node("2", "item", "2", "2. Tiến độ thực hiện:", heading="Tiến độ thực hiện:")
    schedule.children = [
        b.node("2.-1", "dash", "-", "- Trước ngày 10/10/2022: Các địa phương, đơn vị xây dựng Kế hoạch; chuẩn bị các "
               "tài liệu nghiệp vụ."),
        b.node("2.-2", "dash", "-", "- Từ 26/11 đến 20/12/2022: Kiểm tra, xử lý thông tin phiếu; nhập thông tin người "
               "lao động phần mềm."),
    ]
    funds = b.node("4", "item", "4", "4. Kinh phí thực hiện: Ngoài kinh phí Ủy ban nhân dân tỉnh cấp tại Quyết định số "
                   "2335/QĐ-UBND, đề nghị UBND các huyện, thị xã, thành phố bố trí bổ sung kinh phí địa phương.")
    term = b.node("V", "roman", "V", "THỜI GIAN THỰC HIỆN\nChiến dịch được triển khai trong thời gian 45 ngày liên tục, "
                  "tính từ ngày Chỉ thị này được ban hành.", heading="THỜI GIAN THỰC HIỆN")
    recipients = ["UBND các huyện, thị xã, thành phố;", "Trung tâm Dịch vụ việc làm Quảng Bình."]
    tasks = _by_path(_doc(b, [schedule, funds, term], recipients=recipients))
    assert sorted(tasks) == ["2.-1", "2.-2", "4"]
    assert tasks["2.-1"].responsible == ["Các địa phương, đơn vị"]
    assert tasks["2.-2"].responsible == ["UBND các huyện, thị xã, thành phố", "Trung tâm Dịch vụ việc làm Quảng Bình"]
    assert tasks["4"].responsible == ["UBND các huyện, thị xã, thành phố"]


def test_a_prohibition_is_a_task() -> None:
    """1113/BGDĐT-GDTrH: "2. Không kiểm tra, đánh giá đối với những nội dung kiến thức đã tinh giản ..." asks the
    addressees not to act: a task of theirs."""
    b = Builder(preamble="Bộ GDĐT hướng dẫn thực hiện điều chỉnh nội dung dạy học. Cụ thể như sau:\n")
    item = b.node("2", "item", "2", "2. Không kiểm tra, đánh giá đối với những nội dung kiến thức đã tinh giản theo "
                  "Công văn số 5842/BGDĐT-GDTrH ngày 01/9/2011.")
    tasks = _by_path(_doc(b, [item], recipients=["Sở Giáo dục và Đào tạo các tỉnh, thành phố;"]))
    assert tasks["2"].responsible == ["Sở Giáo dục và Đào tạo các tỉnh, thành phố"]


@pytest.mark.parametrize("title", [
    pytest.param("YÊU CẢU TRONG XÂY DỰNG KẾ HOẠCH PHÁT TRIÊN KINH TẾ - XÃ HỘI", id="08-ct-daknong-requirements-of-work"),
    pytest.param("MỤC TIỀU, NHIỆM VỤ CHỦ YÊU CỦA KẾ HOẠCH PHÁT TRIÊN KINH TẾ - XÃ HỘI", id="08-ct-daknong-aims-and-duties"),
])
def test_a_section_of_work_whose_title_opens_with_purposes_holds_tasks(title: str) -> None:
    """08/CT-UBND Đắk Nông (a scan): "I. YÊU CẢU TRONG XÂY DỰNG KẾ HOẠCH ..." lists what the bodies must do."""
    b = Builder()
    section = b.node("I", "roman", "I", title, heading=title)
    section.children = [b.node("I.1", "item", "1", "Đánh giá sát thực, đúng thực chất tình hình phát triển kinh tế.")]
    assert sorted(_by_path(_doc(b, [section]))) == ["I.1"]


def test_bare_title_over_bullets_is_no_duty() -> None:
    """46/KH-KHMT: "➢ Quy định chung" over "•" points, each naming who acts: the points are the tasks."""
    b = Builder("")
    title = b.node("II.1.-1", "dash", "-", "Quy định chung")
    title.children = [b.node(f"II.1.-1.-{n}", "dash", "-", text) for n, text in enumerate([
        "Sinh viên phải thực hiện đầy đủ các nhiệm vụ, yêu cầu và kế hoạch của Trường, Khoa.",
        "Sinh viên phải thực hiện đăng ký khối lượng học phần thực tập theo quy định của Trường.",
        "Sinh viên cần chủ động tìm đơn vị thực tập và cung cấp thông tin cho Khoa.",
        "Sinh viên phải xây dựng Đề cương chi tiết theo hướng dẫn của giảng viên hướng dẫn.",
    ], start=1)]
    tasks = _by_path(_doc(b, [title]))
    assert sorted(tasks) == [f"II.1.-1.-{n}" for n in range(1, 5)]
    assert all(t.responsible == ["Sinh viên"] for t in tasks.values())



def test_schedule_section_keeps_the_steps_that_name_their_body() -> None:
    """672/KH-UBND Quảng Bình, "III. THỜI GIAN THỰC HIỆN": dated steps naming who acts are tasks; a bare time is not."""
    b = Builder()
    section = b.node("III", "roman", "III", "THỜI GIAN THỰC HIỆN", heading="THỜI GIAN THỰC HIỆN")
    year = b.node("III.1", "item", "1", "Năm 2024: Tổ chức thu thập, cập nhật thông tin về người lao động thực hiện "
                  "theo tiến độ sau:")
    year.children = [
        b.node("III.1.-1", "dash", "-", "Trước ngày 30/6/2024: Tổ công tác cấp xã hoàn thành thu thập, cập nhật "
               "thông tin về người lao động từ đủ 15 tuổi trở lên đang cư trú trên địa bàn."),
        b.node("III.1.-2", "dash", "-", "Trước ngày 31/10/2024: Sở Lao động - Thương binh và Xã hội phối hợp Công an "
               "tỉnh tổng hợp, báo cáo kết quả điều tra."),
        b.node("III.1.-3", "dash", "-", "Quý IV/2024: Tổng kết, đánh giá kết quả thực hiện."),
    ]
    section.children = [year]
    tasks = _by_path(_doc(b, [section]))
    assert sorted(tasks) == ["III.1.-1", "III.1.-2"]
    assert tasks["III.1.-2"].responsible == ["Sở Lao động - Thương binh và Xã hội"]
    assert tasks["III.1.-1"].deadline is not None and tasks["III.1.-1"].deadline.date == "2024-06-30"


CLOSING_672 = (
    "Yêu cầu các sở, ban, ngành cấp tỉnh, UBND các huyện, thị xã, thành phố; các cơ quan, đơn vị theo chức năng, "
    "nhiệm vụ được giao và phạm vi, lĩnh vực quản lý tổ chức thực hiện Kế hoạch có hiệu quả. Trong quá trình tổ chức "
    "thực hiện, trường hợp có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương "
    "binh và Xã hội) để xem xét, giải quyết./."
)


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        pytest.param(CLOSING_672, True, id="672-kh-quangbinh-request-then-difficulties"),
        pytest.param(CLOSING_672.replace("thực hiện Kế hoạch có hiệu quả", "thực hiện Kế hoạch số 12/KH-UBND ngày "
                                         "10/01/2024 của UBND tỉnh về chuyển đổi số"), False,
                     id="another-plan-by-its-number-is-work"),
    ],
)
def test_closing_paragraph_of_two_sentences(text: str, closing: bool) -> None:
    from parsers.tasks import _is_closing

    assert _is_closing(text) is closing


def test_a_few_papers_under_a_sentence_are_its_points() -> None:
    """64/HD-KT&ĐBCL: "b. Thủ tục đăng ký hoãn thi: SV đăng nhập ..." over the papers to file: one task."""
    b = Builder("")
    section = b.node("III", "roman", "III", "Đối với sinh viên (SV)", heading="Đối với sinh viên (SV)")
    item = b.node("III.1.b", "letter", "b", "Thủ tục đăng ký hoãn thi: SV đăng nhập tài khoản cá nhân do Trường cấp để "
                  "thực hiện đăng ký hoãn thi, SV chỉ đăng ký hoãn thi trong tình huống bất khả kháng.")
    item.children = [
        b.node("III.1.b.-1", "dash", "-", "Đơn xin hoãn thi có sự đồng ý của giảng viên chủ nhiệm/cố vấn học tập và "
               "lãnh đạo Khoa"),
        b.node("III.1.b.-2", "dash", "-", "Minh chứng cho lý do hoãn thi"),
        b.node("III.1.b.-3", "dash", "-", "Lịch thi cá nhân"),
    ]
    section.children = [item]
    tasks = _by_path(_doc(b, [section]))
    assert sorted(tasks) == ["III.1.b"]
    assert tasks["III.1.b"].responsible == ["Sinh viên"]


def test_a_session_s_fields_are_no_papers() -> None:
    """kh-stttt-phutho-2011 II.2.đ: a training session's "Thành phần:", "Địa điểm:", "Thời gian đào tạo:" lines."""
    b = Builder("")
    item = b.node("II.2.đ", "letter", "đ", "Đào tạo quản trị hệ thống phần mềm, chuyển giao mã nguồn, chuyển đổi cơ sở "
                  "dữ liệu từ phần mềm hiện đang sử dụng (edocman), sao lưu, backup dữ liệu.")
    item.children = [
        b.node("II.2.đ.-1", "dash", "-", "Thành phần: cán bộ Phòng CNTT, cán bộ phòng Dịch vụ kỹ thuật."),
        b.node("II.2.đ.-2", "dash", "-", "Địa điểm: Phòng đào tạo"),
        b.node("II.2.đ.-3", "dash", "-", "Thời gian đào tạo: Trong quá trình triển khai."),
    ]
    assert "II.2.đ" not in _by_path(_doc(b, [item]))


def test_a_few_topics_announced_by_a_colon_are_tasks() -> None:
    """457/TB-UBND Đắk R'lấp: "1. Giao phòng Tài nguyên và Môi trường chủ trì ... có phương án giải quyết các nội
    dung sau:" hands each of its three dashes on as a task of that body (not the points of one duty, as the papers
    under "b. Thủ tục đăng ký hoãn thi: ..." are)."""
    b = Builder("Chủ tịch UBND huyện có ý kiến chỉ đạo như sau:\n")
    item = b.node("1", "item", "1", "1. Giao phòng Tài nguyên và Môi trường chủ trì, phối hợp với Thanh tra huyện "
                  "kiểm tra lại hồ sơ, xác minh thực địa và tham mưu UBND huyện có phương án giải quyết các nội dung sau:")
    item.children = [
        b.node("1.-1", "dash", "-", "- Việc cấp đổi phần diện tích tăng thêm cho hộ ông Huỳnh Ngọc Thuần theo ý kiến "
               "của bà Trần Thị Thu Hương."),
        b.node("1.-2", "dash", "-", "- Việc ông Thuần lấn chiếm đất của bà Thị Djong."),
    ]
    tasks = _by_path(_doc(b, [item]))
    assert sorted(tasks) == ["1.-1", "1.-2"]
    assert tasks["1.-1"].responsible == ["Phòng Tài nguyên và Môi trường"]


def _normative(b: Builder, roots: list[StructureNode]) -> Document:
    header = Header(type="Quyết định", number="04/2025/QĐ-UBND", province="Cà Mau", date="2025-02-13")
    return Document(source="t.txt", format="txt", pages=1, text=b.text, header=header, structure=roots)


def test_normative_decision_assigns_only_its_implementation_article() -> None:
    """04/2025/QĐ-UBND Cà Mau: its rules (Điều 2-4) are no tasks; "Điều 5. Tổ chức thực hiện" and the execution
    clause inside "Điều 6. Hiệu lực thi hành" are."""
    b = Builder(preamble="")
    subjects = b.node("Điều 2", "article", "Điều 2", "Đối tượng áp dụng", heading="Đối tượng áp dụng")
    subjects.children = [b.node("Điều 2.1", "clause", "1", "Cơ quan thực hiện chức năng quản lý Nhà nước về đất đai "
                                "và các cơ quan, tổ chức, cá nhân có liên quan.")]
    work = b.node("Điều 5", "article", "Điều 5", "Tổ chức thực hiện", heading="Tổ chức thực hiện")
    work.children = [
        b.node("Điều 5.1", "clause", "1", "Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Nông nghiệp và Phát "
               "triển nông thôn và các sở, ngành, địa phương, đơn vị có liên quan hướng dẫn, kiểm tra việc thực hiện."),
        b.node("Điều 5.2", "clause", "2", "Ủy ban nhân dân cấp huyện, cấp xã có trách nhiệm theo dõi, kiểm tra, giám "
               "sát việc xây dựng công trình."),
    ]
    force = b.node("Điều 6", "article", "Điều 6", "Hiệu lực thi hành", heading="Hiệu lực thi hành")
    force.children = [
        b.node("Điều 6.1", "clause", "1", "Quyết định này có hiệu lực thi hành kể từ ngày 28 tháng 02 năm 2025."),
        b.node("Điều 6.2", "clause", "2", "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài nguyên và Môi trường; "
               "Thủ trưởng các sở, ban, ngành cấp tỉnh chịu trách nhiệm thi hành Quyết định này./."),
    ]
    tasks = extract_tasks(_normative(b, [subjects, work, force]), [])
    assert [t.path for t in tasks] == ["Điều 5.1", "Điều 5.2", "Điều 6.2"]
    assert tasks[1].responsible == ["UBND cấp huyện", "UBND cấp xã"]
    assert tasks[2].responsible == ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Tài nguyên và Môi trường",
                                    "Thủ trưởng các sở, ban, ngành cấp tỉnh"]


def test_name_of_the_approved_plan_gives_its_items_no_deadline() -> None:
    """146/QĐ-TTg: "Phê duyệt Đề án “... đến năm 2025, định hướng đến năm 2030” ... sau đây:" names the plan."""
    b = Builder(preamble="")
    art = b.node("Điều 1", "article", "Điều 1", "Phê duyệt Đề án “Nâng cao nhận thức, phổ cập kỹ năng và phát triển "
                 "nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030” (sau đây gọi tắt là Đề "
                 "án) với những nội dung chủ yếu sau đây:")
    section = b.node("V", "roman", "V", "TỔ CHỨC THỰC HIỆN", heading="TỔ CHỨC THỰC HIỆN")
    ministry = b.node("V.2", "item", "2", "Bộ Giáo dục và Đào tạo", heading="Bộ Giáo dục và Đào tạo")
    ministry.children = [b.node("V.2.a", "letter", "a", "Chỉ đạo các cơ sở giáo dục đại học, sau đại học xây dựng "
                                "kế hoạch, tổ chức đào tạo đội ngũ giảng viên.")]
    section.children = [ministry]
    art.children = [section]
    (task,) = extract_tasks(_doc(b, [art]), [])
    assert (task.path, task.responsible, task.deadline) == ("V.2.a", ["Bộ Giáo dục và Đào tạo"], None)


@pytest.mark.parametrize(
    ("text", "responsible"),
    [
        pytest.param("Thuế Cơ sở 1 tỉnh Đắk Lắk xác định tiền sử dụng đất, hướng dẫn thực hiện giảm tiền sử dụng đất.",
                     ["Thuế Cơ sở 1 tỉnh Đắk Lắk"], id="492-qd-hoaphu-tax-office-xac-dinh"),
        pytest.param("Phòng giao dịch số 7 – Kho bạc nhà nước khu vực XIV thu tiền sử dụng đất, phí, lệ phí hoặc ủy "
                     "nhiệm thu tiền sử dụng đất, phí, lệ phí theo quy định.",
                     ["Phòng giao dịch số 7 – Kho bạc nhà nước khu vực XIV"], id="492-qd-hoaphu-treasury-thu"),
        pytest.param("Chủ sử dụng đất chịu trách nhiệm nộp tiền sử dụng đất; thực hiện giảm tiền sử dụng đất (nếu có).",
                     ["Chủ sử dụng đất"], id="492-qd-hoaphu-land-user"),
        pytest.param("Chi nhánh Khu vực Buôn Ma Thuột - Văn phòng Đăng ký đất đai tỉnh Đắk Lắk đăng ký biến động và in, "
                     "cấp Giấy chứng nhận Quyền sử dụng đất.",
                     ["Chi nhánh Khu vực Buôn Ma Thuột - Văn phòng Đăng ký đất đai tỉnh Đắk Lắk"],
                     id="492-qd-hoaphu-dang-ky-inside-a-name"),
    ],
)
def test_decision_clause_names_its_own_body(text: str, responsible: list[str]) -> None:
    """A decision's clauses each name who acts, at their start or in a later sentence (not the first clause's body)."""
    b = Builder(preamble="")
    art = b.node("Điều 2", "article", "Điều 2", "Tổ chức thực hiện:", heading="Tổ chức thực hiện:")
    art.children = [b.node("Điều 2.1", "clause", "1", "Phòng Kinh tế chuyển thông tin để xác định nghĩa vụ tài chính "
                           "về đất đai."), b.node("Điều 2.2", "clause", "2", text)]
    tasks = {t.path: t.responsible for t in extract_tasks(_doc(b, [art]), [])}
    assert tasks["Điều 2.2"] == responsible


def test_article_whose_second_sentence_names_who_acts() -> None:
    """2676/QĐ-BGDĐT Điều 2: publication (nobody named), then "Các Sở ..., các cơ sở ... khai thác, sử dụng ..."."""
    b = Builder(preamble="")
    art = b.node("Điều 2", "article", "Điều 2", "Tài liệu được đăng tải trên Cổng thông tin điện tử của Bộ Giáo dục và "
                 "Đào tạo. Các Sở Giáo dục và Đào tạo, các cơ sở giáo dục và đào tạo khai thác, sử dụng làm tài liệu "
                 "tham khảo, tập huấn.")
    (task,) = extract_tasks(_doc(b, [art]), [])
    assert (task.path, task.responsible) == ("Điều 2", ["Sở Giáo dục và Đào tạo", "Các cơ sở giáo dục và đào tạo"])


def test_decision_basis_paragraph_is_no_task() -> None:
    """2858/QĐ-UBND Hồ Chí Minh: the preamble's "Xét đề nghị Sở Tài chính tại ..." is the basis, not a request."""
    b = Builder(preamble="Xét đề nghị Sở Tài chính tại các Công văn số 10587/STC-HCSN ngày 25 tháng 10 năm 2025 về bổ "
                "sung dự toán kinh phí.\n")
    art = b.node("Điều 4", "article", "Điều 4", "Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Tài chính chịu "
                 "trách nhiệm thi hành Quyết định này./.")
    assert [t.path for t in extract_tasks(_doc(b, [art]), [])] == ["Điều 4"]


def test_plan_item_describing_aims_takes_no_body_from_a_later_sentence() -> None:
    """2668/KH-UBND Bắc Giang VI.4: a solution described, "Các cơ quan có chính sách khuyến khích ..." inside it."""
    b = Builder(preamble="")
    section = b.node("VI", "roman", "VI", "CÁC GIẢI PHÁP CHỦ YẾU", heading="CÁC GIẢI PHÁP CHỦ YẾU")
    section.children = [b.node("VI.4", "item", "4", "Phát triển nguồn nhân lực CNTT: Con người là yếu tố quyết định "
                               "trong việc ứng dụng CNTT trong cơ quan nhà nước. Đào tạo gắn liền với quản lý và sử "
                               "dụng nguồn nhân lực. Các cơ quan có chính sách khuyến khích cán bộ CNTT có trình độ cao "
                               "về làm việc.")]
    assert all(t.responsible != ["Các cơ quan có chính sách"] for t in extract_tasks(_plan(b, [section]), []))


def test_plan_section_item_takes_no_body_from_a_later_sentence() -> None:
    """Kế hoạch 1237/KH-BCĐQG (gold-real) C.6 under a lettered part: "... Các địa phương rà soát ..." is a point."""
    b = Builder(preamble="")
    part = b.node("C", "section", "C", "NHIỆM VỤ, GIẢI PHÁP", heading="NHIỆM VỤ, GIẢI PHÁP")
    part.children = [b.node("C.6", "item", "6", "Triển khai đồng bộ các giải pháp, đẩy mạnh các hoạt động tìm kiếm, quy "
                            "tập hài cốt liệt sĩ ở trong nước. Các địa phương rà soát, đánh giá lại tình hình tìm kiếm, "
                            "cất bốc hài cốt liệt sĩ trên địa bàn.")]
    assert all(t.responsible != ["Các địa phương"] for t in extract_tasks(_plan(b, [part]), []))


def test_directive_item_whose_second_sentence_names_who_acts() -> None:
    """08/CT-UBND Đắk Nông IV.2: the basis first, then "Sở Kế hoạch và Đầu tư báo cáo UBND tỉnh ..." (not a plan)."""
    b = Builder()
    section = b.node("IV", "roman", "IV", "VỀ KẾ HOẠCH NĂM 2020", heading="VỀ KẾ HOẠCH NĂM 2020")
    section.children = [b.node("IV.2", "item", "2", "Trên cơ sở các Quyết định giao kế hoạch phát triển kinh tế - xã hội "
                               "và kế hoạch đầu tư công năm 2020, của Thủ tướng Chính phủ, Bộ Kế hoạch và Đầu tư. Sở Kế "
                               "hoạch và Đầu tư báo cáo UBND tỉnh kế hoạch phát triển kinh tế - xã hội và kế hoạch đầu tư "
                               "công năm 2020 của tỉnh; trước ngày 25/11/2019 để UBND tỉnh cho ý kiến.")]
    tasks = {t.path: t.responsible for t in extract_tasks(_doc(b, [section]), [])}
    assert tasks.get("IV.2") == ["Sở Kế hoạch và Đầu tư"]


@pytest.mark.parametrize("lead", [
    pytest.param("Sở Y tế gửi các Trung tâm y tế huyện/thị/thành phố trong tỉnh được nhận Trang thiết bị (TTB) của Dự án "
                 "theo danh mục đính kèm tiếp tục thực hiện một số nội dung công việc sau:", id="02-syt-gavi-handed"),
    pytest.param("Sở Y tế đề nghị các đơn vị thực hiện một số nội dung công việc sau:", id="address-handed"),
])
def test_letter_lead_in_hands_its_items_to_the_addressees(lead: str) -> None:
    """02/SYT-GAVI Kiên Giang: after a lead-in that hands the items to the addressees, a dash that opens with a
    condition ("Nếu đơn vị thụ hưởng là ...: ghi đại diện ...") is their task too."""
    b = Builder(preamble=lead + "\n")
    item = b.node("1", "item", "1", "1. Ghi các thành phần trên Biên bản bàn giao, cụ thể:")
    item.children = [
        b.node("1.-1", "dash", "-", "- Nếu đơn vị thụ hưởng là TTYT huyện/thị/thành phố: ghi đại diện Lãnh đạo TTYT, "
               "Kế toán tài sản."),
        b.node("1.-2", "dash", "-", "- Nếu đơn vị thụ hưởng là Trạm y tế (TYT) xã, phường, thị trấn: ghi đại diện Lãnh "
               "đạo TTYT và Trạm trưởng TYT."),
    ]
    tasks = _by_path(_doc(b, [item], recipients=["Các Trung tâm y tế huyện/thị/thành phố trong tỉnh."]))
    assert sorted(tasks) == ["1.-1", "1.-2"]
    assert tasks["1.-1"].responsible == ["Các Trung tâm y tế huyện, thị, thành phố trong tỉnh"]


def test_condition_items_without_a_handing_lead_in_stay_no_tasks() -> None:
    """The same dashes under a lead-in that only describes (no one is asked to act) are not tasks."""
    b = Builder(preamble="Theo đó, biên bản bàn giao gồm các thành phần như sau:\n")
    item = b.node("1", "item", "1", "1. Thành phần ký biên bản, cụ thể:")
    item.children = [
        b.node("1.-1", "dash", "-", "- Nếu đơn vị thụ hưởng là TTYT huyện/thị/thành phố: đại diện Lãnh đạo TTYT."),
        b.node("1.-2", "dash", "-", "- Nếu đơn vị thụ hưởng là Trạm y tế xã: đại diện Trạm trưởng TYT."),
    ]
    tasks = _by_path(_doc(b, [item], recipients=["Các Trung tâm y tế huyện/thị/thành phố trong tỉnh."]))
    assert sorted(tasks) == []


def test_dashes_with_blanks_to_fill_are_fields_of_one_return() -> None:
    """2192/SYT-TCCB Kiên Giang: the dashes of "1. Báo cáo số lượng người làm việc tại đơn vị:" are lines of a return
    with blanks to fill ("........... người"): one task, the item."""
    b = Builder(preamble="Sở Y tế đề nghị các đơn vị đăng ký nhu cầu xét tuyển, nội dung cụ thể như sau:\n")
    item = b.node("1", "item", "1", "1. Báo cáo số lượng người làm việc tại đơn vị:")
    item.children = [
        b.node("1.-1", "dash", "-", "- Số lượng người làm việc được giao theo Quyết định số ........... /QĐ-SYT ngày "
               "tháng năm 2017;"),
        b.node("1.-2", "dash", "-", "- Số người làm việc hiện có (tính đến 30/11/2017): ........... người."),
    ]
    tasks = _by_path(_doc(b, [item], recipients=["Các cơ quan, đơn vị trực thuộc ngành Y tế."]))
    assert sorted(tasks) == ["1"]
    assert tasks["1"].responsible == ["Các cơ quan, đơn vị trực thuộc ngành Y tế"]
