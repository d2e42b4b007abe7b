"""The concept map as a table of pages: a row and a column for each page, and a dot where
the page of the row links to the page of the column.

A drawing of boxes and arrows put six or eight arrowheads on each box with ten pages and
their 40-odd links, at any width; in a table every link has a place of its own. Hovering or
focusing a page's name lights up its row (the pages it links to) and its column (the pages
that link to it): each page's group holds the highlights of its own links, so that the
stylesheet needs one rule, not one per page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .geometry import MARGIN, WIDTH, WORDS_SIZE, Box, Label, line_height, wrap
from .svg import figure_svg, link, number, rect, text

CELL = 16  # width of a column
GROUP_GAP = 5  # between kinds, across and down
NUMBER_ROOM = 22  # the page's number, before its name
PADDING = 4  # inside a name's box
DOT = 4.5  # radius of the dot that marks a link
HIGHLIGHT = 6.5

KIND_HEADINGS = {"layer": "Layers", "relation": "Relations", "reference": "References"}


@dataclass(frozen=True)
class Node:
    key: str  # the page URL, as in the link data
    title: str
    href: str
    kind: str  # layer, relation or reference


@dataclass(frozen=True)
class MapLayout:
    width: float
    height: float
    headings: tuple[Label, ...]  # "Links to", then one per kind
    numbers: tuple[Label, ...]  # above the columns
    row_numbers: tuple[Label, ...]
    boxes: tuple[Box, ...]  # one per page: its name's box, spanning the row
    labels: tuple[Label, ...]
    columns: tuple[float, ...]  # centre of each page's column
    rows: tuple[Box, ...]  # each page's row, across the columns
    grid: Box  # every column, every row

    def text_boxes(self) -> list[Box]:
        return [label.box for label in (*self.headings, *self.numbers, *self.row_numbers, *self.labels)]

    def cell(self, source: int, target: int) -> Box:
        row = self.rows[source]
        return Box(self.columns[target] - CELL / 2, row.y, CELL, row.height)

    def dot(self, source: int, target: int) -> tuple[float, float]:
        row = self.rows[source]
        return self.columns[target], round(row.y + row.height / 2, 1)


def by_kind(nodes: list[Node]) -> list[Node]:
    """Layers first, then relations, then references, each kind in the given order."""
    order = list(KIND_HEADINGS)
    return sorted(nodes, key=lambda node: order.index(node.kind) if node.kind in order else len(order))


def map_links(nodes: list[Node], links: dict[str, set[str]]) -> list[tuple[int, int]]:
    """Each link from one node to another as (source, target) numbers, sorted; links to
    pages outside the map and from a page to itself are left out."""
    index = {node.key: position for position, node in enumerate(nodes)}
    return sorted(
        {
            (index[source], index[target])
            for source, targets in links.items()
            if source in index
            for target in targets
            if target in index and target != source
        }
    )


def _groups(nodes: list[Node]) -> list[int]:
    """The kind group of each node: 0 for the first kind, 1 for the next..."""
    groups, kind = [], None
    for node in nodes:
        if node.kind != kind:
            kind = node.kind
            groups.append(groups[-1] + 1 if groups else 0)
        else:
            groups.append(groups[-1])
    return groups


def map_layout(nodes: list[Node], width: float = WIDTH) -> MapLayout:
    """Names down the left, grouped by kind under a heading, each wrapped to its room; the
    columns on the right, numbered, with a gap between kinds as between the rows."""
    groups = _groups(nodes)
    grid_width = len(nodes) * CELL + (groups[-1] if groups else 0) * GROUP_GAP
    grid_x = width - MARGIN - grid_width
    columns = tuple(grid_x + CELL * (n + 0.5) + GROUP_GAP * groups[n] for n in range(len(nodes)))
    name_x = MARGIN + NUMBER_ROOM
    name_room = grid_x - GROUP_GAP - name_x - 2 * PADDING

    line = line_height(WORDS_SIZE)
    links_to = Label(("Links to",), width - MARGIN, MARGIN, WORDS_SIZE, anchor="end")
    y = links_to.box.bottom + 2
    numbers = tuple(Label((str(n + 1),), x, y, WORDS_SIZE, anchor="middle") for n, x in enumerate(columns))
    y += line + GROUP_GAP

    headings, row_numbers, boxes, labels, rows = [links_to], [], [], [], []
    kind = None
    for n, node in enumerate(nodes):
        if node.kind != kind:
            kind = node.kind
            heading = Label((KIND_HEADINGS.get(kind, kind.capitalize()),), MARGIN, y, WORDS_SIZE)
            headings.append(heading)
            y = heading.box.bottom + 2
        label = Label(wrap(node.title, WORDS_SIZE, name_room), name_x + PADDING, y + PADDING, WORDS_SIZE)
        box = Box(name_x, y, name_room + 2 * PADDING, label.box.height + 2 * PADDING)
        row_numbers.append(Label((str(n + 1),), name_x - PADDING, label.y, WORDS_SIZE, anchor="end"))
        labels.append(label)
        boxes.append(box)
        rows.append(Box(grid_x, y, grid_width, box.height))
        y = box.bottom + (GROUP_GAP if n + 1 < len(nodes) and groups[n + 1] != groups[n] else 2)
    grid_top = numbers[0].box.y if numbers else y
    return MapLayout(
        width=width,
        height=round(y + MARGIN, 1),
        headings=tuple(headings),
        numbers=numbers,
        row_numbers=tuple(row_numbers),
        boxes=tuple(boxes),
        labels=tuple(labels),
        columns=columns,
        rows=tuple(rows),
        grid=Box(grid_x, grid_top, grid_width, y - grid_top),
    )


def _circle(centre: tuple[float, float], radius: float, css_class: str) -> str:
    x, y = centre
    return f'<circle class="{css_class}" cx="{number(x)}" cy="{number(y)}" r="{number(radius)}"/>'


def map_svg(nodes: list[Node], edges: list[tuple[int, int]], figure_id: str = "concept-map") -> str:
    layout = map_layout(nodes)
    grid = layout.grid
    parts = []
    decoration = [rect(row, css_class="edition-map__row") for row in layout.rows]
    decoration += [rect(layout.cell(n, n), css_class="edition-map__self") for n in range(len(nodes))]
    decoration += [text(label, "edition-map__number") for label in (*layout.numbers, *layout.row_numbers)]
    decoration += [_circle(layout.dot(s, t), DOT, "edition-map__dot") for s, t in edges]
    parts.append(f'<g aria-hidden="true">{"".join(decoration)}</g>')
    parts.extend(text(heading, "edition-heading") for heading in layout.headings)
    for n, (node, box, label) in enumerate(zip(nodes, layout.boxes, layout.labels)):
        row = layout.rows[n]
        column = Box(layout.columns[n] - CELL / 2, grid.y, CELL, grid.height)
        own = [layout.dot(s, t) for s, t in edges if n in (s, t)]
        highlight = (
            rect(row, css_class="edition-map__band")
            + rect(column, css_class="edition-map__band")
            + "".join(_circle(centre, HIGHLIGHT, "edition-map__lit") for centre in own)
        )
        name = link(f"{figure_id}-{n + 1}", node.href, f"edition-node edition-node--{node.kind}",
                    rect(box, 4) + text(label, "edition-label"))
        parts.append(f'<g class="edition-map__page"><g aria-hidden="true">{highlight}</g>{name}</g>')
    description = (
        f"{len(nodes)} pages of this edition, numbered, each a row and a column, and the {len(edges)} links "
        "between them: a dot in a row marks a link from the row's page to the page numbered above "
        "the column. The list after the figure gives the same links."
    )
    return figure_svg(figure_id, layout.width, layout.height, "Concept map", description, "".join(parts))


def map_text_alternative(nodes: list[Node], edges: list[tuple[int, int]]) -> str:
    """Each page, its kind, and the pages it links to."""
    items = []
    for position, node in enumerate(nodes):
        linked = ", ".join(
            f'<a href="{escape(nodes[t].href)}">{escape(nodes[t].title)}</a>' for s, t in edges if s == position
        )
        items.append(
            f'<li><a href="{escape(node.href)}">{escape(node.title)}</a> ({node.kind}): '
            + (f"links to {linked}" if linked else "links to no other page of the model")
            + "</li>"
        )
    return f'<ul class="edition-figure__links">{"".join(items)}</ul>'
