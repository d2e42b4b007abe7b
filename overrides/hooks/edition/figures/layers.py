"""The figure of the layers: each drawn inside the one around it, the leaders at the core,
with arrows for the two directions the text names."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .geometry import CHAR_WIDTH, LABEL_SIZE, MARGIN, WIDTH, WORDS_SIZE, Box, Label, LayoutError, line_height, wrap
from .svg import figure_svg, link, markers, rect, text, vertical_arrow

# Each layer sits inside the one around it, below that one's label band.
BAND = 40
INSET = 14
CORE_EXTRA = 8
LABEL_PADDING = 12
# Arrows cross the top edge of each inner layer, at its right end.
ARROW_REACH = 16
ARROW_STEP = 20


@dataclass(frozen=True)
class Layer:
    concept: str
    label: str  # words of the text, drawn in the figure and naming its link
    title: str  # the title of the layer's page
    href: str


@dataclass(frozen=True)
class Wording:
    """The words of the text the figure draws for its two directions."""

    inward: str  # along the arrows pointing to the core
    outward: str  # along the arrows pointing away from it
    beyond: str  # where the outward arrows end, outside the outermost layer


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
        raise LayoutError("there are no layers to draw: give layer pages a 'layer:' number.", "")
    count = len(labels)
    beyond_x = width - MARGIN - ARROW_STEP
    beyond_lines = wrap(wording.beyond, WORDS_SIZE, beyond_x - 3 * MARGIN)
    beyond = Label(beyond_lines, beyond_x - MARGIN, MARGIN, WORDS_SIZE, anchor="end")
    top = beyond.box.bottom + ARROW_REACH

    core_height = BAND + CORE_EXTRA
    boxes = []
    for depth in range(count):
        inset = MARGIN + depth * INSET
        height = core_height + (count - 1 - depth) * (BAND + INSET)
        boxes.append(Box(inset, top + depth * BAND, width - 2 * inset, height))

    arrows = [Arrow(beyond_x, boxes[0].y + ARROW_REACH, beyond.box.y + beyond.box.height / 2, "outward")]
    for inner in boxes[1:]:
        arrows.append(Arrow(inner.right - 2 * ARROW_STEP, inner.y - ARROW_REACH, inner.y + ARROW_REACH, "inward"))
        arrows.append(Arrow(inner.right - ARROW_STEP, inner.y + ARROW_REACH, inner.y - ARROW_REACH, "outward"))

    placed = []
    for words, box in zip(labels, boxes):
        label_top = box.y + (BAND - line_height(LABEL_SIZE)) / 2
        label = Label((words,), box.x + LABEL_PADDING, label_top, LABEL_SIZE)
        room = box.right - 2 * ARROW_STEP - 10 - label.x
        if label.box.width > room:
            raise LayoutError(
                f"the label '{words}' is too long for its layer ({len(words)} characters, "
                f"room for {int(room / (LABEL_SIZE * CHAR_WIDTH))}); choose fewer words of the text.",
                words,
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
    parts = [markers(figure_id, ("inward", "outward"))]
    for depth, (layer, box, label) in enumerate(zip(layers, layout.layers, layout.labels), start=1):
        here = layer.concept == current
        css = f"edition-layer edition-layer--{depth}" + (" edition-layer--current" if here else "")
        body = rect(box, 8) + text(label, "edition-label")
        parts.append(link(f"{figure_id}-{layer.concept}", layer.href, css, body, current=here))
    arrows = [*layout.arrows, *(arrow for arrow, _ in layout.legend)]
    drawn = "".join(vertical_arrow(a.x, a.y_from, a.y_to, a.direction, figure_id) for a in arrows)
    parts.append(f'<g aria-hidden="true">{drawn}</g>')
    parts.append(text(layout.beyond, "edition-words"))
    parts.extend(text(label, "edition-words") for _, label in layout.legend)
    title = "The four layers" if len(layers) == 4 else f"The {len(layers)} layers"
    description = layers_description(layers, wording)
    return figure_svg(figure_id, layout.width, layout.height, title, description, "".join(parts))


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
