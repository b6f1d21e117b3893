"""The chain view's data: a document's citation neighbourhood, wide levels grouped, laid out by
Graphviz ``dot`` (layered, few crossings) on the server; the page only draws what it gets.

Levels are citation steps from the document (cited documents to the right, citing ones to the
left). A level with more than ``LEVEL_CAP`` documents shows its ``LEVEL_CAP`` best (ingested first,
then the most connected) and one "+N văn bản khác" node for the rest. Without ``dot`` the nodes
are placed in their level's column in order.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict, deque
from functools import lru_cache
from typing import Any

import networkx as nx

from search.store import SearchQuery, SearchResults, Store
from web.views import shown_number

LEVEL_CAP = 12
DOT_TIMEOUT = 10.0  # seconds
NODE_W, NODE_H = 2.6, 0.6  # inches (dot's unit); 72 points each
POINTS = 72.0
DOT_GRAPH = 'digraph G {{ rankdir=LR; nodesep=0.25; ranksep=1.1; splines=true; node [shape=box fixedsize=true ' \
            'width={w} height={h}];\n{body}\n}}'


class CachedStore:
    """A store whose ``get`` and ``search`` answers are kept for one graph build (a law's chain asks
    for the same records and numbers many times)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.get = lru_cache(maxsize=2048)(store.get)
        self._searches: dict[str, SearchResults] = {}

    def search(self, query: SearchQuery) -> SearchResults:
        key = repr(query)
        if key not in self._searches:
            self._searches[key] = self._store.search(query)
        return self._searches[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def graph_json(store: Store, record: dict[str, Any], depth: int) -> dict[str, Any]:
    """Nodes (with x, y in pixels), edges (with spline points), the root key and the grouped levels."""
    from graph.build import neighbourhood, node_key

    root = node_key(record)
    graph = neighbourhood(CachedStore(store), root, depth, "both")  # type: ignore[arg-type]
    levels = _levels(graph, root)
    graph, groups = _grouped(graph, levels, root)
    nodes = [_node(key, data, root, levels.get(key, 0)) for key, data in graph.nodes(data=True)]
    edges = [{"source": a, "target": b, "relation": d.get("relation"),
              "sentence": (d.get("evidence") or [{}])[0].get("sentence"), "count": d.get("count", 1)}
             for a, b, d in graph.edges(data=True)]
    layout = _dot_layout(nodes, edges, levels) or _column_layout(nodes, levels)
    return {"root": root, "depth": depth, "nodes": nodes, "edges": edges, "groups": groups, **layout}


def _node(key: str, data: dict[str, Any], root: str, level: int) -> dict[str, Any]:
    group = data.get("kind") == "group"
    return {"key": key, "label": data.get("label") if group else shown_number(key),
            "title": data.get("title"), "type": data.get("type"), "date": data.get("date"),
            "doc_id": data.get("doc_id"), "ingested": bool(data.get("ingested")), "root": key == root,
            "group": group, "level": level}


def _levels(graph: nx.DiGraph, root: str) -> dict[str, int]:
    """Signed citation steps from ``root``: +n along citations (what it rests on), -n against them."""
    level = {root: 0}
    for step, neighbours in ((1, graph.successors), (-1, graph.predecessors)):
        queue = deque([root])
        while queue:
            node = queue.popleft()
            for other in neighbours(node):
                if other not in level:
                    level[other] = level[node] + step
                    queue.append(other)
    for node in graph.nodes:
        level.setdefault(node, 0)
    return level


def _grouped(graph: nx.DiGraph, levels: dict[str, int], root: str) -> tuple[nx.DiGraph, list[dict[str, Any]]]:
    """``graph`` with the overflow of every level over ``LEVEL_CAP`` merged into one group node."""
    by_level: dict[int, list[str]] = defaultdict(list)
    for node in graph.nodes:
        if node != root:
            by_level[levels[node]].append(node)
    out = graph.copy()
    groups = []
    for level, members in sorted(by_level.items()):
        if len(members) <= LEVEL_CAP:
            continue
        members.sort(key=lambda n: (not graph.nodes[n].get("ingested"), -graph.degree(n), n))
        hidden = members[LEVEL_CAP:]
        key = f"group:{level}"
        out.add_node(key, kind="group", label=f"+{len(hidden)} văn bản khác", title="; ".join(
            shown_number(n) for n in hidden[:60]))
        levels[key] = level
        for node in hidden:
            _merge_edges(out, node, key)
            out.remove_node(node)
        groups.append({"key": key, "level": level, "hidden": len(hidden)})
    return out, groups


def _merge_edges(graph: nx.DiGraph, node: str, group: str) -> None:
    for source, _, data in list(graph.in_edges(node, data=True)):
        if source != group:
            _add_counted(graph, source, group, data)
    for _, target, data in list(graph.out_edges(node, data=True)):
        if target != group:
            _add_counted(graph, group, target, data)


def _add_counted(graph: nx.DiGraph, source: str, target: str, data: dict[str, Any]) -> None:
    if graph.has_edge(source, target):
        graph.edges[source, target]["count"] = graph.edges[source, target].get("count", 1) + 1
    else:
        graph.add_edge(source, target, relation=data.get("relation"), evidence=data.get("evidence"), count=1)


def _dot_layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], levels: dict[str, int]) -> dict[str, Any] | None:
    """Positions from ``dot -Tplain``: node centres and edge splines in pixels (y downwards)."""
    dot = shutil.which("dot")
    if dot is None or not nodes:
        return None
    ids = {node["key"]: f"n{i}" for i, node in enumerate(nodes)}
    ranks = defaultdict(list)
    for node in nodes:
        ranks[node["level"]].append(ids[node["key"]])
    body = [f"{ids[e['source']]} -> {ids[e['target']]};" for e in edges]
    # citations point right: a citing document (level < 0) must stay left of what it cites
    body += ["{rank=same; " + " ".join(members) + "}" for members in ranks.values()]
    levels_sorted = sorted(ranks)
    body += [f"{ranks[a][0]} -> {ranks[b][0]} [style=invis];" for a, b in zip(levels_sorted, levels_sorted[1:],
                                                                            strict=False)]
    source = DOT_GRAPH.format(w=NODE_W, h=NODE_H, body="\n".join(ids[n["key"]] + ";" for n in nodes) + "\n"
                              + "\n".join(body))
    try:
        plain = subprocess.run([dot, "-Tplain"], input=source, capture_output=True, text=True,
                               timeout=DOT_TIMEOUT, check=True).stdout
    except (subprocess.SubprocessError, OSError):
        return None
    return _read_plain(plain, nodes, edges, {v: k for k, v in ids.items()})


