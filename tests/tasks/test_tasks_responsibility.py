"""Who leads and who coordinates: item cues, headings that name bodies, the opening sentence."""

from __future__ import annotations

import pytest

from parsers.tasks.responsibility import (
    executes_decision,
    heading_bodies,
    item_roles,
    opening_bodies,
    reported_request,
    reports_result,
    title_line_bodies,
)

PROVINCE = "Hưng Yên"


@pytest.mark.parametrize(
    ("text", "responsible", "coordinating"),
    [
        pytest.param("- Giao Sở Nội vụ tham mưu UBND tỉnh chỉ đạo, phổ biến, quán triệt, theo \n\ndõi, đôn đốc",
                     ["Sở Nội vụ"], [], id="seed-ii-2-1-giao"),
        pytest.param("- Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh có trách nhiệm tuyên \n\ntruyền",
                     ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"], [], id="seed-ii-2-2-co-trach-nhiem"),
        pytest.param("- Các sở, ban, ngành tỉnh, UBND các địa phương chịu trách nhiệm kiểm \n\ntra, đôn đốc",
                     ["Các sở, ban, ngành tỉnh", "UBND các địa phương"], [], id="seed-ii-2-3-chiu-trach-nhiem"),
        pytest.param("- Khuyến khích các cơ sở giáo dục đại học, cao đẳng trên địa bàn Thành phố cử sinh viên thuộc các "
                     "ngành đào tạo liên quan đến công nghệ thông tin", [], [], id="11-ct-hanoi-khuyen-khich-is-no-assignment"),
        pytest.param("3. Giao Trung tâm Dịch vụ việc làm Quảng Bình trực tiếp hướng dẫn, hỗ trợ, đôn đốc các huyện, thị "
                     "xã, thành phố trong quá trình thực hiện thu thập", ["Trung tâm Dịch vụ việc làm Quảng Bình"], [],
                     id="1445-sldtbxh-viec-lam-is-a-noun"),
        pytest.param("4. Đề nghị Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động nhân dân",
                     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], [], id="seed-ii-4-de-nghi"),
        pytest.param("2. Các sở, ban, ngành, UBND cấp huyện, cấp xã được giao chủ trì thực hiện nhiệm vụ do UBND "
                     "tỉnh, Chủ tịch UBND tỉnh giao phải chủ động thực hiện nhiệm vụ được giao",
                     ["Các sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"], [], id="seed-i-2-duoc-giao-chu-tri"),
        pytest.param("Giao các sở, ban, ngành, UBND các huyện, thành, thị xây dựng Kế hoạch rà soát quy định, thủ tục "
                     "hành chính thuộc ngành, lĩnh vực và địa phương quản lý.",
                     ["Các sở, ban, ngành", "UBND các huyện, thành, thị"], [], id="4532-ubnd-group-without-added-tinh"),
        pytest.param("Phòng Kinh tế - Hạ tầng trân trọng đề nghị các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện và Ủy "
                     "ban nhân dân các xã, thị trấn có ý kiến đóng góp đối với dự thảo nêu trên",
                     ["Các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị trấn"], [],
                     id="141-pktht-district-qualifier"),
        pytest.param("1. Tiếp tục phát huy vai trò và nâng cao trách nhiệm người đứng đầu; triển khai có hiệu quả "
                     "văn bản chỉ đạo của Tỉnh uỷ, UBND tỉnh về CCHC", [], [], id="seed-i-1-bodies-only-as-objects"),
        pytest.param("b) Chính quyền địa phương tích cực, chủ động thực hiện tốt Luật Khiếu nại", [], [],
                     id="seed-iii-2-3-b-no-cue"),
        pytest.param("c) Tăng cường tuyên truyền phổ biến pháp luật; phối hợp với các cơ quan tư pháp địa phương tư "
                     "vấn, hỗ trợ người dân", [], ["Các cơ quan tư pháp địa phương"], id="seed-iii-2-3-c-phoi-hop"),
        pytest.param("3. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, Sở Tư pháp và các cơ quan liên quan "
                     "tham mưu UBND tỉnh", ["Sở Tài chính"], ["Sở Nội vụ", "Sở Tư pháp", "Các cơ quan liên quan"],
                     id="giao-chu-tri-phoi-hop"),
        pytest.param("5. Bộ Thông tin và Truyền thông và các bộ, ngành có liên quan theo phạm vi chức năng, nhiệm vụ "
                     "được Chính phủ giao, có trách nhiệm chỉ đạo, tổ chức tuyên truyền",
                     ["Bộ Thông tin và Truyền thông", "Các bộ, ngành có liên quan"], [],
                     id="congbot-qualifier-before-duty"),
        pytest.param("7. Đề nghị Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên; các tổ chức hội có liên quan "
                     "tăng cường tuyên truyền, vận động",
                     ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Các tổ chức thành viên",
                      "Các tổ chức hội có liên quan"], [], id="congbot-nd-de-nghi-mttq"),
        pytest.param("Trong quá trình thực hiện nếu có khó khăn, vướng mắc, đề nghị phản ánh về Bộ (qua Vụ Kế "
                     "hoạch - Tài chính)", [], [], id="congbot-de-nghi-without-body"),
        pytest.param("Căn cứ đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV", [], [], id="theo-de-nghi-cua"),
        pytest.param("Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp luật dân sự - kinh tế, Cục trưởng Cục Công nghệ "
                     "thông tin, Cục trưởng Cục Kế hoạch - Tài chính, Viện trưởng Viện Chiến lược và Khoa học pháp "
                     "lý, Thủ trưởng các đơn vị thuộc Bộ và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi "
                     "hành Quyết định này./.",
                     ["Chánh Văn phòng Bộ", "Vụ trưởng Vụ Pháp luật dân sự - kinh tế",
                      "Cục trưởng Cục Công nghệ thông tin", "Cục trưởng Cục Kế hoạch - Tài chính",
                      "Viện trưởng Viện Chiến lược và Khoa học pháp lý", "Thủ trưởng các đơn vị thuộc Bộ",
                      "Các cơ quan, đơn vị liên quan"], [], id="877-qd-btp-execution-titles"),
        pytest.param("Điều 3. Quyết định có hiệu lực thi hành kể từ ngày ký\nChánh Văn phòng HĐND và UBND huyện, "
                     "Trưởng phòng Tư pháp, Hội đồng đánh giá chuẩn tiếp cận pháp luật huyện An Phú, Thủ trưởng các "
                     "phòng, ban ngành có liên quan, UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.",
                     ["Chánh Văn phòng HĐND và UBND huyện", "Trưởng phòng Tư pháp",
                      "Hội đồng đánh giá chuẩn tiếp cận pháp luật huyện An Phú",
                      "Thủ trưởng các phòng, ban ngành có liên quan", "UBND các xã, thị trấn"], [],
                     id="1322-qd-anphu-execution-list-with-action-words"),
        pytest.param("Điều 2. Các thành viên Ban Chỉ đạo cải cách hành chính của Chính phủ, Bộ trưởng, Thủ trường cơ "
                     "quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương trong Kế hoạch "
                     "kiểm tra chịu trách nhiệm thi hảnh Quyết định này.",
                     ["Các thành viên Ban Chỉ đạo cải cách hành chính của Chính phủ",
                      "Bộ trưởng, Thủ trường cơ quan ngang bộ",
                      "Chủ tịch UBND các tỉnh, thành phố trực thuộc trung ương"], [],
                     id="46-qd-bcdcchc-execution-bare-title-and-members"),
        pytest.param("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các thành viên Tổ Biên tập và các cá nhân có "
                     "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
                     ["Các thành viên Tổ Biên tập", "Các cá nhân có tên tại Điều 1"], [],
                     id="188-qd-vpcp-people-named-in-an-article-keep-their-qualifier"),
        pytest.param("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Xây dựng, Chủ tịch UBND các huyện, "
                     "thành phố chịu trách nhiệm thi hành Quyết định này.",
                     ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Tài chính", "Giám đốc Sở Xây dựng",
                      "Chủ tịch UBND các huyện, thành phố"], [], id="gold-md-execution-shared-head"),
        pytest.param("Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hảnh.\nBộ trưởng, Thủ trưởng cơ quan ngang bộ, "
                     "Thủ trưởng cơ quan thuộc\nChính phủ, Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp và các tổ chức, cá "
                     "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
                     ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
                      "Chủ tịch UBND tỉnh Đồng Tháp", "Các tổ chức, cá nhân có liên quan"], [],
                     id="1360-qd-ttg-execution-list-wrapped-over-lines-title-repeated"),
        pytest.param("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
                     "nhân dân các tỉnh, thành phố trực thuộc trung ương và các đơn vị, tổ chức liên quan chịu trách "
                     "nhiệm thi hành Quyết định này.",
                     ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
                      "Chủ tịch UBND các tỉnh, thành phố trực thuộc trung ương", "Các đơn vị, tổ chức liên quan"], [],
                     id="146-qd-ttg-execution-the-ministers-each-title"),
        pytest.param("Chánh Văn phòng, Cục trưởng Cục Khoa học, Công nghệ và Thông tin, Vụ trưởng Vụ Kế hoạch – Tài "
                     "chính, Hiệu trưởng Trường Đại học Giao thông vận tải, các thành viên Ban Chủ nhiệm Chương trình và "
                     "tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.",
                     ["Chánh Văn phòng", "Cục trưởng Cục Khoa học, Công nghệ và Thông tin",
                      "Vụ trưởng Vụ Kế hoạch – Tài chính", "Hiệu trưởng Trường Đại học Giao thông vận tải",
                      "Các thành viên Ban Chủ nhiệm Chương trình", "Các tổ chức, cá nhân liên quan"], [],
                     id="2576-qd-bgddt-execution-office-chief-and-related-group"),
        pytest.param("Quyết định có hiệu lực kể từ ngày ký.\nVăn phòng HĐND và UBND xã Hòa Phú, Phòng Kinh tế, Chi nhánh "
                     "Khu vực Buôn Ma Thuột - Văn phòng Đăng ký đất đai tỉnh Đắk Lắk, Phòng giao dịch số 7 – Kho bạc nhà "
                     "nước khu vực XIV, Thuế Cơ sở 1 tỉnh Đắk Lắk và ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành "
                     "Quyết định này.",
                     ["Văn phòng HĐND và UBND xã Hòa Phú", "Phòng Kinh tế",
                      "Chi nhánh Khu vực Buôn Ma Thuột - Văn phòng Đăng ký đất đai tỉnh Đắk Lắk",
                      "Phòng giao dịch số 7 – Kho bạc nhà nước khu vực XIV", "Thuế Cơ sở 1 tỉnh Đắk Lắk",
                      "Ông (bà) có tên tại Điều 1"], [], id="492-qd-hoaphu-execution-joint-office-and-2025-bodies"),
        pytest.param("1. Phòng Công nghệ thông tin Chủ trì phối hợp với các đơn vị liên quan triển khai thực hiện kế "
                     "hoạch, cụ thể:", ["Phòng Công nghệ thông tin"], ["Các đơn vị liên quan"],
                     id="kh-stttt-phutho-capital-chu-tri"),
        pytest.param("- Xây dựng, cập nhật cơ sở dữ liệu văn bản pháp luật của tỉnh liên quan đến doanh nghiệp: Đơn vị "
                     "chủ trì thực hiện: Sở Tư pháp. Đơn vị phối hợp thực hiện: Văn phòng UBND tỉnh, Văn phòng HĐND, "
                     "UBND các huyện, thành phố. Thời gian thực hiện: Từ quý I⁄2012 đến hết năm 2012.",
                     ["Sở Tư pháp"], ["Văn phòng UBND tỉnh", "Văn phòng HĐND", "UBND các huyện, thành phố"],
                     id="353-kh-bacgiang-inline-don-vi-chu-tri"),
        pytest.param("6. Giao Ban Kiểm tra và Ban Tổ chức cán bộ\nTăng cường kiểm tra, giám sát việc tô chức",
                     ["Ban Kiểm tra", "Ban Tổ chức cán bộ"], [], id="15405-chq-capital-verb-on-new-line"),
        pytest.param("- Yêu cầu UBND các xã, thị trấn tăng cường kiểm tra các công trình nhà ở đã được cấp phép",
                     ["UBND các xã, thị trấn"], [], id="217-tb-krongno-group-as-written"),
        pytest.param("3.1. Lĩnh vực Y tế: Giao phòng Y tế chủ trì, phối hợp Đảng ủy, UBND các xã, thị trấn chỉ đạo "
                     "tăng cường công tác tuyên truyền", ["Phòng Y tế"], ["Đảng ủy", "UBND các xã, thị trấn"],
                     id="217-tb-krongno-lower-case-phong"),
        pytest.param("4.2. Đối với các tờ bản đồ cấp giấy bị sai lệch, giao phòng Tài nguyên — Môi trường chủ trì "
                     "phối hợp UBND các xã, thị trấn rà soát toàn bộ", ["Phòng Tài nguyên — Môi trường"],
                     ["UBND các xã, thị trấn"], id="217-tb-krongno-lower-case-phong-after-giao"),
        pytest.param("Tổ chức phòng chống dịch bệnh trên địa bàn", [], [], id="phong-chong-is-no-office"),
        pytest.param("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Kế hoạch và Đầu tư, Y tế, Giáo dục và Đào "
                     "tạo, Xây dựng, Tài chính, Tài nguyên và Môi trường; Chủ tịch UBND các huyện, thị xã, thành phố; "
                     "Trung tâm Y tế, Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố và Thủ trưởng các cơ "
                     "quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
                     ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Kế hoạch và Đầu tư", "Giám đốc Sở Y tế",
                      "Giám đốc Sở Giáo dục và Đào tạo", "Giám đốc Sở Xây dựng", "Giám đốc Sở Tài chính",
                      "Giám đốc Sở Tài nguyên và Môi trường", "Chủ tịch UBND các huyện, thị xã, thành phố",
                      "Trung tâm Y tế", "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố",
                      "Thủ trưởng các cơ quan, đơn vị liên quan"], [], id="congbot-25-execution-article-lists"),
        pytest.param("- Xử lý ý kiến xây dựng nhà hiệu bộ tại trường THCS xã Đắk Sôr: giao phòng Giáo dục – Đào "
                     "tạo kiểm tra, rà soát", ["Phòng Giáo dục – Đào tạo"], [], id="217-tb-krongno-giao-lower-case-phong"),
        pytest.param("UBND huyện yêu cầu cơ quan điều tra xác minh, điều tra làm rõ", [], [],
                     id="11-tb-krongno-lower-case-noun-is-no-name"),
        pytest.param("- Tham mưu UBND huyện giao các đơn vị xây dựng Kế hoạch chi tiết thực hiện", [], [],
                     id="217-tb-krongno-tham-muu-giao-is-the-issuers"),
        pytest.param("7.2. Giao Đài truyền thanh huyện tăng cường xây dựng các bài tuyên truyền",
                     ["Đài Truyền thanh huyện"], [], id="217-tb-krongno-dai-truyen-thanh"),
        pytest.param("- Giao Văn phòng HĐND và UBND huyện bố trí lịch làm việc", ["Văn phòng HĐND và UBND huyện"], [],
                     id="217-tb-krongno-office-of-council-and-committee"),
        pytest.param("- Giao Trưởng thôn, bon phối hợp với thú y xã tổ chức giám sát chặt chẽ các hộ chăn nuôi lợn",
                     ["Trưởng thôn, bon"], [], id="946-ubnd-truong-thon"),
        pytest.param("4. Giao Ban Giám sát quản lý về hải quan chủ trì, phối hợp với Ban Pháp chế và các đơn vị thuộc "
                     "Cục tập trung rà soát", ["Ban Giám sát quản lý về hải quan"],
                     ["Ban Pháp chế", "Các đơn vị thuộc Cục"], id="15405-chq-name-runs-on-to-chu-tri"),
        pytest.param("- Trong thời gian chưa xây dựng bãi xử lý rác mới, Ban quản lý dự án đầu tư xây dựng các công "
                     "trình nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường",
                     ["Ban quản lý dự án đầu tư xây dựng các công trình nông nghiệp và Phát triển nông thôn"],
                     ["Sở Tài nguyên và Môi trường"], id="409-tb-daknong-subject-after-a-condition"),
        pytest.param("12. Ủy ban nhân dân các tỉnh, thành phó trực thuộc trung ương chỉ đạo các cơ quan chức năng đây "
                     "mạnh hoạt động kiểm tra. Chủ tịch Ủy ban nhân dân các cấp chịu trách nhiệm về việc để xảy ra "
                     "tình trạng xâm phạm quyền sở hữu trí tuệ trên địa bàn.", [], [],
                     id="02-ct-ttg-accountability-is-no-duty"),
        pytest.param("9. Nhắc nhở Thủ trưởng Ban Quản lý dự án và phát triển quỹ đất, Trung tâm dịch vụ kỹ thuật nông "
                     "nghiệp về việc tham dự họp trễ so với thời gian quy định. Yêu cầu các đồng chí nghiêm túc chắn "
                     "chỉnh, không đề tái diễn.",
                     ["Thủ trưởng Ban Quản lý dự án và phát triển quỹ đất", "Trung tâm dịch vụ kỹ thuật nông nghiệp"], [],
                     id="217-tb-krongno-reprimand"),
        pytest.param("- Sở Nội vụ theo dõi, đôn đốc, nhắc nhở các đơn vị thực hiện", [], [],
                     id="reminding-inside-is-the-subjects-action"),
        pytest.param("3. Tổ chức Hội nghị sơ kết giai đoạn I thực hiện Chương trình Hỗ trợ pháp lý cho doanh nghiệp trên "
                     "địa bàn tỉnh Bắc Giang\nĐơn vị thực hiện: Bạn Điều hành Chương trình hỗ trợ pháp lý cho doanh "
                     "nghiệp\nực hiện: Các Sở, ban, ngành có liên quan.",
                     ["Bạn Điều hành Chương trình hỗ trợ pháp lý cho doanh nghiệp"], [],
                     id="353-kh-bacgiang-field-value-with-no-known-head"),
        pytest.param("- Tổ chức 01 lớp bồi dưỡng kiến thức pháp luật cho đội ngũ cán bộ pháp chế.\nĐơn vị chủ trì: Sở Tư "
                     "pháp; đơn vị phối hợp: Các Sở, ban, ngành và địa phương có liên quan.\nThời gian thực hiện: "
                     "Quý III/2012.", ["Sở Tư pháp"], ["Các Sở, ban, ngành, địa phương có liên quan"],
                     id="353-kh-bacgiang-field-ends-at-next-field"),
        pytest.param("3. Tổ chức hội nghị tập huấn nghiệp vụ. Cơ quan thực hiện: Sở Tư pháp; thời gian: tháng 9/2025.",
                     ["Sở Tư pháp"], [], id="issue-12-lead-field-then-time-field"),
        pytest.param("- Chủ trì: Sở Y tế; phối hợp: Sở Tài chính, UBND các huyện.", ["Sở Y tế"],
                     ["Sở Tài chính", "UBND các huyện"], id="issue-12-bare-chu-tri-field"),
    ],
)
def test_item_roles(text: str, responsible: list[str], coordinating: list[str]) -> None:
    roles = item_roles(text, PROVINCE)
    assert roles.responsible == responsible
    assert roles.coordinating == coordinating


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param("11. Các bộ, ngành và địa phương đây mạnh hợp tác quốc tế trong việc thu thập, chia sẻ thông tin",
                     ["Các bộ, ngành, địa phương"], id="02-ct-ttg-ocr-day-manh"),
        pytest.param("12. Ủy ban nhân dân các tỉnh, thành phó trực thuộc trung ương chỉ đạo các cơ quan chức năng",
                     ["UBND các tỉnh, thành phó trực thuộc trung ương"], id="02-ct-ttg-opening-subject"),
        pytest.param("1. Các Sở, ban, ngành thuộc UBND tỉnh trên cơ sở, chức năng, nhiệm vụ — và chương trình công tác "
                     "của chủ động phôi hợp với Ban Thường trực Ủy ban MTTQ tỉnh đẩy mạnh tuyên truyền",
                     ["Các Sở, ban, ngành thuộc UBND tỉnh"], id="695-ubnd-vx-subject-before-its-basis"),
        pytest.param("3. Sở Văn hóa, Thể thao và Du lịch Sở Tài chính căn cứ chức năng, nhiệm vụ, các văn bản hướng dân "
                     "của các Bộ, ngành", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"],
                     id="695-ubnd-vx-comma-lost-between-two-names"),
        pytest.param("a) Tiêu chuẩn - đo lường - chất lượng: Ủy ban nhân dân huyện, thị xã chủ động và phối hợp với Sở "
                     "Khoa học và Công nghệ trong công tác tuyên truyền", ["UBND huyện, thị xã"],
                     id="09-ct-binhduong-field-then-subject"),
        pytest.param("b) Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện, thị xã làm đầu mối phát hiện, đề "
                     "xuất với Thanh tra Sở Khoa học và Công nghệ", ["UBND các huyện, thị xã"],
                     id="09-ct-binhduong-field-named-like-a-body"),
        pytest.param("- Thành phần: Lãnh đạo sở, lãnh đạo và chuyên viên các phòng ban thuộc Sở và Trung tâm CNTT Tây "
                     "Bắc", [], id="kh-stttt-phutho-participants-are-no-subject"),
        pytest.param("- Bộ Nội vụ làm đầu mỗi chủ trì, phối hợp với Văn phòng Chính phủ và các cơ quan, đơn vị có liên "
                     "quan tổ chức Đoàn kiêm tra theo nội dung kê hoạch;", ["Bộ Nội vụ"],
                     id="46-qd-bcdcchc-lam-dau-moi"),
        pytest.param("1. Trưởng Đoàn giám sát: Ông Phạm Văn Chánh - Chủ tịch HĐND tỉnh - phụ trách chung",
                     ["Trưởng Đoàn giám sát"], id="11-tb-dgs-role-then-person"),
        # the form of a decision that divides work among leaders (issue 12): the title after the person's name
        pytest.param("1. Đồng chí Nguyễn Văn An - Chủ tịch UBND huyện, Trưởng Ban: Lãnh đạo, chỉ đạo chung mọi hoạt "
                     "động của Ban Chỉ đạo; trực tiếp phụ trách lĩnh vực nội chính.", ["Chủ tịch UBND huyện"],
                     id="person-then-title-lanh-dao-is-the-duty"),
        pytest.param("2. Ông Phạm Văn Dũng - Trưởng phòng Tài chính - Kế hoạch, thành viên: Tham mưu bố trí kinh phí",
                     ["Trưởng phòng Tài chính - Kế hoạch"], id="person-then-title-with-a-dash-inside"),
        pytest.param("2. Nguồn kinh phí thực hiện: Các đơn vị sử dụng số kinh phí dự toán đã được giao và nguồn kinh "
                     "phí kiểm soát do Chi cục phân bổ hàng năm.", [], id="957-kh-funding-field-is-no-work"),
        pytest.param("- Trung tâm Dịch vụ việc làm Quảng Bình tổ chức thu thập, cập nhật thông tin về cung - cầu lao "
                     "động;", ["Trung tâm Dịch vụ việc làm Quảng Bình"], id="672-kh-quangbinh-viec-lam-is-a-noun"),
        pytest.param("Sinh viên bị khiển trách trong khi thi học phần nào sẽ bị trừ 25% tổng số điểm bài thi của học phần "
                     "đó.", [], id="64-hd-ktdbcl-passive-sanction-names-no-actor"),
        pytest.param("Căn cứ vào chương trình phối hợp, Liên đoàn Lao động, Phòng Văn hóa và Thông tin, Trung tâm Văn "
                     "hóa các huyện, thị, thành phố ký kết để triển khai thực hiện.",
                     ["Liên đoàn Lao động tỉnh", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa các huyện, thị, thành phố"],
                     id="154-ctph-angiang-basis-then-bodies"),
        pytest.param("Cục Khoa học, Công nghệ và Thông tin có nhiệm vụ hướng dẫn tổ chức chủ trì tổ chức thực hiện "
                     "Chương trình nêu tại Điều 1 theo quy định hiện hành.",
                     ["Cục Khoa học, Công nghệ và Thông tin"], id="2576-qd-bgddt-co-nhiem-vu-before-chu-tri"),
        pytest.param("Liên đoàn Thương mại và Công nghiệp Việt Nam, các hội, hiệp hội trong lĩnh vực thông tin và truyền "
                     "thông tích cực tham gia, phối hợp tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia.",
                     ["Liên đoàn Thương mại và Công nghiệp Việt Nam",
                      "Các hội, hiệp hội trong lĩnh vực thông tin và truyền thông"], id="505-qd-ttg-field-of-a-group"),
    ],
)
def test_opening_subject(text: str, subject: list[str]) -> None:
    assert item_roles(text, PROVINCE).subject == subject


