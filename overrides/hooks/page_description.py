"""Hook: every page's meta description (and Open Graph description) is its own summary.

See edition/sharing.py; the Open Graph tags are in partials/open-graph.html.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from edition.sharing import description


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    if text := description(page.meta):
        page.meta["description"] = text
    return context
