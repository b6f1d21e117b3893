"""Cleaning as named steps (conventions.md §5): a registry of ``name -> function(str) -> str``.

Line steps (``nfc``, ``lookalikes``, ``tone_style``, ``spaced_syllables``) run on each line's text
before layout computes offsets, so every offset stays true to ``Document.text``. Join steps
(``dehyphenate``, ``join_lines``) join a paragraph's lines; layout uses ``line_separator`` for
them so it can track offsets while joining. ``resolve`` rejects an unknown name with the list
of valid ones; layout records the names that ran in ``Document.normalisation``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from parsers.text import TONE_MARKS, lookalike_tables, nfc, tone_style
from vanban.errors import ConfigError

Step = Callable[[str], str]

# Steps run on every line by default, then the join steps layout applies.
DEFAULT_LINE_STEPS = ("nfc", "lookalikes", "tone_style", "spaces")
JOIN_STEPS = ("dehyphenate", "join_lines")

# A token broken at a hyphen glued to it at a line end: "521/UBND-" / "PVHCC&KSTT", "57-" / "NQ/TW".
HYPHEN_BREAK = re.compile(r"(?<=\S)-$")


# A word holding at least one Cyrillic letter: "BTС" (last letter U+0421), "ТТ".
CYRILLIC_WORD = re.compile(r"(?<![\w/&-])[\w/&-]*[\u0400-\u04FF][\w/&-]*")
CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")  # "С" in "BTС": a line without one has no such word
# (tried only where a word starts, the look-behind: a long run of word characters is scanned once, not
# once per position; 100,000 digits and slashes took 98.6 s)


def lookalikes(text: str) -> str:
    """"TT-BTС" (Cyrillic С) -> "TT-BTC"; "NÐ-CP" (U+00D0) -> "NĐ-CP"; odd dashes and spaces."""
    tables = lookalike_tables()
    text = text.translate(tables["always"])
    if not CYRILLIC_LETTER.search(text):  # nearly every line: no word to look at
        return text
    cyrillic = tables["cyrillic"]

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if re.search(r"[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]", word):
            return word.translate(cyrillic)
        return word

    return CYRILLIC_WORD.sub(fix, text)


# Capital syllables split by a PDF tool at a vowel: "ĐIỀ U" -> "ĐIỀU", "KHO ẢN" -> "KHOẢN".
# A candidate is a capital head and a short capital tail with one vowel; it is glued only when
# the two vowels around the gap form a Vietnamese vowel pair and at most one side has a tone.
SPLIT_CANDIDATE = re.compile(r"\b([A-ZĐ\u00C0-\u1EF9]+) ([A-ZĐ\u00C0-\u1EF9]{1,3})\b")
VOWEL_PAIRS = frozenset(
    "OA OĂ OE UÊ UY UÂ UƠ IÊ YÊ UÔ ƯƠ AI AO AU AY ÂU ÂY EO ÊU IU OI ÔI ƠI UI ƯI ƯU".split()
)
VOWELS = frozenset("AĂÂEÊIOÔƠUƯY")


def _base(char: str) -> tuple[str, bool]:
    """("Ê", True) for "Ề": the letter without its tone, and whether it had one."""
    parts = unicodedata.normalize("NFD", char)
    toned = any(mark in TONE_MARKS for mark in parts)
    return unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS)), toned


def _glue_ok(head: str, tail: str) -> bool:
    last, head_tone = _base(head[-1])
    first, _ = _base(tail[0])
    tail_bases = [_base(c) for c in tail]
    if sum(base in VOWELS for base, _ in tail_bases) != 1 or last + first not in VOWEL_PAIRS:
        return False
    head_tones = sum(_base(c)[1] for c in head)
    return head_tones + sum(toned for _, toned in tail_bases) <= 1 and (head_tone or tail_bases[0][1])


def spaced_syllables(text: str) -> str:
    """Glue capital syllables a PDF tool split at a vowel: "ĐIỀ U" -> "ĐIỀU" (capital lines only)."""
    if not text.strip() or text.upper() != text:
        return text
    return SPLIT_CANDIDATE.sub(
        lambda m: m.group(1) + m.group(2) if _glue_ok(m.group(1), m.group(2)) else m.group(0), text
    )


# two or more spaces or tabs between words: "cửa,  việc"
WIDE_SPACE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def spaces(text: str) -> str:
    """One space between words: "Bộ phận một cửa,  việc" -> "Bộ phận một cửa, việc" (ends kept)."""
    return WIDE_SPACE.sub(" ", text)


def line_separator(prev: str, nxt: str) -> str:
    """What joins two lines of a paragraph: "" after a glued hyphen ("57-" + "NQ/TW"), else a space.

    Only the end of ``prev`` is looked at: a paragraph is joined line by line, so reading all of it
    each time would cost the square of its length (a 61-page paragraph)."""
    tail = prev[-80:].rstrip() or prev.rstrip()[-80:]
    if HYPHEN_BREAK.search(tail) and nxt.lstrip()[:1].isalnum():
        return ""
    return " "


def dehyphenate(text: str) -> str:
    """Join tokens broken at a glued hyphen: "số 521/UBND-\\nPVHCC&KSTT" -> "số 521/UBND-PVHCC&KSTT"."""
    return re.sub(r"(?<=\S)-[ \t]*\n[ \t]*(?=\w)", "-", text)


def join_lines(text: str) -> str:
    """Join the lines of one paragraph with one space (after ``dehyphenate`` rules)."""
    lines = [line.strip() for line in text.split("\n")]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        if line:
            out = out + line_separator(out, line) + line if out else line
    return out


STEPS: dict[str, Step] = {
    "nfc": nfc,
    "lookalikes": lookalikes,
    "tone_style": tone_style,
    "spaces": spaces,
    "spaced_syllables": spaced_syllables,
    "dehyphenate": dehyphenate,
    "join_lines": join_lines,
}


def resolve(names: Iterable[str]) -> list[Step]:
    """The step functions for ``names``; an unknown name raises ``ConfigError`` naming the valid ones."""
    steps = []
    for name in names:
        if name not in STEPS:
            valid = ", ".join(sorted(STEPS))
            raise ConfigError(f"unknown normalisation step {name!r}; valid steps: {valid}")
        steps.append(STEPS[name])
    return steps


def clean(text: str, names: Iterable[str] = DEFAULT_LINE_STEPS) -> str:
    """Run the named steps on ``text`` in order."""
    for step in resolve(names):
        text = step(text)
    return text


def clean_line(
    text: str, superscripts: list[tuple[int, str]], names: Iterable[str] = DEFAULT_LINE_STEPS
) -> tuple[str, list[tuple[int, str]]]:
    """Clean a line piece by piece between its detached markers, so marker offsets stay true."""
    steps = resolve(names)
    pieces, cuts = [], [0] + [offset for offset, _ in superscripts] + [len(text)]
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = text[start:end]
        for step in steps:
            piece = step(piece)
        pieces.append(piece)
    out, moved, position = "", [], 0
    for piece, (_, marker) in zip(pieces, superscripts, strict=False):
        position += len(piece)
        moved.append((position, marker))
    out = "".join(pieces)
    return out, moved