@pytest.mark.parametrize(
    ("text", "later"),
    [
        pytest.param("c) Chủ trì, phối hợp với các bộ, cơ quan có liên quan khẩn trương nghiên cứu, xây dựng các giải "
                     "pháp. Các bộ, cơ quan liên quan chỉ định và giao nhiệm vụ cụ thể cho đơn vị trực thuộc làm đầu "
                     "mối phối hợp.", ["Các bộ, cơ quan liên quan"], id="02-ct-ttg-second-subject"),
        pytest.param("3.2. Giao phòng Dân tộc chủ trì, phối hợp các đơn vị chuẩn bị tốt công tác tổ chức Đại hội. UBND "
                     "các xã, thị trấn phối hợp phòng Dân tộc và các đơn vị liên quan đảm bảo công tác triệu tập đại "
                     "biểu.", ["UBND các xã, thị trấn"], id="217-tb-krongno-second-subject"),
        pytest.param("2. Giao UBND thị trấn Kiến Đức chủ trì rà soát, báo cáo UBND huyện. UBND huyện thông báo kết "
                     "luận tại buổi đối thoại để các cơ quan, đơn vị liên quan được biết ./.", [],
                     id="267-tb-dakrlap-the-issuer-speaking"),
        pytest.param("- Phân công đầu mối tiếp nhận thông tin. Lãnh đạo đơn vị chịu trách nhiệm trước Chi cục trưởng "
                     "nếu không làm hết trách nhiệm.", [], id="957-kh-hqkv8-accountability"),
        pytest.param("2.1. Tiến hành xem xét lại từng hồ sơ, trong khi xem xét cần lưu ý: Giấy tờ chứng minh có tham "
                     "gia kháng chiến phải đúng hướng dẫn. Cơ quan y tế kiểm tra hồ sơ bệnh án, biên bản giám định.", [],
                     id="congvan-ldtbxh-1040-points-to-note"),
        pytest.param("1. Đánh giá cao công tác chuẩn bị các tài liệu, báo cáo của Bộ Nội vụ, Cơ quan thường trực của Ban "
                     "Chỉ đạo; giao Bộ Nội vụ phối hợp với Văn phòng Chính phủ chắt lọc, tiếp thu ý kiến, hoàn thiện các "
                     "báo cáo, các dự thảo; các bộ, cơ quan tiếp thu ý kiến của các đại biểu đề chủ động tổ chức thực "
                     "hiện công tác cải cách hành chính trong bộ, ngành mình.", ["Các bộ, cơ quan"],
                     id="79-tb-vpcp-clause-the-giao-governs"),
        pytest.param("- Tổ chức hội nghị triển khai; các đơn vị đã tổ chức tập huấn cho cán bộ.", [],
                     id="clause-without-an-assignment"),
        pytest.param("(3) Đối tượng trọng điểm Các tổ chức, cá nhân có hoạt động xuất nhập khẩu; các cá nhân, tổ chức "
                     "hoạt động dịch vụ chuyển phát nhanh, giao hàng qua hệ thống các doanh nghiệp bưu chính; các doanh "
                     "nghiệp hoạt động xuất nhập khẩu theo các loại hình tạm nhập tái xuất, kho ngoại quan, quá cảnh.", [],
                     id="957-kh-hqkv8-giao-hang-is-no-assignment"),
        pytest.param("- Khẩn trương chỉ đạo tập trung rà soát, hoàn thiện các báo cáo: (i) Báo cáo tình hình triển khai "
                     "thực hiện Nghị quyết số 66-NQ/TW. Các Báo cáo trên gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025",
                     [], id="tb-659-vpcp-bao-cao-is-a-report-not-a-newspaper"),
    ],
)
def test_later_subjects(text: str, later: list[str]) -> None:
    assert item_roles(text, PROVINCE).later == later


