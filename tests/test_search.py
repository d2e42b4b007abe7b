"""Search as a reader uses it: the index's granularity, and the real search box in Chromium
(typed key by key, first result, click, landing section, highlighted terms, keyboard, sharing,
"Did you mean" for misspellings).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from edition.glossary import load_glossary
from edition.source import load_source, normalise_space
from edition.urls import slug
from tests.search_queries import (
    NO_MATCH,
    NO_MATCH_MESSAGE,
    QUERIES,
    RESULT_LIST,
    RESULT_META,
    SEARCH_BOX,
    SUGGESTION_NOTE,
    SUGGESTIONS,
    WATCH_SEARCH_WORKER,
    Query,
    best_result,
    best_result_link,
    follow_to_another_page,
    let_material_see_the_focus_change,
    type_query,
    wait_for_results,
    wait_until_ready,
)
from tests.site import ROOT, commentary_pages

SOURCE = load_source(ROOT / "docs/source/relationship.txt")
GLOSSARY = load_glossary(ROOT / "includes/abbreviations.md")

# The marks Material's search.highlight left in the landing section: from the heading with
# this id up to the next heading of the same or a higher level; the whole article if no id.
MARKS_IN_SECTION = """
id => {
  const article = document.querySelector("article.md-content__inner");
  const marks = [...article.querySelectorAll("mark[data-md-highlight]")];
  if (!id) return marks.map(mark => mark.textContent);
  const heading = document.getElementById(id);
  const level = Number(heading.tagName[1]);
  const after = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  const next = [...article.querySelectorAll("h1, h2, h3, h4, h5, h6")]
    .find(h => Number(h.tagName[1]) <= level && after(heading, h));
  return marks
    .filter(mark => after(heading, mark) && (!next || after(mark, next)))
    .map(mark => mark.textContent);
}
"""


def _index(site) -> list[dict]:
    return json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))["docs"]


def _plain(html: str) -> str:
    return normalise_space(re.sub(r"<[^>]+>", "", html))


def _site_path(site, url: str) -> str:
    """``glossary/#masses`` from an absolute URL of the served site, without the query."""
    parts = urlsplit(url)
    path = parts.path.removeprefix(urlsplit(site.url).path)
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def _expected(query: Query) -> str:
    return query.page + (f"#{query.section}" if query.section else "")


def _matches(site, query: Query, url: str) -> bool:
    """The page must match; the section too where the query names one."""
    found = _site_path(site, url)
    return found == _expected(query) if query.section else found.split("#")[0] == query.page


@pytest.fixture(scope="module")
def tab(browser, site):
    """One tab for the module, whose search worker is watched, so that a test waits for the
    answer to the whole query rather than for whatever the first keystrokes matched. Every
    test starts with a page load of its own."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(WATCH_SEARCH_WORKER)
    yield context.new_page()
    context.close()


def _open(tab, site, url_path: str = "about/") -> None:
    tab.goto(site.url + url_path)
    tab.locator(SEARCH_BOX).click()


# The index: one result per thesis, paragraph, glossary term and page.


def test_each_thesis_paragraph_and_glossary_term_is_a_result_of_its_own(site):
    locations = {doc["location"] for doc in _index(site)}
    parts = {"text/#p1", "text/#p2", "text/#thesis-1", "text/#thesis-2", "text/#thesis-3"}
    terms = {f"glossary/#{slug(term.term)}" for term in GLOSSARY}
    assert parts | terms | set(commentary_pages()) | {"lenin/"} <= locations


def test_every_sentence_is_indexed_once_in_the_full_text(site):
    """Quotations on concept pages are not indexed again: a quoted sentence would otherwise
    come back once from the full text and once from every page that quotes it."""
    texts = {doc["location"]: _plain(doc["text"]) for doc in _index(site)}
    for sentence in SOURCE.sentences:
        holders = [location for location, text in texts.items() if normalise_space(sentence.text) in text]
        assert len(holders) == 1 and holders[0].startswith("text/#"), (sentence.anchor, holders)


def test_pages_are_indexed_under_their_own_titles(site):
    """The entry's title names all four layers; as the title of a result it outranked them."""
    titles = {doc["location"]: doc["title"] for doc in _index(site)}
    assert titles["text/"] == "The full text"
    assert normalise_space(SOURCE.title) not in titles.values()


