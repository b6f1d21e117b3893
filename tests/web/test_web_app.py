"""The web app's pages and REST API through FastAPI's test client (no browser)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import time
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from tests.web.conftest import HOSTILE, PLAN, ROOT, wide_store

PLAN_URL = quote(PLAN["id"], safe="")


@pytest.fixture
def client(app: Any) -> TestClient:
    return TestClient(app, base_url="http://127.0.0.1:8765")


def test_search_page_without_diacritics_highlights_and_facets(client: TestClient) -> None:
    # the form sends empty filters as "" (a browser found that an empty year was refused)
    response = client.get("/", params={"q": "cai cach hanh chinh", "type": "", "issuer": "", "body": "", "year": ""})
    assert response.status_code == 200
    page = response.text
    assert 'href="/doc/150%2FKH-UBND' in page
    assert "<mark>" in page
    assert 'class="facet"' in page and "Kế hoạch" in page


def test_document_text_is_escaped_everywhere(client: TestClient) -> None:
    page = client.get(f"/doc/{PLAN_URL}").text
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_citation_is_highlighted_and_linked_to_its_document(client: TestClient) -> None:
    page = client.get(f"/doc/{PLAN_URL}").text
    assert '<a class="cite rel-can-cu" href="/doc/178%2F2024%2FN%C4%90-CP"' in page


def test_the_constitution_cited_by_name_is_linked(client: TestClient) -> None:
    page = client.get(f"/doc/{PLAN_URL}").text
    assert ('<a class="cite rel-can-cu" href="/doc/sha%3A43e9c8cf28262a01" title="căn cứ: Hiến pháp nước Cộng hòa xã'
            ' hội chủ nghĩa Việt Nam">Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam</a>') in page
    own = client.get("/doc/sha%3A43e9c8cf28262a01").text
    assert 'href="/doc/sha%3A43e9c8cf28262a01"' not in own  # the Constitution does not link to itself


def test_unknown_document_is_404(client: TestClient) -> None:
    assert client.get("/doc/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_task_exports_have_vietnamese_headers_and_dates(client: TestClient) -> None:
    rows = list(csv.reader(io.StringIO(client.get(f"/api/documents/{PLAN_URL}/tasks.csv").text.lstrip("\ufeff"))))
    assert rows[0][:4] == ["Văn bản", "Mục", "Nhiệm vụ", "Chủ trì"]
    assert rows[1][:2] == ["150/KH-UBND", "II.1"] and rows[1][6] == "30/06/2025"
    sheet = load_workbook(io.BytesIO(client.get(f"/api/documents/{PLAN_URL}/tasks.xlsx").content)).active
    assert sheet["B2"].value == "II.1" and sheet["D1"].value == "Chủ trì"
    data = json.loads(client.get(f"/api/documents/{PLAN_URL}/tasks.json").text)
    assert data[0]["deadline"]["date"] == "2025-06-30"


def test_tasks_page_filters_by_body(client: TestClient) -> None:
    assert "II.1" in client.get("/tasks", params={"body": "so noi vu"}).text
    assert "II.1" not in client.get("/tasks", params={"body": "Sở Y tế"}).text


def test_graph_api_gives_both_directions(client: TestClient) -> None:
    data = client.get("/api/graph/178%2F2024%2FN%C4%90-CP", params={"depth": 1}).json()
    keys = {node["key"] for node in data["nodes"]}
    assert {"150/KH-UBND@2025@hưng yên", "80/2015/QH13", "178/2024/NĐ-CP"} <= keys
    assert {"source": "150/KH-UBND@2025@hưng yên", "target": "178/2024/NĐ-CP"}.items() <= {
        **data["edges"][0]}.items() or any(e["source"].startswith("150/") for e in data["edges"])


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"] == "3.0.3"  # what the bundled Swagger UI 4.15 reads
    assert "/api/search" in spec["paths"] and "/api/tasks" in spec["paths"]
    docs = client.get("/api/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_no_page_loads_anything_from_outside(client: TestClient) -> None:
    for url in ("/", f"/doc/{PLAN_URL}", f"/chain/{PLAN_URL}", "/tasks", "/upload"):
        page = client.get(url).text
        assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page


def test_upload_rejects_wrong_type_and_size(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = client.post("/upload", files={"file": ("x.pdf", b"<html>not a pdf</html>", "application/pdf")})
    assert bad.status_code == 415 and "Chỉ nhận tệp PDF, DOCX và DOC" in bad.text
    monkeypatch.setattr("web.uploads.MAX_UPLOAD", 10)
    big = client.post("/upload", files={"file": ("x.pdf", b"%PDF-1.4" + b"0" * 100, "application/pdf")})
    assert big.status_code == 413 and "Tệp lớn hơn" in big.text


def test_upload_token_cannot_escape_the_upload_folder(client: TestClient) -> None:
    for token in ("../web.sqlite", "..%2Fweb.sqlite", "/etc/passwd"):
        assert client.post("/upload/ingest", data={"token": token}).status_code == 404


def _extracted(client: TestClient, name: str, data: bytes) -> tuple[str, Any]:
    """Upload ``data``, follow the redirect to its progress page, poll until the extraction ends."""
    posted = client.post("/upload", files={"file": (name, data, "application/octet-stream")}, follow_redirects=False)
    assert posted.status_code == 303, posted.text
    token = posted.headers["location"].rsplit("/", 1)[1]
    deadline = time.monotonic() + 120
    while client.get(f"/api/uploads/{token}").json()["state"] in ("queued", "extracting"):
        assert time.monotonic() < deadline
        time.sleep(0.3)
    return token, client.get(posted.headers["location"])


def test_upload_extract_then_ingest_a_real_pdf(client: TestClient, tmp_path: Path) -> None:
    data = (ROOT / "corpus" / "pdf" / "hy-skhcn-tb-35-2026.pdf").read_bytes()
    token, shown = _extracted(client, "../../evil name.pdf", data)
    assert shown.status_code == 200 and "35/TB-SKHCN" in shown.text and "evil name.pdf" in shown.text
    # the token is random, not the file's hash, and names nothing else
    assert len(token) >= 20 and token not in hashlib.sha256(data).hexdigest()
    stored = client.post("/upload/ingest", data={"token": token}, follow_redirects=False)
    assert stored.status_code == 303
    page = client.get(stored.headers["location"]).text
    assert "35/TB-SKHCN" in page and "<script>alert" not in page
    assert str(tmp_path) not in page and "evil name.pdf" in page  # the file name, never the server path
    original = client.get(page.split('id="original" href="')[1].split('"')[0])
    assert original.content == data and "attachment" in original.headers["content-disposition"]
    doc = client.get("/api/documents/" + stored.headers["location"].split("/doc/")[1]).json()
    assert doc["source"] == "evil name.pdf"
    again = client.post("/upload", files={"file": ("copy.pdf", data, "application/pdf")})
    assert again.status_code == 409 and "đã có trong kho" in again.text


def _docx(xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return out.getvalue()


HOSTILE_FILES = [
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(random.Random(7).getrandbits(8) for _ in range(4096)),
                 422, "phần đầu tệp không hợp lệ", id="word-magic-then-random-bytes"),
    pytest.param(_docx(b"<w:document>" + b"<w:p><w:r><w:t>Nhi\xe1\xbb\x87m v\xe1\xbb\xa5</w:t></w:r></w:p>" * 1_500_000
                       + b"</w:document>"), 413, "giải nén ra", id="docx-zip-bomb-60-MB-xml"),
    pytest.param(b"PK\x03\x04" + b"\x00" * 200, 422, "không giải nén được", id="zip-magic-then-zeros"),
]


@pytest.mark.parametrize(("data", "status", "reason"), HOSTILE_FILES)
def test_hostile_uploads_are_refused_with_a_reason(client: TestClient, data: bytes, status: int, reason: str) -> None:
    started = time.monotonic()
    answer = client.post("/upload", files={"file": ("x.doc", data, "application/msword")})
    assert answer.status_code == status and reason in answer.text
    assert time.monotonic() - started < 5


# ---------------------------------------------------------------- security


@pytest.mark.parametrize(("headers", "status"), [
    pytest.param({"Origin": "http://evil.example"}, 403, id="foreign-origin"),
    pytest.param({"Origin": "null"}, 403, id="null-origin"),
    pytest.param({"Sec-Fetch-Site": "cross-site"}, 403, id="cross-site-fetch"),
    pytest.param({"Origin": "http://127.0.0.1:8765", "Sec-Fetch-Site": "same-origin"}, 404, id="same-origin"),
    pytest.param({}, 404, id="no-origin-curl"),
])
@pytest.mark.parametrize("url", ["/upload/ingest", "/api/documents"])
def test_state_changing_requests_check_the_origin(client: TestClient, url: str, headers: dict[str, str],
                                                  status: int) -> None:
    # an unknown token gives 404 once the request got through
    assert client.post(url, data={"token": "x"}, headers=headers).status_code == status


def test_foreign_origin_upload_is_refused_before_anything_is_saved(client: TestClient, tmp_path: Path) -> None:
    pdf = (ROOT / "corpus" / "pdf" / "hy-skhcn-tb-35-2026.pdf").read_bytes()
    answer = client.post("/upload", files={"file": ("a.pdf", pdf, "application/pdf")},
                         headers={"Origin": "http://evil.example"})
    assert answer.status_code == 403 and "bị từ chối" in answer.text
    assert not (tmp_path / "uploads").exists()


@pytest.mark.parametrize(("host", "status"), [
    pytest.param("evil.example", 403, id="dns-rebinding-name"),
    pytest.param("evil.example:8765", 403, id="dns-rebinding-name-and-port"),
    pytest.param("localhost:8765", 200, id="localhost"),
    pytest.param("[::1]:8765", 200, id="ipv6-loopback"),
])
def test_only_the_bound_host_names_are_served(client: TestClient, host: str, status: int) -> None:
    assert client.get("/", headers={"Host": host}).status_code == status


def test_extra_host_names_are_configurable(store_path: Path, tmp_path: Path) -> None:
    from web.app import create_app
    from web.security import allowed_hosts

    app = create_app(str(store_path), tmp_path / "u", hosts=allowed_hosts("0.0.0.0", ["vanban.snv.local"]))
    client = TestClient(app, base_url="http://vanban.snv.local")
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"Host": "0.0.0.0"}).status_code == 403


SCRIPT_TAG = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)


@pytest.mark.parametrize("url", ["/", f"/doc/{PLAN_URL}", f"/chain/{PLAN_URL}", "/tasks", "/upload", "/api/docs",
                                 "/nope", "/api/search", "/static/app.css"])
def test_security_headers_and_no_inline_script(client: TestClient, url: str) -> None:
    answer = client.get(url)
    csp = answer.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["x-frame-options"] == "DENY" and answer.headers["referrer-policy"]
    html = answer.text if answer.headers["content-type"].startswith("text/html") else ""
    for tag in SCRIPT_TAG.finditer(html):
        assert "src=" in tag["attrs"] and not tag["body"].strip(), tag.group(0)


def test_no_response_carries_a_server_path(client: TestClient, store_path: Path) -> None:
    folder = str(store_path.parent)
    for url in ("/", "/?q=cai+cach", f"/doc/{PLAN_URL}", f"/api/documents/{PLAN_URL}", "/api/search?q=cai+cach",
                f"/api/documents/{PLAN_URL}/related", "/api/tasks", f"/api/graph/{PLAN_URL}", "/tasks",
                "/doc/nope", "/api/documents/nope"):
        text = client.get(url).text
        assert folder not in text and "/corpus/" not in text, url


# ---------------------------------------------------------------- parameters and errors


@pytest.mark.parametrize(("url", "status", "message"), [
    pytest.param("/tasks?page=922337203685477580", 400, "không được lớn hơn 10000", id="tasks-page-overflow"),
    pytest.param("/api/tasks?page=922337203685477580", 422, "không được lớn hơn 10000", id="api-tasks-page-overflow"),
    pytest.param("/?page=0", 400, "phải từ 1 trở lên", id="search-page-zero"),
    pytest.param("/?page=abc", 400, "phải là số nguyên", id="search-page-text"),
    pytest.param("/?year=abc", 400, "Năm “abc” không hợp lệ", id="search-year-text"),
    pytest.param("/api/search?year=99999", 422, "không hợp lệ", id="api-year-out-of-range"),
    pytest.param("/?date_from=31/02/2025", 400, "không phải ngày hợp lệ", id="impossible-date"),
    pytest.param("/tasks?due_to=hôm nay", 400, "không phải ngày hợp lệ", id="task-date-words"),
    pytest.param("/?sort=random", 400, "sắp xếp", id="unknown-sort"),
    pytest.param(f"/chain/{PLAN_URL}?depth=9", 400, "không được lớn hơn 5", id="chain-depth"),
    pytest.param("/api/graph/x?depth=-1", 422, "phải từ 1 trở lên", id="api-graph-depth"),
    pytest.param("/cited/99/XYZ", 404, "Không văn bản nào", id="cited-unknown"),
    pytest.param("/doc/nope", 404, "Không có văn bản", id="doc-unknown"),
    pytest.param("/khong-co", 404, "Không có trang này", id="no-route"),
    pytest.param("/api/khong-co", 404, "Không có trang này", id="api-no-route"),
    pytest.param(f"/api/documents/{PLAN_URL}/tasks.pdf", 404, "Định dạng xuất", id="export-format"),
])
def test_bad_parameters_get_vietnamese_errors_never_500(client: TestClient, url: str, status: int, message: str) -> None:
    answer = client.get(url)
    assert answer.status_code == status
    if url.startswith("/api/"):
        assert message in answer.json()["detail"]
    else:
        assert answer.headers["content-type"].startswith("text/html") and message in answer.text
        assert '<html lang="vi">' in answer.text and '"detail"' not in answer.text


def test_an_unexpected_error_is_a_vietnamese_page_with_the_headers(app: Any) -> None:
    def broken(query: Any) -> Any:
        raise RuntimeError("/srv/secret/path")

    app.state.store.search = broken
    client = TestClient(app, base_url="http://127.0.0.1:8765", raise_server_exceptions=False)
    for url in ("/?q=x", "/api/search?q=x"):
        answer = client.get(url)
        assert answer.status_code == 500 and "Đã có lỗi" in answer.text and "/srv/secret" not in answer.text
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


def test_a_page_past_the_end_says_so(client: TestClient) -> None:
    assert "vượt quá số trang (1)" in client.get("/", params={"q": "cai cach", "page": 50}).text
    assert "vượt quá số trang (1)" in client.get("/tasks", params={"page": 9}).text


def test_a_long_query_answers_fast_with_a_notice(client: TestClient) -> None:
    for text in ("văn bản " * 1250, "a b " * 2500):
        started = time.monotonic()
        page = client.get("/", params={"q": text})
        assert page.status_code == 200 and time.monotonic() - started < 1.0
        assert "Câu tìm kiếm quá dài" in page.text
    data = client.get("/api/search", params={"q": "cải cách " * 2000}).json()
    assert data["total"] >= 1 and "Câu tìm kiếm quá dài" in data["notices"][0]


def test_search_by_date_range_and_sorted_by_date(client: TestClient) -> None:
    newest = client.get("/api/search", params={"q": "", "sort": "newest"}).json()["hits"]
    assert [h["date"] for h in newest] == sorted((h["date"] for h in newest), reverse=True)
    oldest = client.get("/api/search", params={"q": "chính sách cán bộ kế hoạch", "sort": "oldest"}).json()["hits"]
    assert [h["date"] for h in oldest] == sorted(h["date"] for h in oldest)
    in_2025 = client.get("/api/search", params={"date_from": "01/01/2025", "date_to": "2025-12-31"}).json()["hits"]
    assert [hit["number"] for hit in in_2025] == ["150/KH-UBND"]


def test_people_see_numbers_and_dates_not_keys(client: TestClient) -> None:
    board = client.get("/tasks").text
    assert ">150/KH-UBND<" in board and "@2025@" not in board
    doc = client.get(f"/doc/{PLAN_URL}").text
    assert "10/02/2025" in doc and "2025-02-10" not in doc
    assert "sha:" not in client.get("/cited/80/2015/QH13").text


@pytest.mark.parametrize(("row", "title"), [
    pytest.param({"id": None, "key": "45/TTr-SNV@2026@hưng yên", "title": "45/TTr-SNV@2026@hưng yên"}, "45/TTr-SNV",
                 id="cited-key-with-place"),
    pytest.param({"id": None, "key": "76/NQ-CP@2021", "title": "76/NQ-CP@2021"}, "76/NQ-CP", id="cited-key-with-year"),
    pytest.param({"id": "sha:43e9c8cf00000000", "key": None, "title": "sha:43e9c8cf00000000"}, "(không số)",
                 id="no-number"),
    pytest.param({"id": "x", "key": None, "title": "/srv/vanban/uploads/abc.pdf"}, "abc.pdf", id="server-path"),
    pytest.param({"id": "x", "key": "x", "title": "Công văn 1520/BNV-TCBC hướng dẫn"},
                 "Công văn 1520/BNV-TCBC hướng dẫn", id="real-title-kept"),
])
def test_related_rows_are_titled_for_people(row: dict[str, Any], title: str) -> None:
    from web.views import public_related

    assert public_related({"cites": [row]})["cites"][0]["title"] == title


def test_task_board_counts_marks_overdue_and_exports(client: TestClient) -> None:
    board = client.get("/tasks").text
    assert "1 nhiệm vụ" in board and 'class="overdue"' in board and "Quá hạn" in board
    rows = list(csv.reader(io.StringIO(client.get("/tasks/export.csv", params={"body": "Sở Nội vụ"}).text.lstrip("\ufeff"))))
    assert rows[0][0] == "Văn bản" and rows[1][0] == "150/KH-UBND"
    sheet = load_workbook(io.BytesIO(client.get("/tasks/export.xlsx").content)).active
    assert sheet["A2"].value == "150/KH-UBND" and sheet["G2"].value == "30/06/2025"


def test_document_page_puts_tasks_after_the_text_and_links_footnotes(client: TestClient) -> None:
    page = client.get(f"/doc/{PLAN_URL}").text
    assert page.index('class="doctext"') < page.index('id="task-table"')
    assert '<sup class="fn"><a href="#fn-1" id="ref-1">1</a></sup> năm 2025' in page
    assert '<li id="fn-1">' in page and 'href="/?q=42/KH-SNV"' in page


def test_favicon(client: TestClient) -> None:
    answer = client.get("/favicon.ico")
    assert answer.status_code == 200 and answer.content[:4] == b"\x00\x00\x01\x00"


@pytest.mark.parametrize(("query", "first", "also"), [
    pytest.param("178/NĐ-CP", "178/2024/NĐ-CP", "150/KH-UBND", id="number-and-code-without-year"),
    pytest.param("150/KH", "150/KH-UBND", None, id="number-and-first-code-part"),
    pytest.param("ke hoach 150", "150/KH-UBND", None, id="type-words-and-number"),
    pytest.param("nghị định 178", "178/2024/NĐ-CP", "88/SNV-VP", id="type-words-find-a-loose-print"),
    pytest.param("178/2024/NĐ-CP", "178/2024/NĐ-CP", "88/SNV-VP", id="printed-178/2024/NĐCP-is-found"),
])
def test_number_search(client: TestClient, query: str, first: str, also: str | None) -> None:
    numbers = [hit["number"] for hit in client.get("/api/search", params={"q": query}).json()["hits"]]
    assert numbers[0] == first
    assert also is None or also in numbers


def test_a_200_node_chain_is_grouped_and_laid_out_in_under_2_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from web.app import create_app

    client = TestClient(create_app(str(wide_store(tmp_path)), tmp_path / "u"), base_url="http://127.0.0.1")
    started = time.monotonic()
    data = client.get("/api/graph/5%2FKH-UBND%402026%40h%C6%B0ng%20y%C3%AAn", params={"depth": 1}).json()
    seconds = time.monotonic() - started
    print(f"\n200-node chain: {seconds * 1000:.0f} ms for {len(data['nodes'])} nodes drawn")
    assert seconds < 2.0, seconds
    labels = {node["label"] for node in data["nodes"] if node["group"]}
    assert labels == {"+88 văn bản khác", "+87 văn bản khác"}  # 200 = root + 12 + 88 cited + 12 + 87 citing
    assert data["layout"] == "dot" and all(edge["points"] for edge in data["edges"])
    xs = {node["level"]: node["x"] for node in data["nodes"]}
    assert xs[-1] < xs[0] < xs[1]  # citing documents left, cited ones right
    monkeypatch.setattr("web.chain.LEVEL_CAP", 1000)  # every node drawn: dot lays out all 200
    started = time.monotonic()
    data = client.get("/api/graph/5%2FKH-UBND%402026%40h%C6%B0ng%20y%C3%AAn", params={"depth": 1}).json()
    seconds = time.monotonic() - started
    print(f"200-node chain, no grouping: {seconds * 1000:.0f} ms for {len(data['nodes'])} nodes drawn")
    assert len(data["nodes"]) == 200 and seconds < 2.0


def test_an_upload_that_cannot_be_read_says_why(client: TestClient) -> None:
    token, shown = _extracted(client, "hỏng.pdf", b"%PDF-1.4\n" + bytes(random.Random(3).getrandbits(8) for _ in range(3000)))
    state = client.get(f"/api/uploads/{token}").json()
    assert state["state"] == "failed" and state["error"].startswith("Không đọc được tệp hỏng.pdf:")
    assert shown.status_code == 422 and "Không đọc được tệp hỏng.pdf" in shown.text
    assert client.post("/upload/ingest", data={"token": token}).status_code == 409


@pytest.mark.parametrize("key", ["tasks", "citations", "bodies", "deadlines"])
def test_span_view_draws_the_stored_spans_with_displacy(client: TestClient, key: str) -> None:
    """/spans/ID draws the document's spans with displaCy's span renderer (offline, inline styles
    allowed on that page only, scripts still only from the app), the document text escaped."""
    from web.security import SPANS_CSP

    answer = client.get(f"/spans/{PLAN_URL}", params={"key": key})
    assert answer.status_code == 200
    assert answer.headers.get_list("content-security-policy") == [SPANS_CSP]
    assert "style-src 'self' 'unsafe-inline'" in SPANS_CSP and "script-src 'self';" in SPANS_CSP
    page = answer.text
    assert HOSTILE not in page
    if key == "citations":
        assert '<div class="displacy-spans"><div class="spans"' in page and "Căn cứ" in page
        assert "&lt; script &gt; alert(1)&lt;/script &gt;" in page  # the hostile text is drawn, escaped


def test_span_view_refuses_an_unknown_key_and_stays_strict_elsewhere(client: TestClient) -> None:
    assert client.get(f"/spans/{PLAN_URL}", params={"key": "nope"}).status_code == 400
    assert "unsafe-inline" not in client.get(f"/doc/{PLAN_URL}").headers["content-security-policy"]
    assert 'id="spans-link"' in client.get(f"/doc/{PLAN_URL}").text
