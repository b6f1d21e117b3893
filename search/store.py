"""The Store protocol every backend implements (SQLite FTS5, Elasticsearch).

A *record* is the JSON contract of ``vanban extract`` (``Extraction.to_dict()``) plus
``id`` (the document's canonical key, or ``sha:<16 hex>`` when it has no number) and ``sha256``.
Citation edges are the record's ``citations`` with ``source_id`` (citing document id) added.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class SearchQuery:
    text: str = ""
    type: str | None = None
    issuer: str | None = None
    body: str | None = None  # responsible body of a task
    year_from: int | None = None
    year_to: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    page: int = 1
    size: int = 10


@dataclass
class SearchHit:
    id: str
    score: float
    title: str
    number: str | None
    type: str | None
    date: str | None
    issuer: str | None
    snippet: str  # HTML-free text; highlights as spans below
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets into snippet
    kind: str = "document"  # document|task|citation


@dataclass
class SearchResults:
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # facet -> value -> count
    page: int = 1
    size: int = 10


class Store(Protocol):
    """What the pipeline, the graph and the web app may ask of any store."""

    def upsert(self, record: dict[str, Any]) -> None:
        """Insert or replace a document and its tasks and citations in one atomic step."""

    def delete(self, doc_id: str) -> bool:
        """Remove a document with its tasks and citations; False when it was not there."""

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The full record of a document."""

    def source_hash(self, source: str) -> tuple[str, str] | None:
        """``(doc_id, sha256)`` of the record ingested from ``source``, for skipping unchanged files."""

    def search(self, query: SearchQuery) -> SearchResults:
        """Ranked documents with snippets, highlights and facet counts."""

    def search_tasks(self, query: SearchQuery) -> list[dict[str, Any]]:
        """Tasks across documents, filtered by body and deadline."""

    def citations_from(self, doc_id: str) -> list[dict[str, Any]]:
        """Citation edges whose citing document is ``doc_id``."""

    def citations_to(self, key: str) -> list[dict[str, Any]]:
        """Citation edges whose cited key is ``key`` ("what cites X" is one query)."""

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        """Metadata of every document (id, source, document fields), without text."""

    def iter_citations(self) -> Iterator[dict[str, Any]]:
        """Every citation edge."""

    def count(self) -> int:
        """How many documents are stored."""

    def close(self) -> None:
        """Release connections."""
