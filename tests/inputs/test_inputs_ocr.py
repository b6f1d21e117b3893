"""Scans: pages without a real text layer are OCRed (tesseract, Vietnamese) into lines with bboxes.

Expected numbers were read by eye from the page images (pdftoppm -r 100), not from OCR output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.readers.ocr import is_stamp_line, needs_ocr, ocr_pdf_page, unaccented_layer
from tests.inputs.conftest import corpus, make_pdf

# file under corpus-real/pdf-scanned -> (number printed on page 1, numbers cited on page 1)
SCANS: dict[str, tuple[str | None, list[str]]] = {
    "AVG-Team__VN-Law/06-bct.signed.pdf": ("06/2024/TT-BCT", ["96/2022/NĐ-CP", "69/2018/NĐ-CP", "05/2024/NĐ-CP"]),
    "AVG-Team__VN-Law/153-tb-vpcp.signed.pdf": ("153/TB-VPCP", ["29-NQ/TW"]),
    "AVG-Team__VN-Law/188-vpcp.signed.pdf": (
        "188/QĐ-VPCP",
        ["79/2022/NĐ-CP", "20/NQ-CP", "04/CT-TTg", "145/QĐ-VPCP", "1494/UBND-KSTT"],
    ),
    "AVG-Team__VN-Law/2470-qhdp.signed.pdf": ("2470/VPCP-QHĐP", ["87/BC-UBND", "460/TB-VPCP", "102/TB-VPCP"]),
    "AVG-Team__VN-Law/255-nn.signed.pdf": (
        "225/TTg-NN",
        ["5282/BTNMT-QHPTTNĐ", "85/BTNMT-QHPTTNĐ", "1713/BTNMT-QHPTTNĐ"],
    ),
    "AVG-Team__VN-Law/28-pt.signed.pdf": (
        "28/2023/QĐ-UBND",
        ["43/2014/NĐ-CP", "44/2014/NĐ-CP", "45/2014/NĐ-CP", "46/2014/NĐ-CP", "135/2016/NĐ-CP", "01/2017/NĐ-CP",
         "123/2017/NĐ-CP", "76/2014/TT-BTC", "77/2014/TT-BTC", "36/2014/TT-BTNMT"],
    ),
    "AVG-Team__VN-Law/288-ttg.signed.pdf": ("288/QĐ-TTg", ["320/QĐ-TTg", "18/2022/QĐ-TTg", "2144/TTr-BNN-VPĐP"]),
    "AVG-Team__VN-Law/47-cp.signed.pdf": ("47/NQ-CP", ["57-KL/TW"]),
    "AVG-Team__VN-Law/59-nd.signed.pdf": ("59/2022/NĐ-CP", []),
    "hwolp__RAG_TongHopVBHC/1777977289_46-bqp-vbhn.signed.pdf": (
        None,  # a consolidated text: its number is on the last page
        ["86/2016/TT-BQP", "18/2026/TT-BQP", "35/2013/NĐ-CP", "105/2012/NĐ-CP", "237/2025/NĐ-CP",
         "343/2025/NĐ-CP", "01/2022/NĐ-CP", "03/2025/NĐ-CP"],
    ),
    "nghiado905__mineru_vietocr/g.pdf": ("70/KH-UBND", ["33/CT-TTg", "05-CT/TW"]),
}


def squash(text: str) -> str:
    """Text without spaces, for finding a number printed "Số: 0 6 /2024/TT-BCT"."""
    return re.sub(r"\s+", "", text)


def found(numbers: list[str], text: str) -> list[str]:
    flat = squash(text)
    return [n for n in numbers if squash(n) in flat]


NEEDS_OCR = [
    pytest.param("", True, id="no-text"),
    pytest.param(
        "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: thongtinchinhphu@chinhphu.vn\n"
        "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 12.04.2024 11:10:34 +07:00",
        True,
        id="signature-stamp-only",
    ),
    pytest.param("Căn cứ Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ;", False, id="text"),
    pytest.param("(cid:38)(cid:104)(cid:81)(cid:3)(cid:70)(cid:88) " * 12, True, id="glyphs-without-characters"),
    pytest.param(  # a scanner's OCR without Vietnamese: every mark lost (1254/KH-BGDĐT, page 1)
        "Quye't dinh s6 23/QD-TTg ngay 07/01/2021 dm Thu tuerng Chinh phU ve vi& phe duy't Chuang trinh hanh "
        "d6ng quoc gia vi tre em giai dog' 2021-2030 (sau day g9i tat la Chuang trinh), B6 Giao chic Dao too "
        "(GDDT) ban hanh K6 hoach thvc hien Chuang trinh hanh d6ng qu6c gia vi tre em giai clop 2021-2030 "
        "cua nganh Giao duc \\fed cac not dung cu the nhu sau:",
        True,
        id="unaccented-scanner-ocr",
    ),
    pytest.param(  # the same sentence printed: most words carry a mark
        "Thực hiện Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ về việc phê duyệt Chương "
        "trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 (sau đây gọi tắt là Chương trình), Bộ Giáo dục "
        "và Đào tạo (GDĐT) ban hành Kế hoạch thực hiện Chương trình hành động quốc gia vì trẻ em giai đoạn "
        "2021-2030 của ngành Giáo dục với các nội dung cụ thể như sau:",
        False,
        id="accented-same-sentence",
    ),
    pytest.param(  # a scanner's OCR of 154/CTPH-LĐLĐ-SVH,TT,DL (An Giang), page 1
        "Lien doan Lao dQngtinh va Sa Van hoa, The thao va Du Ijch th6ng nh~t kY kSt Chuang trinh ph6i hgpth\\lc "
        "hi~n giai dO!;lfi2016-2021 vai cac nQi dung nhu sau: I. MVC DICH, YEU cAu' 1. Phat huy k~t qua chuang "
        "trinh ph6i hgp giua hai ben trong 05 nfun qua, tiSp tl,Icth\\lc hi~n co hi~u qua chu truang, duang 16i "
        "cua Dang, chinh sach, phap lu~t cua Nha nuuc",
        True,
        id="unaccented-scanner-ocr-2",
    ),
    pytest.param(  # the same OCR of an appendix page scanned sideways (1254/KH-BGDĐT, page 8)
        "a \" Q . S 0 c X,, c•0 , cm X c ttj`,-Z)\nI c V tQs>.I)\n5' alt) \"\n. 5 0 00(\" 0 0 n) •,\n"
        "H •. <0 , C--3) .0 < C C )-3) .0 <\nn - R t n3roi iz Hi P (-) H .= < H • < H • <\nx )-3 ti Z\nO orrs 0",
        True,
        id="scattered-letters",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEEDS_OCR)
def test_needs_ocr(text: str, expected: bool) -> None:
    assert needs_ocr(text) is expected


# A scanner's OCR layer made without Vietnamese (real page-1 layers of corpus/directives-c 1254-kh-bgddt-2021 and
# 154-ctph-ldld-angiang-2017) is read again by OCR; a real text layer and a short Latin stamp line are not.
LATIN_LAYERS = [
    pytest.param(
        "BO GIAO DIN DAO Ty) CONG HOA XA HQI CHU NGHiA VIET NAM iftic 14p - Tu. do - Hunh phtic S6: 1254 /KH-BGDDT "
        "n am 2021 Ha 1\\1()i, ngay 26 thong11 KE HOACH Thtyc hien Chiro'ng trinh hanh Ong quOc gia vi tre em giai "
        "don 2021-2030 dm nganh Giao dye Quye't dinh s6 23/QD-TTg ngay 07/01/2021 dm Thu tuerng Chinh phU ve vi& phe "
        "duy't Chuang trinh hanh d6ng quoc gia vi tre em",
        True,
        id="scanner-layer-1254-kh-bgddt",
    ),
    pytest.param(
        "t, 1+ ICTPH-LDLD-SVH,TT,DL CQNG HoAxA H()I CHiJ NGHiA vrer NAM DQc Iq,p - TV do - H~nh phuc An Giang, "
        "ngay~8 thdng 4 nam 2017 CHUONGT~PHOIHQP Xay dvng do; sang vin hoa coosO-trong CNVCLD Giai do~n 2016 - 2021 "
        "Thirc hien Nghi quyet 20-NQ/TW ngay 28/0112008 cua Ban Ch~p hanh Trung irong Dang v~ \"TiSp tuc xay dung giai "
        "c~p cong nhan Vi~t Nam thai",
        True,
        id="scanner-layer-154-ctph",
    ),
    pytest.param(
        "Thực hiện Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ về việc phê duyệt Chương trình "
        "hành động quốc gia vì trẻ em giai đoạn 2021-2030 (sau đây gọi tắt là Chương trình), Bộ Giáo dục và Đào tạo "
        "(GDĐT) ban hành Kế hoạch thực hiện Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030",
        False,
        id="text-layer",
    ),
    pytest.param("SAO Y; VAN PHONG UY BAN NHAN DAN; 25/07/2025 10:25:14 +07:00", False, id="short-latin-line"),
]


@pytest.mark.parametrize(("text", "expected"), LATIN_LAYERS)
def test_latin_only_layer(text: str, expected: bool) -> None:
    assert unaccented_layer(text) is expected


STAMP_LINES = [
    pytest.param("Người ký: CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", True, id="nguoi-ky"),
    pytest.param("CHINHPHU.VNThời gian ký: 12.04.2024 11:10:34 +07:00", True, id="logo-glued-to-time"),
    pytest.param("SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ;", True, id="sao-y"),
    pytest.param("Ngày: A2.1/L12024....", True, id="incoming-date"),
    pytest.param("Ngày 19 tháng 3 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng", False, id="body-ngay"),
    pytest.param("đăng tải trên Cổng Thông tin điện tử Chính phủ và Công báo", False, id="body-cong-thong-tin"),
]


@pytest.mark.parametrize(("text", "expected"), STAMP_LINES)
def test_stamp_lines(text: str, expected: bool) -> None:
    assert is_stamp_line(text) is expected


# page 1 of two scans, OCRed at 200 dpi to keep the suite short (the slow test below does all, at 300)
QUICK = ["AVG-Team__VN-Law/188-vpcp.signed.pdf", "AVG-Team__VN-Law/2470-qhdp.signed.pdf"]


@pytest.mark.parametrize("name", QUICK, ids=lambda name: Path(name).stem)
def test_scan_page_one(name: str) -> None:
    page = ocr_pdf_page(corpus("pdf-scanned", name), 1, 602, 844, dpi=200)
    number, cited = SCANS[name]
    body = "\n".join(line.text for line in page.lines if line.kind == "body")
    assert found([number or ""], body) == [number]
    assert found(cited, body) == cited
    assert page.ocr and page.ocr_confidence is not None and page.ocr_confidence > 80
    stamps = " ".join(line.text for line in page.lines if line.kind == "stamp")
    assert "Người ký" in stamps and "Người ký" not in body and "Thời gian ký" not in body
    sizes = sorted(line.font_size or 0 for line in page.lines if line.kind == "body")
    assert 11 <= sizes[len(sizes) // 2] <= 16  # body text of these decisions is 13-14 pt
    assert all(line.bbox and 0 <= line.bbox.x0 < line.bbox.x1 <= 602 for line in page.lines)


def test_page_scanned_upside_down_is_turned() -> None:
    """Page 2 of Chỉ thị 01/2013/CT-UBND of Cà Mau (set D) was scanned upside down: read as is, it gives wide
    words of low confidence ("8uon 8ưnI[ ga quịp Ánb"); turned, the lettered points of item 2 come back."""
    pdf = Path(__file__).resolve().parents[2] / "corpus" / "directives-d" / "01-ct-ubnd-camau-2013.pdf"
    page = ocr_pdf_page(pdf, 2, 595, 842)
    body = " ".join(line.text for line in page.lines)
    assert page.ocr_confidence is not None and page.ocr_confidence > 80
    assert "Nuôi từ 1.000 con trở lên" in body and "khai báo với Chi cục Thú y tỉnh" in body


def test_mixed_pdf_ocrs_only_the_image_page(tmp_path: Path) -> None:
    """Page 1 has a text layer, page 2 is a picture of text, page 3 is blank: only page 2 is OCRed."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 40)
    image = Image.new("L", (1654, 600), 255)
    draw = ImageDraw.Draw(image)
    draw.text((120, 120), "Căn cứ Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10", font=font, fill=0)
    draw.text((120, 200), "năm 2022 của Chính phủ quy định chức năng;", font=font, fill=0)
    picture = tmp_path / "trang-2.png"
    image.save(picture)
    path = make_pdf(tmp_path / "hon-hop.pdf", [["Dieu 1. Quyet dinh nay co hieu luc tu ngay ky ban hanh."] * 3, []])
    _draw_image_on_page_two(path, picture)
    doc = parse_file(path)
    assert doc.pages == 3
    assert doc.ocr_pages == [2]
    assert doc.ocr_confidence is not None and doc.ocr_confidence > 70
    assert "Quyet dinh nay co hieu luc" in doc.text
    assert "79/2022/NĐ-CP" in doc.text
    assert "ocr:vie" in doc.normalisation


