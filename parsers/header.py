"""Header and signature blocks (domain.md §1): who issued a document, its number, date, type and subject,
to whom it is addressed ("Kính gửi"), who signed it and who receives copies ("Nơi nhận").

``parse_header(doc)`` reads ``doc.paragraphs`` (never the file), marks the paragraphs it consumes
``kind="header"`` or ``kind="signature"`` and returns a ``Header``. Names come out in their canonical
spelling ("UBND TỈNH HƯNG YÊN / SỞ NỘI VỤ" -> issuer "Sở Nội vụ", parent "UBND tỉnh Hưng Yên").
Word lists live in ``parsers/data`` (doc types, bodies, provinces, abbreviations, authority prefixes).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from parsers.model import Document, Header, Paragraph
from parsers.structure import starts_with_label
from parsers.text import base_letters, read_rows, strip_tones, tone_key

CONTENT_KINDS = ("body", "header", "signature")
TOP_ZONE_MAX = 40  # paragraphs looked at for the header block

# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (and as a scan reads it: "CỌNG HÒA XÃ HỘI ...", "CỘNG HÒA XÃ HỌI ..."),
# "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM", "-------",
# "CÔNG BÁO/Số 1093 + 1094/Ngày 21-11-2020", "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI", "CHỦ TỊCH NƯỚC - QUỐC HỘI"
# (gazette section titles), "(Tiếp theo Công báo số 1093 + 1094)".
HEADER_NOISE = re.compile(
    r"""
      C[ỘỌÔO]NG\s+H\w+\s+X[ÃA]\s+H[ỘỌÔO]I\s+CH[ỦU]\s+NGH\w+\s+VI[ỆÊE]T\s+NAM
    | Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc
    | ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM
    | (?:\d+\s+)?CÔNG\s+BÁO\s*/\s*Số[^/]*/\s*Ngày\s+[\d-]+(?:\s+\d+)?
    | PHẦN\s+VĂN\s+BẢN\s+QUY\s+PHẠM\s+PHÁP\s+LUẬT
    | VĂN\s+BẢN\s+PHÁP\s+LUẬT\s+KHÁC
    | ^CHỦ\s+TỊCH\s+NƯỚC\s+-\s+QUỐC\s+HỘI$
    | \(Tiếp\s+theo\s+Công\s+báo[^)]*\)
    | VĂN\s+BẢN\s+HỢP\s+NHẤT\s+-\s+(?=VĂN\s+PHÒNG)
    | [-_=*~.]{3,} | ^\s*\*\s*$ | \|
    """,
    re.VERBOSE,
)

# the motto opening the header's right column: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"
MOTTO = re.compile(r"""^(?:CỘNG\s+H\w+\s+XÃ\s+HỘI\s+CHỦ\s+NGH\w+\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)""", re.VERBOSE)

# The same motto as a scan reads it, on letters without marks: "CÓNG HÒA XÃ HỘI ...", "CỘNG HÒA XÃ HỌI CHỦ NGHĨA
# VIỆT NAM" (the first line of a plan attached after a decision's "Nơi nhận"), "ĐẢNG CỘNG SẢN VIỆT NAM".
MOTTO_LETTERS = re.compile(r"""^(?:cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia|dang\s+cong\s+san\s+viet\s+nam)""", re.VERBOSE)

# "Số: 15/QĐ-BNV", "Số: 12/UBND-VX", "Luật số: 121/2025/QH15", "Số: 28-CT/TU", "Số 06/2026/TT-BTС" (no colon
# only at the start of a line)
NUMBER_FIELD = re.compile(
    r"""
    (?: (?:^|(?<=\s)) (?:(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Lệnh)\s+)? [Ss]ố\s*:\s*
      | ^[Ss]ố\s+ )
    (?P<number>\d[\w.]*(?:\s?[/-]\s?[\w&.]+)+)
    """,
    re.VERBOSE,
)

# the number line of a scan whose digits were written or stamped into the blank and read as junk, or lost: "0S
# /CT-UBND", "/SNV-VP", "Số: A409 /TB-VPUBND", "Số: €Š4 /SLĐTBXH - VP", "Số: Z4Z/UBND- VX", "540 5CHQ-ĐTCBL" (a digit
# glued to the symbol); never part of the issuer's name above it ("Sở Nội vụ /snv - Vp" before)
NUMBER_BLANK = re.compile(
    r"""(?:^|\s)(?:[Ss]\S{0,2}\s*[:;]\s*)?\S{0,6}?\s*(?:/|\d)\s*[A-ZĐ][A-ZĐ0-9&]{0,11}(?:\s?[-–]\s?[A-ZĐ0-9&]+)+$"""
)

# "Hưng Yên, ngày 05 tháng 5 năm 2025", "TP. Hồ Chí Minh, ngày 1 tháng 02 năm 2024"
# (a place word is at most 31 characters: bounded, so a 24,000-letter word is not rescanned at each position)
PLACE_DATE = re.compile(
    r"""
    (?P<place>(?:TP\.\s*)?[^\W\d_][\w.]{0,30}(?:\s+[^\W\d_][\w.]{0,30}){0,4})\s*,\s*
    ngày\s+(?P<day>\d\s?\d|\d)\s+tháng\s+(?P<month>\d\s?\d|\d)\s+năm\s+(?P<year>\d{4})
    """,
    re.VERBOSE,
)

# "ngày 22 tháng 8 năm 2019", "vào các ngày 01, 02, 03 tháng 02 năm 2023" (the last day is kept)
# (spaces may be lost by a text extractor: "thôngquangày07tháng9 năm 2022")
LONG_DATE = re.compile(
    r"""ngày\s*(?:\d{1,2}\s*[,+]\s*)*(?P<day>\d{1,2})\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>\d{4})""",
    re.VERBOSE,
)

# "Văn bản hợp nhất số 23/VBHN-VPQH ngày 15 tháng 7 năm 2020 hợp nhất Luật Ban hành ..." (the heading of a
# later Công báo issue continuing a text)
GAZETTE_IDENTITY = re.compile(
    r"""^(?P<type>[^\W\d]+(?:\s+[^\W\d]+){0,3})\s+số\s+(?P<number>\d[\w.]*(?:[/-][\w&.]+)+)\s+
        ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})\s*(?P<rest>.*)$""",
    re.VERBOSE,
)

# "V/v triển khai nhiệm vụ CCHC năm 2025", "V/v: ban hành Thông tư ..."
SUBJECT_VV = re.compile(r"""^(?:V/v|V/V|Về\s+việc)\s*:?\s*(?P<subject>.*)$""", re.VERBOSE)

# "Án lệ số 27/2019/AL về thụ lý, ...", "ÁN LỆ SỐ 30/2020/AL1" (a footnote marker glued to the number)
CASE_LAW = re.compile(
    r"""^(?:Án\s+lệ|ÁN\s+LỆ)\s+(?:số|SỐ)\s+(?P<number>\d+/\d{4}/AL)\d*\s*(?P<rest>.*)$""",
    re.VERBOSE,
)

# "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 22 tháng 8 năm 2019"
CASE_LAW_ADOPTED = re.compile(r"""Được\s*(?P<body>.+?)\s*thông\s*qua""", re.VERBOSE)

# "(Kèm theo Nghị định số 55/2023/NĐ-CP ngày 21 tháng 7 năm 2023 của Chính phủ)",
# "(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2024 của Chủ tịch UBND thành phố Hà Nội)"
ATTACHED_TO = re.compile(
    r"""\(?\s*(?:Kèm|Ban\s+hành\s+kèm)\s+theo\s+(?P<type>[^\W\d]+(?:\s+[^\W\d]+)?)\s+số\s*:?\s*
        (?P<number>\d*\s*/[\w&./-]+)\s+
        (?P<date>ngày.*?)\s+của\s+(?P<issuer>[^)]+)\)?""",
    re.VERBOSE,
)

# "PHỤ LỤC 1", "Phụ lục I", "PHỤ LỤC"
APPENDIX = re.compile(r"""^(?:PHỤ\s+LỤC|Phụ\s+lục)\b(?:\s+(?:[IVXLC]+|\d+|[A-Z])\b)?""", re.VERBOSE)

# "Căn cứ Luật ...", "Kính gửi: ...", "Theo đề nghị của ...", "Xét đề nghị ...", "Nơi nhận:"
HEADER_STOP = re.compile(
    r"""^(?:Căn\s+cứ|Kính\s+gửi|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Nơi\s+nhận|Thực\s+hiện)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# "Kính gửi: - Các sở, ban, ngành tỉnh;", "Kính gửi:     "
