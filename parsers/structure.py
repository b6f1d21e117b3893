"""The body's hierarchy (domain.md §1.6): Phần/Chương/Mục/Điều for legal texts, and "A.", "I.", "1.", "1.1.",
"a)", "-" for directives, as a tree of ``StructureNode`` with the dotted paths tasks use:
"I.1", "II.2.-1", "III.2.1.a", "III.2.5.đ", "B.III.1.đ", "Điều 2.1.a".

``build_structure(doc)`` reads the "body" paragraphs only (never header, signature or footnotes). Labels are
read by ``parsers.labels`` (one grammar for layout, structure and tasks), which also gives the readings of a
label OCR garbled ("HI." for "III."). A label is taken only at the start of a paragraph and only when it fits
the numbering around it: a reading that follows an open sibling ("3." after "2.", "III." after "II.") wins;
else the first of its kind ("1.", "a)", "I.", "A.") opens a new sequence, so "2025." or "19/63" at a
paragraph start stay text. Ranks are kept: a part ("A.") holds Roman sections, a section holds numbered
items, and nothing but a dash or a plus is ever the child of a dash.

Dashes outside the body never become items: the addressees after "Kính gửi:", "- Căn cứ ..." lines before
the first item, and the "Nơi nhận:" list (which ends the body even when no signature block was found).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from parsers.labels import ARTICLE, Reading, is_caps, read_label, starts_with_label, to_roman
from parsers.model import BBox, Document, Paragraph, StructureNode
from parsers.text import base_letters

__all__ = ["build_structure", "starts_with_label", "task_path"]

# A quoted block opens: “Điều 28a. Thẩm quyền ...", "Mục 5 (an amending act quoting the text it inserts)
QUOTE_OPEN = re.compile(r"""^\s*[“"„]""", re.VERBOSE)

# ... and closes: "... việc giám hộ.".", "... thông tin”;"
QUOTE_CLOSE = re.compile(r"""[”"][.;,]?\s*(?:\.\s*)?$""", re.VERBOSE)

# A sentence cut before a number: "... quy định tại khoản" / "1. Điều 5 ..." (the "1." is not a label).
CUT_BEFORE_NUMBER = re.compile(r"""(?:khoản|điểm|Điều|điều|số|mục|tại|theo|và|,)\s*$""", re.VERBOSE)

# The distribution list ends the body: "Nơi nhận:", "nhận:" or "Nơi" alone (OCR lost a word), its first and
# last entries ("- Như trên;", "- Như Điều 3;", "- Lưu: VT, NC."), and a markdown signature row glued to the
# last article: "... thi hành Quyết định này./. | Nơi nhận: - Bộ Công an; ... | CHỦ TỊCH ... |", or a Word table
# cell read after the last sentence: "... để đợt tập huấn đạt hiệu quả./. Nơi nhận:" (a .doc plan).
BODY_END = re.compile(
    r"""(?:^|\||\./\.)\s*(?:N[ơo]i\s+)?nh[ậa]n\s*:
      | ^\s*N[ơo]i\s*(?:nh[ậa]n)?\s*:?\s*$
      | ^\s*[-–—+]\s*(?:Như\s+(?:trên|Điều\s+\d+|kính\s+gửi)|Lưu\s*:?\s*VT)\b""",
    re.VERBOSE,
)

# A dash that opens a paragraph: "- Lãnh đạo các bộ, ngành và địa phương ..."
DASH_START = re.compile(r"""^\s*[-–—]\s""", re.VERBOSE)

# The last entry of a distribution list: "- Lưu: VT, KGVX (2b)."
LAST_DISTRIBUTION = re.compile(r"""^\s*[-–—+]\s*Lưu\b""", re.VERBOSE)

# The last sentence of a text: "... chịu trách nhiệm thi hành Quyết định này./."
TEXT_END = re.compile(r"""\./\.\s*$""", re.VERBOSE)

