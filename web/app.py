"""The web app for legal staff (``vanban serve``): search, read, follow the chain, take the tasks.

Pages are rendered on the server with Jinja2 (autoescaping on); the chain page draws its graph
with the app's own script; Swagger UI for the REST API comes from the ``swagger-ui-bundle``
package. Nothing is loaded from outside the app.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from search.store import SearchQuery, Store
from web import views

HERE = Path(__file__).parent
MAX_UPLOAD = 25 * 1024 * 1024  # bytes
UPLOAD_TYPES = {b"%PDF": "pdf", b"PK\x03\x04": "docx", b"\xd0\xcf\x11\xe0": "doc"}
PAGE_SIZE = 10


def create_app(store_location: str, upload_dir: str | Path = "var/uploads") -> FastAPI:
    """The app over the store at ``store_location`` (SQLite path or Elasticsearch URL)."""
    from search import open_store

    app = FastAPI(title="vanban", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Search Vietnamese directives, read their citations and tasks, follow the chain.")
    app.state.store = open_store(store_location)
    app.state.uploads = Path(upload_dir)
    _mount_swagger(app)  # before /static, which would otherwise take /static/swagger
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["doc_url"] = views.doc_url
    app.state.templates = templates
    _pages(app)
    _api(app)
    return app


def _mount_swagger(app: FastAPI) -> None:
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")

    @app.get("/api/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="vanban API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context)


def _record(store: Store, doc_id: str) -> dict[str, Any]:
    record = store.get(doc_id)
    if record is None:
        raise HTTPException(status_code=404, detail=f"no document {doc_id!r}")
    return record


def _query(q: str, type_: str | None, issuer: str | None, body: str | None, year: int | None,
           page: int, size: int = PAGE_SIZE) -> SearchQuery:
    return SearchQuery(text=q, type=type_ or None, issuer=issuer or None, body=body or None,
                       year_from=year, year_to=year, page=page, size=size)


# ---------------------------------------------------------------- pages


def _pages(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", type: str = "", issuer: str = "", body: str = "",
                    year: str = "", page: int = Query(1, ge=1)) -> HTMLResponse:
        # the form sends every field, empty ones as "": an empty year means any year
        query = _query(q, type, issuer, body, int(year) if year.strip().isdigit() else None, page)
        results = _store(request).search(query)
        pages = max(1, -(-results.total // PAGE_SIZE))
        return _render(request, "search.html", q=q, query=query, results=results, pages=pages,
                       snippet=views.snippet_html, filters={"type": type, "issuer": issuer, "body": body,
                                                            "year": year})

    @app.get("/doc/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        from search.related import related

        store = _store(request)
        record = _record(store, doc_id)
        blocks = views.text_blocks(record, views.citation_targets(store, record))
        from graph.status import page_validity  # features: validity badge and stale citations

        return _render(request, "document.html", record=record, doc=record.get("document") or {},
                       validity=page_validity(store, record), body=[b for b in blocks if b.kind != "footnote"], notes=record.get("footnotes") or [],
                       tasks=record.get("tasks") or [], related=related(store, doc_id, limit=8))

    @app.get("/cited/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def cited_page(request: Request, key: str) -> HTMLResponse:
        edges = _store(request).citations_to(key)
        return _render(request, "cited.html", key=key, edges=edges)

    @app.get("/chain/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def chain_page(request: Request, doc_id: str, depth: int = Query(2, ge=1, le=5)) -> HTMLResponse:
        record = _record(_store(request), doc_id)
        return _render(request, "chain.html", record=record, doc_id=doc_id, depth=depth)

    @app.get("/tasks", response_class=HTMLResponse, include_in_schema=False)
    def tasks_page(request: Request, body: str = "", q: str = "", due_from: str = "", due_to: str = "",
                   page: int = Query(1, ge=1)) -> HTMLResponse:
        query = SearchQuery(text=q, body=body or None, date_from=due_from or None, date_to=due_to or None,
                            page=page, size=50)
        rows = _store(request).search_tasks(query)
        return _render(request, "tasks.html", rows=rows, body=body, q=q, due_from=due_from, due_to=due_to,
                       page=page)

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_form(request: Request) -> HTMLResponse:
        return _render(request, "upload.html", error=None)

    @app.post("/upload", response_class=HTMLResponse, include_in_schema=False)
    async def upload(request: Request, file: Annotated[UploadFile, File()]) -> HTMLResponse:
        try:
            token = await _save_upload(request.app.state.uploads, file)
            record = _extract_upload(request.app.state.uploads, token)
        except HTTPException as exc:
            return HTMLResponse(_render(request, "upload.html", error=exc.detail).body, status_code=exc.status_code)
        return _render(request, "upload_result.html", record=record, token=token, name=file.filename or "")

    @app.post("/upload/ingest", include_in_schema=False)
    def upload_ingest(request: Request, token: Annotated[str, Form()]) -> RedirectResponse:
        doc_id = _ingest_upload(request.app.state.uploads, token, _store(request))
        return RedirectResponse(views.doc_url(doc_id), status_code=303)


# ---------------------------------------------------------------- uploads


async def _save_upload(folder: Path, file: UploadFile) -> str:
    """Store an upload under a name made from its content (never from the client's file name)."""
    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise HTTPException(status_code=413, detail=f"file over {MAX_UPLOAD // (1024 * 1024)} MB")
    if not data:
        raise HTTPException(status_code=400, detail="empty file")
    kind = next((fmt for magic, fmt in UPLOAD_TYPES.items() if data.startswith(magic)), None)
    if kind is None:
        raise HTTPException(status_code=415, detail="only PDF, DOCX and DOC files are accepted")
    token = f"{hashlib.sha256(data).hexdigest()[:32]}.{kind}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / token).write_bytes(data)
    return token


def _upload_path(folder: Path, token: str) -> Path:
    name = Path(token).name
    if name != token or not (folder / name).is_file():
        raise HTTPException(status_code=404, detail="unknown upload")
    return folder / name


def _extract_upload(folder: Path, token: str) -> dict[str, Any]:
    """Extract an upload in a worker process with the ingest time limit."""
    from pipeline.ingest import DEFAULT_TIMEOUT
    from pipeline.sources import file_item
    from pipeline.workers import WorkerPool

    path = _upload_path(folder, token)
    pool = WorkerPool(1, DEFAULT_TIMEOUT)
    for _, outcome in pool.run([file_item(path)]):
        if isinstance(outcome, dict):
            return outcome
        raise HTTPException(status_code=422, detail=f"cannot read this file: {outcome[0]} {outcome[1]}".strip())
    raise HTTPException(status_code=500, detail="extraction gave no result")


def _ingest_upload(folder: Path, token: str, store: Store) -> str:
    from pipeline.ingest import ingest

    path = _upload_path(folder, token)
    summary = ingest([str(path)], store, workers=1, progress=False)
    if summary.failed:
        failure = summary.failed[0]
        raise HTTPException(status_code=422, detail=f"{failure.reason} {failure.detail}".strip())
    if summary.ingested:
        return summary.ingested[0]
    known = store.source_hash(str(path.resolve()))
    if known is None:
        raise HTTPException(status_code=500, detail="the upload was not stored")
    return known[0]


# ---------------------------------------------------------------- REST API


def _api(app: FastAPI) -> None:
    @app.get("/api/search", tags=["search"])
    def api_search(request: Request, q: str = "", type: str = "", issuer: str = "", body: str = "",
                   year: int | None = None, page: int = Query(1, ge=1),
                   size: int = Query(10, ge=1, le=100)) -> dict[str, Any]:
        """Ranked documents with snippets (highlight offsets into the snippet) and facet counts."""
        from dataclasses import asdict

        results = _store(request).search(_query(q, type, issuer, body, year, page, size))
        return asdict(results)

    @app.get("/api/documents/{doc_id:path}/tasks.{fmt}", tags=["tasks"])
    def api_task_export(request: Request, doc_id: str, fmt: str) -> Response:
        """A document's tasks as CSV, XLSX or JSON, ready for a tracking sheet."""
        return _task_export(_record(_store(request), doc_id), fmt)

    @app.get("/api/documents/{doc_id:path}/related", tags=["documents"])
    def api_related(request: Request, doc_id: str) -> dict[str, Any]:
        """Documents sharing citations with it, citing it, cited by it, and similar."""
        from search.related import related

        _record(_store(request), doc_id)
        return related(_store(request), doc_id)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def api_document(request: Request, doc_id: str) -> dict[str, Any]:
        """The full record: metadata, text, footnotes, structure, citations, tasks."""
        return _record(_store(request), doc_id)

    @app.get("/api/graph/{doc_id:path}", tags=["graph"])
    def api_graph(request: Request, doc_id: str, depth: int = Query(2, ge=1, le=5)) -> dict[str, Any]:
        """Nodes and edges within ``depth`` citation steps of a document (both directions)."""
        return _graph_json(_store(request), doc_id, depth)

    @app.get("/api/tasks", tags=["tasks"])
    def api_tasks(request: Request, body: str = "", q: str = "", due_from: str = "", due_to: str = "",
                  page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=500)) -> list[dict[str, Any]]:
        """Tasks across all documents, filtered by body and deadline."""
        query = SearchQuery(text=q, body=body or None, date_from=due_from or None, date_to=due_to or None,
                            page=page, size=size)
        return _store(request).search_tasks(query)

    @app.post("/api/extract", tags=["documents"])
    async def api_extract(request: Request, file: Annotated[UploadFile, File()]) -> JSONResponse:
        """Extract an uploaded PDF/DOCX/DOC without storing it; returns the extraction and a token."""
        token = await _save_upload(request.app.state.uploads, file)
        return JSONResponse({"token": token, "extraction": _extract_upload(request.app.state.uploads, token)})

    @app.post("/api/documents", tags=["documents"])
    def api_ingest(request: Request, token: Annotated[str, Form()]) -> dict[str, str]:
        """Ingest an upload given by the token ``/api/extract`` returned."""
        return {"id": _ingest_upload(request.app.state.uploads, token, _store(request))}


