"""Text drawn by annotations: signature widgets, FreeText and stamp annotations.

E-office systems stamp the document's number and day at issuance inside signature widgets laid
over the blanks of "Số:      /TB-UBND" and "ngày    tháng 11 năm 2024"; the digital-signature
stamp ("Ký bởi: ...", "Thời gian ký: ...") is a widget too. pdfminer reads only the page's own
content stream, so each visible annotation's normal appearance (its /AP /N form XObject) is run
through pdfminer's interpreter with the matrix that maps the form's /BBox onto the annotation's
/Rect (PDF 32000-1 §12.5.5): its characters land where a viewer shows them, in page coordinates.

Public: ``annotation_layouts(pdf_page)``: (origin, pdfminer ``LTPage``) per annotation that draws
something, origin "annotation:widget", "annotation:freetext" or "annotation:stamp".
"""

from __future__ import annotations

from typing import Any

# annotation subtypes whose appearance may carry text of the document, and the origin they get
ORIGINS = {"Widget": "annotation:widget", "FreeText": "annotation:freetext", "Stamp": "annotation:stamp"}
HIDDEN_FLAGS = 0x2 | 0x20  # /F bits: Hidden, NoView (PDF 32000-1 table 165)

Matrix = tuple[float, float, float, float, float, float]


def annotation_layouts(pdf_page: Any) -> list[tuple[str, Any]]:
    """Each visible text-bearing annotation of a pdfplumber page rendered on its own: (origin, LTPage)."""
    from pdfminer.pdftypes import resolve1

    page = pdf_page.page_obj
    out = []
    for ref in resolve1(page.annots) or []:
        annot = resolve1(ref)
        if not isinstance(annot, dict):
            continue
        origin = ORIGINS.get(_name(annot.get("Subtype")))
        form = _appearance(annot)
        if origin is None or form is None or int(resolve1(annot.get("F")) or 0) & HIDDEN_FLAGS:
            continue
        rect = _numbers(annot.get("Rect"), 4)
        if rect is None:
            continue
        try:
            layout = _render(pdf_page, form, rect)
        except Exception:  # a broken appearance stream must not lose the page's own text  # noqa: BLE001
            continue
        out.append((origin, layout))
    return out


def _name(value: Any) -> str:
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    value = resolve1(value)
    return str(value.name) if isinstance(value, PSLiteral) else str(value or "")


def _appearance(annot: dict[str, Any]) -> Any:
    """The normal appearance stream; for a dictionary of states, the one /AS selects."""
    from pdfminer.pdftypes import PDFStream, resolve1

    appearances = resolve1(annot.get("AP"))
    normal = resolve1(appearances.get("N")) if isinstance(appearances, dict) else None
    if isinstance(normal, dict):
        normal = resolve1(normal.get(_name(annot.get("AS")))) if annot.get("AS") else None
    return normal if isinstance(normal, PDFStream) else None


def _numbers(value: Any, count: int) -> list[float] | None:
    from pdfminer.pdftypes import resolve1

    items = resolve1(value)
    if not isinstance(items, list | tuple) or len(items) != count:
        return None
    try:
        return [float(resolve1(item)) for item in items]
    except (TypeError, ValueError):
        return None


def form_matrix(rect: list[float], bbox: list[float], matrix: Matrix) -> Matrix:
    """The form's /Matrix followed by the map of its transformed /BBox onto the annotation's /Rect."""
    from pdfminer.utils import apply_matrix_pt, mult_matrix

    corners = [apply_matrix_pt(matrix, (x, y)) for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]
    bx0, by0 = min(p[0] for p in corners), min(p[1] for p in corners)
    bx1, by1 = max(p[0] for p in corners), max(p[1] for p in corners)
    rx0, ry0, rx1, ry1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
    sx = (rx1 - rx0) / (bx1 - bx0) if bx1 > bx0 else 1.0
    sy = (ry1 - ry0) / (by1 - by0) if by1 > by0 else 1.0
    return mult_matrix(matrix, (sx, 0.0, 0.0, sy, rx0 - bx0 * sx, ry0 - by0 * sy))


def _page_ctm(page: Any) -> Matrix:
    """The page's base matrix, as pdfminer's ``process_page`` sets it for the page's /Rotate."""
    x0, y0, x1, y1 = (float(v) for v in page.mediabox)
    rotate = page.rotate % 360
    if rotate == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotate == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotate == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def _render(pdf_page: Any, form: Any, rect: list[float]) -> Any:
    """Run the appearance form through pdfminer as if drawn on the page; the result is an LTPage."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import mult_matrix

    page = pdf_page.page_obj
    bbox = _numbers(form.get("BBox"), 4) or [rect[0], rect[1], rect[2], rect[3]]
    matrix = tuple(_numbers(form.get("Matrix"), 6) or (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    page_ctm = _page_ctm(page)
    device = PDFPageAggregator(pdf_page.pdf.rsrcmgr, pageno=pdf_page.page_number)
    device.begin_page(page, page_ctm)
    interpreter = PDFPageInterpreter(pdf_page.pdf.rsrcmgr, device)
    resources = resolve1(form.get("Resources")) or page.resources
    ctm = mult_matrix(form_matrix(rect, bbox, matrix), page_ctm)  # type: ignore[arg-type]
    interpreter.render_contents(resources, [form], ctm=ctm)
    device.end_page(page)
    return device.get_result()
