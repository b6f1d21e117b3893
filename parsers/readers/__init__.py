"""Readers: one per file format, each turning a file into ``Page`` objects of ``Line`` objects.

``read_file`` picks the reader from the file's first bytes (not its name) and checks the
cheap failure cases first: missing, empty, not a supported format.
"""

from __future__ import annotations

import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from parsers.model import Line, Page
from vanban.errors import UnreadableFileError


def read_file(path: Path) -> tuple[list[Page], str]:
    """Read ``path`` into pages; return them with the format name (pdf|txt|md|docx|doc)."""
    if not path.exists():
        raise UnreadableFileError(str(path), "not-found", "no such file")
    if path.stat().st_size == 0:
        raise UnreadableFileError(str(path), "empty", "the file has zero bytes")
    fmt = sniff_format(path)
    # inputs: every format within a per-file time limit (VANBAN_TIMEOUT, see readers/limits.py)
    from parsers.readers.limits import current_limits, time_limit

    with time_limit(current_limits().timeout, path):
        return _read_format(path, fmt), fmt


def _read_format(path: Path, fmt: str) -> list[Page]:
    if fmt == "pdf":  # inputs: size/password/page checks, then OCR of pages without a text layer
        from parsers.readers.ocr import read_pdf_checked

        with _pdf_from_its_header(path) as pdf:
            try:
                return read_pdf_checked(pdf)
            except UnreadableFileError as exc:
                raise UnreadableFileError(str(path), exc.reason, exc.detail) from exc
    if fmt == "docx":  # inputs
        from parsers.readers.docx import read_docx

        return read_docx(path)
    if fmt == "doc":  # inputs
        from parsers.readers.doc import read_doc

        return read_doc(path)
    if fmt == "mismatch":  # inputs: "HTML saved as .pdf"
        raise UnreadableFileError(str(path), "unsupported", f"named {path.suffix} but its content is not {path.suffix}")
    if fmt in ("txt", "md"):
        return read_text(path, markdown=fmt == "md")
    raise UnreadableFileError(str(path), "unsupported", f"format {fmt!r} is not read yet")


# How far into a file its "%PDF-" header may start: PDF readers (PDFium, poppler, Acrobat) accept junk
# before it within the first kilobyte, e.g. 21 bytes an e-office system put before "%PDF-1.6".
PDF_HEADER_WINDOW = 1024


def pdf_header_offset(path: Path) -> int:
    """Where the file's "%PDF-" header starts within its first ``PDF_HEADER_WINDOW`` bytes; -1 when it has none."""
    with path.open("rb") as handle:
        return handle.read(PDF_HEADER_WINDOW).find(b"%PDF-")


def sniff_format(path: Path) -> str:
    if pdf_header_offset(path) >= 0:
        return "pdf"
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".docx", ".doc"):  # inputs: a document's name on other content
        return "mismatch"
    return "md" if suffix == ".md" else "txt"


@contextmanager
def _pdf_from_its_header(path: Path) -> Iterator[Path]:
    """``path`` itself, or, when bytes precede its "%PDF-" header, a temporary copy without them: the
    readers then see the offsets the file's cross-reference table was written with (pdfminer, unlike
    PDFium, would otherwise miss objects such as a signature widget's text)."""
    offset = pdf_header_offset(path)
    if offset <= 0:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="vanban-pdf-") as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(path.read_bytes()[offset:])
        yield copy


def read_text(path: Path, markdown: bool = False) -> list[Page]:
    """Plain text: one page (form feeds split pages when a tool left them); markdown (a scrape of a web
    page) as one line per paragraph of the document (``parsers.readers.markdown``).

    Text a PDF extractor left double-spaced (a blank line after every line) keeps only its
    whitespace-only lines as gaps; otherwise every blank line is a gap (an empty ``Line``).
    Footnotes dropped between body lines are marked by ``parsers.footnotes``.
    """
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(str(path), "unsupported", "text is not UTF-8") from exc
    _check_text(path, text)
    if markdown:
        from parsers.readers.markdown import scrape_paragraphs

        text = "\n".join(scrape_paragraphs(text))
    return text_pages(text)


def text_pages(text: str) -> list[Page]:
    """Pages of a plain text (form feeds split them), footnotes and page numbers marked."""
    from parsers.footnotes import mark_text_footnotes

    pages = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines = _text_lines(chunk.splitlines(), number)
        mark_text_footnotes(lines)
        _mark_text_page_numbers(lines)
        pages.append(Page(number=number, lines=lines))
    return pages


# Share of control characters (other than tab, newlines, form feed) above which a "text" file is binary data.
MAX_CONTROL_SHARE = 0.05


def _check_text(path: Path, text: str) -> None:
    """Refuse a text file that holds control bytes (binary data named .md/.txt) or no letter or digit at all."""
    controls = sum(1 for char in text if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise UnreadableFileError(
            str(path), "unsupported", f"not text: {controls} of {len(text)} characters are control bytes"
        )
    if not any(char.isalnum() for char in text):
        raise UnreadableFileError(str(path), "no-text", "the file holds no letter or digit")


def _text_lines(raw: list[str], number: int) -> list[Line]:
    """Lines of one page; a gap becomes one empty ``Line`` (runs of gaps collapse to one)."""
    filled = [i for i, line in enumerate(raw) if line.strip()]
    spaced = sum(1 for i in filled if i + 1 < len(raw) and raw[i + 1] == "") >= 0.8 * max(1, len(filled))
    lines: list[Line] = []
    for line in raw:
        if spaced and line == "":
            continue
        if line.strip() or (lines and lines[-1].text):
            lines.append(Line(text=line.rstrip() if line.strip() else "", page=number))
    return lines


def _mark_text_page_numbers(lines: list[Line]) -> None:
    """A lone number ("2", "- 2 -", "Trang 2") as the first or last line of a page is a page number."""
    from parsers.readers.pdf import PAGE_NUMBER

    filled = [line for line in lines if line.text.strip()]
    for line in filled[:1] + filled[-1:]:
        if PAGE_NUMBER.match(line.text.strip()) and line.kind == "body":
            line.kind = "page_number"