# The query table, through the search box.


def _search_again(tab, site) -> None:
    """The query table's rows search one after another in the same open search box, as a
    reader who searches again does: the page and its search worker load once for the table."""
    if tab.url == site.url + "about/" and tab.evaluate("document.getElementById('__search').checked"):
        tab.locator(SEARCH_BOX).fill("")
    else:
        _open(tab, site)


@pytest.mark.browser
@pytest.mark.parametrize("query", QUERIES, ids=[q.typed for q in QUERIES])
def test_the_first_result_is_what_the_reader_means(tab, kept_tab, site, query):
    _search_again(tab, site)
    type_query(tab, query.typed)
    if query.meant:
        expect(tab.locator(SUGGESTIONS).first).to_have_text(query.meant)
        tab.locator(SEARCH_BOX).press("Enter")
        expect(tab.locator(SEARCH_BOX)).to_have_value(query.meant)
        wait_for_results(tab)
    best = best_result(tab)
    assert best is not None, f"{query.typed!r} found nothing"
    assert _matches(site, query, best["href"]), f"{query.typed!r} put {best['href']} first"

    # Where the result leads (its address carries the query for Material to highlight), in a
    # tab of its own; a result clicked, and highlighted after instant navigation, is tested
    # below.
    landing = kept_tab("landing", viewport={"width": 1280, "height": 900})
    landing.goto(best["href"])
    landing.locator("article.md-content__inner mark[data-md-highlight]").first.wait_for()
    if query.section:
        assert urlsplit(landing.url).fragment == query.section
        expect(landing.locator(f"[id='{query.section}']")).to_be_in_viewport()
    marks = landing.evaluate(MARKS_IN_SECTION, query.section)
    # Adjacent terms share one mark ("communist party of germany"); compare word by word.
    words = [word for mark in marks for word in re.split(r"[\s\-]+", mark.lower())]
    assert any(word.startswith(query.marked) for word in words), (query.typed, marks)


@pytest.mark.browser
def test_a_query_with_no_match_says_so(tab, site):
    _open(tab, site)
    type_query(tab, NO_MATCH)
    expect(tab.locator(RESULT_META)).to_have_text(NO_MATCH_MESSAGE)
    expect(tab.locator(f"{RESULT_LIST} > li")).to_have_count(0)
    # nor is any word of the site within two edits of it
    tab.locator(SUGGESTION_NOTE).wait_for(state="attached")  # the vocabulary is loaded
    expect(tab.locator(SUGGESTIONS)).to_have_count(0)


# "Did you mean": the nearest words of the site's own vocabulary.


def _vocabulary(site) -> dict[str, int]:
    script = (site.root / "search/vocabulary.js").read_text(encoding="utf-8")
    return dict(json.loads(script.removeprefix("var __vocabulary = ").removesuffix(";\n"))["words"])


