"""``vanban bench parse``: pages per second and peak memory of our PDF parsing against raw pdfplumber.

Each pass runs in a fresh process so its peak resident memory is its own: "vanban" reads the
text layer into lines (``read_pdf``) and lays it out into a ``Document`` (``build_document``);
"pdfplumber" calls ``extract_text`` on the same pages. ``--full`` measures ``parse_file``
instead (size checks, legacy encodings and OCR of image pages included).
"""

from __future__ import annotations

import multiprocessing
import resource
import time
from pathlib import Path
from typing import Any

import click

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DIRS = (REPO / "corpus" / "pdf", REPO / "../shared/corpus-real/pdf-text")


def default_pdfs() -> list[Path]:
    """The sample corpus PDFs (corpus/pdf, when generated) and the real text PDFs beside the repo."""
    return [pdf for folder in DEFAULT_DIRS if folder.is_dir() for pdf in sorted(folder.rglob("*.pdf"))]


def _expand(paths: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    return found


def _vanban_pass(files: list[Path], max_pages: int | None, full: bool) -> int:
    from parsers.extract import parse_file
    from parsers.layout import build_document
    from parsers.readers.pdf import read_pdf

    pages = 0
    for path in files:
        if full:
            pages += parse_file(path).pages
            continue
        read = read_pdf(path, max_pages=max_pages)
        build_document(read, str(path), "pdf")
        pages += len(read)
    return pages


def _raw_pass(files: list[Path], max_pages: int | None, full: bool) -> int:
    import pdfplumber

    pages = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages[: None if full else max_pages]:
                page.extract_text()
                page.close()
                pages += 1
    return pages


def _measure(kind: str, files: list[Path], max_pages: int | None, full: bool, out: Any) -> None:
    """Child process: run one pass, send back pages, seconds, peak RSS (MB) and errors."""
    run = _vanban_pass if kind == "vanban" else _raw_pass
    start = time.perf_counter()
    error = None
    try:
        pages = run(files, max_pages, full)
    except Exception as exc:  # reported, not raised: the bench prints what it could measure
        pages, error = 0, f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    out.put({"kind": kind, "pages": pages, "seconds": seconds, "peak_mb": peak, "error": error})


def run_pass(kind: str, files: list[Path], max_pages: int | None, full: bool = False) -> dict[str, Any]:
    """Run pass ``kind`` ("vanban" or "pdfplumber") in a fresh process and return its figures."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_measure, args=(kind, files, max_pages, full, queue))
    child.start()
    result: dict[str, Any] = queue.get()
    child.join()
    return result


def _line(result: dict[str, Any]) -> str:
    rate = result["pages"] / result["seconds"] if result["seconds"] else 0.0
    return (
        f"{result['kind']:10} {result['pages']:6d} pages {result['seconds']:8.2f} s "
        f"{rate:8.2f} pages/s  peak RSS {result['peak_mb']:7.1f} MB"
    )


@click.command("parse")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--max-pages", type=int, default=None, help="Read at most this many pages of each PDF.")
@click.option("--full", is_flag=True, help="Measure parse_file (checks, legacy fonts, OCR) on whole files.")
def command(paths: tuple[str, ...], max_pages: int | None, full: bool) -> None:
    """Pages/s and peak memory of vanban's PDF parsing vs a raw pdfplumber pass over the same pages.

    PATHS are PDFs or folders; by default corpus/pdf and ../shared/corpus-real/pdf-text.

    \b
    Example:
      vanban bench parse --max-pages 20
      vanban bench parse ../shared/corpus-real/pdf-text/Minh0511__vbpl-web-crawl
    """
    files = _expand(paths) if paths else default_pdfs()
    if not files:
        raise click.ClickException("no PDF found; give PDF files or folders as PATHS")
    click.echo(f"{len(files)} PDF file(s)" + (f", at most {max_pages} page(s) each" if max_pages else ""))
    ours = run_pass("vanban", files, max_pages, full)
    raw = run_pass("pdfplumber", files, max_pages, full)
    for result in (ours, raw):
        click.echo(_line(result) + (f"  ERROR {result['error']}" if result["error"] else ""))
    if ours["seconds"] and raw["seconds"] and raw["peak_mb"]:
        click.echo(
            f"ratio      time vanban/pdfplumber {ours['seconds'] / raw['seconds']:.2f}x, "
            f"peak memory {ours['peak_mb'] / raw['peak_mb']:.2f}x"
        )
