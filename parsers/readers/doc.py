"""Legacy Word .doc (binary, OLE2) through antiword, else catdoc; no LibreOffice.

antiword (``-w 0``: one paragraph a line) prints footnote markers in the body as "[1]" glued to
the word ("hành chính[1].", "5.[3] Tái phạm") and the footnotes at the end ("[1] Luật này ...").
Glued markers become superscripts, the closing "[n]" block becomes footnote lines. Table rows
("|Số: 15/2012/QH13 |Hà Nội, ngày ... |") become one line a cell for small rows (header and
signature blocks) and one ``table`` line otherwise. Text typed in TCVN3/VNI fonts is converted.
"""

from __future__ import annotations

import re
from pathlib import Path

from parsers.model import Line, Page
from parsers.readers.legacy import convert_pages
from parsers.readers.limits import Limits, current_limits, run_tool
from vanban.errors import UnreadableFileError

TOOL_TIMEOUT = 60.0
LAYOUT_ROW_MAX_CELLS = 3

# a footnote marker glued to the text before it: "vi phạm hành chính[1].", "5.[3] Tái phạm"
GLUED_MARKER = re.compile(r"(?<=\S)\[(?P<marker>\d{1,3})\]")

# a footnote at the end of antiword's output: "[190] Điều này được bãi bỏ theo quy định tại ..."
NOTE_START = re.compile(r"^\[(?P<marker>\d{1,3})\]\s*(?P<rest>.*)$")

# a table row as antiword draws it: "|QUỐC HỘI      |CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |"
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")

# OLE2 stream name of an encrypted Office 2007+ file ("EncryptedPackage" in UTF-16LE)
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def read_doc(path: Path, limits: Limits | None = None) -> list[Page]:
    """Read a binary .doc into one page of lines (raises ``UnreadableFileError`` with a reason)."""
    limits = limits or current_limits()
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    if _ENCRYPTED_PACKAGE in head:
        raise UnreadableFileError(str(path), "encrypted", "a password-protected Office file")
    text = _extract(path, limits)
    if not text.strip():
        raise UnreadableFileError(str(path), "no-text", "the Word file holds no text")
    pages = [Page(number=1, lines=_lines(text.replace("\f", "\n").splitlines()))]
    convert_pages(pages)
    return pages


def _extract(path: Path, limits: Limits) -> str:
    try:
        out = run_tool(["antiword", "-w", "0", "-m", "UTF-8.txt", str(path)], path, TOOL_TIMEOUT, limits)
    except UnreadableFileError as exc:
        if "ncrypt" in exc.detail:
            raise UnreadableFileError(str(path), "encrypted", "antiword: the file is encrypted") from exc
        if exc.reason == "timeout":
            raise
        out = run_tool(["catdoc", "-d", "utf-8", "-w", str(path)], path, TOOL_TIMEOUT, limits)
    return out.decode("utf-8", "replace")


def _lines(raw: list[str]) -> list[Line]:
    notes_from = _notes_start(raw)
    lines: list[Line] = []
    for index, row in enumerate(raw):
        if index >= notes_from:
            lines.extend(_note_line(row))
        elif TABLE_ROW.match(row):
            lines.extend(_row_lines(row))
        elif row.strip():
            lines.append(_body_line(row.strip()))
    return lines


def _notes_start(raw: list[str]) -> int:
    """Index of the closing footnote block ("[1] ..." after a body citing "[1]"), or len(raw)."""
    body_markers = {m["marker"] for row in raw for m in GLUED_MARKER.finditer(row.strip())}
    if "1" not in body_markers:
        return len(raw)
    starts = [i for i, row in enumerate(raw) if row.strip().startswith("[1]")]
    return starts[-1] if starts else len(raw)


def _body_line(text: str) -> Line:
    superscripts: list[tuple[int, str]] = []
    parts: list[str] = []
    last = 0
    for found in GLUED_MARKER.finditer(text):
        parts.append(text[last : found.start()])
        superscripts.append((sum(len(p) for p in parts), found["marker"]))
        last = found.end()
    parts.append(text[last:])
    return Line(text="".join(parts), page=1, superscripts=superscripts)


def _note_line(row: str) -> list[Line]:
    text = row.strip()
    if not text:
        return []
    start = NOTE_START.match(text)
    if start:
        return [Line(text=start["rest"], page=1, kind="footnote", superscripts=[(0, start["marker"])])]
    return [Line(text=text, page=1, kind="footnote")]


def _row_lines(row: str) -> list[Line]:
    cells = [" ".join(cell.split()) for cell in row.strip().strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    if not cells:
        return []
    if len(cells) <= LAYOUT_ROW_MAX_CELLS:
        return [_body_line(cell) for cell in cells]
    return [Line(text=" | ".join(cells), page=1, kind="table")]
