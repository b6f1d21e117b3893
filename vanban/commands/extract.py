"""``vanban extract FILE``: print a document's model, citations and tasks."""

from __future__ import annotations

import json

import click


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True,
              help="json: the full contract (fields as in ../shared/gold); text: a readable summary.")
def command(file: str, fmt: str) -> None:
    """Read FILE (PDF, text, Word) and print its document model, citations and tasks.

    \b
    Example:
      vanban extract ../shared/seeds/hung-yen-cchc-2025.txt --format json > out.json
    """
    from parsers import extract
    from parsers.serialize import render_text

    data = extract(file).to_dict()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(data))
