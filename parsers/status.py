"""Validity status from the documents themselves: who replaced, repealed, amended or ended whom.

A document's status is never read from a catalogue; it follows from the clauses of the documents
that cite it with a change relation (the citation extractor's "thay thế", "bãi bỏ", "sửa đổi",
"hợp nhất"). ``events_of(record)`` reads one citing record (the JSON contract of ``vanban extract``
or a store record) and returns one ``StatusEvent`` per changed document with the evidence:

- "Nghị định này thay thế Nghị định số 80/2020/NĐ-CP ..." -> replaced (whole);
- "Bãi bỏ Thông tư số 02/2022/TT-BGTVT ..." -> repealed; "Bãi bỏ khoản 2 Điều 7 Thông tư số
  145/2020/TT-BCA" -> repealed in part (parts "khoản 2 Điều 7");
- "Nghị định số 142/2020/NĐ-CP ... hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành" -> expired;
- "sửa đổi, bổ sung một số điều của Nghị định số ..." / "Thay thế cụm từ ... tại Điều 5 của Luật số ..."
  -> amended (parts as written);
- a consolidated text (VBHN) -> consolidated in it.

The date a change takes effect: a date written in the clause ("hết hiệu lực kể từ ngày 01 tháng 7
năm 2025"), else the citing document's own effective date read from its "Hiệu lực thi hành" article
("Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026"; "kể từ ngày ký" -> its date),
else its date of issue. Numbers, keys and relations come from ``parsers.citations``; nothing here
parses a document number.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from parsers.citations.dates import first_date
from parsers.citations.patterns import NUMBER_RE

# Status names, strongest first, with the words a Vietnamese reader expects (vbpl.vn's vocabulary).
STATUS_LABELS = {
    "replaced": "bị thay thế",
    "repealed": "bị bãi bỏ",
    "expired": "hết hiệu lực",
    "repealed_part": "bị bãi bỏ một phần",
    "amended": "được sửa đổi, bổ sung",
    "consolidated": "đã được hợp nhất",
    "in_force": "còn hiệu lực",
}
STATUS_ORDER = tuple(STATUS_LABELS)
# A document with one of these is no longer in force from the event's date.
STALE = ("replaced", "repealed", "expired")
CHANGE_RELATIONS = ("thay thế", "bãi bỏ", "sửa đổi", "hợp nhất")

# The act's own effective date: "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026",
# "Thông tư này có hiệu lực kể từ ngày ký ban hành", "Luật này có hiệu lực thi hành từ ngày 01/7/2025".
EFFECTIVE_RE = re.compile(
    r"""(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định
         |Chỉ\s+thị|Quy\s+chế|Quy\s+định|Văn\s+bản|Kế\s+hoạch)\s+này
        \s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?
        (?:\s+(?:kể\s+)?từ\s+(?P<when>ngày\s+(?:ký|thông\s+qua|ban\s+hành)
                                     |ngày\s+\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*\d{4}))?
        (?:\s+(?:đến\s+hết|cho\s+đến\s+hết)\s+(?P<until>ngày[^.;\n]{0,30}))?""",
    re.VERBOSE,
)
# "kể từ ngày ký", "từ ngày thông qua", "từ ngày ký ban hành": the act's own date.
SIGNING_RE = re.compile(r"ngày\s+(?:ký|thông\s+qua|ban\s+hành)")
# What the clause does to the cited document, the verb nearest before the number (its clause only).
# "Thay thế cụm từ “thanh tra” bằng ..." and "thay thế Phụ lục I ..." change wording: an amendment.
# Titles in capitals count ("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 05/2024/TT-BTNMT").
VERB_RE = re.compile(
    r"""(?P<wording>thay\s+thế\s+(?:một\s+số\s+|các\s+)?(?:cụm\s+từ|từ\s+ngữ|từ)\b)
       |(?P<replaced>thay\s+thế)
       |(?P<repealed>bãi\s+bỏ)
       |(?P<expired>hết\s+hiệu\s+lực)
       |(?P<amended>sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung)
       |(?P<consolidated>hợp\s+nhất)""",
    re.VERBOSE | re.IGNORECASE,
)
# A passive verb names another act's change: "Nghị định số 35/2021/NĐ-CP (được sửa đổi, bổ sung tại
# Nghị định số 71/2025/NĐ-CP)", "... ĐƯỢC SỬA ĐỔI, BỔ SUNG TẠI THÔNG TƯ SỐ 14/2025/TT-BNNMT".
PASSIVE_RE = re.compile(r"(?:được|bị)\s+$", re.IGNORECASE)
# "Nghị định số 142/2020/NĐ-CP ... hết hiệu lực kể từ ngày ..." (the verb after the number).
AFTER_RE = re.compile(r"\s(?:hết\s+hiệu\s+lực|bị\s+bãi\s+bỏ)")
# "... được thay thế bằng Nghị định số ...": another document replaces it; not this one's clause.
REPLACED_BY_OTHER_RE = re.compile(r"được\s+thay\s+thế\s+(?:bằng|bởi)")
# Parts of a document: "khoản 2 Điều 7", "điểm d khoản 1 Điều 3", "Phụ lục I", "Mục 2", "Chương III".
# "Điều này" (the citing act's own article) is not a part of the cited one; "Bãi bỏ một số quy định
# của Nghị định số 131/2025/NĐ-CP" and "Bãi bỏ các quy định ... tại Quyết định số 45/2018/QĐ-TTg" are.
PART_RE = re.compile(
    r"(?:điểm\s+\w+|khoản\s+\d+|điều\s+\d+\w?|phụ\s+lục(?:\s+[IVXLC\d]+)?|mục\s+[IVXLC\d.]+"
    r"|chương\s+[IVXLC\d]+|(?:biểu|mẫu)(?:\s+số)?\s+\d+|cụm\s+từ|quy\s+định\s+(?:về|tại|liên\s+quan)|(?:một\s+số|các)\s+(?:điều|khoản|điểm|quy\s+định|phụ\s+lục|nội\s+dung))"
    r"(?!\s+này)",
    re.IGNORECASE,
)
# "kể từ ngày 01 tháng 7 năm 2025" in the clause: the change's own date.
FROM_DATE_RE = re.compile(r"(?:kể\s+)?từ\s+ngày\s+\d")
# A list lead-in line: "Kể từ ngày Nghị định này có hiệu lực thi hành, các Nghị định ... sau đây hết
# hiệu lực thi hành:" gives its verb to the items below it.
LEAD_IN_RE = re.compile(r"[^\n]*:[ \t]*\n")
# Where the subject of "... hết hiệu lực" starts: "a) Khoản 8, khoản 14 Điều 1 Thông tư 14/2015/TT-NHNN",
# "Quyết định số 23/2008/QĐ-NHNN ... và Điều 11 Thông tư số 12/2023/TT-NHNN ... hết hiệu lực".
SUBJECT_CUT_RE = re.compile(r"(?:\b(?:và|hoặc)\s(?!(?:điểm|khoản|điều|Điểm|Khoản|Điều)\s)|[:;]|(?:^|\s)[a-zđ]\)\s|(?:^|\s)\d+\.\s)")
# A condition or a proposal before the verb: "trường hợp sửa đổi, bổ sung ...", "kiến nghị bãi bỏ ...".
CONDITION_RE = re.compile(r"(?:trường\s+hợp|nếu|khi|việc|đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s+(?:\S+\s+){0,2}$",
                          re.IGNORECASE)
# A form's number is not a document: "Thay thế cụm từ “Mẫu số 01/XĐTMS/TXNK” thành ...".
FORM_RE = re.compile(r"(?:mẫu|biểu|phụ\s+lục)\s+(?:số\s*)?$", re.IGNORECASE)
# A list item opening with the document it names: "b) Thông tư số ", "2. Nghị định ", "- Quyết định số ".
ITEM_OPENING_RE = re.compile(
    r"\s*(?:[a-zđ]\)|\d+[.)]|[-+–])?\s*(?:(?:các\s+)?(?:điểm|khoản|điều|mục|phụ\s+lục)\s+[\w,\s]{0,80}?)?"
    r"(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định|Chỉ\s+thị)"
    r"(?:\s+số)?\s*$",
    re.IGNORECASE,
)
TYPE_BEFORE_NUMBER_RE = re.compile(
    r"(?:của\s+|tại\s+)?(?:các\s+)?(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư(?:\s+liên\s+tịch)?"
    r"|Quyết\s+định|Chỉ\s+thị|Văn\s+bản\s+hợp\s+nhất|Văn\s+bản)?[\w\s]{0,30}?(?:số\s*)?$"
)


@dataclass
class StatusEvent:
    """One change of one document, with the clause that makes it."""

    target: str  # key of the changed document
    kind: str  # replaced|repealed|expired|repealed_part|amended|consolidated
    by: str  # key (else id, else number) of the document that says so
    by_number: str | None
    date: str | None  # ISO: from when the change holds
    parts: str | None  # "khoản 2 Điều 7", None for the whole document
    sentence: str
    by_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.kind]


@dataclass
class Status:
    """A document's status: the strongest of its events (``in_force`` without any)."""

    key: str
    status: str = "in_force"
    events: list[StatusEvent] = field(default_factory=list)

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    def stale_event(self, as_of: str | None = None) -> StatusEvent | None:
        """The event ending this document on or before ``as_of`` (any date when ``as_of`` is None)."""
        for event in sorted(self.events, key=lambda e: STATUS_ORDER.index(e.kind)):
            if event.kind in STALE and (as_of is None or event.date is None or event.date <= as_of):
                return event
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "status": self.status, "label": self.label,
                "events": [e.to_dict() for e in self.events]}


