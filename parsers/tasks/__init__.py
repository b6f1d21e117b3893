"""Tasks: who must do what, by when (domain.md §5).

``extract_tasks`` walks the structure tree. A leaf item that asks someone to act is a task; a
heading whose children are items is not (its children are), except a single dash under it, which
is the heading's own text ("3. Các cơ quan thông tin, truyền thông của tỉnh: - Thông tin ...").
Lead bodies come from the item itself, else the nearest heading that names bodies, else the
opening sentence or the "Kính gửi" list. Sections about purpose, requirements or background
("I. MỤC ĐÍCH, YÊU CẦU") hold no tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.model import Citation, Document, StructureNode, Task
from parsers.tasks.bodies import display, lookup
from parsers.tasks.deadlines import find_deadline
from parsers.tasks.responsibility import (
    ADDRESS,
    LABEL,
    heading_bodies,
    item_roles,
    opening_bodies,
    reported_request,
    reports_result,
)
from parsers.tasks.subjects import read_subject
from parsers.tasks.tables import with_table_tasks
from parsers.tasks.words import fold, squash, verb_re, words

__all__ = ["extract_tasks"]

# A section that states purpose, background or rules rather than tasks: "I. MỤC ĐÍCH, YÊU CẦU"; in a
# conclusion notice the assessment of past work: "2. Các tồn tại, hạn chế", "Ưu điểm", "Nguyên nhân".
NON_TASK_HEADING = re.compile(
    r"""^(?:mục\s+đích|yêu\s+cầu|mục\s+tiêu|quan\s+điểm|kết\s+quả|tình\s+hình|đánh\s+giá|căn\s+cứ
        |phạm\s+vi|đối\s+tượng(?:\s+áp\s+dụng)?|giải\s+thích|thực\s+trạng|sự\s+cần\s+thiết|nguyên\s+tắc
        |hiệu\s+lực|điều\s+khoản\s+thi\s+hành|kinh\s+phí|thời\s+gian\s+thực\s+hiện|tiến\s+độ\s+thực\s+hiện
        |trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện
        |nội\s+dung[^:.]{0,40}?(?:kiểm\s+tra|thanh\s+tra|giám\s+sát)
        |(?:(?:các|những|một\s+số)\s+)?(?:tồn\s+tại|hạn\s+chế|ưu\s+điểm|khuyết\s+điểm|nguyên\s+nhân
            |mặt\s+(?:đã\s+)?làm\s+được|bài\s+học\s+kinh\s+nghiệm))(?=[\s,:.;]|$)""",
    re.VERBOSE,
)
# A closing sentence of the directive glued to the last item: "Ủy ban nhân dân tỉnh yêu cầu các cơ
# quan, đơn vị, địa phương nghiêm túc triển khai thực hiện các nội dung nêu trên./.", "Sở Nội vụ đề
# nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện./.".
CLOSING = re.compile(
    r"""\s*(?:
        [^.;:]{0,80}?(?<!\w)(?:yêu\s+cầu|đề\s+nghị(?!\s+của)|thông\s+báo\s+để|trân\s+trọng)(?!\w)[^;]{0,250}?\./\.
      | [^.;:]{0,80}?(?<!\w)(?:yêu\s+cầu|đề\s+nghị)(?!\w)[^.]{0,250}?
        (?:chỉ\s+thị|công\s+văn|kế\s+hoạch|quyết\s+định|thông\s+báo|văn\s+bản)\s+này(?!\w).*
      | trên\s+đây\s+là.*
      | trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện.*?(?:khó\s+khăn|vướng\s+mắc).*
    )\s*$""",
    re.VERBOSE | re.DOTALL,
)
# A lead-in whose dashes are points to note, not tasks: "trong khi xem xét cần lưu ý:".
NOTES_INTRO = re.compile(r"(?:lưu\s+ý|chú\s+ý|bao\s+gồm|gồm\s+có|gồm|như\s+sau\s+đây)\s*:\s*$")
# Adverbs that may come before the action that opens a task: "Định kỳ hằng năm gửi báo cáo ...".
ADVERBS = re.compile(
    r"^(?:(?:định\s+kỳ|hằng\s+năm|hàng\s+năm|hằng\s+quý|hàng\s+quý|hằng\s+tháng|hàng\s+tháng|kịp\s+thời"
    r"|khẩn\s+trương|nghiêm\s+túc|tích\s+cực|sớm|ngay)[\s,]+)+"
)
# A topic an item opens with before its action: "Về huy động nguồn lực ...: Tăng cường ...", "Đối với kế hoạch
# đầu tư nguồn ngân sách nhà nước: Thực hiện theo điểm b"; read up to TOPIC_LENGTH characters.
TOPIC = re.compile(r"^(?:[Vv]ề|[ĐđÐ]ối\s+với)\s+")
TOPIC_LENGTH = 250
# The last line of a "Nơi nhận" list: "Lưu: VT, KGVX (2b)".
DISTRIBUTION_END = re.compile(r"\s*lưu\s*:")
# The items of a plan's section that name its bodies: "Cơ quan chủ trì", "Cơ quan phối hợp".
ASSIGN_LEAD = re.compile(
    r"(?:(?:cơ\s+quan|đơn\s+vị)\s+)?chủ\s+trì(?:\s+thực\s+hiện)?(?:\s*(?:,|và)\s*phối\s+hợp)?\s*[.:]?\s*$"
)
ASSIGN_COORD = re.compile(r"(?:(?:cơ\s+quan|đơn\s+vị)\s+)?phối\s+hợp(?:\s+thực\s+hiện)?\s*[.:]?\s*$")
# "If difficulties, report": "Quá trình thực hiện nếu có khó khăn, vướng mắc ... báo cáo về UBND tỉnh".
DIFFICULTIES = re.compile(
    r"(?:trong\s+)?quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai)[^.]{0,60}?"
    r"(?:nếu\s+có|khó\s+khăn|vướng\s+mắc|phát\s+sinh)"
)
# A normative number carries its year: "44/2025/QĐ-TTg", "66.15/2026/NQ-CP"; "986/QĐ-UBND" does not.
DATED_NUMBER = re.compile(r"/(?:19|20)\d\d/")
# Where the "Nơi nhận" list starts: "Nơi nhận:", "nhận:" or "Wơi nhận:" (OCR), or its first dash "- Như trên;".
DISTRIBUTION_START = re.compile(
    r"^[ \t|]*(?:(?:\w?ơi\s+)?nhận\s*:|[-–+•]\s*như\s+(?:trên|điều\s+\d+)\s*[;:,.])", re.MULTILINE
)
# Its last line: "- Lưu: VT, KGVX (2b).", "- Lưu VT, H/sơ." (with the line after it when the entry runs on).
DISTRIBUTION_LAST = re.compile(
    r"^[ \t|]*[-–+•]?\s*lưu\s*(?::|\s+vt|\s+văn\s+thư)[^\n]*(?:\n[^\n]{0,40}\n?)?", re.MULTILINE
)
# Kinds that open a section: one of them under a numbered item means the hierarchy was misread.
SECTION_KINDS = {"part", "chapter", "section", "roman"}
# Structure kinds of legal text: an article there is a task only when it names who must act.
LEGAL_KINDS = {"article", "clause", "point", "chapter", "part", "section"}


@dataclass
class _Context:
    """What every task of one document shares."""

    doc: Document
    citations: list[Citation]
    province: str | None
    year: int | None
    fallback: list[str]
    tasks: list[Task] = field(default_factory=list)


def extract_tasks(doc: Document, citations: list[Citation]) -> list[Task]:
    """The tasks a directive assigns, in document order, each with its bodies, deadline and cites;
    the rows of task tables (``parsers/tasks/tables.py``) among them.

    Laws, codes, decrees, circulars, consolidated texts and precedents assign none (``yields_tasks``);
    nothing inside the "Nơi nhận" list is a task."""
    if not yields_tasks(doc.header.type, doc.header.number):
        return []
    return with_table_tasks(doc, citations, _tree_tasks(doc, citations))


def _tree_tasks(doc: Document, citations: list[Citation]) -> list[Task]:
    """The items of the structure tree and the unnumbered body paragraphs (``¶N``) that assign work."""
    ctx = _Context(doc, citations, doc.header.province, _year(doc.header.date), _fallback(doc))
    for node in doc.structure:
        _walk(node, [], ctx)
    blocks = distribution_blocks(doc.text)
    ctx.tasks += _paragraph_tasks(ctx, blocks)
    ctx.tasks.sort(key=lambda task: task.span[0])
    tasks = [task for task in ctx.tasks if not any(start <= task.span[0] < end for start, end in blocks)]
    if any(task.responsible for task in tasks):  # duties nobody is named for are not assigned yet
        return [task for task in tasks if task.responsible]
    return tasks


def yields_tasks(kind: str | None, number: str | None) -> bool:
    """Whether a document of this type assigns tasks: a directive, công văn, công điện, thông báo,
    kế hoạch, hướng dẫn, chương trình or individual decision does; a statute ("Luật", "Nghị định",
    "Thông tư", "Văn bản hợp nhất", "Án lệ" ...) or a normative decision "44/2025/QĐ-TTg" does not."""
    folded = fold(kind or "").strip()
    if folded in {fold(word) for word in words("statute")}:
        return False
    dated = folded in {fold(word) for word in words("dated")}
    return not (dated and number and DATED_NUMBER.search(number))


def distribution_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the "Nơi nhận" lists: from "Nơi nhận:" (or "- Như trên;") to the "Lưu:" line."""
    folded = fold(text)
    blocks: list[tuple[int, int]] = []
    for start in DISTRIBUTION_START.finditer(folded):
        if blocks and start.start() < blocks[-1][1]:
            continue
        last = DISTRIBUTION_LAST.search(folded, start.end(), start.end() + 3000)
        if last:
            blocks.append((start.start(), last.end()))
    return blocks


