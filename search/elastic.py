"""The Elasticsearch store: the same ``Store`` protocol over three indices of one 8.x node.

Indices (prefix ``vanban`` by default): ``<prefix>-docs`` (metadata, the analyzer's token fields,
the record in ``_source``), ``<prefix>-tasks`` and ``<prefix>-citations`` (one document per edge).
Token fields are what ``search.analyzer`` produced in Python, indexed with the built-in
``whitespace`` analyzer, so both stores see the same tokens and answer alike; snippets come from
``search.highlight`` as in SQLite.

A replace writes the new version first, then removes the old: the new tasks and citations, then the
document itself (the same ``_id`` replaces the old version in one step), then the old edges and any
old document of the same source under another id. A node dying in between leaves the old version or
the new one, never neither; what is left over (old edges, a second document of the source, which
``source_hash`` then does not report) is replaced by the re-run. Every client error becomes a
``StoreError``; a document the node refuses is a ``RejectedError`` naming it with the node's reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import count as counter
from typing import Any

from search.analyzer import (
    FIELD_WEIGHTS,
    Match,
    Unit,
    analyze_query,
    analyze_record,
    analyze_task,
    boost_matches,
    canonical_name,
    unit_matches,
)
from search.columns import FACETS
from search.highlight import make_snippet
from search.sqlite import title_of
from search.store import SearchHit, SearchQuery, SearchResults, search_with_fallback
from vanban.errors import RejectedError, StoreError

SCHEMA_VERSION = 3  # v2: pair fields; v3: number tokens without the year and with the code joined
TOKENS = {"type": "text", "analyzer": "whitespace"}
KEYWORD = {"type": "keyword"}
STORED = {"type": "object", "enabled": False}
MAPPINGS: dict[str, dict[str, Any]] = {
    "docs": {
        "_meta": {"schema_version": SCHEMA_VERSION},
        "dynamic": False,
        "properties": {
            **{name: TOKENS for name in FIELD_WEIGHTS},
            **{name: KEYWORD for name in ("id", "key", "source", "sha256", "type", "type_canon", "number",
                                          "date", "issuer", "issuer_canon", "bodies_canon")},
            "year": {"type": "integer"},
            "seq": {"type": "long"},
            "record": STORED,
        },
    },
    "tasks": {
        "_meta": {"schema_version": SCHEMA_VERSION},
        "dynamic": False,
        "properties": {
            "exact": TOKENS, "folded": TOKENS, "doc_id": KEYWORD, "deadline_date": KEYWORD,
            "bodies_canon": KEYWORD, "seq": {"type": "long"}, "data": STORED,
        },
    },
    "citations": {
        "_meta": {"schema_version": SCHEMA_VERSION},
        "dynamic": False,
        "properties": {"source_id": KEYWORD, "key": KEYWORD, "seq": {"type": "long"}, "data": STORED},
    },
}
PAGE = 1000  # edges fetched per request when listing citations
REASON_CHARS = 300  # of a refused document's reason (the node quotes the whole offending value)


def _client_errors() -> tuple[type[BaseException], ...]:
    """Every error the client raises: API answers (4xx/5xx), transport (connection refused, timeout),
    serialization."""
    from elastic_transport import SerializationError, TransportError
    from elasticsearch import ApiError

    return (ApiError, TransportError, SerializationError)


CLIENT_ERRORS = _client_errors()


class ElasticStore:
    """The ``Store`` protocol over a real Elasticsearch node at ``url``."""

    def __init__(self, url: str, index: str = "vanban") -> None:
        from elasticsearch import Elasticsearch

        self.url = url
        self.prefix = index
        try:
            self._es = Elasticsearch(url, request_timeout=60)
        except ValueError as exc:  # a URL the client cannot use
            raise StoreError(f"cannot use the Elasticsearch store {url}: {exc}") from exc
        self._outdated: list[str] = []
        self._seq = counter(self._max_seq() + 1)
        if self._name("docs") in self._outdated:
            self._reanalyze_documents()

    # ------------------------------------------------------------ indices

    def _name(self, kind: str) -> str:
        return f"{self.prefix}-{kind}"

    def _all(self) -> str:
        return ",".join(self._name(kind) for kind in MAPPINGS)

    def _call(self, what: str, fn: Any, **kwargs: Any) -> Any:
        try:
            return fn(**kwargs)
        except CLIENT_ERRORS as exc:
            raise StoreError(f"Elasticsearch at {self.url} failed to {what}: {exc}") from exc

    def _ensure_indices(self) -> None:
        for kind, mapping in MAPPINGS.items():
            name = self._name(kind)
            if self._call("check an index", self._es.indices.exists, index=name):
                self._check_version(name)
                continue
            self._call("create an index", self._es.indices.create, index=name, mappings=mapping,
                       settings={"number_of_shards": 1, "number_of_replicas": 0})

    def _check_version(self, name: str) -> None:
        mapping = self._call("read a mapping", self._es.indices.get_mapping, index=name)
        version = mapping[name]["mappings"].get("_meta", {}).get("schema_version", 0)
        if version > SCHEMA_VERSION:
            raise StoreError(f"index {name} has schema v{version}, newer than this vanban (v{SCHEMA_VERSION})")
        if version < SCHEMA_VERSION:  # new fields are added in place; documents get them below
            kind = name.removeprefix(self.prefix + "-")
            self._call("update a mapping", self._es.indices.put_mapping, index=name,
                       properties=MAPPINGS[kind]["properties"], meta=MAPPINGS[kind]["_meta"])
            self._outdated.append(name)

    def _reanalyze_documents(self) -> None:
        """Every document's full-text fields analysed again from its stored record (after an upgrade)."""
        actions = [{"_op_type": "update", "_index": self._name("docs"), "_id": hit["_id"],
                    "doc": analyze_record(hit["_source"]["record"])}
                   for hit in self._paged("docs", {"match_all": {}}, source_includes=["record"])]
        for start in range(0, len(actions), 200):
            self._bulk(actions[start : start + 200])
        self.refresh()

    def _max_seq(self) -> int:
        self._ensure_indices()
        result = self._call("read the sequence", self._es.search, index=self._all(), size=0,
                            aggs={"top": {"max": {"field": "seq"}}})
        return int(result["aggregations"]["top"].get("value") or 0)

    def refresh(self) -> None:
        self._call("refresh", self._es.indices.refresh, index=self._all())

    def drop(self) -> None:
        """Delete this store's indices (tests and benchmarks)."""
        self._call("delete indices", self._es.indices.delete, index=self._all(), ignore_unavailable=True)

    def close(self) -> None:
        self._es.close()

    # ------------------------------------------------------------ writing

    def upsert(self, record: dict[str, Any], choose_id: Callable[[str | None], str] | None = None) -> None:
        if choose_id is not None:  # one node, no transaction: the id is decided just before the write
            record["id"] = choose_id(self.source_of(choose_id(None)))
        self.upsert_many([record])

    def upsert_many(self, records: list[dict[str, Any]]) -> None:
        """The new versions written (edges, then documents), then the old ones removed: the old rows
        of the records' ids and sources written before this call (a record later in ``records``
        replaces an earlier one with its id or source). A record the node refuses keeps its old
        version and is named in the ``RejectedError`` raised after the others are written."""
        records = _last_of_each(records)
        boundary = next(self._seq)  # everything written below has a higher seq
        prepared = {record["id"]: self._actions(record) for record in records}  # raises before any write
        refused = self._bulk([action for edges, _ in prepared.values() for action in edges])
        refused.update(self._bulk([doc for doc_id, (_, doc) in prepared.items() if doc_id not in refused]))
        self.refresh()
        written = [record for record in records if record["id"] not in refused]
        self._remove_older(boundary, written)
        if refused:  # their new edges go; their old version stays
            self._delete_edges(list(refused), {"gte": boundary})
            self.refresh()
            raise RejectedError(
                f"Elasticsearch at {self.url} refused {len(refused)} document(s): "
                + "; ".join(f"{doc_id}: {reason}" for doc_id, reason in refused.items()),
                "; ".join(refused.values()))

    def _remove_older(self, boundary: int, written: list[dict[str, Any]]) -> None:
        """Documents of the written records' ids or sources from before ``boundary`` (another id of
        the same source) and every edge of those ids from before it."""
        if not written:
            return
        new_ids = [record["id"] for record in written]
        should = [{"terms": {"id": new_ids}}, {"terms": {"source": [record["source"] for record in written]}}]
        older = {"bool": {"should": should, "minimum_should_match": 1, "filter": [{"range": {"seq": {"lt": boundary}}}],
                          "must_not": [{"ids": {"values": new_ids}}]}}
        old_ids = [hit["_id"] for hit in self._paged("docs", older, source=False)]
        self._delete_edges(new_ids + old_ids, {"lt": boundary})
        if old_ids:
            self._delete_where("docs", {"ids": {"values": old_ids}})

    def _delete_edges(self, doc_ids: list[str], seq: dict[str, int]) -> None:
        for kind, field in (("tasks", "doc_id"), ("citations", "source_id")):
            self._delete_where(kind, {"bool": {"filter": [{"terms": {field: doc_ids}}, {"range": {"seq": seq}}]}})

    def _actions(self, record: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        fields = analyze_record(record)
        header = record.get("document") or {}
        date = header.get("date")
        tasks = [self._task_action(record["id"], task) for task in record.get("tasks") or []]
        bodies = sorted({body for action in tasks for body in action["_source"]["bodies_canon"]})
        cites = [self._citation_action(record["id"], c) for c in record.get("citations") or []]
        source = {
            **fields, "id": record["id"], "key": record.get("key"), "source": record["source"],
            "sha256": record["sha256"], "type": header.get("type"),
            "type_canon": canonical_name(header.get("type") or ""), "number": header.get("number"),
            "date": date, "year": int(date[:4]) if date and date[:4].isdigit() else None,
            "issuer": header.get("issuer"), "issuer_canon": canonical_name(header.get("issuer") or ""),
            "bodies_canon": bodies, "seq": next(self._seq), "record": record,
        }
        return tasks + cites, {"_index": self._name("docs"), "_id": record["id"], "_source": source}

    def _task_action(self, doc_id: str, task: dict[str, Any]) -> dict[str, Any]:
        names = (task.get("responsible") or []) + (task.get("coordinating") or [])
        source = {
            **analyze_task(task), "doc_id": doc_id, "deadline_date": (task.get("deadline") or {}).get("date"),
            "bodies_canon": [canonical_name(name) for name in names], "seq": next(self._seq), "data": task,
        }
        return {"_index": self._name("tasks"), "_id": f"{doc_id}:{source['seq']}", "_source": source}

    def _citation_action(self, doc_id: str, citation: dict[str, Any]) -> dict[str, Any]:
        key = citation.get("key") or citation.get("number") or ""
        source = {"source_id": doc_id, "key": key, "seq": next(self._seq), "data": citation}
        return {"_index": self._name("citations"), "_id": f"{doc_id}:{source['seq']}", "_source": source}

    def _bulk(self, actions: list[dict[str, Any]]) -> dict[str, str]:
        """Send ``actions``; the documents the node refused (their id, or their edges' document id)
        with its reason: "mapper_parsing_exception: failed to parse field [year]"."""
        from elasticsearch.helpers import bulk

        if not actions:
            return {}
        try:
            _, errors = bulk(self._es, actions, refresh=False, raise_on_error=False, raise_on_exception=True)
        except CLIENT_ERRORS as exc:
            raise StoreError(f"Elasticsearch at {self.url} failed to write: {exc}") from exc
        refused: dict[str, str] = {}
        for error in errors if isinstance(errors, list) else []:
            (op, info), = error.items()
            doc_id = str(info.get("_id", "")).rsplit(":", 1)[0] if info.get("_index") != self._name("docs") \
                else str(info.get("_id", ""))
            cause = info.get("error") or {}
            reason = f"{cause.get('type', op)}: {cause.get('reason', info.get('status'))}" \
                if isinstance(cause, dict) else str(cause)
            refused.setdefault(doc_id, reason if len(reason) <= REASON_CHARS else reason[:REASON_CHARS] + "…")
        return refused

    def delete(self, doc_id: str) -> bool:
        return self._remove_all([doc_id], [])

    def delete_source(self, source: str) -> bool:
        return self._remove_all([], [source])

    def _remove_all(self, doc_ids: list[str], sources: list[str]) -> bool:
        """Documents with any of ``doc_ids`` or ``sources`` removed with their tasks and citations."""
        should = [{"terms": {field: values}} for field, values in (("id", doc_ids), ("source", sources)) if values]
        if not should:
            return False
        ids = [hit["_id"] for hit in self._paged("docs", {"bool": {"should": should}}, source=False)]
        if ids:
            self._delete_where("tasks", {"terms": {"doc_id": ids}})
            self._delete_where("citations", {"terms": {"source_id": ids}})
            self._delete_where("docs", {"ids": {"values": ids}})
        return bool(ids)

    def _delete_where(self, kind: str, query: dict[str, Any]) -> None:
        """Delete every hit of ``query`` (the node has no delete-by-query module: ids, then bulk)."""
        name = self._name(kind)
        doomed = [hit["_id"] for hit in self._paged(kind, query, source=False)]
        failed = self._bulk([{"_op_type": "delete", "_index": name, "_id": doc_id} for doc_id in doomed])
        if failed:
            raise StoreError(f"Elasticsearch at {self.url} failed to delete from {name}: "
                             + "; ".join(f"{doc_id}: {reason}" for doc_id, reason in failed.items()))
        self._call("refresh", self._es.indices.refresh, index=name)

    def move_source(self, old: str, new: str) -> bool:
        hits = self._hits("docs", {"term": {"source": old}}, size=2, source_includes=["record"])
        if len(hits) != 1 or self.source_hash(new):
            return False
        record = {**hits[0]["_source"]["record"], "source": new}
        self._call("move a document", self._es.update, index=self._name("docs"), id=hits[0]["_id"],
                   doc={"source": new, "record": record}, refresh=True)
        return True

    def mark_problem(self, source: str, problem: str | None) -> bool:
        """The flag lives in the document's ``_source`` (``problem``, not indexed)."""
        hits = self._hits("docs", {"term": {"source": source}}, size=1, source=False)
        if not hits:
            return False
        self._call("mark a document", self._es.update, index=self._name("docs"), id=hits[0]["_id"],
                   doc={"problem": problem}, refresh=True)
        return True

    # ------------------------------------------------------------ reading

    def _hits(self, kind: str, query: dict[str, Any], size: int = 10, **extra: Any) -> list[dict[str, Any]]:
        result = self._call("search", self._es.search, index=self._name(kind), query=query, size=size, **extra)
        hits: list[dict[str, Any]] = result["hits"]["hits"]
        return hits

    def _doc_source(self, doc_id: str, fields: list[str]) -> dict[str, Any] | None:
        hits = self._hits("docs", {"term": {"id": doc_id}}, size=1, source_includes=fields)
        return hits[0]["_source"] if hits else None

    def get(self, doc_id: str) -> dict[str, Any] | None:
        found = self._doc_source(doc_id, ["record", "problem"])
        if not found:
            return None
        return {**found["record"], **({"problem": found["problem"]} if found.get("problem") else {})}

    def source_hash(self, source: str) -> tuple[str, str] | None:
        """None also when two documents hold ``source`` (a replace cut short): the re-run writes it again."""
        hits = self._hits("docs", {"term": {"source": source}}, size=2, source_includes=["id", "sha256"])
        return (hits[0]["_source"]["id"], hits[0]["_source"]["sha256"]) if len(hits) == 1 else None

    def source_of(self, doc_id: str) -> str | None:
        found = self._doc_source(doc_id, ["source"])
        return found["source"] if found else None

    def find_key(self, key: str) -> str | None:
        hits = self._hits("docs", {"term": {"key": key}}, size=1, sort=[{"seq": "asc"}], source_includes=["id"])
        return hits[0]["_source"]["id"] if hits else None

    def count(self) -> int:
        return int(self._call("count", self._es.count, index=self._name("docs"))["count"])

    def citations_from(self, doc_id: str) -> list[dict[str, Any]]:
        return list(self._edges({"term": {"source_id": doc_id}}))

    def citations_to(self, key: str) -> list[dict[str, Any]]:
        return list(self._edges({"term": {"key": key}}))

    def iter_citations(self) -> Iterator[dict[str, Any]]:
        return self._edges({"match_all": {}})

    def _edges(self, query: dict[str, Any]) -> Iterator[dict[str, Any]]:
        for hit in self._paged("citations", query):
            yield {**hit["_source"]["data"], "source_id": hit["_source"]["source_id"]}

    def _paged(self, kind: str, query: dict[str, Any], **extra: Any) -> Iterator[dict[str, Any]]:
        """Every hit of ``query`` in ``seq`` order, a page at a time (search_after on ``seq``)."""
        after: list[Any] | None = None
        while True:
            page_args: dict[str, Any] = {"sort": [{"seq": "asc"}], **extra}
            if after is not None:
                page_args["search_after"] = after
            hits = self._hits(kind, query, size=PAGE, **page_args)
            yield from hits
            if len(hits) < PAGE:
                return
            after = hits[-1]["sort"]

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        fields = ["id", "key", "source", "sha256", "type", "number", "date", "issuer", "record.document.subject",
                  "problem"]
        for hit in self._paged("docs", {"match_all": {}}, source_includes=fields):
            src = hit["_source"]
            document = {name: src.get(name) for name in ("type", "number", "date", "issuer")}
            document["subject"] = ((src.get("record") or {}).get("document") or {}).get("subject")
            meta = {name: src.get(name) for name in ("id", "key", "source", "sha256")}
            problem = {"problem": src["problem"]} if src.get("problem") else {}
            yield {**meta, "document": document, "title": _title(src), **problem}

    # ------------------------------------------------------------ searching

    def search(self, query: SearchQuery) -> SearchResults:
        return search_with_fallback(query, self._search)

    def _search(self, query: SearchQuery, units: list[Unit], mode: str) -> SearchResults:
        filters, excluded = _filters(query)
        body: dict[str, Any] = {"filter": filters, "must_not": excluded}
        if units:  # folded tokens decide what matches (no score); exact tokens and boosts rank
            required = [unit for unit in units if not unit.optional]
            body["filter"] = filters + _joined([_unit_clause(unit) for unit in required], mode)
            boosts = [_match_clause(match) for match in boost_matches(units)]
            ranking = [_unit_clause(unit, ranking=True, extra=boosts if i == 0 else [])
                       for i, unit in enumerate(required)]
            body["should"] = [{"bool": {"must": _joined(ranking, mode)}}]
        sort = [{"_score": "desc"}, {"seq": "asc"}] if units else [{"date": {"order": "desc", "missing": "_last"}},
                                                                    {"seq": "asc"}]
        result = self._call(
            "search", self._es.search, index=self._name("docs"), query={"bool": body}, sort=sort,
            from_=(max(query.page, 1) - 1) * query.size, size=query.size, track_total_hits=True,
            aggs={name: {"terms": {"field": name, "size": 50}} for name in FACETS},
            source_includes=["id", "number", "type", "date", "issuer", "source", "record.text", "record.document",
                             "record.source"],
        )
        hits = [_hit(hit, units) for hit in result["hits"]["hits"]]
        facets = {name: {str(b["key"]): b["doc_count"] for b in result["aggregations"][name]["buckets"]}
                  for name in FACETS}
        total = int(result["hits"]["total"]["value"])
        return SearchResults(total=total, hits=hits, facets=facets, page=query.page, size=query.size)

    def search_tasks(self, query: SearchQuery) -> list[dict[str, Any]]:
        must: list[dict[str, Any]] = []
        units = analyze_query(query.text)
        if units:
            must.append({"bool": {("must" if query.mode == "all" else "should"): [
                _unit_clause(unit, task=True) for unit in units if not unit.optional]}})
        if query.body:
            must.append({"wildcard": {"bodies_canon": f"*{canonical_name(query.body)}*"}})
        dates = {op: value for op, value in (("gte", query.date_from), ("lte", query.date_to)) if value}
        if dates:
            must.append({"range": {"deadline_date": dates}})
        hits = self._hits(
            "tasks", {"bool": {"filter": must}} if must else {"match_all": {}}, size=query.size,
            from_=(max(query.page, 1) - 1) * query.size,
            sort=[{"deadline_date": {"order": "asc", "missing": "_last"}}, {"seq": "asc"}],
        )
        return [{**hit["_source"]["data"], "doc_id": hit["_source"]["doc_id"]} for hit in hits]


# ---------------------------------------------------------------- query pieces


def _last_of_each(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``records`` without those a later one replaces (same id or same source), in order."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for record in reversed(records):
        keys = {("id", record["id"]), ("source", record["source"])}
        if not keys & seen:
            kept.append(record)
        seen |= keys
    return kept[::-1]


def _unit_clause(unit: Unit, task: bool = False, ranking: bool = False,
                 extra: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Any of the unit's matching (or ranking) lookups, and ``extra`` ones; a document satisfying
    several gets the sum, as in FTS5 (where ``extra``, the boosts, are OR-ed into the first unit)."""
    lookups = [m for m in unit_matches(unit, task) if (m.ranks if ranking else m.matches)]
    return {"bool": {"should": [*(extra or []), *map(_match_clause, lookups)], "minimum_should_match": 1}}


def _joined(clauses: list[dict[str, Any]], mode: str) -> list[dict[str, Any]]:
    """All of ``clauses`` (as a ``must``/``filter`` list), or any one of them for mode ``any``."""
    return clauses if mode == "all" else [{"bool": {"should": clauses, "minimum_should_match": 1}}]


def _match_clause(match: Match) -> dict[str, Any]:
    """BM25 over the match's fields taken as one (``combined_fields``, FTS5's weighted columns);
    a task phrase as ``match_phrase`` in each field."""
    if match.phrase:
        return {"dis_max": {"queries": [{"match_phrase": {field: match.text}} for field in match.fields]}}
    fields = [f"{field}^{weight}" for field, weight in FIELD_WEIGHTS.items() if field in (match.fields or FIELD_WEIGHTS)]
    return {"combined_fields": {"query": match.text, "fields": fields, "operator": "and"}}


def _filters(query: SearchQuery) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    filters: list[dict[str, Any]] = []
    if query.type:
        filters.append({"term": {"type_canon": canonical_name(query.type)}})
    if query.issuer:
        filters.append({"wildcard": {"issuer_canon": f"*{canonical_name(query.issuer)}*"}})
    if query.body:
        filters.append({"wildcard": {"bodies_canon": f"*{canonical_name(query.body)}*"}})
    years = {op: v for op, v in (("gte", query.year_from), ("lte", query.year_to)) if v is not None}
    if years:
        filters.append({"range": {"year": years}})
    dates = {op: v for op, v in (("gte", query.date_from), ("lte", query.date_to)) if v}
    if dates:
        filters.append({"range": {"date": dates}})
    excluded = [{"ids": {"values": list(query.exclude)}}] if query.exclude else []
    return filters, excluded


def _title(src: dict[str, Any]) -> str:
    return title_of(src.get("record") or {"source": src.get("source"), "document": {}})


def _hit(hit: dict[str, Any], units: list[Unit]) -> SearchHit:
    src = hit["_source"]
    record = src.get("record") or {}
    snippet, highlights = make_snippet(record.get("text") or "", units)
    return SearchHit(
        id=src["id"], score=float(hit.get("_score") or 0.0), title=_title(src), number=src.get("number"),
        type=src.get("type"), date=src.get("date"), issuer=src.get("issuer"), snippet=snippet,
        highlights=highlights, source=src.get("source"),
    )