# An addressee list follows: "Kính gửi:", "- Kính gửi:", "Đồng kính gửi:", "ửi: - Các đồng chí ..." (OCR lost
# "Kính g"), "THỦ TƯỚNG CHÍNH PHỦ điện:" (a công điện)
ADDRESSEES = re.compile(r"""^\W*(?:Đồng\s+)?[Kk][íi]nh\s+g[ửu]i\b|^\W*g?ửi\s*:|\bđiện\s*:\s*$""", re.VERBOSE)

# A preamble line set as a dash before the first item: "- Căn cứ Luật Tổ chức chính quyền địa phương ...",
# "- Xét đề nghị của Giám đốc Sở Nội vụ ..."
PREAMBLE = re.compile(r"""^(?:Căn\s+cứ|Xét\s+(?:đề\s+nghị|tờ\s+trình))""", re.VERBOSE | re.IGNORECASE)

# A paragraph that leads in to points: "... xử lý triệt để ổ dịch”:", "... như sau:"
LEAD_IN_END = re.compile(r""":[”"»)]?\s*$""", re.VERBOSE)

# An unlabelled paragraph that assigns work to a body of its own: after the last dash of a list it is a paragraph of
# the body, not that dash's continuation: "Giao Thanh tra huyện tham mưu UBND huyện có văn bản trả lời cho bà Hương
# ..." after "1. Giao phòng Tài nguyên và Môi trường chủ trì ... các nội dung sau: - ...; - ..." (457/TB-UBND).
NEW_ASSIGNMENT = re.compile(r"""^\s*(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s+(?:cho\s+)?(?:[A-ZĐ]|các\s|phòng\s)""", re.VERBOSE)

# The issuer's own request after the last item, to the addressees: a paragraph of the body, not the item's
# continuation: "Bộ GDĐT yêu cầu các Sở GDĐT chỉ đạo các cơ sở giáo dục trung học thực hiện ..." after "2. Không
# kiểm tra, đánh giá ..." (1113/BGDĐT-GDTrH); a capitalised subject of a few words, then the request and a body.
ISSUER_REQUEST = re.compile(
    r"""^\s*[A-ZĐ][^\s,.;:]*(?:\s+[^\s,.;:]+){0,7}?\s+(?:yêu\s+cầu|đề\s+nghị)\s+(?:các\s+|những\s+)?[A-ZĐÂĂÊÔƠƯ]""",
    re.VERBOSE,
)

# A named rank above Roman sections, "Phần II" of "Phần II.VI.1" (1914/KH-UBND Hải Dương: "PHẦN II. KẾ HOẠCH
# CHUYỂN ĐỔI SỐ NĂM 2023" then "VI. TỔ CHỨC THỰC HIỆN"): a title, not numbering, as an article drops its chapter.
RANK_OVER_ROMAN = re.compile(r"""(?:^|(?<=\.))(?:Phần|Chương|Mục)\s[^.]+\.(?=[IVX]+(?:\.|$))""", re.VERBOSE)

LEGAL_RANK = {"attached": -1, "appendix": -1, "part": 0, "chapter": 1, "section": 2, "article": 3}
PART_STYLES = frozenset({*LEGAL_RANK, "upper"})  # what a Roman section may sit under
BULLETS = frozenset({"dash", "plus", "arrow", "square"})  # "arrow" ("➢") and "square" ("▪") are written "-N"
MAX_GAP = 3  # "4." may follow "2." when "3." was lost at a page break; "5." after "2." as printed
LOOK_AHEAD = 12  # paragraphs looked at for the next label ("1.1." or "2." after "I." read for "1.")
ADDRESSEE_NOISE = 30  # in the addressee list, a short line that is no dash ("374 lạ :", "và") is OCR noise


_Label = Reading


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
    signed: bool = False  # a signature block or "Nơi nhận" was passed: what follows is an attached document
    ended: bool = False  # the last sentence ("./.") was read: a type line next opens an attached document
    addressees: int = 0  # inside the "Kính gửi:" list: 1 just after its first line, then 2
    ahead: list[Paragraph] = field(default_factory=list)  # the next few paragraphs
    outside: bool = False  # a paragraph left the list ("Giao X ..." after its last dash): until the next label


