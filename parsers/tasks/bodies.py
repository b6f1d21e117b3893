"""Bodies: recognise agencies in a sentence, split lists, and give each one canonical name.

The gazetteer (``parsers/data/bodies.json``) lists ministries, provincial departments, Party bodies,
the Fatherland Front, People's Councils and Committees at each level and common groups, each with
its aliases; ``abbreviations.tsv`` expands UBND, HĐND, MTTQ ... for matching. Canonical names
follow the gold's style: "UBND cấp huyện", "Sở Nội vụ", "Các sở, ban, ngành tỉnh".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from parsers.tasks.words import DATA, fold, read_tsv, squash, unify_tone


@dataclass(frozen=True)
class Entry:
    """One gazetteer row: canonical name, kind (ministry, department, group ...) and level."""

    name: str
    kind: str
    level: str


@cache
def abbreviations() -> tuple[tuple[str, str], ...]:
    """(abbreviation, expansion) pairs, longest abbreviation first."""
    pairs = [(row[0].strip(), row[1].strip()) for row in read_tsv("abbreviations.tsv") if len(row) >= 2]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@cache
def _abbr_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every abbreviation as a whole word (longest first) and its folded expansion."""
    table = {fold(abbr): fold(full) for abbr, full in abbreviations()}
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(a) for a in table) + r")(?!\w)"
    return re.compile(pattern), table


@lru_cache(maxsize=4096)
def expand(text: str) -> str:
    """Folded text with abbreviations spelt out: "UBND cấp huyện" -> "ủy ban nhân dân cấp huyện"."""
    pattern, table = _abbr_re()
    return pattern.sub(lambda m: table[m.group(0)], fold(text))


@lru_cache(maxsize=4096)
def key(text: str, province: str | None = None) -> str:
    """Matching key: expanded, punctuation dropped, a leading "các" and the province name removed."""
    out = expand(text)
    if province:
        out = re.sub(r"(tỉnh|thành phố)\s+" + re.escape(fold(province)) + r"(?!\w)", r"\1", out)
    out = re.sub(r"[^\w\s]", " ", out)
    out = re.sub(r"^\s*(?:các|những)\s+", "", out)
    return squash(out)


@cache
def _rows() -> tuple[tuple[Entry, tuple[str, ...]], ...]:
    """(entry, names and aliases) for each body of ``bodies.json``."""
    data = json.loads((DATA / "bodies.json").read_text(encoding="utf-8"))
    out = []
    for row in data["bodies"]:
        entry = Entry(row["name"], row["kind"], row["level"])
        out.append((entry, (row["name"], *row.get("aliases", []))))
    return tuple(out)


@cache
def gazetteer() -> dict[str, Entry]:
    """Matching key -> entry, for every name and alias of the gazetteer."""
    table: dict[str, Entry] = {}
    for entry, names in _rows():
        for name in names:
            table.setdefault(key(name), entry)
    return table


def _surface_pattern(expanded: str) -> str:
    """A regex for one expanded alias that also accepts each abbreviation in place of its expansion."""
    pattern = re.escape(expanded)
    for abbr, full in abbreviations():
        escaped = re.escape(fold(full))
        if escaped in pattern:
            pattern = pattern.replace(escaped, "(?:" + escaped + "|" + re.escape(fold(abbr)) + ")")
    pattern = pattern.replace(r",\ ", ",").replace(r"\ ", r"\s+").replace(",", r"\s*,\s*").replace(r"\-", r"\s*[-–]\s*")
    return pattern


@cache
def gazetteer_re() -> re.Pattern[str]:
    """Any gazetteer name or alias as written, with or without a leading "các", longest first."""
    names: set[str] = set()
    for _entry, aliases in _rows():
        names.update(expand(n).strip() for n in aliases)
    ordered = sorted(names, key=len, reverse=True)
    body = "|".join(_surface_pattern(re.sub(r"^(?:các|những)\s+", "", n)) for n in ordered)
    return re.compile(r"(?<!\w)(?:(?:các|những)\s+)?(?:" + body + r")(?!\w)")


# Canonical display for names not in the gazetteer: UBND and HĐND abbreviated, as in the gold.
DISPLAY_ABBR = (("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"))
# A head as OCR misreads it on scans, and as printed: "Chỉ cục Hải quan các khu vực", "Uy ban nhân dân các xã, thị
# trấn" (141/PKTHT-TH: the tone of "Ủy" lost).
OCR_HEADS = (
    (re.compile(r"(?<!\w)Chỉ(?= [Cc]ục\b)"), "Chi"),
    (re.compile(r"(?<!\w)[UuÚú][yỷý](?= ban nhân dân\b)"), "Ủy"),
)


