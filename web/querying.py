"""Web-side bounds on a search: the query is capped in characters and words, each search has a time
budget, every parameter is checked before it reaches a store.

A capped or stopped search still answers, with a notice in Vietnamese that says what was done.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date

from search.store import SearchHit, SearchQuery, SearchResults, Store

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 20
SEARCH_BUDGET = 2.0  # seconds one search may take before SQLite is interrupted
MAX_PAGE = 10_000
NUMBER_WINDOW = 50  # a query naming a number reorders its best this many matches (own number first)
YEAR_RANGE = (1945, 2100)
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")  # 2025-06-30 (a date input)
VN_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")  # 30/6/2025 (typed by a person)
SORTS = {"": "Phù hợp nhất", "newest": "Mới nhất", "oldest": "Cũ nhất"}


class ParameterError(ValueError):
    """A request parameter people can correct; the message says how (Vietnamese)."""


@dataclass
class Capped:
    text: str
    notice: str | None = None


def cap_query(text: str) -> Capped:
    """At most ``MAX_QUERY_WORDS`` words and ``MAX_QUERY_CHARS`` characters of ``text``."""
    words = text.split()
    if len(text) <= MAX_QUERY_CHARS and len(words) <= MAX_QUERY_WORDS:
        return Capped(text)
    kept = " ".join(words[:MAX_QUERY_WORDS])[:MAX_QUERY_CHARS]
    return Capped(kept, f"Câu tìm kiếm quá dài ({len(text):,} ký tự, {len(words):,} từ): chỉ tìm theo "
                        f"{min(len(words), MAX_QUERY_WORDS)} từ đầu, tối đa {MAX_QUERY_CHARS} ký tự. "
                        "Hãy rút gọn câu tìm kiếm.".replace(",", "."))


def timed_search(store: Store, query: SearchQuery, budget: float = SEARCH_BUDGET) -> tuple[SearchResults, str | None]:
    """The store's answer, or no hits and a notice when it ran past ``budget`` seconds (SQLite)."""
    db = getattr(store, "_db", None)
    timer = threading.Timer(budget, db.interrupt) if isinstance(db, sqlite3.Connection) else None
    if timer is not None:
        timer.start()
    try:
        return store.search(query), None
    except sqlite3.OperationalError as exc:
        if "interrupt" not in str(exc):
            raise
        return (SearchResults(total=0, hits=[], page=query.page, size=query.size),
                f"Tìm kiếm dừng sau {budget:g} giây: hãy dùng câu tìm kiếm cụ thể hơn.")
    finally:
        if timer is not None:
            timer.cancel()


def year_param(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit() or not YEAR_RANGE[0] <= int(value) <= YEAR_RANGE[1]:
        raise ParameterError(f"Năm “{value[:20]}” không hợp lệ: hãy nhập năm từ {YEAR_RANGE[0]} đến {YEAR_RANGE[1]}.")
    return int(value)


def date_param(value: str, label: str) -> str | None:
    """An ISO date from ``2025-06-30`` or ``30/6/2025``; None when empty."""
    value = value.strip()
    if not value:
        return None
    iso, vn = ISO_DATE.match(value), VN_DATE.match(value)
    parts = (iso.group(1), iso.group(2), iso.group(3)) if iso else (vn.group(3), vn.group(2), vn.group(1)) if vn else None
    try:
        if parts is None:
            raise ValueError(value)
        return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        raise ParameterError(f"{label} “{value[:20]}” không phải ngày hợp lệ (dd/mm/yyyy).") from None


def sort_param(value: str) -> str:
    if value not in SORTS:
        raise ParameterError(f"Cách sắp xếp “{value[:20]}” không hợp lệ.")
    return value


def query_numbers(text: str) -> set[str]:
    """The number tokens a query asks for ("quyet dinh 312" -> so_qd_312)."""
    from search.analyzer import analyze_query

    return {token for unit in analyze_query(text) for token in unit.numbers}


def own_numbers_first(results: SearchResults, numbers: set[str]) -> None:
    """Documents whose own number is one the query names go first (in their order), then the rest:
    "quyet dinh 312" opens with 312/QĐ-UBND, not with a letter that mentions it."""
    from search.analyzer import own_number_tokens

    def named(hit: SearchHit) -> bool:
        header = {"number": hit.number, "type": hit.type}
        return bool(numbers.intersection(own_number_tokens({"document": header, "text": ""})))

    results.hits.sort(key=lambda hit: not named(hit))
