"""Elasticsearch writes that never lose a version or hide a failure (issue 15): a replace writes the
new version before removing the old; every client error is a StoreError; a refused document is
named with the node's reason. The first tests need no node (a dead address); the others need
VANBAN_ES_URL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from search.store import SearchQuery
from tests.search.records import cite, record
from vanban.errors import RejectedError, StoreError

DEAD = "http://127.0.0.1:9"  # nothing listens there: connection refused
NEEDS_NODE = pytest.mark.skipif(not os.environ.get("VANBAN_ES_URL"), reason="needs VANBAN_ES_URL")

KE_HOACH = record("28/KH-UBND", "KẾ HOẠCH cải cách hành chính năm 2025 của UBND tỉnh Hưng Yên",
                  source="/corpus/ke-hoach-28.pdf", citations=[cite("76/NQ-CP")])


def test_a_node_that_is_not_there_is_a_store_error() -> None:
    from search.elastic import ElasticStore

    with pytest.raises(StoreError, match="Elasticsearch at http://127.0.0.1:9 failed to"):
        ElasticStore(DEAD)


def _dead_store() -> Any:
    """An ElasticStore whose node went away after it was opened."""
    from elasticsearch import Elasticsearch

    from search.elastic import ElasticStore

    store = ElasticStore.__new__(ElasticStore)
    store.url, store.prefix, store._seq = DEAD, "vanban-dead", count(1)
    store._es = Elasticsearch(DEAD, max_retries=0, request_timeout=2)
    return store


@pytest.mark.parametrize("call", [
    pytest.param(lambda s: s.upsert(dict(KE_HOACH)), id="upsert"),
    pytest.param(lambda s: s.upsert_many([dict(KE_HOACH)]), id="upsert_many"),
    pytest.param(lambda s: s.search(SearchQuery(text="cải cách hành chính")), id="search"),
    pytest.param(lambda s: s.search_tasks(SearchQuery(text="báo cáo")), id="search_tasks"),
    pytest.param(lambda s: s.get("28/KH-UBND"), id="get"),
    pytest.param(lambda s: s.count(), id="count"),
    pytest.param(lambda s: s.delete("28/KH-UBND"), id="delete"),
    pytest.param(lambda s: s.delete_source("/corpus/ke-hoach-28.pdf"), id="delete_source"),
    pytest.param(lambda s: s.source_hash("/corpus/ke-hoach-28.pdf"), id="source_hash"),
    pytest.param(lambda s: list(s.iter_documents()), id="iter_documents"),
    pytest.param(lambda s: s.citations_to("76/NQ-CP"), id="citations_to"),
    pytest.param(lambda s: s.move_source("/a.pdf", "/b.pdf"), id="move_source"),
    pytest.param(lambda s: s.mark_problem("/a.pdf", "corrupt"), id="mark_problem"),
])
def test_every_client_error_is_a_store_error(call: Callable[[Any], Any]) -> None:
    """elastic_transport.ConnectionError and the rest reach the caller as vanban's StoreError."""
    with pytest.raises(StoreError, match="Elasticsearch at http://127.0.0.1:9 failed to"):
        call(_dead_store())


@pytest.fixture
def store() -> Iterator[Any]:
    if not os.environ.get("VANBAN_ES_URL"):
        pytest.skip("needs VANBAN_ES_URL (an Elasticsearch node)")
    from search.elastic import ElasticStore

    opened = ElasticStore(os.environ["VANBAN_ES_URL"], index=f"vanban-test-{uuid.uuid4().hex[:8]}")
    yield opened
    opened.drop()
    opened.close()


def _new_version(old: dict[str, Any], doc_id: str | None = None) -> dict[str, Any]:
    return {**old, "id": doc_id or old["id"], "sha256": "f" * 64, "citations": [cite("18/2025/NĐ-CP")],
            "text": "KẾ HOẠCH chuyển đổi số năm 2025 của UBND tỉnh Hưng Yên"}


@NEEDS_NODE
@pytest.mark.parametrize("dies_at", [
    pytest.param(0, id="writing-the-edges"),
    pytest.param(1, id="writing-the-document"),
])
def test_a_node_dying_during_a_replace_leaves_the_old_version(store: Any, dies_at: int,
                                                              monkeypatch: Any) -> None:
    store.upsert(dict(KE_HOACH))
    calls, real_bulk = [], store._bulk

    def dying(actions: list[dict[str, Any]]) -> dict[str, str]:
        calls.append(len(actions))
        if len(calls) - 1 == dies_at:
            raise StoreError("Elasticsearch at test failed to write: ConnectionError(node died)")
        return real_bulk(actions)

    monkeypatch.setattr(store, "_bulk", dying)
    with pytest.raises(StoreError):
        store.upsert(_new_version(KE_HOACH))
    monkeypatch.undo()
    store.refresh()
    assert store.get("28/KH-UBND")["text"] == KE_HOACH["text"]
    assert store.source_hash(KE_HOACH["source"]) == ("28/KH-UBND", KE_HOACH["sha256"])  # a re-run writes it again


