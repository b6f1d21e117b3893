"""``vanban eval`` task scores: found by first words, paths, exact bodies, deadlines (29/CĐ-TTg gold rows)."""

from __future__ import annotations

from typing import Any

from vanban.commands.evaluate import document_type, score_tasks

GOLD: dict[str, Any] = {"document": {"type": "Công điện"}, "tasks": [
    {"path": "2.a", "text": "Chỉ đạo công an các đơn vị, địa phương tập trung triển khai có hiệu quả đợt cao điểm",
     "responsible": ["Bộ Công an"]},
    {"path": "2.b", "text": "Thường xuyên rà soát, kịp thời phát hiện, ngăn chặn, xóa bỏ các nội dung",
     "responsible": ["Bộ Công an"], "deadline": {"text": "Thường xuyên", "date": None}},
    {"path": "6", "text": "Bộ Tài chính chủ trì nghiên cứu, đề xuất biện pháp tăng cường kiểm tra việc góp vốn",
     "responsible": ["Bộ Tài chính"], "coordinating": ["Bộ Công an"]},
]}
PRED: dict[str, Any] = {"tasks": [
    {"path": "-1.2.a", "text": "Chỉ đạo công an các đơn vị, địa phương tập trung triển khai có hiệu quả đợt cao "
     "điểm tấn công, trấn áp tội phạm", "responsible": ["Bộ Công an"]},
    {"path": "2.b", "text": "Thường xuyên rà soát, kịp thời phát hiện, ngăn chặn, xoá bỏ các nội dung sai sự thật",
     "responsible": ["Bộ Công an", "Bộ Quốc phòng"], "deadline": {"text": "Thường xuyên", "date": None}},
    {"path": "-10", "text": "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Công TTĐT, các Vụ, Cục: KGVX, KTTH, KSTT:",
     "responsible": ["Văn phòng Chính phủ"]},
]}


def test_task_scores() -> None:
    counts = score_tasks(GOLD, PRED)
    assert (counts["found"].tp, counts["found"].pred, counts["found"].gold) == (2, 3, 3)  # by first words
    assert (counts["paths"].tp, counts["paths"].pred, counts["paths"].gold) == (1, 3, 3)  # "-1.2.a" is no "2.a"
    assert (counts["bodies"].tp, counts["bodies"].gold) == (1, 2)  # an extra body makes 2.b wrong
    assert (counts["deadline"].tp, counts["deadline"].gold) == (1, 1)


def test_statute_without_tasks_key_counts_predictions_against_precision() -> None:
    counts = score_tasks({"document": {"type": "Văn bản hợp nhất"}}, PRED)
    assert (counts["found"].tp, counts["found"].pred, counts["found"].gold) == (0, 3, 0)


def test_document_type_drops_the_gloss() -> None:
    assert document_type({"document": {"type": "Công văn (đôn đốc)"}}) == "Công văn"
