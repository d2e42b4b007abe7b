"""Accessibility (WCAG 2.2 AA) of every page the site has: axe-core's rules in Chromium in the
light and dark palettes and at a phone's width, and what axe cannot see: the keyboard, focus,
headings, language and motion."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.site import ROOT, pages_in_docs, switch_scheme

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0-2.2 A and AA, and axe's best practices (landmarks, one h1, ...).
AXE_OPTIONS = {
    "runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    "resultTypes": ["violations"],
}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
DEVICES = {
    "desktop": {"viewport": DESKTOP, "reduced_motion": "reduce"},
    "phone": {"viewport": PHONE, "is_mobile": True, "has_touch": True, "reduced_motion": "reduce"},
    # A keyboard at a phone's width: the header and drawer of the narrow layout.
    "narrow": {"viewport": PHONE, "reduced_motion": "reduce"},
}
# The palette follows the reader's system setting, and each page is checked in both palettes
# after one load. The palettes' colours do not change with the width, so the phone's width is
# run in one of them.
SCHEMES = {"desktop": ("light", "dark"), "phone": ("light",)}
# The focus styles do not depend on the width; what the phone's width changes is the header and
# the drawer, the same on every page, so the focus walk is run on one page of each kind.
PHONE_PAGES = ["", "text/", "layers/party/", "relations/process/", "map/", "glossary/", "cite/"]


PAGES = pages_in_docs()


@pytest.fixture(scope="module", autouse=True)
def axe_installed():
    assert AXE.is_file(), f"{AXE.relative_to(ROOT)} is missing: run `make test` (it runs `npm ci`)"


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it is now, one readable line each."""
    # Colours in a transition (a button that has just taken focus) are neither the old nor the
    # new ones: axe reads them once every transition and animation has finished.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    if page.evaluate("typeof axe === 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("options => axe.run(options)", AXE_OPTIONS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}; e.g. {v['nodes'][0]['target']}"
        for v in result["violations"]
    ]


def open_page(context, url: str):
    tab = context.new_page()
    tab.goto(url)
    return tab


def test_every_page_of_the_site_has_its_tests(site):
    assert PAGES == sorted(site.pages())
    assert set(PHONE_PAGES) <= set(PAGES), "PHONE_PAGES names a page the site does not have"


@pytest.mark.parametrize(
    ("path", "device"), [(path, device) for path in PAGES for device in SCHEMES], ids=lambda value: value or "home"
)
def test_no_page_has_an_axe_violation(kept_tab, site, device, path):
    tab = kept_tab(**DEVICES[device])
    tab.goto(site.url + path)
    found = {}
    for scheme in SCHEMES[device]:
        switch_scheme(tab, scheme)
        found[scheme] = axe_violations(tab)
    assert found == {scheme: [] for scheme in SCHEMES[device]}


