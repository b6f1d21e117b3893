"""Markdown and text scrapes of legal-text web pages into one line per paragraph.

A scrape (thuvienphapluat.vn saved as markdown, a converter's output) is not the document alone, nor is
it written one paragraph a line:

- the site's own matter comes before the document's header table (copyright lines, a metadata table
  "Số hiệu: | 228/CĐ-TTg", a news summary) and after its signature ("Văn bản này chưa cập nhật nội dung
  Tiếng Anh", "## Văn bản liên quan"): the document starts at the header table whose second cell is the
  national motto, and ends before the first line of ``data/scrape_end_lines.txt``;
- tables come as "bar lines": a "|" alone on a line between cells, two of them between rows;
- emphasis, escapes and links wrap the words ("**1. Thủ" / "trưởng các sở, ban, ngành tỉnh**");
- lines are hard-wrapped near 80 characters, with a blank line between paragraphs or without one.

``scrape_paragraphs`` returns the document's paragraphs, a table row as one line "| cell | cell |" (the
form a one-line markdown table already has). A file already written one paragraph a line keeps its lines.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from statistics import median

from parsers.labels import DASH, starts_with_label
from parsers.text import DATA, nfc

# A table's cell border alone on its line: "|"
BAR = re.compile(r"^\s*\|\s*$")
# A one-line markdown table row: "| Số: 1766/QĐ-UBND | Bình Thuận, ngày 3 tháng 8 năm 2020 |"
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# The national motto that fills the header table's second cell: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
# "ĐẢNG CỘNG SẢN VIỆT NAM" (a party body's header)
MOTTO = re.compile(r"C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A|Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T", re.I)
# Markdown escapes: "1\." -> "1.", "\*" -> "*"
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# Emphasis marks: "**Điều 1.**", "*Hà Nội, ngày 03*"; not a footnote's "(*)" nor an escaped "\*"
EMPHASIS = re.compile(r"(?<![\\(])\*+(?!\))|(?<![\w\\])__?(?=\S)|(?<=[^\s\\])__?(?!\w)")
# "![logo](https://...)" -> ""
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# "[Quyết định 766/QĐ-TTg](https://thuvienphapluat.vn/...)" -> "Quyết định 766/QĐ-TTg"
LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
# An ATX heading's marks: "## Văn bản liên quan"
HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
# Inline HTML a converter left: "<br>", "<strong>", "</span>"
TAG = re.compile(r"</?(?:br|p|span|b|i|u|strong|em|sup|sub|div)\b[^>]*>", re.I)
# A paragraph's last words: "... năm 2025.", "... đề nghị:", "... (b/c);", "... thực hiện./."
ENDS = re.compile(r"[.:;!?…]\W{0,2}$")
# A reference to an article wrapped to the start of a line, no heading: "Điều 2 Nghị quyết số 196/2025/QH15"
CITED_ARTICLE = re.compile(r"^Điều\s+\d+\s+(?![.:])\w")
# An amount wrapped to the start of a line, no item number: "40.000 DWT từ cảng chuyên dụng ...", "2.615 tỷ đồng"
AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?\s")
# Share of a text's lines that must end mid-sentence (the next line going on in small letters) for it to
# be read as hard-wrapped; a file written one paragraph a line has almost none.
WRAPPED_SHARE = 0.15
# Share of the item lines ("1.", "a)", "-") a blank line must precede for blank lines to be the only
# paragraph breaks (a scrape that keeps the page's paragraphs apart).
BLANK_SHARE = 0.6


@dataclass
class _Unit:
    """A table row (its cells) or one line of running text (raw and clean) with a blank line before it."""

    row: list[str] | None = None
    raw: str = ""
    text: str = ""
    gap: bool = False


def scrape_paragraphs(text: str) -> list[str]:
    """The document's paragraphs in a scrape: site matter cut, tables one row a line, markup removed."""
    lines = _cut_start(_cut_end([nfc(line.rstrip()) for line in text.splitlines()]))
    tokens = _tokens(lines)
    units = _units(tokens[_document_start(tokens):])
    return _paragraphs(units)


