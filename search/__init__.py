"""Search: one ``Store`` protocol, a SQLite FTS5 store (default) and an Elasticsearch store."""
