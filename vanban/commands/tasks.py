"""``vanban tasks FILE``: the tasks a directive assigns, as a list or grouped by body."""

from __future__ import annotations

import json
from pathlib import Path

import click

from vanban.errors import ConfigError

FORMATS = ["table", "json", "csv", "xlsx", "md"]


@click.command("tasks")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: for the terminal; csv/xlsx/md: for a tracking sheet; json: plain data.")
@click.option("--by", "by", type=click.Choice(["task", "body"]), default="task", show_default=True,
              help="task: one row per task; body: who does what, one row per (body, task).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of the terminal (required for xlsx).")
def command(file: str, fmt: str, by: str, output: str | None) -> None:
    """List who must do what, by when, in FILE (PDF, text, Word).

    \b
    Examples:
      vanban tasks ../shared/seeds/hung-yen-cchc-2025.txt
      vanban tasks ../shared/seeds/hung-yen-cchc-2025.txt --by body --format md
      vanban tasks ../shared/seeds/hung-yen-cchc-2025.txt --format xlsx -o tasks.xlsx
    """
    from parsers import extract
    from parsers.tasks import report

    if fmt == "xlsx" and not output:
        raise ConfigError("--format xlsx writes a binary file: add -o OUT.xlsx")
    tasks = extract(file).tasks
    by_body = by == "body"
    columns = report.BODY_COLUMNS if by_body else report.TASK_COLUMNS
    rows = report.body_rows(tasks) if by_body else report.task_rows(tasks)
    if fmt == "xlsx":
        assert output is not None
        report.write_xlsx(output, columns, rows, title="who does what" if by_body else "tasks")
        click.echo(f"{len(rows)} row(s) written to {output}", err=True)
        return
    if fmt == "json":
        text = json.dumps(report.tasks_json(tasks, by_body), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        text = report.to_csv(columns, rows)
    elif fmt == "md":
        text = report.to_markdown(columns, rows)
    else:
        text = report.to_table(columns, rows)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"{len(rows)} row(s) written to {output}", err=True)
    else:
        click.echo(text, nl=False)
