"""Every reference on every built page resolves: links between pages and to their anchors,
and references to ids inside a page (labels, ARIA, SVG markers and links).

Read with BeautifulSoup, independently of the build's own HTML module (edition/html.py),
over the whole page as readers get it, Material's own markup included.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

URL_ATTRIBUTES = ("href", "src", "xlink:href")
ID_LIST_ATTRIBUTES = ("aria-labelledby", "aria-describedby", "aria-controls", "for")
URL_FUNCTION = re.compile(r"""url\(\s*['"]?#([^'")\s]+)""")


@functools.cache
def _ids(path: Path) -> frozenset[str]:
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    # find_all, not select: soupsieve leaves out what a <template> holds, whose ids its own
    # references (a dialog's label) point at once the template is put in the page.
    return frozenset(tag["id"] for tag in soup.find_all(id=True)) | frozenset(
        tag["name"] for tag in soup.find_all("a", attrs={"name": True})
    )


def references(soup: BeautifulSoup) -> list[tuple[str, str, str]]:
    """(tag, attribute, target) for every reference; ids as "#id"."""
    found = []
    for tag in soup.find_all(True):
        for attribute, value in tag.attrs.items():
            if not isinstance(value, str):
                value = " ".join(value)
            if attribute in URL_ATTRIBUTES:
                found.append((tag.name, attribute, value))
            elif attribute in ID_LIST_ATTRIBUTES:
                found += [(tag.name, attribute, f"#{token}") for token in value.split()]
            found += [(tag.name, attribute, f"#{match}") for match in URL_FUNCTION.findall(value)]
    return found


def unresolved(site, url: str, page_file: Path | None = None) -> list[str]:
    """What on the page at ``url`` (read from ``page_file``, by default the built one) leads nowhere."""
    page_file = page_file or site.root / url / "index.html"
    soup = BeautifulSoup(page_file.read_text(encoding="utf-8"), "html.parser")
    problems = []
    for tag, attribute, target in references(soup):
        absolute = urlsplit(urljoin(site.url + url, target))
        if absolute.scheme not in ("http", "https") or not (absolute.geturl().startswith(site.url)):
            continue  # another origin, data:, mailto:
        path = site.root / unquote(absolute.path).removeprefix(urlsplit(site.url).path)
        path = path / "index.html" if absolute.path.endswith("/") else path
        if not path.is_file():
            problems.append(f"<{tag} {attribute}={target!r}>: no file {path.relative_to(site.root)}")
        elif absolute.fragment and path.suffix == ".html" and unquote(absolute.fragment) not in _ids(path):
            problems.append(f"<{tag} {attribute}={target!r}>: no id {absolute.fragment!r} there")
    return problems


def test_every_page_is_checked_with_every_kind_of_reference(site):
    kinds = {attribute for url in site.pages() for _, attribute, _ in references(site.html(url))}
    assert len(site.pages()) >= 15
    assert {"href", "src", "xlink:href", "aria-labelledby", "aria-describedby", "for", "marker-end"} <= kinds


def test_a_broken_reference_would_be_seen(site, tmp_path):
    """The check itself: the whole document with an arrowhead, a label and a link bent."""
    soup = site.html("print/")
    soup.select_one("[marker-end]")["marker-end"] = "url(#no-marker)"
    soup.select_one("[aria-labelledby]")["aria-labelledby"] = "no-label"
    soup.select_one("svg a")["xlink:href"] = "layers/masses/"  # from print/: a page that is not there
    bent = tmp_path / "index.html"
    bent.write_text(str(soup), encoding="utf-8")
    problems = "\n".join(unresolved(site, "print/", bent))
    assert "no-marker" in problems and "no-label" in problems and "print/layers/masses/index.html" in problems


def test_every_reference_on_every_page_resolves(site):
    problems = {url or "/": unresolved(site, url) for url in site.pages()}
    assert {url: found for url, found in problems.items() if found} == {}
