"""Cross-references between pages, read from the HTML MkDocs rendered for each page."""

from __future__ import annotations

from collections import defaultdict

from .html import elements
from .urls import site_path


def linked_page_urls(html: str, page_url: str) -> set[str]:
    """Site-relative URLs (``layers/classes/``) of the pages a page's HTML links to.

    Links to anchors on the page itself and links to other origins are left out.
    """
    targets = set()
    for element in elements(html):
        href = element.attributes.get("href")
        if element.tag == "a" and href and (site := site_path(href, page_url)) and site[0] != page_url:
            targets.add(site[0])
    return targets


def referenced_by(links: dict[str, set[str]]) -> dict[str, list[str]]:
    """Invert ``{page: pages it links to}`` into ``{page: pages linking to it}``, sorted."""
    inverse: dict[str, set[str]] = defaultdict(set)
    for source, targets in links.items():
        for target in targets:
            if target != source:
                inverse[target].add(source)
    return {target: sorted(sources) for target, sources in inverse.items()}
