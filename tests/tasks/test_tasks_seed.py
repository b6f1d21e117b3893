"""The seed directive end to end: every gold task path and its bodies; the CLI's outputs.

Skips cleanly when ../shared is absent or when the structure stage finds no hierarchy yet.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from parsers.tasks.bodies import key

SHARED = Path(__file__).resolve().parents[2] / "../shared"
SEED = SHARED / "seeds/hung-yen-cchc-2025.txt"
GOLD = SHARED / "gold/hung-yen-cchc-2025.json"


@pytest.fixture(scope="module")
def extraction():  # type: ignore[no-untyped-def]
    if not SEED.exists():
        pytest.skip("../shared is absent")
    from parsers import extract

    result = extract(SEED)
    if not result.document.structure:
        pytest.skip("the structure stage found no hierarchy")
    return result


def test_seed_tasks_match_gold(extraction) -> None:  # type: ignore[no-untyped-def]
    gold = {t["path"]: t["responsible"] for t in json.loads(GOLD.read_text(encoding="utf-8"))["tasks"]}
    found = {t.path: t.responsible for t in extraction.tasks}
    assert set(gold) <= set(found)
    precision = len(set(gold) & set(found)) / len(found)
    assert precision >= 0.95
    exact = sum(sorted(map(key, found[p])) == sorted(map(key, gold[p])) for p in gold)
    assert exact / len(gold) >= 0.9


def test_seed_task_fields(extraction) -> None:  # type: ignore[no-untyped-def]
    tasks = {t.path: t for t in extraction.tasks}
    dash = tasks["II.2.-1"]
    assert dash.text.startswith("Giao Sở Nội vụ tham mưu")
    assert dash.deadline is not None and dash.deadline.text == "theo thời gian quy định"
    assert "178/2024/NĐ-CP" in tasks["I.4"].cites
    last = tasks["III.2.8.d"]
    assert "yêu cầu các cơ quan, đơn vị, địa phương" not in last.text
    start, end = last.span
    assert last.text[:30] in extraction.document.text[start:end]
    assert "nêu trên./." not in extraction.document.text[start:end]


@pytest.mark.parametrize("fmt", [pytest.param("csv", id="csv"), pytest.param("json", id="json")])
def test_cli_by_body(extraction, fmt: str) -> None:  # type: ignore[no-untyped-def]
    from vanban.cli import cli

    result = CliRunner().invoke(cli, ["tasks", str(SEED), "--by", "body", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.output)))
        so_noi_vu = [r["path"] for r in rows if r["body"] == "Sở Nội vụ"]
        assert so_noi_vu == ["II.2.-1"]
    else:
        data = json.loads(result.output)
        assert [t["path"] for t in data["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]] == ["II.4"]


def test_cli_xlsx_has_real_columns(extraction, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from vanban.cli import cli

    out = tmp_path / "tasks.xlsx"
    result = CliRunner().invoke(cli, ["tasks", str(SEED), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:3] == ["path", "responsible", "coordinating"]
    assert sheet.max_row == len(extraction.tasks) + 1
    assert sheet["G2"].alignment.wrap_text
    assert sheet.freeze_panes == "A2"


def test_cli_xlsx_needs_output() -> None:
    from vanban.cli import cli

    result = CliRunner().invoke(cli, ["tasks", "whatever.pdf", "--format", "xlsx"])
    assert result.exit_code != 0
    assert "-o OUT.xlsx" in str(result.exception)
