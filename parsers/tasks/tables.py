"""Tasks from task tables: "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm".

Each row with a content cell is a task. Its path is the STT as printed ("3", "2.1"), after the STT
of the group rows above it ("I. Cơ sở hạ tầng" -> "I.3") and after the numbered section the table
sits in ("6. Tiến độ thực hiện" -> "6.3"), or after ``PL`` + the appendix number for a table
printed after the signature ("PLI.3", "PL.3" for an unnumbered appendix). The lead bodies are the
chủ trì cell's, the coordinating bodies the phối hợp cell's (a "chủ trì/phối hợp" column: the first
body leads), the deadline is read from the time cell. Column roles come from the header row
(``parsers/data/task_table_columns.tsv``); a table continued on the next page without its header,
or with a header OCR garbled, takes the roles of the previous table with as many columns.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from parsers.model import Citation, Deadline, Document, StructureNode, Table, Task
from parsers.readers.tables import MAX_HEADER_CELL, column_role, header_roles
from parsers.structure import task_path
from parsers.tasks.deadlines import find_deadline
from parsers.tasks.responsibility import heading_bodies, item_roles
from parsers.tasks.subjects import read_subject

__all__ = ["table_tasks", "with_table_tasks"]

# A row number as printed, OCR marks around it dropped: "3", "2.1", "5_", "`4", "II", "B".
STT = re.compile(r"^\W*(?P<stt>\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6}|[A-HĐ])[\W_]*$")
ROMAN = re.compile(r"^(?:[IVXL]{1,6}|[A-HĐ])$")  # a group's label: "II", "B"
# A group row merged over the columns: "2. Phòng Bưu chính, Viễn thông (6 NV trọng tâm):", "II. Nhiệm vụ cụ thể".
GROUP_LABEL = re.compile(r"^(?P<stt>\d{1,2}|[IVXL]{1,6}|[A-HĐ])[.)]\s+(?P<rest>\S)")
# A group label OCR garbled before its title: "JHI. Đào tạo CNTT" (III.), "Il. Phát triển ...".
GARBLED_LABEL = re.compile(r"^\W{0,2}[A-Za-z|]{1,4}[.)]\s+\w")
# A dash item in a cell, before a capital: "- Tổ chức Đón Tết ..." (the cell's line breaks joined by the reader).
DASH_ITEM = re.compile(r"(?:^|\s)[-–]\s+(?=\w)")
MIN_DASH_WORDS = 4
GROUP_TITLE = 120  # a group row's title is short: "Phổ cập kỹ năng chuyển đổi số"
ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# A quarter whose numeral OCR read with a digit: "Quý 1V/2024" (IV), "Quý l/2025" (I).
QUARTER_OCR = re.compile(r"(?i)(quý\s+)([1lIVX]{1,4})(?=\s*/|\s|$)")
PHOI_HOP = re.compile(r"\bphối\s+hợp\b")
# A time cell of past work: "2009", "2008 - 2010".
PAST_YEARS = re.compile(r"^\s*((?:19|20)\d\d)(?:\s*-\s*((?:19|20)\d\d))?\s*$")
# An appendix title: "PHỤ LỤC I", "Phụ lục số 02", "PHỤ LỤC" (unnumbered).
APPENDIX = re.compile(r"^\s*ph[ụu]\s*l[ụu]c(?:\s+số)?\s*(?P<number>[IVXL]{1,6}|\d{1,3}|[A-Z])?\b", re.IGNORECASE)
# A time cell of a period in years, its dash put anywhere by OCR: "2022 - 2025", "2022 2025 -", "2025 2022 -".
YEARS_ONLY = re.compile(r"^[\s\-–]*((?:19|20)\d\d)[\s\-–]+((?:19|20)\d\d)[\s\-–]*$")
# A date in a time cell written without "trước ngày": "10/7/2026 - 13/7/2026" -> the last one.
BARE_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?!\d)")
# A month in a time cell: "9/2012", "Tháng 6/2012 12/2012" (not the "7/2026" of "10/7/2026").
BARE_MONTH = re.compile(r"(?<![\d/])(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)")
PAST_SHARE = 0.5  # share of a table's year cells before the directive's year that makes it a record of past work
# The year of a place-and-date line whose day OCR garbled: "Bắc Giang, ngày đỆ tháng 11 năm 2010".
DATE_LINE_YEAR = re.compile(r"ngày\s+\S{1,3}\s+tháng\s+\S{1,3}\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)
DATE_LINE_REACH = 2000  # characters of the text where the date line is looked for
TASK_ROLES = frozenset({"lead", "lead_coordinating", "coordinating", "deadline", "product"})
# The usual columns of a task table, for one continued from a page the scan lost (no header before it).
USUAL_ROLES: dict[int, list[str | None]] = {
    5: ["stt", "content", "lead", "coordinating", "deadline"],
    6: ["stt", "content", "lead", "coordinating", "deadline", "product"],
}
NUMBERED_SHARE = 0.6  # rows whose first cell is a number, for a headerless table to be read with USUAL_ROLES


@dataclass
class _State:
    """What runs over the tables of one document: the last roles, the open group, the last row."""

    doc: Document
    citations: list[Citation]
    year: int | None
    roles: list[str | None] = field(default_factory=list)
    prefix: list[str] = field(default_factory=list)  # the previous table's section or appendix
    groups: list[str] = field(default_factory=list)
    group_bodies: list[str] = field(default_factory=list)
    section_bodies: list[str] = field(default_factory=list)  # of the heading the table sits under
    last: str | None = None
    dashes: dict[str, int] = field(default_factory=dict)  # dash items counted under each path, in a table without STT
    last_cells: dict[str, str] = field(default_factory=dict)
    end: int = 0  # where the previous table ended in ``Document.text``
    titles: list[tuple[int, int]] = field(default_factory=list)  # spans of group titles over tables
    tasks: list[Task] = field(default_factory=list)


def with_table_tasks(doc: Document, citations: list[Citation], tasks: list[Task]) -> list[Task]:
    """``tasks`` (of the structure tree) with the table rows' tasks among them in document order;
    a group title printed over a table ("4. Thanh tra Sở (6 NV trọng tâm):") is not a task itself."""
    state = _read_tables(doc, citations)
    if not state.tasks:
        return tasks
    kept = [task for task in tasks if not any(start <= task.span[0] < end for start, end in state.titles)]
    return sorted(kept + state.tasks, key=lambda task: task.span[0])


def table_tasks(doc: Document, citations: list[Citation]) -> list[Task]:
    """The tasks of every task table of ``doc``, in document order."""
    return _read_tables(doc, citations).tasks


def _read_tables(doc: Document, citations: list[Citation]) -> _State:
    state = _State(doc, citations, _doc_year(doc))
    for table in doc.tables:
        roles, continued = _roles(table, state.roles)
        if not roles or _past(table, roles, state.year):
            continue
        prefix, state.section_bodies = _prefix(doc, table)
        group = _group_before(doc, table, state.end) if prefix[:1] and prefix[0].startswith("PL") else None
        if group is not None:
            (label, bodies), span = group
            state.groups, state.group_bodies, state.last = [label], bodies, None
            state.titles.append(span)
        elif not (continued or _goes_on(table, roles, prefix, state) or _repeats_header(table, roles, state)):
            state.groups, state.group_bodies, state.last = [], [], None
        state.roles, state.prefix = roles, prefix
        for index, cells in enumerate(table.rows):
            if not (index == 0 and continued and _join_split_row(table, cells, state)):
                _row(table, index, cells, prefix, state)
        state.end = max([state.end] + [span[1] for span in table.row_spans])
    return state


def _goes_on(table: Table, roles: list[str | None], prefix: list[str], state: _State) -> bool:
    """A table that repeats the header on its page goes on with the previous one's groups: under the same heading,
    with the same columns, its first row follows the previous numbering ("9" after "8" under "I. Các dự án ...")
    or opens the group the previous page ended with ("II. | Về thể chế số" then, over the page, "1 | Xây dựng
    Đề án ..."): 1914/KH-UBND Hải Dương, Phụ lục 1."""
    if not state.groups or prefix != state.prefix or [r for r in roles if r] != [r for r in state.roles if r]:
        return False
    first = next((row for row in table.rows if any(row)), None)
    found = STT.match(_cells(first, roles).get("stt", "")) if first else None
    if found is None:
        return False
    expected = _stt("", state.last) if state.last else "1"
    return found.group("stt") == expected or ROMAN.match(found.group("stt")) is not None


def _doc_year(doc: Document) -> int | None:
    """The directive's year: its date's, else the place-and-date line OCR garbled ("ngày đỆ tháng 11 năm 2010")."""
    date = doc.header.date
    if date and date[:4].isdigit():
        return int(date[:4])
    found = DATE_LINE_YEAR.search(doc.text[:DATE_LINE_REACH])
    return int(found.group(1)) if found else None


def _roles(table: Table, previous: list[str | None]) -> tuple[list[str | None], bool]:
    """The roles of the table's columns (none when it is no task table), and whether the table
    continues the previous one (it has no header, or one whose words OCR garbled)."""
    width = len(table.rows[0]) if table.rows else len(table.header)
    found = _target_as_content(header_roles(table.header)) if table.header else None
    inherit = previous if len(previous) == width else [None] * width
    if not found and not any(inherit) and _numbered(table):
        inherit = USUAL_ROLES.get(width, inherit)
    own = found or [None] * width
    roles = [mine or theirs for mine, theirs in zip(own, inherit, strict=False)]
    if roles and roles[0] is None and "stt" not in roles and _numbered(table):
        roles[0] = "stt"  # its title OCR garbled: "T1 | Nhiệm vụ, giải pháp | ..." (146/QĐ-TTg's appendix)
    if "content" not in roles or not TASK_ROLES & set(roles):
        return [], False
    return roles, roles != own


def _target_as_content(roles: list[str | None] | None) -> list[str | None] | None:
    """A table that gives each target a lead body has the target for its task: "STT | Nội dung chỉ tiêu | Chủ trì |
    Phối hợp" (1914/KH-UBND Hải Dương, Phụ lục 2 "PHÂN CÔNG THEO DÕI, ĐÔN ĐỐC THỰC HIỆN CÁC CHỈ TIÊU")."""
    if not roles or "content" in roles or "target" not in roles or not {"lead", "lead_coordinating"} & set(roles):
        return roles
    index = roles.index("target")
    return [*roles[:index], "content", *roles[index + 1 :]]


def _repeats_header(table: Table, roles: list[str | None], state: _State) -> bool:
    """A table on the next page that prints the header again and goes on with the rows of the open group:
    "TT | Nhiệm vụ, giải pháp | ..." then "6 | Tuyên truyền trực quan ..." after "5" (146/QĐ-TTg's appendix)."""
    if roles != state.roles or not state.groups or not state.last or not table.rows:
        return False
    first = STT.match(_cells(table.rows[0], roles).get("stt", ""))
    return first is not None and first.group("stt") not in ("1", "I")


def _numbered(table: Table) -> bool:
    first = [row[0] for row in table.rows if row]
    return sum(1 for cell in first if STT.match(cell)) >= NUMBERED_SHARE * max(1, len(first))


def _row(table: Table, index: int, cells: list[str], prefix: list[str], state: _State) -> None:
    again = header_roles(cells)
    if again and "stt" in again:  # a header printed again inside the table (one table per group on a scan)
        state.roles = [mine or theirs for mine, theirs in zip(again, state.roles, strict=False)]
    if again and "stt" in again or _header_words(cells, state.roles):
        state.last = None
        return
    cell = _cells(cells, state.roles)
    group = _group_label(cells, cell, state.groups[-1] if state.groups else None)
    if group is not None:
        state.groups, state.last = [group[0]], None
        state.group_bodies = group[1]
        return
    if not cell.get("content"):
        return
    if "stt" not in state.roles and not _numbered(table):
        _dash_items(table, index, cell, [*prefix, *state.groups], state)
        return
    stt = _stt(cell.get("stt", ""), state.last)
    following = _next_roman(state.groups[0]) if len(state.groups) == 1 else None
    if following and _restarts(stt, state.last, _stt_after(table, index, state.roles)):  # group row lost: "5", "2", "3"
        state.groups, state.group_bodies = [following], []
    state.last, state.last_cells = stt, cell
    path = ".".join([*prefix, *state.groups, stt])
    state.tasks.append(_task(table, index, path, cell, state))


def _dash_items(table: Table, index: int, cell: dict[str, str], parent: list[str], state: _State) -> None:
    """A row of a table without STT ("Thời gian | Nội dung | Đơn vị thực hiện | Ghi chú", 08/KH-STTTT Hà Tĩnh,
    "III. LỘ TRÌNH THỰC HIỆN"): each dash item of its content cell is a task, written "-N" under the heading as
    the section's dashes are ("III.1.-2"); a row with neither body nor time goes on with the row above it (the rest
    of a cell over a page break: "- Nhân rộng điển hình, tiên tiến")."""
    if not (cell.get("lead") or cell.get("lead_coordinating") or cell.get("deadline")) and state.last_cells:
        cell = {**state.last_cells, "content": cell["content"]}
    key = ".".join(parent)
    for item in _split_dashes(cell["content"]):
        state.dashes[key] = state.dashes.get(key, 0) + 1
        path = ".".join([*parent, f"-{state.dashes[key]}"])
        state.tasks.append(_task(table, index, path, {**cell, "content": item}, state))
    state.last, state.last_cells = None, cell


def _split_dashes(content: str) -> list[str]:
    """The dash items of a cell whose line breaks the reader joined: "- Tổ chức các hoạt dộng chào mừng ngày thành
    lập Đảng - Tổ chức Đón Tết an toàn, vui tươi, tiết kiệm" -> two; a name's dash ("Phòng Bưu chính - Viễn thông")
    after fewer than four words of an item, or one before a small letter, does not cut it."""
    if not DASH_ITEM.match(content):
        return [content]
    items: list[str] = []
    for piece in DASH_ITEM.split(content):
        piece = piece.strip()
        if not piece:
            continue
        if items and (len(items[-1].split()) < MIN_DASH_WORDS or not piece[0].isupper()):
            items[-1] = f"{items[-1]} - {piece}"
        else:
            items.append(piece)
    return items


def _header_words(cells: list[str], roles: list[str | None]) -> bool:
    """A header row OCR garbled ("| Nhiệmw tâ | Chỉ tiểu định | Thời gian hoàn thành"): a cell
    outside the content column reads as its own column's title, and it has no number nor a task's length
    (not "3 | Triển khai ... nghiên cứu khoa học | ... | Thời gian đề tài")."""
    cell = _cells(cells, roles)
    if STT.match(cell.get("stt", "")) or len(cell.get("content", "")) > MAX_HEADER_CELL:
        return False
    return any(role not in {None, "content"} and column_role(text) == role
               for role, text in zip(roles, cells, strict=False))


def _cells(cells: list[str], roles: list[str | None]) -> dict[str, str]:
    out: dict[str, str] = {}
    for role, text in zip(roles, cells, strict=False):
        if role and text and role not in out:
            out[role] = text
    return out


def _group_label(cells: list[str], cell: dict[str, str], previous: str | None) -> tuple[str, list[str]] | None:
    """The label of a group row: a Roman or letter STT without bodies or time ("I | Cơ sở hạ tầng"),
    or one merged cell opening with a label ("2. Phòng Bưu chính, Viễn thông (6 NV trọng tâm):")."""
    stt = STT.match(cell.get("stt", ""))
    if stt and ROMAN.match(stt.group("stt")) and not (cell.get("lead") or cell.get("deadline")):
        return stt.group("stt"), []
    following = _next_roman(previous) if previous else ("I" if 0 < len(cell.get("stt", "").strip()) <= 3 else None)
    if following and _title_row(cell):  # "HI | Phổ cập kỹ năng chuyển đổi số" (III), " | Nâng cao nhận thức ..." (II),
        return following, []  # the first one "ï | Giai đoạn 2021-2025 | | | =7 |" (I; 1254/KH-BGDĐT)
    filled = [text for text in cells if text]
    if len(filled) == 1 or not cell.get("content"):  # "I. Ứng dụng CNTT | | 2,700 | 2,000 ..." (sums per group)
        return _labelled(filled[0], previous) if filled else None
    return None


def _title_row(cell: dict[str, str]) -> bool:
    """A row of a grouped table that only holds a short title, its label OCR garbled or lost (no number, no body,
    no time): the next group's title."""
    stt, content = cell.get("stt", ""), cell.get("content", "")
    return (not STT.match(stt) and bool(content) and len(content) <= GROUP_TITLE
            and not TASK_ROLES & {role for role, text in cell.items() if any(c.isalpha() for c in text)}
            and not content.rstrip().endswith("."))


def _restarts(stt: str, last: str | None, after: str) -> bool:
    """A row numbered "1" or "2" after a higher number, and the next row goes on from it ("2", "3"; not a "12" whose
    first digit OCR lost, before "13"): a new group whose title row was lost."""
    return (stt in ("1", "2") and bool(last) and str(last).isdigit() and int(stt) < int(str(last))
            and after == str(int(stt) + 1))


def _stt_after(table: Table, index: int, roles: list[str | None]) -> str:
    """The number printed on the table's next row, "" when none."""
    if index + 1 >= len(table.rows):
        return ""
    found = STT.match(_cells(table.rows[index + 1], roles).get("stt", ""))
    return found.group("stt") if found else ""


def _labelled(text: str, previous: str | None = None) -> tuple[str, list[str]] | None:
    """Label and bodies of a group title: "1. Phòng Công nghệ thông tin (6 NV trọng tâm):"; a label
    OCR garbled ("JHI. Đào tạo CNTT") is the Roman numeral after ``previous``."""
    found = GROUP_LABEL.match(text)
    if found is None:
        garbled = GARBLED_LABEL.match(text)
        following = _next_roman(previous) if previous else None
        if garbled is None or following is None:
            return None
        return following, []
    bodies = read_subject(text, found.start("rest"), stop_at_verbs=False).bodies
    return found.group("stt"), bodies


def _group_before(
    doc: Document, table: Table, after: int
) -> tuple[tuple[str, list[str]], tuple[int, int]] | None:
    """The group title printed over an appendix table, between the previous table and this one,
    and the title's span."""
    start = next((span[0] for span in table.row_spans if span != (0, 0)), None)
    if start is None:
        return None
    signed = [p.end for p in doc.paragraphs if p.kind == "signature" and p.start < start]
    after = max([after, *signed])
    titles = [p for p in doc.paragraphs if p.kind == "body" and after <= p.start < start]
    for paragraph in reversed(titles):
        group = _labelled(paragraph.text)
        if group is not None:
            return group, (paragraph.start, paragraph.end)
    return None


def _next_roman(label: str) -> str | None:
    return ROMANS[ROMANS.index(label) + 1] if label in ROMANS[:-1] else None


def _join_split_row(table: Table, cells: list[str], state: _State) -> bool:
    """A row a page break cut in two: the rest, on the next page, continues the previous task
    ("Tham mưu kiểm tra thực hiện các qui định đối với" / "3 | các tổ chức, cá nhân ...")."""
    cell = _cells(cells, state.roles)
    content, stt = cell.get("content", ""), STT.match(cell.get("stt", ""))
    if not (state.tasks and content[:1].islower()) or (stt and stt.group("stt") != state.last):
        return False
    task = state.tasks[-1]
    task.text = f"{task.text} {content}"
    merged = {role: " ".join(filter(None, [state.last_cells.get(role, ""), cell.get(role, "")]))
              for role in ("lead", "coordinating", "deadline")}
    task.deadline = _deadline(merged["deadline"], state.year) or task.deadline
    if not task.responsible or task.responsible_source != "table":
        task.responsible = _bodies(merged["lead"], state.doc.header.province) or task.responsible
    return True


def _past(table: Table, roles: list[str | None], year: int | None) -> bool:
    """A table of past work ("Các dự án ... giai đoạn 2008-2010": years 2008, 2009 in a 2010 plan)."""
    if year is None:
        return False
    years = [int(found.group(2) or found.group(1)) for row in table.rows
             for role, text in zip(roles, row, strict=False) if role not in {"content", "stt"}
             for found in [PAST_YEARS.match(text)] if found]
    return len(years) >= 2 and sum(y < year for y in years) >= PAST_SHARE * len(years)


def _stt(printed: str, last: str | None) -> str:
    """The row's number as printed; a number OCR lost ("", "§") follows the previous row's."""
    found = STT.match(printed)
    if found and not ROMAN.match(found.group("stt")):
        return found.group("stt")
    if found and found.group("stt") == "I" and last is None:
        return "1"  # a task row, not a group: OCR's "I" for "1"
    if last and last.split(".")[-1].isdigit():
        head, _dot, tail = last.rpartition(".")
        return f"{head}.{int(tail) + 1}" if head else str(int(tail) + 1)
    return found.group("stt") if found else "1"


def _prefix(doc: Document, table: Table) -> tuple[list[str], list[str]]:
    """The path of the numbered section holding the table, or ``PL<n>`` for an appendix table;
    and the bodies its heading names ("2. Sở Nội vụ chủ trì các nhiệm vụ sau:")."""
    start = next((span[0] for span in table.row_spans if span != (0, 0)), None)
    if start is None:
        return [], []
    signed = [p for p in doc.paragraphs if p.kind == "signature" and p.start < start]
    if signed:
        titles = [APPENDIX.match(p.text) for p in doc.paragraphs if signed[-1].start < p.start < start]
        found = [m for m in titles if m]
        return ["PL" + (found[-1].group("number") or "" if found else "")], []
    node = _section_at(doc.structure, start)
    if node is None:
        return [], []
    return task_path(node.path).split("."), heading_bodies(node.heading or node.text[:200], doc.header.province)


def _section_at(nodes: list[StructureNode], offset: int) -> StructureNode | None:
    """The deepest numbered node (dashes left out) opened before ``offset``."""
    best = None
    for node in nodes:
        if node.start < offset:
            if node.kind not in {"dash", "plus"} and not node.label.startswith(("-", "+")):
                best = node
            deeper = _section_at(node.children, offset)
            best = deeper or best
    return best


def _task(table: Table, index: int, path: str, cell: dict[str, str], state: _State) -> Task:
    province = state.doc.header.province
    lead = _bodies(cell.get("lead", ""), province)
    helpers = [name for name in _bodies(cell.get("coordinating", ""), province) if name not in lead]
    both = _bodies(cell.get("lead_coordinating", ""), province)
    lead, helpers = lead or both[:1], helpers or both[1:]
    said = " ".join(cell.get(role, "") for role in ("lead", "lead_coordinating"))
    if PHOI_HOP.search(said.lower()):  # "Sở TT&TT phối hợp với các sở, UBND các huyện"
        roles = item_roles(said, province)
        lead = roles.responsible or roles.subject or lead
        helpers = [name for name in roles.coordinating if name not in lead] or helpers
    if not lead and not {"lead", "lead_coordinating"} & cell.keys():  # a schedule: its content names who acts
        lead, helpers = _content_roles(cell["content"], province, helpers)
    source = "table" if lead else "heading"
    lead = lead or state.group_bodies or state.section_bodies
    span = table.row_spans[index] if index < len(table.row_spans) else (0, 0)
    return Task(
        path=path,
        text=cell["content"],
        responsible=lead,
        coordinating=helpers,
        deadline=_deadline(cell.get("deadline", ""), state.year),
        cites=[c.key for c in state.citations if span[0] <= c.span[0] < span[1]],
        page=table.row_pages[index] if index < len(table.row_pages) else table.page,
        span=span,
        responsible_source=source,
    )


def _content_roles(content: str, province: str | None, helpers: list[str]) -> tuple[list[str], list[str]]:
    """Who acts in a row of a schedule without a lead column (TT | Thời gian | Nội dung), from its content:
    "Khoa thông báo danh sách GVHD đến sinh viên" -> Khoa (46/KH-KHMT)."""
    roles = item_roles(content, province)
    lead = roles.responsible or roles.subject
    return lead, helpers or [name for name in roles.coordinating if name not in lead]


def _bodies(text: str, province: str | None) -> list[str]:
    """The bodies of a cell: "Sở Nội vụ; UBND các huyện", "- Các đơn vị thuộc Bộ - Các đơn vị ..."."""
    names: list[str] = []
    pieces: list[str] = []
    for part in re.split(r"[;\n]", text):
        for index, piece in enumerate(re.split(r"(?:^|\s)[-+•]\s+", part)):
            piece = piece.strip(" .,")
            if index and pieces and piece[:1].islower():  # "- Các đơn vị chuyên" "- trách về ...": OCR's dash
                pieces[-1] += " " + piece
            elif piece:
                pieces.append(piece)
    for piece in pieces:
        found = read_subject(piece, 0, stop_at_verbs=False, province=province).bodies or heading_bodies(piece, province)
        found = found or [piece[:1].upper() + piece[1:]]  # a cell of bodies: "các khoa" is one
        names += [name for name in found if name not in names]
    return names


def _deadline(text: str, year: int | None) -> Deadline | None:
    """The time cell's deadline: "Quý IV/2024", "Trước ngày 30/6/2026", "Tháng 12/2012", "9/2012";
    of a range or several dates ("10/7/2026 - 13/7/2026", "Tháng 6/2012 12/2012") the latest."""
    text = QUARTER_OCR.sub(lambda m: m.group(1) + m.group(2).replace("1", "I").replace("l", "I"), " ".join(text.split()))
    if not text:
        return None
    years = YEARS_ONLY.match(text)
    if years:  # "2022 2025 -" as OCR orders "2022 - 2025": the period ends with its last year
        return Deadline(text=text, date=f"{max(int(y) for y in years.groups())}-12-31")
    found = find_deadline(text, year) or find_deadline("trong " + text, year)
    if found is not None and found.text.startswith("trong ") and not text.lower().startswith("trong"):
        found.text = found.text[len("trong "):]
    dates = _dates(text)
    if dates and (found is None or found.date is None or len(dates) > 1):
        return Deadline(text=text, date=max(dates))
    return found or Deadline(text=text)


def _dates(text: str) -> list[str]:
    """Every "d/m/yyyy" and bare "m/yyyy" of a cell as ISO dates (a month: its last day)."""
    out = [f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}" for m in BARE_DATE.finditer(text) if 1 <= int(m["m"]) <= 12]
    for m in BARE_MONTH.finditer(text):
        month, year = int(m["m"]), int(m["y"])
        if 1 <= month <= 12:
            last = calendar.monthrange(year, month)[1]
            out.append(f"{year}-{month:02d}-{last:02d}")
    return out
