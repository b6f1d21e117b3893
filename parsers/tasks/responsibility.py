"""Who leads and who coordinates: the rules over one item's text, its heading and the opening.

Item cues (domain.md §5): "Giao X chủ trì ...", "Đề nghị X ...", "Yêu cầu X ...",
"X có trách nhiệm ...", "X chịu trách nhiệm ...", "X chủ trì, phối hợp với Y ...".
A heading that is only a list of bodies ("2. UBND cấp huyện, cấp xã:") gives its children's bodies.
The opening sentence ("UBND tỉnh yêu cầu các sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã triển khai
...") gives the bodies of every task that has no other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from parsers.labels import LABEL_PREFIX
from parsers.tasks.bodies import display, lookup
from parsers.tasks.subjects import BASIS, Subject, read_subject
from parsers.tasks.words import FIELD_OWNER, ITEM_FIELD, fold, head_re, lines, squash, verb_re

# An addressing verb before the bodies: "Giao Sở Nội vụ tham mưu ...", "Đề nghị Ủy ban MTTQ tỉnh ...", a công
# điện's "Chủ tịch Ủy ban nhân dân huyện điện khẩn Thủ trưởng các phòng, ban, ..." ("khân" as OCR reads it).
# Not "được giao", "bàn giao", "theo đề nghị của", "giao dịch"; not an encouragement ("Khuyến khích các cơ sở giáo
# dục đại học ... cử sinh viên ...", 11/CT-UBND Hà Nội; "Khuyến khích doanh nghiệp ..." of a decision's scheme):
# a policy, no work given to a body (tried and dropped in the third 6 Dec round: it cost decisions' bodies).
ADDRESS = re.compile(
    r"""(?<![\w])(?<!được\s)(?<!bàn\s)(?<!theo\s)(?<!đã\s)
        (?:giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu|ủy\s+quyền(?:\s+cho)?|điện\s+kh[ẩâ]n)\s+(?=\S)(?!của(?!\w))""",
    re.VERBOSE,
)
# A reprimand at an item's start names who must set things right: "Nhắc nhở Thủ trưởng Ban Quản lý dự án và phát
# triển quỹ đất, Trung tâm dịch vụ kỹ thuật nông nghiệp về việc tham dự họp trễ ... Yêu cầu các đồng chí nghiêm túc
# chấn chỉnh" (217/TB-UBND Krông Nô); only at the start: "đôn đốc, nhắc nhở các đơn vị" is the subject's action.
REMINDED = re.compile(r"\s*(?:nhắc\s+nhở|phê\s+bình)\s+(?=\S)")
# "các đồng chí" alone points back at the bodies the item named before it ("Yêu cầu các đồng chí ...").
ANAPHOR = re.compile(r"(?:các|những)\s+đồng\s+chí")
# The duty that ends a lead body's name: "Ban Giám sát quản lý về hải quan chủ trì, phối hợp với ...".
LEAD_DUTY = re.compile(r"(?<!\w)(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?!\w)")
# An opening condition before the subject: "Trong thời gian chưa xây dựng bãi xử lý rác mới, ", "Sau khi lựa chọn
# được vị trí phù hợp, ".
CONDITION = re.compile(
    r"(?:^|(?<=[.;:!?\n]))\s*(?:trong\s+thời\s+gian|sau\s+khi|trước\s+khi|khi|trường\s+hợp|nếu)(?!\w)[^,;.:\n]{0,120},\s*"
)
# A basis before the subject, which may list bodies itself: "Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ
# Tài chính khẩn trương rà soát, kịp thời bố trí kinh phí ..." (659/TB-VPCP): it ends at the first comma before a
# capital (the subject's name), else at its first comma; also "Căn cứ vào chương trình phối hợp, Liên đoàn Lao động,
# Phòng Văn hóa và Thông tin ... ký kết ..." (154/CTPH An Giang), "Trên cơ sở Kế hoạch này, UBND các huyện ...".
BASIS_CONDITION = re.compile(r"(?:^|(?<=[.;:!?\n]))\s*(?:[-–—+]\s*)?(?:trên\s+cơ\s+sở|căn\s+cứ(?:\s+vào)?)(?!\w)")
BASIS_COMMA = re.compile(r",\s*")
BASIS_REACH = 200  # characters a basis may run over before its subject
# A later sentence of an item: after ". " before a capital ("... làm đầu mối phối hợp. Các bộ, cơ quan ...").
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-ỸÂĂÊÔƠƯ])")
# A verb that tells rather than asks: "UBND tỉnh sẽ xem xét", "Sở Y tế đã triển khai", "... được giao"; the
# issuer speaking ("UBND huyện thông báo kết luận ...", "Cục Hải quan yêu cầu các đơn vị ..."); accountability
# ("Lãnh đạo đơn vị chịu trách nhiệm trước Chi cục trưởng nếu ...").
NOT_ASKED = re.compile(
    r"(?:đã|đang|sẽ|được|là|chưa|còn|thông\s+báo|yêu\s+cầu|đề\s+nghị|giao|trân\s+trọng"
    r"|chịu\s+trách\s+nhiệm\s+(?:về|trước))(?!\w)"
)
# A citizen who asks, whose request a notice reports: "Tuy nhiên, gia đình bà đề nghị UBND huyện có phương án hỗ trợ
# để ông Nguyễn Đức Tín có nơi ở ổn định" (267/TB-UBND Đắk R'lấp, a citizen-dialogue notice), "Công dân đề nghị ...".
CITIZEN = re.compile(
    r"\s*(?:(?:các|những)\s+)?(?:gia\s+đình|hộ\s+gia\s+đình|hộ\s+dân|công\s+dân|người\s+dân|cử\s+tri|ông|bà)(?!\w)"
)
# A clause after ";" that opens with a group: "; các bộ, cơ quan tiếp thu ý kiến ...".
GROUP_CLAUSE = re.compile(r";\s*(?=(?:các|những)\s)")
# Points to note, whose sentences are no second subject: "trong khi xem xét cần lưu ý:".
NOTES = re.compile(r"(?<!\w)(?:lưu|chú)\s+ý\s*:")
# The longest body a later sentence may open with (a longer one is a misread sentence).
LATER_BODY_WORDS = 9
# A proposal to the issuer before an addressing verb, which is then the issuer's: "Tham mưu UBND huyện giao".
ADVISED = re.compile(r"(?<!\w)tham\s+mưu(?:\s+cho)?(?:\s+\S+){1,4}\s+$")
# A duty after the bodies: "Văn phòng Đoàn ĐBQH và HĐND tỉnh có trách nhiệm tuyên truyền ...".
# Not accountability: "Chủ tịch Ủy ban nhân dân các cấp chịu trách nhiệm về việc để xảy ra tình trạng ...".
DUTY = re.compile(
    r"""(?<!\w)(?:(?:được\s+giao\s+)?chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm(?!\s+(?:về|trước)(?!\w))
        |được\s+giao|thực\s+hiện\s+các\s+nhiệm\s+vụ\s+sau)(?!\w)""",
    re.VERBOSE,
)
# Coordination: "phối hợp với các sở, ngành liên quan", "phối hợp chặt chẽ với UBND cấp huyện".
COORDINATE = re.compile(r"(?<!\w)phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?(?:\s+cùng)?\s+(?=\S)")
# "X phối hợp ..." as a subject: "Sở Tài chính, Sở Nội vụ phối hợp thực hiện".
COORDINATE_DUTY = re.compile(r"(?<!\w)phối\s+hợp(?!\w)")
# A qualifier between a subject and its duty: "các bộ, ngành có liên quan theo phạm vi chức năng,
# nhiệm vụ được Chính phủ giao, có trách nhiệm ...".
QUALIFIER = re.compile(r"(?:theo|trong\s+phạm\s+vi|căn\s+cứ|trong)\s[^;.:]{0,150}")
# A lead that hands the work on: "UBND các tỉnh chỉ đạo Sở Lao động - Thương binh và Xã hội thực hiện".
DIRECTS = re.compile(r"chỉ\s+đạo|giao")
# A lead-in with no subject that hands its points to the body it directs: "Chỉ đạo, hướng dẫn UBND cấp xã thực hiện
# các nội dung:" then "+ Ban hành quyết định thành lập Tổ điều tra ..." (672/KH-UBND Quảng Bình: UBND cấp xã acts).
DIRECTS_OPENING = re.compile(r"(?:chỉ\s+đạo|hướng\s+dẫn)(?:\s*,\s*(?:chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc))*\s+")
# Where a clause opens: the text start, or after ". ; :" or a line break.
CLAUSE_START = re.compile(r"(?:^|(?<=[.;:!?])|\n)\s*")
# A heading that frames a body: "Trách nhiệm của Sở Nội vụ", "Đối với UBND cấp huyện", "Giao Sở Y tế".
HEADING_PREFIX = re.compile(
    r"^\s*(?:(?:trách\s+nhiệm|nhiệm\s+vụ)\s+của|đối\s+với|giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu)\s+",
)
HEADING_SUFFIX = re.compile(
    r"\s*(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì|thực\s+hiện(?:\s+các\s+nhiệm\s+vụ\s+sau)?"
    r"|triển\s+khai(?:\s+thực\s+hiện)?(?:\s+các\s+nhiệm\s+vụ\s+sau)?)?\s*[:.]?\s*$"
)
# A heading that says its subject has duties, whatever that subject is: "a) Chủ đầu tư có trách nhiệm:",
# "b) Tổ chức làm nhiệm vụ bồi thường có trách nhiệm:" (04/TB-UBND An Phú; neither name opens with a known head).
DUTY_HEADING = re.compile(r"\s*(?:có|chịu)\s+trách\s+nhiệm(?:\s+thực\s+hiện)?\s*:\s*$")
# The longest such subject (a longer one is a sentence).
DUTY_SUBJECT_WORDS = 8
# An action inside a lead-in makes it a sentence, not a title of bodies: "UBND các tỉnh ... chỉ đạo Sở ...".
TITLE_ACTION = re.compile(
    r"(?<!\w)(?:chỉ\s+đạo|phối\s+hợp|chủ\s+trì|thực\s+hiện|triển\s+khai|tham\s+mưu|giao|có\s+trách\s+nhiệm"
    r"|chịu\s+trách\s+nhiệm)(?!\w)"
)
# A short qualifier closing a title of bodies: "Các cơ quan, đơn vị, địa phương được kiểm tra".
QUALIFIER_TAIL = re.compile(
    r"(?:được\s+(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát|giao)|có\s+liên\s+quan|liên\s+quan"
    r"|(?:trực\s+)?thuộc\s+\S+(?:\s+\S+){0,3}|trên\s+địa\s+bàn(?:\s+\S+){0,2})"
)
# The end of a title line made of bodies: "Sở Nội vụ:", "... doanh nghiệp và cộng đồng.\n", or a bare line
# break before a sentence ("Phòng Văn hóa và Thông tin; Đài Truyền thanh huyện\nCăn cứ vào chỉ đạo ...").
TITLE_LINE = re.compile(r"[ \t]*(?::|\.?[ \t]*\n[ \t]*[^\W\d_])")
# An item that names its bodies in a line of its own: "Đơn vị chủ trì thực hiện: Sở Tư pháp. Đơn vị phối
# hợp thực hiện: Văn phòng UBND tỉnh, ...", "Đơn vị thực hiện: Sở Tư pháp.", "Cơ quan chủ trì: Sở Y tế", "Cơ quan,
# đơn vị chủ trì: Sở Nội vụ", "Đơn vị chịu trách nhiệm: ...", a bare "- Chủ trì: Sở Y tế; phối hợp: ..." at a line's
# or clause's start.
# where a bare field name may open: a line's or a clause's start ("- Chủ trì: Sở Y tế; phối hợp: ...")
FIELD_START = r"(?:^|(?<=[\n.;])|(?<=[\n.;-]\s))\s*"
INLINE_LEAD = re.compile(
    rf"""(?:(?<!\w){FIELD_OWNER}\s+
           (?:chủ\s+trì(?:\s+thực\s+hiện)?|thực\s+hiện(?:\s+chính)?|chịu\s+trách\s+nhiệm(?:\s+chính)?)
        |{FIELD_START}chủ\s+trì(?:\s+thực\s+hiện)?)\s*:\s*""",
    re.VERBOSE,
)
INLINE_COORD = re.compile(
    rf"""(?:(?<!\w){FIELD_OWNER}\s+phối\s+hợp|{FIELD_START}phối\s+hợp)(?:\s+thực\s+hiện)?\s*:\s*""",
    re.VERBOSE,
)
# The longest name a field's value may be when no known head opens it ("Bạn Điều hành Chương trình hỗ trợ pháp
# lý cho doanh nghiệp", OCR of "Ban").
FIELD_NAME_LENGTH = 80
# A tense that reports rather than asks: "Các địa phương đã tham mưu ...", "Công tác ... còn hạn chế".
REPORTED = re.compile(r"(?:đã|đang|chưa|còn|vẫn\s+còn|vẫn\s+chưa)(?!\w)")
# A bracketed aside in a heading of bodies: "Chi cục Hải quan các khu vực (Hải quan cửa khẩu, Hải quan
# ngoài cửa khẩu, Đội Kiểm soát hải quan), Chi cục Điều tra chống buôn lậu (Phòng 1, Phòng 2, ...)".
ASIDE = re.compile(r"[ \t]*\([^()]{1,160}\)")
# A relative clause after the bodies of a "Đối với" heading, that picks some of them: "có các HTTT triển khai tới UBND
# cấp xã", "được giao chủ trì", "đang quản lý ..." (a few words, no sentence).
RELATIVE = re.compile(r"(?:có|được|đang|chưa)\s+[^.;:!?]+$")
RELATIVE_WORDS = 12
# "Đối với" heading that names whose duties follow: "a) Đối với chủ vật nuôi:", "c) Đối với UBND cấp xã có dịch:".
REGARDING = re.compile(r"\s*đối\s+với")
# People and owners such a heading names, not topics ("Đối với nội dung ...", "Đối với công tác ..."); a school's
# plan names its students and teachers: "1. Đối với sinh viên", "2. Đối với giảng viên" (46/KH-KHMT).
ACTOR = re.compile(
    r"(?:các\s+|những\s+)?(?:chủ|nhân\s+viên|người|hộ|cán\s+bộ|công\s+chức|viên\s+chức|cá\s+nhân|thành\s+viên"
    r"|trưởng|tổ\s+trưởng|doanh\s+nghiệp|cơ\s+sở|lực\s+lượng|đội|sinh\s+viên|giảng\s+viên|học\s+sinh|giáo\s+viên)(?!\w)"
)
# A first line that is a title of bodies (no closing punctuation), the sentence on the next line opening with a
# capital: "Giao Chi cục kiểm tra sau thông quan\nTăng cường công tác thu thập thông tin ...".
TITLE_THEN_SENTENCE = re.compile(r"\s*([^\n]{3,200}?)[ \t]*\n(\w)")
# The implementation article of a decision or directive, after the officials who carry it out: "Chánh Văn phòng
# HĐND và UBND huyện, Trưởng phòng Tư pháp, ..., UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này",
# "... chịu trách nhiệm tổ chức thực hiện Quyết định này", "... căn cứ Quyết định thi hành"; a scan's "thi hảnh".
EXECUTION = re.compile(
    r"""\s*(?:(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thi\s+h[àảạáãa]nh|thực\s+hiện|triển\s+khai)
        |căn\s+cứ\s+(?:quyết\s+định|chỉ\s+thị)(?:\s+này)?\s+(?:thi\s+hành|thực\s+hiện))
        (?:\s+(?:quyết\s+định|chỉ\s+thị|kế\s+hoạch)(?:\s+này)?)?(?!\w)""",
    re.VERBOSE,
)
# The implementation article of a decision: the officials it names carry out the decision as a whole, not one of
# its items: "Các thành viên Tổ Biên tập và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này"
# (188/QĐ-VPCP), "Chánh Văn phòng HĐND và UBND huyện, ... chịu trách nhiệm thi hành Quyết định này" (1322/QĐ-UBND An
# Phú), "... căn cứ Quyết định thi hành".
EXECUTES_DECISION = re.compile(
    r"""(?:(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thi\s+h[àảạáãa]nh|thực\s+hiện|triển\s+khai)|căn\s+cứ)
        \s+quyết\s+định(?:\s+này)?(?:\s+(?:thi\s+hành|thực\s+hiện))?(?!\w)""",
    re.VERBOSE,
)
# A member of a body named with the title in which a decision divides its work among them, before the colon of
# their duties: "1. Ông Nguyễn Văn An - Chủ tịch UBND huyện, Trưởng Ban: Lãnh đạo, chỉ đạo chung ..." (the title
# after the name), "1. Giám đốc Sở - Ông Nguyễn Văn A: ..." (before it); "Đồng chí", "Đ/c" likewise.
PERSON = r"(?:Ông|Bà|Đồng\s+chí|Đ/c)\s+[^\W\d_][^-–—,:;\n]{1,40}?"
# A heading that is one post held by a named person, whose duties its items list: "1. Công chức Văn phòng - Thống kê,
# Ông Nguyễn Văn Sang." (142/QĐ-UBND Ngãi Giao, a decision dividing the work of a post), "2. Ông Trần Văn B - Phó
# Chủ tịch UBND xã"; the person's name in capitalised words.
PERSON_NAME = r"(?:Ông|Bà|Đồng\s+chí|Đ/c)\s+(?:[A-ZĐÂĂÊÔƠƯÀ-Ỹ]\w*\s*){1,5}"
PERSON_HEADING = re.compile(
    rf"\s*(?:[^:;\n]{{3,100}}?\s*[-–—,]\s*{PERSON_NAME}|{PERSON_NAME}\s*[-–—,]\s*[^:;.\n]{{3,100}}?)\s*[.:]?\s*$")
PERSON_TITLE = re.compile(rf"\s*{PERSON}\s*[-–—,]\s*(?P<title>[^:;\n]{{3,160}}?)\s*:")
TITLE_PERSON = re.compile(rf"\s*(?P<title>[^-–—:;\n]{{3,100}}?)\s*[-–—,]\s*{PERSON}\s*:")
# The people a decision names, last in its implementation article: "Chánh Văn phòng, Vụ trưởng Vụ Tổ chức cán bộ,
# Thủ trưởng các đơn vị liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này", or
# alone: "Các Ông (Bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này" (individual decisions); "... Thủ
# trưởng các cơ quan, đơn vị có liên quan và các ông (bà) có tên trong danh sách chịu trách nhiệm thi hành Quyết định
# này" (the form of a decision in a circular's appendix, congbot file_data_9), "... và các ông (bà) có tên trên".
PEOPLE_NAMED = re.compile(
    r"(?:^|[,;]\s*|[.!?]\s+|\s+và\s+)(?P<who>(?:các\s+)?ông\s*[(/]?\s*bà\s*\)?\s+có\s+tên"
    r"(?:\s+(?:tại|ở|trong)\s+(?:điều\s+\d+|danh\s+sách[^,;]{0,40})|\s+(?:ở\s+)?trên))\s*$",
    re.IGNORECASE,
)
# Where the list's last official ends before the document that names the bodies: "Chủ tịch UBND các tỉnh, thành
# phố trực thuộc trung ương trong Kế hoạch kiểm tra" (46/QĐ-BCĐCCHC); not the people an article names, whose
# name it is: "Các thành viên Tổ Biên tập và các cá nhân có tên tại Điều 1" (188/QĐ-VPCP).
IN_DOCUMENT = re.compile(
    r"(?<!có\stên)\s+(?:trong|tại|theo)\s+(?:kế\s+hoạch|quyết\s+định|danh\s+sách|phụ\s+lục|điều)(?!\w).*$",
    re.IGNORECASE,
)
# Where the officials' list of that article opens: after a sentence ("... kể từ ngày ký. Chánh Văn phòng ...") or a
# line that ends one ("Quyết định có hiệu lực thi hành kể từ ngày ký\nChánh Văn phòng ..."), and after a form of
# address ("Các ông (bà): Chánh Văn phòng UBND tỉnh ...").
EXECUTION_START = re.compile(r"(?:^|[.!?:]\s+|[^,;\s][ \t]*\n\s*)(?:(?:các\s+)?ông\s*[(,/]?\s*bà\)?\s*:?\s*)?")
# The field an item is about, before the subject that acts in it: "Tiêu chuẩn - đo lường - chất lượng: Ủy ban nhân dân
# huyện, thị xã chủ động ...", "Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện, thị xã làm đầu mối ..."
# (09/2009/CT-UBND Bình Dương).
FIELD = re.compile(r"[ \t]*[^:.;\n]{3,60}:[ \t]+(?=[^\W\d_])")
# Fields that state the means, time, place or participants, not a work: "Nguồn kinh phí thực hiện: Các đơn vị sử
# dụng số kinh phí dự toán đã được giao ..." (957/KH-HQKV8), "Thời gian:", "Địa điểm:", "Thành phần:".
NOT_WORK_FIELD = re.compile(r"(?:nguồn\s+)?kinh\s+phí|thời\s+gian|địa\s+điểm|thành\s+phần")
# A label at the start of an item: "2.1.", "a)", "-", "III.", "Điều 5." (the one grammar of parsers/labels.py).
LABEL = LABEL_PREFIX


@dataclass
class Roles:
    """Lead and coordinating bodies found in one text."""

    responsible: list[str] = field(default_factory=list)
    coordinating: list[str] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)  # weaker: bodies that open the item before an action
    later: list[str] = field(default_factory=list)  # bodies that open a later sentence of the item before an action


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


@lru_cache(maxsize=1024)
def _clause_starts(text: str) -> tuple[int, ...]:
    """Where clauses open in ``text`` (asked twice per item: for duties and for coordination), also after
    an opening condition: "Trong thời gian chưa xây dựng bãi xử lý rác mới, Ban quản lý dự án ... chủ trì"."""
    starts = {m.end() for m in CLAUSE_START.finditer(text)}
    starts |= {m.end() for m in CONDITION.finditer(fold(text))}
    starts |= set(_basis_ends(text))
    return tuple(sorted(starts))


def _basis_ends(text: str) -> list[int]:
    """Where each opening basis "Trên cơ sở ..., " ends: after the first comma before a capital, else the first."""
    ends = []
    for match in BASIS_CONDITION.finditer(fold(text)):
        window = re.split(r"[;.:\n]", text[match.end() : match.end() + BASIS_REACH], maxsplit=1)[0]
        commas = [match.end() + c.end() for c in BASIS_COMMA.finditer(window)]
        if commas:
            ends.append(next((end for end in commas if text[end : end + 1].isupper()), commas[0]))
    return ends


# A duty said before a "chủ trì" further on: "Cục Khoa học, Công nghệ và Thông tin có nhiệm vụ hướng dẫn tổ chức chủ trì
# tổ chức thực hiện ..." (2576/QĐ-BGDĐT): the name ends before it.
OWN_DUTY = re.compile(r"(?<!\w)(?:có|chịu)\s+(?:trách\s+nhiệm|nhiệm\s+vụ)(?!\w)")


def _subject(text: str, pos: int, province: str | None) -> Subject:
    """The bodies at ``pos``; an unknown name cut short by an action word inside it runs on to the "chủ trì"
    that follows in the same clause: "Ban Giám sát quản lý về hải quan chủ trì", "Ban quản lý dự án đầu tư xây
    dựng các công trình nông nghiệp và Phát triển nông thôn chủ trì"."""
    subject = read_subject(text, pos, province=province)
    if len(subject.bodies) != 1 or lookup(subject.bodies[0], province):
        return subject
    duty = LEAD_DUTY.search(fold(text), subject.end, subject.end + 160)
    between = text[subject.end : duty.start()] if duty else ""
    if not duty or re.search(r"[,;.:()\n]", between) or len(between.split()) > 12 or OWN_DUTY.search(fold(between)):
        return subject
    whole = read_subject(text[: duty.start()].rstrip(), pos, stop_at_verbs=False, province=province)
    if len(whole.bodies) != 1 or whole.end < len(text[: duty.start()].rstrip()):
        return subject
    return Subject(whole.bodies, whole.start, duty.start())


