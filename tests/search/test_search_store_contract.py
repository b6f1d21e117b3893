"""The contract every store meets (runs on each factory of conftest.STORE_FACTORIES)."""

from __future__ import annotations

from typing import Any

import pytest

from search.analyzer import fold
from search.related import related
from search.store import SearchQuery
from tests.search.records import KE_HOACH, NGHI_DINH, THONG_BAO, record


def ids(store: Any, text: str, **filters: Any) -> list[str]:
    return [hit.id for hit in store.search(SearchQuery(text=text, **filters)).hits]


def test_round_trip_and_count(filled: Any) -> None:
    assert filled.count() == 4
    got = filled.get("150/KH-UBND@2025@hưng yên")
    assert got["text"] == KE_HOACH["text"]
    assert got["tasks"][0]["responsible"] == ["Sở Nội vụ"]
    assert filled.get("nope") is None
    assert filled.source_hash(KE_HOACH["source"]) == (KE_HOACH["id"], KE_HOACH["sha256"])
    assert filled.source_of(NGHI_DINH["id"]) == NGHI_DINH["source"]


def test_a_changed_file_replaces_its_old_record(filled: Any) -> None:
    changed = record("sha:bbbb", "Kế hoạch mới về chuyển đổi số", source=KE_HOACH["source"])
    filled.upsert(changed)
    assert filled.get(KE_HOACH["id"]) is None
    assert filled.citations_from(KE_HOACH["id"]) == []
    assert filled.search_tasks(SearchQuery(body="Sở Nội vụ")) == []
    assert ids(filled, "chuyen doi so") == ["sha:bbbb"]
    assert filled.count() == 4


def test_a_failed_batch_leaves_the_store_as_it_was(filled: Any) -> None:
    broken = {k: v for k, v in record("sha:cccc", "Văn bản lỗi").items() if k != "sha256"}
    with pytest.raises(KeyError):
        filled.upsert_many([record("sha:dddd", "Văn bản tốt"), broken])
    assert filled.count() == 4
    assert filled.get("sha:dddd") is None


def test_a_later_record_in_one_batch_replaces_an_earlier_one(store: Any) -> None:
    store.upsert_many([record("sha:old", "Bản cũ về chuyển đổi số.", source="/same.txt"),
                       record("sha:new", "Bản mới về chuyển đổi số.", source="/same.txt")])
    if hasattr(store, "refresh"):
        store.refresh()
    assert store.count() == 1 and ids(store, "chuyển đổi số") == ["sha:new"]


def test_delete(filled: Any) -> None:
    assert filled.delete(NGHI_DINH["id"]) is True
    assert filled.delete(NGHI_DINH["id"]) is False
    assert filled.delete_source(THONG_BAO["source"]) is True
    assert filled.count() == 2
    assert ids(filled, "178/2024/NĐ-CP") == []


@pytest.mark.parametrize(
    "query, first",
    [
        pytest.param("178/2024/NĐ-CP", NGHI_DINH["id"], id="full-number"),
        pytest.param("178/2024", NGHI_DINH["id"], id="number-year"),
        pytest.param("NĐ 178", NGHI_DINH["id"], id="code-number"),
        pytest.param("nghị định 178", NGHI_DINH["id"], id="type-number"),
        pytest.param("nghi dinh so 178", NGHI_DINH["id"], id="type-number-folded"),
        pytest.param("337/UBND-NC", "337/UBND-NC@2025@hưng yên", id="cong-van-number"),
        pytest.param("cai cach hanh chinh", KE_HOACH["id"], id="no-diacritics"),
        pytest.param("CCHC Hưng Yên", KE_HOACH["id"], id="abbreviation-to-expansion"),
        pytest.param("thủ tục hành chính", KE_HOACH["id"], id="expansion-to-abbreviation"),
        pytest.param("phong chay chua chay", THONG_BAO["id"], id="folded-phrase"),
    ],
)
def test_found_first(filled: Any, query: str, first: str) -> None:
    assert ids(filled, query)[:1] == [first]


def test_number_query_finds_citing_documents_after_the_document(filled: Any) -> None:
    found = ids(filled, "nghị định 178")
    assert found[0] == NGHI_DINH["id"]
    assert KE_HOACH["id"] in found


def test_exact_diacritics_rank_first(filled: Any) -> None:
    # "bàn" is written in the plan and the notice; "ban" (of "ban chỉ đạo", "Ủy ban") elsewhere
    exact = ids(filled, "bàn")
    assert set(exact[:2]) == {KE_HOACH["id"], THONG_BAO["id"]}
    assert len(exact) > 2  # the folded "ban" matches too, ranked after


