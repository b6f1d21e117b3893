"""Store factories for the shared contract suite: SQLite always, Elasticsearch when VANBAN_ES_URL is set.

To plug a new store in, add a factory to STORE_FACTORIES; every test taking ``store`` runs on it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from search.sqlite import SQLiteStore


def _sqlite(tmp_path: Path) -> Any:
    return SQLiteStore(tmp_path / "store.sqlite")


def _elastic(tmp_path: Path) -> Any:
    from search.elastic import ElasticStore  # written by the Elasticsearch work

    return ElasticStore(os.environ["VANBAN_ES_URL"], index=f"vanban-test-{uuid.uuid4().hex[:8]}")


STORE_FACTORIES: list[Any] = [pytest.param(_sqlite, id="sqlite")]
if os.environ.get("VANBAN_ES_URL"):
    STORE_FACTORIES.append(pytest.param(_elastic, id="elastic", marks=pytest.mark.es))


@pytest.fixture(params=STORE_FACTORIES)
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Any]]:
    opened: list[Any] = []

    def make() -> Any:
        opened.append(request.param(tmp_path))
        return opened[-1]

    yield make
    for store in opened:
        if hasattr(store, "drop"):
            store.drop()
        store.close()


@pytest.fixture
def store(make_store: Callable[[], Any]) -> Any:
    return make_store()


@pytest.fixture
def filled(store: Any) -> Any:
    from tests.search.records import ALL

    store.upsert_many([dict(r) for r in ALL])
    if hasattr(store, "refresh"):
        store.refresh()
    return store
