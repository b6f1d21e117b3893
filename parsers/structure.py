"""The body's hierarchy (domain.md §1.6): Phần/Chương/Mục/Điều for legal texts, and "I.", "1.", "1.1.",
"a)", "-" for directives, as a tree of ``StructureNode`` with the dotted paths tasks use:
"I.1", "II.2.-1", "III.2.1.a", "III.2.5.đ", "Điều 2.1.a".

``build_structure(doc)`` reads the "body" paragraphs only (never header, signature or footnotes). A label
is taken only at the start of a paragraph and only when it fits the numbering around it: the first of its
kind ("1.", "a)", "I.") opens a child of the deepest open node; any other must follow an open sibling
("3." after "2."), so "2025." or "19/63" at a paragraph start stay text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from parsers.model import BBox, Document, Paragraph, StructureNode

# A line that opens a structural item: "I. ", "2. ", "2.1. ", "a) ", "đ) ", "- ", "Điều 5.", "Chương II".
LABEL_START = re.compile(
    r"""^\s*(?:
        [IVXLC]+\.\s              # Roman section: "III. ĐỐI VỚI ..."
      | \d+(?:\.\d+)*\.\s         # numbered item: "1. ", "2.1. "
      | \d+(?:\.\d+)+\s           # sub-item without its last dot: "2.1 Đối với ..."
      | [a-zđ]\)\s                # lettered item: "a) ", "đ) "
      | [-–+]\s                   # dash bullet: "- Giao Sở Nội vụ ..."
      | [ĐÐ]iều\s+\d+             # article: "Điều 5.", "Ðiều 413." (U+00D0)
      | (?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:[IVXLC\d]+|thứ\s)
      | (?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:[IVXLC]+|\d+)\b|\s*$)   # appendix: "PHỤ LỤC 2", "Phụ lục I"
    )""",
    re.VERBOSE,
)

# "PHỤ LỤC 2 Đề cương Báo cáo ...", "Phụ lục I", "PHỤ LỤC" (an appendix opens its own tree; not "Phụ lục kèm theo")
APPENDIX = re.compile(
    r"""^\s*(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:số\s+)?(?P<label>[IVXLC]+|\d+[a-z]?|[A-Z])\b)?\.?
        (?P<rest>\s*(?:$|[:.(]|[A-ZĐ(]).*)$""",
    re.VERBOSE,
)

# "Phần thứ nhất", "PHẦN I", "Phần 2. QUY ĐỊNH CHUNG"
PART = re.compile(r"""^\s*(?:Phần|PHẦN)\s+(?P<label>thứ\s+\w+|[IVXLC]+|\d+)\b\.?\s*(?P<rest>.*)$""", re.VERBOSE)

# "Chương I", "CHƯƠNG II. NHỮNG QUY ĐỊNH CHUNG"
CHAPTER = re.compile(r"""^\s*(?:Chương|CHƯƠNG)\s+(?P<label>[IVXLC]+|\d+)\b\.?\s*(?P<rest>.*)$""", re.VERBOSE)

# "Mục 2", "MỤC 1. SOẠN THẢO LUẬT"
SECTION = re.compile(r"""^\s*(?:Mục|MỤC)\s+(?P<label>\d+|[IVXLC]+)\b\.?\s*(?P<rest>.*)$""", re.VERBOSE)

# "Điều 5. Hiệu lực thi hành", "Ðiều 413. Phạm vi áp dụng" (U+00D0 for Đ), "Điều 12a."
ARTICLE = re.compile(r"""^\s*[ĐÐ]iều\s+(?P<label>\d+[a-z]?)\s*[.:]\s*(?P<rest>.*)$""", re.VERBOSE)

# "III. ĐỐI VỚI CHỈ SỐ NÂNG CAO HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)"
ROMAN = re.compile(r"""^\s*(?P<label>[IVXLC]+)\.\s+(?P<rest>.*)$""", re.VERBOSE)

# "A. CÁC QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
UPPER = re.compile(r"""^\s*(?P<label>[A-Z])\.\s+(?P<rest>.*)$""", re.VERBOSE)

# "1. Tiếp tục phát huy vai trò ...", "2.1. Đối với nội dung ...", "2.1 Đối với ...", "3) Sở Y tế"
NUMBERED = re.compile(
    r"""^\s*(?P<label>\d{1,3}(?:\.\d{1,3})*)(?:\.|\))\s+(?P<rest>.*)$
      | ^\s*(?P<label2>\d{1,3}(?:\.\d{1,3})+)\s+(?P<rest2>.*)$""",
    re.VERBOSE,
)

# "a) Tổ chức tuyên truyền ...", "đ) Thường xuyên kiểm tra ...", "b. Tuyên truyền ..."
LETTER = re.compile(r"""^\s*(?P<label>[abcdđeghiklmnopqrstuvxy])[).]\s+(?P<rest>.*)$""", re.VERBOSE)

# "- Giao Sở Nội vụ tham mưu ...", "– Thông tin, tuyên truyền ...", "• ..."
DASH = re.compile(r"""^\s*[-–—•]\s*(?P<rest>[^\s\-–—_=*.].*)$""", re.VERBOSE)  # not a rule "-------"

# A quoted block opens: “Điều 28a. Thẩm quyền ...", "Mục 5 (an amending act quoting the text it inserts)
QUOTE_OPEN = re.compile(r"""^\s*[“"„]""", re.VERBOSE)

