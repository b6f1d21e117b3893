"""Read lists as lists, and resolve later short mentions ("Nghị định 34") to the full citation.

- A type given once for a list: "các Công văn của UBND tỉnh: số 235/...; số 395/..." and
  "Báo cáo số 93/BC-SNV ...; số 81/BC-SNV ..." (an item with no type word of its own).
- A year or an issuer given once after a list: "số 01/NQ-CP, số 02/NQ-CP năm 2025 của Chính phủ".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from parsers.citations.context import DocContext
from parsers.citations.data import type_words
from parsers.citations.mentions import ListHead, Mention, canonical_type, fits, issuer_from_code
from parsers.citations.patterns import SENTENCE_END_RE, SHORT_TAIL
from parsers.model import Citation


@cache
def chain_gap_re() -> re.Pattern[str]:
    """What joins two numbers of one run: ", số ", " và ", ", Nghị định số " (no ";": items of a list)."""
    words = "|".join(r"\s{1,3}".join(map(re.escape, phrase.split())) for phrase, _ in type_words())
    return re.compile(rf"\A[ \t\n]{{0,3}}(?:,|và|hoặc)?\s{{0,3}}(?:và\s{{1,3}})?(?:(?:{words})\s{{1,3}})?(?:số\s{{0,3}})?\Z",
                      re.IGNORECASE)


def chained(mention: Mention) -> bool:
    return bool(mention.gap_before) and chain_gap_re().match(mention.gap_before) is not None


def _lead_char(scan: str, start: int) -> str:
    """The mark before a bare item: ";" in "...; số 81/BC-SNV", ":" in "tỉnh: số 235/..."."""
    lead = re.sub(r"(?:\s|số|Số)+\Z", "", scan[max(0, start - 16) : start])
    return lead[-1:] if lead else ""


def assign_types(ctx: DocContext, mentions: list[Mention], heads: list[ListHead]) -> None:
    """Type of each mention: its own word, else its list's, else the previous item's, else its codes'."""
    for index, mention in enumerate(mentions):
        head = _active_head(heads, mention.start)
        if head and mention.issuer is None and not mention.typed_by == "word":
            mention.issuer = head.issuer
        if mention.type:
            continue
        lead = _lead_char(ctx.scan, mention.start)
        if head and lead in ";:(" and fits(head.type, mention.info):
            mention.type, mention.typed_by = head.type, "list"
        elif lead in ",;" and index and _same_sentence(ctx, mentions[index - 1], mention) \
                and fits(mentions[index - 1].type, mention.info):
            mention.type, mention.typed_by = mentions[index - 1].type, "previous"
        else:
            mention.type = mention.info.code_type


def _active_head(heads: list[ListHead], offset: int) -> ListHead | None:
    active = [head for head in heads if head.end <= offset <= head.until]
    return active[-1] if active else None


def _same_sentence(ctx: DocContext, first: Mention, second: Mention) -> bool:
    if second.start - first.end > 400 or ctx.floor(first.start) != ctx.floor(second.start):
        return False
    return SENTENCE_END_RE.search(ctx.scan, first.end, second.start) is None


def share_year_and_issuer(mentions: list[Mention]) -> None:
    """Carry a year or issuer given after the last number of a run back to the numbers before it.

    One pass from the end: each number takes the year (or issuer) of the last number of its run
    that has one, so a run of thousands of numbers costs thousands of steps, not millions."""
    year: int | None = None
    issuer: str | None = None
    for index in range(len(mentions) - 1, -1, -1):
        mention = mentions[index]
        if year and not mention.year and not mention.date:
            mention.year = year
        if issuer and not mention.issuer:
            mention.issuer = issuer
        if not year and mention.year and mention.date is None:
            year = mention.year
        issuer = issuer or mention.issuer
        if not chained(mention):  # the run ends here: the numbers before it are another run
            year, issuer = None, None


def fill_issuers(mentions: list[Mention]) -> None:
    for mention in mentions:
        if not mention.issuer:
            mention.issuer = issuer_from_code(mention.info)


@cache
def short_re(types: frozenset[str]) -> re.Pattern[str]:
    """Short mentions of the types cited in full in a document ("Nghị định 34" once "Nghị định" is cited)."""
    phrases = sorted((p for p, name in type_words() if name in types), key=len, reverse=True)
    words = "|".join(r"\s{1,3}".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf"(?<!\w)(?P<type>{words}){SHORT_TAIL}", re.IGNORECASE)


def short_mentions(ctx: DocContext, full: list[Citation]) -> list[tuple[Citation, int, int]]:
    """Later mentions like "Nghị định 34" of an earlier "Nghị định số 34/2016/NĐ-CP": (earlier, start, end)."""
    types = frozenset(c.type for c in full if c.type)
    if not types:
        return []
    found = []
    for match in short_re(types).finditer(ctx.scan, full[0].span[1]):
        kind, serial = canonical_type(match.group("type")), match.group("serial")
        earlier = [c for c in full if c.span[1] <= match.start() and c.type == kind
                   and re.match(rf"{serial}[/\-]", c.number)]
        if earlier:
            found.append((earlier[-1], match.start(), match.end()))
    return found


def short_citation(earlier: Citation, start: int, end: int, raw: str, **fields: object) -> Citation:
    return replace(earlier, span=(start, end), raw=raw, short_form=True, **fields)  # type: ignore[arg-type]
