"""Exports for Gephi (GEXF, GraphML), Cytoscape (JSON, GraphML) and Graphviz (DOT)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from vanban.errors import ConfigError

FORMATS = ("graphml", "gexf", "json", "dot")
RELATION_COLOURS = {
    "căn cứ": "#1f77b4", "hướng dẫn": "#2ca02c", "sửa đổi": "#ff7f0e", "thay thế": "#d62728",
    "bãi bỏ": "#7f0000", "đính chính": "#9467bd", "hợp nhất": "#8c564b", "thực hiện": "#17becf",
    "dẫn chiếu": "#7f7f7f",
}


def flat(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy whose attributes are all strings, numbers or booleans (GraphML and GEXF need that)."""
    out = nx.DiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for a, b, data in graph.edges(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None and k != "evidence"}
        evidence = data.get("evidence") or []
        if evidence:
            attrs["sentence"] = str(evidence[0].get("sentence") or "")
            attrs["evidence_count"] = len(evidence)
        attrs["colour"] = RELATION_COLOURS.get(str(data.get("relation")), "#7f7f7f")
        out.add_edge(a, b, **attrs)
    return out


def _scalar(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False)


def export(graph: nx.DiGraph, fmt: str, out: Path) -> None:
    """Write ``graph`` to ``out`` in ``fmt`` (one of FORMATS)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown graph format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "graphml":
        nx.write_graphml(flat(graph), out)
    elif fmt == "gexf":
        nx.write_gexf(flat(graph), out)
    elif fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    else:
        out.write_text(to_dot(graph), encoding="utf-8")


def to_dot(graph: nx.DiGraph) -> str:
    """Graphviz DOT with relation colours and labels; every string quoted and escaped."""
    lines = ["digraph vanban {", "  rankdir=LR;", '  node [shape=box, style="rounded,filled", fillcolor="#f7f7f7"];']
    for node, data in graph.nodes(data=True):
        fill = "#dbe9f6" if data.get("ingested") else "#f7f7f7"
        label = f"{node}\\n{_dot_escape(str(data.get('type') or ''))}"
        lines.append(f'  "{_dot_escape(node)}" [label="{label}", fillcolor="{fill}"];')
    for a, b, data in graph.edges(data=True):
        relation = str(data.get("relation") or "")
        colour = RELATION_COLOURS.get(relation, "#7f7f7f")
        lines.append(f'  "{_dot_escape(a)}" -> "{_dot_escape(b)}" [label="{_dot_escape(relation)}", color="{colour}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