def _paragraph_tasks(ctx: _Context, blocks: list[tuple[int, int]]) -> list[Task]:
    """Unnumbered body paragraphs that assign work ("Giám đốc Sở đề nghị các phòng chuyên môn, đơn vị
    trực thuộc tổ chức thực hiện nghiêm ...") are tasks ``¶N``: N counts every body paragraph after the
    addressees, numbered items included. Only a paragraph outside the structure tree, naming who must
    act ("Giao/Đề nghị/Yêu cầu X", "X có trách nhiệm"), that is not the directive's closing sentence."""
    covered = [(node.start, node.end) for node in _all_nodes(ctx.doc.structure)]
    end_of_body = min((start for start, _end in blocks), default=len(ctx.doc.text))
    tasks: list[Task] = []
    for number, (start, end) in enumerate(body_paragraphs(ctx.doc, end_of_body), start=1):
        if any(a <= start < b or start <= a < end for a, b in covered):
            continue
        text = squash(ctx.doc.text[start:end])
        if not _may_assign(text):
            continue
        roles = item_roles(text, ctx.province)
        if not roles.responsible:
            continue
        tasks.append(Task(path=f"¶{number}", text=text, responsible=roles.responsible,
                          coordinating=[n for n in roles.coordinating if n not in roles.responsible],
                          deadline=find_deadline(text, ctx.year), cites=_cites(start, end, ctx),
                          page=ctx.doc.page_at(start),
                          span=(start, end), responsible_source="item"))
    return tasks


