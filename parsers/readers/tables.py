"""Ruled tables: found on text pages by pdfplumber's table finder and on scans from the rules of the
page image, with their cells filled from tesseract's word boxes.

A table becomes a ``Table`` (header cells and rows of cell strings) and, in the page's lines, one
line of kind ``table`` per row ("5 | Lên phương án phòng ngừa rủi ro | Cục Công nghệ thông tin |
- Các đơn vị thuộc Bộ | Quý IV/2024") in place of the lines it covered, so layout keeps the row as
one paragraph and structure, which reads ``body`` paragraphs only, does not take "5" for an item.

The header row is recognised by its words (``parsers/data/task_table_columns.tsv``): a first row
with at least two cells that name a column role ("STT", "Nội dung", "Cơ quan chủ trì", "Thời
gian hoàn thành") is the header; a table continued from the previous page has none.

Public: ``column_role``, ``header_roles``, ``pdfplumber_tables``, ``ocr_tables``, ``place_tables``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from parsers.model import BBox, Line, Table
from parsers.text import read_rows, tone_key

CELL_SEPARATOR = " | "
MIN_COLUMNS = 2  # a ruled box with one column is a frame or a note, not a table
MIN_ROWS = 2  # header and one row
MAX_HEADER_CELL = 45  # characters: "Cơ quan chủ trì, phối hợp thực hiện"; longer cells are content
MIN_ROLES = 2  # header cells that must name a role for the first row to be the header

# Scans (pixels of the 300 dpi page image)
DARK = 150  # grey level under which a pixel is ink
RULE_MIN_H = 150  # a horizontal rule is at least this long (half an inch)
RULE_MIN_V = 90  # a vertical rule at least this long (a one-line row is about 60 px high)
RULE_JOIN = 12  # a rule this close to another's end still touches it
RULE_GAP = 40  # pieces of one rule broken by faint ink, at most this far apart, are one rule
MAX_RULE_WIDTH = 14  # pixels: a printed rule is 2 to 6 wide (plus skew and the bridging pixel)
STREAK = 0.9  # a line over this share of the page is a scanner's streak, not a table's rule
ROW_RULE_SHARE = 0.6  # a horizontal rule ends a row when it crosses this share of the table's width
RULE_COVER = 0.6  # a vertical rule runs through a row when it covers this share of the row's height
BULLETS = frozenset("-+–•")  # kept in a cell although they hold no letter: "- Các đơn vị thuộc Bộ"
ERASE = 5  # pixels either side of a rule painted white before a table is read again
CELL_PAD = 4  # pixels inside a cell's rules where a word's centre may still fall


# ------------------------------------------------------------------ column roles


@cache
def _column_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), role) for pattern, role, *_ in read_rows("task_table_columns.tsv", header=True))


def column_role(cell: str) -> str | None:
    """The role of a header cell: "Cơ quan chủ trì" -> "lead", "TT" -> "stt", "Ghi chú" -> "note"."""
    folded = tone_key(cell).strip(" .:")
    if not folded or len(folded) > MAX_HEADER_CELL:
        return None
    return next((role for pattern, role in _column_patterns() if pattern.search(folded)), None)


def header_roles(cells: Sequence[str]) -> list[str | None] | None:
    """The role of every column when ``cells`` is a header row, else None."""
    roles = [column_role(cell) for cell in cells]
    named = [role for role in roles if role]
    if len(named) < MIN_ROLES or len(set(named)) < MIN_ROLES or "content" not in named and "stt" not in named:
        return None
    return roles


def make_table(cells: list[list[str]], page: int, bbox: BBox | None, source: str) -> Table | None:
    """A ``Table`` from rows of cells: empty rows dropped, the first row the header when it names roles."""
    rows = [[" ".join(cell.split()) for cell in row] for row in cells]
    rows = [row for row in rows if any(row)]
    if len(rows) < MIN_ROWS or max(len(row) for row in rows) < MIN_COLUMNS:
        return None
    header = rows.pop(0) if header_roles(rows[0]) else []
    return Table(page=page, bbox=bbox, header=header, rows=rows, source=source, pages=[page],
                 row_pages=[page] * len(rows))


def row_text(cells: Sequence[str]) -> str:
    return CELL_SEPARATOR.join(cells)


def table_lines(table: Table, boxes: Sequence[BBox | None] = ()) -> list[Line]:
    """The lines of kind ``table`` that stand for ``table`` in its page: the header, then each row."""
    rows = ([table.header] if table.header else []) + table.rows
    out = []
    for index, cells in enumerate(rows):
        box = boxes[index] if index < len(boxes) else table.bbox
        out.append(Line(text=row_text(cells), page=table.page, bbox=box, kind="table"))
    return out


def place_tables(lines: list[Line], tables: list[tuple[Table, list[Line]]]) -> list[Line]:
    """``lines`` with the body lines inside each table's box replaced by the table's row lines."""
    out = list(lines)
    for table, rows in tables:
        box = table.bbox
        if box is None or not rows:
            continue
        inside = [i for i, line in enumerate(out) if line.kind == "body" and _centre_in(line.bbox, box)]
        at = inside[0] if inside else _insert_at(out, box)
        kept = [line for i, line in enumerate(out) if i not in set(inside)]
        at -= sum(1 for i in inside if i < at)
        out = kept[:at] + rows + kept[at:]
    return out


def _centre_in(line_box: BBox | None, box: BBox) -> bool:
    if line_box is None:
        return False
    x = (line_box.x0 + line_box.x1) / 2
    y = (line_box.top + line_box.bottom) / 2
    return box.x0 - 2 <= x <= box.x1 + 2 and box.top - 2 <= y <= box.bottom + 2


def _insert_at(lines: list[Line], box: BBox) -> int:
    return next((i for i, line in enumerate(lines) if line.bbox and line.bbox.top > box.top), len(lines))


# ------------------------------------------------------------------ text pages (pdfplumber)


def has_rule_grid(segments: list[dict[str, Any]]) -> bool:
    """Whether a page's straight segments could rule a table: enough upright and flat rules."""
    upright = sum(1 for s in segments if s["x1"] - s["x0"] < 2.0 and s["bottom"] - s["top"] > 5.0)
    flat = sum(1 for s in segments if s["bottom"] - s["top"] < 2.0 and s["x1"] - s["x0"] > 5.0)
    return upright >= MIN_COLUMNS + 1 and flat >= MIN_ROWS + 1