@NEEDS_NODE
def test_a_node_dying_before_the_old_version_is_removed_keeps_the_new_one(store: Any, monkeypatch: Any) -> None:
    """The document's number changed (a new id): a node dying before the old id is removed leaves
    both; source_hash reports neither, so the re-run replaces them."""
    store.upsert(dict(KE_HOACH))
    monkeypatch.setattr(store, "_remove_older", lambda *a: (_ for _ in ()).throw(StoreError("node died")))
    with pytest.raises(StoreError):
        store.upsert(_new_version(KE_HOACH, "29/KH-UBND"))
    monkeypatch.undo()
    assert store.get("29/KH-UBND")["sha256"] == "f" * 64
    assert store.source_hash(KE_HOACH["source"]) is None
    store.upsert(_new_version(KE_HOACH, "29/KH-UBND"))
    assert store.get("28/KH-UBND") is None and store.count() == 1
    assert [edge["key"] for edge in store.citations_from("29/KH-UBND")] == ["18/2025/NĐ-CP"]
    assert store.citations_to("76/NQ-CP") == []


@NEEDS_NODE
def test_a_replace_leaves_only_the_new_version(store: Any) -> None:
    store.upsert(dict(KE_HOACH))
    store.upsert(_new_version(KE_HOACH))
    assert store.count() == 1 and store.get("28/KH-UBND")["sha256"] == "f" * 64
    assert [edge["key"] for edge in store.iter_citations()] == ["18/2025/NĐ-CP"]


@NEEDS_NODE
def test_a_refused_document_is_named_with_the_reason_and_keeps_its_old_version(store: Any) -> None:
    """An issuer of 40,000 characters is one keyword term over Lucene's 32,766 bytes: the node refuses
    that document; the other one of the batch is written."""
    store.upsert(dict(KE_HOACH))
    huge = {**_new_version(KE_HOACH), "document": {**KE_HOACH["document"], "issuer": "Ủy ban nhân dân " * 2500}}
    other = record("337/UBND-NC", "V/v triển khai Nghị quyết số 76/NQ-CP", source="/corpus/cong-van-337.pdf")
    with pytest.raises(RejectedError) as refused:
        store.upsert_many([huge, other])
    assert "refused 1 document(s): 28/KH-UBND: document_parsing_exception" in str(refused.value)
    assert "failed to parse field [issuer]" in refused.value.detail and len(refused.value.detail) < 400
    assert store.get("28/KH-UBND")["text"] == KE_HOACH["text"]
    assert store.get("337/UBND-NC") is not None
    assert sorted(edge["key"] for edge in store.iter_citations()) == ["76/NQ-CP"]


@NEEDS_NODE
def test_moved_and_marked_records(store: Any) -> None:
    store.upsert(dict(KE_HOACH))
    assert store.move_source(KE_HOACH["source"], "/corpus/moi/ke-hoach-28.pdf")
    assert store.source_hash("/corpus/moi/ke-hoach-28.pdf") == ("28/KH-UBND", KE_HOACH["sha256"])
    assert store.get("28/KH-UBND")["source"] == "/corpus/moi/ke-hoach-28.pdf"
    assert store.mark_problem("/corpus/moi/ke-hoach-28.pdf", "corrupt: not a readable PDF")
    assert store.get("28/KH-UBND")["problem"] == "corrupt: not a readable PDF"
    assert [row.get("problem") for row in store.iter_documents()] == ["corrupt: not a readable PDF"]


def _job_with_a_huge_issuer(item: Any) -> dict[str, Any]:
    from tests.pipeline.test_pipeline_ingest import fake_job

    made = fake_job(item)
    if "HUGE" in made["text"]:
        made["document"] = {"issuer": "Ủy ban nhân dân " * 2500}
    return made


@NEEDS_NODE
def test_ingest_into_elasticsearch_follows_the_folder_and_reports_a_refusal(store: Any, tmp_path: Any) -> None:
    from pipeline import ingest
    from tests.pipeline.test_pipeline_reliability import write_texts

    docs = tmp_path / "docs"
    write_texts(docs, range(4))

    def run(**options: Any) -> Any:
        return ingest([str(docs)], store, workers=1, progress=False, job=_job_with_a_huge_issuer, **options)

    assert len(run().ingested) == 4
    (docs / "van-ban-001.txt").rename(docs / "ke-hoach-moi.txt")
    (docs / "van-ban-002.txt").unlink()
    (docs / "van-ban-003.txt").write_text("HUGE Số: 3/TB-UBND", encoding="utf-8")
    summary = run(prune=True)
    assert summary.lines()[0] == "ingested 0, unchanged 1, failed 1, renamed 1, stale 1, pruned 1"
    assert summary.failed[0].reason == "rejected" and "failed to parse field [issuer]" in summary.failed[0].detail
    assert sorted(Path(row["source"]).name for row in store.iter_documents()) == [
        "ke-hoach-moi.txt", "van-ban-000.txt", "van-ban-003.txt"]
    assert [row["problem"] for row in store.iter_documents() if row.get("problem")] == [
        f"rejected: {summary.failed[0].detail.split('; the stored record')[0]}"]
