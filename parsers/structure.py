"""The body's hierarchy: Roman sections, items, lettered items, dashes, Chương/Mục/Điều (placeholder)."""

from __future__ import annotations

import re

from parsers.model import Document, StructureNode

# A line that opens a structural item: "I. ", "2. ", "2.1. ", "a) ", "đ) ", "- ", "Điều 5.", "Chương II".
LABEL_START = re.compile(
    r"""^\s*(?:
        [IVXLC]+\.\s              # Roman section: "III. ĐỐI VỚI ..."
      | \d+(?:\.\d+)*\.\s         # numbered item: "1. ", "2.1. "
      | \d+(?:\.\d+)+\s           # sub-item without its last dot: "2.1 Đối với ..."
      | [a-zđ]\)\s                # lettered item: "a) ", "đ) "
      | [-–+]\s                   # dash bullet: "- Giao Sở Nội vụ ..."
      | Điều\s+\d+                # article: "Điều 5."
      | (?:Chương|Mục|Phần)\s+[IVXLC\d]+
    )""",
    re.VERBOSE,
)


def starts_with_label(text: str) -> bool:
    """True when ``text`` opens a structural item (used by layout to break paragraphs)."""
    return LABEL_START.match(text) is not None


def build_structure(doc: Document) -> list[StructureNode]:
    return []
