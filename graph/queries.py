"""Questions staff ask of the citation graph: what it cites, what cites it, chains, paths, changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.build import CHANGE_RELATIONS
from vanban.errors import VanbanError


class UnknownDocumentError(VanbanError):
    """The document asked for is not in the graph, or the reference matches several."""


def resolve(graph: nx.DiGraph, ref: str) -> str:
    """A node key from what a user typed: a key, a document id, or a number ("178/2024/NĐ-CP")."""
    if ref in graph:
        return ref
    wanted = _squash(ref)
    found = sorted({key for key, data in graph.nodes(data=True)
                    if wanted in (_squash(data.get("doc_id") or ""), _squash(data.get("number") or ""),
                                  _squash(key.split("@")[0]))})
    if len(found) == 1:
        return found[0]
    if found:
        raise UnknownDocumentError(f"{ref!r} matches several documents: {', '.join(found[:10])}; give the full key")
    raise UnknownDocumentError(f"{ref!r} is not in the graph; try `vanban search {ref!r}` to find its number")


def _squash(text: str) -> str:
    return "".join(text.split()).upper()


def describe(graph: nx.DiGraph, key: str) -> dict[str, Any]:
    """A node as plain data: key and its attributes."""
    data = graph.nodes[key]
    return {"key": key, **{k: v for k, v in data.items() if k != "evidence"}}


def edge_info(graph: nx.DiGraph, source: str, target: str) -> dict[str, Any]:
    data = graph.edges[source, target]
    first = (data.get("evidence") or [{}])[0]
    return {"source": source, "target": target, "relation": data.get("relation"),
            "sentence": first.get("sentence"), "page": first.get("page"), "count": len(data.get("evidence") or [])}


def cites(graph: nx.DiGraph, key: str, depth: int = 1) -> list[dict[str, Any]]:
    """Documents ``key`` cites, up to ``depth`` steps, each with the edge that reached it."""
    return _walk(graph, key, depth, reverse=False)


def cited_by(graph: nx.DiGraph, key: str, depth: int = 1) -> list[dict[str, Any]]:
    """Documents citing ``key``, up to ``depth`` steps."""
    return _walk(graph, key, depth, reverse=True)


def _walk(graph: nx.DiGraph, key: str, depth: int, reverse: bool) -> list[dict[str, Any]]:
    view = graph.reverse(copy=False) if reverse else graph
    out: list[dict[str, Any]] = []
    level = {key: 0}
    for parent, child in nx.bfs_edges(view, key, depth_limit=depth):
        level[child] = level[parent] + 1
        source, target = (child, parent) if reverse else (parent, child)
        out.append({**describe(graph, child), "depth": level[child], "via": edge_info(graph, source, target)})
    return out


@dataclass
class ChainNode:
    """One step of a reference chain: the document, how its parent cites it, what it rests on."""

    key: str
    title: str
    relation: str | None
    children: list[ChainNode] = field(default_factory=list)
    repeated: bool = False  # expanded on its own line nearer the root (cycles and shared bases)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "relation": self.relation, "repeated": self.repeated,
                "children": [child.to_dict() for child in self.children]}


def chain(graph: nx.DiGraph, key: str, depth: int = 5, reverse: bool = False) -> ChainNode:
    """The reference chain of ``key`` as a tree: what it rests on (or, ``reverse``, what rests on it)."""
    view = graph.reverse(copy=False) if reverse else graph
    shallowest = nx.single_source_shortest_path_length(view, key, cutoff=depth)
    return _chain_node(graph, key, None, depth, reverse, _Expansion(shallowest, depth))


@dataclass
class _Expansion:
    """Each document is expanded once, where it is nearest the root; elsewhere it is a reference."""

    level: dict[str, int]
    depth: int
    done: set[str] = field(default_factory=set)

    def takes(self, key: str, remaining: int) -> bool:
        here = self.depth - remaining
        if key in self.done or self.level.get(key, here) != here:
            return False
        self.done.add(key)
        return True


def _chain_node(graph: nx.DiGraph, key: str, relation: str | None, depth: int, reverse: bool,
                seen: _Expansion) -> ChainNode:
    node = ChainNode(key=key, title=str(graph.nodes[key].get("title") or key), relation=relation)
    if not seen.takes(key, depth):
        node.repeated = True
        return node
    if depth <= 0:
        return node
    edges = graph.in_edges(key, data=True) if reverse else graph.out_edges(key, data=True)
    for source, target, data in sorted(edges, key=lambda e: (e[0], e[1])):
        nxt = source if reverse else target
        node.children.append(_chain_node(graph, nxt, data.get("relation"), depth - 1, reverse, seen))
    return node


def render_chain(node: ChainNode, indent: int = 0) -> list[str]:
    """Indented text lines of a chain tree, relations in brackets."""
    relation = f"[{node.relation}] " if node.relation else ""
    mark = " (see its own line)" if node.repeated else ""
    lines = [f"{'    ' * indent}{relation}{node.key}  {node.title if node.title != node.key else ''}{mark}".rstrip()]
    for child in node.children:
        lines += render_chain(child, indent + 1)
    return lines


def paths(graph: nx.DiGraph, first: str, second: str, limit: int = 5) -> list[list[dict[str, Any]]]:
    """Shortest connections between two documents, following citations in either direction."""
    undirected = graph.to_undirected(as_view=True)
    try:
        if limit == 1:  # bidirectional search: fast on large graphs
            found: Any = [nx.bidirectional_shortest_path(undirected, first, second)]
        else:
            found = nx.all_shortest_paths(undirected, first, second)
        out = []
        for _, nodes in zip(range(limit), found, strict=False):
            out.append([_step(graph, a, b) for a, b in zip(nodes, nodes[1:], strict=False)])
        return out
    except nx.NetworkXNoPath:
        return []


def _step(graph: nx.DiGraph, a: str, b: str) -> dict[str, Any]:
    if graph.has_edge(a, b):
        return {**edge_info(graph, a, b), "direction": "cites"}
    return {**edge_info(graph, b, a), "direction": "cited by"}


def top(graph: nx.DiGraph, limit: int = 10) -> list[dict[str, Any]]:
    """The most-cited documents by in-degree, with their PageRank."""
    documents = [n for n, d in graph.nodes(data=True) if d.get("kind", "document") == "document"]
    sub = graph.subgraph(documents)
    rank = nx.pagerank(sub) if sub.number_of_edges() else {n: 0.0 for n in documents}
    ordered = sorted(documents, key=lambda n: (-sub.in_degree(n), -rank.get(n, 0.0), n))[:limit]
    return [{**describe(graph, n), "in_degree": sub.in_degree(n), "pagerank": round(rank.get(n, 0.0), 6)}
            for n in ordered]


def changes(graph: nx.DiGraph, key: str) -> list[dict[str, Any]]:
    """Documents that amended, replaced, repealed, corrected or consolidated ``key``."""
    out = []
    for source, _, data in graph.in_edges(key, data=True):
        relations = {e.get("relation") for e in data.get("evidence") or []} | {data.get("relation")}
        hit = sorted(r for r in relations if r in CHANGE_RELATIONS)
        if hit:
            out.append({**describe(graph, source), "relations": hit, "via": edge_info(graph, source, key)})
    return sorted(out, key=lambda row: (str(row.get("date") or ""), row["key"]))
