"""Build the citation graph from a store: nodes are documents keyed by their canonical key.

- An ingested document is a node with its metadata (``ingested=True``, ``doc_id``, title...).
- A document only cited is a node with what its citations tell (type, number, date, issuer).
- A citation whose key has no year ("337/UBND-NC@hưng yên") is merged into the one ingested
  document with the same number and scope; when several match, it is reported in
  ``graph.graph["ambiguous"]`` and left as its own node, never guessed.
- Edges go from the citing document to the cited one and carry the strongest relation
  (``RELATION_RANK``) and every piece of evidence (sentence, page, where, relation).

``build_graph`` reads every edge of the store; ``neighbourhood`` fetches only the documents
within ``depth`` steps of one document with store queries, which is what the CLI uses on
Elasticsearch-sized corpora.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from search.store import SearchQuery, Store

# Strongest first: when one document cites another several times, the edge shows the strongest.
RELATION_RANK = ("bãi bỏ", "thay thế", "sửa đổi", "đính chính", "hợp nhất", "hướng dẫn", "căn cứ",
                 "thực hiện", "dẫn chiếu")
CHANGE_RELATIONS = ("sửa đổi", "thay thế", "bãi bỏ", "đính chính", "hợp nhất")
CITED_FIELDS = ("type", "number", "date", "issuer")


def node_key(record: dict[str, Any]) -> str:
    """A record's node: its canonical key, else its id (documents without a number)."""
    return str(record.get("key") or record["id"])


def build_graph(store: Store, layers: Iterable[str] = ()) -> nx.DiGraph:
    """The whole citation graph of ``store``; ``layers`` may add "tasks" (task and body nodes)."""
    graph = nx.DiGraph(ambiguous=[])
    ids: dict[str, str] = {}
    for meta in store.iter_documents():
        ids[meta["id"]] = _add_document(graph, meta)
    edges = [edge for edge in store.iter_citations() if edge["source_id"] in ids]
    resolver = KeyResolver(graph, [str(e.get("key") or "") for e in edges])
    for edge in edges:
        add_citation(graph, ids[edge["source_id"]], edge, resolver)
    if "tasks" in layers:
        add_task_layer(graph, store, ids)
    return graph


def _add_document(graph: nx.DiGraph, meta: dict[str, Any]) -> str:
    key = node_key(meta)
    header = meta.get("document") or {}
    attrs = {name: header.get(name) for name in CITED_FIELDS}
    graph.add_node(key, **{k: v for k, v in attrs.items() if v}, kind="document", ingested=True,
                   doc_id=meta["id"], title=meta.get("title") or header.get("subject") or key,
                   source=meta.get("source"))
    return key


class KeyResolver:
    """Maps a cited key to a node: itself, or the one dated document it must mean.

    A key without a year ("1520/BNV-TCBC", cited without a date) means the document with the
    same number and scope whose year is known, ingested or cited elsewhere with a date, when
    there is exactly one; with several, it is reported as ambiguous and kept apart.
    """

    def __init__(self, graph: nx.DiGraph, cited_keys: Iterable[str] = ()) -> None:
        self.graph = graph
        self._by_number: dict[tuple[str, str | None], set[str]] = {}
        ingested = [key for key, data in graph.nodes(data=True) if data.get("ingested")]
        for key in [*ingested, *cited_keys]:
            self._add(key)

    def _add(self, key: str) -> None:
        number, year, scope = _split_key(key)
        if year is not None:
            self._by_number.setdefault((number, scope), set()).add(key)

    def resolve(self, key: str) -> str:
        number, year, scope = _split_key(key)
        if year is not None or _has_year(number):
            return key
        candidates = sorted(self._by_number.get((number, scope), ()))
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            self.graph.graph["ambiguous"].append({"key": key, "candidates": candidates})
        return key


def _split_key(key: str) -> tuple[str, int | None, str | None]:
    """"337/UBND-NC@2025@hưng yên" -> ("337/UBND-NC", 2025, "hưng yên")."""
    number, *rest = key.split("@")
    year = int(rest[0]) if rest and rest[0].isdigit() else None
    scope = rest[-1] if rest and not rest[-1].isdigit() else None
    return number, year, scope


def _has_year(number: str) -> bool:
    return any(len(part) == 4 and part.isdigit() for part in number.split("/")[1:])


