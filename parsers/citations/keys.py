"""Canonical keys naming one document (domain.md §3).

A number with a year ("178/2024/NĐ-CP") is national and unique. A number without a year
("337/UBND-NC") needs the year of its date and, for a local issuer, the province: the key of
"Công văn số 337/UBND-NC ngày 11/2/2025 của UBND tỉnh" cited from Hưng Yên is
"337/UBND-NC@2025@hưng yên".
"""

from __future__ import annotations

import re

from parsers.citations.numbers import issuer_scope, normalise_number, number_info
from parsers.model import DocKey

_PROVINCE_PREFIX = re.compile(r"^(?:tỉnh|thành\s+phố|tp\.?)\s+", re.IGNORECASE)
# Issuer names that say the body is national or local when the code does not.
_NATIONAL_WORDS = re.compile(r"Chính phủ|Thủ tướng|Quốc hội|Trung ương|Bộ Chính trị|Ban Bí thư|^Bộ\s")
_LOCAL_WORDS = re.compile(r"tỉnh|Tỉnh|thành phố|huyện|Huyện|xã|UBND|HĐND|Sở\s|ủy ban nhân dân|Ủy ban nhân dân")


def province_scope(province: str | None) -> str | None:
    """"Tỉnh Hưng Yên" -> "hưng yên"; "Thành phố Hà Nội" -> "hà nội"."""
    if not province:
        return None
    name = _PROVINCE_PREFIX.sub("", " ".join(province.split()))
    return name.lower() or None


def is_local(number: str, issuer: str | None = None) -> bool:
    """Whether the issuer of ``number`` is a local body (UBND, HĐND, TU, S*...), from its codes or name."""
    info = number_info(number)
    scope = issuer_scope(info.issuer_code) if info else None
    if scope is not None:
        return scope == "local"
    if issuer and _NATIONAL_WORDS.search(issuer):
        return False
    return bool(issuer and _LOCAL_WORDS.search(issuer))


def document_key(
    number: str,
    date: str | int | None = None,
    issuer: str | None = None,
    province: str | None = None,
) -> DocKey:
    """The key of a document: ``date`` is ISO "2025-02-11" or a year; ``province`` the context for local issuers.

    >>> str(document_key("178/2024/NĐCP"))
    '178/2024/NĐ-CP'
    >>> str(document_key("337/UBND-NC", "2025-02-11", "UBND tỉnh", "Hưng Yên"))
    '337/UBND-NC@2025@hưng yên'
    """
    normalised = normalise_number(number)
    info = number_info(normalised)
    if info is not None and info.year is not None:
        return DocKey(normalised)
    year = _year_of(date)
    scope = province_scope(province) if is_local(normalised, issuer) else None
    return DocKey(normalised, year, scope)


def _year_of(date: str | int | None) -> int | None:
    if isinstance(date, int):
        return date
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None
