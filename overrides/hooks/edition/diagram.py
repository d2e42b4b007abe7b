"""The figures drawn at build time: the four layers, and the concept map.

Both are SVG strings computed from data (the layer pages, ``extra.edition.diagram`` in
mkdocs.yml, the links between pages) by arithmetic alone, so the same data always gives
the same bytes. No colour is written here: every shape carries a class, and
``docs/stylesheets/diagram.css`` paints it with Material's palette variables, so the
figures follow the light and dark palettes on screen and print in ink.

Text is measured by estimate (``text_width``), on the wide side, so that the boxes the
layout keeps apart cover the text a browser really draws; ``tests/test_diagram.py``
checks the real boxes in Chromium.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .source import SourceText, normalise_space

# Sizes in SVG user units; the figure scales to the width of the page.
WIDTH = 360
MARGIN = 8
LABEL_SIZE = 16
WORDS_SIZE = 14
LINE_HEIGHT = 1.3  # in em
# Width of the average glyph of a sans-serif system font, rounded up: "the political party"
# measures about 0.5 em a character in Liberation Sans, Roboto or Helvetica.
CHAR_WIDTH = 0.6  # in em
# The layers: each sits inside the one around it, below that one's label band.
BAND = 40
INSET = 14
CORE_EXTRA = 8
# Arrows cross the top edge of each inner layer, at its right end.
ARROW_REACH = 16
ARROW_STEP = 20
# The concept map: one column of pages, links drawn as arcs to the right of it.
NODE_WIDTH = 196
NODE_PADDING = 8
NODE_GAP = 10
ARC_BASE = 16
ARC_PER_UNIT = 0.3

# Links inside the SVG use xlink:href, not href: Material's instant previews rewrite every
# [href] of a fetched page by assigning to `element.href`, which is read-only on SVG links,
# and the preview of any page holding such a figure then fails silently. Each also has an
# id, which makes it an address in the figure too; without href or id, Lighthouse's "Links
# are crawlable" takes such an <a> for a placeholder.
XLINK = "http://www.w3.org/1999/xlink"


class LayoutError(ValueError):
    """The data does not fit the figure; the message says which words and what to do."""


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, other: Box) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


@dataclass(frozen=True)
class Label:
    """Lines of text; ``x`` is where they start, or end when ``anchor`` is ``end``."""

    lines: tuple[str, ...]
    x: float
    y: float  # top of the first line
    size: float
    anchor: str = "start"

    @property
    def box(self) -> Box:
        width = max(text_width(line, self.size) for line in self.lines)
        left = self.x - width if self.anchor == "end" else self.x
        return Box(left, self.y, width, len(self.lines) * self.size * LINE_HEIGHT)


@dataclass(frozen=True)
class Arrow:
    """A vertical arrow from ``y_from`` to ``y_to``, its head at ``y_to``."""

    x: float
    y_from: float
    y_to: float
    direction: str  # "inward" or "outward"

    @property
    def box(self) -> Box:
        top, bottom = sorted((self.y_from, self.y_to))
        return Box(self.x - 5, top, 10, bottom - top)


def text_width(text: str, size: float) -> float:
    return round(len(text) * size * CHAR_WIDTH, 1)


def wrap(text: str, size: float, width: float) -> tuple[str, ...]:
    """Greedy line breaks at spaces so that no line is wider than ``width``."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            if text_width(word, size) > width:
                raise LayoutError(f"the word '{word}' is wider than the figure; shorten it.")
            lines.append(word)
    return tuple(lines)


def _line_height(size: float) -> float:
    return size * LINE_HEIGHT


# ---------------------------------------------------------------------------------------
# The four layers


@dataclass(frozen=True)
class Layer:
    concept: str
    label: str  # words of the text, drawn in the figure
    title: str  # the title of the layer's page
    href: str


@dataclass(frozen=True)
class Wording:
    """The words of the text the figure draws for its two directions."""

    inward: str  # along the arrows pointing to the core
    outward: str  # along the arrows pointing away from it
    beyond: str  # where the outward arrows end, outside the outermost layer


