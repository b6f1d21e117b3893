"""``vanban bench search``: ingest rate, query latency p50/p95 and peak memory per store and size;
``--relevance``: Recall@10 and MRR of the relevance set over the real corpus.

Documents for the speed runs are built by resampling the real Vietnamese full texts
(../shared/corpus-real/vbpl-fulltext): the opening lines of one real document (its header) followed by
paragraphs drawn from random real documents, about ``--doc-chars`` characters each, with the real
document's type, number, date and issuer as metadata.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from search.analyzer import analyze_record
from search.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "../shared/corpus-real"
COLLECTION = CORPUS / "vbpl-fulltext/vbpl_fulltext_1000.jsonl"
RELEVANCE = ROOT / "tests/search/relevance.jsonl"
BATCH = 500

# Queries of the speed runs: words, folded words, abbreviations, numbers, phrases, with and without filters.
QUERIES = [
    "cải cách hành chính", "cai cach hanh chinh", "UBND", "ủy ban nhân dân tỉnh", "thủ tục hành chính",
    "chuyển đổi số", "chuyen doi so", "ngân sách nhà nước", "bảo hiểm xã hội", "thuế thu nhập cá nhân",
    "đất đai", "dat dai thu hoi", "giáo dục đào tạo", "y tế", "môi trường", "phòng cháy chữa cháy",
    "doanh nghiệp nhỏ và vừa", "xử phạt vi phạm hành chính", "cán bộ công chức viên chức", "CCHC",
    "nghị định 15", "NĐ 100", "thông tư 06", "quyết định 1042", "luật 63", "63/2025/QH15", "249/2025/NĐ-CP",
    "123/2018/NĐ-CP", "2025", "\"khoa học công nghệ\"", "hợp tác xã nông nghiệp", "an toàn thực phẩm",
    "kho bạc nhà nước", "hải quan xuất khẩu", "quy hoạch đô thị", "điều kiện kinh doanh", "giá đất",
    "tiền lương tối thiểu", "trẻ em", "quốc phòng an ninh",
]


@click.command("search")
@click.option("--sizes", default="2000,10000", show_default=True,
              help="Comma-separated document counts, e.g. 10000,100000.")
@click.option("--store", "stores", multiple=True, default=["sqlite"], show_default=True,
              help="'sqlite' (a fresh file under --workdir) or an Elasticsearch URL; repeatable.")
@click.option("--doc-chars", type=click.IntRange(200), default=2000, show_default=True)
@click.option("--repeat", type=click.IntRange(1), default=3, show_default=True, help="Runs of each query.")
@click.option("--workdir", type=click.Path(file_okay=False), default="var/bench", show_default=True)
@click.option("--relevance", is_flag=True, help="Score the relevance set instead (Recall@10, MRR).")
@click.option("--relevance-store", "relevance_stores", multiple=True, default=["var/relevance.sqlite"],
              show_default=True,
              help="Store holding the real corpus (built with `vanban ingest` when it is empty); repeatable: an"
                   " Elasticsearch URL is filled from the first (SQLite) store into a scratch index, scored,"
                   " compared with it (top-5 overlap, same top-1) and dropped.")
@click.option("--seed", type=int, default=7, show_default=True)
@click.option("--reuse", is_flag=True, help="Keep a SQLite bench store that already holds the size; time queries only.")
def command(sizes: str, stores: tuple[str, ...], doc_chars: int, repeat: int, workdir: str, relevance: bool,
            relevance_stores: tuple[str, ...], seed: int, reuse: bool) -> None:
    """Measure ingest documents/s, query latency p50/p95 (wall and CPU) and peak memory; or relevance.

    \b
    Examples:
      vanban bench search --sizes 10000,100000
      vanban bench search --relevance
      vanban bench search --relevance --relevance-store var/relevance.sqlite \\
          --relevance-store http://127.0.0.1:9200
    """
    if relevance:
        run_relevance(list(relevance_stores))
        return
    texts = load_texts()
    click.echo(f"{'store':8} {'docs':>8} {'ingest doc/s':>12} {'p50 ms':>8} {'p95 ms':>8} {'p50 cpu':>8}"
               f" {'p95 cpu':>8} {'peak MB':>8} {'size MB':>8}")
    for kind in stores:
        for size in (int(s) for s in sizes.split(",")):
            row = run_size(kind, size, texts, doc_chars, repeat, Path(workdir), seed, reuse)
            click.echo(f"{row['store']:8} {size:>8} {row['rate']:>12.0f} {row['p50']:>8.1f} {row['p95']:>8.1f}"
                       f" {row['cpu50']:>8.1f} {row['cpu95']:>8.1f} {row['peak_mb']:>8.0f} {row['size_mb']:>8.0f}")
            if row["cap"]:
                cap = row["cap"]
                click.echo(f"  bm25 capped at {cap['cap']} matches vs every match scored: top-10 overlap"
                           f" {cap['overlap']:.3f}, same top-1 {cap['top1']:.3f} ({cap['capped']} of"
                           f" {cap['queries']} queries finding anything match more)")


def load_texts() -> list[dict[str, Any]]:
    if not COLLECTION.exists():
        raise click.ClickException(f"{COLLECTION} is missing: the speed runs resample the real full texts")
    rows = [json.loads(line) for line in COLLECTION.open(encoding="utf-8") if line.strip()]
    return [row for row in rows if row.get("lang_guess") == "vi" and row.get("text")]


def synthetic_records(texts: list[dict[str, Any]], count: int, chars: int, seed: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    paragraphs = [p for row in texts for p in row["text"].split("\n") if len(p) > 40]
    for i in range(count):
        base = rng.choice(texts)
        parts = base["text"].split("\n")[:8]
        while sum(map(len, parts)) < chars:
            parts.append(rng.choice(paragraphs))
        yield {
            "id": f"bench:{i}", "key": None, "source": f"bench:{i}", "sha256": f"{i:064x}", "format": "txt",
            "pages": 1, "text": "\n".join(parts), "citations": [], "tasks": [],
            "document": {"type": (base.get("doc_type_parsed") or "").capitalize() or None,
                         "number": base.get("doc_number_parsed"), "date": base.get("issue_date_parsed"),
                         "issuer": (base.get("issuer_first_line") or "").title() or None, "subject": None},
        }


def run_size(kind: str, size: int, texts: list[dict[str, Any]], chars: int, repeat: int, workdir: Path,
             seed: int, reuse: bool = False) -> dict[str, Any]:
    from search import open_store

    location = kind
    if kind == "sqlite":
        location = str(workdir / f"sqlite-{size}" / "bench.sqlite")
        if not (reuse and Path(location).exists()):
            shutil.rmtree(workdir / f"sqlite-{size}", ignore_errors=True)
    if kind == "sqlite":
        store: Any = open_store(location)
    else:  # a scratch index of the node, dropped afterwards
        from search.elastic import ElasticStore

        store = ElasticStore(kind, index=f"vanban-bench-{size}-{os.getpid():x}")
    try:
        keep = reuse and store.count() == size
        rate = float("nan") if keep else _ingest(store, synthetic_records(texts, size, chars, seed))
        if hasattr(store, "refresh"):
            store.refresh()
        timings, cpu = _latencies(store, repeat)
        cap = _cap_cost(store) if isinstance(store, SQLiteStore) else None
    finally:
        if hasattr(store, "drop"):
            store.drop()
        store.close()
    size_mb = sum(p.stat().st_size for p in Path(location).parent.glob("bench.sqlite*")) / 2**20 if kind == "sqlite" else 0
    return {"cap": cap,
        "store": "sqlite" if kind == "sqlite" else "elastic", "rate": rate,
        "p50": statistics.median(timings), "p95": statistics.quantiles(timings, n=20)[-1],
        "cpu50": statistics.median(cpu), "cpu95": statistics.quantiles(cpu, n=20)[-1],
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "size_mb": size_mb,
    }


def _ingest(store: Any, records: Iterator[dict[str, Any]]) -> float:
    """Documents/s of batched upserts; the analyzer runs in one worker process per core (SQLite)."""
    started, done = time.perf_counter(), 0
    if isinstance(store, SQLiteStore):
        with multiprocessing.get_context("forkserver").Pool(os.cpu_count() or 1) as pool:
            for batch in _batches(records):
                store.upsert_many(batch, pool.map(analyze_record, batch, chunksize=25))
                done += len(batch)
    else:
        for batch in _batches(records):
            store.upsert_many(batch)
            done += len(batch)
    return done / (time.perf_counter() - started)


def _batches(records: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _queries() -> list[Any]:
    from search.store import SearchQuery

    queries = [SearchQuery(text=q) for q in QUERIES]
    queries += [SearchQuery(text=q, type="Nghị định") for q in QUERIES[:10]]
    return queries + [SearchQuery(text=q, year_from=2025) for q in QUERIES[10:20]]


def _cap_cost(store: SQLiteStore) -> dict[str, Any]:
    """What the bm25 cap costs in ranking: the capped top 10 against every match scored."""
    cap = store.score_cap
    capped = [store.search(query) for query in _queries()]
    store.score_cap = None
    try:
        full = [[hit.id for hit in store.search(query).hits] for query in _queries()]
    finally:
        store.score_cap = cap
    found = [(c, f) for c, f in zip(capped, full, strict=True) if f]
    pairs = [([hit.id for hit in c.hits], f) for c, f in found]
    return {"cap": cap, "queries": len(pairs), "capped": sum(c.total > (cap or 0) for c, _ in found),
            "overlap": statistics.mean(len(set(c) & set(f)) / len(f) for c, f in pairs),
            "top1": statistics.mean(float(c[:1] == f[:1]) for c, f in pairs)}


def _latencies(store: Any, repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each query run (CPU time is this process's, so it stays
    meaningful on a shared machine; an Elasticsearch node's own CPU is not counted)."""
    queries = _queries()
    for query in queries:  # warm up: caches, the word segmenter's model
        store.search(query)
    timings, cpu = [], []
    for _ in range(repeat):
        for query in queries:
            started, cpu_started = time.perf_counter(), time.process_time()
            store.search(query)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
    return timings, cpu


