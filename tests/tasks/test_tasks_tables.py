"""Task tables: a ruled table in a text PDF (pdfplumber), the same page as a scan (tesseract word
boxes on the image's rules), a real scanned plan, and the column map of real headers."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from parsers.extract import extract
from parsers.model import Document, Header, Table
from parsers.readers.tables import column_role, header_roles
from parsers.tasks.tables import table_tasks

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SHARED = Path(__file__).resolve().parents[3] / "shared"
REAL_PLAN = SHARED / "corpus-real/directives/753-kh-dct-2026.pdf"

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["I", "Cải cách thể chế", "", "", ""],
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh",
     "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "Trước ngày 30/6/2026"],
    ["2", "Kiểm tra việc thực hiện thủ tục hành chính tại cấp xã",
     "Sở Nội vụ", "UBND cấp xã", "Quý III/2026"],
    ["II", "Chuyển đổi số", "", "", ""],
    ["1", "Nâng cấp hệ thống quản lý văn bản và điều hành",
     "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Tháng 10/2026"],
]


def _make_plan(path: Path) -> Path:
    """A one-page plan: a numbered section, then a ruled task table with group rows."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=11, leading=15)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=10, leading=13)
    story = [
        Paragraph("KẾ HOẠCH", body),
        Paragraph("Cải cách hành chính năm 2026", body),
        Paragraph("I. MỤC ĐÍCH, YÊU CẦU", body),
        Paragraph("Nâng cao hiệu quả cải cách hành chính trên địa bàn tỉnh.", body),
        Paragraph("II. NHIỆM VỤ CỤ THỂ", body),
        Paragraph("Các nhiệm vụ được phân công như sau:", body),
        Spacer(1, 8),
    ]
    data = [[Paragraph(text, cell) for text in row] for row in [HEADER, *ROWS]]
    table = RLTable(data, colWidths=[35, 170, 95, 95, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 12), Paragraph("III. TỔ CHỨC THỰC HIỆN", body),
              Paragraph("Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.", body)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60).build(story)
    return path


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make_plan(tmp_path_factory.mktemp("tables") / "ke-hoach-bang.pdf")


EXPECTED = [  # path, text start, responsible, coordinating, deadline date
    ("II.I.1", "Rà soát, hệ thống hóa", ["Sở Tư pháp"], ["Các sở, ban, ngành tỉnh"], "2026-06-30"),
    ("II.I.2", "Kiểm tra việc thực hiện", ["Sở Nội vụ"], ["UBND cấp xã"], "2026-09-30"),
    ("II.II.1", "Nâng cấp hệ thống", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"], "2026-10-31"),
]


def test_text_pdf_table_rows(plan_pdf: Path) -> None:
    doc = extract(plan_pdf).document
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert (table.source, table.header) == ("pdfplumber", HEADER)
    assert table.rows == ROWS
    assert all(doc.text[s:e].startswith(row[0]) for row, (s, e) in zip(table.rows, table.row_spans, strict=True))


def test_text_pdf_table_rows_are_no_structure_items(plan_pdf: Path) -> None:
    doc = extract(plan_pdf).document
    paths = []
    stack = list(doc.structure)
    while stack:
        node = stack.pop()
        paths.append(node.path)
        stack += node.children
    assert {"II", "III"} <= set(paths)
    assert not [path for path in paths if path[-1].isdigit()], "a table row became an item"


def test_text_pdf_table_tasks(plan_pdf: Path) -> None:
    tasks = [t for t in extract(plan_pdf).tasks if t.responsible_source == "table"]
    got = [(t.path, t.text[: len(e[1])], t.responsible, t.coordinating, t.deadline and t.deadline.date)
           for t, e in zip(tasks, EXPECTED, strict=False)]
    assert got == EXPECTED


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_scanned_table_from_word_boxes(plan_pdf: Path, tmp_path: Path) -> None:
    """The fixture page as a 300 dpi image: rules found in the image, cells from tesseract's words."""
    from parsers.readers.ocr import ocr_image

    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(plan_pdf), str(tmp_path / "p")],
                   check=True)
    page = ocr_image(tmp_path / "p.png", 1, 595.0, 842.0)
    assert len(page.tables) == 1
    table = page.tables[0]
    assert header_roles(table.header) == ["stt", "content", "lead", "coordinating", "deadline"]
    assert [row[0] for row in table.rows][1:] == ["1", "2", "II", "1"]  # a lone "I" tesseract may drop
    assert [row[2] for row in table.rows] == [row[2] for row in ROWS]
    assert "Quý III/2026" in table.rows[2][4]
    assert sum(line.kind == "table" for line in page.lines) == 1 + len(ROWS)


