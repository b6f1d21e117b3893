"""Footnotes: find them in extractor text, group their lines, and link the markers in the body.

PDF text extractors drop footnotes between body lines at page breaks and glue the markers to
words ("CCHC1", "tỉnh2", "Chính phủ3", "môi trường số 4"). Markers are found by looking for the
number of the footnote expected next, so real numbers ("19/63", "2025", "số 01/NQ-CP") are
left alone. The PDF reader finds raised markers from the characters' size and baseline; both
end up in ``Line.superscripts`` as ``(offset, marker)`` with the marker removed from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from parsers.model import Line
from parsers.text import read_rows

# A footnote's first line in extractor text: its number, a space, then its text.
# "1 Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh công tác CCHC ..."
# Never with a leading zero: "01 Trường hợp hoàn trả thuế trước" is a numbered field of a form.
FOOTNOTE_START = re.compile(r"^(?P<marker>[1-9]\d{0,2})\s+(?P<rest>\S)")

# An endnote's first line, at the end of a consolidated text (VBHN):
# "[47] Khoản này được sửa đổi, bổ sung theo quy định tại khoản 2 Điều 1 của Luật số ..."
ENDNOTE_START = re.compile(r"^\[(?P<marker>[1-9]\d{0,2})\]\s*(?P<rest>\S)")

# Where a body line starts again after a footnote block in extractor text: a leading space.
# " phát hiện, chấn chỉnh, khắc phục những vướng mắc, sai sót theo thẩm quyền;"
BODY_RESUMES = re.compile(r"^\s+\S")


def glued_marker(number: str) -> re.Pattern[str]:
    """A marker glued to the end of a word, then punctuation, a space or the line end.

    "về CCHC1, đảm bảo" (1), "Đề án 06 tỉnh2." (2), "của Chính phủ3." (3).
    """
    return re.compile(rf"(?<=[^\W\d_]){number}(?=[\s.,;:)]|$)")


def bracket_marker(number: str) -> re.Pattern[str]:
    """An endnote reference in brackets: "như sau:[1]", "MẪU SỐ 01[3] (được bãi bỏ)"."""
    return re.compile(rf"[ \t]?\[{number}\]")


def spaced_marker(number: str) -> re.Pattern[str]:
    """A marker set apart at a line's end before the full stop: "lên môi trường số 4." (4)."""
    return re.compile(rf"(?<=[^\W\d_])\s{number}(?=\s*[.;,]?\s*$)")


@cache
def number_words() -> frozenset[str]:
    """Words a number belongs to ("tháng 7", "khoản 4"): such a number is never a marker set apart."""
    return frozenset(row[0].strip().lower() for row in read_rows("number_words.txt"))


def _belongs_to_word(text: str, start: int) -> bool:
    words = text[:start].lower().split()
    return bool(words) and (words[-1] in number_words() or " ".join(words[-2:]) in number_words())


def mark_text_footnotes(lines: list[Line]) -> None:
    """Set ``kind="footnote"`` on the footnote lines of extractor text, in place.

    A footnote starts after a blank line (or right after another footnote) with the number
    expected next; it runs until a line that starts with a space (the body resuming).
    """
    expected, in_note, after_gap = 1, False, False
    for line in lines:
        if not line.text.strip():
            in_note, after_gap = False, True
            continue
        start = FOOTNOTE_START.match(line.text)
        opens = start is not None and int(start["marker"]) == expected and (after_gap or in_note)
        if opens:
            expected, in_note = expected + 1, True
        elif in_note and BODY_RESUMES.match(line.text):
            in_note = False
        if in_note:
            line.kind = "footnote"
        after_gap = False


def mark_endnotes(lines: list[Line]) -> None:
    """Mark the trailing "[1] ...", "[2] ..." block of a document as notes (kind "footnote")."""
    firsts = [i for i, ln in enumerate(lines) if ln.kind == "body" and _endnote_number(ln) == 1]
    if not firsts or firsts[-1] < len(lines) // 2:
        return
    tail = lines[firsts[-1] :]
    numbers = [n for ln in tail if (n := _endnote_number(ln)) is not None]
    if numbers[:2] != [1, 2] or not _mostly_referenced(numbers, lines[: firsts[-1]]):
        return
    for line in tail:
        if line.kind == "body":
            line.kind = "footnote"


# A reference to an endnote inside a line (not the line's own label): "như sau:[1]", "(sửa đổi)[12] có".
INLINE_BRACKET = re.compile(r"(?<=\S)\s?\[(\d{1,3})\]")


def _mostly_referenced(numbers: list[int], before: list[Line]) -> bool:
    """Most labels of the block are referred to before it (raised, or "[n]" inside a line).

    An án lệ numbers its own paragraphs "[1]", "[2]" at their start: that is body, not endnotes.
    """
    refs = {marker for line in before for _, marker in line.superscripts}
    refs |= {found for line in before for found in INLINE_BRACKET.findall(line.text)}
    return sum(str(n) in refs for n in numbers) * 2 >= len(numbers)


