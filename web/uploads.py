"""Uploads: checked on arrival, extracted in a worker process off the event loop, stored on request.

An upload gets a random token (``secrets.token_urlsafe``) that names it and nothing else: the file
is saved as ``<token>.<kind>``, never under the client's name. Extraction runs one upload at a time
in a background thread that waits on a ``WorkerPool`` process with the ``vanban ingest`` time limit
(the readers apply the same size and page limits), so the server keeps answering meanwhile; the
page polls the upload's state. A byte-identical copy of a stored document is recognised by its
SHA-256 instead of being stored twice.
"""

from __future__ import annotations

import hashlib
import io
import secrets
import threading
import time
import zipfile
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from search.store import Store

MAX_UPLOAD = 25 * 1024 * 1024  # bytes
MAX_XML_BYTES = 30 * 1024 * 1024  # uncompressed XML of a .docx (a 210 KB zip bomb expands to 60 MB)
MIN_LETTERS = 20  # an extraction with fewer letters is not a document
KEPT_UPLOADS = 200  # upload states kept in memory (oldest forgotten first)
UPLOAD_TYPES = {b"%PDF": "pdf", b"PK\x03\x04": "docx", b"\xd0\xcf\x11\xe0": "doc"}
# An OLE2 (.doc) header: byte order mark FFFE at 28, sector shift 9 or 12 at 30
OLE_BYTE_ORDER = b"\xfe\xff"
OLE_SECTOR_SHIFTS = (b"\x09\x00", b"\x0c\x00")
ACTIVE = ("queued", "extracting")
STATE_LABELS = {"queued": "Đang chờ trích xuất", "extracting": "Đang trích xuất", "done": "Đã trích xuất",
                "failed": "Không đọc được", "stored": "Đã lưu vào kho"}
FAILURE_REASONS = {
    "timeout": "quá thời gian trích xuất cho phép",
    "too-large": "tệp vượt giới hạn kích thước hoặc số trang",
    "crashed": "bộ trích xuất dừng bất thường",
    "encrypted": "tệp được đặt mật khẩu",
    "corrupt": "tệp bị hỏng",
    "unsupported": "định dạng không được hỗ trợ",
    "empty": "tệp không có nội dung",
}


class UploadError(Exception):
    """An upload refused with a status code and a message for people (Vietnamese)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Upload:
    token: str
    name: str  # the client's file name, for display only
    kind: str
    sha256: str
    path: Path
    state: str = "queued"
    record: dict[str, Any] | None = None
    error: str = ""
    doc_id: str | None = None
    created: float = field(default_factory=time.monotonic)
    finished: float | None = None

    def status(self) -> dict[str, Any]:
        end = self.finished or time.monotonic()
        return {"token": self.token, "name": self.name, "state": self.state, "label": STATE_LABELS[self.state],
                "seconds": round(end - self.created, 1), "error": self.error, "doc_id": self.doc_id}


def check_content(data: bytes) -> str:
    """The upload's kind (pdf, docx, doc) from its content; UploadError when it is not one."""
    if len(data) > MAX_UPLOAD:
        raise UploadError(413, f"Tệp lớn hơn {MAX_UPLOAD // (1024 * 1024)} MB.")
    if not data:
        raise UploadError(400, "Tệp rỗng.")
    kind = next((fmt for magic, fmt in UPLOAD_TYPES.items() if data.startswith(magic)), None)
    if kind is None:
        raise UploadError(415, "Chỉ nhận tệp PDF, DOCX và DOC.")
    if kind == "docx":
        _check_docx(data)
    if kind == "doc" and (data[28:30] != OLE_BYTE_ORDER or data[30:32] not in OLE_SECTOR_SHIFTS):
        raise UploadError(422, "Tệp mang dấu hiệu Word (.doc) nhưng phần đầu tệp không hợp lệ: không phải văn bản Word.")
    return kind