@pytest.mark.skipif(not REAL_PLAN.exists(), reason="corpus-real not available")
def test_real_scanned_plan_table_tasks() -> None:
    """753/KH-ĐCT 2026, "6. Tiến độ thực hiện": a table over pages 3-4, the header of page 4 garbled."""
    if not os.environ.get("VANBAN_OCR_CACHE"):
        pytest.skip("slow without VANBAN_OCR_CACHE")
    tasks = [t for t in extract(REAL_PLAN).tasks if t.responsible_source == "table"]
    assert [t.path for t in tasks] == ["6.1", "6.2", "6.3", "6.4", "6.5"]
    assert tasks[0].text.startswith("Ban hành kế hoạch")
    assert [t.deadline.date if t.deadline else None for t in tasks] == [
        "2026-06-27", "2026-06-30", "2026-07-09", "2026-07-13", "2026-07-15"]
    assert all(t.responsible for t in tasks)


@pytest.mark.parametrize(("cell", "role"), [
    pytest.param("STT", "stt", id="stt"),
    pytest.param("TT", "stt", id="tt"),
    pytest.param("Nội dung công việc", "content", id="noi-dung-cong-viec-753-kh"),
    pytest.param("Nhiệm vụ", "content", id="nhiem-vu-20-tb"),
    pytest.param("Cơ quan chủ trì", "lead", id="chu-tri"),
    pytest.param("Đơn vị chủ trì/phối hợp", "lead_coordinating", id="chu-tri-phoi-hop-753-kh"),
    pytest.param("Cơ quan phối hợp", "coordinating", id="phoi-hop"),
    pytest.param("Thời gian hoàn thành", "deadline", id="thoi-gian"),
    pytest.param("Thời gian thực hiện", "deadline", id="thoi-gian-thuc-hien"),
    pytest.param("Sản phẩm", "product", id="san-pham"),
    pytest.param("Chỉ tiêu định lượng", "target", id="chi-tieu-20-tb"),
    pytest.param("Trách nhiệm thực hiện", "lead", id="issue-12-trach-nhiem-thuc-hien"),
    pytest.param("Bộ phận thực hiện", "lead", id="issue-12-bo-phan-thuc-hien"),
    pytest.param("Thời điểm hoàn thành", "deadline", id="issue-12-thoi-diem"),
    pytest.param("Lộ trình thực hiện", "deadline", id="issue-12-lo-trinh"),
    pytest.param("Tên hoạt động", "content", id="issue-12-programme-hoat-dong"),
    pytest.param("Sản phẩm hoàn thành", "product", id="1254-kh-bgddt-product-not-time"),
    pytest.param("Sản phâm hoàn thành -", "product", id="1254-kh-bgddt-ocr-product"),
    pytest.param("hủ trì", "lead", id="1254-kh-bgddt-ocr-chu-tri"),
    pytest.param("vì chú trì", "lead", id="1254-kh-bgddt-ocr-chu-tri-acute"),
    pytest.param("Th gian", "deadline", id="1254-kh-bgddt-ocr-thoi-gian"),
    pytest.param("Khoa tham gia khảo sát", None, id="not-a-role"),
])
def test_column_roles(cell: str, role: str | None) -> None:
    assert column_role(cell) == role


def _doc(tables: list[Table], date: str = "2026-05-04") -> Document:
    return Document(source="t", format="pdf", pages=2, text="", header=Header(date=date), tables=tables)


