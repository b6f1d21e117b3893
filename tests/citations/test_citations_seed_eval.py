"""The seed directive against its gold, and ``vanban eval`` / ``vanban bench extract`` through click."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.citations.helpers import SEED, SEED_GOLD, SHARED
from vanban.commands.evaluate import command as eval_command
from vanban.commands.evaluate import norm_number, score_citations, score_laws

needs_shared = pytest.mark.skipif(not SEED.is_file(), reason="../shared is absent")


@pytest.fixture(scope="module")
def seed_scores() -> dict[str, object]:
    from parsers import extract

    pred = extract(SEED).to_dict()
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    counts = score_citations(gold, pred)
    return {"counts": counts, "laws": score_laws(gold, pred), "pred": pred}


@needs_shared
def test_seed_numbers_types_dates(seed_scores: dict[str, object]) -> None:
    counts = seed_scores["counts"]
    p, r, _ = counts["number"].prf()  # type: ignore[index]
    assert p >= 0.98 and r >= 0.98
    assert counts["type"].tp / counts["number"].tp >= 0.95  # type: ignore[index]
    assert counts["date"].tp / counts["date"].gold >= 0.95  # type: ignore[index]


@needs_shared
def test_seed_named_laws_exactly(seed_scores: dict[str, object]) -> None:
    laws = seed_scores["laws"]
    assert (laws.tp, laws.pred, laws.gold) == (8, 8, 8)  # type: ignore[attr-defined]


@needs_shared
def test_seed_citations_carry_provenance(seed_scores: dict[str, object]) -> None:
    pred = seed_scores["pred"]
    text = pred["text"]  # type: ignore[index]
    for citation in pred["citations"]:  # type: ignore[index]
        start, end = citation["span"]
        assert text[start:end] == citation["raw"]
        assert citation["sentence"] and citation["key"].startswith(citation["number"])


@pytest.mark.parametrize(("a", "b"), [
    pytest.param("178/2024/NĐCP", "178/2024/NĐ-CP", id="hyphen"),
    pytest.param("06/2026/TT-BTС", "06/2026/TT-BTC", id="cyrillic"),
    pytest.param("18- NQ/TW", "18-NQ/TW", id="space"),
])
def test_eval_numbers_match_as_score_py(a: str, b: str) -> None:
    assert norm_number(a) == norm_number(b)


def test_eval_command_on_a_small_gold(tmp_path: Path) -> None:
    source = tmp_path / "texts" / "cv.txt"
    source.parent.mkdir()
    source.write_text("Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ;\n"
                      "Thực hiện Kế hoạch số 191/KH-UBND ngày 17/12/2024 của UBND tỉnh, Luật Tiếp cận thông tin.\n",
                      encoding="utf-8")
    gold = {"source": "texts/cv.txt", "citations": [
        {"number": "42/2022/NĐ-CP", "type": "Nghị định", "date": "2022-06-24", "relation": "căn cứ"},
        {"number": "191/KH-UBND", "type": "Kế hoạch", "date": "2024-12-17", "relation": "thực hiện"},
        {"number": "93/BC-SNV", "type": "Báo cáo", "date": None}], "named_laws": ["Luật Tiếp cận thông tin"]}
    (tmp_path / "cv.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(eval_command, [str(tmp_path)])
    assert result.exit_code == 0, result.output
    overall = {line.split()[1]: line for line in result.output.splitlines() if line.startswith("OVERALL")}
    assert "P=1.000 R=0.667" in overall["number"]
    assert "P=1.000 R=1.000" in overall["relation"] and "P=1.000 R=1.000" in overall["laws"]


@pytest.mark.skipif(not (SHARED / "corpus-real").is_dir(), reason="../shared/corpus-real is absent")
def test_bench_extract_prints_throughput() -> None:
    from vanban.bench.extract import command as bench_command

    result = CliRunner().invoke(bench_command, ["--limit", "5"])
    assert result.exit_code == 0, result.output
    assert "MB/s" in result.output and "texts 5" in result.output
