"""Write every command's --help into README.md's `commands` section (tests check it is current).

    .venv/bin/python scripts/readme_help.py          # rewrite the section
    .venv/bin/python scripts/readme_help.py --check  # exit 1 when the README is out of date
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from vanban.cli import cli

README = Path(__file__).parents[1] / "README.md"
SECTION = re.compile(r"(<!-- section:commands -->\n).*?(<!-- /section:commands -->)", re.S)
INTRO = (
    "Every command prints its help with `-h`/`--help`; errors are one line on stderr with a non-zero\n"
    "exit code (2 for an unreadable file), never a traceback. The store is `var/vanban.sqlite` unless\n"
    "`--store` or `VANBAN_STORE` names another SQLite file or an Elasticsearch URL.\n"
)


def command_paths(group: click.Group, prefix: list[str]) -> list[list[str]]:
    ctx = click.Context(group)
    out: list[list[str]] = []
    for name in group.list_commands(ctx):
        sub = group.get_command(ctx, name)
        out.append([*prefix, name])
        if isinstance(sub, click.Group):
            out += command_paths(sub, [*prefix, name])
    return out


def help_text(path: list[str]) -> str:
    result = CliRunner().invoke(cli, [*path, "--help"], terminal_width=100)
    root = str(README.parent)  # defaults that name this checkout are shown relative to it
    return result.output.replace("Usage: cli", "Usage: vanban").replace(root, ".").rstrip()


def section() -> str:
    blocks = [INTRO]
    for path in command_paths(cli, []):
        blocks.append(f"### `vanban {' '.join(path)}`\n\n```text\n{help_text(path)}\n```\n")
    return "\n".join(blocks)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    wanted = SECTION.sub(lambda m: m.group(1) + section() + m.group(2), text)
    if "--check" in sys.argv:
        stale = list(difflib.unified_diff(text.splitlines(), wanted.splitlines(), "README.md", "wanted", lineterm=""))
        print("\n".join(stale[:60]))
        return 1 if stale else 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
