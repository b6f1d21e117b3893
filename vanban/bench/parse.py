"""``vanban bench parse``: pages per CPU second and peak memory of reading PDFs, four passes over the same pages.

Each pass runs in a fresh process so its peak resident memory is its own:

- ``pypdfium2``: the PDF engine alone, every character's code point and box (the floor);
- ``pdfplumber``: pdfplumber's ``extract_text`` (what a plain pdfminer-based extractor costs);
- ``parse``: vanban's ``parse_file`` (size checks, text layer into lines, layout, header, structure);
- ``extract``: ``parse_file`` then citations and tasks (the whole extraction of ``parsers.extract``).

Rates are pages per CPU second of the child (``time.process_time``), steadier than wall time on a
shared machine. With ``--max-pages`` the vanban passes read the first pages with ``read_pdf``
instead of ``parse_file`` (which reads whole files).
"""

from __future__ import annotations

import multiprocessing
import resource
import time
from pathlib import Path
from typing import Any

import click

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DIR = REPO / ".." / "shared" / "corpus-real" / "pdf-text"
DEFAULT_MAX_FILE_PAGES = 60  # the default set: the text PDFs of pdf-text up to 60 pages (25 files, 386 pages)
PASSES = ("pypdfium2", "pdfplumber", "parse", "extract")


def page_count(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def default_pdfs(max_file_pages: int = DEFAULT_MAX_FILE_PAGES) -> list[Path]:
    """The real text PDFs beside the repo (../shared/corpus-real/pdf-text) of at most ``max_file_pages`` pages."""
    found = sorted(DEFAULT_DIR.rglob("*.pdf")) if DEFAULT_DIR.is_dir() else []
    return [pdf for pdf in found if page_count(pdf) <= max_file_pages]


def _expand(paths: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    return found


def _pdfium_pass(files: list[Path], max_pages: int | None) -> int:
    """Every character's code point and box, nothing else."""
    import pypdfium2
    import pypdfium2.raw as raw

    pages = 0
    rect = raw.FS_RECTF()
    for path in files:
        pdf = pypdfium2.PdfDocument(path)
        for index in range(min(len(pdf), max_pages or len(pdf))):
            page = pdf[index]
            text = page.get_textpage()
            for char in range(text.count_chars()):
                raw.FPDFText_GetUnicode(text, char)
                raw.FPDFText_GetLooseCharBox(text, char, rect)
            text.close()
            page.close()
            pages += 1
        pdf.close()
    return pages


def _pdfplumber_pass(files: list[Path], max_pages: int | None) -> int:
    import pdfplumber

    pages = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages[:max_pages]:
                page.extract_text()
                page.close()
                pages += 1
    return pages


def _document(path: Path, max_pages: int | None) -> Any:
    from parsers.extract import parse_file
    from parsers.layout import build_document
    from parsers.readers.pdf import read_pdf

    if max_pages is None:
        return parse_file(path)
    return build_document(read_pdf(path, max_pages=max_pages), str(path), "pdf")


def _parse_pass(files: list[Path], max_pages: int | None) -> int:
    return sum(_document(path, max_pages).pages for path in files)


def _extract_pass(files: list[Path], max_pages: int | None) -> int:
    from parsers.citations import extract_citations
    from parsers.tasks import extract_tasks

    pages = 0
    for path in files:
        doc = _document(path, max_pages)
        citations, _ = extract_citations(doc)
        extract_tasks(doc, citations)
        pages += doc.pages
    return pages


_RUNS = {"pypdfium2": _pdfium_pass, "pdfplumber": _pdfplumber_pass, "parse": _parse_pass, "extract": _extract_pass}


def _measure(kind: str, files: list[Path], max_pages: int | None, out: Any) -> None:
    """Child process: run one pass, send back pages, CPU and wall seconds, peak RSS (MB) and errors."""
    wall, cpu = time.perf_counter(), time.process_time()
    error = None
    try:
        pages = _RUNS[kind](files, max_pages)
    except Exception as exc:  # reported, not raised: the bench prints what it could measure
        pages, error = 0, f"{type(exc).__name__}: {exc}"
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    out.put({"kind": kind, "pages": pages, "cpu": cpu, "seconds": wall, "peak_mb": peak, "error": error})


def run_pass(kind: str, files: list[Path], max_pages: int | None = None) -> dict[str, Any]:
    """Run pass ``kind`` (one of ``PASSES``) in a fresh process and return its figures."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_measure, args=(kind, files, max_pages, queue))
    child.start()
    result: dict[str, Any] = queue.get()
    child.join()
    return result


def rate(result: dict[str, Any]) -> float:
    """Pages per CPU second."""
    return result["pages"] / result["cpu"] if result["cpu"] else 0.0


def _line(result: dict[str, Any]) -> str:
    return (
        f"{result['kind']:10} {result['pages']:6d} pages {result['cpu']:8.2f} CPU-s {rate(result):8.1f} pages/CPU-s "
        f"({result['seconds']:.1f} s wall)  peak RSS {result['peak_mb']:7.1f} MB"
    )


@click.command("parse")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--max-pages", type=int, default=None, help="Read at most this many pages of each PDF.")
@click.option("--passes", default=",".join(PASSES), show_default=True, help="Comma-separated passes to run.")
def command(paths: tuple[str, ...], max_pages: int | None, passes: str) -> None:
    """Pages per CPU second and peak memory: the PDF engine (pypdfium2), pdfplumber, vanban's parse
    and vanban's full extraction (parse + citations + tasks), over the same pages, each in its own process.

    PATHS are PDFs or folders; by default the PDFs of ../shared/corpus-real/pdf-text of at most 60 pages.

    \b
    Example:
      vanban bench parse
      vanban bench parse --max-pages 3 corpus/pdf
      VANBAN_TIMEOUT=1800 vanban bench parse --passes extract big-appendix.pdf
    """
    kinds = [kind.strip() for kind in passes.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in PASSES]
    if unknown:
        raise click.BadParameter(f"unknown pass {unknown[0]!r}; choose from {', '.join(PASSES)}", param_hint="--passes")
    files = _expand(paths) if paths else default_pdfs()
    if not files:
        raise click.ClickException("no PDF found; give PDF files or folders as PATHS")
    click.echo(f"{len(files)} PDF file(s)" + (f", at most {max_pages} page(s) each" if max_pages else ""))
    results = {}
    for kind in kinds:
        results[kind] = result = run_pass(kind, files, max_pages)
        click.echo(_line(result) + (f"  ERROR {result['error']}" if result["error"] else ""))
    if "pypdfium2" in results and "extract" in results and rate(results["pypdfium2"]):
        share = rate(results["extract"]) / rate(results["pypdfium2"])
        click.echo(f"ratio      extract / pypdfium2 pages per CPU second {share:.2f}")
