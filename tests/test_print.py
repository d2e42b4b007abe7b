"""Printing: every page to PDF in A4 and Letter, the whole document, the Print button, citations.

Chromium prints each page once per paper size; the PDFs are read back with poppler's
pdftotext, one printed sheet at a time, with the running heads set apart from the body.
"""

from __future__ import annotations

import functools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect
from pypdf import PdfReader

from edition.source import load_source, normalise_space
from scripts.pdf import DOCUMENT_URL, PAPER_FORMATS, page_file_name, print_pdf, set_title
from tests.site import ROOT, front_matter

pytestmark = pytest.mark.browser

SOURCE = load_source(ROOT / "docs/source/relationship.txt")
# Printed sheets each page may take, in A4 and in Letter. Pages of one screen or two print
# on up to three sheets (the text, Related / Referenced by, Cite this page).
DEFAULT_BUDGET = 3
# The home page and "A process of layers" carry the large figure of the four layers; "The
# political party", the longest layer page, reaches a fourth sheet in Letter with its questions
# for study (Cite this page, kept whole, moves on to it).
BUDGET = {"": 4, "relations/process/": 4, "layers/party/": 4, "text/": 4, "glossary/": 4, "about/": 4}
DOCUMENT_BUDGET = 30
# Words that only Material's navigation and controls show.
CHROME_WORDS = ["Skip to content", "Initializing search", "Table of contents", "Back to top", "Previous", "Next"]


@dataclass
class PrintedPage:
    url: str
    sheets: list[str]  # the text of each printed sheet, running heads included
    body: str  # the text of all sheets without the running heads, white space normalised
    pdf: Path


