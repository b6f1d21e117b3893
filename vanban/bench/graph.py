"""``vanban bench graph``: build time, chain and path latency and peak memory at ~1M edges.

The synthetic corpus follows real citation statistics measured on the fly from the national
database texts (../shared/corpus-real/vbpl-fulltext): how many documents each one cites, how
the cited documents' popularity falls off, and the mix of relations. Documents cite older ones
only, so chains end, as they do in law.
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

DEFAULT_JSONL = Path("../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl")


def real_statistics(jsonl: Path, sample: int) -> dict[str, Any]:
    """Citations per document and relation mix from up to ``sample`` real Vietnamese texts."""
    from parsers import parse_file
    from parsers.citations import extract_citations

    per_doc: list[int] = []
    relations: Counter[str] = Counter()
    popularity: Counter[str] = Counter()
    with jsonl.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("lang_guess") != "vi":
                continue
            with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as handle:
                handle.write(row["text"])
                handle.flush()
                found, _ = extract_citations(parse_file(handle.name))
            keys = {c.key for c in found}
            per_doc.append(len(keys))
            relations.update(c.relation for c in found)
            popularity.update(keys)
            if len(per_doc) >= sample:
                break
    return {"per_doc": per_doc, "relations": relations, "popularity": sorted(popularity.values(), reverse=True)}


class SyntheticStore:
    """Just what ``build_graph`` reads: documents and citation edges, generated lazily."""

    def __init__(self, stats: dict[str, Any], edges: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        mean = max(statistics.mean(stats["per_doc"]), 1.0)
        self.documents = int(edges / mean) + 1
        self.per_doc = [n for n in stats["per_doc"] if n] or [1]
        self.relations = list(stats["relations"].elements()) or ["dẫn chiếu"]
        self.edges = edges

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        for i in range(self.documents):
            yield {"id": f"d{i}", "key": f"{i}/2020/NĐ-CP", "document": {"type": "Nghị định"}, "title": f"doc {i}"}

    def iter_citations(self) -> Iterator[dict[str, Any]]:
        made = 0
        for i in range(1, self.documents):
            for _ in range(min(self.rng.choice(self.per_doc), i)):
                # popularity falls off like the real counts: older documents are cited more
                target = int(i * self.rng.random() ** 2.2)
                yield {"source_id": f"d{i}", "key": f"{target}/2020/NĐ-CP", "relation": self.rng.choice(self.relations),
                       "sentence": "Căn cứ ...", "page": 1}
                made += 1
                if made >= self.edges:
                    return

    def get(self, doc_id: str) -> dict[str, Any] | None:
        return None


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {p50 * 1000:.2f} ms  p95 {p95 * 1000:.2f} ms"


@click.command("graph")
@click.option("--edges", default=1_000_000, show_default=True, type=click.IntRange(1000))
@click.option("--sample", default=150, show_default=True, help="Real texts read for the statistics.")
@click.option("--queries", default=200, show_default=True, help="Chain and path queries timed.")
@click.option("--jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=DEFAULT_JSONL)
def command(edges: int, sample: int, queries: int, jsonl: Path) -> None:
    """Build a graph of --edges citations shaped like the real corpus and time its queries.

    \b
    Example:
      vanban bench graph --edges 1000000
    """
    from graph.build import build_graph
    from graph.queries import chain, paths

    stats = real_statistics(jsonl, sample)
    click.echo(f"real statistics from {len(stats['per_doc'])} texts: {statistics.mean(stats['per_doc']):.1f} cited "
               f"documents each; relations {dict(stats['relations'].most_common(4))}")
    store = SyntheticStore(stats, edges)
    started = time.perf_counter()
    graph = build_graph(store)  # type: ignore[arg-type]
    built = time.perf_counter() - started
    click.echo(f"build: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges in {built:.1f} s")
    rng = random.Random(11)
    nodes = list(graph.nodes)
    chains = [_timed(lambda: chain(graph, rng.choice(nodes), depth=3)) for _ in range(queries)]
    click.echo(f"chain depth 3: {_percentiles(chains)}")
    between = [_timed(lambda: paths(graph, rng.choice(nodes), rng.choice(nodes), limit=1)) for _ in range(queries)]
    click.echo(f"path (shortest, either direction): {_percentiles(between)}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    click.echo(f"peak memory (RSS): {peak:,.0f} MiB")


def _timed(job: Any) -> float:
    started = time.perf_counter()
    job()
    return time.perf_counter() - started
