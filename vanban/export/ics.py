"""Tasks as an iCalendar file (RFC 5545): one VTODO per dated or recurring task.

A task with a due date ("trước ngày 30/6/2026") gets ``DUE;VALUE=DATE:20260630``. A recurring
deadline gets an ``RRULE`` and its first due date counted from the directive's date:
"trước ngày 10 hằng tháng" -> ``FREQ=MONTHLY;BYMONTHDAY=10``, "hằng quý" -> the last day of every
third month, "hằng năm" -> 31 December (or the day written: "trước ngày 15/12 hằng năm") every
year. Undated tasks ("thường xuyên", "định kỳ", no deadline) are left out: a calendar needs a day.

Works on plain task dicts (``Extraction.to_dict()["tasks"]`` or a store record's ``tasks``).
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

# "trước ngày 25 hằng tháng" -> day 25 of each month.
DAY_OF_MONTH = re.compile(r"ngày\s+(?P<day>\d{1,2})\s+(?:hằng|hàng)\s+tháng")
# "trước ngày 15/12 hằng năm" -> 15 December each year.
DAY_OF_YEAR = re.compile(r"ngày\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?!\s*/\s*\d)")
# "định kỳ 6 tháng" -> every six months.
EVERY_N_MONTHS = re.compile(r"định\s+kỳ\s+(?P<n>\d{1,2})\s+tháng")

PRODID = "-//vanban//tasks//VI"


@dataclass
class Due:
    """When a task falls due: the first day, and the RRULE when it comes back."""

    day: date
    rrule: dict[str, Any] | None = None


def due_of(deadline: dict[str, Any] | None, issued: date | None) -> Due | None:
    """The calendar due of a task's deadline dict (``text``, ``date``, ``recurrence``), or None."""
    if not deadline:
        return None
    recurrence = (deadline.get("recurrence") or "").replace("hàng ", "hằng ")
    text = (deadline.get("text") or "").lower()
    if deadline.get("date") and not recurrence.startswith(("hằng", "định kỳ")):
        return Due(date.fromisoformat(deadline["date"]))
    start = issued or (date.fromisoformat(deadline["date"]) if deadline.get("date") else None)
    if start is None or not recurrence:
        return None
    return _recurring(recurrence, text, start)


def _recurring(recurrence: str, text: str, start: date) -> Due | None:
    if recurrence == "hằng tháng":
        m = DAY_OF_MONTH.search(text)
        day = int(m.group("day")) if m else None
        return Due(_next_month_day(start, day), {"FREQ": "MONTHLY", "BYMONTHDAY": day or -1})
    if recurrence == "hằng quý":
        month = ((start.month - 1) // 3 + 1) * 3
        return Due(_month_end(start.year, month), {"FREQ": "MONTHLY", "INTERVAL": 3, "BYMONTHDAY": -1})
    if recurrence == "hằng năm":
        m = DAY_OF_YEAR.search(text)
        day, month = (int(m.group("day")), int(m.group("month"))) if m else (31, 12)
        first = _safe_date(start.year, month, day)
        if first is None:
            return None
        if first < start:
            first = _safe_date(start.year + 1, month, day) or first
        return Due(first, {"FREQ": "YEARLY", "BYMONTH": month, "BYMONTHDAY": day})
    if recurrence == "hằng tuần":
        return Due(start, {"FREQ": "WEEKLY"})
    every = EVERY_N_MONTHS.search(recurrence)
    if every:
        n = int(every.group("n"))
        month = start.month + n - 1
        return Due(_month_end(start.year + month // 12, month % 12 + 1), {"FREQ": "MONTHLY", "INTERVAL": n,
                                                                          "BYMONTHDAY": -1})
    return None  # "thường xuyên", "định kỳ", "quý III/2026" without a date: no day to put it on


def _next_month_day(start: date, day: int | None) -> date:
    year, month = start.year, start.month
    for _ in range(2):
        last = calendar.monthrange(year, month)[1]
        due = date(year, month, min(day or last, last))
        if due >= start:
            return due
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return due


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _issued(record: dict[str, Any]) -> date | None:
    value = (record.get("document") or {}).get("date")
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def todo(task: dict[str, Any], record: dict[str, Any], stamp: datetime) -> Any:
    """One VTODO for a task dict of ``record`` (None when the task has no day to fall on)."""
    from icalendar import Todo, vRecur

    due = due_of(task.get("deadline"), _issued(record))
    if due is None:
        return None
    header = record.get("document") or {}
    number = header.get("number") or record.get("id") or record.get("source") or ""
    bodies = list(task.get("responsible") or [])
    item = Todo()
    item.add("uid", _uid(record, task))
    item.add("dtstamp", stamp)
    item.add("summary", _summary(task, bodies))
    item.add("description", _description(task, header, number))
    item.add("due", due.day)
    if due.rrule:
        item.add("dtstart", due.day)
        item.add("rrule", vRecur(due.rrule))
    if bodies:
        item.add("categories", bodies)
    item.add("status", "NEEDS-ACTION")
    item.add("x-vanban-document", number)
    item.add("x-vanban-path", str(task.get("path") or ""))
    return item


def _uid(record: dict[str, Any], task: dict[str, Any]) -> str:
    ident = f"{record.get('id') or record.get('source')}#{task.get('path')}#{task.get('span')}"
    return hashlib.sha1(ident.encode("utf-8")).hexdigest()[:20] + "@vanban"


def _summary(task: dict[str, Any], bodies: list[str]) -> str:
    text = " ".join(str(task.get("text") or "").split())
    short = text if len(text) <= 90 else text[:87].rstrip() + "..."
    if not bodies or text.lower().startswith(tuple(b.lower() for b in bodies)):
        return short
    return f"{', '.join(bodies)}: {short}"


def _description(task: dict[str, Any], header: dict[str, Any], number: str) -> str:
    deadline = task.get("deadline") or {}
    lines = [
        f"Văn bản: {' '.join(str(p) for p in (header.get('type'), number) if p)}"
        + (f" ngày {header['date']}" if header.get("date") else ""),
        f"Mục: {task.get('path')}",
        f"Chủ trì: {', '.join(task.get('responsible') or []) or '-'}",
        f"Phối hợp: {', '.join(task.get('coordinating') or []) or '-'}",
        f"Thời hạn: {deadline.get('text') or '-'}",
        "",
        " ".join(str(task.get("text") or "").split()),
    ]
    return "\n".join(lines)


def calendar_of(records: Iterable[dict[str, Any]], stamp: datetime | None = None) -> Any:
    """An icalendar ``Calendar`` with a VTODO for every dated task of every record."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "vanban: nhiệm vụ")
    now = stamp or datetime.now(UTC).replace(microsecond=0)
    for record in records:
        for task in record.get("tasks") or []:
            item = todo(task, record, now)
            if item is not None:
                cal.add_component(item)
    return cal


def to_ics(records: Iterable[dict[str, Any]], stamp: datetime | None = None) -> bytes:
    """The iCalendar bytes (CRLF lines, folded at 75 octets) of the records' dated tasks."""
    data: bytes = calendar_of(records, stamp).to_ical()
    return data
