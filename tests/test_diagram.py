"""The figures on the built site: where they are, their links, and how Chromium draws them."""

from __future__ import annotations

import itertools
import re
from urllib.parse import urljoin

import pytest

from edition.urls import page_anchor
from tests.site import accessible_names, switch_scheme

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
    listed = [len(item.select("a")) - 1 for item in figure.select("details li")]
    assert len(figure.select("svg circle.edition-map__dot")) == sum(listed) > len(nodes)
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


def contrast_on(paint: tuple, page: str, fills: list) -> float:
    """The contrast of a paint against the page with ``fills`` (computed colours) laid on it."""
    ground = rgba(page)
    for fill in fills:
        ground = over(rgba(*fill), ground)
    return contrast(over(rgba(*paint), ground), ground)


@pytest.fixture
def figure_tab(kept_tab, site):
    """The page at the width, loaded once for the module: the tests that read a figure switch
    its scheme and media in place, as a reader's system switches them."""
    def tab(url: str, width: int):
        page = kept_tab(url, viewport={"width": width, "height": 900})
        if page.url != site.url + url:
            page.goto(site.url + url)
        return page

    return tab


def read_figure(page, url: str, scheme: str, script: str, media: str = "screen"):
    """What ``script`` reads from the page's first figure in Chromium, with a page's name in
    the concept map focused so that its links are lit up too."""
    switch_scheme(page, scheme, media)
    figure = page.locator("article figure.edition-figure").first
    if url == "map/":
        figure.locator("svg a").nth(2).focus()
    return figure.evaluate(script)


def overlap(a, b, tolerance=0.5) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > tolerance and min(a[3], b[3]) - max(a[1], b[1]) > tolerance


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("url", list(FIGURE_PAGES))
def test_labels_fit_the_figure_apart_and_readable(figure_tab, url, width, scheme):
    seen = read_figure(figure_tab(url, width), url, scheme, BOXES)

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
        ratio = contrast_on(label["fill"], seen["page"], label["behind"])
        assert ratio >= 4.5, f"{label['text']}: contrast {ratio:.2f}"


@pytest.mark.browser
def test_the_layers_are_links_reached_by_keyboard(page, site):
    page.goto(site.url + "layers/party/")
    tab_stops = page.eval_on_selector_all("article figure svg a", "links => links.map(a => a.tabIndex)")
    assert tab_stops == [0, 0, 0, 0]
    page.focus('article figure svg a[aria-current="page"]')
    assert page.evaluate("document.activeElement.textContent") == "the political party"