def sheets_of(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[: len(PdfReader(pdf).pages)]


EDITION_LINE = re.compile(r"^Edition of \d{4}-\d\d-\d\d · \d+ / \d+$")


def body_lines(sheet: str, running_heads: list[str]) -> list[str]:
    """A sheet's lines of text without its running heads (its first and last lines), each
    head taken away once: a page's own title right under the heads is its h1, not a head."""
    lines = [line.strip() for line in sheet.splitlines() if line.strip()]
    heads = list(running_heads)
    while lines and lines[0] in heads:
        heads.remove(lines.pop(0))
    heads = list(running_heads)
    while lines and (lines[-1] in heads or EDITION_LINE.match(lines[-1])):
        if lines[-1] in heads:
            heads.remove(lines[-1])
        lines.pop()
    return lines


def body_of(sheets: list[str], running_heads: list[str]) -> str:
    """The sheets' text joined without their running heads, so that a sentence broken across
    two sheets reads whole."""
    return normalise_space(" ".join(" ".join(body_lines(sheet, running_heads)) for sheet in sheets))


def squeezed(text: str) -> str:
    """Text without white space and hyphens: pdftotext joins a word hyphenated at the end of
    a line ("class-" / "interest" -> "classinterest"), so both sides are compared this way."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def page_facts(site, url: str) -> tuple[str, str]:
    """(page title, entry title) as the built page gives them."""
    return _page_facts(site.root, url)


@functools.cache
def _page_facts(root: Path, url: str) -> tuple[str, str]:
    soup = BeautifulSoup((root / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    entry_title = soup.select_one(".md-header__topic .md-ellipsis").get_text(strip=True)
    page_title = soup.title.get_text().removesuffix(" - " + entry_title)
    return page_title, entry_title


def quoted_sentences(url: str) -> list[str]:
    markdown_file = ROOT / "docs" / (url.rstrip("/") + ".md" if url else "index.md")
    quotes = front_matter(markdown_file).get("quotes", []) if markdown_file.exists() else []
    if url == "text/":
        return [s.text for s in SOURCE.sentences]
    return [s.text for q in quotes for s in SOURCE.resolve(str(q))]


@pytest.fixture(scope="module")
def printed(browser, site, tmp_path_factory) -> dict[tuple[str, str], PrintedPage]:
    """Every page but the whole document, printed in every paper size."""
    out = tmp_path_factory.mktemp("pdf")
    tab = browser.new_page()
    pages = {}
    for url in site.pages():
        if url == DOCUMENT_URL:
            continue
        page_title, entry_title = page_facts(site, url)
        for paper in PAPER_FORMATS:
            pdf = print_pdf(tab, site.url + url, out / paper / page_file_name(url), paper)
            sheets = sheets_of(pdf)
            body = body_of(sheets, [entry_title, page_title, site.url + url])
            pages[url, paper] = PrintedPage(url, sheets, body, pdf)
    tab.close()
    return pages


def test_every_page_prints_its_title_and_quotations_within_its_budget(printed, site):
    assert len(printed) >= 2 * 14
    for (url, paper), page in printed.items():
        title, _ = page_facts(site, url)
        budget = BUDGET.get(url, DEFAULT_BUDGET)
        assert 1 <= len(page.sheets) <= budget, f"{url} in {paper}: {len(page.sheets)} sheets"
        assert normalise_space(title) in page.body, (url, paper)
        for sentence in quoted_sentences(url):
            assert squeezed(sentence) in squeezed(page.body), (url, paper, sentence[:40])


def test_every_printed_sheet_names_the_page_its_address_and_the_edition(printed, site):
    for (url, paper), page in printed.items():
        title, entry_title = page_facts(site, url)
        for number, sheet in enumerate(page.sheets, start=1):
            text = normalise_space(sheet)
            assert site.url + url in text, (url, paper, number)
            assert entry_title in text and title in text, (url, paper, number)
            assert re.search(rf"Edition of \d{{4}}-\d\d-\d\d · {number} / {len(page.sheets)}", text), (url, number)


def test_no_sheet_is_blank(printed, site):
    for (url, paper), page in printed.items():
        title, entry_title = page_facts(site, url)
        for number, sheet in enumerate(page.sheets, start=1):
            assert len(body_of([sheet], [entry_title, title, site.url + url])) > 40, (url, paper, number)


def test_navigation_and_controls_do_not_print(printed, site):
    for (url, paper), page in printed.items():
        soup = site.html(url)
        article = soup.select_one("article")
        # What the page prints: its words, and where its links lead (print.css).
        printed_words = [a.get("data-title", "") for a in article.select("a[data-title]")]
        article = normalise_space(article.get_text() + " " + " ".join(printed_words))
        nav_words = {normalise_space(a.get_text()) for a in soup.select(".md-nav--primary a, .md-nav__link")}
        for words in [*CHROME_WORDS, *nav_words]:
            if words and words not in article:
                assert words not in page.body, (url, paper, words)


def test_links_print_where_they_lead_and_collapsed_blocks_print_open(printed):
    masses = printed["layers/masses/", "A4"].body
    assert "Inseparable in class society (→ (1) Inseparable in class society)" in masses
    assert "classes (→ Classes)" not in masses  # the words already name the page
    # "s. 1" says where it leads; a link to a note in the full text says which page it is on
    assert re.search(r"s\.\s\d+ \(→", masses) is None
    assert "note on its last verb (→ The full text)" in masses
    lenin = printed["lenin/", "Letter"].body
    assert "<https://www.marxists.org/archive/lenin/works/1920/lwc/ch05.htm>" in lenin.replace(" ", "")
    for page in printed.values():
        assert "Cite this page" in page.body and "(2026, November 26)" in page.body, page.url


@pytest.fixture(scope="module", params=PAPER_FORMATS)
def document(browser, site, tmp_path_factory, request) -> PrintedPage:
    """The whole document as `make pdf` prints it, in each paper size."""
    tab = browser.new_page()
    pdf = print_pdf(tab, site.url + DOCUMENT_URL, tmp_path_factory.mktemp("document") / "whole.pdf", request.param)
    tab.close()
    set_title(pdf, "The whole text")
    page_title, entry_title = page_facts(site, DOCUMENT_URL)
    sheets = sheets_of(pdf)
    return PrintedPage(DOCUMENT_URL, sheets, body_of(sheets, [entry_title, page_title, site.url + DOCUMENT_URL]), pdf)


def test_the_whole_document_has_every_sentence_in_order(document):
    assert 1 < len(document.sheets) <= DOCUMENT_BUDGET
    body = squeezed(document.body)
    text_starts = body.index("Thefulltext")
    positions = [body.index(squeezed(s.text), text_starts) for s in SOURCE.sentences]
    assert positions == sorted(positions)


def document_heads(site) -> list[str]:
    page_title, entry_title = page_facts(site, DOCUMENT_URL)
    return [entry_title, page_title, site.url + DOCUMENT_URL]


def words_of(element) -> str:
    return normalise_space(element.get_text(" ")).removesuffix("¶").strip()


def test_no_heading_is_left_at_the_foot_of_a_sheet(document, site):
    article = site.html(DOCUMENT_URL).select_one("article")
    headings = {words_of(h) for h in article.select("h2, h3, h4, h5, h6, .admonition-title, summary")}
    headings |= {h.upper() for h in headings}  # the full text's part headings print in capitals
    sheets = [body_lines(sheet, document_heads(site)) for sheet in document.sheets]
    assert sum(line in headings for lines in sheets for line in lines) >= 40  # headings are seen
    stranded = [(number, lines[-1]) for number, lines in enumerate(sheets[:-1], start=1) if lines[-1] in headings]
    assert stranded == []


def test_a_quotation_and_its_source_line_print_on_one_sheet(document, site):
    article = site.html(DOCUMENT_URL).select_one("article")
    captions = [words_of(caption) for caption in article.select("figure.quotation figcaption")]
    sources = set(captions)
    sheets = [body_lines(sheet, document_heads(site)) for sheet in document.sheets]
    assert sum(line in sources for lines in sheets for line in lines) == len(captions) > 10  # each is seen
    alone = [(number, lines[0]) for number, lines in enumerate(sheets, start=1) if lines[0] in sources]
    assert alone == []


def test_each_figure_prints_on_the_sheet_of_its_heading(document, site):
    article = site.html(DOCUMENT_URL).select_one("article")
    lines = [  # (sheet, line) through the whole document
        (number, line)
        for number, sheet in enumerate(document.sheets, start=1)
        for line in body_lines(sheet, document_heads(site))
    ]
    figures = article.select("figure.edition-figure")
    assert len(figures) == 7
    after = 0
    for figure in figures:
        heading = words_of(figure.find_previous(["h2", "h3", "h4", "h5", "h6"]))
        caption = squeezed(words_of(figure.figcaption))[:20]  # fits on the caption's first line
        at = next(i for i in range(after, len(lines)) if squeezed(lines[i][1]).startswith(caption))
        heading_at = max(i for i in range(after, at) if lines[i][1] == heading)
        assert lines[heading_at][0] == lines[at][0], (heading, lines[heading_at][0], lines[at][0])
        after = at + 1


# The page margins of print.css (@page): the running heads print inside them.
TOP_MARGIN, BOTTOM_MARGIN = 18 / 25.4 * 72, 20 / 25.4 * 72  # in PDF points


def filled(pdf: Path) -> list[float]:
    """How far down each sheet its text reaches, from 0 (empty) to 1 (full), running heads aside."""
    layout = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    reached = []
    for sheet in BeautifulSoup(layout, "html.parser").find_all("page"):
        top, bottom = TOP_MARGIN, float(sheet["height"]) - BOTTOM_MARGIN
        lowest = [float(w["ymax"]) for w in sheet.find_all("word") if top < float(w["ymin"]) and float(w["ymax"]) < bottom]
        reached.append((max(lowest, default=top) - top) / (bottom - top))
    return reached


def test_no_sheet_is_nearly_empty_but_the_title_and_the_contents(document):
    reached = filled(document.pdf)
    assert reached[0] < 1 / 3  # the title sheet: the measure sees a nearly empty sheet
    assert [(number, round(r, 2)) for number, r in enumerate(reached, start=1) if number > 2 and r < 1 / 3] == []


def outline_titles(outline) -> list[str]:
    titles = []
    for item in outline:
        titles.extend(outline_titles(item) if isinstance(item, list) else [item.title])
    return titles


def test_the_whole_document_has_a_bookmark_per_page_and_its_title(document, site):
    reader = PdfReader(document.pdf)
    assert reader.metadata.title == "The whole text"
    titles = outline_titles(reader.outline)
    pages = [url for url in site.pages() if url != DOCUMENT_URL]
    for url in pages:
        assert page_facts(site, url)[0] in titles, url


def test_the_print_button_prints_from_the_keyboard_and_is_not_printed(page, site):
    page.add_init_script("window.print = () => { window.printed = (window.printed || 0) + 1 }")
    page.goto(site.url + "layers/party/")
    button = page.get_by_role("button", name="Print this page")
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    assert not button.is_visible()


def test_a_citation_is_copied_with_the_keyboard(browser, site):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(site.url + "relations/vanguard/")
    summary = tab.locator(".cite-this-page summary")
    summary.focus()
    tab.keyboard.press("Enter")
    chicago = tab.locator("#cite-chicago-note")
    expected = chicago.locator("code").inner_text()
    assert site.url + "relations/vanguard/" in expected and "2026" in expected
    copy = chicago.get_by_role("button", name=re.compile("copy", re.I))
    copy.focus()
    tab.keyboard.press("Enter")
    assert tab.evaluate("navigator.clipboard.readText()").strip() == expected.strip()
    context.close()


def test_after_instant_navigation_the_running_heads_are_the_new_pages(page, site, tmp_path):
    """The running heads live in <head>; Material's instant navigation swaps what differs."""
    page.goto(site.url)
    page.locator("article ul a", has_text="The political party").first.click()
    expect(page.locator("article h1")).to_have_text("The political party")
    expect(page.locator("head style[media=print]")).to_have_count(1)
    page.wait_for_function("document.querySelector('head style[media=print]').textContent.includes('The political party')")
    assert page.locator("body style").count() == 0
    sheets = sheets_of(print_pdf(page, page.url, tmp_path / "party.pdf", PAPER_FORMATS[0]))
    lines = [{line.strip() for line in sheet.splitlines()} for sheet in sheets]
    assert len(sheets) > 1
    assert all(site.url + "layers/party/" in sheet and site.url not in sheet for sheet in lines)
