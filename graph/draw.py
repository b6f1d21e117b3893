"""Draw a document's chain as an SVG picture: what it rests on to the right, what rests on it to the
left, one column per citation step, edges coloured by relation, with a legend. Pure Python: no
Graphviz needed, and every label is XML-escaped."""

from __future__ import annotations

from collections import deque
from html import escape

import networkx as nx

from graph.export import RELATION_COLOURS

COLUMN, ROW, BOX_W, BOX_H, MARGIN = 250, 64, 210, 46, 30


def columns(graph: nx.DiGraph, root: str, depth: int) -> dict[str, int]:
    """Column of each node: +n for n steps along citations, -n for n steps against them."""
    column = {root: 0}
    for sign, view in ((1, graph), (-1, graph.reverse(copy=False))):
        queue: deque[str] = deque([root])
        while queue:
            node = queue.popleft()
            if abs(column[node]) >= depth:
                continue
            for nxt in view.successors(node):
                if nxt not in column:
                    column[nxt] = column[node] + sign
                    queue.append(nxt)
    return column


def positions(column: dict[str, int]) -> dict[str, tuple[float, float]]:
    low = min(column.values())
    rows: dict[int, int] = {}
    out: dict[str, tuple[float, float]] = {}
    for node in sorted(column, key=lambda n: (column[n], n)):
        row = rows.get(column[node], 0)
        rows[column[node]] = row + 1
        out[node] = (MARGIN + (column[node] - low) * COLUMN, MARGIN + 40 + row * ROW)
    return out


def draw_svg(graph: nx.DiGraph, root: str, depth: int = 2) -> str:
    """The SVG text of the chain around ``root`` up to ``depth`` steps each way."""
    column = columns(graph, root, depth)
    place = positions(column)
    width = max(x for x, _ in place.values()) + BOX_W + MARGIN
    height = max(max(y for _, y in place.values()) + BOX_H + MARGIN, 120 + 18 * len(RELATION_COLOURS))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width + 190}" height="{height}" '
             f'font-family="DejaVu Sans, sans-serif" font-size="11">', _markers()]
    parts += [_edge(graph, a, b, place) for a, b in graph.edges() if a in place and b in place]
    parts += [_box(graph, node, place[node], node == root) for node in place]
    parts.append(_legend(width + 10))
    parts.append("</svg>")
    return "\n".join(parts)


def _markers() -> str:
    defs = [f'<marker id="m{i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
            for i, colour in enumerate(RELATION_COLOURS.values())]
    return "<defs>" + "".join(defs) + "</defs>"


def _edge(graph: nx.DiGraph, a: str, b: str, place: dict[str, tuple[float, float]]) -> str:
    relation = str(graph.edges[a, b].get("relation") or "dẫn chiếu")
    index = list(RELATION_COLOURS).index(relation) if relation in RELATION_COLOURS else len(RELATION_COLOURS) - 1
    colour = list(RELATION_COLOURS.values())[index]
    (ax, ay), (bx, by) = place[a], place[b]
    start = (ax + BOX_W, ay + BOX_H / 2) if bx > ax else (ax, ay + BOX_H / 2)
    end = (bx, by + BOX_H / 2) if bx > ax else (bx + BOX_W, by + BOX_H / 2)
    mid = (start[0] + end[0]) / 2
    return (f'<path d="M{start[0]},{start[1]} C{mid},{start[1]} {mid},{end[1]} {end[0]},{end[1]}" '
            f'stroke="{colour}" stroke-width="1.6" fill="none" marker-end="url(#m{index})">'
            f"<title>{escape(relation)}</title></path>")


def _box(graph: nx.DiGraph, node: str, at: tuple[float, float], is_root: bool) -> str:
    data = graph.nodes[node]
    fill = "#ffe9a8" if is_root else ("#dbe9f6" if data.get("ingested") else "#f2f2f2")
    title = str(data.get("title") or "")
    kind = " ".join(str(data.get(k)) for k in ("type", "date") if data.get(k))
    x, y = at
    return (f'<g><rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="6" fill="{fill}" stroke="#555"/>'
            f'<text x="{x + 8}" y="{y + 17}" font-weight="bold">{escape(_cut(node.split("@")[0], 32))}</text>'
            f'<text x="{x + 8}" y="{y + 33}">{escape(_cut(kind, 34))}</text>'
            f"<title>{escape(node)} {escape(title)}</title></g>")


def _legend(x: float) -> str:
    rows = [f'<text x="{x}" y="{MARGIN + 12}" font-weight="bold">Quan hệ</text>']
    for i, (relation, colour) in enumerate(RELATION_COLOURS.items()):
        y = MARGIN + 30 + 18 * i
        rows.append(f'<line x1="{x}" y1="{y - 4}" x2="{x + 28}" y2="{y - 4}" stroke="{colour}" stroke-width="3"/>'
                    f'<text x="{x + 34}" y="{y}">{escape(relation)}</text>')
    return "<g>" + "".join(rows) + "</g>"


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