def build_structure(doc: Document) -> list[StructureNode]:
    """The tree of labelled items of the body paragraphs, with paths, headings, text, pages, spans, boxes."""
    tree = _Tree()
    for index, para in enumerate(doc.paragraphs):
        tree.ahead = doc.paragraphs[index + 1 : index + 1 + LOOK_AHEAD]
        if para.kind == "signature":
            _end_body(tree)
        if para.kind == "header" and ADDRESSEES.search(para.text):
            tree.addressees = 1  # the header read "Kính gửi"; its dashes may go on in the body
        if para.kind == "body" and para.text.strip():
            _step(tree, para)
            tree.previous = para.text
    _close(tree.stack)
    _unique_paths(tree.roots, set())
    return tree.roots


def _end_body(tree: _Tree) -> None:
    """The signature or the distribution list ends the body; an appendix or an attached plan may follow."""
    _close(tree.stack)
    tree.stack.clear()
    tree.signed = True


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
    stack, text = tree.stack, para.text
    quoted = tree.in_quote or QUOTE_OPEN.match(text) is not None
    tree.in_quote = quoted and not QUOTE_CLOSE.search(text.rstrip())
    end = None if quoted or _in_appendix(tree) else BODY_END.search(text)  # a form's own "Nơi nhận:" stays
    if end and end.start() == 0:
        if LAST_DISTRIBUTION.match(text):
            _drop_distribution(stack)
        _end_body(tree)  # "Nơi nhận:" on its own
        return
    readings = [] if quoted else _readings(tree, text) or _lost_dash(tree, text)
    if readings:
        _repeated_number(tree, readings[0])
    choice = _choose(stack, readings) if readings else None
    if choice is None and not quoted:
        choice = _attached_title(tree, text)
    if choice is not None:
        label, depth = choice
        _close(stack[depth:])
        del stack[depth:]
        stack.append(_open(label, para, tree))
        tree.ended = tree.ended and label.style != "attached"
        tree.outside = False
    elif _leaves_the_list(tree, text, quoted) or (tree.outside and not quoted):
        tree.outside = True  # a paragraph of the body; the items stay open, so "2." after it is still "II.2"
    elif stack:
        stack[-1].paras.append(para)
    tree.ended = tree.ended or (not quoted and TEXT_END.search(text) is not None)
    if end:
        _end_body(tree)  # a signature row glued to the last article


def _leaves_the_list(tree: _Tree, text: str, quoted: bool) -> bool:
    """An unlabelled paragraph after the last dash of a list that assigns work of its own ("Giao Thanh tra huyện
    ..."): no bullet follows it before the next label; after the last item of the body, the issuer's own request
    ("Bộ GDĐT yêu cầu các Sở GDĐT chỉ đạo ...")."""
    if quoted or not tree.stack:
        return False
    following = next((read_label(p.text) for p in tree.ahead if p.kind == "body" and read_label(p.text)), [])
    if tree.stack[-1].label.style not in BULLETS:
        return not following and ISSUER_REQUEST.match(text) is not None  # the last item's list is over
    if not NEW_ASSIGNMENT.match(text):
        return False
    return not following or following[0].style not in BULLETS


def _readings(tree: _Tree, text: str) -> list[_Label]:
    """The label readings of a paragraph, without those that are no item here (addressees, preamble, the
    distribution list after the body)."""
    if not tree.stack and not tree.signed and ADDRESSEES.search(text):
        tree.addressees = 1
        return []
    readings = read_label(text)
    if tree.addressees:
        if _addressee(text, readings, tree.addressees == 1):
            tree.addressees = 2
            return []
        tree.addressees = 0
    if readings and readings[0].style in BULLETS and not tree.stack:
        if tree.signed or PREAMBLE.match(readings[0].rest):
            return []  # "- Như trên;" after the body, "- Căn cứ ..." before it
    if readings and readings[0].rest.lstrip().startswith("|"):
        return []  # a table row read as text, its number cell first: "I | Trưởng đoàn: Trưởng Ban | ..." (a scan)
    cut = CUT_BEFORE_NUMBER.search(tree.previous.rstrip()) and not ARTICLE.match(tree.previous)
    if cut and re.match(r"\s*\d", text):
        return []  # "... tại khoản" / "1. Điều 5 ...", but not after "Điều 5. Mở tài khoản"
    return _roman_one(tree, readings)


