"""Fixtures of the inputs tests: PDFs and Word files made on the fly, paths into ../shared/corpus-real."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "../shared/corpus-real"


def corpus(*parts: str) -> Path:
    """A path under ../shared/corpus-real; the test is skipped when the shared folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared/corpus-real missing)")
    return path


def make_pdf(path: Path, pages: list[list[str]], encrypt: str | None = None) -> Path:
    """A text-layer PDF with one list of lines a page (Helvetica: Latin-1 only)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    encryption = None
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encryption = StandardEncryption(encrypt, ownerPassword="owner-" + encrypt)
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encryption)
    for lines in pages:
        y = 800.0
        for line in lines:
            pdf.setFont("Helvetica", 12)
            pdf.drawString(72, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return path
