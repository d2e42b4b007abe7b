"""Hook: pages made for paper, and the whole edition as one document to print.

- every page's links get the words print CSS shows after them (edition/printing.py);
- templates get the ``css_string`` filter, for the running heads of printed pages
  (partials/print-running-heads.html);
- the page holding ``<!-- edition:whole-document -->`` (docs/print.md) gets every other
  page's content, in reading order (edition/assemble.py). This runs when that page is put
  into its template: by then MkDocs has rendered the content of every page.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition.assemble import PLACEHOLDER, DocumentPage, assemble
from edition.printing import annotate_links, css_string


def on_env(env, config: MkDocsConfig, files: Files):
    env.filters["css_string"] = css_string
    pages = [f.page for f in files.documentation_pages() if f.page is not None]
    titles = {page.url: page.title for page in pages}
    for page in pages:
        page.content = annotate_links(page.content, page.url, titles)
    return env


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    if PLACEHOLDER not in (page.content or ""):
        return context
    if page.content.count(PLACEHOLDER) > 1:
        raise PluginError(
            f"docs/{page.file.src_uri}: '<!-- edition:whole-document -->' appears more than "
            "once; keep one."
        )
    document = [
        DocumentPage(p.url, p.title, p.content)
        for p in nav.pages
        if p is not page and PLACEHOLDER not in (p.content or "")
    ]
    page.content = page.content.replace(PLACEHOLDER, assemble(document, page.url))
    return context
