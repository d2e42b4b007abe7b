"""Hook: places in the text ("s. 12", "¶ 2") never break across lines (edition/typography.py)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition.typography import keep_places_together


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return keep_places_together(html)
