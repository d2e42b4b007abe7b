"""What the published site tells search engines, link previews and lost readers."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from urllib.parse import urljoin

import pytest

from tests.site import ROOT, build, front_matter

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


PUBLISHED = "https://example.org/relationship/"
# An address on this machine, as a URL: what a published file must never name.
LOOPBACK = re.compile(r"(?:https?:)?//(?:localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0)\b", re.I)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("published")
    result = build(ROOT, root, PUBLISHED)
    assert result.returncode == 0, result.stderr
    return root


def test_a_build_for_publication_names_no_loopback_address_in_any_file(published):
    named = []
    for path in published.rglob("*"):
        if path.is_file():  # every file: pages, sitemaps, citation files, scripts, source maps
            text = path.read_bytes()
            if path.suffix == ".gz":
                text = gzip.decompress(text)
            for match in LOOPBACK.finditer(text.decode("utf-8", "replace")):
                named.append(f"{path.relative_to(published)}: {match.group(0)}")
    assert named == []
    assert f"<loc>{PUBLISHED}text/</loc>" in (published / "sitemap.xml").read_text(encoding="utf-8")
    page = (published / "text/index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{PUBLISHED}text/">' in page
    assert f"{PUBLISHED}text/#s23" in page
    assert f"{PUBLISHED}text/" in (published / "citations/relationship-2026-text.bib").read_text(encoding="utf-8")


def test_the_loopback_pattern_finds_local_addresses_and_spares_comments():
    assert LOOPBACK.search('href="http://127.0.0.1:8000/text/"') and LOOPBACK.search("//localhost/a")
    assert not LOOPBACK.search("hostnames to be used: `localhost`, `127.0.0.1`")


def test_a_build_without_the_editions_address_stops_and_says_how_to_give_it(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert "Set SITE_URL to the address the site is published at" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