def _addressed(text: str, province: str | None) -> list[str]:
    """Bodies after "Giao", "Đề nghị", "Yêu cầu" anywhere in ``text``, also written in lower case ("giao
    phòng Giáo dục – Đào tạo"); not the bodies a proposal to the issuer would name ("Tham mưu UBND huyện giao
    các đơn vị xây dựng Kế hoạch ...")."""
    found: list[str] = []
    folded = fold(text)
    for match in ADDRESS.finditer(folded):
        if ADVISED.search(folded, max(0, match.start() - 40), match.start()):
            continue
        _add(found, _subject(_capitalised(text, match.end()), match.end(), province).bodies)
    return found


def _capitalised(text: str, pos: int) -> str:
    """``text`` with a lower-case head before a name written capitalised at ``pos`` (same length): "giao phòng
    Y tế" -> "giao Phòng Y tế", or before a group: "yêu cầu lãnh đạo các sở, ban, ngành" -> "Lãnh đạo các sở";
    not an action that starts like one ("đề nghị ban hành", "yêu cầu báo cáo", "lãnh đạo nhân dân")."""
    pos = len(text) - len(text[pos:].lstrip())
    folded = fold(text)
    head = head_re().match(folded, pos) if pos < len(text) and text[pos].islower() else None
    if not head or folded.startswith(("các ", "những "), pos):
        return text
    after = text[head.end() :].lstrip()
    if not _plural(after) and (verb_re().match(folded, pos) or not after[:1].isupper()):
        return text  # "yêu cầu cơ quan điều tra xác minh": no name follows
    return text[:pos] + text[pos].upper() + text[pos + 1 :]


