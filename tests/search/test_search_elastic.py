"""Elasticsearch-only behaviour: an index of an older schema is upgraded in place when opened."""

from __future__ import annotations

import copy
import os
import uuid
from typing import Any

import pytest

from search.analyzer import analyze_record
from search.store import SearchQuery
from tests.search.records import record

pytestmark = [
    pytest.mark.es,
    pytest.mark.skipif(not os.environ.get("VANBAN_ES_URL"), reason="needs VANBAN_ES_URL (an Elasticsearch node)"),
]
PAIR_FIELDS = ("title_pairs_exact", "title_pairs_folded", "pairs_exact", "pairs_folded")


def _v1_index(prefix: str, doc: dict[str, Any]) -> None:
    """Indices as schema v1 made them (no pair fields) holding ``doc``."""
    from elasticsearch import Elasticsearch

    from search.elastic import MAPPINGS

    client = Elasticsearch(os.environ["VANBAN_ES_URL"])
    for kind, mapping in MAPPINGS.items():
        old = copy.deepcopy(mapping)
        old["_meta"]["schema_version"] = 1
        for name in PAIR_FIELDS:
            old["properties"].pop(name, None)
        client.indices.create(index=f"{prefix}-{kind}", mappings=old)
    fields = {k: v for k, v in analyze_record(doc).items() if k not in PAIR_FIELDS}
    client.index(index=f"{prefix}-docs", id=doc["id"], refresh=True,
                 document={**fields, "id": doc["id"], "source": doc["source"], "sha256": doc["sha256"], "seq": 1,
                           "record": doc})
    client.close()


def test_a_v1_index_gets_the_pair_fields_and_its_documents_are_found() -> None:
    from search.elastic import SCHEMA_VERSION, ElasticStore

    prefix = f"vanban-test-upgrade-{uuid.uuid4().hex[:8]}"
    doc = record("sha:a", "Xử lý vi phạm hành chính trong lĩnh vực đất đai.")
    _v1_index(prefix, doc)
    store = ElasticStore(os.environ["VANBAN_ES_URL"], index=prefix)
    try:
        mapping = store._es.indices.get_mapping(index=f"{prefix}-docs")[f"{prefix}-docs"]["mappings"]
        assert mapping["_meta"]["schema_version"] == SCHEMA_VERSION
        assert set(PAIR_FIELDS) <= set(mapping["properties"])
        assert [hit.id for hit in store.search(SearchQuery(text="vi phạm hành chính")).hits] == ["sha:a"]
        assert store.count() == 1
    finally:
        store.drop()
        store.close()
