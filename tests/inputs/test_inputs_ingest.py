"""The broken-file corpus through ``vanban ingest``: every file reported with its reason, the batch goes on."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.inputs.test_inputs_broken import BROKEN, _good
from vanban.cli import cli


def test_ingest_reports_every_broken_file(tmp_path: Path) -> None:
    folder = tmp_path / "hop-thu-den"
    folder.mkdir()
    broken = {param.values[0](folder): param.values[1] for param in BROKEN}
    good = _good(folder)
    store = tmp_path / "vanban.sqlite"
    result = CliRunner().invoke(
        cli, ["ingest", str(folder), "--store", str(store), "--workers", "1", "--quiet", "--timeout", "60"]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    failed = [line.strip() for line in result.output.splitlines() if line.strip().startswith("failed ")]
    for path, reason in broken.items():
        assert any(path.name in line and f": {reason}" in line for line in failed), (path.name, reason, result.output)
    assert not any(good.name in line for line in failed)
