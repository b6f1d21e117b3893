"""Word .docx: paragraphs with bold/italic/size, tables, footnotes (word/footnotes.xml) and their markers.

One ``Line`` per Word paragraph (no bbox: Word has no fixed geometry). Pages follow Word's own
page breaks (``w:lastRenderedPageBreak``, else ``w:br w:type="page"``). A footnote reference in the
body becomes a superscript ``(offset, marker)`` with the marker removed from the text, as the
PDF reader does; the footnote's paragraphs become ``footnote`` lines at the foot of the page that
cites them, the first one labelled by a superscript at offset 0. Markers are numbered in order of
reference, as Word prints them.

Small tables (at most 3 columns and 4 rows: the header and signature blocks of Vietnamese
documents) are read cell by cell as ordinary lines; larger tables become one ``table`` line a row.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from parsers.model import Line, Page, Table
from parsers.readers.legacy import detect_legacy, is_upper_font, to_unicode
from parsers.readers.limits import Limits, current_limits
from parsers.readers.tables import make_table, table_lines
from vanban.errors import UnreadableFileError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LAYOUT_TABLE_MAX_COLUMNS = 3
LAYOUT_TABLE_MAX_ROWS = 4
MAX_EXPANSION = 20  # uncompressed size may be this many times VANBAN_MAX_BYTES (zip bombs)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class _Segment:
    text: str
    bold: bool
    italic: bool
    size: float | None


@dataclass
class _State:
    """What the reader carries through the body: pages so far, pending footnotes, marker count."""

    encoding: str | None
    notes: dict[str, list[str]]
    styles: _Styles
    page: int = 1
    pages: dict[int, list[Line]] = field(default_factory=dict)
    tables: dict[int, list[Table]] = field(default_factory=dict)
    pending: list[Line] = field(default_factory=list)
    markers: int = 0
    page_break_tag: str = "lastRenderedPageBreak"

    def add(self, line: Line) -> None:
        self.pages.setdefault(self.page, []).append(line)

    def new_page(self) -> None:
        self.flush_notes()
        self.page += 1

    def flush_notes(self) -> None:
        self.pages.setdefault(self.page, []).extend(self.pending)
        self.pending = []


def read_docx(path: Path, limits: Limits | None = None) -> list[Page]:
    """Read a .docx into pages of lines (raises ``UnreadableFileError``: corrupt, unsupported, too-large)."""
    limits = limits or current_limits()
    parts = _read_parts(path, limits)
    body = parts["document"].find(_w("body"))
    if body is None:
        raise UnreadableFileError(str(path), "corrupt", "word/document.xml has no body")
    text = "".join(body.itertext())
    fonts = {str(v) for v in parts["document"].xpath("//w:rFonts/@w:ascii", namespaces={"w": W})}
    state = _State(encoding=detect_legacy(text, fonts), notes=_footnotes(parts.get("footnotes")), styles=_Styles(parts))
    if not body.xpath(".//w:lastRenderedPageBreak", namespaces={"w": W}):
        state.page_break_tag = "br"
    for block in _blocks(body):
        if block.tag == _w("p"):
            _paragraph(block, state)
        elif block.tag == _w("tbl"):
            _table(block, state)
    state.flush_notes()
    width, height = _page_size(body)
    pages = [Page(number=n, lines=state.pages.get(n, []), width=width, height=height, tables=state.tables.get(n, []))
             for n in range(1, state.page + 1)]
    if state.encoding:
        for page in pages:
            page.steps.append(f"legacy:{state.encoding}")
    return pages


def _blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in reading order, inside content controls (``w:sdt``) too."""
    for child in parent:
        if child.tag in (_w("sdt"), _w("sdtContent"), _w("customXml")):
            yield from _blocks(child)
        elif child.tag in (_w("p"), _w("tbl")):
            yield child


