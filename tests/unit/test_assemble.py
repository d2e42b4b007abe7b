"""The whole document and the print annotations of links, without a build."""

from __future__ import annotations

import re

from edition.assemble import (
    DocumentPage,
    assemble,
    demote_headings,
    page_anchor,
    rewrite_page,
    without_title_heading,
)
from edition.printing import annotate_links, css_string

ANCHORS = {"": "page-home", "text/": "page-text", "layers/masses/": "page-layers-masses"}


def test_each_page_has_its_own_anchor():
    assert page_anchor("layers/masses/") == "page-layers-masses"
    assert page_anchor("") == "page-home"
    assert len({page_anchor(u) for u in ["a-b/", "a/b/", "a/"]}) == 2  # a-b/ and a/b/ meet


def test_a_pages_anchors_are_prefixed_and_its_links_point_inside_the_document():
    html = (
        '<h2 id="commentary">C</h2><label for="x">L</label>'
        '<a href="../../text/#s3">s. 3</a> <a href="../classes/">not in the document</a> '
        '<a href="#commentary">here</a> <a href="../../">home</a> '
        '<a href="../../source/relationship.txt">file</a> <a href="https://example.org/a#b">out</a>'
    )
    out = rewrite_page(html, "layers/masses/", "print/", ANCHORS)
    assert 'id="page-layers-masses--commentary"' in out
    assert 'for="page-layers-masses--x"' in out
    assert 'href="#page-text--s3"' in out
    assert 'href="#page-layers-masses--commentary"' in out
    assert 'href="#page-home"' in out
    assert 'href="../layers/classes/"' in out  # a site page outside the document: still reachable
    assert 'href="../source/relationship.txt"' in out
    assert 'href="https://example.org/a#b"' in out


def test_headings_go_one_level_down_and_h6_stays():
    assert demote_headings("<h1 id='a'>A</h1><h2>B</h2><h6>F</h6>") == "<h2 id='a'>A</h2><h3>B</h3><h6>F</h6>"


def test_a_heading_that_repeats_the_title_is_dropped_and_another_is_kept():
    repeated = '<h1 id="glossary">Glossary<a class="headerlink" href="#glossary">¶</a></h1><p>x</p>'
    assert without_title_heading(repeated, "Glossary") == "<p>x</p>"
    assert without_title_heading("<h1>Entry</h1>", "Overview") == "<h1>Entry</h1>"


def test_the_document_has_contents_each_page_once_and_no_anchor_twice():
    pages = [
        DocumentPage("", "Overview", '<h1 id="t">Entry</h1><h2 id="map">Map</h2><a href="text/#s1">1</a>'),
        DocumentPage("text/", "The full text", '<h1 id="t">Entry</h1><span id="s1">One.</span>'),
        DocumentPage("layers/masses/", "The masses", '<h2 id="map">Map</h2><a href="../../">o</a>'),
    ]
    html = assemble(pages, "print/")
    ids = re.findall(r'\sid="([^"]*)"', html)
    assert len(ids) == len(set(ids))
    for target in re.findall(r'href="#([^"]*)"', html):
        assert target in ids, target
    assert re.findall(r"<h1[^>]*>([^<]*)</h1>", html) == []  # the document's title is the only h1
    assert re.findall(r"<h2[^>]*>([^<]*)</h2>", html) == ["Contents", "Overview", "The full text", "The masses"]
    levels = [int(level) for level in re.findall(r"<h(\d)", html.split("</nav>")[1])]
    assert levels == [2, 3, 4, 2, 3, 2, 3]  # under each page title, its own headings
    contents = html.split("</nav>")[0]
    assert [m for m in re.findall(r'href="#([^"]*)"', contents)] == list(ANCHORS.values())
    assert html.count("One.") == 1


def test_cross_references_carry_the_title_and_external_links_their_address():
    titles = {"layers/masses/": "The masses", "layers/classes/": "Classes", "text/": "The full text"}
    html = (
        '<a href="../classes/">the class</a> <a href="../classes/">Classes</a> '
        '<a href="../../text/#s1">s. 1</a> <a href="#here">here</a> '
        '<a href="https://example.org/x?a=1&amp;b=2">Lenin</a> <a href="http://a.example/">http://a.example/</a>'
    )
    out = annotate_links(html, "layers/masses/", titles)
    assert '<a href="../classes/" data-title="Classes">the class</a>' in out
    assert '<a href="../classes/">Classes</a>' in out  # the words already say it
    assert 'data-title="The full text">s. 1</a>' in out
    assert '<a href="#here">here</a>' in out
    assert 'data-url="https://example.org/x?a=1&amp;amp;b=2"' not in out
    assert 'data-url="https://example.org/x?a=1&amp;b=2">Lenin</a>' in out
    assert '<a href="http://a.example/">http://a.example/</a>' in out


def test_css_strings_escape_quotes_backslashes_and_markup():
    assert css_string('Lenin\'s "Left-Wing"') == '"Lenin\'s \\"Left-Wing\\""'
    assert css_string("a\\b</style>") == '"a\\\\b\\3c /style\\3e "'
