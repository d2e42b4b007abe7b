"""The W3C Nu HTML Checker (npm's vnu-jar, run with Java) over every built page, once.

An error of the edition's own making fails the test. Material's own markup has a few that
only an override of its base template or navigation could remove, a large copy to keep in
step with every Material release for no change a reader would notice; they are listed here
with the reason, and the test fails too when one of them no longer occurs, so that the list
never keeps an excuse that is no longer needed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.site import ROOT

VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"

# (what the checker says, where Material writes it, why it stays)
INHERITED = [
    (
        r"Attribute “autocomplete” is only allowed when the input type is",
        "base.html: the drawer and search toggles, <input type=checkbox autocomplete=off>",
        "Material sets it so that Firefox does not restore a toggle's state on reload; "
        "it is in base.html, which the edition does not copy.",
    ),
    (
        r"Bad value “” for attribute “tabindex” on element “label”",
        "partials/nav-item.html: the label of each section of the navigation (navigation.sections)",
        "an empty tabindex is ignored by browsers; removing it means copying Material's "
        "navigation template.",
    ),
]


@pytest.fixture(scope="module")
def messages(site) -> list[dict]:
    if not shutil.which("java"):
        pytest.fail("java is missing: make test installs it (scripts/ensure-chromium)")
    pages = sorted(str(path) for path in site.root.rglob("*.html"))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
        capture_output=True, text=True, check=False,
    )
    return json.loads(result.stderr)["messages"]  # vnu writes its report to stderr


def inherited(message: dict) -> bool:
    return any(re.search(pattern, message["message"]) for pattern, _, _ in INHERITED)


def test_no_page_has_an_html_error_of_the_editions_making(messages, site):
    assert messages, "the checker reported nothing at all, not even Material's known errors"
    ours = [
        f"{m.get('url', '').removeprefix('file:' + str(site.root))}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if not inherited(m)
    ]
    assert ours == []


@pytest.mark.parametrize(("pattern", "where", "why"), INHERITED)
def test_each_inherited_error_still_occurs(messages, pattern, where, why):
    assert any(re.search(pattern, m["message"]) for m in messages), f"gone from Material: drop '{where}'"