RECIPIENTS = re.compile(r"""^\s*Kính\s+gửi\s*:?\s*(?P<rest>.*)$""", re.VERBOSE | re.IGNORECASE)

# "- Các sở, ban, ngành tỉnh;", "– UBND các xã, phường, thị trấn.", "+ Sở Nội vụ;"
BULLET = re.compile(r"""^\s*[-–+•]\s*""", re.VERBOSE)

# lines of the "Nơi nhận" column that are no item, skipped when an authority line follows them: a filing code
# "QCV26.07. KHCN" printed under "- Lưu: VT, VX6." before "KT. CHỦ TỊCH"
SKIPPED_NOTES = 2
# a local body whose level a scan read without its tones ("UBND THANH PHO HÀ NỌI", "UBND TINH QUANG BINH"),
# matched on base letters, and each level as printed
LOCAL_LETTERS = re.compile(r"^(?P<body>ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan)\s+(?P<level>thanh pho|thi tran|thi xa|tinh|huyen|quan|xa|phuong)\s+(?P<name>\S.*)$")
LOCAL_LEVELS = {"thanh pho": "thành phố", "thi tran": "thị trấn", "thi xa": "thị xã", "tinh": "tỉnh", "huyen": "huyện",
                "quan": "quận", "xa": "xã", "phuong": "phường"}
LOCAL_BODIES = {"ubnd": "UBND", "uy ban nhan dan": "UBND", "hdnd": "HĐND", "hoi dong nhan dan": "HĐND"}

# lines after the signer's title searched for the printed name (a scan's seal and signature between them)
NAME_BELOW_LINES = 15

# "Nơi nhận:", "Nơi nhận: KT. CHỦ TỊCH"
DISTRIBUTION = re.compile(r"""^\s*Nơi\s+nhận\s*:?\s*(?P<rest>.*)$""", re.VERBOSE | re.IGNORECASE)

# "... thi hành Quyết định này./. | Nơi nhận: - Như Điều 3; ... | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH ..." (a markdown
# table row joined to the last body paragraph): where its signature cells begin.
TABLE_SIGNATURE = re.compile(r"""\|\s*(?=Nơi\s+nhận|(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\.?\s*[^\W\d_]{2})""", re.VERBOSE)

# "PHÓ THỦ TƯỚNG (Đã ký)", "(đã ký và đóng dấu)"
SIGNED_NOTE_INLINE = re.compile(r"""\(\s*(?:Đã|đã|ĐÃ)\s+(?:ký|KÝ)[^)]*\)""", re.VERBOSE)

# A title is words only: "PHÓ CHỦ TỊCH", "BỘ TRƯỞNG, CHỦ NHIỆM", "PHÒNG KT&ĐBCLGD" (a body's initials joined by "&";
# not "KSTT (3). $5" from an OCRed "Lưu" line)
TITLE_CHARS = re.compile(r"""^[^\W\d_]+(?:&[^\W\d_]+)*(?:[\s,\-–]+[^\W\d_]+(?:&[^\W\d_]+)*)*$""", re.VERBOSE)

# "(Đã ký)", "Đã ký", "(đã ký và đóng dấu)", "Người ký: ... Thời gian ký: ...", "XÁC THỰC VĂN BẢN HỢP NHẤT"
SIGNED_NOTE = re.compile(
    r"""^\(?\s*(?:Đã\s+ký|đã\s+ký|Người\s+ký|Ký\s+bởi|XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT)\b.*$""", re.VERBOSE
)

# "B Ộ", "V À", "X Ã": a lone consonant a text extractor split from the rest of its syllable
LONE_CONSONANT = re.compile(r"""(?:(?<=\s)|^)([BCDĐGHKLMNPQRSTVX])\s+([AĂÂEÊIOÔƠUƯYÀ-Ỹ][^\s]*)""", re.VERBOSE)

# "tỉnh Hưng Yên", "thành phố Hà Nội" (built from parsers/data/provinces.tsv at first use)
_PROVINCE_IN_TEXT: re.Pattern[str] | None = None


# --------------------------------------------------------------------------- public verb


