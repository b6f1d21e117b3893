"""The graph over real texts of the national database: a decree, the law it rests on, and the law
that one rests on (../shared/corpus-real/vbpl-fulltext, lines 4, 405 and 46)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.build import build_graph
from graph.queries import chain, cites, render_chain
from pipeline.ingest import ingest
from search.sqlite import SQLiteStore

JSONL = Path(__file__).parents[2] / "../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl"
LINES = {4: "43/2026/NĐ-CP", 405: "146/2025/QH15", 46: "116/2025/QH15"}

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not JSONL.exists(), reason="../shared/corpus-real is absent")]


@pytest.fixture(scope="module")
def real_graph(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("real")
    with JSONL.open(encoding="utf-8") as rows:
        for number, line in enumerate(rows, start=1):
            if number in LINES:
                (folder / f"line-{number}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    store = SQLiteStore(folder / "real.sqlite")
    summary = ingest([str(folder)], store, workers=2, progress=False)
    assert not summary.failed and len(summary.ingested) == 3
    yield build_graph(store)
    store.close()


def test_real_documents_are_keyed_by_their_numbers(real_graph) -> None:  # type: ignore[no-untyped-def]
    for number in LINES.values():
        assert real_graph.nodes[number]["ingested"] is True


def test_decree_rests_on_the_law(real_graph) -> None:  # type: ignore[no-untyped-def]
    edge = real_graph.edges["43/2026/NĐ-CP", "146/2025/QH15"]
    assert edge["relation"] == "căn cứ"
    assert any("146/2025/QH15" in (e["sentence"] or "") for e in edge["evidence"])


def test_law_cites_the_other_law(real_graph) -> None:  # type: ignore[no-untyped-def]
    assert real_graph.has_edge("146/2025/QH15", "116/2025/QH15")


def test_chain_of_depth_three(real_graph) -> None:  # type: ignore[no-untyped-def]
    depth = {row["key"]: row["depth"] for row in cites(real_graph, "43/2026/NĐ-CP", depth=3)}
    assert depth["146/2025/QH15"] == 1 and depth["116/2025/QH15"] == 2
    assert any(level == 3 for level in depth.values())
    tree = render_chain(chain(real_graph, "43/2026/NĐ-CP", depth=3))
    assert any(line.startswith(" " * 8 + "[") for line in tree)
