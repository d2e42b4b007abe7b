"""Access beyond what axe checks: what a screen reader hears from the copy buttons, and how
the pages read on a phone."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from edition.glossary import load_glossary
from edition.source import normalise_space
from tests.site import ROOT, accessible_names

pytestmark = pytest.mark.browser

COPY_BUTTONS = ".cite-this-page .md-code__button"


def test_each_copy_button_is_named_by_what_it_copies_focused_or_not_and_says_copied(page, site):
    page.goto(site.url + "layers/party/")
    page.locator(".cite-this-page summary").click()
    expected = [
        "Copy the APA citation", "Copy the Chicago note", "Copy the Chicago bibliography entry", "Copy the MLA citation",
    ]
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


# The copy button and every line of text of each citation block, as Chromium lays them out.
CITATION_BOXES = """() => [...document.querySelectorAll('.cite-this-page pre')].map(pre => {
  const code = pre.querySelector('code'), button = pre.parentNode.querySelector('.md-code__button');
  const range = document.createRange(); range.selectNodeContents(code);
  const box = r => [r.left, r.top, r.right, r.bottom];
  return {lines: [...range.getClientRects()].filter(r => r.width > 0).map(box),
          button: box(button.getBoundingClientRect()), visible: box(pre.getBoundingClientRect()),
          scrolls: code.scrollWidth > code.clientWidth + 1 || pre.scrollWidth > pre.clientWidth + 1};
})"""


def crosses(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


PHONE_WIDTHS = (320, 360)


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_on_a_phone_citations_wrap_clear_of_the_copy_button(browser, site, width):
    context = browser.new_context(viewport={"width": width, "height": 700})
    page = context.new_page()
    page.goto(site.url + "relations/leaders-chosen/")
    page.locator(".cite-this-page summary").click()
    blocks = page.evaluate(CITATION_BOXES)
    context.close()
    assert len(blocks) >= 3
    for block in blocks:
        assert not block["scrolls"]
        assert all(line[2] <= block["visible"][2] for line in block["lines"])
        assert not [line for line in block["lines"] if crosses(line, block["button"])]


def test_no_page_scrolls_sideways_on_a_phone(kept_tab, site):
    """Each page is loaded once and looked at in both widths, as a reader turns a phone."""
    tab = kept_tab(viewport={"width": PHONE_WIDTHS[0], "height": 700})
    wide = []
    for url in site.pages():
        tab.goto(site.url + url)
        for width in PHONE_WIDTHS:
            tab.set_viewport_size({"width": width, "height": 700})
            if tab.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
                wide.append(f"{url or 'home'} at {width} px")
    assert wide == []


TERM = "article abbr[tabindex]"


def test_a_glossary_definition_shows_on_keyboard_focus_and_escape_dismisses_it(page, site):
    page.goto(site.url + "layers/party/")
    term = page.locator(TERM).first
    term.focus()
    expect(term).to_have_attribute("aria-describedby", re.compile("."))
    tooltip = page.locator(f'[role=tooltip][id="{term.get_attribute("aria-describedby")}"]')
    expect(tooltip).to_be_visible()
    definitions = {t.term.casefold(): t.definition for t in load_glossary(ROOT / "includes/abbreviations.md")}
    assert normalise_space(tooltip.text_content()) == normalise_space(definitions[term.text_content().casefold()])
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    assert page.evaluate("document.activeElement.tagName") == "ABBR"  # focus stays where it was
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    expect(tooltip).to_be_visible()


def test_a_glossary_definition_shows_on_a_tap(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 800}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site.url + "layers/party/")
    term = page.locator(TERM).nth(1)
    term.tap()
    expect(term).to_have_attribute("aria-describedby", re.compile("."))
    expect(page.locator(f'[role=tooltip][id="{term.get_attribute("aria-describedby")}"]')).to_be_visible()
    context.close()