def status_of(key: str, events: list[StatusEvent]) -> Status:
    """The status of ``key`` from every event naming it (strongest kind first)."""
    mine = [e for e in events if e.target == key]
    if not mine:
        return Status(key)
    mine.sort(key=lambda e: (STATUS_ORDER.index(e.kind), e.date or ""))
    return Status(key, mine[0].kind, mine)


def effective_date(record: dict[str, Any]) -> str | None:
    """The record's own effective date from its "Hiệu lực thi hành" article (the last such clause)."""
    text = str(record.get("text") or "")
    issued = (record.get("document") or {}).get("date")
    found = None
    for match in EFFECTIVE_RE.finditer(text):
        when = match.group("when") or ""
        found = issued if SIGNING_RE.match(when) else (first_date(when) or found)
    return found


def expiry_date(record: dict[str, Any]) -> str | None:
    """The first day the act itself is no longer in force: "Thông tư này có hiệu lực thi hành kể từ
    ngày ký đến hết ngày 31 tháng 12 năm 2026" -> 2027-01-01."""
    import datetime as dt

    for match in EFFECTIVE_RE.finditer(str(record.get("text") or "")):
        last = first_date(match.group("until") or "")
        if last:
            return (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()
    return None


def events_of(record: dict[str, Any]) -> list[StatusEvent]:
    """Every status event the record's own clauses make (one per changed document and kind)."""
    header = record.get("document") or {}
    by = str(record.get("key") or record.get("id") or header.get("number") or record.get("source") or "")
    when = effective_date(record) or header.get("date")
    text = str(record.get("text") or "")
    out: dict[tuple[str, str], StatusEvent] = {}
    consolidated = "/VBHN-" in str(header.get("number") or "")
    for citation in record.get("citations") or []:
        event = _consolidated(citation, header) if consolidated else _event(citation, text, when)
        if event is None or event.target == by:
            continue
        event.by, event.by_number, event.by_type = by, header.get("number"), header.get("type")
        out.setdefault((event.target, event.kind), event)
    ends = expiry_date(record)
    if ends and by:
        out[(by, "expired")] = StatusEvent(target=by, kind="expired", by=by, by_number=header.get("number"),
                                           by_type=header.get("type"), date=ends, parts=None,
                                           sentence=_own_clause(text))
    return list(out.values())


def _own_clause(text: str) -> str:
    found = [m for m in EFFECTIVE_RE.finditer(text) if m.group("until")]
    return " ".join(found[0].group(0).split()) if found else ""


def _consolidated(citation: dict[str, Any], header: dict[str, Any]) -> StatusEvent | None:
    """In a consolidated text (VBHN), the acts it merges are cited with "hợp nhất"."""
    if citation.get("relation") != "hợp nhất" or "/VBHN-" in str(citation.get("number")):
        return None
    return StatusEvent(target=str(citation.get("key") or citation.get("number")), kind="consolidated", by="",
                       by_number=None, date=header.get("date"), parts=None,
                       sentence=" ".join(str(citation.get("sentence") or "").split()))


def _event(citation: dict[str, Any], text: str, when: str | None) -> StatusEvent | None:
    if citation.get("relation") not in CHANGE_RELATIONS or citation.get("short_form"):
        return None
    sentence = str(citation.get("sentence") or "")
    raw = str(citation.get("raw") or citation.get("number") or "")
    at = sentence.find(raw)
    before, after = (sentence[:at], sentence[at + len(raw):]) if at >= 0 else (sentence, "")
    before = re.split(r"[;]", before)[-1]
    after = re.split(r"[;]|\s\d+\.\s|\n", after)[0]
    quoted = before.count("“") > before.count("”")  # new wording quoted inside an amending clause
    if quoted or REPLACED_BY_OTHER_RE.search(after) or REPLACED_BY_OTHER_RE.search(before) or FORM_RE.search(before):
        return None
    kind, parts = _kind(citation, before, after, text)
    if kind is None:
        return None
    date = _clause_date(sentence) or when
    return StatusEvent(target=str(citation.get("key") or citation.get("number")), kind=kind, by="",
                       by_number=None, date=date, parts=parts, sentence=" ".join(sentence.split()))


def _kind(citation: dict[str, Any], before: str, after: str, text: str) -> tuple[str | None, str | None]:
    """What the clause does and to which parts: the verb before the number, else after it, else the
    verb of the list's lead-in line; articles named between the verb and the number make it partial."""
    every = list(VERB_RE.finditer(before))
    if every and PASSIVE_RE.search(before[:every[-1].start()]):
        return None, None  # "... đã được sửa đổi, bổ sung một số điều theo Luật số 43/2024/QH15, Luật số ..."
    verbs = [v for v in every if not PASSIVE_RE.search(before[:v.start()])]
    if verbs and CONDITION_RE.search(before[:verbs[-1].start()]):
        return None, None  # "trường hợp sửa đổi, bổ sung Quyết định ...": a rule about changes, not a change
    if verbs and NUMBER_RE.search(before[:verbs[-1].start()]):
        return None, None  # another act's verb: "Thông tư số 82/2018/TT-BTC ... bãi bỏ nội dung ... Nghị định số ..."
    if citation.get("relation") == "hợp nhất":
        return None, None  # only a consolidated text (VBHN) consolidates: see events_of
    if AFTER_RE.match(after) or (not verbs and AFTER_RE.search(after)):
        parts = _parts(_subject_tail(before))
        if "bãi bỏ" in after:
            return ("repealed_part" if parts else "repealed"), parts
        if verbs and verbs[-1].lastgroup == "repealed":  # "Bãi bỏ Điều 1 ... của Thông tư ... hết hiệu lực"
            parts = _parts(before[verbs[-1].end():])
        return ("repealed_part" if parts else "expired"), parts
    if not verbs:
        lead = _lead_in_verb(citation, text)
        if lead is None:
            return None, None
        parts = _parts(before)
        return _whole_or_part(lead, parts), parts
    last = verbs[-1]
    between = before[last.end():]
    parts = _parts(_after_last_number(between))
    first = NUMBER_RE.search(between)
    if parts is None and first and not VERB_RE.search(between, first.end()):
        parts = _parts(between[:first.start()])  # "Thay thế Phụ lục của Nghị định số 34/2014/NĐ-CP và Nghị định 71/2015"
    return _whole_or_part(str(last.lastgroup), parts), parts


def _subject_tail(before: str) -> str:
    """The subject of "X hết hiệu lực" right before the number: after the last other number, "và",
    ":" or list marker ("... Luật Quảng cáo và Nghị định số " -> "Nghị định số ")."""
    tail = _after_last_number(before)
    if tail is not before and NUMBER_RE.search(before):
        return tail
    cuts = list(SUBJECT_CUT_RE.finditer(tail))
    return tail[cuts[-1].end():] if cuts else tail


def _after_last_number(between: str) -> str:
    """The text after the last other document number: "thay thế các Thông tư số 200/2014/TT-BTC (trừ ...),
    Thông tư số 75/2015/TT-BTC" -> parts are looked for only after "200/2014/TT-BTC ..."."""
    found = list(NUMBER_RE.finditer(between))
    if not found:
        return between
    tail = between[found[-1].end():]  # "... thi hành một số điều của Luật ... và Thông tư số ": the last conjunct
    cuts = list(SUBJECT_CUT_RE.finditer(tail))
    return tail[cuts[-1].end():] if cuts else tail


def _whole_or_part(verb: str, parts: str | None) -> str | None:
    if verb in ("wording", "amended"):
        return "amended"
    if verb == "replaced":
        return "amended" if parts else "replaced"
    if verb == "repealed":
        return "repealed_part" if parts else "repealed"
    if verb == "expired":
        return "repealed_part" if parts else "expired"
    if verb == "consolidated":
        return "consolidated"
    return None


def _parts(between: str) -> str | None:
    """"khoản 2 Điều 7 " (before "Thông tư số ...") -> "khoản 2 Điều 7"; None when no part is named."""
    found = list(PART_RE.finditer(between))
    if not found:
        return None
    start = found[0].start()
    tail = TYPE_BEFORE_NUMBER_RE.search(between, start)
    end = tail.start() if tail else len(between)
    written = " ".join(between[start:max(end, found[-1].end())].split()).strip(" ,")
    return written[:200] or None


def _lead_in_verb(citation: dict[str, Any], text: str) -> str | None:
    """The verb of the lead-in line ending in ':' above a list item that opens with the cited document
    ("b) Thông tư số 16/2019/TT-BTTTT ..." under "Các quy định dưới đây hết hiệu lực ...:")."""
    span = citation.get("span") or [0, 0]
    start = int(span[0])
    line_start = text.rfind("\n", 0, start) + 1
    if not ITEM_OPENING_RE.match(text[line_start:start]):
        return None
    window = text[max(0, start - 3000):start]
    lines = [line for line in window.split("\n") if line.rstrip().endswith(":")]
    if not lines:
        return None
    verbs = list(VERB_RE.finditer(lines[-1]))
    if not verbs:
        return None
    expired = next((v for v in verbs if v.lastgroup == "expired"), None)
    return str((expired or verbs[-1]).lastgroup)


def _clause_date(sentence: str) -> str | None:
    """A date the clause gives for the change: "hết hiệu lực kể từ ngày 01 tháng 7 năm 2025"."""
    sentence = " ".join(sentence.split())
    match = FROM_DATE_RE.search(sentence)
    return first_date(sentence[match.start():]) if match else None