def _read_plain(plain: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]], keys: dict[str, str]) -> dict[str, Any]:
    height = 0.0
    at: dict[str, tuple[float, float]] = {}
    splines: dict[tuple[str, str], list[list[float]]] = {}
    for line in plain.splitlines():
        parts = line.split()
        if parts[:1] == ["graph"]:
            width, height = float(parts[2]), float(parts[3])
        elif parts[:1] == ["node"]:
            at[keys[parts[1]]] = (float(parts[2]), float(parts[3]))
        elif parts[:1] == ["edge"] and parts[1] in keys and parts[2] in keys:
            count = int(parts[3])
            points = [[float(parts[4 + 2 * i]) * POINTS, (height - float(parts[5 + 2 * i])) * POINTS]
                      for i in range(count)]
            splines[(keys[parts[1]], keys[parts[2]])] = points
    for node in nodes:
        x, y = at.get(node["key"], (0.0, 0.0))
        node["x"], node["y"] = round(x * POINTS, 1), round((height - y) * POINTS, 1)
    for edge in edges:
        edge["points"] = splines.get((edge["source"], edge["target"]), [])
    return {"width": round(width * POINTS), "height": round(height * POINTS), "node_width": NODE_W * POINTS,
            "node_height": NODE_H * POINTS, "layout": "dot"}


def _column_layout(nodes: list[dict[str, Any]], levels: dict[str, int]) -> dict[str, Any]:
    rows: dict[int, int] = defaultdict(int)
    low = min((node["level"] for node in nodes), default=0)
    for node in sorted(nodes, key=lambda n: (n["level"], n["key"])):
        node["x"] = (node["level"] - low) * 280 + NODE_W * POINTS / 2
        node["y"] = rows[node["level"]] * 70 + NODE_H * POINTS / 2
        rows[node["level"]] += 1
    width = (max((n["level"] for n in nodes), default=0) - low + 1) * 280
    return {"width": width, "height": max(rows.values(), default=1) * 70, "node_width": NODE_W * POINTS,
            "node_height": NODE_H * POINTS, "layout": "columns"}
