"""Hook: the "Related" and "Referenced by" lists of every page of the model.

"Related" comes from each page's ``related:`` front matter. "Referenced by" is computed
from the links the model's pages make in their text (edition/pipeline.py, run by
hooks/after_render.py), so nobody maintains it by hand. The template
``partials/cross-references.html`` shows both.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from edition import build


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    current = build.current
    entry = current.model.by_src_uri(page.file.src_uri)
    if entry is None:
        return context
    pages_by_src_uri = {p.file.src_uri: p for p in nav.pages}
    linking_here = set(current.after_render.referenced_by.get(page.url, []))
    context["related_pages"] = [
        pages_by_src_uri[current.model.entries[name].src_uri] for name in entry.related
    ]
    context["referenced_by"] = [p for p in nav.pages if p.url in linking_here]
    return context
