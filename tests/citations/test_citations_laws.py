"""Laws cited by name only: one row per real sentence."""

from __future__ import annotations

import pytest

from tests.citations.helpers import cite

ROWS = [
    pytest.param("biến và thực hiện đầy đủ các quy định của Luật Tiếp cận thông tin; Luật Phòng,\nchống tham nhũng; "
                 "Luật Thực hiện dân chủ ở cơ sở; Luật Bầu cử đại biểu Quốc hội\n và đại biểu HĐND; Luật Giao dịch điện tử…",
                 ["Luật Tiếp cận thông tin", "Luật Phòng, chống tham nhũng", "Luật Thực hiện dân chủ ở cơ sở",
                  "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Luật Giao dịch điện tử"], id="seed-list"),
    pytest.param("b) Chính quyền địa phương tích cực, chủ động thực hiện tốt Luật Khiếu\nnại, Luật Tố cáo, Luật Tiếp công "
                 "dân; tổ chức tiếp công dân", ["Luật Khiếu nại", "Luật Tố cáo", "Luật Tiếp công dân"], id="seed-broken-line"),
    pytest.param("b) Tuyên truyền để người dân biết về Luật Phòng chống tham nhũng để\nmạnh dạn tố cáo",
                 ["Luật Phòng, chống tham nhũng"], id="seed-comma-missing"),
    pytest.param("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
                 "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                 ["Luật Tổ chức chính quyền địa phương",
                  "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"],
                 id="congbot-amending-title"),
    pytest.param("| Không | - Luật đất đai 2013 - Luật nhà ở 2014 - Luật phí và lệ phí 2015 - Nghị định số 102/2017/NĐ-CP",
                 ["Luật đất đai", "Luật nhà ở", "Luật phí và lệ phí"], id="congbot-appendix-lower-case-with-years"),
    pytest.param("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 29 tháng 6 năm 2005;",
                 ["Pháp lệnh Ưu đãi người có công với cách mạng"], id="congbot-ordinance"),
    pytest.param("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nTheo Luật Tổ chức Chính phủ, Chính phủ quyết định",
                 [], id="vbpl-numbered-law-is-a-citation"),
    pytest.param("Căn cứ Luật Phòng chống, chống mua bán người số 53/2024/QH15;\n7. Nạn nhân của hành vi mua bán người "
                 "theo quy định của Luật Phòng, chống mua bán người.", [], id="vbpl-typo-in-numbered-law-name"),
    pytest.param("Đề nghị Hội Luật gia Việt Nam phối hợp", [], id="vbhn-association-not-a-law"),
    pytest.param("Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.", [], id="vbpl-this-law"),
    pytest.param("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;\nTheo quy định của Luật Thi đua, Khen thưởng",
                 [], id="vbpl-shorter-name-of-numbered-law"),
]


@pytest.mark.parametrize(("text", "names"), ROWS)
def test_named_laws(text: str, names: list[str]) -> None:
    _, laws = cite(text)
    assert list(dict.fromkeys(law.name for law in laws)) == names
    for law in laws:
        assert text[law.span[0] : law.span[1]] == law.raw


def test_law_date() -> None:
    _, laws = cite("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    assert [(law.name, law.date, law.where) for law in laws] == [
        ("Luật Tổ chức chính quyền địa phương", "2015-06-19", "preamble")]
