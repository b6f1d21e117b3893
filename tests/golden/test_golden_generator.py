"""The sample PDFs look like real directives where the parsers care: read with pdfplumber, not vanban."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PLAN = CORPUS / "pdf" / "hy-ubnd-kh-28-2026-cchc.pdf"


def gold(name: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def test_footnote_marker_is_a_raised_smaller_digit() -> None:
    """Marker 1 follows "năm 2026" on page 1, smaller than the body and set higher on the line."""
    with pdfplumber.open(PLAN) as pdf:
        chars = pdf.pages[0].chars
    body = [c for c in chars if c["text"] == "6" and c["size"] == 14]
    marker = next(c for c in chars if c["text"] == "1" and c["size"] < 10 and c["top"] < 500)
    line = [c for c in body if abs(c["bottom"] - marker["bottom"]) < 8]
    assert line, "the marker sits on a body line"
    assert marker["top"] < min(c["top"] for c in line)
    assert marker["bottom"] < min(c["bottom"] for c in line)


def test_long_footnote_runs_on_to_the_next_page() -> None:
    """Footnote 3 starts under the rule of page 3 and its last words are at the foot of page 4."""
    note = gold("hy-ubnd-kh-28-2026-cchc")["footnotes"]["3"]
    with pdfplumber.open(PLAN) as pdf:
        page3, page4 = pdf.pages[2], pdf.pages[3]
        foot3 = page3.crop((0, page3.height * 0.6, page3.width, page3.height)).extract_text()
        foot4 = page4.crop((0, page4.height * 0.7, page4.width, page4.height)).extract_text()
        rules = [ln for ln in page4.lines if ln["x1"] - ln["x0"] < 200 and ln["top"] > page4.height * 0.7]
    assert note[:40] in foot3.replace("\n", " ")
    assert note[-40:] in foot4.replace("\n", " ")
    assert rules, "a short rule above the continued footnote"


@pytest.mark.parametrize("name", ["hy-ubnd-kh-28-2026-cchc", "vpcp-tb-45-2026"], ids=str)
def test_page_numbers_at_top_centre_from_page_two(name: str) -> None:
    with pdfplumber.open(CORPUS / "pdf" / f"{name}.pdf") as pdf:
        assert len(pdf.pages) == gold(name)["pages"]
        first = pdf.pages[0].extract_words()[0]["text"]
        assert first != "1"
        for number, page in enumerate(pdf.pages[1:], start=2):
            top = min(page.extract_words(), key=lambda w: w["top"])
            assert top["text"] == str(number)
            assert abs((top["x0"] + top["x1"]) / 2 - page.width / 2) < 5


def test_vietnamese_text_and_escaping_sample_round_trip() -> None:
    """Every diacritic survives the font subset; the script tag is literal text of the notice."""
    with pdfplumber.open(CORPUS / "pdf" / "hy-skhcn-tb-35-2026.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "<script>alert(1)</script>" in text
    assert "Sở Khoa học và Công nghệ nhận được phản ánh" in text.replace("\n", " ")


def _depth(edges: dict[str, set[str]], start: str, seen: frozenset[str] = frozenset()) -> int:
    """Longest chain of citations from ``start`` without revisiting a document."""
    nexts = [n for n in edges.get(start, set()) if n not in seen]
    return max((1 + _depth(edges, n, seen | {start}) for n in nexts), default=0)


@pytest.mark.parametrize(
    ("start", "depth"),
    [
        pytest.param("35/TB-SKHCN", 5, id="notice-to-party-resolution"),
        pytest.param("640/UBND-NC", 3, id="decree-178-chain"),
        pytest.param("42/KH-SNV", 3, id="archives-chain"),
    ],
)
def test_gold_citations_form_chains(start: str, depth: int) -> None:
    """The sample corpus is a graph worth drawing: documents cite documents that cite others."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "gold").glob("*.json"))]
    edges = {g["document"]["number"]: {c["number"] for c in g["citations"]} for g in golds}
    assert _depth(edges, start) >= depth
