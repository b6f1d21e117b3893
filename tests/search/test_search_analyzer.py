"""The Vietnamese analyzer: folding, tone placement, number tokens, query units."""

from __future__ import annotations

import pytest

from search.analyzer import (
    Match,
    Unit,
    analyze_query,
    analyze_record,
    boost_matches,
    canonical_name,
    exact_token,
    fold,
    highlight_patterns,
    number_tokens,
    own_number,
    pairs,
    unit_matches,
)
from search.highlight import make_snippet


@pytest.mark.parametrize(
    "text, folded",
    [
        pytest.param("Đẩy mạnh cải cách hành chính", "Day manh cai cach hanh chinh", id="d-stroke"),
        pytest.param("Ủy ban nhân dân tỉnh Hưng Yên", "Uy ban nhan dan tinh Hung Yen", id="capitals"),
        pytest.param("Độc lập - Tự do - Hạnh phúc", "Doc lap - Tu do - Hanh phuc", id="horn-letters"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "old, new",
    [pytest.param("hoà", "hòa", id="hoa"), pytest.param("uỷ", "ủy", id="uy"),
     pytest.param("quý", "quý", id="quy-unchanged"), pytest.param("hoàn", "hoàn", id="closed-syllable")],
)
def test_tone_placement(old: str, new: str) -> None:
    assert exact_token(old) == new


@pytest.mark.parametrize(
    "number, expected",
    [
        pytest.param("178/2024/NĐ-CP", ["so_178_2024_nd_cp", "so_178_2024_ndcp", "so_178_2024", "so_nd_178"],
                     id="decree"),
        pytest.param("178/2024/NĐCP", ["so_178_2024_ndcp", "so_178_2024", "so_ndcp_178"], id="decree-printed-loosely"),
        pytest.param("15/QĐ-UBND", ["so_15_qd_ubnd", "so_15_qdubnd", "so_qd_15"], id="no-year"),
        pytest.param("28-CT/TU", ["so_28_ct_tu", "so_28_cttu", "so_ct_28"], id="party"),
        pytest.param("06/2026/TT-BTС", ["so_6_2026_tt_btc", "so_6_2026_ttbtc", "so_6_2026", "so_tt_6"],
                     id="cyrillic-c"),
        pytest.param("09/2026NQ-HĐND", ["so_9_2026_nq_hdnd", "so_9_2026_nqhdnd", "so_9_2026", "so_nq_9"],
                     id="slash-missing"),
    ],
)
def test_number_tokens(number: str, expected: list[str]) -> None:
    assert number_tokens(number) == expected


@pytest.mark.parametrize(
    "query, units",
    [
        pytest.param("Nghị định số 178", [Unit(numbers=("so_nd_178",))], id="type-word"),
        pytest.param("QĐ 1042", [Unit(numbers=("so_qd_1042",))], id="code"),
        pytest.param("28/KH", [Unit(numbers=("so_28_kh", "so_kh_28"))], id="number-and-code-no-year"),
        pytest.param("178/NĐ-CP", [Unit(numbers=("so_178_nd_cp", "so_178_ndcp", "so_nd_178"))],
                     id="number-and-full-code-no-year"),
        pytest.param("178/2024/NĐ-CP", [Unit(numbers=("so_178_2024_nd_cp", "so_178_2024_ndcp"))],
                     id="full-number-or-its-loose-print"),
        pytest.param("UBND", [Unit(phrases=(("ubnd",), ("ủy", "ban", "nhân", "dân")))], id="abbreviation"),
        pytest.param("cai cach", [Unit(phrases=(("cai",),)), Unit(phrases=(("cach",),))], id="folded-syllables"),
        pytest.param("thu hút chuyên gia", [Unit(phrases=(("thu", "hút"),)), Unit(phrases=(("chuyên", "gia"),))],
                     id="segmented-words"),
        pytest.param("nhỏ và vừa", [Unit(phrases=(("nhỏ",),)), Unit(phrases=(("và",),), optional=True),
                                    Unit(phrases=(("vừa",),))], id="stopword-optional"),
        pytest.param("cua bo tu phap", [Unit(phrases=(("cua",),)), Unit(phrases=(("bo",),)),
                                        Unit(phrases=(("tu",),)), Unit(phrases=(("phap",),))],
                     id="folded-words-all-required"),  # "tu" may be "tư" (tư pháp), not "từ"
        pytest.param("và", [Unit(phrases=(("và",),))], id="only-stopwords-kept"),
    ],
)
def test_analyze_query(query: str, units: list[Unit]) -> None:
    assert analyze_query(query) == units


def test_issuer_names_compare_through_abbreviations() -> None:
    assert canonical_name("Ủy ban nhân dân tỉnh Hưng Yên") == canonical_name("UBND tỉnh Hưng Yên")


def test_own_number_from_the_first_lines_when_the_header_has_none() -> None:
    text = "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 249/2025/NĐ-CP\nHà Nội, ngày 19 tháng 09 năm 2025"
    assert own_number({"document": {}, "text": text}) == "249/2025/NĐ-CP"


def test_snippet_offsets() -> None:
    text = "Căn cứ Luật Tổ chức chính quyền địa phương;\n\n  Ủy ban nhân dân tỉnh   ban hành kế hoạch cải cách hành chính."
    snippet, spans = make_snippet(text, highlight_patterns(analyze_query("cai cach hanh chinh UBND")))
    assert [snippet[s:e] for s, e in spans] == ["Ủy ban nhân dân", "cải cách hành chính"]
    assert "  " not in snippet


@pytest.mark.parametrize(
    "words, expected",
    [
        (["vi", "phạm", "hành", "chính"], ["vi_phạm", "phạm_hành", "hành_chính"]),
        (["thuế"], []),
        ([], []),
    ],
)
def test_pairs(words: list[str], expected: list[str]) -> None:
    assert pairs(words) == expected


def test_a_record_indexes_its_syllable_pairs_exact_and_folded() -> None:
    fields = analyze_record({"text": "Xử phạt vi phạm hành chính về đất đai", "document": {"type": "Nghị định"}})
    assert "vi_phạm phạm_hành hành_chính" in fields["pairs_exact"]
    assert "vi_pham pham_hanh hanh_chinh" in fields["pairs_folded"]
    assert "đất_đai" in fields["pairs_exact"].split() and "dat_dai" in fields["pairs_folded"].split()
    assert "nghị_định" in fields["title_pairs_exact"].split()


@pytest.mark.parametrize(
    "unit, expected",
    [
        pytest.param(Unit(phrases=(("thuế",),)), [Match((), "thuế", "rank"), Match((), "thue", "match")],
                     id="one-syllable"),
        pytest.param(Unit(phrases=(("hợp", "tác", "xã"),)), [
            Match((), "hợp_tác tác_xã", "rank"), Match((), "hop_tac tac_xa", "match")], id="three-syllables"),
        pytest.param(Unit(phrases=(("cho",),)), [Match((), "cho")], id="no-diacritics-once"),
        pytest.param(Unit(numbers=("so_nd_178",)), [Match((), "so_nd_178")], id="number"),
    ],
)
def test_unit_matches(unit: Unit, expected: list[Match]) -> None:
    assert unit_matches(unit) == expected


def test_boosts_are_the_syllables_where_units_meet() -> None:
    units = analyze_query("Bộ Tư pháp")
    assert [m.text for m in boost_matches(units)] == ["bo_tu"]
    assert [m.text for m in boost_matches(analyze_query("dat dai thu hoi"))] == ["dat_dai", "dai_thu", "thu_hoi"]


def test_task_units_stay_syllable_phrases() -> None:
    assert unit_matches(Unit(phrases=(("hợp", "tác", "xã"),)), task=True) == [
        Match(("exact",), "hợp tác xã", "rank", phrase=True), Match(("folded",), "hop tac xa", "match", phrase=True)]
