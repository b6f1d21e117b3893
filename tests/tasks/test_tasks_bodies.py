"""Body recognition, list splitting and canonical names, on real sentences (seed and corpus-real)."""

from __future__ import annotations

import pytest

from parsers.tasks.bodies import canonical, expand, qualify
from parsers.tasks.subjects import read_subject
from parsers.tasks.words import unify_tone

PROVINCE = "Hưng Yên"


@pytest.mark.parametrize(
    ("text", "bodies", "rest"),
    [
        pytest.param(
            "các sở, ban, ngành tỉnh; Ủy ban nhân dân cấp \n\nhuyện, cấp xã triển khai các nhiệm vụ trọng tâm sau:",
            ["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"], "triển khai", id="seed-opening-list",
        ),
        pytest.param("Sở Nội vụ tham mưu UBND tỉnh chỉ đạo, phổ biến", ["Sở Nội vụ"], "tham mưu",
                     id="seed-giao-so-noi-vu"),
        pytest.param("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh có trách nhiệm tuyên truyền",
                     ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"], "có trách nhiệm", id="seed-va-inside-name"),
        pytest.param("Các sở, ban, ngành tỉnh, UBND các địa phương chịu trách nhiệm kiểm tra",
                     ["Các sở, ban, ngành tỉnh", "UBND các địa phương"], "chịu trách nhiệm", id="seed-group-and-ubnd"),
        pytest.param("Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động nhân dân",
                     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], "tuyên truyền", id="seed-old-tone-front"),
        pytest.param("Các sở, ban, ngành, UBND cấp huyện, cấp xã được giao chủ trì thực hiện",
                     ["Các sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"], "được giao",
                     id="seed-level-repeats-head"),
        pytest.param("Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố dự toán đầy đủ các nội dung chi",
                     ["Sở Lao động - Thương binh và Xã hội"], "các tỉnh", id="congbot-known-name-ends-subject"),
        pytest.param("Bộ Quốc phòng, Ủy ban nhân dân cấp tỉnh có trách nhiệm chỉ đạo cơ quan, đơn vị",
                     ["Bộ Quốc phòng", "UBND tỉnh"], "có trách nhiệm", id="congbot-ministry-and-ubnd"),
        pytest.param(
            "Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên; các tổ chức hội có liên quan tăng cường tuyên truyền",
            ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Các tổ chức thành viên", "Các tổ chức hội có liên quan"],
            "tăng cường", id="congbot-front-and-groups",
        ),
        pytest.param("Sở Tài chính, Kế hoạch và Đầu tư, Tư pháp thẩm định dự toán",
                     ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp"], "thẩm định", id="shared-head-so"),
        pytest.param("Các Bộ: Công Thương, Xây dựng, Văn hóa, Thể thao và Du lịch và các bộ, cơ quan ngang bộ trong "
                     "phạm vi nhiệm vụ, quyền hạn của mình phối hợp với Bộ Nông nghiệp và Môi trường",
                     ["Bộ Công Thương", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch", "Các bộ, cơ quan ngang bộ"],
                     "trong phạm vi", id="vbpl-shared-head-list-then-group"),
        pytest.param("Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch, "
                     "Công Thương, Giáo dục và Đào tạo, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, nhiệm vụ "
                     "được giao khẩn trương rà soát lại",
                     ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch",
                      "Bộ Công Thương", "Bộ Giáo dục và Đào tạo", "Bộ Ngoại giao", "Tập đoàn Điện lực Việt Nam"],
                     "theo chức năng", id="tb-648-vpcp-bo-co-quan-shared-head-then-a-group-company"),
        pytest.param("Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức năng, "
                     "nhiệm vụ", ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"], "theo chức năng",
                     id="tb-659-vpcp-comrade-before-titles"),
        pytest.param("Phòng Văn hóa và Thông tin; Đài Truyền thanh huyện\nCăn cứ vào chỉ đạo của ngành dọc",
                     ["Phòng Văn hóa và Thông tin", "Đài Truyền thanh huyện"], "Căn cứ",
                     id="946-ubnd-title-line-then-sentence"),
        pytest.param("UBND huyện thu hồi số tiền chỉ không đúng đối tượng, đồng thời chỉ trả cho các hộ",
                     ["UBND huyện"], "thu hồi", id="11-tb-krongno-unit-by-level-ends-at-known-name"),
        pytest.param("UBND các xã nghiêm túc triển khai thực hiện, phấn đấu hoàn thành các tiêu chí",
                     ["UBND các xã"], "nghiêm túc", id="217-tb-krongno-cac-xa-as-written"),
        pytest.param("UBND huyện\nKrông Nô chủ trì", ["UBND huyện Krông Nô"], "chủ trì",
                     id="name-over-line-break"),
        pytest.param("UBND huyện Văn Lâm chủ trì tổ chức", ["UBND huyện Văn Lâm"], "chủ trì", id="named-district"),
        pytest.param("Ủy ban nhân dân tỉnh Hưng Yên yêu cầu", ["UBND tỉnh"], "yêu cầu", id="own-province-dropped"),
        pytest.param("Ban Chỉ đạo Phát triển khoa học chủ trì", ["Ban Chỉ đạo Phát triển khoa học"], "chủ trì",
                     id="verb-inside-capitalised-name"),
        pytest.param("Tiếp tục phát huy vai trò và nâng cao trách nhiệm người đứng đầu", [], "Tiếp tục",
                     id="seed-no-body"),
        pytest.param("Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục tổ chức tuyên truyền",
                     ["Các sở, ban, ngành trực thuộc UBND tỉnh", "UBND các huyện, thành phố"], "tiếp tục",
                     id="son-la-qualifier-and-partial-list"),
        pytest.param("Bộ Xây dựng Chủ trì chỉ đạo, hướng dẫn, kiểm tra, đôn đốc việc thực hiện chính sách",
                     ["Bộ Xây dựng"], "Chủ trì", id="qd-773-capitalised-action"),
        pytest.param("Chánh Văn phòng UBND tỉnh; Giám đốc Sở: Lao động - Thương binh và Xã hội, Thông tin và Truyền "
                     "thông; Chủ tịch UBND cấp huyện; Chủ tịch UBND cấp xã và các tổ chức, cá nhân liên quan chịu "
                     "trách nhiệm thi hành",
                     ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Lao động - Thương binh và Xã hội",
                      "Giám đốc Sở Thông tin và Truyền thông", "Chủ tịch UBND cấp huyện", "Chủ tịch UBND cấp xã",
                      "Các tổ chức, cá nhân liên quan"], "chịu trách nhiệm", id="quang-ngai-shared-head-after-colon"),
        pytest.param("Các cấp ủy, tổ chức đảng, người đứng đầu cơ quan, đơn vị, địa phương nâng cao nhận thức",
                     ["Các cấp ủy, tổ chức đảng", "Người đứng đầu cơ quan, đơn vị, địa phương"], "nâng cao",
                     id="chi-thi-lower-case-head-in-list"),
        pytest.param("Các bộ, ngành, địa phương lập danh sách đối tượng, dự toán kinh phí",
                     ["Các bộ, ngành, địa phương"], "lập", id="bnv-group-continued"),
        pytest.param("Các tổ chức chính trị - xã hội, tổ chức xã hội, tổ chức xã hội - nghề nghiệp, doanh nghiệp và "
                     "cộng đồng.\nKhuyến khích",
                     ["Các tổ chức chính trị - xã hội, tổ chức xã hội, tổ chức xã hội - nghề nghiệp, doanh nghiệp và "
                      "cộng đồng"], ".", id="qd-773-noun-not-action"),
        pytest.param("Ủy ban nhân dân xã Đa Phước và xã Vĩnh Trường có trách nhiệm thực hiện:",
                     ["UBND xã Đa Phước", "UBND xã Vĩnh Trường"], "có trách nhiệm", id="04-tb-anphu-two-communes"),
        pytest.param("Trưởng Đoàn giám sát: Ông Phạm Văn Chánh - Chủ tịch HĐND tỉnh - phụ trách chung, chỉ đạo",
                     ["Trưởng Đoàn giám sát"], ":", id="11-tb-dgs-head-of-the-delegation"),
        pytest.param("Thư ký các Tổ công tác", ["Thư ký các Tổ công tác"], "", id="11-tb-dgs-secretaries"),
        pytest.param("Các thành viên Tổ Biên tập và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này",
                     ["Các thành viên Tổ Biên tập", "Các cá nhân có tên tại Điều 1"], "chịu trách nhiệm",
                     id="188-qd-vpcp-members-and-persons"),
        pytest.param("Các Tổ công tác\nCác Tổ công tác nghiên cứu tổng thể các báo cáo, tài liệu liên quan.",
                     ["Các Tổ công tác"], "Các Tổ công tác nghiên cứu", id="11-tb-dgs-title-line-then-sentence"),
        pytest.param("Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ và Chủ tịch Ủy ban nhân dân các "
                     "tỉnh, thành phố trực thuộc trung ương làm Trưởng Ban Chỉ đạo Cải cách hành chính",
                     ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                      "Chủ tịch UBND các tỉnh, thành phố trực thuộc trung ương"], "làm", id="79-tb-vpcp-lam-truong-ban"),
        pytest.param("Đảng đoàn HĐND tỉnh, Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo cụ thể hóa Chương trình",
                     ["Đảng đoàn HĐND tỉnh", "Ban cán sự đảng UBND tỉnh"], "lãnh đạo",
                     id="issue-12-party-programme-bodies"),
        pytest.param("Tất cả các cơ quan cấp sở, UBND huyện, thành phố tiến hành xây dựng CSDL dùng riêng",
                     ["Các cơ quan cấp sở", "UBND huyện, thành phố"], "tiến hành", id="2668-kh-tat-ca-cac"),
        pytest.param("Các cấp, các ngành hàng năm phải xây dựng kế hoạch ứng dụng CNTT của ngành mình",
                     ["Các cấp, các ngành"], "hàng năm", id="2668-kh-group-then-period"),
        pytest.param("Đài Phát thanh và Truyền hình tỉnh, Báo Hưng Yên, Cổng Thông tin điện tử tỉnh mở chuyên trang, "
                     "chuyên mục", ["Đài Phát thanh và Truyền hình tỉnh", "Báo Hưng Yên", "Cổng Thông tin điện tử tỉnh"],
                     "mở", id="issue-12-press-bodies-then-mo"),
    ],
)
def test_read_subject(text: str, bodies: list[str], rest: str) -> None:
    subject = read_subject(text, 0, province=PROVINCE)
    assert subject.bodies == bodies
    assert text[subject.end :].lstrip().startswith(rest)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        pytest.param("Các cơ quan thông tin, truyền thông của tỉnh", ["Các cơ quan thông tin, truyền thông của tỉnh"],
                     id="seed-heading-group-kept"),
        pytest.param("UBND huyện, thị xã, thành phố", ["UBND huyện, thị xã, thành phố"],
                     id="seed-recipient-group-as-written"),
        pytest.param("UBND các huyện, thành phố", ["UBND các huyện, thành phố"], id="son-la-partial-list-as-written"),
        pytest.param("UBND các xã, phường, thị trấn", ["UBND các xã, phường, thị trấn"],
                     id="seed-recipient-commune-group-as-written"),
        pytest.param("UBND các xã, phường", ["UBND cấp xã"], id="hy-snv-cv-215-post-2025-commune-level"),
        pytest.param("UBND xã, phường", ["UBND xã, phường"], id="11-ct-hanoi-heading-without-cac-as-written"),
        pytest.param("Văn phòng (Phòng TC-HC-TH, TCCB) các sở, cơ quan thuộc UBND tỉnh",
                     ["Văn phòng (Phòng TC-HC-TH, TCCB) các sở, cơ quan thuộc UBND tỉnh"], id="1185-snv-aside-in-name"),
        pytest.param("Phòng Nông nghiệp và PTNT; Trung tầm dịch vụ kỹ thuật nông nghiệp huyện",
                     ["Phòng Nông nghiệp và PTNT", "Trung tầm dịch vụ kỹ thuật nông nghiệp huyện"],
                     id="946-ubnd-semicolon-separates-ocr-name"),
        pytest.param("Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã",
                     ["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"], id="seed-heading-iii-1"),
        pytest.param("Bộ Nội vụ, cơ quan thường trực của Ban Chỉ đạo", ["Bộ Nội vụ"], id="79-tb-vpcp-apposition"),
        pytest.param("UBND xã Tân Thành, thị trấn Đắk Mâm", ["UBND xã Tân Thành", "UBND thị trấn Đắk Mâm"],
                     id="11-tb-hdnd-krongno-commune-and-town"),
        pytest.param("Các thành viên Tổ công tác", ["Các thành viên Tổ công tác"], id="11-tb-dgs-members"),
    ],
)
def test_read_subject_without_verbs(text: str, bodies: list[str]) -> None:
    assert read_subject(text, 0, stop_at_verbs=False, province=PROVINCE).bodies == bodies


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", id="mttq-expanded"),
        pytest.param("Uỷ ban nhân dân cấp huyện", "UBND cấp huyện", id="old-tone-ubnd"),
        pytest.param("Sở Nội vụ tỉnh Hưng Yên", "Sở Nội vụ", id="province-stripped"),
        pytest.param("Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", id="dbqh"),
        pytest.param("BTV Tỉnh uỷ", "Ban Thường vụ Tỉnh ủy", id="btv-tinh-uy"),
        pytest.param("các sở, ban, ngành", "Các sở, ban, ngành", id="group-without-tinh"),
        pytest.param("các sở, ban, ngành tỉnh", "Các sở, ban, ngành tỉnh", id="group-with-tinh"),
        pytest.param("các sở, ngành", "Các sở, ngành", id="issue-12-group-as-printed-when-it-lists-fewer"),
        pytest.param("Uy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", id="141-pktht-ocr-lost-tone-of-uy"),
        pytest.param("Hội đồng nhân dân cấp xã", "HĐND cấp xã", id="hdnd"),
        pytest.param("Chủ tịch UBND các xã, phường", "Chủ tịch UBND cấp xã", id="title-over-whole-level"),
        pytest.param("Thủ trưởng các sở, ban, ngành tỉnh", "Thủ trưởng các sở, ban, ngành tỉnh", id="title-over-group"),
        pytest.param("các cơ quan báo chí của tỉnh", "Các cơ quan báo chí của tỉnh", id="unknown-kept-capitalised"),
        pytest.param("Sở TT&TT", "Sở TT&TT", id="2668-kh-bacgiang-abbreviation-as-printed"),
        pytest.param("Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và PTNT", id="pttn-abbreviation-as-printed"),
        pytest.param("Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                     "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ", id="02-ct-ttg-ministers-group"),
    ],
)
def test_canonical(name: str, expected: str) -> None:
    assert canonical(name, PROVINCE) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Sở Nội vụ", "Sở Nội vụ", id="no-tinh"),
        pytest.param("UBND tỉnh", "UBND tỉnh Hưng Yên", id="ubnd-tinh"),
        pytest.param("Các sở, ban, ngành tỉnh", "Các sở, ban, ngành tỉnh Hưng Yên", id="group"),
        pytest.param("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy Hưng Yên", id="tinh-uy"),
    ],
)
def test_qualify_fills_in_province(name: str, expected: str) -> None:
    assert qualify(name, PROVINCE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Uỷ ban nhân dân tỉnh Hoà Bình", "Ủy ban nhân dân tỉnh Hòa Bình", id="uy-hoa"),
        pytest.param("quý III, hoàn thành, thuỷ lợi", "quý III, hoàn thành, thủy lợi", id="quy-hoan-unchanged"),
    ],
)
def test_unify_tone(text: str, expected: str) -> None:
    assert unify_tone(text) == expected


def test_expand_abbreviations() -> None:
    assert expand("UBND cấp huyện, HĐND tỉnh, Ủy ban MTTQ") == (
        "ủy ban nhân dân cấp huyện, hội đồng nhân dân tỉnh, ủy ban mặt trận tổ quốc"
    )
