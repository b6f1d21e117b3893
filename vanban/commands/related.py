"""``vanban related DOC``: documents citing it, cited by it, sharing its citations, or similar."""

from __future__ import annotations

import json

import click


@click.command("related")
@click.argument("doc")
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the lists as JSON.")
@click.option("--store", "store_at", envvar="VANBAN_STORE", default=None,
              help="SQLite file or Elasticsearch URL [env VANBAN_STORE; default var/vanban.sqlite].")
def command(doc: str, limit: int, as_json: bool, store_at: str | None) -> None:
    """DOC is a document id or number, e.g. "178/2024/NĐ-CP".

    \b
    Example:
      vanban related 178/2024/NĐ-CP --json
    """
    from search import open_store, store_location
    from search.related import related
    from vanban.errors import VanbanError

    store = open_store(store_location(store_at), create=False)
    try:
        doc_id = doc if store.get(doc) is not None else store.find_key(doc)
        if doc_id is None:
            raise VanbanError(f"no document {doc!r} in the store; try `vanban search {doc!r}` to find its id")
        lists = related(store, doc_id, limit)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps({"id": doc_id, **lists}, ensure_ascii=False, indent=2))
        return
    for name, rows in lists.items():
        click.echo(click.style(f"{name.replace('_', ' ')} ({len(rows)})", bold=True))
        for row in rows:
            extra = f" ({row['shared']} shared)" if "shared" in row else ""
            click.echo(f"  {row.get('id') or row.get('key')}: {row['title']}{extra}")
