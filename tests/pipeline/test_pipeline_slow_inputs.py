"""Inputs made to be slow (issue 15): every pattern runs in linear time, and VANBAN_TIMEOUT bounds
the whole extraction, not only the reading.

Before: a 100,000-character line of digits and slashes took 98.6 s CPU in `vanban extract`
(normalize.CYRILLIC_WORD tried at every position of the run), a word of 24,000 "Đ" 23.8 s
(header.PLACE_DATE), a 40,000-character run of numbers "12/2024/NĐ-CP 12/2024/..." 4.6 s
(citations.resolve.share_year_and_issuer walked back over the whole run from every number).
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from parsers.extract import extract
from vanban.errors import UnreadableFileError

ROOT = Path(__file__).resolve().parents[2]
CITATION_LINE = "Căn cứ khoản 2 Điều 5 Nghị định số 12/2024/NĐ-CP ngày 01/02/2024 của Chính phủ"


def _digits_and_slashes(n: int) -> str:
    rng = random.Random(15)
    return "".join(rng.choice("0123456789/") for _ in range(n))


def _cpu_of_vanban_extract(path: Path, **env: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-c", "from vanban.cli import main; main()", "extract", str(path)],
                          cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, done


@pytest.mark.parametrize("text", [
    pytest.param(_digits_and_slashes(100_000), id="100k-digits-and-slashes"),
    pytest.param("Đ" * 24_000, id="24k-Đ"),
    pytest.param(("12/2024/NĐ-CP " * 8_000)[:100_000], id="100k-run-of-numbers"),
    pytest.param("Hưng Yên, " + "Đ" * 50_000 + ", ngày 05 tháng 5 năm 2025", id="50k-word-before-a-date"),
    pytest.param("TT-BTС " + "1/" * 50_000 + "С", id="100k-with-cyrillic"),
])
def test_vanban_extract_of_a_hostile_line_takes_under_2_s_cpu(tmp_path: Path, text: str) -> None:
    path = tmp_path / "dong-dai.txt"
    path.write_text(text + "\n", encoding="utf-8")
    cpu, done = _cpu_of_vanban_extract(path)
    assert done.returncode == 0, done.stderr
    assert cpu < 2.0


def _pdf_of_one_line(path: Path, pages: int) -> Path:
    from tests.layout.pdfmaker import make_pdf

    return make_pdf(path, [([CITATION_LINE] * 48, []) for _ in range(pages)])


def _cpu(fn: Any) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


def test_a_61_page_pdf_of_one_repeated_citation_line_costs_linear_time(tmp_path: Path) -> None:
    """2,928 lines, 2,928 citations in one paragraph: about 3-6 s CPU here (pdfminer reading is
    most of it); 61 pages cost about 4 times 15 pages, not 16 times."""
    small = _cpu(lambda: extract(_pdf_of_one_line(tmp_path / "15.pdf", 15)))
    big_pdf = _pdf_of_one_line(tmp_path / "61.pdf", 61)
    found: list[Any] = []
    big = _cpu(lambda: found.append(extract(big_pdf)))
    assert len(found[0].citations) > 2000
    assert big < 60 and big < 7 * max(small, 0.5), (small, big)


def test_vanban_timeout_bounds_the_extractors_too(tmp_path: Path, monkeypatch: Any) -> None:
    """VANBAN_TIMEOUT stops an extractor that runs long, not only a reader (before: `VANBAN_TIMEOUT=2`
    did not stop a 19 s `vanban extract`)."""
    import parsers.citations

    def stuck(*args: Any) -> Any:
        while True:
            time.sleep(0.05)

    monkeypatch.setattr(parsers.citations, "extract_citations", stuck)
    monkeypatch.setenv("VANBAN_TIMEOUT", "1")
    path = tmp_path / "ke-hoach.txt"
    path.write_text("KẾ HOẠCH cải cách hành chính năm 2025\n" + CITATION_LINE, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(UnreadableFileError) as error:
        extract(path)
    assert error.value.reason == "timeout" and "VANBAN_TIMEOUT" in error.value.detail
    assert time.monotonic() - started < 10


def test_vanban_extract_reports_the_timeout_in_one_line(tmp_path: Path) -> None:
    pdf = _pdf_of_one_line(tmp_path / "61.pdf", 61)
    started = time.monotonic()
    cpu, done = _cpu_of_vanban_extract(pdf, VANBAN_TIMEOUT="0.05")  # reading 61 pages takes longer than 0.05 s
    assert done.returncode == 2 and "timeout" in done.stderr and "Traceback" not in done.stderr
    assert cpu < 5 and time.monotonic() - started < 60