def pdfplumber_tables(pdf_page: Any, number: int, segments: list[dict[str, Any]]) -> list[tuple[Table, list[Line]]]:
    """Ruled tables of a text page with their row lines; the finder runs only on pages with rules."""
    if not has_rule_grid(segments):
        return []
    return _found_tables(pdf_page.find_tables(), number)


def pdfium_tables(page: Any) -> list[tuple[Table, list[Line]]]:
    """What ``pdfplumber_tables`` finds, from a page PDFium read (``parsers.readers.pdfium.PdfiumPage``):
    pdfplumber's table finder run on the edges of the page's lines, rectangles and curves and on its
    characters, a space character put back before each character that follows one (pdfplumber splits
    words at spaces), without pdfminer reading the page again."""
    from pdfplumber.table import TableFinder, TableSettings

    if not has_rule_grid(page.segments):
        return []
    chars = _finder_chars(page.chars)
    finder = TableFinder(_FinderPage(chars, _finder_edges(page.segments, page.curves or [], page.height)),  # type: ignore[arg-type]
                         TableSettings.resolve(None))
    return _found_tables(finder.tables, page.number, _CellReader(chars).extract)


class _CellReader:
    """pdfplumber's ``Table.extract`` (a cell holds the characters whose middle lies in it, left and top
    edges included; its text is pdfplumber's ``extract_text`` of them, in page order), with the
    characters of a row found by bisection on their middles instead of a test of every character."""

    def __init__(self, chars: list[dict[str, Any]]) -> None:
        self.chars = chars
        self.h_mid = [(c["x0"] + c["x1"]) / 2 for c in chars]
        v_mid = [(c["top"] + c["bottom"]) / 2 for c in chars]
        self.order = sorted(range(len(chars)), key=v_mid.__getitem__)
        self.v_sorted = [v_mid[i] for i in self.order]
        self.v_mid = v_mid

    def extract(self, table: Any) -> list[list[str | None]]:
        from bisect import bisect_left

        from pdfplumber.utils import extract_text

        out: list[list[str | None]] = []
        for row in table.rows:
            x0, top, x1, bottom = row.bbox
            found = sorted(self.order[bisect_left(self.v_sorted, top):bisect_left(self.v_sorted, bottom)])
            in_row = [i for i in found if x0 <= self.h_mid[i] < x1]
            cells: list[str | None] = []
            for cell in row.cells:
                if cell is None:
                    cells.append(None)
                    continue
                c0, c_top, c1, c_bottom = cell
                inside = [self.chars[i] for i in in_row
                          if c0 <= self.h_mid[i] < c1 and c_top <= self.v_mid[i] < c_bottom]
                cells.append(extract_text(inside) if inside else "")
            out.append(cells)
        return out


