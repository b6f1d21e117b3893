"""Validity status of stored documents, computed at query time from the citing documents' clauses.

Nothing new is stored: ``citations_to(key)`` finds the documents that cite ``key``; those citing it
with a change relation are read (``parsers.status.events_of``) for the clause, date and parts.
``status_map`` does the same for the whole store (search's ``--status`` filter).
"""

from __future__ import annotations

from typing import Any

from parsers.status import CHANGE_RELATIONS, Status, StatusEvent, events_of, status_of
from search.store import Store


def document_status(store: Store, key: str, cache: dict[str, list[StatusEvent]] | None = None) -> Status:
    """The status of the document ``key`` (ingested or only cited) from what the store says of it."""
    cache = {} if cache is None else cache
    events: list[StatusEvent] = []
    for edge in store.citations_to(key):
        if edge.get("relation") not in CHANGE_RELATIONS:
            continue
        source = str(edge["source_id"])
        if source not in cache:
            cache[source] = events_of(store.get(source) or {})
        events += cache[source]
    own = store.find_key(key)
    if own:  # "Thông tư này có hiệu lực ... đến hết ngày 31 tháng 12 năm 2026"
        if own not in cache:
            cache[own] = events_of(store.get(own) or {})
        events += [e for e in cache[own] if e.target == key and e.by == key]
    return status_of(key, events)


def status_map(store: Store) -> dict[str, Status]:
    """Status of every changed document, by key (documents absent are in force)."""
    sources = sorted({str(e["source_id"]) for e in store.iter_citations() if e.get("relation") in CHANGE_RELATIONS})
    events: list[StatusEvent] = []
    for source in sources:
        events += events_of(store.get(source) or {})
    return {key: status_of(key, events) for key in {e.target for e in events}}


def ids_with_status(store: Store, wanted: str) -> tuple[set[str], set[str]]:
    """(ids having status ``wanted``, every stored id); ``wanted`` is a status name or "stale"
    (replaced, repealed or expired); "in_force" is every document that is not stale."""
    from parsers.status import STALE

    statuses = status_map(store)
    keyed = {str(meta.get("key") or meta["id"]): str(meta["id"]) for meta in store.iter_documents()}
    every = set(keyed.values())
    stale = {doc_id for key, doc_id in keyed.items() if key in statuses and statuses[key].status in STALE}
    if wanted == "in_force":
        return every - stale, every
    if wanted == "stale":
        return stale, every
    return {doc_id for key, doc_id in keyed.items() if key in statuses and statuses[key].status == wanted}, every


def page_validity(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    """What the web document page shows: the document's own status and its stale citations, each with
    the hrefs its citation links use (so the page can strike them through without touching the text)."""
    from urllib.parse import quote

    cache: dict[str, list[StatusEvent]] = {}
    key = str(record.get("key") or record.get("id") or "")
    as_of = (record.get("document") or {}).get("date")
    stale = []
    for cited in sorted({str(c.get("key") or c.get("number") or "") for c in record.get("citations") or []
                         if c.get("relation") not in ("thay thế", "bãi bỏ")}):
        event = document_status(store, cited, cache).stale_event(as_of)
        if event:
            target = store.find_key(cited)
            href = "/doc/" + quote(target, safe="") if target else "/cited/" + quote(cited, safe="")
            stale.append({"key": cited, "href": href, "label": event.label, "by": event.by_number or event.by,
                          "date": event.date})
    return {"status": document_status(store, key, cache), "stale": stale}


def annotate_graph(graph: Any, store: Store) -> None:
    """Set ``status`` (and ``status_label``) on every changed document node of a citation graph."""
    for key, status in status_map(store).items():
        if key in graph:
            graph.nodes[key]["status"], graph.nodes[key]["status_label"] = status.status, status.label
