"""Hook: put the source's words on the pages, and check that none is lost.

- shortcodes such as ``<!-- edition:full-text -->`` (the whole text with its anchors) and
  ``<!-- edition:glossary -->`` become generated Markdown (see SHORTCODES);
- every page of the model opens with its summary and the passages it quotes.

After all pages are rendered, the build fails if a sentence of the source is missing from
the full-text page or from every layer and relation page.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition import build
from edition.assemble import PLACEHOLDER as WHOLE_DOCUMENT
from edition.citation import RenderedCitations, how_to_cite, page_path
from edition.coverage import missing_sentences
from edition.diagram import figure_placeholder
from edition.model import COMMENTARY_KINDS
from edition.render import (
    citations_markdown,
    entry_head_markdown,
    full_text_markdown,
    glossary_markdown,
    page_map_markdown,
    title_markdown,
)

# Each shortcode, written alone on a line in a page, is replaced by what its function
# returns for (build, page, config).
SHORTCODES = {
    "title": lambda b, page, config: title_markdown(b.source),
    "full-text": lambda b, page, config: full_text_markdown(b.source, b.model, b.text_src_uri),
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
    # Filled in by hooks/print_document.py once every page is rendered.
    "whole-document": lambda b, page, config: WHOLE_DOCUMENT,
    # Figures are drawn once every page is rendered (overrides/hooks/diagram.py).
    "diagram": lambda b, page, config: figure_placeholder("layers"),
    "concept-map": lambda b, page, config: figure_placeholder("concept-map"),
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


def on_env(env, config: MkDocsConfig, files: Files):
    current = build.current
    problems = []
    text_page = files.get_file_from_path(current.text_src_uri).page
    for sentence in missing_sentences(current.source, text_page.content):
        problems.append(
            f"{sentence.anchor} is missing from docs/{current.text_src_uri}: keep the "
            f"'<!-- edition:full-text -->' line there. ({sentence.text[:60]}...)"
        )
    commentary = "".join(
        files.get_file_from_path(e.src_uri).page.content
        for e in current.model.entries.values()
        if e.kind in COMMENTARY_KINDS
    )
    for sentence in missing_sentences(current.source, commentary):
        problems.append(
            f"{sentence.anchor} is quoted by no layer or relation page: add '{sentence.anchor}' "
            f"to the 'quotes:' of the page that discusses it. ({sentence.text[:60]}...)"
        )
    if problems:
        raise PluginError(
            "Sentences of the source are missing from the site:\n"
            + "\n".join(f"  - {p}" for p in problems)
        )
    return env
