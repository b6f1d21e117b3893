"""``vanban graph ...``: follow a directive's reference chain both ways."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

STORE_OPTION = click.option("--store", "store_location", default=None, envvar="VANBAN_STORE",
                            help="SQLite file or Elasticsearch URL (default var/vanban.sqlite).")
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")
DEPTH_OPTION = click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 20),
                            help="How many citation steps to follow.")


@click.group("graph")
def command() -> None:
    """The citation graph: what a document rests on, what rests on it, and how two connect.

    \b
    Examples:
      vanban graph cites 28/KH-UBND --depth 2
      vanban graph chain 28/KH-UBND --depth 4
      vanban graph draw 28/KH-UBND --depth 2 -o chain.svg
    """


def _open(location: str | None) -> Any:
    from search import open_store, store_location

    return open_store(store_location(location), create=False)


def _emit(data: Any, as_json: bool, lines: list[str]) -> None:
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo("\n".join(lines) if lines else "(nothing)")


def _around(location: str | None, ref: str, depth: int, direction: str) -> tuple[Any, str]:
    from graph.build import neighbourhood
    from graph.lookup import find_node

    store = _open(location)
    try:
        key = find_node(store, ref)
        return neighbourhood(store, key, depth, direction), key
    finally:
        store.close()


def _row(item: dict[str, Any]) -> str:
    via = item.get("via") or {}
    facts = " ".join(str(item.get(k)) for k in ("type", "date") if item.get(k))
    return f"{'  ' * (item.get('depth', 1) - 1)}[{via.get('relation')}] {item['key']}  {facts}"


def _listing(doc: str, depth: int, as_json: bool, store_location: str | None, direction: str) -> None:
    from graph.queries import cited_by, cites

    graph, key = _around(store_location, doc, depth, direction)
    rows = cites(graph, key, depth) if direction == "out" else cited_by(graph, key, depth)
    _emit(rows, as_json, [_row(r) for r in rows])


@command.command("cites")
@click.argument("doc")
@DEPTH_OPTION
@JSON_OPTION
@STORE_OPTION
def cites_command(doc: str, depth: int, as_json: bool, store_location: str | None) -> None:
    """Documents DOC cites (a number, key or id), up to --depth steps."""
    _listing(doc, depth, as_json, store_location, "out")


@command.command("cited-by")
@click.argument("doc")
@DEPTH_OPTION
@JSON_OPTION
@STORE_OPTION
def cited_by_command(doc: str, depth: int, as_json: bool, store_location: str | None) -> None:
    """Documents citing DOC, up to --depth steps."""
    _listing(doc, depth, as_json, store_location, "in")


@command.command("chain")
@click.argument("doc")
@click.option("--depth", default=5, show_default=True, type=click.IntRange(1, 20))
@click.option("--reverse", is_flag=True, help="What rests on DOC instead of what DOC rests on.")
@JSON_OPTION
@STORE_OPTION
def chain_command(doc: str, depth: int, reverse: bool, as_json: bool, store_location: str | None) -> None:
    """DOC's whole reference chain as an indented tree with relations."""
    from graph.queries import chain, render_chain

    graph, key = _around(store_location, doc, depth, "in" if reverse else "out")
    tree = chain(graph, key, depth, reverse)
    _emit(tree.to_dict(), as_json, render_chain(tree))


@command.command("path")
@click.argument("first")
@click.argument("second")
@JSON_OPTION
@STORE_OPTION
def path_command(first: str, second: str, as_json: bool, store_location: str | None) -> None:
    """Shortest connections between two documents (citations followed either way)."""
    from graph.build import build_graph
    from graph.queries import paths, resolve

    store = _open(store_location)
    try:
        graph = build_graph(store)
    finally:
        store.close()
    found = paths(graph, resolve(graph, first), resolve(graph, second))
    lines = []
    for number, steps in enumerate(found, start=1):
        lines.append(f"path {number}:")
        lines += [f"  {s['source']} --[{s['relation']}]--> {s['target']}" for s in steps]
    _emit(found, as_json, lines)


@command.command("top")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@JSON_OPTION
@STORE_OPTION
def top_command(limit: int, as_json: bool, store_location: str | None) -> None:
    """The most-cited documents (in-degree, then PageRank)."""
    from graph.build import build_graph
    from graph.queries import top

    store = _open(store_location)
    try:
        rows = top(build_graph(store), limit)
    finally:
        store.close()
    _emit(rows, as_json, [f"{r['in_degree']:5d}  {r['pagerank']:.4f}  {r['key']}  {r.get('type') or ''}" for r in rows])


@command.command("changes")
@click.argument("doc")
@JSON_OPTION
@STORE_OPTION
def changes_command(doc: str, as_json: bool, store_location: str | None) -> None:
    """What amended, replaced, repealed or corrected DOC."""
    from graph.queries import changes

    graph, key = _around(store_location, doc, 1, "in")
    rows = changes(graph, key)
    _emit(rows, as_json, [f"{', '.join(r['relations'])}: {r['key']}  {r.get('date') or ''}" for r in rows])


@command.command("export")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "dot"]), default="graphml",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--tasks", "with_tasks", is_flag=True, help="Add task and body nodes.")
@STORE_OPTION
def export_command(fmt: str, output: Path, with_tasks: bool, store_location: str | None) -> None:
    """Export the whole graph for Gephi (gexf, graphml), Cytoscape (json) or Graphviz (dot)."""
    from graph.build import build_graph
    from graph.export import export

    store = _open(store_location)
    try:
        graph = build_graph(store, layers=("tasks",) if with_tasks else ())
    finally:
        store.close()
    export(graph, fmt, output)
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)


@command.command("draw")
@click.argument("doc")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(1, 6))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@STORE_OPTION
def draw_command(doc: str, depth: int, output: Path, store_location: str | None) -> None:
    """Draw DOC's chain (both directions, --depth steps) as an SVG picture with a legend."""
    from graph.draw import draw_svg

    graph, key = _around(store_location, doc, depth, "both")
    output.write_text(draw_svg(graph, key, depth), encoding="utf-8")
    click.echo(f"wrote {output}: {graph.number_of_nodes()} documents", err=True)
