"""Validity status read from real clauses of the national database texts, and `vanban check` on a
draft citing a decree that a real later decree replaced."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from parsers.citations import extract_citations
from parsers.citations.textdoc import document_from_text
from parsers.model import Extraction
from parsers.serialize import extraction_to_dict
from parsers.status import effective_date, events_of

ROOT = Path(__file__).parents[2]
JSONL = ROOT / "../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl"
REPLACING_LINE = 201  # Nghị định 296/2025/NĐ-CP, "... và thay thế Nghị định số 166/2013/NĐ-CP"


def _record(text: str, number: str = "1/2026/NĐ-CP", date: str | None = "2026-01-01") -> dict:
    doc = document_from_text(text)
    doc.header.number, doc.header.date = number, date
    citations, laws = extract_citations(doc)
    record = extraction_to_dict(Extraction(document=doc, citations=citations, named_laws=laws))
    return {**record, "id": number, "key": number}


@pytest.mark.parametrize(("sentence", "target", "kind", "parts"), [
    pytest.param("Nghị định này có hiệu lực thi hành kể từ ngày ký và thay thế Nghị định số 29/2024/NĐ-CP ngày 06 "
                 "tháng 3 năm 2024 của Chính phủ quy định tiêu chuẩn chức danh công chức lãnh đạo.",
                 "29/2024/NĐ-CP", "replaced", None, id="thay-the-whole"),
    pytest.param("Bãi bỏ khoản 2 Điều 7 Thông tư số 145/2020/TT-BCA ngày 29 tháng 12 năm 2020 của Bộ trưởng Bộ Công an "
                 "quy định thẩm quyền, trình tự, thủ tục.", "145/2020/TT-BCA", "repealed_part", "khoản 2 Điều 7",
                 id="bai-bo-khoan"),
    pytest.param("Bãi bỏ Thông tư số 57/2018/TT-BGTVT ngày 14 tháng 12 năm 2018 của Bộ trưởng Bộ Giao thông vận tải "
                 "công bố vùng nước cảng biển thuộc địa phận tỉnh Quảng Trị.", "57/2018/TT-BGTVT", "repealed", None,
                 id="bai-bo-whole"),
    pytest.param("Nghị định số 142/2020/NĐ-CP ngày 09 tháng 12 năm 2020 của Chính phủ quy định về việc tiến hành công "
                 "việc bức xạ hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.", "142/2020/NĐ-CP",
                 "expired", None, id="het-hieu-luc"),
    pytest.param("Điểm b và điểm c khoản 5 Điều 5 Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ "
                 "quy định về chính sách trợ giúp xã hội hết hiệu lực kể từ ngày Nghị định này có hiệu lực./.",
                 "20/2021/NĐ-CP", "repealed_part", "Điểm b và điểm c khoản 5 Điều 5", id="het-hieu-luc-part"),
    pytest.param("Sửa đổi, bổ sung một số điều của Nghị định số 16/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ "
                 "quy định chi tiết một số điều và biện pháp thi hành Luật Quốc tịch Việt Nam.", "16/2020/NĐ-CP",
                 "amended", "một số điều", id="sua-doi-mot-so-dieu"),
    pytest.param("Thay thế cụm từ “Ủy ban nhân dân cấp huyện” bằng cụm từ “Ủy ban nhân dân cấp xã” tại khoản 2 Điều 4 "
                 "Thông tư số 27/2017/TT-BGDĐT ngày 08 tháng 11 năm 2017 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
                 "27/2017/TT-BGDĐT", "amended", None, id="thay-the-cum-tu-is-amendment"),
    pytest.param("Bãi bỏ quy định về phụ cấp chức vụ lãnh đạo của chức danh Chủ tịch Ủy ban nhân dân cấp xã tại "
                 "Nghị định số 33/2023/NĐ-CP quy định về cán bộ, công chức cấp xã.", "33/2023/NĐ-CP",
                 "repealed_part", None, id="bai-bo-quy-dinh-ve"),
    pytest.param("Hợp đồng dự án PPP đã ký kết theo quy định của Luật PPP (được sửa đổi, bổ sung tại Luật số "
                 "57/2024/QH15) và Nghị định số 35/2021/NĐ-CP (được sửa đổi, bổ sung tại Nghị định số 71/2025/NĐ-CP) "
                 "thì tiếp tục thực hiện.", "35/2021/NĐ-CP", None, None, id="passive-is-no-change"),
])
def test_clause_table(sentence: str, target: str, kind: str | None, parts: str | None) -> None:
    events = {e.target: e for e in events_of(_record(sentence))}
    event = events.get(target)
    assert (event.kind if event else None) == kind
    if event and parts:
        assert event.parts and event.parts.startswith(parts)


def test_effective_date_from_article() -> None:
    text = "Điều 5. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 22 tháng 02 năm 2026."
    assert effective_date({"text": text, "document": {}}) == "2026-02-22"
    signed = {"text": "Nghị định này có hiệu lực kể từ ngày ký ban hành.", "document": {"date": "2025-12-01"}}
    assert effective_date(signed) == "2025-12-01"


@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if not JSONL.exists():
        pytest.skip("../shared/corpus-real is absent")
    from pipeline.ingest import ingest
    from search.sqlite import SQLiteStore

    folder = tmp_path_factory.mktemp("status")
    with JSONL.open(encoding="utf-8") as rows:
        for number, line in enumerate(rows, start=1):
            if number == REPLACING_LINE:
                (folder / "nd-296-2025.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    path = folder / "real.sqlite"
    store = SQLiteStore(path)
    summary = ingest([str(folder)], store, workers=1, progress=False)
    assert not summary.failed
    store.close()
    return path


@pytest.mark.slow
def test_replaced_decree_status_from_real_text(real_store: Path) -> None:
    from graph.status import document_status
    from search.sqlite import SQLiteStore

    store = SQLiteStore(real_store)
    status = document_status(store, "166/2013/NĐ-CP")
    store.close()
    assert status.status == "replaced"
    assert status.events[0].by_number == "296/2025/NĐ-CP" and status.events[0].date == "2026-01-01"
    from graph.build import build_graph
    from graph.status import annotate_graph

    store = SQLiteStore(real_store)
    graph = build_graph(store)
    annotate_graph(graph, store)
    store.close()
    assert graph.nodes["166/2013/NĐ-CP"]["status"] == "replaced"
    assert "status" not in graph.nodes["296/2025/NĐ-CP"]


@pytest.mark.slow
def test_check_warns_on_draft_citing_replaced_decree(real_store: Path) -> None:
    from vanban.cli import cli

    draft = Path(__file__).parent / "draft-cuong-che-2026.txt"
    result = CliRunner().invoke(cli, ["check", str(draft), "--store", str(real_store)], standalone_mode=False)
    assert result.return_value == 1, result.output
    warning = [line for line in result.output.splitlines() if "CẢNH BÁO" in line]
    assert len(warning) == 1 and "166/2013/NĐ-CP" in warning[0] and "296/2025/NĐ-CP" in warning[0]


@pytest.fixture(scope="module")
def full_store(real_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real decree, the fixture draft citing the decree it replaced, and a later plan replacing the draft."""
    import shutil

    from pipeline.ingest import ingest
    from search.sqlite import SQLiteStore

    path = tmp_path_factory.mktemp("full") / "full.sqlite"
    shutil.copy(real_store, path)
    store = SQLiteStore(path)
    here = Path(__file__).parent
    files = [str(here / "draft-cuong-che-2026.txt"), str(here / "ke-hoach-thay-the-2026.txt")]
    assert not ingest(files, store, workers=1, progress=False).failed
    store.close()
    return path