def _plural(text: str) -> bool:
    """A group named after a lower-case title: "các sở, ban, ngành" in "yêu cầu lãnh đạo các sở, ban, ngành"."""
    return bool(re.match(r"(?:các|những)\s", fold(text))) and bool(head_re().match(fold(text)))


def _subjects_before(text: str, pattern: re.Pattern[str], province: str | None) -> list[str]:
    """Bodies that open a clause and run up to ``pattern``: "X có trách nhiệm", "X chủ trì"."""
    found: list[str] = []
    folded = fold(text)
    for start in _clause_starts(text):
        subject = _subject(text, start, province)
        if subject.bodies and _duty_follows(folded, subject.end, pattern):
            _add(found, subject.bodies)
    return found


def _duty_follows(folded: str, pos: int, pattern: re.Pattern[str]) -> bool:
    """``pattern`` right after the subject, or after a qualifier ("theo phạm vi chức năng, ...")."""
    pos = _skip_space(folded, pos)
    if pattern.match(folded, pos):
        return True
    qualifier = QUALIFIER.match(folded, pos)
    if not qualifier:
        return False
    commas = [m.end() for m in re.finditer(r",\s*", qualifier.group(0))]
    return any(pattern.match(folded, pos + offset) for offset in commas)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _coordinating(text: str, province: str | None) -> list[str]:
    found: list[str] = []
    for match in COORDINATE.finditer(fold(text)):
        _add(found, read_subject(text, match.end(), province=province).bodies)
    _add(found, _subjects_before(text, COORDINATE_DUTY, province))
    return found