def test_subject_after_an_opening_condition() -> None:
    text = ("- Sau khi lựa chọn được vị trí phù hợp, các Sở, ngành, địa phương theo chức năng, nhiệm vụ phối hợp với "
            "chủ đầu tư triển khai các thủ tục pháp lý")  # 409/TB-VPUBND Đắk Nông
    assert item_roles(text, PROVINCE).subject == ["Các Sở, ngành, địa phương"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        pytest.param("3. Giao Chỉ cục kiểm tra sau thông quan\nTăng cường công tác thu thập thông tin, đánh giá",
                     ["Chi cục kiểm tra sau thông quan"], id="15405-chq-title-line-with-a-verb-in-the-name"),
        pytest.param("5. Giao Văn phòng Cục\nĐây mạnh công tác truyền thông, nâng cao nhận thức",
                     ["Văn phòng Cục"], id="15405-chq-title-line"),
        pytest.param("4. Phòng Văn hóa và Thông tin; Đài Truyền thanh huyện\nCăn cứ vào chỉ đạo của ngành dọc",
                     ["Phòng Văn hóa và Thông tin", "Đài Truyền thanh huyện"], id="946-ubnd-title-line-two-bodies"),
        pytest.param("1. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức\nkiểm tra công tác", [],
                     id="sentence-wrapped-over-a-line"),
        pytest.param("Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp luật dân sự - kinh tế, Cục trưởng Cục Kế hoạch - "
                     "Tài chính\nViện trưởng Viện Chiến lược và Khoa học pháp lý chịu trách nhiệm thi hành", [],
                     id="877-qd-btp-list-wrapped-before-a-name"),
    ],
)
def test_title_line_bodies(text: str, bodies: list[str]) -> None:
    assert title_line_bodies(text, PROVINCE) == bodies


