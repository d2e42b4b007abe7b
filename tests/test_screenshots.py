"""No visual change from the build's CSS purge (overrides/hooks/purge_css.py): every page,
at a phone's and a desktop's width, light and dark, looks the same built with only the rules
it uses as with Material's whole stylesheets, but for anti-aliasing."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from tests.site import ROOT, build, pages_in_docs, serve, switch_scheme

pytestmark = pytest.mark.browser

# The whole document (print/) is every page at once, over 40,000 px: its first screens stand
# for it, the pages themselves are compared whole.
TALLEST = 8000
WIDTHS = (360, 1280)
SCHEMES = ("light", "dark")
# Anti-aliasing moves a channel by a few steps on the edge of a glyph; a changed rule moves
# whole areas. A pixel differs when a channel moves by more than this, and a page may have
# this share of such pixels.
CHANNEL_STEPS = 48
SHARE_OF_PIXELS = 0.0005

# Both screenshots decoded by the browser itself: the pixels that differ, and the sizes.
DIFFERENCE = """
async ([a, b, steps]) => {
  const load = src => new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = "data:image/png;base64," + src;
  });
  const [first, second] = await Promise.all([load(a), load(b)]);
  if (first.width !== second.width || first.height !== second.height)
    return { size: [[first.width, first.height], [second.width, second.height]], differing: -1 };
  const pixels = image => {
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height).data;
  };
  const [p, q] = [pixels(first), pixels(second)];
  let differing = 0;
  for (let i = 0; i < p.length; i += 4) {
    if (Math.abs(p[i] - q[i]) > steps || Math.abs(p[i + 1] - q[i + 1]) > steps || Math.abs(p[i + 2] - q[i + 2]) > steps)
      differing += 1;
  }
  return { size: [first.width, first.height], differing, total: p.length / 4 };
}
"""


@pytest.fixture(scope="module")
def whole_css_site(site, tmp_path_factory):
    """The same site built with Material's whole stylesheets. Built for the same address as the
    site under test, whose pages name it (citations), and served on another port."""
    root = tmp_path_factory.mktemp("whole-css")
    result = build(ROOT, root, site.url, environment={"PURGE_CSS": "false"})
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    with serve(root) as server:
        yield server


def main_css_bytes(root) -> int:
    return sum(path.stat().st_size for path in root.glob("assets/stylesheets/main.*.min.css"))


def screenshots(tab, url: str) -> dict[tuple[int, str], str]:
    """The page at each width in each scheme, as base64 PNGs: one load, the window resized and
    the scheme switched as a reader's would be. The window is made as tall as the page (up to
    TALLEST) before its two pictures, rather than by Chromium for each picture (which lays the
    page out twice a picture), and Chromium's fast PNG encoder (lossless all the same) halves
    the time a tall page takes."""
    tab.set_viewport_size({"width": WIDTHS[0], "height": 800})
    tab.goto(url)
    cdp = tab.context.new_cdp_session(tab)
    shots = {}
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": 800})
        height = min(TALLEST, tab.evaluate("document.documentElement.scrollHeight"))
        tab.set_viewport_size({"width": width, "height": height})
        for scheme in SCHEMES:
            switch_scheme(tab, scheme)
            shots[width, scheme] = cdp.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})["data"]
    cdp.detach()
    return shots


def differences(comparer, purged: dict, whole: dict) -> list[str]:
    """Where the two builds' screenshots differ by more than anti-aliasing."""
    found = {}
    for shot in purged:
        if purged[shot] != whole[shot]:
            found[shot] = comparer.evaluate(DIFFERENCE, [purged[shot], whole[shot], CHANNEL_STEPS])
    return [
        f"at {width} px, {scheme}: " + (f"the pages differ in size, {seen['size']}" if seen["differing"] == -1 else str(seen))
        for (width, scheme), seen in found.items()
        if seen["differing"] == -1 or seen["differing"] > SHARE_OF_PIXELS * seen["total"]
    ]


@pytest.mark.parametrize("path", pages_in_docs())
def test_a_page_looks_the_same_with_only_the_css_it_uses(kept_tab, site, whole_css_site, path):
    assert main_css_bytes(site.root) < main_css_bytes(whole_css_site.root) / 1.5, "the site under test is not purged"
    tabs = kept_tab("purged", reduced_motion="reduce"), kept_tab("whole", reduced_motion="reduce")
    urls = site.url + path, whole_css_site.url + path
    comparer = kept_tab("comparer")  # a blank tab in which the browser decodes and compares
    found = differences(comparer, *map(screenshots, tabs, urls))
    # A rule the purge took is missing every time; a frame caught while Material was still
    # laying out the page after a resize (seen once, on a loaded machine) is not: once more.
    if found:
        found = differences(comparer, *map(screenshots, tabs, urls))
    assert not found, f"{path or 'home'}: " + "; ".join(found)


SET = re.compile(r"(--[\w-]+)\s*:")
READ = re.compile(r"var\(\s*(--[\w-]+)")


def custom_properties(root, pattern: re.Pattern, *globs: str) -> set[str]:
    texts = (path.read_text(encoding="utf-8") for glob in globs for path in root.glob(glob))
    return {name for text in texts for name in pattern.findall(text)}


def test_every_custom_property_that_is_read_is_still_set(site, whole_css_site):
    """The purge sees each stylesheet apart: a property set in one and read only in another
    (Material's --md-hue, read by palette.css and the edition's dark rules) would go, and with
    it a colour that the screenshots of a page just loaded do not show. What reads them: the
    stylesheets and the pages (Material's bundle reads only mermaid's, and sets the rest)."""
    read = custom_properties(site.root, READ, "**/*.css", "**/*.html")
    lost = (custom_properties(whole_css_site.root, SET, "**/*.css") & read) - custom_properties(site.root, SET, "**/*.css")
    assert not lost, f"no stylesheet sets {sorted(lost)} any more: add them to safelist.variables in purgecss.config.js"


# The blocklist of purgecss.config.js as Python patterns: a string is a class name exactly.
BLOCKLIST = """const { blocklist } = require("./purgecss.config.js");
const exactly = name => "^" + name.replace(/[.*+?^${}()|[\\]\\\\]/g, "\\\\$&") + "$";
console.log(JSON.stringify(blocklist.map(entry => typeof entry === "string" ? exactly(entry) : entry.source)));"""


def test_no_page_has_a_class_that_the_purge_blocks(site):
    """A blocked rule goes even where a page names its class: a page that uses a blocked
    feature (an admonition of type `success`, a footnote) would lose its look without a word."""
    result = subprocess.run(["node", "-e", BLOCKLIST], cwd=ROOT, capture_output=True, text=True, check=True)
    blocked = [re.compile(pattern) for pattern in json.loads(result.stdout)]
    found = {
        (path or "home", name)
        for path in site.pages()
        for element in site.html(path).select("[class]")
        for name in element["class"]
        if any(pattern.search(name) for pattern in blocked)
    }
    assert not found, f"{sorted(found)}: take the class's entry out of the blocklist in purgecss.config.js"
