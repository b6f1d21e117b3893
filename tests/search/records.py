"""Hand-built records (the JSON contract plus id, key, source, sha256) of real Vietnamese sentences."""

from __future__ import annotations

from typing import Any


def record(doc_id: str, text: str, **header: Any) -> dict[str, Any]:
    extra = {k: header.pop(k) for k in ("citations", "tasks", "source") if k in header}
    return {
        "id": doc_id,
        "key": None if doc_id.startswith("sha:") else doc_id,
        "source": extra.get("source", f"/corpus/{doc_id.replace('/', '_')}.txt"),
        "sha256": f"{abs(hash(text)):064x}"[:64],
        "format": "txt",
        "pages": 1,
        "document": {"type": None, "number": None, "date": None, "issuer": None, "subject": None, **header},
        "text": text,
        "citations": extra.get("citations", []),
        "tasks": extra.get("tasks", []),
    }


def cite(number: str, relation: str = "căn cứ") -> dict[str, Any]:
    return {"number": number, "key": number, "relation": relation, "type": None, "where": "preamble",
            "page": 1, "span": [0, 1], "sentence": f"Căn cứ {number}", "raw": number}


NGHI_DINH = record(
    "178/2024/NĐ-CP",
    "CHÍNH PHỦ\nSố: 178/2024/NĐ-CP\nNGHỊ ĐỊNH\nVề chính sách, chế độ đối với cán bộ, công chức, viên chức "
    "trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị.\nỦy ban nhân dân các tỉnh tổ chức thực hiện.",
    type="Nghị định", number="178/2024/NĐ-CP", date="2024-12-31", issuer="Chính phủ",
    subject="Về chính sách, chế độ đối với cán bộ, công chức, viên chức",
)
KE_HOACH = record(
    "150/KH-UBND@2025@hưng yên",
    "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nKẾ HOẠCH\nCải cách hành chính tỉnh Hưng Yên năm 2025.\n"
    "Triển khai Nghị định 178 về sắp xếp tổ chức bộ máy. Đẩy mạnh CCHC, giải quyết TTHC trên môi trường điện tử.\n"
    "Sở Nội vụ chủ trì tham mưu bàn giao hồ sơ trước ngày 30/6/2025.",
    type="Kế hoạch", number="150/KH-UBND", date="2025-02-10", issuer="UBND tỉnh Hưng Yên",
    subject="Cải cách hành chính năm 2025",
    citations=[cite("178/2024/NĐ-CP", "thực hiện"), cite("76/NQ-CP")],
    tasks=[{"path": "III.1", "text": "Sở Nội vụ chủ trì tham mưu bàn giao hồ sơ",
            "responsible": ["Sở Nội vụ"], "coordinating": ["Văn phòng UBND tỉnh"],
            "deadline": {"text": "trước ngày 30/6/2025", "date": "2025-06-30", "recurrence": None},
            "cites": [], "page": 1, "span": [0, 10], "responsible_source": "item"}],
)
CONG_VAN = record(
    "337/UBND-NC@2025@hưng yên",
    "UBND TỈNH HƯNG YÊN\nSố: 337/UBND-NC\nV/v triển khai Nghị quyết số 76/NQ-CP về cải cách hành chính.\n"
    "Ủy ban nhân dân tỉnh đề nghị các sở, ngành ban hành kế hoạch; báo cáo kết quả.",
    type="Công văn", number="337/UBND-NC", date="2025-03-05", issuer="Ủy ban nhân dân tỉnh Hưng Yên",
    subject="V/v triển khai Nghị quyết số 76/NQ-CP",
    citations=[cite("76/NQ-CP", "thực hiện")],
)
THONG_BAO = record(
    "sha:00000000000000aa",
    "THÔNG BÁO\nLịch họp ban chỉ đạo; bàn về phòng cháy, chữa cháy tại trụ sở cơ quan năm 2023.",
    type="Thông báo", date="2023-05-02", issuer="Văn phòng Chính phủ",
)
ALL = [NGHI_DINH, KE_HOACH, CONG_VAN, THONG_BAO]
