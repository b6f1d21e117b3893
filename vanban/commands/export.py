"""``vanban export --format spacy``: the stored documents as a spaCy DocBin with vanban's spans."""

from __future__ import annotations

import click


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["spacy"]), default="spacy", show_default=True,
              help="spacy: a DocBin (.spacy) with doc.spans citations, bodies, deadlines, tasks.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), required=True,
              help="The file to write, e.g. corpus.spacy.")
@click.option("--store", "store_at", envvar="VANBAN_STORE", default=None,
              help="SQLite file or Elasticsearch URL [env VANBAN_STORE; default var/vanban.sqlite].")
def command(fmt: str, output: str, store_at: str | None) -> None:
    """Write every stored document as a spaCy Doc (its text, its citation, task, body and deadline
    spans, from the stored extraction: no re-extraction), e.g. training data for your own NER.

    \b
    Example:
      vanban export --format spacy -o corpus.spacy --store var/real.sqlite
    """
    from spacy.tokens import DocBin

    from search import open_store, store_location
    from vanban.spacy_components import blank_pipeline, doc_from_record

    nlp = blank_pipeline()
    store = open_store(store_location(store_at), create=False)
    docs = DocBin(store_user_data=False)
    try:
        for meta in store.iter_documents():
            record = store.get(meta["id"])
            if record:
                docs.add(doc_from_record(nlp, record))
    finally:
        store.close()
    docs.to_disk(output)
    click.echo(f"{len(docs)} document(s) written to {output}", err=True)