def parse_header(doc: Document) -> Header:
    """Read issuer, number, place, date, type, subject, recipients, signature and "Nơi nhận".

    Sets ``kind`` of the paragraphs it consumes to "header" or "signature".
    """
    paras = [p for p in doc.paragraphs if p.kind in CONTENT_KINDS]
    while paras and paras[0].text.strip().isdigit():  # a page number the layout left as body
        paras = paras[1:]
    paras = _motto_before_recipients(paras)
    header = Header()
    top_end, letter = _read_top(paras, header)
    _mark(paras[:top_end], "header")
    rec_span = _read_recipients(paras, top_end, header)
    if rec_span:
        _mark(paras[rec_span[0] : rec_span[1]], "header")
    sig = _read_signature(paras, max(top_end, rec_span[1] if rec_span else 0), header)
    header.province = _province(header, doc.text)
    if not header.issuer and sig.collective:
        header.issuer = _issuer_from_collective(sig.collective, header.province)
    if not header.type and (_is_cong_van(header) or (letter and header.recipients and not header.number)):
        header.type = "Công văn"  # or a letter whose number was written in by hand: "V/v ..." and "Kính gửi:"
    _consolidated(header)
    return header


def _motto_before_recipients(paras: list[Paragraph]) -> list[Paragraph]:
    """The header's right column (motto, "Hà Nội, ngày 05 tháng 8 năm 2025") read after "Kính gửi:" put
    back before it: a number stamped into "Số:      /CHQ-GSQL" joins that row to the left column, which
    then runs down to "Kính gửi:" before the right column is read. Only the order header parsing sees."""
    index = next((i for i, p in enumerate(paras[:TOP_ZONE_MAX]) if RECIPIENTS.match(p.text)), None)
    if index is None:
        return paras
    motto = next((j for j in range(index + 1, min(index + 3, len(paras))) if MOTTO.match(paras[j].text.strip())), None)
    if motto is None:
        return paras
    end = motto + 1
    while end < min(motto + 4, len(paras)) and (not _strip_noise(paras[end].text) or PLACE_DATE.match(paras[end].text)):
        end += 1
    return paras[:index] + paras[motto:end] + paras[index:motto] + paras[end:]


def _consolidated(header: Header) -> None:
    """ "Số: 44/VBHN-VPQH" + "LUẬT / ĐẤT ĐAI": a consolidated text (type) of "Luật Đất đai" (subject)."""
    if not header.number or "/VBHN-" not in header.number.upper() or header.type == "Văn bản hợp nhất":
        return
    if header.type and header.subject:
        header.subject = f"{header.type} {header.subject}"
    header.type = "Văn bản hợp nhất"


def _mark(paras: list[Paragraph], kind: str) -> None:
    for para in paras:
        para.kind = kind


# --------------------------------------------------------------------------- top block


@dataclass
class _Top:
    issuer_lines: list[str] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)
    subject_caps: bool = False
    mode: str = "issuer"  # issuer|subject|vv|recipients|done
    recipients: list[str] = field(default_factory=list)
    seen: bool = False  # a number, date or type was found
    vv: bool = False  # the subject is a "V/v ..." line: a công văn's, under its number


def _read_top(paras: list[Paragraph], header: Header) -> tuple[int, bool]:
    """Scan the first paragraphs; fill number, date, place, type, subject, issuer. Return the stop index and
    whether the subject is a letter's "V/v ..." line."""
    if paras and CASE_LAW.match(paras[0].text.strip()):
        return _read_case_law(paras, header), False
    if paras and APPENDIX.match(paras[0].text.strip()):
        return _read_appendix(paras, header), False
    state = _Top()
    end = 0
    for index, para in enumerate(paras[:TOP_ZONE_MAX]):
        if _top_stops(para.text, state):
            break
        for line in re.split(r"\n|\|", para.text):  # lines, and the cells of a markdown table row
            _scan_top_line(line, state, header)
        end = index + 1
        if state.mode == "done":
            break
    if not (state.seen or header.number or header.date):
        return 0, False
    _finish_top(state, header)
    return end, state.vv


def _top_stops(text: str, state: _Top) -> bool:
    line = text.strip()
    if HEADER_STOP.match(line):
        return True
    if starts_with_label(line) and not _is_caps(line):
        return True
    if state.mode == "subject" and state.subject and not state.subject_caps:  # a body sentence after the subject,
        return line.endswith((".", ":", ";")) or len(line) > 250 or starts_with_label(line)  # "I. MỤC ĐÍCH, YÊU CẦU"
    long_sentence = len(line) > 120 and not _is_caps(line) and state.mode not in ("vv", "subject")
    return long_sentence and state.seen


def _scan_top_line(raw: str, state: _Top, header: Header) -> None:
    line = _strip_noise(raw)
    line = _take_number(line, header, state)
    line = _take_place_date(line, header, state)
    if not line:
        return
    recipients = RECIPIENTS.match(line)
    if recipients or state.mode == "recipients":  # "| Kính gửi: | - Sở ...; - Sở ... |" in a table row
        state.mode = "recipients"
        state.recipients.append(recipients.group("rest") if recipients else line)
        return
    if _take_gazette_identity(line, header, state):
        return
    vv = SUBJECT_VV.match(line)
    if vv and state.mode in ("issuer", "vv") and not header.type:
        state.mode, state.seen, state.vv = "vv", True, True
        state.subject.append(vv.group("subject"))
        return
    if state.mode == "vv":
        state.subject.append(line)
        return
    if state.mode == "subject":
        _subject_line(line, state)
        return
    _issuer_or_type(line, state, header)


def _issuer_or_type(line: str, state: _Top, header: Header) -> None:
    found = _match_type(line)
    if found and not header.type:
        header.type, rest = found
        state.mode, state.seen = "subject", True
        if rest:
            state.subject.append(rest)
            state.subject_caps = _is_caps(rest)
        return
    line = NUMBER_BLANK.sub("", line).strip()
    if _is_caps(line) and not header.number and not header.date:
        state.issuer_lines.append(line)


def _subject_line(line: str, state: _Top) -> None:
    caps = _is_caps(line)
    if state.subject and caps and _is_authority_line(line):
        state.mode = "done"  # "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" under a capitals subject
        return
    if not state.subject:
        state.subject.append(line)
        state.subject_caps = caps
    elif caps == state.subject_caps:
        state.subject.append(line)
    else:
        state.mode = "done"  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" after a mixed-case subject, or body text


def _is_authority_line(line: str) -> bool:
    upper = line.upper()
    return upper in bodies() or any(upper == w or upper.startswith(w + " ") for w in role_words())


