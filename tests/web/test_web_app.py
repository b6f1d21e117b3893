"""The web app's pages and REST API through FastAPI's test client (no browser)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from tests.web.conftest import HOSTILE, PLAN, ROOT

PLAN_URL = quote(PLAN["id"], safe="")


@pytest.fixture
def client(app: Any) -> TestClient:
    return TestClient(app)


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


def test_unknown_document_is_404(client: TestClient) -> None:
    assert client.get("/doc/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_task_exports(client: TestClient) -> None:
    rows = list(csv.reader(io.StringIO(client.get(f"/api/documents/{PLAN_URL}/tasks.csv").text.lstrip("\ufeff"))))
    assert rows[0][:3] == ["path", "responsible", "coordinating"]
    assert rows[1][:2] == ["II.1", "Sở Nội vụ"]
    sheet = load_workbook(io.BytesIO(client.get(f"/api/documents/{PLAN_URL}/tasks.xlsx").content)).active
    assert sheet["A2"].value == "II.1" and sheet["B1"].value == "responsible"
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
    assert bad.status_code == 415
    monkeypatch.setattr("web.app.MAX_UPLOAD", 10)
    big = client.post("/upload", files={"file": ("x.pdf", b"%PDF-1.4" + b"0" * 100, "application/pdf")})
    assert big.status_code == 413


def test_upload_token_cannot_escape_the_upload_folder(client: TestClient) -> None:
    for token in ("../web.sqlite", "..%2Fweb.sqlite", "/etc/passwd"):
        assert client.post("/upload/ingest", data={"token": token}).status_code == 404


def test_upload_extract_then_ingest_a_real_pdf(client: TestClient) -> None:
    pdf = ROOT / "corpus" / "pdf" / "hy-skhcn-tb-35-2026.pdf"
    shown = client.post("/upload", files={"file": ("../../evil name.pdf", pdf.read_bytes(), "application/pdf")})
    assert shown.status_code == 200 and "35/TB-SKHCN" in shown.text
    assert "<script>alert" not in shown.text
    token = shown.text.split('name="token" value="')[1].split('"')[0]
    stored = client.post("/upload/ingest", data={"token": token}, follow_redirects=False)
    assert stored.status_code == 303
    page = client.get(stored.headers["location"]).text
    assert "35/TB-SKHCN" in page and "<script>alert" not in page