def _draw_image_on_page_two(path: Path, picture: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(3):
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 800 - 18 * _, "Dieu 1. Quyet dinh nay co hieu luc tu ngay ky ban hanh.")
    pdf.showPage()
    pdf.drawImage(str(picture), 0, 842 - 300, width=595, height=595 * 600 / 1654)
    pdf.showPage()
    pdf.drawString(290, 40, "3")  # a blank page but for its number: nothing to OCR
    pdf.showPage()
    pdf.save()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SCANS), ids=lambda name: Path(name).stem)
def test_every_scan_extracts(name: str) -> None:
    """Whole documents: every page OCRed; page 1's number and cited numbers come out."""
    path = corpus("pdf-scanned", name)
    doc = parse_file(path)
    assert doc.ocr_pages == list(range(1, doc.pages + 1))
    assert len(doc.text) > 500 * doc.pages
    number, cited = SCANS[name]
    page_one = "\n".join(p.text for p in doc.paragraphs if p.page == 1)
    if number and number not in UNREADABLE_NUMBERS:
        assert found([number], page_one) == [number]
    assert 3 * len(found(cited, page_one)) >= 2 * len(cited)  # OCR misreads some italic digits


# numbers a reader sees but OCR cannot: the 153 is half hidden under the incoming-mail stamp,
# the 288 is handwritten in the form's blank
UNREADABLE_NUMBERS = {"153/TB-VPCP", "288/QĐ-TTg"}