def _finish_top(state: _Top, header: Header) -> None:
    if state.subject:
        subject = " ".join(s.strip() for s in state.subject if s.strip())
        subject = re.sub(r"^của\s+.+?\s+(?=về\s)", "", subject)  # Party: "của Ban Thường vụ Tỉnh ủy về ..."
        header.subject = _sentence_case(subject) if state.subject_caps else _clean_spaces(subject)
    if header.type == "Luật" and (header.subject or "").startswith("Bộ luật "):
        header.type = "Bộ luật"  # "Luật số 100/2015/QH13 ngày ..." / "Bộ luật hình sự" (Công báo heading)
    if state.recipients:
        items, _ = _recipient_items(" ".join(state.recipients), [], 0)
        header.recipients = [_clean_item(item) for item in items if _clean_item(item)]
    bodies_found = _split_bodies(state.issuer_lines)
    if bodies_found and not header.issuer:
        header.issuer = _canonical_body(bodies_found[-1])
        if len(bodies_found) > 1:
            header.issuer_parent = _canonical_body(bodies_found[-2])


def _strip_noise(line: str) -> str:
    line = unicodedata.normalize("NFC", line)
    return _clean_spaces(HEADER_NOISE.sub(" ", line))


def _take_number(line: str, header: Header, state: _Top) -> str:
    match = NUMBER_FIELD.search(line)
    if not match or header.number or header.type:
        return line
    header.number = re.sub(r"\s+", "", match.group("number")).rstrip(".,;")
    state.seen = True
    left = line[: match.start()].strip()
    if left and _is_caps(left) and not header.type:  # "BỘ TƯ PHÁP - ... TỐI CAO Số: 29/2025/TTLT-..." joined
        state.issuer_lines.append(left)
        left = ""
    return _clean_spaces(left + " " + line[match.end() :])


def _take_gazette_identity(line: str, header: Header, state: _Top) -> bool:
    """A Công báo issue continuing a text: "Văn bản hợp nhất số 23/VBHN-VPQH ngày 15 tháng 7 năm 2020"."""
    match = GAZETTE_IDENTITY.match(line)
    if not match or header.number or header.type or state.mode != "issuer":
        return False
    name = next((t for t in doc_types() if t.lower() == match.group("type").lower()), None)
    if name is None:
        return False
    header.type, header.number = name, re.sub(r"\s+", "", match.group("number"))
    header.date = _iso(match.group("year"), match.group("month"), match.group("day"))
    state.seen, state.mode = True, "subject"
    if match.group("rest"):
        state.subject.append(match.group("rest"))
    return True


def _take_place_date(line: str, header: Header, state: _Top) -> str:
    match = PLACE_DATE.search(line)
    if not match or header.date or header.type:
        return line
    header.date = _iso(match.group("year"), match.group("month"), match.group("day"))
    header.place = _place(match.group("place"))
    state.seen = True
    return _clean_spaces(line[: match.start()] + " " + line[match.end() :])


def _place(raw: str) -> str | None:
    """Keep the trailing capitalised words: "nhiệm vụ Hưng Yên" -> "Hưng Yên"; "TP. Hồ Chí Minh" kept."""
    words = raw.split()
    kept: list[str] = []
    for word in reversed(words):
        if not word[0].isupper() or (word.isupper() and len(word) > 1 and word != "TP."):
            break
        kept.insert(0, word)
    return " ".join(kept) or None


def _match_type(line: str) -> tuple[str, str] | None:
    """A capitals type line: "QUYẾT ĐỊNH" -> ("Quyết định", ""); "LUẬT ĐẤT ĐAI" -> ("Luật", "ĐẤT ĐAI")."""
    if not _is_caps(line):
        return None
    upper = strip_tones(line.upper().rstrip(" :"))  # OCR confuses tones: "THÔNG BẢO"
    for name in sorted(doc_types(), key=len, reverse=True):
        caps = strip_tones(name.upper())
        if upper == caps or upper.startswith(caps + " "):
            return name, line[len(caps) :].strip(" :")
    return None


def _read_case_law(paras: list[Paragraph], header: Header) -> int:
    """Án lệ: "ÁN LỆ SỐ 30/2020/AL" / subject / "Được Hội đồng Thẩm phán ... thông qua ngày ..."."""
    first = CASE_LAW.match(paras[0].text.strip())
    assert first is not None
    header.type, header.number = "Án lệ", first.group("number")
    subject = [first.group("rest")]
    end = 1
    for index, para in enumerate(paras[1:8], start=1):
        text = para.text.strip()
        adopted = CASE_LAW_ADOPTED.search(text)
        if adopted:
            header.issuer = _canonical_body(adopted.group("body").upper())
            tail = " ".join(p.text for p in paras[index : index + 2])
            date = LONG_DATE.search(tail)
            if date:
                header.date = _iso(date.group("year"), date.group("month"), date.group("day"))
            end = index
            break
        subject.append(text)
    header.subject = _clean_spaces(" ".join(subject)) or None
    return end


# --------------------------------------------------------------------------- appendix pages


def _read_appendix(paras: list[Paragraph], header: Header) -> int:
    """A "Phụ lục" page: the document it is attached to gives number, date and issuer."""
    header.type = "Phụ lục"
    match, end = None, 1
    for end in range(1, min(len(paras), 15) + 1):  # up to the paragraph closing "(Kèm theo ... của X)"
        text = " ".join(p.text for p in paras[:end])
        match = ATTACHED_TO.search(text)
        if match and ")" in paras[end - 1].text:
            break
    if not match:
        return 1
    title = text[: match.start()]
    header.subject = _sentence_case(_clean_spaces(APPENDIX.sub("", title.strip()))) or None
    number = re.sub(r"\s+", "", match.group("number"))
    header.number = number if re.match(r"\d", number) else None
    date = LONG_DATE.search(match.group("date"))
    if date:
        header.date = _iso(date.group("year"), date.group("month"), date.group("day"))
    header.issuer = _canonical_mixed(match.group("issuer"))
    return end


# --------------------------------------------------------------------------- recipients

# The longest line that may still continue an addressee: "Thành viên BCĐ Phòng chống dịch bệnh động vật huyện".
RECIPIENT_LINE_MAX = 90


def _read_recipients(paras: list[Paragraph], start: int, header: Header) -> tuple[int, int] | None:
    """"Kính gửi: X" or "Kính gửi:" followed by "- X;" lines. Return the paragraph span consumed."""
    for index in range(start, min(len(paras), start + TOP_ZONE_MAX)):
        match = RECIPIENTS.match(paras[index].text)
        if match:
            items, end = _recipient_items(match.group("rest"), paras, index + 1)
            header.recipients = [_clean_item(item) for item in items if _clean_item(item)]
            return index, end
    return None


