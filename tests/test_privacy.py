"""Privacy: every page, loaded in Chromium, asks nothing of any other origin (fonts, scripts,
images, workers), logs no error and sets no cookie."""

from __future__ import annotations

import pytest

from tests.site import requests_elsewhere

pytestmark = pytest.mark.browser


def test_every_page_stays_on_its_own_origin_logs_no_error_and_sets_no_cookie(browser, site):
    context = browser.new_context()
    requests, errors = [], []
    # Recorded on the context: it sees the pages' requests and those of their workers.
    context.on("request", lambda request: requests.append(request.url))
    tab = context.new_page()
    tab.on("console", lambda message: message.type == "error" and errors.append(f"{tab.url}: {message.text}"))
    tab.on("pageerror", lambda error: errors.append(f"{tab.url}: {error}"))
    for url in site.pages():
        tab.goto(site.url + url, wait_until="networkidle")
    # The search worker and index load when the reader shows they mean to search.
    with tab.expect_request("**/search/search_index.json"):
        tab.locator("input.md-search__input").hover()
    tab.wait_for_load_state("networkidle")
    cookies = context.cookies()
    context.close()
    assert any(url.endswith("search/search_index.json") for url in requests), "the search worker's fetch was not seen"
    assert requests_elsewhere(requests, site.url) == []
    assert errors == []
    assert cookies == []


def test_a_request_to_another_origin_would_be_seen():
    assert requests_elsewhere(["http://127.0.0.1:8000/a.css", "https://fonts.googleapis.com/css", "data:,x"],
                      "http://127.0.0.1:8000/") == ["https://fonts.googleapis.com/css"]
