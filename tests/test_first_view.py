"""What a first view costs: the page, its one stylesheet and Material's bundle, and nothing the
reader has not asked for. The search worker and index load when the reader shows they mean
to search (partials/search-on-intent.html), and the next page by instant navigation is only
its HTML."""

from __future__ import annotations

import pytest

from tests.search_queries import SEARCH_BOX, type_query, WATCH_SEARCH_WORKER

pytestmark = pytest.mark.browser

SEARCH_FILES = ("assets/javascripts/workers/search.", "search/search_index.json")


def searched(requests: list[str]) -> list[str]:
    return [url for url in requests if any(name in url for name in SEARCH_FILES)]


@pytest.fixture
def tab(page):
    page.context.add_init_script(WATCH_SEARCH_WORKER)
    return page


def test_a_first_view_loads_neither_the_search_worker_nor_its_index(tab, site):
    tab.goto(site.url + "layers/party/", wait_until="networkidle")
    assert any("bundle." in url for url in tab.requests), "Material's bundle was not seen"
    assert searched(tab.requests) == []
    stylesheets = [url for url in tab.requests if url.endswith(".css")]
    assert len(stylesheets) == 1, f"the first paint waits for {stylesheets}"


@pytest.mark.parametrize("intent", ["hover", "focus", "s", "f", "/"])
def test_search_starts_when_the_reader_shows_they_mean_to_search_and_answers(tab, site, intent):
    tab.goto(site.url, wait_until="networkidle")
    assert searched(tab.requests) == []
    box = tab.locator(SEARCH_BOX)
    if intent == "hover":
        box.hover()
    elif intent == "focus":
        box.focus()
    else:
        tab.keyboard.press(intent)
    tab.wait_for_function("() => window.__search.ready")
    assert len(searched(tab.requests)) == 2
    box.click()
    type_query(tab, "vanguard")
    assert tab.locator("ol.md-search-result__list > li").count() > 0


def test_without_intent_search_starts_once_the_page_has_loaded_and_the_browser_is_idle(tab, site):
    tab.goto(site.url, wait_until="networkidle")
    assert searched(tab.requests) == []
    tab.wait_for_function("() => window.__search.ready", timeout=15_000)


def test_a_page_opened_from_a_search_result_highlights_its_words_at_once(tab, site):
    tab.goto(site.url + "layers/party/?h=vanguard")
    tab.locator("article mark", has_text="vanguard").first.wait_for()


def test_the_next_page_by_instant_navigation_is_only_its_html(tab, site):
    tab.goto(site.url, wait_until="networkidle")
    tab.requests.clear()
    tab.locator("article ul a", has_text="The political party").first.click()
    tab.wait_for_url("**/layers/party/")
    tab.wait_for_load_state("networkidle")
    # Twice when the pointer passed over the link: its instant preview fetched the page too.
    assert set(tab.requests) == {site.url + "layers/party/"}