# ... and closes: "... việc giám hộ.".", "... thông tin”;"
QUOTE_CLOSE = re.compile(r"""[”"][.;,]?\s*(?:\.\s*)?$""", re.VERBOSE)

# "+ Cấp huyện: ..."
PLUS = re.compile(r"""^\s*\+\s*(?P<rest>\S.*)$""", re.VERBOSE)

# A sentence cut before a number: "... quy định tại khoản" / "1. Điều 5 ..." (the "1." is not a label).
CUT_BEFORE_NUMBER = re.compile(r"""(?:khoản|điểm|Điều|điều|số|mục|tại|theo|và|,)\s*$""", re.VERBOSE)

VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
LEGAL_RANK = {"attached": -1, "appendix": -1, "part": 0, "chapter": 1, "section": 2, "article": 3}
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
MAX_GAP = 2  # "4." may follow "2." when "3." was lost at a page break


def starts_with_label(text: str) -> bool:
    """True when ``text`` opens a structural item (used by layout to break paragraphs)."""
    return LABEL_START.match(text) is not None


@dataclass
class _Label:
    style: str  # part|chapter|section|article|roman|upper|num|letter|dash|plus
    label: str  # as printed: "III", "2.1", "đ", "-", "5"
    key: tuple[int, ...]  # position in its sequence: (3,), (2, 1), (5,)
    rest: str  # text after the label


@dataclass
class _Open:
    label: _Label
    node: StructureNode
    paras: list[Paragraph] = field(default_factory=list)
    dashes: int = 0  # dash children counted for their "-n" path
    pluses: int = 0


@dataclass
class _Tree:
    roots: list[StructureNode] = field(default_factory=list)
    stack: list[_Open] = field(default_factory=list)
    root: _Open | None = None  # counts bullets that have no parent
    previous: str = ""
    in_quote: bool = False  # inside a quoted block (amended text quoted by an amending act)
    signed: bool = False  # a signature block was passed: what follows is an attached document


def build_structure(doc: Document) -> list[StructureNode]:
    """The tree of labelled items of the body paragraphs, with paths, headings, text, pages, spans, boxes."""
    tree = _Tree()
    for para in doc.paragraphs:
        if para.kind == "signature" and tree.stack:  # the signature ends the body; an appendix may follow
            _close(tree.stack)
            tree.stack.clear()
        if para.kind == "signature":
            tree.signed = True
        if para.kind == "body" and para.text.strip():
            _step(tree, para)
            tree.previous = para.text
    _close(tree.stack)
    _unique_paths(tree.roots, set())
    return tree.roots


def _unique_paths(nodes: list[StructureNode], seen: set[str]) -> None:
    """A second "Điều 1" (a text attached without its own title) becomes "Điều 1~2", its children follow."""
    for node in nodes:
        if node.path in seen:
            count = 2
            while f"{node.path}~{count}" in seen:
                count += 1
            _rename(node, node.path, f"{node.path}~{count}")
        seen.add(node.path)
        _unique_paths(node.children, seen)


def _rename(node: StructureNode, old: str, new: str) -> None:
    node.path = new + node.path[len(old) :]
    for child in node.children:
        if child.path.startswith(old):
            _rename(child, old, new)