OCR_FIXES = [
    pytest.param("Sô: 188/QĐ-VPCP", "Số: 188/QĐ-VPCP", id="so-circumflex"),
    pytest.param("QUYÉT ĐỊNH:", "QUYẾT ĐỊNH:", id="quyet-dinh"),
    pytest.param("Số: 2307 /QĐÐ-UBND", "Số: 2307 /QĐ-UBND", id="doubled-d-stroke"),
    pytest.param("Sóc Trăng, ngày 05 tháng 5 năm 2025", "Sóc Trăng, ngày 05 tháng 5 năm 2025", id="soc-trang-untouched"),
    pytest.param("- Đây mạnh hỗ trợ doanh nghiệp tìm kiếm các thị trường; Thúc đây tăng",
                 "- Đẩy mạnh hỗ trợ doanh nghiệp tìm kiếm các thị trường; Thúc đẩy tăng", id="day-manh-thuc-day"),
    pytest.param("Đây là nhiệm vụ trọng tâm", "Đây là nhiệm vụ trọng tâm", id="day-la-untouched"),
    pytest.param("3.1. Đối với Đảng úy - UBND các xã, thị trấn", "3.1. Đối với Đảng ủy - UBND các xã, thị trấn",
                 id="43-krongno-dang-uy"),
    pytest.param("Đại úy Nguyễn Văn A", "Đại úy Nguyễn Văn A", id="army-rank-untouched"),
    pytest.param("- Tiếp. tục chỉ đạo Ban CHQS xã, thị trấn", "- Tiếp tục chỉ đạo Ban CHQS xã, thị trấn",
                 id="43-krongno-tiep-tuc"),
    pytest.param("3- Kết thúc mỗi đợt kiểm điểm, các tô công tác kịp thời gửi báo cáo",
                 "3- Kết thúc mỗi đợt kiểm điểm, các tổ công tác kịp thời gửi báo cáo", id="368-bacgiang-to-cong-tac"),
    pytest.param("- Tô chức hội nghị triển khai việc lập bản đồ", "- Tổ chức hội nghị triển khai việc lập bản đồ",
                 id="43-krongno-to-chuc"),
    pytest.param("tô điểm thêm cho cảnh quan", "tô điểm thêm cho cảnh quan", id="to-diem-untouched"),
    pytest.param("thực hiện Nghị quyết Trung ương 4 (khóa XI) của tỉnh yêu câu:",
                 "thực hiện Nghị quyết Trung ương 4 (khóa XI) của tỉnh yêu cầu:", id="368-bacgiang-yeu-cau"),
    pytest.param("I. MỤC ĐÍCH, YÊU CÀU", "I. MỤC ĐÍCH, YÊU CẦU", id="yeu-cau-caps"),
    pytest.param("3. Sở Văn hóa, Thể thao và Du lịch| Sở Tài chính căn cứ chức năng",
                 "3. Sở Văn hóa, Thể thao và Du lịch Sở Tài chính căn cứ chức năng", id="695-bacgiang-fax-rule"),
    pytest.param("chủ động phôi hợp với|Ban Thường trực Ủy", "chủ động phối hợp với Ban Thường trực Ủy",
                 id="695-bacgiang-fax-rule-before-a-word"),
    pytest.param("giao phòng Nông nghiệp và PTNT phôi hợp Hạt Kiểm lâm, UBND xã Đức Xuyên kiểm tra",
                 "giao phòng Nông nghiệp và PTNT phối hợp Hạt Kiểm lâm, UBND xã Đức Xuyên kiểm tra",
                 id="217-krongno-phoi-hop"),
    pytest.param("Giao phòng Kinh tế - Hạ tầng khẩn. trương thâm định các hồ sơ công trình",
                 "Giao phòng Kinh tế - Hạ tầng khẩn trương thâm định các hồ sơ công trình", id="217-krongno-khan-truong"),
    pytest.param("phôi thai", "phôi thai", id="phoi-untouched"),
    pytest.param("| Tỉnh Cao Bằng | 04 |", "| Tỉnh Cao Bằng | 04 |", id="table-cells-untouched"),
    pytest.param("1. Các Sở, ban, ngành thuộc ƯBND tỉnh", "1. Các Sở, ban, ngành thuộc UBND tỉnh", id="695-U-horn"),
    pytest.param("Sổ: 565/TB-UBND", "Số: 565/TB-UBND", id="so-hook"),
    pytest.param("Sô 565/TB-UBND", "Số 565/TB-UBND", id="so-no-colon-before-a-number"),
    pytest.param("Số: 957 /KH-HQKV§", "Số: 957 /KH-HQKV8", id="957-eight-as-section-sign"),
    pytest.param("_§ố: 1HỊ /PKTHT-TH", "_§ố: 1HỊ /PKTHT-TH", id="141-section-sign-for-s-untouched"),
    pytest.param("Số lượng 15/20 xã", "Số lượng 15/20 xã", id="so-luong-untouched"),
    pytest.param("Đăk R lấp, ngày 09 thắng 5 năm 2019", "Đăk R lấp, ngày 09 tháng 5 năm 2019", id="267-dakrlap-thang"),
    pytest.param("An Phú, ngày 09 tháng 6 nắm 2022", "An Phú, ngày 09 tháng 6 năm 2022", id="155-anphu-nam"),
    pytest.param("Hà Nội, ngảy 15 tháng 10 năm 2012", "Hà Nội, ngày 15 tháng 10 năm 2012", id="ngay-hook"),
    pytest.param("Quảng Ngãi, ngàv 15 thảng 11 nãm 2024", "Quảng Ngãi, ngày 15 tháng 11 năm 2024", id="three-words-misread"),
    pytest.param("Ngày 24 tháng 5 năm 2019, Ủy ban", "Ngày 24 tháng 5 năm 2019, Ủy ban", id="409-capital-kept"),
    pytest.param("3. Sớ Kế hoạch và Đầu tư và Sở Tài chính: Theo chức năng nhiệm vụ, phối hợp",
                 "3. Sở Kế hoạch và Đầu tư và Sở Tài chính: Theo chức năng nhiệm vụ, phối hợp", id="1740-hatinh-so-acute"),
    pytest.param("dâng sớ lên vua", "dâng sớ lên vua", id="so-memorial-untouched"),
]


