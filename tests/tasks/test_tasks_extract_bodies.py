"""extract_tasks on hand-built trees of real công văn and notices: where each task's lead bodies come from
(a heading with asides, a title line, "Các đơn vị" pointing back, the Kính gửi form of a lead-in)."""

from __future__ import annotations

from parsers.tasks import extract_tasks
from tests.tasks.test_tasks_extract import Builder, _by_path, _doc

# 15405/CHQ-ĐTCBL (scan): "Kính gửi: Các đơn vị thuộc Cục Hải quan."; its lead-in "yêu câu" is OCR.
CHQ_LEAD = "Cục Hải quan yêu câu các đơn vị thuộc Cục triên khai thực hiện một số nội dung sau:\n"


def test_documents_listed_after_nhu_are_part_of_the_item() -> None:
    b = Builder(preamble=CHQ_LEAD)
    item = b.node("1", "item", "1", "Tiếp tục quán triệt, thực hiện nghiêm các công điện, chỉ thị của Thủ tướng Chính "
                  "phủ trong công tác chống buôn lậu, gian lận thương mại và hàng giả như:")
    item.children = [
        b.node("1.-1", "dash", "-", "Chỉ thị số 13/CT-TTg ngày 17/5/2025 của Thủ tướng Chính phủ về tăng cường công tác"),
        b.node("1.-2", "dash", "-", "Thông báo số 341/TB-VPCP ngày 01/7/2025 của Văn phòng Chính phủ thông báo kết luận"),
    ]
    tasks = extract_tasks(_doc(b, [item], recipients=["Các đơn vị thuộc Cục Hải quan"]), [])
    assert [(t.path, t.responsible) for t in tasks] == [("1", ["Các đơn vị thuộc Cục Hải quan"])]


def test_heading_bodies_and_title_lines_of_a_cong_van() -> None:
    b = Builder(preamble=CHQ_LEAD)
    two = b.node("2", "item", "2", "Giao Chỉ cục Hải quan các khu vực (Hải quan cửa khẩu, Đội Kiểm soát hải quan), "
                 "Chỉ cục Điều tra chống buôn lậu (Phòng 1, Phòng 2, Phòng 3)")
    two.children = [
        b.node("2.4", "subitem", "2.4", "Siết chặt việc kiểm tra chứng từ, tài liệu trong bộ hồ sơ hải quan."),
        b.node("2.7", "subitem", "2.7", "Các đơn vị báo cáo kết quả các vụ việc phát hiện, bắt giữ và xử lý."),
    ]
    five = b.node("5", "item", "5", "Giao Văn phòng Cục\nĐây mạnh công tác truyền thông, nâng cao nhận thức.")
    tasks = _by_path(_doc(b, [two, five], recipients=["Các đơn vị thuộc Cục Hải quan"]))
    units = ["Chi cục Hải quan các khu vực", "Chi cục Điều tra chống buôn lậu"]
    assert tasks["2.4"].responsible == units and tasks["2.4"].responsible_source == "heading"
    assert tasks["2.7"].responsible == units  # "Các đơn vị" points back at the heading's bodies
    assert tasks["5"].responsible == ["Văn phòng Cục"]


def test_sentence_after_a_title_of_bodies_and_a_yeu_cau_heading() -> None:
    b = Builder(preamble="")
    area = b.node("II.1", "item", "1", "Lĩnh vực nông — lâm nghiệp")
    first = b.node("II.1.1", "subitem", "1.1", "Giao phòng Nông nghiệp và PTNT:\nKhẩn trương xây dựng kế hoạch triển "
                   "khai thực hiện Đề án mỗi xã một sản phẩm.", heading="Giao phòng Nông nghiệp và PTNT:")
    first.children = [b.node("II.1.1.-1", "dash", "-", "Tham mưu UBND huyện kế hoạch triển khai thực hiện."),
                      b.node("II.1.1.-2", "dash", "-", "Theo dõi sát tình hình dịch bệnh trên đàn gia súc.")]
    second = b.node("II.1.2", "subitem", "1.2", "Yêu cầu Trung tâm dịch vụ kỹ thuật nông nghiệp huyện:",
                    heading="Yêu cầu Trung tâm dịch vụ kỹ thuật nông nghiệp huyện:")
    second.children = [b.node("II.1.2.-1", "dash", "-", "Khẩn trương triển khai khai trương quầy trưng bày."),
                       b.node("II.1.2.-2", "dash", "-", "Phối hợp phòng Nội vụ đánh giá tình hình hoạt động.")]
    area.children = [first, second]
    tasks = extract_tasks(_doc(b, [area]), [])
    assert [(t.text[:22], t.responsible) for t in tasks] == [
        ("Khẩn trương xây dựng k", ["Phòng Nông nghiệp và PTNT"]),
        ("Tham mưu UBND huyện kế", ["Phòng Nông nghiệp và PTNT"]),
        ("Theo dõi sát tình hình", ["Phòng Nông nghiệp và PTNT"]),
        ("Khẩn trương triển khai", ["Trung tâm dịch vụ kỹ thuật nông nghiệp huyện"]),
        ("Phối hợp phòng Nội vụ ", ["Trung tâm dịch vụ kỹ thuật nông nghiệp huyện"]),
    ]


