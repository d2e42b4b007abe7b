"""The offline edition (mkdocs-offline.yml), opened from the file system in Chromium."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.site import ROOT, build

pytestmark = pytest.mark.browser

# Schemes a page opened from the file system may use without the network.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def offline_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("offline")
    result = build(ROOT, root, "http://127.0.0.1:8000/", config_file="mkdocs-offline.yml")
    assert result.returncode == 0, f"offline build failed:\n{result.stderr}"
    return root


@pytest.fixture
def tab(browser):
    """A tab that records every request it makes, in ``tab.requests``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requests = []
    page.console_errors = []
    context.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    yield page
    context.close()


def open_file(tab, root: Path, name: str) -> None:
    tab.goto((root / name).as_uri())
    tab.wait_for_load_state("load")


def load_search_index(tab) -> None:
    """Material loads the search index when the search box gets the focus, and says
    "Initializing search" until it has: after that, a page fetches nothing more on its own."""
    tab.locator("input.md-search__input").click()
    tab.wait_for_function(
        "() => !/Initializing/.test(document.querySelector('.md-search-result__meta').textContent)"
    )


def test_the_offline_build_is_strict_and_uses_no_directory_urls(offline_root):
    assert (offline_root / "index.html").is_file()
    assert (offline_root / "layers/masses.html").is_file()
    # file:// shows a folder listing, not its index.html: every link must name a file.
    assert not (offline_root / "layers/masses/index.html").exists()
    assert (offline_root / "search/search_index.js").read_text().startswith("var __index =")


def test_no_page_names_a_script_or_style_from_another_origin(offline_root):
    for html in offline_root.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "unpkg.com" not in text, html
        assert "fonts.googleapis.com" not in text, html
    home = (offline_root / "index.html").read_text(encoding="utf-8")
    assert '<script src="assets/javascripts/iframe-worker-shim.js">' in home


def test_a_page_opens_from_the_file_system_with_zero_network_requests(tab, offline_root):
    open_file(tab, offline_root, "layers/masses.html")
    assert tab.locator("article h1").inner_text() == "The masses"
    load_search_index(tab)
    assert tab.requests, "the tab recorded nothing: the recorder is broken"
    remote = [url for url in tab.requests if not url.startswith(LOCAL_SCHEMES)]
    assert remote == []
    assert tab.console_errors == []


def test_a_link_leads_to_the_next_page_as_a_file(tab, offline_root):
    open_file(tab, offline_root, "layers/masses.html")
    tab.locator("article p > a[href$='classes.html']").first.click()
    tab.wait_for_url((offline_root / "layers/classes.html").as_uri())
    assert tab.locator("article h1").inner_text() == "Classes"


def test_search_finds_the_text_from_the_file_system(tab, offline_root):
    open_file(tab, offline_root, "index.html")
    load_search_index(tab)
    tab.locator("input.md-search__input").press_sequentially("antagonistic")
    results = tab.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=10_000)
    titles = " ".join(results.all_inner_texts())
    assert "Not antagonistic" in titles
    results.first.locator("a").first.click()
    tab.wait_for_load_state("load")
    assert tab.url.startswith("file://")
    assert [url for url in tab.requests if not url.startswith(LOCAL_SCHEMES)] == []


def test_did_you_mean_works_from_the_file_system(tab, offline_root):
    open_file(tab, offline_root, "index.html")
    load_search_index(tab)
    box = tab.locator("input.md-search__input")
    box.press_sequentially("vangaurd")
    tab.locator(".search-suggestion button").first.wait_for(state="visible", timeout=10_000)
    box.press("Enter")
    tab.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10_000)
    assert "The vanguard" in tab.locator(".md-search-result__item").first.inner_text()
    assert [url for url in tab.requests if not url.startswith(LOCAL_SCHEMES)] == []
    assert tab.console_errors == []


def test_a_page_prints_from_the_file_system(tab, offline_root):
    open_file(tab, offline_root, "relations/vanguard.html")
    tab.emulate_media(media="print")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(tab.pdf())).pages)
    assert "The vanguard" in text
    assert "inseparable system" in text



def test_the_offline_search_has_the_same_settings_as_the_site(offline_root, site):
    offline = json.loads((offline_root / "search/search_index.js").read_text().removeprefix("var __index = ").rstrip(";\n"))
    online = json.loads((site.root / "search/search_index.json").read_text())
    assert offline["config"] == online["config"]


def test_the_figure_works_from_the_file_system(tab, offline_root):
    open_file(tab, offline_root, "index.html")
    figure = tab.locator("article figure svg").first
    assert figure.is_visible()
    tab.focus("article figure svg a#layers-party")
    tab.keyboard.press("Enter")
    tab.wait_for_url((offline_root / "layers/party.html").as_uri())
    current = tab.locator("article figure svg a[aria-current='page']")
    assert current.text_content() == "the political party"