@dataclass
class _FinderPage:
    """The two things pdfplumber's ``TableFinder`` (lines strategy) and ``Table.extract`` read of a page."""

    chars: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def _finder_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """pdfplumber's character objects (the keys its word extraction reads), spaces included."""
    out: list[dict[str, Any]] = []
    for char in chars:
        x0, top, bottom = char["x0"], char["top"], char["bottom"]
        if char["space_before"]:
            out.append({"text": " ", "x0": x0, "x1": x0, "top": top, "bottom": bottom, "doctop": top, "upright": True})
        out.append({"text": char["text"], "x0": x0, "x1": char["x1"], "top": top, "bottom": bottom, "doctop": top,
                    "upright": True})
    return out


def _finder_edges(segments: list[dict[str, Any]], curves: list[list[tuple[float, float]]], height: float) -> list[dict[str, Any]]:
    """pdfplumber's ``page.edges``: the lines' edges, the rectangles' four edges, then the curves'."""
    from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

    lines: list[dict[str, Any]] = []
    rects: list[dict[str, Any]] = []
    for seg in segments:
        x0, x1, top, bottom = seg["x0"], seg["x1"], seg["top"], seg["bottom"]
        obj = {"object_type": seg["object_type"], "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
               "width": x1 - x0, "height": bottom - top, "y0": height - bottom, "y1": height - top}
        (lines if seg["object_type"] == "line" else rects).append(obj)
    edges = [line_to_edge(line) for line in lines]
    for rect in rects:
        edges += rect_to_edges(rect)
    for pts in curves:
        top = min(y for _, y in pts)
        edges += curve_to_edges({"object_type": "curve", "pts": pts, "top": top, "doctop": top})
    return edges


def _found_tables(candidates: list[Any], number: int, extract: Any = None) -> list[tuple[Table, list[Line]]]:
    """Tables pdfplumber's finder found (their cells read by ``extract``, ``Table.extract`` by default)
    with their row lines."""
    found = []
    for candidate in candidates:
        cells = [[cell or "" for cell in row] for row in (extract(candidate) if extract else candidate.extract())]
        x0, top, x1, bottom = candidate.bbox
        table = make_table(cells, number, BBox(x0, top, x1, bottom), "pdfplumber")
        if table is not None:
            boxes = [_row_box(row) for row in candidate.rows]
            found.append((table, table_lines(table, _kept_boxes(cells, boxes))))
    return found


def _row_box(row: Any) -> BBox | None:
    x0, top, x1, bottom = row.bbox
    return BBox(x0, top, x1, bottom)