@pytest.mark.parametrize(
    ("heading", "bodies"),
    [
        pytest.param("2. Giao Chỉ cục Hải quan các khu vực (Hải quan cửa khẩu, Hải quan ngoài cửa khẩu, Đội Kiểm soát "
                     "hải quan), Chỉ cục Điều tra chống buôn lậu (Phòng 1, Phòng 2, Phòng 3 và các Đội Kiểm soát "
                     "chống buôn lậu)", ["Chi cục Hải quan các khu vực", "Chi cục Điều tra chống buôn lậu"],
                     id="15405-chq-asides-and-ocr-chi-cuc"),
        pytest.param("a) Đối với chủ vật nuôi:", ["Chủ vật nuôi"], id="946-ubnd-doi-voi-actor"),
        pytest.param("b) Đối với nhân viên thú y cấp xã:", ["Nhân viên thú y cấp xã"], id="946-ubnd-doi-voi-staff"),
        pytest.param("e) Đối với UBND cấp xã có dịch:", ["UBND cấp xã có dịch"], id="946-ubnd-doi-voi-qualified-body"),
        pytest.param("- Đối với các Sở, ban, ngành có các HTTT triển khai tới UBND cấp xã:",
                     ["Các sở, ban, ngành có các HTTT triển khai tới UBND cấp xã"], id="11-ct-hanoi-doi-voi-relative-clause"),
        pytest.param("9. Thành đoàn Hà Nội, các trường đại học, cao đẳng trên địa bàn Thành phố",
                     ["Thành đoàn Hà Nội", "Các trường đại học, cao đẳng trên địa bàn Thành phố"],
                     id="11-ct-hanoi-thanh-doan-head"),
        pytest.param("8. Các chủ cơ sở chăn nuôi, giết mồ gia súc tập trung trên địa bàn\nhuyện",
                     ["Các chủ cơ sở chăn nuôi, giết mồ gia súc tập trung trên địa bàn huyện"], id="946-ubnd-owners"),
        pytest.param("Phụ lục BÁO CÁO CÁC VỤ VIỆC PHÁT HIỆN VÀ XỬ LÝ VI PHẠM", [], id="15405-chq-report-form-title"),
        pytest.param("2. UBND cấp huyện, cấp xã:", ["UBND cấp huyện", "UBND cấp xã"], id="seed-iii-2"),
        pytest.param("3. Các cơ quan thông tin, truyền thông của tỉnh: ",
                     ["Các cơ quan thông tin, truyền thông của tỉnh"], id="seed-ii-3"),
        pytest.param("1. Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã: ",
                     ["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"], id="seed-iii-1"),
        pytest.param("2.1. Đối với nội dung “Tham gia của người dân ở cấp cơ sở”:", [], id="seed-topic-heading"),
        pytest.param("I. ĐỐI VỚI CHỈ SỐ CCHC (PAR INDEX)", [], id="seed-roman"),
        pytest.param("1. Trách nhiệm của Sở Nội vụ", ["Sở Nội vụ"], id="trach-nhiem-cua"),
        pytest.param("2. Sở Y tế có trách nhiệm:", ["Sở Y tế"], id="co-trach-nhiem-colon"),
        pytest.param("1. Bộ trưởng Bộ Quốc phòng có trách nhiệm:", ["Bộ trưởng Bộ Quốc phòng"], id="congbot-minister"),
        pytest.param("1. Mục đích", [], id="purpose"),
        pytest.param("1.1. Giao phòng Nông nghiệp và PTNT:", ["Phòng Nông nghiệp và PTNT"], id="217-lower-case-phong"),
        pytest.param("1- Các đồng chí bí thư huyện ủy, thành ủy, đảng ủy trực thuộc; bí thư ban cán sự đảng, đảng đoàn; "
                     "trưởng các sở, ban, ngành, đoàn thể tỉnh:",
                     ["Các đồng chí bí thư huyện ủy, thành ủy, đảng ủy trực thuộc", "Bí thư ban cán sự đảng, đảng đoàn",
                      "Trưởng các sở, ban, ngành, đoàn thể tỉnh"], id="368-bacgiang-party-letter-cac-dong-chi"),
        pytest.param("1. Công chức Văn phòng - Thống kê, Ông Nguyễn Văn Sang.",
                     ["Công chức Văn phòng - Thống kê, Ông Nguyễn Văn Sang"], id="142-qd-ngaigiao-post-and-person"),
        pytest.param("2. Công chức Văn phòng - Thống kê, Bà Lê Thị Sáng.",
                     ["Công chức Văn phòng - Thống kê, Bà Lê Thị Sáng"], id="142-qd-ngaigiao-post-and-person-ba"),
        pytest.param("a) Chủ đầu tư có trách nhiệm:", ["Chủ đầu tư"], id="04-tb-anphu-investor-has-duties"),
        pytest.param("b) Tổ chức làm nhiệm vụ bồi thường có trách nhiệm:", ["Tổ chức làm nhiệm vụ bồi thường"],
                     id="04-tb-anphu-unknown-body-has-duties"),
        pytest.param("c) Bộ Nội vụ, cơ quan thường trực của Ban Chỉ đạo:", ["Bộ Nội vụ"], id="79-tb-vpcp-apposition"),
        pytest.param("3.1. Đối với Đảng ủy - UBND các xã, thị trấn", ["Đảng ủy các xã, thị trấn", "UBND các xã, thị trấn"],
                     id="43-tb-krongno-joint-party-and-committee"),
        pytest.param("2. Đối với giảng viên", ["Giảng viên"], id="46-kh-khmt-lecturers"),
        pytest.param("1. Đối với sinh viên", ["Sinh viên"], id="46-kh-khmt-students"),
    ],
)
def test_heading_bodies(heading: str, bodies: list[str]) -> None:
    assert heading_bodies(heading, PROVINCE) == bodies


