"""The Store protocol every backend implements (SQLite FTS5, Elasticsearch).

A *record* is the JSON contract of ``vanban extract`` (``Extraction.to_dict()``) plus
``id`` (the document's canonical key, or ``sha:<16 hex>`` when it has no number; a second file
with the same key gets ``<key>~<8 hex of sha256>``), ``key`` (the canonical key, None without a
number) and ``sha256``; ``source`` is the file path (or ``<file.jsonl>#<line>``).
Citation edges are the record's ``citations`` with ``source_id`` (citing document id) added.
Every store indexes what ``search.analyzer`` produces and builds snippets with
``search.highlight``, so stores differ in speed, not in answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from search.analyzer import Unit, analyze_query

MAX_PAGE = 1_000_000  # bound of a query's page and of its page size


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
    mode: str = "all"  # all: every query unit must match; any: at least one (falls back to any on 0 hits)
    exclude: tuple[str, ...] = ()  # document ids left out (``related`` leaves the document itself out)

    def __post_init__(self) -> None:
        # stores compute OFFSET = (page - 1) * size: keep it inside SQLite's 64-bit integers
        self.page = min(max(self.page, 1), MAX_PAGE)
        self.size = min(max(self.size, 1), MAX_PAGE)


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
    source: str = ""


@dataclass
class SearchResults:
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # facet -> value -> count, most first
    # (ties by value); facets "type", "issuer", "year" count every match, not only the page
    page: int = 1
    size: int = 10


class Store(Protocol):
    """What the pipeline, the graph and the web app may ask of any store."""

    def upsert(self, record: dict[str, Any], choose_id: Callable[[str | None], str] | None = None) -> None:
        """Insert or replace a document and its tasks and citations in one atomic step.

        Rows of an earlier record with the same ``id`` or the same ``source`` are replaced.
        ``choose_id`` (ingest): ``choose_id(None)`` is the id the record wants; the store then sets
        ``record["id"] = choose_id(source holding that id, or None)`` within the same write, so two
        processes writing two files of one document cannot both take one id (SQLite: one transaction).
        """

    def upsert_many(self, records: list[dict[str, Any]]) -> None:
        """``upsert`` for several records in one atomic step (all or none)."""

    def delete(self, doc_id: str) -> bool:
        """Remove a document with its tasks and citations; False when it was not there."""

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The full record of a document."""

    def source_hash(self, source: str) -> tuple[str, str] | None:
        """``(doc_id, sha256)`` of the record ingested from ``source``, for skipping unchanged files."""

    def source_of(self, doc_id: str) -> str | None:
        """The source a stored document was ingested from (None when ``doc_id`` is not stored)."""

    def delete_source(self, source: str) -> bool:
        """Remove the document ingested from ``source``; False when there was none."""

    def move_source(self, old: str, new: str) -> bool:
        """The record ingested from ``old`` now comes from ``new`` (a renamed file, same content)."""

    def mark_problem(self, source: str, problem: str | None) -> bool:
        """Flag the record of ``source`` as possibly stale (``problem`` says why; ``get`` and
        ``iter_documents`` show it as ``problem``), or clear the flag with None."""

    def search(self, query: SearchQuery) -> SearchResults:
        """Ranked documents with snippets, highlights and facet counts."""

    def search_tasks(self, query: SearchQuery) -> list[dict[str, Any]]:
        """Tasks across documents, filtered by body and deadline."""

    def citations_from(self, doc_id: str) -> list[dict[str, Any]]:
        """Citation edges whose citing document is ``doc_id``."""

    def citations_to(self, key: str) -> list[dict[str, Any]]:
        """Citation edges whose cited key is ``key`` ("what cites X" is one query)."""

    def find_key(self, key: str) -> str | None:
        """The id of the stored document whose canonical key is ``key``."""

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        """Metadata of every document (id, source, document fields), without text."""

    def iter_citations(self) -> Iterator[dict[str, Any]]:
        """Every citation edge."""

    def count(self) -> int:
        """How many documents are stored."""

    def close(self) -> None:
        """Release connections."""


def search_with_fallback(query: SearchQuery, run: Callable[[SearchQuery, list[Unit], str], SearchResults]) -> SearchResults:
    """The query policy every store follows, so they answer alike: analyse the text once; every unit
    must match; when that finds nothing and there were several units, any unit may match."""
    units = analyze_query(query.text)
    if query.text.strip() and not units:
        return SearchResults(total=0, hits=[], page=query.page, size=query.size)
    results = run(query, units, query.mode)
    if results.total == 0 and query.mode == "all" and len(units) > 1:
        results = run(query, units, "any")
    return results
