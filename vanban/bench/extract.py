"""``vanban bench extract``: throughput of citation and task extraction over the real corpus (text already read).

Texts: the Vietnamese records of ../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl
(``lang_guess == "vi"``) and the markdown files of ../shared/corpus-real/congbot-markdown/.
Each text is laid out as ``vanban extract`` lays out a .txt file (header and structure included);
only ``extract_citations`` and ``extract_tasks`` are timed, each on its own clock.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from parsers.model import Document

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


def laid_out(texts: list[tuple[str, str]]) -> list[tuple[str, Document]]:
    """Each text as ``vanban extract`` reads a .txt file: layout, header and structure."""
    from parsers.extract import parse_file

    docs = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "text.txt"
        for name, text in texts:
            path.write_text(text, encoding="utf-8")
            doc = parse_file(path)
            doc.source = name
            docs.append((name, doc))
    return docs


@click.command("extract")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_CORPUS,
              show_default=True, help="Folder of the real corpus (../shared/corpus-real).")
@click.option("--limit", type=int, default=None, help="Only the first N texts.")
def command(corpus: Path, limit: int | None) -> None:
    """Print the MB/s of citation extraction (numbers, laws, keys) and of task extraction over the real corpus.

    \b
    Example:
      vanban bench extract --limit 200
    """
    from parsers.citations import extract_citations
    from parsers.tasks import extract_tasks, yields_tasks
    from vanban.errors import ConfigError

    docs = laid_out(list(corpus_texts(corpus, limit)))
    if not docs:
        raise ConfigError(f"no texts under {corpus}: give --corpus the folder of corpus-real")
    megabytes = sum(len(doc.text.encode("utf-8")) for _, doc in docs) / 1e6
    found = laws = tasks = 0
    slowest = (0.0, "")
    cites_cpu = tasks_cpu = elapsed = directive_cpu = directive_mb = 0.0
    for name, doc in docs:
        one, cpu = time.perf_counter(), time.process_time()
        citations, named = extract_citations(doc)
        middle = time.process_time()
        tasks += len(extract_tasks(doc, citations))
        took_tasks = time.process_time() - middle
        cites_cpu, tasks_cpu = cites_cpu + middle - cpu, tasks_cpu + took_tasks
        if yields_tasks(doc.header.type, doc.header.number):
            directive_cpu += took_tasks
            directive_mb += len(doc.text.encode("utf-8")) / 1e6
        took = time.perf_counter() - one
        elapsed += took
        slowest = max(slowest, (took, name))
        found, laws = found + len(citations), laws + len(named)
    click.echo(f"texts {len(docs)}  size {megabytes:.1f} MB  time {elapsed:.2f} s "
               f"(cpu: citations {cites_cpu:.2f} s, tasks {tasks_cpu:.2f} s)")
    click.echo(f"citations: {megabytes / max(cites_cpu, 1e-9):.2f} MB/s per cpu second  "
               f"(citations {found}, named laws {laws})")
    click.echo(f"tasks: {megabytes / max(tasks_cpu, 1e-9):.2f} MB/s per cpu second  (tasks {tasks}); on the "
               f"{directive_mb:.1f} MB of texts whose type assigns tasks: "
               f"{directive_mb / max(directive_cpu, 1e-9):.2f} MB/s per cpu second")
    click.echo(f"slowest {slowest[1]} {slowest[0] * 1000:.0f} ms")
