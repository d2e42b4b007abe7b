"""A reader in Chromium: home page, a cross-reference, a preview, and nothing from elsewhere."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.site import requests_elsewhere

pytestmark = pytest.mark.browser


def test_a_reader_follows_a_cross_reference_and_nothing_leaves_the_machine(page, site):
    page.goto(site.url)
    page.locator("article ul a", has_text="The political party").first.click()
    expect(page.locator("article h1")).to_have_text("The political party")
    page.locator("article p > a", has_text="leaders").first.click()
    expect(page.locator("article h1")).to_have_text("The leaders")
    assert page.get_by_role("heading", name="Referenced by").is_visible()
    page.wait_for_load_state("networkidle")
    assert page.requests, "the recorder saw no request at all"
    assert requests_elsewhere(page.requests, site.url) == []
    assert page.console_errors == []


def test_the_address_after_instant_navigation_is_the_link_target_with_no_stale_section(page, site):
    """Readers copy the address bar to cite a page. Material's navigation.tracking, with instant
    navigation, wrote the home page's section (#the-four-layers) into the next page's address."""
    page.goto(site.url)
    page.wait_for_load_state("networkidle")
    page.locator("article ul a", has_text="The political party").first.click()
    expect(page.locator("article h1")).to_have_text("The political party")
    page.wait_for_timeout(1000)  # tracking rewrote the address 250 ms after the viewport settled
    assert page.url == site.url + "layers/party/"


@pytest.mark.parametrize(
    ("link", "title"),
    [
        ("inseparable", "(1) Inseparable in class society"),
        ("a process of layers", "A process of layers"),  # a page with the large figure
        ("party", "The political party"),  # a page with the small figure
    ],
)
def test_hovering_a_cross_reference_shows_a_preview_of_its_target(page, site, link, title):
    page.goto(site.url + "relations/vanguard/")
    page.locator("article").get_by_role("link", name=link, exact=True).first.hover()
    preview = page.locator(".md-tooltip2--active")
    preview.wait_for(state="visible", timeout=5000)
    assert title in preview.inner_text()


def test_a_glossary_term_shows_its_definition_on_hover(page, site):
    page.goto(site.url + "relations/vanguard/")
    page.locator("article abbr", has_text="vanguard").first.hover()
    tooltip = page.locator(".md-tooltip--active, .md-tooltip2--active").first
    tooltip.wait_for(state="visible", timeout=5000)
    assert "proletarian party deserves" in tooltip.inner_text()


def test_a_sentence_address_opens_the_full_text_at_that_sentence(page, site):
    page.goto(site.url + "text/#s15")
    sentence = page.locator("#s15")
    assert sentence.is_visible()
    assert "Lenin answered" in sentence.inner_text()
    box = sentence.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]