def _recipient_items(inline: str, paras: list[Paragraph], index: int) -> tuple[list[str], int]:
    items = [part for part in re.split(r"(?:^|(?<=[;.]))\s*[-–+]\s+", inline.strip()) if part.strip()]
    if len(items) == 1 and ";" in items[0]:  # "Kính gửi: Các sở, ban, ngành tỉnh; UBND các xã, phường."
        items = [part for part in items[0].split(";") if part.strip()]
    dashed = False
    while index < len(paras):
        text = paras[index].text.strip()
        if BULLET.match(text) and not starts_with_label(text.lstrip("-–+• ")):
            items.append(BULLET.sub("", text))
            dashed = True
        elif dashed and items and not items[-1].rstrip().endswith((";", ".")) and text and not _body_opening(text):
            items[-1] = items[-1].rstrip() + " " + text
        else:
            break
        index += 1
    return items, index


def _body_opening(text: str) -> bool:
    """The body's first paragraph after a last addressee without ";": a long line opening with a capital ("Thực
    hiện quy định về chế độ tự chủ, tự chịu trách nhiệm ..."), not a wrapped addressee ("huyện.")."""
    return text[:1].isupper() and len(text) > RECIPIENT_LINE_MAX


def _clean_item(item: str) -> str:
    return _clean_spaces(BULLET.sub("", item)).rstrip(" ;.,")


# --------------------------------------------------------------------------- signature


@dataclass
class _Signature:
    prefixes: list[str] = field(default_factory=list)  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
    titles: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    distribution: list[str] = field(default_factory=list)
    collective: str | None = None  # "ỦY BAN NHÂN DÂN" from "TM. ỦY BAN NHÂN DÂN"


@cache
def _prefix_pattern() -> re.Pattern[str]:
    # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "Q. GIÁM ĐỐC", "TUQ. BỘ TRƯỞNG"
    alternatives = "|".join(re.escape(p) for p in sorted(authority_prefixes(), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s;:.]))(?P<prefix>{alternatives})\s*(?P<who>\S.*)$")


def _prefix_match(text: str, anywhere: bool = False) -> re.Match[str] | None:
    """An authority line: prefix then a name in capitals ("KT. CHỦ TỊCH"), at the start or anywhere."""
    pattern = _prefix_pattern()
    match = pattern.search(text) if anywhere else pattern.match(text)
    while match and not _is_caps(match.group("who")):
        match = pattern.search(text, match.end("prefix")) if anywhere else None
    return match


def _read_signature(paras: list[Paragraph], start: int, header: Header) -> _Signature:
    sig = _Signature()
    first = _signature_start(paras, start)
    if first is None:
        _embedded_signature(paras, sig, header)
        return sig
    end = first
    dist_mode, skipped = False, 0
    for index in range(first, len(paras)):
        if index > first and MOTTO_LETTERS.match(base_letters(paras[index].text.strip())):
            break  # an attached document's own header: its plan is no part of the "Nơi nhận" list
        consumed, dist_mode = _signature_line(paras[index].text, sig, dist_mode)
        if not consumed and dist_mode and not sig.names and skipped < SKIPPED_NOTES:
            if _authority_follows(paras[index + 1 : index + 1 + SKIPPED_NOTES - skipped]):
                skipped += 1  # "QCV26.07. KHCN", a filing code under the list, before "KT. CHỦ TỊCH"
                continue
        if not consumed:
            break
        end = index + 1
    if (sig.prefixes or sig.titles) and not sig.names:
        below = _name_below(paras[end : end + NAME_BELOW_LINES], paras[first].page)
        if below is not None:
            sig.names.append(_without_rank(paras[end + below].text.strip().strip("\"“”'‘’ ")))
            end += below + 1
    _mark(paras[first:end], "signature")
    _fill_signature(sig, header)
    return sig


def _name_below(paras: list[Paragraph], page: int) -> int | None:
    """Where the signer's printed name is further down the page, when the lines between the title and the name
    are a scan's seal and signature read as text ("TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" / "nhân dây huyện" / "| lÍ"
    / "NV" / ... / "Cao Văn Tính"): the first line of the same page that is a person's name and nothing else."""
    for index, para in enumerate(paras):
        if para.page != page or MOTTO_LETTERS.match(base_letters(para.text.strip())):
            break
        if _is_person_name(_without_rank(para.text.strip().strip("\"“”'‘’ "))):
            return index
    return None


def _authority_follows(paras: list[Paragraph]) -> bool:
    """Whether one of these paragraphs opens the signer's block with an authority line ("KT. CHỦ TỊCH")."""
    return any(_prefix_match(_split_run(text)[0]) for para in paras if (text := para.text.strip().lstrip("| ")))


def _embedded_signature(paras: list[Paragraph], sig: _Signature, header: Header) -> None:
    """Signature cells a reader joined to the last body paragraph ("... này./. | Nơi nhận: ... | TM. ...").

    The paragraph stays "body" (it holds body text); only the header fields are filled.
    """
    for para in paras:
        match = TABLE_SIGNATURE.search(para.text)
        if match:
            dist_mode = False
            for part in _parts(para.text[match.end() :]):
                _, dist_mode = _signature_line(part, sig, dist_mode)
            _fill_signature(sig, header)
            return


def _signature_start(paras: list[Paragraph], start: int) -> int | None:
    for index in range(start, len(paras)):
        text = paras[index].text.strip().lstrip("| ")
        if DISTRIBUTION.match(text) or _prefix_match(_split_run(text)[0] if text else ""):
            return index
    for index in range(len(paras) - 1, max(start, len(paras) - 6) - 1, -1):  # "CHỦ TỊCH" / "Nguyễn Văn A"
        if _is_person_name(paras[index].text.strip()) and index > start and _is_caps(paras[index - 1].text):
            return index - 1
    return None


def _signature_line(text: str, sig: _Signature, dist_mode: bool) -> tuple[bool, bool]:
    """Consume one line of the signature zone; return (consumed, in the "Nơi nhận" list)."""
    consumed = False
    for part in _parts(text):
        dist = DISTRIBUTION.match(part)
        if dist:
            dist_mode, consumed = True, True
            if dist.group("rest"):
                sig.distribution.append(dist.group("rest"))
        elif not sig.names and _signature_part(part, sig):
            consumed = True
        elif sig.names and SIGNED_NOTE.match(part):
            consumed = True
        elif dist_mode and (
            BULLET.match(part) or not sig.distribution or _continues(sig.distribution[-1]) or part.startswith("(")
        ):
            _add_distribution(part, sig)
            consumed = True
    return consumed, dist_mode


def _continues(item: str) -> bool:
    """Whether a "Nơi nhận" item goes on: no closing ";" or ".", or a note in brackets left open ("- Công ty Luật
    TNHH Quốc tế BMVN; (Đ/c: Phòng CP2.04.01, tầng 4," goes on with "Tower 2, Capital Place, ...")."""
    return not item.rstrip().endswith((";", ".")) or item.count("(") > item.count(")")


