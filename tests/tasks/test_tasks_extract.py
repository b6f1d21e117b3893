"""extract_tasks over hand-built structure trees: what is a task, inheritance, merging, cites."""

from __future__ import annotations

import pytest

from parsers.model import Citation, Document, FootnoteMarker, Header, StructureNode, Task
from parsers.tasks import extract_tasks

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


def test_purpose_section_holds_no_tasks() -> None:
    b = Builder(preamble="")
    purpose = b.node("I", "roman", "I", "MỤC ĐÍCH, YÊU CẦU", heading="MỤC ĐÍCH, YÊU CẦU")
    purpose.children = [b.node("I.1", "item", "1", "Tổ chức triển khai đồng bộ, hiệu quả các nhiệm vụ.")]
    work = b.node("II", "roman", "II", "NHIỆM VỤ", heading="NHIỆM VỤ")
    work.children = [b.node("II.1", "item", "1", "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu.")]
    tasks = extract_tasks(_doc(b, [purpose, work]), [])
    assert [(t.path, t.responsible, t.coordinating) for t in tasks] == [("II.1", ["Sở Y tế"], ["Sở Tài chính"])]


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
