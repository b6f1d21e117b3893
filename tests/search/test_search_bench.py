"""``vanban bench search`` prints a latency row per store and size, and what the bm25 cap costs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from vanban.bench.search import COLLECTION, command

pytestmark = pytest.mark.skipif(not COLLECTION.exists(), reason="../shared/corpus-real is absent")


def test_bench_search_prints_latency_and_cap_cost(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, ["--sizes", "300", "--repeat", "1", "--workdir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    row = re.search(r"^sqlite\s+300\s+(\d+)\s+([\d.]+)\s+([\d.]+)", result.output, re.M)
    assert row and float(row[1]) > 0 and float(row[2]) <= float(row[3]), result.output
    # 300 documents: no query reaches the cap, so the capped ranking is the full one
    assert re.search(r"top-10 overlap 1\.000, same top-1 1\.000 \(0 of \d+ queries finding anything", result.output)