def _read_parts(path: Path, limits: Limits) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise UnreadableFileError(str(path), "unsupported", "a zip archive but not a Word document")
            if sum(info.file_size for info in archive.infolist()) > MAX_EXPANSION * limits.max_bytes:
                raise UnreadableFileError(str(path), "too-large", "the archive expands beyond the size limit")
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            parts = {"document": etree.fromstring(archive.read("word/document.xml"), parser)}
            for name in ("footnotes", "styles"):
                if f"word/{name}.xml" in names:
                    parts[name] = etree.fromstring(archive.read(f"word/{name}.xml"), parser)
    except (zipfile.BadZipFile, etree.XMLSyntaxError, EOFError) as exc:
        raise UnreadableFileError(str(path), "corrupt", f"broken .docx ({exc})") from exc
    return parts


def _footnotes(root: Any) -> dict[str, list[str]]:
    """Footnote id -> its paragraphs' texts (separators skipped)."""
    notes: dict[str, list[str]] = {}
    if root is None:
        return notes
    for note in root.iter(_w("footnote")):
        if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paras = ["".join(p.itertext()).strip() for p in note.iter(_w("p"))]
        notes[note.get(_w("id"), "")] = [p for p in paras if p]
    return notes


def _page_size(body: Any) -> tuple[float | None, float | None]:
    size = body.find(f"{_w('sectPr')}/{_w('pgSz')}")
    if size is None or size.get(_w("w")) is None:
        return None, None
    return int(size.get(_w("w"))) / 20, int(size.get(_w("h"), "16838")) / 20  # twentieths of a point


def _paragraph(p: Any, state: _State, kind: str = "body") -> None:
    if state.page_break_tag == "lastRenderedPageBreak" and p.find(f".//{_w('lastRenderedPageBreak')}") is not None:
        if state.pages.get(state.page):
            state.new_page()
    lines: list[tuple[list[_Segment], list[tuple[int, str]]]] = [([], [])]
    offset = 0
    for piece in _pieces(p, state):
        segments, superscripts = lines[-1]
        if isinstance(piece, tuple):
            superscripts.append((offset, piece[0]))
            _queue_note(piece[1], piece[0], state)
        elif piece.text == "\n":  # a line break inside the paragraph: "CHÍNH PHỦ" / "-------"
            lines.append(([], []))
            offset = 0
        else:
            segments.append(piece)
            offset += len(piece.text)
    for segments, superscripts in lines:
        line = _make_line(segments, superscripts, state.page, kind)
        if line.text.strip() or superscripts:
            state.add(line)
    if state.page_break_tag == "br" and _has_page_break(p):
        state.new_page()


def _has_page_break(p: Any) -> bool:
    return any(br.get(_w("type")) == "page" for br in p.iter(_w("br")))


def _pieces(p: Any, state: _State) -> Iterator[_Segment | tuple[str, str]]:
    """The paragraph's text segments with their formatting, and (marker, note id) for references."""
    pstyle = p.find(f"{_w('pPr')}/{_w('pStyle')}")
    para_style = pstyle.get(_w("val")) if pstyle is not None else None
    for run in p.iter(_w("r")):
        fmt = state.styles.run_format(run, para_style)
        for child in run:
            if child.tag == _w("t") and child.text:
                text = child.text
                if state.encoding:
                    text = to_unicode(text, state.encoding, upper=is_upper_font(fmt["font"]))
                yield _Segment(text, fmt["bold"], fmt["italic"], fmt["size"])
            elif child.tag == _w("tab"):
                yield _Segment(" ", fmt["bold"], fmt["italic"], fmt["size"])
            elif child.tag in (_w("br"), _w("cr")) and child.get(_w("type")) in (None, "textWrapping"):
                yield _Segment("\n", fmt["bold"], fmt["italic"], fmt["size"])
            elif child.tag == _w("noBreakHyphen"):
                yield _Segment("-", fmt["bold"], fmt["italic"], fmt["size"])
            elif child.tag == _w("footnoteReference"):
                state.markers += 1
                yield (str(state.markers), child.get(_w("id"), ""))


def _queue_note(note_id: str, marker: str, state: _State) -> None:
    """Footnote lines wait for the end of the page that cites them."""
    for i, text in enumerate(state.notes.get(note_id, [])):
        if state.encoding:
            text = to_unicode(text, state.encoding)
        supers = [(0, marker)] if i == 0 else []
        state.pending.append(Line(text=text, page=state.page, kind="footnote", superscripts=supers))