def _inline_list(text: str, pattern: re.Pattern[str], province: str | None) -> list[str]:
    """Bodies listed after "Đơn vị chủ trì:" (or another ``pattern``) up to the next field ("...; thời gian:")
    or the end of its sentence; a value no known head opens is one name as written ("Đơn vị thực hiện: Bạn Điều
    hành Chương trình hỗ trợ pháp lý cho doanh nghiệp")."""
    found: list[str] = []
    folded = fold(text)
    for match in pattern.finditer(folded):
        after = ITEM_FIELD.search(folded, match.end())
        value = text[: after.start()] if after else text
        bodies = read_subject(value, match.end(), stop_at_verbs=False, province=province).bodies
        if not bodies:
            name = re.split(r"[.;\n]", value[match.end() :], maxsplit=1)[0].strip(" ,-")
            bodies = [display(name)] if name[:1].isupper() and 2 < len(name) <= FIELD_NAME_LENGTH else []
        _add(found, bodies)
    return found


def _opening_subject(text: str, province: str | None, follow_directs: bool = False) -> list[str]:
    """Bodies that open the item (after an opening condition: "Sau khi lựa chọn được vị trí phù hợp, các Sở,
    ngành, địa phương ... phối hợp với chủ đầu tư ...") and are followed by an action: "Văn phòng UBND tỉnh chỉ
    đạo ..."."""
    folded = fold(text)
    member = _member_title(text, province)
    if member:
        return member
    after_field = field_subject(text, province)
    if after_field:
        return after_field
    condition = CONDITION.match(folded)
    basis = _basis_ends(text) if BASIS_CONDITION.match(folded) else []
    subject = read_subject(text, condition.end() if condition else basis[0] if basis else 0, province=province)
    after = _skip_space(text, subject.end)
    verb = verb_re().match(folded, after) or BASIS.match(folded, after)  # "X căn cứ chức năng, nhiệm vụ ... hướng dẫn"
    if subject.bodies and TITLE_LINE.match(text, subject.end):
        return subject.bodies  # a title line of bodies: "Các tổ chức chính trị - xã hội, ... cộng đồng.\n"
    if not subject.bodies and follow_directs:
        directed = DIRECTS_OPENING.match(folded)
        return read_subject(text, directed.end(), province=province).bodies if directed else []
    if not subject.bodies or not verb:
        return []
    found = list(subject.bodies)
    if follow_directs and DIRECTS.match(verb.group(0)):  # "UBND các tỉnh chỉ đạo Sở Lao động - Thương binh và Xã hội ..."
        _add(found, read_subject(text, verb.end(), province=province).bodies)
    return found


