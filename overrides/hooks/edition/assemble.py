"""The whole edition as one document: every page's rendered HTML, in reading order.

Pages are rendered one by one and each links to the others by relative URL. Put into one
page, their ids could collide (every page may have a ``#commentary``, every layer page a
figure with the same marker ids) and their links would leave the document. ``assemble``
therefore gives every page an anchor of its own, prefixes the page's ids, and every
reference to them (edition/html.py lists the kinds), with it, and rewrites each link to a
page of the document into a link to that page's section; links to other files of the site
are made relative to the document's own URL, and links to other origins are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from . import html
from .urls import page_anchor, relative_url, site_path

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass(frozen=True)
class DocumentPage:
    url: str  # site-relative, as MkDocs gives it: "", "layers/masses/"
    title: str
    html: str  # the page's rendered content


def rewrite_page(page_html: str, page_url: str, document_url: str, anchors: dict[str, str]) -> str:
    """One page's HTML as a section of the document (see the module's docstring).

    ``anchors`` maps the URL of every page in the document to its section's anchor.
    """
    prefix = anchors[page_url]

    def url(value: str) -> str:
        if (site := site_path(value, page_url)) is None:
            return value
        path, fragment = site
        if path in anchors:
            return f"#{anchors[path]}--{fragment}" if fragment else f"#{anchors[path]}"
        return relative_url(path, document_url) + (f"#{fragment}" if fragment else "")

    return html.rewrite_references(page_html, id=lambda value: f"{prefix}--{value}", url=url)


def demote_headings(page_html: str) -> str:
    """Every heading one level down (h1 -> h2 ... h5 -> h6)."""
    edits = []
    for element in html.elements(page_html):
        if element.tag in HEADINGS[:-1]:
            lower = f"h{int(element.tag[1]) + 1}"
            # The name is the two characters after "<" and after "</".
            edits.append(((element.start_tag[0] + 1, element.start_tag[0] + 3), lower))
            if element.end_tag:
                edits.append(((element.end_tag[0] + 2, element.end_tag[0] + 4), lower))
    return html.splice(page_html, edits)


def contents_html(pages: list[DocumentPage]) -> str:
    items = "\n".join(
        f'<li><a href="#{page_anchor(p.url)}">{escape(p.title)}</a></li>' for p in pages
    )
    return (
        '<nav class="whole-document__contents" aria-labelledby="whole-document-contents">\n'
        '<h2 id="whole-document-contents">Contents</h2>\n'
        f"<ol>\n{items}\n</ol>\n</nav>"
    )


def _first_h1(page_html: str) -> html.Element | None:
    return next((e for e in html.elements(page_html) if e.tag == "h1"), None)


def without_title_heading(page_html: str, title: str) -> str:
    """The page's HTML without its <h1> when that only repeats the page's title."""
    heading = _first_h1(page_html)
    if heading and " ".join(heading.text.split()).rstrip("¶ ").casefold() == title.casefold():
        return html.splice(page_html, [(heading.span, "")])
    return page_html


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
        if _first_h1(body):
            body = demote_headings(body)
        sections.append(
            '<section class="whole-document__page">\n'
            f'<h2 id="{anchors[p.url]}">{escape(p.title)}</h2>\n{demote_headings(body)}\n</section>'
        )
    return contents_html(pages) + "\n" + "\n".join(sections)
