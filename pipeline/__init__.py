"""Pipeline: ingest files into a store (``ingest``), remove documents (``delete``)."""

from __future__ import annotations

from pipeline.ingest import Summary, delete, ingest

__all__ = ["Summary", "delete", "ingest"]