def _add_distribution(part: str, sig: _Signature) -> None:
    if BULLET.match(part) or not sig.distribution:
        sig.distribution.append(BULLET.sub("", part))
    else:
        sig.distribution[-1] = sig.distribution[-1].rstrip() + " " + part


def _signature_part(part: str, sig: _Signature) -> bool:
    match = _prefix_match(part)
    if match:
        sig.prefixes.append(_clean_spaces(part))
        if match.group("prefix") in ("TM.", "T/M"):
            sig.collective = _clean_spaces(match.group("who"))
        return True
    if SIGNED_NOTE.match(part):
        return True
    if _completes_authority(part, sig):
        sig.prefixes[-1] = f"{sig.prefixes[-1]} {_clean_spaces(part)}"  # "KT. BỘ TRƯỞNG" + "BỘ CÔNG AN"
        return True
    if _is_caps(part) and len(part) < 60 and TITLE_CHARS.match(part):
        if sig.titles and len(part.split()) > 1:  # one title on two lines: "PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH" / "PHÒNG KT&ĐBCLGD"
            sig.titles[-1] = f"{sig.titles[-1]} {_clean_spaces(part)}"
        elif not sig.titles:  # a lone word after the title is a scan's seal read as text ("NV")
            sig.titles.append(_clean_spaces(part))
        return True
    name = _without_rank(part.strip("\"“”'‘’ "))  # OCR leaves stray quotes around a name
    if _is_person_name(name):
        sig.names.append(name)
        return True
    return False


def _completes_authority(part: str, sig: _Signature) -> bool:
    if not sig.prefixes or sig.titles or not _is_caps(part) or sig.prefixes[-1].startswith(("TM.", "T/M")):
        return False
    upper = part.upper()
    role = any(upper == w or upper.startswith(w + " ") for w in (*title_starts(), *role_words()))
    return _opens_body(part) and not role


def _without_rank(text: str) -> str:
    """ "Thượng tướng Lê Quốc Hùng" -> "Lê Quốc Hùng"."""
    for rank in sorted(name_ranks(), key=len, reverse=True):
        if text.startswith(rank + " ") or (rank.endswith(".") and text.startswith(rank)):
            return text[len(rank) :].strip()
    return text


def _parts(text: str) -> list[str]:
    """A signature-zone paragraph into parts: lines, table cells, "- ...;" items, prefix / title / name runs."""
    out: list[str] = []
    for line in text.splitlines():
        for cell in line.split("|"):
            cell = cell.strip()
            if not cell or set(cell) <= set("-: "):
                continue
            cell = SIGNED_NOTE_INLINE.sub(" ", cell).strip()  # "PHÓ THỦ TƯỚNG (Đã ký)"
            if not cell:
                out.append("(Đã ký)")  # a line holding only the note still belongs to the signature
                continue
            for piece in re.split(r"(?<=[;:.)])\s+(?=[-–]\s)", cell):  # "Nơi nhận: - Như trên; - Lưu: VT."
                for column in _split_columns(piece):
                    out.extend(_split_run(column))
    return out


def _split_run(text: str) -> list[str]:
    """ "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Huy Tưởng" -> prefix, prefix, title, name."""
    cuts = [m.start() for m in _prefix_start().finditer(text) if m.start() > 0]
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    out: list[str] = []
    for piece in pieces:
        head, name = _trailing_name(piece)
        out.extend(_split_title(head) if head else [])
        if name:
            out.append(name)
    return out


def _trailing_name(text: str) -> tuple[str, str]:
    """ "PHÓ CHỦ TỊCH Nguyễn Huy Tưởng" -> ("PHÓ CHỦ TỊCH", "Nguyễn Huy Tưởng") when the head is capitals."""
    words = text.split()
    for size in range(min(6, len(words) - 1), 1, -1):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if _is_person_name(tail) and (_is_caps(head) or _without_rank(text) != text):
            return head, tail
    return text, ""


def _split_title(text: str) -> list[str]:
    """ "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" -> ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]; other text is kept whole."""
    match = _prefix_match(text)
    if not match:
        return [text]
    who = match.group("who")
    for start in title_starts():
        at = who.find(" " + start + " ") if start == "PHÓ" else who.rfind(" " + start)
        if at > 0 and len(who[at:].split()) <= 8:  # "TM. CHÍNH PHỦ THỦ TƯỚNG", not "TM. ĐOÀN CHỦ TỊCH UB TW ..."
            cut = match.start("who") + at
            return [text[:cut].strip(), text[cut:].strip()]
    return [text]


@cache
def _prefix_start() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(authority_prefixes(), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\s))(?:{alternatives})\s*(?=[^\W\d_]{{2}})")


def _split_columns(line: str) -> list[str]:
    """A line where a text extractor merged the "Nơi nhận" column with the signature column."""
    match = _prefix_match(line, anywhere=True)
    if match and match.start() > 0:
        return [line[: match.start()].strip(), line[match.start() :].strip()]
    tail = re.match(r"^(?P<left>[-–+].*?[;.])\s+(?P<right>[^-–+].*)$", line)
    if tail and (_is_caps(tail.group("right")) or _is_person_name(tail.group("right"))):
        return [tail.group("left"), tail.group("right")]
    return [line]


def _fill_signature(sig: _Signature, header: Header) -> None:
    if sig.prefixes:
        header.authority = re.sub(r"^([A-Z/]+\.?)\s*", r"\1 ", sig.prefixes[-1])
    if sig.titles:
        header.signer_title = _role_case(sig.titles[-1])
    elif sig.prefixes:
        who = _prefix_match(sig.prefixes[-1])
        title = _role_case(who.group("who")) if who else None
        acting = who is not None and who.group("prefix") == "Q."  # "Q. GIÁM ĐỐC" -> "Quyền Giám đốc"
        header.signer_title = f"Quyền {title}" if acting and title else title
    if sig.names:
        header.signer = sig.names[-1]
    header.distribution = [_clean_item(item) for item in sig.distribution if _clean_item(item)]


def _is_person_name(text: str) -> bool:
    """ "Nguyễn Duy Hưng" (2 to 6 capitalised words, not all capitals, no digits or punctuation)."""
    words = text.split()
    if not 2 <= len(words) <= 6 or text.isupper():
        return False
    if words[0] in ("Nơi", "Như", "Lưu", "Kính", "Căn", "Điều", "Chương", "Mục", "Phần"):
        return False
    return all(w[0].isupper() and w.isalpha() and (len(w) == 1 or w[1:].islower()) for w in words)


