"""Fixtures: one strict build of the site per test process, served from 127.0.0.1, and one
Chromium per test process (Debian's, at /usr/bin/chromium; see scripts/ensure-chromium): every
test opens its own context in it, and a module's kept tabs close with the module."""

from __future__ import annotations

import pytest

from scripts.chromium import launch
from tests.site import BuiltSite, ROOT, build, free_port, serve


# Two processes each take a whole module at a time (`make test`: --dist loadfile
# --no-loadscope-reorder), in this order: the longest first (seconds in a run of `make test`,
# 2026-11-30), so that the two processes end together; any other module comes after them.
LONGEST_FIRST = [
    "test_accessibility.py",  # 100
    "test_search.py",  # 57
    "test_screenshots.py",  # 52
    "test_diagram.py",  # 28
    "test_print.py",  # 21
    "test_editor_errors.py",  # 18
    "test_first_view.py",  # 17
    "test_access.py",  # 14
    "test_citations.py",  # 14
    "test_browser.py",  # 13
    "test_csp.py",  # 12
    "test_privacy.py",  # 12
    "test_offline.py",  # 11
    "test_palette.py",  # 9
    "test_deterministic.py",  # 8
    "test_new_page.py",  # 7
    "test_html_validity.py",  # 4
]


def pytest_collection_modifyitems(items):
    rank = {name: place for place, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    port = free_port()
    root = tmp_path_factory.mktemp("site")
    url = f"http://127.0.0.1:{port}/"
    result = build(ROOT, root, url)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    server = serve(root, port)
    yield BuiltSite(root, url, result.stderr + result.stdout)
    server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site):
    """A fresh browser tab that records every request it makes, in ``page.requests``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.requests = []
    context.on("request", lambda request: tab.requests.append(request.url))
    tab.console_errors = []
    tab.on("console", lambda m: m.type == "error" and tab.console_errors.append(m.text))
    yield tab
    context.close()


@pytest.fixture(scope="module")
def kept_tab(browser):
    """A tab kept for the whole module, one for each set of context options (and ``name``), into
    which each test loads its page. A page loaded into a tab that has had the site before costs
    Chromium about a quarter of the work of a fresh tab (Material's scripts and styles are
    compiled once per renderer), and the tests share two CPUs."""
    tabs = {}

    def kept_tab(name: str = "", **options):
        key = (name, repr(sorted(options.items())))
        if key not in tabs:
            tabs[key] = browser.new_context(**options).new_page()
        return tabs[key]

    yield kept_tab
    for tab in tabs.values():
        tab.context.close()
