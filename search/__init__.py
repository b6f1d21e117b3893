"""Search: one ``Store`` protocol, a SQLite FTS5 store (default) and an Elasticsearch store.

Public verb: ``open_store(url_or_path)``: a SQLite file path gives ``SQLiteStore``, an
``http(s)://`` URL gives ``search.elastic.ElasticStore``.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from vanban.errors import ConfigError, StoreError

if TYPE_CHECKING:
    from search.store import Store

DEFAULT_STORE = "var/vanban.sqlite"
STORE_ENV = "VANBAN_STORE"


def store_location(given: str | None = None) -> str:
    """The store to use: ``given`` (``--store``), else ``$VANBAN_STORE``, else ./var/vanban.sqlite."""
    return given or os.environ.get(STORE_ENV) or DEFAULT_STORE


def open_store(url_or_path: str | Path | None = None, create: bool = True) -> Store:
    """Open the store at ``url_or_path`` (see ``store_location``), creating it when ``create``;
    reading commands pass ``create=False``: a SQLite path that does not exist is a ``StoreError``."""
    location = str(url_or_path) if url_or_path else store_location()
    if location.startswith(("http://", "https://")):
        return _elastic(location)
    if "://" in location:
        raise ConfigError(
            f"unknown store {location!r}: give a SQLite file path (e.g. var/vanban.sqlite) "
            "or an Elasticsearch URL (http://localhost:9200)"
        )
    from search.sqlite import SQLiteStore

    if not create and not Path(location).is_file():
        raise StoreError(
            f"no store at {location}: nothing has been ingested there (vanban ingest FOLDER --store {location}),"
            " or the path is mistyped"
        )
    return SQLiteStore(location)


def _elastic(url: str) -> Store:
    try:
        module = importlib.import_module("search.elastic")
    except ModuleNotFoundError as exc:
        if exc.name not in ("search.elastic", "elasticsearch"):
            raise
        raise ConfigError(
            f"cannot use the Elasticsearch store {url}: {exc.name} is not available "
            "(install vanban with its dependencies, or give a SQLite path with --store)"
        ) from exc
    store: Store = module.ElasticStore(url)
    return store
