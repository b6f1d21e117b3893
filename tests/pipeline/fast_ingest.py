"""``python -m tests.pipeline.fast_ingest FOLDER STORE``: a real ingest process whose extraction is
``fake_job`` (instant), so two of them write to one store as fast as they can (the concurrency test)."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from pipeline import ingest
    from search.sqlite import SQLiteStore
    from tests.pipeline.test_pipeline_ingest import fake_job

    store = SQLiteStore(sys.argv[2])
    summary = ingest([sys.argv[1]], store, workers=1, progress=False, job=fake_job)
    store.close()
    print(summary.lines()[0])
    sys.exit(1 if summary.failed or summary.stopped else 0)
