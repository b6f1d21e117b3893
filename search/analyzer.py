"""The one Vietnamese analyzer: both stores index and query through it, so both answer alike.

Index side (``analyze_record``): a record becomes plain space-separated token strings, one per
field. A store only has to split them on spaces (FTS5 ``unicode61`` with ``_`` as a token
character, Elasticsearch ``whitespace``) and score the exact fields above the folded ones.

- ``exact``: NFC, lower case, old tone placement moved to the new one ("hoà" -> "hòa"), one token
  per syllable;
- ``folded``: the same tokens without diacritics, đ -> d ("hành chính" -> "hanh chinh");
- ``numbers``: document numbers as exact tokens ("178/2024/NĐ-CP" gives ``so_178_2024_nd_cp``,
  ``so_178_2024`` and ``so_nd_178``; "Nghị định 34" gives ``so_nd_34``);
- ``title_exact``/``title_folded``/``ownno``: type, number, subject and issuer of the document itself;
- ``*_pairs_*``: neighbouring syllables joined, exact and folded ("vi phạm hành" gives ``vi_phạm
  phạm_hành`` and ``vi_pham pham_hanh``), so that a word of several syllables is looked up as one
  rare token instead of intersecting the very long lists of "vi" and "phạm".

Query side (``analyze_query``): a query becomes ``Unit`` objects, each a set of alternative
phrases that must match (AND between units, OR inside one). Document numbers become number tokens;
abbreviations match their expansion and the other way round ("UBND" <-> "ủy ban nhân dân");
runs with diacritics are segmented into words with underthesea, each word a phrase.
``unit_matches`` turns a unit into the (fields, tokens) pairs a store looks up: one syllable in the
syllable fields, a longer phrase as its pairs side by side in the pair fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from parsers.text import replace_lookalikes, strip_marks, tone_style

DATA = Path(__file__).parent / "data"
PARSERS_DATA = Path(__file__).parents[1] / "parsers" / "data"

# A syllable or a number: letters and digits, no underscore (kept for synthetic number tokens).
WORD = re.compile(r"[^\W_]+")

# A document number as written: "178/2024/NĐ-CP", "15/QĐ-UBND", "28-CT/TU", "121/2025/QH15",
# "09/2026NQ-HĐND" (slash missing), "395/UBND-PVHCC&KSTT", "66.15/2026/NQ-CP".
NUMBER = re.compile(
    r"""
    (?<![\w/.])
    (?P<num>\d{1,5}(?:\.\d{1,3})?[a-z]?)          # 178 | 66.15 | 12a
    (?:
        /(?P<year>(?:19|20)\d{2})\s?/?            # /2024/  (or /2026 glued to the code)
      | [-/]                                      # 15/QĐ | 28-CT
    )
    (?P<code>[A-ZĐ][A-Za-zĐđ0-9&]*                # NĐ | QH15 | TTg | QĐi
        (?:\s?[-/]\s?[A-ZĐ][A-Za-zĐđ0-9&]*)*)     # -CP | /TU | -BTC-BQP
    """,
    re.X,
)

# In a query: number and year without the code, "178/2024".
NUMBER_YEAR = re.compile(r"(?<![\w/])(?P<num>\d{1,5})/(?P<year>(?:19|20)\d{2})(?![\w/])")

# The document's own number in the first lines when the header gave none: "Số: 249/2025/NĐ-CP".
OWN_NUMBER = re.compile(r"\bs[oố]\s*:?\s*(?=\d)", re.I)


@dataclass(frozen=True)
class Unit:
    """One thing a query asks for: any of ``phrases`` (tuples of exact tokens) or of ``numbers``.

    An ``optional`` unit (a stopword, see data/stopwords.txt) need not match and adds no score; it
    only joins the side-by-side boost of its neighbours and the highlights."""

    phrases: tuple[tuple[str, ...], ...] = ()
    numbers: tuple[str, ...] = ()
    optional: bool = False


# Full-text fields of a document and their weights: the document's own number and title first,
# exact above folded; a pair field weighs what its syllable field weighs.
FIELD_WEIGHTS: dict[str, float] = {
    "title_exact": 8.0, "title_folded": 4.0, "ownno": 20.0, "exact": 2.0, "folded": 1.0, "numbers": 4.0,
    "title_pairs_exact": 8.0, "title_pairs_folded": 4.0, "pairs_exact": 2.0, "pairs_folded": 1.0,
}


@dataclass(frozen=True)
class Match:
    """One lookup of a query unit: every token of ``text`` in ``fields`` (any field when empty;
    side by side when ``phrase``).

    ``use`` says what it is for. A document holding "giá" holds "gia" in its folded fields too, so
    the folded token decides whether a document matches (``match``) and the exact one only ranks
    (``rank``: "exact-diacritic matches first"); a token without diacritics does both (``both``).
    Both stores score the ranking lookups alike: BM25 of each token over the fields as one, a
    field's occurrences counted ``FIELD_WEIGHTS`` times (FTS5 ``bm25`` with column weights,
    Elasticsearch ``combined_fields`` with field boosts), summed."""

    fields: tuple[str, ...]
    text: str
    use: str = "both"  # both | match | rank
    phrase: bool = False

    @property
    def matches(self) -> bool:
        return self.use != "rank"

    @property
    def ranks(self) -> bool:
        return self.use != "match"


# ---------------------------------------------------------------- normalising and folding


def normalize(text: str) -> str:
    """NFC with look-alike characters replaced (length may change only here)."""
    return replace_lookalikes(text)


def fold(text: str) -> str:
    """Diacritics removed, đ -> d; one character out for each character in (NFC input)."""
    return strip_marks(text)


def exact_token(token: str) -> str:
    """A lower-case token with the new tone placement ("hoà" -> "hòa")."""
    return tone_style(token)


def tokens(text: str) -> list[str]:
    """Exact tokens of ``text``: lower case syllables and numbers."""
    return WORD.findall(exact_token(normalize(text).lower()))


def pairs(words: list[str]) -> list[str]:
    """Neighbouring tokens joined: ["vi", "phạm", "hành"] -> ["vi_phạm", "phạm_hành"]."""
    return [f"{left}_{right}" for left, right in zip(words, words[1:], strict=False)]


def _slug(text: str) -> str:
    return "_".join(WORD.findall(fold(normalize(text).lower())))


# ---------------------------------------------------------------- data files


@lru_cache(maxsize=1)
def doc_type_codes() -> dict[str, str]:
    """Folded type name -> folded code ("nghi dinh" -> "nd")."""
    table: dict[str, str] = {}
    for row in _read_tsv(DATA / "doc_types.tsv"):
        table[_slug(row[0]).replace("_", " ")] = _slug(row[1])
    return table


@lru_cache(maxsize=1)
def abbreviations() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Abbreviation tokens -> expansion tokens, from parsers/data (when present) and search/data."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for path in (DATA / "abbreviations.tsv", PARSERS_DATA / "abbreviations.tsv"):
        for row in _read_tsv(path):
            if len(row) >= 2 and tokens(row[0]) and tokens(row[1]):
                table[tuple(tokens(row[0]))] = tuple(tokens(row[1]))
    return table


def _read_tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [[cell.strip() for cell in row] for row in rows[1:] if row[0] and not row[0].startswith("#")]


@lru_cache(maxsize=1)
def _type_word_pattern() -> re.Pattern[str]:
    """Folded "nghi dinh (so:) 34" -> type name and number; names longest first."""
    names = sorted(doc_type_codes(), key=len, reverse=True)
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return re.compile(rf"\b(?P<type>{alternatives})\s+(?:so\s*:?\s*)?(?P<num>\d{{1,5}})(?![\d.])")


@lru_cache(maxsize=1)
def _code_pattern() -> re.Pattern[str]:
    """Folded "nd 178", "qd-178": a type code then a number (queries only)."""
    codes = sorted({code for code in doc_type_codes().values() if len(code) > 1}, key=len, reverse=True)
    return re.compile(rf"\b(?P<code>{'|'.join(codes)})[\s-]*(?:so\s*:?\s*)?(?P<num>\d{{1,5}})(?![\d/.])")


# ---------------------------------------------------------------- document numbers


def number_tokens(number: str) -> list[str]:
    """Tokens of one written number: full, number/year and code+number."""
    match = NUMBER.search(normalize(number))
    return _match_tokens(match) if match else []


def _match_tokens(match: re.Match[str]) -> list[str]:
    num, year, parts = _number_parts(match)
    out = [_full_token(num, year, parts)]
    if len(parts) > 1:  # "178/2024/NĐ-CP" also as "178/2024/NĐCP", the way some documents print it
        out.append(_full_token(num, year, ["".join(parts)]))
    if year:
        out.append(f"so_{num}_{year}")
    code = _code(parts)
    if code:
        out.append(f"so_{code}_{num}")
    return out


def _number_parts(match: re.Match[str]) -> tuple[str, str | None, list[str]]:
    """Number (no leading zeros), year and code parts (slugs) of a written number."""
    num = _slug(match.group("num")).lstrip("0") or "0"
    parts = [_slug(part) for part in re.split(r"\s?[-/]\s?", match.group("code")) if _slug(part)]
    return num, match.group("year"), parts


def _full_token(num: str, year: str | None, parts: list[str]) -> str:
    return "so_" + "_".join(([num, year] if year else [num]) + parts)


def _code(parts: list[str]) -> str:
    return re.sub(r"\d+$", "", parts[0]) if parts else ""


def query_number_tokens(match: re.Match[str]) -> tuple[str, ...]:
    """What a written number in a query may match: its full token, its joined-code form
    ("178/2024/NĐ-CP" finds a document printing "178/2024/NĐCP"), and without a year its code and
    number ("28/KH" and "178/NĐ-CP" find 28/KH-UBND and 178/2024/NĐ-CP)."""
    num, year, parts = _number_parts(match)
    out = [_full_token(num, year, parts)]
    if len(parts) > 1:
        out.append(_full_token(num, year, ["".join(parts)]))
    if not year and _code(parts):
        out.append(f"so_{_code(parts)}_{num}")
    return tuple(dict.fromkeys(out))


def text_number_tokens(text: str) -> list[str]:
    """Number tokens of every number and "type + number" mention in ``text`` (normalised)."""
    out: list[str] = []
    for match in NUMBER.finditer(text):
        out += _match_tokens(match)
    codes = doc_type_codes()
    for match in _type_word_pattern().finditer(fold(text.lower())):
        out.append(f"so_{codes[' '.join(match.group('type').split())]}_{int(match.group('num'))}")
    return out


def own_number(record: dict[str, Any]) -> str | None:
    """The document's number: its header's, else the first "Số: ..." in the first lines."""
    header = record.get("document") or {}
    if header.get("number"):
        return str(header["number"])
    head = normalize((record.get("text") or "")[:800])[:600]
    for marker in OWN_NUMBER.finditer(head):
        match = NUMBER.match(head, marker.end())
        if match:
            return match.group(0)
    return None


# ---------------------------------------------------------------- index side


LEAD_CHARS = 300  # the opening of the text (its title block) is indexed with the title fields


def analyze_record(record: dict[str, Any]) -> dict[str, str]:
    """The token strings a store indexes for one record (see the module docstring)."""
    header = record.get("document") or {}
    text = normalize(record.get("text") or "")
    exact = WORD.findall(exact_token(text.lower()))
    title = " ".join(str(header.get(name) or "") for name in ("type", "number", "subject", "issuer"))
    title_exact = tokens(title + " " + text[:LEAD_CHARS])
    title_pairs, text_pairs = " ".join(pairs(title_exact)), " ".join(pairs(exact))
    return {
        "title_exact": " ".join(title_exact),
        "title_folded": fold(" ".join(title_exact)),
        "ownno": " ".join(own_number_tokens(record)),
        "exact": " ".join(exact),
        "folded": fold(" ".join(exact)),
        "numbers": " ".join(text_number_tokens(text)),
        "title_pairs_exact": title_pairs,
        "title_pairs_folded": fold(title_pairs),
        "pairs_exact": text_pairs,
        "pairs_folded": fold(text_pairs),
    }


def own_number_tokens(record: dict[str, Any]) -> list[str]:
    number = own_number(record)
    if not number:
        return []
    out = number_tokens(number)
    code = doc_type_codes().get(" ".join(tokens(fold(str((record.get("document") or {}).get("type") or "")))))
    digits = re.match(r"\d+", number.strip())
    if code and digits:
        out.append(f"so_{code}_{int(digits.group(0))}")
    return list(dict.fromkeys(out))


def analyze_task(task: dict[str, Any]) -> dict[str, str]:
    exact = tokens(task.get("text") or "")
    return {"exact": " ".join(exact), "folded": fold(" ".join(exact))}


def canonical_name(name: str) -> str:
    """A body or issuer name for comparison: folded tokens, expansions replaced by abbreviations
    ("Ủy ban nhân dân tỉnh Hưng Yên" and "UBND tỉnh Hưng Yên" both give "ubnd tinh hung yen")."""
    words = [fold(tok) for tok in tokens(name)]
    for abbr, expansion in sorted(abbreviations().items(), key=lambda kv: -len(kv[1])):
        folded_expansion = [fold(tok) for tok in expansion]
        words = _replace_run(words, folded_expansion, [fold(tok) for tok in abbr])
    return " ".join(words)


def _replace_run(words: list[str], run: list[str], by: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        if run and words[i : i + len(run)] == run:
            out += by
            i += len(run)
        else:
            out.append(words[i])
            i += 1
    return out


# ---------------------------------------------------------------- query side


def analyze_query(query: str) -> list[Unit]:
    """Units of a query: numbers first, then quoted phrases, abbreviations and segmented words."""
    text = normalize(query)
    units, rest = _number_units(text)
    for quoted, chunk in _split_quotes(rest):
        if quoted:
            phrase = tuple(tokens(chunk))
            units += [_with_abbreviations(phrase)] if phrase else []
        else:
            units += _word_units(chunk)
    return _mark_stopwords(units)


def _mark_stopwords(units: list[Unit]) -> list[Unit]:
    """Stopword units made optional, unless the query has nothing else."""
    if all(_is_stopword(unit) for unit in units):
        return units
    return [replace(unit, optional=True) if _is_stopword(unit) else unit for unit in units]


def _is_stopword(unit: Unit) -> bool:
    if unit.numbers or len(unit.phrases) != 1:
        return False
    return " ".join(unit.phrases[0]) in stopwords()


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = (DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(" ".join(tokens(line)) for line in lines if line.strip() and not line.startswith("#"))


def _number_units(text: str) -> tuple[list[Unit], str]:
    """Number units of a query and the query with those numbers blanked out (same length)."""
    units: list[Unit] = []
    for match in NUMBER.finditer(text):
        units.append(Unit(numbers=query_number_tokens(match)))
    text = _blank(text, NUMBER)
    for match in NUMBER_YEAR.finditer(text):
        units.append(Unit(numbers=(f"so_{int(match['num'])}_{match['year']}",)))
    text = _blank(text, NUMBER_YEAR)
    codes = doc_type_codes()
    for match in _type_word_pattern().finditer(fold(text.lower())):
        units.append(Unit(numbers=(f"so_{codes[' '.join(match['type'].split())]}_{int(match['num'])}",)))
    text = _blank(text, _type_word_pattern(), folded=True)
    for match in _code_pattern().finditer(fold(text.lower())):
        units.append(Unit(numbers=(f"so_{match['code']}_{int(match['num'])}",)))
    return units, _blank(text, _code_pattern(), folded=True)


def _blank(text: str, pattern: re.Pattern[str], folded: bool = False) -> str:
    """``text`` with the matches of ``pattern`` (over its folded lower-case copy) made spaces."""
    seen = fold(text.lower()) if folded else text
    if len(seen) != len(text):
        return text
    out = list(text)
    for match in pattern.finditer(seen):
        out[match.start() : match.end()] = " " * (match.end() - match.start())
    return "".join(out)


def _split_quotes(text: str) -> list[tuple[bool, str]]:
    pieces = re.split(r"[\"“”]", text)
    return [(i % 2 == 1, piece) for i, piece in enumerate(pieces) if piece.strip()]


def _word_units(chunk: str) -> list[Unit]:
    words = tokens(chunk)
    units: list[Unit] = []
    run: list[str] = []
    i = 0
    while i < len(words):
        found = _abbreviation_at(words, i)
        if found is None:
            run.append(words[i])
            i += 1
            continue
        units += _segment(run)
        run = []
        units.append(found[0])
        i += found[1]
    return units + _segment(run)


def _abbreviation_at(words: list[str], i: int) -> tuple[Unit, int] | None:
    folded = tuple(fold(w) for w in words[i : i + _longest_side()])
    for size in range(len(folded), 0, -1):
        other = _folded_sides().get(folded[:size])
        if other is not None:
            return Unit(phrases=(tuple(words[i : i + size]), other)), size
    return None


@lru_cache(maxsize=1)
def _folded_sides() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded abbreviation -> expansion and folded expansion -> abbreviation."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for abbr, expansion in abbreviations().items():
        table.setdefault(tuple(fold(t) for t in abbr), expansion)
        table.setdefault(tuple(fold(t) for t in expansion), abbr)
    return table


@lru_cache(maxsize=1)
def _longest_side() -> int:
    return max((len(side) for side in _folded_sides()), default=1)


def _with_abbreviations(phrase: tuple[str, ...]) -> Unit:
    found = _abbreviation_at(list(phrase), 0)
    if found and found[1] == len(phrase):
        return found[0]
    return Unit(phrases=(phrase,))


def _segment(words: list[str]) -> list[Unit]:
    """Words with diacritics are grouped into words by underthesea; folded ones stay syllables."""
    if not words:
        return []
    if all(fold(w) == w for w in words):
        return [Unit(phrases=((w,),)) for w in words]
    from underthesea import word_tokenize

    return [Unit(phrases=(tuple(tokens(word)),)) for word in word_tokenize(" ".join(words)) if tokens(word)]


def boost_phrases(units: list[Unit], limit: int = 12) -> list[tuple[str, str]]:
    """Folded syllables where two neighbouring units meet ("bộ" + "tư pháp" gives ("bo", "tu")).

    They never decide whether a document matches; a store adds them as optional clauses so that
    documents holding the query's words side by side rank first (FTS5: inside an OR group with a
    required unit; Elasticsearch: ``should`` clauses). A unit's own syllables are already pairs.
    """
    out: list[tuple[str, str]] = []
    for left, right in zip(units, units[1:], strict=False):
        for first in left.phrases[:2]:
            for second in right.phrases[:2]:
                out.append((fold(first[-1]), fold(second[0])))
    return list(dict.fromkeys(out))[:limit]


# ---------------------------------------------------------------- what a store looks up


def unit_matches(unit: Unit, task: bool = False) -> list[Match]:
    """What a store looks up for one unit: each phrase exact and folded, each number token.

    A document: a syllable as itself ("thuế", "thue"), a longer phrase as its pairs ("vi phạm hành
    chính" -> "vi_phạm phạm_hành hành_chính"), a number as its token ("so_nd_178"). The shape of a
    token keeps it to its own fields (a syllable has no "_", a pair one, a number token two or
    more and starts with "so_"), so a document match names no fields (``fields`` empty: any field,
    each weighing ``FIELD_WEIGHTS``); a folded token also counts where a writer left the
    diacritics off. A task: syllable phrases in its two fields.
    """
    out: list[Match] = []
    for phrase in unit.phrases:
        out += _phrase_matches(phrase, task)
    number_fields = ("exact",) if task else ()
    return out + [Match(number_fields, token) for token in unit.numbers]


def _phrase_matches(phrase: tuple[str, ...], task: bool) -> list[Match]:
    if task:
        text = " ".join(phrase)
        return [Match(("exact",), text, "rank", phrase=True), Match(("folded",), fold(text), "match", phrase=True)]
    text = phrase[0] if len(phrase) == 1 else " ".join(pairs(list(phrase)))
    if fold(text) == text:
        return [Match((), text)]
    return [Match((), text, "rank"), Match((), fold(text), "match")]


def boost_matches(units: list[Unit]) -> list[Match]:
    """``boost_phrases`` as document lookups: folded pairs ("bo_tu"); tasks are not ranked."""
    return [Match((), "_".join(pair)) for pair in boost_phrases(units)]


# ---------------------------------------------------------------- highlighting


def highlight_patterns(units: list[Unit]) -> list[re.Pattern[str]]:
    """Regexes over folded lower-case text that find what ``units`` match (for snippets)."""
    out: list[re.Pattern[str]] = []
    for unit in units:
        for phrase in unit.phrases:
            body = r"[\W_]+".join(re.escape(fold(tok)) for tok in phrase)
            out.append(re.compile(rf"(?<![^\W_]){body}(?![^\W_])"))
        for token in unit.numbers:
            digits = re.search(r"\d+", token)
            if digits:
                out.append(re.compile(rf"(?<![\w/.]){digits.group(0)}(?:[/-][\w&.-]*[\w])*"))
    return out
