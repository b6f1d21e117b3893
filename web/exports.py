"""Task tables for people: CSV (UTF-8 with BOM, opens in Excel), XLSX and JSON, Vietnamese headers,
dates dd/mm/yyyy, the document shown by its number."""

from __future__ import annotations

import io
import json
from typing import Any

from fastapi import HTTPException
from fastapi.responses import Response

from web.views import shown_number, vn_date

MAX_ROWS = 100_000  # tasks one board or export may hold
COLUMNS = ("Văn bản", "Mục", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Hạn (ngày)", "Trang", "Căn cứ")
WIDTHS = (22, 10, 90, 34, 30, 24, 12, 7, 30)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def row_of(task: dict[str, Any]) -> list[str]:
    deadline = task.get("deadline") or {}
    return [shown_number(task.get("doc_id")), str(task.get("path") or ""), str(task.get("text") or ""),
            "; ".join(task.get("responsible") or []), "; ".join(task.get("coordinating") or []),
            str(deadline.get("text") or ""), vn_date(deadline.get("date") or deadline.get("recurrence") or ""),
            str(task.get("page") or ""), "; ".join(task.get("cites") or [])]


def task_export(tasks: list[dict[str, Any]], fmt: str, stem: str) -> Response:
    """``tasks`` (stored task dicts with ``doc_id``) as a download in ``fmt`` (csv, xlsx, json)."""
    name = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in stem)[:60]
    if fmt == "json":
        return Response(json.dumps(tasks, ensure_ascii=False), media_type="application/json")
    if fmt == "csv":
        return Response("\ufeff" + _csv([row_of(t) for t in tasks]), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    if fmt == "xlsx":
        return Response(_xlsx([row_of(t) for t in tasks]), media_type=XLSX,
                        headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'})
    raise HTTPException(status_code=404, detail="Định dạng xuất chỉ có: csv, xlsx, json.")


def _csv(rows: list[list[str]]) -> str:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def _xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Nhiệm vụ"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