# "Tất cả" before a group says no more than the group: "Tất cả các cơ quan cấp sở, UBND huyện, thành phố tiến hành
# ..." (2668/KH-UBND Bắc Giang) names "Các cơ quan cấp sở".
ALL_OF = re.compile(r"^tất\s+cả\s+(?=(?:các|những)\s)", re.IGNORECASE)


def display(text: str) -> str:
    """A name not in the gazetteer, cleaned: one tone style, spaces, UBND/HĐND, capital first letter."""
    out = ALL_OF.sub("", squash(unify_tone(text)).strip(" ,;:.-"))
    for abbr, full in abbreviations():
        if abbr in {"MTTQ", "UBMTTQ", "BCH", "BTV", "ĐBQH", "BCĐ"}:
            out = re.sub(r"(?<!\w)" + re.escape(abbr) + r"(?!\w)", full, out)
    for misread, printed in OCR_HEADS:
        out = misread.sub(printed, out)
    for full, abbr in DISPLAY_ABBR:
        out = re.sub(re.escape(full), abbr, out, flags=re.IGNORECASE)
    return out[:1].upper() + out[1:]


# A person's title before a body: "Chủ tịch UBND các xã, phường" -> "Chủ tịch" + "UBND cấp xã".
TITLE = re.compile(
    r"^(?P<title>(?:Phó\s+)?Chủ\s+tịch|Giám\s+đốc|Thủ\s+trưởng|Chánh\s+Văn\s+phòng|Chánh\s+Thanh\s+tra"
    r"|Người\s+đứng\s+đầu|Trưởng\s+ban|Bộ\s+trưởng|Cục\s+trưởng|Lãnh\s+đạo)\s+(?P<body>\S.*)$",
    re.IGNORECASE,
)


def canonical(name: str, province: str | None = None) -> str:
    """The canonical name of one body: "Uỷ ban MTTQ Việt Nam tỉnh" -> "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"."""
    entry = lookup(name, province)
    if entry:
        return display(name) if _abbreviated(name) else _named(name, entry)
    titled = TITLE.match(squash(unify_tone(name)))
    if titled:
        body = lookup(titled.group("body"), province)
        if body and body.kind != "group" and not _abbreviated(name):  # a group after a title stays as written
            return display(titled.group("title")) + " " + body.name
    return display(name)


# The province level the gazetteer's name of a group adds: "Các sở, ban, ngành tỉnh" for "các sở, ban, ngành".
ADDED_LEVEL = re.compile(r"\s+tỉnh$")


def _named(name: str, entry: Entry) -> str:
    """The gazetteer's name of a group without the level the text does not print: "Các sở, ban, ngành" for
    "Giao các sở, ban, ngành, UBND các huyện, thành, thị xây dựng Kế hoạch" (4532/UBND-KSTTHC; the gold never adds
    the province a text leaves out)."""
    if entry.kind == "group" and fold(entry.name).count(",") != fold(name).count(","):
        return display(name)  # "Các sở, ngành" as printed, not "Các sở, ban, ngành": a group is named as the text does
    if entry.kind == "group" and ADDED_LEVEL.search(entry.name) and "tỉnh" not in fold(name).split():
        return ADDED_LEVEL.sub("", entry.name)
    return entry.name


# Abbreviations a canonical name spells out or writes as the gold does (UBND, HĐND); any other stays as
# printed: "Sở TT&TT", "Bộ Nông nghiệp và PTNT", "Phòng LĐ-TB&XH huyện".
SPELT_OUT = {"UBND", "HĐND", "MTTQ", "UBMTTQ", "MTTQVN", "BCH", "BTV", "BCĐ", "ĐBQH", "VPCP", "UBTVQH", "TW"}


def _abbreviated(name: str) -> bool:
    """Whether ``name`` is written with an abbreviation other than those of ``SPELT_OUT``."""
    pattern, _table = _abbr_re()
    return any(m.group(0).upper() not in SPELT_OUT for m in pattern.finditer(fold(name)))


def lookup(name: str, province: str | None = None) -> Entry | None:
    """The gazetteer entry of a name, or None; "Sở Nội vụ tỉnh" finds "Sở Nội vụ" and the reverse."""
    found = key(name, province)
    table = gazetteer()
    for candidate in (found, re.sub(r"\s+tỉnh$", "", found), found + " tỉnh"):
        if candidate in table:
            return table[candidate]
    return None


def qualify(name: str, province: str | None) -> str:
    """Fill in the province where a canonical name says "tỉnh": "Sở Nội vụ" stays, "UBND tỉnh" ->
    "UBND tỉnh Hưng Yên", "Các sở, ban, ngành tỉnh" -> "Các sở, ban, ngành tỉnh Hưng Yên"."""
    if not province:
        return name
    out = re.sub(r"(?<!\w)tỉnh(?!\w)(?!\s+[A-ZĐ])", f"tỉnh {province}", name)
    return re.sub(r"(?<!\w)Tỉnh ủy(?!\w)", f"Tỉnh ủy {province}", out)
