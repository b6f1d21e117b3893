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

from parsers.citations.data import law_abbreviations, law_names
from parsers.text import squash, tone_style

# "Luật Tiếp cận thông tin", "Bộ luật Lao động", "Pháp lệnh ưu đãi người có công"; not "luật pháp", "Luật này".
LAW_START = r"(?<![\w])(?P<head>Bộ\s+[Ll]uật|BỘ\s+LUẬT|Luật|Pháp\s+lệnh)\s{1,3}(?=\w)"
LAW_START_RE = re.compile(LAW_START)

# The title of an amending law: "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật ...".
AMENDING = r"[Ss]ửa\s{1,3}đổi,?\s{1,3}bổ\s{1,3}sung\s{1,3}(?:một\s{1,3}số\s{1,3}[Đđ]iều\s{1,3}(?:của\s{1,3})?)?(?=(?:Bộ\s)?[Ll]uật|Pháp)"
AMENDING_RE = re.compile(AMENDING)
INNER_LAW_RE = re.compile(r"(?:Bộ\s{1,3}[Ll]uật|Luật|Pháp\s{1,3}lệnh)\s{1,3}")
AND_LAW_RE = re.compile(r"\s{1,3}và\s{1,3}(?=(?:Bộ\s{1,3}[Ll]uật|Luật|Pháp\s{1,3}lệnh)\s)")
_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d$")

# One step of a name: the gap before a word and the word: " Tiếp", ",\nchống", " và".
NAME_STEP = r"(?P<gap>[ \t]{1,3}|[ \t]{0,2}\n[ \t]{0,3}|,[ \t]{0,2}\n?[ \t]{0,2})(?P<word>[^\W\d_]+|\d{1,4})"
NAME_STEP_RE = re.compile(NAME_STEP)
FIRST_WORD_RE = re.compile(r"[^\W\d_]+")

# Words and phrases that end a name when they follow it (lower case).
STOP_WORDS = frozenset(
    "để ngày số năm của về theo đã được trong tại nhằm thì khi này có đến cho với từ là mà do bởi như "
    "hoặc các những trên đối đang sẽ vào nêu gồm thuộc tháng nên cũng phải và hết trước sau tính".split()
)
STOP_PHRASES = ("quy định", "hướng dẫn", "sửa đổi", "thi hành", "ban hành", "hiện hành", "kể từ")
# A capitalised word that starts another citation ends the name: "Luật Đất đai, Nghị định ...".
TYPE_STARTS = frozenset("Luật Nghị Thông Quyết Pháp Hiến Bộ Chỉ Công Kế Văn Điều Khoản Chương Mục".split())
# Lower-case words after "Luật" that do not start a name: "Luật này", "Luật sư", "Luật định".
NOT_A_NAME = frozenset("gia thay bãi hết sửa này sư định pháp hiện đã được số thì và hoặc của về trên cũng mới chung khác liên nêu nói".split())
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
    """Every law named in ``text``, in order, with its span (a law named inside another's title is not apart)."""
    found: list[LawMention] = []
    for match in LAW_START_RE.finditer(text):
        if found and match.start() < found[-1].end:
            continue
        end = _law_end(text, match)
        if end > match.end():
            raw_name = text[match.end() : end]
            found.append(LawMention(normalise_law(match.group("head"), raw_name), match.start(), end))
    return found


def _law_end(text: str, match: re.Match[str]) -> int:
    amending = AMENDING_RE.match(text, match.end())
    if amending:
        return _inner_laws_end(text, amending.end())
    first = FIRST_WORD_RE.match(text, match.end())
    if not first or (first.group(0)[0].islower() and first.group(0) in NOT_A_NAME):
        return match.end()
    return _known_name_end(text, match.end()) or _name_end(text, match.end())


def _inner_laws_end(text: str, pos: int) -> int:
    """The end of "Luật A" or "Luật A và Luật B" inside an amending law's title."""
    end = pos
    for _ in range(3):
        head = INNER_LAW_RE.match(text, end)
        if not head:
            break
        end = _known_name_end(text, head.end()) or _name_end(text, head.end())
        joined = AND_LAW_RE.match(text, end)
        if not joined:
            break
        end = joined.end()
    return end


def normalise_law(head: str, name: str) -> str:
    """"Luật", "Phòng chống tham nhũng" -> "Luật Phòng, chống tham nhũng"; HĐND spelled out; new tone style."""
    name = _TRAILING_YEAR.sub("", tone_style(squash(name)))
    for short, full in law_abbreviations():
        name = re.sub(rf"(?<!\w){short}(?!\w)", full, name)
    name = re.sub(r"\b(Phòng|phòng),? chống(?:,? chống)?\b", r"\1, chống", name)
    head = squash(head)
    head = "Bộ luật" if head.lower().startswith("bộ") else ("Pháp lệnh" if head.startswith("Pháp") else "Luật")
    return f"{head} {name}"


@cache
def _known_names() -> list[re.Pattern[str]]:
    patterns = []
    for name in law_names():
        words = [re.escape(word) for word in name.split()]
        body = r"\s{1,3}".join(words).replace(r"Hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân", r"(?:Hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân|HĐND)")
        patterns.append(re.compile(body + r"(?!\w)", re.IGNORECASE))
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
    if not first or first.group(0) in TYPE_STARTS or first.group(0) in STOP_WORDS:
        return start
    end, words = first.end(), 1
    while words < MAX_WORDS:
        step = NAME_STEP_RE.match(text, end)
        if not step or not _continues(text, step):
            break
        end, words = step.end(), words + 1
    trailing = re.search(r"[\s,]+(?:và|hoặc)\Z", text[start:end])
    return start + trailing.start() if trailing else end


def _continues(text: str, step: re.Match[str]) -> bool:
    """Whether the word of ``step`` still belongs to the name."""
    word, gap = step.group("word"), step.group("gap")
    if word[0].isupper():
        return "\n" not in gap and "," not in gap and word not in TYPE_STARTS
    if "," in gap and word not in COMMA_WORDS and (word in STOP_WORDS or _words_so_far(text, step) > 3):
        return False
    if word in STOP_WORDS:
        return word == "và" and _lower_word_follows(text, step.end())
    rest = text[step.start("word") : step.start("word") + 12]
    return not any(squash(rest).startswith(phrase) for phrase in STOP_PHRASES)


def _words_so_far(text: str, step: re.Match[str]) -> int:
    """How many words the name has before ``step`` (back to "Luật")."""
    before = text[max(0, step.start() - 80) : step.start()]
    head = max(before.rfind("Luật"), before.rfind("lệnh"), before.rfind("luật"))
    return len(before[head:].split()) - 1 if head >= 0 else 99


def _lower_word_follows(text: str, pos: int) -> bool:
    """After "và": "và quy chuẩn" keeps the name going, "và Luật ..." ends it."""
    nxt = NAME_STEP_RE.match(text, pos)
    return bool(nxt and "," not in nxt.group("gap") and nxt.group("word")[0].islower()
                and nxt.group("word") not in STOP_WORDS)
