"""Dates and years written after a cited number: "ngày 05/5/2025", "ngày 19 tháng 6 năm 2015", "năm 2025"."""

from __future__ import annotations

import datetime as dt
import re

from parsers.citations.patterns import (
    DATE_AFTER_RE,
    DATE_BEFORE_RE,
    NUMBER_RE,
    NUMERIC_DATE,
    WORDS_DATE,
    YEAR_AFTER_RE,
)

_ANY_DATE_RE = re.compile(rf"ngày\s{{1,3}}(?:{NUMERIC_DATE}|{WORDS_DATE})(?!\d)")


def iso_date(day: str, month: str, year: str) -> str | None:
    """"05", "5", "2025" -> "2025-05-05"; None for an impossible date."""
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _iso_of(match: re.Match[str]) -> str | None:
    if match.group("d"):
        return iso_date(match.group("d"), match.group("m"), match.group("y"))
    return iso_date(match.group("wd"), match.group("wm"), match.group("wy"))


def date_after(text: str, pos: int) -> tuple[str | None, int]:
    """The date written right after ``pos`` and where it ends (``pos`` when there is none)."""
    match = DATE_AFTER_RE.match(text[pos : pos + 60])
    if not match:
        return None, pos
    return _iso_of(match), pos + match.end()


def date_before(text: str, start: int, floor: int) -> str | None:
    """A date opening the clause of a number, with no other number between: "Ngày 12/3/2012, ... số 87/TB-VPCP"."""
    low = max(floor, start - 160)
    found = list(DATE_BEFORE_RE.finditer(text, low, start))
    if not found or NUMBER_RE.search(text, found[-1].end(), start):
        return None
    return _iso_of(found[-1])


def year_after(text: str, pos: int) -> tuple[int | None, int]:
    """A year given apart right after ``pos`` ("..., số 02/NQ-CP năm 2025") and where it ends."""
    match = YEAR_AFTER_RE.match(text[pos : pos + 20])
    if not match:
        return None, pos
    return int(match.group("year")), pos + match.end()


def first_date(text: str) -> str | None:
    """The first "ngày ..." date of a text (the citing document's date when its header is unknown)."""
    for match in _ANY_DATE_RE.finditer(text):
        found = _iso_of(match)
        if found:
            return found
    return None
