"""Who leads and who coordinates: the rules over one item's text, its heading and the opening.

Item cues (domain.md §5): "Giao X chủ trì ...", "Đề nghị X ...", "Yêu cầu X ...",
"X có trách nhiệm ...", "X chịu trách nhiệm ...", "X chủ trì, phối hợp với Y ...".
A heading that is only a list of bodies ("2. UBND cấp huyện, cấp xã:") gives its children's bodies.
The opening sentence ("UBND tỉnh yêu cầu các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã triển khai
...") gives the bodies of every task that has no other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from parsers.labels import LABEL_PREFIX
from parsers.tasks.subjects import read_subject
from parsers.tasks.words import fold, squash, verb_re

# An addressing verb before the bodies: "Giao Sở Nội vụ tham mưu ...", "Đề nghị Ủy ban MTTQ tỉnh ...", a công
# điện's "Chủ tịch Ủy ban nhân dân huyện điện khẩn Thủ trưởng các phòng, ban, ..." ("khân" as OCR reads it).
# Not "được giao", "bàn giao", "theo đề nghị của", "giao dịch".
ADDRESS = re.compile(
    r"""(?<![\w])(?<!được\s)(?<!bàn\s)(?<!theo\s)(?<!đã\s)
        (?:giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu|ủy\s+quyền(?:\s+cho)?|điện\s+kh[ẩâ]n)\s+(?=\S)(?!của(?!\w))""",
    re.VERBOSE,
)
# A duty after the bodies: "Văn phòng Đoàn ĐBQH và HĐND tỉnh có trách nhiệm tuyên truyền ...".
DUTY = re.compile(
    r"""(?<!\w)(?:(?:được\s+giao\s+)?chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm
        |được\s+giao|thực\s+hiện\s+các\s+nhiệm\s+vụ\s+sau)(?!\w)""",
    re.VERBOSE,
)
# Coordination: "phối hợp với các sở, ngành liên quan", "phối hợp chặt chẽ với UBND cấp huyện".
COORDINATE = re.compile(r"(?<!\w)phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?(?:\s+cùng)?\s+(?=\S)")
# "X phối hợp ..." as a subject: "Sở Tài chính, Sở Nội vụ phối hợp thực hiện".
COORDINATE_DUTY = re.compile(r"(?<!\w)phối\s+hợp(?!\w)")
# A qualifier between a subject and its duty: "các bộ, ngành có liên quan theo phạm vi chức năng,
# nhiệm vụ được Chính phủ giao, có trách nhiệm ...".
QUALIFIER = re.compile(r"(?:theo|trong\s+phạm\s+vi|căn\s+cứ|trong)\s[^;.:]{0,150}")
# A lead that hands the work on: "UBND các tỉnh chỉ đạo Sở Lao động - Thương binh và Xã hội thực hiện".
DIRECTS = re.compile(r"chỉ\s+đạo|giao")
# Where a clause opens: the text start, or after ". ; :" or a line break.
CLAUSE_START = re.compile(r"(?:^|(?<=[.;:!?])|\n)\s*")
# A heading that frames a body: "Trách nhiệm của Sở Nội vụ", "Đối với UBND cấp huyện", "Giao Sở Y tế".
HEADING_PREFIX = re.compile(
    r"^\s*(?:(?:trách\s+nhiệm|nhiệm\s+vụ)\s+của|đối\s+với|giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu)\s+",
)
HEADING_SUFFIX = re.compile(
    r"\s*(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì|thực\s+hiện(?:\s+các\s+nhiệm\s+vụ\s+sau)?"
    r"|triển\s+khai(?:\s+thực\s+hiện)?(?:\s+các\s+nhiệm\s+vụ\s+sau)?)?\s*[:.]?\s*$"
)
# An action inside a lead-in makes it a sentence, not a title of bodies: "UBND các tỉnh ... chỉ đạo Sở ...".
TITLE_ACTION = re.compile(
    r"(?<!\w)(?:chỉ\s+đạo|phối\s+hợp|chủ\s+trì|thực\s+hiện|triển\s+khai|tham\s+mưu|giao|có\s+trách\s+nhiệm"
    r"|chịu\s+trách\s+nhiệm)(?!\w)"
)
# A short qualifier closing a title of bodies: "Các cơ quan, đơn vị, địa phương được kiểm tra".
QUALIFIER_TAIL = re.compile(
    r"(?:được\s+(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát|giao)|có\s+liên\s+quan|liên\s+quan"
    r"|(?:trực\s+)?thuộc\s+\S+(?:\s+\S+){0,3}|trên\s+địa\s+bàn(?:\s+\S+){0,2})"
)
# The end of a title line made of bodies: "Sở Nội vụ:", "... doanh nghiệp và cộng đồng.\n", or a bare line
# break before a sentence ("Phòng Văn hóa và Thông tin; Đài Truyền thanh huyện\nCăn cứ vào chỉ đạo ...").
TITLE_LINE = re.compile(r"[ \t]*(?::|\.?[ \t]*\n[ \t]*[^\W\d_])")
# An item that names its bodies in a line of its own: "Đơn vị chủ trì thực hiện: Sở Tư pháp. Đơn vị phối
# hợp thực hiện: Văn phòng UBND tỉnh, ...", "Đơn vị thực hiện: Sở Tư pháp.", "Cơ quan chủ trì: Sở Y tế".
INLINE_LEAD = re.compile(
    r"(?<!\w)(?:đơn\s+vị|cơ\s+quan)\s+(?:chủ\s+trì(?:\s+thực\s+hiện)?|thực\s+hiện(?:\s+chính)?)\s*:\s*"
)
INLINE_COORD = re.compile(r"(?<!\w)(?:đơn\s+vị|cơ\s+quan)\s+phối\s+hợp(?:\s+thực\s+hiện)?\s*:\s*")
# A tense that reports rather than asks: "Các địa phương đã tham mưu ...", "Công tác ... còn hạn chế".
REPORTED = re.compile(r"(?:đã|đang|chưa|còn|vẫn\s+còn|vẫn\s+chưa)(?!\w)")
# A label at the start of an item: "2.1.", "a)", "-", "III.", "Điều 5." (the one grammar of parsers/labels.py).
LABEL = LABEL_PREFIX


@dataclass
class Roles:
    """Lead and coordinating bodies found in one text."""

    responsible: list[str] = field(default_factory=list)
    coordinating: list[str] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)  # weaker: bodies that open the item before an action


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


@lru_cache(maxsize=1024)
def _clause_starts(text: str) -> tuple[int, ...]:
    """Where clauses open in ``text`` (asked twice per item: for duties and for coordination)."""
    return tuple(m.end() for m in CLAUSE_START.finditer(text))


def _addressed(text: str, province: str | None) -> list[str]:
    """Bodies after "Giao", "Đề nghị", "Yêu cầu" anywhere in ``text``."""
    found: list[str] = []
    folded = fold(text)
    for match in ADDRESS.finditer(folded):
        _add(found, read_subject(text, match.end(), province=province).bodies)
    return found


def _subjects_before(text: str, pattern: re.Pattern[str], province: str | None) -> list[str]:
    """Bodies that open a clause and run up to ``pattern``: "X có trách nhiệm", "X chủ trì"."""
    found: list[str] = []
    folded = fold(text)
    for start in _clause_starts(text):
        subject = read_subject(text, start, province=province)
        if subject.bodies and _duty_follows(folded, subject.end, pattern):
            _add(found, subject.bodies)
    return found


def _duty_follows(folded: str, pos: int, pattern: re.Pattern[str]) -> bool:
    """``pattern`` right after the subject, or after a qualifier ("theo phạm vi chức năng, ...")."""
    pos = _skip_space(folded, pos)
    if pattern.match(folded, pos):
        return True
    qualifier = QUALIFIER.match(folded, pos)
    if not qualifier:
        return False
    commas = [m.end() for m in re.finditer(r",\s*", qualifier.group(0))]
    return any(pattern.match(folded, pos + offset) for offset in commas)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _coordinating(text: str, province: str | None) -> list[str]:
    found: list[str] = []
    for match in COORDINATE.finditer(fold(text)):
        _add(found, read_subject(text, match.end(), province=province).bodies)
    _add(found, _subjects_before(text, COORDINATE_DUTY, province))
    return found


def _inline_list(text: str, pattern: re.Pattern[str], province: str | None) -> list[str]:
    """Bodies listed after "Đơn vị chủ trì:" (or another ``pattern``) up to the end of its sentence."""
    found: list[str] = []
    for match in pattern.finditer(fold(text)):
        _add(found, read_subject(text, match.end(), stop_at_verbs=False, province=province).bodies)
    return found


def _opening_subject(text: str, province: str | None, follow_directs: bool = False) -> list[str]:
    """Bodies that open the item and are followed by an action: "Văn phòng UBND tỉnh chỉ đạo ..."."""
    subject = read_subject(text, 0, province=province)
    folded = fold(text)
    verb = verb_re().match(folded, _skip_space(text, subject.end))
    if subject.bodies and TITLE_LINE.match(text, subject.end):
        return subject.bodies  # a title line of bodies: "Các tổ chức chính trị - xã hội, ... cộng đồng.\n"
    if not subject.bodies or not verb:
        return []
    found = list(subject.bodies)
    if follow_directs and DIRECTS.match(verb.group(0)):  # "UBND các tỉnh chỉ đạo Sở Lao động - Thương binh và Xã hội ..."
        _add(found, read_subject(text, verb.end(), province=province).bodies)
    return found


def item_roles(text: str, province: str | None = None, follow_directs: bool = False) -> Roles:
    """Lead and coordinating bodies named by an item itself (empty lists when it names none).

    ``follow_directs``: in a lead-in ("UBND các tỉnh chỉ đạo Sở Lao động - Thương binh và Xã hội
    ... thực hiện các nội dung sau:") the directed body leads the items below too.
    """
    body = LABEL.sub("", text, count=1)
    roles = Roles()
    inline = _inline_list(body, INLINE_LEAD, province)
    if inline:
        roles.responsible = inline
        roles.coordinating = [n for n in _inline_list(body, INLINE_COORD, province) if n not in inline]
        return roles
    _add(roles.responsible, _addressed(body, province))
    _add(roles.responsible, _subjects_before(body, DUTY, province))
    if not roles.responsible:
        _add(roles.subject, _opening_subject(body, province, follow_directs))
    coordinating = [name for name in _coordinating(body, province) if name not in roles.responsible]
    _add(roles.coordinating, coordinating)
    return roles


def heading_bodies(heading: str, province: str | None = None) -> list[str]:
    """The bodies a heading stands for when it is only a list of bodies, else [].

    "2. UBND cấp huyện, cấp xã:" -> ["UBND cấp huyện", "UBND cấp xã"];
    "2.1. Đối với nội dung “Tham gia của người dân ở cấp cơ sở”:" -> [].
    """
    text = LABEL.sub("", heading, count=1)
    prefix = HEADING_PREFIX.match(fold(text))
    text = text[prefix.end() :] if prefix else text
    suffix = HEADING_SUFFIX.search(fold(text))
    core = text[: suffix.start()] if suffix else text
    if not core.strip() or TITLE_ACTION.search(core):
        return []
    subject = read_subject(core, 0, stop_at_verbs=False, province=province)
    rest = core[subject.end :].strip(" \t\n,;.")
    if rest and subject.bodies and QUALIFIER_TAIL.fullmatch(fold(rest)):
        return [*subject.bodies[:-1], f"{subject.bodies[-1]} {squash(rest)}"]
    return subject.bodies if not rest else []


def opening_bodies(preamble: str, province: str | None = None) -> list[str]:
    """The bodies the opening addresses: a last lead-in "X có trách nhiệm:", else the last
    "yêu cầu/đề nghị/giao X <verb>" of it."""
    lead = re.split(r"(?<=[.;])\s+|\n", preamble.strip())[-1]
    if lead.endswith(":"):
        named = _subjects_before(lead, DUTY, province)
        if named:
            return named
    folded = fold(preamble)
    found: list[str] = []
    for match in ADDRESS.finditer(folded):
        subject = read_subject(preamble, match.end(), province=province)
        if subject.bodies:
            found = subject.bodies
    return found


def reports_result(text: str, province: str | None = None) -> bool:
    """An item that states what bodies did or failed to do ("Các địa phương đã tham mưu tổ chức ...",
    "Đã tổ chức hội nghị ...") reports a result: it is no task."""
    body = LABEL.sub("", text, count=1)
    folded = fold(body)
    subject = read_subject(body, 0, province=province)
    pos = _skip_space(folded, subject.end)
    if not subject.bodies and pos != _skip_space(folded, 0):
        return False
    return bool(REPORTED.match(folded, pos))


def reported_request(text: str) -> bool:
    """A request told as past events: "ngày 16/8/2018 Bộ ... đã có Công văn số 3395/... gửi Tổng công ty ...
    và đề nghị Tổng công ty ..." (an "đã" earlier in the sentence of the first "đề nghị/giao/yêu cầu")."""
    folded = fold(text)
    match = ADDRESS.search(folded)
    if match is None:
        return False
    sentence_start = max(folded.rfind(mark, 0, match.start()) for mark in ".;:")
    return re.search(r"(?<!\w)đã(?!\w)", folded[sentence_start + 1 : match.start()]) is not None
