"""Render the sample directives in corpus/src/*.json to PDF and write their gold annotations.

usage: .venv/bin/python corpus/generate.py [--out DIR] [NAME ...]

Each source file is one directive written by the team. The generator typesets it like a real
one (Nghị định 30/2020/NĐ-CP, Appendix I): a two-column header (issuer left, national motto right),
italic place and date, bold type name and subject, a justified 14 pt body, real superscript
footnote markers, footnotes under a short rule at the foot of the page (a long one may run on to
the next page), page numbers at the top centre from page 2, tables, and the signature block with
"Nơi nhận". It writes ``pdf/<name>.pdf`` and ``gold/<name>.json``; the gold comes from the source
and from the page layout the generator chose, never from vanban. Output is byte-for-byte
deterministic (reportlab ``invariant=1``).

Inline markup in source text: ``**bold**``, ``~~italic~~``, ``[^3]`` footnote marker 3.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
)
FONT_FILES = {
    "R": "LiberationSerif-Regular.ttf",
    "B": "LiberationSerif-Bold.ttf",
    "I": "LiberationSerif-Italic.ttf",
    "BI": "LiberationSerif-BoldItalic.ttf",
}

PAGE_W, PAGE_H = A4
MM = 72 / 25.4
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 15 * MM, 20 * MM, 20 * MM
TEXT_W = PAGE_W - LEFT - RIGHT
BODY_SIZE = 14.0
BODY_LEADING = 17.5
PARA_SPACE = 6.0
INDENT = 10 * MM
NOTE_SIZE = 10.0
NOTE_LEADING = 12.0
NOTE_SEPARATOR = 14.0  # space taken by the rule above the footnotes
SUP_SCALE, SUP_RISE = 0.62, 0.36
LEFT_COL = (12 * MM, 78 * MM)  # x0, width of the issuer column (from the page edge)
RIGHT_COL = (88 * MM, 112 * MM)

MARKUP = re.compile(r"(\*\*|~~|\[\^\d+\])")
ROMAN = re.compile(r"^([IVXLC]+)\.\s")
ARTICLE = re.compile(r"^\**Điều\s+(\d+)\.")
SUBITEM = re.compile(r"^\**(\d+)\.(\d+)\.\s")
ITEM = re.compile(r"^\**(\d+)\.\s")
LETTER = re.compile(r"^\**([a-zđ])\)\s")
DASH = re.compile(r"^[-–]\s")
PLAIN = re.compile(r"\*\*|~~|\[\^\d+\]")


# ---------------------------------------------------------------- fonts and text runs


def register_fonts() -> None:
    for style, filename in FONT_FILES.items():
        path = next((d / filename for d in FONT_DIRS if (d / filename).exists()), None)
        if path is None:
            sys.exit(f"font {filename} not found in {', '.join(map(str, FONT_DIRS))}: install fonts-liberation2")
        pdfmetrics.registerFont(TTFont(f"Serif-{style}", str(path)))


def font(bold: bool, italic: bool) -> str:
    return "Serif-" + ({(False, False): "R", (True, False): "B", (False, True): "I", (True, True): "BI"}[(bold, italic)])


@dataclass
class Piece:
    text: str
    font: str
    size: float
    rise: float = 0.0

    @property
    def width(self) -> float:
        return pdfmetrics.stringWidth(self.text, self.font, self.size)


@dataclass
class Word:
    pieces: list[Piece] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)


def plain(text: str) -> str:
    """Source text without markup: what a reader should see."""
    return PLAIN.sub("", text)


def words_of(text: str, size: float, bold: bool = False, italic: bool = False) -> list[Word]:
    """Split marked-up text into words; a footnote marker is a raised piece glued to its word."""
    words: list[Word] = [Word()]
    for token in MARKUP.split(text):
        if token == "**":
            bold = not bold
        elif token == "~~":
            italic = not italic
        elif token.startswith("[^"):
            marker = token[2:-1]
            words[-1].pieces.append(Piece(marker, font(False, False), size * SUP_SCALE, size * SUP_RISE))
            words[-1].notes.append(marker)
        else:
            parts = token.split(" ")
            for index, part in enumerate(parts):
                if index:
                    words.append(Word())
                if part:
                    words[-1].pieces.append(Piece(part, font(bold, italic), size))
    return [w for w in words if w.pieces]


def wrap(words: list[Word], width: float, first_indent: float = 0.0, hyphens: bool = False) -> list[list[Word]]:
    """Greedy line breaking; with ``hyphens`` a word may break after a hyphen, as Word does
    ("521/UBND-" / "PVHCC&KSTT")."""
    lines: list[list[Word]] = [[]]
    used, avail = 0.0, width - first_indent
    queue = list(words)
    while queue:
        word = queue.pop(0)
        space = pdfmetrics.stringWidth(" ", word.pieces[0].font, word.pieces[0].size)
        extra = word.width + (space if lines[-1] else 0.0)
        if lines[-1] and used + extra > avail:
            head = _hyphen_head(word, avail - used - space) if hyphens else None
            if head:
                lines[-1].append(head[0])
                queue.insert(0, head[1])
            lines.append([])
            used, avail = 0.0, width
            if head:
                continue
            extra = word.width
        lines[-1].append(word)
        used += extra
    return [line for line in lines if line]


def _hyphen_head(word: Word, room: float) -> tuple[Word, Word] | None:
    """Split a one-piece word after its last hyphen that leaves a head fitting in ``room``."""
    if len(word.pieces) != 1 or word.notes:
        return None
    piece = word.pieces[0]
    cuts = [i + 1 for i, ch in enumerate(piece.text) if ch == "-" and 2 < i + 1 < len(piece.text) - 1]
    for cut in reversed(cuts):
        head = Piece(piece.text[:cut], piece.font, piece.size)
        if head.width <= room:
            return Word([head]), Word([Piece(piece.text[cut:], piece.font, piece.size)])
    return None


def draw_words(c: Canvas, words: list[Word], x: float, y: float, gap_extra: float = 0.0) -> None:
    """Draw words from baseline ``y``; each word but the last is followed by a real space glyph."""
    for index, word in enumerate(words):
        for piece in word.pieces:
            c.setFont(piece.font, piece.size)
            c.drawString(x, y + piece.rise, piece.text)
            x += piece.width
        if index < len(words) - 1:
            last = word.pieces[-1] if word.pieces[-1].rise == 0 else word.pieces[0]
            c.setFont(last.font, last.size)
            c.drawString(x, y, " ")
            x += pdfmetrics.stringWidth(" ", last.font, last.size) + gap_extra


def line_width(words: list[Word]) -> float:
    spaces = sum(pdfmetrics.stringWidth(" ", w.pieces[0].font, w.pieces[0].size) for w in words[:-1])
    return sum(w.width for w in words) + spaces


# ---------------------------------------------------------------- blocks (what pagination moves)

Draw = Callable[[Canvas, float], None]  # draws with the block's top at the given y (PDF coordinates)


@dataclass
class Block:
    height: float
    draw: Draw
    space_before: float = 0.0
    notes: list[str] = field(default_factory=list)
    starts: str | None = None  # structure path of the paragraph this block opens


def text_line_block(
    words: list[Word], x: float, width: float, leading: float, align: str, last: bool
) -> Block:
    natural = line_width(words)
    gaps = len(words) - 1
    extra = (width - natural) / gaps if align == "justify" and not last and gaps else 0.0
    if align == "center":
        x += (width - natural) / 2
    elif align == "right":
        x += width - natural

    def draw(c: Canvas, top: float) -> None:
        draw_words(c, words, x, top - leading * 0.78, extra)

    notes = [n for w in words for n in w.notes]
    return Block(leading, draw, notes=notes)


def paragraph_blocks(
    text: str,
    *,
    size: float = BODY_SIZE,
    leading: float = BODY_LEADING,
    align: str = "justify",
    indent: float = INDENT,
    x: float = LEFT,
    width: float = TEXT_W,
    bold: bool = False,
    italic: bool = False,
    space_before: float = PARA_SPACE,
    hyphens: bool = False,
) -> list[Block]:
    lines = wrap(words_of(text, size, bold, italic), width, indent, hyphens)
    blocks = []
    for index, words in enumerate(lines):
        offset = indent if index == 0 else 0.0
        blocks.append(
            text_line_block(words, x + offset, width - offset, leading, align, index == len(lines) - 1)
        )
    if blocks:
        blocks[0].space_before = space_before
    return blocks


def rule_block(x: float, width: float, height: float = 6.0, space_before: float = 0.0) -> Block:
    def draw(c: Canvas, top: float) -> None:
        c.setLineWidth(0.6)
        c.line(x, top - height / 2, x + width, top - height / 2)

    return Block(height, draw, space_before=space_before)


def gap_block(height: float) -> Block:
    return Block(height, lambda c, top: None)


# ---------------------------------------------------------------- header, title, signature


def column_lines(
    lines: list[tuple[str, float, bool, bool]], x0: float, width: float
) -> tuple[list[tuple[list[Word], float, float]], float]:
    """Centre each (text, size, bold, italic) in a column; returns (words, x, baseline offset) and height."""
    out: list[tuple[list[Word], float, float]] = []
    y = 0.0
    for text, size, bold, italic in lines:
        for words in wrap(words_of(text, size, bold, italic), width):
            y += size * 1.2
            out.append((words, x0 + (width - line_width(words)) / 2, y))
    return out, y


def header_block(src: dict[str, Any]) -> Block:
    """The two-column header: issuer, number (and V/v) left; motto, place and date right."""
    left: list[tuple[str, float, bool, bool]] = []
    if src.get("parent"):
        left.append((src["parent"], 13, False, False))
    left += [(line, 13, True, False) for line in src["issuer"]]
    party = src.get("party", False)
    right = [("ĐẢNG CỘNG SẢN VIỆT NAM", 14, True, False)] if party else [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12.5, True, False),
        ("Độc lập - Tự do - Hạnh phúc", 13.5, True, False),
    ]
    lwords, lh = column_lines(left, *LEFT_COL)
    rwords, rh = column_lines(right, *RIGHT_COL)
    top_of_number = max(lh, rh) + (28 if party else 16)
    number, _ = column_lines([(src["number_line"], 13, False, False)], *LEFT_COL)
    subject: list[tuple[list[Word], float, float]] = []
    sh = 0.0
    if src.get("type_name") is None:
        subject, sh = column_lines([(line, 12, False, False) for line in src["subject"]], *LEFT_COL)
    date, _ = column_lines([(src["place_date"], 13.5, False, True)], *RIGHT_COL)
    height = top_of_number + 16 + sh + 4

    def draw(c: Canvas, top: float) -> None:
        for words, x, base in lwords + rwords:
            draw_words(c, words, x, top - base)
        c.setLineWidth(0.6)
        issuer_w = max(line_width(w) for w, _, _ in lwords[-len(src["issuer"]):])
        mid = LEFT_COL[0] + LEFT_COL[1] / 2
        if party:
            c.setFont("Serif-R", 13)
            c.drawCentredString(mid, top - lh - 13, "*")
        else:
            c.line(mid - issuer_w / 6, top - lh - 5, mid + issuer_w / 6, top - lh - 5)
            motto_w = line_width(rwords[-1][0])
            rmid = RIGHT_COL[0] + RIGHT_COL[1] / 2
            c.line(rmid - motto_w / 2, top - rh - 5, rmid + motto_w / 2, top - rh - 5)
        for words, x, base in number:
            draw_words(c, words, x, top - top_of_number - base + 13)
        for words, x, base in date:
            draw_words(c, words, x, top - top_of_number - base + 13)
        for words, x, base in subject:
            draw_words(c, words, x, top - top_of_number - base - 5)

    return Block(height, draw)


def title_blocks(src: dict[str, Any]) -> list[Block]:
    if src.get("type_name") is None:
        return [gap_block(6)]
    blocks = paragraph_blocks(src["type_name"], align="center", indent=0, bold=True, space_before=14)
    for index, line in enumerate(src["subject"]):
        blocks += paragraph_blocks(line, align="center", indent=0, bold=True, space_before=0 if index else 2)
    blocks.append(rule_block(LEFT + TEXT_W / 2 - 40, 80, space_before=2))
    return blocks


def recipient_blocks(src: dict[str, Any]) -> list[Block]:
    recipients = src.get("recipients") or []
    if not recipients:
        return []
    if len(recipients) == 1:
        return paragraph_blocks(f"Kính gửi: {recipients[0]}", align="center", indent=0, space_before=10)
    label_x, list_x = LEFT + 70, LEFT + 140
    first = paragraph_blocks("Kính gửi:", x=label_x, width=70, indent=0, align="left", space_before=10)
    blocks: list[Block] = []
    for index, line in enumerate(recipients):
        line_blocks = paragraph_blocks(f"- {line}", x=list_x, width=TEXT_W - 140, indent=0, align="left",
                                       space_before=10 if index == 0 else 0)
        blocks += line_blocks
    label = first[0]
    head = blocks[0]

    def draw(c: Canvas, top: float) -> None:
        label.draw(c, top)
        head.draw(c, top)

    blocks[0] = Block(head.height, draw, space_before=10)
    return blocks + [gap_block(6)]


def signature_block(src: dict[str, Any]) -> Block:
    sig = src["signature"]
    right = [(line, 14, True, False) for line in sig["authority"].split("\n") + [sig["title"]] if line]
    rwords, rh = column_lines(right, LEFT + TEXT_W * 0.4, TEXT_W * 0.6)
    name, _ = column_lines([(sig["name"], 14, True, False)], LEFT + TEXT_W * 0.4, TEXT_W * 0.6)
    left_lines: list[tuple[list[Word], float, float]] = []
    y = 0.0
    label = words_of("~~**Nơi nhận:**~~", 12)
    left_lines.append((label, LEFT - 5 * MM, 12))
    y = 12.0
    for item in src["distribution"]:
        for words in wrap(words_of(item, 11), TEXT_W * 0.42):
            y += 12.5
            left_lines.append((words, LEFT - 5 * MM, y))
    height = max(rh + 75 + 16, y + 6)

    def draw(c: Canvas, top: float) -> None:
        for words, x, base in rwords:
            draw_words(c, words, x, top - base)
        for words, x, base in name:
            draw_words(c, words, x, top - rh - 75 - base + 14)
        for words, x, base in left_lines:
            draw_words(c, words, x, top - base)

    return Block(height, draw, space_before=14)


# ---------------------------------------------------------------- body and structure


@dataclass
class Paths:
    """Tracks the structure path of each labelled paragraph (the paths of parsers.model.StructureNode)."""

    top: str | None = None  # "II" or "Điều 3"
    item: str | None = None
    subitem: str | None = None
    letter: str | None = None
    dashes: dict[str, int] = field(default_factory=dict)

    def _under(self, parent: str | None, label: str) -> str:
        return f"{parent}.{label}" if parent else label

    def open(self, text: str) -> str | None:
        text = plain(text)
        if m := ROMAN.match(text) or ARTICLE.match(text):
            self.top = m.group(1) if ROMAN.match(text) else f"Điều {m.group(1)}"
            self.item = self.subitem = self.letter = None
            return self.top
        if m := SUBITEM.match(text):
            self.item = self._under(self.top, m.group(1))
            self.subitem = f"{self.item}.{m.group(2)}"
            self.letter = None
            return self.subitem
        if m := ITEM.match(text):
            self.item = self._under(self.top, m.group(1))
            self.subitem = self.letter = None
            return self.item
        if m := LETTER.match(text):
            self.letter = self._under(self.subitem or self.item or self.top, m.group(1))
            return self.letter
        if DASH.match(text):
            parent = self.letter or self.subitem or self.item or self.top or ""
            self.dashes[parent] = self.dashes.get(parent, 0) + 1
            return self._under(parent or None, f"-{self.dashes[parent]}")
        return None


def body_item_blocks(item: str | dict[str, Any], paths: Paths, hyphens: bool) -> tuple[list[Block], str | None]:
    spec = {"text": item} if isinstance(item, str) else item
    if "table" in spec:
        return table_blocks(spec["table"]), None
    path = paths.open(spec["text"])
    bold = spec.get("bold", bool(ROMAN.match(spec["text"])))
    blocks = paragraph_blocks(
        spec["text"], bold=bold, italic=spec.get("italic", False), align=spec.get("align", "justify"),
        indent=0 if spec.get("align") == "center" else INDENT, hyphens=hyphens,
    )
    if path and blocks:
        blocks[0].starts = path
    return blocks, path


def table_blocks(table: dict[str, Any]) -> list[Block]:
    """A bordered table; one block per row so pagination breaks only between rows."""
    widths = [w / sum(table["widths"]) * TEXT_W for w in table["widths"]]
    rows = [(table["header"], True)] + [(row, False) for row in table["rows"]]
    blocks = [gap_block(4)]
    for cells, bold in rows:
        wrapped = [wrap(words_of(text, 12, bold), w - 6) for text, w in zip(cells, widths, strict=True)]
        height = max(len(lines) for lines in wrapped) * 14.5 + 6
        blocks.append(Block(height, _row_drawer(wrapped, widths, height, bold)))
    blocks.append(gap_block(4))
    return blocks


def _row_drawer(wrapped: list[list[list[Word]]], widths: list[float], height: float, centre: bool) -> Draw:
    def draw(c: Canvas, top: float) -> None:
        c.setLineWidth(0.5)
        x = LEFT
        for lines, width in zip(wrapped, widths, strict=True):
            c.rect(x, top - height, width, height)
            for index, words in enumerate(lines):
                dx = (width - 6 - line_width(words)) / 2 if centre or len(lines) == 1 and width < 90 else 0
                draw_words(c, words, x + 3 + dx, top - 3 - 11.5 - index * 14.5)
            x += width

    return draw


# ---------------------------------------------------------------- footnotes and pagination


@dataclass
class NoteLine:
    marker: str
    block: Block


def footnote_lines(marker: str, text: str, hyphens: bool = False) -> list[NoteLine]:
    words = words_of(f"[^{marker}] {text}", NOTE_SIZE)
    words[0].notes = []
    lines = wrap(words, TEXT_W, INDENT * 0.6, hyphens)
    out = []
    for index, line in enumerate(lines):
        offset = INDENT * 0.6 if index == 0 else 0.0
        out.append(NoteLine(marker, text_line_block(line, LEFT + offset, TEXT_W - offset, NOTE_LEADING,
                                                    "justify", index == len(lines) - 1)))
    return out


@dataclass
class PageLayout:
    blocks: list[tuple[Block, float]] = field(default_factory=list)  # block, top offset from TOP
    notes: list[NoteLine] = field(default_factory=list)
    used: float = 0.0


def notes_height(notes: list[NoteLine]) -> float:
    return NOTE_SEPARATOR + len(notes) * NOTE_LEADING if notes else 0.0


def paginate(blocks: list[Block], notes: dict[str, list[NoteLine]]) -> list[PageLayout]:
    """Fill pages; each footnote starts on its marker's page and a long one may run on to the next."""
    avail = PAGE_H - TOP - BOTTOM
    pages = [PageLayout()]
    for block in blocks:
        page = pages[-1]
        new = [line for marker in block.notes for line in notes[marker]]
        before = block.space_before if page.used else 0.0
        fits = page.used + before + block.height + notes_height(page.notes + new) <= avail
        split = _split_point(page, before + block.height, new, avail) if not fits and new else None
        if not fits and split is None:
            page = PageLayout()
            pages.append(page)
            before = 0.0
        page.blocks.append((block, page.used + before))
        page.used += before + block.height
        if split is None:
            page.notes += new
            continue
        page.notes += new[:split]
        pages.append(PageLayout(notes=new[split:]))
    return pages


