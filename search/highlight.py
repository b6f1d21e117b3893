"""Snippets with highlights, computed in Python so every store returns the same ones.

The offsets are into the returned snippet string (``snippet[start:end]`` is the matched text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from search.analyzer import Unit, fold, highlight_patterns, normalize

SNIPPET_WIDTH = 240  # characters of text around the densest run of matches
SCAN_LIMIT = 200_000  # characters of a long document searched for matches
LEAD = 60  # characters shown before the first match of the window


def make_snippet(
    text: str, query: Sequence[Unit] | Sequence[re.Pattern[str]], width: int = SNIPPET_WIDTH
) -> tuple[str, list[tuple[int, int]]]:
    """The window of ``text`` with the most matches of the query, and the matches' offsets in it.

    ``query`` is the query's units, or their ``analyzer.highlight_patterns`` compiled once for a page.
    """
    patterns = [p for p in query if isinstance(p, re.Pattern)]
    if len(patterns) < len(query):
        patterns = highlight_patterns([u for u in query if isinstance(u, Unit)])
    text = normalize(text[:SCAN_LIMIT])
    spans = find_matches(text, patterns)
    if not spans:
        return _clip(text, 0, width), []
    start = _densest_start(spans, width)
    begin = _word_start(text, max(0, start - LEAD))
    end = _word_end(text, min(len(text), begin + width))
    snippet = text[begin:end]
    inside = [(s - begin, e - begin) for s, e in spans if s >= begin and e <= end]
    return _squash(snippet, inside)


def find_matches(text: str, patterns: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of ``text`` (NFC) matched by ``patterns``."""
    folded = fold(text.lower())
    if len(folded) != len(text):  # never expected: fold keeps one character per character
        return []
    spans = sorted({m.span() for pattern in patterns for m in pattern.finditer(folded)})
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
    """Runs of whitespace made one space (none at the ends), with the spans moved to match."""
    starts, removed = [], []
    total = 0
    for match in _SPACES.finditer(snippet):
        keep = 0 if match.start() == 0 or match.end() == len(snippet) else 1
        total += match.end() - match.start() - keep
        starts.append(match.end())
        removed.append(total)

    def moved(pos: int) -> int:
        i = bisect_left(starts, pos + 1) - 1
        return pos - (removed[i] if i >= 0 else 0)

    squashed = _SPACES.sub(" ", snippet).strip()
    shifted = [(moved(s), moved(e)) for s, e in spans]
    return squashed, [(s, e) for s, e in shifted if s < e <= len(squashed)]


_SPACES = re.compile(r"\s+")
