"""The first paint is in the edition's colours: a page read with JavaScript off (what every
reader sees before Material's bundle has run) has the same colours, light and dark, as the
page after the bundle has chosen its palette."""

from __future__ import annotations

import pytest

from tests.site import switch_scheme

pytestmark = pytest.mark.browser

# What a reader sees of the palette: the page, the header, the text, a link, the footer.
COLOURS = """
() => {
  const colours = {};
  for (const [name, selector, property] of [
    ["page", "body", "backgroundColor"],
    ["text", "article p", "color"],
    ["header", ".md-header", "backgroundColor"],
    ["header text", ".md-header", "color"],
    ["link", "article p a", "color"],
    ["footer", ".md-footer-meta", "backgroundColor"],
  ]) {
    colours[name] = getComputedStyle(document.querySelector(selector))[property];
  }
  return colours;
}
"""
EDITION_RED = "rgb(138, 31, 23)"  # --md-primary-fg-color, docs/stylesheets/edition.css
WHITE = "rgb(255, 255, 255)"
PAGES = ("", "layers/party/")


def colours(browser, url: str, scheme: str, javascript: bool) -> dict[str, str]:
    context = browser.new_context(color_scheme=scheme, java_script_enabled=javascript)
    tab = context.new_page()
    tab.goto(url)
    if javascript:  # the bundle has chosen the palette and finished switching to it
        switch_scheme(tab, scheme)
    found = tab.evaluate(COLOURS)
    context.close()
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_without_javascript_a_page_has_the_colours_the_script_gives_it(browser, site, scheme, path):
    before = colours(browser, site.url + path, scheme, javascript=False)
    after = colours(browser, site.url + path, scheme, javascript=True)
    assert before == after
    assert after["header"] == EDITION_RED
    assert (after["page"] == WHITE) == (scheme == "light")
