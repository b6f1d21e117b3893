"""Each hand-made gold file in corpus/gold-real/ and corpus/gold-directives/ is well formed and agrees
with its source text (scanned golds, read from page images, have no text layer to check numbers against).

The gold files are what the extractors are measured against (`score.py GOLD OUT`), so a typo in a
number, a duplicate, or a source path that no longer resolves silently falsifies every figure.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "corpus" / "gold-real"
DIRECTIVES_DIR = REPO / "corpus" / "gold-directives"
SHARED = REPO / ".." / "shared"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json")) + sorted(DIRECTIVES_DIR.glob("*.json"))

DOCUMENT_FIELDS = ("type", "number", "date", "issuer", "signer", "signer_title", "authority", "recipients")
CITATION_FIELDS = ("type", "number", "date", "issuer", "where", "relation")
RELATIONS = {"căn cứ", "hướng dẫn", "sửa đổi", "thay thế", "bãi bỏ", "đính chính", "hợp nhất", "thực hiện", "dẫn chiếu"}
# "preamble", "body", "footnote 12", "appendix" (the Hà Nội appendix rows)
WHERE = re.compile(r"^(preamble|body|appendix|footnote \d+)$")
# "2025-05-07"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# same look-alike table as ../shared/tools/score.py
LOOKALIKE = str.maketrans(
    {"С": "C", "Ð": "Đ", "‐": "-", "‑": "-", "–": "-", "—": "-", "Т": "T", "Н": "H", "О": "O", "В": "B"}
)


def norm_number(number: str) -> str:
    """The scorer's key: '178/2024/NĐCP' and '178/2024/NĐ-CP' are one number."""
    text = unicodedata.normalize("NFC", number).translate(LOOKALIKE)
    return re.sub(r"\s+", "", text).upper().replace("NĐCP", "NĐ-CP")


def compact(text: str) -> str:
    """Text with spaces, line breaks and hyphens removed, so '57-\\nNQ/TW' matches '57-NQ/TW'."""
    text = unicodedata.normalize("NFC", text).translate(LOOKALIKE)
    return re.sub(r"[\s\-]+", "", text).upper()


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def resolve_source(gold_path: Path, source: str) -> Path | None:
    """The eval command's lookup: the gold file's folder, then its parents, then ../shared."""
    for base in [gold_path.parent, *gold_path.parent.parents, SHARED]:
        candidate = base / source
        if candidate.is_file():
            return candidate
    return None


