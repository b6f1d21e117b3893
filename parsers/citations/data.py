"""Load the data files of the citation extractor (parsers/data/*.tsv): codes, type words, relations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.text import read_rows


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file, without comments and blank lines."""
    return [list(row) for row in read_rows(name)]


@dataclass(frozen=True)
class TypeCode:
    code: str
    type: str
    family: str  # state|party|any


@cache
def type_codes() -> dict[str, list[TypeCode]]:
    """Type code -> its possible types, defaults first ("TT" -> Thông tư (state), Thông tri (party))."""
    table: dict[str, list[TypeCode]] = {}
    for code, name, family in _rows("doc_types.tsv"):
        table.setdefault(code, []).append(TypeCode(code, name, family))
    return table


@cache
def type_words() -> list[tuple[str, str | None]]:
    """(phrase, canonical type or None for a generic word like "văn bản"), longest phrase first."""
    pairs = [(phrase, None if name == "-" else name) for phrase, name in _rows("type_words.tsv")]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@dataclass(frozen=True)
class IssuerCode:
    code: str
    issuer: str
    scope: str  # national|local


@cache
def issuer_codes() -> dict[str, IssuerCode]:
    return {code: IssuerCode(code, name, scope) for code, name, scope in _rows("issuer_codes.tsv")}


@cache
def relation_signals() -> list[tuple[re.Pattern[str], str, int]]:
    """(signal, relation, reach in characters before the number), in order of precedence."""
    return [(re.compile(pattern), relation, int(reach)) for pattern, relation, reach in _rows("relations.tsv")]


@cache
def relation_after_signals() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern), relation) for pattern, relation in _rows("relation_after.tsv")]


@cache
def issuer_names() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern, re.IGNORECASE), name) for pattern, name in _rows("issuer_names.tsv")]


@cache
def law_names() -> list[str]:
    """Law names holding words that would otherwise end a name, longest first."""
    return sorted((row[0] for row in _rows("law_names.tsv")), key=len, reverse=True)


@cache
def law_abbreviations() -> list[tuple[str, str]]:
    return [(short, full) for short, full in _rows("law_abbreviations.tsv")]