def _make_line(segments: list[_Segment], superscripts: list[tuple[int, str]], page: int, kind: str) -> Line:
    text = "".join(s.text for s in segments)
    weight = sum(len(s.text.strip()) for s in segments) or 1
    bold = sum(len(s.text.strip()) for s in segments if s.bold) * 2 >= weight
    italic = sum(len(s.text.strip()) for s in segments if s.italic) * 2 >= weight
    sizes: dict[float, int] = {}
    for s in segments:
        if s.size is not None:
            sizes[s.size] = sizes.get(s.size, 0) + len(s.text.strip())
    size = max(sizes, key=lambda k: sizes[k]) if sizes else None
    # leading spaces cut from the text move the markers with them
    stripped = len(text) - len(text.lstrip())
    supers = [(max(0, off - stripped), m) for off, m in superscripts]
    return Line(text=text.strip(), page=page, font_size=size, bold=bold, italic=italic, kind=kind, superscripts=supers)


def _table(tbl: Any, state: _State) -> None:
    rows = tbl.findall(_w("tr"))
    width = max((len(row.findall(_w("tc"))) for row in rows), default=0)
    if width <= LAYOUT_TABLE_MAX_COLUMNS and len(rows) <= LAYOUT_TABLE_MAX_ROWS:
        for row in rows:
            for cell in row.findall(_w("tc")):
                for p in cell.iter(_w("p")):
                    _paragraph(p, state)
        return
    cells = [[" ".join("".join(p.itertext()).split()) for p in row.findall(_w("tc"))] for row in rows]
    if state.encoding:
        cells = [[to_unicode(cell, state.encoding) for cell in row] for row in cells]
    table = make_table(cells, state.page, None, "docx")
    if table is not None:  # rows as ``table`` lines, the table in ``Page.tables``
        state.tables.setdefault(state.page, []).append(table)
        for line in table_lines(table):
            state.add(line)
        return
    for row in cells:
        text = " | ".join(row)
        if text.strip(" |"):
            state.add(Line(text=text, page=state.page, kind="table"))


class _Styles:
    """Effective bold/italic/size/font of a run: run properties, then character and paragraph styles."""

    def __init__(self, parts: dict[str, Any]) -> None:
        self._styles: dict[str, Any] = {}
        self._default_para: str | None = None
        self._defaults: dict[str, Any] = {"bold": False, "italic": False, "size": None, "font": ""}
        root = parts.get("styles")
        if root is None:
            return
        for style in root.iter(_w("style")):
            self._styles[style.get(_w("styleId"), "")] = style
            if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true"):
                self._default_para = style.get(_w("styleId"))
        rpr = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        if rpr is not None:
            self._defaults.update(_props(rpr))

    def run_format(self, run: Any, para_style: str | None) -> dict[str, Any]:
        fmt = dict(self._defaults)
        for style_id in reversed(self._chain(para_style or self._default_para)):
            fmt.update(_props(self._styles[style_id].find(_w("rPr"))))
        rpr = run.find(_w("rPr"))
        if rpr is not None:
            rstyle = rpr.find(_w("rStyle"))
            if rstyle is not None:
                for style_id in reversed(self._chain(rstyle.get(_w("val")))):
                    fmt.update(_props(self._styles[style_id].find(_w("rPr"))))
            fmt.update(_props(rpr))
        return fmt

    def _chain(self, style_id: str | None) -> list[str]:
        chain: list[str] = []
        while style_id and style_id in self._styles and style_id not in chain:
            chain.append(style_id)
            based = self._styles[style_id].find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None
        return chain


def _props(rpr: Any) -> dict[str, Any]:
    """The formatting a ``w:rPr`` sets explicitly."""
    found: dict[str, Any] = {}
    if rpr is None:
        return found
    for tag, key in (("b", "bold"), ("i", "italic")):
        el = rpr.find(_w(tag))
        if el is not None:
            found[key] = el.get(_w("val"), "true") not in ("0", "false", "none")
    size = rpr.find(_w("sz"))
    if size is not None and size.get(_w("val"), "").isdigit():
        found["size"] = int(size.get(_w("val"))) / 2
    fonts = rpr.find(_w("rFonts"))
    if fonts is not None and fonts.get(_w("ascii")):
        found["font"] = fonts.get(_w("ascii"))
    return found