def test_table_continued_without_header_keeps_roles_and_numbers() -> None:
    first = Table(page=1, bbox=None, header=HEADER, rows=[ROWS[1]], source="ocr", row_spans=[(0, 10)])
    second = Table(page=2, bbox=None, header=[], rows=[["", "Tổng kết, đánh giá", "Sở Nội vụ", "", "Tháng 12/2026"]],
                   source="ocr", row_spans=[(11, 20)])
    tasks = table_tasks(_doc([first, second]), [])
    assert [(t.path, t.responsible, t.deadline and t.deadline.date) for t in tasks] == [
        ("1", ["Sở Tư pháp"], "2026-06-30"), ("2", ["Sở Nội vụ"], "2026-12-31")]


def test_schedule_without_lead_column_takes_who_acts_from_its_content() -> None:
    """46/KH-KHMT, "IV. Kế hoạch triển khai": TT | Thời gian | Nội dung, each row naming who acts."""
    rows = [["1", "Ngày 24/05/2023", "Sinh viên nộp đề cương thực tập lên hệ thống (daotao.vku.udn.vn/)"],
            ["2", "Ngày 02/08/2023", "Giảng viên thực hiện cho điểm hướng dẫn và xác nhận đồng ý cho báo cáo."]]
    table = Table(page=1, bbox=None, header=["TT", "Thời gian", "Nội dung"], rows=rows, source="pdfplumber",
                  row_spans=[(0, 10), (11, 20)])
    tasks = table_tasks(_doc([table]), [])
    assert [(t.path, t.responsible, t.deadline and t.deadline.date) for t in tasks] == [
        ("1", ["Sinh viên"], "2023-05-24"), ("2", ["Giảng viên"], "2023-08-02")]