def test_axe_reports_what_stock_material_gets_wrong(browser, site):
    """The check above can fail: without the search dialog's name, axe flags it again."""
    context = browser.new_context(viewport=DESKTOP)
    tab = open_page(context, site.url)
    tab.evaluate("document.querySelector('.md-search').removeAttribute('aria-label')")
    violations = axe_violations(tab)
    context.close()
    assert any(v.startswith("aria-dialog-name") for v in violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_works_from_the_keyboard_and_its_results_pass_axe(browser, site, scheme):
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    tab = open_page(context, site.url)
    tab.keyboard.press("/")  # Material's shortcut; "s" and "f" do the same
    assert tab.evaluate("document.activeElement.matches('.md-search__input')")
    tab.keyboard.type("vanguard")
    first = tab.locator(".md-search-result__item").first
    first.wait_for(state="visible", timeout=5000)
    assert axe_violations(tab) == []
    tab.keyboard.press("ArrowDown")
    assert tab.evaluate("document.activeElement.closest('.md-search-result__item') !== null")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/vanguard/**")
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_did_you_mean_passes_axe(browser, site, scheme):
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    tab = open_page(context, site.url)
    tab.keyboard.press("/")
    tab.keyboard.type("vangaurd")
    tab.locator(".search-suggestion button").first.wait_for(state="visible", timeout=5000)
    assert axe_violations(tab) == []
    context.close()


def test_the_skip_link_is_the_first_stop_and_moves_focus_past_the_navigation(browser, site):
    context = browser.new_context(viewport=DESKTOP)
    tab = open_page(context, site.url)
    tab.keyboard.press("Tab")
    skip = tab.locator(":focus")
    assert skip.inner_text().strip() == "Skip to content"
    assert skip.is_visible()
    # Also after instant navigation, which swaps the page's content without a new load.
    tab.locator("article ul a", has_text="The political party").first.click()
    expect(tab.locator("article h1")).to_have_text("The political party")
    tab.locator(".md-skip").focus()
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.textContent") == "The political party"
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.closest('article') !== null"), "Tab went back to the navigation"
    context.close()


# Records every element the keyboard focuses, as it is focused: whether it shows a ring, and
# whether the walk has come round to an element it focused before (the start of the page).
WATCH_FOCUS_STOPS = """() => {
  const walk = window.__focusWalk = { stops: [], wrapped: false };
  const seen = new WeakSet();
  document.addEventListener("focusin", () => {
    const element = document.activeElement;
    if (seen.has(element)) { walk.wrapped = true; return; }
    seen.add(element);
    if (walk.wrapped) return;
    // Material's palette switch is a hidden radio button; the <label> after it shows the focus.
    const label = element.matches("input") && element.nextElementSibling?.matches("label")
      ? element.nextElementSibling : null;
    const shown = element.getBoundingClientRect().width > 0 ? element : label || element;
    const style = getComputedStyle(shown);
    const box = shown.getBoundingClientRect();
    walk.stops.push({
      element: element.outerHTML.slice(0, 90),
      ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      shown: box.width > 0 && box.height > 0 && style.visibility === "visible",
    });
  });
}"""
# Tab is pressed in runs of this many between looks at the walk: a look is a round trip.
TABS_PER_LOOK = 40
MOST_STOPS = 2000


@pytest.mark.parametrize(
    ("device", "path"),
    [("desktop", path) for path in PAGES] + [("narrow", path) for path in PHONE_PAGES],
    ids=[f"desktop-{path or 'home'}" for path in PAGES] + [f"phone-{path or 'home'}" for path in PHONE_PAGES],
)
def test_every_control_shows_a_focus_ring(kept_tab, site, device, path):
    tab = kept_tab(**DEVICES[device])
    tab.goto(site.url + path)
    tab.evaluate(WATCH_FOCUS_STOPS)
    for _ in range(MOST_STOPS // TABS_PER_LOOK):
        for _ in range(TABS_PER_LOOK):
            tab.keyboard.press("Tab")
        if tab.evaluate("window.__focusWalk.wrapped"):
            break
    walk = tab.evaluate("window.__focusWalk")
    assert walk["wrapped"], f"Tab did not come back to the start in {MOST_STOPS} presses"
    assert len(walk["stops"]) > 10, "too few focus stops: did Tab move at all?"
    problems = [str(stop) for stop in walk["stops"] if not (stop["ring"] and stop["shown"])]
    assert not problems, "\n".join(problems)


def test_headings_go_down_one_level_at_a_time_under_a_single_h1(site):
    problems = []
    for url in site.pages():
        levels = [int(h.name[1]) for h in site.html(url).select("article :is(h1, h2, h3, h4, h5, h6)")]
        if levels.count(1) != 1 or levels[0] != 1:
            problems.append(f"{url or '(home)'}: expected one h1 first, found levels {levels}")
        problems += [
            f"{url or '(home)'}: h{before} followed by h{after}"
            for before, after in zip(levels, levels[1:])
            if after > before + 1
        ]
    assert not problems, "\n".join(problems)


def test_every_page_declares_its_language(site):
    assert {url: site.html(url).html.get("lang") for url in site.pages()} == {url: "en" for url in site.pages()}


MOVING = """() => [...document.querySelectorAll("*")].flatMap(element => {
  const style = getComputedStyle(element);
  const seconds = value => Math.max(...value.split(",").map(parseFloat));
  const moves = seconds(style.transitionDuration) > 0
    || (style.animationName !== "none" && seconds(style.animationDuration) > 0.001)
    || style.scrollBehavior === "smooth";
  return moves ? [element.tagName + "." + element.className] : [];
})"""


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_nothing_moves_when_the_reader_asks_for_less_motion(browser, site, motion):
    context = browser.new_context(viewport=DESKTOP, reduced_motion=motion)
    tab = open_page(context, site.url + "text/")
    tab.keyboard.press("/")  # the search overlay animates
    moving = tab.evaluate(MOVING)
    context.close()
    if motion == "reduce":
        assert moving == []
    else:  # the probe sees Material's motion when it is allowed
        assert len(moving) > 10


def test_the_search_template_differs_from_materials_only_by_the_dialog_name():
    """overrides/partials/search.html is a copy; on a Material upgrade it must be compared again."""
    import material

    stock = Path(material.__file__).parent / "templates" / "partials" / "search.html"
    ours = ROOT / "overrides" / "partials" / "search.html"
    changed = [
        line for line in difflib.unified_diff(
            stock.read_text().splitlines()[3:], ours.read_text().splitlines()[5:], lineterm="", n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        '-<div class="md-search" data-md-component="search" role="dialog">',
        '+<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
    ], f"{ours.relative_to(ROOT)} drifted from {stock}: copy the stock file again and re-add aria-label"