def _step(tree: _Tree, para: Paragraph) -> None:
    """Open a node for a labelled paragraph, else add the paragraph to the deepest open node."""
    stack = tree.stack
    quoted = tree.in_quote or QUOTE_OPEN.match(para.text) is not None
    tree.in_quote = quoted and not QUOTE_CLOSE.search(para.text.rstrip())
    label = None if quoted else _parse_label(para.text, tree.previous) or _attached_title(tree, para.text)
    depth = _placement(stack, label) if label else None
    if label and depth is not None:
        _close(stack[depth:])
        del stack[depth:]
        stack.append(_open(label, para, tree))
    elif stack:
        stack[-1].paras.append(para)


def _attached_title(tree: _Tree, text: str) -> _Label | None:
    """After the signature, "QUY CHẾ" / "QUY ĐỊNH" (an attached document's type line) opens its own tree."""
    if not tree.signed or tree.stack or not _is_caps(text):
        return None
    name = _type_names().get(" ".join(text.split()).upper().rstrip(" :"))
    return _Label("attached", name, (0,), "") if name else None


@cache
def _type_names() -> dict[str, str]:
    """ "QUY CHẾ" -> "Quy chế" from parsers/data/header_doc_types.tsv."""
    rows = (Path(__file__).parent / "data/header_doc_types.tsv").read_text(encoding="utf-8").splitlines()
    names = [row.split("\t")[0] for row in rows if row.strip() and not row.startswith("#")]
    return {name.upper(): name for name in names}


# --------------------------------------------------------------------------- labels


def _parse_label(text: str, previous: str) -> _Label | None:
    appendix = APPENDIX.match(text)
    if appendix:
        label = appendix.group("label") or ""
        return _Label("appendix", label, _legal_key(label) if label else (0,), appendix.group("rest").strip(" .:"))
    for style, pattern in (("part", PART), ("chapter", CHAPTER), ("section", SECTION), ("article", ARTICLE)):
        match = pattern.match(text)
        if match:
            return _Label(style, match.group("label"), _legal_key(match.group("label")), match.group("rest"))
    if CUT_BEFORE_NUMBER.search(previous.rstrip()) and re.match(r"\s*\d", text):
        return None
    return _list_label(text)


def _list_label(text: str) -> _Label | None:
    match = NUMBERED.match(text)
    if match:
        label = match.group("label") or match.group("label2")
        rest = match.group("rest") if match.group("label") else match.group("rest2")
        return _Label("num", label, tuple(int(n) for n in label.split(".")), rest)
    for style, pattern in (("roman", ROMAN), ("upper", UPPER), ("letter", LETTER)):
        match = pattern.match(text)
        if match:
            return _Label(style, match.group("label"), _list_key(style, match.group("label")), match.group("rest"))
    for style, pattern in (("dash", DASH), ("plus", PLUS)):
        match = pattern.match(text)
        if match:
            return _Label(style, "-" if style == "dash" else "+", (0,), match.group("rest"))
    return None


def _list_key(style: str, label: str) -> tuple[int, ...]:
    if style == "roman":
        return (_roman_value(label),)
    if style == "upper":
        return (ord(label) - ord("A") + 1,)
    return (VIETNAMESE_LETTERS.index(label) + 1,)


def _legal_key(label: str) -> tuple[int, ...]:
    digits = re.match(r"\d+", label)
    if digits:
        return (int(digits.group()),)
    value = _roman_value(label.upper())
    return (value,) if value else (0,)


def _roman_value(label: str) -> int:
    if any(c not in ROMAN_VALUES for c in label):
        return 0
    values = [ROMAN_VALUES[c] for c in label]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if _to_roman(total) == label else 0


def _to_roman(value: int) -> str:
    out = ""
    for number, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + letters, value - number
    return out


# --------------------------------------------------------------------------- placement


def _placement(stack: list[_Open], label: _Label) -> int | None:
    """How many open nodes stay open before ``label`` is pushed; None when it is not a label here."""
    if label.style in LEGAL_RANK:
        return _legal_depth(stack, label)
    if label.style in ("dash", "plus"):
        return _bullet_depth(stack, label.style)
    if label.style == "upper" or label.style == "roman":
        return _letter_like_depth(stack, label)
    return _sequence_depth(stack, label)


def _legal_depth(stack: list[_Open], label: _Label) -> int:
    rank = LEGAL_RANK[label.style]
    depth = 0
    for index, entry in enumerate(stack):
        if entry.label.style in LEGAL_RANK and LEGAL_RANK[entry.label.style] < rank:
            depth = index + 1
    return depth


