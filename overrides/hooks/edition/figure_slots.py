"""The figures that fill a page's figure slots, drawn for that page.

One function, ``draw_figure``, is all the after-render pipeline knows of figures: it takes
a slot's name and the page, and returns the figure's HTML with its links relative to that
page. How a figure is drawn is edition/figures/' business; its words and captions are
mkdocs.yml's (``extra.edition.diagram``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import figures

if TYPE_CHECKING:
    from .pipeline import AfterRender, RenderedPage


def _caption(name: str, page: RenderedPage, state: AfterRender) -> str:
    caption = state.figure_words["captions"][name]
    return figures.caption_html(caption, state.build.source, state.href(state.build.text_src_uri, page))


def _layers(page: RenderedPage, state: AfterRender, *, small: bool) -> str:
    model, words = state.build.model, state.figure_words
    layers = [
        figures.Layer(e.concept, str(words["labels"][e.concept]), e.title, state.href(e.src_uri, page))
        for e in model.layers()
    ]
    here = model.by_src_uri(page.src_uri)
    return figures.draw_layers(
        layers, figures.wording(words), _caption("layers", page, state),
        current=here.concept if here else None, small=small,
    )


def _concept_map(page: RenderedPage, state: AfterRender) -> str:
    nodes = [
        figures.Node(state.page(e.src_uri).url, e.title, state.href(e.src_uri, page), e.kind)
        for e in state.build.model.entries.values()
    ]
    return figures.draw_concept_map(nodes, state.links, _caption("concept-map", page, state))


FIGURES = {
    "layers": lambda page, state: _layers(page, state, small=False),
    "layers-small": lambda page, state: _layers(page, state, small=True),
    "concept-map": _concept_map,
}


def draw_figure(name: str, page: RenderedPage, state: AfterRender) -> str:
    """The figure ``name`` (one of FIGURES) as HTML for ``page``."""
    return FIGURES[name](page, state)