def _issuer_from_collective(collective: str, province: str | None) -> str:
    """ "ỦY BAN NHÂN DÂN" + Hưng Yên -> "UBND tỉnh Hưng Yên"."""
    name = _abbreviate(collective.upper())
    if name in ("UBND", "HĐND") and province:
        return f"{name} {_province_prefix(province)} {province}"
    return _canonical_body(collective)


# --------------------------------------------------------------------------- province, type


def _province(header: Header, text: str) -> str | None:
    """From the issuer, else the place, else the most frequent "tỉnh X"; None for a national body."""
    if _is_national(header.issuer_parent or header.issuer):
        return None
    places = (header.issuer, header.issuer_parent, header.place) if _is_local(header) else ()
    for source in places:
        found = _province_in(source or "")
        if found:
            return found
    counts = Counter(m.group("name") for m in _province_regex().finditer(text))
    return _canonical_province(counts.most_common(1)[0][0]) if counts else None


def _is_local(header: Header) -> bool:
    """ "UBND tỉnh Hưng Yên", "Sở Nội vụ", "Tỉnh ủy Hưng Yên": bodies whose place is their province."""
    names = [n for n in (header.issuer, header.issuer_parent) if n]
    return any(n.startswith(w) for n in names for w in local_bodies())


def _is_national(issuer: str | None) -> bool:
    """ "Chính phủ", "Bộ Nội vụ", "Hội đồng Thẩm phán Tòa án nhân dân tối cao" (no province context)."""
    if not issuer:
        return False
    national = set(bodies().values())
    return issuer in national or issuer.startswith(("Bộ ", "Hội đồng Thẩm phán", "Thủ tướng"))


def _province_in(name: str) -> str | None:
    match = _province_regex().search(name)
    if match:
        return _canonical_province(match.group("name"))
    return _canonical_province(name.strip()) if name.strip() else None