def _check_docx(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            xml = sum(info.file_size for info in archive.infolist() if info.filename.endswith((".xml", ".rels")))
    except zipfile.BadZipFile as exc:
        raise UploadError(422, "Tệp mang dấu hiệu DOCX nhưng không giải nén được: tệp hỏng.") from exc
    if "word/document.xml" not in names:
        raise UploadError(422, "Tệp nén này không phải văn bản Word (.docx).")
    if xml > MAX_XML_BYTES:
        raise UploadError(413, f"Tệp DOCX giải nén ra {xml // (1024 * 1024)} MB XML, vượt giới hạn "
                               f"{MAX_XML_BYTES // (1024 * 1024)} MB (tệp nén bất thường).")


def stored_with_hash(store: Store, sha256: str) -> str | None:
    """The id of a stored document with this content hash."""
    return next((doc["id"] for doc in store.iter_documents() if doc.get("sha256") == sha256), None)


class Uploads:
    """The uploads of one app: saved files, their states, one extraction at a time in the background."""

    def __init__(self, folder: Path, timeout: float | None = None) -> None:
        from pipeline.ingest import DEFAULT_TIMEOUT

        self.folder = folder
        self.timeout = timeout or DEFAULT_TIMEOUT
        self._jobs: OrderedDict[str, Upload] = OrderedDict()
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vanban-upload")
        self._futures: dict[str, Future[None]] = {}

    def submit(self, data: bytes, name: str) -> Upload:
        """Save a checked upload under a new random token and queue its extraction."""
        kind = check_content(data)
        sha256 = hashlib.sha256(data).hexdigest()
        with self._lock:
            same = next((job for job in self._jobs.values() if job.sha256 == sha256 and job.state != "failed"), None)
            if same is not None:
                return same
        token = secrets.token_urlsafe(18)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{token}.{kind}"
        path.write_bytes(data)
        job = Upload(token=token, name=Path(name.replace("\\", "/")).name or f"tệp.{kind}", kind=kind,
                     sha256=sha256, path=path)
        with self._lock:
            self._jobs[token] = job
            while len(self._jobs) > KEPT_UPLOADS:
                self._jobs.popitem(last=False)
            self._futures[token] = self._executor.submit(self._extract, job)
        return job

    def get(self, token: str) -> Upload | None:
        with self._lock:
            return self._jobs.get(token)

    def wait(self, job: Upload) -> Upload:
        future = self._futures.get(job.token)
        if future is not None:
            future.result(timeout=self.timeout + 60)
        return job

    def _extract(self, job: Upload) -> None:
        from pipeline.sources import Item
        from pipeline.workers import WorkerPool

        job.state = "extracting"
        item = Item(source=str(job.path), path=str(job.path), sha256=job.sha256)
        try:
            for _, outcome in WorkerPool(1, self.timeout).run([item]):
                if isinstance(outcome, dict):
                    self._accept(job, outcome)
                else:
                    self._fail(job, FAILURE_REASONS.get(outcome[0], "lỗi khi đọc tệp"))
        except Exception as exc:  # noqa: BLE001 - a broken upload must never take the server with it
            self._fail(job, f"lỗi khi đọc tệp ({type(exc).__name__})")
        finally:
            job.finished = time.monotonic()
            self._futures.pop(job.token, None)

    def _accept(self, job: Upload, record: dict[str, Any]) -> None:
        letters = sum(ch.isalpha() for ch in (record.get("text") or "")[:5000])
        if letters < MIN_LETTERS:
            self._fail(job, "không tìm thấy chữ nào đọc được trong tệp")
            return
        record["file_name"] = job.name
        job.record, job.state = record, "done"

    def _fail(self, job: Upload, reason: str) -> None:
        job.state, job.error = "failed", f"Không đọc được tệp {job.name}: {reason}."

    def store(self, job: Upload, store: Store) -> str:
        """Write a done upload's record to the store (once); its document id."""
        from pipeline.ingest import write_record
        from pipeline.sources import Item

        if job.doc_id is not None:
            return job.doc_id
        if job.state != "done" or job.record is None:
            raise UploadError(409, "Tệp chưa trích xuất xong hoặc không đọc được.")
        known = stored_with_hash(store, job.sha256)
        if known is None:
            known = write_record(store, job.record, Item(source=str(job.path.resolve()), path=str(job.path),
                                                         sha256=job.sha256))
        job.doc_id, job.state = known, "stored"
        return known

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
