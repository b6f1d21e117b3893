"""Deadlines of a task: as written, the last day allowed, or a recurrence.

"trước ngày 30/6/2025" -> 2025-06-30; "trong tháng 7/2025" -> 2025-07-31; "quý III/2025" ->
2025-09-30 with recurrence "quý III/2025"; "hằng năm", "thường xuyên" -> a recurrence only.
A year left out ("trước ngày 15/12") is taken from the directive's own date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from parsers.model import Deadline
from parsers.tasks.words import ITEM_FIELD, fold, squash

# A day and month, the year optional: "30/6/2025", "15/12", "05 tháng 5 năm 2025".
DATE = r"""(?P<day>\d{1,2})\s*(?:[/.-]\s*|\s+tháng\s+)(?P<month>\d{1,2})
           (?:\s*(?:[/.-]|\s+năm)\s*(?P<year>\d{4}))?"""

# A due date: "trước ngày 30/6/2025", "chậm nhất ngày 15/12", "hoàn thành trước 31/3/2025", "xong trước 30/6",
# "trong ngày 30 tháng 4 năm 2026", "chậm nhất đến ngày 09/6/2022", the end of a period "từ ngày 01/3/2025 đến ngày
# 30/4/2025" (not "đến ngày 30 tháng 4 năm 1975": a
# period, see ``find_deadline``).
BEFORE = re.compile(
    r"""(?:(?:trước|chậm\s+nhất(?:\s+(?:là|đến|vào))?|muộn\s+nhất|không\s+muộn\s+hơn|hạn\s+chót|đến\s+hết|hoàn\s+thành
           |đến(?=\s+ngày))
           \s*(?:ngày\s*)?
        |trong\s+ngày\s*)""" + DATE,
    re.VERBOSE,
)
# A span of dates, the last one the deadline: "29/6/2026 - 09/7/2026" (a plan's time column).
DATE_RANGE = re.compile(
    r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[-–—]\s*(?:đến\s+)?" + DATE.replace("(?P<", "(?P<").strip(),
    re.VERBOSE,
)
# Where a range "từ ... đến ..." ends: what follows "đến" is the deadline ("Từ quý I/2012 đến hết năm 2012").
RANGE_END = re.compile(r"(?<!\w)từ\s[^;.]{1,80}?(?<!\w)đến\s+")
# A date with no cue at the end of a range: "25/11/2022" of "Từ 10/10/2022 đến 25/11/2022", "20/12/2022" of "Từ 26/11
# đến 20/12/2022" (a schedule's step).
END_DATE = re.compile(DATE + r"(?![\d/])", re.VERBOSE)  # "đến ngày 30/4/2025" is BEFORE's
# The end of the year: "cuối năm", "cuối năm 2019" (not "6 tháng cuối năm").
YEAR_END = re.compile(r"(?<!tháng\s)(?<!\w)cuối\s+năm(?:\s+(?P<year>\d{4}))?(?!\w)")
# A month: "trong tháng 7/2025", "tháng 7 năm 2025"; not the month of a day's date ("Quyết định số 2335/QĐ-UBND ngày
# 29 tháng 8 năm 2022", 1445/SLĐTBXH: the date of a cited document).
MONTH = re.compile(
    r"(?:(?:trong|trước|hết)\s+|(?<!\d)(?<!\d\s))tháng\s+(?P<month>\d{1,2})\s*(?:/|năm)\s*(?P<year>\d{4})"
)
# A month without its year, the directive's year: "hoàn thành trong tháng 4", a time cell "Tháng 3", of a span the
# last: "Tháng 3 - 4", "tháng 5, 6"; not a count ("6 tháng đầu năm", "trong 3 tháng") nor a day's month ("ngày 30
# tháng 4", "30 tháng 4" of a date read by BEFORE or told as an anniversary).
MONTH_NO_YEAR = re.compile(
    r"""(?<!\d)(?<!\d\s)(?:(?:trong|trước|hết|vào)\s+)?tháng\s+(?:\d{1,2}\s*(?:-|–|,|và|đến)\s*(?:tháng\s+)?)*
        (?P<month>\d{1,2})(?![\d/.,]\d|\s*(?:/|-|năm)\s*\d|\d)""",
    re.VERBOSE,
)
# A quarter: "quý III/2025", "trong quý 3 năm 2025", "quý IV", "quí III năm 2019"; of a list of
# quarters the last: "Quý II, III/2012".
QUARTER = re.compile(
    r"(?:(?:trong|trước|hết)\s+)?qu[ýí]\s+(?:(?:iv|i{1,3}|[1-4])\s*(?:,|và|-|–)\s*)*(?P<q>iv|i{1,3}|[1-4])(?!\w)"
    r"(?:\s*(?:/|năm)\s*(?P<year>\d{4}))?"
)
# Half a year: "6 tháng đầu năm 2025", "6 tháng cuối năm".
HALF = re.compile(
    r"trong\s+(?:06|6)\s+tháng\s+(?P<half>đầu|cuối)\s+năm(?:\s+(?P<year>\d{4}))?"
)
# A whole year as the limit: "hoàn thành trong năm 2025", "trước năm 2026", "đến năm 2030".
YEAR = re.compile(r"(?P<cue>trong|trước|hết|đến|hoàn\s+thành(?:\s+trong)?)\s+năm\s+(?P<year>\d{4})")
# A recurrence: "hằng năm", "hàng quý", "định kỳ 6 tháng", "thường xuyên", "theo thời gian quy định".
RECURRENCE = re.compile(
    r"""(?P<rec>(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày)
        |định\s+kỳ(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|\s+\d+\s+tháng)?
        |thường\s+xuyên|liên\s+tục
        |theo\s+(?:đúng\s+)?thời\s+gian\s+quy\s+định|đúng\s+thời\s+gian\s+quy\s+định|đúng\s+thời\s+hạn)""",
    re.VERBOSE,
)
# A day of each period: "trước ngày 25 hằng tháng", "trước ngày 10 hàng tháng", "vào thứ hai hàng tuần".
DAY_OF_PERIOD = re.compile(
    r"""(?:(?:trước|chậm\s+nhất(?:\s+là)?|vào)\s+(?:ngày\s+)?\d{1,2}\s+(?P<rec>(?:hằng|hàng)\s+(?:tháng|quý|năm))
        |(?:vào\s+)?(?:ngày\s+)?thứ\s+(?:hai|ba|tư|năm|sáu|bảy)\s+(?P<week>(?:hằng|hàng)\s+tuần))""",
    re.VERBOSE,
)
# A time limit counted from an event: "trong thời hạn 30 ngày kể từ ngày quyết định có hiệu lực".
RELATIVE = re.compile(
    r"""trong\s+(?:thời\s+hạn\s+|vòng\s+|thời\s+gian\s+)?(?:\d+|\w+)\s+ngày(?:\s+làm\s+việc)?
        \s*,?\s*kể\s+từ\s+(?:ngày\s+)?[^,;.()]{0,80}""",
    re.VERBOSE,
)
# A time limit counted from an event or before it: "Sau 10 ngày làm việc kể từ ngày kết thúc giám sát", "(sau 05 ngày
# làm việc)", "gửi về Bộ Nội vụ trước khi kiểm tra ít nhất 05 ngày", "trước khi kiêm tra ít nhật 05 ngày" (OCR).
AROUND_EVENT = re.compile(
    r"""(?<!\w)(?:sau\s+\d+\s+ngày(?:\s+làm\s+việc)?(?:\s*,?\s*kể\s+từ\s+(?:ngày\s+)?[^,;.()]{0,80})?
        |trước\s+khi\s+[^,;.()]{1,40}?\s+ít\s+nh[ấậâa]t\s+\d+\s+ngày(?:\s+làm\s+việc)?)""",
    re.VERBOSE,
)
# A time set by each round of a recurring event: "trước 30 ngày làm việc của các đợt trao tặng Huy hiệu Đảng",
# "trước 15 ngày của các đợt", "(tổ chức trước hoặc trong tháng của các đợt trao tặng)", "sau mỗi đợt".
EACH_ROUND = re.compile(
    r"""(?<!\w)(?:trước|sau)(?:\s+hoặc\s+trong)?(?:\s+(?:\d+\s+ngày(?:\s+làm\s+việc)?|tháng))?
        \s+(?:của\s+)?(?:mỗi|các|từng)\s+đợt(?:\s+[^\W\d]+){0,5}""",
    re.VERBOSE,
)
# The time field of a plan's item, whose value is the item's deadline whatever other dates the item names: "Thời gian
# thực hiện: Quý II/2025", "Thời gian hoàn thành: trước ngày 30/6/2025", "thời gian: tháng 9/2025", "Thời hạn: ...",
# "Tiến độ thực hiện: ...", a work programme's "Thời gian trình: Tháng 6/2025", "Thời gian dự kiến: ...".
TIME_FIELD = re.compile(
    r"(?<!\w)(?:thời\s+(?:gian|hạn)|tiến\s+độ)(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai|báo\s+cáo|dự\s+kiến|trình))?\s*:\s*"
)
# A date with no cue, in a time field's value: "Thời gian thực hiện: ngày 15/3/2025", "Thời gian: 8 giờ 00 ngày
# 20/5/2025", "thời gian hoàn thành: 30/9/2025", "15/3 - 30/4/2025" (the last one).
FIELD_DATE = re.compile(r"(?<![\d/.])" + DATE + r"(?![\d/])", re.VERBOSE)
# A bare year as a field's whole value: "Năm 2025", "Trong năm 2025.", "Cả năm 2026", "2025".
# A bare year as a field's or a time cell's whole value, of a span the last: "Năm 2025", "Trong năm 2025.", "Cả năm
# 2026", "2025", "Năm 2025 - 2026", "Giai đoạn 2025-2030"; "Cả năm" alone is the directive's year.
BARE_YEAR = re.compile(
    r"""\s*(?:(?:cả|trong|giai\s+đoạn)\s+)?(?:năm\s+)?(?:(?:19|20)\d\d\s*[-–]\s*(?:năm\s+)?)?(?P<year>(?:19|20)\d\d)\s*[.;]?\s*
        |\s*cả\s+năm\s*[.;]?\s*""",
    re.VERBOSE,
)
# A year that opens the item, the time of its work: "Năm 2023 tổ chức sơ kết tình hình thực hiện Đề án, ..." (146/QĐ-TTg).
LEADING_YEAR = re.compile(r"\s*((?:[Tt]rong\s+)?[Nn]ăm\s+(?P<year>(?:19|20)\d\d))\s*,?\s+(?=[^\W\d_])")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
QUARTER_NAMES = ("I", "II", "III", "IV")


@dataclass
class _Found:
    start: int
    end: int
    date: str | None
    recurrence: str | None
    rank: int  # lower is more specific


def _iso(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month_end(year: int, month: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return _iso(year, month, calendar.monthrange(year, month)[1])


def _year(found: str | None, default: int | None) -> int | None:
    return int(found) if found else default


def _before(folded: str, default: int | None) -> list[_Found]:
    out = []
    for m in BEFORE.finditer(folded):
        year = _year(m.group("year"), default)
        date = _iso(year, int(m.group("month")), int(m.group("day"))) if year else None
        out.append(_Found(m.start(), m.end(), date, None, 0))
    return out


def _ranges(folded: str, default: int | None) -> list[_Found]:
    out = []
    for m in DATE_RANGE.finditer(folded):
        year = _year(m.group("year"), default)
        date = _iso(year, int(m.group("month")), int(m.group("day"))) if year else None
        out.append(_Found(m.start(), m.end(), date, None, 0))
    for m in RANGE_END.finditer(folded):  # "Từ 10/10/2022 đến 25/11/2022: UBND các huyện ... triển khai"
        last = END_DATE.match(folded, m.end())
        if last:
            year = _year(last.group("year"), default)
            date = _iso(year, int(last.group("month")), int(last.group("day"))) if year else None
            out.append(_Found(m.start(), last.end(), date, None, 0))
    for m in YEAR_END.finditer(folded):
        year = _year(m.group("year"), default)
        out.append(_Found(m.start(), m.end(), _iso(year, 12, 31) if year else None, None, 3))
    return out


def _periods(folded: str, default: int | None) -> list[_Found]:
    out = []
    for m in MONTH.finditer(folded):
        out.append(_Found(m.start(), m.end(), _month_end(int(m.group("year")), int(m.group("month"))), None, 1))
    if default is not None:
        out += [_Found(m.start(), m.end(), _month_end(default, int(m.group("month"))), None, 1)
                for m in MONTH_NO_YEAR.finditer(folded)]
    for m in QUARTER.finditer(folded):
        q = ROMAN.get(m.group("q")) or int(m.group("q"))
        year = _year(m.group("year"), default)
        label = f"quý {QUARTER_NAMES[q - 1]}" + (f"/{year}" if year else "")
        out.append(_Found(m.start(), m.end(), _month_end(year, q * 3) if year else None, label, 1))
    for m in HALF.finditer(folded):
        year = _year(m.group("year"), default)
        month = 6 if m.group("half") == "đầu" else 12
        out.append(_Found(m.start(), m.end(), _month_end(year, month) if year else None, None, 2))
    for m in YEAR.finditer(folded):
        year = int(m.group("year")) - (1 if m.group("cue") == "trước" else 0)
        out.append(_Found(m.start(), m.end(), _iso(year, 12, 31), None, 3))
    return out


def _recurrences(folded: str) -> list[_Found]:
    out = [_Found(m.start(), m.end(), None, squash(m.group("rec") or m.group("week")).replace("hàng ", "hằng "), 0)
           for m in DAY_OF_PERIOD.finditer(folded)]
    out += [_Found(m.start(), m.end(), None, None, 2) for m in RELATIVE.finditer(folded)]
    out += [_Found(m.start(), m.end(), None, None, 2) for m in AROUND_EVENT.finditer(folded)]
    out += [_Found(m.start(), m.end(), None, None, 2) for m in EACH_ROUND.finditer(folded)]
    for m in RECURRENCE.finditer(folded):
        rec = squash(m.group("rec")).replace("hàng ", "hằng ")
        if rec.startswith(("theo", "đúng")):
            out.append(_Found(m.start(), m.end(), None, None, 6))
        else:  # a period ("hằng năm", "định kỳ 6 tháng") says more than "thường xuyên" or a bare "định kỳ"
            out.append(_Found(m.start(), m.end(), None, rec, 4 if rec.startswith("hằng") or rec.startswith("định kỳ ") else 5))
    return out


def find_deadline(text: str, default_year: int | None = None) -> Deadline | None:
    """The most specific deadline written in a task's text, or None; the value of its time field first ("...
    các văn bản ban hành trước ngày 01/7/2024. Thời gian thực hiện: Quý III/2025." -> quý III/2025).

    An exact date wins over a month or quarter, which wins over a recurrence; ties go to the
    first written. A recurrence right after a date ("trước ngày 15/12 hằng năm") is kept with it.
    """
    folded = fold(text)
    field = TIME_FIELD.search(folded)
    if field:
        after = ITEM_FIELD.search(folded, field.end())
        value = text[field.end() : after.start() if after else len(text)]
        found = _bare_year(value, default_year) or _written_deadline(value, default_year)
        found = found or _field_date(value, default_year)
        if found is not None:
            return found
    written = _bare_year(text, default_year) or _written_deadline(text, default_year)
    leading = LEADING_YEAR.match(text)
    if leading and (written is None or written.date is None):  # "Năm 2023 tổ chức sơ kết ...": within that year
        return Deadline(text=squash(leading.group(1)), date=f"{leading.group('year')}-12-31")
    return written


def _field_date(value: str, default: int | None) -> Deadline | None:
    """The last date of a time field's value, written with no cue: "ngày 15/3/2025", "15/3 - 30/4/2025"."""
    dates = list(FIELD_DATE.finditer(fold(value)))
    if not dates:
        return None
    last = dates[-1]
    year = _year(last.group("year"), default)
    date = _iso(year, int(last.group("month")), int(last.group("day"))) if year else None
    return Deadline(text=squash(value).strip(" .;"), date=date) if date else None


