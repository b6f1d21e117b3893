r"""Named regular expressions for cited numbers, dates and the words around them (domain.md §2).

Each constant is a verbose pattern with a real example above it. Every quantifier is bounded
and no two adjacent pieces can match the same characters, so matching stays linear on any text
(tests feed random and adversarial text).

The patterns run on the *scan text*: ``Document.text`` with look-alike letters mapped one to one
(Cyrillic "С" -> "C", "Ð" -> "Đ", dashes -> "-"), so offsets are those of ``Document.text``.

Patterns used with ``pattern.match(text, pos)`` carry no ``\A``: ``match`` anchors at ``pos``.
"""

from __future__ import annotations

import re

# One chunk of a code: "NĐ", "TTg", "CTr", "QĐi", "QH13", "PVHCC&KSTT", "BGDĐT".
CODE = r"[A-ZĐ][A-Za-zĐđ0-9&]{0,15}"

# A hyphen between code chunks, possibly spaced or at a line break:
# "UBND-NC", "NĐ -CP", "521/UBND-" + newline + "PVHCC&KSTT".
HYPHEN = r"(?:-[ \t]{0,2}(?:\n[ \t]{0,2})?|[ \t]-[ \t]{0,2})"

# "178" in "178/2024/NĐ-CP", "66.15" in "66.15/2026/NQ-CP".
SERIAL = r"\d{1,5}(?:\.\d{1,3})?"

# A number of the state format, with or without a year:
# "178/2024/NĐ-CP", "80/2015/QH13", "09/2026NQ-HĐND", "1042/QĐ-UBND", "337/UBND-NC",
# "395/UBND-PVHCC&KSTT", "06/2016/TTLT-BCA-BQP", "44/VBHN-VPQH", "178/2024/NĐCP",
# "10/2018/TTLT/BTP-BCA-BQP-BTC-TANDTC-VKSNDTC" (a slash written after the type code).
STATE_NUMBER = rf"""
    (?<![\w/.\-:])                                # not the tail of a longer token
    (?P<serial>{SERIAL})
    [ \t]?/[ \t]?
    (?:(?P<year>(?:19|20)\d\d)(?:[ \t]?/[ \t]?|(?=[A-ZĐ])))?    # "2024/" or "2026" glued to "NQ"
    (?P<codes>{CODE}(?:(?:{HYPHEN}|/){CODE}){{0,8}})        # "TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", "TTLT/BTP-..."
    (?![\w&])
"""

# A number of the Party format (Hướng dẫn 36-HD/VPTW): serial, hyphen, type code, slash, body:
# "28-CT/TU", "48-CTr/TU", "08-QĐi/TW", "18- NQ/TW", "57-" + newline + "NQ/TW".
PARTY_NUMBER = rf"""
    (?<![\w/.\-:])
    (?P<pserial>\d{{1,5}})
    [ \t]?-[ \t]{{0,2}}(?:\n[ \t]{{0,2}})?
    (?P<ptype>[A-ZĐ][A-Za-zĐđ]{{0,4}})
    [ \t]?/[ \t]?
    (?P<pbody>{CODE}(?:{HYPHEN}{CODE}){{0,3}})
    (?![\w&])
"""

NUMBER_RE = re.compile(rf"(?:{STATE_NUMBER})|(?:{PARTY_NUMBER})", re.VERBOSE)

# The issuing document's own number in its header: "Số: 12/UBND-VX", "Luật số: 121/2025/QH15".
OWN_NUMBER_PREFIX = r"""
    (?:^|\n)[ \t|]{0,6}(?:[A-ZĐ][^\W\d_]{0,10}[ \t]+)?[Ss][ốỐ][ \t]{0,3}(?:hiệu|ký\ hiệu)?[ \t]{0,3}:[ \t]{0,3}$
"""
OWN_NUMBER_PREFIX_RE = re.compile(OWN_NUMBER_PREFIX, re.VERBOSE)

# A numeric date: "05/5/2025", "9/1/2025", "24-01-2025", "10.3.2025", "ngày" + newline + "05/5/2025".
NUMERIC_DATE = r"(?P<d>\d{1,2})[ \t]?[/.\-][ \t]?(?P<m>\d{1,2})[ \t]?[/.\-][ \t]?(?P<y>(?:19|20)\d\d)"

# A date in words: "19 tháng 6 năm 2015", "18 tháng 02 năm 2025", "27 THÁNG 7 NĂM 2013" (titles in capitals).
WORDS_DATE = r"(?P<wd>\d{1,2})\s{1,3}(?i:tháng)\s{1,3}(?P<wm>\d{1,2})\s{1,3}(?i:năm)\s{1,3}(?P<wy>(?:19|20)\d\d)"