@pytest.mark.parametrize(
    ("preamble", "bodies"),
    [
        pytest.param("Trước tình hình trên, Chủ tịch Ủy ban nhân dân huyện điện khẩn Thủ trưởng các phòng, ban, đơn vị, "
                     "đoàn thể; Chủ tịch UBND các xã, thị trấn tập trung thực hiện các nhiệm vụ sau:",
                     ["Thủ trưởng các phòng, ban, đơn vị, đoàn thể", "Chủ tịch UBND các xã, thị trấn"],
                     id="34-cd-dakrlap-dien-khan"),
        pytest.param("Chủ tịch Ủy ban nhân dân huyện điện khân Thủ trưởng các phòng, ban, đơn vị, đoàn thể tập trung "
                     "thực hiện các nhiệm vụ sau:", ["Thủ trưởng các phòng, ban, đơn vị, đoàn thể"],
                     id="dien-khan-as-ocr-reads-it"),
        pytest.param("Công ty Điện lực tỉnh thông báo lịch cắt điện khu vực trung tâm huyện.", [],
                     id="dien-luc-is-no-address"),
        pytest.param("Để góp phần đẩy mạnh hoạt động khoa học và công nghệ trên địa bàn tỉnh, Ủy ban nhân dân tỉnh yêu "
                     "cầu lãnh đạo các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã tập trung thực hiện "
                     "tốt các nội dung sau đây:", ["Lãnh đạo các sở, ban, ngành", "Chủ tịch UBND các huyện, thị xã"],
                     id="09-ct-binhduong-lower-case-lanh-dao-cac"),
    ],
)
def test_cong_dien_opening(preamble: str, bodies: list[str]) -> None:
    assert opening_bodies(preamble, PROVINCE) == bodies


