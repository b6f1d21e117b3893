"""The CLI's contract: help works without heavy imports, unreadable files give one line and exit 2."""

from __future__ import annotations

from click.testing import CliRunner

from vanban.cli import cli


def test_help_lists_extract() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.output


def test_missing_file_is_one_line_error(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.pdf")])
    assert result.exit_code != 0
    assert "not-found" in str(result.exception)