def _split_point(page: PageLayout, height: float, new: list[NoteLine], avail: float) -> int | None:
    """How many lines of the new footnotes fit with the block on this page (at least 2), or None."""
    for keep in range(len(new) - 1, 1, -1):
        if page.used + height + notes_height(page.notes + new[:keep]) <= avail:
            return keep
    return None


def render(pages: list[PageLayout], path: Path, title: str) -> None:
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("vanban sample corpus")
    c.setCreator("corpus/generate.py")
    c.setProducer("vanban corpus generator (reportlab)")
    for number, page in enumerate(pages, start=1):
        if number > 1:
            c.setFont("Serif-R", 13)
            c.drawCentredString(PAGE_W / 2, PAGE_H - 12 * MM, str(number))
        for block, offset in page.blocks:
            block.draw(c, PAGE_H - TOP - offset)
        if page.notes:
            top = BOTTOM + len(page.notes) * NOTE_LEADING + NOTE_SEPARATOR
            c.setLineWidth(0.5)
            c.line(LEFT, top - 6, LEFT + 50 * MM, top - 6)
            for index, note in enumerate(page.notes):
                note.block.draw(c, top - NOTE_SEPARATOR - index * NOTE_LEADING)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- one document


@dataclass
class Rendered:
    pages: list[PageLayout]
    paths: list[str]  # structure paths in reading order