def _ids(path: Path) -> dict[str, str]:
    from search.sqlite import SQLiteStore

    store = SQLiteStore(path)
    ids = {str(m["document"].get("number")): str(m["id"]) for m in store.iter_documents()}
    store.close()
    return ids


@pytest.mark.slow
def test_search_filters_by_status(full_store: Path) -> None:
    from vanban.cli import cli

    def numbers(status: str) -> list[str]:
        result = CliRunner().invoke(cli, ["search", "", "--status", status, "--json", "--store", str(full_store)],
                                    standalone_mode=False)
        return sorted(h["number"] for h in json.loads(result.output)["hits"])

    assert numbers("replaced") == numbers("stale") == ["99/KH-UBND"]
    assert numbers("in_force") == ["120/KH-UBND", "296/2025/NĐ-CP"]


@pytest.mark.slow
def test_web_document_page_badge_and_stale_citation(full_store: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from web.app import create_app

    ids = _ids(full_store)
    client = TestClient(create_app(str(full_store), upload_dir=tmp_path / "up"), base_url="http://127.0.0.1:8765")
    draft = client.get(f"/doc/{ids['99/KH-UBND']}").text
    assert 'class="stale-citations"' in draft and "166/2013/NĐ-CP" in draft and "296/2025/NĐ-CP" in draft
    assert re.search(r'<a class="cite [^"]*\bstale" href="[^"]*166%2F2013%2FN%C4%90-CP"', draft)
    assert "<style" not in draft  # the strict CSP allows no inline style
    assert 'class="validity status-replaced"' in draft and "120/KH-UBND" in draft
    decree = client.get(f"/doc/{ids['296/2025/NĐ-CP']}").text
    assert 'class="validity status-in_force"' in decree


@pytest.mark.parametrize(("sentence", "expires"), [
    pytest.param("Thông tư này có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2026.", "2027-01-01",
                 id="sunset-after-signing"),
    pytest.param("Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026 đến hết ngày 28 tháng 02 năm 2027.",
                 "2027-03-01", id="sunset-law"),
    pytest.param("Thông tư này có hiệu lực thi hành kể từ ngày 22 tháng 02 năm 2026.", None, id="no-sunset"),
])
def test_own_expiry(sentence: str, expires: str | None) -> None:
    events = [e for e in events_of(_record(sentence, "06/2026/TT-BCT")) if e.target == "06/2026/TT-BCT"]
    assert ([e.date for e in events if e.kind == "expired"] or [None])[0] == expires
