"""Access beyond what axe checks: what a screen reader hears from the copy buttons, and how
the pages read on a phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.site import accessible_names

pytestmark = pytest.mark.browser

COPY_BUTTONS = ".cite-this-page .md-code__button"


def test_each_copy_button_is_named_by_what_it_copies_focused_or_not_and_says_copied(page, site):
    page.goto(site.url + "layers/party/")
    page.locator(".cite-this-page summary").click()
    styles = page.locator(".cite-this-page__label").all_text_contents()
    expected = [f"Copy the {style} citation" for style in styles]
    assert len(expected) >= 3
    assert accessible_names(page, COPY_BUTTONS) == expected

    for number, name in enumerate(expected):
        page.locator(COPY_BUTTONS).nth(number).focus()  # Material's tooltip takes the title away now
        assert accessible_names(page, COPY_BUTTONS)[number] == name
    status = page.get_by_role("status")
    expect(status).to_be_empty()
    page.keyboard.press("Enter")
    expect(status).to_have_text("Copied to clipboard")


def test_copy_buttons_are_named_after_instant_navigation_too(page, site):
    page.goto(site.url + "layers/party/")
    page.locator("article a", has_text="leaders").first.click()
    expect(page.locator("article h1")).to_have_text("The leaders")
    page.locator(".cite-this-page summary").click()
    assert accessible_names(page, COPY_BUTTONS)[0] == "Copy the APA citation"