def _member_title(text: str, province: str | None) -> list[str]:
    """The title of the person whose duties an item lists ("Ông Nguyễn Văn An - Chủ tịch UBND huyện, Trưởng Ban:
    Lãnh đạo, chỉ đạo chung ...") -> Chủ tịch UBND huyện: the first title, when it names one."""
    match = PERSON_TITLE.match(text) or TITLE_PERSON.match(text)
    if match is None:
        return []
    title = re.split(r"\s*[,;]\s*|\s+[-–—]\s+(?=[^\W\d_]*[a-zđ])", match.group("title").strip())[0]
    found = read_subject(title, 0, stop_at_verbs=False, province=province)  # a title, not "trú tại thôn 3" (a citizen)
    return found.bodies[:1]


def field_subject(text: str, province: str | None = None) -> list[str]:
    """The bodies acting after the field an item is about: "Thanh tra khoa học và công nghệ: Ủy ban nhân dân các
    huyện, thị xã làm đầu mối ..." -> UBND các huyện, thị xã; not a list of participants ("Thành phần: Lãnh đạo
    sở, lãnh đạo và chuyên viên các phòng ...", whose "lãnh đạo" opens another body)."""
    field = FIELD.match(LABEL.sub("", text, count=1))
    if not field or NOT_WORK_FIELD.match(fold(field.group(0)).strip()):
        return []
    body = LABEL.sub("", text, count=1)
    after = read_subject(body, field.end(), province=province)
    pos = _skip_space(body, after.end)
    folded = fold(body)
    return after.bodies if after.bodies and verb_re().match(folded, pos) and not head_re().match(folded, pos) else []


