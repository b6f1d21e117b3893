"""Turning stored records into safe HTML pieces and plain rows for the pages.

Every piece of document text goes through ``markupsafe.escape`` before any tag is added around
it, so a PDF containing ``<script>`` shows the characters and never runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from parsers.model import Deadline, Task
from search.store import SearchHit, Store

RELATION_CLASS = {
    "căn cứ": "can-cu", "hướng dẫn": "huong-dan", "sửa đổi": "sua-doi", "thay thế": "thay-the",
    "bãi bỏ": "bai-bo", "đính chính": "dinh-chinh", "hợp nhất": "hop-nhat", "thực hiện": "thuc-hien",
    "dẫn chiếu": "dan-chieu",
}


def doc_url(doc_id: str) -> str:
    return "/doc/" + quote(doc_id, safe="")


def snippet_html(hit: SearchHit) -> Markup:
    """The hit's snippet with its highlights in ``<mark>``; everything else escaped."""
    return marked(hit.snippet, [(s, e, Markup("<mark>"), Markup("</mark>")) for s, e in hit.highlights])


def marked(text: str, spans: list[tuple[int, int, Markup, Markup]]) -> Markup:
    """``text`` escaped, with ``open``/``close`` markup around each non-overlapping span."""
    out: list[str] = []
    cursor = 0
    for start, end, open_tag, close_tag in sorted(spans):
        if start < cursor or end <= start:
            continue
        out += [escape(text[cursor:start]), open_tag, escape(text[start:end]), close_tag]
        cursor = end
    out.append(escape(text[cursor:]))
    return Markup("").join(out)


@dataclass
class Block:
    """One paragraph of a document page: its kind, page and HTML with citations linked."""

    kind: str
    page: int
    html: Markup


def text_blocks(record: dict[str, Any], targets: dict[str, str | None]) -> list[Block]:
    """Paragraphs of the record's text with every citation highlighted and linked to its target."""
    text = record.get("text") or ""
    citations = record.get("citations") or []
    blocks = []
    for para in record.get("paragraphs") or [{"kind": "body", "page": 1, "span": [0, len(text)]}]:
        start, end = para["span"]
        spans = [_citation_span(c, start, targets) for c in citations
                 if start <= c["span"][0] and c["span"][1] <= end]
        blocks.append(Block(kind=para.get("kind") or "body", page=para.get("page") or 1,
                            html=marked(text[start:end], spans)))
    return blocks


def _citation_span(citation: dict[str, Any], offset: int, targets: dict[str, str | None]) -> tuple[
        int, int, Markup, Markup]:
    key = str(citation.get("key") or citation.get("number") or "")
    target = targets.get(key)
    href = doc_url(target) if target else "/cited/" + quote(key, safe="")
    relation = str(citation.get("relation") or "dẫn chiếu")
    css = RELATION_CLASS.get(relation, "dan-chieu")
    title = f"{relation}: {key}"
    open_tag = Markup('<a class="cite rel-{}" href="{}" title="{}">').format(css, href, title)
    return citation["span"][0] - offset, citation["span"][1] - offset, open_tag, Markup("</a>")


def citation_targets(store: Store, record: dict[str, Any]) -> dict[str, str | None]:
    """Cited key -> id of the ingested document it names (None when only cited)."""
    from graph.build import resolve_with_store

    keys = {str(c.get("key") or c.get("number") or "") for c in record.get("citations") or []}
    return {key: store.find_key(key) or store.find_key(resolve_with_store(store, key)) for key in keys if key}


def task_objects(record: dict[str, Any]) -> list[Task]:
    """The record's tasks as ``Task`` objects, for the shared table and XLSX writers."""
    out = []
    for item in record.get("tasks") or []:
        deadline = item.get("deadline")
        out.append(Task(
            path=str(item.get("path") or ""), text=str(item.get("text") or ""),
            responsible=list(item.get("responsible") or []), coordinating=list(item.get("coordinating") or []),
            deadline=Deadline(**deadline) if deadline else None, cites=list(item.get("cites") or []),
            page=int(item.get("page") or 1), span=tuple(item.get("span") or (0, 0)),  # type: ignore[arg-type]
        ))
    return out
