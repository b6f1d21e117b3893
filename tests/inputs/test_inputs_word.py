"""Word files: .docx paragraphs with typography, tables, footnotes and their markers; legacy .doc."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from parsers.extract import parse_file
from parsers.readers.doc import read_doc
from parsers.readers.docx import read_docx
from tests.inputs.conftest import corpus

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FOOTNOTES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh công tác CCHC.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Kế hoạch số 192/KH-UBND ngày 20/12/2024 của UBND tỉnh.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""

REF = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{}"/></w:r>'


def _directive_docx(tmp: Path) -> Path:
    """A công văn made with python-docx, then given two real footnotes (python-docx cannot)."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    header.cell(0, 0).add_paragraph("Số: 337/UBND-NC")
    title = document.add_paragraph().add_run("KẾ HOẠCH")
    title.bold = True
    title.font.size = Pt(14)
    date = document.add_paragraph().add_run("Hưng Yên, ngày 05 tháng 5 năm 2025")
    date.italic = True
    body = document.add_paragraph("Thực hiện Chỉ thị số 28-CT/TU của Tỉnh ủy về CCHC")
    body.add_run("MARK1")
    body.add_run(" và Kế hoạch số 192/KH-UBND")
    body.add_run("MARK2")
    body.add_run(", UBND tỉnh yêu cầu các sở, ban, ngành thực hiện.")
    data = document.add_table(rows=5, cols=4)
    for r, row in enumerate(data.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"Nhiệm vụ {r}.{c}"
    path = tmp / "ke-hoach.docx"
    document.save(str(path))
    _add_footnotes(path)
    return path


def _add_footnotes(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    for n in (1, 2):
        xml = re.sub(rf"<w:r>(?:(?!<w:r>).)*?<w:t>MARK{n}</w:t></w:r>", REF.format(n), xml, flags=re.S)
    parts["word/document.xml"] = xml.encode("utf-8")
    parts["word/footnotes.xml"] = FOOTNOTES_XML.encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_docx_typography_tables_and_footnotes(tmp_path: Path) -> None:
    pages = read_docx(_directive_docx(tmp_path))
    lines = [line for page in pages for line in page.lines]
    by_text = {line.text: line for line in lines}
    assert "Số: 337/UBND-NC" in by_text  # header table read cell by cell
    assert by_text["KẾ HOẠCH"].bold and by_text["KẾ HOẠCH"].font_size == 14
    assert by_text["Hưng Yên, ngày 05 tháng 5 năm 2025"].italic
    body = next(line for line in lines if line.text.startswith("Thực hiện Chỉ thị"))
    assert body.text == "Thực hiện Chỉ thị số 28-CT/TU của Tỉnh ủy về CCHC và Kế hoạch số 192/KH-UBND, UBND tỉnh yêu cầu các sở, ban, ngành thực hiện."
    assert [(body.text[:off][-4:], m) for off, m in body.superscripts] == [("CCHC", "1"), ("UBND", "2")]
    rows = [line for line in lines if line.kind == "table"]
    assert len(rows) == 5 and rows[0].text == "Nhiệm vụ 0.0 | Nhiệm vụ 0.1 | Nhiệm vụ 0.2 | Nhiệm vụ 0.3"
    notes = [line for line in lines if line.kind == "footnote"]
    assert [(n.superscripts, n.text[:20]) for n in notes] == [
        ([(0, "1")], "Chỉ thị số 28-CT/TU "),
        ([(0, "2")], "Kế hoạch số 192/KH-U"),
    ]


def test_docx_footnotes_linked_in_document(tmp_path: Path) -> None:
    doc = parse_file(_directive_docx(tmp_path))
    assert doc.format == "docx"
    assert [(note.marker, note.linked) for note in doc.footnotes] == [("1", True), ("2", True)]
    assert "28-CT/TU ngày 10/8/2022" in doc.footnotes[0].text
    assert "CCHC1" not in doc.text  # the marker is not glued into the body text


# (file under corpus-real/word, a number printed in its header or body, what its text must hold)
WORD_FILES = [
    pytest.param("nbtt2k3__Vietnamese-Legal-RAG-Assistant/nghi_dinh_19_2019_ND_CP.docx", "Số: 19/2019/NĐ-CP", id="nd-19-2019-docx"),
    pytest.param("nbtt2k3__Vietnamese-Legal-RAG-Assistant/nghi_quyet_01_2020_NQ_HDTP.docx", "01/2020/NQ-HĐTP", id="nq-01-2020-docx"),
    pytest.param("Minh0511__vbpl-web-crawl/TAND014298_-02.2016.AL_1536312880823.docx", "02/2016/AL", id="an-le-02-docx"),
    pytest.param("Minh0511__vbpl-web-crawl/27621_-15.2012.QH13.doc", "Số: 15/2012/QH13", id="luat-15-2012-doc"),
    pytest.param("Minh0511__vbpl-web-crawl/889_-Hienphap1959.doc", "NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA", id="hien-phap-1959-doc"),
]


@pytest.mark.parametrize(("name", "expected"), WORD_FILES)
def test_real_word_file(name: str, expected: str) -> None:
    doc = parse_file(corpus("word", name))
    assert expected in doc.text
    assert len(doc.text) > 3000


def test_doc_footnotes_from_antiword() -> None:
    """A consolidated law (VBHN) whose 190 footnotes say which law amended each article."""
    path = corpus("word", "Minh0511__vbpl-web-crawl", "147301_-31.VBHN.VPQH.doc")
    lines = read_doc(path)[0].lines
    first = next(line for line in lines if line.text.startswith("Quốc hội ban hành Luật xử lý"))
    assert first.superscripts == [(len("Quốc hội ban hành Luật xử lý vi phạm hành chính"), "1")]
    notes = [line for line in lines if line.kind == "footnote" and line.superscripts]
    assert [m for n in notes for _, m in n.superscripts] == [str(n) for n in range(1, 191)]
    assert notes[0].text == "Luật Hải quan số 54/2014/QH13 có căn cứ ban hành như sau:"


@pytest.mark.slow
def test_every_word_file_extracts() -> None:
    folder = corpus("word")
    for path in sorted(folder.glob("*/*.doc*")):
        doc = parse_file(path)
        assert len(doc.text) > 2000, path.name
        assert re.search(r"\d+/\d{4}/[A-ZĐ]", doc.text) or "HIẾN PHÁP" in doc.text, path.name


def test_docx_content_control_paragraphs_are_read(tmp_path: Path) -> None:
    """Templates wrap fields in content controls (w:sdt): "Số: 12/UBND-VX" sits inside one."""
    import docx

    document = docx.Document()
    document.add_paragraph("Số: 12/UBND-VX")
    document.add_paragraph("Kính gửi: Sở Nội vụ")
    path = tmp_path / "mau.docx"
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    start = xml.index("<w:p>") if "<w:p>" in xml else xml.index("<w:p ")
    end = xml.index("</w:p>", start) + len("</w:p>")
    parts["word/document.xml"] = (xml[:start] + "<w:sdt><w:sdtContent>" + xml[start:end]
                                  + "</w:sdtContent></w:sdt>" + xml[end:]).encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert [line.text for line in read_docx(path)[0].lines] == ["Số: 12/UBND-VX", "Kính gửi: Sở Nội vụ"]
