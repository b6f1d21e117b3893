"""The citation graph over a real SQLite store filled with hand-built records of real numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from graph.build import build_graph, neighbourhood
from graph.draw import draw_svg
from graph.export import export
from graph.queries import (
    UnknownDocumentError,
    chain,
    changes,
    cited_by,
    cites,
    paths,
    render_chain,
    resolve,
    top,
)
from search.sqlite import SQLiteStore
from tests.search.records import cite, record
from vanban.cli import cli

LUAT = record("80/2015/QH13", "Luật Ban hành văn bản quy phạm pháp luật", type="Luật", number="80/2015/QH13",
              date="2015-06-22", issuer="Quốc hội", citations=[cite("Hiến pháp 2013")])
NGHI_DINH = record("34/2016/NĐ-CP", "Nghị định quy định chi tiết Luật Ban hành văn bản", type="Nghị định",
                   number="34/2016/NĐ-CP", date="2016-05-14", issuer="Chính phủ",
                   citations=[cite("80/2015/QH13", "căn cứ"), cite("76/2015/QH13", "căn cứ")])
SUA_DOI = record("154/2020/NĐ-CP", "Nghị định sửa đổi, bổ sung Nghị định 34/2016/NĐ-CP", type="Nghị định",
                 number="154/2020/NĐ-CP", date="2020-12-31", issuer="Chính phủ",
                 citations=[cite("80/2015/QH13", "căn cứ"), cite("34/2016/NĐ-CP", "sửa đổi")])
KE_HOACH = record("192/KH-UBND@2024@hưng yên", "Kế hoạch CCHC năm 2025", type="Kế hoạch", number="192/KH-UBND",
                  date="2024-12-17", issuer="UBND tỉnh Hưng Yên",
                  citations=[cite("34/2016/NĐ-CP", "thực hiện"), cite("34/2016/NĐ-CP", "dẫn chiếu")])
CONG_VAN = record("337/UBND-NC@2025@hưng yên", "Công văn triển khai nhiệm vụ CCHC năm 2025", type="Công văn",
                  number="337/UBND-NC", date="2025-02-11", issuer="UBND tỉnh Hưng Yên",
                  citations=[{**cite("192/KH-UBND", "thực hiện"), "key": "192/KH-UBND@hưng yên"},
                             {**cite("337/UBND-NC", "dẫn chiếu"), "key": "337/UBND-NC@hưng yên"}],
                  tasks=[{"path": "1", "text": "Sở Nội vụ chủ trì", "responsible": ["Sở Nội vụ"], "coordinating": [],
                          "deadline": None, "cites": ["192/KH-UBND@2024@hưng yên"], "page": 1, "span": [0, 5]}])
OTHER_YEAR = record("337/UBND-NC@2024@hưng yên", "Công văn năm 2024", type="Công văn", number="337/UBND-NC",
                    date="2024-03-01", issuer="UBND tỉnh Hưng Yên")
RECORDS = [LUAT, NGHI_DINH, SUA_DOI, KE_HOACH, CONG_VAN, OTHER_YEAR]


@pytest.fixture
def store(tmp_path: Path) -> Any:
    opened = SQLiteStore(tmp_path / "graph.sqlite")
    opened.upsert_many([dict(r) for r in RECORDS])
    yield opened
    opened.close()


@pytest.fixture
def graph(store: Any) -> nx.DiGraph:
    return build_graph(store)


def test_ingested_and_cited_only_nodes(graph: nx.DiGraph) -> None:
    assert graph.nodes["34/2016/NĐ-CP"]["ingested"] is True
    assert graph.nodes["34/2016/NĐ-CP"]["issuer"] == "Chính phủ"
    assert graph.nodes["76/2015/QH13"]["ingested"] is False
    assert graph.has_edge("34/2016/NĐ-CP", "80/2015/QH13")


def test_yearless_key_merges_into_the_one_dated_document(graph: nx.DiGraph) -> None:
    assert graph.has_edge("337/UBND-NC@2025@hưng yên", "192/KH-UBND@2024@hưng yên")
    assert "192/KH-UBND@hưng yên" not in graph


def test_ambiguous_key_is_reported_not_guessed(graph: nx.DiGraph) -> None:
    assert {"key": "337/UBND-NC@hưng yên",
            "candidates": ["337/UBND-NC@2024@hưng yên", "337/UBND-NC@2025@hưng yên"]} in graph.graph["ambiguous"]
    assert "337/UBND-NC@hưng yên" in graph  # kept as its own node


def test_repeated_citations_keep_evidence_and_strongest_relation(graph: nx.DiGraph) -> None:
    edge = graph.edges["192/KH-UBND@2024@hưng yên", "34/2016/NĐ-CP"]
    assert edge["relation"] == "thực hiện"
    assert len(edge["evidence"]) == 2


def test_cites_and_cited_by_with_depth(graph: nx.DiGraph) -> None:
    assert {row["key"] for row in cites(graph, "34/2016/NĐ-CP")} == {"80/2015/QH13", "76/2015/QH13"}
    deep = {row["key"]: row["depth"] for row in cited_by(graph, "80/2015/QH13", depth=3)}
    assert deep["34/2016/NĐ-CP"] == 1 and deep["192/KH-UBND@2024@hưng yên"] == 2
    assert deep["337/UBND-NC@2025@hưng yên"] == 3


def test_chain_tree_rendered_with_relations(graph: nx.DiGraph) -> None:
    lines = render_chain(chain(graph, "337/UBND-NC@2025@hưng yên", depth=4))
    assert lines[1].strip().startswith("[thực hiện] 192/KH-UBND@2024@hưng yên")
    assert any(line.strip().startswith("[căn cứ] 80/2015/QH13") and line.startswith(" " * 12) for line in lines)
    assert any("Hiến pháp 2013" in line for line in lines)  # depth 4 from the công văn


def test_paths_follow_both_directions(graph: nx.DiGraph) -> None:
    found = paths(graph, "154/2020/NĐ-CP", "192/KH-UBND@2024@hưng yên")
    assert [[step["direction"] for step in p] for p in found] == [["cites", "cited by"]]


def test_top_and_changes(graph: nx.DiGraph) -> None:
    assert top(graph, 1)[0]["key"] in {"80/2015/QH13", "34/2016/NĐ-CP"}
    assert [row["key"] for row in changes(graph, "34/2016/NĐ-CP")] == ["154/2020/NĐ-CP"]
    assert changes(graph, "80/2015/QH13") == []


def test_resolve_by_number_and_unknown(graph: nx.DiGraph) -> None:
    assert resolve(graph, "192/KH-UBND") == "192/KH-UBND@2024@hưng yên"
    with pytest.raises(UnknownDocumentError, match="several"):
        resolve(graph, "337/UBND-NC")
    with pytest.raises(UnknownDocumentError, match="not in the graph"):
        resolve(graph, "999/XX-YY")


def test_neighbourhood_from_store_queries_matches_the_full_graph(store: Any, graph: nx.DiGraph) -> None:
    near = neighbourhood(store, "34/2016/NĐ-CP", depth=1, direction="both")
    assert set(near.nodes) == {"34/2016/NĐ-CP", "80/2015/QH13", "76/2015/QH13", "154/2020/NĐ-CP",
                               "192/KH-UBND@2024@hưng yên"}
    assert set(near.edges) <= set(graph.edges)


def test_task_layer(store: Any) -> None:
    layered = build_graph(store, layers=("tasks",))
    task = "task:337/UBND-NC@2025@hưng yên#1"
    assert layered.has_edge(task, "body:Sở Nội vụ")
    assert layered.has_edge(task, "192/KH-UBND@2024@hưng yên")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "dot"])
def test_exports_read_back(graph: nx.DiGraph, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    export(graph, fmt, out)
    if fmt == "graphml":
        back = nx.read_graphml(out)
        assert back.edges["34/2016/NĐ-CP", "80/2015/QH13"]["relation"] == "căn cứ"
    elif fmt == "gexf":
        assert nx.read_gexf(out).number_of_edges() == graph.number_of_edges()
    else:
        assert "34/2016/NĐ-CP" in out.read_text(encoding="utf-8")


def test_svg_escapes_and_has_legend(graph: nx.DiGraph) -> None:
    graph.nodes["34/2016/NĐ-CP"]["title"] = "<script>alert(1)</script>"
    svg = draw_svg(graph, "34/2016/NĐ-CP", depth=2)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "Quan hệ" in svg and "sửa đổi" in svg


def test_cli_chain_and_draw(store: Any, tmp_path: Path) -> None:
    runner = CliRunner()
    location = str(store.path)
    result = runner.invoke(cli, ["graph", "chain", "192/KH-UBND", "--store", location])
    assert result.exit_code == 0, result.output
    assert "[căn cứ] 80/2015/QH13" in result.output
    svg = tmp_path / "chain.svg"
    result = runner.invoke(cli, ["graph", "draw", "34/2016/NĐ-CP", "--depth", "2", "-o", str(svg), "--store", location])
    assert result.exit_code == 0 and svg.read_text(encoding="utf-8").startswith("<svg")
    missing = runner.invoke(cli, ["graph", "cites", "999/XX-YY", "--store", location])
    assert missing.exit_code != 0