def _province_regex() -> re.Pattern[str]:
    global _PROVINCE_IN_TEXT
    if _PROVINCE_IN_TEXT is None:
        names = sorted(provinces(), key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        _PROVINCE_IN_TEXT = re.compile(
            rf"(?:tỉnh|Tỉnh|TỈNH|thành\s+phố|Thành\s+phố|THÀNH\s+PHỐ|TP\.?)\s*(?P<name>{alternatives})\b",
            re.IGNORECASE,
        )
    return _PROVINCE_IN_TEXT


def _canonical_province(name: str) -> str | None:
    key = tone_key(name)
    for canonical in provinces():
        if tone_key(canonical) == key:
            return canonical
    return None


def _province_prefix(province: str) -> str:
    return provinces().get(province, "tỉnh")


def _is_cong_van(header: Header) -> bool:
    """A công văn: number "n/ISSUER-UNIT" (no year, no type code) and a "V/v" subject."""
    if not header.number or not header.subject:
        return False
    parts = header.number.split("/")
    codes = {code.upper() for code in doc_types().values() if code}
    return len(parts) == 2 and "-" in parts[1] and parts[1].split("-")[0].upper() not in codes


# --------------------------------------------------------------------------- casing


def _split_bodies(lines: list[str]) -> list[str]:
    """Capitals lines of the issuer block into bodies: a line opening with a body word starts a new one."""
    out: list[str] = []
    for line in lines:
        for piece in _split_local_parent(line):
            joined = f"{out[-1]} {piece}".upper() if out else ""
            if not out or (_opens_body(piece) and joined not in bodies()):
                out.append(piece)
            else:
                out[-1] = f"{out[-1]} {piece}"
    return out


def _split_local_parent(line: str) -> list[str]:
    """ "UBND TỈNH HƯNG YÊN SỞ NỘI VỤ", "BỘ TÀI CHÍNH TỔNG CỤC THUẾ" (one line) -> parent and child."""
    sub = _split_sub_body(line)
    if len(sub) > 1:
        return sub
    upper = _abbreviate(line.upper())
    for name in sorted(provinces(), key=len, reverse=True):
        for unit in ("TỈNH", "THÀNH PHỐ"):
            head = f"{unit} {name.upper()} "
            at = upper.find(head)
            if at > 0 and _opens_body(upper[at + len(head) :]):
                cut = at + len(head)
                return [upper[:cut].strip(), upper[cut:].strip()]
    return [line]


def _split_sub_body(line: str) -> list[str]:
    """Split before a sub-body word when both sides have two words or more and the line is no known body."""
    words = line.split()
    joint = re.search(r"\s[-–]\s(?:BỘ|TÒA|TOÀ|VIỆN|ỦY BAN|UỶ BAN)\s", line.upper())  # joint issuers
    if line.upper() in bodies() or len(words) < 4 or joint:
        return [line]
    for index in range(2, len(words) - 1):
        rest = " ".join(words[index:])
        previous = words[index - 1]
        if previous in ("VÀ", "-", "–") or previous.endswith(","):
            continue
        if any(rest == w or rest.startswith(w + " ") for w in sub_bodies()):
            return [" ".join(words[:index]), rest]
    return [line]


def _opens_body(text: str) -> bool:
    upper = _abbreviate(text.upper())
    return any(upper == w or upper.startswith(w + " ") for w in body_words())


def _abbreviate(upper: str) -> str:
    for abbr, full in abbreviations():
        if upper.startswith(full + " ") or upper == full:
            return abbr + upper[len(full) :]
    return upper


def _canonical_body(printed: str) -> str:
    """ "UBND TỈNH HƯNG YÊN" -> "UBND tỉnh Hưng Yên"; "SỞ NỘI VỤ" -> "Sở Nội vụ"; "CHÍNH PHỦ" -> "Chính phủ"."""
    upper = _repair_name(_clean_spaces(unicodedata.normalize("NFC", printed)).upper())
    known = bodies().get(upper) or _bodies_without_spaces().get(upper.replace(" ", ""))
    if known:
        return known
    joint = re.split(r"\s[-–]\s(?=BỘ\s|TÒA\s|TOÀ\s|VIỆN\s|ỦY\sBAN\s|UỶ\sBAN\s)", upper)
    if len(joint) > 1:  # "BỘ TƯ PHÁP - BỘ CÔNG AN - TÒA ÁN NHÂN DÂN TỐI CAO" (joint issuers)
        return " - ".join(_canonical_body(part) for part in joint)
    upper = _abbreviate(upper)
    local = re.match(r"^(UBND|HĐND)\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)\s+(.+)$", upper)
    if local:
        return f"{local.group(1)} {local.group(2).lower()} {_title_words(local.group(3))}"
    untoned = LOCAL_LETTERS.match(base_letters(upper))  # one letter for one: its spans are the printed words'
    if untoned:
        name = upper[untoned.start("name") :]
        place = _province_by_letters(name) or _title_words(name)
        return f"{LOCAL_BODIES[untoned.group('body')]} {LOCAL_LEVELS[untoned.group('level')]} {place}"
    return _ministry_case(_sentence_case(upper))


def _province_by_letters(name: str) -> str | None:
    """The province whose letters, marks aside, are the name's: "HÀ NỌI" (a scan's tone misread) -> "Hà Nội"."""
    key = base_letters(_clean_spaces(name))
    return next((canonical for canonical in provinces() if base_letters(canonical) == key), None)


def _repair_name(upper: str) -> str:
    """ "B Ộ LAO ĐỘNG-THƯƠNG BINH V À X Ã HỘI" -> "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" (split letters, dashes)."""
    upper = re.sub(r"(?<=[^\W\d_]{2})\s*[-–]\s*(?=[^\W\d_]{2})", " - ", upper)
    return LONE_CONSONANT.sub(r"\1\2", upper)


def _canonical_mixed(text: str) -> str:
    """A mixed-case body name as written in a sentence: abbreviations and spacing cleaned."""
    return _clean_spaces(text).strip(" .;,)")


def _ministry_case(text: str) -> str:
    """ "Sở nội vụ" -> "Sở Nội vụ"; "Bộ lao động - thương binh và xã hội" -> "Bộ Lao động - Thương binh và Xã hội";
    "Ban chỉ đạo quốc gia về ..." -> "Ban Chỉ đạo quốc gia về ..."."""
    board = re.match(r"^(Ban|Hội đồng|Ủy ban)\s+(\w)(.*)$", text)
    if board:
        return f"{board.group(1)} {board.group(2).upper()}{board.group(3)}"
    head = re.match(r"^(Bộ|Sở|Tổng cục|Cục|Chi cục|Vụ)\s+(.*)$", text)
    if not head:
        return text
    parts = re.split(r"(\s+và\s+|\s+[-–]\s+|,\s+)", head.group(2))
    cased = [p if i % 2 else p[:1].upper() + p[1:] for i, p in enumerate(parts)]
    return f"{head.group(1)} {''.join(cased)}"


def _sentence_case(text: str) -> str:
    """Capitals to sentence case, keeping abbreviations (and initials joined by "&": "KT&ĐBCLGD"), proper nouns
    and province names."""
    keep = {abbr for abbr, _ in abbreviations()}
    words = [w if w in keep or "&" in w or any(c.isdigit() for c in w) else w.lower() for w in text.split()]
    out = " ".join(words)
    for lower, canonical in proper_nouns().items():
        out = re.sub(rf"(?<!\w){re.escape(lower)}(?!\w)", canonical, out)
    for name in provinces():
        out = re.sub(rf"(?<!\w){re.escape(name.lower())}(?!\w)", name, out)
    return out[:1].upper() + out[1:]


def _role_case(printed: str) -> str:
    """ "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch"; "VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH" -> "Vụ trưởng Vụ Kế hoạch - Tài chính"."""
    words = _clean_spaces(printed).split()
    for index in range(1, len(words)):
        rest = " ".join(words[index:]).upper()
        pair = " ".join(words[index - 1 : index + 1]).upper()  # "TRƯỞNG BAN" is a title, not "TRƯỞNG" + "BAN ..."
        if any(rest == w or rest.startswith(w + " ") for w in sub_bodies()) and words[index - 1].upper() != "PHÓ" and not any(
            pair == w or pair.startswith(w + " ") for w in title_starts()
        ):
            return f"{_role_words_case(' '.join(words[:index]))} {_canonical_body(rest)}"
    return _role_words_case(printed)


def _role_words_case(printed: str) -> str:
    words = _clean_spaces(printed).lower().split()
    if not words:
        return printed
    if words[0] == "phó" and len(words) > 1:
        return "Phó " + _sentence_case(" ".join(words[1:]).upper())
    return _sentence_case(" ".join(words).upper())


def _title_words(text: str) -> str:
    canonical = _canonical_province(text)
    return canonical or " ".join(w.capitalize() for w in text.split())


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _clean_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _iso(year: str, month: str, day: str) -> str:
    """ "2018", "0 6", "26" -> "2018-06-26" (a text extractor may split a number: "tháng 0 6")."""
    year, month, day = (re.sub(r"\s", "", v) for v in (year, month, day))
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


# --------------------------------------------------------------------------- data tables (parsers/data)


@cache
def doc_types() -> dict[str, str]:
    """Canonical type name -> code: "Quyết định" -> "QĐ"."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in read_rows("header_doc_types.tsv")}


@cache
def provinces() -> dict[str, str]:
    """Province or city name -> its prefix: "Hưng Yên" -> "tỉnh", "Hà Nội" -> "thành phố"."""
    return {row[0]: row[1] for row in read_rows("provinces.tsv")}


@cache
def bodies() -> dict[str, str]:
    return {row[0]: row[1] for row in read_rows("header_bodies.tsv")}


@cache
def _bodies_without_spaces() -> dict[str, str]:
    """ "HỘIĐỒNGTHẨMPHÁN..." -> canonical: names whose spaces a text extractor lost."""
    return {printed.replace(" ", ""): canonical for printed, canonical in bodies().items()}


@cache
def body_words() -> tuple[str, ...]:
    return tuple(row[0] for row in read_rows("header_body_words.tsv"))


@cache
def role_words() -> tuple[str, ...]:
    return tuple(row[0] for row in read_rows("header_role_words.tsv"))


@cache
def title_starts() -> tuple[str, ...]:
    return tuple(row[0] for row in read_rows("header_title_starts.tsv"))


@cache
def sub_bodies() -> tuple[str, ...]:
    return tuple(row[0] for row in read_rows("header_sub_bodies.tsv"))


@cache
def local_bodies() -> tuple[str, ...]:
    return tuple(row[0] for row in read_rows("header_local_bodies.tsv"))


@cache
def name_ranks() -> tuple[str, ...]:
    return tuple(row[0] for row in read_rows("header_name_ranks.tsv"))


@cache
def abbreviations() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in read_rows("header_abbreviations.tsv"))


@cache
def proper_nouns() -> dict[str, str]:
    return {row[0]: row[1] for row in read_rows("header_proper_nouns.tsv")}


@cache
def authority_prefixes() -> tuple[str, ...]:
    return tuple(row[0] for row in read_rows("header_authority_prefixes.tsv"))
