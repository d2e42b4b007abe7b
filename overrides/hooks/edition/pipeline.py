"""The work that needs every page rendered, in one stated order.

MkDocs renders each page's Markdown to HTML on its own. Some work needs them all: a page is
"Referenced by" the pages that link to it, the concept map is drawn from every page's links,
the whole document gathers every page. ``run`` does that work once, when the last page is
rendered and before any is put into its template (MkDocs' ``on_env``), in this order, each
step reading what the steps before it left in the ``AfterRender`` state:

1. ``check_slots``: every slot names a filler (edition/slots.py), the whole document's once;
2. ``collect_links``: the pages each page's own text links to;
3. ``list_referenced_by``: the inverse, for the "Referenced by" lists;
4. ``fill_figures``: figures drawn into their slots; after 2, so that a figure's links
   (navigation) do not count as cross-references, and the concept map has every link;
5. ``check_coverage``: every sentence of the source on the full text and on a layer or
   relation page; checks read the pages as readers get them, figures included;
6. ``check_quotations``: words in quotation marks in the pages' editorial prose, the
   figures' captions included, are the entry's (edition/quotations.py);
7. ``annotate_for_print``: where each link leads, for paper (edition/printing.py);
8. ``assemble_whole_document``: last, from pages whose figures are drawn and whose links
   are annotated, in reading order (edition/assemble.py).

A step is a function of the state that returns nothing and raises ``AfterRenderError``
(its message names the file and the fix) to stop the build. To add one, write it here and
put it into ``STEPS`` where what it reads is ready.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .assemble import DocumentPage, assemble
from .build import Build
from .coverage import missing_sentences
from .figure_slots import FIGURES, draw_figure
from .figures import LayoutError
from .links import linked_page_urls, referenced_by
from .model import COMMENTARY_KINDS
from .printing import annotate_links
from .problems import report
from .quotations import located, quotation_problems
from .slots import fill, slots
from .urls import relative_url

WHOLE_DOCUMENT = "whole-document"
SLOT_NAMES = (*FIGURES, WHOLE_DOCUMENT)


class AfterRenderError(ValueError):
    """What stops the build once every page is rendered; the message says what to fix."""


@dataclass
class RenderedPage:
    src_uri: str  # "layers/masses.md"
    url: str  # "layers/masses/"
    title: str
    html: str  # the page's content, changed by the steps
    markdown: str = ""  # what the editor wrote, to name the line of a problem


@dataclass
class AfterRender:
    build: Build
    pages: list[RenderedPage]  # every page, in reading order
    figure_words: dict  # mkdocs.yml, extra.edition.diagram
    links: dict[str, set[str]] = field(default_factory=dict)  # page URL -> linked page URLs
    referenced_by: dict[str, list[str]] = field(default_factory=dict)  # the inverse

    def page(self, src_uri: str) -> RenderedPage:
        return next(p for p in self.pages if p.src_uri == src_uri)

    def href(self, src_uri: str, from_page: RenderedPage) -> str:
        """A link from ``from_page`` to the page made from ``src_uri``."""
        return relative_url(self.page(src_uri).url, from_page.url)


def check_slots(state: AfterRender) -> None:
    problems = []
    holding_document = []
    for page in state.pages:
        names = [s.name for s in slots(page.html)]
        problems += [
            f"docs/{page.src_uri}: no filler for the slot '{name}'. Known: {', '.join(SLOT_NAMES)}."
            for name in names
            if name not in SLOT_NAMES
        ]
        holding_document += [page.src_uri] * names.count(WHOLE_DOCUMENT)
    if len(holding_document) > 1:
        problems.append(
            "'<!-- edition:whole-document -->' appears more than once ("
            + ", ".join(f"docs/{src_uri}" for src_uri in holding_document)
            + "); keep one."
        )
    if problems:
        raise AfterRenderError("\n".join(problems))


def collect_links(state: AfterRender) -> None:
    for page in state.pages:
        if state.build.model.by_src_uri(page.src_uri):
            state.links[page.url] = linked_page_urls(page.html, page.url)


def list_referenced_by(state: AfterRender) -> None:
    state.referenced_by = referenced_by(state.links)


def fill_figures(state: AfterRender) -> None:
    def drawn(name: str, page: RenderedPage) -> str:
        try:
            return draw_figure(name, page, state)
        except LayoutError as error:  # a page title too wide for the concept map, say
            raise AfterRenderError(f"docs/{page.src_uri}: the figure '{name}' cannot be drawn: {error}") from None

    for page in state.pages:
        page.html = fill(page.html, {name: lambda name=name, page=page: drawn(name, page) for name in FIGURES})


def check_coverage(state: AfterRender) -> None:
    build = state.build
    problems = [
        f"{sentence.anchor} is missing from docs/{build.text_src_uri}: keep the "
        f"'<!-- edition:full-text -->' line there. ({sentence.text[:60]}...)"
        for sentence in missing_sentences(build.source, state.page(build.text_src_uri).html)
    ]
    commentary = "".join(
        state.page(e.src_uri).html for e in build.model.entries.values() if e.kind in COMMENTARY_KINDS
    )
    problems += [
        f"{sentence.anchor} is quoted by no layer or relation page: add '{sentence.anchor}' "
        f"to the 'quotes:' of the page that discusses it. ({sentence.text[:60]}...)"
        for sentence in missing_sentences(build.source, commentary)
    ]
    if problems:
        raise AfterRenderError(report("Sentences of the source are missing from the site", problems))


def check_quotations(state: AfterRender) -> None:
    problems = [
        problem
        for page in state.pages
        for problem in located(quotation_problems(page.html, state.build.source, f"docs/{page.src_uri}"), page.markdown)
    ]
    if problems:
        raise AfterRenderError(report("Words in quotation marks are not the entry's", problems))


def annotate_for_print(state: AfterRender) -> None:
    titles = {page.url: page.title for page in state.pages}
    text_url = state.page(state.build.text_src_uri).url
    for page in state.pages:
        page.html = annotate_links(page.html, page.url, titles, text_url)


def assemble_whole_document(state: AfterRender) -> None:
    holders = [p for p in state.pages if WHOLE_DOCUMENT in (s.name for s in slots(p.html))]
    for holder in holders:  # one at most (check_slots)
        gathered = [DocumentPage(p.url, p.title, p.html) for p in state.pages if p is not holder]
        holder.html = fill(holder.html, {WHOLE_DOCUMENT: lambda: assemble(gathered, holder.url)})


STEPS = (
    check_slots,
    collect_links,
    list_referenced_by,
    fill_figures,
    check_coverage,
    check_quotations,
    annotate_for_print,
    assemble_whole_document,
)


def run(state: AfterRender) -> AfterRender:
    for step in STEPS:
        step(state)
    return state
