"""The figures that fill a page's figure slots, drawn for that page.

One function, ``draw_figure``, is all the after-render pipeline knows of figures: it takes
a slot's name and the page, and returns the figure's HTML with its links relative to that
page. How a figure is drawn is edition/diagram.py's business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .diagram import (
    Layer,
    Node,
    Wording,
    by_kind,
    figure_html,
    layers_svg,
    layers_text_alternative,
    map_edges,
    map_svg,
    map_text_alternative,
)

if TYPE_CHECKING:
    from .pipeline import AfterRender, RenderedPage

LAYERS_CAPTION = (
    "The layers from the outside in, the leaders at the core; the figure is editorial, "
    'its words are the text\'s (<a href="{text}#s20">s. 20–21</a>).'
)
MAP_CAPTION = (
    "Every page of the model and the links between them, the same links that make "
    "each page's <span class=\"label\">“Referenced by”</span>; drawn anew at every build (editorial figure)."
)


def _layers(page: RenderedPage, state: AfterRender, *, small: bool) -> str:
    model, words = state.build.model, state.figure_words
    layers = [
        Layer(e.concept, str(words["labels"][e.concept]), e.title, state.href(e.src_uri, page))
        for e in model.layers()
    ]
    wording = Wording(str(words["inward"]), str(words["outward"]), str(words["beyond"]))
    here = model.by_src_uri(page.src_uri)
    concept = here.concept if here else None
    return figure_html(
        layers_svg(layers, wording, concept, figure_id="layers"),
        layers_text_alternative(layers, wording, concept),
        LAYERS_CAPTION.format(text=state.href(state.build.text_src_uri, page)),
        small=small,
    )


def _concept_map(page: RenderedPage, state: AfterRender) -> str:
    nodes = by_kind(
        [
            Node(state.page(e.src_uri).url, e.title, state.href(e.src_uri, page), e.kind)
            for e in state.build.model.entries.values()
        ]
    )
    edges = map_edges(nodes, state.links)
    return figure_html(map_svg(nodes, edges), map_text_alternative(nodes, edges), MAP_CAPTION)


FIGURES = {
    "layers": lambda page, state: _layers(page, state, small=False),
    "layers-small": lambda page, state: _layers(page, state, small=True),
    "concept-map": _concept_map,
}


def draw_figure(name: str, page: RenderedPage, state: AfterRender) -> str:
    """The figure ``name`` (one of FIGURES) as HTML for ``page``."""
    return FIGURES[name](page, state)
