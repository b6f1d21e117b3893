"""``vanban bench parse`` prints pages per CPU second and peak memory for its four passes (CliRunner)."""

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
    pattern = r"^(pypdfium2|pdfplumber|parse|extract)\s+(\d+) pages"
    rows = {m[0]: int(m[1]) for m in re.findall(pattern, result.output, re.M)}
    assert rows == {"pypdfium2": 2, "pdfplumber": 2, "parse": 2, "extract": 2}
    assert re.search(r"pages/CPU-s .* peak RSS\s+\d+\.\d MB", result.output)
    assert "extract / pypdfium2" in result.output
