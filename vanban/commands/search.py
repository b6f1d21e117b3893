"""``vanban search QUERY``: ranked documents with highlighted snippets and facet counts."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from search.store import SearchHit, SearchResults


@click.command("search")
@click.argument("query", default="")
@click.option("--type", "type_", help='Document type, e.g. "Nghị định", "Kế hoạch".')
@click.option("--issuer", help='Issuing body (part of its name), e.g. "UBND tỉnh Hưng Yên".')
@click.option("--body", help="A body responsible for a task in the document.")
@click.option("--from", "date_from", metavar="DATE", help="Issued on or after YYYY or YYYY-MM-DD.")
@click.option("--to", "date_to", metavar="DATE", help="Issued on or before YYYY or YYYY-MM-DD.")
@click.option("--status", "status", type=click.Choice(["in_force", "stale", "replaced", "repealed", "expired",
                                                      "repealed_part", "amended", "consolidated"]),
              help="Validity read from the stored documents' clauses (stale: replaced, repealed or expired).")
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--size", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--store", "store_at", envvar="VANBAN_STORE", default=None,
              help="SQLite file or Elasticsearch URL [env VANBAN_STORE; default var/vanban.sqlite].")
def command(query: str, type_: str | None, issuer: str | None, body: str | None, date_from: str | None,
            date_to: str | None, page: int, size: int, as_json: bool, store_at: str | None,
            status: str | None = None) -> None:
    """Search the store; works without diacritics, by number and by abbreviation.

    \b
    Examples:
      vanban search "cai cach hanh chinh" --issuer "UBND tỉnh Hưng Yên"
      vanban search "nghị định 178" --from 2024 --json
      vanban search "CCHC" --type "Kế hoạch" --page 2
    """
    from search import open_store, store_location
    from search.store import SearchQuery

    q = SearchQuery(text=query, type=type_, issuer=issuer, body=body, page=page, size=size)
    q.year_from, q.date_from = _bound(date_from, "--from")
    q.year_to, q.date_to = _bound(date_to, "--to", end=True)
    store = open_store(store_location(store_at), create=False)
    try:
        if status:
            from graph.status import ids_with_status

            wanted, every = ids_with_status(store, status)
            q.exclude = tuple(sorted(every - wanted))
        results = store.search(q)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(asdict(results), ensure_ascii=False, indent=2))
    else:
        click.echo(render(results))


def _bound(value: str | None, name: str, end: bool = False) -> tuple[int | None, str | None]:
    """"2024" -> a year bound; "2024-03-01" -> a date bound."""
    if not value:
        return None, None
    if value.isdigit() and len(value) == 4:
        return int(value), None
    parts = value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return None, value
    raise click.BadParameter(f"{value!r}: give a year (2024) or a date (2024-03-01)", param_hint=name)


def render(results: SearchResults) -> str:
    first = (results.page - 1) * results.size + 1
    lines = [f"{results.total} document(s); page {results.page}"]
    for i, hit in enumerate(results.hits, start=first):
        lines.append(click.style(f"{i}. {hit.title}", bold=True) + f"  [{hit.id}] {hit.date or ''}")
        lines.append("   " + highlighted(hit))
    for name, counts in results.facets.items():
        if counts:
            shown = ", ".join(f"{value} ({n})" for value, n in list(counts.items())[:8])
            lines.append(f"{name}: {shown}")
    return "\n".join(lines)


def highlighted(hit: SearchHit) -> str:
    out, last = [], 0
    for start, end in hit.highlights:
        out += [hit.snippet[last:start], click.style(hit.snippet[start:end], fg="yellow", bold=True)]
        last = end
    return "".join(out) + hit.snippet[last:]
