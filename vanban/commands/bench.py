"""``vanban bench ...``: benchmark commands that print figures (one module each in vanban/bench/)."""

from __future__ import annotations

import importlib
import importlib.util

import click

BENCHES = {"parse": "parse", "extract": "extract", "search": "search", "graph": "graph"}


class _LazyBench(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(n for n, m in BENCHES.items() if importlib.util.find_spec(f"vanban.bench.{m}"))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = BENCHES.get(cmd_name)
        if module is None or importlib.util.find_spec(f"vanban.bench.{module}") is None:
            return None
        found: click.Command = importlib.import_module(f"vanban.bench.{module}").command
        return found


@click.group("bench", cls=_LazyBench)
def command() -> None:
    """Measure speed and memory; each subcommand prints its figures.

    \b
    Example:
      vanban bench parse
    """
