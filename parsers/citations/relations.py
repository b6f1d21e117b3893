"""Relations between the citing and the cited document (domain.md §4), from the words before a number."""

from __future__ import annotations

import re

from parsers.citations.data import relation_signals

DEFAULT_RELATION = "dẫn chiếu"
# A window never reaches back past the end of a clause: "...; số 81/BC-SNV" starts afresh.
_CLAUSE_END = re.compile(r"[;.!?]\s|\n\s*[-•+]")
WINDOW = 90


def clause_start(text: str, start: int, floor: int) -> int:
    """Where the clause holding ``start`` begins, not before ``floor`` nor ``WINDOW`` characters back."""
    low = max(floor, start - WINDOW)
    ends = [match.end() for match in _CLAUSE_END.finditer(text, low, start)]
    return ends[-1] if ends else low


def relation_signal(window: str) -> str | None:
    """The relation signalled nearest the end of ``window``.

    "theo quy định tại" -> None; "về thực hiện" -> "thực hiện"; "sửa đổi, bổ sung một số điều của" -> "sửa đổi".
    """
    best: tuple[int, int, str] | None = None
    for rank, (pattern, relation) in enumerate(relation_signals()):
        for match in pattern.finditer(window):
            candidate = (match.end(), -rank, relation)
            if best is None or candidate > best:
                best = candidate
    return best[2] if best else None
