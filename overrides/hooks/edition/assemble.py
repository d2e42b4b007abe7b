"""The whole edition as one document: every page's rendered HTML, in reading order.

Pages are rendered one by one and each links to the others by relative URL. Put into one
page, their anchors could collide (every page may have a ``#commentary``) and their links
would leave the document. ``assemble`` therefore gives every page an anchor of its own,
prefixes the page's anchors with it, and rewrites each link to a page of the document into
a link to that page's section; links to other files of the site are made relative to the
document's own URL, and links to other origins are kept.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import urljoin, urlsplit

from .coverage import visible_text

# The line an editor writes on the page that shows the document (see docs/print.md). The
# shortcode <!-- edition:whole-document --> renders to it; the hook replaces it at the end.
PLACEHOLDER = '<div class="whole-document" data-whole-document></div>'

_BASE = "http://edition.invalid/"
_ATTRIBUTE = re.compile(r'(?P<lead>\s)(?P<name>id|for|href|src)="(?P<value>[^"]*)"')
_HEADING = re.compile(r"(</?)h([1-6])\b")
_START_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_FIRST_H1 = re.compile(r"<h1\b[^>]*>(?P<words>.*?)</h1>", re.S)


@dataclass(frozen=True)
class DocumentPage:
    url: str  # site-relative, as MkDocs gives it: "", "layers/masses/"
    title: str
    html: str  # the page's rendered content


def page_anchor(url: str) -> str:
    """The anchor of a page's section in the document: ``layers/masses/`` -> ``page-layers-masses``."""
    return "page-" + (re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "home")


def site_path(href: str, page_url: str) -> tuple[str, str] | None:
    """(path, fragment) of a link inside the site, or None for another origin."""
    target = urlsplit(urljoin(_BASE + page_url, href))
    if f"{target.scheme}://{target.netloc}/" != _BASE:
        return None
    return target.path.removeprefix("/"), target.fragment


def relative_url(path: str, from_url: str) -> str:
    """``path`` relative to the page at ``from_url``, keeping a directory's trailing slash."""
    relative = posixpath.relpath(path or ".", from_url or ".")
    return relative + "/" if path.endswith("/") or not path else relative


def rewrite_page(html: str, page_url: str, document_url: str, anchors: dict[str, str]) -> str:
    """One page's HTML as a section of the document (see the module's docstring).

    ``anchors`` maps the URL of every page in the document to its section's anchor.
    """
    prefix = anchors[page_url]

    def attribute(match: re.Match) -> str:
        name, value = match["name"], match["value"]
        if name in ("id", "for"):
            value = f"{prefix}--{value}"
        elif (site := site_path(value, page_url)) is not None:
            path, fragment = site
            if path in anchors:
                value = f"#{anchors[path]}--{fragment}" if fragment else f"#{anchors[path]}"
            else:
                value = relative_url(path, document_url) + (f"#{fragment}" if fragment else "")
        return f'{match["lead"]}{name}="{value}"'

    return _START_TAG.sub(lambda tag: _ATTRIBUTE.sub(attribute, tag.group(0)), html)


def demote_headings(html: str) -> str:
    """Every heading one level down (h1 -> h2 ... h5 -> h6)."""
    return _HEADING.sub(lambda m: f"{m[1]}h{min(int(m[2]) + 1, 6)}", html)


def contents_html(pages: list[DocumentPage]) -> str:
    items = "\n".join(
        f'<li><a href="#{page_anchor(p.url)}">{escape(p.title)}</a></li>' for p in pages
    )
    return (
        '<nav class="whole-document__contents" aria-labelledby="whole-document-contents">\n'
        '<h2 id="whole-document-contents">Contents</h2>\n'
        f"<ol>\n{items}\n</ol>\n</nav>"
    )


def without_title_heading(html: str, title: str) -> str:
    """The page's HTML without its <h1> when that only repeats the page's title."""
    match = _FIRST_H1.search(html)
    if match and visible_text(match["words"]).rstrip("¶ ").casefold() == title.casefold():
        return html[: match.start()] + html[match.end() :]
    return html


def assemble(pages: list[DocumentPage], document_url: str) -> str:
    """The table of contents, then every page as a section headed by its title.

    The document's own title is its only <h1>; each page's title is an <h2> and the page's
    headings move down under it. A page's own <h1> is dropped when it repeats the title,
    and otherwise (the entry's title on the overview and the full text) kept, two levels down.
    """
    anchors = {p.url: page_anchor(p.url) for p in pages}
    sections = []
    for p in pages:
        body = without_title_heading(rewrite_page(p.html, p.url, document_url, anchors), p.title)
        if re.search(r"<h1\b", body):
            body = demote_headings(body)
        sections.append(
            '<section class="whole-document__page">\n'
            f'<h2 id="{anchors[p.url]}">{escape(p.title)}</h2>\n{demote_headings(body)}\n</section>'
        )
    return contents_html(pages) + "\n" + "\n".join(sections)