def _bullet_depth(stack: list[_Open], style: str) -> int:
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].label.style == style:
            return index  # a sibling of the deepest open bullet of the same style
    return len(stack)


def _letter_like_depth(stack: list[_Open], label: _Label) -> int | None:
    """ "C." is Roman 100 or the letter after "B.": an open sequence decides, else Roman "I." or letter "A."."""
    for style in ("upper", "roman"):
        alt = _reparse(label, style)
        if alt is not None:
            depth = _sibling_depth(stack, alt)
            if depth is not None:
                label.style, label.key = alt.style, alt.key
                return depth
    for style in ("roman", "upper"):
        alt = _reparse(label, style)
        if alt is not None and (alt.key == (1,) or (style == "roman" and not stack and alt.key[0] <= 20)):
            label.style, label.key = alt.style, alt.key
            return len(stack)  # "I.", "A.", or a Roman section opening a fragment ("III." on a later page)
    return None


def _reparse(label: _Label, style: str) -> _Label | None:
    if style == "upper" and len(label.label) == 1:
        return _Label("upper", label.label, _list_key("upper", label.label), label.rest)
    if style == "roman" and _roman_value(label.label):
        return _Label("roman", label.label, _list_key("roman", label.label), label.rest)
    return None


def _sequence_depth(stack: list[_Open], label: _Label) -> int | None:
    sibling = _sibling_depth(stack, label)
    if sibling is not None:
        return sibling
    if label.style == "num" and len(label.key) > 1:
        return _sub_item_depth(stack, label)
    return len(stack) if label.key == (1,) else None


def _sibling_depth(stack: list[_Open], label: _Label) -> int | None:
    """The depth of the deepest open node of the same sequence that ``label`` follows ("3." after "2.")."""
    for index in range(len(stack) - 1, -1, -1):
        entry = stack[index].label
        if entry.style != label.style or len(entry.key) != len(label.key):
            continue
        if entry.key[:-1] == label.key[:-1] and 0 < label.key[-1] - entry.key[-1] <= MAX_GAP:
            return index
    return None


def _sub_item_depth(stack: list[_Open], label: _Label) -> int | None:
    """ "2.1." opens under the open "2."; without one, the first sub-item opens under the deepest node."""
    for index in range(len(stack) - 1, -1, -1):
        entry = stack[index].label
        if entry.style == "num" and entry.key == label.key[:-1]:
            return index + 1 if label.key[-1] == 1 else None
    return len(stack) if label.key[-1] == 1 else None


# --------------------------------------------------------------------------- nodes


def _open(label: _Label, para: Paragraph, tree: _Tree) -> _Open:
    stack = tree.stack
    parent = stack[-1] if stack else None
    kind = _kind(label, stack)
    path = _path(label, stack, tree)
    node = StructureNode(
        path=path, kind=kind, label=_printed_label(label), heading="", text="",
        page=para.page, start=para.start, end=para.end, bbox=para.bbox,
    )
    (parent.node.children if parent else tree.roots).append(node)
    return _Open(label=label, node=node, paras=[para])


def _kind(label: _Label, stack: list[_Open]) -> str:
    if label.style == "attached":
        return "appendix"
    if label.style in LEGAL_RANK:
        return label.style
    if label.style in ("roman", "dash"):
        return label.style
    if label.style == "plus":
        return "dash"
    if label.style == "upper":
        return "section"
    parent = stack[-1].node.kind if stack else ""
    if label.style == "num":
        if parent in ("article",):
            return "clause"
        return "subitem" if len(label.key) > 1 else "item"
    return "point" if parent == "clause" else "letter"


def _path(label: _Label, stack: list[_Open], tree: _Tree) -> str:
    """ "III.2.1.a", "II.2.-1"; an article is "Điều 5" (inside an appendix "Quy chế.Điều 5")."""
    parent = stack[-1] if stack else None
    if label.style == "article":
        appendix = next((e.node.path for e in stack if e.label.style in ("appendix", "attached")), None)
        return f"{appendix}.Điều {label.label}" if appendix else f"Điều {label.label}"
    component = _component(label, parent or _root(tree))
    if parent is None:
        return component
    if parent.label.style == "attached" and label.style not in LEGAL_RANK:
        return component  # an attached plan's items read "II.1", as printed; its chapters keep "Quy chế."
    return f"{parent.node.path}.{component}"


