"""Hook: every page's "Cite this page" box (partials/cite-this-page.html), from edition/citation.py."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from edition.citation import NO_AUTHOR_NOTE, cite_page


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    context["cite_this_page"] = cite_page(
        page.title, page.canonical_url, config.site_name, config.extra["edition"]["date"]
    )
    context["cite_this_page_note"] = NO_AUTHOR_NOTE
    return context
