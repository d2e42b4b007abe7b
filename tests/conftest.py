"""Fixtures: one strict build of the site per test session, served from 127.0.0.1, and one
Chromium per test module (Debian's, at /usr/bin/chromium; see scripts/ensure-chromium)."""

from __future__ import annotations

import pytest

from scripts.chromium import launch
from tests.site import BuiltSite, ROOT, build, free_port, serve



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


@pytest.fixture(scope="module")
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
