"""Hook: the "Related" and "Referenced by" lists of every page of the model.

"Related" comes from each page's ``related:`` front matter. "Referenced by" is computed
from the links the model's pages make in their text, so nobody maintains it by hand.
The template ``partials/cross-references.html`` shows both.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition import build
from edition.links import linked_page_urls, referenced_by


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if build.current.model.by_src_uri(page.file.src_uri):
        build.current.links[page.url] = linked_page_urls(html, page.url)
    return html


def on_env(env, config: MkDocsConfig, files: Files):
    build.current.referenced_by = referenced_by(build.current.links)
    return env


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    current = build.current
    entry = current.model.by_src_uri(page.file.src_uri)
    if entry is None:
        return context
    pages_by_src_uri = {p.file.src_uri: p for p in nav.pages}
    linking_here = set(current.referenced_by.get(page.url, []))
    context["related_pages"] = [
        pages_by_src_uri[current.model.entries[name].src_uri] for name in entry.related
    ]
    context["referenced_by"] = [p for p in nav.pages if p.url in linking_here]
    return context