def item_roles(text: str, province: str | None = None, follow_directs: bool = False) -> Roles:
    """Lead and coordinating bodies named by an item itself (empty lists when it names none).

    ``follow_directs``: in a lead-in ("UBND các tỉnh chỉ đạo Sở Lao động - Thương binh và Xã hội
    ... thực hiện các nội dung sau:") the directed body leads the items below too.
    """
    found = _item_roles(text, province, follow_directs)  # a fresh copy: callers fill in what is missing
    return Roles(list(found.responsible), list(found.coordinating), list(found.subject), list(found.later))


# An item's text is read several times (its own task, its parent's first item, the page's lines, a
# lead-in): about half the readings of a directive repeat one already made.
@lru_cache(maxsize=4096)
def _item_roles(text: str, province: str | None, follow_directs: bool) -> Roles:
    body = LABEL.sub("", text, count=1)
    roles = Roles()
    inline = _inline_list(body, INLINE_LEAD, province)
    if inline:
        roles.responsible = inline
        roles.coordinating = [n for n in _inline_list(body, INLINE_COORD, province) if n not in inline]
        return roles
    executors = _executors(body, province)
    _add(roles.responsible, executors)
    reminded = REMINDED.match(fold(body))
    if reminded:
        _add(roles.responsible, _subject(_capitalised(body, reminded.end()), reminded.end(), province).bodies)
    _add(roles.responsible, _addressed(body, province))
    duties = _subjects_before(body, DUTY, province)  # "Chính phủ" read after the line break of "... thuộc\nChính phủ"
    _add(roles.responsible, [name for name in duties if not any(name in whole for whole in executors)])
    if len(roles.responsible) > 1:
        roles.responsible = [name for name in roles.responsible if not ANAPHOR.fullmatch(fold(name))]
    if not roles.responsible:
        _add(roles.subject, _opening_subject(body, province, follow_directs))
    coordinating = [name for name in _coordinating(body, province) if name not in roles.responsible]
    _add(roles.coordinating, coordinating)
    roles.later = [name for name in _later_subjects(body, province) if name not in roles.responsible]
    return roles


