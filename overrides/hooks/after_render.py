"""Hook: the work that needs every page rendered, in the order edition/pipeline.py states.

MkDocs calls ``on_env`` once, after the last page's Markdown is rendered and before the
first page is put into its template; the pipeline runs there, once, over every page in
reading order, and each page's content becomes what the pipeline made of it:

    check_slots -> collect_links -> list_referenced_by -> fill_figures -> check_coverage
    -> check_quotations -> annotate_for_print -> assemble_whole_document

Templates then only read the results (hooks/cross_references.py). The search plugin
indexes each page later, in ``on_page_context``, so it sees the figures (kept out of the
index by their ``data-search-exclude``) and never the whole document (``search: exclude``).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from edition import build
from edition.pipeline import AfterRender, AfterRenderError, RenderedPage, run


def on_env(env, config: MkDocsConfig, files: Files):
    current = build.current
    order = {src_uri: index for index, (src_uri, _, _) in enumerate(current.reading_order)}
    pages = sorted(
        (f.page for f in files.documentation_pages() if f.page is not None),
        key=lambda page: order.get(page.file.src_uri, len(order)),  # pages outside nav last
    )
    rendered = [
        RenderedPage(p.file.src_uri, p.url, p.title, p.content, p.file.content_string) for p in pages
    ]
    try:
        current.after_render = run(
            AfterRender(current, rendered, config.extra["edition"].get("diagram") or {})
        )
    except AfterRenderError as error:
        raise PluginError(str(error)) from None
    for page, done in zip(pages, rendered):
        page.content = done.html
    return env
