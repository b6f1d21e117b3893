"""Deadlines as written, normalised to the last day allowed or a recurrence."""

from __future__ import annotations

import pytest

from parsers.tasks.deadlines import find_deadline


@pytest.mark.parametrize(
    ("text", "written", "date", "recurrence"),
    [
        pytest.param("Giao Sở Tài chính chủ trì tham mưu UBND tỉnh trước ngày 30/6/2025.",
                     "trước ngày 30/6/2025", "2025-06-30", None, id="truoc-ngay"),
        pytest.param("báo cáo kết quả về Sở Nội vụ chậm nhất ngày 05 tháng 5 năm 2025",
                     "chậm nhất ngày 05 tháng 5 năm 2025", "2025-05-05", None, id="cham-nhat-words"),
        pytest.param("gửi báo cáo trước ngày 15/12 để tổng hợp", "trước ngày 15/12", "2025-12-15", None,
                     id="year-from-directive"),
        pytest.param("báo cáo UBND tỉnh trước ngày 15/12 hằng năm", "trước ngày 15/12 hằng năm", None, "hằng năm",
                     id="yearly-date"),
        pytest.param("hoàn thành trong tháng 7/2025", "trong tháng 7/2025", "2025-07-31", None, id="month"),
        pytest.param("tổ chức sơ kết trong quý III/2025", "trong quý III/2025", "2025-09-30", "quý III/2025",
                     id="quarter"),
        pytest.param("hoàn thành trong 6 tháng đầu năm 2025", "trong 6 tháng đầu năm 2025", "2025-06-30", None,
                     id="half-year"),
        pytest.param("2025 thực hiện khảo sát trực tuyến đảm bảo theo thời gian quy định.",
                     "theo thời gian quy định", None, None, id="seed-ii-2-1"),
        pytest.param("Thông tin, tuyên truyền thường xuyên về các hoạt động và kết quả CCHC", "thường xuyên", None,
                     "thường xuyên", id="seed-thuong-xuyen"),
        pytest.param("thường xuyên kiểm tra việc thực hiện quy trình rà soát hộ nghèo hàng năm",
                     "hàng năm", None, "hằng năm", id="period-over-thuong-xuyen"),
        pytest.param("Cập nhật kết quả vào Phần mềm trước ngày 25 hằng tháng; tài liệu kiểm chứng",
                     "trước ngày 25 hằng tháng", None, "hằng tháng", id="corpus-day-of-month"),
        pytest.param("báo cáo Bộ Nội vụ trong thời hạn 30 ngày kể từ ngày quyết định nghỉ việc có hiệu lực.",
                     "trong thời hạn 30 ngày kể từ ngày quyết định nghỉ việc có hiệu lực", None, None,
                     id="corpus-relative"),
        pytest.param("báo cáo kết quả 6 tháng đầu năm", None, None, None, id="reported-period-is-no-deadline"),
        pytest.param("Tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam 30 tháng 4", None, None, None,
                     id="anniversary-day-is-no-deadline"),
        pytest.param("gửi trước ngày 31/02/2025", "trước ngày 31/02/2025", None, None, id="impossible-date"),
        pytest.param("29/6/2026 - 09/7/2026", "29/6/2026 - 09/7/2026", "2026-07-09", None,
                     id="753-kh-dct-date-range"),
        pytest.param("Cuối năm", "Cuối năm", "2025-12-31", None, id="62-kh-sonla-year-end"),
        pytest.param("trong ngày 30 tháng 4 năm 2026", "trong ngày 30 tháng 4 năm 2026", "2026-04-30", None,
                     id="issue-12-trong-ngay"),
        pytest.param("hoàn thành trước ngày 20 tháng 5 năm 2026", "trước ngày 20 tháng 5 năm 2026", "2026-05-20",
                     None, id="issue-12-hoan-thanh-truoc-ngay"),
        pytest.param("chậm nhất ngày 15/10", "chậm nhất ngày 15/10", "2025-10-15", None, id="issue-12-cham-nhat"),
        pytest.param("phục vụ chiến đấu tại các chiến trường B, C, K từ tháng 7 năm 1954 đến ngày 30 tháng 4 năm 1975",
                     None, None, None, id="congbot-historical-period-is-no-deadline"),
        pytest.param("Hồ sơ gửi về Ban Thường vụ Thành ủy (qua Ban Tổ chức Thành ủy thẩm định) trước 30 ngày làm "
                     "việc của các đợt trao tặng Huy hiệu Đảng.",
                     "trước 30 ngày làm việc của các đợt trao tặng Huy hiệu Đảng", None, None,
                     id="21-hd-btctu-days-before-each-round"),
        pytest.param("đảm bảo đúng các đợt (tổ chức trước hoặc trong tháng của các đợt trao tặng).",
                     "trước hoặc trong tháng của các đợt trao tặng", None, None, id="21-hd-btctu-month-of-round"),
        pytest.param("tham mưu báo cáo Thường trực Thành ủy thành lập đoàn trước 15 ngày của các đợt.",
                     "trước 15 ngày của các đợt", None, None, id="21-hd-btctu-15-days"),

    ],
)
def test_find_deadline(text: str, written: str | None, date: str | None, recurrence: str | None) -> None:
    found = find_deadline(text, default_year=2025)
    if written is None:
        assert found is None
        return
    assert found is not None
    assert (found.text, found.date, found.recurrence) == (written, date, recurrence)


