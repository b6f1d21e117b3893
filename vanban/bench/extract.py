"""``vanban bench extract``: throughput of citation extraction over the real corpus (text already read).

Texts: the Vietnamese records of ../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl
(``lang_guess == "vi"``) and the markdown files of ../shared/corpus-real/congbot-markdown/.
Only ``extract_citations`` is timed; building the Document from text is not.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import click

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus-real"


def corpus_texts(root: Path, limit: int | None = None) -> Iterator[tuple[str, str]]:
    """(name, text) of every Vietnamese text of the real corpus, jsonl records first."""
    count = 0
    jsonl = root / "vbpl-fulltext" / "vbpl_fulltext_1000.jsonl"
    if jsonl.is_file():
        with jsonl.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                record = json.loads(line)
                if record.get("lang_guess") == "vi" and record.get("text"):
                    yield f"vbpl:{number}", record["text"]
                    count += 1
                    if limit and count >= limit:
                        return
    for path in sorted((root / "congbot-markdown").glob("*.md")):
        yield path.name, path.read_text(encoding="utf-8")
        count += 1
        if limit and count >= limit:
            return


@click.command("extract")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_CORPUS,
              show_default=True, help="Folder of the real corpus (../shared/corpus-real).")
@click.option("--limit", type=int, default=None, help="Only the first N texts.")
def command(corpus: Path, limit: int | None) -> None:
    """Print the MB/s of citation extraction (numbers, laws, keys) over the real corpus.

    \b
    Example:
      vanban bench extract --limit 200
    """
    from parsers.citations import extract_citations
    from parsers.citations.textdoc import document_from_text
    from vanban.errors import ConfigError

    docs = [(name, document_from_text(text, source=name)) for name, text in corpus_texts(corpus, limit)]
    if not docs:
        raise ConfigError(f"no texts under {corpus}: give --corpus the folder of corpus-real")
    size = sum(len(doc.text.encode("utf-8")) for _, doc in docs)
    found = laws = 0
    slowest = (0.0, "")
    began, cpu = time.perf_counter(), time.process_time()
    for name, doc in docs:
        one = time.perf_counter()
        citations, named = extract_citations(doc)
        slowest = max(slowest, (time.perf_counter() - one, name))
        found, laws = found + len(citations), laws + len(named)
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    megabytes = size / 1e6
    click.echo(f"texts {len(docs)}  size {megabytes:.1f} MB  time {elapsed:.2f} s (cpu {cpu:.2f} s)  "
               f"throughput {megabytes / elapsed:.2f} MB/s (per cpu second {megabytes / max(cpu, 1e-9):.2f} MB/s)")
    click.echo(f"citations {found}  named laws {laws}  slowest {slowest[1]} {slowest[0] * 1000:.0f} ms")
