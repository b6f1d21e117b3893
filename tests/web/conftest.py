"""A web app over a real SQLite store holding hand-built records and one ingested fixture PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from search.sqlite import SQLiteStore
from tests.search.records import cite, record

WIDE_ROOT = "5/KH-UBND@2026@hưng yên"

ROOT = Path(__file__).parents[2]
HOSTILE = "<script>alert(1)</script>"

PLAN_TEXT = ("Căn cứ Nghị định số 178/2024/NĐ-CP của Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách "
             f"hành chính năm 2025. Trích dẫn: \"{HOSTILE}\". Sở Nội vụ chủ trì tham mưu. "
             "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam.")
PLAN = record(
    "150/KH-UBND@2025@hưng yên", PLAN_TEXT,
    type="Kế hoạch", number="150/KH-UBND", date="2025-02-10", issuer="UBND tỉnh Hưng Yên",
    subject=f"Cải cách hành chính năm 2025 {HOSTILE}",
    citations=[{**cite("178/2024/NĐ-CP", "căn cứ"), "span": [7, 35]}],
    tasks=[{"path": "II.1", "text": f"Sở Nội vụ chủ trì tham mưu {HOSTILE}", "responsible": ["Sở Nội vụ"],
            "coordinating": ["Văn phòng UBND tỉnh"],
            "deadline": {"text": "trước ngày 30/6/2025", "date": "2025-06-30", "recurrence": None},
            "cites": ["178/2024/NĐ-CP"], "page": 1, "span": [0, 10]}],
)
PLAN["footnotes"] = [{"marker": "1", "text": "Kế hoạch số 42/KH-SNV ngày 10/01/2025 của Sở Nội vụ.", "page": 1}]
PLAN["markers"] = [{"marker": "1", "offset": PLAN_TEXT.index(" năm 2025"), "page": 1}]
DECREE = record(
    "178/2024/NĐ-CP", "Nghị định về chính sách, chế độ đối với cán bộ, công chức trong sắp xếp bộ máy.",
    type="Nghị định", number="178/2024/NĐ-CP", date="2024-12-31", issuer="Chính phủ",
    subject="Về chính sách, chế độ đối với cán bộ, công chức", citations=[cite("80/2015/QH13")],
)


# prints the number loosely (no hyphen in the code): found by the normalised number
LOOSE = record(
    "88/SNV-VP@2024@hưng yên", "Thực hiện Nghị định số 178/2024/NĐCP, Sở Nội vụ đề nghị các phòng rà soát.",
    type="Công văn", number="88/SNV-VP", date="2024-03-01", issuer="Sở Nội vụ tỉnh Hưng Yên",
    subject="V/v rà soát đối tượng",
)


CONSTITUTION = record(
    "sha:43e9c8cf28262a01", "HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Nhân dân Việt Nam xây dựng, thi hành "
    "và bảo vệ Hiến pháp này.", type="Hiến pháp", date="2013-11-28", issuer="Quốc hội",
    subject="Nước Cộng hòa xã hội chủ nghĩa Việt Nam",
)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "web.sqlite"
    store = SQLiteStore(path)
    store.upsert_many([dict(PLAN), dict(DECREE), dict(LOOSE), dict(CONSTITUTION)])
    store.close()
    return path


@pytest.fixture
def app(store_path: Path, tmp_path: Path) -> Any:
    from web.app import create_app

    return create_app(str(store_path), tmp_path / "uploads")


def wide_store(folder: Path) -> Path:
    """A store where one plan cites 100 decrees and 99 letters cite the plan: a 200-node chain."""
    root = record(WIDE_ROOT, "Kế hoạch thực hiện các văn bản của Trung ương.", type="Kế hoạch",
                  number="5/KH-UBND", date="2026-01-05", citations=[cite(f"{n}/2025/NĐ-CP") for n in range(1, 101)])
    citing = [record(f"{n}/UBND-VP@2026@hưng yên", "Thực hiện Kế hoạch số 5/KH-UBND của Ủy ban nhân dân tỉnh.",
                     type="Công văn", number=f"{n}/UBND-VP", date="2026-02-01",
                     citations=[cite(WIDE_ROOT, "thực hiện")]) for n in range(200, 299)]
    path = folder / "wide.sqlite"
    store = SQLiteStore(path)
    store.upsert_many([root, *citing])
    store.close()
    return path
