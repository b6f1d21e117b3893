"""Find every cited number and read what is written around it: type, date, year, issuer, list heads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.citations.context import SKIPPED_KINDS, DocContext
from parsers.citations.data import issuer_codes, issuer_names, type_words
from parsers.citations.dates import date_after, date_before, year_after
from parsers.citations.numbers import NumberInfo, all_types_of, read_number, without_year
from parsers.citations.patterns import (
    ISSUER_STOP_RE,
    LIST_HEAD_TAIL,
    NUMBER_RE,
    OF_ISSUER_RE,
    OWN_NUMBER_PREFIX_RE,
    SENTENCE_END_RE,
)
from parsers.text import scan_lookalikes, squash, tone_style

# Types a number without a type code may still carry ("80/2015/QH13" a law or a resolution).
UNTYPED_TYPES = {
    "Luật": {"Luật", "Bộ luật", "Nghị quyết", "Hiến pháp"},
    "Nghị quyết": {"Nghị quyết", "Pháp lệnh"},
    "Công văn": {"Công văn", "Công điện"},
}
# Types whose names hold a law's name between the type word and "số": "Luật Viên chức số 58/2010/QH12".
NAMED_TYPES = ("Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp")


@dataclass
class Mention:
    """A cited number being read; becomes a ``Citation``."""

    start: int
    end: int
    info: NumberInfo
    type: str | None = None
    typed_by: str = "code"  # word|list|previous|code
    date: str | None = None
    year: int | None = None
    issuer: str | None = None
    tail: int = 0  # end of the number's date, year and issuer
    gap_before: str = ""  # text between the previous mention's tail and this number
    short_form: bool = False  # "62/QĐ-TTg" written for an earlier or later "62/2011/QĐ-TTg"


@dataclass(frozen=True)
class ListHead:
    """"các Công văn của UBND tỉnh:" -> items "số ..." until the end of the sentence share type and issuer."""

    end: int
    until: int
    type: str | None
    issuer: str | None


def _phrase_pattern(phrase: str) -> str:
    return r"\s{1,3}".join(re.escape(word) for word in phrase.split())


@cache
def type_before_re() -> re.Pattern[str]:
    """A type word right before a number: "Nghị định số ", "Kế" + newline + "hoạch số ", "Nghị quyết "."""
    words = "|".join(_phrase_pattern(phrase) for phrase, _ in type_words())
    return re.compile(rf"(?<!\w)(?P<type>{words})\s{{1,3}}(?:số\s{{0,3}}:?\s{{0,3}})?\Z", re.IGNORECASE)


@cache
def list_head_re() -> re.Pattern[str]:
    words = "|".join(_phrase_pattern(phrase) for phrase, _ in type_words())
    return re.compile(rf"(?<!\w)(?:các|Các|CÁC|những|Những)\s{{1,3}}(?P<type>{words}){LIST_HEAD_TAIL}", re.VERBOSE)


@cache
def named_type_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?P<type>{'|'.join(_phrase_pattern(t) for t in NAMED_TYPES)})\s", re.IGNORECASE)


def canonical_type(phrase: str) -> str | None:
    """"Chương trình hành động" -> "Chương trình", "kế\nhoạch" -> "Kế hoạch", "văn bản" -> None."""
    key = squash(phrase).lower()
    for word, name in type_words():
        if word.lower() == key:
            return name
    return None


def find_mentions(ctx: DocContext) -> list[Mention]:
    """Every cited number outside header, signature and stamps, in text order."""
    found: list[Mention] = []
    own = _own_number(ctx)
    for match in NUMBER_RE.finditer(ctx.scan):
        info = read_number(match)
        if info is None or info.number == own or ctx.kind_at(match.start()) in SKIPPED_KINDS:
            continue
        if _is_own_number(ctx.scan, match.start()) or (info.weak and not _after_so(ctx.scan, match.start())):
            continue
        found.append(Mention(match.start(), match.end(), info))
    return found


def _own_number(ctx: DocContext) -> str | None:
    number = ctx.doc.header.number
    if not number:
        return None
    match = NUMBER_RE.search(scan_lookalikes(number))
    info = read_number(match) if match else None
    return info.number if info else None


def _after_so(scan: str, start: int) -> bool:
    return re.search(r"(?<!\w)[Ss]ố\s{0,3}:?\s{0,3}\Z", scan[max(0, start - 12) : start]) is not None


def _is_own_number(scan: str, start: int) -> bool:
    """"Số: 12/UBND-VX" at the start of a line: the document's own number, not a citation."""
    if ":" not in scan[max(0, start - 6) : start]:
        return False
    line_start = scan.rfind("\n", max(0, start - 40), start) + 1
    return bool(OWN_NUMBER_PREFIX_RE.search("\n" + scan[line_start:start]))


def read_surroundings(ctx: DocContext, mentions: list[Mention]) -> None:
    """Type word before, date, year and issuer after each mention; the gap to the previous one."""
    previous_tail = -1_000  # no previous mention yet
    for mention in mentions:
        mention.type = _type_word_before(ctx, mention)
        if mention.type:
            mention.typed_by = "word"
        _read_after(ctx.scan, mention)
        if mention.date is None and mention.year is None:
            mention.date = date_before(ctx.scan, mention.start, ctx.floor(mention.start))
        near = 0 <= mention.start - previous_tail <= 200 and previous_tail >= ctx.floor(mention.start)
        mention.gap_before = ctx.scan[previous_tail : mention.start] if near else ""
        previous_tail = mention.tail


