"""Pipeline: ingest files into a store."""