def add_citation(graph: nx.DiGraph, source: str, edge: dict[str, Any], resolver: KeyResolver | None = None) -> None:
    """Add one citation edge (and the cited node if new) with its evidence."""
    raw_key = str(edge.get("key") or edge.get("number") or "")
    if not raw_key:
        return
    target = resolver.resolve(raw_key) if resolver else raw_key
    if target == source:
        return
    if target not in graph:
        attrs = {name: edge.get(name) for name in CITED_FIELDS if edge.get(name)}
        graph.add_node(target, **attrs, kind="document", ingested=False, title=edge.get("number") or target)
    _merge_cited_facts(graph.nodes[target], edge)
    evidence = {name: edge.get(name) for name in ("relation", "sentence", "page", "where")}
    if graph.has_edge(source, target):
        data = graph.edges[source, target]
        data["evidence"].append(evidence)
        data["relation"] = strongest(data["relation"], evidence["relation"])
    else:
        graph.add_edge(source, target, relation=evidence["relation"] or "dẫn chiếu", evidence=[evidence])


def _merge_cited_facts(node: dict[str, Any], edge: dict[str, Any]) -> None:
    if node.get("ingested"):
        return
    for name in CITED_FIELDS:
        if not node.get(name) and edge.get(name):
            node[name] = edge[name]


def strongest(first: str | None, second: str | None) -> str:
    ranked = [r for r in (first, second) if r in RELATION_RANK]
    if not ranked:
        return first or second or "dẫn chiếu"
    return min(ranked, key=RELATION_RANK.index)


def add_task_layer(graph: nx.DiGraph, store: Store, ids: dict[str, str]) -> None:
    """Task nodes linked to their directive, their bodies and the documents they cite."""
    for doc_id, key in ids.items():
        record = store.get(doc_id) or {}
        for task in record.get("tasks") or []:
            task_node = f"task:{doc_id}#{task.get('path')}"
            graph.add_node(task_node, kind="task", title=(task.get("text") or "")[:120], path=task.get("path"))
            graph.add_edge(key, task_node, relation="giao nhiệm vụ", evidence=[])
            for role in ("responsible", "coordinating"):
                for body in task.get(role) or []:
                    graph.add_node(f"body:{body}", kind="body", title=body)
                    graph.add_edge(task_node, f"body:{body}", relation=role, evidence=[])
            for cited in task.get("cites") or []:
                if cited in graph:
                    graph.add_edge(task_node, cited, relation="dẫn chiếu", evidence=[])


# ---------------------------------------------------------------- neighbourhoods from store queries


def neighbourhood(store: Store, key: str, depth: int = 2, direction: str = "both") -> nx.DiGraph:
    """The documents within ``depth`` citation steps of ``key``, fetched with store queries only.

    ``direction`` is "out" (what it rests on), "in" (what rests on it) or "both".
    """
    graph = nx.DiGraph(ambiguous=[])
    _ensure_node(store, graph, key)
    queue: deque[tuple[str, int]] = deque([(key, 0)])
    seen = {key}
    while queue:
        current, level = queue.popleft()
        if level >= depth:
            continue
        for nxt in _expand(store, graph, current, direction):
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, level + 1))
    return graph


def _expand(store: Store, graph: nx.DiGraph, key: str, direction: str) -> Iterator[str]:
    doc_id = graph.nodes[key].get("doc_id")
    if direction in ("out", "both") and doc_id:
        for edge in store.citations_from(doc_id):
            target = resolve_with_store(store, str(edge.get("key") or edge.get("number")))
            _ensure_node(store, graph, target)
            add_citation(graph, key, {**edge, "key": target})
            yield target
    if direction in ("in", "both"):
        for edge in store.citations_to(key):
            source = _ensure_doc(store, graph, edge["source_id"])
            if source:
                add_citation(graph, source, edge)
                yield source


def resolve_with_store(store: Store, key: str) -> str:
    """A yearless cited key resolved to the one ingested document with its number and scope."""
    number, year, scope = _split_key(key)
    if year is not None or _has_year(number):
        return key
    hits = store.search(SearchQuery(text=number, size=20)).hits
    found = set()
    for hit in hits:
        record = store.get(hit.id) if hit.number == number else None
        if record and record.get("key") and _split_key(str(record["key"]))[2] == scope:
            found.add(str(record["key"]))
    return found.pop() if len(found) == 1 else key


def _ensure_node(store: Store, graph: nx.DiGraph, key: str) -> None:
    if key in graph:
        return
    doc_id = store.find_key(key)
    if doc_id:
        _ensure_doc(store, graph, doc_id)
    else:
        graph.add_node(key, kind="document", ingested=False, title=key)


def _ensure_doc(store: Store, graph: nx.DiGraph, doc_id: str) -> str | None:
    record = store.get(doc_id)
    if record is None:
        return None
    key = node_key(record)
    if key not in graph or not graph.nodes[key].get("ingested"):
        meta = {name: record.get(name) for name in ("id", "key", "source")}
        _add_document(graph, {**meta, "document": record.get("document") or {}})
    return key