def _root(tree: _Tree) -> _Open:
    if tree.root is None:
        root = StructureNode(path="", kind="root", label="", heading="", text="", page=1, start=0, end=0)
        tree.root = _Open(label=_Label("root", "", (0,), ""), node=root)
    return tree.root


def _component(label: _Label, parent: _Open) -> str:
    names = {"appendix": "Phụ lục", "part": "Phần", "chapter": "Chương", "section": "Mục"}
    if label.style == "attached":
        return label.label  # an attached document named by its type: "Quy chế"
    if label.style in names:
        return f"{names[label.style]} {label.label}".strip()
    if label.style in ("dash", "plus"):
        count = _count_bullet(parent, label.style)
        return f"{label.label}{count}"
    if label.style == "num" and len(label.key) > 1 and parent.label.key == label.key[:-1]:
        return str(label.key[-1])  # "2.1." under "2." -> "III.2.1"
    return label.label


def _count_bullet(parent: _Open, style: str) -> int:
    if style == "dash":
        parent.dashes += 1
        return parent.dashes
    parent.pluses += 1
    return parent.pluses


def _printed_label(label: _Label) -> str:
    names = {"appendix": "Phụ lục", "part": "Phần", "chapter": "Chương", "section": "Mục", "article": "Điều"}
    if label.style == "attached":
        return label.label
    if label.style in names:
        return f"{names[label.style]} {label.label}".strip()
    return label.label


def _close(entries: list[_Open]) -> None:
    for entry in entries:
        _finish(entry)


def _finish(entry: _Open) -> None:
    """Fill text, heading, end offset and box from the node's own paragraphs."""
    node, paras = entry.node, entry.paras
    pieces = [entry.label.rest.strip()] + [p.text.strip() for p in paras[1:]]
    node.heading = _heading(entry.label, pieces)
    node.text = _node_text(entry.label, pieces, node.heading)
    node.end = paras[-1].end
    node.bbox = _union([p.bbox for p in paras if p.page == node.page])


def _node_text(label: _Label, pieces: list[str], heading: str) -> str:
    """The own text; a title line ("Điều 5. Quyền và nghĩa vụ") stays on its own line."""
    if not heading or not (label.style in LEGAL_RANK or label.style in ("roman", "upper")):
        return _join(pieces)
    used = len(_title_continuation(pieces[1:], pieces[0])) + 1
    body = _join(pieces[used:])
    return f"{heading}\n{body}" if body else heading


def _join(pieces: list[str]) -> str:
    out = ""
    for piece in pieces:
        if not piece:
            continue
        glue = "\n" if out.endswith((".", ";", ":", "!", "?", "./.")) else " "
        out = f"{out}{glue}{piece}" if out else piece
    return out


def _heading(label: _Label, pieces: list[str]) -> str:
    """The title of a heading node: capitals lines, an article title, or a short item ending in ":"."""
    first = pieces[0]
    if label.style in LEGAL_RANK or label.style in ("roman", "upper"):
        lines = [first] if first else []
        lines += _title_continuation(pieces[1:], first)
        return " ".join(lines)
    return _colon_heading(pieces)


def _colon_heading(pieces: list[str]) -> str:
    """ "UBND cấp huyện, cấp xã:" when the node's first sentence ends a paragraph with ":"."""
    head: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if ":" in piece[:-1] or re.search(r"[.!?](?:\s|$)", piece):
            return ""
        head.append(piece)
        if piece.endswith(":"):
            text = " ".join(head)
            return text if len(text) <= 400 else ""
    return ""


def _title_continuation(pieces: list[str], first: str) -> list[str]:
    """Capitals lines after "Chương I" or a wrapped capitals title; a wrapped article title in lower case."""
    out: list[str] = []
    for piece in pieces:
        caps = (_is_caps(piece) or (not first and not out and not piece.endswith("."))) and len(piece) < 200
        wrapped = bool(first) and not first.endswith((".", ":", ";")) and piece[:1].islower() and not out
        if caps and (not first or _is_caps(first) or out):
            out.append(piece)
        elif wrapped and not _is_caps(first):
            out.append(piece)
            break
        else:
            break
    return out


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _union(boxes: list[BBox | None]) -> BBox | None:
    real = [b for b in boxes if b is not None]
    if not real:
        return None
    return BBox(
        min(b.x0 for b in real), min(b.top for b in real), max(b.x1 for b in real), max(b.bottom for b in real)
    )
