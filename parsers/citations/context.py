"""Where a cited number stands in its document: paragraph kind, footnote, page, sentence; the citing context."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from parsers.citations.dates import first_date
from parsers.citations.patterns import PREAMBLE_RE, SENTENCE_END_RE
from parsers.citations.text import scan_text, squash
from parsers.model import Document

# Paragraph kinds that are not content: a number there is the document's own or noise.
SKIPPED_KINDS = frozenset({"header", "signature", "stamp", "running_header", "page_number"})

# "tỉnh Hưng Yên", "TỈNH HƯNG YÊN", "thành phố Hà Nội": the citing province when the header has none.
PROVINCE_RE = re.compile(
    r"(?<!\w)(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ)\s{1,3}"
    r"(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]{0,8}(?:[ \t][A-ZĐÀ-Ỹ][^\W\d_]{0,8}){0,3})"
)
_PROVINCES_FILE = Path(__file__).resolve().parent.parent / "data" / "provinces.tsv"
SENTENCE_REACH = 400


@dataclass
class DocContext:
    """Lookups over one document, built once: offsets -> paragraph, footnote, page, sentence."""

    doc: Document
    scan: str
    starts: list[int] = field(default_factory=list)
    note_starts: list[int] = field(default_factory=list)
    province: str | None = None
    date: str | None = None

    @classmethod
    def of(cls, doc: Document) -> DocContext:
        paragraphs = sorted(doc.paragraphs, key=lambda para: para.start)
        doc.paragraphs = paragraphs
        notes = sorted(doc.footnotes, key=lambda note: note.start)
        doc.footnotes = notes
        ctx = cls(doc, scan_text(doc.text), [p.start for p in paragraphs], [n.start for n in notes])
        ctx.province = doc.header.province or _guess_province(ctx.scan)
        ctx.date = doc.header.date or first_date(ctx.scan[:3000])
        return ctx

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
        if PREAMBLE_RE.match(self.scan, self.logical_line_start(offset)):
            return "preamble"
        kind = self.kind_at(offset)
        return "body" if kind in ("body", "table") else kind

    def logical_line_start(self, offset: int) -> int:
        """The start of the line holding ``offset``, going back over lines broken mid-sentence."""
        low = max(self.floor(offset), offset - 800)
        pos = self.scan.rfind("\n", low, offset)
        while pos > low:
            before = self.scan[max(low, pos - 3) : pos].rstrip()
            if not before or before[-1] in ";.:!?":
                return pos + 1
            pos = self.scan.rfind("\n", low, pos)
        return max(pos + 1, low)

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


def _known_provinces() -> set[str]:
    if not _PROVINCES_FILE.exists():
        return set()
    rows = _PROVINCES_FILE.read_text(encoding="utf-8").splitlines()
    return {row.split("\t")[0].lower() for row in rows if row and not row.startswith("#")}


def _guess_province(scan: str) -> str | None:
    """The province named most often ("tỉnh Hưng Yên"), checked against the province list when present."""
    known = _known_provinces()
    counts: Counter[str] = Counter()
    for match in PROVINCE_RE.finditer(scan[:200_000]):
        name = " ".join(match.group("name").split()).title()
        if not known or name.lower() in known:
            counts[name] += 1
    return counts.most_common(1)[0][0] if counts else None
