"""parsers.text: the one bottom text layer (look-alikes, tone placement, folding, data files)."""

from __future__ import annotations

import pytest

from parsers.citations.laws import find_laws
from parsers.tasks.words import fold
from parsers.text import (
    base_letters,
    fold_case,
    read_rows,
    replace_lookalikes,
    scan_lookalikes,
    strip_marks,
    strip_tones,
    tone_key,
    tone_style,
)
from search.analyzer import exact_token


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ban Thường vụ Tỉnh uỷ", "Ban Thường vụ Tỉnh ủy", id="uy-end"),
        pytest.param("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", id="caps"),
        pytest.param("Uỷ ban nhân dân tỉnh Hoà Bình", "Ủy ban nhân dân tỉnh Hòa Bình", id="capital-first"),
        pytest.param("Quỹ Bảo vệ môi trường Việt Nam", "Quỹ Bảo vệ môi trường Việt Nam", id="quy-fund-kept"),
        pytest.param("báo cáo quý III/2025", "báo cáo quý III/2025", id="quy-quarter-kept"),
        pytest.param("hoàn thành trước ngày 30/6", "hoàn thành trước ngày 30/6", id="hoan-inside-syllable"),
        pytest.param("Công trình thuỷ lợi", "Công trình thủy lợi", id="thuy"),
        pytest.param("hoá đơn điện tử", "hóa đơn điện tử", id="hoa"),
        pytest.param("khuỷu tay", "khuỷu tay", id="khuyu-not-final"),
    ],
)
def test_tone_style_one_placement(text: str, expected: str) -> None:
    assert tone_style(text) == expected
    assert len(tone_style(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Thông tư số 06/2026/TT-BTС", "Thông tư số 06/2026/TT-BTC", id="cyrillic-es"),
        pytest.param("Nghị định số 178/2024/NÐ-CP", "Nghị định số 178/2024/NĐ-CP", id="eth"),
        pytest.param("Chỉ thị số 28–CT/TU", "Chỉ thị số 28-CT/TU", id="en-dash"),
        pytest.param("Công văn số 337/UBND\u2011NC", "Công văn số 337/UBND-NC", id="nb-hyphen"),
        pytest.param("Số: 5б5/TB-UBND", "Số: 565/TB-UBND", id="cyrillic-be-for-six"),
    ],
)
def test_scan_lookalikes_same_length(text: str, expected: str) -> None:
    assert scan_lookalikes(text) == expected
    assert len(scan_lookalikes(text)) == len(text)


def test_replace_lookalikes_removes_zero_width_and_composes() -> None:
    decomposed = "U\u0309y ban"  # "Ủy" decomposed
    assert replace_lookalikes(decomposed + "\u200b nhân dân") == "Ủy ban nhân dân"


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 46/KH-KHMT: Word's bullets drawn in Symbol/Wingdings fonts reach the text layer as private-use codes
        pytest.param("\uf0d8 Quy định chung", "➢ Quy định chung", id="wingdings-arrow"),
        pytest.param("\uf0b7 Sinh viên trình bày báo cáo trước hội đồng", "• Sinh viên trình bày báo cáo trước hội đồng",
                     id="symbol-bullet"),
        pytest.param("\uf0a7 Giới thiệu về đơn vị đã đến thực tế", "▪ Giới thiệu về đơn vị đã đến thực tế",
                     id="wingdings-square"),
    ],
)
def test_replace_lookalikes_word_bullets(text: str, expected: str) -> None:
    assert replace_lookalikes(text) == expected


@pytest.mark.parametrize(
    ("text", "stripped", "toneless"),
    [
        pytest.param("Nghị định", "Nghi dinh", "Nghi đinh", id="nghi-dinh"),
        pytest.param("THÔNG BẢO", "THONG BAO", "THÔNG BAO", id="ocr-tone"),
        pytest.param("ĐIỀU KHOẢN THI HÀNH", "DIEU KHOAN THI HANH", "ĐIÊU KHOAN THI HANH", id="caps"),
    ],
)
def test_strip_marks_and_tones(text: str, stripped: str, toneless: str) -> None:
    assert strip_marks(text) == stripped
    assert strip_tones(text) == toneless


def test_every_stage_folds_alike() -> None:
    """Tasks, the analyzer and the header agree on one tone placement (they kept copies that did not)."""
    for old, new in [("Tỉnh uỷ", "tỉnh ủy"), ("Quỹ", "quỹ"), ("quý", "quý"), ("hoà giải", "hòa giải")]:
        assert fold(old) == fold_case(old) == new
        assert exact_token(old.lower()) == new
        assert tone_key(old) == tone_key(new)


def test_named_law_keeps_quy_spelling() -> None:
    """A name with "Quỹ" stays as written (a copy of the tone rule without the "q" guard gave "Qũy")."""
    names = [law.name for law in find_laws("Căn cứ Luật Quỹ bảo hiểm tiền gửi năm 2012; Luật Thuỷ lợi năm 2017;")]
    assert names and all("Qũy" not in name for name in names)
    assert any("Thủy lợi" in name for name in names)


def test_read_rows_skips_comments_and_header() -> None:
    rows = read_rows("legacy_tcvn3.tsv")
    assert rows[0] == ("legacy", "unicode")
    assert read_rows("legacy_tcvn3.tsv", header=True)[0] == rows[1]
    assert all(not row[0].startswith("#") for row in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ủy ban nhân dân", "uy ban nhan dan", id="capital-horn"),
        pytest.param("ĐIỀU 5", "dieu 5", id="caps-d"),
        pytest.param("İ", "i", id="dotted-capital-i-stays-one-character"),
    ],
)
def test_base_letters_one_for_one(text: str, expected: str) -> None:
    assert base_letters(text) == expected
