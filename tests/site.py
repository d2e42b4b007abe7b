"""Helpers shared by the tests: build the site, serve it, read its pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from bs4 import BeautifulSoup

# How the site is built and served is shared with scripts/ (pdf, bench, linkcheck).
from scripts.local_site import ROOT, Server, build, copy_project, free_port, serve  # noqa: F401


@dataclass
class BuiltSite:
    root: Path
    url: str
    output: str  # what the build printed
    _parsed: dict[str, BeautifulSoup] = field(default_factory=dict, repr=False, compare=False)

    def html(self, url_path: str) -> BeautifulSoup:
        """The parsed page at a site-relative URL such as ``layers/masses/``: parsed once and
        shared by every test, so a test that changes it works on ``copy.copy()`` of it."""
        if url_path not in self._parsed:
            path = self.root / url_path / "index.html" if not url_path.endswith(".html") else self.root / url_path
            self._parsed[url_path] = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return self._parsed[url_path]

    def pages(self) -> list[str]:
        """Site-relative URLs of every page built from Markdown ("" is the home page)."""
        urls = []
        for index in sorted(self.root.rglob("index.html")):
            relative = index.parent.relative_to(self.root).as_posix()
            urls.append("" if relative == "." else relative + "/")
        return urls


def pages_in_docs() -> list[str]:
    """Site-relative URLs of the pages the Markdown in docs/ makes ("" is the home page), known
    before any build, to give each page a test of its own."""
    return sorted(
        "" if md.name == "index.md" else md.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
        for md in (ROOT / "docs").rglob("*.md")
    )


def front_matter(markdown_file: Path) -> dict:
    """The YAML front matter of a page in docs/."""
    text = markdown_file.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


def commentary_pages() -> dict[str, dict]:
    """Layer and relation pages, by site URL (``layers/masses/``), with their front matter."""
    pages = {}
    for markdown_file in sorted((ROOT / "docs").rglob("*.md")):
        meta = front_matter(markdown_file)
        if meta.get("kind") in ("layer", "relation"):
            url = markdown_file.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
            pages[url] = meta
    return pages


def requests_elsewhere(requests: list[str], site_url: str) -> list[str]:
    """The requests that left the site's own origin (data: and blob: URLs stay in the page)."""
    origin = urlsplit(site_url).netloc
    return [
        url for url in requests
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != origin
    ]


def accessible_names(page, selector: str) -> list[str]:
    """Chromium's own accessible name of each element the CSS selector finds, in document
    order: what a screen reader is given, not a name computed by the test."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    names = []
    for node_id in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]:
        backend = cdp.send("DOM.describeNode", {"nodeId": node_id})["node"]["backendNodeId"]
        [node, *_] = cdp.send("Accessibility.getPartialAXTree", {"backendNodeId": backend, "fetchRelatives": False})["nodes"]
        names.append(node.get("name", {}).get("value", ""))
    cdp.detach()
    return names


# Material names the schemes default and slate.
MATERIAL_SCHEME = {"light": "default", "dark": "slate"}
# Material has applied the palette the browser asks for, and finished switching to it.
_PALETTE_APPLIED = """scheme => document.body.getAttribute("data-md-color-scheme") === scheme
  && document.body.hasAttribute("data-md-color-media") && !document.body.hasAttribute("data-md-color-switching")
  && document.fonts.status === "loaded"
"""


def switch_scheme(page, scheme: str, media: str = "screen") -> None:
    """The reader's system switches to the ``light`` or ``dark`` scheme (and the page to
    ``media``): return once Material has repainted the page in it."""
    page.emulate_media(color_scheme=scheme, media=media)
    page.wait_for_function(_PALETTE_APPLIED, arg=MATERIAL_SCHEME[scheme])
