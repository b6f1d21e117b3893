"""Relations between the citing and the cited document (domain.md §4), from the words around a number.

- before the number, in its clause: "về thực hiện Nghị quyết 03/NQ-CP", "Bãi bỏ ... tại Nghị định số 33/2023/NĐ-CP";
- after it: "Luật ... số 17/2008/QH12 ... hết hiệu lực";
- over a list: "Điều 1. Bãi bỏ toàn bộ các văn bản sau:" then numbered items;
- for a document cited several times, the most specific relation of its mentions (``strongest``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.citations.data import relation_after_signals, relation_signals

DEFAULT_RELATION = "dẫn chiếu"
# Most specific first: the relation of a document cited several times ("hợp nhất" only comes from a VBHN
# consolidating that act, which says more than its other mentions).
# Relations whose signal, when it follows another cited number, is that number's act, not the citing one's:
# "Quyết định số 117/2007/QĐ-TTg sửa đổi, bổ sung Quyết định số 118/TTg" -> 118/TTg is a plain reference.
ACTS = frozenset({"sửa đổi", "thay thế", "bãi bỏ", "hướng dẫn", "đính chính"})
PRECEDENCE = ("căn cứ", "hợp nhất", "bãi bỏ", "thay thế", "sửa đổi", "hướng dẫn", "đính chính", "thực hiện", "dẫn chiếu")
# A clause ends at ";" or a sentence end, or at a new "-" item: "...; số 81/BC-SNV" starts afresh.
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)|\n\s*[-•+]")
# A line that opens a list: ends with ":" ("Bãi bỏ các văn bản sau:") or is an article title
# ("Điều 1. Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ").
LIST_LINE = r"(?m)^(?:[^\n:]{0,300}:[ \t]*$|[ \t*#]{0,4}Điều\s{1,3}\d{1,3}\.[^\n]{0,300}$)"
LIST_LINE_RE = re.compile(LIST_LINE)
# An item of such a list: the number stands near the start of a numbered line: "1. Quyết định số ".
LIST_ITEM_RE = re.compile(r"(?:^|\n)[ \t]{0,4}(?:\d{1,3}[.)]|[a-zđ]\)|[-+•])[ \t]{0,3}(?:\S+[ \t]{1,3}){0,3}\Z")
# Where such a list ends: the next article or chapter.
LIST_END_RE = re.compile(r"\n[ \t*#]{0,4}(?:Điều\s+\d|Chương\s+[IVXLC\d]|Mục\s+\d)")
LIST_REACH = 30_000
MAX_REACH = 300


@dataclass(frozen=True)
class ListRelation:
    start: int
    until: int
    relation: str


def clause_start(text: str, start: int, floor: int, reach: int = MAX_REACH) -> int:
    """Where the clause holding ``start`` begins, not before ``floor`` nor ``reach`` characters back."""
    low = max(floor, start - reach)
    ends = [match.end() for match in _CLAUSE_END.finditer(text, low, start)]
    return ends[-1] if ends else low


def relation_signal(text: str, start: int, floor: int) -> str | None:
    """The relation signalled nearest before ``start`` within its clause, each signal within its reach.

    "theo quy định tại Nghị định" -> None; "về thực hiện Nghị quyết" -> "thực hiện".
    """
    found = signal_at(text, start, floor)
    return found[0] if found else None


def signal_at(text: str, start: int, floor: int) -> tuple[str, int] | None:
    """(relation, where its signal starts) of the signal nearest before ``start``."""
    low = clause_start(text, start, floor)
    pattern, rows = _all_signals()
    best: tuple[int, int, str, int] | None = None
    for match in pattern.finditer(text, max(low, start - MAX_REACH), start):
        rank = match.lastindex - 1 if match.lastindex else 0
        relation, reach = rows[rank]
        if match.start() >= start - reach:
            candidate = (match.end(), -rank, relation, match.start())
            if best is None or candidate > best:
                best = candidate
    return (best[2], best[3]) if best else None


@cache
def _all_signals() -> tuple[re.Pattern[str], list[tuple[str, int]]]:
    """One alternation of every signal (one group each, in the file's order) and (relation, reach) per group."""
    rows = relation_signals()
    # Every signal starts with one of these letters (or a line break, ";"): a cheap test at each position.
    first = r"(?=[\n;CcĐđHhQqSsTtBb])"
    pattern = re.compile(first + "(?:" + "|".join(f"({signal.pattern})" for signal, _, _ in rows) + ")", re.MULTILINE)
    return pattern, [(relation, reach) for _, relation, reach in rows]


def relation_after(text: str, end: int) -> str | None:
    """A relation written after the number, in its clause: "... số 31/2004/QH11 hết hiệu lực"."""
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 250))
    window = text[end : stop.start() if stop else min(len(text), end + 250)]
    if re.search(r"được\s+sửa\s+đổi", window):
        return None  # "X đã được sửa đổi, bổ sung theo Luật số Y hết hiệu lực": the sentence is about Y
    for pattern, relation in relation_after_signals():
        if pattern.search(window):
            return relation
    return None


def list_relations(text: str) -> list[ListRelation]:
    """Lists opened by a line with a signal: "Bãi bỏ các văn bản sau:" governs its items up to the next article."""
    found = []
    for match in LIST_LINE_RE.finditer(text):
        relation = relation_signal(match.group(0), len(match.group(0)), 0)
        if relation is None or relation in ("thực hiện", DEFAULT_RELATION, "căn cứ"):
            continue
        end = LIST_END_RE.search(text, match.end(), min(len(text), match.end() + LIST_REACH))
        found.append(ListRelation(match.end(), end.start() if end else min(len(text), match.end() + LIST_REACH),
                                  relation))
    return found


def list_relation_at(lists: list[ListRelation], text: str, offset: int) -> str | None:
    """The relation of the list whose item starts with the number at ``offset`` ("2. Quyết định số ...")."""
    active = [item for item in lists if item.start <= offset < item.until]
    if not active or not LIST_ITEM_RE.search(text[max(0, offset - 60) : offset]):
        return None
    return active[-1].relation


def strongest(relations: list[str]) -> str:
    """The most specific of several relations ("bãi bỏ" over "dẫn chiếu")."""
    present = set(relations)
    ranked = [r for r in PRECEDENCE if r in present]
    return ranked[0] if ranked else (relations[0] if relations else DEFAULT_RELATION)