def document_blocks(src: dict[str, Any]) -> tuple[list[Block], list[str]]:
    blocks = [header_block(src)] + title_blocks(src) + recipient_blocks(src)
    if src.get("authority_line"):
        blocks += paragraph_blocks(src["authority_line"], align="center", indent=0, bold=True, space_before=12)
    for line in src.get("preamble", []):
        blocks += paragraph_blocks(line, italic=True)
    if src.get("enact_line"):
        blocks += paragraph_blocks(src["enact_line"], align="center", indent=0, bold=True, space_before=10)
    paths = Paths()
    seen: list[str] = []
    for item in src["body"]:
        item_blocks, path = body_item_blocks(item, paths, src.get("hyphen_breaks", False))
        blocks += item_blocks
        if path:
            seen.append(path)
    blocks.append(signature_block(src))
    return blocks, seen


def build(src: dict[str, Any], pdf_path: Path) -> Rendered:
    blocks, paths = document_blocks(src)
    hyphens = src.get("hyphen_breaks", False)
    notes = {marker: footnote_lines(marker, text, hyphens) for marker, text in src.get("footnotes", {}).items()}
    pages = paginate(blocks, notes)
    render(pages, pdf_path, plain(" ".join(src["subject"])))
    return Rendered(pages, paths)


# ---------------------------------------------------------------- gold


