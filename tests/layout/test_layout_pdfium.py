"""The PDFium reader gives the lines the pdfminer reader gave (text, kind, size, style, markers, boxes).

Each row is a real PDF: the team's sample directives and real text PDFs (Word, iTextSharp, Công báo),
first pages only. A difference names the page and the two lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.readers import pdf as reader
from parsers.readers.pdfium import pdf_pages

REPO = Path(__file__).resolve().parents[2]
REAL = REPO / "../shared/corpus-real/pdf-text"
CASES = [
    pytest.param(REPO / "corpus/pdf/hy-ubnd-kh-28-2026-cchc.pdf", id="kh-28-footnotes"),
    pytest.param(REPO / "corpus/pdf/hy-snv-kh-42-2026-kiem-tra.pdf", id="kh-42-table"),
    pytest.param(REAL / "Minh0511__vbpl-web-crawl/TAND281186_-AL_so_55_1666843186172.pdf", id="word-space-objects"),
    pytest.param(REAL / "Minh0511__vbpl-web-crawl/96122_-VanBanGoc_100.2015.QH13.P3.pdf", id="raised-space-m3"),
    pytest.param(REAL / "TuanHuu168__CongBot/PL_QD_1072_ngay_27-2-2024.pdf", id="decomposed-marks"),
    pytest.param(REAL / "Minh0511__vbpl-web-crawl/147294_-2020_1093___1094_23-VBHN-VPQH..pdf", id="cong-bao"),
]
PAGES = 12


BOX_SLACK = 0.3  # points: PDFium keeps positions in single precision


def _lines(pages: list) -> list[list[tuple]]:
    return [[(ln.kind, ln.text, round(ln.font_size or 0, 1), ln.bold, ln.italic, tuple(ln.superscripts))
             for ln in page.lines] for page in pages]


def _box_shift(old: list, new: list) -> float:
    """The largest move of a line's box edge between the two readers."""
    return max((abs(a - b) for p, q in zip(old, new, strict=True) for x, y in zip(p.lines, q.lines, strict=True)
                if x.bbox and y.bbox
                for a, b in zip((x.bbox.x0, x.bbox.top, x.bbox.x1, x.bbox.bottom),
                                (y.bbox.x0, y.bbox.top, y.bbox.x1, y.bbox.bottom), strict=True)), default=0.0)


def _pdfminer_pages(path: Path) -> list:
    """The first pages as the pdfminer reader lays out its characters and rules (the same layout step,
    without the annotation text and tables that only the pdfplumber path adds)."""
    import pdfplumber

    with pdfplumber.open(path, pages=list(range(1, PAGES + 1))) as pdf:
        pages = [reader.page_from_objects(*reader._page_objects(p), float(p.width), float(p.height), p.page_number)
                 for p in pdf.pages]
    reader.mark_running_headers(pages)
    return pages


def test_pages_with_a_ruled_grid_or_annotations_are_read_by_pdfplumber() -> None:
    """PDFium reads plain pages; a page with a ruled table (find_tables) or a signature widget (its
    appearance text) is read again by pdfplumber, and says so in its steps."""
    plain = reader.read_pdf(REPO / "corpus/pdf/hy-ubnd-kh-28-2026-cchc.pdf")
    assert all(not page.steps for page in plain)
    signed = REPO / "../shared/corpus-real/directives/17738-chq-gsql-2025.pdf"
    if not signed.exists():
        pytest.skip("../shared/corpus-real absent")
    ruled = reader.read_pdf(REAL / "TuanHuu168__CongBot/PL_QD_1072_ngay_27-2-2024.pdf", 2)
    assert all(reader.PLUMBER_STEP in page.steps for page in ruled) and any(page.tables for page in ruled)
    first = reader.read_pdf(signed)[0]
    assert reader.PLUMBER_STEP in first.steps
    assert any("17738" in line.text and "CHQ-GSQL" in line.text for line in first.lines)


@pytest.mark.parametrize("path", CASES)
def test_pdfium_lines_are_pdfminer_lines(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} absent")
    old = _pdfminer_pages(path)
    new = [reader.page_from_objects(p.chars, p.segments, p.width, p.height, p.number) for p in pdf_pages(path, PAGES)]
    reader.mark_running_headers(new)
    for number, (before, after) in enumerate(zip(_lines(old), _lines(new), strict=True), start=1):
        assert after == before, f"page {number}"
    assert _box_shift(old, new) <= BOX_SLACK


def test_pdfium_segments_are_pdfminer_rules() -> None:
    path = REPO / "corpus/pdf/hy-snv-kh-42-2026-kiem-tra.pdf"
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        _, expected = reader._page_objects(pdf.pages[0])
    got = next(iter(pdf_pages(path, 1))).segments

    def rounded(segments: list[dict]) -> list[tuple]:
        return sorted(tuple(round(s[k], 1) for k in ("x0", "top", "x1", "bottom")) for s in segments)

    assert rounded(got) == rounded(expected)


RULED = [
    pytest.param(REPO / "corpus/directives-b/1322-qd-ubnd-anphu-2023.pdf", 2, id="qd-1322-plan-table"),
    pytest.param(REAL / "hwolp__RAG_TongHopVBHC/1777967937_45_2026_ND-CP_616621_nghi_dinh_thay_the_73_82_04Text.pdf", 42,
                 id="nd-45-appendix"),
    pytest.param(REAL / "Minh0511__vbpl-web-crawl/TAND104203_-37.2020.AL_1582787342320.pdf", 17, id="an-le-37-table"),
]


@pytest.mark.parametrize(("path", "number"), RULED)
def test_pdfium_tables_are_pdfplumber_tables(path: Path, number: int) -> None:
    """pdfplumber's table finder on PDFium's characters and rules finds the tables it finds on pdfminer's."""
    import pdfplumber

    from parsers.readers.tables import pdfium_tables, pdfplumber_tables

    if not path.exists():
        pytest.skip(f"{path.name} absent")
    page = list(pdf_pages(path, number))[-1]
    with pdfplumber.open(path, pages=[number]) as pdf:
        pdf_page = pdf.pages[0]
        expected = pdfplumber_tables(pdf_page, number, reader._page_objects(pdf_page)[1])
    got = pdfium_tables(page)
    assert [(t.header, t.rows) for t, _ in got] == [(t.header, t.rows) for t, _ in expected]
    assert [[ln.text for ln in rows] for _, rows in got] == [[ln.text for ln in rows] for _, rows in expected]
    assert got, "the page holds a ruled table"
