"""Hook: the figure of the four layers and the concept map, drawn into the pages.

The shortcodes ``<!-- edition:diagram -->`` and ``<!-- edition:concept-map -->`` (see
source_text.py), and every layer page, leave a placeholder in the Markdown. The figures are
drawn into the HTML in ``on_page_context``, once every page has been rendered, because
- the concept map is made of the links of all pages, which are complete only then;
- the figures' own links are navigation, not cross-references: filled in late, they stay
  out of the link data that "Referenced by" and the concept map are made of.

The words and captions the figures add to the layer pages' front matter are in mkdocs.yml,
``extra.edition.diagram``; the build stops when they are not words of the text or do not
fit. The drawing is ``edition.figures``.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from edition import build, figures

_SLOT = re.compile(r'<div class="edition-figure-slot" data-figure="([\w-]+)"></div>')


def _diagram_config(config: MkDocsConfig) -> dict:
    return config.extra["edition"].get("diagram") or {}


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    current = build.current
    problems = figures.problems(
        _diagram_config(config),
        [entry.concept for entry in current.model.layers()],
        current.source,
        f"{Path(config.docs_dir).name}/{config.extra['edition']['source']}",
    )
    if problems:
        raise PluginError("The diagram's words need fixing:\n" + "\n".join(f"  - {p}" for p in problems))


@event_priority(-100)  # after source_text.py, so that the small figure comes first
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    entry = build.current.model.by_src_uri(page.file.src_uri)
    if entry and entry.kind == "layer":
        return figures.figure_placeholder("layers-small") + markdown
    return markdown


@event_priority(100)  # before the search plugin indexes the page
def on_page_context(context, page: Page, config: MkDocsConfig, nav: Navigation):
    if "edition-figure-slot" not in page.content:
        return context
    current = build.current
    diagram = _diagram_config(config)
    urls = {p.file.src_uri: p.url for p in nav.pages}

    def href(src_uri: str) -> str:
        return get_relative_url(urls[src_uri], page.url)

    def caption(name: str) -> str:
        return figures.caption_html(diagram["captions"][name], current.source, href(current.text_src_uri))

    def layers_figure(small: bool) -> str:
        layers = [
            figures.Layer(e.concept, str(diagram["labels"][e.concept]), e.title, href(e.src_uri))
            for e in current.model.layers()
        ]
        here = current.model.by_src_uri(page.file.src_uri)
        concept = here.concept if here else None
        return figures.draw_layers(layers, figures.wording(diagram), caption("layers"), current=concept, small=small)

    def concept_map() -> str:
        nodes = [
            figures.Node(urls[e.src_uri], e.title, href(e.src_uri), e.kind) for e in current.model.entries.values()
        ]
        return figures.draw_concept_map(nodes, current.links, caption("concept-map"))

    drawings = {
        "layers": lambda: layers_figure(small=False),
        "layers-small": lambda: layers_figure(small=True),
        "concept-map": concept_map,
    }

    def draw(match: re.Match) -> str:
        name = match.group(1)
        if name not in drawings:
            raise PluginError(f"docs/{page.file.src_uri}: unknown figure '{name}'. Known: {', '.join(drawings)}.")
        try:
            return drawings[name]()
        except figures.LayoutError as error:  # a page title too wide for the concept map
            raise PluginError(f"docs/{page.file.src_uri}: the figure '{name}' cannot be drawn: {error}") from error

    page.content = _SLOT.sub(draw, page.content)
    return context