def listed(lines: list[str]) -> list[str]:
    """"- Các sở, ban, ngành tỉnh;" -> "Các sở, ban, ngành tỉnh"."""
    return [re.sub(r"^[-–]\s*", "", plain(line)).rstrip(";.,").strip() for line in lines]


def section_texts(src: dict[str, Any]) -> list[tuple[str, str]]:
    """(where, text) for every part a citation can sit in, in reading order."""
    parts = [("preamble", plain(line)) for line in src.get("preamble", [])]
    for item in src["body"]:
        spec = {"text": item} if isinstance(item, str) else item
        if "table" in spec:
            rows = [spec["table"]["header"]] + spec["table"]["rows"]
            parts.append(("body", " ".join(" ".join(row) for row in rows)))
        else:
            parts.append(("body", plain(spec["text"])))
    parts += [(f"footnote {m}", plain(text)) for m, text in src.get("footnotes", {}).items()]
    return parts


def body_paragraphs(src: dict[str, Any]) -> list[str]:
    """The text of each body paragraph as a reader should give it (tables left out)."""
    items = [{"text": item} if isinstance(item, str) else item for item in src["body"]]
    return [plain(item["text"]) for item in items if "table" not in item]


def citation_gold(src: dict[str, Any]) -> list[dict[str, Any]]:
    """Source citations with ``where`` found from the text (fails loudly when a citation is not written)."""
    parts = section_texts(src)
    out = []
    for cite in src["gold"]["citations"]:
        raw = cite.get("raw", cite["number"])
        where = next((w for w, text in parts if raw in text), None)
        if where is None:
            raise SystemExit(f"{src['name']}: citation {raw!r} is not in the text")
        out.append({**{k: v for k, v in cite.items() if k != "raw"}, "where": where})
    return out


