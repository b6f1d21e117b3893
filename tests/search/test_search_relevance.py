"""The relevance set over the real corpus: well-formed, and good enough on the text collection."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from search.sqlite import SQLiteStore
from vanban.bench.search import COLLECTION, load_relevance, score_relevance

pytestmark = pytest.mark.skipif(not COLLECTION.exists(), reason="../shared/corpus-real is absent")


def _lines() -> dict[int, dict[str, Any]]:
    rows = {}
    with COLLECTION.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            rows[number] = json.loads(line)
    return rows


def test_relevance_set_is_well_formed() -> None:
    cases = load_relevance()
    assert len(cases) >= 30
    assert {c["kind"] for c in cases} >= {"number", "folded", "abbreviation", "body"}
    rows = _lines()
    pdfs = {p.name for p in (COLLECTION.parents[1] / "pdf-text").rglob("*.pdf")}
    for case in cases:
        for name in case["expected"]:
            if "#" in name:
                assert rows[int(name.split("#")[1])]["lang_guess"] == "vi", case
            else:
                assert name in pdfs, case


@pytest.mark.slow
def test_relevance_on_the_text_collection(tmp_path: Path) -> None:
    """Records built from the JSONL texts alone (no parsers), so the figure measures search only."""
    store = SQLiteStore(tmp_path / "rel.sqlite")
    rows = _lines()
    source = str(COLLECTION.resolve())
    records = [
        {"id": f"line:{n}", "key": None, "source": f"{source}#{n}", "sha256": str(n), "document": {},
         "text": row["text"], "citations": [], "tasks": []}
        for n, row in rows.items() if row["lang_guess"] == "vi"
    ]
    for start in range(0, len(records), 200):
        store.upsert_many(records[start : start + 200])
    cases = [c for c in load_relevance() if all("#" in name for name in c["expected"])]
    scores = score_relevance(store, cases)
    store.close()
    assert scores["recall"] >= 0.8, scores["rows"]
    assert scores["mrr"] >= 0.6, scores["rows"]