def executes_decision(text: str) -> bool:
    """Whether ``text`` is a decision's implementation article ("... chịu trách nhiệm thi hành Quyết định này")."""
    return EXECUTES_DECISION.search(fold(text)) is not None


def _executors(text: str, province: str | None) -> list[str]:
    """The officials an implementation article names, each one, the whole list read up to its duty (names in it
    may hold action words: "Hội đồng đánh giá chuẩn tiếp cận pháp luật huyện An Phú"): "Chánh Văn phòng UBND
    tỉnh, Giám đốc các Sở: Tài chính, Xây dựng, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành
    Quyết định này" -> Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Xây dựng, Chủ tịch UBND ..."""
    folded = fold(text)
    for duty in EXECUTION.finditer(folded):
        before = text[: duty.start()].rstrip()
        people = PEOPLE_NAMED.search(before)
        named = [display(people.group("who"))] if people else []
        before = re.sub(r"[\s,;]*(?:(?<!\w)và)?\s*$", "", before[: people.start("who")]) if people else before
        starts = [m for m in EXECUTION_START.finditer(folded, 0, len(before))]
        sentence = max((i for i, m in enumerate(starts) if m.start() == 0 or m.group(0)[:1] in ".!?:"), default=0)
        start = starts[-1].end() if starts else 0
        for candidate in starts[sentence:]:  # "... cơ quan thuộc\nChính phủ, ...": a list wrapped, read from its start
            subject = read_subject(before, candidate.end(), stop_at_verbs=False, province=province)
            if subject.bodies and subject.end >= len(before.rstrip(" ,;")):
                last = IN_DOCUMENT.sub("", subject.bodies[-1])
                return [*subject.bodies[:-1], *([last] if last else []), *named]
        if named and (not before[start:].strip() or before.endswith((".", ":", "!", "?"))):
            return named  # the people alone, after the article's title or a sentence
    return []


def _later_subjects(text: str, province: str | None) -> list[str]:
    """Bodies that open a later sentence with an action, a second subject of the item: "Chủ trì, phối hợp với
    các bộ, cơ quan có liên quan khẩn trương nghiên cứu ... Các bộ, cơ quan liên quan chỉ định và giao nhiệm vụ
    cụ thể ...", "... Bộ Công an theo dõi, hướng dẫn, kiểm tra ..."; not what the issuer will do or has done."""
    found: list[str] = []
    folded = fold(text)
    notes = NOTES.search(folded)  # "... trong khi xem xét cần lưu ý: ... Cơ quan y tế kiểm tra hồ sơ ..." are points
    end = notes.start() if notes else len(text)
    starts = [m.end() for m in SENTENCE.finditer(text, 0, end)] + _assigned_clauses(text, folded, end)
    for start in sorted(starts):
        subject = read_subject(text, start, province=province)
        pos = _skip_space(folded, subject.end)
        if not subject.bodies or any(len(name.split()) > LATER_BODY_WORDS for name in subject.bodies):
            continue
        if verb_re().match(folded, pos) and not NOT_ASKED.match(folded, pos):
            _add(found, subject.bodies)
    return found


def _assigned_clauses(text: str, folded: str, end: int) -> list[int]:
    """Clauses after ";" that a "giao/đề nghị/yêu cầu" before them in the same sentence governs, opening with a
    group: "... giao Bộ Nội vụ phối hợp với Văn phòng Chính phủ chắt lọc, tiếp thu ý kiến ...; các bộ, cơ quan
    tiếp thu ý kiến của các đại biểu để chủ động tổ chức thực hiện ..." (79/TB-VPCP, 1)."""
    starts: list[int] = []
    for clause in GROUP_CLAUSE.finditer(folded, 0, end):
        sentence = max(folded.rfind(mark, 0, clause.start()) for mark in ".:!?")
        if any(read_subject(_capitalised(text, m.end()), m.end()).bodies
               for m in ADDRESS.finditer(folded, sentence + 1, clause.start())):
            starts.append(clause.end())  # an assignment to a body, not "giao hàng qua hệ thống ..."
    return starts


def heading_bodies(heading: str, province: str | None = None) -> list[str]:
    """The bodies a heading stands for when it is only a list of bodies, else [].

    "2. UBND cấp huyện, cấp xã:" -> ["UBND cấp huyện", "UBND cấp xã"];
    "2.1. Đối với nội dung “Tham gia của người dân ở cấp cơ sở”:" -> [];
    "a) Đối với chủ vật nuôi:" -> ["Chủ vật nuôi"] (whose duties the items below list).
    """
    text = ASIDE.sub("", LABEL.sub("", heading, count=1))
    if PERSON_HEADING.fullmatch(text):
        return [display(squash(text).strip(" .:"))]  # "Công chức Văn phòng - Thống kê, Ông Nguyễn Văn Sang."
    prefix = HEADING_PREFIX.match(fold(text))
    text = _capitalised(text[prefix.end() :], 0) if prefix else text  # "1.1. Giao phòng Nông nghiệp và PTNT:"
    suffix = HEADING_SUFFIX.search(fold(text))
    core = text[: suffix.start()] if suffix else text
    regarding = bool(prefix and REGARDING.match(prefix.group(0)))
    qualified = _qualified_group(core, province) if regarding else []
    if qualified:
        return qualified
    if not core.strip() or TITLE_ACTION.search(core):
        return []
    subject = read_subject(core, 0, stop_at_verbs=False, province=province)
    rest = core[subject.end :].strip(" \t\n,;.")
    if rest and subject.bodies and (QUALIFIER_TAIL.fullmatch(fold(rest)) or (regarding and _short(rest))):
        return [*subject.bodies[:-1], f"{subject.bodies[-1]} {squash(rest)}"]
    if regarding and not subject.bodies and ACTOR.match(fold(core)) and _short(core):
        return [display(core)]
    if not subject.bodies and DUTY_HEADING.search(fold(text)) and _named_subject(core):
        return [display(core)]
    return subject.bodies if not rest else []