def test_opening_sentence_of_seed() -> None:
    preamble = (
        "qua đó cải thiện, nâng cao các chỉ số PAR INDEX, SIPAS, PAPI của tỉnh năm 2025, \n\n"
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh; Ủy ban nhân dân cấp \n\n"
        "huyện, cấp xã triển khai các nhiệm vụ trọng tâm sau:   "
    )
    assert opening_bodies(preamble, PROVINCE) == ["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        pytest.param("- Các địa phương đã tham mưu tô chức cho cán bộ cấp xã, thôn tham gia tập huấn", True,
                     id="43-tb-krongno-past-result"),
        pytest.param("- Các xã, thị trần đã chỉ đạo Công chức Lao động - Thương binh và Xã hội", True,
                     id="43-tb-krongno-past-result-ocr"),
        pytest.param("- Các địa phương tạo điều kiện hỗ trợ cho Ban CHQS xã về kinh phí bảo đảm", False,
                     id="43-tb-krongno-direction"),
        pytest.param("- Đài Truyền thanh huyện tiếp tục đẩy mạnh công tác thông tin tuyên truyền", False,
                     id="43-tb-krongno-continue"),
    ],
)
def test_reports_result(text: str, reported: bool) -> None:
    assert reports_result(text, PROVINCE) is reported


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param("2. Tổ Kiểm tra, giám sát: phối hợp với UBND các xã, thị trấn có lợn bị tiêu hủy để kiểm tra",
                     ["Tổ Kiểm tra"], id="946-dakrlap-to-kiem-tra"),
        pytest.param("Tổ chức tuyên truyền sâu rộng trong nhân dân", [], id="to-chuc-is-an-action"),
        pytest.param("(ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu các hạng mục "
                     "còn lại của Nhà máy điện Nhơn Trạch 4", ["Chủ đầu tư"], id="tb-653-vpcp-investor"),
        pytest.param("(iv) Chủ đầu tư, trong phạm vi, trách nhiệm của mình, nỗ lực, đẩy nhanh tiến độ thực hiện, "
                     "hoàn thành đưa dự án vào vận hành trong năm 2027", ["Chủ đầu tư"],
                     id="tb-653-vpcp-investor-before-a-qualifier"),
        pytest.param("2. Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương rà soát, kịp thời "
                     "bố trí kinh phí", ["Bộ Tài chính"], id="tb-659-vpcp-basis-listing-bodies-before-the-subject"),
        pytest.param("1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức năng, "
                     "nhiệm vụ, thẩm quyền được giao chú trọng thực hiện tốt một số nội dung trọng tâm sau:",
                     ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"], id="tb-659-vpcp-comrade-title"),
    ],
)
def test_subject_opening_an_item(text: str, subject: list[str]) -> None:
    assert item_roles(text, PROVINCE).subject == subject


