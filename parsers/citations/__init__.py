"""Citations: every document cited by number (typed, dated, resolved to a key) and laws cited by name.

Public surface: ``extract_citations(doc)``; ``document_key`` and ``normalise_number`` live in
``parsers.citations.keys`` and ``parsers.citations.numbers``.

    >>> from parsers.citations.textdoc import document_from_text
    >>> doc = document_from_text("Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ;")
    >>> [(c.number, c.type, c.date, c.relation, c.where) for c in extract_citations(doc)[0]]
    [('42/2022/NĐ-CP', 'Nghị định', '2022-06-24', 'căn cứ', 'preamble')]
"""

from __future__ import annotations

import re

from parsers.citations.context import SKIPPED_KINDS, DocContext
from parsers.citations.dates import date_after
from parsers.citations.keys import document_key
from parsers.citations.laws import find_laws
from parsers.citations.mentions import (
    Mention,
    find_list_heads,
    find_mentions,
    read_surroundings,
    unify_numbers,
)
from parsers.citations.relations import (
    ACTS,
    DEFAULT_RELATION,
    ListRelation,
    list_relation_at,
    list_relations,
    relation_after,
    relation_signal,
    signal_at,
    strongest,
)
from parsers.citations.resolve import (
    assign_types,
    chained,
    fill_issuers,
    share_year_and_issuer,
    short_citation,
    short_mentions,
)
from parsers.model import Citation, Document, NamedLaw

__all__ = ["extract_citations"]

# "UBND tỉnh Thái Bình": a cited local issuer of another province than the citing one.
_ISSUER_PROVINCE = re.compile(r"(?:tỉnh|thành phố)\s+(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})")
# A footnote of a consolidated text about its own part: "Khoản này được sửa đổi, bổ sung theo ...".
_THIS_PART = re.compile(r"\s{0,3}(?:\S+\s{1,3}){0,6}?này\s{1,3}(?:được|bị|đã)")
# A law followed by its number is a citation by number, not a law cited by name only.
_NUMBER_FOLLOWS = re.compile(r"\s{0,3},?\s{0,3}số\s{0,3}:?\s{0,3}\d")


def extract_citations(doc: Document) -> tuple[list[Citation], list[NamedLaw]]:
    """Every citation by number (full and short mentions) and every law cited by name only."""
    ctx = DocContext.of(doc)
    mentions = find_mentions(ctx)
    read_surroundings(ctx, mentions)
    assign_types(ctx, mentions, find_list_heads(ctx))
    share_year_and_issuer(mentions)
    unify_numbers(mentions)
    fill_issuers(mentions)
    citations = _to_citations(ctx, mentions)
    citations += _short_forms(ctx, citations)
    citations.sort(key=lambda c: c.span)
    return _same_relation_per_key(citations), named_laws(ctx)


def _to_citations(ctx: DocContext, mentions: list[Mention]) -> list[Citation]:
    citations: list[Citation] = []
    previous: tuple[Mention, str] | None = None
    lists = list_relations(ctx.scan)
    for mention in mentions:
        relation = _relation(ctx, mention, previous, lists)
        citations.append(_citation(ctx, mention, relation))
        previous = (mention, relation)
    return citations


def _relation(ctx: DocContext, mention: Mention, previous: tuple[Mention, str] | None,
              lists: list[ListRelation]) -> str:
    """"căn cứ" on a preamble "Căn cứ" line; else the signal before the number, after it, of its list,
    of the run it belongs to; else "dẫn chiếu"."""
    if ctx.preamble_kind(mention.start):
        return "căn cứ"
    if _consolidated_act(ctx, mention, previous):
        return "hợp nhất"
    found = signal_at(ctx.scan, mention.start, ctx.floor(mention.start))
    before = previous[1] if previous else None
    if found and found[0] in ACTS and previous and mention.gap_before:
        if found[1] >= previous[0].tail and not chained(mention):
            return DEFAULT_RELATION  # the act of the number before: "số 117/2007/QĐ-TTg sửa đổi ... số 118/TTg"
        if found[1] < previous[0].start:
            return before or DEFAULT_RELATION  # one act over a run: "Bãi bỏ Quyết định số X, Quyết định số Y"
    if found and previous and before and mention.gap_before and found[1] < previous[0].start and chained(mention):
        return before
    signal = (found[0] if found else None) or relation_after(ctx.scan, mention.end)
    signal = signal or list_relation_at(lists, ctx.scan, mention.start)
    if signal:
        return _consolidated(ctx, mention, signal)
    return before if before and chained(mention) else DEFAULT_RELATION