def test_opening_that_names_the_addressee_shorter_takes_its_kinh_gui_form() -> None:
    b = Builder(preamble="Bộ Tài chính đề nghị Sở Tài chính các tỉnh, thành phô trực thuộc trung ương tô chức thực "
                         "hiện các công việc sau đây:\n")
    root = b.node("1", "item", "1", "Kiểm tra, rà soát việc thiết lập chuyên mục CÔNG KHAI NGÂN SÁCH.")
    doc = _doc(b, [root], recipients=["Sở Tài chính các tỉnh, thành phố trực thuộc TW"])
    assert extract_tasks(doc, [])[0].responsible == ["Sở Tài chính các tỉnh, thành phố trực thuộc TW"]


def test_execution_article_wrapped_over_lines_keeps_all_its_officials() -> None:
    b = Builder(preamble="")
    article = b.node("Điều 3", "article", "Điều 3", "Điều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Kế hoạch - Tài chính,\n"
                     "Viện trưởng Viện Chiến lược và Khoa học pháp lý, Thủ trưởng các đơn vị thuộc\nBộ và các cơ "
                     "quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định\nnày./.")  # 877/QĐ-BTP
    task = extract_tasks(_doc(b, [article]), [])[0]
    assert task.responsible == ["Chánh Văn phòng Bộ", "Cục trưởng Cục Kế hoạch - Tài chính",
                                "Viện trưởng Viện Chiến lược và Khoa học pháp lý", "Thủ trưởng các đơn vị thuộc Bộ",
                                "Các cơ quan, đơn vị liên quan"]


def test_closing_on_receipt_is_cut_from_last_task() -> None:
    b = Builder(preamble="")
    leaf = b.node("8", "item", "8", "Giao phòng Tài chính – Kế hoạch tham mưu UBND huyện chủ động bố trí kinh phí. "
                  "Nhận Công điện này, yêu cầu Thủ trưởng các phòng, ban, đơn vị, đoàn thể; Chủ tịch UBND các xã, thị "
                  "trấn khẩn trương triển khai thực hiện./.")  # 34/CĐ-UBND Đắk R'lấp
    task = extract_tasks(_doc(b, [leaf]), [])[0]
    assert task.responsible == ["Phòng Tài chính – Kế hoạch"]
    assert task.text.endswith("bố trí kinh phí.")


def test_closing_on_the_contents_above_is_cut_from_last_task() -> None:
    b = Builder(preamble="")
    leaf = b.node("3", "item", "3", "Báo cáo tổng kết và hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ (qua Văn phòng) "
                  "trước ngày 05/12/2012. Sở Nội vụ đề nghị Văn phòng (phòng TC-HC-TH, TCCB) các sở, cơ quan thuộc "
                  "UBND tỉnh; phòng Nội vụ các huyện, thành phố thực hiện tốt các nội dung trên./.")  # 1185/SNV-VP
    addressees = ["Văn phòng (phòng TC-HC-TH, TCCB) các sở, cơ quan thuộc UBND tỉnh", "Phòng Nội vụ các huyện"]
    task = extract_tasks(_doc(b, [leaf], recipients=addressees), [])[0]
    assert task.responsible == addressees and task.text.endswith("trước ngày 05/12/2012.")


def test_points_of_an_action_that_leads_in_take_the_addressees() -> None:
    b = Builder(preamble="Bộ Tài chính đề nghị Sở Tài chính các tỉnh, thành phố trực thuộc trung ương tổ chức thực "
                         "hiện các công việc sau đây:\n")  # 14964/BTC-THTK
    item = b.node("2", "item", "2", "Đảm bảo thống nhất định dạng dữ liệu gửi Bộ Tài chính và chuẩn kỹ thuật công "
                  "khai thông tin ngân sách, trong đó:")
    item.children = [
        b.node("2.a", "letter", "a", "Định dạng báo cáo, số liệu gửi Bộ Tài chính theo nguyên tắc: file excel."),
        b.node("2.b", "letter", "b", "Tài liệu, số liệu, báo cáo gửi Bộ Tài chính là báo cáo điện tử có chữ ký số."),
    ]
    doc = _doc(b, [item], recipients=["Sở Tài chính các tỉnh, thành phố trực thuộc TW"])
    tasks = _by_path(doc)
    assert sorted(tasks) == ["2.a", "2.b"]
    assert tasks["2.a"].responsible == ["Sở Tài chính các tỉnh, thành phố trực thuộc TW"]


def test_opening_pointing_at_the_issuers_units_takes_the_kinh_gui_form() -> None:
    b = Builder(preamble="Cục Hải quan yêu cầu các đơn vị thuộc Cục triên khai thực hiện một số nội dung sau:\n")
    root = b.node("1", "item", "1", "Tiếp tục quán triệt, thực hiện nghiêm các công điện, chỉ thị của Thủ tướng.")
    doc = _doc(b, [root], recipients=["Các đơn vị thuộc Cục Hải quan"])  # 15405/CHQ-ĐTCBL, OCR "triên khai"
    assert extract_tasks(doc, [])[0].responsible == ["Các đơn vị thuộc Cục Hải quan"]


def test_closing_with_ocr_noise_after_it_is_cut() -> None:
    b = Builder(preamble="")
    leaf = b.node("8.-2", "dash", "-", "Thực hiện nghiêm 5 không khi phát hiện có dịch. Nhân được công văn này, yêu "
                  "cầu các phòng, ban và các đơn vị liên quan nghiêm túc triển khai thực hiện./. VN")  # 946/UBND-NN
    task = extract_tasks(_doc(b, [leaf], recipients=["Các chủ cơ sở chăn nuôi"]), [])[0]
    assert task.responsible == ["Các chủ cơ sở chăn nuôi"]
