"""Where a cited number stands in its document: paragraph kind, footnote, page, sentence; the citing context."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from parsers.citations.dates import first_date
from parsers.citations.patterns import PREAMBLE_END_RE, PREAMBLE_LINE_RE, PREAMBLE_MARK_RE, SENTENCE_END_RE
from parsers.model import Document
from parsers.text import read_rows, scan_lookalikes, squash

# Paragraph kinds that are not content: a number there is the document's own or noise.
# The header stays: its subject cites ("V/v thực hiện Chỉ thị số 16/CT-TTg"); its own number is skipped apart.
# The signature block stays too: an appendix after it (tables of procedures and their legal bases) cites.
SKIPPED_KINDS = frozenset({"stamp", "running_header", "page_number"})

# "tỉnh Hưng Yên", "TỈNH HƯNG YÊN", "thành phố Hà Nội": the citing province when the header has none.
PROVINCE_RE = re.compile(
    r"(?<!\w)(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ)\s{1,3}"
    r"(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]{0,8}(?:[ \t][A-ZĐÀ-Ỹ][^\W\d_]{0,8}){0,3})"
)
# Where the opening of a consolidated text ends: its "Căn cứ" lines, first chapter or article.
INTRO_END_RE = re.compile(r"\n[ \t]*(?:Căn\s+cứ|Chương\s+[IVXLC\d]+|CHƯƠNG\s+[IVXLC\d]+|Điều\s+1\b|Phần\s+thứ|PHẦN\s+THỨ)")
SENTENCE_REACH = 400
PREAMBLE_REACH = 8000  # a preamble longer than this ends where its lines stop


@dataclass
class DocContext:
    """Lookups over one document, built once: offsets -> paragraph, footnote, page, sentence."""

    doc: Document
    scan: str
    starts: list[int] = field(default_factory=list)
    note_starts: list[int] = field(default_factory=list)
    province: str | None = None
    date: str | None = None
    consolidated: bool = False  # a consolidated text (VBHN): its footnotes name the acts it consolidates
    intro_end: int = 0  # end of a VBHN's opening list of consolidated acts
    preamble: tuple[int, int] = (0, 0)
    preamble_lines: list[tuple[int, str]] = field(default_factory=list)  # (start, "Căn cứ"/"Theo đề nghị")

    @classmethod
    def of(cls, doc: Document) -> DocContext:
        paragraphs = sorted(doc.paragraphs, key=lambda para: para.start)
        doc.paragraphs = paragraphs
        notes = sorted(doc.footnotes, key=lambda note: note.start)
        doc.footnotes = notes
        ctx = cls(doc, scan_lookalikes(doc.text), [p.start for p in paragraphs], [n.start for n in notes])
        ctx.province = doc.header.province or _guess_province(ctx.scan)
        ctx.date = doc.header.date or first_date(ctx.scan[:3000])
        ctx.preamble, ctx.preamble_lines = _preamble(ctx.scan)
        ctx.consolidated = "VBHN" in (doc.header.number or "") or bool(re.search(r"VBHN|VĂN BẢN HỢP NHẤT", ctx.scan[:3000]))
        if ctx.consolidated:
            end = INTRO_END_RE.search(ctx.scan, 0, 20_000)
            ctx.intro_end = end.start() if end else 0
        return ctx

    def in_preamble(self, offset: int) -> bool:
        return self.preamble[0] <= offset < self.preamble[1]

    def preamble_kind(self, offset: int) -> str | None:
        """"căn cứ" when the preamble line holding ``offset`` is a "Căn cứ" line, else None."""
        if not self.in_preamble(offset):
            return None
        kinds = [kind for start, kind in self.preamble_lines if start <= offset]
        return "căn cứ" if kinds and kinds[-1].lower().startswith("căn") else None

    def kind_at(self, offset: int) -> str:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.doc.paragraphs[index].end:
            return self.doc.paragraphs[index].kind
        return "body"

    def page_at(self, offset: int) -> int:
        if not self.starts:
            return 1
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.doc.paragraphs[index].page

    def footnote_at(self, offset: int) -> tuple[str, int] | None:
        """(marker, start) of the footnote holding ``offset``."""
        index = bisect.bisect_right(self.note_starts, offset) - 1
        if index >= 0 and offset < self.doc.footnotes[index].end:
            note = self.doc.footnotes[index]
            return note.marker, note.start
        return None

    def floor(self, offset: int) -> int:
        """The start of the footnote holding ``offset`` (windows never reach into the body), else 0."""
        note = self.footnote_at(offset)
        return note[1] if note else 0

    def where(self, offset: int) -> str:
        note = self.footnote_at(offset)
        if note:
            return f"footnote {note[0]}"
        if self.in_preamble(offset):
            return "preamble"
        kind = self.kind_at(offset)
        return "body" if kind in ("body", "table") else kind

    def sentence(self, start: int, end: int) -> str:
        """The sentence holding ``start:end``, whitespace squashed, within ``SENTENCE_REACH`` characters."""
        low = max(self.floor(start), start - SENTENCE_REACH)
        ends = [m.end() for m in SENTENCE_END_RE.finditer(self.scan, low, start)]
        first = ends[-1] if ends else low
        after = SENTENCE_END_RE.search(self.scan, end, min(len(self.scan), end + SENTENCE_REACH))
        last = after.end() if after else min(len(self.scan), end + SENTENCE_REACH)
        note = self.footnote_at(start)
        if note:
            last = min(last, self.doc.footnotes[self.note_starts.index(note[1])].end)
        return squash(self.doc.text[first:last])


@cache
def _known_provinces() -> set[str]:
    return {row[0].lower() for row in read_rows("provinces.tsv")}


def _guess_province(scan: str) -> str | None:
    """The province named most often ("tỉnh Hưng Yên"), checked against the province list when present."""
    known = _known_provinces()
    counts: Counter[str] = Counter()
    for match in PROVINCE_RE.finditer(scan, 0, 30_000):
        name = " ".join(match.group("name").split()).title()
        if not known or name.lower() in known:
            counts[name] += 1
    return counts.most_common(1)[0][0] if counts else None


def _preamble(scan: str) -> tuple[tuple[int, int], list[tuple[int, str]]]:
    """The span of the "Căn cứ ..." / "Theo đề nghị ..." lines before the body, and where each line starts."""
    reach = max(5000, len(scan) // 5)
    first = PREAMBLE_LINE_RE.search(scan, 0, reach)
    if not first:
        return (0, 0), []
    end_match = PREAMBLE_END_RE.search(scan, first.end(), first.end() + PREAMBLE_REACH)
    end = end_match.start() if end_match else _end_of_lines(scan, first.start())
    lines = [(m.start(), squash(m.group("kind"))) for m in PREAMBLE_MARK_RE.finditer(scan, first.start(), end)]
    return (first.start(), end), lines


def _end_of_lines(scan: str, start: int) -> int:
    """Without an end marker the preamble runs over "Căn cứ"/"Theo" lines and their "số ..." items."""
    pos = start
    while pos < len(scan) and pos - start < PREAMBLE_REACH:
        nxt = scan.find("\n", pos)
        if nxt < 0:
            return len(scan)
        line = scan[nxt + 1 : nxt + 40].lstrip(" \t-–•*+|")
        if not (PREAMBLE_LINE_RE.match(scan, nxt + 1) or line[:1].islower() or line.lower().startswith("số")):
            return nxt
        pos = nxt + 1
    return pos
