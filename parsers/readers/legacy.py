"""Legacy Vietnamese encodings in text layers: TCVN3 (.VnTime, "ABC") and VNI, detected and converted.

Old documents were typed with 8-bit fonts: the file stores Latin-1 characters and the font draws
Vietnamese letters, so a text layer reads "Céng hoµ x· héi" (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI).
Detection counts characters no Unicode Vietnamese text uses; a font name (".VnTime", "VNI-Times")
lowers the bar but is not enough on its own, since a PDF may map a legacy font to Unicode already.
The mapping tables are data: ``parsers/data/legacy_tcvn3.tsv`` and ``legacy_vni.tsv``.

Public: ``detect_legacy``, ``to_unicode``, ``convert_pages``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from parsers.model import Line, Page
from parsers.text import read_rows

# TCVN3 codes 0xA1-0xBF: "§" Đ, "µ" à, "¸" á, "¶" ả, "¨" ă, "©" â, "ª" ê, "®" đ, "­" ư ...;
# no Unicode Vietnamese text has these. "§iÒu 1", "ngµy 20 th¸ng 6 n¨m 2012"
_TCVN3_MARKS = re.compile(r"[\u00a1-\u00bf\u00c6\u00c7\u00cb\u00cc\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00dc\u00de\u00df]")

# VNI: a vowel then a mark character (tone, circumflex, breve): "Vieät", "hoøa", "phuùc", "Ñieàu"
_VNI_PAIRS = re.compile(r"[aeiouyAEIOUYôöÔÖ][\u00f9\u00f8\u00fb\u00f5\u00ef\u00e2\u00e1\u00e0\u00e5\u00e3\u00e4\u00ea\u00e9\u00e8\u00fa\u00fc\u00eb\u00d9\u00d8\u00db\u00d5\u00cf\u00c2\u00c1\u00c0\u00c5\u00c3\u00c4\u00ca\u00c9\u00c8\u00da\u00dc\u00cb]")

# letters only Unicode Vietnamese has (ơ ư đ ă and the precomposed block U+1EA0-U+1EF9)
_UNICODE_VIETNAMESE = re.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")

# font names: "ABCDEF+.VnTime", ".VnTimeH", ".VnArial NarrowH"; "VNI-Times", "VNI-Helve-Condense"
_TCVN3_FONT = re.compile(r"\.Vn|^Vn[A-Z]|\bABC\b", re.IGNORECASE)
_VNI_FONT = re.compile(r"VNI[-_ ]", re.IGNORECASE)
# upper-case-only TCVN3 fonts end in "H": ".VnTimeH", ".VnArialH"
_TCVN3_UPPER_FONT = re.compile(r"\.Vn\w*H$|\.Vn.*H\b")

THRESHOLD = 0.03  # share of letters that must be legacy marks
THRESHOLD_WITH_FONT = 0.005


@lru_cache(maxsize=2)
def _table(name: str) -> tuple[dict[str, str], int]:
    """The mapping legacy sequence -> Unicode letter, and its longest key length."""
    table: dict[str, str] = {}
    for codes, letter in read_rows(f"legacy_{name}.tsv", header=True):
        table["".join(chr(int(code[2:], 16)) for code in codes.split())] = letter
    return table, max(len(key) for key in table)


def font_hint(fonts: Iterable[str]) -> str | None:
    """"tcvn3" or "vni" when a font name says so."""
    for font in fonts:
        if _VNI_FONT.search(font):
            return "vni"
        if _TCVN3_FONT.search(font):
            return "tcvn3"
    return None


def detect_legacy(text: str, fonts: Iterable[str] = ()) -> str | None:
    """"tcvn3", "vni" or None for ``text`` (font names of the text, if known, help)."""
    letters = sum(map(str.isalpha, text))  # the same count, without a generator step per character
    if letters < 20 or len(_UNICODE_VIETNAMESE.findall(text)) > 0.002 * letters:
        return None
    hint = font_hint(fonts)
    tcvn3 = len(_TCVN3_MARKS.findall(text)) / letters
    vni = len(_VNI_PAIRS.findall(text)) / letters
    for name, share in sorted((("tcvn3", tcvn3), ("vni", vni)), key=lambda item: -item[1]):
        if share >= (THRESHOLD_WITH_FONT if hint == name else THRESHOLD):
            return name
    return None


def to_unicode(text: str, encoding: str, upper: bool = False) -> str:
    """Convert legacy ``text`` ("tcvn3" or "vni") to Unicode; ``upper`` for .VnTimeH-style fonts."""
    table, longest = _table(encoding)
    out: list[str] = []
    i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            piece = table.get(text[i : i + size])
            if piece is not None:
                out.append(piece)
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    result = "".join(out)
    return result.upper() if upper else result


def is_upper_font(font: str) -> bool:
    return bool(_TCVN3_UPPER_FONT.search(font))


def convert_pages(pages: list[Page], fonts: Iterable[str] = ()) -> str | None:
    """Detect a legacy encoding over all pages and convert every line in place.

    Returns the normalisation step name ("legacy:tcvn3", "legacy:vni") or None; the step is
    also added to each page's ``steps`` so the layout stage can record it on the document.
    """
    text = "\n".join(line.text for page in pages for line in page.lines)
    encoding = detect_legacy(text, fonts)
    if encoding is None:
        return None
    for page in pages:
        for line in page.lines:
            _convert_line(line, encoding)
        page.steps.append(f"legacy:{encoding}")
    return f"legacy:{encoding}"


def _convert_line(line: Line, encoding: str) -> None:
    """Convert a line's text, moving its superscript offsets (VNI sequences shrink to one letter)."""
    line.superscripts = [(len(to_unicode(line.text[:off], encoding)), m) for off, m in line.superscripts]
    line.text = to_unicode(line.text, encoding)