@pytest.mark.browser
@pytest.mark.parametrize("url", ["", "layers/classes/", "map/"])
def test_every_name_in_a_figure_is_its_visible_words_with_spaces_between(page, site, url):
    """WCAG 2.5.3: what a screen reader or voice control hears is what the figure shows."""
    page.goto(site.url + url)
    svg = page.locator("article figure svg").first
    shown = svg.evaluate("""svg => [...svg.querySelectorAll('a')].map(a =>
        [...a.querySelectorAll('tspan')].map(line => line.textContent.trim()).join(' '))""")
    names = accessible_names(page, "article figure svg a")
    assert shown and names == shown
    words = svg.evaluate("svg => [...svg.querySelectorAll('text')].map(t => t.textContent)")
    assert not [text for text in words if "  " in text or re.search(r"[a-z][A-Z(]", text)]
    if url == "layers/classes/":
        assert "the class" in names
        assert "forms the core and plays a leading role" in [" ".join(w.split()) for w in words]


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
def test_focusing_a_page_in_the_concept_map_lights_up_its_links_and_no_two_dots_touch(browser, site, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site.url + "map/")
    figure = page.locator("article figure.edition-figure")
    dots = figure.evaluate("""f => [...f.querySelectorAll('.edition-map__dot')].map(d => {
        const r = d.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
    assert all(not overlap(a, b, tolerance=0) for a, b in itertools.combinations(dots, 2))
    assert min(b[2] - b[0] for b in dots) >= 6  # still a dot a reader sees at phone width
    lit = """f => [...f.querySelectorAll('.edition-map__page')].map(g => [...g.querySelectorAll('.edition-map__lit')]
        .filter(c => getComputedStyle(c).visibility === 'visible').length)"""
    assert set(figure.evaluate(lit)) == {0}

    def links_of(number: int) -> int:
        """Links from and to the page, as the list after the figure gives them."""
        item = figure.locator("details li").nth(number)
        title = item.locator("a").first.text_content()
        outgoing = item.locator("a").count() - 1
        incoming = figure.locator("details li").filter(has=page.locator(f'a:text-is("{title}")')).count() - 1
        return outgoing + incoming

    figure.locator("svg a").nth(2).focus()
    shown = figure.evaluate(lit)
    assert shown[2] == links_of(2) and sum(shown) == shown[2]
    page.evaluate("document.activeElement.blur()")
    figure.locator("svg a").nth(0).hover()
    shown = figure.evaluate(lit)
    assert shown[0] == links_of(0) and sum(shown) == shown[0]
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("url", ["", "layers/party/", "map/"])
def test_print_shows_the_figure_in_ink(page, site, url):
    page.goto(site.url + url)
    page.emulate_media(media="print")
    figure = page.locator("article figure.edition-figure").first
    box = figure.locator("svg").bounding_box()
    assert box and box["width"] > 200 and box["height"] > 200
    fills = figure.evaluate(
        "f => [...f.querySelectorAll('svg text, svg rect')].map(e => getComputedStyle(e))"
        ".filter(style => style.visibility === 'visible').map(style => style.fill)"
    )
    assert set(fills) == {"rgb(0, 0, 0)", "rgb(255, 255, 255)"}
    assert page.pdf(format="A4")


# Every line and mark that carries meaning, with the points where its ground is read: a
# box's outline just outside and just inside its top edge, a line at both ends (where the
# arrowhead is), a dot at its centre.
GRAPHICS = """figure => {
  const style = el => getComputedStyle(el);
  const shown = el => style(el).visibility === 'visible';
  const grounds = [...figure.querySelectorAll('svg rect')].filter(r => shown(r) && style(r).fill !== 'none');
  const paint = (css, opacity) => [css, opacity];
  const groundAt = (el, x, y, own) => grounds.filter(g => {
    const b = g.getBoundingClientRect();
    const before = g.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
    return (before || (own && g === el)) && b.left <= x && x <= b.right && b.top <= y && y <= b.bottom;
  }).map(g => paint(style(g).fill, style(g).fillOpacity));
  const head = line => {
    const marker = (line.getAttribute('marker-end') || '').match(/#([\\w-]+)/);
    return marker ? figure.querySelector('#' + marker[1] + ' path') : null;
  };
  const seen = [];
  for (const rect of figure.querySelectorAll('.edition-layer rect, .edition-node rect')) {
    const b = rect.getBoundingClientRect(), x = (b.left + b.right) / 2;
    seen.push({what: rect.parentNode.id + ' outline', paint: paint(style(rect).stroke, style(rect).strokeOpacity),
               grounds: [groundAt(rect, x, b.top - 3, false), groundAt(rect, x, b.top + 3, true)]});
  }
  for (const line of figure.querySelectorAll('.edition-arrow')) {
    const b = line.getBoundingClientRect(), x = (b.left + b.right) / 2;
    const ends = [groundAt(line, x, b.top + 1, false), groundAt(line, x, b.bottom - 1, false)];
    const what = line.getAttribute('class'), arrowhead = style(head(line));
    seen.push({what, paint: paint(style(line).stroke, style(line).strokeOpacity), grounds: ends});
    seen.push({what: 'head of ' + what, paint: paint(arrowhead.fill, arrowhead.fillOpacity), grounds: ends});
  }
  for (const dot of figure.querySelectorAll('.edition-map__dot, .edition-map__lit')) {
    if (!shown(dot)) continue;
    const b = dot.getBoundingClientRect();
    const colour = dot.classList.contains('edition-map__lit') ? style(dot).stroke : style(dot).fill;
    seen.push({what: dot.getAttribute('class'), paint: paint(colour, '1'),
               grounds: [groundAt(dot, (b.left + b.right) / 2, (b.top + b.bottom) / 2, false)]});
  }
  return {page: getComputedStyle(document.body).backgroundColor, seen};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("media", ["screen", "print"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("url", list(FIGURE_PAGES))
def test_lines_and_marks_that_carry_meaning_keep_3_to_1_against_their_ground(figure_tab, url, width, scheme, media):
    """WCAG 1.4.11: outlines, arrows, arrowheads and the map's dots, as Chromium paints them."""
    seen = read_figure(figure_tab(url, width), url, scheme, GRAPHICS, media)
    assert len(seen["seen"]) > 8
    if url == "map/":
        assert any(item["what"] == "edition-map__lit" for item in seen["seen"])
    ratios = [(item["what"], contrast_on(item["paint"], seen["page"], fills))
              for item in seen["seen"] for fills in item["grounds"]]
    assert not [f"{what}: {ratio:.2f}" for what, ratio in ratios if ratio < 3]