def _may_assign(paragraph: str) -> bool:
    """Not a lead-in ("... thực hiện các nội dung sau:"), a quotation, the closing sentence, an "if
    difficulties" line or a past request told as background."""
    if paragraph.endswith(":") or paragraph[:1] in "“\"'«" or _is_closing(paragraph):
        return False
    return not DIFFICULTIES.match(fold(paragraph)) and not reported_request(paragraph)


def _all_nodes(nodes: list[StructureNode]) -> list[StructureNode]:
    return [n for node in nodes for n in (node, *_all_nodes(node.children))]


def _is_closing(text: str) -> bool:
    """ "Nhận được Công văn này đề nghị các Phòng chuyên môn, đơn vị trực thuộc triển khai thực hiện./."."""
    return len(text) < 250 and bool(CLOSING.match(fold(text)))


# A paragraph ends where a line ends a sentence ("... tổng hợp.", "... sau:", "./.").
PARAGRAPH_END = re.compile(r"[.:;!?…]\s*$|\./\.\s*$")


def body_paragraphs(doc: Document, end_of_body: int) -> list[tuple[int, int]]:
    """Spans of the body's paragraphs after the addressees: the layout's body paragraphs, lines of a scan
    joined until one ends a sentence."""
    spans: list[tuple[int, int]] = []
    open_span: tuple[int, int] | None = None
    for para in doc.paragraphs:
        if para.kind != "body" or para.start >= end_of_body or not para.text.strip():
            continue
        start = para.start if open_span is None else open_span[0]
        open_span = (start, para.end)
        if PARAGRAPH_END.search(para.text):
            spans.append(open_span)
            open_span = None
    if open_span is not None:
        spans.append(open_span)
    return spans


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _fallback(doc: Document) -> list[str]:
    """Bodies of the opening sentence ("... yêu cầu các sở, ban, ngành tỉnh; ...") or of "Kính gửi"."""
    first = min((node.start for node in doc.structure), default=len(doc.text))
    found = opening_bodies(doc.text[:first], doc.header.province)
    if found and not (doc.header.recipients and all(_generic(name) for name in found)):
        return found
    names: list[str] = []
    for recipient in doc.header.recipients:
        for name in _addressee(recipient, doc.header.province):
            if name not in names:
                names.append(name)
    return names or found


