"""Task lists as tables to paste into a tracking sheet: rows, "who does what" by body, and writers.

Every writer takes plain rows (lists of strings) from ``task_rows`` or ``body_rows``, so the
table, CSV, Markdown and XLSX outputs show the same columns.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from pathlib import Path
from typing import Any

from parsers.model import Task

TASK_COLUMNS = ("path", "responsible", "coordinating", "deadline", "due", "page", "text", "cites")
BODY_COLUMNS = ("body", "role", "path", "deadline", "due", "page", "text")
# Widths (characters) of the XLSX columns, by column name.
WIDTHS = {"path": 12, "responsible": 34, "coordinating": 30, "deadline": 24, "due": 14, "page": 6,
          "text": 90, "cites": 30, "body": 34, "role": 10}
LEAD, COORDINATE = "chủ trì", "phối hợp"


def _due(task: Task) -> str:
    if task.deadline is None:
        return ""
    return task.deadline.date or task.deadline.recurrence or ""


def task_rows(tasks: list[Task]) -> list[list[str]]:
    """One row per task, columns ``TASK_COLUMNS``."""
    return [
        [t.path, "; ".join(t.responsible), "; ".join(t.coordinating),
         t.deadline.text if t.deadline else "", _due(t), str(t.page), t.text, "; ".join(t.cites)]
        for t in tasks
    ]


def grouped(tasks: list[Task]) -> dict[str, list[tuple[str, Task]]]:
    """Body -> [(role, task)], bodies in order of first appearance, leads before coordinators."""
    groups: dict[str, list[tuple[str, Task]]] = {}
    for task in tasks:
        for body in task.responsible:
            groups.setdefault(body, []).append((LEAD, task))
    for task in tasks:
        for body in task.coordinating:
            groups.setdefault(body, []).append((COORDINATE, task))
    return groups


def body_rows(tasks: list[Task]) -> list[list[str]]:
    """One row per (body, task), columns ``BODY_COLUMNS``: who does what."""
    rows = []
    for body, items in grouped(tasks).items():
        for role, t in items:
            rows.append([body, role, t.path, t.deadline.text if t.deadline else "", _due(t), str(t.page), t.text])
    return rows


def tasks_json(tasks: list[Task], by_body: bool) -> Any:
    """Plain data for ``--format json``: the task list, or body -> its tasks."""
    if not by_body:
        return [{**asdict(t), "span": list(t.span)} for t in tasks]
    return {
        body: [{"role": role, "path": t.path, "text": t.text,
                "deadline": asdict(t.deadline) if t.deadline else None, "page": t.page}
               for role, t in items]
        for body, items in grouped(tasks).items()
    }


def to_csv(columns: tuple[str, ...], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def to_markdown(columns: tuple[str, ...], rows: list[list[str]]) -> str:
    def cell(value: str) -> str:
        return value.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def to_table(columns: tuple[str, ...], rows: list[list[str]], text_width: int = 70) -> str:
    """A plain-text table for the terminal; long cells are cut with "…"."""
    limits = {"text": text_width, "responsible": 60, "coordinating": 30, "cites": 30, "body": 40}
    cut = [[_cut(v, limits.get(c, 24)) for c, v in zip(columns, row, strict=True)] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cut]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cut]
    return "\n".join(lines) + "\n"


def _cut(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def write_xlsx(path: str | Path, columns: tuple[str, ...], rows: list[list[str]], title: str = "tasks") -> None:
    """An XLSX sheet with real columns: bold frozen header, widths, wrapped text, a filter."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append(list(columns))
    for row in rows:
        sheet.append([int(v) if c == "page" and v.isdigit() else v for c, v in zip(columns, row, strict=True)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = wrap
    for index, name in enumerate(columns, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = WIDTHS.get(name, 16)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(str(path))
