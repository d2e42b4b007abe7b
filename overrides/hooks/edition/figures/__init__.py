"""The figures drawn at build time: the layers, and the concept map.

Each is SVG computed from plain data (the layer pages, ``extra.edition.diagram`` in
mkdocs.yml, the links between pages) by arithmetic alone, so the same data always gives
the same bytes. The modules, one job each: ``geometry`` (boxes, text, line breaks), ``svg``
(markup), ``layers`` and ``concept_map`` (the two figures and their text alternatives),
``html`` (caption, the figure around the SVG), ``config`` (the check of the words).

What the build calls is here: ``draw_layers``, ``draw_concept_map``, ``caption_html`` and
``problems``.
"""

from __future__ import annotations

from .concept_map import Node, by_kind, map_links, map_svg, map_text_alternative
from .config import problems, wording
from .geometry import LayoutError
from .html import caption_html, figure_html
from .layers import Layer, Wording, layers_svg, layers_text_alternative

__all__ = [
    "Layer", "LayoutError", "Node", "Wording", "caption_html", "draw_concept_map", "draw_layers",
    "problems", "wording",
]


def draw_layers(layers: list[Layer], wording: Wording, caption: str, *, current: str | None = None,
                small: bool = False) -> str:
    """The figure of the layers as HTML; ``current`` is the concept of the page it is on."""
    return figure_html(
        layers_svg(layers, wording, current, figure_id="layers"),
        layers_text_alternative(layers, wording, current),
        caption,
        small=small,
    )


def draw_concept_map(nodes: list[Node], links: dict[str, set[str]], caption: str) -> str:
    """The concept map as HTML: ``nodes`` in any order, ``links`` by node key."""
    ordered = by_kind(nodes)
    edges = map_links(ordered, links)
    return figure_html(map_svg(ordered, edges), map_text_alternative(ordered, edges), caption)