def _kept_boxes(cells: list[list[str]], boxes: list[BBox | None]) -> list[BBox | None]:
    return [box for row, box in zip(cells, boxes, strict=False) if any(" ".join(c.split()) for c in row)]


# ------------------------------------------------------------------ scans (rules of the image + word boxes)


@dataclass
class OcrWord:
    """A tesseract word in image pixels."""

    text: str
    left: int
    top: int
    right: int
    bottom: int


WordReader = Callable[[Path], list[OcrWord]]


@dataclass
class _Rule:
    at: float  # x of a vertical rule, y of a horizontal one
    start: int
    end: int
    ink: int = 0  # pixels of ink: its thickness is ink / length

    def thick(self) -> bool:
        """A scanner's black bar or a filled box, not a printed rule."""
        return self.ink > MAX_RULE_WIDTH * (self.end - self.start)


def ocr_tables(
    image: Path, words: list[OcrWord], number: int, scale: float, read: WordReader | None = None
) -> list[tuple[Table, list[Line]]]:
    """Ruled tables of a page image: rows between horizontal rules, cells between the vertical
    rules that cross the row, each word in the cell holding its centre. Bboxes in points (``scale``).

    ``read`` (an image path -> its words) reads each table again with its rules erased: tesseract's
    page layout often loses the text of a grid ("Danh mục công trình" cells of a budget table).
    """
    grey = _load(image)
    if grey is None:
        return []
    flat, upright = _rules(grey < DARK)
    found = []
    for index, rows in enumerate(_table_row_rules(flat, upright)):
        cell_words = words
        if read is not None:
            cell_words = _better_words(words, _reread(grey, rows, upright, image, index, read), rows)
        result = _grid_table(rows, upright, cell_words, number, scale)
        if result is not None:
            found.append(result)
    return found


def _reread(grey: Any, rows: list[_Rule], upright: list[_Rule], image: Path, index: int, read: WordReader) -> list[OcrWord]:
    """The words of one table read from a crop of the page with the table's rules painted white."""
    from PIL import Image

    left, right = min(r.start for r in rows), max(r.end for r in rows)
    top, bottom = int(rows[0].at), int(rows[-1].at)
    crop = grey[max(0, top - 4):bottom + 5, max(0, left - 4):right + 5].copy()
    dy, dx = max(0, top - 4), max(0, left - 4)
    for rule in rows:
        y = int(rule.at) - dy
        crop[max(0, y - ERASE):y + ERASE + 1, :] = 255
    for rule in upright:
        if left - RULE_JOIN <= rule.at <= right + RULE_JOIN and rule.end >= top and rule.start <= bottom:
            x = int(rule.at) - dx
            crop[max(0, rule.start - dy - ERASE):rule.end - dy + ERASE, max(0, x - ERASE):x + ERASE + 1] = 255
    path = image.with_name(f"{image.stem}-table{index}.png")
    Image.fromarray(crop).save(path)
    return [OcrWord(w.text, w.left + dx, w.top + dy, w.right + dx, w.bottom + dy) for w in read(path)]


def _better_words(page: list[OcrWord], again: list[OcrWord], rows: list[_Rule]) -> list[OcrWord]:
    """The reading with more letters inside the table; the page's words outside it are kept."""
    top, bottom = rows[0].at, rows[-1].at

    def inside(word: OcrWord) -> bool:
        return top <= (word.top + word.bottom) / 2 <= bottom

    def letters(words: list[OcrWord]) -> int:
        return sum(ch.isalnum() for w in words if inside(w) for ch in w.text)

    if letters(again) <= letters(page):
        return page
    return [w for w in page if not inside(w)] + [w for w in again if inside(w)]


def _load(image: Path) -> Any:
    try:
        import numpy as np
        from PIL import Image
    except ImportError:  # pragma: no cover - both come with pdfplumber
        return None
    with Image.open(image) as picture:
        return np.asarray(picture.convert("L"))


