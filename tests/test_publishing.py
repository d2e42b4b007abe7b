"""What the published site tells search engines, link previews and lost readers."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from urllib.parse import urljoin

import pytest

from tests.site import ROOT, front_matter

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
MARKDOWN_PAGES = {
    ("" if path.name == "index.md" else path.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"): path
    for path in (ROOT / "docs").rglob("*.md")
}


def meta(soup, **attributes) -> str | None:
    tag = soup.find("meta", attrs=attributes)
    return tag["content"] if tag else None


def test_the_sitemap_lists_every_page_at_its_canonical_address(site):
    tree = ElementTree.parse(site.root / "sitemap.xml")
    listed = {loc.text for loc in tree.iter(f"{SITEMAP}loc")}
    assert listed == {urljoin(site.url, url) for url in MARKDOWN_PAGES}


@pytest.mark.parametrize("url", sorted(MARKDOWN_PAGES))
def test_every_page_has_its_title_summary_canonical_address_and_open_graph_tags(site, url):
    soup = site.html(url)
    summary = front_matter(MARKDOWN_PAGES[url])["summary"]
    canonical = urljoin(site.url, url)
    assert soup.find("link", rel="canonical")["href"] == canonical
    assert soup.title.get_text().endswith(" - Relationship Among Masses, Classes, the Party and Leadership")
    assert meta(soup, name="description") == summary
    assert meta(soup, property="og:description") == summary
    assert meta(soup, property="og:url") == canonical
    assert meta(soup, property="og:site_name") == soup.title.get_text().split(" - ", 1)[1]
    assert meta(soup, property="og:type") == ("website" if url == "" else "article")
    assert meta(soup, property="og:title")


def test_the_404_page_links_to_the_full_text_the_layers_and_the_glossary(site):
    soup = site.html("404.html")
    assert soup.title.get_text().startswith("Page not found")
    article = soup.select_one("article")
    assert "search" in article.get_text()
    links = [a["href"] for a in article.find_all("a")]
    for target in ("/text/", "/layers/masses/", "/layers/leaders/", "/glossary/", "/"):
        assert target in links
    for link in links:  # absolute, so that they work from any missing address
        assert (site.root / link.lstrip("/") / "index.html").is_file(), link
