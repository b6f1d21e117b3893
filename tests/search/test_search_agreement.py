"""Both stores return the same top results (the issue: "both stores return the same top results").

Runs only when VANBAN_ES_URL names an Elasticsearch node; the SQLite store is the reference.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from search.sqlite import SQLiteStore
from search.store import SearchQuery
from tests.search.records import ALL

pytestmark = [
    pytest.mark.es,
    pytest.mark.skipif(not os.environ.get("VANBAN_ES_URL"), reason="needs VANBAN_ES_URL (an Elasticsearch node)"),
]


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    from search.elastic import ElasticStore

    sqlite = SQLiteStore(Path(tmp_path_factory.mktemp("agreement")) / "store.sqlite")
    elastic = ElasticStore(os.environ["VANBAN_ES_URL"], index=f"vanban-test-agree-{uuid.uuid4().hex[:8]}")
    for store in (sqlite, elastic):
        store.upsert_many([dict(r) for r in ALL])
    elastic.refresh()
    yield sqlite, elastic
    elastic.drop()
    elastic.close()
    sqlite.close()


def top3(store: Any, text: str, **filters: Any) -> list[str]:
    return [hit.id for hit in store.search(SearchQuery(text=text, size=3, **filters)).hits]


@pytest.mark.parametrize(
    "query, filters",
    [
        pytest.param("cải cách hành chính", {}, id="words"),
        pytest.param("cai cach hanh chinh", {}, id="folded-words"),
        pytest.param("ủy ban nhân dân tỉnh", {}, id="expansion"),
        pytest.param("UBND", {}, id="abbreviation"),
        pytest.param("Nghị định 178", {}, id="type-number"),
        pytest.param("76/NQ-CP", {}, id="cited-number"),
        pytest.param("tổ chức bộ máy", {}, id="phrase-in-two-documents"),
        pytest.param("Hưng Yên", {}, id="place"),
        pytest.param("phòng cháy, chữa cháy", {}, id="comma-phrase"),
        pytest.param("cán bộ công chức viên chức", {}, id="long-words"),
        pytest.param("\"triển khai\"", {}, id="quoted"),
        pytest.param("nghị quyết hưng yên", {}, id="any-fallback"),
        pytest.param("tỉnh", {"year_from": 2025}, id="word-with-year-filter"),
        pytest.param("chế độ của cán bộ", {}, id="stopword"),
        pytest.param("bàn", {}, id="exact-before-folded"),
        pytest.param("", {"issuer": "Hưng Yên"}, id="filter-only-by-date"),
    ],
)
def test_both_stores_return_the_same_top3(both: tuple[Any, Any], query: str, filters: dict[str, Any]) -> None:
    sqlite, elastic = both
    expected = top3(sqlite, query, **filters)
    assert expected, "the query must find something for the comparison to mean anything"
    assert top3(elastic, query, **filters) == expected