def test_to_chuc_heading_names_no_body() -> None:
    """21-HD/BTCTU: "V. TỔ CHỨC THỰC HIỆN" is a section title, not a body "TỔ CHỨC"."""
    assert heading_bodies("V. TỔ CHỨC THỰC HIỆN", PROVINCE) == []


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        pytest.param("Tuy nhiên, gia đình bà đề nghị UBND huyện có phương án hỗ trợ để ông Nguyễn Đức Tín có nơi ở ổn "
                     "định.", True, id="267-tb-dakrlap-citizen-asks"),
        pytest.param("Đối với kiến nghị của ông Nguyễn Văn A, giao Phòng Tài nguyên và Môi trường kiểm tra, trả lời.",
                     False, id="assignment-after-a-citizen-topic"),
        pytest.param("UBND huyện đề nghị hộ gia đình chấp hành việc bàn giao diện tích đất đã thu hồi.", False,
                     id="267-tb-dakrlap-the-issuer-asks"),
    ],
)
def test_reported_request(text: str, reported: bool) -> None:
    assert reported_request(text) is reported


@pytest.mark.parametrize(
    ("text", "executes"),
    [
        pytest.param("Các thành viên Tổ Biên tập và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định "
                     "này./.", True, id="188-qd-vpcp"),
        pytest.param("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Ban, ngành, đoàn thể có liên quan; Chủ tịch "
                     "Ủy ban nhân dân các huyện/thành phố; Các thành viên Ban Chỉ đạo công tác Dân số - KHHGĐ tỉnh Hà "
                     "Giang và các đơn vị, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành.", True,
                     id="1209-qd-hagiang-can-cu-quyet-dinh-thi-hanh"),
        pytest.param("Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan có trách nhiệm thực hiện Kế hoạch này.",
                     False, id="a-plan-carried-out-is-a-task-of-its-own"),
        pytest.param("Giao Sở Tài chính chủ trì, phối hợp với các đơn vị thực hiện Quyết định số 12/QĐ-UBND.", False,
                     id="an-assignment-that-cites-a-decision"),
    ],
)
def test_executes_decision(text: str, executes: bool) -> None:
    """The implementation article names who carries out the decision, not who does one of its items."""
    assert executes_decision(text) is executes


