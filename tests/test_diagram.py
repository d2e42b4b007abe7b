"""The figures on the built site: where they are, their links, and how Chromium draws them."""

from __future__ import annotations

import itertools
import re
from urllib.parse import urljoin

import pytest

from edition.urls import page_anchor

LAYER_PAGES = ["layers/masses/", "layers/classes/", "layers/party/", "layers/leaders/"]
LARGE = ["", "relations/process/"]
FIGURE_PAGES = {"": "layers", "relations/process/": "layers", "layers/party/": "layers", "map/": "concept-map"}


def figures(site, url):
    return site.html(url).select("article figure.edition-figure")


def resolves(site, page_url: str, href: str) -> str:
    """The site-relative URL a link of the page leads to; fails when no page is there."""
    target = urljoin("http://site.invalid/" + page_url, href).split("#")[0].removeprefix("http://site.invalid/")
    assert (site.root / target / "index.html").is_file(), f"{page_url}: {href} leads nowhere"
    return target


@pytest.mark.parametrize("url", LARGE)
def test_the_large_figure_shows_the_four_layers_in_order(site, url):
    [figure] = figures(site, url)
    assert "edition-figure--large" in figure["class"]
    hrefs = [a["xlink:href"] for a in figure.select("svg a")]
    assert [resolves(site, url, h) for h in hrefs] == LAYER_PAGES
    assert figure.select_one("svg title").get_text() == "The four layers"
    assert figure.select("details ol li a")  # the text alternative, open to everyone


@pytest.mark.parametrize("url", LAYER_PAGES)
def test_each_layer_page_shows_the_small_figure_with_its_own_layer_current(site, url):
    [figure] = figures(site, url)
    assert "edition-figure--small" in figure["class"]
    current = figure.select('svg a[aria-current="page"]')
    assert [resolves(site, url, a["xlink:href"]) for a in current] == [url]
    listed = figure.select('ol a[aria-current="page"]')
    assert [resolves(site, url, a["href"]) for a in listed] == [url]


def test_the_home_page_no_longer_needs_a_separate_list_of_the_layers(site):
    section = site.html("").select_one("article")
    assert not section.select("article > ol")


def test_the_concept_map_has_every_model_page_once_and_its_links_resolve(site):
    [figure] = figures(site, "map/")
    nodes = [resolves(site, "map/", a["xlink:href"]) for a in figure.select("svg a")]
    model = LAYER_PAGES + [
        "relations/inseparable/",
        "relations/not-antagonistic/",
        "relations/leaders-chosen/",
        "relations/process/",
        "relations/vanguard/",
        "lenin/",
    ]
    assert sorted(nodes) == sorted(model)
    assert len(figure.select("svg path.edition-link")) > len(nodes)  # the pages link to each other
    for a in figure.select("details a"):
        resolves(site, "map/", a["href"])


def test_the_figures_links_do_not_count_as_references(site):
    """Each leader page's small figure links to every layer; "Referenced by" must not say so."""
    [figure] = figures(site, "map/")
    item = next(li for li in figure.select("details li") if li.a.get_text() == "The leaders")
    linked = {a.get_text() for a in item.select("a")[1:]}
    assert "Classes" not in linked  # layers/leaders.md's text never links to layers/classes.md


def drawn(figure) -> tuple:
    """What a figure shows, whatever its ids and links are called."""
    svg = figure.select_one("svg")
    markers = {m["id"] for m in svg.select("marker")}
    arrows = svg.select("[marker-end]")
    assert {a["marker-end"].removeprefix("url(#").removesuffix(")") for a in arrows} <= markers
    return (
        tuple(figure["class"]),
        svg.select_one("title").get_text(),
        len(svg.select("a")),
        [a.get("class") for a in arrows],
        figure.figcaption.get_text(" ", strip=True),
    )


def test_the_whole_document_shows_the_same_figures_as_the_pages_arrowheads_included(site):
    document = site.html("print/")
    sections = {s.h2["id"]: s for s in document.select("section.whole-document__page")}
    shown = 0
    for url in site.pages():
        if url == "print/":
            continue
        on_the_page = [drawn(f) for f in figures(site, url)]
        assert [drawn(f) for f in sections[page_anchor(url)].select("figure.edition-figure")] == on_the_page, url
        shown += len(on_the_page)
    assert shown == len(document.select("article figure.edition-figure")) == 7


