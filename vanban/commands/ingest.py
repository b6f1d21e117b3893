"""``vanban ingest PATH...``: extract files into the store, skipping unchanged ones."""

from __future__ import annotations

import click

from pipeline.ingest import DEFAULT_TIMEOUT


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "store_at", envvar="VANBAN_STORE", default=None,
              help="SQLite file or Elasticsearch URL [env VANBAN_STORE; default var/vanban.sqlite].")
@click.option("--delete", "remove", is_flag=True, help="Remove the documents given by path or id instead.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Worker processes [default: CPU count].")
@click.option("--timeout", type=click.FloatRange(1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds allowed to extract one file (OCR of scans included); a slower worker is killed "
                   "and the file reported.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def command(paths: tuple[str, ...], store_at: str | None, remove: bool, workers: int | None, timeout: float,
            quiet: bool) -> None:
    """Extract PATHS (files, folders, JSONL collections) into the store.

    Unchanged files (same SHA-256) are skipped; a changed file's records are replaced in one step.
    Ends with a summary: ingested, unchanged, failed with reasons.

    \b
    Examples:
      vanban ingest corpus/ ../shared/corpus-real/pdf-text
      vanban ingest ../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl --store var/real.sqlite
      vanban ingest --delete corpus/old-plan.pdf
    """
    from pipeline import delete, ingest
    from search import open_store, store_location

    store = open_store(store_location(store_at))
    try:
        if remove:
            missing = delete(list(paths), store)
            click.echo(f"deleted {len(paths) - len(missing)}, not found {len(missing)}")
            for target in missing:
                click.echo(f"  not found: {target}")
            return
        summary = ingest(list(paths), store, workers=workers, timeout=timeout, progress=not quiet)
        for line in summary.lines():
            click.echo(line)
    finally:
        store.close()