# ---------------------------------------------------------------- relevance


def run_relevance(locations: list[str]) -> None:
    """Recall@10 and MRR of tests/search/relevance.jsonl over each store holding the real corpus.

    The first location is a SQLite store (ingested from the real corpus when empty); an
    Elasticsearch URL after it gets that store's records in a scratch index, so both stores are
    scored on the same records, and their top results are compared query by query.
    """
    from search import open_store

    cases = load_relevance()
    source = open_store(locations[0])
    results: list[tuple[str, dict[str, Any]]] = []
    try:
        if source.count() == 0:
            from pipeline import ingest

            click.echo(f"ingesting the real corpus into {locations[0]} (once) ...", err=True)
            ingest([str(COLLECTION), str(CORPUS / "pdf-text")], source)
        results.append(("sqlite", score_relevance(source, cases)))
        for location in locations[1:]:
            results.append((_kind(location), _score_copy(source, location, cases)))
    finally:
        source.close()
    for name, scores in results:
        _print_scores(name, scores)
    for name, scores in results[1:]:
        agreement = compare_tops(results[0][1]["rows"], scores["rows"])
        click.echo(f"agreement sqlite/{name}: top-5 overlap {agreement['overlap']:.3f}  same top-1 "
                   f"{agreement['top1']:.3f}  same top-3 set {agreement['top3']:.3f}  ({agreement['queries']} queries)")