@dataclass(frozen=True)
class LayersLayout:
    width: float
    height: float
    layers: tuple[Box, ...]  # outermost first
    labels: tuple[Label, ...]  # one per layer
    arrows: tuple[Arrow, ...]
    beyond: Label
    legend: tuple[tuple[Arrow, Label], ...]  # inward, then outward

    def text_boxes(self) -> list[Box]:
        return [label.box for label in (*self.labels, self.beyond, *(l for _, l in self.legend))]


def layers_layout(labels: list[str], wording: Wording, width: float = WIDTH) -> LayersLayout:
    """Nested layers, outermost first; labels in each layer's top band, arrows at the right."""
    if not labels:
        raise LayoutError("there are no layers to draw: give layer pages a 'layer:' number.")
    count = len(labels)
    beyond_x = width - MARGIN - ARROW_STEP
    beyond_lines = wrap(wording.beyond, WORDS_SIZE, beyond_x - 2 * MARGIN - MARGIN)
    beyond = Label(beyond_lines, beyond_x - MARGIN, MARGIN, WORDS_SIZE, anchor="end")
    top = beyond.box.bottom + ARROW_REACH

    core_height = BAND + CORE_EXTRA
    boxes = []
    for depth in range(count):
        inset = MARGIN + depth * INSET
        height = core_height + (count - 1 - depth) * (BAND + INSET)
        boxes.append(Box(inset, top + depth * BAND, width - 2 * inset, height))

    arrows: list[Arrow] = [Arrow(beyond_x, boxes[0].y + ARROW_REACH, beyond.box.y + beyond.box.height / 2, "outward")]
    for inner in boxes[1:]:
        arrows.append(Arrow(inner.right - 2 * ARROW_STEP, inner.y - ARROW_REACH, inner.y + ARROW_REACH, "inward"))
        arrows.append(Arrow(inner.right - ARROW_STEP, inner.y + ARROW_REACH, inner.y - ARROW_REACH, "outward"))

    placed = []
    for text, box in zip(labels, boxes):
        label_top = box.y + (BAND - _line_height(LABEL_SIZE)) / 2
        label = Label((text,), box.x + NODE_PADDING + 4, label_top, LABEL_SIZE)
        room = box.right - 2 * ARROW_STEP - 10 - label.x
        if label.box.width > room:
            raise LayoutError(
                f"the label '{text}' is too long for its layer ({len(text)} characters, "
                f"room for {int(room / (LABEL_SIZE * CHAR_WIDTH))}); choose fewer words of the text."
            )
        placed.append(label)

    legend = []
    y = boxes[0].bottom + 2 * MARGIN
    text_x = MARGIN + 2 * ARROW_STEP
    for direction, words in (("inward", wording.inward), ("outward", wording.outward)):
        label = Label(wrap(words, WORDS_SIZE, width - text_x - MARGIN), text_x, y, WORDS_SIZE)
        reach = max(label.box.height, 2 * ARROW_REACH)
        ends = (y, y + reach) if direction == "inward" else (y + reach, y)
        legend.append((Arrow(MARGIN + ARROW_STEP, *ends, direction), label))
        y += reach + MARGIN
    return LayersLayout(
        width=width,
        height=round(y + MARGIN, 1),
        layers=tuple(boxes),
        labels=tuple(placed),
        arrows=tuple(arrows),
        beyond=beyond,
        legend=tuple(legend),
    )


