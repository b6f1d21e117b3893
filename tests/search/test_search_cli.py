"""``vanban search`` and ``vanban related`` over a store of hand-built records."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from search.sqlite import SQLiteStore
from tests.search.records import ALL, KE_HOACH, NGHI_DINH
from vanban.cli import cli


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    store = SQLiteStore(path)
    store.upsert_many([dict(r) for r in ALL])
    store.close()
    return str(path)


def test_search_prints_hits_snippets_and_facets(store_path: str) -> None:
    result = CliRunner().invoke(cli, ["search", "cai cach hanh chinh", "--store", store_path])
    assert result.exit_code == 0, result.output
    lines = click.unstyle(result.output).splitlines()
    assert lines[0] == "2 document(s); page 1"
    assert "Kế hoạch 150/KH-UBND: Cải cách hành chính năm 2025" in lines[1]
    assert "type: Công văn (1), Kế hoạch (1)" in lines


def test_search_json_with_filters(store_path: str) -> None:
    args = ["search", "nghị định 178", "--from", "2025", "--json", "--store", store_path]
    data = json.loads(CliRunner().invoke(cli, args).output)
    assert [hit["id"] for hit in data["hits"]] == [KE_HOACH["id"]]
    hit = data["hits"][0]
    assert [hit["snippet"][s:e] for s, e in hit["highlights"]] == ["178"]


def test_search_rejects_a_bad_date(store_path: str) -> None:
    result = CliRunner().invoke(cli, ["search", "x", "--from", "31/12/2024", "--store", store_path])
    assert result.exit_code == 2 and "give a year" in result.output


def test_related_by_number(store_path: str) -> None:
    result = CliRunner().invoke(cli, ["related", "178/2024/NĐ-CP", "--json", "--store", store_path])
    data = json.loads(result.output)
    assert data["id"] == NGHI_DINH["id"]
    assert [row["id"] for row in data["cited_by"]] == [KE_HOACH["id"]]