def _addressee(recipient: str, province: str | None) -> list[str]:
    """The bodies of one "Kính gửi" line; one body with a lower-case qualifier is the whole line as
    written: "Sở Tài chính các tỉnh, thành phố trực thuộc TW"."""
    subject = read_subject(recipient, 0, stop_at_verbs=False, province=province)
    rest = recipient[subject.end :].strip(" ;.,")
    if len(subject.bodies) == 1 and rest[:1].islower():
        return [display(recipient.strip(" ;.,-"))]
    return subject.bodies


def _generic(name: str) -> bool:
    """ "Các cơ quan, đơn vị, địa phương": a group that only points back at the addressees."""
    entry = lookup(name)
    return entry is not None and entry.kind == "group" and entry.level == "any"


def _heading(node: StructureNode) -> str:
    """The node's title: its ``heading``, else its text up to a closing ":" on the first line."""
    if node.heading:
        return node.heading
    head, colon, _rest = node.text.partition(":")
    return head + colon if colon and len(head) < 200 and "\n\n" not in head.strip() else ""


def _is_non_task_section(node: StructureNode) -> bool:
    """ "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: ..."; a leaf's own sentence ("Căn cứ quy trình ..., tổ chức
    kiểm soát ...") is not a title, but "Quá trình thực hiện nếu có khó khăn ..." is no task."""
    if DIFFICULTIES.match(fold(LABEL.sub("", node.text[:300], count=1)).strip()):
        return True
    title = _heading(node) or (node.text[:120] if node.children else "")
    title = LABEL.sub("", title, count=1).strip()
    return bool(NON_TASK_HEADING.match(fold(title))) and not _addresses_bodies(title)


def _addresses_bodies(title: str) -> bool:
    """ "Yêu cầu Trung tâm dịch vụ kỹ thuật nông nghiệp huyện:" asks a body to act; "Yêu cầu" alone is a
    section of requirements."""
    address = ADDRESS.match(fold(title))
    return address is not None and bool(read_subject(title, address.end()).bodies)


def _walk(
    node: StructureNode, inherited: list[str], ctx: _Context, legal: bool = False, coord: tuple[str, ...] = ()
) -> None:
    if _is_non_task_section(node):
        for child in node.children:  # a section nested under "2. Yêu cầu" by a broken hierarchy
            if child.kind in SECTION_KINDS and node.kind not in SECTION_KINDS:
                _walk(child, inherited, ctx, legal, coord)
        return
    legal = legal or node.kind in LEGAL_KINDS
    if _distribution_list(node):
        node = StructureNode(node.path, node.kind, node.label, node.heading, node.text, node.page, node.start,
                             node.end, node.bbox)
    if not node.children or _single_dash(node) or _children_are_notes(node):
        task = _task(node, _title_bodies(node, ctx), inherited, ctx, legal, coord)
        if task is not None:
            ctx.tasks.append(task)
        return
    lead, helpers, lists = _assignment(node, ctx)
    own = lead or _title_bodies(node, ctx) or _intro_bodies(node, ctx)
    if not own and {child.kind for child in node.children} != {"dash"}:
        _own_sentence_task(node, inherited, ctx)
    bodies = own or inherited or _first_item_bodies(node, ctx)
    for child in node.children:
        if child not in lists:
            _walk(child, bodies, ctx, legal, tuple(helpers) or coord)


def _first_item_bodies(node: StructureNode, ctx: _Context) -> list[str]:
    """With no heading, lead-in or opening to go by, a section's first item names the bodies of
    its siblings: "1. Các sở, ban, ngành ...; UBND các huyện, thành phố tiếp tục ..." then "2. Tiếp tục ..."."""
    if ctx.fallback or not node.children or node.children[0].children:
        return []
    roles = item_roles(node.children[0].text, ctx.province)
    return roles.responsible or roles.subject


