"""Tasks as iCalendar: every dated task of the sample corpus comes back from the .ics file,
recurring deadlines become RRULEs (parsed back with the icalendar library)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from vanban.export.ics import due_of, to_ics

ROOT = Path(__file__).parents[2]
SAMPLES = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
ISSUED = date(2026, 3, 3)


@pytest.fixture(scope="module")
def sample_records() -> list[dict]:
    from parsers import extract

    return [extract(path).to_dict() for path in SAMPLES]


@pytest.mark.parametrize(("deadline", "due", "rrule"), [
    pytest.param({"text": "trước ngày 30/6/2026", "date": "2026-06-30", "recurrence": None},
                 date(2026, 6, 30), None, id="dated"),
    pytest.param({"text": "trong quý IV/2026", "date": "2026-12-31", "recurrence": "quý IV/2026"},
                 date(2026, 12, 31), None, id="quarter-of-a-year-is-a-date"),
    pytest.param({"text": "trước ngày 10 hằng tháng", "date": None, "recurrence": "hằng tháng"},
                 date(2026, 3, 10), {"FREQ": ["MONTHLY"], "BYMONTHDAY": [10]}, id="day-of-each-month"),
    pytest.param({"text": "trước ngày 25 hằng tháng", "date": None, "recurrence": "hằng tháng"},
                 date(2026, 3, 25), {"FREQ": ["MONTHLY"], "BYMONTHDAY": [25]}, id="day-25-each-month"),
    pytest.param({"text": "hằng quý", "date": None, "recurrence": "hằng quý"},
                 date(2026, 3, 31), {"FREQ": ["MONTHLY"], "INTERVAL": [3], "BYMONTHDAY": [-1]}, id="each-quarter"),
    pytest.param({"text": "hằng năm", "date": None, "recurrence": "hằng năm"},
                 date(2026, 12, 31), {"FREQ": ["YEARLY"], "BYMONTH": [12], "BYMONTHDAY": [31]}, id="each-year"),
    pytest.param({"text": "trước ngày 15/12 hằng năm", "date": None, "recurrence": "hằng năm"},
                 date(2026, 12, 15), {"FREQ": ["YEARLY"], "BYMONTH": [12], "BYMONTHDAY": [15]}, id="day-each-year"),
    pytest.param({"text": "thường xuyên", "date": None, "recurrence": "thường xuyên"}, None, None, id="ongoing-no-day"),
    pytest.param({"text": "trong thời hạn 30 ngày kể từ ngày nhận được kết luận", "date": None, "recurrence": None},
                 None, None, id="relative-no-day"),
])
def test_deadline_to_due_and_rrule(deadline: dict, due: date | None, rrule: dict | None) -> None:
    record = {"id": "x", "document": {"number": "1/KH-UBND", "date": ISSUED.isoformat()},
              "tasks": [{"path": "1", "text": "Sở Nội vụ tổng hợp, báo cáo.", "responsible": ["Sở Nội vụ"],
                         "coordinating": [], "deadline": deadline, "span": [0, 10]}]}
    found = due_of(deadline, ISSUED)
    assert (found.day if found else None) == due
    todos = Calendar.from_ical(to_ics([record])).walk("VTODO")
    assert len(todos) == (1 if due else 0)
    if todos:
        assert todos[0].decoded("due") == due
        assert (dict(todos[0]["rrule"]) if "rrule" in todos[0] else None) == rrule


def test_sample_corpus_every_dated_task_parses_back(sample_records: list[dict]) -> None:
    dated = {(r["document"]["number"], t["path"], t["deadline"]["date"])
             for r in sample_records for t in r["tasks"]
             if t.get("deadline") and t["deadline"].get("date")}
    assert len(dated) >= 20
    cal = Calendar.from_ical(to_ics(sample_records))
    back = {(str(t["x-vanban-document"]), str(t["x-vanban-path"]), t.decoded("due").isoformat())
            for t in cal.walk("VTODO")}
    assert dated <= back
    for todo in cal.walk("VTODO"):
        assert str(todo["x-vanban-document"]) in str(todo["description"])
        assert todo["uid"] and todo["summary"]
    recurring = [t for t in cal.walk("VTODO") if "rrule" in t]
    assert recurring, "the sample corpus has 'hằng quý' / 'trước ngày 10 hằng tháng' tasks"


def test_cli_tasks_ics(tmp_path: Path) -> None:
    from vanban.commands.tasks import command

    out = tmp_path / "tasks.ics"
    plan = ROOT / "corpus" / "pdf" / "hy-ubnd-kh-28-2026-cchc.pdf"
    result = CliRunner().invoke(command, [str(plan), "--format", "ics", "-o", str(out)])
    assert result.exit_code == 0, result.output
    todos = Calendar.from_ical(out.read_bytes()).walk("VTODO")
    assert todos and all(str(t["x-vanban-document"]) == "28/KH-UBND" for t in todos)


def test_cli_tasks_ics_from_store(tmp_path: Path) -> None:
    from pipeline.ingest import ingest
    from search.sqlite import SQLiteStore
    from vanban.commands.tasks import command

    plan = ROOT / "corpus" / "pdf" / "hy-ubnd-kh-28-2026-cchc.pdf"
    store = SQLiteStore(tmp_path / "s.sqlite")
    assert not ingest([str(plan)], store, workers=1, progress=False).failed
    record = store.get(next(iter(store.iter_documents()))["id"]) or {}
    store.close()
    dated = {t["path"] for t in record["tasks"] if (t.get("deadline") or {}).get("date")}
    out = tmp_path / "all.ics"
    result = CliRunner().invoke(command, ["--from-store", "--store", str(tmp_path / "s.sqlite"), "--format", "ics",
                                          "-o", str(out)])
    assert result.exit_code == 0, result.output
    back = {str(t["x-vanban-path"]) for t in Calendar.from_ical(out.read_bytes()).walk("VTODO")}
    assert dated and dated <= back
    one = CliRunner().invoke(command, ["28/KH-UBND", "--from-store", "--store", str(tmp_path / "s.sqlite"),
                                       "--format", "ics"])
    assert one.exit_code == 0 and one.output.count("BEGIN:VTODO") == len(back)
