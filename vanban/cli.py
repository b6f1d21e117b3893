"""The ``vanban`` command: a thin click layer over the library.

Commands are loaded lazily so that ``vanban --help`` does not import underthesea or spaCy.
Each command lives in ``vanban/commands/<name>.py`` as a click command named ``command``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

import click

from vanban import __version__
from vanban.errors import VanbanError

# command name -> module under vanban.commands holding a click object called ``command``
COMMANDS: dict[str, str] = {
    "extract": "extract",
    "eval": "evaluate",
    "tasks": "tasks",
    "ingest": "ingest",
    "search": "search",
    "related": "related",
    "graph": "graph",
    "serve": "serve",
    "bench": "bench",
    "check": "check",
    "export": "export",
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module only when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name, module in COMMANDS.items() if _exists(module))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None or not _exists(module_name):
            return None
        module = importlib.import_module(f"vanban.commands.{module_name}")
        command: click.Command = module.command
        return command


def _exists(module_name: str) -> bool:
    return importlib.util.find_spec(f"vanban.commands.{module_name}") is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vanban")
def cli() -> None:
    """vanban: read Vietnamese directives, extract tasks and citations, search and follow the chain.

    \b
    Example:
      vanban extract ../shared/seeds/hung-yen-cchc-2025.txt --format json
    """


def main() -> None:
    """Entry point: run the CLI and turn any VanbanError into a one-line message."""
    try:
        result = cli.main(standalone_mode=False)
        if isinstance(result, int):
            sys.exit(result)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except VanbanError as exc:
        click.echo(f"vanban: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
