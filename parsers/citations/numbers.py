"""Cited numbers: recognise, normalise and read the codes of a number (domain.md §2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.citations.data import issuer_codes, type_codes
from parsers.citations.patterns import NUMBER_RE
from parsers.text import scan_lookalikes

# Codes that carry a legislature number: "QH13", "UBTVQH15" (never a glued footnote marker).
_NUMBERED_CODES = ("QH", "UBTVQH")
_SPACES = re.compile(r"\s+")
_CHUNK_DIGITS = re.compile(r"([A-Za-zĐđ&]+)(\d{1,2})")


@dataclass(frozen=True)
class NumberInfo:
    """What a number says by itself: "1042/QĐ-UBND" -> type code QĐ, issuer code UBND, no year."""

    number: str  # normalised: "178/2024/NĐ-CP", "18-NQ/TW"
    year: int | None
    party: bool
    type_code: str | None
    issuer_code: str | None
    code_type: str | None  # the type the codes give: "Quyết định", "Công văn", "Chỉ thị"
    weak: bool = False  # an old-style "769/TTg": a number only after "số"


@cache
def number_info(raw: str) -> NumberInfo | None:
    """What a number written as ``raw`` says (cached: documents repeat numbers)."""
    match = NUMBER_RE.search(scan_lookalikes(raw).strip())
    return read_number(match) if match else None


@cache
def normalise_number(raw: str) -> str:
    """The canonical text of a number as written: "178/2024/NĐCP" -> "178/2024/NĐ-CP", "18- NQ/TW" -> "18-NQ/TW"."""
    text = scan_lookalikes(raw).strip()
    match = NUMBER_RE.search(text)
    info = read_number(match) if match else None
    return info.number if info else _SPACES.sub("", text)


def read_number(match: re.Match[str]) -> NumberInfo | None:
    """Read a ``NUMBER_RE`` match; None when it is not a document number ("2/COVID" and the like)."""
    if match.group("pserial"):
        return _read_party(match)
    return _read_state(match)


def _chunks(codes: str) -> list[str]:
    """Code chunks, each in its registered spelling ("TTG" in a title in capitals -> "TTg")."""
    chunks = [_SPACES.sub("", chunk) for chunk in re.split(r"\s*[-/]\s*", codes.strip()) if chunk.strip()]
    return [_spelling().get(chunk.upper(), chunk) for chunk in chunks]


@cache
def _spelling() -> dict[str, str]:
    codes = [*type_codes(), *issuer_codes()]
    return {code.upper(): code for code in codes if code.upper() != code}


def _read_party(match: re.Match[str]) -> NumberInfo | None:
    ptype = _spelling().get(match.group("ptype").upper(), match.group("ptype"))
    if ptype not in type_codes():
        return None
    body = _strip_marker(_chunks(match.group("pbody")))
    number = f"{match.group('pserial')}-{ptype}/{'-'.join(body)}"
    return NumberInfo(number, None, True, ptype, body[0], _code_type(ptype, party=True))


def _read_state(match: re.Match[str]) -> NumberInfo | None:
    year = int(match.group("year")) if match.group("year") else None
    chunks = _strip_marker(_split_glued(_chunks(match.group("codes"))))
    serial = match.group("serial")
    if year is None and len(chunks) < 2:
        return _old_style(serial, chunks[0])
    number = "/".join([serial, *([str(year)] if year else []), "-".join(chunks)])
    first = chunks[0]
    if first in type_codes():
        issuer = chunks[1] if len(chunks) > 1 else None
        return NumberInfo(number, year, False, first, issuer, _code_type(first, party=False))
    return NumberInfo(number, year, False, None, first, _untyped_code_type(first, year))


def _old_style(serial: str, code: str) -> NumberInfo | None:
    """"769/TTg", "118/TTg": an issuer code alone, as numbers were written before 2004."""
    if code.rstrip("0123456789") not in issuer_codes() or code.startswith("QH"):
        return None
    return NumberInfo(f"{serial}/{code}", None, False, None, code, None, weak=True)


def without_year(number: str) -> str:
    """"62/2011/QĐ-TTg" -> "62/QĐ-TTg": how a later short mention may write it."""
    parts = number.split("/")
    return f"{parts[0]}/{parts[2]}" if len(parts) == 3 and len(parts[1]) == 4 and parts[1].isdigit() else number


def _split_glued(chunks: list[str]) -> list[str]:
    """"NĐCP" -> "NĐ", "CP"; "NQHĐND" -> "NQ", "HĐND" (a missing hyphen after the type code)."""
    first = chunks[0]
    if first in type_codes() or issuer_scope(first) is not None:
        return chunks
    for cut in range(len(first) - 1, 0, -1):
        head, tail = first[:cut], first[cut:]
        if head in type_codes() and issuer_scope(tail) is not None:
            return [head, tail, *chunks[1:]]
    return chunks


def _strip_marker(chunks: list[str]) -> list[str]:
    """Drop a footnote marker glued to the last code: "NĐ-CP3" -> "NĐ-CP" (never "QH13")."""
    found = _CHUNK_DIGITS.fullmatch(chunks[-1])
    if found and found.group(1) not in _NUMBERED_CODES and found.group(1) in issuer_codes():
        return [*chunks[:-1], found.group(1)]
    return chunks


def _code_type(code: str, party: bool) -> str | None:
    family = "party" if party else "state"
    rows = type_codes().get(code, [])
    for row in rows:
        if row.family in (family, "any"):
            return row.type
    return rows[0].type if rows else None


def _untyped_code_type(first: str, year: int | None) -> str | None:
    """The type of a number with no type code: "80/2015/QH13" a law, "337/UBND-NC" a công văn."""
    letters = first.rstrip("0123456789")
    if year is not None:
        return {"QH": "Luật", "UBTVQH": "Nghị quyết"}.get(letters)
    return "Công văn"


def issuer_scope(code: str | None) -> str | None:
    """"national" or "local" for an issuer code, None when unknown ("CP" national, "SNV" local)."""
    if not code:
        return None
    letters = code.rstrip("0123456789")
    known = issuer_codes().get(letters)
    if known:
        return known.scope
    if len(letters) >= 2 and letters[0] == "B" and letters.isupper():
        return "national"  # a ministry: BNV, BTC, BGDĐT
    if len(letters) >= 2 and letters[0] == "S" and letters.isupper():
        return "local"  # a provincial department: SNV, STC
    return None


def all_types_of(code: str | None) -> set[str]:
    """Every type a type code can stand for ("QĐ" -> Quyết định, Quy định)."""
    return {row.type for row in type_codes().get(code or "", [])}
