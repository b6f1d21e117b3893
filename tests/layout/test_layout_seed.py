"""The seed directive (a PDF extractor's text): its 4 footnotes found, their markers linked."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.model import Document

SEED = Path(__file__).parents[2] / "../shared/seeds/hung-yen-cchc-2025.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")


@pytest.fixture(scope="module")
def seed() -> Document:
    return parse_file(SEED)


@pytest.mark.parametrize(
    ("marker", "starts", "ends"),
    [
        pytest.param("1", "Chỉ thị số 28-CT/TU ngày 10/8/2022", "triển khai nhiệm vụ CCHC năm 2025.", id="note-1"),
        pytest.param("2", "Các Công văn của UBND tỉnh: số 235/UBND-KGVX", "UBND các địa phương.", id="note-2"),
        pytest.param("3", "Chương trình hành động số 48-CTr/TU", "cấp xã tỉnh Hưng Yên năm 2025.", id="note-3"),
        pytest.param("4", "Các Kế hoạch của UBND tỉnh: số 200/KH-UBND", "lên môi trường số.", id="note-4"),
    ],
)
def test_seed_footnote_text(seed: Document, marker: str, starts: str, ends: str) -> None:
    note = next(n for n in seed.footnotes if n.marker == marker)
    assert note.text.startswith(starts)
    assert note.text.endswith(ends)
    assert seed.text[note.start : note.end] == note.text
    assert note.linked


def test_seed_has_exactly_four_footnotes(seed: Document) -> None:
    assert [n.marker for n in seed.footnotes] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    ("marker", "before", "after"),
    [
        pytest.param("1", "UBND tỉnh về CCHC", ", đảm bảo hoàn thành", id="CCHC1"),
        pytest.param("2", "Đề án 06 tỉnh", ".\n4. Tiếp tục", id="tỉnh2"),
        pytest.param("3", "67/2025/NĐ-CP của Chính phủ", ".\n5. Tập trung", id="Chính phủ3"),
        pytest.param("4", "Hưng Yên lên môi trường số", ".\nII. ĐỐI VỚI", id="môi trường số 4"),
    ],
)
def test_seed_marker_detached_at_its_word(seed: Document, marker: str, before: str, after: str) -> None:
    found = [m for m in seed.markers if m.marker == marker]
    assert len(found) == 1
    offset = found[0].offset
    assert seed.text[:offset].endswith(before)
    assert seed.text[offset:].startswith(after)


@pytest.mark.parametrize(
    "kept",
    [
        pytest.param("đứng thứ 19/63 tỉnh/thành", id="ranking-19/63"),
        pytest.param("Nghị quyết số 01/NQ-CP, số 02/NQ-CP năm 2025", id="numbers-in-note"),
        pytest.param("số 521/UBND-PVHCC&KSTT ngày 28/02/2025", id="number-broken-at-hyphen"),
        pytest.param("Quyết định số 1042/QĐ-UBND ngày 07/5/2025", id="QĐ-broken-at-hyphen"),
        pytest.param("Nghị quyết 57-NQ/TW ngày 22/12/2024", id="party-number-broken"),
        pytest.param("kịp thời phát hiện, chấn chỉnh", id="body-joined-across-footnote"),
        pytest.param("khảo sát năm 2025 thực hiện khảo sát trực tuyến", id="body-resumes-with-a-year"),
    ],
)
def test_seed_text_keeps(seed: Document, kept: str) -> None:
    assert kept in seed.text


def test_seed_footnotes_are_not_in_the_body(seed: Document) -> None:
    body_end = min(n.start for n in seed.footnotes)
    assert "Chỉ thị số 28-CT/TU" not in seed.text[:body_end]
    assert all(m.offset < body_end for m in seed.markers)


def test_seed_offsets_are_consistent(seed: Document) -> None:
    for para in seed.paragraphs:
        assert seed.text[para.start : para.end] == para.text
    assert [p.kind for p in seed.paragraphs][-4:] == ["footnote"] * 4
    assert seed.where_at(seed.footnotes[1].start + 5) == "footnote 2"


def test_seed_records_normalisation(seed: Document) -> None:
    assert seed.normalisation[:3] == ["nfc", "lookalikes", "tone_style"]
    assert "Tỉnh uỷ" not in seed.text and "Tỉnh ủy" in seed.text


def test_readme_extract_example_gives_linked_footnotes() -> None:
    """The README's `vanban extract ... --format json` example: 4 footnotes, each linked."""
    import json

    from click.testing import CliRunner

    from vanban.cli import cli

    result = CliRunner().invoke(cli, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(n["marker"], n["linked"]) for n in data["footnotes"]] == [(m, True) for m in "1234"]
    assert [m["marker"] for m in data["markers"]] == ["1", "2", "3", "4"]
    text = data["text"]
    start, end = data["footnotes"][2]["span"]
    assert text[start:end].startswith("Chương trình hành động số 48-CTr/TU")