def _roman_one(tree: _Tree, readings: list[_Label]) -> list[_Label]:
    """ "I. Lĩnh vực nông — lâm nghiệp" is "1." (read first) when the next label is its sub-item "1.1."; so is
    "I. Đánh giá cao công tác chuẩn bị ..." (a sentence, not a capitals heading) when the next label is its
    sibling "2." (Thông báo 79/TB-VPCP, a scan), or when a Roman section is open and no capitals heading
    follows ("I. Kiểm tra công tác chỉ đạo ..." under "II. NỘI DUNG KIỂM TRA", a scan's "1.") and the next
    item is "2."; else it stays a Roman "I."."""
    one = next((r for r in readings if r.garbled and r.style == "num" and r.key == (1,)), None)
    if one is None or readings[0].style != "roman":
        return readings
    following = next((read_label(p.text) for p in tree.ahead if p.kind == "body" and read_label(p.text)), [])
    nxt = following[0] if following else None
    sub_item = nxt is not None and nxt.style == "num" and nxt.key[:1] == (1,) and len(nxt.key) == 2
    if sub_item or (not is_caps(one.rest) and _second_item_follows(tree, nxt)):
        return [one] + [r for r in readings if r is not one]  # "I. Mục đích" ... "2, Yêu cầu": "1."
    return [r for r in readings if r is not one]


def _second_item_follows(tree: _Tree, nxt: _Label | None) -> bool:
    """The next label is "2.", or, inside an open Roman section, the next numbered item is (dashes between)."""
    if nxt is not None and nxt.style == "num" and nxt.key == (2,):
        return True
    if not any(entry.label.style == "roman" for entry in tree.stack):
        return False
    items = (read_label(p.text)[:1] for p in tree.ahead if p.kind == "body")
    item = next((r[0] for r in items if r and r[0].style in ("num", "roman")), None)
    return item is not None and item.style == "num" and item.key == (2,)


def _lost_dash(tree: _Tree, text: str) -> list[_Label]:
    """A clause between two dashes of a list, its dash lost by OCR: "- Bộ Nội vụ làm đầu mối chủ trì ...;" then
    "Văn phòng Chính phủ chuẩn bị các điều kiện cần thiết ...;" then "- Lãnh đạo các bộ, ngành ..." (a scan)."""
    line = text.strip()
    if not (tree.stack and tree.stack[-1].label.style == "dash" and tree.previous.rstrip().endswith(";")):
        return []
    following = next((p.text for p in tree.ahead if p.kind == "body" and p.text.strip()), "")
    if not (line[:1].isupper() and line.endswith(";") and DASH_START.match(following)):
        return []
    return [_Label("dash", "-", (), line, True)]


def _repeated_number(tree: _Tree, label: _Label) -> None:
    """ "1." then "3." then "3." again: the first "3." was a "2." misread (a scan), renamed so the second follows it
    ("3. Đôi với các đoàn kiểm tra do Bộ trưởng Bộ Nội vụ ..." after "1. Đối với Đoàn kiểm tra do Phó Thủ tướng")."""
    if label.style != "num" or label.garbled or label.key[-1] < 3:
        return
    for index in range(len(tree.stack) - 1, -1, -1):
        entry = tree.stack[index]
        if entry.label.style != "num" or len(entry.label.key) != len(label.key):
            continue
        siblings = tree.stack[index - 1].node.children if index else tree.roots
        skipped = label.key[:-1] + (label.key[-1] - 2,)
        if entry.label.key != label.key or len(siblings) < 2 or siblings[-2].label != ".".join(map(str, skipped)):
            return
        key = label.key[:-1] + (label.key[-1] - 1,)
        name = ".".join(map(str, key))
        printed = entry.node.label if entry.node.path.endswith(entry.node.label) else str(label.key[-1])
        new = name if printed == entry.node.label else str(key[-1])
        _rename(entry.node, entry.node.path, entry.node.path[: len(entry.node.path) - len(printed)] + new)
        entry.label = _Label("num", name, key, entry.label.rest, True)
        entry.node.label = name
        return