def _runs(mask: Any, minimum: int) -> list[tuple[int, int, int]]:
    """Runs of ink along each row of ``mask`` at least ``minimum`` long: (row, start, end).

    Each row is padded with a blank pixel at both ends and the rows laid end to end, so the runs are
    where the flat image changes from blank to ink and back (one pass over the pixels, not four)."""
    import numpy as np

    height, width = mask.shape
    stride = width + 2
    padded = np.zeros((height, stride), dtype=bool)
    padded[:, 1:-1] = mask
    flat = padded.ravel()
    edges = np.flatnonzero(flat[1:] != flat[:-1]) + 1  # a run's first pixel, then the pixel past its last
    starts, ends = edges[0::2], edges[1::2]
    keep = (ends - starts) >= minimum
    starts, ends = starts[keep], ends[keep]
    rows, first = np.divmod(starts, stride)
    return list(zip(rows.tolist(), (first - 1).tolist(), (ends - starts + first - 1).tolist(), strict=True))


def _rules(ink: Any) -> tuple[list[_Rule], list[_Rule]]:
    """Horizontal and vertical rules of the page: long runs of ink, pieces joined."""
    import numpy as np

    bridged_h = ink | np.roll(ink, 1, axis=1) | np.roll(ink, -1, axis=1)
    bridged_v = ink | np.roll(ink, 1, axis=0) | np.roll(ink, -1, axis=0)
    flat = _join(_runs(bridged_h, RULE_MIN_H))
    upright = _join(_runs(bridged_v.T, RULE_MIN_V))
    height, width = ink.shape
    return ([r for r in flat if not r.thick() and r.end - r.start < STREAK * width],
            [r for r in upright if not r.thick() and r.end - r.start < STREAK * height])


def _join(runs: list[tuple[int, int, int]]) -> list[_Rule]:
    """Runs on neighbouring rows (a rule's thickness, a slight skew) are one rule; pieces of one
    rule broken by faint ink (less than ``RULE_GAP`` apart) are joined."""
    rules: list[_Rule] = []
    cluster: list[tuple[int, int, int]] = []
    for run in sorted(runs):
        if cluster and run[0] - cluster[-1][0] > 3:
            rules += _pieces(cluster)
            cluster = []
        cluster.append(run)
    return rules + (_pieces(cluster) if cluster else [])


def _pieces(cluster: list[tuple[int, int, int]]) -> list[_Rule]:
    """One band of runs into rules along it: overlapping or nearly touching runs merged."""
    out: list[_Rule] = []
    weights: list[int] = []
    for at, start, end in sorted(cluster, key=lambda run: run[1]):
        if out and start <= out[-1].end + RULE_GAP:
            rule = out[-1]
            rule.at = (rule.at * weights[-1] + at) / (weights[-1] + 1)
            weights[-1] += 1
            rule.end = max(rule.end, end)
            rule.ink += end - start
        else:
            out.append(_Rule(float(at), start, end, end - start))
            weights.append(1)
    return out


def _crossing(rule: _Rule, upright: list[_Rule]) -> list[_Rule]:
    """The vertical rules that touch a horizontal rule."""
    return [v for v in upright if rule.start - RULE_JOIN <= v.at <= rule.end + RULE_JOIN
            and v.start - RULE_GAP <= rule.at <= v.end + RULE_GAP]


def _table_row_rules(flat: list[_Rule], upright: list[_Rule]) -> list[list[_Rule]]:
    """Horizontal rules grouped per table: each touched by vertical rules, consecutive ones joined by one."""
    ruled = sorted((h for h in flat if len(_crossing(h, upright)) >= MIN_COLUMNS), key=lambda h: h.at)
    tables: list[list[_Rule]] = []
    for rule in ruled:
        last = tables[-1][-1] if tables else None
        if last is not None and rule.at - last.at < RULE_JOIN:
            continue  # the same rule twice (a thick or doubled line)
        joined = last is not None and any(
            v.start - RULE_GAP <= last.at and v.end + RULE_GAP >= rule.at for v in _crossing(rule, upright)
        )
        if joined:
            tables[-1].append(rule)
        else:
            tables.append([rule])
    return [full for rules in tables if len(full := _full_width(rules)) >= MIN_ROWS]


