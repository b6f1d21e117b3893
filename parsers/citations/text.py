"""Text helpers: the one-to-one scan text (look-alikes mapped) and the tone style of names."""

from __future__ import annotations

import re

# One character for one character, so offsets in the scan text are offsets in Document.text.
# Cyrillic capitals that look Latin ("TT-BTС"), "Ð" (U+00D0) for "Đ", dashes and the no-break space.
LOOKALIKES = str.maketrans(
    {
        "С": "C", "Т": "T", "Н": "H", "О": "O", "В": "B", "А": "A", "Е": "E", "К": "K", "М": "M",
        "Р": "P", "Х": "X", "с": "c", "о": "o", "е": "e", "а": "a", "р": "p",
        "Ð": "Đ", "ð": "đ", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ",
    }
)

# Old tone placement -> new, only at the end of a syllable ("Tỉnh uỷ" -> "Tỉnh ủy", "khoá" -> "khóa").
_TONES = {
    "uỷ": "ủy", "uý": "úy", "uỳ": "ùy", "uỹ": "ũy", "uỵ": "ụy",
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
}
_TONE_RE = re.compile("(" + "|".join(_TONES) + r")(?!\w)", re.IGNORECASE)


_LOOKALIKE_RE = re.compile("[" + "".join(chr(code) for code in LOOKALIKES) + "]")


def scan_text(text: str) -> str:
    """``text`` with look-alike letters mapped; same length, same offsets (fast when there are none)."""
    return _LOOKALIKE_RE.sub(lambda found: found.group(0).translate(LOOKALIKES), text)


def new_tone_style(text: str) -> str:
    """"Tỉnh uỷ" -> "Tỉnh ủy", "hoá" -> "hóa" (only where the pair ends the syllable)."""

    def swap(match: re.Match[str]) -> str:
        found = match.group(0)
        new = _TONES[found.lower()]
        return new.upper() if found.isupper() else (new.capitalize() if found[0].isupper() else new)

    return _TONE_RE.sub(swap, text)


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) into one space."""
    return " ".join(text.split())
