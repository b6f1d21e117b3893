"""Documents related to one document, over any ``Store``: sharing citations, citing it, cited by it,
and textually similar (its subject, else its first words, as an any-word query)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from search.analyzer import tokens
from search.store import SearchQuery, Store

SIMILAR_WORDS = 30  # words of the subject / opening taken as the similarity query


def related(store: Store, doc_id: str, limit: int = 10) -> dict[str, list[dict[str, Any]]]:
    """``cites``, ``cited_by``, ``shares_citations`` and ``similar`` lists for ``doc_id``."""
    record = store.get(doc_id)
    if record is None:
        return {}
    out_keys = [edge["key"] for edge in store.citations_from(doc_id)]
    cites = [_node(store, key) for key in dict.fromkeys(out_keys)]
    own_key = record.get("key") or doc_id
    citing = [edge["source_id"] for edge in store.citations_to(own_key)] if own_key else []
    cited_by = [_doc(store, source_id) for source_id in dict.fromkeys(citing) if source_id != doc_id]
    return {
        "cites": cites[:limit] if limit else cites,
        "cited_by": cited_by[:limit],
        "shares_citations": _sharing(store, doc_id, out_keys, limit),
        "similar": _similar(store, record, limit),
    }


def _sharing(store: Store, doc_id: str, keys: list[str], limit: int) -> list[dict[str, Any]]:
    shared: Counter[str] = Counter()
    for key in set(keys):
        for source_id in {edge["source_id"] for edge in store.citations_to(key)}:
            if source_id != doc_id:
                shared[source_id] += 1
    return [{**_doc(store, other), "shared": n} for other, n in shared.most_common(limit)]


def _similar(store: Store, record: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    header = record.get("document") or {}
    words = tokens(header.get("subject") or "") or tokens((record.get("text") or "")[:2000])
    query = " ".join(w for w in words if not w.isdigit())[: SIMILAR_WORDS * 8]
    if not query:
        return []
    found = store.search(SearchQuery(text=" ".join(query.split()[:SIMILAR_WORDS]), mode="any", size=limit,
                                     exclude=(record["id"],)))
    return [{"id": hit.id, "title": hit.title, "score": round(hit.score, 3)} for hit in found.hits]


def _node(store: Store, key: str) -> dict[str, Any]:
    found = store.find_key(key)
    return _doc(store, found) if found else {"id": None, "key": key, "title": key}


def _doc(store: Store, doc_id: str) -> dict[str, Any]:
    record = store.get(doc_id) or {}
    header = record.get("document") or {}
    title = " ".join(str(header.get(k)) for k in ("type", "number", "subject") if header.get(k))
    return {"id": doc_id, "key": record.get("key"), "title": title or record.get("source", doc_id)}