@pytest.mark.browser
def test_the_first_view_fetches_nothing_for_did_you_mean_and_searching_does(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests = []
    context.on("request", lambda request: requests.append(urlsplit(request.url).path))
    tab = context.new_page()
    tab.goto(site.url + "layers/masses/")
    tab.wait_for_load_state("networkidle")
    helper = [path for path in requests if path.endswith(("/did-you-mean.js", "/vocabulary.js"))]
    assert requests and helper == []
    tab.locator(SEARCH_BOX).click()
    tab.locator(SUGGESTION_NOTE).wait_for(state="attached")
    assert {path.rsplit("/", 1)[1] for path in requests} >= {"did-you-mean.js", "vocabulary.js"}
    context.close()


@pytest.mark.browser
def test_did_you_mean_offers_the_nearest_words_most_frequent_first(tab, site):
    _open(tab, site)
    type_query(tab, "clases")  # one edit from class, classes, closes and cases
    offered = tab.locator(SUGGESTIONS).all_inner_texts()
    counts = [_vocabulary(site)[word] for word in offered]
    assert len(offered) == 3 and offered[0] == "class"
    assert counts == sorted(counts, reverse=True), dict(zip(offered, counts))


@pytest.mark.browser
def test_a_suggestion_is_accepted_with_a_click(tab, site):
    _open(tab, site)
    type_query(tab, "vangaurd")
    suggestion = tab.locator(SUGGESTIONS).first
    expect(suggestion).to_have_text("vanguard")
    suggestion.click()
    expect(tab.locator(SEARCH_BOX)).to_have_value("vanguard")
    expect(tab.locator("#__search")).to_be_checked()  # search stays open on its results
    wait_for_results(tab)
    assert _site_path(site, best_result(tab)["href"]).startswith("relations/vanguard/")
    expect(tab.locator(SUGGESTIONS)).to_have_count(0)


@pytest.mark.browser
def test_words_of_the_site_get_no_suggestion_even_half_typed(tab, site):
    _open(tab, site)
    type_query(tab, "vangu")
    tab.locator(SUGGESTION_NOTE).wait_for(state="attached")
    expect(tab.locator(SUGGESTIONS)).to_have_count(0)


# Search wherever the reader is.


@pytest.mark.browser
def test_search_works_after_instant_navigation(tab, site):
    tab.goto(site.url + "about/")
    tab.evaluate("window.__same_document = true")
    follow_to_another_page(tab, tab.locator("nav.md-nav--primary a[href$='glossary/']").first)
    assert _site_path(site, tab.url) == "glossary/"
    assert tab.evaluate("window.__same_document === true"), "the page was loaded, not swapped"

    tab.locator(SEARCH_BOX).click()
    type_query(tab, "progressive layers")
    assert _site_path(site, best_result(tab)["href"]).startswith("relations/process/")

    # and again on the page that result opened, where Material highlighted the query's words
    # in the page instant navigation put in place (the query table loads its results instead)
    follow_to_another_page(tab, best_result_link(tab))
    assert _site_path(site, tab.url).startswith("relations/process/")
    assert tab.evaluate("window.__same_document === true"), "the result was loaded, not swapped"
    tab.locator("article.md-content__inner mark[data-md-highlight]").first.wait_for(timeout=5000)
    marks = tab.evaluate(MARKS_IN_SECTION, urlsplit(tab.url).fragment)
    assert any(mark.lower().startswith("progressive") for mark in marks), marks
    tab.locator(SEARCH_BOX).click()
    tab.locator(SEARCH_BOX).press("Control+a")
    type_query(tab, "supra-class")
    assert _site_path(site, best_result(tab)["href"]) == "glossary/#supra-class"


@pytest.mark.browser
def test_search_works_on_the_home_page(tab, site):
    _open(tab, site, "")
    type_query(tab, "vanguard")
    assert _site_path(site, best_result(tab)["href"]).startswith("relations/vanguard/")


# Keyboard and sharing.


@pytest.mark.browser
def test_the_keyboard_opens_moves_through_and_opens_results(tab, site):
    tab.goto(site.url + "text/")
    wait_until_ready(tab)
    box = tab.locator(SEARCH_BOX)
    for key in ("/", "s"):
        tab.keyboard.press(key)
        expect(tab.locator("#__search"), f"{key!r} opens search").to_be_checked()
        expect(box).to_be_focused()
        expect(box).to_have_value("")  # the key opens search, it is not typed
        tab.keyboard.press("Escape")
        expect(tab.locator("#__search")).not_to_be_checked()
        expect(box).not_to_be_focused()
        let_material_see_the_focus_change(tab)

    tab.keyboard.press("/")
    tab.keyboard.type("collective leadership")
    wait_for_results(tab)
    tab.keyboard.press("ArrowDown")
    assert tab.evaluate("document.activeElement.matches('a.md-search-result__link')")
    tab.keyboard.press("ArrowUp")
    expect(box).to_be_focused()
    tab.keyboard.press("Enter")
    tab.wait_for_url(re.compile(r"/glossary/\?h=.*#collective-leadership$"))


@pytest.mark.browser
def test_a_shared_search_link_opens_with_the_query(tab, site):
    _open(tab, site)
    type_query(tab, "supra-class")
    shared = tab.locator("a[data-md-component='search-share']").get_attribute("href")
    assert urlsplit(shared).query == "q=supra-class"
    assert urlsplit(shared).path == urlsplit(site.url + "about/").path

    reader = tab.context.new_page()
    reader.goto(shared)
    expect(reader.locator(SEARCH_BOX)).to_have_value("supra-class")
    expect(reader.locator("#__search")).to_be_checked()
    wait_for_results(reader)
    assert _site_path(site, best_result(reader)["href"]) == "glossary/#supra-class"
    reader.close()