def _addressee(text: str, readings: list[_Label], first: bool) -> bool:
    """An addressee ("- Sở Nội vụ;"), OCR noise, an addressee's wrapped line ("ủy trực thuộc; ban cán sự đảng;"),
    or, right after "Kính gửi:", a group of them ("Thủ trưởng các phòng, ban, đơn vị, đoàn thể:")."""
    if readings:
        return readings[0].style in BULLETS
    line = text.strip()
    return len(line) < ADDRESSEE_NOISE or line[:1].islower() or line.endswith(";") or (first and line.endswith(":"))


def _drop_distribution(stack: list[_Open]) -> None:
    """ "- Lưu: VT" after dashes glued under the last item (a scan whose "Nơi nhận" was lost): when every child
    of that item is a dash, they are the distribution list, not its points."""
    items = [entry for entry in stack if entry.label.style not in BULLETS]
    if items and items[-1].node.children and all(c.kind == "dash" for c in items[-1].node.children):
        del stack[stack.index(items[-1]) + 1 :]
        items[-1].node.children.clear()


def _in_appendix(tree: _Tree) -> bool:
    return any(entry.label.style in ("appendix", "attached") for entry in tree.stack)


def _attached_title(tree: _Tree, text: str) -> tuple[_Label, int] | None:
    """After the signature or the last sentence ("./."), "QUY CHẾ" / "KẾ HOẠCH" (an attached document's type
    line) opens its own tree."""
    if not ((tree.signed and not tree.stack) or (tree.ended and not _in_appendix(tree))) or not is_caps(text):
        return None  # a form's "BÁO CÁO" after its "./." inside an appendix stays in it
    name = _type_names().get(base_letters(" ".join(text.split())).rstrip(" :"))
    return (_Label("attached", name, (0,), ""), 0) if name else None


@cache
def _type_names() -> dict[str, str]:
    """ "quy che" -> "Quy chế" from parsers/data/header_doc_types.tsv, keyed on letters without marks so that
    a scan's "KÉ HOẠCH" (for "KẾ HOẠCH") is the type line of the plan a decision issues."""
    rows = (Path(__file__).parent / "data/header_doc_types.tsv").read_text(encoding="utf-8").splitlines()
    names = [row.split("\t")[0] for row in rows if row.strip() and not row.startswith("#")]
    return {base_letters(name): name for name in reversed(names)}


# --------------------------------------------------------------------------- placement


def _choose(stack: list[_Open], readings: list[_Label]) -> tuple[_Label, int] | None:
    """The reading that fits the numbering and how many open nodes stay open before it is pushed: a reading
    that follows an open sibling first ("HI." read as "III." after "II."), else one that opens a sequence."""
    labels = [label for label in (_resolve(r, stack) for r in readings) if label is not None]
    for label in sorted(labels, key=_numbered_caps):
        if label.style not in LEGAL_RANK and label.style not in BULLETS:
            depth = _sibling_depth(stack, label)
            if depth is not None:
                return label, depth
    for label in labels:
        depth = _opening_depth(stack, label)
        if depth is not None:
            return label, depth
    return None


def _numbered_caps(label: _Label) -> bool:
    """A number read through look-alikes before a capitals heading ("II. TÓ CHỨC THỰC HIỆN" as "11." after "9.")
    follows an open item only when no Roman section after the open one fits: headings in capitals are sections."""
    return label.garbled and label.style == "num" and is_caps(label.rest)