# ------------------------------------------------------------------------------ inline markup


def clean_inline(raw: str) -> str:
    """One line without markdown marks: "**1. Thủ" -> "1. Thủ", "*Hà Nội, ngày 28*" -> "Hà Nội, ngày 28"."""
    text = TAG.sub(" ", raw)
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = HEADING.sub("", text)
    text = EMPHASIS.sub("", text)
    text = ESCAPE.sub(r"\1", text)
    return " ".join(html.unescape(text).split())


# ------------------------------------------------------------------------------ the document's span


@cache
def _end_patterns() -> tuple[re.Pattern[str], ...]:
    rows = (DATA / "scrape_end_lines.txt").read_text(encoding="utf-8").splitlines()
    return tuple(re.compile(row, re.I) for row in rows if row.strip() and not row.startswith("#"))


def _cut_end(lines: list[str]) -> list[str]:
    """Lines before the site's matter after the document; the page's title line above it goes too when a
    table's last border ("|" after the signature) comes just before that title."""
    end = next((i for i, line in enumerate(lines) if any(p.search(line.strip()) for p in _end_patterns())), None)
    if end is None:
        return lines
    for back in range(end - 1, max(-1, end - 4), -1):
        if BAR.match(lines[back]):
            return lines[: back + 1]
    return lines[:end]


def _cut_start(lines: list[str]) -> list[str]:
    """Lines from the header table written as one-line rows ("| ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN -------- |
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ... |"): the "*Source: https://...*" line and the page's "# title"
    above it are the site's."""
    start = next((i for i, line in enumerate(lines) if PIPE_ROW.match(line) and MOTTO.search(line)), 0)
    return lines[start:]


Token = list[str] | None  # a run of lines between borders, or None for a border "|"


def _tokens(lines: list[str]) -> list[Token]:
    tokens: list[Token] = []
    for line in lines:
        if BAR.match(line):
            tokens.append(None)
        elif tokens and tokens[-1] is not None:
            tokens[-1].append(line)
        else:
            tokens.append([line])
    return tokens


def _cell_text(token: Token) -> str:
    return " ".join(clean_inline(line) for line in token or [] if line.strip())


def _document_start(tokens: list[Token]) -> int:
    """Where the header table starts: the border before the issuer cell, whose next cell is the motto."""
    for k in range(3, len(tokens)):
        if tokens[k] is not None and MOTTO.search(_cell_text(tokens[k])):
            if tokens[k - 1] is None and tokens[k - 2] is not None and tokens[k - 3] is None:
                return k - 3
            return 0
    return 0


# ------------------------------------------------------------------------------ tables


def _units(tokens: list[Token]) -> list[_Unit]:
    units: list[_Unit] = []
    i = 0
    while i < len(tokens):
        if tokens[i] is None:
            rows, i = _table(tokens, i)
            units.extend(_Unit(row=row) for row in rows if any(row))
            continue
        gap = False
        for raw in tokens[i] or []:
            if raw.strip():
                units.append(_Unit(raw=raw.strip(), text=clean_inline(raw), gap=gap))
                gap = False
            else:
                gap = True
        i += 1
    return units


def _table(tokens: list[Token], i: int) -> tuple[list[list[str]], int]:
    """Rows of the bar-line table opened by the border ``tokens[i]``; return them and where the text goes on.

    After a cell's closing border, another border ends the row (and opens the next); a run of text is the
    row's next cell while the row is narrower than the rows above it, or, in a first row, when it is the
    second cell or a cell closed just before the row ends ("| STT | Địa phương | Kinh phí |" "|")."""
    rows: list[list[str]] = []
    cells: list[str] = []
    i += 1
    while i < len(tokens):
        if tokens[i] is None:  # an empty cell right after an opening border
            cells.append("")
            i += 1
        else:
            cells.append(_cell_text(tokens[i]))
            if i + 1 >= len(tokens):
                return [*rows, cells], i + 1
            i += 2  # the cell and its closing border
        if i >= len(tokens):
            break
        if tokens[i] is None:  # the row ends; this border opens the next one
            rows.append(cells)
            cells = []
            i += 1
        elif not _next_cell(rows, cells, tokens, i):
            break
    return [*rows, cells] if cells else rows, i


