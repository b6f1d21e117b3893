"""Turning stored records into safe HTML pieces and plain rows for the pages.

Every piece of document text goes through ``markupsafe.escape`` before any tag is added around
it, so a PDF containing ``<script>`` shows the characters and never runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from parsers.model import Deadline, Task
from search.store import SearchHit, Store

# a document number inside a footnote: "Nghị định số 178/2024/NĐ-CP", "Luật số 80/2015/QH13"
NUMBER_IN_NOTE = re.compile(r"\b\d+/(?:\d{4}/)?[A-ZĐ][A-ZĐa-zđ0-9]*(?:-[A-ZĐ0-9][A-ZĐa-zđ0-9]*)*")
# The Constitution is cited by name, never by number: "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"
CONSTITUTION = re.compile(r"Hiến pháp(?: nước Cộng hòa xã hội chủ nghĩa Việt Nam)?(?: năm \d{4})?")
CONSTITUTION_TYPE = "Hiến pháp"
ORIGINAL_SUFFIXES = {".pdf", ".docx", ".doc", ".txt", ".md"}
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
        if start < cursor or end < start:  # an empty span (a footnote marker) is an insertion
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


def text_blocks(record: dict[str, Any], targets: dict[str, str | None], constitution: str | None = None,
                stale: frozenset[str] = frozenset()) -> list[Block]:
    """Paragraphs of the record's text with every citation highlighted and linked to its target (class
    ``stale`` when its key is in ``stale``: replaced, repealed or expired), and each mention of the
    Constitution linked to ``constitution`` (its stored id) when there is one."""
    from bisect import bisect_left, bisect_right

    text = record.get("text") or ""
    citations = sorted(record.get("citations") or [], key=lambda c: c["span"][0])
    markers = sorted(record.get("markers") or [], key=lambda m: int(m.get("offset", -1)))
    cite_starts = [c["span"][0] for c in citations]
    marker_at = [int(m.get("offset", -1)) for m in markers]
    blocks = []
    for para in record.get("paragraphs") or [{"kind": "body", "page": 1, "span": [0, len(text)]}]:
        start, end = para["span"]
        inside = citations[bisect_left(cite_starts, start):bisect_right(cite_starts, end)]
        spans = [_citation_span(c, start, targets, stale) for c in inside if c["span"][1] <= end]
        spans += [_marker_span(m, start) for m in markers[bisect_left(marker_at, start):bisect_right(marker_at, end)]]
        if constitution and constitution != record.get("id"):
            spans += [_named_span(m, constitution) for m in CONSTITUTION.finditer(text, start, end)
                      if not any(a <= m.start() - start < b for a, b, *_ in spans)]
        blocks.append(Block(kind=para.get("kind") or "body", page=para.get("page") or 1,
                            html=marked(text[start:end], spans)))
    return blocks


def _citation_span(citation: dict[str, Any], offset: int, targets: dict[str, str | None],
                   stale: frozenset[str] = frozenset()) -> tuple[
        int, int, Markup, Markup]:
    key = str(citation.get("key") or citation.get("number") or "")
    target = targets.get(key)
    href = doc_url(target) if target else "/cited/" + quote(key, safe="")
    relation = str(citation.get("relation") or "dẫn chiếu")
    css = RELATION_CLASS.get(relation, "dan-chieu") + (" stale" if key in stale else "")
    title = f"{relation}: {key}"
    open_tag = Markup('<a class="cite rel-{}" href="{}" title="{}">').format(css, href, title)
    return citation["span"][0] - offset, citation["span"][1] - offset, open_tag, Markup("</a>")


def _marker_span(marker: dict[str, Any], offset: int) -> tuple[int, int, Markup, Markup]:
    """A footnote marker where it stood in the text, linked to its footnote."""
    at = int(marker["offset"]) - offset
    label = str(marker.get("marker") or "")
    return at, at, Markup('<sup class="fn"><a href="#fn-{}" id="ref-{}">{}</a></sup>').format(label, label, label), Markup("")


def _named_span(match: re.Match[str], target: str) -> tuple[int, int, Markup, Markup]:
    offset = match.pos
    open_tag = Markup('<a class="cite rel-can-cu" href="{}" title="căn cứ: {}">').format(doc_url(target), match.group(0))
    return match.start() - offset, match.end() - offset, open_tag, Markup("</a>")


def constitution_id(store: Store) -> str | None:
    """The stored Constitution (the newest one), which documents cite by name."""
    from search.store import SearchQuery

    hits = store.search(SearchQuery(type=CONSTITUTION_TYPE, size=5)).hits
    return next((hit.id for hit in hits if (hit.type or "").lower() == CONSTITUTION_TYPE.lower()), None)


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


def vn_date(value: object) -> str:
    """``2025-06-30`` -> ``30/06/2025``; anything else as it is."""
    text = str(value or "")
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit():
        return f"{text[8:10]}/{text[5:7]}/{text[:4]}"
    return text


def shown_number(key: object) -> str:
    """A document id or canonical key as people read it: ``45/TTr-SNV@2026@hưng yên~6e9af550`` ->
    ``45/TTr-SNV``; ``sha:43e9...`` (a document without a number) -> ``(không số)``."""
    text = str(key or "")
    if not text or text.startswith("sha:"):
        return "(không số)"
    return text.split("~", 1)[0].split("@", 1)[0]


def file_name(record: dict[str, Any]) -> str:
    """The name of the file a record came from, never its path on the server."""
    name = record.get("file_name") or str(record.get("source") or "").split("#", 1)[0]
    return str(name).replace("\\", "/").rsplit("/", 1)[-1]


def public_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record as the API shows it: ``source`` is the file name, never a server path."""
    return {**record, "source": file_name(record)}


