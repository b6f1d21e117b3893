"""One grammar of the labels that open a structural item, used by layout (paragraph breaks), structure
(the tree) and tasks (a label stripped off a heading).

A label is read at the start of a paragraph. ``read_label(text)`` gives every reading of it: the label as
printed first, then the readings of a label OCR garbled ("HI." for "III.", "Il." for "II.", "a}" for
"a)", "l." for "1.", ".1." for "2.1." with its head lost). Which reading is right is the structure's
choice, from the numbering around it (after "I." comes "II.").

Paths and keys: "III" (3,), "2.1" (2, 1), "đ" (5,), "B" (2,), "(ii)" -> "ii" (2,); dashes and pluses have no key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ------------------------------------------------------------------ labels as printed

# "Điều 5. Hiệu lực thi hành", "Ðiều 413. Phạm vi áp dụng" (U+00D0 for Đ), "Điều 12a."
ARTICLE = re.compile(r"""^\s*[ĐÐ]iều\s+(?P<label>\d+[a-z]?)\s*[.:]\s*(?P<rest>.*)$""", re.VERBOSE | re.DOTALL)

# "Phần thứ nhất", "PHẦN I", "Phần 2. QUY ĐỊNH CHUNG"
PART = re.compile(r"""^\s*(?:Phần|PHẦN)\s+(?P<label>thứ\s+\w+|[IVXLC]+|\d+)\b\.?\s*(?P<rest>.*)$""",
                  re.VERBOSE | re.DOTALL)

# "Chương I", "CHƯƠNG II. NHỮNG QUY ĐỊNH CHUNG"
CHAPTER = re.compile(r"""^\s*(?:Chương|CHƯƠNG)\s+(?P<label>[IVXLC]+|\d+)\b\.?\s*(?P<rest>.*)$""", re.VERBOSE | re.DOTALL)

# "Mục 2", "MỤC 1. SOẠN THẢO LUẬT"
SECTION = re.compile(r"""^\s*(?:Mục|MỤC)\s+(?P<label>\d+|[IVXLC]+)\b\.?\s*(?P<rest>.*)$""", re.VERBOSE | re.DOTALL)

# "PHỤ LỤC 2 Đề cương Báo cáo ...", "Phụ lục I", "PHỤ LỤC" (an appendix opens its own tree; not "Phụ lục kèm theo")
APPENDIX = re.compile(
    r"""^\s*(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:số\s+)?(?P<label>[IVXLC]+|\d+[a-z]?|[A-Z])\b)?\.?
        (?P<rest>\s*(?:$|[:.(]|[A-ZĐ(]).*)$""",
    re.VERBOSE | re.DOTALL,
)

# "III. ĐỐI VỚI CHỈ SỐ NÂNG CAO HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)"
ROMAN = re.compile(r"""^\s*(?P<label>[IVXLC]+)\.\s+(?P<rest>.*)$""", re.VERBOSE | re.DOTALL)

# "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020"
UPPER = re.compile(r"""^\s*(?P<label>[A-Z])\.\s+(?P<rest>.*)$""", re.VERBOSE | re.DOTALL)

# "1. Tiếp tục phát huy vai trò ...", "2.1. Đối với nội dung ...", "3) Sở Y tế", "2.3 Đối với việc giải quyết ...",
# "2- Đề nghị các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy ..." (a Party letter's items, before a capital)
NUMBERED = re.compile(
    r"""^\s*(?P<label>\d{1,3}(?:\.\d{1,3})*)[.)]\s+(?P<rest>.*)$
      | ^\s*(?P<label2>\d{1,3}(?:\.\d{1,3})+)\s+(?P<rest2>\D.*)$
      | ^\s*(?P<label3>\d{1,2})\s?-\s+(?P<rest3>[^\W\d_].*)$""",
    re.VERBOSE | re.DOTALL,
)

# An amount with thousands dots before a lower-case word, wrapped to a line's start: "1.000 chuyên gia chuyển đổi số"
# (146/QĐ-TTg: "... tham gia chương trình đào tạo\n1.000 chuyên gia ..."), "2.500 tỷ đồng".
AMOUNT = re.compile(r"^\s*\d{1,3}(?:\.\d{3})+(?:,\d+)?\s+[a-zđà-ỹ]")

# A dash OCR put before a point's letter or an article: "- a) Xây dựng và triển khai kế hoạch thực hiện Đề án ..."
# (146/QĐ-TTg), "- Điều 2. Quyết định này có hiệu lực kể từ ngày ban hành." (1740/QĐ-UBND Hà Tĩnh).
STRAY_DASH = re.compile(r"^\s*[-–]\s*(?=(?:[a-zđ]\)|Điều\s+\d{1,3}\s*[.:])\s+\S)")

# "a) Tổ chức tuyên truyền ...", "đ) Thường xuyên kiểm tra ...", "b. Tuyên truyền ...", "a, Mục đích:"
LETTER = re.compile(r"""^\s*(?P<label>[a-zđ])[).,]\s+(?P<rest>.*)$""", re.VERBOSE | re.DOTALL)

# "(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo Thủ tướng ...", "(iv) Giao Bộ Công Thương ..."
# (the points of a Government Office notice under "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:")
SMALL_ROMAN = re.compile(r"""^\s*\((?P<label>[ivx]{1,4})\)\s+(?P<rest>.*)$""", re.VERBOSE | re.DOTALL)

# "- Giao Sở Nội vụ tham mưu ...", "– Thông tin, tuyên truyền ...", "— Phối hợp ...", "• Rà soát ..."
# (not a rule "-------" nor "- 2 -")
DASH = re.compile(r"""^\s*[-–—−•]\s*(?P<rest>[^\s\-–—−_=*.].*)$""", re.VERBOSE | re.DOTALL)

# "+ Cấp huyện: ...", "+ đại biểu HĐND tỉnh;"
PLUS = re.compile(r"""^\s*\+\s*(?P<rest>\S.*)$""", re.VERBOSE | re.DOTALL)

# Word's picture bullets (Wingdings, mapped by ``data/lookalikes.tsv``), each a level of its own over the dashes and
# "•" under it; both written "-N" in paths: "➢ Quy định chung" over "• Sinh viên phải thực hiện đầy đủ ..."
# (46/KH-KHMT), "▪ Giới thiệu về đơn vị đã đến thực tế"
ARROW = re.compile(r"""^\s*[➢❖►]\s*(?P<rest>\S.*)$""", re.VERBOSE | re.DOTALL)
SQUARE = re.compile(r"""^\s*[▪■]\s*(?P<rest>\S.*)$""", re.VERBOSE | re.DOTALL)

# Any label at the start of a paragraph, as layout breaks paragraphs before one and tasks strip one:
# "III. ", "B. ", "2. ", "2.1. ", "2.1 ", "3) ", "a) ", "b. ", "- ", "• ", "+ ", "Điều 5.", "Chương II", "PHỤ LỤC 2"
LABEL_START = re.compile(
    r"""^\s*(?:
        [IVXLC]+\.\s                # Roman section: "III. ĐỐI VỚI ..."
      | [A-Z]\.\s                   # capital part: "B. NỘI DUNG, NHIỆM VỤ"
      | \d{1,3}(?:\.\d{1,3})*[.)]\s # numbered item: "1. ", "2.1. ", "3) "
      | \d{1,3}(?:\.\d{1,3})+\s\D   # sub-item without its last dot: "2.1 Đối với ..."
      | \d{1,2}\s?-\s+[^\W\d_]      # a Party letter's item: "2- Đề nghị ..."
      | [a-zđ][).,]\s               # lettered item: "a) ", "đ) ", "b. ", "a, "
      | \([ivx]{1,4}\)\s             # small Roman in brackets: "(ii) Chủ đầu tư phối hợp ..."
      | [-–—−•+]\s*[^\s\-–—−_=*.]   # dash, bullet or plus: "- Giao Sở Nội vụ ..."
      | [➢❖►▪■]\s*\S              # a picture bullet: "➢ Quy định chung"
      | [ĐÐ]iều\s+\d+               # article: "Điều 5.", "Ðiều 413." (U+00D0)
      | (?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:[IVXLC\d]+|thứ\s)
      | (?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:[IVXLC]+|\d+)\b|\s*$)   # appendix: "PHỤ LỤC 2", "Phụ lục I"
    )""",
    re.VERBOSE,
)

# The label a heading or an item text starts with, to strip it: "2. UBND cấp huyện, cấp xã:" -> "UBND cấp huyện, ...";
# also "Khoản 2." / "Mục 3." and a bare "1." (the tasks' headings)
LABEL_PREFIX = re.compile(
    r"""^\s*(?:
        (?:[ĐÐ]iều|Khoản|Mục)\s+\d+[a-zđ]?\.?
      | [IVXLC]+\.
      | \d{1,3}(?:\.\d{1,3})*[.)]
      | \d{1,3}(?:\.\d{1,3})+(?=\s)
      | \d{1,2}\s?-(?=\s+[^\W\d_])
      | [a-zđ]\)
      | \([ivx]{1,4}\)
      | [-–—−•+](?=\s*[^\s\-–—−_=*.])
      | [➢❖►▪■](?=\s*\S)
    )\s*""",
    re.VERBOSE,
)

# ------------------------------------------------------------------ labels as OCR garbles them

# A Roman numeral with look-alikes: "HI." (III), "LI." / "Il." / "11." (II), "IIL" (III, its dot read as L),
# "1V." (IV), "VH." (VII); followed by a capitals heading when its dot is lost.
GARBLED_ROMAN = re.compile(
    r"""^\s*(?P<label>[IVXLHUl1|!iíìÌÍ]{1,5})(?P<dot>[.,:]|(?=\s))\s*(?P<rest>\S.*)$""", re.VERBOSE | re.DOTALL)

# A label no look-alike explains before a capitals heading: "1Ï. NHIỆM VỤ TRỌNG TÂM", "Ũ. TỔ CHỨC THỰC HIỆN";
# the structure takes it for the next Roman section when one is open (not "TM." / "KT." of a signature, nor a
# table cell read as text: "số: 01/NQ-CP, 02/NQ-CP", whose words are no words)
UNREAD_HEADING = re.compile(r"""^\s*(?!(?:TM|KT|TL|TUQ|Q|T/M|K/T)\.)(?P<label>[^\s.,:]{1,3})[.,:]\s+(?P<rest>\S.*)$""",
                            re.VERBOSE | re.DOTALL)

# A number with look-alikes: "l. Các sở" (1.), "Š. Lĩnh vực" (5.), "$.2. Đề nghị" (5.2.), "§. Triển khai xây dựng" (8.),
# ".1. Phòng Kinh tế" (head lost)
# and "1L Đánh giá chung" (its dot read as L, before a word); a speck read as "_" before it: "_ 2. Giao Ban cán sự đảng
# Ủy ban nhân dân tỉnh ..." (29-CT/TU Sơn La, a scan)
GARBLED_NUMBER = re.compile(
    r"""^\s*(?:_\s*)?(?P<label>(?:[\dlIŠS$§|]{1,3}|(?=\.\d))(?:\.[\dlIŠS$§|]{1,3})*)(?P<end>[.)]|[Ll,:](?=\s+[^\W\d_]))\s+(?P<rest>.*)$""",
    re.VERBOSE | re.DOTALL)

# A letter with its bracket misread: "a} Tổ chức", "b] Rà soát", "©) Chỉ đạo" (c)), "ð) Thường xuyên" (đ))
# and "e) Đối với UBND cấp xã có dịch" or "€) Nâng cao tinh thần trách nhiệm" for "c)" (tesseract reads a bold italic "c" as "e"; the structure takes it
# only where "c)" follows "b)"); "D)" for "b)"
GARBLED_LETTER = re.compile(r"""^\s*[.,]?(?P<label>[a-zđð©])[}\]|]\s+(?P<rest>.*)$
                               |^\s*[.,]?(?P<label2>[ð©e€]|D(?=\)))[).]\s+(?P<rest2>.*)$""", re.VERBOSE | re.DOTALL)

ROMAN_LOOKALIKES = {"l": "I", "1": "I", "|": "I", "!": "I", "i": "I", "í": "I", "ì": "I", "Ì": "I", "Í": "I", "L": "I",
                    "H": "II", "U": "II"}
DIGIT_LOOKALIKES = {"l": "1", "I": "1", "|": "1", "Š": "5", "S": "5", "$": "5", "§": "8"}
LETTER_LOOKALIKES = {"©": "c", "ð": "đ"}
# "e)", "€)" read for "c)"; "e}" stays "e"; "D)" for "b)" ("D) Truyền thông cho các tầng lớp lao động ...", 146/QĐ-TTg)
LETTER_BEFORE_BRACKET = {**LETTER_LOOKALIKES, "e": "c", "€": "c", "D": "b"}

# Letters of a lettered list in order: Vietnamese "a b c d đ e g h i k ...", with the Latin "f j w z"
# some texts use in between ("e) ... f)"); a step over one missing letter is within the allowed gap.
LETTERS = "abcdđefghijklmnopqrstuvwxyz"
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
LEGAL_STYLES = ("part", "chapter", "section", "article")


@dataclass(frozen=True)
class Reading:
    """One way to read a paragraph's label: its style, the label as it should be printed, its place in
    its sequence, the text after it, and whether it came from an OCR look-alike."""

    style: str  # appendix|part|chapter|section|article|roman|upper|num|letter|small_roman|dash|plus
    label: str  # "III", "2.1", "đ", "B", "-", "+", "5", "thứ nhất"; "0.1" for ".1." (head lost)
    key: tuple[int, ...]  # (3,), (2, 1), (5,); () for dashes and pluses
    rest: str  # the text after the label
    garbled: bool = False


def starts_with_label(text: str) -> bool:
    """True when ``text`` opens a structural item (layout breaks a paragraph before it)."""
    return LABEL_START.match(text) is not None and not AMOUNT.match(text)


def strip_label(text: str) -> str:
    """``text`` without the label it starts with: "2. UBND cấp huyện:" -> "UBND cấp huyện:"."""
    return LABEL_PREFIX.sub("", text, count=1)


def read_label(text: str) -> list[Reading]:
    """Every reading of the label ``text`` starts with, the printed one first; [] when it has none."""
    legal = _legal_reading(text)
    if legal:
        return [legal]
    if AMOUNT.match(text):
        return []  # "1.000 chuyên gia ...": a number wrapped to the line's start, no label
    stray = STRAY_DASH.match(text)
    if stray:
        return read_label(text[stray.end() :])  # "- a) Xây dựng ...": OCR's dash before the point's letter
    readings = _printed_readings(text)
    for garbled in _garbled_readings(text):
        if garbled not in readings and (garbled.style, garbled.key) not in {(r.style, r.key) for r in readings}:
            readings.append(garbled)
    return readings + _next_section(text, readings)


def _next_section(text: str, readings: list[Reading]) -> list[Reading]:
    """A capitals heading whose Roman label may be misread, or no look-alike explains ("1Ï."): the structure
    takes it for the Roman section after the open one. Its key is (0, the value read, 0 when none)."""
    roman = next((r for r in readings if r.style == "roman" and r.key[0] and is_caps(r.rest)), None)
    if roman:
        return [Reading("roman", "?", (0, roman.key[0]), roman.rest, garbled=True)]
    unread = UNREAD_HEADING.match(text)
    words = unread.group("rest").split() if unread else []
    if unread and not readings and is_caps(unread.group("rest")) and sum(w.isalpha() for w in words) >= 2:
        return [Reading("roman", "?", (0, 0), unread.group("rest"), garbled=True)]
    return []


def _legal_reading(text: str) -> Reading | None:
    appendix = APPENDIX.match(text)
    if appendix:
        label = appendix.group("label") or ""
        return Reading("appendix", label, legal_key(label) if label else (0,), appendix.group("rest").strip(" .:"))
    for style, pattern in zip(LEGAL_STYLES, (PART, CHAPTER, SECTION, ARTICLE), strict=True):
        match = pattern.match(text)
        if match:
            return Reading(style, match.group("label"), legal_key(match.group("label")), match.group("rest"))
    return None


def _printed_readings(text: str) -> list[Reading]:
    match = NUMBERED.match(text)
    if match:
        group = next(name for name in ("label", "label2", "label3") if match.group(name))
        label, rest = match.group(group), match.group(group.replace("label", "rest"))
        if group != "label3" or rest[:1].isupper():
            return [Reading("num", label, tuple(int(n) for n in label.split(".")), rest)]
    out: list[Reading] = []
    roman = ROMAN.match(text)
    if roman and roman_value(roman.group("label")):
        out.append(Reading("roman", roman.group("label"), (roman_value(roman.group("label")),), roman.group("rest")))
    upper = UPPER.match(text)
    if upper:
        out.append(Reading("upper", upper.group("label"), (ord(upper.group("label")) - ord("A") + 1,), upper.group("rest")))
    if out:
        return out
    letter = LETTER.match(text)
    if letter:
        return [Reading("letter", letter.group("label"), (LETTERS.index(letter.group("label")) + 1,), letter.group("rest"))]
    small = SMALL_ROMAN.match(text)
    if small and roman_value(small.group("label").upper()):
        return [Reading("small_roman", small.group("label"), (roman_value(small.group("label").upper()),),
                        small.group("rest"))]
    for style, pattern, mark in (("dash", DASH, "-"), ("plus", PLUS, "+"), ("arrow", ARROW, "-"), ("square", SQUARE, "-")):
        match = pattern.match(text)
        if match:
            return [Reading(style, mark, (), match.group("rest"))]
    return []


def _garbled_readings(text: str) -> list[Reading]:
    """Readings through OCR look-alikes; a garbled Roman numeral needs a capitals heading after it."""
    out: list[Reading] = []
    roman = GARBLED_ROMAN.match(text)
    if roman:
        value_text = "".join(ROMAN_LOOKALIKES.get(c, c) for c in roman.group("label"))
        value = roman_value(value_text)
        if value and is_caps(roman.group("rest")):
            out.append(Reading("roman", value_text, (value,), roman.group("rest"), garbled=True))
        if value_text == "I" and roman.group("dot") == ".":
            out.append(Reading("num", "1", (1,), roman.group("rest"), garbled=True))  # "I. Lĩnh vực" for "1."
    number = GARBLED_NUMBER.match(text)
    if number and (number.group("end") in ".)" or number.group("rest")[:1].isupper()):
        parts = [("".join(DIGIT_LOOKALIKES.get(c, c) for c in part) or "0") for part in number.group("label").split(".")]
        if all(part.isdigit() for part in parts):
            label = ".".join(str(int(p)) for p in parts)
            out.append(Reading("num", label, tuple(int(p) for p in parts), number.group("rest"), garbled=True))
    letter = GARBLED_LETTER.match(text)
    if letter:
        raw = letter.group("label") or letter.group("label2")
        mark = (LETTER_LOOKALIKES if letter.group("label") else LETTER_BEFORE_BRACKET).get(raw, raw)
        rest = letter.group("rest") if letter.group("label") else letter.group("rest2")
        out.append(Reading("letter", mark, (LETTERS.index(mark) + 1,), rest, garbled=True))
    return out


def legal_key(label: str) -> tuple[int, ...]:
    """ "5" -> (5,), "12a" -> (12,), "II" -> (2,), "thứ nhất" -> (0,)."""
    digits = re.match(r"\d+", label)
    if digits:
        return (int(digits.group()),)
    value = roman_value(label.upper())
    return (value,) if value else (0,)


def roman_value(label: str) -> int:
    """ "XIV" -> 14; 0 when ``label`` is not a well-formed Roman numeral ("IIII", "VX")."""
    if not label or any(c not in ROMAN_VALUES for c in label):
        return 0
    values = [ROMAN_VALUES[c] for c in label]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if to_roman(total) == label else 0


def to_roman(value: int) -> str:
    out = ""
    for number, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"),
                            (1, "I")):
        while value >= number:
            out, value = out + letters, value - number
    return out


def is_caps(text: str) -> bool:
    """A capitals heading: "NHIỆM VỤ VÀ GIẢI PHÁP" (90% of its letters upper case, at least two)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