def _assignment(node: StructureNode, ctx: _Context) -> tuple[list[str], list[str], list[StructureNode]]:
    """Lead and coordinating bodies of a plan's section from its "Cơ quan chủ trì, phối hợp" item.

    "2. Cơ quan chủ trì, phối hợp: a) Cơ quan chủ trì: - Ban Chỉ đạo quốc gia. b) Cơ quan phối hợp:
    - ..." gives the bodies of the section's other items; the list items themselves are no tasks.
    """
    lead: list[str] = []
    helpers: list[str] = []
    lists: list[StructureNode] = []
    for child in node.children:
        title = _list_title(child)
        if ASSIGN_LEAD.match(title) and "phối hợp" in title and child.children:
            for sub in child.children:
                sub_title = _list_title(sub)
                target = lead if ASSIGN_LEAD.match(sub_title) else helpers if ASSIGN_COORD.match(sub_title) else None
                if target is not None:
                    target += [n for n in _listed(sub, ctx) if n not in target]
        elif ASSIGN_LEAD.match(title):
            lead += [n for n in _listed(child, ctx) if n not in lead]
        elif ASSIGN_COORD.match(title):
            helpers += [n for n in _listed(child, ctx) if n not in helpers]
        else:
            continue
        lists.append(child)
    return lead, helpers, lists


def _list_title(node: StructureNode) -> str:
    """ "Cơ quan chủ trì" of "b) Cơ quan chủ trì: Sở Y tế": the text before a colon, folded."""
    text = LABEL.sub("", node.heading or node.text[:300], count=1)
    return fold(text.partition(":")[0]).strip()


def _listed(node: StructureNode, ctx: _Context) -> list[str]:
    """Bodies listed by an item: after its colon ("Cơ quan chủ trì: Sở Y tế") and in its dashes."""
    _title, _colon, rest = node.text.partition(":")
    parts = [piece for text in [rest] + [c.text for c in node.children] for piece in re.split(r";|\n", text)]
    names: list[str] = []
    for part in parts:
        found = read_subject(part, 0, stop_at_verbs=False, province=ctx.province).bodies
        if not found and 2 < len(part.strip(" .;,")) < 80:  # in such a list any line is a body: "Tư lệnh các quân khu."
            found = [display(part.strip(" .;,"))]
        names += [name for name in found if name not in names]
    return names


def _title_bodies(node: StructureNode, ctx: _Context) -> list[str]:
    """Bodies a node's title names ("2. UBND cấp huyện, cấp xã:"); a generic group names none."""
    title = _heading(node) or (node.text if node.children and len(node.text) < 200 else "")
    found = heading_bodies(title, ctx.province) if title else []
    return [] if all(_generic(name) for name in found) else found


def _intro_bodies(node: StructureNode, ctx: _Context) -> list[str]:
    """Bodies named by a lead-in that ends with ":" ("1. Sở Y tế có trách nhiệm:", "X chỉ đạo Y ... sau:")."""
    intro = next((t for t in (_heading(node), node.text) if t and squash(t).endswith(":")), "")
    if not intro:
        return []
    roles = item_roles(intro, ctx.province, follow_directs=True)
    return roles.responsible or roles.subject


def _own_sentence_task(node: StructureNode, inherited: list[str], ctx: _Context) -> None:
    """A parent whose own text is a whole request ("Điều 3. ... chịu trách nhiệm thi hành ...") is a task too."""
    text = squash(node.text)
    roles = item_roles(text, ctx.province) if text else None
    if not roles or text.endswith(":") or not roles.responsible:
        return
    alone = StructureNode(node.path, node.kind, node.label, node.heading, node.text, node.page, node.start, node.end)
    task = _task(alone, [], inherited, ctx, node.kind in LEGAL_KINDS)
    if task is not None:
        ctx.tasks.append(task)


def _distribution_list(node: StructureNode) -> bool:
    """Dashes of the "Nơi nhận" list glued under the last item (scans): the last one is "Lưu: VT, ..."."""
    kids = node.children
    return bool(kids) and all(k.kind == "dash" for k in kids) and bool(DISTRIBUTION_END.match(fold(kids[-1].text)))


def _children_are_notes(node: StructureNode) -> bool:
    """Dashes after "... cần lưu ý:" are points of the item, not tasks of their own."""
    intro = fold(squash(node.text))
    kinds = {child.kind for child in node.children}
    return kinds == {"dash"} and bool(NOTES_INTRO.search(intro))


def _single_dash(node: StructureNode) -> bool:
    """One dash under a heading is the heading's own text, not a list of tasks."""
    return len(node.children) == 1 and node.children[0].kind == "dash" and not node.children[0].children