@pytest.mark.parametrize(
    ("text", "year", "written", "date", "recurrence"),
    [
        pytest.param("Thời gian hoàn thành trong quí III năm 2019", 2019, "trong quí III năm 2019", "2019-09-30",
                     "quý III/2019", id="43-tb-krongno-qui-old-spelling"),
        pytest.param("Từ quý I/2012 đến hết năm 2012", 2012, "hết năm 2012", "2012-12-31", None,
                     id="353-kh-bacgiang-range-end-wins"),
        pytest.param("Quý II, III/2012", 2012, "Quý II, III/2012", "2012-09-30", "quý III/2012",
                     id="353-kh-bacgiang-quarter-list"),
        pytest.param("Văn bản góp ý ... đề nghị các cơ quan, đơn vị gửi về Phòng Kinh tế - Hạ tầng chậm nhất đến ngày "
                     "09/6/2022, để tổng hợp và trình Ủy ban nhân dân huyện ký ban hành.", 2022,
                     "chậm nhất đến ngày 09/6/2022", "2022-06-09", None, id="141-pktht-cham-nhat-den-ngay"),
        pytest.param("Các Tổ công tác nghiên cứu tổng thể các báo cáo, tài liệu liên quan. Sau 10 ngày làm việc kể từ "
                     "ngày kết thúc giám sát, các Tổ xây dựng báo cáo tổng hợp", 2021,
                     "Sau 10 ngày làm việc kể từ ngày kết thúc giám sát", None, None, id="11-tb-dgs-days-after-event"),
        pytest.param("Cuối đợt giám sát (sau 05 ngày làm việc), mỗi thành viên gửi nội dung nhận xét", 2021,
                     "sau 05 ngày làm việc", None, None, id="11-tb-dgs-days-after"),
        pytest.param("xây dựng báo cáo theo Phụ lục I và gửi về Bộ Nội vụ trước khi kiểm tra ít nhất 05 ngày; tạo điều "
                     "kiện thuận lợi", 2021, "trước khi kiểm tra ít nhất 05 ngày", None, None,
                     id="46-qd-bcdcchc-days-before-event"),
        pytest.param("xây dựng báo cáo theo Phụ lục và gửi Đoàn kiểm tra trước khi kiêm tra ít nhật 05 ngày; bồ trí", 2021,
                     "trước khi kiêm tra ít nhật 05 ngày", None, None, id="46-qd-bcdcchc-days-before-event-ocr"),
        pytest.param("phòng Nông nghiệp và PTNT phối hợp Hạt Kiểm lâm tham mưu ...; tông hợp báo cáo định kỳ vào thứ "
                     "hai hàng tuần.", 2019, "vào thứ hai hàng tuần", None, "hằng tuần", id="217-tb-krongno-weekday"),
        pytest.param("Định kỳ báo cáo kết quả thi hành án hành chính (nếu có) vào một mục riêng của báo cáo 06 tháng, "
                     "hằng năm", 2019, "hằng năm", None, "hằng năm", id="651-sldtbxh-period-over-bare-dinh-ky"),
        pytest.param("Xây dựng, cập nhật cơ sở dữ liệu văn bản pháp luật của tỉnh liên quan đến doanh nghiệp: Đơn vị chủ "
                     "trì thực hiện: Sở Tư pháp. Đơn vị phối hợp thực hiện: Văn phòng UBND tỉnh, Văn phòng HĐND, UBND "
                     "các huyện, thành phố. Thời gian thực hiện: Từ quý I/2012 đến hết năm 2012.", 2012,
                     "hết năm 2012", "2012-12-31", None, id="353-kh-bacgiang-time-field"),
        pytest.param("Rà soát các văn bản ban hành trước ngày 01/7/2024 còn hiệu lực. Thời gian thực hiện: Quý III/2025.",
                     2025, "Quý III/2025", "2025-09-30", "quý III/2025", id="issue-12-time-field-wins-over-other-dates"),
        pytest.param("Tổ chức hội nghị tập huấn. Cơ quan thực hiện: Sở Tư pháp; thời gian: tháng 9/2025; sản phẩm: "
                     "hội nghị trước ngày 01/7/2025", 2025, "tháng 9/2025", "2025-09-30", None,
                     id="issue-12-time-field-ends-at-next-field"),
        pytest.param("- Thời gian: Năm 2025.", 2025, "Năm 2025", "2025-12-31", None, id="issue-12-time-field-bare-year"),
        pytest.param("Thời gian dự kiến: Chiều ngày 28/12 và cả ngày 29/12/2011", 2011, "Chiều ngày 28/12 và cả ngày 29/12/2011",
                     "2011-12-29", None, id="kh-stttt-phutho-expected-time"),
        pytest.param("Báo cáo kết quả thực hiện về Sở Nội vụ trong tháng 6 và tháng 12 hằng năm.", 2025,
                     "trong tháng 6 và tháng 12 hằng năm", None, "hằng năm", id="issue-12-months-each-year"),
        pytest.param("Xây dựng kế hoạch thực hiện tại cơ quan, đơn vị; hoàn thành trong tháng 4.", 2025,
                     "trong tháng 4", "2025-04-30", None, id="issue-12-month-without-year"),
        pytest.param("Tháng 3 - 4", 2025, "Tháng 3 - 4", "2025-04-30", None, id="issue-12-time-cell-month-span"),
        pytest.param("2025", 2025, "2025", "2025-12-31", None, id="issue-12-time-cell-bare-year"),
        pytest.param("Giai đoạn 2025-2030", 2025, "Giai đoạn 2025-2030", "2030-12-31", None,
                     id="issue-12-time-cell-year-span"),
        pytest.param("Cả năm", 2025, "Cả năm", "2025-12-31", None, id="issue-12-time-cell-whole-year"),
        pytest.param("Thời gian: Từ ngày 01/3/2025 đến ngày 30/4/2025.", 2025, "đến ngày 30/4/2025", "2025-04-30", None,
                     id="issue-12-period-end"),
        pytest.param("Thời gian thực hiện: ngày 15/3/2025.", 2025, "ngày 15/3/2025", "2025-03-15", None,
                     id="issue-12-time-field-bare-date"),
        pytest.param("Từ 10/10/2022 đến 25/11/2022: UBND các huyện, thị xã, thành phố triển khai thu thập", 2022,
                     "Từ 10/10/2022 đến 25/11/2022", "2022-11-25", None, id="1445-sldtbxh-range-without-ngay"),
        pytest.param("Từ 26/11 đến 20/12/2022: Kiểm tra, xử lý thông tin phiếu", 2022, "Từ 26/11 đến 20/12/2022",
                     "2022-12-20", None, id="1445-sldtbxh-range-start-without-year"),

        pytest.param("Thời gian thực hiện: 15/3 - 30/4/2025", 2025, "15/3 - 30/4/2025", "2025-04-30", None,
                     id="issue-12-time-field-date-span"),
        pytest.param("Đến năm 2030, hoàn thành việc số hóa hồ sơ", 2025, "Đến năm 2030", "2030-12-31", None,
                     id="issue-12-den-nam"),
        pytest.param("Năm 2023 tổ chức sơ kết tình hình thực hiện Đề án, kịp thời đề xuất điều chỉnh các nội dung nhiệm "
                     "vụ, giải pháp của Đề án trong trường hợp cần thiết. Tổng kết, đánh giá kết quả triển khai thực hiện "
                     "Đề án vào năm 2025.", 2022, "Năm 2023", "2023-12-31", None, id="146-qd-ttg-opening-year"),
    ],
)
def test_find_deadline_of_its_year(text: str, year: int, written: str, date: str | None, recurrence: str | None) -> None:
    found = find_deadline(text, default_year=year)
    assert found is not None
    assert (found.text, found.date, found.recurrence) == (written, date, recurrence)


def test_the_date_of_a_cited_decision_is_no_month() -> None:
    """1445/SLĐTBXH-LĐVLDN (2022): "tháng 8 năm 2022" of "... Quyết định số 2335/QĐ-UBND ngày 29 tháng 8 năm 2022" is
    the day a cited decision was signed, not "in August 2022"."""
    text = ("Kinh phí thực hiện: Ngoài kinh phí Ủy ban nhân dân tỉnh cấp tại Quyết định số 2335/QĐ-UBND ngày 29 tháng 8 "
            "năm 2022 của Ủy ban nhân dân tỉnh, đề nghị UBND các huyện, thị xã, thành phố bố trí bổ sung kinh phí")
    assert find_deadline(text, default_year=2022) is None