@pytest.mark.parametrize(("ocr", "fixed"), OCR_FIXES)
def test_ocr_fixes(ocr: str, fixed: str) -> None:
    from parsers.readers.ocr import fix_ocr_text

    assert fix_ocr_text(ocr) == fixed


def test_ocr_cache_reads_each_page_image_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With VANBAN_OCR_CACHE set, a page image OCRed once is read from the cache the next time:
    tesseract is not run again and the page comes out the same."""
    from parsers.readers import ocr

    scan = corpus("pdf-scanned", "AVG-Team__VN-Law", "153-tb-vpcp.signed.pdf")
    monkeypatch.setenv("VANBAN_OCR_CACHE", str(tmp_path / "cache"))
    first = ocr_pdf_page(scan, 1, 595.0, 842.0, dpi=150)
    assert len(list((tmp_path / "cache").glob("*.tsv"))) == 1
    calls: list[list[str]] = []
    real_run_tool = ocr.run_tool

    def counting(args: list[str], *rest: object, **kwargs: object) -> bytes:
        calls.append(args)
        return real_run_tool(args, *rest, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ocr, "run_tool", counting)
    second = ocr_pdf_page(scan, 1, 595.0, 842.0, dpi=150)
    assert [call[0] for call in calls] == ["pdftoppm"]
    assert [line.text for line in second.lines] == [line.text for line in first.lines]
    monkeypatch.delenv("VANBAN_OCR_CACHE")
    ocr_pdf_page(scan, 1, 595.0, 842.0, dpi=150)
    assert [call[0] for call in calls] == ["pdftoppm", "pdftoppm", "tesseract"]


def _words(row: list[tuple[str, float, int, int]]) -> list:
    """Words of one tesseract line: (text, confidence, left, right), 40 pixels high at 300 dpi."""
    from parsers.readers.ocr import _Word

    return [_Word(text, conf, left, 1000, right, 1040) for text, conf, left, right in row]


UNSURE_LABELS = [  # real first words of lines in the tesseract TSV of the scans of corpus-real/directives
    pytest.param([("—", 29, 367, 400), ("Khẩn", 93, 422, 520), ("trương", 95, 535, 680)], "— Khẩn trương",
                 id="217-krongno-em-dash-at-29"),
    pytest.param([("II.", 0, 330, 380), ("HIỆN", 90, 396, 520), ("TRẠNG", 91, 540, 700)], "II. HIỆN TRẠNG",
                 id="roman-at-0"),
    pytest.param([("I.", 29, 527, 560), ("Bộ", 92, 586, 640), ("trưởng,", 93, 655, 800)], "Bộ trưởng,",
                 id="29-cd-ttg-unsure-I-before-a-sentence-dropped"),
    pytest.param([("-", 0, 0, 30), ("định", 90, 66, 160), ("tại", 92, 175, 240)], "định tại",
                 id="speckle-before-lower-case"),
    pytest.param([("-", 29, 147, 170), ("CHINHPHU.VNThời", 80, 716, 1200)], "CHINHPHU.VNThời", id="far-from-the-text"),
    pytest.param([("3", 28, 560, 580), ("Cụm", 90, 598, 680), ("từ", 92, 695, 740)], "Cụm từ", id="number-without-dot"),
    pytest.param([("¬", 19, 512, 540), ("Đẩy", 90, 560, 640), ("mạnh", 92, 655, 760)], "- Đẩy mạnh",
                 id="08-daknong-dash-read-as-not-sign"),
    pytest.param([("~", 76, 300, 325), ("Thủ", 90, 336, 400), ("tướng,", 92, 415, 540)], "- Thủ tướng,",
                 id="dash-read-as-tilde"),
]


@pytest.mark.parametrize(("row", "text"), UNSURE_LABELS)
def test_unsure_label_kept_at_line_start(row: list[tuple[str, float, int, int]], text: str) -> None:
    from parsers.readers.ocr import _lines_of

    lines = _lines_of(_words(row), 1, 72 / 300)
    assert lines[0].text == text


# (first words as (text, confidence, left, top, right, bottom), the line read) from the tesseract TSV of real scans:
# a flat mark read as a colon is a dash; a colon's own box is taller than wide; a speckle is too small.
FLAT_MARKS = [
    pytest.param([(":", 34, 518, 825, 534, 831), ("Khuyến", 96, 552, 783, 737, 858), ("khích", 95, 760, 783, 890, 850)],
                 "- Khuyến khích", id="11-ct-hanoi-dash-read-as-colon"),
    pytest.param([(":", 86, 300, 1010, 312, 1015), ("Ủy", 95, 330, 990, 382, 1042), ("ban", 95, 400, 1000, 462, 1034)],
                 "- Ủy ban", id="distribution-dash-read-as-colon"),
    pytest.param([(":", 90, 300, 1000, 306, 1030), ("Ủy", 95, 330, 990, 382, 1042)], ": Ủy", id="a-real-colon-stays"),
    pytest.param([(".", 50, 300, 1020, 305, 1021), ("Ủy", 95, 310, 990, 362, 1042)], ". Ủy", id="a-speckle-stays"),
]


@pytest.mark.parametrize(("row", "text"), FLAT_MARKS)
def test_flat_mark_at_line_start_is_a_dash(row: list[tuple[str, float, int, int, int, int]], text: str) -> None:
    from parsers.readers.ocr import _lines_of, _Word

    lines = _lines_of([_Word(*word) for word in row], 1, 72 / 300)
    assert lines[0].text == text


def test_unsure_capitals_word_inside_a_labelled_heading_is_kept() -> None:
    """11/CT-UBND Hà Nội (a scan): "TIỂU," at 21 in "I. MỤC TIỂU, YÊU CÂU"; dropped, the line split in two runs and the
    section lost its title. An unsure word of a sentence is still dropped."""
    from parsers.readers.ocr import _lines_of

    heading = [("I.", 91, 516, 549), ("MỤC", 95, 569, 704), ("TIỂU,", 21, 724, 879), ("YÊU", 95, 897, 1016),
               ("CÂU", 44, 1036, 1157)]
    assert [line.text for line in _lines_of(_words(heading), 1, 72 / 300)] == ["I. MỤC TIỂU, YÊU CẦU"]
    sentence = [("Các", 95, 516, 580), ("sở,", 95, 600, 660), ("XỸ", 21, 680, 720), ("ban", 95, 740, 800)]
    assert [line.text for line in _lines_of(_words(sentence), 1, 72 / 300)] == ["Các sở, ban"]


@pytest.mark.parametrize(
    ("rows", "minimum", "expected"),
    [
        pytest.param(["##..###", "......."], 2, [(0, 0, 2), (0, 4, 7)], id="runs-at-both-ends-of-a-row"),
        pytest.param(["#######", "#######"], 7, [(0, 0, 7), (1, 0, 7)], id="a-rule-of-full-width-stops-at-its-row"),
        pytest.param(["#.#.#..", ".####.."], 3, [(1, 1, 5)], id="runs-shorter-than-minimum-left-out"),
        pytest.param([".......", "......."], 1, [], id="a-blank-image-has-no-run"),
    ],
)
def test_ink_runs_of_a_scan_stay_inside_their_row(rows: list[str], minimum: int, expected: list[tuple[int, int, int]]) -> None:
    """``tables._runs`` lays the rows end to end to find runs in one pass: a run never crosses a row's end."""
    import numpy as np

    from parsers.readers.tables import _runs

    mask = np.array([[ch == "#" for ch in row] for row in rows])
    assert _runs(mask, minimum) == expected
    assert _runs(mask[:, ::-1][:, ::-1], minimum) == expected  # a strided view reads the same