def _plan_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for text in ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
                 "Nâng cao hiệu quả cải cách hành chính trên địa bàn tỉnh.", "II. NHIỆM VỤ CỤ THỂ",
                 "Các nhiệm vụ được phân công như sau:"]:
        document.add_paragraph(text)
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for r, row in enumerate([HEADER, *ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.save(str(path))
    return path


def test_docx_task_table(tmp_path: Path) -> None:
    extraction = extract(_plan_docx(tmp_path / "ke-hoach.docx"))
    assert [(t.source, t.header, t.rows) for t in extraction.document.tables] == [("docx", HEADER, ROWS)]
    tasks = [t for t in extraction.tasks if t.responsible_source == "table"]
    got = [(t.path, t.text[: len(e[1])], t.responsible, t.coordinating, t.deadline and t.deadline.date)
           for t, e in zip(tasks, EXPECTED, strict=False)]
    assert got == EXPECTED


@pytest.mark.parametrize(("cell", "date"), [
    pytest.param("Quý IV/2024", "2024-12-31", id="quy-05-kh-cntt"),
    pytest.param("Trước ngày 27/6/2026", "2026-06-27", id="truoc-ngay-753-kh"),
    pytest.param("29/6/2026 - 09/7/2026", "2026-07-09", id="range-753-kh"),
    pytest.param("Tháng 12/2012", "2012-12-31", id="thang-20-tb"),
    pytest.param("9/2012", "2012-09-30", id="bare-month-20-tb"),
    pytest.param("Tháng 6/2012 12/2012", "2012-12-31", id="two-months-20-tb"),
    pytest.param("Thường xuyên", None, id="recurring"),
    pytest.param("2022 - 2025", "2025-12-31", id="years-146-qd-ttg"),
    pytest.param("2022 2025 -", "2025-12-31", id="years-ocr-dash-last-146-qd-ttg"),
    pytest.param("2025 2022 -", "2025-12-31", id="years-ocr-reordered-146-qd-ttg"),
])
def test_time_cell_deadlines(cell: str, date: str | None) -> None:
    row = ["1", "Tổ chức triển khai Kế hoạch", "Sở Nội vụ", "", cell]
    table = Table(page=1, bbox=None, header=HEADER, rows=[row], source="pdfplumber", row_spans=[(0, 5)])
    (task,) = table_tasks(_doc([table], date="2012-03-13"), [])
    assert task.deadline is not None and task.deadline.date == date


def test_group_rows_with_sums_and_a_garbled_roman_label() -> None:
    """2668/KH-UBND Bắc Giang 2010 appendix: group rows carry sums; OCR read "III." as "JHI."."""
    header = ["STT", "Danh mục Công trình", "2011 Nguồn Vốn SN", "Tổng kinh phí", "Đơn vị chủ trì và phối hợp thực hiện"]
    rows = [
        ["I. Ứng dụng CNTT", "", "2,700", "24,500", ""],
        ["1", "Mua sắm, triển khai phần mềm quản lý văn bản", "1,200", "5,000", "Sở TT&TT"],
        ["3", "Triển khai hệ thống phần mềm Một cửa điện tử", "0", "18,000", "Sở TT&TT phối hợp với các sở, UBND các huyện"],
        ["II. Phát triển hạ tầng CNTT", "", "100", "5,600", ""],
        ["JHI. Đào tạo CNTT", "", "200", "1,500", ""],
        ["6", "Đào tạo, bồi dưỡng CNTT cho cán bộ chuyên trách", "200", "1,500", "Sở TT&TT"],
        ["Tổng", "", "3,000", "31,600", ""],
    ]
    table = Table(page=15, bbox=None, header=header, rows=rows, source="ocr", row_spans=[(i, i + 1) for i in range(7)])
    tasks = table_tasks(_doc([table], date="2010-11-26"), [])
    assert [t.path for t in tasks] == ["I.1", "I.3", "III.6"]
    assert len(tasks[1].responsible) == 1 and tasks[1].coordinating


APPENDIX_1914 = ["STT", "Tên dự án/nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
PAGE_17 = [["I. Các dự án, nhiệm vụ đã được phê quyệt theo Kế hoạch số 3889/KH-UBND ngày 31/12/2022)", "", "", "", ""],
           ["8", "Thuê hạ tầng sao lưu dữ liệu dữ phòng cho Trung tâm dữ liệu tỉnh", "Sở Thông tin và Truyền thông",
            "", "Năm 2023"]]
PAGE_18 = [["9", "Triển khai hệ thống đảm bảo an toàn thông tin tại bộ phận tiếp nhận hồ sơ", "Công an tỉnh", "",
            "Năm 2023"],
           ["II.", "Về thể chế số", "", "", ""]]
PAGE_20 = [["1", "Xây dựng Đề án Chuyển đổi số trên cơ sở rà soát Đề án", "Sở Thông tin và Truyền thông",
            "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố", ""]]
NEW_TABLE = [["1", "Tổ chức hội nghị sơ kết thực hiện Kế hoạch", "Sở Nội vụ", "", "Tháng 6/2023"]]


@pytest.mark.parametrize(("pages", "paths"), [
    pytest.param([PAGE_17, PAGE_18, PAGE_20], ["I.8", "I.9", "II.1"], id="1914-kh-header-repeated-on-each-page"),
    pytest.param([PAGE_17, NEW_TABLE], ["I.8", "1"], id="a-new-table-restarts-its-numbering"),
])
def test_table_whose_header_repeats_on_each_page_keeps_its_groups(pages: list[list[list[str]]],
                                                                   paths: list[str]) -> None:
    """1914/KH-UBND Hải Dương, Phụ lục 1: the header printed again on each page; the group "I." goes on over the
    page ("9" after "8"), and the group row "II." closing a page opens the rows of the next."""
    tables = [Table(page=17 + i, bbox=None, header=APPENDIX_1914, rows=rows, source="pdfplumber",
                    row_spans=[(100 * i + j, 100 * i + j + 1) for j in range(len(rows))])
              for i, rows in enumerate(pages)]
    assert [t.path for t in table_tasks(_doc(tables, date="2023-06-05"), [])] == paths


def test_targets_given_to_lead_bodies_are_tasks() -> None:
    """1914/KH-UBND Hải Dương, Phụ lục 2 "PHÂN CÔNG THEO DÕI, ĐÔN ĐỐC THỰC HIỆN CÁC CHỈ TIÊU"."""
    rows = [["I", "Chính quyền số và đảm bảo an toàn thông tin", "", ""],
            ["1", "80% hồ sơ công việc tại cấp tỉnh; 70% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng",
             "VP UBND tỉnh", "Sở TTTT"]]
    table = Table(page=23, bbox=None, header=["STT", "Nội dung chỉ tiêu", "Chủ trì", "Phối hợp"], rows=rows,
                  source="pdfplumber", row_spans=[(0, 10), (11, 20)])
    tasks = table_tasks(_doc([table], date="2023-06-05"), [])
    assert [(t.path, t.responsible, t.coordinating) for t in tasks] == [("I.1", ["VP UBND tỉnh"], ["Sở TTTT"])]


def test_dash_items_of_a_table_without_stt_are_tasks() -> None:
    """08/KH-STTTT Hà Tĩnh, "III. LỘ TRÌNH THỰC HIỆN" "1. Đợt 1": Thời gian | Nội dung | Đơn vị thực hiện | Ghi chú,
    each dash of a content cell a task "III.1.-N"; a row with neither body nor time is the rest of the row above."""
    rows = [["02/2017", "- Tổ chức các hoạt dộng chào mừng ngày thành lập Đảng - Tổ chức Đón Tết an toàn, vui tươi, "
             "tiết kiệm", "Văn phòng; Công đoàn", ""],
            ["5/2017", "Tổ chức các hoạt động chào mừng Đại hội Công đoàn các cấp", "Công đoàn", ""],
            ["", "- Nhân rộng điển hình, tiên tiến", "", ""]]
    table = Table(page=3, bbox=None, header=["Thời gian", "Nội dung", "Đơn vị thực hiện", "Ghi chú"], rows=rows,
                  source="pdfplumber", row_spans=[(0, 10), (11, 20), (21, 30)])
    tasks = table_tasks(_doc([table], date="2017-01-24"), [])
    assert [(t.path, t.text[:20], t.responsible, t.deadline and t.deadline.date) for t in tasks] == [
        ("-1", "Tổ chức các hoạt dộn", ["Văn phòng", "Công đoàn"], "2017-02-28"),
        ("-2", "Tổ chức Đón Tết an t", ["Văn phòng", "Công đoàn"], "2017-02-28"),
        ("-3", "Tổ chức các hoạt độn", ["Công đoàn"], "2017-05-31"),
        ("-4", "Nhân rộng điển hình,", ["Công đoàn"], "2017-05-31"),
    ]


def test_numbered_rows_whose_stt_header_was_lost_are_not_split_at_dashes() -> None:
    """146/QĐ-TTg appendix as OCR reads it: the STT header cell is lost, the rows keep their numbers and one task
    each, whatever dashes their content holds."""
    rows = [["1", "Xây dựng cơ chế, chính sách - Xây dựng và ban hành cơ chế, chính sách hỗ trợ, triển khai đào tạo",
             "Bộ Giáo dục và Đào tạo", "2022"],
            ["2", "Nâng cao nhận thức về chuyển đổi số", "Bộ Thông tin và Truyền thông", "2022"]]
    table = Table(page=13, bbox=None, header=["", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"], rows=rows,
                  source="ocr", row_spans=[(0, 10), (11, 20)])
    assert [t.path for t in table_tasks(_doc([table], date="2022-01-31"), [])] == ["1", "2"]


def test_appendix_groups_over_pages_with_garbled_and_lost_group_rows() -> None:
    """146/QĐ-TTg 2022 appendix (a scan): the STT title read "T1", the header printed again on each page, group
    row II's label lost and III's read "HI", group IV's row lost at a page break (its rows start again at "2")."""
    names = ["T1", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    again = ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    lead, other = "Bộ, ngành, địa phương", "Bộ Thông tin và Truyền thông"
    pages = [
        (names, [["I", "Xây dựng cơ chế, chính sách", "", "", ""],
                 ["1", "Xây dựng và ban hành cơ chế, chính sách hỗ trợ, triển khai đào tạo", lead, other, "2022 2025 -"],
                 ["2", "Áp dụng hình thức khen thưởng đột xuất và kịp thời cho các cơ quan", lead, other, "2022 2025 -"]]),
        (["", *again[1:]], [["", "Nâng cao nhận thức về chuyển đổi số", "", "", ""],
                            ["I1", "Xây dựng các chiến dịch truyền thông số trải rộng", lead, other, "2022 2030 -"]]),
        (again, [["2", "Xây dựng Cổng thông tin điện tử chính thức về Chương trình", other, lead, "2022 2023 -"],
                 ["HI", "Phổ cập kỹ năng chuyển đổi số", "", "", ""],
                 ["", "Xây dựng Nền tảng học trực tuyến mở đại trà (MOOCs)", other, lead, "2022 2023 -"],
                 ["5.", "Xây dựng và thường xuyên cập nhật phương pháp, tiêu chí", other, lead, "2025 2022 -"]]),
        (again, [["2", "Lựa chọn và đào tạo, bồi dưỡng tối thiểu 1.000 chuyên gia", other, lead, "2022 2025 -"],
                 ["3", "Tổ chức và điều phối hoạt động của mạng lưới chuyên gia chuyển đổi số", other, lead,
                  "2022 2030 -"]]),
    ]
    tables, start = [], 0
    for page, (header, rows) in enumerate(pages, 13):
        spans = [(start + 10 * i, start + 10 * i + 9) for i in range(len(rows))]
        tables.append(Table(page=page, bbox=None, header=header, rows=rows, source="ocr", row_spans=spans))
        start += 100
    tasks = table_tasks(_doc(tables, date="2022-01-28"), [])
    assert [t.path for t in tasks] == ["I.1", "I.2", "II.1", "II.2", "III.1", "III.5", "IV.2", "IV.3"]
    assert [t.deadline and t.deadline.date for t in tasks][-3:] == ["2025-12-31", "2025-12-31", "2030-12-31"]


def test_a_number_whose_first_digit_ocr_lost_opens_no_group() -> None:
    """146/QĐ-TTg rows II.11-13 with "12" read "2": the next row goes on with "13", so no group row was lost."""
    lead, other = "Bộ, ngành, địa phương", "Bộ Thông tin và Truyền thông"
    rows = [["II", "Nâng cao nhận thức về chuyển đổi số", "", "", ""],
            ["11", "Xây dựng các chương trình phát thanh tuyên truyền về chuyển đổi số", other, lead, "2022 - 2030"],
            ["2", "Sưu tầm, biên tập, biên dịch, biên soạn, xây dựng các tài liệu", other, lead, "2022 - 2030"],
            ["13", "Truyền thông về chuyển đổi số kết hợp giữa các phương tiện truyền thông", lead, other, "2022 - 2030"]]
    header = ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    table = Table(page=15, bbox=None, header=header, rows=rows, source="ocr", row_spans=[(i * 10, i * 10 + 9) for i in range(4)])
    assert [t.path for t in table_tasks(_doc([table], date="2022-01-28"), [])] == ["II.11", "II.2", "II.13"]


def test_first_group_row_with_a_garbled_label_and_a_speck_in_the_lead_cell() -> None:
    """1254/KH-BGDĐT appendix (a sideways scan): group "I" read "ï", a speck "=7" in its lead cell."""
    header = ["TT", "Nhiệm vụ", "Th gian", "Sản phẩm hoàn thành", "hủ trì", "phối hợp"]
    rows = [["ï", "Giai đoạn 2021-2025", "", "", "=7", ""],
            ["1", "Kiểm tra, rà soát, hỗ trợ các địa phương", "2022", "Báo cáo đánh giá", "Vụ GDMN",
             "Các đơn vị có liên quan thuộc Bộ"]]
    table = Table(page=6, bbox=None, header=header, rows=rows, source="ocr", row_spans=[(0, 9), (10, 19)])
    tasks = table_tasks(_doc([table], date="2021-11-26"), [])
    assert [t.path for t in tasks] == ["I.1"]