def _next_cell(rows: list[list[str]], cells: list[str], tokens: list[Token], i: int) -> bool:
    if rows:
        return len(cells) < max(len(row) for row in rows)
    closes_row = i + 1 < len(tokens) and tokens[i + 1] is None and (i + 2 >= len(tokens) or tokens[i + 2] is None)
    return len(cells) < 2 or closes_row


# ------------------------------------------------------------------------------ paragraphs


def _paragraphs(units: list[_Unit]) -> list[str]:
    texts = [u for u in units if u.row is None and u.text]
    wrapped = sum(1 for a, b in zip(texts, texts[1:], strict=False) if _goes_on(a, b)) >= WRAPPED_SHARE * len(texts)
    items = [u for u in texts if starts_with_label(u.text)]
    blank = bool(items) and sum(1 for u in items if u.gap) >= BLANK_SHARE * len(items)
    widths = [len(a.raw) for a, b in zip(texts, texts[1:], strict=False) if _goes_on(a, b)]
    width = median(widths) if widths else 80.0
    out: list[str] = []
    prev: _Unit | None = None
    for unit in units:
        if unit.row is not None:
            out.append("| " + " | ".join(unit.row) + " |")
            prev = None
        elif unit.text:
            if prev is None or not wrapped or _starts_paragraph(prev, unit, blank, width):
                out.append(unit.text)
            else:
                out[-1] += " " + unit.text
            prev = unit
    return out


def _goes_on(prev: _Unit, unit: _Unit) -> bool:
    """``unit`` goes on with ``prev``'s sentence: "... Phó Thủ tướng Chính phủ" / "Bùi Thanh Sơn đã ..." is
    not one of them; "... được quan tâm, triển khai đồng bộ; nhiều văn bản hướng dẫn được" / "ban hành" is."""
    return not unit.gap and unit.text[:1].islower() and not ENDS.search(prev.text)


def _starts_paragraph(prev: _Unit, unit: _Unit, blank: bool, width: float) -> bool:
    """True when the hard-wrapped line ``unit`` opens a paragraph after ``prev``."""
    if unit.gap:
        return True
    if starts_with_label(unit.text) and not _wrapped_reference(prev, unit):
        return True
    if blank:
        return False
    if prev.raw.endswith("*") and (unit.raw.startswith("*") or unit.text[:1].isupper()):
        return True  # an emphasis closes a paragraph: "... (đợt 2).*" / "**QUYẾT ĐỊNH:**"
    if _capitals(prev.text) and not _capitals(unit.text):
        return True  # a capital title before its text: "ĐIỆN BIÊN" / "Trong các ngày 08 và 09 tháng 11 ..."
    opens = unit.text[:1].isupper() or unit.text[:1].isdigit() or unit.text[:1] in "“\"("
    full = len(prev.raw) >= 0.9 * width  # the line ran to the wrap width: a sentence ended there by chance
    return bool(ENDS.search(prev.text)) and opens and not full


def _wrapped_reference(prev: _Unit, unit: _Unit) -> bool:
    """A dash, an article number or an amount that goes on with an unfinished line, not an item: "... kinh
    tế" / "- xã hội ..."; "... theo quy định tại" / "Điều 2 Nghị quyết số 196/2025/QH15 ngày"; "... cầu cảng" /
    "40.000 DWT từ cảng chuyên dụng ..."."""
    unfinished = not ENDS.search(prev.text) and not prev.raw.endswith("*") and not _capitals(prev.text)
    return unfinished and any(p.match(unit.text) for p in (DASH, CITED_ARTICLE, AMOUNT))


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