def _full_text(node: StructureNode, doc_text: str) -> tuple[str, int]:
    """The node's text with its heading and any merged dash child, label stripped; and its end.

    A closing sentence of the whole directive glued to the last item is cut from both.
    """
    own = node.text
    if node.heading and not squash(own).startswith(squash(node.heading)[:40]):
        own = node.heading + "\n" + own
    parts = [LABEL.sub("", own, count=1)]
    end = node.end
    for child in node.children:
        parts.append(LABEL.sub("", (child.heading + "\n" if child.heading and child.heading not in child.text else "") + child.text, count=1))
        end = max(end, child.end)
    text = _cut_closing(squash(" ".join(p for p in parts if p.strip())))
    raw = doc_text[node.start : end]
    cut = _closing_start(raw, fold(doc_text)[node.start : end])
    if cut is not None:
        end = node.start + len(raw[:cut].rstrip())
    return text, end


def _closing_start(text: str, folded: str | None = None) -> int | None:
    """Where a closing sentence of the directive starts in ``text`` (never at its very start);
    ``folded``: ``text`` folded already (a slice of the folded document)."""
    folded = fold(text) if folded is None else folded
    for boundary in re.finditer(r"[.;:!?]\s+", folded):
        if CLOSING.match(folded, boundary.end()):
            return boundary.end()
    return None


def _cut_closing(text: str) -> str:
    cut = _closing_start(text)
    return text[:cut].rstrip() if cut is not None else text


def _task(
    node: StructureNode, own: list[str], inherited: list[str], ctx: _Context, legal: bool = False,
    coord: tuple[str, ...] = (),
) -> Task | None:
    text, end = _full_text(node, ctx.doc.text)
    if not text:
        return None
    roles = item_roles(text, ctx.province)
    if not (roles.responsible or roles.subject):  # a title line of bodies needs the line breaks
        roles.subject = item_roles(node.text, ctx.province).subject
    responsible, source = roles.responsible, "item"
    if not responsible and own:
        responsible, source = own, "heading"
    if not responsible and roles.subject:
        responsible, source = roles.subject, "item"
    if not responsible and inherited:
        responsible, source = inherited, "heading"
    if not _asks_to_act(text, responsible, legal) or (not roles.responsible and reports_result(text, ctx.province)):
        return None
    if not responsible:
        responsible, source = ctx.fallback, "addressees"
    coordinating = [name for name in roles.coordinating or list(coord) if name not in responsible]
    return Task(
        path=node.path,
        text=text,
        responsible=list(responsible),
        coordinating=coordinating,
        deadline=find_deadline(text, ctx.year),
        cites=_cites(node.start, end, ctx),
        page=node.page,
        span=(node.start, end),
        responsible_source=source,
    )


def _asks_to_act(text: str, responsible: list[str], legal: bool) -> bool:
    """A leaf asks someone to act when it names who, or opens with an action ("Tăng cường ...").

    In an article of a decision or law (``legal``) it must name who.
    """
    if responsible:
        return True
    if legal:
        return False
    return any(bool(verb_re().match(ADVERBS.sub("", fold(opening)))) for opening in _openings(text))


def _openings(text: str) -> list[str]:
    """Where an item's action may start: at its start ("Định kỳ hằng năm gửi báo cáo ..."), after a topic it
    opens with ("Về huy động nguồn lực cho đầu tư phát triển: Tăng cường ...", "Về công tác đối ngoại,
    quốc phòng, an ninh Tăng cường ..." with the title's line break lost); the action opens with a capital
    ("Về kinh tế: tăng trưởng GRDP đạt 7,5%" states a result)."""
    topic = TOPIC.match(text)
    if not topic:
        return [text]
    clause = re.split(r"[.;]", text[topic.end() :], maxsplit=1)[0][:TOPIC_LENGTH]
    colon = clause.find(":")
    capital = next((m.start(1) for m in re.finditer(r"\s(\w)", clause) if m.group(1).isupper()), -1)
    after = clause[colon + 1 :].lstrip() if colon >= 0 else clause[capital:] if capital >= 0 else ""
    return [text, after] if after[:1].isupper() else [text]


def _cites(start: int, end: int, ctx: _Context) -> list[str]:
    """Keys of citations inside the span, and of citations in footnotes whose marker is inside it."""
    notes = {f"footnote {m.marker}" for m in ctx.doc.markers if start <= m.offset <= end}
    keys: list[str] = []
    for citation in ctx.citations:
        inside = citation.where == "body" and start <= citation.span[0] < end
        if (inside or citation.where in notes) and citation.key not in keys:
            keys.append(citation.key)
    return keys
