"""The web app for legal staff (``vanban serve``): search, read, follow the chain, take the tasks.

Pages are rendered on the server with Jinja2 (autoescaping on); scripts are static files (no inline
script: the Content-Security-Policy forbids it); the chain page draws a layout computed by
Graphviz ``dot``; Swagger UI for the REST API comes from the ``swagger-ui-bundle`` package.
Nothing is loaded from outside the app. ``web.security`` guards hosts and origins; uploads are
extracted in a worker process (``web.uploads``); searches are capped and timed (``web.querying``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.status import page_validity
from search.store import SearchQuery, SearchResults, Store
from web import exports, views
from web.querying import (
    MAX_PAGE,
    NUMBER_WINDOW,
    SORTS,
    ParameterError,
    cap_query,
    date_param,
    own_numbers_first,
    query_numbers,
    sort_param,
    timed_search,
    year_param,
)
from web.security import LOOPBACK_HOSTS, SECURITY_HEADERS, SPANS_CSP, SecurityMiddleware
from web.uploads import ACTIVE, UploadError, Uploads

HERE = Path(__file__).parent
PAGE_SIZE = 10
OPENAPI_VERSION = "3.0.3"
WARM_QUERY = "Sở Nội vụ chủ trì tham mưu"  # segmented words: loads the segmenter
TASK_PAGE_SIZE = 50
SORT_WINDOW = 200  # a search sorted by date orders its best this many matches
ERROR_TITLES = {400: "Yêu cầu không hợp lệ", 403: "Bị từ chối", 404: "Không tìm thấy", 405: "Không được phép",
                409: "Chưa sẵn sàng", 413: "Tệp quá lớn", 415: "Định dạng không được hỗ trợ",
                422: "Không xử lý được", 500: "Lỗi máy chủ"}
NOT_FOUND = "Không có trang này."
VALIDATION_HINTS = {"int_parsing": "phải là số nguyên", "greater_than_equal": "phải từ {ge} trở lên",
                    "less_than_equal": "không được lớn hơn {le}", "missing": "còn thiếu"}


def create_app(store_location: str, upload_dir: str | Path = "var/uploads",
               hosts: Iterable[str] = LOOPBACK_HOSTS) -> FastAPI:
    """The app over the store at ``store_location`` (SQLite path or Elasticsearch URL), answering
    only requests whose Host is one of ``hosts``."""
    from search import open_store

    app = FastAPI(title="vanban", version="0.1.0", docs_url=None, redoc_url=None, lifespan=_lifespan,
                  description="Tìm kiếm văn bản chỉ đạo điều hành, đọc căn cứ và nhiệm vụ, theo dõi sơ đồ dẫn chiếu.")
    app.openapi_version = OPENAPI_VERSION  # Swagger UI 4.15 (swagger-ui-bundle) cannot read 3.1
    app.state.store = open_store(store_location)
    app.state.uploads = Uploads(Path(upload_dir))
    _mount_swagger(app)  # before /static, which would otherwise take /static/swagger
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(doc_url=views.doc_url, link=views.link, page_window=views.page_window, number=views.shown_number, file_name=views.file_name)
    templates.env.filters["vndate"] = views.vn_date
    app.state.templates = templates
    _errors(app)
    _pages(app)
    _upload_pages(app)
    _api(app)
    app.add_middleware(SecurityMiddleware, hosts=frozenset(h.lower() for h in hosts))
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Load the word segmenter before the first request (its first import takes seconds), stop the
    upload thread at the end."""
    import anyio

    from search.analyzer import analyze_query

    await anyio.to_thread.run_sync(analyze_query, WARM_QUERY)
    yield
    app.state.uploads.close()