def _qualified_group(core: str, province: str | None) -> list[str]:
    """The bodies of a "Đối với" heading with a relative clause that picks some of them, kept with it: "Đối với các
    Sở, ban, ngành có các HTTT triển khai tới UBND cấp xã:" (11/CT-UBND Hà Nội) -> "Các Sở, ban, ngành có các HTTT
    triển khai tới UBND cấp xã" (an action word inside the clause is no action of the heading)."""
    subject = read_subject(core, 0, stop_at_verbs=False, province=province)
    rest = squash(core[subject.end :]).strip(" ,;.")
    if not subject.bodies or not RELATIVE.match(fold(rest)) or len(rest.split()) > RELATIVE_WORDS:
        return []
    return [*subject.bodies[:-1], f"{subject.bodies[-1]} {rest}"]


def _named_subject(core: str) -> bool:
    """A capitalised name of a few words, no clause in it: "Chủ đầu tư", "Tổ chức làm nhiệm vụ bồi thường"."""
    core = core.strip()
    return core[:1].isupper() and len(core.split()) <= DUTY_SUBJECT_WORDS and not re.search(r"[.;:,()\d]", core)


def _short(text: str) -> bool:
    """A qualifier or an actor of a few words ("có dịch", "nhân viên thú y cấp xã"), not a sentence."""
    return len(text.split()) <= 6 and not re.search(r"[.;:]", text.strip(" .:"))


def page_roles(raw: str, joined: Roles, province: str | None = None) -> Roles:
    """The roles of an item read on the page's lines, where a title line of bodies ends at its line ("5. Giao
    Văn phòng Cục\nĐẩy mạnh công tác ...", "3. Giao Chi cục kiểm tra sau thông quan\nTăng cường ..."); the roles
    ``joined`` read from its joined text when the lines cut a list ("Thủ trưởng các đơn vị thuộc\nBộ và ...")."""
    text = lines(LABEL.sub("", raw, count=1))
    roles = item_roles(text, province)
    titled = title_line_bodies(text, province)
    if titled:
        roles.responsible = titled
        roles.coordinating = [name for name in roles.coordinating if name not in titled]
    if roles.responsible or (not joined.responsible and roles.subject):
        return roles
    return joined


def title_line_bodies(text: str, province: str | None = None) -> list[str]:
    """The bodies of an item whose first line is a title of bodies and whose sentence starts on the next
    line: "5. Giao Văn phòng Cục\nĐẩy mạnh công tác truyền thông ..." -> ["Văn phòng Cục"]."""
    body = LABEL.sub("", text, count=1)
    first = TITLE_THEN_SENTENCE.match(body)
    if first is None or not first.group(2).isupper() or first.group(1).rstrip()[-1:] in ".;:,":
        return []
    if read_subject(body, first.start(2), province=province).bodies:
        return []  # a list of bodies wrapped over lines: "..., Cục trưởng Cục Kế hoạch - Tài chính\nViện trưởng ..."
    return heading_bodies(first.group(1), province)


def opening_bodies(preamble: str, province: str | None = None) -> list[str]:
    """The bodies the opening addresses: a last lead-in "X có trách nhiệm:", else the last
    "yêu cầu/đề nghị/giao X <verb>" of it."""
    lead = re.split(r"(?<=[.;])\s+|\n", preamble.strip())[-1]
    if lead.endswith(":"):
        named = _subjects_before(lead, DUTY, province)
        if named:
            return named
    folded = fold(preamble)
    found: list[str] = []
    for match in ADDRESS.finditer(folded):  # "... yêu cầu lãnh đạo các sở, ban, ngành, Chủ tịch UBND các huyện ..."
        subject = read_subject(_capitalised(preamble, match.end()), match.end(), province=province)
        if subject.bodies:
            found = subject.bodies
    return found


def reports_result(text: str, province: str | None = None) -> bool:
    """An item that states what bodies did or failed to do ("Các địa phương đã tham mưu tổ chức ...",
    "Đã tổ chức hội nghị ...") reports a result: it is no task."""
    body = LABEL.sub("", text, count=1)
    folded = fold(body)
    subject = read_subject(body, 0, province=province)
    pos = _skip_space(folded, subject.end)
    if not subject.bodies and pos != _skip_space(folded, 0):
        return False
    return bool(REPORTED.match(folded, pos))


def reported_request(text: str) -> bool:
    """A request told as past events: "ngày 16/8/2018 Bộ ... đã có Công văn số 3395/... gửi Tổng công ty ...
    và đề nghị Tổng công ty ..." (an "đã" earlier in the sentence of the first "đề nghị/giao/yêu cầu"), or as
    received: "Cục Hải quan nhận được công văn số BMVN/51327340/01 ... của Công ty Luật ... đề nghị:", or a citizen's
    own request ("Tuy nhiên, gia đình bà đề nghị UBND huyện có phương án hỗ trợ ...")."""
    folded = fold(text)
    match = ADDRESS.search(folded)
    if match is None:
        return False
    sentence_start = max(folded.rfind(mark, 0, match.start()) for mark in ".;:")
    before = folded[sentence_start + 1 : match.start()]
    clause = re.split(r"[,;]", before)[-1]
    return re.search(r"(?<!\w)(?:đã|nhận\s+được)(?!\w)", before) is not None or bool(CITIZEN.match(clause))
