"""TCVN3 (.VnTime) and VNI text layers: detected and converted to Unicode, the step recorded."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.readers.legacy import detect_legacy, to_unicode
from tests.inputs.conftest import make_pdf

# (legacy text as an old document stores it, the Unicode it reads as)
TCVN3 = [
    pytest.param("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam", id="quoc-hieu"),
    pytest.param("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc", id="tieu-ngu"),
    pytest.param("Uû ban nh©n d©n tØnh H­ng Yªn", "Uỷ ban nhân dân tỉnh Hưng Yên", id="ubnd-tinh"),
    pytest.param("C¨n cø NghÞ ®Þnh sè 30/2020/N§-CP ngµy 05 th¸ng 3 n¨m 2020 cña ChÝnh phñ vÒ c«ng t¸c v¨n th­;",
                 "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;", id="can-cu"),
    pytest.param("§iÒu 1. Ph¹m vi ®iÒu chØnh", "Điều 1. Phạm vi điều chỉnh", id="dieu-1"),
    pytest.param("Thñ t­íng ChÝnh phñ quyÕt ®Þnh", "Thủ tướng Chính phủ quyết định", id="thu-tuong"),
]

VNI = [
    pytest.param("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", id="quoc-hieu"),
    pytest.param("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc", id="tieu-ngu"),
    pytest.param("Ñieàu 1. Phaïm vi ñieàu chænh", "Điều 1. Phạm vi điều chỉnh", id="dieu-1"),
    pytest.param("Caên cöù Luaät Toå chöùc chính quyeàn ñòa phöông ngaøy 19 thaùng 6 naêm 2015;",
                 "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", id="can-cu"),
    pytest.param("UÛY BAN NHAÂN DAÂN TÆNH", "ỦY BAN NHÂN DÂN TỈNH", id="upper-case"),
]


@pytest.mark.parametrize(("legacy", "unicode"), TCVN3)
def test_tcvn3_to_unicode(legacy: str, unicode: str) -> None:
    assert to_unicode(legacy, "tcvn3") == unicode


@pytest.mark.parametrize(("legacy", "unicode"), VNI)
def test_vni_to_unicode(legacy: str, unicode: str) -> None:
    assert to_unicode(legacy, "vni") == unicode


def test_upper_case_tcvn3_font() -> None:
    """.VnTimeH draws lower-case codes as capitals: "QUYÕT §ÞNH" is typed "quyÕt ®Þnh"."""
    assert to_unicode("quyÕt ®Þnh", "tcvn3", upper=True) == "QUYẾT ĐỊNH"


DETECT = [
    pytest.param(" ".join(p.values[0] for p in TCVN3), (), "tcvn3", id="tcvn3-text"),
    pytest.param(" ".join(p.values[0] for p in VNI), (), "vni", id="vni-text"),
    pytest.param(" ".join(p.values[1] for p in TCVN3), (".VnTime",), None, id="unicode-with-vntime-font-name"),
    pytest.param("Le café était très bon à Paris, où nous étions déjà allés avec élan.", (), None, id="french"),
    pytest.param("Resolution No. 01/2019/NQ-HDTP guiding the application of the Penal Code", (), None, id="english"),
]


@pytest.mark.parametrize(("text", "fonts", "expected"), DETECT)
def test_detect_legacy(text: str, fonts: tuple[str, ...], expected: str | None) -> None:
    assert detect_legacy(text, fonts) == expected


def test_tcvn3_pdf_text_layer_is_converted(tmp_path: Path) -> None:
    """A PDF whose text layer is TCVN3 (a .VnTime document printed to PDF) reads as Unicode."""
    lines = [p.values[0] for p in TCVN3] * 3
    doc = parse_file(make_pdf(tmp_path / "cu.pdf", [lines]))
    assert "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020" in doc.text
    assert doc.normalisation[0] == "legacy:tcvn3"


def test_tcvn3_docx_is_converted(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    heading = document.add_paragraph().add_run("quyÕt ®Þnh")
    heading.font.name = ".VnTimeH"
    for row in TCVN3:
        document.add_paragraph().add_run(row.values[0]).font.name = ".VnTime"
    path = tmp_path / "van-ban-cu.docx"
    document.save(str(path))
    assert zipfile.is_zipfile(path)
    doc = parse_file(path)
    assert doc.text.startswith("QUYẾT ĐỊNH\n")
    assert "Thủ tướng Chính phủ quyết định" in doc.text
    assert "legacy:tcvn3" in doc.normalisation
