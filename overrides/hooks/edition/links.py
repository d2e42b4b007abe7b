"""Cross-references between pages, read from the HTML MkDocs rendered for each page."""

from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

_BASE = "http://edition.invalid/"


class _HrefCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and (href := dict(attrs).get("href")):
            self.hrefs.append(href)


def linked_page_urls(html: str, page_url: str) -> set[str]:
    """Site-relative URLs (``layers/classes/``) of the pages a page's HTML links to.

    Links to anchors on the page itself and links to other origins are left out.
    """
    collector = _HrefCollector()
    collector.feed(html)
    here = urljoin(_BASE, page_url)
    targets = set()
    for href in collector.hrefs:
        absolute = urlsplit(urljoin(here, href))
        if f"{absolute.scheme}://{absolute.netloc}/" != _BASE:
            continue
        path = absolute.path.removeprefix("/")
        if path != page_url:
            targets.add(path)
    return targets


def referenced_by(links: dict[str, set[str]]) -> dict[str, list[str]]:
    """Invert ``{page: pages it links to}`` into ``{page: pages linking to it}``, sorted."""
    inverse: dict[str, set[str]] = defaultdict(set)
    for source, targets in links.items():
        for target in targets:
            if target != source:
                inverse[target].add(source)
    return {target: sorted(sources) for target, sources in inverse.items()}
