"""Hook: glossary terms reached by keyboard and touch, not by hover alone
(edition/glossary.py; the Escape key is in partials/glossary-terms.html)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition.glossary import focusable_terms


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return focusable_terms(html)
