"""``vanban bench parse`` prints pages/s and peak memory for both passes (CliRunner)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.layout.pdfmaker import FONT, make_pdf
from vanban.bench.parse import command


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu font not installed")
def test_bench_parse_prints_figures(tmp_path: Path) -> None:
    body = ["Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh triển khai^1."]
    pdf = make_pdf(tmp_path / "bench.pdf", [(body, ["^1 Kế hoạch số 192/KH-UBND ngày 17/12/2024."])] * 2)
    result = CliRunner().invoke(command, [str(pdf)])
    assert result.exit_code == 0, result.output
    rows = {m[0]: int(m[1]) for m in re.findall(r"^(vanban|pdfplumber)\s+(\d+) pages", result.output, re.M)}
    assert rows == {"vanban": 2, "pdfplumber": 2}
    assert re.search(r"pages/s\s+peak RSS\s+\d+\.\d MB", result.output)
    assert "ratio" in result.output
