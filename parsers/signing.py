"""Signing metadata from e-signature stamps, kept apart from the body.

A digitally signed directive carries one stamp per signature: "Người ký: Sở Tài chính" / "Ký bởi:
Lê Minh Quang", "Email: ...", "Cơ quan: Tỉnh Đắk Nông", "Thời gian ký: 28.12.2018 15:38:28 +07:00".
The reader marks those lines ``stamp`` (a widget's text without labels, "Tỉnh Đắk Nông
18.07.2019 14:17:55+07:00", is kind ``annotation``); they never enter ``Document.text``.
``signing(pages)`` reads who signed and when; ``apply_signing`` records them on the header and
uses the signing day as the document's date when its header gave none (``date_source``
"signature"; "header" when the header gave it). A scan signed by the issuing office may show no
stamp text at all: then the time comes from the PDF's signature dictionaries (/M,
``parsers.readers.pdfium.signature_times``: "D:20250403232902+07'00'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.model import Header, Line, Page

STAMP_KINDS = ("stamp", "annotation")

# "Người ký: Sở Tài chính", "Ký bởi: Lê Minh Quang", "Nguoi ky: ..." (OCR may drop tones)
SIGNED_BY = re.compile(r"""^\W{0,3}(?:Ng\S{0,3}[oơờ]i\s+k[ýy]|K[ýy]\s+b[ởo]i)\s*:\s*(?P<name>.*)$""", re.IGNORECASE)

# a stamp's other labels, which end the signer's name: "Email: ...", "Cơ quan: ...", "Thời gian ký: ..."
OTHER_LABEL = re.compile(r"""^\W{0,3}(?:E-?mail|C\S?\s*quan|Th\S{0,2}i\s+gian\s+k[ýy])\b""", re.IGNORECASE)

# "28.12.2018 15:38:28 +07:00", "21/07/2025 14:31:35 +07:00", "18.07.2019 14:17:55+07:00"
# (a stamp splits it over lines, so it is searched in the stamp's joined text; a time is required)
SIGNED_AT = re.compile(
    r"""(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>\d{4})\s*
        (?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<zone>[+-]\d{2}:?\d{2})?""",
    re.VERBOSE,
)


# a PDF signature dictionary's /M: "D:20250403232902+07'00'", "D:20190718141755Z" (seconds and zone optional)
PDF_TIME = re.compile(
    r"""^D:(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})?
        (?:(?P<zone>[+-]\d{2}'?\d{2})'?|(?P<utc>Z))?""",
    re.VERBOSE,
)


@dataclass
class Signing:
    """Who signed and when (ISO 8601, "2018-12-28T15:38:28+07:00"), from one signature stamp."""

    signed_by: str | None = None
    signed_at: str | None = None


def signing(pages: list[Page]) -> Signing:
    """The signing of the latest signature that carries a time (the issuing body's signature comes
    last); its signer, else the first signer named by any stamp."""
    stamps = [_read_stamp(group) for group in _stamp_groups(pages)]
    timed = [s for s in stamps if s.signed_at]
    latest = max(timed, key=lambda s: _sort_key(s.signed_at or "")) if timed else Signing()
    if latest.signed_by is None:
        latest.signed_by = next((s.signed_by for s in stamps if s.signed_by), None)
    return latest


def apply_signing(header: Header, pages: list[Page], signature_times: list[str] | None = None) -> None:
    """Record the signing on ``header``; its day stands for a missing document date. Without a stamp's
    time, the latest of the PDF's ``signature_times`` (/M, "D:20250403232902+07'00'") is the signing time."""
    found = signing(pages)
    if found.signed_at is None:
        timed = [iso for iso in map(pdf_time, signature_times or []) if iso]
        found.signed_at = max(timed, key=_sort_key) if timed else None
    header.signed_by, header.signed_at = found.signed_by, found.signed_at
    if header.date:
        header.date_source = header.date_source or "header"
    elif found.signed_at:
        header.date, header.date_source = found.signed_at[:10], "signature"


def _stamp_groups(pages: list[Page]) -> list[list[Line]]:
    """Runs of consecutive stamp lines of a page; a run holding several "Người ký" is split at each."""
    groups: list[list[Line]] = []
    for page in pages:
        run: list[Line] = []
        for line in page.lines:
            if line.kind in STAMP_KINDS and (not run or not SIGNED_BY.match(line.text)):
                run.append(line)
                continue
            if run:
                groups.append(run)
            run = [line] if line.kind in STAMP_KINDS else []
        if run:
            groups.append(run)
    return groups


def _read_stamp(lines: list[Line]) -> Signing:
    """Signer ("Người ký:" and its wrapped lines up to the next label) and time of one stamp."""
    name: list[str] = []
    in_name = False
    for line in lines:
        text = line.text.strip()
        match = SIGNED_BY.match(text)
        if match:
            in_name, name = True, [match.group("name")]
        elif OTHER_LABEL.match(text):
            in_name = False
        elif in_name:
            name.append(text)
    joined = " ".join(line.text.strip() for line in lines)
    when = SIGNED_AT.search(joined)
    signer = re.sub(r"\s+", " ", re.sub(r"(?<=\w-) (?=\w)", "", " ".join(name))).strip(" .,;") or None
    return Signing(signed_by=signer, signed_at=_iso_time(when) if when else None)


def pdf_time(text: str) -> str | None:
    """ "D:20250403232902+07'00'" -> "2025-04-03T23:29:02+07:00"; None when it is not a PDF date."""
    match = PDF_TIME.match(text.strip())
    if not match:
        return None
    zone = "+00:00" if match.group("utc") else (match.group("zone") or "").replace("'", "")
    return _iso_time(match, zone=zone or None)


def _iso_time(match: re.Match[str], zone: str | None = None) -> str | None:
    day, month, year = int(match.group("day")), int(match.group("month")), int(match.group("year"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    second = match.group("second") or "00"
    text = f"{year:04d}-{month:02d}-{day:02d}T{int(match.group('hour')):02d}:{match.group('minute')}:{second}"
    zone = zone or match.groupdict().get("zone")
    if zone:
        text += zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
    return text


def _sort_key(stamp_time: str) -> str:
    return stamp_time[:19]
