"""Statuses over the national database texts: counts by kind and a random sample to check by hand.

    .venv/bin/python scripts/status_sample.py [--seed 95] [--size 40] [--out sample.tsv]

Reads the Vietnamese lines of ../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl, extracts
citations from each text (``document_from_text``, as the benchmark does; the issue date from the
record's ``issue_date_parsed``) and lists every status event ``parsers.status.events_of`` reads.
corpus/status-check.tsv is the output of the defaults (seed 95, 40 events) with a verdict per row, checked by reading each sentence.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
JSONL = ROOT / "../shared/corpus-real/vbpl-fulltext/vbpl_fulltext_1000.jsonl"


def main() -> None:
    from parsers.citations import extract_citations
    from parsers.citations.keys import document_key
    from parsers.citations.textdoc import document_from_text
    from parsers.status import effective_date, events_of

    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=95)
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    events, effective, texts = [], 0, 0
    for line, raw in enumerate(JSONL.open(encoding="utf-8"), start=1):
        row = json.loads(raw)
        if row.get("lang_guess") != "vi":
            continue
        texts += 1
        doc = document_from_text(row["text"])
        citations, _ = extract_citations(doc)
        number = row.get("doc_number_parsed")
        record = {"id": f"line-{line}", "key": str(document_key(number)) if number else None, "text": doc.text,
                  "document": {"number": number, "date": row.get("issue_date_parsed"), "type": row.get("doc_type_parsed")},
                  "citations": [{**asdict(c), "span": list(c.span)} for c in citations]}
        effective += bool(effective_date(record))
        events += [{"line": line, **e.to_dict()} for e in events_of(record)]
    print(f"{texts} texts, effective date read in {effective}; {len(events)} events over "
          f"{len({e['target'] for e in events})} documents: {dict(Counter(e['kind'] for e in events))}")
    sample = random.Random(args.seed).sample(events, min(args.size, len(events)))
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["n", "jsonl_line", "target", "status", "parts", "date", "sentence"])
    for n, e in enumerate(sample):
        writer.writerow([n, e["line"], e["target"], e["kind"], e["parts"] or "", e["date"] or "", e["sentence"][:400]])


if __name__ == "__main__":
    main()