def _consolidated_act(ctx: DocContext, mention: Mention, previous: tuple[Mention, str] | None) -> bool:
    """In the opening of a VBHN ("Luật Đất đai số 31/2024/QH15 ..., được sửa đổi, bổ sung bởi: 1. Luật số ...")
    the first number of each line is an act it consolidates."""
    if not ctx.consolidated or mention.start >= ctx.intro_end:
        return False
    line_start = ctx.scan.rfind("\n", 0, mention.start) + 1
    return previous is None or previous[0].end < line_start


def _consolidated(ctx: DocContext, mention: Mention, relation: str) -> str:
    """In a consolidated text (VBHN) the acts named in a footnote "Khoản này được sửa đổi, bổ sung theo ..."
    are the acts it consolidates."""
    note = ctx.footnote_at(mention.start)
    if ctx.consolidated and note and _THIS_PART.match(ctx.scan, note[1]):
        return "hợp nhất"
    return relation


def _same_relation_per_key(citations: list[Citation]) -> list[Citation]:
    """A document cited several times keeps the most specific relation of its mentions on each of them."""
    by_key: dict[str, list[str]] = {}
    for citation in citations:
        by_key.setdefault(citation.key, []).append(citation.relation)
    best = {key: strongest(relations) for key, relations in by_key.items()}
    for citation in citations:
        citation.relation = best[citation.key]
    return citations


def _citation(ctx: DocContext, mention: Mention, relation: str) -> Citation:
    info = mention.info
    year = info.year or (int(mention.date[:4]) if mention.date else mention.year)
    key = document_key(info.number, mention.date or year, mention.issuer, _province(ctx, mention.issuer))
    return Citation(
        number=info.number,
        type=mention.type,
        date=mention.date,
        year=year,
        issuer=mention.issuer,
        relation=relation,
        where=ctx.where(mention.start),
        page=ctx.page_at(mention.start),
        span=(mention.start, mention.end),
        sentence=ctx.sentence(mention.start, mention.end),
        key=str(key),
        raw=ctx.doc.text[mention.start : mention.end],
        short_form=mention.short_form,
    )


def _province(ctx: DocContext, issuer: str | None) -> str | None:
    found = _ISSUER_PROVINCE.search(issuer or "")
    return found.group("name") if found else ctx.province


def _short_forms(ctx: DocContext, full: list[Citation]) -> list[Citation]:
    """Later "Nghị định 34" resolved to the earlier "Nghị định số 34/2016/NĐ-CP"."""
    taken = {c.span[0] for c in full}
    shorts = []
    for earlier, start, end in short_mentions(ctx, full):
        if start in taken or ctx.kind_at(start) in SKIPPED_KINDS:
            continue
        where = ctx.where(start)
        relation = ctx.preamble_kind(start) or relation_signal(ctx.scan, start, ctx.floor(start)) or DEFAULT_RELATION
        shorts.append(short_citation(
            earlier, start, end, ctx.doc.text[start:end], where=where, relation=relation,
            page=ctx.page_at(start), sentence=ctx.sentence(start, end),
        ))
    return shorts


def _same_law(name: str, numbered: str) -> bool:
    """"luật tư pháp người" or "luật phòng, chống mua bán người người" for "luật ... số N": one law."""
    return any(a.startswith(b + sep) for a, b in ((numbered, name), (name, numbered)) for sep in (",", " "))


def named_laws(ctx: DocContext) -> list[NamedLaw]:
    """Laws cited by name only ("Luật Tiếp cận thông tin"), with the date written after the name if any.

    A law cited with its number anywhere in the document ("Luật Đất đai số 31/2024/QH15") is a citation,
    so none of its mentions is listed; nor is a shorter name of it ("Luật Thi đua" for "Luật Thi đua, khen thưởng").
    """
    found = [law for law in find_laws(ctx.scan) if ctx.kind_at(law.start) not in SKIPPED_KINDS]
    numbered = {law.name.lower() for law in found if _NUMBER_FOLLOWS.match(ctx.scan, law.end)}
    laws = []
    for law in found:
        name = law.name.lower()
        if name in numbered or any(_same_law(name, other) for other in numbered):
            continue
        date, _ = date_after(ctx.scan, law.end)
        laws.append(NamedLaw(
            name=law.name, raw=ctx.doc.text[law.start : law.end], page=ctx.page_at(law.start),
            span=(law.start, law.end), where=ctx.where(law.start), date=date,
        ))
    return laws
