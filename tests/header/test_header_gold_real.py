"""Header fields of the hand-annotated real documents in corpus/gold-real (type, number, date, issuer,
signer: the fields ../shared/tools/score.py scores), read through the real readers and layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.extract import parse_file

ROOT = Path(__file__).parents[2]
GOLD = ROOT / "corpus/gold-real"
SHARED = ROOT / "../shared"

# Left out, with the reason:
# - hanoi-pl-qd-1072-2024, vbhn-44-vpqh-2026-dat-dai, vbhn-23-vpqh-2020-part2: 453-, 227- and 95-page PDFs
#   (their page 1 is in test_header_corpus_pdfs.py).
# - scan-*: image-only PDFs that need OCR.
# - quang-ngai-qd-1351-2022: the source splits the signer's name ("Đặ ng Văn Minh").
SKIP = ("hanoi-pl-qd-1072", "vbhn-44-vpqh", "vbhn-23-vpqh", "scan-", "quang-ngai-qd-1351")
FIELDS = ("type", "number", "date", "issuer", "signer")


def _golds() -> list[Path]:
    if not GOLD.exists():
        return []
    return [p for p in sorted(GOLD.glob("*.json")) if not p.name.startswith(SKIP)]


def _source(gold: dict[str, str]) -> Path:
    for base in (GOLD, GOLD.parent, ROOT, SHARED):
        if (base / gold["source"]).exists():
            return base / gold["source"]
    pytest.skip(f"source {gold['source']} absent")


@pytest.mark.slow
@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in _golds()])
def test_gold_real_header(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    header = parse_file(_source(gold)).header
    expected = {name: gold["document"].get(name) for name in FIELDS}
    assert {name: getattr(header, name) for name in FIELDS} == expected