# --- In Chromium --------------------------------------------------------------------------

BOXES = """figure => {
  const svg = figure.querySelector('svg').getBoundingClientRect();
  const rects = [...figure.querySelectorAll('svg rect')];
  const colour = el => [getComputedStyle(el).fill, getComputedStyle(el).fillOpacity];
  return {
    svg: [svg.left, svg.top, svg.right, svg.bottom],
    scheme: document.body.getAttribute('data-md-color-scheme'),
    page: getComputedStyle(document.body).backgroundColor,
    labels: [...figure.querySelectorAll('svg text')].map(text => {
      const r = text.getBoundingClientRect();
      const cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
      const behind = rects.filter(rect => {
        const b = rect.getBoundingClientRect();
        return b.left <= cx && cx <= b.right && b.top <= cy && cy <= b.bottom;
      }).map(colour);
      return {text: text.textContent, box: [r.left, r.top, r.right, r.bottom], fill: colour(text), behind};
    }),
  };
}"""


def rgba(css: str, opacity: str = "1") -> tuple[float, float, float, float]:
    """A computed CSS colour, its alpha times ``fill-opacity`` when there is one."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    return (*numbers[:3], (numbers[3] if len(numbers) > 3 else 1.0) * float(opacity))


def over(top: tuple, bottom: tuple) -> tuple:
    alpha = top[3]
    return (*(t * alpha + b * (1 - alpha) for t, b in zip(top[:3], bottom[:3])), 1.0)


def luminance(colour: tuple) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in colour[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple, b: tuple) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def overlap(a, b, tolerance=0.5) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > tolerance and min(a[3], b[3]) - max(a[1], b[1]) > tolerance


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("url", list(FIGURE_PAGES))
def test_labels_fit_the_figure_apart_and_readable(browser, site, url, width, scheme, tmp_path):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(site.url + url)
    figure = page.locator("article figure.edition-figure").first
    figure.screenshot(path=tmp_path / f"figure-{width}-{scheme}.png")
    seen = figure.evaluate(BOXES)
    context.close()

    assert seen["scheme"] == ("slate" if scheme == "dark" else "default")
    left, top, right, bottom = seen["svg"]
    assert right - left > 200
    labels = seen["labels"]
    assert labels
    for label in labels:
        x1, y1, x2, y2 = label["box"]
        assert left - 0.5 <= x1 and x2 <= right + 0.5 and top - 0.5 <= y1 and y2 <= bottom + 0.5, label["text"]
    for a, b in itertools.combinations(labels, 2):
        assert not overlap(a["box"], b["box"]), (a["text"], b["text"])
    for label in labels:
        ground = rgba(seen["page"])
        for fill in label["behind"]:
            ground = over(rgba(*fill), ground)
        ratio = contrast(over(rgba(*label["fill"]), ground), ground)
        assert ratio >= 4.5, f"{label['text']}: contrast {ratio:.2f}"


@pytest.mark.browser
def test_the_layers_are_links_reached_by_keyboard(page, site):
    page.goto(site.url + "layers/party/")
    tab_stops = page.eval_on_selector_all("article figure svg a", "links => links.map(a => a.tabIndex)")
    assert tab_stops == [0, 0, 0, 0]
    page.focus('article figure svg a[aria-current="page"]')
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "The political party"


@pytest.mark.browser
@pytest.mark.parametrize("url", ["", "layers/party/", "map/"])
def test_print_shows_the_figure_in_ink(page, site, url):
    page.goto(site.url + url)
    page.emulate_media(media="print")
    figure = page.locator("article figure.edition-figure").first
    box = figure.locator("svg").bounding_box()
    assert box and box["width"] > 200 and box["height"] > 200
    fills = figure.evaluate(
        "f => [...f.querySelectorAll('svg text, svg rect')].map(e => getComputedStyle(e).fill)"
    )
    assert set(fills) == {"rgb(0, 0, 0)", "rgb(255, 255, 255)"}
    assert page.pdf(format="A4")