def _full_width(rules: list[_Rule]) -> list[_Rule]:
    """The rules that cross the table: a rule under a header's sub-columns ("2011 | 2012" under
    "Kinh phí và phân kỳ thực hiện") splits those cells only, not the row."""
    left, right = min(r.start for r in rules), max(r.end for r in rules)
    return [r for r in rules if r.end - r.start >= ROW_RULE_SHARE * (right - left)]


def _columns(top: float, bottom: float, left: int, right: int, upright: list[_Rule]) -> list[float]:
    """x of the vertical rules that run through a row, with the table's edges, left to right."""
    need = RULE_COVER * (bottom - top)
    xs = [float(left), float(right)] + [
        v.at for v in upright
        if left + 2 * RULE_JOIN < v.at < right - 2 * RULE_JOIN and min(v.end, bottom) - max(v.start, top) >= need
    ]
    return _merge_close(sorted(xs))


def _grid_table(
    rules: list[_Rule], upright: list[_Rule], words: list[OcrWord], number: int, scale: float
) -> tuple[Table, list[Line]] | None:
    left, right = min(r.start for r in rules), max(r.end for r in rules)
    edges = sorted({x for a, b in zip(rules, rules[1:], strict=False)
                    for x in _columns(a.at, b.at, left, right, upright)})
    grid = _merge_close(edges)
    if len(grid) < MIN_COLUMNS + 1:
        return None
    cells: list[list[str]] = []
    boxes: list[BBox | None] = []
    for upper, lower in zip(rules, rules[1:], strict=False):
        through = _columns(upper.at, lower.at, left, right, upright)
        cells.append(_row_cells(upper.at, lower.at, through, grid, words))
        boxes.append(BBox(left * scale, upper.at * scale, right * scale, lower.at * scale))
    bbox = BBox(left * scale, rules[0].at * scale, right * scale, rules[-1].at * scale)
    table = make_table(cells, number, bbox, "ocr")
    if table is None:
        return None
    return table, table_lines(table, _kept_boxes(cells, boxes))


def _merge_close(xs: list[float]) -> list[float]:
    out: list[float] = []
    for x in xs:
        if out and x - out[-1] < 2 * RULE_JOIN:
            out[-1] = (out[-1] + x) / 2
            continue
        out.append(x)
    return out


def _row_cells(top: float, bottom: float, through: list[float], grid: list[float], words: list[OcrWord]) -> list[str]:
    """The cells of one row on the table's column grid; a cell spanning columns fills the first."""
    cells = [""] * (len(grid) - 1)
    for a, b in zip(through, through[1:], strict=False):
        column = min(range(len(grid) - 1), key=lambda i: abs(grid[i] - a))
        inside = [w for w in words if a - CELL_PAD <= (w.left + w.right) / 2 <= b + CELL_PAD
                  and top - CELL_PAD <= (w.top + w.bottom) / 2 <= bottom + CELL_PAD]
        cells[column] = _cell_text(inside)
    return cells


def _cell_text(words: list[OcrWord]) -> str:
    """Words of a cell in reading order: lines by their centre, left to right; rule marks dropped."""
    kept = [w for w in words if any(ch.isalnum() for ch in w.text) or w.text in BULLETS]
    lines: list[list[OcrWord]] = []
    for word in sorted(kept, key=lambda w: (w.top + w.bottom) / 2):
        middle = (word.top + word.bottom) / 2
        if lines and middle - _middle(lines[-1]) < 0.5 * (word.bottom - word.top):
            lines[-1].append(word)
        else:
            lines.append([word])
    return " ".join(w.text.strip("|") for line in lines for w in sorted(line, key=lambda w: w.left)).strip()


def _middle(line: list[OcrWord]) -> float:
    return sum((w.top + w.bottom) / 2 for w in line) / len(line)
