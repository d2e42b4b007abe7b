"""Hook: put the source's words on the pages, and check that none is lost.

- shortcodes such as ``<!-- edition:full-text -->`` (the whole text with its anchors) and
  ``<!-- edition:glossary -->`` become generated Markdown (see SHORTCODES);
- every page of the model opens with its summary, the questions for study it answers and
  the passages it quotes.

Whether every sentence of the source made it to the site is checked once all pages are
rendered (edition/pipeline.py, ``check_coverage``).
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition import build
from edition.citation import RenderedCitations, how_to_cite, page_path
from edition.render import (
    citations_markdown,
    entry_head_markdown,
    full_text_markdown,
    glossary_markdown,
    notes_markdown,
    page_map_markdown,
    title_markdown,
)
from edition.slots import slot

# Each shortcode, written alone on a line in a page, is replaced by what its function
# returns for (build, page, config).
SHORTCODES = {
    "title": lambda b, page, config: title_markdown(b.source),
    "full-text": lambda b, page, config: full_text_markdown(b.source, b.model, b.text_src_uri, b.notes),
    "notes": lambda b, page, config: notes_markdown(b.notes, page.file.src_uri, b.text_src_uri),
    "glossary": lambda b, page, config: glossary_markdown(
        b.glossary, b.source, b.model, page.file.src_uri, b.text_src_uri
    ),
    "page-map": lambda b, page, config: page_map_markdown(b.reading_order, page.file.src_uri),
    "citations": lambda b, page, config: citations_markdown(
        *how_to_cite(
            b.source, page_path(b.text_src_uri), config.extra["edition"]["date"], config.site_url,
            RenderedCitations(),
        )
    ),
    "date": lambda b, page, config: str(config.extra["edition"]["date"]),
    # Slots, filled once every page is rendered (edition/pipeline.py).
    "whole-document": lambda b, page, config: slot("whole-document"),
    "diagram": lambda b, page, config: slot("layers"),
    "concept-map": lambda b, page, config: slot("concept-map"),
}
_SHORTCODE = re.compile(r"<!-- edition:([\w-]+) -->")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    current = build.current

    def expand(match: re.Match) -> str:
        name = match.group(1)
        if name not in SHORTCODES:
            raise PluginError(
                f"docs/{page.file.src_uri}: unknown shortcode '{match.group(0)}'. "
                f"Known: {', '.join(f'<!-- edition:{n} -->' for n in SHORTCODES)}."
            )
        return SHORTCODES[name](current, page, config)

    markdown = _SHORTCODE.sub(expand, markdown)
    if entry := current.model.by_src_uri(page.file.src_uri):
        markdown = entry_head_markdown(entry, current.text_src_uri) + markdown
    return markdown

