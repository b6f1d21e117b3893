"""Plain data passed between stages: what a reader sees, the document model, and what is extracted.

Readers (``parsers/readers``) turn a file into ``Page`` objects holding ``Line`` objects.
Layout (``parsers/layout``) turns pages into a ``Document``: one normalised ``text`` string,
``Paragraph`` blocks with offsets into it, ``Footnote`` objects, a ``Header`` and a
``StructureNode`` tree. Extractors add ``Citation``, ``NamedLaw`` and ``Task`` objects.

Every span is a ``(start, end)`` pair of character offsets into ``Document.text``, so the UI
can highlight it and an edge in the graph can show its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The kinds a line or paragraph can have. Only "body" and "footnote" are content.
LINE_KINDS = (
    "body",  # running text of the document
    "footnote",  # footnote text at the foot of a page
    "header",  # the header block (issuer, number, place/date, national motto)
    "signature",  # signature block and "Nơi nhận" list
    "page_number",  # a page number printed alone on a line
    "running_header",  # text repeated at the top or bottom of many pages
    "stamp",  # digital-signature stamp text ("Người ký: ... Thời gian ký: ...")
    "table",  # a cell row of a table
    "annotation",  # text an annotation draws apart from the page's lines (a portal's label in the margin)
)


@dataclass(frozen=True)
class BBox:
    """A rectangle on a page in PDF points, origin top-left (pdfplumber's x0, top, x1, bottom)."""

    x0: float
    top: float
    x1: float
    bottom: float

    def as_list(self) -> list[float]:
        return [round(self.x0, 2), round(self.top, 2), round(self.x1, 2), round(self.bottom, 2)]


@dataclass
class Line:
    """One line as a reader saw it, with its typography kept."""

    text: str
    page: int  # 1-based
    bbox: BBox | None = None
    font_size: float | None = None
    bold: bool = False
    italic: bool = False
    kind: str = "body"
    superscripts: list[tuple[int, str]] = field(default_factory=list)  # (char offset in text, marker)
    origin: str | None = None  # text not from the page's content stream: "annotation:widget" ...


@dataclass
class Table:
    """A table as a reader found it: header cells, then one list of cell strings per row.

    ``source`` is "pdfplumber" (ruled table of a text page), "ocr" (ruled table of a scan, cells
    from tesseract's word boxes), "docx" or "markdown". The reader puts each row into the page as
    one line of kind ``table`` ("1 | Tổ chức ... | Sở Nội vụ | ... | Quý IV/2024"); layout keeps the
    row's offsets in ``row_spans`` (a row printed over a page break keeps its first page).
    """

    page: int
    bbox: BBox | None
    header: list[str]
    rows: list[list[str]]
    source: str
    pages: list[int] = field(default_factory=list)
    row_pages: list[int] = field(default_factory=list)
    row_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Page:
    """One page as a reader saw it."""

    number: int  # 1-based
    lines: list[Line]
    width: float | None = None
    height: float | None = None
    ocr: bool = False  # text came from OCR
    ocr_confidence: float | None = None  # mean word confidence 0..100 when OCRed
    steps: list[str] = field(default_factory=list)  # reader steps that ran, e.g. "legacy:tcvn3"
    tables: list[Table] = field(default_factory=list)  # each row is also a ``table`` line of ``lines``


@dataclass
class Paragraph:
    """A block of joined lines; ``start``/``end`` are offsets into ``Document.text``."""

    text: str
    page: int
    kind: str = "body"
    start: int = 0
    end: int = 0
    bbox: BBox | None = None
    font_size: float | None = None
    bold: bool = False
    italic: bool = False


@dataclass
class FootnoteMarker:
    """A footnote reference in the body (superscript or glued digit) linked to its footnote."""

    marker: str
    offset: int  # position in Document.text where the marker stood (marker itself removed)
    page: int


@dataclass
class Footnote:
    """A footnote: its marker, its text (joined across pages), where it starts, and its span."""

    marker: str
    text: str
    page: int
    start: int = 0
    end: int = 0
    pages: list[int] = field(default_factory=list)  # every page it runs over
    linked: bool = False  # a marker in the body points at it


@dataclass
class Header:
    """Header block and signature block fields (domain.md §1). Dates are ISO ``YYYY-MM-DD``."""

    type: str | None = None  # "Quyết định", "Công văn", "Kế hoạch" ...
    number: str | None = None  # normalised "15/QĐ-UBND"
    date: str | None = None
    place: str | None = None
    issuer: str | None = None  # "UBND tỉnh Hưng Yên"
    issuer_parent: str | None = None
    province: str | None = None  # "Hưng Yên": context for "của UBND tỉnh"
    subject: str | None = None  # trích yếu / "V/v ..."
    recipients: list[str] = field(default_factory=list)  # "Kính gửi"
    authority: str | None = None  # "KT. CHỦ TỊCH"
    signer_title: str | None = None
    signer: str | None = None
    distribution: list[str] = field(default_factory=list)  # "Nơi nhận"
    signed_by: str | None = None  # e-signature stamp: "Người ký: Sở Tài chính" / "Ký bởi: Lê Minh Quang"
    signed_at: str | None = None  # its "Thời gian ký", ISO: "2018-12-28T15:38:28+07:00"
    date_source: str | None = None  # where ``date`` came from: "header", "signature"


@dataclass
class StructureNode:
    """A node of the body's hierarchy: Roman section, item, sub-item, lettered item, dash, article.

    ``path`` is the dotted path used by tasks: "III.2.5.đ", "II.2.-1", "Điều 2.1.a".
    ``heading`` is the node's own first sentence when it is a title ("2. UBND cấp huyện, cấp xã:"),
    ``text`` the node's own text without its children.
    """

    path: str
    kind: str  # part|chapter|section|article|roman|item|subitem|letter|dash|clause|point
    label: str  # as printed: "III", "2.1", "đ", "-", "Điều 5"
    heading: str
    text: str
    page: int
    start: int
    end: int  # end of the node's own text
    bbox: BBox | None = None
    children: list[StructureNode] = field(default_factory=list)


@dataclass
class Document:
    """A faithful model of one document. ``text`` is the normalised content of body and footnotes."""

    source: str
    format: str  # pdf|txt|docx|doc|md
    pages: int
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    markers: list[FootnoteMarker] = field(default_factory=list)
    header: Header = field(default_factory=Header)
    structure: list[StructureNode] = field(default_factory=list)
    normalisation: list[str] = field(default_factory=list)  # names of cleaning steps that ran
    ocr_pages: list[int] = field(default_factory=list)
    ocr_confidence: float | None = None
    warnings: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def page_at(self, offset: int) -> int:
        """The page of the paragraph holding ``offset`` (1 when unknown)."""
        for para in self.paragraphs:
            if para.start <= offset < para.end:
                return para.page
        return self.paragraphs[-1].page if self.paragraphs else 1

    def where_at(self, offset: int) -> str:
        """"body", "footnote N" or another paragraph kind for the text at ``offset``."""
        for note in self.footnotes:
            if note.start <= offset < note.end:
                return f"footnote {note.marker}"
        for para in self.paragraphs:
            if para.start <= offset < para.end:
                return para.kind
        return "body"


@dataclass(frozen=True)
class DocKey:
    """Canonical identity of a document (domain.md §3), usable as a graph node key.

    ``national`` keys look like "178/2024/NĐ-CP"; keys of numbers without a year carry year
    and scope: "337/UBND-NC@2025@hưng yên".
    """

    number: str
    year: int | None = None
    scope: str | None = None  # province name (lower case) for local bodies, None for national

    def __str__(self) -> str:
        parts = [self.number]
        if self.year is not None and not _has_year(self.number):
            parts.append(str(self.year))
        if self.scope:
            parts.append(self.scope)
        return "@".join(parts)


def _has_year(number: str) -> bool:
    return any(len(piece) == 4 and piece.isdigit() for piece in number.split("/")[1:-1])  # "1042/QĐ-UBND" has none


@dataclass
class Citation:
    """One mention of another document by number (domain.md §2)."""

    number: str  # normalised: "178/2024/NĐ-CP"
    type: str | None  # "Nghị định"
    date: str | None  # ISO
    year: int | None
    issuer: str | None  # "Chính phủ", "UBND tỉnh", "BTV Tỉnh ủy"
    relation: str  # căn cứ|hướng dẫn|sửa đổi|thay thế|bãi bỏ|đính chính|hợp nhất|thực hiện|dẫn chiếu
    where: str  # "body", "preamble", "footnote 2"
    page: int
    span: tuple[int, int]
    sentence: str
    key: str  # str(DocKey)
    raw: str  # the text as written
    short_form: bool = False  # a later short mention ("Nghị định 34") resolved to a full one


@dataclass
class NamedLaw:
    """A law cited by name only ("Luật Tiếp cận thông tin")."""

    name: str  # normalised
    raw: str
    page: int
    span: tuple[int, int]
    where: str = "body"
    date: str | None = None


@dataclass
class Deadline:
    text: str  # as written: "trước ngày 30/6/2025"
    date: str | None = None  # ISO, the latest day allowed
    recurrence: str | None = None  # "hằng năm", "thường xuyên", "quý III/2025" ...


@dataclass
class Task:
    """One assigned task (domain.md §5)."""

    path: str
    text: str
    responsible: list[str]  # lead bodies, canonical names
    coordinating: list[str]
    deadline: Deadline | None
    cites: list[str]  # citation keys
    page: int
    span: tuple[int, int]
    responsible_source: str = "item"  # item|heading|addressees


@dataclass
class Extraction:
    """Everything extracted from one file; ``to_dict`` gives the JSON contract of ``vanban extract``."""

    document: Document
    citations: list[Citation] = field(default_factory=list)
    named_laws: list[NamedLaw] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        from parsers.serialize import extraction_to_dict

        return extraction_to_dict(self)