def _bare_year(value: str, default: int | None) -> Deadline | None:
    """ "Năm 2025" as a field's or a time cell's whole value: the year's last day."""
    found = BARE_YEAR.fullmatch(fold(value))
    year = (found.group("year") or default) if found else None
    return Deadline(text=squash(value).strip(" .;"), date=f"{year}-12-31") if year else None


def _written_deadline(text: str, default_year: int | None) -> Deadline | None:
    folded = fold(text)
    found = _before(folded, default_year) + _ranges(folded, default_year) + _periods(folded, default_year)
    found += _recurrences(folded)
    # a date years before the directive is a period it speaks of ("từ tháng 7 năm 1954 đến ngày 30 tháng 4
    # năm 1975"), not a deadline
    found = [f for f in found if not (f.date and default_year and int(f.date[:4]) < default_year - 1)]
    if not found:
        return None
    ends = {m.end() for m in RANGE_END.finditer(folded)}  # "từ quý I/2012 đến hết năm 2012": the end
    best = min(found, key=lambda f: (f.start not in ends, f.rank, f.start))
    end, recurrence = best.end, best.recurrence
    follow = RECURRENCE.match(folded, _skip(folded, best.end))
    if best.rank <= 1 and follow and follow.group("rec").startswith(("hằng", "hàng", "định")):
        end = follow.end()
        recurrence = squash(follow.group("rec")).replace("hàng ", "hằng ")
        best.date = None if best.rank <= 1 and not re.search(r"\d{4}", folded[best.start : best.end]) else best.date
    return Deadline(text=squash(text[best.start : end]), date=best.date, recurrence=recurrence)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n,":
        pos += 1
    return pos