# A date right after a cited number: "ngày 05/5/2025", ", ngày 19 tháng 6 năm 2015", "(ngày 9/1/2025",
# "14-CT/TW 2017 ngày 19/7/2017" (a stray year before the date).
DATE_AFTER = rf"""
    [ \t]{{0,3}}(?:(?:19|20)\d\d[ \t]{{1,2}})?[,(]?\s{{0,3}}(?:ban\s+hành\s+|ký\s+)?(?i:ngày)\s{{1,3}}
    (?:{NUMERIC_DATE}|{WORDS_DATE})
    (?!\d)
"""
DATE_AFTER_RE = re.compile(DATE_AFTER, re.VERBOSE)

# A date opening the clause of a number: "Ngày 12/3/2012, Văn phòng Chính phủ đã có văn bản số 87/TB-VPCP".
DATE_BEFORE = rf"""
    (?:^|(?<=[.;:\n]))\s{{0,3}}[Nn]gày\s{{1,3}}(?:{NUMERIC_DATE}|{WORDS_DATE})[ \t]{{0,2}},
"""
DATE_BEFORE_RE = re.compile(DATE_BEFORE, re.VERBOSE | re.MULTILINE)

# A year given apart after a number or a list: "số 01/NQ-CP, số 02/NQ-CP năm 2025".
YEAR_AFTER = r"[ \t]{0,3},?\s{0,3}(?i:năm)\s{1,3}(?P<year>(?:19|20)\d\d)(?!\d)"
YEAR_AFTER_RE = re.compile(YEAR_AFTER)

# "của" and the issuer after a number (and its date): "của UBND tỉnh về ...", ", của Chính phủ".
OF_ISSUER = r"[ \t]{0,3},?\s{0,3}(?i:do\s+|của\s+)(?P<issuer>[A-ZĐÀ-ỸẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ][^;:.()\"“”\n]{0,90})"
OF_ISSUER_RE = re.compile(OF_ISSUER)

# Where an issuer phrase stops: "UBND tỉnh về triển khai ...", "BCH Trung ương Đảng khoá XIII về ...".
ISSUER_STOP = r"""
    \s(?:về|v/v|V/v|thực\ hiện|triển\ khai|quy\ định|hướng\ dẫn|ban\ hành|tại|nhằm|trong|theo|để|đã|được
        |khoá|khóa|nhiệm\ kỳ|ngày|năm|số|sửa\ đổi|thay\ thế|bãi\ bỏ|phê\ duyệt|giao|và\ (?=[A-ZĐ]))\b
    | ,
"""
ISSUER_STOP_RE = re.compile(ISSUER_STOP, re.VERBOSE | re.IGNORECASE)

# A list whose items share one type (and issuer): "các Kế hoạch của UBND tỉnh: số ...",
# "Các Công văn của UBND tỉnh: số 235/UBND-KGVX ...", "các báo cáo của Sở Nội vụ (Báo cáo số ...".
LIST_HEAD_TAIL = r"""
    (?P<tail>(?:\s+(?:năm\s+\d{4}|của\s+(?P<issuer>[^:;()\n]{1,60}?)))?\s{0,2}[:(])
"""

# The end of a sentence: ". Tiếp", ".\n", "; " is not a sentence end.
SENTENCE_END = r"[.!?…](?=\s+[A-ZĐÀ-Ỹ\"“(]|\s*\n|\s*$)"
SENTENCE_END_RE = re.compile(SENTENCE_END)

# A short later mention of a cited document: "Nghị định 34", "Nghị quyết số 57".
SHORT_TAIL = r"\s{1,3}(?:số\s{1,3})?(?P<serial>\d{1,5})(?![\d\w/.\-])"

# A preamble line: "Căn cứ Luật Tổ chức chính quyền địa phương ...;", "Theo đề nghị của Giám đốc Sở Nội vụ;".
PREAMBLE_LINE = r"""
    (?m)^[ \t\-–•*|]{0,4}
    (?P<kind>(?:Căn\s+cứ|CĂN\s+CỨ)(?=\s+(?:[A-ZĐ]|các\s|văn\s+bản))   # not "Căn cứ đề xuất của ..."
      |Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Theo\s+yêu\s+cầu)(?!\w)
"""

# The same markers inside a preamble joined into one line: "...; Theo đề nghị của Giám đốc Sở ... tại Tờ trình số".
PREAMBLE_MARK = r"(?P<kind>Căn\s+cứ|CĂN\s+CỨ|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Theo\s+yêu\s+cầu)(?!\w)"
PREAMBLE_MARK_RE = re.compile(PREAMBLE_MARK)
PREAMBLE_LINE_RE = re.compile(PREAMBLE_LINE, re.VERBOSE)

# The end of a preamble: "QUYẾT ĐỊNH:", "Điều 1.", "Chính phủ ban hành Nghị định sửa đổi ...".
PREAMBLE_END = r"""
    (?m)^[ \t*#|]{0,4}
    (?:(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|KẾT\s+LUẬN)[ \t*]{0,3}:
      |Điều\s{1,3}1\b
      |Chương\s{1,3}I\b
      |[A-ZĐÀ-Ỹ][^\n]{0,80}?\sban\s+hành\s+(?:Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị))
"""
PREAMBLE_END_RE = re.compile(PREAMBLE_END, re.VERBOSE)