@pytest.mark.parametrize(
    ("text", "last"),
    [
        pytest.param("Giám đốc Sở Nội vụ, Sở Lao động - Thương binh và Xã hội, Sở Tài chính, Thủ trưởng các cơ quan, đơn "
                     "vị có liên quan và các ông (bà) có tên trong danh sách chịu trách nhiệm thi hành Quyết định này.",
                     ["Thủ trưởng các cơ quan, đơn vị có liên quan", "Các ông (bà) có tên trong danh sách"],
                     id="congbot-9-people-named-in-a-list"),
    ],
)
def test_implementation_article_names_the_people_of_an_individual_decision(text: str, last: list[str]) -> None:
    """Before, the "(bà)" stopped the reading of the officials' list and the article named nobody."""
    assert item_roles(text, PROVINCE).responsible[-len(last):] == last


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param("Chỉ đạo, hướng dẫn UBND cấp xã thực hiện các nội dung:", ["UBND cấp xã"],
                     id="672-kh-quangbinh-lead-in-hands-on"),
        pytest.param("Tổ chức thực hiện các nội dung sau:", [], id="no-body-directed"),
    ],
)
def test_lead_in_without_subject_names_the_body_it_directs(text: str, subject: list[str]) -> None:
    assert item_roles(text, PROVINCE, follow_directs=True).subject == subject
