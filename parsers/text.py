"""The bottom text layer every stage shares: NFC, look-alike letters, one tone placement, folding,
and the loader of the tab-separated data files.

Each fact lives in one data table read here once: ``data/lookalikes.tsv`` (Cyrillic "С" in
"06/2026/TT-BTС", "Ð" for "Đ", odd dashes and spaces) and ``data/tone_style.tsv`` (old tone
placement "Tỉnh uỷ", "hoà" -> new "Tỉnh ủy", "hòa"). The header, citation and task rules and the
search analyzer call these functions instead of keeping copies of their own.

Every function here except ``nfc`` and ``replace_lookalikes`` keeps the length of its input, so an
offset found in its output is an offset in the text it was given.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# A letter of any script: the syllable boundary of the tone rule ("hoà" ends, "hoàn" does not).
LETTER = r"[^\W\d_]"
# The five tone marks (decomposed); the other marks (Â, Ơ, Ư, Ă, Đ) belong to the letter.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Any combining mark left after NFD: "Nghị" -> "Nghi" + U+0323.
_COMBINING = re.compile(r"[\u0300-\u036f]")


@cache
def read_rows(name: str, header: bool = False) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of ``parsers/data/<name>``, without blank and ``#`` comment lines;
    ``header=True`` also drops the first remaining row (the column names)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = tuple(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))
    return rows[1:] if header else rows


def nfc(text: str) -> str:
    """Compose decomposed marks: "Ủ" written as "U" + U+0309 becomes one letter."""
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) into one space: "Sở  Nội\\nvụ" -> "Sở Nội vụ"."""
    return " ".join(text.split())


# ------------------------------------------------------------------------------------ look-alikes


def _code(point: str) -> str:
    """ "U+0421" -> "С"; "" -> "" (a character removed)."""
    return "".join(chr(int(p[2:], 16)) for p in point.split())


@cache
def lookalike_tables() -> dict[str, dict[int, str]]:
    """kind -> ``str.translate`` table, from data/lookalikes.tsv. Kinds: ``always`` (replaced in the
    document text), ``cyrillic`` (replaced inside a word that also holds Latin letters or digits),
    ``scan`` (mapped only where numbers and names are matched, the text keeps them: "–" in "NĐ–CP")."""
    tables: dict[str, dict[int, str]] = {"always": {}, "cyrillic": {}, "scan": {}}
    for row in read_rows("lookalikes.tsv"):
        kind, src, dst = row[:3]
        tables[kind][ord(_code(src))] = _code(dst)
    return tables


@cache
def _scan_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """Every look-alike that stands for exactly one character, and a pattern finding any of them."""
    table = {code: new for kind in lookalike_tables().values() for code, new in kind.items() if len(new) == 1}
    return table, re.compile("[" + re.escape("".join(chr(code) for code in table)) + "]")


def scan_lookalikes(text: str) -> str:
    """Look-alikes mapped one character for one, same length ("06/2026/TT-BTС" -> "06/2026/TT-BTC",
    "NÐ–CP" -> "NĐ-CP"); fast when the text holds none."""
    table, pattern = _scan_table()
    return pattern.sub(lambda found: found.group(0).translate(table), text)


@cache
def _replace_table() -> tuple[dict[int, str], re.Pattern[str]]:
    tables = lookalike_tables()
    table = {**tables["always"], **tables["cyrillic"]}
    return table, re.compile("[" + re.escape("".join(chr(code) for code in table)) + "]")


def replace_lookalikes(text: str) -> str:
    """NFC, then every ``always`` and ``cyrillic`` look-alike replaced and zero-width marks removed
    (the length may change): the form the search analyzer reads."""
    table, pattern = _replace_table()
    return pattern.sub(lambda found: found.group(0).translate(table), nfc(text))


# ------------------------------------------------------------------------------------ tone placement


@cache
def _tone_rule() -> tuple[re.Pattern[str], dict[str, str]]:
    """The old -> new pairs of data/tone_style.tsv (two letters each: "uỷ" -> "ủy") as one pattern: a
    pair ending the syllable and not after "q" ("quý", "Quỹ" keep their spelling; "hoàn", "khuỷu" too).
    The pattern is two letter classes (a few times faster than the alternation of the pairs); the
    swap keeps the two letters it found that are no pair ("uà")."""
    pairs = {row[0]: row[1] for row in read_rows("tone_style.tsv")}
    firsts = "".join(sorted({old[0] for old in pairs}))
    seconds = "".join(sorted({old[1] for old in pairs}))
    return re.compile(rf"(?<![qQ])[{firsts}][{seconds}](?!{LETTER})", re.IGNORECASE), pairs


def tone_style(text: str) -> str:
    """One tone placement, the new style, same length: "Tỉnh uỷ" -> "Tỉnh ủy", "HOÀ" -> "HÒA",
    "Quỹ" and "quý" unchanged. Expects NFC text."""
    pattern, pairs = _tone_rule()

    def swap(match: re.Match[str]) -> str:
        found = match.group(0)
        new = pairs.get(found.lower())
        if new is None:
            return found
        return "".join(n.upper() if f.isupper() else n for f, n in zip(found, new, strict=True))

    return pattern.sub(swap, text)


def fold_case(text: str) -> str:
    """Lower case and the new tone placement, same length as ``text`` (matching with offsets):
    "Uỷ ban" and "Ủy ban" both give "ủy ban"."""
    folded = tone_style(text).lower()
    return folded if len(folded) == len(text) else text.lower()


def tone_key(text: str) -> str:
    """A key equal for names written in either tone style, case or spacing: "Hoà  Bình" ~ "hòa bình"."""
    return squash(tone_style(nfc(text)).lower())


# ------------------------------------------------------------------------------------ folding


def strip_tones(text: str) -> str:
    """Drop the five tone marks, keep the letters (Â, Ê, Ô, Ơ, Ư, Ă, Đ): "THÔNG BẢO" -> "THÔNG BAO"."""
    decomposed = unicodedata.normalize("NFD", text)
    return nfc("".join(c for c in decomposed if c not in TONE_MARKS))


def _strip_char(char: str) -> str:
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    base = unicodedata.normalize("NFD", char)[0]
    return base if len(base) == 1 else char


class _StripTable(dict[int, str]):
    """A lazy ``str.translate`` table: every character to its base letter, one for one."""

    def __missing__(self, code: int) -> str:
        stripped = _strip_char(chr(code))
        self[code] = stripped
        return stripped


_STRIP = _StripTable()


def base_letters(text: str) -> str:
    """``strip_marks`` in lower case, still one character for one: "Ủy ban" -> "uy ban", "ĐIỀU" -> "dieu"."""
    stripped = strip_marks(text)
    lowered = stripped.lower()
    return lowered if len(lowered) == len(stripped) else "".join(c if len(c.lower()) != 1 else c.lower() for c in stripped)


def strip_marks(text: str) -> str:
    """Every diacritic removed and đ -> d, one character out for each in (NFC input):
    "Nghị định" -> "Nghi dinh", "ĐIỀU" -> "DIEU"."""
    if text.isascii():
        return text
    fast = _COMBINING.sub("", unicodedata.normalize("NFD", text)).replace("đ", "d").replace("Đ", "D")
    return fast if len(fast) == len(text) else text.translate(_STRIP)
