"""The Content-Security-Policy that the README recommends, applied in Chromium: no violation.

The policy is read from README.md, so that what the README says is what is tested.
"""

from __future__ import annotations

import re

import pytest

from tests.site import ROOT, serve

pytestmark = pytest.mark.browser


def recommended_policy() -> str:
    match = re.search(r"^\s*Content-Security-Policy: (.+)$", (ROOT / "README.md").read_text(), re.M)
    assert match, "README.md recommends no Content-Security-Policy"
    return match.group(1).strip()


@pytest.fixture(scope="module")
def strict_server(site):
    server = serve(site.root, headers={"Content-Security-Policy": recommended_policy()})
    yield server.url
    server.stop()


def test_the_policy_forbids_other_origins():
    policy = recommended_policy()
    assert "default-src 'self'" in policy and "object-src 'none'" in policy


def test_no_page_violates_the_recommended_policy(browser, site, strict_server):
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    violations = []
    for url in site.pages():
        page.goto(strict_server + url)
        page.wait_for_load_state("networkidle")
        violations += [f"{url}: {v}" for v in page.evaluate("window.__violations")]
    # search and palette scripts, previews and print styles all run under the policy
    page.keyboard.press("/")
    page.keyboard.type("vanguard")
    page.locator(".md-search-result__item").first.wait_for()
    page.emulate_media(media="print")
    violations += page.evaluate("window.__violations")
    context.close()
    assert violations == []
