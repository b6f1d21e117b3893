"""``vanban check FILE``: is what FILE cites still in force? Exit 1 on any stale citation."""

from __future__ import annotations

import datetime as dt
import json

import click


@click.command("check")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--store", "store_at", envvar="VANBAN_STORE", default=None,
              help="SQLite file or Elasticsearch URL [env VANBAN_STORE; default var/vanban.sqlite].")
@click.option("--json", "as_json", is_flag=True, help="Print citations, statuses and warnings as JSON.")
def command(file: str, store_at: str | None, as_json: bool) -> int:
    """List FILE's citations with the status of each cited document (from the store's documents);
    warn about every cited document replaced, repealed or expired before FILE's date.

    \b
    Example:
      vanban check draft.txt --store var/real.sqlite
    """
    from graph.status import document_status
    from parsers import extract
    from search import open_store, store_location

    extraction = extract(file)
    as_of = extraction.document.header.date or dt.date.today().isoformat()
    store = open_store(store_location(store_at), create=False)
    rows, warnings, cache = [], [], {}  # type: ignore[var-annotated]
    try:
        seen: set[str] = set()
        for citation in extraction.citations:
            if citation.key in seen:
                continue
            seen.add(citation.key)
            status = document_status(store, citation.key, cache)
            stale = status.stale_event(as_of) if citation.relation not in ("thay thế", "bãi bỏ") else None
            rows.append({"key": citation.key, "type": citation.type, "relation": citation.relation,
                         "status": status.status, "label": status.label, "events": status.to_dict()["events"]})
            if stale:
                warnings.append(_warning(citation.type, citation.key, stale, as_of))
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps({"as_of": as_of, "citations": rows, "warnings": warnings}, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            click.echo(f"{row['key']:32} {row['type'] or '':12} {row['relation']:10} {row['label']}")
        for line in warnings:
            click.echo(click.style("CẢNH BÁO: ", fg="red", bold=True) + line)
    return 1 if warnings else 0


def _warning(kind: str | None, key: str, event: object, as_of: str) -> str:
    from parsers.status import StatusEvent

    assert isinstance(event, StatusEvent)
    by = " ".join(p for p in (event.by_type, event.by_number or event.by) if p)
    when = f" từ ngày {event.date}" if event.date else ""
    parts = f" ({event.parts})" if event.parts else ""
    return (f"{kind or 'văn bản'} {key} {event.label}{parts} bởi {by}{when}, trước ngày {as_of} của văn bản này: "
            f"“{event.sentence[:160]}”")