def _endnote_number(line: Line) -> int | None:
    found = ENDNOTE_START.match(line.text)
    return int(found["marker"]) if found else None


def split_label(line: Line, expected: int | None) -> str | None:
    """Detach a footnote line's leading label (raised, or the number expected next); return it."""
    if line.superscripts and line.superscripts[0][0] == 0:
        label = line.superscripts.pop(0)[1]
        line.text, shift = _lstrip(line.text)
        line.superscripts = [(max(0, off - shift), m) for off, m in line.superscripts]
        return label
    start = FOOTNOTE_START.match(line.text) or ENDNOTE_START.match(line.text)
    if start is None or expected is None or int(start["marker"]) != expected:
        return None
    cut = start.start("rest")
    line.text = line.text[cut:]
    line.superscripts = [(max(0, off - cut), m) for off, m in line.superscripts]
    return start["marker"]


def _lstrip(text: str) -> tuple[str, int]:
    stripped = text.lstrip()
    return stripped, len(text) - len(stripped)


@dataclass
class NoteDraft:
    """A footnote being assembled from its lines (maybe over two pages)."""

    marker: str
    lines: list[Line] = field(default_factory=list)
    index: int = 0  # position of its first line in the reading-order list of lines
    bracketed: bool = False  # an endnote labelled "[n]": its marker in the body is "[n]" too


def collect_footnotes(lines: list[Line]) -> list[NoteDraft]:
    """Group footnote lines into notes; a line without a label continues the note before it.

    A note continued at the top of the next page's footnote area joins the same ``NoteDraft``.
    """
    notes: list[NoteDraft] = []
    for index, line in enumerate(lines):
        if line.kind != "footnote":
            continue
        expected = _next_number(notes)
        bracketed = line.text.lstrip().startswith("[")
        label = split_label(line, expected)
        if label is not None or not notes:
            notes.append(NoteDraft(marker=label or "?", index=index, bracketed=bracketed and label is not None))
        notes[-1].lines.append(line)
    return notes


def _next_number(notes: list[NoteDraft]) -> int:
    for note in reversed(notes):
        if note.marker.isdigit():
            return int(note.marker) + 1
    return 1


def link_glued_markers(lines: list[Line], notes: list[NoteDraft]) -> None:
    """Detach glued markers of notes that no raised marker points at, searching the body before each."""
    raised = {m for line in lines if line.kind != "footnote" for _, m in line.superscripts}
    floor = 0
    for note in notes:
        if note.marker in raised or not note.marker.isdigit():
            continue
        found = _find_glued(lines, floor, note.index, note.marker, note.bracketed)
        if found is not None:
            floor = found


def _find_glued(lines: list[Line], lo: int, hi: int, marker: str, bracketed: bool = False) -> int | None:
    """Detach the last glued (else spaced) ``marker`` in body lines ``lo..hi``; return its line index.

    An endnote's marker is only looked for in brackets ("[12]"), as its note may be far away.
    """
    patterns = [(bracket_marker(marker), False)]
    if not bracketed:
        patterns = [(glued_marker(marker), False), (spaced_marker(marker), True)]
    for pattern, spaced in patterns:
        for index in range(hi - 1, lo - 1, -1):
            line = lines[index]
            if line.kind == "footnote":
                continue
            match = _last_real_match(pattern, line.text, spaced)
            if match is not None:
                _detach(line, match.start(), match.end(), marker)
                return index
    return None


def _last_real_match(pattern: re.Pattern[str], text: str, spaced: bool = False) -> re.Match[str] | None:
    """The last match not inside a number-like token ("80/2015/QH13" stays whole) and, for a
    marker set apart, not a number of its word ("ngày 26 tháng 7.")."""
    found = None
    for match in pattern.finditer(text):
        token_start = text.rfind(" ", 0, match.start()) + 1
        if "/" in text[token_start : match.start()] or (spaced and _belongs_to_word(text, match.start())):
            continue
        found = match
    return found


def _detach(line: Line, start: int, end: int, marker: str) -> None:
    removed = end - start
    line.text = line.text[:start] + line.text[end:]
    moved = [(off - removed if off >= end else off, m) for off, m in line.superscripts]
    line.superscripts = sorted(moved + [(start, marker)])


def restore_unmatched(line: Line, markers: set[str]) -> None:
    """Put back raised characters that match no footnote ("m2" for square metres stays "m2")."""
    keep = []
    for offset, marker in reversed(line.superscripts):
        if marker in markers:
            keep.append((offset, marker))
            continue
        line.text = line.text[:offset] + marker + line.text[offset:]
        keep = [(off + len(marker), m) for off, m in keep]
    line.superscripts = sorted(keep)