def _resolve(label: _Label, stack: list[_Open]) -> _Label | None:
    """ ".1." (its head lost) takes the number of the open item: "2.1" under "2.", "2.2" after "2.1"; a Roman
    label misread or unread before a capitals heading ("II." again, "1Ï.") is the section after the open one."""
    if label.style == "roman" and label.key[0] == 0:
        roman = next((e.label for e in reversed(stack) if e.label.style == "roman"), None)
        if roman is None or 0 < label.key[1] < roman.key[0]:
            return None  # "I. LĨNH VỰC ..." under "II." is no section after it
        return _Label("roman", to_roman(roman.key[0] + 1), (roman.key[0] + 1,), label.rest, True)
    if label.style != "num":
        return label
    if label.key[0] != 0:
        return _misread_head(label, stack) or label
    for entry in reversed(stack):
        key = entry.label.key
        if entry.label.style == "num" and len(key) in (len(label.key) - 1, len(label.key)):
            head = key if len(key) == len(label.key) - 1 else key[:-1]
            full = head + label.key[len(head) :]
            return _Label("num", ".".join(map(str, full)), full, label.rest, garbled=True)
    return None


def _misread_head(label: _Label, stack: list[_Open]) -> _Label | None:
    """ "3.3." right after "5.2." (no "3." open) is "5.3." whose head OCR misread ("Š.", "$.", "3." for "5."): the
    sub-item that follows the open one, under its item (753/KH-ĐCT: "5.1.", "$.2.", "3.3. Các khoa tham gia khảo
    sát")."""
    if len(label.key) < 2 or any(e.label.style == "num" and e.label.key == label.key[:-1] for e in stack):
        return None
    for entry in reversed(stack):
        key = entry.label.key
        if entry.label.style == "num" and len(key) == len(label.key):
            if key[:-1] != label.key[:-1] and label.key[-1] == key[-1] + 1:
                full = key[:-1] + label.key[-1:]
                return _Label("num", ".".join(map(str, full)), full, label.rest, garbled=True)
            return None
    return None


def _opening_depth(stack: list[_Open], label: _Label) -> int | None:
    """Where the first of a sequence opens; None when ``label`` cannot open one here."""
    if label.style in LEGAL_RANK:
        return _legal_depth(stack, label)
    if label.style in BULLETS:
        return _bullet_depth(stack, label.style)
    if label.style == "roman":
        return _roman_depth(stack, label)
    if label.style == "upper":
        return _part_depth(stack, label)
    if label.style == "num" and len(label.key) > 1:
        return _sub_item_depth(stack, label)
    return _first_item_depth(stack, label)


def _legal_depth(stack: list[_Open], label: _Label) -> int:
    rank = LEGAL_RANK[label.style]
    depth = 0
    for index, entry in enumerate(stack):
        if entry.label.style in LEGAL_RANK and LEGAL_RANK[entry.label.style] < rank:
            depth = index + 1
    return depth


def _bullet_depth(stack: list[_Open], style: str) -> int:
    """A sibling of the deepest open bullet of the same style, unless an item opened under that bullet
    ("a)" under a dash that leads in): then a child of the item."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].label.style == style:
            return index
        if stack[index].label.style not in BULLETS:
            break
    return len(stack)


def _under(stack: list[_Open], parents: frozenset[str] | dict[str, int]) -> int:
    """The depth just below the deepest open node whose style is in ``parents`` (0 when none is open)."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].label.style in parents:
            return index + 1
    return 0


def _restarts(stack: list[_Open], depth: int, style: str) -> bool:
    """True when opening at ``depth`` would start again a sequence of ``style`` open there ("I." under "II.")."""
    return depth < len(stack) and stack[depth].label.style == style


def _roman_depth(stack: list[_Open], label: _Label) -> int | None:
    """ "I." opens under a part ("A.", "Phần", an appendix) or at the root; a later section ("III." on a later
    page) opens a fragment when no Roman section is open; a Roman section never sits under an item."""
    depth = _under(stack, PART_STYLES)
    if label.garbled and label.key != (1,):
        return None
    if _restarts(stack, depth, "roman"):  # a form's own "I. SƠ LƯỢC ..." inside an item
        return _list_depth(stack) if label.key == (1,) and not label.garbled else None
    if label.key == (1,) or (not any(e.label.style == "roman" for e in stack) and label.key[0] <= 20):
        return depth
    return None


