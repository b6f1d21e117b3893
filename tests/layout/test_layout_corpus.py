"""Every real text PDF in ../shared/corpus-real/pdf-text reads and lays out without error.

Huge files are bounded: only their first ``MAX_PAGES`` pages are read (``read_pdf(max_pages=)``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.layout import build_document
from parsers.readers.pdf import read_pdf

REAL = Path(__file__).parents[2] / "../shared/corpus-real/pdf-text"
PDFS = sorted(REAL.rglob("*.pdf")) if REAL.is_dir() else []
MAX_PAGES = 2
CONG_BAO = REAL / "Minh0511__vbpl-web-crawl/147294_-2020_1093___1094_23-VBHN-VPQH..pdf"

pytestmark = pytest.mark.skipif(not PDFS, reason="../shared/corpus-real is absent")


@pytest.mark.slow
@pytest.mark.parametrize("path", PDFS, ids=[p.name[:40] for p in PDFS])
def test_real_pdf_parses(path: Path) -> None:
    pages = read_pdf(path, max_pages=MAX_PAGES)
    doc = build_document(pages, str(path), "pdf")
    assert 1 <= doc.pages <= MAX_PAGES
    for para in doc.paragraphs:
        assert doc.text[para.start : para.end] == para.text
    for marker in doc.markers:
        assert 0 <= marker.offset <= len(doc.text)


def test_cong_bao_pages_keep_footnotes_apart() -> None:
    if not CONG_BAO.exists():
        pytest.skip("Công báo PDF absent")
    pages = read_pdf(CONG_BAO, max_pages=3)
    kinds = [{line.text: line.kind for line in page.lines} for page in pages]
    assert kinds[0]["64"] == "page_number"
    assert kinds[1]["CÔNG BÁO/Số 1093 + 1094/Ngày 21-11-2020"] == "running_header"
    doc = build_document(pages, str(CONG_BAO), "pdf")
    assert [n.marker for n in doc.footnotes] == ["1", "2", "3", "4"]
    assert all(n.linked for n in doc.footnotes)
    assert doc.footnotes[0].text.startswith("Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều")
    marker = next(m for m in doc.markers if m.marker == "1")
    assert doc.text[: marker.offset].endswith("Quốc hội ban hành Luật ban hành văn bản quy phạm pháp luật")
    assert "CÔNG BÁO" not in doc.text


def test_narrow_space_characters_still_separate_words() -> None:
    """Công báo part 2 draws "CỦA QUỐC" with a space character narrower than the gap rule."""
    part2 = REAL / "Minh0511__vbpl-web-crawl/147294_-2020_1095___1096_23-VBHN-VPQH..pdf"
    if not part2.exists():
        pytest.skip("Công báo part 2 absent")
    texts = [line.text for line in read_pdf(part2, max_pages=1)[0].lines]
    assert "CỦA QUỐC HỘI, ỦY BAN THƯỜNG VỤ QUỐC HỘI" in texts
    assert "Văn bản hợp nhất số 23/VBHN-VPQH ngày 15 tháng 7 năm 2020" in texts