def task_gold(src: dict[str, Any]) -> list[dict[str, Any]]:
    """Annotated tasks with their paths; an unlabelled paragraph belongs to the item above it."""
    tracker = Paths()
    out = []
    current: str | None = None
    for item in src["body"]:
        spec = {"text": item} if isinstance(item, str) else item
        if "table" in spec:
            continue
        current = tracker.open(spec["text"]) or current
        if "task" in spec:
            if current is None:
                raise SystemExit(f"{src['name']}: a task outside any item: {spec['text'][:60]}")
            deadline = spec["task"].get("deadline")
            if deadline and deadline not in plain(spec["text"]):
                raise SystemExit(f"{src['name']}: deadline {deadline!r} is not written in {current}")
            out.append({"path": current, **spec["task"]})
    return out


def footnote_pages(pages: list[PageLayout]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for number, page in enumerate(pages, start=1):
        for note in page.notes:
            if number not in out.setdefault(note.marker, []):
                out[note.marker].append(number)
    return out


def structure_pages(pages: list[PageLayout]) -> dict[str, int]:
    return {
        block.starts: number
        for number, page in enumerate(pages, start=1)
        for block, _ in page.blocks
        if block.starts
    }


def gold_of(src: dict[str, Any], rendered: Rendered) -> dict[str, Any]:
    sig = src["signature"]
    document = {
        "subject": plain(" ".join(src["subject"])),
        "signer": sig["name"],
        "signer_title": sig["signer_title"],
        "authority": sig["authority"].replace("\n", " ") or None,
        "recipients": listed(src.get("recipients", [])),
        "distribution": listed(src["distribution"]),
        **src["gold"]["document"],  # what is not printed verbatim: normalised names, ISO date ...
    }
    placed = structure_pages(rendered.pages)
    return {
        "source": f"pdf/{src['name']}.pdf",
        "about": src["about"],
        "pages": len(rendered.pages),
        "document": document,
        "footnotes": {m: plain(t) for m, t in src.get("footnotes", {}).items()},
        "footnote_pages": footnote_pages(rendered.pages),
        "structure": [{"path": p, "page": placed[p]} for p in rendered.paths],
        "body": body_paragraphs(src),
        "citations": citation_gold(src),
        "named_laws": src["gold"].get("named_laws", []),
        "tasks": task_gold(src),
    }


def generate(source: Path, out: Path) -> dict[str, Any]:
    src = json.loads(source.read_text(encoding="utf-8"))
    src["name"] = source.stem
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    rendered = build(src, out / "pdf" / f"{source.stem}.pdf")
    gold = gold_of(src, rendered)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (out / "gold" / f"{source.stem}.json").write_text(text, encoding="utf-8")
    return gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("names", nargs="*", help="source names (default: all of corpus/src)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder that receives pdf/ and gold/")
    args = parser.parse_args(argv)
    register_fonts()
    sources = sorted((HERE / "src").glob("*.json"))
    if args.names:
        sources = [s for s in sources if s.stem in args.names]
    for source in sources:
        gold = generate(source, args.out)
        crossing = [m for m, pages in gold["footnote_pages"].items() if len(pages) > 1]
        print(f"{source.stem}: {gold['pages']} page(s), {len(gold['footnotes'])} footnote(s)"
              + (f", footnote {', '.join(crossing)} crosses a page break" if crossing else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