def _part_depth(stack: list[_Open], label: _Label) -> int | None:
    """ "A." opens a part under a legal rank or at the root; "B." too when "A." was lost (read as a header line)
    and no part is open, before a capitals heading: "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN"."""
    depth = _under(stack, LEGAL_RANK)
    if label.garbled or _restarts(stack, depth, "upper"):
        return None
    lost_first = label.key[0] <= 1 + MAX_GAP and is_caps(label.rest) and not any(e.label.style == "upper" for e in stack)
    return depth if label.key == (1,) or lost_first else None


def _list_depth(stack: list[_Open]) -> int:
    """Below the deepest open node that is no dash or plus: items are never children of a dash."""
    depth = len(stack)
    while depth and stack[depth - 1].label.style in BULLETS:
        depth -= 1
    return depth


def _first_item_depth(stack: list[_Open], label: _Label) -> int | None:
    """ "1." / "a)" opens under the deepest item; "2." / "b)" too when the first was lost (OCR, a page break)
    and no item of its kind is open: a printed label before a capital, "2. Bộ Công an". "a)" after a dash
    that leads in ("- Thực hiện theo kế hoạch ứng phó ... xử lý triệt để ổ dịch”:") opens under the dash."""
    depth = len(stack) if label.style == "letter" and _dash_lead_in(stack) else _list_depth(stack)
    if label.key == (1,):
        return depth
    lost_first = label.key[0] <= 1 + MAX_GAP and not label.garbled and label.rest[:1].isupper()
    if not lost_first or any(e.label.style == label.style for e in stack[:depth]):
        return None
    while label.style == "num" and depth and stack[depth - 1].label.style == "letter":
        depth -= 1  # "3. Chi hỗ trợ địa phương:" after "b)" of a lost "2.": a clause, not inside the point
    return depth


def _dash_lead_in(stack: list[_Open]) -> bool:
    """The deepest open node is a dash whose text ends with a colon: its lettered points follow."""
    return bool(stack) and stack[-1].label.style == "dash" and LEAD_IN_END.search(stack[-1].paras[-1].text) is not None


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
    """ "2.1." opens under the open "2." ("2.2." too when "2.1." was lost); without one, the first sub-item
    opens under the deepest item."""
    for index in range(len(stack) - 1, -1, -1):
        entry = stack[index].label
        if entry.style == "num" and entry.key == label.key[:-1]:
            return index + 1 if label.key[-1] <= 1 + MAX_GAP else None
    return _list_depth(stack) if label.key[-1] == 1 else None


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
    if label.style in BULLETS:
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
    if parent.label.style == "article" and label.style == "roman":
        return component  # a plan printed inside "Điều 1. Phê duyệt Đề án ... sau đây:" keeps its own "V.1.a"
    return f"{parent.node.path}.{component}"


def task_path(path: str) -> str:
    """The path a task prints: a rank over Roman sections left out ("Phần II.VI.1" -> "VI.1"), as an article's path
    leaves out its chapter; a rank whose items are numbered under it keeps its name ("Phụ lục 2.1")."""
    return RANK_OVER_ROMAN.sub("", path)


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
    if label.style in BULLETS:
        count = _count_bullet(parent, label.style)
        return f"{label.label}{count}"
    if label.style == "num" and len(label.key) > 1 and parent.label.key == label.key[:-1]:
        return str(label.key[-1])  # "2.1." under "2." -> "III.2.1"
    return label.label


def _count_bullet(parent: _Open, style: str) -> int:
    if style != "plus":
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
        caps = (is_caps(piece) or (not first and not out and not piece.endswith("."))) and len(piece) < 200
        wrapped = bool(first) and not first.endswith((".", ":", ";")) and piece[:1].islower() and not out
        if caps and (not first or is_caps(first) or out):
            out.append(piece)
        elif wrapped and not is_caps(first):
            out.append(piece)
            break
        else:
            break
    return out


def _union(boxes: list[BBox | None]) -> BBox | None:
    real = [b for b in boxes if b is not None]
    if not real:
        return None
    return BBox(
        min(b.x0 for b in real), min(b.top for b in real), max(b.x1 for b in real), max(b.bottom for b in real)
    )
