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
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from parsers.header import doc_types
from parsers.model import Citation, Deadline, Document, StructureNode, Task
from parsers.structure import task_path
from parsers.tasks.bodies import display, lookup
from parsers.tasks.deadlines import TIME_FIELD, find_deadline
from parsers.tasks.responsibility import (
    ADDRESS,
    ITEM_FIELD,
    LABEL,
    Roles,
    executes_decision,
    field_subject,
    heading_bodies,
    item_roles,
    opening_bodies,
    page_roles,
    reported_request,
    reports_result,
)
from parsers.tasks.subjects import SHARED_TITLE, read_subject
from parsers.tasks.tables import with_table_tasks
from parsers.tasks.words import fold, phrase_pattern, squash, verb_re, words
from parsers.text import base_letters

__all__ = ["extract_tasks"]

# A section that states purpose, background or rules rather than tasks: "I. MỤC ĐÍCH, YÊU CẦU", "VIII. DỰ KIẾN
# HIỆU QUẢ CỦA KẾ HOẠCH", "3.2. Về đầu mối và hình thức báo cáo" (channels, contact persons); in a
# conclusion notice the assessment of past work: "2. Các tồn tại, hạn chế", "Ưu điểm", "Nguyên nhân"; in a land
# recovery notice its planned schedule: "3. Dự kiến kế hoạch thực hiện: a) Kế hoạch thời gian: (1) Từ ngày 09 tháng
# 02 năm 2023 đến ngày 15 tháng 02 năm 2023: Thông báo chủ trương thu hồi đất ..." (04/TB-UBND An Phú); an
# inspection plan's "II. NỘI DUNG KIỂM TRA" and "III. PHƯƠNG PHÁP KIỂM TRA" (46/QĐ-BCĐCCHC: what the teams will
# look at); a plan's "II. HIỆN TRẠNG ỨNG DỤNG CNTT" (2668/KH-UBND); its targets, "II. CHỈ TIÊU PHẤN ĐẤU" (154/CTPH An
# Giang; not "II. CHỈ TIÊU, NHIỆM VỤ").
NON_TASK_HEADING = re.compile(
    r"""^(?:mục\s+đích|yêu\s+cầu|mục\s+tiêu|quan\s+điểm|kết\s+quả|tình\s+hình|đánh\s+giá|căn\s+cứ
        |phạm\s+vi|đối\s+tượng(?:\s+áp\s+dụng)?|giải\s+thích|thực\s+trạng|hiện\s+trạng|sự\s+cần\s+thiết|nguyên\s+tắc
        |hiệu\s+lực|điều\s+khoản\s+thi\s+hành|dự\s+ki[ếéêe]n\s+(?:hiệu\s+quả|kết\s+quả|kế\s+hoạch)|hiệu\s+quả\s+dự\s+kiến
        |kế\s+hoạch\s+thời\s+gian|lịch\s+trình|thời\s+gian\s+biểu
        |(?:các\s+)?chỉ\s+ti[êể]u(?:\s+(?:phấn\s+đấu|chủ\s+yếu|cụ\s+thể))?(?!\s*(?:,|và)\s*(?:nhiệm|giải|nội))
        |(?:về\s+)?đầu\s+mối(?:\s+và\s+hình\s+thức)?\s+báo\s+cáo|(?:về\s+)?hình\s+thức\s+báo\s+cáo|kinh\s+phí|thời\s+gian\s+thực\s+hiện|tiến\s+độ\s+thực\s+hiện
        |trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện
        |(?:nội\s+dung|phương\s+pháp|hình\s+thức)[^:.]{0,40}?(?:ki[ểềêe]m\s+tra|thanh\s+tra|giám\s+sát)
        |(?:(?:các|những|một\s+số)\s+)?(?:tồn\s+tại|hạn\s+chế|ưu\s+điểm|khuyết\s+điểm|nguyên\s+nhân
            |mặt\s+(?:đã\s+)?làm\s+được|bài\s+học\s+kinh\s+nghiệm))(?=[\s,:.;]|$)""",
    re.VERBOSE,
)
# A section of purposes and requirements whose tone marks OCR misread, that title alone: "I. MỤC TIỂU, YÊU CẦU"
# (11/CT-UBND Hà Nội, a scan), "II. YÊU CÂU"; not "I. YÊU CẢU TRONG XÂY DỰNG KẾ HOẠCH ..." nor "II. MỤC TIỀU, NHIỆM VỤ
# CHỦ YÊU ..." (08/CT-UBND Đắk Nông: their items are the tasks).
PURPOSE_UNMARKED = re.compile(
    r"\s*(?:muc\s+(?:tieu|dich)|yeu\s+cau)(?:\s*(?:,|va)\s*(?:muc\s+(?:tieu|dich)|yeu\s+cau))*\s*[.:]?\s*")
