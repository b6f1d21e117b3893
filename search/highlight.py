"""Snippets with highlights, computed in Python so every store returns the same ones.

The offsets are into the returned snippet string (``snippet[start:end]`` is the matched text).
"""

from __future__ import annotations

import re

from search.analyzer import Unit, fold, highlight_patterns, normalize

SNIPPET_WIDTH = 240  # characters of text around the densest run of matches
LEAD = 60  # characters shown before the first match of the window


def make_snippet(text: str, units: list[Unit], width: int = SNIPPET_WIDTH) -> tuple[str, list[tuple[int, int]]]:
    """The window of ``text`` with the most matches of ``units``, and the matches' offsets in it."""
    text = normalize(text)
    spans = find_matches(text, units)
    if not spans:
        return _clip(text, 0, width), []
    start = _densest_start(spans, width)
    begin = _word_start(text, max(0, start - LEAD))
    end = _word_end(text, min(len(text), begin + width))
    snippet = text[begin:end]
    inside = [(s - begin, e - begin) for s, e in spans if s >= begin and e <= end]
    return _squash(snippet, inside)


def find_matches(text: str, units: list[Unit]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of ``text`` (NFC) matched by ``units``."""
    folded = fold(text.lower())
    if len(folded) != len(text):  # never expected: fold keeps one character per character
        return []
    spans = sorted({m.span() for pattern in highlight_patterns(units) for m in pattern.finditer(folded)})
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _densest_start(spans: list[tuple[int, int]], width: int) -> int:
    best, best_count = spans[0][0], 0
    j = 0
    for i, (start, _) in enumerate(spans):
        while spans[j][0] < start - width + LEAD:
            j += 1
        count = i - j + 1
        if count > best_count:
            best, best_count = spans[j][0], count
    return best


def _word_start(text: str, pos: int) -> int:
    while 0 < pos < len(text) and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _word_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + 30)
    while pos < limit and not text[pos].isspace():
        pos += 1
    return pos


def _clip(text: str, begin: int, width: int) -> str:
    return re.sub(r"\s+", " ", text[begin : _word_end(text, min(len(text), begin + width))]).strip()


def _squash(snippet: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Runs of whitespace made one space, with the spans moved to match."""
    out: list[str] = []
    mapping: list[int] = []
    for char in snippet:
        mapping.append(len(out))
        if not char.isspace():
            out.append(char)
        elif out and out[-1] != " ":
            out.append(" ")
    mapping.append(len(out))
    squashed = "".join(out).rstrip()
    moved = [(mapping[s], mapping[e]) for s, e in spans]
    return squashed, [(s, e) for s, e in moved if s < e <= len(squashed)]
