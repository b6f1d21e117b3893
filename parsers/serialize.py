"""The JSON contract of ``vanban extract`` (field names follow ../shared/gold) and a text rendering."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from parsers.model import BBox, Document, Extraction, StructureNode

HEADER_FIELDS = (
    "type", "number", "date", "issuer", "issuer_parent", "place", "province", "subject",
    "signer", "signer_title", "authority", "recipients", "distribution", "signed_by", "signed_at", "date_source",
)


def _bbox(box: BBox | None) -> list[float] | None:
    return box.as_list() if box else None


def node_to_dict(node: StructureNode) -> dict[str, Any]:
    return {
        "path": node.path, "kind": node.kind, "label": node.label, "heading": node.heading,
        "text": node.text, "page": node.page, "span": [node.start, node.end], "bbox": _bbox(node.bbox),
        "children": [node_to_dict(child) for child in node.children],
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The document part of the contract: metadata, footnotes, structure, text and provenance."""
    header = asdict(doc.header)
    return {
        "source": doc.source,
        "format": doc.format,
        "pages": doc.pages,
        "document": {name: header[name] for name in HEADER_FIELDS},
        "footnotes": [
            {"marker": n.marker, "text": n.text, "page": n.page, "pages": n.pages or [n.page],
             "span": [n.start, n.end], "linked": n.linked}
            for n in doc.footnotes
        ],
        "markers": [asdict(m) for m in doc.markers],
        "structure": [node_to_dict(node) for node in doc.structure],
        "text": doc.text,
        "paragraphs": [
            {"kind": p.kind, "page": p.page, "span": [p.start, p.end], "bbox": _bbox(p.bbox),
             "font_size": p.font_size, "bold": p.bold, "italic": p.italic}
            for p in doc.paragraphs
        ],
        "normalisation": list(doc.normalisation),
        "tables": [
            {"page": t.page, "pages": t.pages or [t.page], "bbox": _bbox(t.bbox), "source": t.source,
             "header": t.header, "rows": t.rows, "row_pages": t.row_pages, "row_spans": [list(s) for s in t.row_spans]}
            for t in doc.tables
        ],
        "ocr_pages": list(doc.ocr_pages),
        "ocr_confidence": doc.ocr_confidence,
        "warnings": list(doc.warnings),
    }


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    out = document_to_dict(extraction.document)
    out["sha256"] = extraction.sha256
    out["citations"] = [{**asdict(c), "span": list(c.span)} for c in extraction.citations]
    out["named_laws"] = [{**asdict(law), "span": list(law.span)} for law in extraction.named_laws]
    out["tasks"] = [{**asdict(t), "span": list(t.span)} for t in extraction.tasks]
    return out


def render_text(data: dict[str, Any]) -> str:
    """A readable plain-text view of an extraction dict, for ``--format text``."""
    doc = data["document"]
    lines = [f"{data['source']} ({data['format']}, {data['pages']} page(s))"]
    for name in HEADER_FIELDS:
        value = doc.get(name)
        if value:
            shown = "; ".join(value) if isinstance(value, list) else value
            lines.append(f"  {name:13} {shown}")
    if data.get("footnotes"):
        lines.append("Footnotes:")
        lines += [f"  [{n['marker']}] p.{n['page']} {n['text']}" for n in data["footnotes"]]
    if data.get("structure"):
        lines.append("Structure:")
        lines += _render_nodes(data["structure"], depth=1)
    if data.get("citations"):
        lines.append("Citations:")
        lines += [
            f"  {c['number']:28} {c.get('type') or '':12} {c.get('date') or '':10} {c['relation']:10} {c['where']}"
            for c in data["citations"]
        ]
    if data.get("tasks"):
        lines.append("Tasks:")
        lines += [f"  {t['path']:14} {', '.join(t['responsible'])}" for t in data["tasks"]]
    return "\n".join(lines)


def _render_nodes(nodes: list[dict[str, Any]], depth: int) -> list[str]:
    out: list[str] = []
    for node in nodes:
        title = (node["heading"] or node["text"])[:90]
        out.append(f"{'  ' * depth}{node['path']} (p.{node['page']}) {title}")
        out += _render_nodes(node["children"], depth + 1)
    return out
