"""Citation recall on page 1: scans (OCR) next to text-layer PDFs, against numbers read by eye.

Run from the repository root: ``.venv/bin/python -m tests.inputs.scan_recall`` (a few minutes: it
OCRs page 1 of every scan at 300 dpi). Prints a markdown table for the README's inputs section.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from parsers.layout import build_document
from parsers.model import Document
from tests.inputs.test_inputs_ocr import SCANS, found, squash

SHARED = Path(__file__).resolve().parents[2] / "../shared/corpus-real"

# text-layer PDFs of the same kinds -> (number on page 1, numbers cited on page 1), read by eye
TEXT_LAYER: dict[str, tuple[str | None, list[str]]] = {
    "hwolp__RAG_TongHopVBHC/1777967937_45_2026_ND-CP_616621_nghi_dinh_thay_the_73_82_04Text.pdf": (
        "45/2026/NĐ-CP",
        ["63/2025/QH15", "67/2006/QH11", "22/2023/QH15", "58/2024/QH15", "89/2025/QH15", "90/2025/QH15",
         "64/2025/QH15", "87/2025/QH15"],
    ),
    "Minh0511__vbpl-web-crawl/147301_-tvHienThiToanVan_31.VBHN.VPQH.1.pdf": (
        None,
        ["15/2012/QH13", "54/2014/QH13", "18/2017/QH14", "67/2020/QH14", "51/2001/QH10"],
    ),
    "TuanHuu168__CongBot/55_nd_PL_21072023_3_signed.pdf": (None, ["55/2023/NĐ-CP"]),
}

# a number as printed, spaces allowed around the slashes: "79/2022/NĐ-CP", "Số: 70 /KH-UBND", "29-NQ/TW"
RAW_NUMBER = re.compile(
    r"""\b\d{1,5}\s?(?:/\s?\d{4}\s?)?/\s?[A-ZĐ][\w&]*(?:-[A-ZĐ][\w&]*)*   # 79/2022/NĐ-CP, 2144/TTr-BNN-VPĐP
      | \b\d{1,3}-[A-ZĐ]\w*/[A-ZĐ]+                                    # 29-NQ/TW
    """,
    re.VERBOSE,
)


def page_one(path: Path, scanned: bool) -> tuple[Document, float]:
    started = time.monotonic()
    if scanned:
        import pdfplumber

        from parsers.readers.ocr import ocr_pdf_page

        with pdfplumber.open(path) as pdf:
            width, height = pdf.pages[0].width, pdf.pages[0].height
        pages = [ocr_pdf_page(path, 1, width, height)]
    else:
        from parsers.readers import read_file

        pages = read_file(path)[0][:1]
    seconds = time.monotonic() - started
    return build_document(pages, source=str(path), fmt="pdf"), seconds


def recall(doc: Document, cited: list[str]) -> tuple[int, int]:
    """(raw regex hits, extract_citations hits) among ``cited``."""
    raw = {squash(m.group()) for m in RAW_NUMBER.finditer(doc.text)}
    from parsers.citations import extract_citations

    extracted = {squash(c.number) for c in extract_citations(doc)[0]}
    return sum(squash(n) in raw for n in cited), sum(squash(n) in extracted for n in cited)


def main() -> None:
    rows = []
    for group, table, scanned in (("scan", SCANS, True), ("text layer", TEXT_LAYER, False)):
        for name, (number, cited) in table.items():
            folder = "pdf-scanned" if scanned else "pdf-text"
            doc, seconds = page_one(SHARED / folder / name, scanned)
            raw, extracted = recall(doc, cited)
            number_ok = "-" if number is None else ("yes" if found([number], doc.text) else "no")
            rows.append((group, Path(name).name[:28], number_ok, len(cited), raw, extracted, seconds, doc.ocr_confidence))
    print("| set | file | number | cited | raw regex | extract_citations | OCR s | OCR conf |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        seconds = f"{row[6]:.1f}" if row[7] is not None else "-"
        print("| {} | {} | {} | {} | {} | {} | {} | {} |".format(*row[:6], seconds, row[7] or "-"))
    scans = [r for r in rows if r[7] is not None]
    print(f"OCR: {sum(r[6] for r in scans) / len(scans):.1f} s/page (render + tesseract, 300 dpi)")
    for group in ("scan", "text layer"):
        chosen = [r for r in rows if r[0] == group]
        total = sum(r[3] for r in chosen)
        print(f"{group}: raw regex recall {sum(r[4] for r in chosen)}/{total}, "
              f"extract_citations recall {sum(r[5] for r in chosen)}/{total}, "
              f"numbers {sum(r[2] == 'yes' for r in chosen)}/{sum(r[2] != '-' for r in chosen)}")


if __name__ == "__main__":
    main()
