"""Find the graph node a user means, with store queries only (no whole graph needed)."""

from __future__ import annotations

from graph.build import node_key
from graph.queries import UnknownDocumentError
from search.store import SearchQuery, Store


def find_node(store: Store, ref: str) -> str:
    """A node key from a key, a document id or a number as typed ("178/2024/NĐ-CP", "28/KH-UBND")."""
    if store.find_key(ref):
        return ref
    record = store.get(ref)
    if record is not None:
        return node_key(record)
    wanted = _squash(ref)
    hits = store.search(SearchQuery(text=ref, size=20)).hits
    keys = sorted({node_key({"id": h.id, "key": _key_of(store, h.id)}) for h in hits if _squash(h.number or "") == wanted})
    if len(keys) == 1:
        return keys[0]
    if keys:
        raise UnknownDocumentError(f"{ref!r} matches several documents: {', '.join(keys)}; give the full key")
    if store.citations_to(ref):
        return ref  # cited, never ingested: still a node
    raise UnknownDocumentError(f"{ref!r} is neither ingested nor cited; try `vanban search {ref!r}`")


def _key_of(store: Store, doc_id: str) -> str | None:
    record = store.get(doc_id) or {}
    key = record.get("key")
    return str(key) if key else None


def _squash(text: str) -> str:
    return "".join(text.split()).upper()