def _kind(location: str) -> str:
    return "elastic" if location.startswith(("http://", "https://")) else "sqlite"


def _score_copy(source: Any, location: str, cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Copy ``source``'s records into the store at ``location`` (a scratch index for a URL), score it."""
    from search import open_store
    from search.elastic import ElasticStore

    target: Any = (ElasticStore(location, index=f"vanban-bench-relevance-{os.getpid():x}")
                   if _kind(location) == "elastic" else open_store(location))
    try:
        if target.count() != source.count():
            ids = [meta["id"] for meta in source.iter_documents()]
            for start in range(0, len(ids), 50):
                target.upsert_many([source.get(doc_id) for doc_id in ids[start : start + 50]])
            if hasattr(target, "refresh"):
                target.refresh()
        return score_relevance(target, cases)
    finally:
        if isinstance(target, ElasticStore):
            target.drop()
        target.close()


def _print_scores(name: str, scores: dict[str, Any]) -> None:
    click.echo(f"== {name}")
    for row in scores["rows"]:
        click.echo(f"{row['rank'] or '-':>3} {row['recall']:.2f}  {row['kind']:12} {row['query']}")
    click.echo(f"{name}: queries {len(scores['rows'])}  Recall@10 {scores['recall']:.3f}  MRR {scores['mrr']:.3f}")
    for kind, (recall, mrr) in scores["by_kind"].items():
        click.echo(f"  {kind:12} Recall@10 {recall:.3f}  MRR {mrr:.3f}")


def compare_tops(left: list[dict[str, Any]], right: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean share of the top-5 ids both stores return, share of queries with the same top-1 id
    and with the same top-3 set (queries where neither store found anything are left out)."""
    pairs = [(a["ids"], b["ids"]) for a, b in zip(left, right, strict=True) if a["ids"] or b["ids"]]
    if not pairs:
        return {"overlap": 0.0, "top1": 0.0, "top3": 0.0, "queries": 0}
    overlap = [len(set(a[:5]) & set(b[:5])) / max(len(a[:5]), len(b[:5])) for a, b in pairs]
    return {"overlap": statistics.mean(overlap),
            "top1": statistics.mean(float(a[:1] == b[:1]) for a, b in pairs),
            "top3": statistics.mean(float(set(a[:3]) == set(b[:3])) for a, b in pairs), "queries": len(pairs)}


def load_relevance() -> list[dict[str, Any]]:
    return [json.loads(line) for line in RELEVANCE.open(encoding="utf-8") if line.strip()]


def score_relevance(store: Any, cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Per query: rank of the first expected document in the top 10, share of expected found."""
    from search.store import SearchQuery

    rows = []
    for case in cases:
        query = SearchQuery(text=case["query"], size=10, **case.get("filters", {}))
        hits = store.search(query).hits
        sources = [hit.source for hit in hits]
        found = [i for i, source in enumerate(sources, start=1) if _expected(source, case["expected"])]
        hit_ids = {s for s in sources if _expected(s, case["expected"])}
        rows.append({"query": case["query"], "kind": case.get("kind", ""), "rank": found[0] if found else None,
                     "recall": len(hit_ids) / len(case["expected"]), "ids": [hit.id for hit in hits]})
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row)
    return {"rows": rows, "recall": _mean_recall(rows), "mrr": _mrr(rows),
            "by_kind": {kind: (_mean_recall(r), _mrr(r)) for kind, r in by_kind.items()}}


def _expected(source: str, expected: list[str]) -> bool:
    return any(source.endswith("/" + name) for name in expected)


def _mean_recall(rows: list[dict[str, Any]]) -> float:
    return statistics.mean(row["recall"] for row in rows) if rows else 0.0


def _mrr(rows: list[dict[str, Any]]) -> float:
    return statistics.mean(1 / row["rank"] if row["rank"] else 0.0 for row in rows) if rows else 0.0
