"""Broken and hostile files: each one fails fast with a reason word, and the batch goes on."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.readers import read_file
from parsers.readers.limits import time_limit
from tests.inputs.conftest import corpus, make_pdf
from vanban.errors import UnreadableFileError

BODY = "Dieu 1. Quyet dinh so 15/QD-UBND ngay 05/5/2025 cua UBND tinh Hung Yen ve cai cach hanh chinh"


def _good(tmp: Path) -> Path:
    return make_pdf(tmp / "good.pdf", [[BODY] * 8] * 3)


def _zero(tmp: Path) -> Path:
    path = tmp / "zero.pdf"
    path.write_bytes(b"")
    return path


def _html_as_pdf(tmp: Path) -> Path:
    path = tmp / "cong-van-337.pdf"
    path.write_text("<!DOCTYPE html><html><body>404 Không tìm thấy văn bản</body></html>", encoding="utf-8")
    return path


def _garbage_pdf(tmp: Path) -> Path:
    path = tmp / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    return path


def _truncated_pdf(tmp: Path) -> Path:
    data = _good(tmp).read_bytes()
    path = tmp / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def _encrypted_pdf(tmp: Path) -> Path:
    return make_pdf(tmp / "encrypted.pdf", [[BODY]], encrypt="matkhau")


def _many_pages(tmp: Path) -> Path:
    return make_pdf(tmp / "phu-luc-501-trang.pdf", [[f"Trang {n}"] for n in range(501)])


def _broken_docx(tmp: Path) -> Path:
    path = tmp / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    return path


def _zip_not_word(tmp: Path) -> Path:
    path = tmp / "not-word.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ghi-chu.txt", "xin chào")
    return path


def _broken_doc(tmp: Path) -> Path:
    path = tmp / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 20)
    return path


def _encrypted_office(tmp: Path) -> Path:
    path = tmp / "protected.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le"))
    return path


def _garbage_after_junk(tmp: Path) -> Path:
    path = tmp / "e-office.pdf"
    path.write_bytes(b"Content-Type: application/pdf\r\n\r\n%PDF-1.6\n" + bytes(range(256)) * 20)
    return path


BROKEN = [
    pytest.param(_garbage_after_junk, "corrupt", id="junk-then-pdf-header-then-garbage"),
    pytest.param(_zero, "empty", id="zero-byte"),
    pytest.param(_html_as_pdf, "unsupported", id="html-saved-as-pdf"),
    pytest.param(_garbage_pdf, "corrupt", id="pdf-header-then-garbage"),
    pytest.param(_truncated_pdf, "corrupt", id="pdf-cut-in-half"),
    pytest.param(_encrypted_pdf, "encrypted", id="pdf-with-user-password"),
    pytest.param(_many_pages, "too-large", id="501-pages"),
    pytest.param(_broken_docx, "corrupt", id="docx-not-a-zip"),
    pytest.param(_zip_not_word, "unsupported", id="zip-not-word"),
    pytest.param(_broken_doc, "corrupt", id="doc-broken-ole"),
    pytest.param(_encrypted_office, "encrypted", id="office-with-password"),
]


@pytest.mark.parametrize(("make", "reason"), BROKEN)
def test_broken_file_reason(tmp_path: Path, make, reason: str) -> None:
    path = make(tmp_path)
    started = time.monotonic()
    with pytest.raises(UnreadableFileError) as caught:
        parse_file(path)
    assert caught.value.reason == reason, str(caught.value)
    assert str(path) in str(caught.value)
    assert time.monotonic() - started < 20


def test_batch_goes_on_with_every_file_reported(tmp_path: Path) -> None:
    """A folder of broken files and one good file: each broken one gets its reason, the good one parses."""
    paths = {param.id: param.values[0](tmp_path) for param in BROKEN}
    good = _good(tmp_path)
    reasons: dict[str, str] = {}
    for name, path in paths.items():
        try:
            parse_file(path)
            reasons[name] = "ok"
        except UnreadableFileError as exc:
            reasons[name] = exc.reason
    assert reasons == {param.id: param.values[1] for param in BROKEN}
    assert "15/QD-UBND" in parse_file(good).text


# What an e-office download left before the header of a real PDF (21 bytes in one Quảng Bình plan).
E_OFFICE_PREFIX = b"Content-Type: app/pdf\r\n"


def test_bytes_before_the_pdf_header_are_skipped(tmp_path: Path) -> None:
    """Readers accept a header within the first kilobyte; vanban reads such a file like the clean one."""
    clean = make_pdf(tmp_path / "sach.pdf", [[BODY] * 4] * 2)
    prefixed = tmp_path / "e-office.pdf"
    prefixed.write_bytes(E_OFFICE_PREFIX + clean.read_bytes())
    assert parse_file(prefixed).text == parse_file(clean).text
    far = tmp_path / "xa.pdf"
    far.write_bytes(b" " * 2048 + clean.read_bytes())
    with pytest.raises(UnreadableFileError) as caught:
        parse_file(far)
    assert caught.value.reason == "unsupported"


def test_bytes_before_the_header_keep_the_signature_widgets(tmp_path: Path) -> None:
    """pdfminer finds objects by the offsets the file was written with: the widget's stamp must survive."""
    signed = corpus("directives", "02-ct-ttg-2026.pdf")
    prefixed = tmp_path / "02-ct-ttg-2026.pdf"
    prefixed.write_bytes(E_OFFICE_PREFIX + signed.read_bytes())

    def lines(path: Path) -> list[str]:
        return [line.text for page in read_file(path)[0] for line in page.lines]

    assert any("Cơ quan phát hành" in text for text in lines(signed))
    assert lines(prefixed) == lines(signed)


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    """Printing/copying restrictions (owner password, empty user password) must not block reading."""
    path = make_pdf(tmp_path / "restricted.pdf", [[BODY] * 4], encrypt="")
    assert "Quyet dinh so 15/QD-UBND" in parse_file(path).text


