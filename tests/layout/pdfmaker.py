"""Make small PDFs with reportlab for the layout tests: body lines, raised markers, footnote rules.

A body or footnote line is written with markers as "^n": "về CCHC^1, đảm bảo" draws "1" raised
and smaller right after "CCHC". Each page is (body lines, footnote lines).
"""

from __future__ import annotations

import re
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BODY_SIZE, NOTE_SIZE, MARK_SIZE = 13.0, 10.0, 7.0
LEFT, TOP, PAGE_H = 72.0, 770.0, 842.0


def make_pdf(
    path: Path,
    pages: list[tuple[list[str], list[str]]],
    rule: bool = True,
    password: str | None = None,
    letter_spacing: float = 0.0,
) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    pdf = canvas.Canvas(str(path), pagesize=(595.0, PAGE_H), encrypt=password)
    for body, notes in pages:
        y = TOP
        for line in body:
            _draw(pdf, line, LEFT, y, BODY_SIZE, letter_spacing)
            y -= BODY_SIZE * 1.5
        if notes:
            y = 60.0 + len(notes) * NOTE_SIZE * 1.3
            if rule:
                pdf.setLineWidth(0.6)
                pdf.line(LEFT, y + NOTE_SIZE * 1.2, LEFT + 144.0, y + NOTE_SIZE * 1.2)
            for line in notes:
                _draw(pdf, line, LEFT, y, NOTE_SIZE)
                y -= NOTE_SIZE * 1.3
        pdf.showPage()
    pdf.save()
    return path


def _draw(pdf: object, line: str, x: float, y: float, size: float, spacing: float = 0.0) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for piece in re.split(r"(\^\d+)", line):
        if not piece:
            continue
        raised = piece.startswith("^")
        text, font_size = (piece[1:], MARK_SIZE) if raised else (piece, size)
        written = pdf.beginText(x, y + (size * 0.4 if raised else 0.0))  # type: ignore[attr-defined]
        written.setFont("DejaVu", font_size)
        written.setCharSpace(0.0 if raised else spacing)
        written.textOut(text)
        pdf.drawText(written)  # type: ignore[attr-defined]
        x += stringWidth(text, "DejaVu", font_size) + (0.0 if raised else spacing * len(text))


def make_table_pdf(path: Path) -> Path:
    """A page whose lower half holds a small-font table with short cell borders (no footnotes)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    pdf = canvas.Canvas(str(path), pagesize=(595.0, PAGE_H))
    y = TOP
    for line in ["Các chỉ tiêu chủ yếu và cơ quan theo dõi được xác định như sau:"] * 14:
        _draw(pdf, line, LEFT, y, BODY_SIZE)
        y -= BODY_SIZE * 1.5
    rows = [("1", "Tỷ lệ hồ sơ TTHC", "Sở Khoa học và Công nghệ"), ("2", "Mức độ hài lòng", "Sở Nội vụ")]
    columns = (LEFT, LEFT + 40.0, LEFT + 200.0, LEFT + 420.0)
    for cells in rows:
        y -= 24.0
        for x0, x1, cell in zip(columns, columns[1:], cells, strict=False):
            for ax, ay, bx, by in ((x0, y - 6, x1, y - 6), (x0, y + 16, x1, y + 16), (x0, y - 6, x0, y + 16)):
                pdf.line(ax, ay, bx, by)  # cell borders drawn edge by edge, as Word does
            _draw(pdf, cell, x0 + 3.0, y, NOTE_SIZE)
    pdf.showPage()
    pdf.save()
    return path