# The schedule or the means of the work: "2. Tiến độ thực hiện:", "V. THỜI GIAN THỰC HIỆN", "4. Kinh phí thực hiện:".
# Its items are tasks when they say who does what by when ("- Trước ngày 10/10/2022: Các địa phương, đơn vị xây
# dựng Kế hoạch;", 1445/SLĐTBXH Quảng Bình), and a leaf when it asks a body to act ("4. Kinh phí thực hiện: Ngoài
# kinh phí ..., đề nghị UBND các huyện, thị xã, thành phố bố trí bổ sung kinh phí địa phương ...").
SCHEDULE_OR_MEANS = re.compile(
    r"(?:tiến\s+độ|thời\s+gian)\s+(?:thực\s+hiện|triển\s+khai)|(?:nguồn\s+)?kinh\s+phí(?:\s+thực\s+hiện)?(?=[\s,:.;]|$)"
)
# A dated step of a schedule, before what is done then: "Trước ngày 10/10/2022:", "Từ 26/11 đến 20/12/2022:",
# "Năm 2025:", "Trong tháng 7/2025:" (a date in it; no sentence before the colon).
DATED_STEP = re.compile(r"(?:trước|từ|đến|trong|chậm\s+nhất|năm|tháng|quý|giai\s+đoạn)(?!\w)[^:.;\n]{0,60}?\d[^:.;\n]{0,30}?:\s*")
# A plan's schedule section, whose steps each name who acts by when: "III. THỜI GIAN THỰC HIỆN" then "1. Năm 2024:
# ... theo tiến độ sau:", "- Trước ngày 30/6/2024: Tổ công tác cấp xã hoàn thành thu thập ..." (672/KH-UBND Quảng
# Bình); only the steps that name their own body are tasks ("- Quý IV/2025: Tổng kết" states a time).
SCHEDULE_SECTION = re.compile(r"^(?:thời\s+gian|tiến\s+độ)\s+thực\s+hiện(?=[\s,:.;]|$)")
# A propaganda plan's sections of topics and means, "II. NỘI DUNG TUYÊN TRUYỀN", "III. HÌNH THỨC TUYÊN TRUYỀN", which
# its "V. TỔ CHỨC THỰC HIỆN" assigns (3125/KH-STC Đắk Nông); only as a section: "1.1. Nội dung tuyên truyền, vận động"
# under "1. Đẩy mạnh công tác tuyên truyền" lists the work itself (62/KH-TTTTƯD Sơn La).
# An emulation plan's "II. NỘI DUNG PHONG TRÀO THI ĐUA" (what the movement strives for, 08/KH-STTTT Hà Tĩnh) is
# likewise assigned by its "IV. TỔ CHỨC THỰC HIỆN".
PROPAGANDA_SECTION = re.compile(
    r"(?:nội\s+dung|hình\s+thức|phương\s+thức)(?:\s*(?:,|và)\s*(?:hình\s+thức|phương\s+thức))?\s+"
    r"(?:tuyên\s+truyền|phổ\s+biến|(?:phong\s+trào\s+)?thi\s+đua)(?=[\s,:.;]|$)"
)
# A decision's basis, in its preamble: "Xét đề nghị Sở Tài chính tại các Công văn số 10587/STC-HCSN ..." (2858/QĐ-UBND
# Hồ Chí Minh), "Theo đề nghị của Giám đốc Sở Nội vụ", "Căn cứ ...".
BASIS = re.compile(r"\W*(?:(?:xét|theo)\s+(?:đề\s+nghị|tờ\s+trình|báo\s+cáo)|căn\s+cứ)(?!\w)")
# A name in quotes: "Phê duyệt Đề án “Nâng cao nhận thức, ... đến năm 2025, định hướng đến năm 2030” (sau đây gọi tắt là
# Đề án) với những nội dung chủ yếu sau đây:" (146/QĐ-TTg).
QUOTED_NAME = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"")
# A closing sentence of the directive glued to the last item: "Ủy ban nhân dân tỉnh yêu cầu các cơ
# quan, đơn vị, địa phương nghiêm túc triển khai thực hiện các nội dung nêu trên./.", "Sở Nội vụ đề
# nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện./.", "Nhận Công điện này, yêu cầu Thủ
# trưởng các phòng, ban, đơn vị, đoàn thể; Chủ tịch UBND các xã, thị trấn khẩn trương triển khai thực hiện./.",
# "Sở Nội vụ đề nghị Văn phòng (phòng TC-HC-TH, TCCB) các sở ...; phòng Nội vụ các huyện, thành phố thực hiện tốt
# các nội dung trên./.".
CLOSING = re.compile(
    r"""\s*(?:
        [^.;:]{0,80}?(?<!\w)(?:yêu\s+cầu|đề\s+nghị(?!\s+của)|thông\s+báo\s+để|trân\s+trọng)(?!\w)[^;]{0,250}?\./\.(?:\s\S{1,3})?
      | [^.;:]{0,80}?(?<!\w)(?:yêu\s+cầu|đề\s+nghị)(?!\w)[^.]{0,250}?
        (?:chỉ\s+thị|công\s+văn|kế\s+hoạch|quyết\s+định|thông\s+báo|văn\s+bản)\s+này(?!\w).*
      | [^.;:]{0,80}?(?<!\w)(?:yêu\s+cầu|đề\s+nghị)(?!\w)[^.]{0,250}?(?:nội\s+dung|công\s+việc)\s+(?:nêu\s+)?trên\s*\./\.
      | trên\s+đây\s+là.*
      | nh[ậâ]n\s+(?:được\s+)?(?:công\s+điện|công\s+văn|chỉ\s+thị|thông\s+báo|kế\s+hoạch|văn\s+bản)\s+này(?!\w).*
      | trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện.*?(?:khó\s+khăn|vướng\s+mắc).*
    )\s*$""",
    re.VERBOSE | re.DOTALL,
)
# The closing's first sentence when the directive names itself by its type alone, the "if difficulties" sentence
# after it: "Yêu cầu các sở, ban, ngành cấp tỉnh, UBND các huyện, thị xã, thành phố; các cơ quan, đơn vị ... tổ chức
# thực hiện Kế hoạch có hiệu quả. Trong quá trình tổ chức thực hiện, trường hợp có khó khăn, ... báo cáo Ủy ban
# nhân dân tỉnh ... để xem xét, giải quyết./." (672/KH-UBND Quảng Bình); not "... thực hiện Kế hoạch số 12/KH-UBND".
CLOSING_SELF = re.compile(
    r"""[^.;:]{0,80}?(?<!\w)(?:yêu\s+cầu|đề\s+nghị)(?!\w)[^.]{0,300}?thực\s+hiện\s+(?:tốt\s+|nghiêm\s+túc\s+)?
        (?:chỉ\s+thị|kế\s+hoạch|quyết\s+định|thông\s+báo|chương\s+trình|hướng\s+dẫn)
        (?:\s+(?:có|đạt)\s+hiệu\s+quả)?\s*\.(?:/\.)?\s*$""",
    re.VERBOSE,
)
CLOSING_LENGTH = 250  # a closing sentence is short; the two sentences of a closing paragraph twice that
# A lead-in whose dashes are points to note, not tasks: "trong khi xem xét cần lưu ý:".
# Also the documents an item names as examples: "thực hiện nghiêm các công điện, chỉ thị của Thủ tướng Chính
# phủ ... như:" then "- Công điện hỏa tốc số 65/CĐ-TTg ...".
NOTES_INTRO = re.compile(r"(?:lưu\s+ý|chú\s+ý|bao\s+gồm|gồm\s+có|gồm|như\s+sau\s+đây|(?<!\w)như)\s*:\s*$")
# Adverbs that may come before the action that opens a task: "Định kỳ hằng năm gửi báo cáo ...", and the negation of
# a prohibition: "Không kiểm tra, đánh giá đối với những nội dung kiến thức đã tinh giản ..." (1113/BGDĐT-GDTrH).
ADVERBS = re.compile(
    r"^(?:(?:định\s+kỳ|hằng\s+năm|hàng\s+năm|hằng\s+quý|hàng\s+quý|hằng\s+tháng|hàng\s+tháng|kịp\s+thời"
    r"|khẩn\s+trương|nghiêm\s+túc|tích\s+cực|sớm|ngay|tuyệt\s+đối\s+không|không)[\s,]+)+"
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
# The words that open an "if difficulties" line, up to where an assigned action would follow: "Quá trình thực
# hiện, tổng hợp và kiến nghị các khó khăn ..." (957/KH-HQKV8, a unit's duty) is no such line.
DIFFICULTIES_LEAD = re.compile(
    r"(?:trong\s+)?quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai)[\s,]*"
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
# A procedure step before the item's sentence: "Bước 1: Phòng Đào tạo cung cấp danh sách sinh viên ...",
# "Bước 7: : Trung tâm Quản lý chất lượng tổng hợp ..." (a doubled colon from OCR).
STEP = re.compile(r"bước\s+\d{1,2}\s*[:.)](?:\s*:)?\s*")
# The section of a plan or guidance that assigns the work: "V. TỔ CHỨC THỰC HIỆN" (OCR: "TÓ CHỨC", "TÔ CHỨC"),
# "IV. TRÁCH NHIỆM THỰC HIỆN", "III. TỔ CHỨC TRIỂN KHAI".
IMPLEMENTATION = re.compile(
    r"^(?:t[ổôóỏồo]\s+chức\s+(?:thực\s+hiện|triển\s+khai)|trách\s+nhiệm\s+(?:thực\s+hiện|triển\s+khai))(?!\w)"
)
# The plan itself named as what is carried out: "triển khai thực hiện nghiêm Kế hoạch", "thực hiện Kế hoạch này".
PLAN_ITSELF = re.compile(r"(?:thực\s+hiện|triển\s+khai)(?:\s+\w+){0,2}\s+kế\s+hoạch(?!\w)")
# A leaf's "title" longer than this is a sentence ending in ":" (a scan's ";"), not the title of a section.
SENTENCE_TITLE = 120
# How many lines of page 1 may come before the type's title line (issuer, motto, number, date, stamps).
TITLE_LINES = 30
# The longest name of who performs a step ("Trung tâm Quản lý chất lượng").
STEP_ACTOR_WORDS = 6
# How many describing dashes make them the points of their item's duty rather than a list of tasks.
POINTS_MIN = 4
# Fewer dashes are its points too when none of them acts: "b. Thủ tục đăng ký hoãn thi: SV đăng nhập tài khoản ...
# để thực hiện đăng ký hoãn thi ..." then "- Đơn xin hoãn thi ...", "- Minh chứng cho lý do hoãn thi", "- Lịch thi cá
# nhân" (64/HD-KT&ĐBCL: the papers to file).
POINTS_MIN_NONE = 2
FIELD_REACH = 40  # a colon this near a dash's start makes it a field ("Thời gian đào tạo: Trong quá trình ...")
# A bare title over bullets, no sentence of its own (no stop, colon or comma, a few words): "➢ Quy định chung",
# "➢ Yêu cầu về nhiệm vụ thực tập" (46/KH-KHMT): its verb-like first word ("Quy định", "Yêu cầu") asks nothing.
# A blank to fill in: the lines of a return the addressees send back are fields of one task ("1. Báo cáo số lượng
# người làm việc tại đơn vị:" then "- Số người làm việc hiện có (tính đến 30/11/2017): ........... người").
FORM_BLANK = re.compile(r"(?:\.\s?){4,}|…{2,}")
BARE_TITLE = re.compile(r"^[^.,:;!?]+$")
BARE_TITLE_WORDS = 12
# A run-in title of a plan's item before its sentence: "3.1. Nội dung nhiệm vụ Quán triệt, phổ biến Thông tư ...",
# "3.2. Phương pháp thực hiện Tổ chức đăng ký xây dựng cơ quan ..." (the sentence opens with a capital).
RUN_IN_TITLE = re.compile(
    r"(?:nội\s+dung(?:\s+nhiệm\s+vụ)?|(?:phương\s+pháp|biện\s+pháp|giải\s+pháp)(?:\s*,\s*biện\s+pháp)?"
    r"(?:\s+thực\s+hiện)?)\s+"
)
# Kinds that open a section: one of them under a numbered item means the hierarchy was misread.
SECTION_KINDS = {"part", "chapter", "section", "roman"}
# Structure kinds of legal text: an article there is a task only when it names who must act.
LEGAL_KINDS = {"article", "clause", "point", "chapter", "part", "section"}
ARTICLE_KINDS = frozenset({"article", "clause", "point"})  # an article and its parts
# A paragraph that sends the addressees material to act on: "Cục Hải quan gửi bản mềm công văn ... đến hộp
# thư điện tử của các đầu mối ... để triển khai việc kiểm tra, giám sát ...", "Văn phòng Bộ xin gửi trước dự
# thảo Quy chế để các đơn vị nghiên cứu, tham gia, đóng góp ý kiến" ("dé", "đề": OCR of "để").
SENT_TO_ACT = re.compile(
    r"""(?<!\w)(?:gửi|chuyển)(?!\w)(?:[^.;]|\.(?=\S)){0,400}?(?<!\w)(?:để|đề|dé)\s+(?:các\s+|quý\s+)?(?:đơn\s+vị\s+|cơ\s+quan\s+)?
        (?:triển\s+khai|nghiên\s+cứu|thực\s+hiện|tham\s+gia|góp\s+ý|đóng\s+góp|cho\s+ý\s+kiến|kiểm\s+tra|theo\s+dõi
        |phối\s+hợp|xem\s+xét|xử\s+lý|giải\s+quyết)(?!\w)""",
    re.VERBOSE,
)
# A paragraph that has something sent in by a date: "Kế hoạch rà soát quy định, thủ tục hành chính của các cơ quan,
# đơn vị gửi về UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 05/01/2012 để tổng hợp" (4532/UBND-KSTTHC): the
# addressees' task, though no verb of request names them (OCR reads "về" with another tone: "gửi VỆ UBND tỉnh").
SENT_BY_DATE = re.compile(r"(?<!\w)(?:gửi|nộp|báo\s+cáo)(?:\s+\S+){0,2}?\s+v[ềệếểễêe](?!\w)")
# Groups that only point back at the addressees: "Các đơn vị", "các cơ quan, đơn vị có liên quan".
POINTER = re.compile(
    r"(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị|địa\s+phương)(?:\s*(?:,|và)\s*(?:cơ\s+quan|đơn\s+vị|địa\s+phương))*"
    r"(?:\s+(?:có\s+)?liên\s+quan)?"
)
# A group that can only mean the letter's addressees: "đề nghị các đơn vị đăng ký danh sách" (275/STTTT-CNTT, to
# "Kính gửi: - Các đơn vị trực thuộc sở; - Các doanh nghiệp ...; - Các cơ quan báo chí ..."), "đề nghị các cơ quan,
# đơn vị gửi về Phòng Kinh tế - Hạ tầng" (141/PKTHT-TH); not "các cơ quan, đơn vị có liên quan", a group of its own.
ADDRESSEES_AGAIN = re.compile(
    r"(?:các|những|quý)\s+(?:cơ\s+quan|đơn\s+vị|địa\s+phương)(?:\s*(?:,|và)\s*(?:cơ\s+quan|đơn\s+vị|địa\s+phương))*"
)
# The units of the issuer, pointing at the addressees: "các đơn vị thuộc Cục", "các đơn vị trực thuộc Sở".
POINTER_OF = re.compile(r"(?:các|những)\s+(?:cơ\s+quan,\s*)?đơn\s+vị\s+(?:trực\s+)?thuộc(?!\w)")
# A lead-in to the requests of a letter received: "Cục Hải quan nhận được công văn số BMVN/51327340/01 ... của
# Công ty Luật TNHH Quốc tế BMVN đề nghị:".
RECEIVED_REQUEST = re.compile(r"(?<!\w)(?:nhận\s+được|đã\s+có)(?!\w).*(?:đề\s+nghị|yêu\s+cầu|kiến\s+nghị)\s*:$")


# A notice's closing sentence naming whom it is sent to: "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Điện
# Biên và các Bộ, cơ quan liên quan biết, thực hiện./." (648/TB-VPCP)
# A letter's lead-in that hands the numbered items below it to the addressees, whatever each item opens with
# ("1. Ghi các thành phần ..., cụ thể: - Nếu đơn vị thụ hưởng là TTYT ...: ghi đại diện Lãnh đạo TTYT ..."):
# "Sở Y tế gửi các Trung tâm y tế ... tiếp tục thực hiện một số nội dung công việc sau:" (02/SYT-GAVI Kiên Giang),
# "... đề nghị các đơn vị báo cáo, đăng ký như sau:" (folded).
LETTER_LEAD_IN = re.compile(
    r"(?:thực\s+hiện|triển\s+khai|báo\s+cáo|đăng\s+ký|cung\s+cấp|gửi)(?!\w)[^;:]{0,300}?(?:sau|như\s+sau)\s*:$"
)
LEAD_IN_REACH = 600  # characters before the first item where its lead-in sentence lies
NOTICE_CLOSING = re.compile(r"thông\s+báo\s+(?:để|cho|tới|đến)\s+(?P<who>[^.\n]{3,300}?)\s+(?:được\s+)?biết\b")
# A People's Committee of a named province or city: "UBND tỉnh Điện Biên", "UBND Thành phố Hồ Chí Minh"
LOCAL_COMMITTEE = re.compile(r"UBND\s+(?:tỉnh|[Tt]hành\s+phố)\s+(?P<initial>\w)")
# "Tỉnh" / "Thành phố" alone opening a clause, an action after it: "Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư",
# "Tỉnh căn cứ các quy định hiện hành" (not "Tỉnh ủy", "Thành đoàn", nor "Thành phố Hồ Chí Minh")
LOCAL_SUBJECT = re.compile(r"(?:(?<=^)|(?<=[.;:]\s))(?:Tỉnh|Thành\s+phố)(?=\s+(?P<next>\w+))")
NOT_LOCAL = frozenset({"ủy", "uỷ", "đoàn"})  # "Tỉnh ủy", "Thành đoàn": bodies of their own


@dataclass
class _Context:
    """What every task of one document shares."""

    doc: Document
    citations: list[Citation]
    province: str | None
    year: int | None
    fallback: list[str]
    tasks: list[Task] = field(default_factory=list)
    implementers: list[str] = field(default_factory=list)  # who carries out a plan addressed to nobody
    locality: str = ""  # the People's Committee a notice is sent to: what "Tỉnh ..." in its items stands for
    handed: list[tuple[int, int]] = field(default_factory=list)  # items a letter's lead-in hands to its addressees


def extract_tasks(doc: Document, citations: list[Citation]) -> list[Task]:
    """The tasks a directive assigns, in document order, each with its bodies, deadline and cites;
    the rows of task tables (``parsers/tasks/tables.py``) among them.

    Laws, codes, decrees, circulars, consolidated texts and precedents assign none (``yields_tasks``);
    nothing inside the "Nơi nhận" list is a task."""
    if not yields_tasks(doc.header.type, doc.header.number):
        return _rule_executors(doc, citations) if _normative_decision(doc) else []
    return with_table_tasks(doc, citations, _tree_tasks(doc, citations))


def _normative_decision(doc: Document) -> bool:
    """A normative decision or resolution ("04/2025/QĐ-UBND"), not a statute: its rules are no tasks, but its
    implementation article assigns work."""
    folded = fold(doc.header.type or "").strip()
    return folded in {fold(word) for word in words("dated")}


def _rule_executors(doc: Document, citations: list[Citation]) -> list[Task]:
    """The tasks of a normative decision: the clauses of its implementation article ("Điều 5. Tổ chức thực hiện
    1. Sở Tài nguyên và Môi trường chủ trì, ...") and its execution clause ("Chánh Văn phòng Ủy ban nhân dân tỉnh;
    Giám đốc Sở ... chịu trách nhiệm thi hành Quyết định này"), wherever it stands (04/2025/QĐ-UBND Cà Mau:
    "Điều 6. Hiệu lực thi hành ... 2. Chánh Văn phòng ..."); its rules (scope, subjects, conditions) are none."""
    spans = [(node.start, max(n.end for n in _all_nodes([node])))
             for node in _all_nodes(doc.structure) if node.kind == "article" and _implementation(node)]
    tasks = _tree_tasks(doc, citations)
    return [task for task in tasks
            if any(start <= task.span[0] < end for start, end in spans) or executes_decision(task.text)]


def _tree_tasks(doc: Document, citations: list[Citation]) -> list[Task]:
    """The items of the structure tree and the unnumbered body paragraphs (``¶N``) that assign work."""
    ctx = _Context(doc, citations, doc.header.province, _year(doc.header.date), _fallback(doc))
    ctx.locality = _locality(doc)
    if not ctx.fallback:
        ctx.implementers = _implementers(doc)
    handed = False
    for node in doc.structure:
        handed = handed or (node.kind == "item" and _letter_lead_in(node, ctx))
        if handed and node.kind == "item":
            ctx.handed.append((node.start, max(n.end for n in _all_nodes([node]))))
        _walk(node, [], ctx)
    blocks = distribution_blocks(doc.text)
    received = _received_requests(doc)
    dropped = [(node.start, node.end) for node in received]
    ctx.tasks = [task for task in ctx.tasks if not any(start <= task.span[0] < end for start, end in dropped)]
    ctx.tasks += _paragraph_tasks(ctx, blocks, received)
    ctx.tasks.sort(key=lambda task: task.span[0])
    tasks = [task for task in ctx.tasks if not any(start <= task.span[0] < end for start, end in blocks)]
    tasks = _procedure_tasks(doc, tasks)
    if any(task.responsible and not executes_decision(task.text) for task in tasks):
        return [task for task in tasks if task.responsible]  # duties nobody is named for are not assigned yet
    return tasks  # the officials who execute a decision name nobody for its items (nor for its attached plan)


def _letter_lead_in(node: StructureNode, ctx: _Context) -> bool:
    """Whether the sentence just before a letter's first numbered item hands the items to its addressees ("...
    đề nghị các đơn vị thực hiện các nội dung sau:"): every item below is then a task (theirs unless it names its
    own body), even one that opens with a condition or a topic rather than an action; never in a directive with
    no addressees."""
    if not ctx.doc.header.recipients or not ctx.fallback:
        return False
    before = ctx.doc.text[max(0, node.start - LEAD_IN_REACH) : node.start].strip()
    lead = re.split(r"(?<=[.;!?])\s", before)[-1]
    folded = fold(squash(lead))
    return folded.endswith(":") and bool(ADDRESS.search(folded) or LETTER_LEAD_IN.search(folded))


def _procedure_tasks(doc: Document, tasks: list[Task]) -> list[Task]:
    """In a guidance ("Hướng dẫn") the sections before "TỔ CHỨC THỰC HIỆN" describe the standing procedure
    (who files, who reviews, the ceremony): there only an explicit assignment ("Giao Ban Tổ chức Thành ủy
    tổng hợp ...") is a task; the items of the implementation section all are."""
    if not _of_kind(doc, "procedure"):
        return tasks
    spans = [(node.start, max(n.end for n in _all_nodes([node]))) for node in doc.structure if _implementation(node)]
    if not spans:
        return tasks
    return [task for task in tasks
            if any(start <= task.span[0] < end for start, end in spans) or ADDRESS.match(fold(task.text))]


def _of_kind(doc: Document, kind: str) -> bool:
    """Whether the document's type is one of the ``kind`` words of task_words.tsv ("plan": Kế hoạch), or a kind of
    one ("Chương trình hành động", "Kế hoạch hành động" are plans)."""
    found = document_type(doc)
    return bool(found) and any(found.startswith(key) for key in _type_keys(words(kind)))


def document_type(doc: Document) -> str:
    """The type in letters without marks or spaces ("kehoach"): the header's, else a capitals title line
    of the first page, as a scan's OCR reads it ("KẺ HOẠCH", "KÉHOẠCH ..")."""
    if doc.header.type:
        return _type_key(doc.header.type)
    known = _type_keys(tuple(doc_types()))
    for line in doc.text[:2000].splitlines()[:TITLE_LINES]:
        letters = "".join(c for c in line if c.isalpha())
        if letters.isupper() and base_letters(letters) in known:
            return base_letters(letters)
    return ""


def _type_key(name: str) -> str:
    """A type name in letters without marks or spaces: "Kế hoạch" -> "kehoach"."""
    return base_letters(name).replace(" ", "")


@cache
def _type_keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_type_key(name) for name in names)


def _implementation(node: StructureNode) -> bool:
    """ "V. TỔ CHỨC THỰC HIỆN": the section that assigns the work."""
    title = LABEL.sub("", _heading(node) or node.text[:80], count=1)
    return bool(IMPLEMENTATION.match(fold(title).strip()))


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


def _paragraph_tasks(ctx: _Context, blocks: list[tuple[int, int]], received: list[StructureNode]) -> list[Task]:
    """Unnumbered body paragraphs that assign work ("Giám đốc Sở đề nghị các phòng chuyên môn, đơn vị
    trực thuộc tổ chức thực hiện nghiêm ...") are tasks ``¶N``: N counts every body paragraph after the
    addressees, numbered items included. Only a paragraph outside the structure tree, naming who must
    act ("Giao/Đề nghị/Yêu cầu X", "X có trách nhiệm"), that is not the directive's closing sentence;
    ``received``: the dashes of a request told as received, which cover their own line only (the last one
    may run on to the end of the body)."""
    skipped = {id(node) for node in received}
    covered = [(node.start, node.end) for node in _all_nodes([n for n in ctx.doc.structure if id(n) not in skipped])]
    covered += [(node.start, _line_end(ctx.doc.text, node.start)) for node in received]
    meets = _meets(covered)
    end_of_body = min((start for start, _end in blocks), default=len(ctx.doc.text))
    tasks: list[Task] = []
    for number, (start, end) in enumerate(body_paragraphs(ctx.doc, end_of_body), start=1):
        if meets(start, end):
            continue
        text = squash(ctx.doc.text[start:end])
        if not _may_assign(text):
            continue
        roles = item_roles(text, ctx.province)
        responsible, source = _addressed(roles.responsible, ctx), "item"
        if not responsible and (SENT_TO_ACT.search(fold(text)) or _sent_by_date(text, ctx)):
            responsible, source = ctx.fallback, "addressees"  # the paragraph as a whole is the task
        if not responsible:
            continue
        if source == "item":  # "... ghi nhận tinh thần ... Đề nghị các cơ quan chuyên môn ghi nhận ...": from "Đề nghị"
            start += _assigning_sentence(ctx.doc.text[start:end], ctx.province)
            text = squash(ctx.doc.text[start:end])
        tasks.append(Task(path=f"¶{number}", text=text, responsible=responsible,
                          coordinating=[n for n in roles.coordinating if n not in responsible],
                          deadline=find_deadline(text, ctx.year), cites=_cites(start, end, ctx),
                          page=ctx.doc.page_at(start),
                          span=(start, end), responsible_source=source))
    return tasks


# Where a sentence starts inside a paragraph: after ". " before a capital ("... hạn chế trong việc quản lý, cấp
# quyền sử dụng đất. Đề nghị các cơ quan chuyên môn ghi nhận ...").
SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


def _assigning_sentence(paragraph: str, province: str | None) -> int:
    """Offset of the paragraph's first sentence that assigns work (the task starts there): "Thông qua buổi tiếp
    công dân, UBND huyện ghi nhận ... Đề nghị các cơ quan chuyên môn ghi nhận và khắc phục ..." -> "Đề nghị"."""
    starts = [0] + [m.end() for m in SENTENCE_START.finditer(paragraph) if paragraph[m.end()].isupper()]
    for here, after in zip(starts, [*starts[1:], len(paragraph)], strict=True):
        if item_roles(paragraph[here:after], province).responsible:
            return here
    return 0


def _meets(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``start .. end`` holds a span's start or starts inside a span (``a <= start < b``), the
    spans sorted once (a directive has thousands of nodes and hundreds of paragraphs)."""
    spans = sorted(spans)
    starts = [a for a, _b in spans]
    reach = list(accumulate((b for _a, b in spans), max))  # the furthest end of the spans up to each one

    def meets(start: int, end: int) -> bool:
        inside = bisect_left(starts, start)
        if inside < len(starts) and starts[inside] < end:
            return True
        before = bisect_right(starts, start)
        return before > 0 and reach[before - 1] > start

    return meets


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _received_requests(doc: Document) -> list[StructureNode]:
    """The top-level dashes of a request told as received: "Cục Hải quan nhận được công văn số
    BMVN/51327340/01 ... của Công ty Luật TNHH Quốc tế BMVN đề nghị:" then "- Gia hạn thời hạn ...;"."""
    received: list[StructureNode] = []
    reported = False
    previous_end = 0
    for node in doc.structure:
        lead = re.split(r"(?<=[.;!?])\s", doc.text[max(previous_end, node.start - 600) : node.start].strip())[-1]
        if node.kind != "dash":
            reported = False
        elif lead.endswith(":"):
            reported = bool(RECEIVED_REQUEST.search(fold(lead)))
        previous_end = node.end
        if reported:
            received.append(node)
    return received


def _may_assign(paragraph: str) -> bool:
    """Not a lead-in ("... thực hiện các nội dung sau:"), a quotation, the closing sentence, an "if
    difficulties" line or a past request told as background."""
    if paragraph.endswith(":") or paragraph[:1] in "“\"'«" or _is_closing(paragraph) or BASIS.match(fold(paragraph)):
        return False
    return not _difficulties(fold(paragraph)) and not reported_request(paragraph)


def _difficulties(folded: str) -> bool:
    """ "Quá trình thực hiện nếu có khó khăn, vướng mắc ... báo cáo về UBND tỉnh" (folded), not a duty that
    starts with an action after those words ("Quá trình thực hiện, tổng hợp và kiến nghị các khó khăn ...")."""
    lead = DIFFICULTIES_LEAD.match(folded)
    return bool(DIFFICULTIES.match(folded)) and not (lead and verb_re().match(folded, lead.end()))


def _all_nodes(nodes: list[StructureNode]) -> list[StructureNode]:
    return [n for node in nodes for n in (node, *_all_nodes(node.children))]


def _is_closing(text: str) -> bool:
    """ "Nhận được Công văn này đề nghị các Phòng chuyên môn, đơn vị trực thuộc triển khai thực hiện./."; a
    paragraph of the request to carry out the directive (``CLOSING_SELF``) then the "if difficulties" sentence."""
    folded = fold(text)
    if len(text) < CLOSING_LENGTH and CLOSING.match(folded):
        return True
    first, stop, rest = folded.partition(". ")
    return (len(text) < 2 * CLOSING_LENGTH and bool(stop) and bool(CLOSING_SELF.match(first + "."))
            and bool(CLOSING.match(rest)))


# A dash or bullet opens a paragraph of its own: "- Cập nhật danh sách các nhà xuất nhập khẩu hợp pháp.".
BULLET = re.compile(r"\s*[-–+•]\s")
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
        if open_span is not None and BULLET.match(para.text):  # "...; và" then "- Cập nhật danh sách ..."
            spans.append(open_span)
            open_span = None
        start = para.start if open_span is None else open_span[0]
        open_span = (start, para.end)
        if PARAGRAPH_END.search(para.text):
            spans.append(open_span)
            open_span = None
    if open_span is not None:
        spans.append(open_span)
    return spans


def _locality(doc: Document) -> str:
    """The province or city whose People's Committee a notice is sent to, named in its closing sentence:
    "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Điện Biên và các Bộ, cơ quan liên quan biết, thực
    hiện./." -> "UBND tỉnh Điện Biên"; "" when it names none."""
    closing = NOTICE_CLOSING.search(doc.text)
    if closing is None:
        return ""
    bodies = read_subject(closing.group("who"), 0, stop_at_verbs=False, province=doc.header.province).bodies
    committees = (LOCAL_COMMITTEE.match(name) for name in bodies)
    return next((m.string for m in committees if m and m.group("initial").isupper()), "")


def _as_locality(text: str, locality: str) -> str:
    """``text`` with "Tỉnh" / "Thành phố" as a clause's subject written as the committee it stands for:
    "Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ ..." -> "...: UBND tỉnh Điện Biên căn cứ ..."."""
    if not locality:
        return text

    def local(match: re.Match[str]) -> str:
        word, kind = match.group("next"), " ".join(match.group(0).lower().split())
        same_kind = fold(locality).startswith(f"ubnd {kind} ")  # "Tỉnh" for a province, "Thành phố" for a city
        return locality if same_kind and word[:1].islower() and word not in NOT_LOCAL else match.group(0)

    return LOCAL_SUBJECT.sub(local, text)


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _fallback(doc: Document) -> list[str]:
    """Bodies of the opening sentence ("... yêu cầu các sở, ban, ngành tỉnh; ...") or of "Kính gửi"; the
    addressee as "Kính gửi" writes it when the opening names it shorter ("Bộ Tài chính đề nghị Sở Tài chính
    các tỉnh, thành phố trực thuộc trung ương ..." to "Kính gửi: Sở Tài chính các tỉnh, thành phố trực thuộc TW")."""
    first = min((node.start for node in doc.structure), default=len(doc.text))
    found = opening_bodies(doc.text[:first], doc.header.province)
    names: list[str] = []
    for recipient in doc.header.recipients:
        for name in _addressee(recipient, doc.header.province):
            if name not in names:
                names.append(name)
    if names and found and all(ADDRESSEES_AGAIN.fullmatch(fold(name).strip()) for name in found):
        return names  # "đề nghị các đơn vị ..." is every addressee, not the one named "Các đơn vị trực thuộc sở"
    longer = [name for name in names if any(_extends(name, short) for short in found)]
    if found and len(longer) == len(found):
        return longer
    if found and not (doc.header.recipients and all(_generic(name) or POINTER_OF.match(fold(name)) for name in found)):
        return found  # "yêu cầu các đơn vị thuộc Cục triển khai ..." points at "Kính gửi: Các đơn vị thuộc Cục Hải quan"
    return names or found


def _implementers(doc: Document) -> list[str]:
    """Who carries out a plan that has no addressees: the bodies its requirements name as implementing it
    ("Các đơn vị thuộc Chi cục tổ chức quán triệt và triển khai thực hiện nghiêm Kế hoạch ..."), else its
    issuer, whose own plan it is ("Trung tâm Thông tin và Ứng dụng KHCN" for "II. NỘI DUNG CÔNG TÁC ..."),
    unless the issuer governs others (task_words.tsv "directing": "UBND tỉnh", "Tỉnh ủy")."""
    if not _of_kind(doc, "plan"):
        return []
    for section in doc.structure:
        if not _is_non_task_section(section):
            continue
        for node in _all_nodes(section.children):
            text = squash(LABEL.sub("", node.text, count=1))
            if PLAN_ITSELF.search(fold(text)):
                roles = item_roles(text, doc.header.province)
                if roles.responsible or roles.subject:
                    return roles.responsible or roles.subject
    issuer = doc.header.issuer
    if not issuer or re.match(phrase_pattern(words("directing")), fold(issuer)):
        return []  # a People's Committee's plan ("UBND tỉnh") is carried out by the bodies it names, not by itself
    return [issuer]


def _addressee(recipient: str, province: str | None) -> list[str]:
    """The bodies of one "Kính gửi" line; one body with a lower-case qualifier, or a line that opens with no
    known head ("Tổ trưởng tổ công đoàn các đơn vị thuộc khối Văn phòng"), is the whole line as written:
    "Sở Tài chính các tỉnh, thành phố trực thuộc TW"."""
    subject = read_subject(recipient, 0, stop_at_verbs=False, province=province)
    rest = recipient[subject.end :].strip(" ;.,")
    if (len(subject.bodies) == 1 and rest[:1].islower()) or not subject.bodies:  # every line names one
        return [display(recipient.strip(" ;.,-"))] if recipient.strip(" ;.,-") else []
    return subject.bodies


def _sent_by_date(paragraph: str, ctx: _Context) -> bool:
    """A letter's paragraph that has something sent in by a dated deadline ("... gửi về UBND tỉnh trước ngày
    05/01/2012"): the work of the addressees."""
    if not ctx.doc.header.recipients or not SENT_BY_DATE.search(fold(paragraph)):
        return False
    deadline = find_deadline(paragraph, ctx.year)
    return deadline is not None and deadline.date is not None


def _addressed(names: list[str], ctx: _Context) -> list[str]:
    """Names that only point back at the letter's addressees ("đề nghị các đơn vị ...") are those addressees."""
    if names and ctx.doc.header.recipients and ctx.fallback and all(
        ADDRESSEES_AGAIN.fullmatch(fold(name).strip()) for name in names
    ):
        return ctx.fallback
    return names


def _generic(name: str) -> bool:
    """ "Các cơ quan, đơn vị, địa phương", "Các đơn vị": a group that only points back at the addressees."""
    entry = lookup(name)
    return (entry is not None and entry.kind == "group" and entry.level == "any") or bool(
        POINTER.fullmatch(fold(name).strip())
    )


def _extends(name: str, short: str) -> bool:
    """ "Sở Tài chính các tỉnh, thành phố trực thuộc TW" extends "Sở Tài chính"."""
    return len(name) > len(short) and fold(name).startswith(fold(short) + " ")


def _heading(node: StructureNode) -> str:
    """The node's title: its ``heading``, else its text up to a closing ":" on the first line."""
    if node.heading:
        return node.heading
    head, colon, _rest = node.text.partition(":")
    return head + colon if colon and len(head) < 200 and "\n\n" not in head.strip() else ""


def _is_non_task_section(node: StructureNode, addressed: bool = False) -> bool:
    """ "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: ..."; a leaf's own sentence ("Căn cứ quy trình ..., tổ chức
    kiểm soát ...") is not a title, but "Quá trình thực hiện nếu có khó khăn ..." is no task. A schedule of a
    letter to addressees (``addressed``) is their work, step by step; a plan's schedule keeps only the steps
    that name their body (``_schedule_steps``)."""
    if _difficulties(fold(LABEL.sub("", node.text[:300], count=1)).strip()):
        return True
    title = _heading(node) or (node.text[:120] if node.children else "")
    title = LABEL.sub("", title, count=1).strip()
    if not node.children and len(title) > SENTENCE_TITLE:
        return False  # "- Căn cứ vào kế hoạch kiểm tra đã được phê duyệt, các đơn vị chủ động liên hệ ... đoàn kiểm tra:"
    if node.kind in SECTION_KINDS and PROPAGANDA_SECTION.match(fold(title)):
        return True
    if SCHEDULE_OR_MEANS.match(fold(title)) and (addressed or not node.children) and _schedules_work(node):
        return False
    if node.kind in SECTION_KINDS and PURPOSE_UNMARKED.fullmatch(base_letters(title)):
        return True  # "I. MỤC TIỂU, YÊU CẦU" as OCR reads its marks
    return bool(NON_TASK_HEADING.match(fold(title))) and not _addresses_bodies(title)


def _schedules_work(node: StructureNode) -> bool:
    """A schedule whose items are dated steps of work ("- Trước ngày 10/10/2022: Các địa phương, đơn vị xây dựng Kế
    hoạch;"), or a leaf about the means that asks a body to act ("Kinh phí thực hiện: ..., đề nghị UBND các huyện ...
    bố trí bổ sung kinh phí")."""
    if not node.children:
        rest = squash(LABEL.sub("", node.text, count=1)).partition(":")[2]
        return any(read_subject(rest, m.end()).bodies for m in ADDRESS.finditer(fold(rest)))
    steps = [squash(LABEL.sub("", child.text, count=1)) for child in node.children]
    return any(_dated_step(step) for step in steps)


def _dated_step(text: str) -> str:
    """What a dated step of a schedule says is done ("Các địa phương, đơn vị xây dựng Kế hoạch" of "Trước ngày
    10/10/2022: Các địa phương, đơn vị xây dựng Kế hoạch"), when it names who acts or opens with an action; else ""."""
    step = DATED_STEP.match(fold(text))
    if not step:
        return ""
    rest = text[step.end() :]
    return rest if read_subject(rest, 0).bodies or verb_re().match(fold(rest)) else ""


def _schedule_steps(node: StructureNode, ctx: _Context) -> None:
    """The steps of a schedule section that name their own body: "- Trước ngày 31/10/2024: Sở Lao động -
    Thương binh và Xã hội phối hợp Công an tỉnh tổng hợp, báo cáo kết quả ..."."""
    for child in node.children:
        if child.children:
            _schedule_steps(child, ctx)
            continue
        task = _task(child, [], [], ctx)
        if task is not None and task.responsible_source == "item":
            ctx.tasks.append(task)


def _addresses_bodies(title: str) -> bool:
    """ "Yêu cầu Trung tâm dịch vụ kỹ thuật nông nghiệp huyện:" asks a body to act; "Yêu cầu" alone is a
    section of requirements."""
    address = ADDRESS.match(fold(title))
    return address is not None and bool(read_subject(title, address.end()).bodies)


def _walk(
    node: StructureNode, inherited: list[str], ctx: _Context, legal: bool = False, coord: tuple[str, ...] = (),
    due: Deadline | None = None,
) -> None:
    if _is_non_task_section(node, bool(ctx.doc.header.recipients)):
        for child in node.children:  # a section nested under "2. Yêu cầu" by a broken hierarchy
            if child.kind in SECTION_KINDS and node.kind not in SECTION_KINDS:
                _walk(child, inherited, ctx, legal, coord, due)
            elif not child.children and executes_decision(child.text):  # "Điều 6. Hiệu lực thi hành ... 2. Chánh"
                _walk(child, inherited, ctx, legal, coord, due)
        if node.kind in SECTION_KINDS and SCHEDULE_SECTION.match(fold(LABEL.sub("", _heading(node) or node.text, count=1))):
            _schedule_steps(node, ctx)
        return
    legal = legal or node.kind in LEGAL_KINDS
    if _distribution_list(node):
        node = StructureNode(node.path, node.kind, node.label, node.heading, node.text, node.page, node.start,
                             node.end, node.bbox)
    if not node.children or _single_dash(node) or _children_are_notes(node) or _children_are_fields(node):
        task = _task(node, _title_bodies(node, ctx), inherited, ctx, legal, coord)
        if task is not None:
            task.deadline = task.deadline or due
            ctx.tasks.append(task)
        return
    lead, helpers, lists = _assignment(node, ctx)
    own = lead or _title_bodies(node, ctx) or _intro_bodies(node, ctx)
    if not own and {child.kind for child in node.children} != {"dash"}:
        _own_sentence_task(node, inherited, ctx)
    elif own and node.heading:
        _sentence_after_title(node, own, ctx)
    bodies = own or inherited or _first_item_bodies(node, ctx) or _acting_lead_in(node, ctx)
    times = [child for child in node.children if _field_title(child, TIME_FIELD)]
    due = _time_of(times, ctx) or _lead_in_deadline(node, ctx) or due
    for child in node.children:
        if child not in lists and child not in times:
            _walk(child, bodies, ctx, legal, tuple(helpers) or coord, due)


def _time_of(times: list[StructureNode], ctx: _Context) -> Deadline | None:
    """The deadline of the items beside a time field: "1. Tuyên truyền ...:" then "- Tổ chức hội nghị ...",
    "- Đăng tải ...", "- Thời gian thực hiện: Quý II/2025"."""
    for node in times:
        found = find_deadline(squash(LABEL.sub("", node.text, count=1)), ctx.year)
        if found is not None:
            return found
    return None


def _lead_in_deadline(node: StructureNode, ctx: _Context) -> Deadline | None:
    """A time the title or lead-in of an item gives the items below it: "1. Trong quý I/2026:", "a) Hoàn thành
    trước ngày 30/6/2025 các nội dung sau:"; not a section's scope ("II. NHIỆM VỤ TRỌNG TÂM TRONG NĂM 2025")."""
    if node.kind in SECTION_KINDS:
        return None
    title = _heading(node) or (node.text if squash(node.text).endswith(":") else "")
    title = QUOTED_NAME.sub(" ", title)  # the name of a plan it approves is no time: "Phê duyệt Đề án “... đến năm 2025”"
    return find_deadline(squash(title), ctx.year) if title and len(title) < SENTENCE_TITLE * 3 else None


def _acting_lead_in(node: StructureNode, ctx: _Context) -> list[str]:
    """The addressees, for the points of an action that leads in to them: "2. Đảm bảo thống nhất định dạng dữ
    liệu gửi Bộ Tài chính ..., trong đó:" then "a) Định dạng báo cáo, số liệu gửi Bộ Tài chính ..."."""
    text = squash(LABEL.sub("", node.text, count=1))
    if not text.endswith(":") or not verb_re().match(ADVERBS.sub("", fold(text))):
        return []
    return ctx.fallback


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
    if title and not node.children and field_subject(node.text, ctx.province):
        return []  # "b) Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện, thị xã làm đầu mối ...": a field
    shared = SHARED_TITLE.match(fold(LABEL.sub("", title, count=1).rstrip(" :")))
    if shared and title.endswith(":") and node.text.partition(":")[2].strip():
        return []  # "8. Các Bộ, cơ quan: Tài chính, Xây dựng, ...": the head the names after the colon share
    found = heading_bodies(title, ctx.province) if title else []
    return [] if all(_generic(name) for name in found) else found


def _intro_bodies(node: StructureNode, ctx: _Context) -> list[str]:
    """Bodies named by a lead-in that ends with ":" ("1. Sở Y tế có trách nhiệm:", "X chỉ đạo Y ... sau:"),
    also below a title ("2. Tăng cường hoàn thiện môi trường pháp lý:\nSở Thông tin và Truyền thông ...
    chịu trách nhiệm chủ trì ... các văn bản ...:")."""
    for intro in (_heading(node), node.text, _after_title(node, node.text)):
        if intro and squash(intro).endswith(":"):
            roles = item_roles(intro, ctx.province, follow_directs=True)
            found = roles.responsible or roles.subject
            if found and all(_generic(name) for name in found) and ctx.fallback:
                return ctx.fallback  # "... yêu cầu các đơn vị khẩn trương thực hiện ... sau:": the opening's bodies
            if found:
                return found
    return []


def _after_title(node: StructureNode, text: str) -> str:
    """``text`` after the node's title, step label or opening topic: "Tất cả các cơ quan cấp sở ... tiến hành ..." of
    "b. Xây dựng CSDL dùng riêng:\nTất cả ...", "Phòng Đào tạo cung cấp ..." of "Bước 1: Phòng Đào tạo ..."."""
    body = LABEL.sub("", text, count=1)
    title = squash(LABEL.sub("", node.heading, count=1)) if node.heading else ""
    squashed = squash(body)
    if title and squashed.startswith(title) and len(squashed) > len(title):
        return squashed[len(title) :].strip()
    step = STEP.match(fold(squashed)) or RUN_IN_TITLE.match(fold(squashed))
    if step and (step.re is STEP or squashed[step.end() : step.end() + 1].isupper()):
        return squashed[step.end() :]
    openings = _openings(squashed)  # a topic line before it: "Về chế độ báo cáo\nCác bộ, ngành, địa phương ..."
    return openings[1] if len(openings) > 1 and openings[1] != squashed else ""


def _roles(node: StructureNode, text: str, ctx: _Context) -> Roles:
    """Bodies named by the item, else by its text after its title or step label."""
    roles = item_roles(text, ctx.province)
    rest = "" if roles.responsible or roles.subject else _after_title(node, text)
    if rest:
        below = item_roles(rest, ctx.province)
        if below.responsible or below.subject:
            return below
        actor = _step_actor(rest) if STEP.match(fold(text)) else []
        if actor:
            return Roles(subject=actor)
    return roles


def _step_actor(step: str) -> list[str]:
    """Who performs a procedure step: the capitalised words before its action ("Khoa" of "Khoa phổ biến và
    hướng dẫn ...", "Trung tâm Quản lý chất lượng" of the OCR "Trung tâm Quản lý. chất lượng thực hiện ...")."""
    action = verb_re().search(fold(step))
    actor = squash(re.sub(r"[.,;:]", " ", step[: action.start()])) if action else ""
    return [actor] if actor[:1].isupper() and 0 < len(actor.split()) <= STEP_ACTOR_WORDS else []


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


def _sentence_after_title(node: StructureNode, own: list[str], ctx: _Context) -> None:
    """A sentence between a title of bodies and its dashes is their first task: "1.1. Giao phòng Nông nghiệp và
    PTNT:\nKhẩn trương xây dựng kế hoạch triển khai ...\n- Tham mưu UBND huyện ..."."""
    head = squash(node.heading)
    text = squash(LABEL.sub("", node.text, count=1))
    rest = text[len(head) :].strip() if text.startswith(head) else ""
    if len(rest) < 20 or rest.endswith(":"):
        return
    start = node.start + max(ctx.doc.text.find(rest[:20], node.start, node.end) - node.start, 0)
    end = node.children[0].start if node.children else node.end
    alone = StructureNode(node.path, node.kind, node.label, "", rest, node.page, start, end)
    task = _task(alone, own, [], ctx, node.kind in LEGAL_KINDS)
    if task is not None:
        ctx.tasks.append(task)


def _distribution_list(node: StructureNode) -> bool:
    """Dashes of the "Nơi nhận" list glued under the last item (scans): the last one is "Lưu: VT, ..."."""
    kids = node.children
    return bool(kids) and all(k.kind == "dash" for k in kids) and bool(DISTRIBUTION_END.match(fold(kids[-1].text)))


def _children_are_notes(node: StructureNode) -> bool:
    """Dashes after "... cần lưu ý:" are points of the item, not tasks of their own; so are dashes that list
    the documents to act on ("Tiếp tục tổ chức tuyên truyền, ... thực hiện các văn bản sau: + Chỉ thị số
    09-CT/TW ngày 01/12/2011 ...; + Kế hoạch số 50/KH-UBND ...")."""
    intro = fold(squash(node.text))
    kinds = {child.kind for child in node.children}
    if kinds != {"dash"}:
        return False
    cited = sum(bool(_cited_document(child.text)) for child in node.children)
    return bool(NOTES_INTRO.search(intro)) or cited * 3 >= len(node.children) * 2 or _points_of_a_duty(node)


def _children_are_fields(node: StructureNode) -> bool:
    """An item whose children are only its labelled fields is one task, the fields its bodies and time: "1.
    Tuyên truyền, phổ biến các văn bản pháp luật mới ban hành" then "- Cơ quan chủ trì: Sở Tư pháp.", "- Cơ quan
    phối hợp: ...", "- Thời gian thực hiện: Quý II/2025."; not a section whose own title is such a field ("2. Cơ quan
    chủ trì, phối hợp:")."""
    if not node.children or _field_title(node):
        return False
    return all(_field_title(child) or FORM_BLANK.search(child.text) for child in node.children)


def _field_title(node: StructureNode, kind: re.Pattern[str] = ITEM_FIELD) -> bool:
    """ "Cơ quan chủ trì" of "- Cơ quan chủ trì: Sở Tư pháp.", "Thời gian thực hiện" of "c) Thời gian thực hiện: ..."
    (``kind``: the fields to look for, TIME_FIELD for the time alone)."""
    text = LABEL.sub("", node.heading or node.text[:300], count=1)
    title, colon, _rest = text.partition(":")
    if not colon:
        return False
    folded = fold(title).strip() + ":"
    field = kind.match(folded)
    return field is not None and field.end() == len(folded)


def _points_of_a_duty(node: StructureNode) -> bool:
    """An item whose own sentence asks to act, followed by dashes that describe rather than act ("1.1. ...
    Tiến hành rà soát, xác định rõ đối tượng, tuyến đường và mặt hàng trọng điểm ...: - Về hàng giả: ...
    - Địa bàn tuyến biển: ... - Các đối tượng đầu lậu ..."): the dashes are its points."""
    text = squash(LABEL.sub("", node.text, count=1))
    if len(node.children) < POINTS_MIN_NONE or _bare_title(text):
        return False
    acting = sum(_dash_acts(squash(LABEL.sub("", child.text, count=1))) for child in node.children)
    if len(node.children) < POINTS_MIN:  # a sentence of its own over a few papers that name no body either
        kids = [LABEL.sub("", child.text, count=1) for child in node.children]
        fields = any(":" in kid[:FIELD_REACH] for kid in kids)  # "- Thành phần: ...", "- Địa điểm: ..." (a session's)
        named = any(_names_bodies(kid) for kid in kids)
        announces = text.rstrip().endswith(":")  # "... giải quyết các nội dung sau:" hands each dash on as a task
        return acting == 0 and not named and not fields and not announces and len(text.split()) > BARE_TITLE_WORDS
    return _opens_with_action(node, text) and acting * 4 <= len(node.children)


def _dash_acts(text: str) -> bool:
    """A dash that acts: it opens with an action, or names the body that acts ("- Sở Lao động, Thương binh và Xã hội
    chủ trì, phối hợp các ngành liên quan tham mưu báo cáo ..." under "2. Phân công nhiệm vụ cho các sở, ngành và đơn
    vị liên quan:", 418/KH-UBND Hà Tĩnh)."""
    roles = item_roles(text)
    return _asks_to_act(text, roles.responsible or roles.subject, False)


def _names_bodies(text: str) -> bool:
    roles = item_roles(text)
    return bool(roles.responsible or roles.subject or roles.coordinating)


def _bare_title(text: str) -> bool:
    """A heading of a few words with no sentence: "Quy định đánh giá và công nhận kết quả thực tập"."""
    return bool(BARE_TITLE.match(text)) and len(text.split()) <= BARE_TITLE_WORDS


def _cited_document(text: str) -> bool:
    """A line that names a document: "Chỉ thị số 09-CT/TW ngày ...", "Thông tư số 23/2012/TT- BCA ..."."""
    return bool(_cited_type_re().match(base_letters(LABEL.sub("", text, count=1)[:40])))


@cache
def _cited_type_re() -> re.Pattern[str]:
    """A type name (letters without marks, longest first) then "số" or a digit: "chi thi so 09-CT/TW"."""
    names = sorted((base_letters(name) for name in doc_types()), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + r")\s+(?:so\b|\d)")


def _single_dash(node: StructureNode) -> bool:
    """One dash under a heading is the heading's own text, not a list of tasks; under an item with a sentence
    of its own ("2.1. Nội dung nhiệm vụ Triển khai thực hiện tốt ... - Tăng cường ...") it is the task."""
    if not (len(node.children) == 1 and node.children[0].kind == "dash" and not node.children[0].children):
        return False
    text = squash(LABEL.sub("", node.text, count=1))
    return not _opens_with_action(node, text)


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
    roles = _roles(node, _as_locality(text, ctx.locality), ctx)
    if not (roles.responsible or roles.subject):  # a title line of bodies needs the line breaks
        roles.subject = item_roles(node.text, ctx.province).subject
    roles = page_roles(ctx.doc.text[node.start : end], roles, ctx.province)  # "5. Giao Văn phòng Cục\nĐẩy mạnh"
    responsible, source = _addressed(roles.responsible, ctx), "item"
    if not responsible and own:
        responsible, source = own, "heading"
    if not responsible and roles.subject and not (inherited and all(_generic(n) for n in roles.subject)):
        responsible, source = roles.subject, "item"  # "Các đơn vị báo cáo ..." under "2. Giao X, Y" is X, Y
    if not responsible and inherited:
        responsible, source = inherited, "heading"
    if not responsible and roles.later and (node.kind in ARTICLE_KINDS or not _of_kind(ctx.doc, "plan")):
        responsible, source = roles.later, "item"  # "Trên cơ sở ... . Sở Kế hoạch và Đầu tư báo cáo UBND tỉnh ..."
    step = STEP.match(fold(text))  # a step of a plan's procedure is work to do, whoever it names
    handed = any(start <= node.start < end for start, end in ctx.handed)
    asks = bool(responsible) or handed or (not legal and _opens_with_action(node, text))
    if not (step or asks) or (not roles.responsible and reports_result(text, ctx.province)):
        return None
    if not responsible:
        responsible, source = ctx.fallback or ctx.implementers, "addressees"
    coordinating = [name for name in roles.coordinating or list(coord) if name not in responsible]
    return Task(
        path=task_path(node.path),
        text=text,
        responsible=[*responsible, *(name for name in roles.later if name not in responsible)],
        coordinating=coordinating,
        deadline=find_deadline(text, ctx.year),
        cites=_cites(node.start, end, ctx),
        page=node.page,
        span=(node.start, end),
        responsible_source=source,
    )


def _opens_with_action(node: StructureNode, text: str) -> bool:
    """The item's text, or its sentence after its title, opens with an action."""
    return _asks_to_act(text, [], False) or _asks_to_act(_after_title(node, text), [], False)


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
    dated = _dated_step(text)
    if dated:
        return [text, dated]  # "Từ 26/11 đến 20/12/2022: Kiểm tra, xử lý thông tin phiếu ..."
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