def today() -> str:
    from datetime import date

    return date.today().isoformat()


def footnotes(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's footnotes with their text escaped and the numbers of cited documents linked."""
    notes = []
    for note in record.get("footnotes") or []:
        text = str(note.get("text") or "")
        spans = [(m.start(), m.end(), Markup('<a class="cite" href="/?q={}">').format(quote(m.group(0))),
                  Markup("</a>")) for m in NUMBER_IN_NOTE.finditer(text)]
        notes.append({**note, "html": marked(text, spans)})
    return notes


def public_related(related: dict[str, Any]) -> dict[str, Any]:
    """``related`` with any server path used as a title replaced by its file name."""
    return {name: [_public_row(row) for row in rows] if isinstance(rows, list) else rows
            for name, rows in related.items()}


def _public_row(row: dict[str, Any]) -> dict[str, Any]:
    """A related row titled for people: a server path becomes its file name, a canonical key
    (``76/NQ-CP@2021``, ``45/TTr-SNV@2026@hưng yên``) the number as printed."""
    title = str(row.get("title") or "")
    if title.startswith("/"):
        return {**row, "title": file_name({"source": title})}
    if title in (row.get("key"), row.get("id")) or "@" in title.split(" ", 1)[0] or title.startswith("sha:"):
        return {**row, "title": shown_number(title)}
    return row


def original_path(record: dict[str, Any]) -> str | None:
    """The stored document's original file, when it is a file still on the server."""
    from pathlib import Path

    source = str(record.get("source") or "")
    if not source or "#" in source:
        return None
    path = Path(source)
    return str(path) if path.suffix.lower() in ORIGINAL_SUFFIXES and path.is_file() else None


def link(path: str, params: dict[str, Any], **changes: Any) -> str:
    """``path`` with the non-empty ``params`` (updated by ``changes``) as its query string."""
    from urllib.parse import urlencode

    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return path + ("?" + urlencode(merged) if merged else "")


def page_window(page: int, pages: int, around: int = 3) -> list[int]:
    """Page numbers to offer: the first, the last and ``around`` either side of ``page``."""
    return sorted({1, pages, *range(max(1, page - around), min(pages, page + around) + 1)})


# The span groups a stored extraction gives (vanban/spacy_components.py): what /spans/ID?key= draws.
SPAN_KEYS = ("tasks", "citations", "bodies", "deadlines")
# displaCy draws every token as an element: a long law is drawn up to here, with a note.
SPAN_VIEW_CHARS = 30_000


def displacy_spans(record: dict[str, Any], key: str) -> dict[str, Any]:
    """displaCy's span rendering (its own markup, document text escaped by displaCy) of the record's
    ``key`` spans, over the first ``SPAN_VIEW_CHARS`` characters; and how many spans there are."""
    from spacy import displacy

    from vanban.spacy_components import doc_from_record

    text = str(record.get("text") or "")
    shown = dict(record, text=text[:SPAN_VIEW_CHARS])
    for name in ("citations", "tasks"):
        shown[name] = [item for item in record.get(name) or [] if item.get("span") and item["span"][1] <= SPAN_VIEW_CHARS]
    doc = doc_from_record(_span_pipeline(), shown)
    count = len(doc.spans[key]) if key in doc.spans else 0
    html = displacy.render(doc, style="span", options={"spans_key": key}, page=False, jupyter=False) if count else ""
    return {"spans_html": Markup(html), "span_count": count, "cut": len(text) > SPAN_VIEW_CHARS}


@cache
def _span_pipeline() -> Any:
    """One blank Vietnamese pipeline for the server (building it loads spaCy's registry once)."""
    from vanban.spacy_components import blank_pipeline

    return blank_pipeline()
