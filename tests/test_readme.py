"""The README stays true: its command help is current and its first example runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_readme_command_help_is_current() -> None:
    check = subprocess.run(
        [sys.executable, "scripts/readme_help.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert check.returncode == 0, (
        "README commands section is stale: run .venv/bin/python scripts/readme_help.py\n"
        + check.stdout[-3000:] + check.stderr[-3000:]
    )


def test_readme_names_the_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./scripts/demo.sh" in readme and "./scripts/test.sh" in readme
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
