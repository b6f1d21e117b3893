"""Laws cited by name: "Luật Tiếp cận thông tin", "Luật Phòng, chống tham nhũng", "Bộ luật Lao động".

A name starts with a capitalised word after "Luật" and runs word by word until a word or mark
that cannot belong to a name: punctuation other than a comma inside the name ("Phòng, chống"),
a function word ("để", "ngày", "số", "của"), another type word ("và Luật", "Nghị định"), or a
line break before a capital. Names holding such words come from parsers/data/law_names.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.citations.data import law_names
from parsers.citations.text import new_tone_style, squash

# "Luật Tiếp cận thông tin", "Bộ luật Lao động"; not "luật pháp", "Luật này", "Luật sư".
LAW_START = r"(?<![\w])(?P<head>Bộ\s+luật|BỘ\s+LUẬT|Luật)\s{1,3}(?=[A-ZĐÀ-Ỹ])"
LAW_START_RE = re.compile(LAW_START)

# One step of a name: the gap before a word and the word: " Tiếp", ",\nchống", " và".
NAME_STEP = r"(?P<gap>[ \t]{1,3}|[ \t]{0,2}\n[ \t]{0,3}|,[ \t]{0,2}\n?[ \t]{0,2})(?P<word>[^\W\d_]+|\d{1,4})"
NAME_STEP_RE = re.compile(NAME_STEP)
FIRST_WORD_RE = re.compile(r"[^\W\d_]+")

# Words and phrases that end a name when they follow it (lower case).
STOP_WORDS = frozenset(
    "để ngày số năm của về theo đã được trong tại nhằm thì khi này có đến cho với từ là mà do bởi như "
    "hoặc các những trên đối đang sẽ vào nêu gồm thuộc tháng nên cũng phải không chưa và hết".split()
)
STOP_PHRASES = ("quy định", "hướng dẫn", "sửa đổi", "thi hành", "ban hành", "hiện hành", "kể từ")
# A capitalised word that starts another citation ends the name: "Luật Đất đai, Nghị định ...".
TYPE_STARTS = frozenset("Luật Nghị Thông Quyết Pháp Hiến Bộ Chỉ Công Kế Văn Điều Khoản Chương Mục".split())
# Words that may follow a comma inside a name: "Phòng, chống", "Thi đua, khen thưởng", "Cán bộ, công chức".
COMMA_WORDS = frozenset(
    "chống khen công hàng an chữa vệ thể sử nhập xuất cứu quá cư tạm bổ viên đổi kinh nuôi văn dịch phí".split()
)
MAX_WORDS = 16


@dataclass(frozen=True)
class LawMention:
    name: str  # normalised: "Luật Phòng, chống tham nhũng"
    start: int
    end: int


def find_laws(text: str) -> list[LawMention]:
    """Every law named in ``text``, in order, with its span."""
    found = []
    for match in LAW_START_RE.finditer(text):
        end = _known_name_end(text, match.end()) or _name_end(text, match.end())
        if end > match.end():
            raw_name = text[match.end() : end]
            found.append(LawMention(normalise_law(match.group("head"), raw_name), match.start(), end))
    return found


def normalise_law(head: str, name: str) -> str:
    """"Luật", "Phòng chống tham nhũng" -> "Luật Phòng, chống tham nhũng"; HĐND spelled out; new tone style."""
    name = new_tone_style(squash(name))
    name = re.sub(r"\bHĐND\b", "Hội đồng nhân dân", name)
    name = re.sub(r"\bUBND\b", "Ủy ban nhân dân", name)
    name = re.sub(r"\b(Phòng|phòng) chống\b", r"\1, chống", name)
    head = "Bộ luật" if head.lower().startswith("bộ") else "Luật"
    return f"{head} {name}"


@cache
def _known_names() -> list[re.Pattern[str]]:
    patterns = []
    for name in law_names():
        words = [re.escape(word) for word in name.split()]
        body = r"\s{1,3}".join(words).replace(r"Hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân", r"(?:Hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân|HĐND)")
        patterns.append(re.compile(body + r"(?!\w)"))
    return patterns


def _known_name_end(text: str, start: int) -> int | None:
    for pattern in _known_names():
        match = pattern.match(text, start)
        if match:
            return match.end()
    return None


def _name_end(text: str, start: int) -> int:
    """Where a name starting at ``start`` ends (``start`` when there is no name)."""
    first = FIRST_WORD_RE.match(text, start)
    if not first or first.group(0) in TYPE_STARTS:
        return start
    end, words = first.end(), 1
    while words < MAX_WORDS:
        step = NAME_STEP_RE.match(text, end)
        if not step or not _continues(text, step):
            break
        end, words = step.end(), words + 1
    return end


def _continues(text: str, step: re.Match[str]) -> bool:
    """Whether the word of ``step`` still belongs to the name."""
    word, gap = step.group("word"), step.group("gap")
    if word[0].isupper():
        return "\n" not in gap and "," not in gap and word not in TYPE_STARTS
    if "," in gap and word not in COMMA_WORDS:
        return False
    if word in STOP_WORDS:
        return word == "và" and _lower_word_follows(text, step.end())
    rest = text[step.start("word") : step.start("word") + 12]
    return not any(squash(rest).startswith(phrase) for phrase in STOP_PHRASES)


def _lower_word_follows(text: str, pos: int) -> bool:
    """After "và": "và quy chuẩn" keeps the name going, "và Luật ..." ends it."""
    nxt = NAME_STEP_RE.match(text, pos)
    return bool(nxt and "," not in nxt.group("gap") and nxt.group("word")[0].islower()
                and nxt.group("word") not in STOP_WORDS)
