"""Read a list of bodies at a position of a sentence and split it into canonical bodies.

"các sở, ban, ngành tỉnh; Ủy ban nhân dân cấp huyện, cấp xã triển khai ..." reads as
["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"], ending before "triển khai".
Gazetteer names are taken whole ("Sở Văn hóa, Thể thao và Du lịch"); other pieces are split at
"," ";" and at "và" before a new body; a level alone ("cấp xã") repeats the previous body's head;
a piece that opens no body continues the previous one ("Các cơ quan thông tin, truyền thông").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from parsers.tasks.bodies import canonical, gazetteer_re, lookup
from parsers.tasks.words import fold, head_re, level_re, lower_head_re, verb_re, words

# A list separator: ", " "; " "/" or a joining word before the next body: "Sở Tư pháp và Sở Nội vụ".
SEPARATOR = re.compile(r"\s*(?:[,;/]|(?<!\w)(?:và|cùng|hoặc|với)(?!\w))\s*")
JOINERS = ("và", "cùng", "hoặc", "với")
# A field named after a group: "các hội, hiệp hội trong lĩnh vực thông tin và truyền thông" (505/QĐ-TTg).
FIELD_OF = re.compile(r"(?<!\w)lĩnh\s+vực\s*$")
# The office of a People's Council, before "và" and the Committee it serves with it: "Văn phòng HĐND và UBND xã Hòa Phú"
# (492/QĐ-UBND), "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện".
JOINT_OFFICE = re.compile(r"văn\s+phòng\s+(?:hđnd|hội\s+đồng\s+nhân\s+dân)\s*")
JOINT_OFFICE_AND = re.compile(r"và\s+(?=ubnd|[uủ]y\s+ban\s+nhân\s+dân)")
# The related bodies as a group after "và", "các" left out: "các thành viên Ban Chủ nhiệm Chương trình và tổ chức, cá
# nhân liên quan" (2576/QĐ-BGDĐT), "Sở Tài chính và cơ quan, đơn vị có liên quan".
RELATED_GROUP = re.compile(r"(?:tổ\s+chức|cơ\s+quan|đơn\s+vị|cá\s+nhân)(?:\s*,\s*(?:tổ\s+chức|cơ\s+quan|đơn\s+vị|cá\s+nhân))*"
                           r"\s+(?:có\s+)?liên\s+quan(?!\w)")
# Where a subject stops at once: the end of a sentence or a clause, a bracket, a quote.
HARD_STOP = re.compile(r"[.:()\"“”!?]|$")
# A head shared by a list after a colon: "Giám đốc Sở: Nội vụ, Tài chính", "các Bộ: Tài chính, Y tế", "Các Bộ, cơ
# quan: Tài chính, Xây dựng, ..., Tập đoàn Điện lực Việt Nam" (648/TB-VPCP: the head is "Bộ").
SHARED_HEAD = re.compile(r"(?:^|\s)(?P<head>sở|bộ|ban|cục|vụ)(?:\s*,\s*(?:cơ\s+quan|ngành|đơn\s+vị))?$")
# A title that is only such a head: "Các Bộ, cơ quan", "Giám đốc các Sở" (not "Sở Nội vụ", a body).
SHARED_TITLE = re.compile(
    r"^(?:(?:giám\s+đốc|thủ\s+trưởng|bộ\s+trưởng)\s+)?(?:(?:các|những)\s+)?(?:sở|bộ|ban|cục)"
    r"(?:\s*,\s*(?:cơ\s+quan|ngành|đơn\s+vị))?$"
)
# A body that ends a shared head's list: "các Bộ: Công Thương, Y tế và UBND các tỉnh" (not "Công an" in
# "các Bộ: Quốc phòng, Công an, Ngoại giao", which is a ministry).
ENDS_SHARED = re.compile(
    r"(?:các|những|ubnd|hđnd|ủy\s+ban|hội\s+đồng|văn\s+phòng|chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|sở|bộ|ban"
    r"|tập\s+đoàn|tổng\s+công\s+ty)(?!\w)"
)
# A short aside in brackets inside a name, followed by the rest of the name in lower case:
# "Văn phòng (phòng TC-HC-TH, TCCB) các sở, cơ quan thuộc UBND tỉnh".
ASIDE = re.compile(r"(\([^()\n]{1,40}\))(?=\s*(?:các|những|thuộc|trực\s+thuộc)\s)")
# A sentence opening a new line after a title of bodies with no colon: "4. Phòng Văn hóa và Thông tin; Đài
# Truyền thanh huyện\nCăn cứ vào chỉ đạo ..." (a capitalised word, then lower case: not "UBND huyện\nKrông Nô").
SENTENCE_OPENING = re.compile(r"([^\W\d_])[^\s,;:.]*[ \t]+([^\W\d_])")
# A qualifier kept with a known name: "các sở, ban, ngành trực thuộc UBND tỉnh", "... có liên quan", "các cơ quan
# chuyên môn thuộc Ủy ban nhân dân huyện" (141/PKTHT-TH).
KNOWN_QUALIFIER = re.compile(
    r"""(?:(?:trực\s+)?thuộc\s+(?:ubnd|ủy\s+ban\s+nhân\s+dân)\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|cấp\s+\w+)
        |có\s+liên\s+quan|liên\s+quan|của\s+tỉnh|trên\s+địa\s+bàn(?:\s+tỉnh)?)(?!\w)""",
    re.VERBOSE,
)
# Words that open the basis of an action, never part of a body's name: "Các Sở, ban, ngành thuộc UBND tỉnh trên cơ
# sở chức năng, nhiệm vụ ... chủ động phối hợp", "Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính căn cứ chức năng,
# nhiệm vụ ... hướng dẫn" (695/UBND-VX, a scan whose OCR garbles the verbs after them).
BASIS = re.compile(r"(?:trên\s+cơ\s+sở|căn\s+cứ(?:\s+vào)?)(?!\w)")
# Nouns that start like an action: "tổ chức xã hội" in "Các tổ chức chính trị - xã hội, tổ chức xã hội";
# "thông tin" in "Cục trưởng Cục Công nghệ thông tin"; "làm" of "việc làm" (employment) in "Trung tâm Dịch vụ việc làm
# Quảng Bình tổ chức thu thập ...", "Cục Việc làm, Bộ Lao động - Thương binh và Xã hội" (672/KH-UBND Quảng Bình).
NOT_A_VERB = re.compile(
    r"tổ\s+chức\s+(?:xã\s+hội|chính\s+trị|đảng|hội|thành\s+viên|đoàn\s+thể)(?!\w)|(?<=công nghệ )thông\s+tin(?!\w)"
    r"|(?<=việc )làm(?!\w)"
)
# A passive after a name ends it: "Sinh viên bị khiển trách trong khi thi học phần nào sẽ bị trừ 25% tổng số điểm"
# (64/HD-KT&ĐBCL: a sanction that falls on the students, no body's name and no duty).
PASSIVE = re.compile(r"bị(?!\w)")
# A lead's duty written with a capital after its name: "Phòng Công nghệ thông tin Chủ trì phối hợp với các đơn vị
# liên quan triển khai thực hiện kế hoạch" (a .doc plan); no body's name holds these words.
CAPITAL_DUTY = re.compile(r"(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?!\w)")
# A district office written in lower case before its capitalised name: "giao phòng Tài nguyên – Môi trường",
# "Giao phòng Y tế chủ trì" (not "phòng chống", whose next word is lower case).
LOWER_OFFICE = re.compile(r"phòng")
# A unit named after a body's head, sharing it: "xã Vĩnh Trường" in "Ủy ban nhân dân xã Đa Phước và xã Vĩnh
# Trường" (04/TB-UBND An Phú: two communes' committees); the name after it opens with a capital.
LOCALITY = re.compile(r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)[ \t]+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])")
# A role in apposition after a named body, which it describes, not a body of its own: "Bộ Nội vụ, cơ quan thường
# trực của Ban Chỉ đạo" (79/TB-VPCP, 3.c).
APPOSITION = re.compile(r"cơ\s+quan\s+(?:thường\s+trực|chủ\s+trì|đầu\s+mối|tham\s+mưu|chuyên\s+môn|chủ\s+quản)(?!\w)")
# Bodies of one place joined by dashes before the place they share: "Đảng ủy - UBND các xã, thị trấn" (43/TB-VP
# Krông Nô) is "Đảng ủy các xã, thị trấn" and "UBND các xã, thị trấn"; "Đảng ủy - HĐND - UBND xã" three bodies.
JOINT_HEAD = r"(?:Đảng\s+ủy|Đảng\s+uỷ|HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBMTTQ|MTTQ)"
JOINT = re.compile(rf"^((?:{JOINT_HEAD}\s*[-–—]\s*)+)({JOINT_HEAD})(\s+\S.*)$")
# A topic after the bodies ends them: "Nhắc nhở Thủ trưởng Ban Quản lý dự án ..., Trung tâm dịch vụ kỹ thuật nông
# nghiệp về việc tham dự họp trễ" (217/TB-UBND Krông Nô).
TOPIC_AFTER = re.compile(r"về\s+việc(?!\w)")
# A capitalised "Các"/"Những" opens a new list, never continues a name wrapped over lines.
NEW_LIST = re.compile(r"(?:Các|Những|CÁC|NHỮNG)\s")
WORD = re.compile(r"\s*[^\s,;:.()\"“”/]+")
# A proper name right after a body: "UBND huyện Văn Lâm", "Sở Nội vụ tỉnh Hưng Yên".
PROPER_NAME = re.compile(r"(?:\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn))?(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w]*)+")


@dataclass
class Piece:
    """One body as read: its text, and whether the gazetteer knew it."""

    text: str
    known: bool
    start: int
    end: int
    head: bool = False  # opens a body though written in lower case ("người đứng đầu ...")


@dataclass
class Subject:
    """The bodies read at a position, canonical, and where the reading stopped."""

    bodies: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0


def _is_head(text: str, folded: str, pos: int) -> bool:
    """True when a body opens at ``pos``: "Sở ...", "các cơ quan ...", "UBND ..." (not bare "ban")."""
    match = head_re().match(folded, pos)
    if not match:
        return False
    action = verb_re().match(folded, pos)
    if action and action.end() > match.end():
        return False  # "BÁO CÁO CÁC VỤ VIỆC ...", "Ban hành": an action, not "Báo", "Ban"
    first = text[pos : match.end()].lstrip()
    if fold(first).startswith(("các ", "những ")):
        return True
    if not first[:1].isupper() and not LOWER_OFFICE.fullmatch(first):
        return False
    if " " in first or first.isupper():
        return True
    after = WORD.match(text, match.end())  # "Ban Chỉ đạo", "Sở Nội vụ"; not "Ban hành", "Bộ phận"
    return bool(after and after.group(0).strip()[:1].isupper())


def _gazetteer_at(text: str, folded: str, pos: int, province: str | None) -> Piece | None:
    match = gazetteer_re().match(folded, pos)
    if not match:
        return None
    if text[pos].islower() and not folded.startswith(("các ", "những "), pos) and pos > 0:
        return None  # "địa phương" in "Các bộ, ngành, địa phương" continues the group
    end = match.end()
    tail = PROPER_NAME.match(text, end)
    if tail and verb_re().match(folded, _skip_space(text, end)):
        tail = None  # "Bộ Xây dựng Chủ trì ...": an action written with a capital, not a name
    if tail and gazetteer_re().match(folded, _skip_space(text, end)):
        tail = None  # "Sở Văn hóa, Thể thao và Du lịch Sở Tài chính căn cứ ...": the next body, its comma lost (OCR)
    if tail:
        if not province or fold(province) not in fold(tail.group(0)):
            return Piece(text[pos : tail.end()], known=False, start=pos, end=tail.end())
        end = tail.end()
    return Piece(text[pos:end], known=True, start=pos, end=end)


def _absorb_aside(text: str, current: Piece | None, pos: int) -> int:
    """Take a bracketed aside into the name being read ("Văn phòng (phòng TC-HC-TH, TCCB) các sở ..."); the
    position after it, or ``pos`` when there is none."""
    aside = ASIDE.match(text, pos) if current is not None else None
    if current is None or aside is None:
        return pos
    current.text, current.known, current.end = f"{current.text} {aside.group(1)}", False, aside.end(1)
    return aside.end(1)


def _shared_owner(text: str, out: list[Piece | str], current: Piece | None) -> tuple[str, list[Piece | str]] | None:
    """Before a colon, the head the names after it share ("Bộ " of "các Bộ:" and of "Các Bộ, cơ quan:") and the
    pieces without the words that named it; None when no shared head ends there."""
    if current is None:
        return None
    candidates = [(len(out) - 1, current.text, False)]
    first = out[-3] if len(out) >= 3 and out[-2] == "," else None
    if isinstance(first, Piece):  # "Các Bộ" "," "cơ quan"
        candidates.insert(0, (len(out) - 3, text[first.start : current.end], True))
    for begin, words_, qualified in candidates:
        head = SHARED_HEAD.search(fold(words_))
        if head and (head.end() > head.end("head")) == qualified:
            name = re.sub(r"^(?:các|những)\s+", "", words_, flags=re.IGNORECASE)
            return name[: head.end("head") - (len(words_) - len(name))] + " ", out[:begin]
    return None


def _still_shared(text: str, folded: str, pos: int, shared: str, current: Piece | None) -> str:
    """The shared head of "các Bộ: Công Thương, Y tế", dropped when a new head opens ("và UBND các tỉnh")."""
    if shared and current is None and ENDS_SHARED.match(folded, pos) and _is_head(text, folded, pos):
        return ""
    return shared


def _subject_end(text: str, folded: str, current: Piece | None, pos: int) -> int | None:
    """Where the subject ends if it ends at ``pos``: there at a hard stop or where the basis of the action
    follows the name, at the end of its line when a sentence opens the next line; None when it may go on."""
    if HARD_STOP.match(text, pos):
        return pos
    if current is None:
        return None
    if _new_sentence_line(text, current, pos):
        return current.end
    return pos if BASIS.match(folded, pos) else None


def _new_sentence_line(text: str, current: Piece, pos: int) -> bool:
    """A line break inside a body's name followed by a sentence: the name ended at the line's end."""
    opening = SENTENCE_OPENING.match(text, pos)
    if opening is None or "\n" not in text[current.end : pos]:
        return False
    if NEW_LIST.match(text, pos):
        return True  # "1. Các Tổ công tác\nCác Tổ công tác nghiên cứu ...": a title line, then its sentence
    if not current.known and gazetteer_re().match(fold(text), pos):
        return False  # "Thủ trưởng cơ quan thuộc\nChính phủ, ...": a name wrapped before a known one
    return opening.group(1).isupper() and opening.group(2).islower()


def _shared_name_at(text: str, pos: int, shared: str) -> Piece | None:
    """A gazetteer name made of the shared head and the words at ``pos``: "Văn hóa, Thể thao và Du lịch"
    after "các Bộ:" is "Bộ Văn hóa, Thể thao và Du lịch", one body."""
    if not shared:
        return None
    joined = shared + text[pos : pos + 120]
    match = gazetteer_re().match(fold(joined))
    if not match or match.end() <= len(shared):
        return None
    end = pos + match.end() - len(shared)
    return Piece(shared + text[pos:end], known=True, start=pos, end=end)


# "Comrade" before an official's title: "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính
# phủ theo chức năng, nhiệm vụ ... chú trọng thực hiện tốt ..." (659/TB-VPCP); "các đồng chí" alone is no title.
HONORIFIC = re.compile(r"(?:(?:các|những)\s+)?đồng\s+chí\s+(?=\S)")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def scan(text: str, pos: int, stop_at_verbs: bool = True, province: str | None = None) -> tuple[list[Piece | str], int]:
    """Pieces (bodies and separators as strings) from ``pos`` until a verb or the clause ends."""
    folded = fold(text)
    out: list[Piece | str] = []
    current: Piece | None = None
    shared = ""  # "Giám đốc Sở: Nội vụ, Tài chính;" -> the head shared by the names after the colon
    while True:
        pos = _skip_space(text, pos)
        owner = _shared_owner(text, out, current) if text.startswith(":", pos) else None
        if owner is not None:
            shared, out = owner
            current, pos = None, pos + 1
            continue
        after_aside = _absorb_across(text, folded, current, pos)
        if after_aside != pos:
            pos = after_aside
            continue
        ended = _subject_end(text, folded, current, pos)
        if ended is not None:
            pos = ended
            break
        shared = _still_shared(text, folded, pos, shared, current)
        known = _shared_name_at(text, pos, shared) if current is None else None
        if known is None and current is None:
            known = _gazetteer_at(text, folded, pos, province)
            if known:
                known.text = shared + known.text
        known = _related_group(text, folded, pos, out) or known if current is None else known
        if known:
            out.append(known)
            pos = known.end
            current = known
            continue
        sep = _separator_at(text, folded, pos, current)
        if sep is not None:
            shared = "" if sep[0] == ";" else shared
            current = None
            out.append(sep[0])
            pos = sep[1]
            continue
        qualifier = KNOWN_QUALIFIER.match(folded, pos) if current is not None and current.known else None
        if current is not None and qualifier:  # "Các sở, ban, ngành trực thuộc UBND tỉnh"
            current.text = f"{current.text} {text[pos : qualifier.end()].strip()}"
            current.known, current.end, pos = False, qualifier.end(), qualifier.end()
            continue
        if current is not None and current.known:
            break  # a known name ends where no list separator follows: "Sở Nội vụ các tỉnh" stops
        word = WORD.match(text, pos)
        if not word:
            break
        lower_head = current is None and bool(out) and lower_head_re().match(folded, pos) is not None
        if stop_at_verbs and not lower_head and _stops(text, folded, pos, current):
            break
        if current is None:
            current = Piece(shared.strip(), known=False, start=pos, end=pos, head=lower_head or bool(shared))
            out.append(current)
        current.text = (current.text + " " + word.group(0).strip()).strip()
        current.end = word.end()
        pos = word.end()
    return out, pos


def _related_group(text: str, folded: str, pos: int, out: list[Piece | str]) -> Piece | None:
    """The related bodies after "và", one group: "... và tổ chức, cá nhân liên quan"."""
    related = RELATED_GROUP.match(folded, pos) if out and out[-1] in JOINERS else None
    if related is None:
        return None
    return Piece("các " + text[pos : related.end()], known=False, start=pos, end=related.end(), head=True)


def _separator_at(text: str, folded: str, pos: int, current: Piece | None) -> tuple[str, int] | None:
    """The list separator at ``pos`` and where it ends; a comma OCR lost between two known names ("... Du lịch Sở
    Tài chính") counts as one."""
    sep = SEPARATOR.match(folded, pos)
    if sep and sep.end() > pos and _separates(text, folded, sep):
        return sep.group(0).strip(), sep.end()
    if current is not None and current.known and text[pos].isupper() and gazetteer_re().match(folded, pos):
        return ",", pos
    return None


def _absorb_across(text: str, folded: str, current: Piece | None, pos: int) -> int:
    """Take a known name that runs over a joining word into the name being read ("Chánh Văn phòng HĐND và UBND
    huyện": the joint office's name); a bracketed aside too. The position after it, or ``pos``."""
    across = _known_across(folded, current, pos) or _joint_office(text, folded, current, pos)
    if current is None or not across:
        return _absorb_aside(text, current, pos)
    current.text, current.end = text[current.start : across], across
    return across


def _joint_office(text: str, folded: str, current: Piece | None, pos: int) -> int | None:
    """Where the joint office of the two councils ends: "Văn phòng HĐND và UBND xã Hòa Phú" is one office."""
    if current is None or not JOINT_OFFICE.fullmatch(folded, current.start, pos):
        return None
    joined = JOINT_OFFICE_AND.match(folded, pos)
    body = _gazetteer_at(text, folded, joined.end(), None) if joined else None
    return body.end if body else None


def _known_across(folded: str, current: Piece | None, pos: int) -> int | None:
    """Where a known name that starts after an official's title inside ``current`` ends, when it runs past
    ``pos`` over a joining word: "Văn phòng HĐND và UBND huyện" in "Chánh Văn phòng HĐND và UBND huyện"."""
    if current is None or current.known or not folded.startswith(JOINERS, pos):
        return None
    for word in re.finditer(r"(?<!\S)\S", folded[current.start : pos]):
        if word.start() == 0:
            continue
        match = gazetteer_re().match(folded, current.start + word.start())
        if match and match.end() > pos:
            return match.end()
    return None


def _separates(text: str, folded: str, sep: re.Match[str]) -> bool:
    """A comma always separates; "và"/"với" only before a new body or a level ("và cấp xã")."""
    if sep.group(0).strip() not in JOINERS:
        return True
    nxt = _skip_space(text, sep.end())
    return _is_head(text, folded, nxt) or bool(level_re().match(folded, nxt)) or bool(
        gazetteer_re().match(folded, nxt) or LOCALITY.match(text, nxt) or RELATED_GROUP.match(folded, nxt)
    )


def _stops(text: str, folded: str, pos: int, current: Piece | None) -> bool:
    """A lower-case action word ends the subject, unless it follows a bare head ("Ban Chỉ đạo"); so does
    an action opening a new line ("3. Các Sở, Ban, ngành và UBND các huyện, thị xã\nPhối hợp với ...")."""
    if TOPIC_AFTER.match(folded, pos) or PASSIVE.match(folded, pos):
        return True
    if not text[pos].islower():
        new_line = current is not None and "\n" in text[current.end : pos]
        if current is not None and CAPITAL_DUTY.match(folded, pos):
            return True
        return new_line and bool(verb_re().match(folded, pos)) and not NOT_A_VERB.match(folded, pos)
    if not verb_re().match(folded, pos) or NOT_A_VERB.match(folded, pos):
        return False
    if current is None:
        return True
    if FIELD_OF.search(folded, max(0, pos - 20), pos):
        return False  # "các hội, hiệp hội trong lĩnh vực thông tin và truyền thông": a field, not an action
    if fold(current.text) in {"các", "những"}:
        return False  # "các tổ chức hội": a noun after "các"
    if current.text[:1].isupper() and " " not in current.text and head_re().fullmatch(fold(current.text)):
        return False  # "Ban chỉ đạo ...": a verb right after a bare capitalised head
    return not (_head_runs_on(text, folded, pos, current) or _capitalised_verb_runs_on(text, folded, pos, current))


def _capitalised_verb_runs_on(text: str, folded: str, pos: int, current: Piece) -> bool:
    """The verb at ``pos`` ends one whose first word the name writes with a capital: "ký" of "Văn phòng Đăng ký đất
    đai" ("đăng ký")."""
    last = current.end - len(current.text.rsplit(" ", 1)[-1])
    if last < 0 or not text[last : last + 1].isupper():
        return False
    verb = verb_re().match(folded, last)
    return verb is not None and verb.end() > pos


def _head_runs_on(text: str, folded: str, pos: int, current: Piece) -> bool:
    """The verb at ``pos`` is part of a head that opens at the name's last word: "giám sát" of "Trưởng Đoàn
    giám sát" ("Đoàn giám sát"), "ký" of "Thư ký các Tổ công tác"."""
    last = current.end - len(current.text.rsplit(" ", 1)[-1])
    if last < 0 or not text[last : last + 1].isupper():
        return False
    head = head_re().match(folded, last)
    return head is not None and head.end() > pos


def resolve(pieces: list[Piece | str], province: str | None = None) -> list[str]:
    """Join continuations, repeat heads for levels, and canonicalise: the bodies of a subject."""
    units: list[Piece] = []
    after_semicolon = False
    for piece in pieces:
        if isinstance(piece, str):
            after_semicolon = piece == ";"
            continue
        if after_semicolon:  # ";" always separates bodies: "Phòng Nông nghiệp và PTNT; Trung tầm dịch vụ ..."
            units.append(piece)
        else:
            _add_piece(units, piece)
    names: list[str] = []
    for unit in units:
        for text in _joint_bodies(unit.text):
            name = canonical(text, province)
            if name and name not in names:
                names.append(name)
    return names


def _joint_bodies(name: str) -> list[str]:
    """ "Đảng ủy - UBND các xã, thị trấn" -> ["Đảng ủy các xã, thị trấn", "UBND các xã, thị trấn"]; any
    other name alone."""
    joint = JOINT.match(name.strip())
    if joint is None:
        return [name]
    heads = [head.strip() for head in re.split(r"\s*[-–—]\s*", joint.group(1)) if head.strip()]
    return [head + joint.group(3) for head in [*heads, joint.group(2)]]


def _add_piece(units: list[Piece], piece: Piece) -> None:
    text = piece.text
    folded = fold(text)
    if units and _bare_title(units[-1].text):  # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ": one entry
        units[-1] = Piece(f"{units[-1].text}, {text}", known=False, start=units[-1].start, end=piece.end)
        return
    if piece.known or piece.head or _is_head(text, folded, 0) or _bare_title(text):
        units.append(piece)
        return
    if not units:
        return
    prev = units[-1]
    if APPOSITION.match(text):
        return  # "Bộ Nội vụ, cơ quan thường trực của Ban Chỉ đạo" is Bộ Nội vụ
    level = level_re().match(folded)
    if level:
        head = _head_of(prev.text)
        units.append(Piece(f"{head} {text}".strip(), known=False, start=piece.start, end=piece.end))
        return
    shared_unit = LOCALITY.match(text) and _locality_head(prev.text)
    if shared_unit:
        units.append(Piece(f"{shared_unit} {text}", known=False, start=piece.start, end=piece.end))
        return
    shared = f"{_first_word(prev.text)} {text}"
    if lookup(shared):
        units.append(Piece(shared, known=True, start=piece.start, end=piece.end))
        return
    prev.text = f"{prev.text}, {text}"
    prev.known = False
    prev.end = piece.end


def _locality_head(name: str) -> str:
    """The head before the named unit of ``name``: "Ủy ban nhân dân" of "Ủy ban nhân dân xã Đa Phước" (for "xã Vĩnh
    Trường"), "UBND" of "UBND xã Tân Thành" (for "thị trấn Đắk Mâm"); "" when ``name`` names no unit."""
    match = LOCALITY.search(name)
    return name[: match.start()].strip() if match and match.start() > 0 else ""


def _bare_title(text: str) -> bool:
    """An official's title with no body after it: "Bộ trưởng" in "Bộ trưởng, Thủ trưởng cơ quan ngang bộ"."""
    return fold(text).strip() in _titles()


@cache
def _titles() -> frozenset[str]:
    return frozenset(fold(word) for word in words("title"))


def _head_of(name: str) -> str:
    """ "UBND cấp huyện" -> "UBND"; "Ủy ban nhân dân cấp huyện" -> "Ủy ban nhân dân"."""
    match = level_re().search(fold(name))
    if match:
        return name[: match.start()].strip()
    return re.sub(r"\s+(?:tỉnh|huyện|xã)$", "", name.strip())


def _first_word(name: str) -> str:
    """ "Sở Tài chính" -> "Sở": the shared head of "Sở Tài chính, Kế hoạch và Đầu tư"."""
    return re.sub(r"^(?:các|những)\s+", "", name.strip(), flags=re.IGNORECASE).split(" ")[0]


def read_subject(text: str, pos: int = 0, stop_at_verbs: bool = True, province: str | None = None) -> Subject:
    """The bodies listed at ``pos`` of ``text``; empty when no body opens there."""
    pos = _skip_space(text, pos)
    folded = fold(text)
    honorific = HONORIFIC.match(folded, pos)
    if honorific and (gazetteer_re().match(folded, honorific.end()) or _is_head(text, folded, honorific.end())):
        pos = honorific.end()  # "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, ..." names the officials
    if not (gazetteer_re().match(folded, pos) or _is_head(text, folded, pos)):
        return Subject(start=pos, end=pos)
    pieces, end = scan(text, pos, stop_at_verbs, province)
    return Subject(resolve(pieces, province), start=pos, end=end)
