"""``vanban ingest PATH...``: extract files into the store, skipping unchanged ones."""

from __future__ import annotations

import sys

import click

from pipeline.ingest import DEFAULT_TIMEOUT

# Exit codes of ``vanban ingest`` (README "Reliability"): 0 everything stored or unchanged; 1 something
# failed (a file, a line, a --delete target not found; the rest is committed); 2 a usage error;
# 3 the store failed (cannot open, disk full, node down): the run stopped, what was committed is kept;
# 130 Ctrl-C (the summary still printed).
EXIT_OK, EXIT_FAILED, EXIT_STORE, EXIT_INTERRUPTED = 0, 1, 3, 130


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "store_at", envvar="VANBAN_STORE", default=None,
              help="SQLite file or Elasticsearch URL [env VANBAN_STORE; default var/vanban.sqlite].")
@click.option("--delete", "remove", is_flag=True, help="Remove the documents given by path or id instead.")
@click.option("--prune", is_flag=True,
              help="Remove stored documents whose file under PATHS is gone (without it they are only reported).")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Worker processes [default: CPU count].")
@click.option("--timeout", type=click.FloatRange(1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds allowed to extract one file (OCR of scans included); a slower worker is killed "
                   "and the file reported.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def command(paths: tuple[str, ...], store_at: str | None, remove: bool, prune: bool, workers: int | None,
            timeout: float, quiet: bool) -> None:
    """Extract PATHS (files, folders, JSONL collections) into the store.

    Unchanged files (same SHA-256) are skipped; a changed file's records are replaced in one step;
    a renamed file is recognised by its content. Stored files no longer under PATHS are reported
    (removed with --prune). Ends with a summary on stdout, one line per failure on stderr.
    Exit code: 0 all done, 1 something failed, 3 the store failed (the run stopped).

    \b
    Examples:
      vanban ingest corpus/ ../shared/corpus-real/pdf-text
      vanban ingest ../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl --store var/real.sqlite
      vanban ingest --prune corpus/
      vanban ingest --delete corpus/old-plan.pdf
    """
    from pipeline import Summary, delete, ingest
    from search import open_store, store_location
    from vanban.errors import StoreError

    try:
        store = open_store(store_location(store_at), create=not remove)
    except StoreError:
        click.echo("deleted 0" if remove else Summary(stopped="the store failed").lines()[0])
        raise
    try:
        if remove:
            missing = delete(list(paths), store)
            click.echo(f"deleted {len(paths) - len(missing)}, not found {len(missing)}")
            for target in missing:
                click.echo(f"  failed {target}: not-found (no stored document has this path or id)", err=True)
            sys.exit(EXIT_FAILED if missing else EXIT_OK)
        summary = ingest(list(paths), store, workers=workers, timeout=timeout, progress=not quiet, prune=prune)
    finally:
        store.close()
    for line in summary.lines():
        click.echo(line)
    for line in summary.failure_lines():
        click.echo(line, err=True)
    if summary.stopped:
        click.echo(f"vanban: {'interrupted' if summary.interrupted else 'error'}: {summary.stopped}", err=True)
    if summary.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(EXIT_STORE if summary.stopped else EXIT_FAILED if summary.failed else EXIT_OK)