def _type_word_before(ctx: DocContext, mention: Mention) -> str | None:
    low = max(ctx.floor(mention.start), mention.start - 40)
    found = type_before_re().search(ctx.scan, low, mention.start)
    if found:
        return canonical_type(found.group("type"))
    return _named_type_before(ctx, mention)


def _named_type_before(ctx: DocContext, mention: Mention) -> str | None:
    """"Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14" -> "Luật" (a name between)."""
    low = max(ctx.floor(mention.start), mention.start - 120)
    window = ctx.scan[low : mention.start]
    if not re.search(r"\ssố\s{0,3}\Z", window):
        return None
    window = re.split(r"[;.]\s", window)[-1]  # the clause of the number only
    found = list(named_type_re().finditer(window))
    return canonical_type(found[-1].group("type")) if found else None


def _read_after(scan: str, mention: Mention) -> None:
    """Date, year given apart and "của ..." issuer after the number, in either order."""
    mention.date, pos = date_after(scan, mention.end)
    mention.year, pos = year_after(scan, pos)
    issuer, after_issuer = issuer_after(scan, pos)
    if issuer:
        mention.issuer = issuer
        if mention.date is None:
            mention.date, after_issuer = date_after(scan, after_issuer)
        pos = after_issuer
    mention.tail = pos


def issuer_after(scan: str, pos: int) -> tuple[str | None, int]:
    """"của BCH Trung ương Đảng khoá XIII về ..." -> ("BCH Trung ương Đảng", end of the name)."""
    match = OF_ISSUER_RE.match(scan, pos, min(len(scan), pos + 110))  # no \A: match anchors at pos
    if not match:
        return None, pos
    raw = match.group("issuer")
    stop = ISSUER_STOP_RE.search(raw)
    raw = raw[: stop.start()] if stop else raw
    name = canonical_issuer(raw)
    return (name or None), match.start("issuer") + len(raw.rstrip())


def canonical_issuer(raw: str) -> str:
    """"BTV Tỉnh uỷ" -> "BTV Tỉnh ủy", "Ủy ban nhân dân tỉnh" -> "UBND tỉnh"; others kept as written."""
    name = tone_style(squash(raw)).strip(" ,;-")
    for pattern, canonical in issuer_names():
        if pattern.search(name):
            return canonical
    return name


def find_list_heads(ctx: DocContext) -> list[ListHead]:
    heads = []
    for match in list_head_re().finditer(ctx.scan):
        end_match = SENTENCE_END_RE.search(ctx.scan, match.end(), min(len(ctx.scan), match.end() + 3000))
        until = end_match.start() if end_match else min(len(ctx.scan), match.end() + 3000)
        note = ctx.footnote_at(match.end())
        if note:
            until = min(until, ctx.doc.footnotes[ctx.note_starts.index(note[1])].end)
        issuer = canonical_issuer(match.group("issuer")) if match.group("issuer") else None
        heads.append(ListHead(match.end(), until, canonical_type(match.group("type")), issuer))
    return heads


def fits(kind: str | None, info: NumberInfo) -> bool:
    """Whether a type read from the words around can be the type of this number."""
    if kind is None:
        return False
    if info.type_code:
        return kind in all_types_of(info.type_code)
    return kind in UNTYPED_TYPES.get(info.code_type or "", {info.code_type})


def issuer_from_code(info: NumberInfo) -> str | None:
    """"CP" -> "Chính phủ", "UBND" -> "UBND tỉnh", "TU" -> "Tỉnh ủy"; None when unknown."""
    code = (info.issuer_code or "").rstrip("0123456789")
    known = issuer_codes().get(code)
    return known.issuer if known else None


def unify_numbers(mentions: list[Mention]) -> None:
    """One number, one document: a later "62/QĐ-TTg" is "62/2011/QĐ-TTg"; a mention without date,
    year or issuer takes them from the fullest mention of the same number."""
    with_year = {without_year(m.info.number): m.info for m in mentions if m.info.year}
    for mention in mentions:
        full = with_year.get(mention.info.number)
        if full is not None and mention.info.year is None:
            mention.info, mention.short_form = full, True
    best: dict[str, Mention] = {}
    for mention in mentions:
        known = best.get(mention.info.number)
        if known is None or _fullness(mention) > _fullness(known):
            best[mention.info.number] = mention
    for mention in mentions:
        _fill_from(mention, best[mention.info.number])


def _fullness(mention: Mention) -> tuple[bool, bool, bool, bool]:
    return mention.date is not None, mention.year is not None, mention.typed_by == "word", mention.issuer is not None


def _fill_from(mention: Mention, best: Mention) -> None:
    if mention.date is None and mention.year is None:
        mention.date, mention.year = best.date, best.year
    mention.issuer = mention.issuer or best.issuer
    if mention.typed_by == "code" and best.typed_by != "code" and fits(best.type, mention.info):
        mention.type, mention.typed_by = best.type, "same number"