def _number(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _text(label: Label, css_class: str) -> str:
    line = _line_height(label.size)
    spans = "".join(
        f'<tspan x="{_number(label.x)}" y="{_number(label.y + line * index + label.size)}">{escape(text)}</tspan>'
        for index, text in enumerate(label.lines)
    )
    anchor = ' text-anchor="end"' if label.anchor == "end" else ""
    return f'<text class="{css_class}"{anchor} font-size="{_number(label.size)}">{spans}</text>'


def _arrow(arrow: Arrow, figure_id: str) -> str:
    return (
        f'<line class="edition-arrow edition-arrow--{arrow.direction}" x1="{_number(arrow.x)}" '
        f'y1="{_number(arrow.y_from)}" x2="{_number(arrow.x)}" y2="{_number(arrow.y_to)}" '
        f'marker-end="url(#{figure_id}-{arrow.direction})"/>'
    )


def _markers(figure_id: str, directions: tuple[str, ...]) -> str:
    return "<defs>" + "".join(
        f'<marker id="{figure_id}-{d}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path class="edition-arrowhead '
        f'edition-arrowhead--{d}" d="M0,0 L10,5 L0,10 z"/></marker>'
        for d in directions
    ) + "</defs>"


def _svg(figure_id: str, width: float, height: float, title: str, description: str, body: str) -> str:
    return (
        f'<svg class="edition-figure__svg" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="{XLINK}" '
        f'width="{_number(width)}" height="{_number(height)}" '
        f'viewBox="0 0 {_number(width)} {_number(height)}" role="group" '
        f'aria-labelledby="{figure_id}-title" aria-describedby="{figure_id}-desc">'
        f'<title id="{figure_id}-title">{escape(title)}</title>'
        f'<desc id="{figure_id}-desc">{escape(description)}</desc>'
        f"{body}</svg>"
    )


def layers_description(layers: list[Layer], wording: Wording) -> str:
    names = ", ".join(layer.label for layer in layers)
    return (
        f"{len(layers)} nested layers, from the outside in: {names} (the core). "
        f"Arrows pointing inward: {wording.inward}. Arrows pointing outward: {wording.outward}; "
        f"beyond the outermost layer: {wording.beyond}."
    )


def layers_svg(layers: list[Layer], wording: Wording, current: str | None = None, figure_id: str = "layers") -> str:
    """The nested layers as inline SVG; the layer named ``current`` is marked as this page."""
    layout = layers_layout([layer.label for layer in layers], wording)
    parts = [_markers(figure_id, ("inward", "outward"))]
    for depth, (layer, box, label) in enumerate(zip(layers, layout.layers, layout.labels), start=1):
        here = layer.concept == current
        state = ' aria-current="page"' if here else ""
        css = f"edition-layer edition-layer--{depth}" + (" edition-layer--current" if here else "")
        parts.append(
            f'<a id="{figure_id}-{layer.concept}" class="{css}" xlink:href="{escape(layer.href)}"{state} '
            f'aria-label="{escape(layer.title)}">'
            f'<rect x="{_number(box.x)}" y="{_number(box.y)}" width="{_number(box.width)}" '
            f'height="{_number(box.height)}" rx="8"/>{_text(label, "edition-label")}</a>'
        )
    arrows = [*layout.arrows, *(arrow for arrow, _ in layout.legend)]
    parts.append('<g aria-hidden="true">' + "".join(_arrow(a, figure_id) for a in arrows) + "</g>")
    parts.append(_text(layout.beyond, "edition-words"))
    parts.extend(_text(label, "edition-words") for _, label in layout.legend)
    title = "The four layers" if len(layers) == 4 else f"The {len(layers)} layers"
    return _svg(figure_id, layout.width, layout.height, title, layers_description(layers, wording), "".join(parts))


def layers_text_alternative(layers: list[Layer], wording: Wording, current: str | None = None) -> str:
    """The figure as HTML lists: the layers in order, then what the arrows say."""
    items = "".join(
        f'<li><a href="{escape(layer.href)}"'
        + (' aria-current="page"' if layer.concept == current else "")
        + f">{escape(layer.title)}</a> ({escape(layer.label)})</li>"
        for layer in layers
    )
    return (
        f'<ol class="edition-figure__layers">{items}</ol>'
        "<ul>"
        f"<li>Arrows pointing inward, to the core: “{escape(wording.inward)}”.</li>"
        f"<li>Arrows pointing outward: “{escape(wording.outward)}”; beyond the outermost "
        f"layer: “{escape(wording.beyond)}”.</li>"
        "</ul>"
    )


# ---------------------------------------------------------------------------------------
# The concept map


@dataclass(frozen=True)
class Node:
    key: str  # the page URL, as in the link data
    title: str
    href: str
    kind: str  # layer, relation or reference


@dataclass(frozen=True)
class Edge:
    """A link between two nodes; ``both`` when each links to the other."""

    source: int
    target: int
    both: bool


@dataclass(frozen=True)
class MapLayout:
    width: float
    height: float
    headings: tuple[Label, ...]
    boxes: tuple[Box, ...]
    labels: tuple[Label, ...]
    edges: tuple[tuple[Edge, tuple[float, float], tuple[float, float], float], ...]  # start, end, bend

    def text_boxes(self) -> list[Box]:
        return [label.box for label in (*self.headings, *self.labels)]


KIND_HEADINGS = {"layer": "Layers", "relation": "Relations", "reference": "References"}


def by_kind(nodes: list[Node]) -> list[Node]:
    """Layers first, then relations, then references, each kind in the given order."""
    order = list(KIND_HEADINGS)
    return sorted(nodes, key=lambda node: order.index(node.kind) if node.kind in order else len(order))


def map_edges(nodes: list[Node], links: dict[str, set[str]]) -> list[Edge]:
    """The links between nodes, once per pair, in node order; links to other pages are left out."""
    index = {node.key: number for number, node in enumerate(nodes)}
    pairs = {
        (index[source], index[target])
        for source, targets in links.items()
        if source in index
        for target in targets
        if target in index and target != source
    }
    edges = []
    for source, target in sorted(pairs):
        if (target, source) in pairs and target < source:
            continue
        edges.append(Edge(source, target, (target, source) in pairs))
    return edges


def map_layout(nodes: list[Node], edges: list[Edge]) -> MapLayout:
    """Nodes in one column, grouped by kind under a heading; each link an arc to the right."""
    headings: list[Label] = []
    boxes: list[Box] = []
    labels: list[Label] = []
    y = MARGIN
    kind = None
    text_room = NODE_WIDTH - 2 * NODE_PADDING
    for node in nodes:
        if node.kind != kind:
            kind = node.kind
            heading = Label((KIND_HEADINGS.get(kind, kind.capitalize()),), MARGIN, y, WORDS_SIZE)
            headings.append(heading)
            y = heading.box.bottom + NODE_GAP / 2
        lines = wrap(node.title, WORDS_SIZE, text_room)
        label = Label(lines, MARGIN + NODE_PADDING, y + NODE_PADDING, WORDS_SIZE)
        box = Box(MARGIN, y, NODE_WIDTH, label.box.height + 2 * NODE_PADDING)
        boxes.append(box)
        labels.append(label)
        y = box.bottom + NODE_GAP

    # Each node spreads its links along its right edge, in the order of the nodes they reach,
    # so that arrowheads do not pile up on one point.
    ends: dict[int, list[int]] = {number: [] for number in range(len(nodes))}
    for number, edge in enumerate(edges):
        ends[edge.source].append(number)
        ends[edge.target].append(number)

    def attach(node: int, edge_number: int) -> tuple[float, float]:
        order = sorted(ends[node], key=lambda n: _other(edges[n], node))
        box = boxes[node]
        return (box.right, round(box.y + box.height * (order.index(edge_number) + 1) / (len(order) + 1), 1))

    placed = []
    widest = MARGIN + NODE_WIDTH
    for number, edge in enumerate(edges):
        start, end = attach(edge.source, number), attach(edge.target, number)
        bend = round(ARC_BASE + ARC_PER_UNIT * abs(end[1] - start[1]), 1)
        placed.append((edge, start, end, bend))
        widest = max(widest, boxes[0].right + 0.75 * bend)  # how far a cubic arc reaches
    return MapLayout(
        width=round(widest + MARGIN + ARROW_REACH, 1),
        height=round(y - NODE_GAP + MARGIN, 1),
        headings=tuple(headings),
        boxes=tuple(boxes),
        labels=tuple(labels),
        edges=tuple(placed),
    )


def _other(edge: Edge, node: int) -> int:
    return edge.target if edge.source == node else edge.source


def map_svg(nodes: list[Node], edges: list[Edge], figure_id: str = "concept-map") -> str:
    layout = map_layout(nodes, edges)
    parts = [_markers(figure_id, ("link",))]
    arcs = []
    for edge, (x1, y1), (x2, y2), bend in layout.edges:
        start = f' marker-start="url(#{figure_id}-link)"' if edge.both else ""
        arcs.append(
            f'<path class="edition-link" d="M{_number(x1)},{_number(y1)} C{_number(x1 + bend)},{_number(y1)} '
            f'{_number(x2 + bend)},{_number(y2)} {_number(x2)},{_number(y2)}"{start} '
            f'marker-end="url(#{figure_id}-link)"/>'
        )
    parts.append('<g aria-hidden="true">' + "".join(arcs) + "</g>")
    parts.extend(_text(heading, "edition-heading") for heading in layout.headings)
    for number, (node, box, label) in enumerate(zip(nodes, layout.boxes, layout.labels), start=1):
        parts.append(
            f'<a id="{figure_id}-{number}" class="edition-node edition-node--{node.kind}" '
            f'xlink:href="{escape(node.href)}">'
            f'<rect x="{_number(box.x)}" y="{_number(box.y)}" width="{_number(box.width)}" '
            f'height="{_number(box.height)}" rx="6"/>{_text(label, "edition-label")}</a>'
        )
    description = (
        f"{len(nodes)} pages of this edition and the {len(edges)} links between them; "
        "an arrow points to the page linked to. The list after the figure gives the same links."
    )
    return _svg(figure_id, layout.width, layout.height, "Concept map", description, "".join(parts))


def map_text_alternative(nodes: list[Node], edges: list[Edge]) -> str:
    """Each page, its kind, and the pages it links to."""
    targets: dict[int, list[int]] = {number: [] for number in range(len(nodes))}
    for edge in edges:
        targets[edge.source].append(edge.target)
        if edge.both:
            targets[edge.target].append(edge.source)
    items = []
    for number, node in enumerate(nodes):
        linked = ", ".join(
            f'<a href="{escape(nodes[t].href)}">{escape(nodes[t].title)}</a>' for t in sorted(targets[number])
        )
        items.append(
            f'<li><a href="{escape(node.href)}">{escape(node.title)}</a> ({node.kind}): '
            + (f"links to {linked}" if linked else "links to no other page of the model")
            + "</li>"
        )
    return f'<ul class="edition-figure__links">{"".join(items)}</ul>'


# ---------------------------------------------------------------------------------------
# Figures on pages


def figure_html(svg: str, alternative: str, caption: str, *, small: bool = False) -> str:
    """A figure with its caption and its text alternative.

    Large figures show the alternative in a ``<details>`` anyone may open; the small one,
    a repeat of the large figure on each layer page, keeps it for screen readers only.
    Figures stay out of the search index: their words are the names of pages, and the same
    figure on every layer page would answer every query about a layer.
    """
    if small:
        text = f'<div class="edition-visually-hidden">{alternative}</div>'
    else:
        text = f"<details><summary>The figure as text</summary>{alternative}</details>"
    size = "small" if small else "large"
    return (
        f'<figure class="edition-figure edition-figure--{size}" data-search-exclude="figure">{svg}'
        f"<figcaption>{caption}{text}</figcaption></figure>"
    )


def wording_problems(
    diagram: dict, layer_concepts: list[str], source: SourceText, source_path: str
) -> list[str]:
    """What in ``extra.edition.diagram`` is missing or not words of the text; empty when fine."""
    where = "mkdocs.yml: extra.edition.diagram"
    text = normalise_space(" ".join(s.text for s in source.sentences)).lower()
    problems = []
    labels = diagram.get("labels") or {}
    for concept in layer_concepts:
        if concept not in labels:
            problems.append(f"{where}.labels: no label for the layer '{concept}'; add '{concept}: <words of the text>'.")
    for concept in labels:
        if concept not in layer_concepts:
            problems.append(
                f"{where}.labels: '{concept}' is not the concept of a layer page. "
                f"Layers: {', '.join(layer_concepts)}."
            )
    phrases = [(f"labels.{c}", labels[c]) for c in labels]
    for key in ("inward", "outward", "beyond"):
        if not diagram.get(key):
            problems.append(f"{where}.{key}: missing; give the words of the text for this direction.")
        else:
            phrases.append((key, diagram[key]))
    for key, words in phrases:
        if normalise_space(str(words)).lower() not in text:
            problems.append(
                f"{where}.{key}: '{words}' is not in the text; use words exactly as "
                f"{source_path} has them."
            )
    return problems
