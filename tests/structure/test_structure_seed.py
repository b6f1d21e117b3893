"""The seed directive end to end through the real reader and layout: header fields equal the gold's
document fields, and every gold task path is a node of the structure tree."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.header import parse_header
from parsers.model import Document, Paragraph, StructureNode
from parsers.structure import build_structure

SHARED = Path(__file__).parents[2] / "../shared"
SEED = SHARED / "seeds/hung-yen-cchc-2025.txt"
GOLD = SHARED / "gold/hung-yen-cchc-2025.json"
VBPL = SHARED / "corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared is not beside the checkout")


def flatten(nodes: list[StructureNode]) -> list[StructureNode]:
    out: list[StructureNode] = []
    for node in nodes:
        out.append(node)
        out.extend(flatten(node.children))
    return out


@pytest.fixture(scope="module")
def seed() -> tuple[Document, dict[str, StructureNode]]:
    doc = parse_file(SEED)
    doc.header = parse_header(doc)
    nodes = {node.path: node for node in flatten(build_structure(doc))}
    return doc, nodes


def test_seed_header_equals_gold(seed: tuple[Document, dict[str, StructureNode]]) -> None:
    doc, _ = seed
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["document"]
    for name, value in gold.items():
        assert getattr(doc.header, name) == value, name
    assert doc.header.province == "Hưng Yên"
    assert doc.header.distribution[0] == "Như trên" and doc.header.distribution[-1] == "Lưu: VT, CVNCNH"


def test_seed_gold_task_paths_are_nodes(seed: tuple[Document, dict[str, StructureNode]]) -> None:
    _, nodes = seed
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    missing = [task["path"] for task in gold["tasks"] if task["path"] not in nodes]
    assert missing == []
    assert len(gold["tasks"]) == 46


def test_seed_headings_and_texts(seed: tuple[Document, dict[str, StructureNode]]) -> None:
    doc, nodes = seed
    assert nodes["I"].heading == "ĐỐI VỚI CHỈ SỐ CCHC (PAR INDEX)"
    assert nodes["II"].heading.endswith("CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (SIPAS)")
    assert nodes["III.2"].heading == "UBND cấp huyện, cấp xã:"
    assert nodes["III.2.7"].heading == "Đối với nội dung “Quản trị môi trường”:"
    assert nodes["II.3"].heading == "Các cơ quan thông tin, truyền thông của tỉnh:"
    assert nodes["II.2.-1"].text.startswith("Giao Sở Nội vụ tham mưu UBND tỉnh")
    assert nodes["III.2.5.đ"].text.startswith("Thường xuyên kiểm tra việc giải quyết hồ sơ TTHC")
    assert doc.text[nodes["III.2.5.đ"].start :].startswith("đ)")
    assert not any("Nơi nhận" in n.text or "Kính gửi" in n.text for n in nodes.values())
    assert [n.kind for n in (nodes["III"], nodes["III.2"], nodes["III.2.1"], nodes["III.2.1.a"], nodes["II.2.-1"])] == [
        "roman", "item", "subitem", "letter", "dash"]


def _vbpl_doc(index: int) -> Document:
    with VBPL.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number == index:
                text = unicodedata.normalize("NFC", json.loads(line)["text"])
                break
    paras: list[Paragraph] = []
    offset = 0
    for row in (r.strip() for r in text.splitlines()):
        if row:
            paras.append(Paragraph(text=row, page=1, start=offset, end=offset + len(row)))
            offset += len(row) + 1
    return Document(source="vbpl", format="txt", pages=1, text="\n".join(p.text for p in paras), paragraphs=paras)


@pytest.mark.skipif(not VBPL.exists(), reason="vbpl full texts absent")
def test_decree_249_2025_articles_clauses_points() -> None:
    """Nghị định 249/2025/NĐ-CP (vbpl full text, first row): chapters, sections, Điều, khoản, điểm."""
    doc = _vbpl_doc(0)
    doc.header = parse_header(doc)
    assert (doc.header.number, doc.header.date, doc.header.issuer, doc.header.type) == (
        "249/2025/NĐ-CP", "2025-09-19", "Chính phủ", "Nghị định")
    assert (doc.header.authority, doc.header.signer_title, doc.header.signer) == (
        "KT. THỦ TƯỚNG", "Phó Thủ tướng", "Nguyễn Hòa Bình")
    nodes = {n.path: n for n in flatten(build_structure(doc))}
    articles = [n for n in nodes.values() if n.kind == "article"]
    assert [int(n.label.split()[1]) for n in articles] == list(range(1, len(articles) + 1))
    assert nodes["Điều 1"].heading == "Phạm vi điều chỉnh"
    assert nodes["Chương II.Mục 2"].heading == "CHÍNH SÁCH ĐỐI VỚI CHUYÊN GIA"
    assert nodes["Điều 3.3.đ"].kind == "point" and nodes["Điều 3.3"].kind == "clause"
    assert nodes["Điều 7.2"].heading == "Tiêu chí đánh giá:"
    assert "Điều 3" in [child.path for child in nodes["Chương II.Mục 1"].children]
