"""Stamp lines are dropped; body lines that merely look like them are kept (found by the golden PDFs)."""

from __future__ import annotations

import pytest

from parsers.readers.ocr import is_stamp_line


@pytest.mark.parametrize(
    "line, stamp",
    [
        pytest.param("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", True, id="signer"),
        pytest.param("Ngày: A2.1/L12024....", True, id="incoming-date"),
        pytest.param("Giờ: 10", True, id="incoming-hour"),
        pytest.param("ĐẾN,", True, id="incoming-big-word"),
        pytest.param("ngày 31/3/2026.", False, id="wrapped-date-in-body"),
        pytest.param("gia.", False, id="wrapped-quoc-gia"),
        pytest.param("Yên.", False, id="wrapped-hung-yen"),
        pytest.param("bên", False, id="wrapped-word"),
    ],
)
def test_stamp_lines(line: str, stamp: bool) -> None:
    assert is_stamp_line(line) is stamp
