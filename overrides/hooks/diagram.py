"""Hook: the figure of the four layers and the concept map: their words checked, their slots set.

The shortcodes ``<!-- edition:diagram -->`` and ``<!-- edition:concept-map -->`` (see
source_text.py), and every layer page, leave a slot in the Markdown. The figures are drawn
into the slots once every page has been rendered (edition/pipeline.py, ``fill_figures``),
because
- the concept map is made of the links of all pages, which are complete only then;
- the figures' own links are navigation, not cross-references: drawn after the links are
  collected, they stay out of the link data that "Referenced by" and the concept map are made of.

The words and captions the figures add to the layer pages' front matter are in mkdocs.yml,
``extra.edition.diagram``; the build stops when they are not words of the text or do not
fit. The drawing is ``edition.figures``; what fills a slot, ``edition.figure_slots``.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from edition import build, figures
from edition.problems import report
from edition.slots import slot


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    current = build.current
    problems = figures.problems(
        config.extra["edition"].get("diagram") or {},
        [entry.concept for entry in current.model.layers()],
        current.source,
        f"{Path(config.docs_dir).name}/{config.extra['edition']['source']}",
    )
    if problems:
        raise PluginError(report("The diagram's words need fixing", problems))


@event_priority(-100)  # after source_text.py, so that the small figure comes first
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    entry = build.current.model.by_src_uri(page.file.src_uri)
    if entry and entry.kind == "layer":
        return slot("layers-small") + markdown
    return markdown