def _mount_swagger(app: FastAPI) -> None:
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")

    @app.get("/api/docs", include_in_schema=False)
    def swagger(request: Request) -> HTMLResponse:
        return _render(request, "swagger.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(HERE / "static" / "favicon.ico", media_type="image/x-icon")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _uploads(request: Request) -> Uploads:
    uploads: Uploads = request.app.state.uploads
    return uploads


def _render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def _record(store: Store, doc_id: str) -> dict[str, Any]:
    record = store.get(doc_id)
    if record is None:
        raise HTTPException(status_code=404, detail=f"Không có văn bản “{views.shown_number(doc_id)}” trong kho.")
    return record


def _bad(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


# ---------------------------------------------------------------- errors


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": message}, status_code=status)
    return _render(request, "error.html", status_code=status, status=status,
                   title=ERROR_TITLES.get(status, "Lỗi"), message=message)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        name = str(error.get("loc", ["", "?"])[-1])
        hint = VALIDATION_HINTS.get(str(error.get("type")), "không hợp lệ").format(**(error.get("ctx") or {}))
        parts.append(f"tham số “{name}” {hint}")
    return "Yêu cầu không hợp lệ: " + "; ".join(parts) + "."


def _errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # our own HTTPExceptions say what is wrong in Vietnamese; Starlette's (no route, wrong method) do not
        ours = isinstance(exc, HTTPException) and isinstance(exc.detail, str)
        fallback = NOT_FOUND if exc.status_code == 404 else ERROR_TITLES.get(exc.status_code, "Lỗi")
        return _error(request, exc.status_code, str(exc.detail) if ours else fallback)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422 if _is_api(request) else 400, _validation_message(exc))

    @app.exception_handler(ParameterError)
    async def parameter_error(request: Request, exc: ParameterError) -> Response:
        return _error(request, 422 if _is_api(request) else 400, str(exc))

    @app.exception_handler(UploadError)
    async def upload_error(request: Request, exc: UploadError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.message}, status_code=exc.status)
        return _render(request, "upload.html", status_code=exc.status, error=exc.message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # answered by Starlette's outermost middleware, outside SecurityMiddleware: add its headers here
        response = _error(request, 500, "Đã có lỗi khi xử lý yêu cầu; hãy thử lại hoặc báo cho người quản trị.")
        for name, value in SECURITY_HEADERS:
            response.headers[name.decode()] = value.decode()
        return response


# ---------------------------------------------------------------- search


def _search(store: Store, q: str, type_: str, issuer: str, body: str, year: str, date_from: str,
            date_to: str, sort: str, page: int, size: int = PAGE_SIZE) -> tuple[SearchResults, list[str]]:
    """The page of results and the notices to show (query capped, search stopped)."""
    capped = cap_query(q)
    chosen = year_param(year)
    query = SearchQuery(text=capped.text, type=type_ or None, issuer=issuer or None, body=body or None,
                        year_from=chosen, year_to=chosen, date_from=date_param(date_from, "Từ ngày"),
                        date_to=date_param(date_to, "Đến ngày"), page=page, size=size)
    numbers = query_numbers(capped.text) if page * size <= NUMBER_WINDOW else set()
    if sort_param(sort):  # by date: the best SORT_WINDOW matches, ordered by date, then the page of them
        query.page, query.size = 1, SORT_WINDOW
    elif numbers:
        query.page, query.size = 1, NUMBER_WINDOW
    results, stopped = timed_search(store, query)
    if sort:
        results.hits.sort(key=lambda h: h.date or "", reverse=sort == "newest")
        results.total = min(results.total, SORT_WINDOW)
    elif numbers:
        own_numbers_first(results, numbers)
    results.hits = results.hits[(page - 1) * size:page * size] if query.page != page or query.size != size \
        else results.hits
    results.page, results.size = page, size
    return results, [n for n in (capped.notice, stopped) if n]


def _pages(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", type: str = "", issuer: str = "", body: str = "",
                    year: str = "", date_from: str = "", date_to: str = "", sort: str = "",
                    page: int = Query(1, ge=1, le=MAX_PAGE)) -> HTMLResponse:
        # the form sends every field, empty ones as "": an empty year means any year
        results, notices = _search(_store(request), q, type, issuer, body, year, date_from, date_to, sort, page)
        pages = max(1, -(-results.total // PAGE_SIZE))
        filters = {"type": type, "issuer": issuer, "body": body, "year": year, "date_from": date_from,
                   "date_to": date_to, "sort": sort}
        return _render(request, "search.html", q=q, page=page, results=results, pages=pages, notices=notices,
                       snippet=views.snippet_html, filters=filters, sorts=SORTS, past_end=page > pages)

    @app.get("/doc/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        from search.related import related
        from web.chain import CachedStore

        store = _store(request)
        record = _record(store, doc_id)
        targets = views.citation_targets(CachedStore(store), record)  # type: ignore[arg-type]
        validity = page_validity(store, record)
        stale = frozenset(s["key"] for s in validity["stale"])
        blocks = views.text_blocks(record, targets, views.constitution_id(store), stale)
        return _render(request, "document.html", record=record, doc=record.get("document") or {},
                       validity=validity, body=[b for b in blocks if b.kind != "footnote"],
                       notes=views.footnotes(record),
                       tasks=record.get("tasks") or [], related=views.public_related(related(store, doc_id, limit=8)),
                       has_original=views.original_path(record) is not None)

    @app.get("/spans/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def spans_page(request: Request, doc_id: str, key: str = "tasks") -> HTMLResponse:
        """The document's citation, task, body or deadline spans drawn by displaCy's span renderer."""
        if key not in views.SPAN_KEYS:
            raise _bad(f"Loại đánh dấu “{key}” không có; chọn một trong: {', '.join(views.SPAN_KEYS)}.")
        record = _record(_store(request), doc_id)
        answer = _render(request, "spans.html", record=record, doc=record.get("document") or {}, key=key,
                         keys=views.SPAN_KEYS, **views.displacy_spans(record, key))
        answer.headers["content-security-policy"] = SPANS_CSP
        return answer

    @app.get("/original/{doc_id:path}", include_in_schema=False)
    def original_file(request: Request, doc_id: str) -> FileResponse:
        record = _record(_store(request), doc_id)
        path = views.original_path(record)
        if path is None:
            raise HTTPException(status_code=404, detail="Không còn tệp gốc của văn bản này trên máy chủ.")
        return FileResponse(path, filename=views.file_name(record), content_disposition_type="attachment")

    @app.get("/cited/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def cited_page(request: Request, key: str) -> HTMLResponse:
        edges = _store(request).citations_to(key)
        if not edges:
            raise HTTPException(status_code=404, detail=f"Không văn bản nào trong kho dẫn chiếu “{views.shown_number(key)}”.")
        return _render(request, "cited.html", key=key, edges=edges)

    @app.get("/chain/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def chain_page(request: Request, doc_id: str, depth: int = Query(2, ge=1, le=5)) -> HTMLResponse:
        record = _record(_store(request), doc_id)
        return _render(request, "chain.html", record=record, doc_id=doc_id, depth=depth)

    @app.get("/tasks", response_class=HTMLResponse, include_in_schema=False)
    def tasks_page(request: Request, body: str = "", q: str = "", due_from: str = "", due_to: str = "",
                   page: int = Query(1, ge=1, le=MAX_PAGE)) -> HTMLResponse:
        rows = _task_rows(_store(request), body, q, due_from, due_to)
        pages = max(1, -(-len(rows) // TASK_PAGE_SIZE))
        shown = rows[(page - 1) * TASK_PAGE_SIZE:page * TASK_PAGE_SIZE]
        filters = {"body": body, "q": q, "due_from": due_from, "due_to": due_to}
        return _render(request, "tasks.html", rows=shown, total=len(rows), page=page, pages=pages,
                       filters=filters, today=views.today(), past_end=page > pages)

    @app.get("/tasks/export.{fmt}", include_in_schema=False)
    def tasks_export(request: Request, fmt: str, body: str = "", q: str = "", due_from: str = "",
                     due_to: str = "") -> Response:
        return exports.task_export(_task_rows(_store(request), body, q, due_from, due_to), fmt, "nhiem-vu")


def _task_rows(store: Store, body: str, q: str, due_from: str, due_to: str) -> list[dict[str, Any]]:
    """Every task matching the filters (the board counts, pages and exports them)."""
    query = SearchQuery(text=cap_query(q).text, body=body or None, date_from=date_param(due_from, "Hạn từ"),
                        date_to=date_param(due_to, "Hạn đến"), page=1, size=exports.MAX_ROWS)
    return store.search_tasks(query)


# ---------------------------------------------------------------- uploads


def _upload_pages(app: FastAPI) -> None:
    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_form(request: Request) -> HTMLResponse:
        return _render(request, "upload.html", error=None)

    @app.post("/upload", include_in_schema=False)
    async def upload(request: Request, file: Annotated[UploadFile, File()]) -> RedirectResponse:
        import anyio

        data = await file.read(_upload_limit() + 1)
        # hashing, the checks and the store look-up run in a thread: the event loop stays free
        job = await anyio.to_thread.run_sync(_submit, request, data, file.filename or "")
        return RedirectResponse(f"/upload/{job.token}", status_code=303)

    @app.get("/upload/{token}", response_class=HTMLResponse, include_in_schema=False)
    def upload_state(request: Request, token: str) -> HTMLResponse:
        job = _job(request, token)
        if job.state in ACTIVE:
            return _render(request, "upload_progress.html", job=job)
        if job.state == "failed":
            return _render(request, "upload.html", status_code=422, error=job.error)
        return _render(request, "upload_result.html", record=job.record or {}, job=job)

    @app.post("/upload/ingest", include_in_schema=False)
    def upload_ingest(request: Request, token: Annotated[str, Form()]) -> RedirectResponse:
        doc_id = _uploads(request).store(_job(request, token), _store(request))
        return RedirectResponse(views.doc_url(doc_id), status_code=303)


def _upload_limit() -> int:
    from web import uploads

    return uploads.MAX_UPLOAD


def _submit(request: Request, data: bytes, name: str) -> Any:
    """Queue an upload; a copy of a stored document goes to that document instead."""
    import hashlib

    from web.uploads import stored_with_hash

    known = stored_with_hash(_store(request), hashlib.sha256(data).hexdigest())
    if known is not None:
        raise _Duplicate(known)
    return _uploads(request).submit(data, name)


class _Duplicate(Exception):
    def __init__(self, doc_id: str) -> None:
        super().__init__(doc_id)
        self.doc_id = doc_id


def _job(request: Request, token: str) -> Any:
    job = _uploads(request).get(token)
    if job is None:
        raise HTTPException(status_code=404, detail="Không có tệp tải lên nào với mã này (mã sai hoặc đã hết hạn).")
    return job


# ---------------------------------------------------------------- REST API


def _api(app: FastAPI) -> None:
    @app.exception_handler(_Duplicate)
    async def duplicate(request: Request, exc: _Duplicate) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": "Văn bản này đã có trong kho.", "id": exc.doc_id}, status_code=409)
        return _render(request, "upload.html", status_code=409, error=None, duplicate=exc.doc_id)

    @app.get("/api/search", tags=["search"])
    def api_search(request: Request, q: str = "", type: str = "", issuer: str = "", body: str = "",
                   year: str = "", date_from: str = "", date_to: str = "", sort: str = "",
                   page: int = Query(1, ge=1, le=MAX_PAGE), size: int = Query(10, ge=1, le=100)) -> dict[str, Any]:
        """Ranked documents with snippets (highlight offsets into the snippet) and facet counts;
        ``notices`` says when the query was capped or the search stopped at its time budget."""
        results, notices = _search(_store(request), q, type, issuer, body, year, date_from, date_to, sort,
                                   page, size)
        data = asdict(results)
        for hit in data["hits"]:
            hit["source"] = views.file_name(hit)
        return {**data, "notices": notices}

    @app.get("/api/documents/{doc_id:path}/tasks.{fmt}", tags=["tasks"])
    def api_task_export(request: Request, doc_id: str, fmt: str) -> Response:
        """A document's tasks as CSV, XLSX or JSON, ready for a tracking sheet."""
        record = _record(_store(request), doc_id)
        rows = [{**task, "doc_id": record.get("id")} for task in record.get("tasks") or []]
        return exports.task_export(rows, fmt, "nhiem-vu-" + str(record.get("id")))

    @app.get("/api/documents/{doc_id:path}/related", tags=["documents"])
    def api_related(request: Request, doc_id: str) -> dict[str, Any]:
        """Documents sharing citations with it, citing it, cited by it, and similar."""
        from search.related import related

        _record(_store(request), doc_id)
        return views.public_related(related(_store(request), doc_id))

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def api_document(request: Request, doc_id: str) -> dict[str, Any]:
        """The full record: metadata, text, footnotes, structure, citations, tasks (``source``: the file name)."""
        return views.public_record(_record(_store(request), doc_id))

    @app.get("/api/graph/{doc_id:path}", tags=["graph"])
    def api_graph(request: Request, doc_id: str, depth: int = Query(2, ge=1, le=5)) -> dict[str, Any]:
        """Nodes and edges within ``depth`` citation steps of a document (both directions), laid out."""
        from web.chain import graph_json

        return graph_json(_store(request), _record(_store(request), doc_id), depth)

    @app.get("/api/tasks", tags=["tasks"])
    def api_tasks(request: Request, body: str = "", q: str = "", due_from: str = "", due_to: str = "",
                  page: int = Query(1, ge=1, le=MAX_PAGE), size: int = Query(50, ge=1, le=500)) -> list[dict[str, Any]]:
        """Tasks across all documents, filtered by body and deadline."""
        return _task_rows(_store(request), body, q, due_from, due_to)[(page - 1) * size:page * size]

    @app.get("/api/uploads/{token}", tags=["documents"])
    def api_upload_state(request: Request, token: str) -> dict[str, Any]:
        """The state of an upload: queued, extracting, done, failed or stored."""
        return _job(request, token).status()

    @app.post("/api/extract", tags=["documents"])
    def api_extract(request: Request, file: Annotated[UploadFile, File()]) -> JSONResponse:
        """Extract an uploaded PDF/DOCX/DOC without storing it (waits for the extraction, off the event
        loop); returns the extraction and a token for ``POST /api/documents``."""
        job = _uploads(request).wait(_submit(request, file.file.read(_upload_limit() + 1), file.filename or ""))
        if job.state == "failed":
            raise UploadError(422, job.error)
        return JSONResponse({"token": job.token, "extraction": views.public_record(job.record or {})})

    @app.post("/api/documents", tags=["documents"])
    def api_ingest(request: Request, token: Annotated[str, Form()]) -> dict[str, str]:
        """Store an upload given by the token ``/api/extract`` returned."""
        return {"id": _uploads(request).store(_job(request, token), _store(request))}