def test_page_limit_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_pdf(tmp_path / "bon-trang.pdf", [[BODY]] * 4)
    monkeypatch.setenv("VANBAN_MAX_PAGES", "3")
    with pytest.raises(UnreadableFileError, match="4 pages > VANBAN_MAX_PAGES=3") as caught:
        parse_file(path)
    assert caught.value.reason == "too-large"
    monkeypatch.setenv("VANBAN_MAX_PAGES", "4")
    assert parse_file(path).pages == 4


def test_slow_parse_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that keeps the reader busy longer than VANBAN_TIMEOUT stops with reason "timeout"."""
    path = make_pdf(tmp_path / "dai.pdf", [[BODY] * 40] * 30)
    monkeypatch.setenv("VANBAN_TIMEOUT", "0.05")
    started = time.monotonic()
    with pytest.raises(UnreadableFileError) as caught:
        parse_file(path)
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 5


def test_time_limit_interrupts_a_hang() -> None:
    started = time.monotonic()
    with pytest.raises(UnreadableFileError) as caught, time_limit(0.2, "treo.pdf"):
        while True:  # a parser stuck in a loop
            time.sleep(0.01)
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 2


def test_time_limit_survives_a_swallowed_signal() -> None:
    """A timer exception raised where Python drops it (a gc callback, a __del__) is raised again."""
    from parsers.readers.limits import _Expired

    swallowed = 0
    started = time.monotonic()
    with pytest.raises(UnreadableFileError) as caught, time_limit(0.05, "treo.pdf"):
        while True:
            try:
                time.sleep(0.005)
            except _Expired:  # what a gc callback does with it: print and go on
                swallowed += 1
                if swallowed > 1:
                    raise
    assert caught.value.reason == "timeout"
    assert swallowed == 2
    assert time.monotonic() - started < 2


def test_time_limit_reports_an_overrun_even_when_every_signal_was_swallowed() -> None:
    from parsers.readers.limits import _Expired

    with pytest.raises(UnreadableFileError) as caught, time_limit(0.02, "treo.pdf"):
        deadline = time.monotonic() + 0.2
        while time.monotonic() < deadline:
            try:
                time.sleep(0.005)
            except _Expired:
                pass
    assert caught.value.reason == "timeout"


def test_ocr_time_does_not_count_against_the_file_limit() -> None:
    """OCR pauses the file's timer (pages are bounded by their tools' timeouts); the rest still counts."""
    from parsers.readers.limits import paused_time_limit

    with pytest.raises(UnreadableFileError) as caught, time_limit(0.3, "scan.pdf"):
        with paused_time_limit():
            time.sleep(0.5)  # a long OCR page: no timeout here
        time.sleep(1.0)  # a hang after it: the time that was left runs out
    assert caught.value.reason == "timeout"


CAP = 256 * 1024 * 1024


@pytest.mark.parametrize("wrapper", [
    pytest.param("prlimit", id="prlimit-sets-the-cap-no-preexec-fn"),
    pytest.param(None, id="no-prlimit-preexec-fn-sets-it"),
])
def test_external_tools_run_under_the_memory_cap(wrapper: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every external tool (pdftoppm, tesseract ...) gets VANBAN_TOOL_MEMORY of address space, and one
    that asks for more fails with a reason instead of taking the machine's memory."""
    import shutil

    from parsers.readers import limits

    if wrapper is None:
        real_which = shutil.which
        monkeypatch.setattr(limits.shutil, "which", lambda name, **kw: None if name == "prlimit" else real_which(name, **kw))
    elif shutil.which(wrapper) is None:
        pytest.skip("util-linux prlimit is not installed")
    cap = limits.Limits(tool_memory=CAP)
    assert limits.run_tool(["sh", "-c", "ulimit -v"], "x.pdf", 10, cap).strip() == str(CAP // 1024).encode()
    with pytest.raises(UnreadableFileError) as caught:
        limits.run_tool(["python3", "-c", "bytearray(512 * 1024 * 1024)"], "x.pdf", 10, cap)
    assert caught.value.reason == "corrupt"
    _, preexec = limits.capped(["pdfinfo"], CAP)
    assert (preexec is None) == (wrapper is not None)  # without preexec_fn Python spawns the tool by vfork


def test_missing_tool_is_unsupported() -> None:
    from parsers.readers.limits import run_tool

    with pytest.raises(UnreadableFileError) as caught:
        run_tool(["pdftoppm-not-installed", "-v"], "x.pdf", 10)
    assert caught.value.reason == "unsupported"