def _graph_json(store: Store, doc_id: str, depth: int) -> dict[str, Any]:
    from graph.build import neighbourhood, node_key

    key = node_key(_record(store, doc_id))
    graph = neighbourhood(store, key, depth, "both")
    nodes = [{"key": n, "title": d.get("title"), "type": d.get("type"), "date": d.get("date"),
              "doc_id": d.get("doc_id"), "ingested": bool(d.get("ingested")), "root": n == key}
             for n, d in graph.nodes(data=True)]
    edges = [{"source": a, "target": b, "relation": d.get("relation"),
              "sentence": (d.get("evidence") or [{}])[0].get("sentence")} for a, b, d in graph.edges(data=True)]
    return {"root": key, "depth": depth, "nodes": nodes, "edges": edges}


def _task_export(record: dict[str, Any], fmt: str) -> Response:
    from parsers.tasks.report import TASK_COLUMNS, task_rows, tasks_json, to_csv, write_xlsx

    tasks = views.task_objects(record)
    stem = "tasks-" + "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in str(record.get("id")))[:60]
    if fmt == "json":
        return Response(json.dumps(tasks_json(tasks, False), ensure_ascii=False), media_type="application/json")
    if fmt == "csv":
        return Response("\ufeff" + to_csv(TASK_COLUMNS, task_rows(tasks)), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{stem}.csv"'})
    if fmt == "xlsx":
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "tasks.xlsx"
            write_xlsx(path, TASK_COLUMNS, task_rows(tasks))
            data = path.read_bytes()
        return Response(data, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": f'attachment; filename="{stem}.xlsx"'})
    raise HTTPException(status_code=404, detail="export formats: csv, xlsx, json")
