"""``vanban tasks FILE``: the tasks a directive assigns, as a list or grouped by body."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from vanban.errors import ConfigError

FORMATS = ["table", "json", "csv", "xlsx", "md", "ics"]


@click.command("tasks")
@click.argument("file", required=False)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: for the terminal; csv/xlsx/md: for a tracking sheet; json: plain data.")
@click.option("--by", "by", type=click.Choice(["task", "body"]), default="task", show_default=True,
              help="task: one row per task; body: who does what, one row per (body, task).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of the terminal (required for xlsx).")
@click.option("--from-store", "from_store", is_flag=True,
              help="Take the tasks from the store: FILE is then a document id or number (none: every document).")
@click.option("--store", "store_at", envvar="VANBAN_STORE", default=None,
              help="SQLite file or Elasticsearch URL for --from-store [env VANBAN_STORE].")
def command(file: str | None, fmt: str, by: str, output: str | None, from_store: bool, store_at: str | None) -> None:
    """List who must do what, by when, in FILE (PDF, text, Word).

    \b
    Examples:
      vanban tasks ../shared/seeds/hung-yen-cchc-2025.txt
      vanban tasks ../shared/seeds/hung-yen-cchc-2025.txt --by body --format md
      vanban tasks ../shared/seeds/hung-yen-cchc-2025.txt --format xlsx -o tasks.xlsx
      vanban tasks corpus/pdf/hy-ubnd-kh-28-2026-cchc.pdf --format ics -o tasks.ics
      vanban tasks --from-store --format ics -o all-tasks.ics
    """
    if fmt == "ics":
        _write_ics(_records(file, from_store, store_at), output)
        return
    if file is None:
        raise click.UsageError("give FILE (or --from-store with --format ics)")
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


def _records(file: str | None, from_store: bool, store_at: str | None) -> list[dict[str, Any]]:
    """Records whose tasks to export: FILE extracted, or stored documents (one, or all)."""
    if not from_store:
        if file is None:
            raise click.UsageError("give FILE, or --from-store to export stored documents")
        from parsers import extract

        return [extract(file).to_dict()]
    from graph.lookup import find_node
    from search import open_store, store_location

    store = open_store(store_location(store_at), create=False)
    try:
        if file is None:
            ids = [meta["id"] for meta in store.iter_documents()]
        else:
            ids = [store.find_key(find_node(store, file)) or file]
        return [record for record in map(store.get, ids) if record]
    finally:
        store.close()


def _write_ics(records: list[dict[str, Any]], output: str | None) -> None:
    from vanban.export.ics import to_ics

    data = to_ics(records)
    if output:
        Path(output).write_bytes(data)
        click.echo(f"{data.count(b'BEGIN:VTODO')} dated task(s) written to {output}", err=True)
    else:
        click.echo(data.decode("utf-8"), nl=False)