def test_abbreviation_matches_both_ways(filled: Any) -> None:
    assert set(ids(filled, "UBND")) == set(ids(filled, "ủy ban nhân dân"))
    assert "337/UBND-NC@2025@hưng yên" in ids(filled, "UBND")


def test_filters_and_facets(filled: Any) -> None:
    results = filled.search(SearchQuery(text="cải cách hành chính"))
    assert results.total == 2
    assert results.facets["type"] == {"Kế hoạch": 1, "Công văn": 1}
    assert results.facets["year"] == {"2025": 2}
    assert ids(filled, "cải cách hành chính", type="công văn") == ["337/UBND-NC@2025@hưng yên"]
    by_issuer = ids(filled, "", issuer="Ủy ban nhân dân tỉnh Hưng Yên")
    assert set(by_issuer) == {KE_HOACH["id"], "337/UBND-NC@2025@hưng yên"}
    assert ids(filled, "", year_from=2024, year_to=2024) == [NGHI_DINH["id"]]
    assert ids(filled, "", date_from="2025-03-01") == ["337/UBND-NC@2025@hưng yên"]
    assert ids(filled, "", body="Sở Nội vụ") == [KE_HOACH["id"]]


def test_a_phrase_needs_its_syllables_in_order(store: Any) -> None:
    # "vi phạm" (violation) vs "phạm vi" (scope): same syllables, other order
    store.upsert_many([
        record("sha:a", "Xử lý vi phạm hành chính trong lĩnh vực đất đai."),
        record("sha:b", "Phạm vi điều chỉnh: hành chính công."),
    ])
    if hasattr(store, "refresh"):
        store.refresh()
    assert ids(store, "vi phạm hành chính") == ["sha:a"]
    assert ids(store, "vi pham hanh chinh")[:1] == ["sha:a"]
    assert ids(store, "\"phạm vi\"") == ["sha:b"]


def test_counts_follow_each_write(filled: Any) -> None:
    before = filled.search(SearchQuery(text="cải cách hành chính"))
    filled.upsert(record("1/CT-UBND@2026@hưng yên", "Chỉ thị về cải cách hành chính năm 2026.",
                         type="Chỉ thị", number="1/CT-UBND", date="2026-01-05"))
    if hasattr(filled, "refresh"):
        filled.refresh()
    after = filled.search(SearchQuery(text="cải cách hành chính"))
    assert after.total == before.total + 1
    assert after.facets["type"]["Chỉ thị"] == 1 and after.facets["year"]["2026"] == 1
    filled.delete("1/CT-UBND@2026@hưng yên")
    if hasattr(filled, "refresh"):
        filled.refresh()
    assert filled.search(SearchQuery(text="cải cách hành chính")).facets == before.facets


def test_pagination(filled: Any) -> None:
    everything = ids(filled, "", size=10)
    pages = ids(filled, "", size=3) + ids(filled, "", size=3, page=2)
    assert pages == everything and len(everything) == 4


def test_highlights_point_into_the_snippet(filled: Any) -> None:
    hit = filled.search(SearchQuery(text="sap xep to chuc bo may")).hits[0]
    marked = [fold(hit.snippet[s:e].lower()) for s, e in hit.highlights]
    assert {"sap", "xep", "to", "chuc", "bo", "may"} <= set(" ".join(marked).split())


def test_citations_both_directions(filled: Any) -> None:
    citing = {edge["source_id"] for edge in filled.citations_to("76/NQ-CP")}
    assert citing == {KE_HOACH["id"], "337/UBND-NC@2025@hưng yên"}
    assert [e["key"] for e in filled.citations_from(KE_HOACH["id"])] == ["178/2024/NĐ-CP", "76/NQ-CP"]
    assert filled.find_key("178/2024/NĐ-CP") == NGHI_DINH["id"]


def test_tasks_by_body_and_deadline(filled: Any) -> None:
    assert [t["path"] for t in filled.search_tasks(SearchQuery(body="văn phòng ubnd tỉnh"))] == ["III.1"]
    assert filled.search_tasks(SearchQuery(date_to="2025-05-01")) == []
    assert len(filled.search_tasks(SearchQuery(text="ban giao ho so", date_to="2025-06-30"))) == 1


def test_related(filled: Any) -> None:
    lists = related(filled, "337/UBND-NC@2025@hưng yên")
    assert [row["id"] for row in lists["shares_citations"]] == [KE_HOACH["id"]]
    assert [row["key"] for row in lists["cites"]] == ["76/NQ-CP"]
    assert [row["id"] for row in related(filled, NGHI_DINH["id"])["cited_by"]] == [KE_HOACH["id"]]
