"""Shared text helpers of the task rules: data files, tone folding, word lists as regexes.

``fold`` lowers a text and unifies tone placement without changing its length, so offsets found
in the folded text are offsets in the original ("Uỷ ban" and "Ủy ban" both fold to "ủy ban").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from parsers.text import nfc, read_rows, tone_style

DATA = Path(__file__).resolve().parents[1] / "data"

# Who a field of a plan's item is about: "Cơ quan", "Đơn vị", "Cơ quan, đơn vị" (of "Cơ quan, đơn vị chủ trì:").
FIELD_OWNER = r"(?:cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?:đơn\s+vị|cơ\s+quan))?"
# Any labelled field of a plan's item, where the value of the field before it ends: "... Sở Tư pháp; thời gian:
# tháng 9/2025", "Đơn vị chủ trì: Sở Tư pháp; đơn vị phối hợp: Sở Nội vụ", "Sản phẩm: Báo cáo ...".
ITEM_FIELD = re.compile(
    rf"""(?<!\w)(?:(?:{FIELD_OWNER}\s+)?
          (?:chủ\s+trì|phối\s+hợp|thực\s+hiện|chịu\s+trách\s+nhiệm)(?:\s+(?:thực\s+hiện|chính))?
        |thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai|báo\s+cáo|dự\s+kiến|trình))?
        |tiến\s+độ(?:\s+(?:thực\s+hiện|hoàn\s+thành))?|sản\s+phẩm(?:\s+(?:đầu\s+ra|dự\s+kiến))?
        |kết\s+quả\s+(?:đầu\s+ra|dự\s+kiến)|(?:nguồn\s+)?kinh\s+phí(?:\s+thực\s+hiện)?)\s*:""",
    re.VERBOSE,
)


def unify_tone(text: str) -> str:
    """NFC and the new tone placement: "Uỷ ban nhân dân tỉnh Hoà Bình" -> "Ủy ban nhân dân tỉnh Hòa Bình"."""
    return tone_style(nfc(text))


# The rules read one item at many positions ("X có trách nhiệm" is tried at every clause start) and
# each reading folds the whole item: folding is remembered per text so that it is done once.
@lru_cache(maxsize=2048)
def fold(text: str) -> str:
    """Lower case and new tone placement, same length as ``text`` (for matching with offsets)."""
    folded = tone_style(nfc(text)).lower()
    return folded if len(folded) == len(text) else text.lower()


def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file without its header row and ``#`` comment lines."""
    return read_rows(name, header=True)


@cache
def words(kind: str) -> tuple[str, ...]:
    """Words of one kind in ``task_words.tsv`` ("head", "verb", "level"), longest first."""
    found = [row[1].strip() for row in read_tsv("task_words.tsv") if row[0] == kind]
    return tuple(sorted(found, key=len, reverse=True))


def phrase_pattern(phrases: tuple[str, ...]) -> str:
    """An alternation matching any of ``phrases`` (folded) as whole words, spaces flexible."""
    parts = [r"\s+".join(re.escape(fold(w)) for w in p.split()) for p in phrases]
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"


# "Báo" (a newspaper: "Báo Hưng Yên") is no head in "báo cáo" (a report): "Các Báo cáo trên gửi Bộ Tư pháp
# trước ngày 05 tháng 12 năm 2025" (659/TB-VPCP)
NOT_A_REPORT = r"(?!(?:(?:các|những)\s+)?báo\s+cáo(?!\w))"


@cache
def verb_re() -> re.Pattern[str]:
    """A lower-case action that ends a subject: "tham mưu" in "Giao Sở Nội vụ tham mưu UBND tỉnh"."""
    return re.compile(phrase_pattern(words("verb")))


@cache
def head_re() -> re.Pattern[str]:
    """A word that opens a body's name: "Sở", "Ủy ban", "UBND", "Các cơ quan" (after an optional "các"),
    "Tất cả các cơ quan cấp sở"."""
    heads = phrase_pattern(words("head"))
    groups = phrase_pattern(words("group"))
    return re.compile(NOT_A_REPORT + r"(?:(?:(?:tất\s+cả\s+)?(?:các|những)\s+)?" + heads
                      + r"|(?:tất\s+cả\s+)?(?:các|những)\s+" + groups + ")")


@cache
def lower_head_re() -> re.Pattern[str]:
    """A lower-case body inside a list: "người đứng đầu" in "Các cấp ủy, tổ chức đảng, người đứng đầu ..."."""
    return re.compile(phrase_pattern(words("lowerhead")))


@cache
def level_re() -> re.Pattern[str]:
    """A level that repeats the previous head: "cấp xã" in "UBND cấp huyện, cấp xã"."""
    return re.compile(phrase_pattern(words("level")))


def squash(text: str) -> str:
    """Collapse white space (PDF line breaks inside a sentence) into single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def lines(text: str) -> str:
    """White space collapsed within lines, each line break kept once: "Giao Văn phòng Cục \n  Đẩy mạnh"
    -> "Giao Văn phòng Cục\nĐẩy mạnh"."""
    return re.sub(r"[ \t]*\n\s*", "\n", re.sub(r"[^\S\n]+", " ", text)).strip()