@cache
def source_text(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if suffix == ".pdf" and shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
        return out.stdout.decode("utf-8", "replace")
    return None


def gold_ids() -> list[Any]:
    return [pytest.param(p, id=f"{p.parent.name}/{p.stem}") for p in GOLD_FILES]


def test_there_are_enough_gold_files() -> None:
    golds = [load(p) for p in GOLD_FILES]
    assert sum(1 for g in golds if g["citations"]) >= 3


@pytest.mark.parametrize("gold_path", gold_ids())
def test_gold_fields(gold_path: Path) -> None:
    gold = load(gold_path)
    assert gold["source"] and gold["about"]
    assert set(DOCUMENT_FIELDS) <= set(gold["document"])
    assert isinstance(gold["named_laws"], list)
    for citation in gold["citations"]:
        missing = set(CITATION_FIELDS) - set(citation)
        assert not missing, (citation["number"], missing)
        assert citation["relation"] in RELATIONS, citation
        assert WHERE.match(citation["where"]), citation
        assert citation["date"] is None or ISO_DATE.match(citation["date"]), citation
        assert isinstance(citation.get("year", 0), int), citation


@pytest.mark.parametrize("gold_path", gold_ids())
def test_numbers_unique_and_not_own(gold_path: Path) -> None:
    gold = load(gold_path)
    keys = [norm_number(c["number"]) for c in gold["citations"]]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates
    # null only when the text leaves the number blank ("Quyết định số      /QĐ-UBND")
    own = gold["document"]["number"]
    assert own is None or norm_number(own) not in keys
    assert all(c["number"] == c["number"].strip() and " " not in c["number"] for c in gold["citations"])


@pytest.mark.parametrize("gold_path", gold_ids())
def test_task_paths_unique_with_bodies(gold_path: Path) -> None:
    tasks = load(gold_path).get("tasks", [])
    paths = [t["path"].replace(" ", "").lower() for t in tasks]
    assert len(paths) == len(set(paths))
    assert all(t["responsible"] and all(isinstance(b, str) and b for b in t["responsible"]) for t in tasks)


@pytest.mark.parametrize("gold_path", gold_ids())
def test_task_fields(gold_path: Path) -> None:
    """Paths printed without spaces, a text start (the eval matches tasks by it) in the gold-directives
    set, and deadlines as {text, date ISO or null}."""
    gold = load(gold_path)
    for task in gold.get("tasks", []):
        assert task["path"] and task["path"] == task["path"].strip(), task
        if gold_path.parent == DIRECTIVES_DIR:
            assert isinstance(task.get("text"), str) and len(task["text"].split()) >= 3, task["path"]
        for field in ("responsible", "coordinating"):
            assert isinstance(task.get(field, []), list), (task["path"], field)
        deadline = task.get("deadline")
        if deadline is not None:
            assert deadline.get("text"), task["path"]
            assert deadline.get("date") is None or ISO_DATE.match(deadline["date"]), task["path"]


@pytest.mark.parametrize("gold_path", gold_ids())
def test_source_exists(gold_path: Path) -> None:
    source = load(gold_path)["source"]
    if resolve_source(gold_path, source) is None:
        if not SHARED.is_dir():
            pytest.skip("../shared is absent")
        pytest.fail(f"source {source!r} not found")


def date_spellings(iso: str) -> list[str]:
    """'2010-06-08' as compacted source text may write it: '8/6/2010', '08/06/2010', 'NGÀY08THÁNG6NĂM2010'."""
    year, month, day = iso.split("-")
    days, months = {day, day.lstrip("0")}, {month, month.lstrip("0")}
    slashed = [f"{d}/{m}/{year}" for d in days for m in months]
    spelled = [f"NGÀY{d}THÁNG{m}NĂM{year}" for d in days for m in months]
    return slashed + spelled


def _check_numbers_in_source(gold_path: Path) -> None:
    gold = load(gold_path)
    if gold.get("scanned"):
        pytest.skip("image-only PDF: gold read from page images, the text layer is a signature stamp")
    path = resolve_source(gold_path, gold["source"])
    if path is None:
        pytest.skip("source not available")
    text = source_text(path)
    if text is None:
        pytest.skip("no text reader for this source here")
    haystack = compact(text)
    absent = [c["number"] for c in gold["citations"] if compact(c.get("raw") or c["number"]) not in haystack]
    assert not absent, f"cited numbers not found in {gold['source']}: {absent}"
    undated = [
        (c["number"], c["date"])
        for c in gold["citations"]
        if c["date"] and not any(spelling in haystack for spelling in date_spellings(c["date"]))
    ]
    assert not undated, f"citation dates written nowhere in {gold['source']}: {undated}"
    own = gold["document"]["number"]
    if gold["document"].get("number_source") != "signature widget picture":  # drawn only as an image
        assert own is None or compact(own) in haystack


@pytest.mark.parametrize("gold_path", [p for p in gold_ids() if not str(load(p.values[0])["source"]).endswith(".pdf")])
def test_cited_numbers_occur_in_text_source(gold_path: Path) -> None:
    _check_numbers_in_source(gold_path)


@pytest.mark.slow
@pytest.mark.parametrize("gold_path", [p for p in gold_ids() if str(load(p.values[0])["source"]).endswith(".pdf")])
def test_cited_numbers_occur_in_pdf_source(gold_path: Path) -> None:
    _check_numbers_in_source(gold_path)
